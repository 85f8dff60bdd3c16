/*
 * Conformance tests for nodes, groups, resources, resource types, networks,
 * interfaces and the enumerations, against the simulated cluster described by
 * server/examples/two-node.conf (the exact names, ids and states below are
 * that file's).  Run by tests/run-all under Wine; without a cluster they skip.
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

/* Collects an enumeration's names into one "a|b|c" string, in order. */
static void enum_names(HANDLE enumeration, DWORD (WINAPI *get)(HANDLE, DWORD, DWORD *, WCHAR *, DWORD *),
                       DWORD expect_type, WCHAR *out, DWORD out_size)
{
    WCHAR name[256];
    DWORD i, type, size, ret;

    out[0] = 0;
    for (i = 0;; i++)
    {
        size = ARRAY_SIZE(name);
        type = 0xdeadbeef;
        ret = get(enumeration, i, &type, name, &size);
        if (ret == ERROR_NO_MORE_ITEMS) break;
        ok(ret == ERROR_SUCCESS, "entry %lu: %lu\n", i, ret);
        if (ret) break;
        ok(size == wcslen(name), "entry %lu: size %lu for %s\n", i, size, wine_dbgstr_w(name));
        if (expect_type) ok(type == expect_type, "entry %lu: type %#lx\n", i, type);
        if (out[0]) wcscat(out, L"|");
        if (wcslen(out) + wcslen(name) < out_size) wcscat(out, name);
    }
}

static DWORD WINAPI cluster_enum(HANDLE h, DWORD i, DWORD *type, WCHAR *name, DWORD *size)
{
    return ClusterEnum(h, i, type, name, size);
}

static DWORD WINAPI group_enum(HANDLE h, DWORD i, DWORD *type, WCHAR *name, DWORD *size)
{
    return ClusterGroupEnum(h, i, type, name, size);
}

static DWORD WINAPI resource_enum(HANDLE h, DWORD i, DWORD *type, WCHAR *name, DWORD *size)
{
    return ClusterResourceEnum(h, i, type, name, size);
}

static DWORD WINAPI node_enum(HANDLE h, DWORD i, DWORD *type, WCHAR *name, DWORD *size)
{
    return ClusterNodeEnum(h, i, type, name, size);
}

static DWORD WINAPI network_enum(HANDLE h, DWORD i, DWORD *type, WCHAR *name, DWORD *size)
{
    return ClusterNetworkEnum(h, i, type, name, size);
}

static DWORD WINAPI restype_enum(HANDLE h, DWORD i, DWORD *type, WCHAR *name, DWORD *size)
{
    return ClusterResourceTypeEnum(h, i, type, name, size);
}

static void test_cluster_enum(void)
{
    WCHAR names[1024], name[64];
    HCLUSENUM enumeration;
    DWORD ret, size, type;

    enumeration = ClusterOpenEnum(cluster, CLUSTER_ENUM_NODE);
    ok(enumeration != NULL, "ClusterOpenEnum failed: %lu\n", GetLastError());
    if (!enumeration) return;
    ok(ClusterGetEnumCount(enumeration) == 2, "count %lu\n", ClusterGetEnumCount(enumeration));
    enum_names(enumeration, cluster_enum, CLUSTER_ENUM_NODE, names, ARRAY_SIZE(names));
    ok(!wcscmp(names, L"node1|node2"), "nodes %s\n", wine_dbgstr_w(names));

    /* The buffer rules: characters, NUL excluded on output. */
    size = 5;
    ret = ClusterEnum(enumeration, 0, &type, name, &size);
    ok(ret == ERROR_MORE_DATA && size == 5, "short buffer: %lu, size %lu\n", ret, size);
    size = 6;
    ret = ClusterEnum(enumeration, 0, &type, name, &size);
    ok(ret == ERROR_SUCCESS && size == 5 && !wcscmp(name, L"node1"), "exact buffer: %lu, %lu\n", ret, size);
    ret = ClusterEnum(enumeration, 0, &type, name, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "NULL size: %lu\n", ret);
    size = ARRAY_SIZE(name);
    ret = ClusterEnum(enumeration, 2, &type, name, &size);
    ok(ret == ERROR_NO_MORE_ITEMS, "past the end: %lu\n", ret);

    /* A cluster enumeration handle is not a group one, nor valid once closed. */
    ret = ClusterGroupEnum((HGROUPENUM)enumeration, 0, &type, name, &size);
    ok(ret == ERROR_INVALID_HANDLE, "wrong type: %lu\n", ret);
    ok(ClusterCloseEnum(enumeration) == ERROR_SUCCESS, "close failed\n");
    ret = ClusterEnum(enumeration, 0, &type, name, &size);
    ok(ret == ERROR_INVALID_HANDLE, "closed: %lu\n", ret);
    ok(ClusterCloseEnum(enumeration) == ERROR_INVALID_HANDLE, "double close accepted\n");

    enumeration = ClusterOpenEnum(cluster, CLUSTER_ENUM_GROUP);
    ok(enumeration != NULL, "groups: %lu\n", GetLastError());
    if (enumeration)
    {
        enum_names(enumeration, cluster_enum, CLUSTER_ENUM_GROUP, names, ARRAY_SIZE(names));
        ok(!wcscmp(names, L"Cluster Group|Available Storage|FS1"), "groups %s\n", wine_dbgstr_w(names));
        ClusterCloseEnum(enumeration);
    }
    enumeration = ClusterOpenEnum(cluster, CLUSTER_ENUM_RESOURCE);
    ok(enumeration != NULL, "resources: %lu\n", GetLastError());
    if (enumeration)
    {
        ok(ClusterGetEnumCount(enumeration) == 8, "%lu resources\n", ClusterGetEnumCount(enumeration));
        ClusterCloseEnum(enumeration);
    }

    /* Undefined bits: what Windows servers answer. */
    SetLastError(0xdeadbeef);
    enumeration = ClusterOpenEnum(cluster, 0x40);
    ok(!enumeration && GetLastError() == ERROR_INVALID_PARAMETER, "bit 0x40: %p, %lu\n", enumeration, GetLastError());
    SetLastError(0xdeadbeef);
    enumeration = ClusterOpenEnum(NULL, CLUSTER_ENUM_NODE);
    ok(!enumeration && GetLastError() == ERROR_INVALID_HANDLE, "NULL cluster: %lu\n", GetLastError());
}

