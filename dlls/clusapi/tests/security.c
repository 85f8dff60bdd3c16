/*
 * Conformance tests for authentication, packet privacy and timeouts.
 *
 * Run under Wine by tests/samba/test_wine_auth.sh, which starts the
 * simulated cluster inside a Samba AD DC (tools/samba-cluster: NTLM, SPNEGO
 * and Kerberos, packet privacy required), an unauthenticated cmrpd, a TCP
 * listener that never answers, and does kinit into a private KRB5CCNAME.
 * The environment says where they are; each test skips when its part is
 * missing (as in the plain tests/run-all pass):
 *
 *   CLUSAPI_AUTH_ADDRESS     where the authenticating cluster is (default 127.0.0.1)
 *   CLUSAPI_AUTH_FILE        Samba authentication file of the DC's Administrator (Unix path)
 *   CLUSAPI_AUTH_BAD_FILE    the same user with a wrong password
 *   CLUSAPI_AUTH_KRB_NAME    the cluster's DNS name with a service principal
 *                            (MSServerClusterMgmtAPI/<name>); KRB5CCNAME holds a ticket
 *   CLUSAPI_AUTH_NOSPN_NAME  a DNS name of the realm without one
 *   CLUSAPI_AUTH_CLUSTER     the cluster's name as GetClusterInformation returns it
 *   CLUSAPI_PLAIN_PORT       TCP port of an unauthenticated cmrpd on 127.0.0.1
 *   CLUSAPI_HUNG_PORT        TCP port of a listener that accepts and never answers
 *   CLUSAPI_FREEZE_DIR       a directory (Windows path) the driver watches: the file
 *                            "stop" asks it to SIGSTOP the cmrpd, it answers with
 *                            "stopped"; "cont" asks for SIGCONT
 *
 * Every cluster is described under HKCU\Software\Wine\Clusapi\Clusters\<name>
 * as a user would, and the keys are removed afterwards.
 */
#include <stdarg.h>
#include <stdio.h>

#include <windef.h>
#include <winbase.h>
#include <winerror.h>
#include <winreg.h>
#include "clusapi.h"

#include "wine/test.h"

#define CLUSTERS_KEY L"Software\\Wine\\Clusapi\\Clusters"

static WCHAR auth_file[MAX_PATH], bad_auth_file[MAX_PATH], krb_name[256], nospn_name[256];
static WCHAR expected_cluster[64] = L"FSCLUSTER";
static WCHAR auth_address[256] = L"127.0.0.1";
static WCHAR freeze_dir[MAX_PATH];
static DWORD plain_port, hung_port;

static BOOL get_env(const WCHAR *name, WCHAR *buffer, DWORD size)
{
    DWORD len = GetEnvironmentVariableW(name, buffer, size);

    if (!len || len >= size)
    {
        buffer[0] = 0;
        return FALSE;
    }
    return TRUE;
}

struct value
{
    const WCHAR *name;
    const WCHAR *text;      /* REG_SZ, or NULL for dword */
    DWORD dword;
};

/* Describes one cluster name the way a user would. */
static void configure(const WCHAR *cluster, const struct value *values, unsigned int count)
{
    WCHAR path[512];
    unsigned int i;
    HKEY key;
    LONG ret;

    swprintf(path, ARRAY_SIZE(path), L"%s\\%s", CLUSTERS_KEY, cluster);
    RegDeleteKeyW(HKEY_CURRENT_USER, path);
    ret = RegCreateKeyExW(HKEY_CURRENT_USER, path, 0, NULL, 0, KEY_WRITE, NULL, &key, NULL);
    ok(!ret, "RegCreateKeyExW %s: %ld\n", wine_dbgstr_w(path), ret);
    if (ret) return;
    for (i = 0; i < count; i++)
    {
        if (values[i].text)
            RegSetValueExW(key, values[i].name, 0, REG_SZ, (const BYTE *)values[i].text,
                           (lstrlenW(values[i].text) + 1) * sizeof(WCHAR));
        else
            RegSetValueExW(key, values[i].name, 0, REG_DWORD, (const BYTE *)&values[i].dword, sizeof(DWORD));
    }
    RegCloseKey(key);
}

