/*
 * Conformance tests for group sets: create, open, close, delete, membership,
 * the enumeration, ClusterGroupSetControl and the dependencies between groups
 * and group sets, against the simulated cluster of
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
        /* with fault and update domains (ApiAddGroupToGroupSetEx) */
        ret = ClusterAddGroupToGroupSetWithDomains(set, fs1, 1, 2);
        ok(ret == ERROR_SUCCESS, "add with domains: %lu\n", ret);
        ret = ClusterAddGroupToGroupSetWithDomains(set, fs1, 1, 2);
        ok(ret == ERROR_OBJECT_ALREADY_EXISTS, "add with domains twice: %lu\n", ret);
        ret = ClusterAddGroupToGroupSetWithDomains(set, NULL, 1, 2);
        ok(ret == ERROR_INVALID_HANDLE, "NULL group with domains: %lu\n", ret);
        ret = ClusterAddGroupToGroupSetWithDomains((HGROUPSET)fs1, (HGROUP)set, 1, 2);
        ok(ret == ERROR_INVALID_HANDLE, "swapped handles with domains: %lu\n", ret);
        ok(ClusterRemoveGroupFromGroupSet(fs1) == ERROR_SUCCESS, "remove after add with domains failed\n");
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

/* Dependencies of sets on sets, of groups on a set and of groups on groups:
 * what closes a loop is refused, whatever the kinds on the way. */
