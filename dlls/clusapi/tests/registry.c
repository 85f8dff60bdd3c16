/*
 * Conformance tests for the cluster registry: GetCluster*Key and the
 * ClusterReg* functions, against the simulated cluster of
 * server/examples/two-node.conf (tests/run-all starts it).  Everything is
 * made under a key of its own, "WineTest Registry", removed at the end.
 * Batches (ClusterRegCreateBatch ... ClusterRegCloseBatch(Ex)), read
 * batches and batch notification ports are checked against what a second
 * client then reads or what it changes.
 */
#include <stdarg.h>
#include <stdio.h>

#include <windef.h>
#include <winbase.h>
#include <winerror.h>
#include <winreg.h>
#define CLUSAPI_UNDOCUMENTED_EXPORTS   /* the *ForceSync calls */
#include "clusapi.h"

#include "wine/test.h"
#include "batch_waiter.h"

#define TEST_KEY L"WineTest Registry"

static WCHAR server_address[64] = L"127.0.0.1";
static HCLUSTER cluster;

static void test_root_key(void)
{
    WCHAR buffer[64];
    DWORD ret, type, size;
    HKEY root, key;

    SetLastError(0xdeadbeef);
    root = GetClusterKey(NULL, KEY_READ);
    ok(!root && GetLastError() == ERROR_INVALID_HANDLE, "NULL cluster: %p, %lu\n", root, GetLastError());

    SetLastError(0xdeadbeef);
    root = GetClusterKey(cluster, KEY_ALL_ACCESS);
    ok(root != NULL, "GetClusterKey failed: %lu\n", GetLastError());
    if (!root) return;
    ok(GetLastError() == ERROR_SUCCESS, "last error %lu\n", GetLastError());

    /* The model writes the cluster's name and id at the root. */
    size = sizeof(buffer);
    type = 0xdeadbeef;
    ret = ClusterRegQueryValue(root, L"ClusterName", &type, (BYTE *)buffer, &size);
    ok(ret == ERROR_SUCCESS, "ClusterName: %lu\n", ret);
    ok(type == REG_SZ && size == sizeof(L"FSCLUSTER") && !wcscmp(buffer, L"FSCLUSTER"),
       "ClusterName: type %lu, size %lu, %s\n", type, size, wine_dbgstr_w(buffer));
    size = sizeof(buffer);
    ret = ClusterRegQueryValue(root, L"ClusterInstanceID", &type, (BYTE *)buffer, &size);
    ok(ret == ERROR_SUCCESS && type == REG_SZ, "ClusterInstanceID: %lu, type %lu\n", ret, type);
    if (!ret) ok(!wcsicmp(buffer, L"5f3c2a61-8d4e-4b7a-9c1f-2e6b8a0d4c37"), "id %s\n", wine_dbgstr_w(buffer));

    /* A key handle is no cluster handle and the other way round. */
    size = sizeof(buffer);
    ret = ClusterRegQueryValue((HKEY)cluster, L"ClusterName", &type, (BYTE *)buffer, &size);
    ok(ret == ERROR_INVALID_HANDLE, "cluster as key: %lu\n", ret);
    size = ARRAY_SIZE(buffer);
    ret = GetClusterInformation((HCLUSTER)root, buffer, &size, NULL);
    ok(ret == ERROR_INVALID_HANDLE, "key as cluster: %lu\n", ret);

    /* No subkey opens the key again. */
    key = (HKEY)0xdeadbeef;
    ret = ClusterRegOpenKey(root, NULL, KEY_READ, &key);
    ok(ret == ERROR_SUCCESS && key && key != root, "reopen: %lu, %p\n", ret, key);
    if (!ret) ok(ClusterRegCloseKey(key) == ERROR_SUCCESS, "close failed\n");
    ret = ClusterRegOpenKey(root, L"No Such Key\\Really", KEY_READ, &key);
    ok(ret == ERROR_FILE_NOT_FOUND, "missing key: %lu\n", ret);
    ret = ClusterRegOpenKey(root, L"Quorum", KEY_READ, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "no result pointer: %lu\n", ret);

    ok(ClusterRegCloseKey(root) == ERROR_SUCCESS, "close failed\n");
    ok(ClusterRegCloseKey(root) == ERROR_INVALID_HANDLE, "double close accepted\n");
    size = sizeof(buffer);
    ret = ClusterRegQueryValue(root, L"ClusterName", &type, (BYTE *)buffer, &size);
    ok(ret == ERROR_INVALID_HANDLE, "closed key: %lu\n", ret);
}

/* One value of each type, and what it must read back as. */
static const struct
{
    const WCHAR *name;
    DWORD type;
    const void *data;
    DWORD size;
}
test_values[] =
{
    { L"sz", REG_SZ, L"hello, cluster", sizeof(L"hello, cluster") },
    { L"expand sz", REG_EXPAND_SZ, L"%SystemRoot%\\Cluster", sizeof(L"%SystemRoot%\\Cluster") },
    { L"multi sz", REG_MULTI_SZ, L"one\0two\0three\0", sizeof(L"one\0two\0three\0") },
    { L"empty multi sz", REG_MULTI_SZ, L"\0", sizeof(L"\0") },
    { L"dword", REG_DWORD, "\x78\x56\x34\x12", 4 },
    { L"dword big endian", REG_DWORD_BIG_ENDIAN, "\x12\x34\x56\x78", 4 },
    { L"qword", REG_QWORD, "\x01\x02\x03\x04\x05\x06\x07\x08", 8 },
    { L"binary", REG_BINARY, "\x00\xff\x10\x20\x00\x7f", 6 },
    { L"none", REG_NONE, "", 0 },
    { L"", REG_SZ, L"the default value", sizeof(L"the default value") },   /* the unnamed one */
    { L"unterminated sz", REG_SZ, "a\0b\0", 4 },                            /* stored as given */
};