static void unconfigure(const WCHAR *cluster)
{
    WCHAR path[512];

    swprintf(path, ARRAY_SIZE(path), L"%s\\%s", CLUSTERS_KEY, cluster);
    RegDeleteKeyW(HKEY_CURRENT_USER, path);
}

/* OpenCluster(name) and GetClusterInformation: the cluster's name, or an error. */
static DWORD open_and_name(const WCHAR *cluster_name, WCHAR *name, DWORD size, HCLUSTER *out)
{
    CLUSTERVERSIONINFO info;
    HCLUSTER cluster;
    DWORD ret;

    name[0] = 0;
    if (out) *out = NULL;
    SetLastError(0xdeadbeef);
    if (!(cluster = OpenCluster(cluster_name))) return GetLastError();
    info.dwVersionInfoSize = sizeof(info);
    ret = GetClusterInformation(cluster, name, &size, &info);
    if (out && !ret) *out = cluster;
    else ok(CloseCluster(cluster), "CloseCluster failed: %lu\n", GetLastError());
    return ret;
}

/* ---- binds that work: NTLM, SPNEGO, Kerberos, all at privacy ---- */

static void test_binds(void)
{
    static const struct { const WCHAR *cluster, *authentication; } binds[] =
    {
        { L"auth-ntlm",      L"ntlm" },
        { L"auth-negotiate", L"negotiate" },
    };
    WCHAR name[64];
    unsigned int i;
    DWORD ret;

    if (!auth_file[0])
    {
        skip("no Samba AD DC: set CLUSAPI_AUTH_FILE (tests/samba/test_wine_auth.sh does)\n");
        return;
    }
    for (i = 0; i < ARRAY_SIZE(binds); i++)
    {
        const struct value values[] =
        {
            { L"Address", auth_address },
            { L"Authentication", binds[i].authentication },
            { L"CredentialsFile", auth_file },
        };

        winetest_push_context("%s", wine_dbgstr_w(binds[i].authentication));
        configure(binds[i].cluster, values, ARRAY_SIZE(values));
        ret = open_and_name(binds[i].cluster, name, ARRAY_SIZE(name), NULL);
        ok(ret == ERROR_SUCCESS, "got %lu\n", ret);
        ok(!wcscmp(name, expected_cluster), "name %s, expected %s\n", wine_dbgstr_w(name),
           wine_dbgstr_w(expected_cluster));
        unconfigure(binds[i].cluster);
        winetest_pop_context();
    }
}

/* Kerberos single sign-on: the ticket from kinit, nothing else configured
 * but where the name is; the SPN is MSServerClusterMgmtAPI/<name>. */
static void test_kerberos(void)
{
    static const WCHAR *authentications[] = { L"kerberos", L"negotiate" };
    WCHAR name[64];
    unsigned int i;
    DWORD ret;

    if (!krb_name[0])
    {
        skip("no Kerberos ticket: set CLUSAPI_AUTH_KRB_NAME (tests/samba/test_wine_auth.sh does)\n");
        return;
    }
    for (i = 0; i < ARRAY_SIZE(authentications); i++)
    {
        const struct value values[] =
        {
            { L"Address", auth_address },
            { L"Authentication", authentications[i] },
        };

        winetest_push_context("%s", wine_dbgstr_w(authentications[i]));
        configure(krb_name, values, ARRAY_SIZE(values));
        ret = open_and_name(krb_name, name, ARRAY_SIZE(name), NULL);
        ok(ret == ERROR_SUCCESS, "got %lu\n", ret);
        ok(!wcscmp(name, expected_cluster), "name %s\n", wine_dbgstr_w(name));
        unconfigure(krb_name);
        winetest_pop_context();
    }

    /* A name whose service principal the KDC does not know. */
    if (nospn_name[0])
    {
        const struct value values[] =
        {
            { L"Address", auth_address },
            { L"Authentication", L"kerberos" },
        };

        configure(nospn_name, values, ARRAY_SIZE(values));
        ret = open_and_name(nospn_name, name, ARRAY_SIZE(name), NULL);
        ok(ret == RPC_S_SEC_PKG_ERROR, "unknown SPN: got %lu\n", ret);
        unconfigure(nospn_name);
    }
}

/* ---- binds that must fail, with the documented error ---- */