static void test_dependencies(void)
{
    HGROUPSET set_a, set_b;
    HGROUP group1, group2, fs1;
    DWORD ret;

    set_a = CreateClusterGroupSet(cluster, L"Dep Set A");
    set_b = CreateClusterGroupSet(cluster, L"Dep Set B");
    group1 = CreateClusterGroup(cluster, L"Dep Group 1");
    group2 = CreateClusterGroup(cluster, L"Dep Group 2");
    fs1 = OpenClusterGroup(cluster, L"FS1");
    ok(set_a && set_b && group1 && group2 && fs1, "create: %lu\n", GetLastError());
    if (!set_a || !set_b || !group1 || !group2 || !fs1) goto done;

    /* set on set: both need groups (MS-CMRP 3.1.4.2.153) */
    ret = AddClusterGroupSetDependency(set_a, set_b);
    ok(ret == ERROR_INVALID_PARAMETER, "empty sets: %lu\n", ret);
    ok(ClusterAddGroupToGroupSet(set_a, group1) == ERROR_SUCCESS, "add group 1 failed\n");
    ok(ClusterAddGroupToGroupSet(set_b, group2) == ERROR_SUCCESS, "add group 2 failed\n");
    ret = AddClusterGroupSetDependency(set_a, set_b);
    ok(ret == ERROR_SUCCESS, "A on B: %lu\n", ret);
    ret = AddClusterGroupSetDependency(set_a, set_b);
    ok(ret == ERROR_DEPENDENCY_ALREADY_EXISTS, "A on B twice: %lu\n", ret);
    ret = AddClusterGroupSetDependency(set_b, set_a);
    ok(ret == ERROR_INVALID_PARAMETER, "B on A, a loop: %lu\n", ret);
    ret = AddClusterGroupSetDependency(set_a, set_a);
    ok(ret == ERROR_INVALID_PARAMETER, "A on itself: %lu\n", ret);
    /* group 1 is in A, which depends on B, which holds group 2 */
    ret = SetGroupDependencyExpression(group2, L"[Dep Group 1]");
    ok(ret == ERROR_INVALID_PARAMETER, "group 2 on group 1, a loop through the sets: %lu\n", ret);
    ret = RemoveClusterGroupSetDependency(set_a, set_b);
    ok(ret == ERROR_SUCCESS, "remove A on B: %lu\n", ret);
    ret = RemoveClusterGroupSetDependency(set_a, set_b);
    ok(ret == ERROR_DEPENDENCY_NOT_FOUND, "remove A on B twice: %lu\n", ret);

    /* set expressions */
    ret = SetClusterGroupSetDependencyExpression(set_a, L"[Dep Set B]");
    ok(ret == ERROR_SUCCESS, "expression: %lu\n", ret);
    ret = SetClusterGroupSetDependencyExpression(set_b, L"{[Dep Set A]}");
    ok(ret == ERROR_INVALID_PARAMETER, "a loop by expression: %lu\n", ret);
    ret = SetClusterGroupSetDependencyExpression(set_b, L"[Dep Set A] or [Cluster Group]");
    ok(ret == ERROR_INVALID_PARAMETER, "or: %lu\n", ret);
    ret = SetClusterGroupSetDependencyExpression(set_b, L"Cluster Group");
    ok(ret == ERROR_INVALID_PARAMETER, "no brackets: %lu\n", ret);
    ret = SetClusterGroupSetDependencyExpression(set_b, L"[Cluster Group] and");
    ok(ret == ERROR_INVALID_PARAMETER, "a dangling and: %lu\n", ret);
    ret = SetClusterGroupSetDependencyExpression(set_b, L"[No Such Set]");
    ok(ret == ERROR_GROUPSET_NOT_FOUND, "unknown set: %lu\n", ret);
    ret = SetClusterGroupSetDependencyExpression(set_a, L"");
    ok(ret == ERROR_SUCCESS, "clear: %lu\n", ret);
    ret = RemoveClusterGroupSetDependency(set_a, set_b);
    ok(ret == ERROR_DEPENDENCY_NOT_FOUND, "still there after clearing: %lu\n", ret);
    ret = SetClusterGroupSetDependencyExpression(set_b, L"(71e4c3a2-6b5d-4f08-9a1e-d2c8b6f4a031)");
    ok(ret == ERROR_INVALID_PARAMETER, "an id outside brackets: %lu\n", ret);
    ret = SetClusterGroupSetDependencyExpression(set_b, L"[71e4c3a2-6b5d-4f08-9a1e-d2c8b6f4a031] and [Dep Set A]");
    ok(ret == ERROR_SUCCESS, "by id and name: %lu\n", ret);
    ok(RemoveClusterGroupSetDependency(set_b, set_a) == ERROR_SUCCESS, "the named set was not a provider\n");
    ok(SetClusterGroupSetDependencyExpression(set_b, NULL) == ERROR_SUCCESS, "clear with NULL failed\n");

    /* group on set: one set per group, never its own */
    ret = AddClusterGroupToGroupSetDependency(group1, set_a);
    ok(ret == ERROR_INVALID_PARAMETER, "group 1 on its own set: %lu\n", ret);
    ret = AddClusterGroupToGroupSetDependency(group2, set_a);
    ok(ret == ERROR_SUCCESS, "group 2 on A: %lu\n", ret);
    ret = AddClusterGroupToGroupSetDependency(group2, set_a);
    ok(ret == ERROR_DEPENDENCY_ALREADY_EXISTS, "twice: %lu\n", ret);
    ret = AddClusterGroupSetDependency(set_a, set_b);
    ok(ret == ERROR_INVALID_PARAMETER, "A on B while B's group depends on A: %lu\n", ret);
    ret = SetGroupDependencyExpression(group1, L"[Dep Group 2]");
    ok(ret == ERROR_INVALID_PARAMETER, "group 1 on group 2, which depends on A: %lu\n", ret);
    ret = RemoveClusterGroupToGroupSetDependency(group2, set_b);
    ok(ret == ERROR_DEPENDENCY_NOT_FOUND, "remove the wrong set: %lu\n", ret);
    ret = RemoveClusterGroupToGroupSetDependency(group2, set_a);
    ok(ret == ERROR_SUCCESS, "remove: %lu\n", ret);

    /* group on groups */
    ret = SetGroupDependencyExpression(group1, L"{[Dep Group 2] and [FS1]}");
    ok(ret == ERROR_SUCCESS, "group 1 on group 2 and FS1: %lu\n", ret);
    ret = SetGroupDependencyExpression(group2, L"[Dep Group 1]");
    ok(ret == ERROR_INVALID_PARAMETER, "group 2 on group 1, a loop: %lu\n", ret);
    ret = SetGroupDependencyExpression(group1, L"[Dep Group 1]");
    ok(ret == ERROR_INVALID_PARAMETER, "group 1 on itself: %lu\n", ret);
    ret = SetGroupDependencyExpression(group1, L"[No Such Group]");
    ok(ret == ERROR_GROUP_NOT_FOUND, "unknown group: %lu\n", ret);
    ret = RemoveClusterGroupDependency(group1, fs1);
    ok(ret == ERROR_SUCCESS, "remove FS1 (the refused expressions changed nothing): %lu\n", ret);
    ret = RemoveClusterGroupDependency(group1, fs1);
    ok(ret == ERROR_DEPENDENCY_NOT_FOUND, "remove FS1 twice: %lu\n", ret);
    ret = RemoveClusterGroupDependency(group1, group2);
    ok(ret == ERROR_SUCCESS, "remove group 2: %lu\n", ret);
    ok(SetGroupDependencyExpression(group2, NULL) == ERROR_SUCCESS, "clear with NULL failed\n");

    /* handles of the wrong type */
    ok(AddClusterGroupSetDependency((HGROUPSET)group1, set_b) == ERROR_INVALID_HANDLE, "a group as a set\n");
    ok(AddClusterGroupSetDependency(set_a, (HGROUPSET)group2) == ERROR_INVALID_HANDLE, "a group as provider set\n");
    ok(RemoveClusterGroupSetDependency(set_a, NULL) == ERROR_INVALID_HANDLE, "NULL provider set\n");
    ok(AddClusterGroupToGroupSetDependency((HGROUP)set_a, set_b) == ERROR_INVALID_HANDLE, "a set as the group\n");
    ok(RemoveClusterGroupToGroupSetDependency(group2, (HGROUPSET)group1) == ERROR_INVALID_HANDLE, "a group as the set\n");
    ok(RemoveClusterGroupDependency((HGROUP)set_a, group2) == ERROR_INVALID_HANDLE, "a set as a group\n");
    ok(SetGroupDependencyExpression((HGROUP)set_a, L"") == ERROR_INVALID_HANDLE, "a set's expression as a group's\n");
    ok(SetClusterGroupSetDependencyExpression((HGROUPSET)group1, L"") == ERROR_INVALID_HANDLE, "the reverse\n");

    /* a deleted set's dependents let it go */
    ok(AddClusterGroupToGroupSetDependency(group2, set_a) == ERROR_SUCCESS, "group 2 on A again failed\n");
    ok(ClusterRemoveGroupFromGroupSet(group1) == ERROR_SUCCESS, "remove group 1 from A failed\n");
    ok(DeleteClusterGroupSet(set_a) == ERROR_SUCCESS, "delete A failed\n");
    ret = RemoveClusterGroupToGroupSetDependency(group2, set_a);
    ok(ret == ERROR_GROUPSET_NOT_AVAILABLE, "on a deleted set: %lu\n", ret);
    ok(AddClusterGroupToGroupSetDependency(group2, set_b) == ERROR_INVALID_PARAMETER,
       "group 2 on its own set B (the old dependency is gone, the loop is not)\n");
    ok(ClusterRemoveGroupFromGroupSet(group2) == ERROR_SUCCESS, "remove group 2 from B failed\n");
done:
    if (set_a) { DeleteClusterGroupSet(set_a); CloseClusterGroupSet(set_a); }
    if (set_b) { ok(DeleteClusterGroupSet(set_b) == ERROR_SUCCESS, "delete B failed\n"); CloseClusterGroupSet(set_b); }
    if (group1) { ok(DeleteClusterGroup(group1) == ERROR_SUCCESS, "delete group 1 failed\n"); CloseClusterGroup(group1); }
    if (group2) { ok(DeleteClusterGroup(group2) == ERROR_SUCCESS, "delete group 2 failed\n"); CloseClusterGroup(group2); }
    if (fs1) CloseClusterGroup(fs1);
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
    test_dependencies();
    CloseCluster(cluster);
}