static void test_cluster_enum_ex(void)
{
    BYTE buffer[512];
    CLUSTER_ENUM_ITEM *item = (CLUSTER_ENUM_ITEM *)buffer;
    HCLUSENUMEX enumeration;
    DWORD ret, size, required;

    enumeration = ClusterOpenEnumEx(cluster, CLUSTER_ENUM_GROUP, NULL);
    ok(enumeration != NULL, "ClusterOpenEnumEx failed: %lu\n", GetLastError());
    if (!enumeration) return;
    ok(ClusterGetEnumCountEx(enumeration) == 3, "count %lu\n", ClusterGetEnumCountEx(enumeration));

    size = sizeof(*item);
    ret = ClusterEnumEx(enumeration, 2, item, &size);
    required = sizeof(*item) + sizeof(L"b4a60e3d-2f9c-4718-8d5b-c63e1a9f0d75") + sizeof(L"FS1");
    ok(ret == ERROR_MORE_DATA && size == required, "short: %lu, size %lu (expected %lu)\n", ret, size, required);
    size = sizeof(buffer);
    ret = ClusterEnumEx(enumeration, 2, item, &size);
    ok(ret == ERROR_SUCCESS, "got %lu\n", ret);
    if (!ret)
    {
        ok(item->dwVersion == CLUSTER_ENUM_ITEM_VERSION_1 && item->dwType == CLUSTER_ENUM_GROUP, "header wrong\n");
        ok(!wcscmp(item->lpszName, L"FS1") && item->cbName == sizeof(L"FS1"), "name %s\n", wine_dbgstr_w(item->lpszName));
        ok(!wcsicmp(item->lpszId, L"b4a60e3d-2f9c-4718-8d5b-c63e1a9f0d75"), "id %s\n", wine_dbgstr_w(item->lpszId));
    }
    ret = ClusterEnumEx(enumeration, 3, item, &size);
    ok(ret == ERROR_NO_MORE_ITEMS, "past the end: %lu\n", ret);
    ok(ClusterCloseEnumEx(enumeration) == ERROR_SUCCESS, "close failed\n");
}

