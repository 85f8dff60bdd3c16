/*
 * Conformance tests for cluster handles: OpenCluster(Ex), CloseCluster,
 * GetClusterInformation, GetNodeClusterState, and the unimplemented exports.
 *
 * Run under Wine against the simulated cluster (tests/run-all starts it):
 * the environment says where it is (WINECLUSAPI_PORT, WINECLUSAPI_NCALRPC_DIR,
 * WINECLUSAPI_SECURITY=none) and what it holds (CLUSAPI_TEST_CLUSTER: the
 * description file's cluster name; the expected values below are those of
 * server/examples/two-node.conf).  Without a cluster the tests skip.
 */
#include <stdarg.h>
#include <stdio.h>

#include <windef.h>
#include <winbase.h>
#include <winerror.h>
#include <winternl.h>
#include "clusapi.h"

#include "wine/test.h"

#define EXPECTED_CLUSTER  L"FSCLUSTER"
#define EXPECTED_MAJOR    10
#define EXPECTED_MINOR    0
#define EXPECTED_BUILD    20348
#define EXPECTED_VENDOR   L"Microsoft(R) Cluster Service"

/* A Unix directory (the ncalrpc dir is a Unix path) with no cluster socket. */
#define NO_SOCKET_DIR     L"/nonexistent/wine-clusapi-test"

static WCHAR server_address[64] = L"127.0.0.1";

static BOOL have_cluster(void)
{
    return GetEnvironmentVariableW(L"WINECLUSAPI_PORT", NULL, 0) != 0;
}

/* Sets an environment variable and returns its previous value (caller frees). */
static WCHAR *set_env(const WCHAR *name, const WCHAR *value)
{
    DWORD len = GetEnvironmentVariableW(name, NULL, 0);
    WCHAR *old = NULL;

    if (len && (old = HeapAlloc(GetProcessHeap(), 0, len * sizeof(WCHAR))))
        GetEnvironmentVariableW(name, old, len);
    SetEnvironmentVariableW(name, value);
    return old;
}

static void restore_env(const WCHAR *name, WCHAR *old)
{
    SetEnvironmentVariableW(name, old);
    HeapFree(GetProcessHeap(), 0, old);
}

static void test_open_close(void)
{
    HCLUSTER cluster;
    BOOL ret;

    SetLastError(0xdeadbeef);
    cluster = OpenCluster(server_address);
    ok(cluster != NULL, "OpenCluster failed: %lu\n", GetLastError());
    ok(cluster != (HCLUSTER)(ULONG_PTR)0xdeadbeef, "got Wine's stub handle\n");
    ok(GetLastError() == ERROR_SUCCESS, "last error %lu\n", GetLastError());
    if (!cluster) return;

    SetLastError(0xdeadbeef);
    ret = CloseCluster(cluster);
    ok(ret, "CloseCluster failed: %lu\n", GetLastError());

    /* A closed handle is invalid from then on, however it is used. */
    SetLastError(0xdeadbeef);
    ret = CloseCluster(cluster);
    ok(!ret && GetLastError() == ERROR_INVALID_HANDLE, "double close: %d, %lu\n", ret, GetLastError());
    ok(GetClusterInformation(cluster, NULL, NULL, NULL) == ERROR_INVALID_HANDLE,
       "GetClusterInformation accepted a closed handle\n");

    SetLastError(0xdeadbeef);
    ret = CloseCluster(NULL);
    ok(!ret && GetLastError() == ERROR_INVALID_HANDLE, "NULL: %d, %lu\n", ret, GetLastError());
    SetLastError(0xdeadbeef);
    ret = CloseCluster((HCLUSTER)(ULONG_PTR)0xdeadbeef);
    ok(!ret && GetLastError() == ERROR_INVALID_HANDLE, "forged: %d, %lu\n", ret, GetLastError());
    SetLastError(0xdeadbeef);
    ret = CloseCluster((HCLUSTER)GetProcessHeap());
    ok(!ret && GetLastError() == ERROR_INVALID_HANDLE, "foreign pointer: %d, %lu\n", ret, GetLastError());

    /* Handles of several opens are distinct and independent. */
    {
        HCLUSTER first = OpenCluster(server_address), second = OpenCluster(server_address);
        WCHAR name[64];
        DWORD size = ARRAY_SIZE(name);

        ok(first && second && first != second, "handles %p %p\n", first, second);
        ok(CloseCluster(first), "close first failed\n");
        ok(GetClusterInformation(second, name, &size, NULL) == ERROR_SUCCESS,
           "second handle broken by closing the first\n");
        ok(CloseCluster(second), "close second failed\n");
    }
}

