/*
 * Conformance tests for group sets: create, open, close, delete, membership,
 * the enumeration and ClusterGroupSetControl, against the simulated cluster of
 * server/examples/two-node.conf (one group set, "Cluster Group").  What a test
 * creates it deletes.
 */
#include <stdarg.h>
#include <stdio.h>

#include <windef.h>
#include <winbase.h>
#include <winerror.h>
#include "clusapi.h"

#include "wine/test.h"

static WCHAR server_address[64] = L"127.0.0.1";
static HCLUSTER cluster;

static const WCHAR example_set[] = L"Cluster Group";
static const WCHAR example_set_id[] = L"71e4c3a2-6b5d-4f08-9a1e-d2c8b6f4a031";

/* The names of an enumeration, "a|b", in order. */
static DWORD set_names(HGROUPSETENUM enumeration, WCHAR *out, DWORD out_size)
{
    WCHAR name[256];
    DWORD i, size, ret;

    out[0] = 0;
    for (i = 0;; i++)
    {
        size = ARRAY_SIZE(name);
        ret = ClusterGroupSetEnum(enumeration, i, name, &size);
        if (ret == ERROR_NO_MORE_ITEMS) return i;
        ok(ret == ERROR_SUCCESS && size == wcslen(name), "entry %lu: %lu, size %lu\n", i, ret, size);
        if (ret) return i;
        if (out[0]) wcscat(out, L"|");
        if (wcslen(out) + wcslen(name) < out_size) wcscat(out, name);
    }
}

static void test_enum(void)
{
    WCHAR names[512], name[64];
    HGROUPSETENUM enumeration;
    HCLUSENUM other;
    DWORD ret, size;

    enumeration = ClusterGroupSetOpenEnum(cluster);
    ok(enumeration != NULL, "ClusterGroupSetOpenEnum failed: %lu\n", GetLastError());
    if (!enumeration) return;
    SetLastError(0xdeadbeef);
    ok(ClusterGroupSetGetEnumCount(enumeration) == 1, "count %lu\n", ClusterGroupSetGetEnumCount(enumeration));
    ok(GetLastError() == ERROR_SUCCESS, "count: last error %lu\n", GetLastError());
    ok(set_names(enumeration, names, ARRAY_SIZE(names)) == 1 && !wcscmp(names, example_set), "sets %s\n",
       wine_dbgstr_w(names));

    /* The buffer rules: characters, NUL excluded on output. */
    size = wcslen(example_set);
    ret = ClusterGroupSetEnum(enumeration, 0, name, &size);
    ok(ret == ERROR_MORE_DATA && size == wcslen(example_set), "short buffer: %lu, %lu\n", ret, size);
    size = wcslen(example_set) + 1;
    ret = ClusterGroupSetEnum(enumeration, 0, name, &size);
    ok(ret == ERROR_SUCCESS && size == wcslen(example_set) && !wcscmp(name, example_set), "exact buffer: %lu, %lu\n",
       ret, size);
    ret = ClusterGroupSetEnum(enumeration, 0, name, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "NULL size: %lu\n", ret);
    size = ARRAY_SIZE(name);
    ret = ClusterGroupSetEnum(enumeration, 1, name, &size);
    ok(ret == ERROR_NO_MORE_ITEMS, "past the end: %lu\n", ret);

    /* Other enumeration handles are not group set ones, and the reverse. */
    other = ClusterOpenEnum(cluster, CLUSTER_ENUM_NODE);
    ok(other != NULL, "ClusterOpenEnum: %lu\n", GetLastError());
    size = ARRAY_SIZE(name);
    ok(ClusterGroupSetEnum((HGROUPSETENUM)other, 0, name, &size) == ERROR_INVALID_HANDLE, "a cluster enum accepted\n");
    ok(ClusterGroupSetCloseEnum((HGROUPSETENUM)other) == ERROR_INVALID_HANDLE, "a cluster enum closed\n");
    ok(ClusterCloseEnum((HCLUSENUM)enumeration) == ERROR_INVALID_HANDLE, "closed as a cluster enum\n");
    ClusterCloseEnum(other);

    ok(ClusterGroupSetCloseEnum(enumeration) == ERROR_SUCCESS, "close failed\n");
    size = ARRAY_SIZE(name);
    ok(ClusterGroupSetEnum(enumeration, 0, name, &size) == ERROR_INVALID_HANDLE, "closed enumeration read\n");
    SetLastError(0xdeadbeef);
    ok(!ClusterGroupSetGetEnumCount(enumeration) && GetLastError() == ERROR_INVALID_HANDLE, "count of a closed one\n");
    ok(ClusterGroupSetCloseEnum(enumeration) == ERROR_INVALID_HANDLE, "double close accepted\n");

    SetLastError(0xdeadbeef);
    enumeration = ClusterGroupSetOpenEnum(NULL);
    ok(!enumeration && GetLastError() == ERROR_INVALID_HANDLE, "NULL cluster: %lu\n", GetLastError());
}