static void test_nodes(void)
{
    WCHAR id[16], names[512];
    HNODEENUM enumeration;
    HNODE node1, node2, bad;
    DWORD size, ret;

    node1 = OpenClusterNode(cluster, L"node1");
    node2 = OpenClusterNode(cluster, L"NODE2");   /* names are case-insensitive */
    ok(node1 && node2, "open: %p %p, %lu\n", node1, node2, GetLastError());
    if (!node1 || !node2) return;
    SetLastError(0xdeadbeef);
    bad = OpenClusterNode(cluster, L"node9");
    ok(!bad && GetLastError() == ERROR_CLUSTER_NODE_NOT_FOUND, "unknown node: %p, %lu\n", bad, GetLastError());

    ok(GetClusterNodeState(node1) == ClusterNodeUp, "state %d\n", (int)GetClusterNodeState(node1));
    size = ARRAY_SIZE(id);
    ret = GetClusterNodeId(node2, id, &size);
    ok(ret == ERROR_SUCCESS && !wcscmp(id, L"2") && size == 1, "id: %lu, %s\n", ret, wine_dbgstr_w(id));

    ok(PauseClusterNode(node2) == ERROR_SUCCESS, "pause failed\n");
    ok(GetClusterNodeState(node2) == ClusterNodePaused, "state after pause %d\n", (int)GetClusterNodeState(node2));
    ok(ResumeClusterNode(node2) == ERROR_SUCCESS, "resume failed\n");
    ret = ResumeClusterNode(node2);
    ok(ret == ERROR_CLUSTER_NODE_NOT_PAUSED, "resume a running node: %lu\n", ret);

    enumeration = ClusterNodeOpenEnum(node1, CLUSTER_NODE_ENUM_NETINTERFACES);
    ok(enumeration != NULL, "node enum: %lu\n", GetLastError());
    if (enumeration)
    {
        enum_names(enumeration, node_enum, CLUSTER_NODE_ENUM_NETINTERFACES, names, ARRAY_SIZE(names));
        ok(!wcscmp(names, L"node1 - Ethernet|node1 - Ethernet 2"), "interfaces %s\n", wine_dbgstr_w(names));
        ClusterNodeCloseEnum(enumeration);
    }

    /* Handles of one type are refused by the functions of another. */
    SetLastError(0xdeadbeef);
    ok(GetClusterGroupState((HGROUP)node1, NULL, NULL) == ClusterGroupStateUnknown &&
       GetLastError() == ERROR_INVALID_HANDLE, "node accepted as a group\n");
    ok(!CloseClusterResource((HRESOURCE)node1) && GetLastError() == ERROR_INVALID_HANDLE, "closed a node as a resource\n");
    ok(CloseClusterNode(node1) && CloseClusterNode(node2), "close failed\n");
    ok(!CloseClusterNode(node1) && GetLastError() == ERROR_INVALID_HANDLE, "double close accepted\n");
}

/* Waits (briefly) for a state the simulator reaches after its transition delay. */
static DWORD wait_group_state(HGROUP group, DWORD wanted, WCHAR *node, DWORD node_size)
{
    DWORD state = (DWORD)ClusterGroupStateUnknown, size, i;

    for (i = 0; i < 100; i++)
    {
        size = node_size;
        state = GetClusterGroupState(group, node, &size);
        if (state == wanted) break;
        Sleep(20);
    }
    return state;
}

static void test_groups(void)
{
    WCHAR node[64], names[1024];
    HGROUPENUM enumeration;
    HGROUP group, created, bad;
    HNODE node2;
    DWORD ret, size, state;

    group = OpenClusterGroup(cluster, L"FS1");
    ok(group != NULL, "open FS1: %lu\n", GetLastError());
    if (!group) return;
    SetLastError(0xdeadbeef);
    bad = OpenClusterGroup(cluster, L"No Such Group");
    ok(!bad && GetLastError() == ERROR_GROUP_NOT_FOUND, "unknown group: %p, %lu\n", bad, GetLastError());

    size = ARRAY_SIZE(node);
    state = GetClusterGroupState(group, node, &size);
    ok(state == ClusterGroupOnline && !wcscmp(node, L"node1") && size == 5, "state %ld on %s\n", (long)state, wine_dbgstr_w(node));
    /* A short node buffer: the state still comes back, with ERROR_MORE_DATA. */
    size = 2;
    SetLastError(0xdeadbeef);
    state = GetClusterGroupState(group, node, &size);
    ok(state == ClusterGroupOnline && GetLastError() == ERROR_MORE_DATA && size == 5, "short: %ld, %lu, %lu\n",
       (long)state, GetLastError(), size);

    enumeration = ClusterGroupOpenEnum(group, CLUSTER_GROUP_ENUM_CONTAINS);
    ok(enumeration != NULL, "contains: %lu\n", GetLastError());
    if (enumeration)
    {
        ok(ClusterGroupGetEnumCount(enumeration) == 4, "%lu resources in FS1\n", ClusterGroupGetEnumCount(enumeration));
        ClusterGroupCloseEnum(enumeration);
    }
    enumeration = ClusterGroupOpenEnum(group, CLUSTER_GROUP_ENUM_NODES);
    ok(enumeration != NULL, "nodes: %lu\n", GetLastError());
    if (enumeration)
    {
        enum_names(enumeration, group_enum, CLUSTER_GROUP_ENUM_NODES, names, ARRAY_SIZE(names));
        ok(!wcscmp(names, L"node1|node2"), "preferred owners %s\n", wine_dbgstr_w(names));
        ClusterGroupCloseEnum(enumeration);
    }

    /* Offline and online: accepted at once or in progress (997). */
    ret = OfflineClusterGroup(group);
    ok(ret == ERROR_SUCCESS || ret == ERROR_IO_PENDING, "offline: %lu\n", ret);
    ok(wait_group_state(group, ClusterGroupOffline, node, ARRAY_SIZE(node)) == ClusterGroupOffline, "not offline\n");
    ret = OnlineClusterGroup(group, NULL);
    ok(ret == ERROR_SUCCESS || ret == ERROR_IO_PENDING, "online: %lu\n", ret);
    ok(wait_group_state(group, ClusterGroupOnline, node, ARRAY_SIZE(node)) == ClusterGroupOnline, "not online\n");

    /* Move to node2, then anywhere (back to node1). */
    node2 = OpenClusterNode(cluster, L"node2");
    ret = MoveClusterGroup(group, node2);
    ok(ret == ERROR_SUCCESS || ret == ERROR_IO_PENDING, "move: %lu\n", ret);
    wait_group_state(group, ClusterGroupOnline, node, ARRAY_SIZE(node));
    ok(!wcscmp(node, L"node2"), "owner after move %s\n", wine_dbgstr_w(node));
    ret = MoveClusterGroup(group, NULL);
    ok(ret == ERROR_SUCCESS || ret == ERROR_IO_PENDING, "move anywhere: %lu\n", ret);
    wait_group_state(group, ClusterGroupOnline, node, ARRAY_SIZE(node));
    ok(!wcscmp(node, L"node1"), "owner after the second move %s\n", wine_dbgstr_w(node));
    CloseClusterNode(node2);

    /* Create, refuse a duplicate, rename, delete. */
    created = CreateClusterGroup(cluster, L"Test Group");
    ok(created != NULL, "create: %lu\n", GetLastError());
    SetLastError(0xdeadbeef);
    bad = CreateClusterGroup(cluster, L"Test Group");
    ok(!bad && GetLastError() == ERROR_OBJECT_ALREADY_EXISTS, "duplicate: %p, %lu\n", bad, GetLastError());
    if (created)
    {
        ret = SetClusterGroupName(created, L"Renamed Group");
        ok(ret == ERROR_SUCCESS, "rename: %lu\n", ret);
        ret = DeleteClusterGroup(created);
        ok(ret == ERROR_SUCCESS, "delete: %lu\n", ret);
        /* The handle stays a handle: the group behind it is gone. */
        SetLastError(0xdeadbeef);
        state = GetClusterGroupState(created, NULL, NULL);
        ok(state == (DWORD)ClusterGroupStateUnknown && GetLastError() != ERROR_INVALID_HANDLE,
           "deleted group: %ld, %lu\n", (long)state, GetLastError());
        ok(CloseClusterGroup(created), "close failed\n");
    }
    CloseClusterGroup(group);
}