static void test_cluster_information(void)
{
    CLUSTERVERSIONINFO info;
    CLUSTERVERSIONINFO_NT4 *nt4 = (CLUSTERVERSIONINFO_NT4 *)&info;
    const DWORD len = wcslen(EXPECTED_CLUSTER);
    WCHAR name[64];
    HCLUSTER cluster;
    DWORD ret, size;

    cluster = OpenCluster(server_address);
    ok(cluster != NULL, "OpenCluster failed: %lu\n", GetLastError());
    if (!cluster) return;

    size = ARRAY_SIZE(name);
    memset(&info, 0xcc, sizeof(info));
    info.dwVersionInfoSize = sizeof(info);
    ret = GetClusterInformation(cluster, name, &size, &info);
    ok(ret == ERROR_SUCCESS, "got %lu\n", ret);
    ok(!wcscmp(name, EXPECTED_CLUSTER), "name %s\n", wine_dbgstr_w(name));
    ok(size == len, "size %lu, expected %lu\n", size, len);
    ok(info.MajorVersion == EXPECTED_MAJOR && info.MinorVersion == EXPECTED_MINOR &&
       info.BuildNumber == EXPECTED_BUILD, "version %u.%u.%u\n",
       info.MajorVersion, info.MinorVersion, info.BuildNumber);
    ok(!wcscmp(info.szVendorId, EXPECTED_VENDOR), "vendor %s\n", wine_dbgstr_w(info.szVendorId));
    ok(info.szCSDVersion[0] == 0 || info.szCSDVersion[0] != 0xcccc, "CSD version not written\n");
    ok(info.dwClusterHighestVersion != 0xcccccccc && info.dwClusterHighestVersion != CLUSTER_VERSION_UNKNOWN,
       "highest version %#lx\n", info.dwClusterHighestVersion);
    ok(CLUSTER_GET_MAJOR_VERSION(info.dwClusterLowestVersion) <= CLUSTER_GET_MAJOR_VERSION(info.dwClusterHighestVersion),
       "lowest %#lx above highest %#lx\n", info.dwClusterLowestVersion, info.dwClusterHighestVersion);
    ok(info.dwReserved == 0, "reserved %#lx\n", info.dwReserved);

    /* Exactly enough room: length + NUL. */
    size = len + 1;
    memset(name, 0xcc, sizeof(name));
    ret = GetClusterInformation(cluster, name, &size, NULL);
    ok(ret == ERROR_SUCCESS && size == len && !wcscmp(name, EXPECTED_CLUSTER),
       "exact buffer: %lu, size %lu, %s\n", ret, size, wine_dbgstr_w(name));

    /* One short: ERROR_MORE_DATA, the length without NUL, the buffer untouched. */
    size = len;
    memset(name, 0xcc, sizeof(name));
    ret = GetClusterInformation(cluster, name, &size, NULL);
    ok(ret == ERROR_MORE_DATA, "short buffer: %lu\n", ret);
    ok(size == len, "short buffer: size %lu, expected %lu\n", size, len);
    ok(name[0] == 0xcccc, "short buffer was written\n");

    size = 0;
    ret = GetClusterInformation(cluster, name, &size, NULL);
    ok(ret == ERROR_MORE_DATA && size == len, "empty buffer: %lu, size %lu\n", ret, size);

    /* A NULL buffer asks for the size. */
    size = 100;
    ret = GetClusterInformation(cluster, NULL, &size, NULL);
    ok(ret == ERROR_MORE_DATA && size == len, "NULL buffer: %lu, size %lu\n", ret, size);

    ret = GetClusterInformation(cluster, name, NULL, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "NULL size: %lu\n", ret);

    /* The NT4-sized structure gets the NT4 fields only. */
    size = ARRAY_SIZE(name);
    memset(&info, 0xcc, sizeof(info));
    nt4->dwVersionInfoSize = sizeof(*nt4);
    ret = GetClusterInformation(cluster, name, &size, &info);
    ok(ret == ERROR_SUCCESS, "NT4 size: %lu\n", ret);
    ok(nt4->MajorVersion == EXPECTED_MAJOR && !wcscmp(nt4->szVendorId, EXPECTED_VENDOR), "NT4 fields not filled\n");
    ok(info.dwClusterHighestVersion == 0xcccccccc, "wrote past the NT4 structure\n");

    info.dwVersionInfoSize = 0;
    ret = GetClusterInformation(cluster, name, &size, &info);
    ok(ret == ERROR_INVALID_PARAMETER, "dwVersionInfoSize 0: %lu\n", ret);

    CloseCluster(cluster);
}