static void test_open_and_control(void)
{
    WCHAR id[64];
    HGROUPSET set, bad;
    HGROUP group;
    HNODE node;
    DWORD ret, size;

    set = OpenClusterGroupSet(cluster, example_set);
    ok(set != NULL, "open: %lu\n", GetLastError());
    if (!set) return;
    SetLastError(0xdeadbeef);
    bad = OpenClusterGroupSet(cluster, L"No Such Set");
    ok(!bad && GetLastError() == ERROR_GROUPSET_NOT_FOUND, "unknown set: %p, %lu\n", bad, GetLastError());
    SetLastError(0xdeadbeef);
    bad = OpenClusterGroupSet(cluster, NULL);
    ok(!bad && GetLastError() == ERROR_INVALID_PARAMETER, "NULL name: %p, %lu\n", bad, GetLastError());
    SetLastError(0xdeadbeef);
    bad = OpenClusterGroupSet(NULL, example_set);
    ok(!bad && GetLastError() == ERROR_INVALID_HANDLE, "NULL cluster: %p, %lu\n", bad, GetLastError());

    /* The set's id through ClusterGroupSetControl, and the buffer rules. */
    size = sizeof(id);
    ret = ClusterGroupSetControl(set, NULL, CLUSCTL_GROUPSET_GET_ID, NULL, 0, id, sizeof(id), &size);
    ok(ret == ERROR_SUCCESS && size == sizeof(example_set_id) && !wcscmp(id, example_set_id), "id: %lu, %lu, %s\n",
       ret, size, wine_dbgstr_w(id));
    size = 0;
    ret = ClusterGroupSetControl(set, NULL, CLUSCTL_GROUPSET_GET_ID, NULL, 0, id, 10, &size);
    ok(ret == ERROR_MORE_DATA && size == sizeof(example_set_id), "short buffer: %lu, %lu\n", ret, size);
    node = OpenClusterNode(cluster, L"node2");
    size = sizeof(id);
    ret = ClusterGroupSetControl(set, node, CLUSCTL_GROUPSET_GET_ID, NULL, 0, id, sizeof(id), &size);
    ok(ret == ERROR_SUCCESS && !wcscmp(id, example_set_id), "on node2: %lu\n", ret);
    ret = ClusterGroupSetControl(set, (HNODE)set, CLUSCTL_GROUPSET_GET_ID, NULL, 0, id, sizeof(id), &size);
    ok(ret == ERROR_INVALID_HANDLE, "a set as the host node: %lu\n", ret);
    CloseClusterNode(node);
    ret = ClusterGroupSetControl(set, NULL, 0, NULL, 0, id, sizeof(id), &size);
    ok(ret == ERROR_INVALID_FUNCTION, "code 0: %lu\n", ret);
    ret = ClusterGroupSetControl(set, NULL, CLUSCTL_GROUP_GET_ID, NULL, 0, id, sizeof(id), &size);
    ok(ret == ERROR_INVALID_FUNCTION, "a group code: %lu\n", ret);

    /* A group handle is not a group set one, and the reverse. */
    group = OpenClusterGroup(cluster, example_set);
    ok(group != NULL, "open the group: %lu\n", GetLastError());
    ret = ClusterGroupSetControl((HGROUPSET)group, NULL, CLUSCTL_GROUPSET_GET_ID, NULL, 0, id, sizeof(id), &size);
    ok(ret == ERROR_INVALID_HANDLE, "a group's control as a set's: %lu\n", ret);
    ret = ClusterGroupControl((HGROUP)set, NULL, CLUSCTL_GROUP_GET_ID, NULL, 0, id, sizeof(id), &size);
    ok(ret == ERROR_INVALID_HANDLE, "a set's control as a group's: %lu\n", ret);
    ok(!CloseClusterGroupSet((HGROUPSET)group) && GetLastError() == ERROR_INVALID_HANDLE, "a group closed as a set\n");
    ok(!CloseClusterGroup((HGROUP)set) && GetLastError() == ERROR_INVALID_HANDLE, "a set closed as a group\n");
    ok(DeleteClusterGroupSet((HGROUPSET)group) == ERROR_INVALID_HANDLE, "a group deleted as a set\n");
    ok(ClusterRemoveGroupFromGroupSet((HGROUP)set) == ERROR_INVALID_HANDLE, "a set removed as a group\n");
    CloseClusterGroup(group);

    ok(CloseClusterGroupSet(set), "close failed\n");
    ok(!CloseClusterGroupSet(set) && GetLastError() == ERROR_INVALID_HANDLE, "double close accepted\n");
    ret = ClusterGroupSetControl(set, NULL, CLUSCTL_GROUPSET_GET_ID, NULL, 0, id, sizeof(id), &size);
    ok(ret == ERROR_INVALID_HANDLE, "a closed set's control: %lu\n", ret);
}