static void test_resources(void)
{
    WCHAR node[64], group_name[64], name[64], names[512];
    HRESOURCE resource, ip, bad;
    HCLUSTER from;
    HRESENUM enumeration;
    DWORD size, group_size, ret, state;

    resource = OpenClusterResource(cluster, L"Cluster Name");
    ok(resource != NULL, "open: %lu\n", GetLastError());
    if (!resource) return;
    SetLastError(0xdeadbeef);
    bad = OpenClusterResource(cluster, L"");
    ok(!bad && GetLastError() == ERROR_RESOURCE_NOT_FOUND, "empty name: %p, %lu\n", bad, GetLastError());

    size = ARRAY_SIZE(node);
    group_size = ARRAY_SIZE(group_name);
    state = GetClusterResourceState(resource, node, &size, group_name, &group_size);
    ok(state == ClusterResourceOnline, "state %ld\n", (long)state);
    ok(!wcscmp(node, L"node1") && !wcscmp(group_name, L"Cluster Group"), "%s in %s\n",
       wine_dbgstr_w(node), wine_dbgstr_w(group_name));
    /* Either buffer may be left out. */
    state = GetClusterResourceState(resource, NULL, NULL, NULL, NULL);
    ok(state == ClusterResourceOnline, "no buffers: %ld\n", (long)state);

    enumeration = ClusterResourceOpenEnum(resource, CLUSTER_RESOURCE_ENUM_DEPENDS);
    ok(enumeration != NULL, "depends: %lu\n", GetLastError());
    if (enumeration)
    {
        enum_names(enumeration, resource_enum, CLUSTER_RESOURCE_ENUM_DEPENDS, names, ARRAY_SIZE(names));
        ok(!wcscmp(names, L"Cluster IP Address"), "depends on %s\n", wine_dbgstr_w(names));
        ClusterResourceCloseEnum(enumeration);
    }
    ip = OpenClusterResource(cluster, L"Cluster IP Address");
    ok(ip != NULL, "open IP: %lu\n", GetLastError());
    if (ip)
    {
        /* Cluster Name already depends on the address: no loops. */
        ok(!CanResourceBeDependent(ip, resource), "a dependency cycle was allowed\n");
        ret = AddClusterResourceDependency(ip, resource);
        ok(ret != ERROR_SUCCESS, "circular dependency added\n");
        CloseClusterResource(ip);
    }

    ret = FALSE;
    bad = OpenClusterResource(cluster, L"Network Name");
    if (bad)
    {
        size = ARRAY_SIZE(name);
        ret = GetClusterResourceNetworkName(bad, name, &size);
        ok(ret && !wcscmp(name, L"FS1"), "network name: %lu, %s\n", ret, wine_dbgstr_w(name));
        CloseClusterResource(bad);
    }
    ok(ret, "GetClusterResourceNetworkName failed: %lu\n", GetLastError());

    /* Another instance of the cluster handle: closing it leaves the resource alone. */
    from = GetClusterFromResource(resource);
    ok(from != NULL && from != cluster, "GetClusterFromResource: %p\n", from);
    ok(CloseCluster(from), "close the extra cluster handle failed\n");
    ok(GetClusterResourceState(resource, NULL, NULL, NULL, NULL) == ClusterResourceOnline,
       "resource broken by closing the extra cluster handle\n");
    CloseClusterResource(resource);
}

