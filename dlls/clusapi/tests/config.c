/*
 * Conformance tests for the configuration (docs/configuration.md): a change
 * under HKCU\Software\Wine\Clusapi is seen by the next OpenCluster of the
 * same process, although clusapi.dll keeps what it read last (it checks it
 * while the open waits for the server, and opens again if it changed).
 *
 * Needs the simulated cluster tests/run-all starts (WINECLUSAPI_PORT, an
 * unauthenticated cmrpd on 127.0.0.1).  The environment's settings win over
 * the registry's, so this process drops them after reading the port.
 */
#include <stdarg.h>
#include <stdio.h>

#include <windef.h>
#include <winbase.h>
#include <winerror.h>
#include <winreg.h>
#include "clusapi.h"

#include "wine/test.h"

#define CLUSAPI_KEY   L"Software\\Wine\\Clusapi"
#define CLUSTERS_KEY  CLUSAPI_KEY L"\\Clusters"
/* Nothing listens there (a privileged port no test server uses). */
#define DEAD_PORT     1
#define NAME_COUNT    20    /* more names than clusapi.dll keeps settings for */

static DWORD cluster_port;

static void set_value(const WCHAR *path, const WCHAR *name, const WCHAR *text, DWORD dword)
{
    HKEY key;
    LONG ret;

    ret = RegCreateKeyExW(HKEY_CURRENT_USER, path, 0, NULL, 0, KEY_WRITE, NULL, &key, NULL);
    ok(!ret, "RegCreateKeyExW %s: %ld\n", wine_dbgstr_w(path), ret);
    if (ret) return;
    if (text)
        ret = RegSetValueExW(key, name, 0, REG_SZ, (const BYTE *)text, (lstrlenW(text) + 1) * sizeof(WCHAR));
    else
        ret = RegSetValueExW(key, name, 0, REG_DWORD, (const BYTE *)&dword, sizeof(dword));
    ok(!ret, "RegSetValueExW %s: %ld\n", wine_dbgstr_w(name), ret);
    RegCloseKey(key);
}

static void delete_value(const WCHAR *path, const WCHAR *name)
{
    HKEY key;

    if (RegOpenKeyExW(HKEY_CURRENT_USER, path, 0, KEY_WRITE, &key)) return;
    RegDeleteValueW(key, name);
    RegCloseKey(key);
}

static void cluster_path(WCHAR *path, size_t size, const WCHAR *cluster)
{
    swprintf(path, size, L"%s\\%s", CLUSTERS_KEY, cluster);
}

/* Describes cluster as the simulated one, reached on port. */
static void configure(const WCHAR *cluster, DWORD port)
{
    WCHAR path[256];

    cluster_path(path, ARRAY_SIZE(path), cluster);
    RegDeleteKeyW(HKEY_CURRENT_USER, path);
    set_value(path, L"Address", L"127.0.0.1", 0);
    set_value(path, L"Security", L"none", 0);
    set_value(path, L"Port", NULL, port);
}

static void unconfigure(const WCHAR *cluster)
{
    WCHAR path[256];

    cluster_path(path, ARRAY_SIZE(path), cluster);
    RegDeleteKeyW(HKEY_CURRENT_USER, path);
}

/* OpenCluster then CloseCluster: 0, or OpenCluster's error. */
static DWORD try_open(const WCHAR *cluster)
{
    HCLUSTER handle;

    SetLastError(0xdeadbeef);
    if (!(handle = OpenCluster(cluster))) return GetLastError();
    ok(CloseCluster(handle), "CloseCluster failed: %lu\n", GetLastError());
    return 0;
}