static void test_create_and_membership(void)
{
    WCHAR names[512];
    HGROUPSETENUM enumeration;
    HGROUPSET set, bad;
    HGROUP fs1;
    DWORD ret;

    set = CreateClusterGroupSet(cluster, L"Test Set");
    ok(set != NULL, "create: %lu\n", GetLastError());
    if (!set) return;
    SetLastError(0xdeadbeef);
    bad = CreateClusterGroupSet(cluster, L"Test Set");
    ok(!bad && GetLastError() == ERROR_OBJECT_ALREADY_EXISTS, "duplicate: %p, %lu\n", bad, GetLastError());
    SetLastError(0xdeadbeef);
    bad = CreateClusterGroupSet(cluster, NULL);
    ok(!bad && GetLastError() == ERROR_INVALID_PARAMETER, "NULL name: %p, %lu\n", bad, GetLastError());
    enumeration = ClusterGroupSetOpenEnum(cluster);
    ok(enumeration && set_names(enumeration, names, ARRAY_SIZE(names)) == 2
       && !wcscmp(names, L"Cluster Group|Test Set"), "sets %s\n", wine_dbgstr_w(names));
    if (enumeration) ClusterGroupSetCloseEnum(enumeration);

    fs1 = OpenClusterGroup(cluster, L"FS1");
    ok(fs1 != NULL, "open FS1: %lu\n", GetLastError());
    if (fs1)
    {
        ret = ClusterRemoveGroupFromGroupSet(fs1);
        ok(ret == ERROR_NOT_SUPPORTED, "remove a group in no set: %lu\n", ret);
        ret = ClusterAddGroupToGroupSet(set, fs1);
        ok(ret == ERROR_SUCCESS, "add: %lu\n", ret);
        ret = ClusterAddGroupToGroupSet(set, fs1);
        ok(ret == ERROR_OBJECT_ALREADY_EXISTS, "add twice: %lu\n", ret);
        ret = ClusterAddGroupToGroupSet((HGROUPSET)fs1, (HGROUP)set);
        ok(ret == ERROR_INVALID_HANDLE, "swapped handles: %lu\n", ret);
        ret = ClusterAddGroupToGroupSet(set, NULL);
        ok(ret == ERROR_INVALID_HANDLE, "NULL group: %lu\n", ret);
        ret = ClusterRemoveGroupFromGroupSet(fs1);
        ok(ret == ERROR_SUCCESS, "remove: %lu\n", ret);
        ret = ClusterRemoveGroupFromGroupSet(fs1);
        ok(ret == ERROR_NOT_SUPPORTED, "remove twice: %lu\n", ret);
        /* deleting a set lets its groups go */
        ok(ClusterAddGroupToGroupSet(set, fs1) == ERROR_SUCCESS, "add again failed\n");
    }

    ret = DeleteClusterGroupSet(set);
    ok(ret == ERROR_SUCCESS, "delete: %lu\n", ret);
    if (fs1)
    {
        ret = ClusterRemoveGroupFromGroupSet(fs1);
        ok(ret == ERROR_NOT_SUPPORTED, "FS1 still in the deleted set: %lu\n", ret);
        /* the handle stays a handle: its set is gone */
        ret = ClusterAddGroupToGroupSet(set, fs1);
        ok(ret == ERROR_GROUPSET_NOT_AVAILABLE, "add to a deleted set: %lu\n", ret);
        CloseClusterGroup(fs1);
    }
    ret = DeleteClusterGroupSet(set);
    ok(ret == ERROR_GROUPSET_NOT_AVAILABLE, "delete twice: %lu\n", ret);
    ok(CloseClusterGroupSet(set), "close failed\n");
    ok(DeleteClusterGroupSet(set) == ERROR_INVALID_HANDLE, "a closed set deleted\n");
    ok(DeleteClusterGroupSet(NULL) == ERROR_INVALID_HANDLE, "NULL deleted\n");
    SetLastError(0xdeadbeef);
    bad = OpenClusterGroupSet(cluster, L"Test Set");
    ok(!bad && GetLastError() == ERROR_GROUPSET_NOT_FOUND, "the deleted set opens: %p, %lu\n", bad, GetLastError());
    enumeration = ClusterGroupSetOpenEnum(cluster);
    ok(enumeration && ClusterGroupSetGetEnumCount(enumeration) == 1, "sets left: %lu\n",
       enumeration ? ClusterGroupSetGetEnumCount(enumeration) : 0);
    if (enumeration) ClusterGroupSetCloseEnum(enumeration);
}

START_TEST(groupsets)
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

    test_enum();
    test_open_and_control();
    test_create_and_membership();
    CloseCluster(cluster);
}