static void test_values_round_trip(HKEY key)
{
    BYTE buffer[256], big[80000];
    DWORD ret, type, size, i;

    for (i = 0; i < ARRAY_SIZE(test_values); i++)
    {
        winetest_push_context("%s", wine_dbgstr_w(test_values[i].name));
        ret = ClusterRegSetValue(key, test_values[i].name, test_values[i].type, test_values[i].data,
                                 test_values[i].size);
        ok(ret == ERROR_SUCCESS, "set: %lu\n", ret);

        /* Exact buffer. */
        memset(buffer, 0xcc, sizeof(buffer));
        size = test_values[i].size;
        type = 0xdeadbeef;
        ret = ClusterRegQueryValue(key, test_values[i].name, &type, buffer, &size);
        ok(ret == ERROR_SUCCESS, "query: %lu\n", ret);
        ok(type == test_values[i].type, "type %lu\n", type);
        ok(size == test_values[i].size, "size %lu\n", size);
        ok(!memcmp(buffer, test_values[i].data, test_values[i].size), "data differs\n");
        ok(buffer[test_values[i].size] == 0xcc, "wrote past the value\n");

        /* NULL data: the size, and success (SDK ClusterRegQueryValue). */
        size = 0xdeadbeef;
        type = 0xdeadbeef;
        ret = ClusterRegQueryValue(key, test_values[i].name, &type, NULL, &size);
        ok(ret == ERROR_SUCCESS && size == test_values[i].size && type == test_values[i].type,
           "size query: %lu, size %lu, type %lu\n", ret, size, type);

        /* A short buffer: ERROR_MORE_DATA, the size, the buffer untouched. */
        if (test_values[i].size)
        {
            memset(buffer, 0xcc, sizeof(buffer));
            size = test_values[i].size - 1;
            ret = ClusterRegQueryValue(key, test_values[i].name, &type, buffer, &size);
            ok(ret == ERROR_MORE_DATA && size == test_values[i].size, "short: %lu, size %lu\n", ret, size);
            ok(buffer[0] == 0xcc, "short buffer written\n");
        }

        /* Neither type nor size wanted. */
        ret = ClusterRegQueryValue(key, test_values[i].name, NULL, NULL, NULL);
        ok(ret == ERROR_SUCCESS, "nothing asked: %lu\n", ret);
        winetest_pop_context();
    }

    size = sizeof(buffer);
    ret = ClusterRegQueryValue(key, L"no such value", &type, buffer, &size);
    ok(ret == ERROR_FILE_NOT_FOUND, "missing value: %lu\n", ret);
    ret = ClusterRegQueryValue(key, L"sz", &type, buffer, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "data without size: %lu\n", ret);
    ret = ClusterRegSetValue(key, L"sz", REG_SZ, NULL, 4);
    ok(ret == ERROR_INVALID_PARAMETER, "NULL data of 4 bytes: %lu\n", ret);

    /* NULL names the default value, as for RegQueryValueEx. */
    size = sizeof(buffer);
    ret = ClusterRegQueryValue(key, NULL, &type, buffer, &size);
    ok(ret == ERROR_SUCCESS && size == sizeof(L"the default value"), "default value: %lu, %lu\n", ret, size);

    /* Overwriting changes type and size. */
    ret = ClusterRegSetValue(key, L"sz", REG_DWORD, (const BYTE *)"\x01\x00\x00\x00", 4);
    ok(ret == ERROR_SUCCESS, "overwrite: %lu\n", ret);
    size = sizeof(buffer);
    ret = ClusterRegQueryValue(key, L"sz", &type, buffer, &size);
    ok(!ret && type == REG_DWORD && size == 4 && *(DWORD *)buffer == 1, "overwritten: %lu, %lu, %lu\n", ret, type,
       size);
    ret = ClusterRegSetValue(key, L"sz", test_values[0].type, test_values[0].data, test_values[0].size);
    ok(ret == ERROR_SUCCESS, "restore: %lu\n", ret);

    /* A large value: more than the first guess of the client. */
    for (i = 0; i < sizeof(big); i++) big[i] = (BYTE)(i * 7);
    ret = ClusterRegSetValue(key, L"large", REG_BINARY, big, sizeof(big));
    ok(ret == ERROR_SUCCESS, "large: %lu\n", ret);
    size = 0;
    ret = ClusterRegQueryValue(key, L"large", &type, NULL, &size);
    ok(!ret && size == sizeof(big), "large size: %lu, %lu\n", ret, size);
    memset(big, 0, sizeof(big));
    size = sizeof(big);
    ret = ClusterRegQueryValue(key, L"large", &type, big, &size);
    ok(!ret && size == sizeof(big) && big[12345] == (BYTE)(12345 * 7), "large read: %lu, %lu\n", ret, size);
    ok(ClusterRegDeleteValue(key, L"large") == ERROR_SUCCESS, "delete large failed\n");
}

static void test_enum_values(HKEY key)
{
    BOOL seen[ARRAY_SIZE(test_values)] = { 0 };
    WCHAR name[64];
    BYTE data[256];
    DWORD ret, i, j, type, name_size, data_size, count = 0, values, max_name, max_data;

    ret = ClusterRegQueryInfoKey(key, NULL, NULL, &values, &max_name, &max_data, NULL, NULL);
    ok(ret == ERROR_SUCCESS, "QueryInfoKey: %lu\n", ret);
    ok(values == ARRAY_SIZE(test_values), "%lu values\n", values);
    ok(max_name == wcslen(L"dword big endian"), "longest name %lu\n", max_name);
    ok(max_data == sizeof(L"%SystemRoot%\\Cluster"), "largest value %lu\n", max_data);

    for (i = 0;; i++)
    {
        name_size = ARRAY_SIZE(name);
        data_size = sizeof(data);
        ret = ClusterRegEnumValue(key, i, name, &name_size, &type, data, &data_size);
        if (ret == ERROR_NO_MORE_ITEMS) break;
        ok(ret == ERROR_SUCCESS, "value %lu: %lu\n", i, ret);
        if (ret) break;
        count++;
        ok(name_size == wcslen(name), "name size %lu for %s\n", name_size, wine_dbgstr_w(name));
        for (j = 0; j < ARRAY_SIZE(test_values); j++)
            if (!wcscmp(name, test_values[j].name)) break;
        ok(j < ARRAY_SIZE(test_values), "unexpected value %s\n", wine_dbgstr_w(name));
        if (j == ARRAY_SIZE(test_values)) continue;
        ok(!seen[j], "%s enumerated twice\n", wine_dbgstr_w(name));
        seen[j] = TRUE;
        ok(type == test_values[j].type && data_size == test_values[j].size &&
           !memcmp(data, test_values[j].data, data_size), "%s: type %lu, size %lu\n", wine_dbgstr_w(name), type,
           data_size);
    }
    ok(count == ARRAY_SIZE(test_values), "%lu values enumerated\n", count);

    /* The buffer rules, on the first value (its name's length is known by now). */
    name_size = ARRAY_SIZE(name);
    ret = ClusterRegEnumValue(key, 0, name, &name_size, NULL, NULL, NULL);
    ok(ret == ERROR_SUCCESS, "name only: %lu\n", ret);
    if (ret) return;
    for (j = 0; j < ARRAY_SIZE(test_values); j++)
        if (!wcscmp(name, test_values[j].name)) break;
    if (j == ARRAY_SIZE(test_values)) return;

    name_size = wcslen(test_values[j].name);   /* no room for the NUL */
    ret = ClusterRegEnumValue(key, 0, name, &name_size, &type, data, &data_size);
    ok(ret == ERROR_MORE_DATA && name_size == wcslen(test_values[j].name), "short name: %lu, %lu\n", ret, name_size);
    name_size = ARRAY_SIZE(name);
    data_size = 0xdeadbeef;
    ret = ClusterRegEnumValue(key, 0, name, &name_size, &type, NULL, &data_size);
    ok(ret == ERROR_SUCCESS && data_size == test_values[j].size, "data size query: %lu, %lu\n", ret, data_size);
    if (test_values[j].size)
    {
        name_size = ARRAY_SIZE(name);
        data_size = test_values[j].size - 1;
        memset(data, 0xcc, sizeof(data));
        ret = ClusterRegEnumValue(key, 0, name, &name_size, &type, data, &data_size);
        ok(ret == ERROR_MORE_DATA && data_size == test_values[j].size && data[0] == 0xcc,
           "short data: %lu, %lu\n", ret, data_size);
    }
    name_size = ARRAY_SIZE(name);
    ret = ClusterRegEnumValue(key, 0, name, NULL, &type, data, &data_size);
    ok(ret == ERROR_INVALID_PARAMETER, "no name size: %lu\n", ret);
    name_size = ARRAY_SIZE(name);
    ret = ClusterRegEnumValue(key, count, name, &name_size, &type, data, &data_size);
    ok(ret == ERROR_NO_MORE_ITEMS, "past the end: %lu\n", ret);
}

