/*
 * cluster.exe for wine-clusapi: cluster-level commands (/version, /list).
 */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "cluster.h"

/* Largest name accepted from GetClusterInformation, in characters. */
#define MAX_NAME_CHARS 0x10000

DWORD cl_get_cluster_info(HCLUSTER cluster, WCHAR **name, CLUSTERVERSIONINFO *info)
{
    /* Start small, as most NetBIOS-style names fit, and grow on ERROR_MORE_DATA
     * to the length the API returns (characters, without the NUL) plus one. */
    DWORD size = MAX_CLUSTERNAME_LENGTH + 1, cch, err = ERROR_MORE_DATA;
    WCHAR *buf = NULL, *grown;
    int attempt;

    *name = NULL;
    /* The name can change between two calls (rename); a few rounds suffice. */
    for (attempt = 0; attempt < 4; attempt++)
    {
        if (!(grown = realloc(buf, size * sizeof(WCHAR))))
        {
            err = ERROR_NOT_ENOUGH_MEMORY;
            break;
        }
        buf = grown;
        buf[0] = 0;
        if (info)
        {
            memset(info, 0, sizeof(*info));
            info->dwVersionInfoSize = sizeof(*info);
            /* Left as "unknown" if the DLL fills only the NT4 part. */
            info->dwClusterHighestVersion = CLUSTER_VERSION_UNKNOWN;
            info->dwClusterLowestVersion = CLUSTER_VERSION_UNKNOWN;
        }
        cch = size;
        err = GetClusterInformation(cluster, buf, &cch, info);
        if (err == ERROR_SUCCESS)
        {
            buf[cch < size ? cch : size - 1] = 0;
            *name = buf;
            return ERROR_SUCCESS;
        }
        if (err != ERROR_MORE_DATA) break;
        /* Guard against a length that does not grow the buffer. */
        size = cch >= size ? cch + 1 : size * 2;
        if (size > MAX_NAME_CHARS) break;
    }
    free(buf);
    return err;
}

/* Copies a fixed-size WCHAR array member, whatever the DLL left in it. */
static void copy_fixed(WCHAR *dst, const WCHAR *src, size_t count)
{
    memcpy(dst, src, count * sizeof(WCHAR));
    dst[count - 1] = 0;
}

static void print_version_field(const WCHAR *label, DWORD version)
{
    if (version == CLUSTER_VERSION_UNKNOWN)
        cl_printf(L"%-18ls%ls\n", label, L"unknown");
    else
        cl_printf(L"%-18ls%u.%u\n", label, (unsigned int)CLUSTER_GET_MAJOR_VERSION(version),
                  (unsigned int)CLUSTER_GET_MINOR_VERSION(version));
}

DWORD cl_cmd_version(struct cl_context *ctx)
{
    CLUSTERVERSIONINFO info;
    WCHAR vendor[ARRAY_SIZE(info.szVendorId)], csd[ARRAY_SIZE(info.szCSDVersion)];
    WCHAR *name;
    DWORD err;

    if ((err = cl_get_cluster_info(ctx->cluster, &name, &info))) return cl_print_error(err);

    copy_fixed(vendor, info.szVendorId, ARRAY_SIZE(vendor));
    copy_fixed(csd, info.szCSDVersion, ARRAY_SIZE(csd));

    cl_printf(L"%-18ls%ls\n", L"Cluster Name:", name);
    cl_printf(L"%-18ls%u.%u (Build %u)\n", L"Cluster Version:", (unsigned int)info.MajorVersion,
              (unsigned int)info.MinorVersion, (unsigned int)info.BuildNumber);
    cl_printf(L"%-18ls%ls\n", L"Cluster Vendor:", vendor);
    if (csd[0]) cl_printf(L"%-18ls%ls\n", L"CSD Version:", csd);
    print_version_field(L"Highest Version:", info.dwClusterHighestVersion);
    print_version_field(L"Lowest Version:", info.dwClusterLowestVersion);
    cl_printf(L"%-18ls%ls\n", L"Mixed Mode:",
              (info.dwFlags & CLUSTER_VERSION_FLAG_MIXED_MODE) ? L"Yes" : L"No");

    free(name);
    return ERROR_SUCCESS;
}

DWORD cl_cmd_list(struct cl_context *ctx)
{
    HCLUSTER cluster;
    WCHAR *name;
    DWORD err;

    /* cluster.exe /list:DOMAIN enumerates the clusters of a domain; that
     * needs more than the API this program uses so far. */
    if (ctx->option->value && ctx->option->value[0])
    {
        cl_eprintf(L"Listing the clusters of domain '%ls' is not implemented yet.\n",
                   ctx->option->value);
        return cl_print_error(ERROR_CALL_NOT_IMPLEMENTED);
    }

    if ((err = cl_open_cluster(ctx->args, GENERIC_READ, &cluster))) return cl_print_error(err);
    err = cl_get_cluster_info(cluster, &name, NULL);
    CloseCluster(cluster);
    if (err) return cl_print_error(err);

    cl_printf(L"%ls\n", name);
    free(name);
    return ERROR_SUCCESS;
}