static void test_open_cluster_ex(void)
{
    static const struct
    {
        DWORD desired;
        DWORD granted;   /* 0: the open fails with error */
        DWORD error;
    }
    tests[] =
    {
        { GENERIC_READ,                                  GENERIC_READ },
        { CLUSAPI_READ_ACCESS,                           GENERIC_READ },
        { GENERIC_ALL,                                   GENERIC_ALL },
        { CLUSAPI_ALL_ACCESS,                            GENERIC_ALL },
        { MAXIMUM_ALLOWED,                               GENERIC_ALL },
        { GENERIC_READ | GENERIC_WRITE,                  GENERIC_ALL },
        { CLUSAPI_CHANGE_ACCESS,                         0, ERROR_INVALID_PARAMETER },
        { 0x00000100,                                    0, ERROR_INVALID_PARAMETER },
    };
    HCLUSTER cluster;
    DWORD granted;
    unsigned int i;

    for (i = 0; i < ARRAY_SIZE(tests); i++)
    {
        winetest_push_context("access %#lx", tests[i].desired);
        granted = 0xdeadbeef;
        SetLastError(0xdeadbeef);
        cluster = OpenClusterEx(server_address, tests[i].desired, &granted);
        if (tests[i].granted)
        {
            ok(cluster != NULL, "failed: %lu\n", GetLastError());
            ok(granted == tests[i].granted, "granted %#lx\n", granted);
        }
        else
        {
            ok(cluster == NULL, "succeeded\n");
            ok(GetLastError() == tests[i].error, "error %lu\n", GetLastError());
            ok(granted == 0xdeadbeef, "granted written: %#lx\n", granted);
        }
        if (cluster) CloseCluster(cluster);
        winetest_pop_context();
    }

    /* GrantedAccess is optional. */
    cluster = OpenClusterEx(server_address, GENERIC_READ, NULL);
    ok(cluster != NULL, "NULL GrantedAccess: %lu\n", GetLastError());
    if (cluster) CloseCluster(cluster);
}

static void test_local_cluster(void)
{
    WCHAR *old_dir, name[64];
    DWORD size = ARRAY_SIZE(name);
    HCLUSTER cluster;

    if (!GetEnvironmentVariableW(L"WINECLUSAPI_NCALRPC_DIR", NULL, 0))
    {
        skip("no local cluster socket configured\n");
        return;
    }

    /* NULL and "" both mean the local cluster: the ncalrpc socket. */
    cluster = OpenCluster(NULL);
    ok(cluster != NULL, "OpenCluster(NULL) failed: %lu\n", GetLastError());
    if (cluster)
    {
        ok(GetClusterInformation(cluster, name, &size, NULL) == ERROR_SUCCESS &&
           !wcscmp(name, EXPECTED_CLUSTER), "local name %s\n", wine_dbgstr_w(name));
        CloseCluster(cluster);
    }
    cluster = OpenCluster(L"");
    ok(cluster != NULL, "OpenCluster(\"\") failed: %lu\n", GetLastError());
    if (cluster) CloseCluster(cluster);

    /* Nothing listening: a non-clustered machine's answer. */
    old_dir = set_env(L"WINECLUSAPI_NCALRPC_DIR", NO_SOCKET_DIR);
    SetLastError(0xdeadbeef);
    cluster = OpenCluster(NULL);
    ok(cluster == NULL, "opened a cluster without a cluster service\n");
    ok(GetLastError() == EPT_S_NOT_REGISTERED, "error %lu\n", GetLastError());
    if (cluster) CloseCluster(cluster);
    restore_env(L"WINECLUSAPI_NCALRPC_DIR", old_dir);
}