static void test_subkeys(HKEY key)
{
    static const WCHAR *const names[] = { L"first", L"second subkey", L"third" };
    WCHAR name[64];
    FILETIME time;
    DWORD ret, i, j, size, disposition, subkeys, max_len;
    BOOL seen[ARRAY_SIZE(names)] = { 0 };
    HKEY sub;

    for (i = 0; i < ARRAY_SIZE(names); i++)
    {
        disposition = 0xdeadbeef;
        ret = ClusterRegCreateKey(key, names[i], 0, KEY_ALL_ACCESS, NULL, &sub, &disposition);
        ok(ret == ERROR_SUCCESS && disposition == REG_CREATED_NEW_KEY, "create %s: %lu, %lu\n",
           wine_dbgstr_w(names[i]), ret, disposition);
        if (!ret) ClusterRegCloseKey(sub);
    }
    /* Again: opened, not created; no disposition asked is fine. */
    ret = ClusterRegCreateKey(key, names[0], 0, KEY_ALL_ACCESS, NULL, &sub, &disposition);
    ok(ret == ERROR_SUCCESS && disposition == REG_OPENED_EXISTING_KEY, "create again: %lu, %lu\n", ret, disposition);
    if (!ret) ClusterRegCloseKey(sub);
    ret = ClusterRegCreateKey(key, L"first\\deeper\\deepest", 0, KEY_ALL_ACCESS, NULL, &sub, NULL);
    ok(ret == ERROR_SUCCESS, "create a path: %lu\n", ret);
    if (!ret) ClusterRegCloseKey(sub);
    ret = ClusterRegOpenKey(key, L"first\\deeper", KEY_READ, &sub);
    ok(ret == ERROR_SUCCESS, "open the path's parent: %lu\n", ret);
    if (!ret) ClusterRegCloseKey(sub);

    ret = ClusterRegQueryInfoKey(key, &subkeys, &max_len, NULL, NULL, NULL, NULL, &time);
    ok(ret == ERROR_SUCCESS && subkeys == ARRAY_SIZE(names) && max_len == wcslen(L"second subkey"),
       "QueryInfoKey: %lu, %lu subkeys, longest %lu\n", ret, subkeys, max_len);

    for (i = 0;; i++)
    {
        size = ARRAY_SIZE(name);
        memset(&time, 0, sizeof(time));
        ret = ClusterRegEnumKey(key, i, name, &size, &time);
        if (ret == ERROR_NO_MORE_ITEMS) break;
        ok(ret == ERROR_SUCCESS, "subkey %lu: %lu\n", i, ret);
        if (ret) break;
        ok(size == wcslen(name), "size %lu for %s\n", size, wine_dbgstr_w(name));
        ok(time.dwHighDateTime || time.dwLowDateTime, "no last write time\n");
        for (j = 0; j < ARRAY_SIZE(names); j++)
            if (!wcscmp(name, names[j])) break;
        ok(j < ARRAY_SIZE(names) && !seen[j], "unexpected subkey %s\n", wine_dbgstr_w(name));
        if (j < ARRAY_SIZE(names)) seen[j] = TRUE;
    }
    ok(i == ARRAY_SIZE(names), "%lu subkeys enumerated\n", i);

    size = 3;
    ret = ClusterRegEnumKey(key, 0, name, &size, NULL);
    ok(ret == ERROR_MORE_DATA && size >= 3, "short buffer: %lu, %lu\n", ret, size);
    size = 0xdeadbeef;
    ret = ClusterRegEnumKey(key, 0, NULL, &size, NULL);
    ok(ret == ERROR_MORE_DATA && size != 0xdeadbeef, "no buffer: %lu, %lu\n", ret, size);
    ret = ClusterRegEnumKey(key, 0, name, NULL, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "no size: %lu\n", ret);

    /* A key with subkeys cannot go; leaves first. */
    ret = ClusterRegDeleteKey(key, L"first");
    ok(ret != ERROR_SUCCESS, "deleted a key with subkeys\n");
    ok(ClusterRegDeleteKey(key, L"first\\deeper\\deepest") == ERROR_SUCCESS, "delete deepest failed\n");
    ok(ClusterRegDeleteKey(key, L"first\\deeper") == ERROR_SUCCESS, "delete deeper failed\n");
    for (i = 0; i < ARRAY_SIZE(names); i++)
        ok(ClusterRegDeleteKey(key, names[i]) == ERROR_SUCCESS, "delete %s failed\n", wine_dbgstr_w(names[i]));
    ret = ClusterRegOpenKey(key, L"first", KEY_READ, &sub);
    ok(ret == ERROR_FILE_NOT_FOUND, "deleted key opened: %lu\n", ret);
    ret = ClusterRegDeleteKey(key, L"first");
    ok(ret == ERROR_FILE_NOT_FOUND, "deleted twice: %lu\n", ret);
    ret = ClusterRegDeleteKey(key, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "NULL subkey: %lu\n", ret);
    size = ARRAY_SIZE(name);
    ret = ClusterRegEnumKey(key, 0, name, &size, NULL);
    ok(ret == ERROR_NO_MORE_ITEMS, "subkeys left: %lu\n", ret);
}

static void test_delete_values(HKEY key)
{
    DWORD ret, i, values = 0xdeadbeef;

    ret = ClusterRegDeleteValue(key, L"no such value");
    ok(ret == ERROR_FILE_NOT_FOUND, "missing value: %lu\n", ret);
    for (i = 0; i < ARRAY_SIZE(test_values); i++)
    {
        ret = ClusterRegDeleteValue(key, test_values[i].name);
        ok(ret == ERROR_SUCCESS, "delete %s: %lu\n", wine_dbgstr_w(test_values[i].name), ret);
    }
    ret = ClusterRegQueryValue(key, L"sz", NULL, NULL, NULL);
    ok(ret == ERROR_FILE_NOT_FOUND, "deleted value queried: %lu\n", ret);
    ret = ClusterRegQueryInfoKey(key, NULL, NULL, &values, NULL, NULL, NULL, NULL);
    ok(!ret && !values, "%lu values left (%lu)\n", values, ret);
}