static void test_refusals(void)
{
    static const WCHAR no_cache[] = L"FILE:/nonexistent/wine-clusapi-test/krb5cc";
    const struct
    {
        const WCHAR *cluster, *authentication, *security, *file, *cache;
        DWORD expected;
        const char *what;
    }
    tests[] =
    {
        /* SPNEGO (what Windows uses): the server's final leg rejects the password. */
        { L"auth-bad-negotiate", L"negotiate", NULL, bad_auth_file, NULL, ERROR_LOGON_FAILURE, "wrong password, SPNEGO" },
        /* NTLMSSP's AUTH3 gets no answer: the first call is refused. */
        { L"auth-bad-ntlm", L"ntlm", NULL, bad_auth_file, NULL, ERROR_ACCESS_DENIED, "wrong password, NTLM" },
        { L"auth-none-found", L"negotiate", NULL, NULL, no_cache, ERROR_ACCESS_DENIED, "no credentials" },
        { L"auth-none-ntlm", L"ntlm", NULL, NULL, no_cache, ERROR_ACCESS_DENIED, "no password for NTLM" },
        /* Integrity only, configured for this cluster: the server requires privacy. */
        { L"auth-integrity", L"negotiate", L"integrity", auth_file, NULL, ERROR_ACCESS_DENIED, "integrity only" },
    };
    WCHAR name[64];
    unsigned int i;
    DWORD ret;

    if (!auth_file[0] || !bad_auth_file[0])
    {
        skip("no Samba AD DC: set CLUSAPI_AUTH_FILE and CLUSAPI_AUTH_BAD_FILE\n");
        return;
    }
    for (i = 0; i < ARRAY_SIZE(tests); i++)
    {
        struct value values[5] = { { L"Address", auth_address }, { L"Authentication", tests[i].authentication } };
        unsigned int count = 2;

        if (tests[i].security) values[count++] = (struct value){ L"Security", tests[i].security };
        if (tests[i].file) values[count++] = (struct value){ L"CredentialsFile", tests[i].file };
        if (tests[i].cache) values[count++] = (struct value){ L"CredentialsCache", tests[i].cache };
        winetest_push_context("%s", tests[i].what);
        configure(tests[i].cluster, values, count);
        ret = open_and_name(tests[i].cluster, name, ARRAY_SIZE(name), NULL);
        ok(ret == tests[i].expected, "got %lu, expected %lu\n", ret, tests[i].expected);
        ok(!name[0], "got a cluster name %s\n", wine_dbgstr_w(name));
        unconfigure(tests[i].cluster);
        winetest_pop_context();
    }
}

/* ---- privacy is never downgraded ---- */

static void test_downgrade(void)
{
    HKEY global;
    WCHAR name[64];
    DWORD ret;

    if (!plain_port || !auth_file[0])
    {
        skip("no unauthenticated server: set CLUSAPI_PLAIN_PORT and CLUSAPI_AUTH_FILE\n");
        return;
    }

    /* The server cannot give privacy (it refuses every authenticated bind):
     * with credentials at hand the open fails; an unprotected retry would
     * have succeeded. */
    {
        const struct value values[] =
        {
            { L"Address", L"127.0.0.1" },
            { L"Port", NULL, plain_port },
            { L"CredentialsFile", auth_file },
        };

        configure(L"plain-default", values, ARRAY_SIZE(values));
        ret = open_and_name(L"plain-default", name, ARRAY_SIZE(name), NULL);
        ok(ret == ERROR_ACCESS_DENIED, "privacy refused by the server: got %lu\n", ret);
        ok(!name[0], "privacy was downgraded: got %s\n", wine_dbgstr_w(name));

        /* The same with NTLM and Kerberos asked for. */
        configure(L"plain-default", (const struct value[]){ values[0], values[1], values[2],
                  { L"Authentication", L"ntlm" } }, 4);
        ret = open_and_name(L"plain-default", name, ARRAY_SIZE(name), NULL);
        ok(ret == ERROR_ACCESS_DENIED, "NTLM, privacy refused by the server: got %lu\n", ret);
        ok(!name[0], "privacy was downgraded: got %s\n", wine_dbgstr_w(name));
    }

    /* "none" for every cluster is ignored: lowering needs the cluster's own key. */
    ret = RegCreateKeyExW(HKEY_CURRENT_USER, L"Software\\Wine\\Clusapi", 0, NULL, 0, KEY_ALL_ACCESS, NULL, &global, NULL);
    ok(!ret, "RegCreateKeyExW: %ld\n", ret);
    if (!ret)
    {
        const struct value values[] = { { L"Address", L"127.0.0.1" }, { L"Port", NULL, plain_port },
                                        { L"CredentialsFile", auth_file } };

        RegSetValueExW(global, L"Security", 0, REG_SZ, (const BYTE *)L"none", sizeof(L"none"));
        configure(L"plain-global", values, ARRAY_SIZE(values));
        ret = open_and_name(L"plain-global", name, ARRAY_SIZE(name), NULL);
        ok(ret == ERROR_ACCESS_DENIED, "global Security=none: got %lu\n", ret);
        ok(!name[0], "a global setting lowered the security: got %s\n", wine_dbgstr_w(name));
        unconfigure(L"plain-global");
        RegDeleteValueW(global, L"Security");
        RegCloseKey(global);
    }

    /* Explicitly for this one cluster, "none" is honoured. */
    {
        const struct value values[] =
        {
            { L"Address", L"127.0.0.1" },
            { L"Port", NULL, plain_port },
            { L"Security", L"none" },
        };

        configure(L"plain-none", values, ARRAY_SIZE(values));
        ret = open_and_name(L"plain-none", name, ARRAY_SIZE(name), NULL);
        ok(ret == ERROR_SUCCESS, "Security=none for this cluster: got %lu\n", ret);
        ok(!wcscmp(name, expected_cluster), "name %s\n", wine_dbgstr_w(name));
        unconfigure(L"plain-none");
    }
    unconfigure(L"plain-default");
}