static void test_create_resource(void)
{
    HGROUP group;
    HRESOURCE resource, bad;
    DWORD ret;

    group = CreateClusterGroup(cluster, L"Service Group");
    ok(group != NULL, "create group: %lu\n", GetLastError());
    if (!group) return;
    resource = CreateClusterResource(group, L"Test Service", L"Generic Service", 0);
    ok(resource != NULL, "create resource: %lu\n", GetLastError());
    SetLastError(0xdeadbeef);
    bad = CreateClusterResource(group, L"Typo Service", L"No Such Type", 0);
    ok(!bad && GetLastError() == ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, "unknown type: %p, %lu\n", bad, GetLastError());
    if (resource)
    {
        ok(SetClusterResourceName(resource, L"Renamed Service") == ERROR_SUCCESS, "rename failed\n");
        ret = DeleteClusterResource(resource);
        ok(ret == ERROR_SUCCESS, "delete: %lu\n", ret);
        CloseClusterResource(resource);
    }
    ok(DeleteClusterGroup(group) == ERROR_SUCCESS, "delete group failed\n");
    CloseClusterGroup(group);
}

static void test_networks(void)
{
    WCHAR id[64], name[64], names[512];
    HNETWORKENUM enumeration;
    HNETINTERFACE netinterface;
    HNETWORK network;
    DWORD size, ret;

    network = OpenClusterNetwork(cluster, L"Cluster Network 1");
    ok(network != NULL, "open: %lu\n", GetLastError());
    if (!network) return;
    ok(GetClusterNetworkState(network) == ClusterNetworkUp, "state %d\n", (int)GetClusterNetworkState(network));
    size = ARRAY_SIZE(id);
    ret = GetClusterNetworkId(network, id, &size);
    ok(ret == ERROR_SUCCESS && !wcsicmp(id, L"0c9e3a57-1f24-4d6b-8a31-7be5c0f29d14"), "id %s\n", wine_dbgstr_w(id));
    enumeration = ClusterNetworkOpenEnum(network, CLUSTER_NETWORK_ENUM_NETINTERFACES);
    ok(enumeration != NULL, "enum: %lu\n", GetLastError());
    if (enumeration)
    {
        enum_names(enumeration, network_enum, CLUSTER_NETWORK_ENUM_NETINTERFACES, names, ARRAY_SIZE(names));
        ok(!wcscmp(names, L"node1 - Ethernet|node2 - Ethernet"), "interfaces %s\n", wine_dbgstr_w(names));
        ClusterNetworkCloseEnum(enumeration);
    }
    CloseClusterNetwork(network);

    netinterface = OpenClusterNetInterface(cluster, L"node1 - Ethernet");
    ok(netinterface != NULL, "open interface: %lu\n", GetLastError());
    if (netinterface)
    {
        ok(GetClusterNetInterfaceState(netinterface) == ClusterNetInterfaceUp, "interface state %d\n",
           (int)GetClusterNetInterfaceState(netinterface));
        CloseClusterNetInterface(netinterface);
    }
    size = ARRAY_SIZE(name);
    ret = GetClusterNetInterface(cluster, L"node2", L"Cluster Network 2", name, &size);
    ok(ret == ERROR_SUCCESS && !wcscmp(name, L"node2 - Ethernet 2"), "GetClusterNetInterface: %lu, %s\n",
       ret, wine_dbgstr_w(name));
}

static void test_resource_types(void)
{
    HRESTYPEENUM enumeration;
    WCHAR names[512];

    enumeration = ClusterResourceTypeOpenEnum(cluster, L"Physical Disk", CLUSTER_RESOURCE_TYPE_ENUM_RESOURCES);
    ok(enumeration != NULL, "open: %lu\n", GetLastError());
    if (!enumeration) return;
    enum_names(enumeration, restype_enum, CLUSTER_RESOURCE_TYPE_ENUM_RESOURCES, names, ARRAY_SIZE(names));
    ok(!wcscmp(names, L"Cluster Disk 1|Cluster Disk 2"), "disks %s\n", wine_dbgstr_w(names));
    ClusterResourceTypeCloseEnum(enumeration);
}