static void test_key_security(HKEY key)
{
    SECURITY_DESCRIPTOR absolute;
    SID_IDENTIFIER_AUTHORITY world = { SECURITY_WORLD_SID_AUTHORITY };
    PSID everyone = NULL;
    BYTE buffer[1024];
    DWORD ret, size, sd_size;
    PSID owner;
    BOOL defaulted;

    /* An absolute descriptor: the client sends it self-relative. */
    ok(AllocateAndInitializeSid(&world, 1, SECURITY_WORLD_RID, 0, 0, 0, 0, 0, 0, 0, &everyone), "no SID\n");
    InitializeSecurityDescriptor(&absolute, SECURITY_DESCRIPTOR_REVISION);
    SetSecurityDescriptorOwner(&absolute, everyone, FALSE);
    ret = ClusterRegSetKeySecurity(key, OWNER_SECURITY_INFORMATION, &absolute);
    ok(ret == ERROR_SUCCESS, "set: %lu\n", ret);
    ret = ClusterRegSetKeySecurity(key, OWNER_SECURITY_INFORMATION, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "NULL descriptor: %lu\n", ret);

    size = 0xdeadbeef;
    ret = ClusterRegGetKeySecurity(key, OWNER_SECURITY_INFORMATION, NULL, &size);
    ok(ret == ERROR_INSUFFICIENT_BUFFER && size && size != 0xdeadbeef, "size query: %lu, %lu\n", ret, size);
    sd_size = size;
    size = sd_size - 1;
    ret = ClusterRegGetKeySecurity(key, OWNER_SECURITY_INFORMATION, buffer, &size);
    ok(ret == ERROR_INSUFFICIENT_BUFFER && size == sd_size, "short: %lu, %lu\n", ret, size);
    size = sizeof(buffer);
    ret = ClusterRegGetKeySecurity(key, OWNER_SECURITY_INFORMATION, buffer, &size);
    ok(ret == ERROR_SUCCESS && size == sd_size, "get: %lu, %lu (expected %lu)\n", ret, size, sd_size);
    if (!ret)
    {
        ok(IsValidSecurityDescriptor(buffer), "invalid descriptor\n");
        ok(GetSecurityDescriptorOwner(buffer, &owner, &defaulted) && owner && EqualSid(owner, everyone),
           "owner is not Everyone\n");
    }
    /* QueryInfoKey gives the size of the whole descriptor, more than its owner alone. */
    ret = ClusterRegQueryInfoKey(key, NULL, NULL, NULL, NULL, NULL, &size, NULL);
    ok(!ret && size >= sd_size, "QueryInfoKey descriptor size: %lu, %lu\n", ret, size);
    ret = ClusterRegGetKeySecurity(key, OWNER_SECURITY_INFORMATION, buffer, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "no size: %lu\n", ret);

    /* A descriptor given at creation (RPC_SECURITY_ATTRIBUTES). */
    {
        SECURITY_ATTRIBUTES sa = { sizeof(sa), &absolute, FALSE };
        HKEY secured;

        SetSecurityDescriptorGroup(&absolute, everyone, FALSE);

        ret = ClusterRegCreateKey(key, L"secured", 0, KEY_ALL_ACCESS, &sa, &secured, NULL);
        ok(ret == ERROR_SUCCESS, "create with a descriptor: %lu\n", ret);
        if (!ret)
        {
            size = sizeof(buffer);
            ret = ClusterRegGetKeySecurity(secured, OWNER_SECURITY_INFORMATION, buffer, &size);
            ok(ret == ERROR_SUCCESS && GetSecurityDescriptorOwner(buffer, &owner, &defaulted) && owner &&
               EqualSid(owner, everyone), "owner of the new key: %lu\n", ret);
            ClusterRegCloseKey(secured);
            ok(ClusterRegDeleteKey(key, L"secured") == ERROR_SUCCESS, "delete failed\n");
        }
    }
    FreeSid(everyone);
}

/* An object's key is Groups\<id> (...) under the root, with its Name. */
static void check_object_key(HKEY key, const WCHAR *expect_name, const char *what)
{
    WCHAR name[128];
    DWORD ret, size = sizeof(name), type;

    ok(key != NULL, "%s: no key: %lu\n", what, GetLastError());
    if (!key) return;
    ret = ClusterRegQueryValue(key, L"Name", &type, (BYTE *)name, &size);
    ok(ret == ERROR_SUCCESS && type == REG_SZ && !wcscmp(name, expect_name), "%s: %lu, name %s\n", what, ret,
       wine_dbgstr_w(ret ? L"" : name));
    ClusterRegCloseKey(key);
}

static void test_object_keys(void)
{
    HGROUP group = OpenClusterGroup(cluster, L"FS1");
    HRESOURCE resource = OpenClusterResource(cluster, L"Cluster Name");
    HNODE node = OpenClusterNode(cluster, L"node2");
    HNETWORK network = OpenClusterNetwork(cluster, L"Cluster Network 2");
    HNETINTERFACE netif = OpenClusterNetInterface(cluster, L"node1 - Ethernet");
    HKEY key;

    ok(group && resource && node && network && netif, "open failed: %lu\n", GetLastError());
    if (group) check_object_key(GetClusterGroupKey(group, KEY_READ), L"FS1", "group");
    if (resource) check_object_key(GetClusterResourceKey(resource, KEY_READ), L"Cluster Name", "resource");
    if (node) check_object_key(GetClusterNodeKey(node, KEY_READ), L"node2", "node");
    if (network) check_object_key(GetClusterNetworkKey(network, KEY_READ), L"Cluster Network 2", "network");
    if (netif) check_object_key(GetClusterNetInterfaceKey(netif, KEY_READ), L"node1 - Ethernet", "interface");
    check_object_key(GetClusterResourceTypeKey(cluster, L"Generic Service", KEY_READ), L"Generic Service", "type");

    SetLastError(0xdeadbeef);
    key = GetClusterResourceTypeKey(cluster, L"No Such Type", KEY_READ);
    ok(!key && GetLastError() == ERROR_FILE_NOT_FOUND, "unknown type: %p, %lu\n", key, GetLastError());
    SetLastError(0xdeadbeef);
    key = GetClusterResourceTypeKey(cluster, NULL, KEY_READ);
    ok(!key && GetLastError() == ERROR_INVALID_PARAMETER, "NULL type: %p, %lu\n", key, GetLastError());
    SetLastError(0xdeadbeef);
    key = GetClusterGroupKey((HGROUP)resource, KEY_READ);
    ok(!key && GetLastError() == ERROR_INVALID_HANDLE, "resource as group: %p, %lu\n", key, GetLastError());

    if (group) CloseClusterGroup(group);
    if (resource) CloseClusterResource(resource);
    if (node) CloseClusterNode(node);
    if (network) CloseClusterNetwork(network);
    if (netif) CloseClusterNetInterface(netif);
}