static void test_cluster_key_changes(void)
{
    WCHAR path[256];
    DWORD error;

    configure(L"cfgtest", cluster_port);
    cluster_path(path, ARRAY_SIZE(path), L"cfgtest");
    error = try_open(L"cfgtest");
    ok(!error, "first open: %lu\n", error);
    error = try_open(L"cfgtest");
    ok(!error, "second open, settings kept: %lu\n", error);

    /* The kept settings reach the cluster; the registry now says they must not. */
    set_value(path, L"Port", NULL, DEAD_PORT);
    error = try_open(L"cfgtest");
    ok(error == RPC_S_SERVER_UNAVAILABLE, "open after the port was changed to a closed one: %lu\n", error);
    error = try_open(L"cfgtest");
    ok(error == RPC_S_SERVER_UNAVAILABLE, "again: %lu\n", error);

    /* The kept settings fail; the registry's work. */
    set_value(path, L"Port", NULL, cluster_port);
    error = try_open(L"cfgtest");
    ok(!error, "open after the port was changed back: %lu\n", error);

    /* A weaker security setting removed: privacy again, which the unauthenticated cmrpd refuses. */
    delete_value(path, L"Security");
    error = try_open(L"cfgtest");
    ok(error && error != RPC_S_SERVER_UNAVAILABLE, "open at privacy of an unauthenticated server: %lu\n", error);
    set_value(path, L"Security", L"none", 0);
    error = try_open(L"cfgtest");
    ok(!error, "open with Security none again: %lu\n", error);

    /* The whole key removed: the name is a host to reach at privacy, with the
     * user's credentials (none here: 5; with a ticket cache, no such host: 1722). */
    unconfigure(L"cfgtest");
    error = try_open(L"cfgtest");
    ok(error == ERROR_ACCESS_DENIED || error == RPC_S_SERVER_UNAVAILABLE,
       "open after the cluster's key was removed: %lu\n", error);
}

/* A setting in the key for every cluster counts as much as the cluster's own. */
static void test_global_key_changes(void)
{
    WCHAR path[256];
    DWORD error;

    configure(L"cfgglobal", cluster_port);
    cluster_path(path, ARRAY_SIZE(path), L"cfgglobal");
    delete_value(path, L"Port");
    set_value(CLUSAPI_KEY, L"Port", NULL, cluster_port);
    error = try_open(L"cfgglobal");
    ok(!error, "open with the port from the global key: %lu\n", error);

    set_value(CLUSAPI_KEY, L"Port", NULL, DEAD_PORT);
    error = try_open(L"cfgglobal");
    ok(error == RPC_S_SERVER_UNAVAILABLE, "open after the global port was changed: %lu\n", error);

    /* The cluster's own value wins over the global one, from its first appearance. */
    set_value(path, L"Port", NULL, cluster_port);
    error = try_open(L"cfgglobal");
    ok(!error, "open with the cluster's port over the global one: %lu\n", error);

    delete_value(CLUSAPI_KEY, L"Port");
    unconfigure(L"cfgglobal");
}

/* More names than are kept: each still sees its own changes. */
static void test_many_names(void)
{
    WCHAR name[32], path[256];
    DWORD error;
    unsigned int i;

    for (i = 0; i < NAME_COUNT; i++)
    {
        swprintf(name, ARRAY_SIZE(name), L"cfgmany%u", i);
        configure(name, cluster_port);
        error = try_open(name);
        ok(!error, "%s: open: %lu\n", wine_dbgstr_w(name), error);
    }
    /* Newest first: those still kept, then those read again. */
    for (i = NAME_COUNT; i-- > 0; )
    {
        swprintf(name, ARRAY_SIZE(name), L"cfgmany%u", i);
        cluster_path(path, ARRAY_SIZE(path), name);
        set_value(path, L"Port", NULL, DEAD_PORT);
        error = try_open(name);
        ok(error == RPC_S_SERVER_UNAVAILABLE, "%s: open after its port changed: %lu\n", wine_dbgstr_w(name), error);
        unconfigure(name);
    }
}

START_TEST(config)
{
    WCHAR text[16];

    if (!GetEnvironmentVariableW(L"WINECLUSAPI_PORT", text, ARRAY_SIZE(text)))
    {
        skip("no simulated cluster: set WINECLUSAPI_PORT (tests/run-all does)\n");
        return;
    }
    cluster_port = wcstoul(text, NULL, 10);
    /* They would win over every registry value tested here. */
    SetEnvironmentVariableW(L"WINECLUSAPI_PORT", NULL);
    SetEnvironmentVariableW(L"WINECLUSAPI_SECURITY", NULL);
    SetEnvironmentVariableW(L"WINECLUSAPI_AUTHENTICATION", NULL);

    test_cluster_key_changes();
    test_global_key_changes();
    test_many_names();
}