static void test_unreachable(void)
{
    WCHAR *old_port;
    HCLUSTER cluster;

    SetLastError(0xdeadbeef);
    cluster = OpenCluster(L"nonexistent-host.invalid");
    ok(cluster == NULL, "opened an unresolvable host\n");
    ok(GetLastError() == RPC_S_SERVER_UNAVAILABLE, "unresolvable: error %lu\n", GetLastError());

    /* Resolvable, but nothing listens on the port. */
    old_port = set_env(L"WINECLUSAPI_PORT", L"1");
    SetLastError(0xdeadbeef);
    cluster = OpenCluster(server_address);
    ok(cluster == NULL, "opened a closed port\n");
    ok(GetLastError() == RPC_S_SERVER_UNAVAILABLE, "closed port: error %lu\n", GetLastError());
    restore_env(L"WINECLUSAPI_PORT", old_port);

    /* A name that would change the binding string is refused, not parsed. */
    SetLastError(0xdeadbeef);
    cluster = OpenCluster(L"127.0.0.1[135]");
    ok(cluster == NULL && GetLastError() == RPC_S_SERVER_UNAVAILABLE, "binding injection: %p %lu\n",
       cluster, GetLastError());
}

static void test_default_security(void)
{
    WCHAR *old_security, *old_creds;
    HCLUSTER cluster;

    /* Without the explicit "none", the client insists on packet privacy,
     * which the unauthenticated simulator cannot give: the open must fail
     * rather than fall back to an unprotected bind. */
    old_security = set_env(L"WINECLUSAPI_SECURITY", NULL);
    old_creds = set_env(L"WINECLUSAPI_CREDENTIALS_FILE", NULL);
    SetLastError(0xdeadbeef);
    cluster = OpenCluster(server_address);
    ok(cluster == NULL, "privacy was silently downgraded\n");
    ok(GetLastError() != ERROR_SUCCESS && GetLastError() != 0xdeadbeef, "error %lu\n", GetLastError());
    trace("privacy bind to an unauthenticated server: error %lu\n", GetLastError());
    if (cluster) CloseCluster(cluster);

    /* An unknown value keeps privacy too. */
    SetEnvironmentVariableW(L"WINECLUSAPI_SECURITY", L"nonsense");
    cluster = OpenCluster(server_address);
    ok(cluster == NULL, "unknown security value downgraded the bind\n");
    if (cluster) CloseCluster(cluster);

    restore_env(L"WINECLUSAPI_SECURITY", old_security);
    restore_env(L"WINECLUSAPI_CREDENTIALS_FILE", old_creds);
}

static void test_node_cluster_state(void)
{
    WCHAR *old_node, *old_dir;
    DWORD state, ret;

    ret = GetNodeClusterState(NULL, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "NULL state: %lu\n", ret);

    /* A Linux host is not a cluster node unless configured as one. */
    old_node = set_env(L"WINECLUSAPI_LOCAL_NODE", NULL);
    state = 0xdeadbeef;
    ret = GetNodeClusterState(NULL, &state);
    ok(ret == ERROR_SUCCESS && state == ClusterStateNotInstalled, "unconfigured: %lu, state %#lx\n", ret, state);

    SetEnvironmentVariableW(L"WINECLUSAPI_LOCAL_NODE", L"1");
    if (GetEnvironmentVariableW(L"WINECLUSAPI_NCALRPC_DIR", NULL, 0))
    {
        state = 0xdeadbeef;
        ret = GetNodeClusterState(NULL, &state);
        ok(ret == ERROR_SUCCESS && state == ClusterStateRunning, "running: %lu, state %#lx\n", ret, state);
    }
    old_dir = set_env(L"WINECLUSAPI_NCALRPC_DIR", NO_SOCKET_DIR);
    state = 0xdeadbeef;
    ret = GetNodeClusterState(NULL, &state);
    ok(ret == ERROR_SUCCESS && state == ClusterStateNotRunning, "not running: %lu, state %#lx\n", ret, state);
    restore_env(L"WINECLUSAPI_NCALRPC_DIR", old_dir);

    state = 0xdeadbeef;
    ret = GetNodeClusterState(server_address, &state);
    ok(ret == ERROR_SUCCESS && state == ClusterStateRunning, "remote node: %lu, state %#lx\n", ret, state);

    restore_env(L"WINECLUSAPI_LOCAL_NODE", old_node);
}