/* Keys keep their cluster's connection, as object handles do. */
static void test_key_outlives_cluster(void)
{
    HCLUSTER second = OpenCluster(server_address);
    WCHAR name[64];
    DWORD ret, size = sizeof(name);
    HKEY key;

    ok(second != NULL, "OpenCluster failed: %lu\n", GetLastError());
    if (!second) return;
    key = GetClusterKey(second, KEY_READ);
    ok(key != NULL, "GetClusterKey failed: %lu\n", GetLastError());
    ok(CloseCluster(second), "CloseCluster failed\n");
    if (!key) return;
    ret = ClusterRegQueryValue(key, L"ClusterName", NULL, (BYTE *)name, &size);
    ok(ret == ERROR_SUCCESS && !wcscmp(name, L"FSCLUSTER"), "after CloseCluster: %lu\n", ret);
    ok(ClusterRegCloseKey(key) == ERROR_SUCCESS, "close failed\n");
}

static void test_test_key(void)
{
    DWORD ret, disposition;
    HKEY root, key;

    root = GetClusterKey(cluster, KEY_ALL_ACCESS);
    ok(root != NULL, "GetClusterKey failed: %lu\n", GetLastError());
    if (!root) return;
    /* Left over by an interrupted run? Start afresh. */
    ClusterRegDeleteKey(root, TEST_KEY);
    ret = ClusterRegCreateKey(root, TEST_KEY, 0, KEY_ALL_ACCESS, NULL, &key, &disposition);
    ok(ret == ERROR_SUCCESS && disposition == REG_CREATED_NEW_KEY, "create: %lu, %lu\n", ret, disposition);
    if (!ret)
    {
        test_values_round_trip(key);
        test_enum_values(key);
        test_subkeys(key);
        test_delete_values(key);
        test_key_security(key);
        ok(ClusterRegCloseKey(key) == ERROR_SUCCESS, "close failed\n");
        ok(ClusterRegDeleteKey(root, TEST_KEY) == ERROR_SUCCESS, "delete failed\n");
    }
    ret = ClusterRegCreateKey(root, NULL, 0, KEY_ALL_ACCESS, NULL, &key, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "NULL subkey: %lu\n", ret);
    ClusterRegCloseKey(root);
}

/* ---- batches ---- */

#define BATCH_KEY L"WineTest Batch"

static void test_batch_arguments(HKEY root)
{
    HREGBATCH batch = NULL;
    HREGREADBATCH read = NULL;
    HREGREADBATCHREPLY reply = (HREGREADBATCHREPLY)0xdeadbeef;
    CLUSTER_READ_BATCH_COMMAND command;
    INT failed = 12345;
    LONG ret;

    ret = ClusterRegCreateBatch(root, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "NULL batch pointer: %ld\n", ret);
    ret = ClusterRegCreateBatch((HKEY)cluster, &batch);
    ok(ret == ERROR_INVALID_HANDLE && !batch, "cluster as key: %ld, %p\n", ret, batch);
    ret = ClusterRegBatchAddCommand(NULL, CLUSREG_SET_VALUE, L"x", REG_DWORD, &ret, sizeof(ret));
    ok(ret == ERROR_INVALID_HANDLE, "NULL batch: %ld\n", ret);
    ret = ClusterRegCloseBatch(NULL, TRUE, &failed);
    ok(ret == ERROR_INVALID_HANDLE && failed == -1, "close NULL: %ld, %d\n", ret, failed);

    ret = ClusterRegCreateBatch(root, &batch);
    ok(ret == ERROR_SUCCESS && batch, "ClusterRegCreateBatch: %ld\n", ret);
    if (!batch) return;
    ret = ClusterRegBatchAddCommand(batch, CLUSREG_READ_VALUE, L"x", 0, NULL, 0);
    ok(ret == ERROR_INVALID_PARAMETER, "a read command in a write batch: %ld\n", ret);
    ret = ClusterRegBatchAddCommand(batch, CLUSREG_SET_VALUE, L"x", REG_DWORD, NULL, 4);
    ok(ret == ERROR_INVALID_PARAMETER, "data size without data: %ld\n", ret);
    /* a read batch handle is not a batch */
    ret = ClusterRegCloseReadBatch((HREGREADBATCH)batch, &reply);
    ok(ret == ERROR_INVALID_HANDLE, "batch as read batch: %ld\n", ret);
    ret = ClusterRegCloseBatchEx(batch, 0x100, &failed);
    ok(ret == ERROR_INVALID_PARAMETER && failed == -1, "unknown flags: %ld, %d\n", ret, failed);
    ret = ClusterRegCloseBatch(batch, FALSE, NULL);
    ok(ret == ERROR_SUCCESS, "discard: %ld\n", ret);
    ret = ClusterRegCloseBatch(batch, FALSE, NULL);
    ok(ret == ERROR_INVALID_HANDLE, "closed twice: %ld\n", ret);

    ret = ClusterRegCreateReadBatch(root, &read);
    ok(ret == ERROR_SUCCESS && read, "ClusterRegCreateReadBatch: %ld\n", ret);
    ret = ClusterRegCloseReadBatch(read, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "no reply pointer: %ld\n", ret);
    ret = ClusterRegReadBatchReplyNextCommand((HREGREADBATCHREPLY)read, &command);
    ok(ret == ERROR_INVALID_HANDLE, "closed read batch as reply: %ld\n", ret);
}