/* ---- timeouts ---- */

static void test_connect_timeout(void)
{
    const DWORD timeout = 1500;
    const struct value values[] =
    {
        { L"Address", L"127.0.0.1" },
        { L"Port", NULL, hung_port },
        { L"Timeout", NULL, timeout },
        { L"CredentialsFile", auth_file },
    };
    WCHAR name[64];
    DWORD ret, start, elapsed;

    if (!hung_port || !auth_file[0])
    {
        skip("no hung server: set CLUSAPI_HUNG_PORT and CLUSAPI_AUTH_FILE\n");
        return;
    }
    configure(L"hung-listener", values, ARRAY_SIZE(values));
    start = GetTickCount();
    ret = open_and_name(L"hung-listener", name, ARRAY_SIZE(name), NULL);
    elapsed = GetTickCount() - start;
    ok(ret == RPC_S_SERVER_UNAVAILABLE, "got %lu\n", ret);
    /* Bounds, not a benchmark: it waited for the timeout, and not for Samba's two minutes. */
    ok(elapsed >= timeout - 100 && elapsed < timeout + 5000, "gave up after %lu ms, timeout %lu ms\n", elapsed, timeout);
    trace("a server that accepts and never answers: error %lu after %lu ms (Timeout %lu ms)\n", ret, elapsed, timeout);
    unconfigure(L"hung-listener");
}