static void test_quorum(void)
{
    WCHAR resource[64], device[64];
    DWORD resource_size = ARRAY_SIZE(resource), device_size = ARRAY_SIZE(device), log_size = 0, ret;

    ret = GetClusterQuorumResource(cluster, resource, &resource_size, device, &device_size, &log_size);
    ok(ret == ERROR_SUCCESS, "got %lu\n", ret);
    ok(!wcscmp(resource, L"File Share Witness") && !wcscmp(device, L"\\\\DC1\\Witness$"), "%s on %s\n",
       wine_dbgstr_w(resource), wine_dbgstr_w(device));
}

/* Waits (briefly) until group is online on the node named owner. */
static BOOL wait_group_owner(HGROUP group, const WCHAR *owner)
{
    WCHAR node[64];
    DWORD state, size, i;

    for (i = 0; i < 100; i++)
    {
        size = ARRAY_SIZE(node);
        state = GetClusterGroupState(group, node, &size);
        if (state == ClusterGroupOnline && !wcscmp(node, owner)) return TRUE;
        Sleep(20);
    }
    return FALSE;
}

/* Node ids, pause with and without draining, resume with a failback type;
 * every node and group ends where the example cluster has it. */
static void test_nodes_ex(void)
{
    HNODE node1, node2, bad;
    HGROUP fs1;
    WCHAR id[16];
    HRESULT hr;
    DWORD ret, size;

    node1 = OpenClusterNodeById(cluster, 1);
    node2 = OpenClusterNodeById(cluster, 2);
    ok(node1 && node2, "OpenClusterNodeById: %p %p, %lu\n", node1, node2, GetLastError());
    if (!node1 || !node2) return;
    size = ARRAY_SIZE(id);
    ret = GetClusterNodeId(node2, id, &size);
    ok(ret == ERROR_SUCCESS && !wcscmp(id, L"2"), "node 2's id: %lu, %s\n", ret, wine_dbgstr_w(id));
    size = ARRAY_SIZE(id);
    ret = GetClusterNodeId(node1, id, &size);
    ok(ret == ERROR_SUCCESS && !wcscmp(id, L"1"), "node 1's id: %lu, %s\n", ret, wine_dbgstr_w(id));
    SetLastError(0xdeadbeef);
    bad = OpenClusterNodeById(cluster, 9);
    ok(!bad && GetLastError() == ERROR_CLUSTER_NODE_NOT_FOUND, "unknown id: %p, %lu\n", bad, GetLastError());
    SetLastError(0xdeadbeef);
    bad = OpenClusterNodeById(cluster, 0);
    ok(!bad && GetLastError() == ERROR_CLUSTER_NODE_NOT_FOUND, "id 0: %p, %lu\n", bad, GetLastError());
    SetLastError(0xdeadbeef);
    bad = OpenClusterNodeById(NULL, 1);
    ok(!bad && GetLastError() == ERROR_INVALID_HANDLE, "NULL cluster: %p, %lu\n", bad, GetLastError());
    SetLastError(0xdeadbeef);
    bad = OpenClusterNodeById((HCLUSTER)node1, 1);
    ok(!bad && GetLastError() == ERROR_INVALID_HANDLE, "a node as the cluster: %p, %lu\n", bad, GetLastError());

    /* Pause without draining, resume without failback. */
    ret = PauseClusterNodeEx(node2, FALSE, 0, NULL);
    ok(ret == ERROR_SUCCESS, "pause: %lu\n", ret);
    ok(GetClusterNodeState(node2) == ClusterNodePaused, "state %d\n", (int)GetClusterNodeState(node2));
    ret = ResumeClusterNodeEx(node2, ClusterNodeResumeFailbackTypeCount, 0);
    ok(ret == ERROR_INVALID_PARAMETER, "failback type 3: %lu\n", ret);
    ret = ResumeClusterNodeEx(node2, DoNotFailbackGroups, 0x10);
    ok(ret == ERROR_INVALID_PARAMETER, "resume flag 0x10: %lu\n", ret);
    ok(GetClusterNodeState(node2) == ClusterNodePaused, "refused resumes resumed\n");
    ret = ResumeClusterNodeEx(node2, DoNotFailbackGroups, CLUSAPI_NODE_RESUME_FAILBACK_STORAGE);
    ok(ret == ERROR_SUCCESS, "resume: %lu\n", ret);
    ok(GetClusterNodeState(node2) == ClusterNodeUp, "state after resume %d\n", (int)GetClusterNodeState(node2));
    ret = ResumeClusterNodeEx(node2, DoNotFailbackGroups, 0);
    ok(ret == ERROR_CLUSTER_NODE_NOT_PAUSED, "resume a running node: %lu\n", ret);

    ret = PauseClusterNodeEx(node2, FALSE, 0x8, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "pause flag 0x8: %lu\n", ret);
    ret = PauseClusterNodeEx(node2, FALSE, 0, node1);
    ok(ret == ERROR_INVALID_PARAMETER, "a drain target without draining: %lu\n", ret);
    ret = PauseClusterNodeEx(node2, TRUE, 0, node2);
    ok(ret == ERROR_INVALID_PARAMETER, "drain to itself: %lu\n", ret);
    ok(GetClusterNodeState(node2) == ClusterNodeUp, "a refused pause paused\n");

    /* Draining moves FS1 off node2: to the best node, then to a target. */
    fs1 = OpenClusterGroup(cluster, L"FS1");
    ok(fs1 != NULL, "open FS1: %lu\n", GetLastError());
    if (fs1)
    {
        ret = MoveClusterGroup(fs1, node2);
        ok(ret == ERROR_SUCCESS || ret == ERROR_IO_PENDING, "move: %lu\n", ret);
        ok(wait_group_owner(fs1, L"node2"), "FS1 not on node2\n");
        ret = PauseClusterNodeEx(node2, TRUE, CLUSAPI_NODE_PAUSE_RETRY_DRAIN_ON_FAILURE, NULL);
        ok(ret == ERROR_SUCCESS || ret == ERROR_IO_PENDING, "pause and drain: %lu\n", ret);
        ok(wait_group_owner(fs1, L"node1"), "FS1 not drained to node1\n");
        ok(GetClusterNodeState(node2) == ClusterNodePaused, "not paused: %d\n", (int)GetClusterNodeState(node2));
        /* node1 is FS1's first preferred owner: node2 gets nothing back */
        ret = ResumeClusterNodeEx(node2, FailbackGroupsImmediately, 0);
        ok(ret == ERROR_SUCCESS, "resume: %lu\n", ret);
        ok(wait_group_owner(fs1, L"node1"), "FS1 failed back to node2\n");

        ret = MoveClusterGroup(fs1, node2);
        ok(ret == ERROR_SUCCESS || ret == ERROR_IO_PENDING, "move: %lu\n", ret);
        ok(wait_group_owner(fs1, L"node2"), "FS1 not on node2\n");
        ret = PauseClusterNodeEx(node2, TRUE, 0, node1);
        ok(ret == ERROR_SUCCESS || ret == ERROR_IO_PENDING, "pause and drain to node1: %lu\n", ret);
        ok(wait_group_owner(fs1, L"node1"), "FS1 not drained to node1\n");
        ret = ResumeClusterNodeEx(node2, DoNotFailbackGroups, 0);
        ok(ret == ERROR_SUCCESS, "resume: %lu\n", ret);

        /* Handles of other types. */
        ok(PauseClusterNodeEx((HNODE)fs1, FALSE, 0, NULL) == ERROR_INVALID_HANDLE, "a group paused\n");
        ok(PauseClusterNodeEx(node2, TRUE, 0, (HNODE)fs1) == ERROR_INVALID_HANDLE, "a group as drain target\n");
        ok(ResumeClusterNodeEx((HNODE)fs1, DoNotFailbackGroups, 0) == ERROR_INVALID_HANDLE, "a group resumed\n");
        hr = 0x1234;
        ok(EvictClusterNodeEx((HNODE)fs1, 0, &hr) == ERROR_INVALID_HANDLE && hr == 0x1234, "a group evicted\n");
        CloseClusterGroup(fs1);
    }
    ok(GetClusterNodeState(node2) == ClusterNodeUp, "node2 left in state %d\n", (int)GetClusterNodeState(node2));
    ok(PauseClusterNodeEx(NULL, FALSE, 0, NULL) == ERROR_INVALID_HANDLE, "NULL paused\n");
    ok(ResumeClusterNodeEx(NULL, DoNotFailbackGroups, 0) == ERROR_INVALID_HANDLE, "NULL resumed\n");
    /* Evicting a node would change the example cluster for good: only the
     * refusals are tested here. */
    hr = 0x1234;
    ok(EvictClusterNodeEx(NULL, 1000, &hr) == ERROR_INVALID_HANDLE && hr == 0x1234, "NULL evicted\n");
    CloseClusterNode(node1);
    ok(EvictClusterNodeEx(node1, 1000, &hr) == ERROR_INVALID_HANDLE, "a closed node evicted\n");
    CloseClusterNode(node2);
}