/* Every value type through a batch, read back by a second client. */
static void test_batch_round_trip(HKEY root, HCLUSTER second)
{
    static const WCHAR sz[] = L"batch string", multi[] = L"one\0two\0", expand[] = L"%SystemRoot%\\x";
    static const BYTE binary[] = { 1, 2, 3, 4, 5 };
    static const struct { const WCHAR *name; DWORD type; const void *data; DWORD size; } values[] =
    {
        { L"sz", REG_SZ, sz, sizeof(sz) },
        { L"dword", REG_DWORD, "\x78\x56\x34\x12", 4 },
        { L"qword", REG_QWORD, "\x01\x02\x03\x04\x05\x06\x07\x08", 8 },
        { L"binary", REG_BINARY, binary, sizeof(binary) },
        { L"multi", REG_MULTI_SZ, multi, sizeof(multi) },
        { L"expand", REG_EXPAND_SZ, expand, sizeof(expand) },
        { L"", REG_SZ, sz, sizeof(sz) },
    };
    HKEY theirs = GetClusterKey(second, KEY_READ), key = NULL;
    HREGBATCH batch;
    BYTE data[64];
    DWORD type, size, i;
    INT failed = 12345;
    LONG ret;

    ok(theirs != NULL, "second GetClusterKey: %lu\n", GetLastError());
    ret = ClusterRegCreateBatch(root, &batch);
    ok(ret == ERROR_SUCCESS, "ClusterRegCreateBatch: %ld\n", ret);
    if (ret || !theirs) goto done;
    ok(!ClusterRegBatchAddCommand(batch, CLUSREG_CREATE_KEY, BATCH_KEY L"\\sub", 0, NULL, 0), "add key\n");
    for (i = 0; i < ARRAY_SIZE(values); i++)
        ok(!ClusterRegBatchAddCommand(batch, CLUSREG_SET_VALUE, values[i].name, values[i].type, values[i].data,
                                      values[i].size), "add %s\n", wine_dbgstr_w(values[i].name));
    ok(!ClusterRegBatchAddCommand(batch, CLUSREG_SET_VALUE, L"gone", REG_DWORD, &i, sizeof(i)), "add gone\n");
    ok(!ClusterRegBatchAddCommand(batch, CLUSREG_DELETE_VALUE, L"gone", 0, NULL, 0), "add delete\n");
    /* deleting what does not exist is no failure (MS-CMRP 3.1.4.2.113) */
    ok(!ClusterRegBatchAddCommand(batch, CLUSREG_DELETE_VALUE, L"never there", 0, NULL, 0), "add delete\n");
    ret = ClusterRegCloseBatch(batch, TRUE, &failed);
    ok(ret == ERROR_SUCCESS, "ClusterRegCloseBatch: %ld, failed %d\n", ret, failed);

    ret = ClusterRegOpenKey(theirs, BATCH_KEY L"\\sub", KEY_READ, &key);
    ok(ret == ERROR_SUCCESS, "the batch's key: %ld\n", ret);
    if (ret) goto done;
    for (i = 0; i < ARRAY_SIZE(values); i++)
    {
        size = sizeof(data);
        ret = ClusterRegQueryValue(key, values[i].name, &type, data, &size);
        ok(ret == ERROR_SUCCESS, "%s: %ld\n", wine_dbgstr_w(values[i].name), ret);
        ok(!ret && type == values[i].type && size == values[i].size && !memcmp(data, values[i].data, size),
           "%s: type %lu, size %lu\n", wine_dbgstr_w(values[i].name), type, size);
    }
    size = sizeof(data);
    ret = ClusterRegQueryValue(key, L"gone", &type, data, &size);
    ok(ret == ERROR_FILE_NOT_FOUND, "deleted value: %ld\n", ret);

done:
    if (key) ClusterRegCloseKey(key);
    if (theirs) ClusterRegCloseKey(theirs);
}

/* A failing command: its 0-based number, and nothing of the batch applied. */
static void test_batch_failure(HKEY root, HCLUSTER second)
{
    HKEY theirs = GetClusterKey(second, KEY_READ), key;
    HREGBATCH batch;
    DWORD value = 7, size, type;
    INT failed = 12345;
    LONG ret;

    ret = ClusterRegCreateBatch(root, &batch);
    ok(ret == ERROR_SUCCESS, "ClusterRegCreateBatch: %ld\n", ret);
    if (ret || !theirs) return;
    ClusterRegBatchAddCommand(batch, CLUSREG_CREATE_KEY, BATCH_KEY L"\\fail", 0, NULL, 0);
    ClusterRegBatchAddCommand(batch, CLUSREG_SET_VALUE, L"first", REG_DWORD, &value, sizeof(value));
    ClusterRegBatchAddCommand(batch, CLUSREG_DELETE_KEY, BATCH_KEY L"\\no such key", 0, NULL, 0);
    /* the key pointer is cleared by DELETE_KEY: a value now is ERROR_INVALID_PARAMETER */
    ClusterRegBatchAddCommand(batch, CLUSREG_SET_VALUE, L"second", REG_DWORD, &value, sizeof(value));
    ret = ClusterRegCloseBatch(batch, TRUE, &failed);
    ok(ret == ERROR_INVALID_PARAMETER, "failing batch: %ld\n", ret);
    ok(failed == 3, "failed command %d, expected 3 (the fourth)\n", failed);
    ret = ClusterRegOpenKey(theirs, BATCH_KEY L"\\fail", KEY_READ, &key);
    ok(ret == ERROR_FILE_NOT_FOUND, "a failed batch created its key: %ld\n", ret);
    if (!ret) ClusterRegCloseKey(key);

    /* the first command failing: 0; a discarded batch changes nothing */
    ret = ClusterRegCreateBatch(root, &batch);
    ClusterRegBatchAddCommand(batch, CLUSREG_SET_VALUE, L"bad\x01name", REG_DWORD, &value, sizeof(value));
    ret = ClusterRegCloseBatch(batch, TRUE, &failed);
    ok(ret == ERROR_INVALID_PARAMETER && failed == 0, "first command: %ld, %d\n", ret, failed);
    ret = ClusterRegCreateBatch(root, &batch);
    ClusterRegBatchAddCommand(batch, CLUSREG_CREATE_KEY, BATCH_KEY L"\\discarded", 0, NULL, 0);
    ret = ClusterRegCloseBatch(batch, FALSE, &failed);
    ok(ret == ERROR_SUCCESS, "discard: %ld\n", ret);
    ret = ClusterRegOpenKey(theirs, BATCH_KEY L"\\discarded", KEY_READ, &key);
    ok(ret == ERROR_FILE_NOT_FOUND, "a discarded batch ran: %ld\n", ret);
    if (!ret) ClusterRegCloseKey(key);

    /* Ex with "sync to all nodes": applied, and the numbering is still the caller's */
    ret = ClusterRegCreateBatch(root, &batch);
    ClusterRegBatchAddCommand(batch, CLUSREG_CREATE_KEY, BATCH_KEY L"\\ex", 0, NULL, 0);
    ClusterRegBatchAddCommand(batch, CLUSREG_SET_VALUE, L"ex", REG_DWORD, &value, sizeof(value));
    ret = ClusterRegCloseBatchEx(batch, CLUSREG_DATABASE_SYNC_WRITE_TO_ALL_NODES, &failed);
    ok(ret == ERROR_SUCCESS, "ClusterRegCloseBatchEx: %ld, %d\n", ret, failed);
    ret = ClusterRegOpenKey(theirs, BATCH_KEY L"\\ex", KEY_READ, &key);
    ok(ret == ERROR_SUCCESS, "Ex batch's key: %ld\n", ret);
    if (!ret)
    {
        size = sizeof(value);
        value = 0;
        ok(!ClusterRegQueryValue(key, L"ex", &type, (BYTE *)&value, &size) && value == 7, "Ex value %lu\n", value);
        ClusterRegCloseKey(key);
    }
    ret = ClusterRegCreateBatch(root, &batch);
    ClusterRegBatchAddCommand(batch, CLUSREG_DELETE_KEY, BATCH_KEY L"\\ex", 0, NULL, 0);
    ClusterRegBatchAddCommand(batch, CLUSREG_DELETE_VALUE, L"x", 0, NULL, 0);
    ret = ClusterRegCloseBatchEx(batch, CLUSREG_DATABASE_SYNC_WRITE_TO_ALL_NODES, &failed);
    ok(ret == ERROR_INVALID_PARAMETER && failed == 1, "Ex failing: %ld, %d\n", ret, failed);
    ClusterRegCloseKey(theirs);
}