static BOOL freeze_request(const WCHAR *request, const WCHAR *answer)
{
    WCHAR path[MAX_PATH];
    unsigned int i;
    HANDLE file;

    swprintf(path, ARRAY_SIZE(path), L"%s\\%s", freeze_dir, request);
    file = CreateFileW(path, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    if (file == INVALID_HANDLE_VALUE) return FALSE;
    CloseHandle(file);
    if (!answer) return TRUE;
    swprintf(path, ARRAY_SIZE(path), L"%s\\%s", freeze_dir, answer);
    for (i = 0; i < 200; i++)
    {
        if (GetFileAttributesW(path) != INVALID_FILE_ATTRIBUTES) return TRUE;
        Sleep(50);
    }
    return FALSE;
}

/* A server that stops answering in the middle of a session (cmrpd
 * SIGSTOPped): the call fails with RPC_S_CALL_CANCELLED, what Windows'
 * RPC_C_OPT_CALL_TIMEOUT reports, and the handle can still be closed. */
static void test_call_timeout(void)
{
    const DWORD timeout = 2000;
    const struct value values[] =
    {
        { L"Address", L"127.0.0.1" },
        { L"Port", NULL, plain_port },
        { L"Security", L"none" },
        { L"Timeout", NULL, timeout },
    };
    CLUSTERVERSIONINFO info;
    HCLUSTER cluster;
    WCHAR name[64];
    DWORD ret, size, start, elapsed;
    BOOL closed;

    if (!plain_port || !freeze_dir[0])
    {
        skip("no server to stop: set CLUSAPI_PLAIN_PORT and CLUSAPI_FREEZE_DIR\n");
        return;
    }
    configure(L"frozen-server", values, ARRAY_SIZE(values));
    ret = open_and_name(L"frozen-server", name, ARRAY_SIZE(name), &cluster);
    ok(ret == ERROR_SUCCESS, "got %lu\n", ret);
    if (!cluster)
    {
        unconfigure(L"frozen-server");
        return;
    }
    if (!freeze_request(L"stop", L"stopped"))
    {
        skip("the driver did not stop the server\n");
        CloseCluster(cluster);
        unconfigure(L"frozen-server");
        return;
    }

    size = ARRAY_SIZE(name);
    info.dwVersionInfoSize = sizeof(info);
    start = GetTickCount();
    ret = GetClusterInformation(cluster, name, &size, &info);
    elapsed = GetTickCount() - start;
    ok(ret == RPC_S_CALL_CANCELLED, "got %lu\n", ret);
    ok(elapsed >= timeout - 100 && elapsed < timeout + 5000, "gave up after %lu ms, timeout %lu ms\n", elapsed, timeout);
    trace("a stopped server: error %lu after %lu ms (Timeout %lu ms)\n", ret, elapsed, timeout);

    start = GetTickCount();
    SetLastError(0xdeadbeef);
    closed = CloseCluster(cluster);
    elapsed = GetTickCount() - start;
    trace("CloseCluster after the timeout: %d, error %lu, %lu ms\n", closed, closed ? 0 : GetLastError(), elapsed);
    ok(elapsed < timeout + 5000, "CloseCluster took %lu ms\n", elapsed);
    /* The handle is gone either way. */
    SetLastError(0xdeadbeef);
    ok(!CloseCluster(cluster), "closed twice\n");
    ok(GetLastError() == ERROR_INVALID_HANDLE, "second close: error %lu\n", GetLastError());

    freeze_request(L"cont", NULL);
    unconfigure(L"frozen-server");
}

START_TEST(security)
{
    WCHAR text[32];

    get_env(L"CLUSAPI_AUTH_FILE", auth_file, ARRAY_SIZE(auth_file));
    get_env(L"CLUSAPI_AUTH_BAD_FILE", bad_auth_file, ARRAY_SIZE(bad_auth_file));
    get_env(L"CLUSAPI_AUTH_KRB_NAME", krb_name, ARRAY_SIZE(krb_name));
    get_env(L"CLUSAPI_AUTH_NOSPN_NAME", nospn_name, ARRAY_SIZE(nospn_name));
    get_env(L"CLUSAPI_FREEZE_DIR", freeze_dir, ARRAY_SIZE(freeze_dir));
    if (!get_env(L"CLUSAPI_AUTH_ADDRESS", auth_address, ARRAY_SIZE(auth_address)))
        lstrcpyW(auth_address, L"127.0.0.1");
    if (!get_env(L"CLUSAPI_AUTH_CLUSTER", expected_cluster, ARRAY_SIZE(expected_cluster)))
        lstrcpyW(expected_cluster, L"FSCLUSTER");
    if (get_env(L"CLUSAPI_PLAIN_PORT", text, ARRAY_SIZE(text))) plain_port = wcstoul(text, NULL, 10);
    if (get_env(L"CLUSAPI_HUNG_PORT", text, ARRAY_SIZE(text))) hung_port = wcstoul(text, NULL, 10);

    /* What the other tests' environment sets would override the per-cluster keys. */
    if (GetEnvironmentVariableW(L"WINECLUSAPI_SECURITY", NULL, 0) || GetEnvironmentVariableW(L"WINECLUSAPI_PORT", NULL, 0))
    {
        skip("WINECLUSAPI_SECURITY or WINECLUSAPI_PORT is set: run by tests/samba/test_wine_auth.sh\n");
        return;
    }
    test_binds();
    test_kerberos();
    test_refusals();
    test_downgrade();
    test_connect_timeout();
    test_call_timeout();
}