/* ChangeClusterResourceGroupEx and DestroyClusterGroup on groups of their own. */
static void test_change_group_ex(void)
{
    WCHAR group_name[64];
    HGROUP first, second;
    HRESOURCE resource;
    DWORD ret, size, state;

    first = CreateClusterGroup(cluster, L"Change Ex 1");
    second = CreateClusterGroup(cluster, L"Change Ex 2");
    ok(first && second, "create groups: %lu\n", GetLastError());
    if (!first || !second) goto done;
    resource = CreateClusterResource(first, L"Change Ex Service", L"Generic Service", 0);
    ok(resource != NULL, "create resource: %lu\n", GetLastError());
    if (!resource) goto done;

    ret = ChangeClusterResourceGroupEx(resource, second, 0);
    ok(ret == ERROR_SUCCESS, "change: %lu\n", ret);
    size = ARRAY_SIZE(group_name);
    GetClusterResourceState(resource, NULL, NULL, group_name, &size);
    ok(!wcscmp(group_name, L"Change Ex 2"), "in %s\n", wine_dbgstr_w(group_name));
    ret = ChangeClusterResourceGroupEx(resource, first, 0x2);
    ok(ret == ERROR_INVALID_PARAMETER, "undefined flag: %lu\n", ret);
    ret = ChangeClusterResourceGroupEx(resource, first, 0x100000000ull);
    ok(ret == ERROR_INVALID_PARAMETER, "undefined high flag: %lu\n", ret);
    ret = ChangeClusterResourceGroupEx(resource, first, CLUSAPI_CHANGE_RESOURCE_GROUP_FORCE_MOVE_TO_CSV);
    ok(ret == ERROR_SUCCESS, "change back: %lu\n", ret);
    size = ARRAY_SIZE(group_name);
    GetClusterResourceState(resource, NULL, NULL, group_name, &size);
    ok(!wcscmp(group_name, L"Change Ex 1"), "in %s\n", wine_dbgstr_w(group_name));
    ok(ChangeClusterResourceGroupEx((HRESOURCE)second, first, 0) == ERROR_INVALID_HANDLE, "a group changed\n");
    ok(ChangeClusterResourceGroupEx(resource, (HGROUP)resource, 0) == ERROR_INVALID_HANDLE, "into a resource\n");
    ok(ChangeClusterResourceGroupEx(NULL, first, 0) == ERROR_INVALID_HANDLE, "NULL changed\n");
    ok(ChangeClusterResourceGroupEx(resource, NULL, 0) == ERROR_INVALID_HANDLE, "into NULL\n");

    /* A group with a resource: DeleteClusterGroup refuses, DestroyClusterGroup takes both. */
    ret = DeleteClusterGroup(first);
    ok(ret == ERROR_DIR_NOT_EMPTY, "delete a group with a resource: %lu\n", ret);
    ok(DestroyClusterGroup((HGROUP)resource) == ERROR_INVALID_HANDLE, "a resource destroyed as a group\n");
    ok(DestroyClusterGroup(NULL) == ERROR_INVALID_HANDLE, "NULL destroyed\n");
    ret = DestroyClusterGroup(first);
    ok(ret == ERROR_SUCCESS, "destroy: %lu\n", ret);
    SetLastError(0xdeadbeef);
    state = GetClusterResourceState(resource, NULL, NULL, NULL, NULL);
    ok(state == (DWORD)ClusterResourceStateUnknown && GetLastError() == ERROR_RESOURCE_NOT_AVAILABLE,
       "the resource survived: %ld, %lu\n", (long)state, GetLastError());
    ok(CloseClusterResource(resource), "close the resource handle failed\n");
    SetLastError(0xdeadbeef);
    ok(!OpenClusterGroup(cluster, L"Change Ex 1") && GetLastError() == ERROR_GROUP_NOT_FOUND, "the group survived\n");
    ret = DestroyClusterGroup(first);
    ok(ret == ERROR_GROUP_NOT_AVAILABLE, "destroy twice: %lu\n", ret);
done:
    /* an empty group: destroyed like a deleted one */
    if (second) ok(DestroyClusterGroup(second) == ERROR_SUCCESS, "destroy the empty group failed\n");
    if (first) CloseClusterGroup(first);
    if (second) CloseClusterGroup(second);
}