static void test_read_batch(HKEY root)
{
    static const struct { const WCHAR *subkey, *value; DWORD command, options, size; } expect[] =
    {
        { BATCH_KEY L"\\sub", L"dword", CLUSREG_READ_VALUE, REG_DWORD, 4 },
        { BATCH_KEY L"\\sub", L"no such value", CLUSREG_READ_ERROR, ERROR_FILE_NOT_FOUND, 0 },
        { BATCH_KEY L"\\no such key", L"dword", CLUSREG_READ_ERROR, ERROR_FILE_NOT_FOUND, 0 },
        { BATCH_KEY L"\\sub", L"sz", CLUSREG_READ_VALUE, REG_SZ, sizeof(L"batch string") },
        { BATCH_KEY L"\\sub", NULL, CLUSREG_READ_VALUE, REG_SZ, sizeof(L"batch string") },
    };
    CLUSTER_READ_BATCH_COMMAND command;
    HREGREADBATCHREPLY reply;
    HREGREADBATCH batch;
    unsigned int pass, i;
    LONG ret;

    for (pass = 0; pass < 2; pass++)
    {
        ret = ClusterRegCreateReadBatch(root, &batch);
        ok(ret == ERROR_SUCCESS, "ClusterRegCreateReadBatch: %ld\n", ret);
        if (ret) return;
        for (i = 0; i < ARRAY_SIZE(expect); i++)
            ok(!ClusterRegReadBatchAddCommand(batch, expect[i].subkey, expect[i].value), "add %u\n", i);
        if (pass) ret = ClusterRegCloseReadBatchEx(batch, CLUSREG_DATABASE_ISOLATE_READ, &reply);
        else ret = ClusterRegCloseReadBatch(batch, &reply);
        ok(ret == ERROR_SUCCESS, "pass %u: close: %ld\n", pass, ret);
        if (ret) continue;
        for (i = 0; i < ARRAY_SIZE(expect); i++)
        {
            memset(&command, 0xcc, sizeof(command));
            ret = ClusterRegReadBatchReplyNextCommand(reply, &command);
            ok(ret == ERROR_SUCCESS, "pass %u, command %u: %ld\n", pass, i, ret);
            if (ret) break;
            ok(command.Command == expect[i].command && command.dwOptions == expect[i].options,
               "pass %u, command %u: %u, %lu\n", pass, i, command.Command, command.dwOptions);
            ok(command.cbData == expect[i].size, "pass %u, command %u: %lu bytes\n", pass, i, command.cbData);
            ok(!wcscmp(command.wzSubkeyName, expect[i].subkey), "pass %u, command %u: key %s\n", pass, i,
               wine_dbgstr_w(command.wzSubkeyName));
            ok(!wcscmp(command.wzValueName, expect[i].value ? expect[i].value : L""), "pass %u, command %u: %s\n",
               pass, i, wine_dbgstr_w(command.wzValueName));
            if (i == 0 && command.cbData == 4)
                ok(!memcmp(command.lpData, "\x78\x56\x34\x12", 4), "dword data wrong\n");
        }
        ret = ClusterRegReadBatchReplyNextCommand(reply, &command);
        ok(ret == ERROR_NO_MORE_ITEMS, "pass %u: after the last: %ld\n", pass, ret);
        ok(!ClusterRegCloseReadBatchReply(reply), "close reply\n");
        ok(ClusterRegCloseReadBatchReply(reply) == ERROR_INVALID_HANDLE, "reply closed twice\n");
    }
}

/* A batch run by the second client, as a port on our key sees it: each
 * change of a value that had data is preceded by VALUE_DELETED with the old
 * data (MS-CMRP 3.1.4.2.115). */
static void test_batch_notify_port(HKEY root, HCLUSTER second)
{
    static const struct { DWORD command; const WCHAR *name; DWORD size; } expect[] =
    {
        { CLUSREG_CREATE_KEY, BATCH_KEY L"\\notify", 0 },
        { CLUSREG_SET_VALUE, L"n", 4 },
        { CLUSREG_VALUE_DELETED, L"n", 4 },
        { CLUSREG_SET_VALUE, L"n", 4 },
        { CLUSREG_VALUE_DELETED, L"n", 4 },
        { CLUSREG_DELETE_VALUE, L"n", 0 },
    };
    struct batch_waiter waiter = { 0 };
    CLUSTER_BATCH_COMMAND command;
    HKEY theirs = GetClusterKey(second, KEY_ALL_ACCESS);
    HREGBATCH batch;
    HANDLE thread;
    DWORD one = 1, two = 2, i;
    INT failed;
    LONG ret;

    ret = ClusterRegCreateBatchNotifyPort(root, &waiter.port);
    ok(ret == ERROR_SUCCESS, "ClusterRegCreateBatchNotifyPort: %ld\n", ret);
    if (ret || !theirs) return;
    thread = CreateThread(NULL, 0, batch_wait_thread, &waiter, 0, NULL);
    ok(WaitForSingleObject(thread, 300) == WAIT_TIMEOUT, "returned without a batch: %ld\n", waiter.result);

    ret = ClusterRegCreateBatch(theirs, &batch);
    ClusterRegBatchAddCommand(batch, CLUSREG_CREATE_KEY, BATCH_KEY L"\\notify", 0, NULL, 0);
    ClusterRegBatchAddCommand(batch, CLUSREG_SET_VALUE, L"n", REG_DWORD, &one, sizeof(one));
    ClusterRegBatchAddCommand(batch, CLUSREG_SET_VALUE, L"n", REG_DWORD, &two, sizeof(two));
    ClusterRegBatchAddCommand(batch, CLUSREG_DELETE_VALUE, L"n", 0, NULL, 0);
    ret = ClusterRegCloseBatch(batch, TRUE, &failed);
    ok(ret == ERROR_SUCCESS, "the second client's batch: %ld\n", ret);
    ok(WaitForSingleObject(thread, 5000) == WAIT_OBJECT_0, "no batch notification\n");
    CloseHandle(thread);
    ok(waiter.result == ERROR_SUCCESS, "ClusterRegGetBatchNotification: %ld\n", waiter.result);
    if (!waiter.result)
    {
        for (i = 0; i < ARRAY_SIZE(expect); i++)
        {
            ret = ClusterRegBatchReadCommand(waiter.notification, &command);
            ok(ret == ERROR_SUCCESS, "command %lu: %ld\n", i, ret);
            if (ret) break;
            ok(command.Command == expect[i].command && !wcscmp(command.wzName, expect[i].name) &&
               command.cbData == expect[i].size, "command %lu: %u %s %lu\n", i, command.Command,
               wine_dbgstr_w(command.wzName), command.cbData);
            if (i == 2 && command.cbData == 4) ok(*(DWORD *)command.lpData == 1, "old data %lu\n",
                                                  *(DWORD *)command.lpData);
        }
        ret = ClusterRegBatchReadCommand(waiter.notification, &command);
        ok(ret == ERROR_NO_MORE_ITEMS, "after the last: %ld\n", ret);
        ok(!ClusterRegBatchCloseNotification(waiter.notification), "close notification\n");
    }

    /* closing the port from another thread ends a waiting get */
    waiter.result = 0xdeadbeef;
    thread = CreateThread(NULL, 0, batch_wait_thread, &waiter, 0, NULL);
    ok(WaitForSingleObject(thread, 300) == WAIT_TIMEOUT, "returned without a batch: %ld\n", waiter.result);
    ok(!ClusterRegCloseBatchNotifyPort(waiter.port), "close port\n");
    ok(WaitForSingleObject(thread, 5000) == WAIT_OBJECT_0, "the waiter did not return\n");
    ok(waiter.result == ERROR_INVALID_HANDLE, "waiter got %ld\n", waiter.result);
    CloseHandle(thread);
    ok(ClusterRegCloseBatchNotifyPort(waiter.port) == ERROR_INVALID_HANDLE, "port closed twice\n");
    ClusterRegCloseKey(theirs);
}