/* Every export, called with NULL handles and zero arguments, fails cleanly:
 * no crash, no success.  Unimplemented ones say ERROR_CALL_NOT_IMPLEMENTED,
 * implemented ones reject the NULL handle or parameter. */
static void test_exports_bad_input(void)
{
    /* NULL means the local cluster to these: they would connect. */
    static const char *const connect_with_null[] = { "OpenCluster", "OpenClusterEx" };
    HMODULE module = GetModuleHandleW(L"clusapi.dll");
    const IMAGE_EXPORT_DIRECTORY *exports;
    const IMAGE_NT_HEADERS *nt;
    const DWORD *names;
    unsigned int i, j, unimplemented = 0, rejected = 0;

    ok(module != NULL, "clusapi.dll not loaded\n");
    if (!module) return;
    nt = (const IMAGE_NT_HEADERS *)((const BYTE *)module + ((const IMAGE_DOS_HEADER *)module)->e_lfanew);
    exports = (const IMAGE_EXPORT_DIRECTORY *)((const BYTE *)module +
              nt->OptionalHeader.DataDirectory[IMAGE_DIRECTORY_ENTRY_EXPORT].VirtualAddress);
    names = (const DWORD *)((const BYTE *)module + exports->AddressOfNames);
    ok(exports->NumberOfNames == 290, "%lu exports, expected 290\n", exports->NumberOfNames);

    for (i = 0; i < exports->NumberOfNames; i++)
    {
        const char *name = (const char *)module + names[i];
        ULONG_PTR (WINAPI *func)(ULONG_PTR, ULONG_PTR, ULONG_PTR, ULONG_PTR, ULONG_PTR, ULONG_PTR, ULONG_PTR, ULONG_PTR);
        DWORD error, ret32;
        ULONG_PTR ret;

        for (j = 0; j < ARRAY_SIZE(connect_with_null); j++)
            if (!strcmp(name, connect_with_null[j])) break;
        if (j < ARRAY_SIZE(connect_with_null)) continue;

        func = (void *)GetProcAddress(module, name);
        SetLastError(0xdeadbeef);
        ret = func(0, 0, 0, 0, 0, 0, 0, 0);
        error = GetLastError();
        ret32 = (DWORD)ret;
        /* Depending on the return type: the error itself, or a failure value
         * (NULL/FALSE/0/-1) with the error as last error. */
        if (ret32 == ERROR_CALL_NOT_IMPLEMENTED || ret32 == (DWORD)HRESULT_FROM_WIN32(ERROR_CALL_NOT_IMPLEMENTED) ||
            ((!ret || ret32 == (DWORD)-1) && error == ERROR_CALL_NOT_IMPLEMENTED))
            unimplemented++;
        else if (ret32 == ERROR_INVALID_HANDLE || ret32 == ERROR_INVALID_PARAMETER ||
                 ((!ret || ret32 == (DWORD)-1) && (error == ERROR_INVALID_HANDLE || error == ERROR_INVALID_PARAMETER)))
            rejected++;
        else
            ok(0, "%s: returned %#Ix, last error %lu\n", name, ret, error);
    }
    ok(unimplemented + rejected == exports->NumberOfNames - ARRAY_SIZE(connect_with_null),
       "%u unimplemented, %u rejected the bad input\n", unimplemented, rejected);
    trace("%u exports not implemented, %u implemented\n", unimplemented, rejected + 2);
}

START_TEST(cluster)
{
    DWORD len = GetEnvironmentVariableW(L"CLUSAPI_TEST_ADDRESS", server_address, ARRAY_SIZE(server_address));

    if (!len || len >= ARRAY_SIZE(server_address)) lstrcpyW(server_address, L"127.0.0.1");

    test_exports_bad_input();
    if (!have_cluster())
    {
        skip("no simulated cluster: set WINECLUSAPI_PORT (tests/run-all does)\n");
        return;
    }
    test_open_close();
    test_cluster_information();
    test_open_cluster_ex();
    test_local_cluster();
    test_unreachable();
    test_default_security();
    test_node_cluster_state();
}