/* Objects keep their cluster's connection: closing the cluster handle first
 * leaves them working, as the SDK describes for GetClusterFromGroup. */
static void test_close_cluster_first(void)
{
    HCLUSTER own = OpenCluster(server_address), from;
    WCHAR name[64];
    DWORD size = ARRAY_SIZE(name);
    HGROUP group;

    ok(own != NULL, "open: %lu\n", GetLastError());
    if (!own) return;
    group = OpenClusterGroup(own, L"Cluster Group");
    ok(group != NULL, "open group: %lu\n", GetLastError());
    ok(CloseCluster(own), "close cluster failed\n");
    if (!group) return;
    ok(GetClusterGroupState(group, NULL, NULL) == ClusterGroupOnline, "group broken by CloseCluster\n");
    from = GetClusterFromGroup(group);
    ok(from != NULL, "GetClusterFromGroup: %lu\n", GetLastError());
    ok(GetClusterInformation(from, name, &size, NULL) == ERROR_SUCCESS && !wcscmp(name, L"FSCLUSTER"),
       "the cluster from the group: %s\n", wine_dbgstr_w(name));
    ok(CloseCluster(from), "close failed\n");
    ok(CloseClusterGroup(group), "close group failed\n");
}

START_TEST(objects)
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

    test_cluster_enum();
    test_cluster_enum_ex();
    test_nodes();
    test_nodes_ex();
    test_groups();
    test_resources();
    test_create_resource();
    test_change_group_ex();
    test_networks();
    test_resource_types();
    test_quorum();
    test_close_cluster_first();
    CloseCluster(cluster);
}
