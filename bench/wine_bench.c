/*
 * The Windows side of the benchmarks, run under Wine through our clusapi.dll:
 *
 *   wine_bench state N RESOURCE   N x GetClusterResourceState(RESOURCE)
 *   wine_bench open N             N x OpenCluster + CloseCluster (after one untimed)
 *   wine_bench serve              the same for each count read from stdin, answering
 *                                 each with the microseconds per open (bench/run-auth-bench)
 *   wine_bench enum               ClusterOpenEnum(CLUSTER_ENUM_RESOURCE) and
 *                                 ClusterEnum of every entry
 *
 * Prints one line "name count seconds per_call_us peak_working_set_kb".
 * The cluster is the one WINECLUSAPI_* point at, named by CLUSAPI_TEST_ADDRESS
 * (default 127.0.0.1).
 */
#include <stdio.h>
#include <stdlib.h>

#include <windef.h>
#include <winbase.h>
#include <psapi.h>
#include "clusapi.h"

static double now_seconds(void)
{
    LARGE_INTEGER counter, frequency;

    QueryPerformanceCounter(&counter);
    QueryPerformanceFrequency(&frequency);
    return (double)counter.QuadPart / frequency.QuadPart;
}

static SIZE_T peak_kb(void)
{
    PROCESS_MEMORY_COUNTERS counters = { sizeof(counters) };

    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters))) return 0;
    return counters.PeakWorkingSetSize / 1024;
}

static void report(const char *name, unsigned long count, double seconds)
{
    printf("%s %lu %.6f %.3f %lu\n", name, count, seconds, count ? seconds * 1e6 / count : 0.0,
           (unsigned long)peak_kb());
}

/* count x OpenCluster + CloseCluster; 0 or the error. */
static DWORD open_close(const WCHAR *address, unsigned long count)
{
    HCLUSTER cluster;
    unsigned long i;

    for (i = 0; i < count; i++)
    {
        if (!(cluster = OpenCluster(address))) return GetLastError();
        CloseCluster(cluster);
    }
    return 0;
}

int wmain(int argc, WCHAR **argv)
{
    WCHAR address[64] = L"127.0.0.1";
    unsigned long i, count;
    HCLUSTER cluster;
    double start;
    DWORD error;

    if (argc < 2) return 2;
    GetEnvironmentVariableW(L"CLUSAPI_TEST_ADDRESS", address, ARRAY_SIZE(address));

    /* Untimed, as in raw_bench: the first open loads and sets up Samba. */
    if (!wcscmp(argv[1], L"open") || !wcscmp(argv[1], L"serve"))
        if ((error = open_close(address, 1))) return error;
    if (!wcscmp(argv[1], L"open") && argc >= 3)
    {
        count = wcstoul(argv[2], NULL, 10);
        start = now_seconds();
        if ((error = open_close(address, count))) return error;
        report("open", count, now_seconds() - start);
        return 0;
    }
    if (!wcscmp(argv[1], L"serve"))
    {
        char line[32];

        /* Each line N read: N opens, answered with microseconds per open. */
        while (fgets(line, sizeof(line), stdin) && (count = strtoul(line, NULL, 10)))
        {
            start = now_seconds();
            if ((error = open_close(address, count))) return error;
            printf("%.3f\n", (now_seconds() - start) * 1e6 / count);
            fflush(stdout);
        }
        return 0;
    }

    if (!(cluster = OpenCluster(address)))
    {
        fprintf(stderr, "OpenCluster: error %lu\n", GetLastError());
        return 1;
    }
    if (!wcscmp(argv[1], L"state") && argc >= 4)
    {
        HRESOURCE resource = OpenClusterResource(cluster, argv[3]);
        CLUSTER_RESOURCE_STATE state = ClusterResourceStateUnknown;

        if (!resource)
        {
            fprintf(stderr, "OpenClusterResource: error %lu\n", GetLastError());
            return 1;
        }
        count = wcstoul(argv[2], NULL, 10);
        start = now_seconds();
        for (i = 0; i < count; i++)
            if ((state = GetClusterResourceState(resource, NULL, NULL, NULL, NULL)) == ClusterResourceStateUnknown)
                return GetLastError();
        report("state", count, now_seconds() - start);
        CloseClusterResource(resource);
    }
    else if (!wcscmp(argv[1], L"enum"))
    {
        WCHAR name[256];
        DWORD type, size;
        HCLUSENUM enumeration;

        start = now_seconds();
        if (!(enumeration = ClusterOpenEnum(cluster, CLUSTER_ENUM_RESOURCE))) return GetLastError();
        count = ClusterGetEnumCount(enumeration);
        for (i = 0; i < count; i++)
        {
            size = ARRAY_SIZE(name);
            if (ClusterEnum(enumeration, i, &type, name, &size)) return 1;
        }
        report("enum", count, now_seconds() - start);
        ClusterCloseEnum(enumeration);
    }
    CloseCluster(cluster);
    return 0;
}