/* The *ForceSync calls: the plain calls' results, the write synchronised. */
static void test_force_sync(HKEY root, HCLUSTER second)
{
    HKEY key = NULL, theirs = GetClusterKey(second, KEY_READ), check;
    DWORD disposition = 0, value = 42, size, type;
    LONG ret;

    ret = ClusterRegCreateKeyForceSync(root, BATCH_KEY L"\\sync", 0, KEY_ALL_ACCESS, NULL, &key, &disposition);
    ok(ret == ERROR_SUCCESS && key, "ClusterRegCreateKeyForceSync: %ld\n", ret);
    ok(disposition == REG_CREATED_NEW_KEY, "disposition %lu\n", disposition);
    if (key) ClusterRegCloseKey(key);
    key = NULL;
    ret = ClusterRegCreateKeyForceSync(root, BATCH_KEY L"\\sync", 0, KEY_ALL_ACCESS, NULL, &key, &disposition);
    ok(ret == ERROR_SUCCESS && disposition == REG_OPENED_EXISTING_KEY, "again: %ld, %lu\n", ret, disposition);
    if (!key || !theirs) goto done;
    ret = ClusterRegSetValueForceSync(key, L"synced", REG_DWORD, (const BYTE *)&value, sizeof(value));
    ok(ret == ERROR_SUCCESS, "ClusterRegSetValueForceSync: %ld\n", ret);
    if (!ClusterRegOpenKey(theirs, BATCH_KEY L"\\sync", KEY_READ, &check))
    {
        size = sizeof(value);
        value = 0;
        ret = ClusterRegQueryValue(check, L"synced", &type, (BYTE *)&value, &size);
        ok(!ret && type == REG_DWORD && value == 42, "read back: %ld, %lu, %lu\n", ret, type, value);
        ClusterRegCloseKey(check);
    }
    ret = ClusterRegDeleteValueForceSync(key, L"synced");
    ok(ret == ERROR_SUCCESS, "ClusterRegDeleteValueForceSync: %ld\n", ret);
    ret = ClusterRegDeleteValueForceSync(key, L"synced");
    ok(ret == ERROR_FILE_NOT_FOUND, "deleting it again: %ld\n", ret);
    ret = ClusterRegDeleteKeyForceSync(root, BATCH_KEY);
    ok(ret == ERROR_ACCESS_DENIED, "a key with subkeys: %ld\n", ret);
    ret = ClusterRegDeleteKeyForceSync(root, BATCH_KEY L"\\sync");
    ok(ret == ERROR_SUCCESS, "ClusterRegDeleteKeyForceSync: %ld\n", ret);
    ret = ClusterRegDeleteKeyForceSync(root, BATCH_KEY L"\\sync");
    ok(ret == ERROR_FILE_NOT_FOUND, "deleting it again: %ld\n", ret);
done:
    if (key) ClusterRegCloseKey(key);
    if (theirs) ClusterRegCloseKey(theirs);
}

static void test_batches(void)
{
    HCLUSTER second = OpenCluster(server_address);
    HKEY root = GetClusterKey(cluster, KEY_ALL_ACCESS);
    HREGBATCH batch;
    INT failed;

    ok(second && root, "second cluster %p, root %p: %lu\n", second, root, GetLastError());
    if (second && root)
    {
        test_batch_arguments(root);
        test_batch_round_trip(root, second);
        test_batch_failure(root, second);
        test_read_batch(root);
        test_batch_notify_port(root, second);
        test_force_sync(root, second);
        /* clean up with a batch too */
        if (!ClusterRegCreateBatch(root, &batch))
        {
            ClusterRegBatchAddCommand(batch, CLUSREG_DELETE_KEY, BATCH_KEY L"\\sub", 0, NULL, 0);
            ClusterRegBatchAddCommand(batch, CLUSREG_DELETE_KEY, BATCH_KEY L"\\notify", 0, NULL, 0);
            ClusterRegBatchAddCommand(batch, CLUSREG_DELETE_KEY, BATCH_KEY, 0, NULL, 0);
            ok(!ClusterRegCloseBatch(batch, TRUE, &failed), "clean-up batch failed at %d\n", failed);
        }
    }
    if (root) ClusterRegCloseKey(root);
    if (second) CloseCluster(second);
}

START_TEST(registry)
{
    DWORD len = GetEnvironmentVariableW(L"CLUSAPI_TEST_ADDRESS", server_address, ARRAY_SIZE(server_address));

    if (!len || len >= ARRAY_SIZE(server_address)) lstrcpyW(server_address, L"127.0.0.1");
    if (!GetEnvironmentVariableW(L"WINECLUSAPI_PORT", NULL, 0))
    {
        skip("no simulated cluster: set WINECLUSAPI_PORT (tests/run-all does)\n");
        return;
    }
    cluster = OpenCluster(server_address);
    ok(cluster != NULL, "OpenCluster failed: %lu\n", GetLastError());
    if (!cluster) return;

    test_root_key();
    test_test_key();
    test_object_keys();
    test_key_outlives_cluster();
    test_batches();
    CloseCluster(cluster);
}
