/*
 * Success paths of the state-changing exports that had no test yet (issue
 * 4): the Ex state changes of groups and resources, RestartClusterResource,
 * CancelClusterGroupOperation, SetClusterGroupNodeList, the dependency
 * expression, SetClusterQuorumResource, resource types, SetClusterName and
 * EvictClusterNode, against server/examples/two-node.conf (exact names,
 * owners and states are that file's; transition_delay_ms = 50, so state
 * changes answer ERROR_IO_PENDING and complete a little later).
 *
 * Evicting node2 cannot be undone through the API (AddClusterNode is not
 * implemented) and a rename leaves a pending name behind, so this test does
 * not share the cluster of the other tests: it runs only when named
 * (`clusapi_test.exe changes`), and tests/run-all starts a cmrpd of its own
 * for it.  In a run of every test it skips.
 */
#include <stdarg.h>
#include <stdio.h>

#include <windef.h>
#include <winbase.h>
#include <winerror.h>
#include <winreg.h>
#include "clusapi.h"

#include "wine/test.h"

static WCHAR server_address[64] = L"127.0.0.1";
static HCLUSTER cluster;
static HNODE node1, node2;
static HGROUP fs1;

/* A state change: done (0) or under way (ERROR_IO_PENDING, SDK). */
#define ok_accepted(ret, what) ok((ret) == ERROR_SUCCESS || (ret) == ERROR_IO_PENDING, "%s: %lu\n", what, (ret))

/* Polls the group until it is in state on owner (5 s at most). */
static BOOL wait_group(HGROUP group, CLUSTER_GROUP_STATE state, const WCHAR *owner)
{
    WCHAR node[64];
    DWORD size, i;
    CLUSTER_GROUP_STATE now = ClusterGroupStateUnknown;

    for (i = 0; i < 250; i++)
    {
        size = ARRAY_SIZE(node);
        now = GetClusterGroupState(group, node, &size);
        if (now == state && !wcscmp(node, owner)) return TRUE;
        Sleep(20);
    }
    trace("group state %d on %s, expected %d on %s\n", now, wine_dbgstr_w(node), state, wine_dbgstr_w(owner));
    return FALSE;
}

static BOOL wait_resource(HRESOURCE resource, CLUSTER_RESOURCE_STATE state)
{
    CLUSTER_RESOURCE_STATE now = ClusterResourceStateUnknown;
    DWORD i;

    for (i = 0; i < 250; i++)
    {
        if ((now = GetClusterResourceState(resource, NULL, NULL, NULL, NULL)) == state) return TRUE;
        Sleep(20);
    }
    trace("resource state %d, expected %d\n", now, state);
    return FALSE;
}

/* The names of an enumeration of a group or resource, "a|b|c". */
static void group_enum_names(HGROUP group, DWORD type, WCHAR *out, DWORD out_size)
{
    HGROUPENUM enumeration = ClusterGroupOpenEnum(group, type);
    WCHAR name[256];
    DWORD i, size, entry_type;

    out[0] = 0;
    ok(enumeration != NULL, "ClusterGroupOpenEnum failed: %lu\n", GetLastError());
    if (!enumeration) return;
    for (i = 0; size = ARRAY_SIZE(name), !ClusterGroupEnum(enumeration, i, &entry_type, name, &size); i++)
    {
        if (out[0]) wcscat(out, L"|");
        if (wcslen(out) + wcslen(name) < out_size) wcscat(out, name);
    }
    ClusterGroupCloseEnum(enumeration);
}

static void resource_enum_names(HRESOURCE resource, DWORD type, WCHAR *out, DWORD out_size)
{
    HRESENUM enumeration = ClusterResourceOpenEnum(resource, type);
    WCHAR name[256];
    DWORD i, size, entry_type;

    out[0] = 0;
    ok(enumeration != NULL, "ClusterResourceOpenEnum failed: %lu\n", GetLastError());
    if (!enumeration) return;
    for (i = 0; size = ARRAY_SIZE(name), !ClusterResourceEnum(enumeration, i, &entry_type, name, &size); i++)
    {
        if (out[0]) wcscat(out, L"|");
        if (wcslen(out) + wcslen(name) < out_size) wcscat(out, name);
    }
    ClusterResourceCloseEnum(enumeration);
}

static void cluster_enum_names(DWORD type, WCHAR *out, DWORD out_size)
{
    HCLUSENUM enumeration = ClusterOpenEnum(cluster, type);
    WCHAR name[256];
    DWORD i, size, entry_type;

    out[0] = 0;
    ok(enumeration != NULL, "ClusterOpenEnum failed: %lu\n", GetLastError());
    if (!enumeration) return;
    for (i = 0; size = ARRAY_SIZE(name), !ClusterEnum(enumeration, i, &entry_type, name, &size); i++)
    {
        if (out[0]) wcscat(out, L"|");
        if (wcslen(out) + wcslen(name) < out_size) wcscat(out, name);
    }
    ClusterCloseEnum(enumeration);
}

static void test_group_ex(void)
{
    static BYTE reason[] = "wine test";
    DWORD ret;

    ok(wait_group(fs1, ClusterGroupOnline, L"node1"), "FS1 is not online on node1\n");

    ret = OfflineClusterGroupEx(fs1, 0, reason, sizeof(reason));
    ok_accepted(ret, "OfflineClusterGroupEx");
    ok(wait_group(fs1, ClusterGroupOffline, L"node1"), "FS1 did not go offline\n");

    ret = OnlineClusterGroupEx(fs1, NULL, 0, NULL, 0);
    ok_accepted(ret, "OnlineClusterGroupEx");
    ok(wait_group(fs1, ClusterGroupOnline, L"node1"), "FS1 did not come online\n");

    ret = MoveClusterGroupEx(fs1, node2, 0, reason, sizeof(reason));
    ok_accepted(ret, "MoveClusterGroupEx to node2");
    ok(wait_group(fs1, ClusterGroupOnline, L"node2"), "FS1 did not move to node2\n");

    /* Anywhere: the best other node, node1 (its first preferred owner). */
    ret = MoveClusterGroupEx(fs1, NULL, 0, NULL, 0);
    ok_accepted(ret, "MoveClusterGroupEx anywhere");
    ok(wait_group(fs1, ClusterGroupOnline, L"node1"), "FS1 did not move back\n");

    /* Online onto a node: an offline group comes up there. */
    ret = OfflineClusterGroupEx(fs1, 0, NULL, 0);
    ok_accepted(ret, "OfflineClusterGroupEx");
    ok(wait_group(fs1, ClusterGroupOffline, L"node1"), "FS1 did not go offline\n");
    ret = OnlineClusterGroupEx(fs1, node2, 0, reason, sizeof(reason));
    ok_accepted(ret, "OnlineClusterGroupEx on node2");
    ok(wait_group(fs1, ClusterGroupOnline, L"node2"), "FS1 did not come online on node2\n");

    ret = MoveClusterGroupEx(fs1, node1, 0, NULL, 0);
    ok_accepted(ret, "MoveClusterGroupEx to node1");
    ok(wait_group(fs1, ClusterGroupOnline, L"node1"), "FS1 did not move back to node1\n");
}

static void test_resource_ex(void)
{
    HRESOURCE server = OpenClusterResource(cluster, L"File Server (\\\\FS1)");
    WCHAR node[64], group[64];
    DWORD ret, node_size = ARRAY_SIZE(node), group_size = ARRAY_SIZE(group);

    ok(server != NULL, "OpenClusterResource failed: %lu\n", GetLastError());
    if (!server) return;

    ret = OfflineClusterResourceEx(server, 0, (BYTE *)"why", 4);
    ok_accepted(ret, "OfflineClusterResourceEx");
    ok(wait_resource(server, ClusterResourceOffline), "not offline\n");
    /* The group has a resource down now. */
    ok(wait_group(fs1, ClusterGroupPartialOnline, L"node1"), "FS1 is not partially online\n");

    ret = OnlineClusterResourceEx(server, 0, NULL, 0);
    ok_accepted(ret, "OnlineClusterResourceEx");
    ok(wait_resource(server, ClusterResourceOnline), "not online\n");
    ret = GetClusterResourceState(server, node, &node_size, group, &group_size);
    ok(ret == ClusterResourceOnline && !wcscmp(node, L"node1") && !wcscmp(group, L"FS1"), "state %lu on %s in %s\n",
       ret, wine_dbgstr_w(node), wine_dbgstr_w(group));
    ok(wait_group(fs1, ClusterGroupOnline, L"node1"), "FS1 is not online\n");
    CloseClusterResource(server);
}

/* RestartClusterResource: the resource and what runs on top of it stop and
 * come back; the notification port sees each of them change state. */
static void test_restart(void)
{
    HRESOURCE address = OpenClusterResource(cluster, L"IP Address 10.0.0.11");
    HRESOURCE server = OpenClusterResource(cluster, L"File Server (\\\\FS1)");
    BOOL address_seen = FALSE, name_seen = FALSE, server_seen = FALSE;
    DWORD ret, filter, size, i;
    DWORD_PTR key;
    WCHAR name[256];
    HCHANGE port;

    ok(address && server, "OpenClusterResource failed: %lu\n", GetLastError());
    if (!address || !server) goto done;
    port = CreateClusterNotifyPort(INVALID_HANDLE_VALUE, cluster, CLUSTER_CHANGE_RESOURCE_STATE, 1);
    ok(port != NULL, "CreateClusterNotifyPort failed: %lu\n", GetLastError());
    if (!port) goto done;

    ret = RestartClusterResource(address, 0);
    ok_accepted(ret, "RestartClusterResource");
    for (i = 0; i < 100 && !(address_seen && name_seen && server_seen); i++)
    {
        size = ARRAY_SIZE(name);
        if (GetClusterNotify(port, &key, &filter, name, &size, 2000)) break;
        ok(key == 1 && filter == CLUSTER_CHANGE_RESOURCE_STATE, "event %Iu, %#lx\n", key, filter);
        if (!wcscmp(name, L"IP Address 10.0.0.11")) address_seen = TRUE;
        else if (!wcscmp(name, L"Network Name")) name_seen = TRUE;
        else if (!wcscmp(name, L"File Server (\\\\FS1)")) server_seen = TRUE;
        else ok(0, "event for %s\n", wine_dbgstr_w(name));
    }
    ok(address_seen && name_seen && server_seen, "state changes seen: address %d, name %d, server %d\n",
       address_seen, name_seen, server_seen);
    ok(wait_resource(server, ClusterResourceOnline), "the file server did not come back\n");
    ok(wait_resource(address, ClusterResourceOnline), "the address did not come back\n");
    CloseClusterNotifyPort(port);
done:
    if (address) CloseClusterResource(address);
    if (server) CloseClusterResource(server);
}

/* CancelClusterGroupOperation: 0 cancelled, ERROR_IO_PENDING cancelling, any
 * other code a failure (SDK).  Moves in this cluster always run to their end. */
static void test_cancel(void)
{
    DWORD ret;

    /* Nothing under way: nothing to cancel (the server's ERROR_INVALID_STATE, passed through). */
    ret = CancelClusterGroupOperation(fs1, 0);
    ok(ret == ERROR_INVALID_STATE, "nothing to cancel: %lu\n", ret);

    ret = MoveClusterGroup(fs1, node2);
    ok_accepted(ret, "MoveClusterGroup");
    if (ret == ERROR_IO_PENDING)
    {
        /* Under way, and it cannot be stopped: the server says so, the move goes on. */
        ret = CancelClusterGroupOperation(fs1, 0);
        ok(ret != ERROR_SUCCESS && ret != ERROR_IO_PENDING && ret != ERROR_INVALID_HANDLE, "cancel: %lu\n", ret);
    }
    ok(wait_group(fs1, ClusterGroupOnline, L"node2"), "FS1 did not move to node2\n");
    ret = MoveClusterGroup(fs1, node1);
    ok_accepted(ret, "MoveClusterGroup");
    ok(wait_group(fs1, ClusterGroupOnline, L"node1"), "FS1 did not move back\n");
}

static void test_node_list(void)
{
    HNODE nodes[3];
    WCHAR names[256];
    DWORD ret;

    group_enum_names(fs1, CLUSTER_GROUP_ENUM_NODES, names, ARRAY_SIZE(names));
    ok(!wcscmp(names, L"node1|node2"), "preferred owners %s\n", wine_dbgstr_w(names));

    nodes[0] = node2;
    nodes[1] = node1;
    ret = SetClusterGroupNodeList(fs1, 2, nodes);
    ok(ret == ERROR_SUCCESS, "SetClusterGroupNodeList: %lu\n", ret);
    group_enum_names(fs1, CLUSTER_GROUP_ENUM_NODES, names, ARRAY_SIZE(names));
    ok(!wcscmp(names, L"node2|node1"), "preferred owners %s\n", wine_dbgstr_w(names));
    /* CONTAINS | NODES: the resources, then the nodes. */
    group_enum_names(fs1, CLUSTER_GROUP_ENUM_ALL, names, ARRAY_SIZE(names));
    ok(!wcscmp(names, L"IP Address 10.0.0.11|Network Name|Cluster Disk 2|File Server (\\\\FS1)|node2|node1"),
       "contents and owners %s\n", wine_dbgstr_w(names));

    /* A node named twice keeps its first place. */
    nodes[0] = node1;
    nodes[1] = node2;
    nodes[2] = node1;
    ret = SetClusterGroupNodeList(fs1, 3, nodes);
    ok(ret == ERROR_SUCCESS, "SetClusterGroupNodeList: %lu\n", ret);
    group_enum_names(fs1, CLUSTER_GROUP_ENUM_NODES, names, ARRAY_SIZE(names));
    ok(!wcscmp(names, L"node1|node2"), "preferred owners %s\n", wine_dbgstr_w(names));

    ret = SetClusterGroupNodeList(fs1, 0, NULL);
    ok(ret == ERROR_SUCCESS, "empty list: %lu\n", ret);
    group_enum_names(fs1, CLUSTER_GROUP_ENUM_NODES, names, ARRAY_SIZE(names));
    ok(!names[0], "preferred owners %s\n", wine_dbgstr_w(names));

    nodes[0] = node2;
    ret = SetClusterGroupNodeList(fs1, 1, nodes);
    ok(ret == ERROR_SUCCESS, "SetClusterGroupNodeList: %lu\n", ret);
    group_enum_names(fs1, CLUSTER_GROUP_ENUM_NODES, names, ARRAY_SIZE(names));
    ok(!wcscmp(names, L"node2"), "preferred owners %s\n", wine_dbgstr_w(names));

    /* Back to two-node.conf's list. */
    nodes[0] = node1;
    nodes[1] = node2;
    ret = SetClusterGroupNodeList(fs1, 2, nodes);
    ok(ret == ERROR_SUCCESS, "SetClusterGroupNodeList: %lu\n", ret);
    group_enum_names(fs1, CLUSTER_GROUP_ENUM_NODES, names, ARRAY_SIZE(names));
    ok(!wcscmp(names, L"node1|node2"), "preferred owners %s\n", wine_dbgstr_w(names));
}

static void check_expression(HRESOURCE resource, const WCHAR *expect, const WCHAR *expect_depends)
{
    WCHAR expression[256], names[256];
    DWORD ret, size = ARRAY_SIZE(expression);

    ret = GetClusterResourceDependencyExpression(resource, expression, &size);
    ok(ret == ERROR_SUCCESS && size == wcslen(expect) && !wcscmp(expression, expect), "expression: %lu, %lu, %s\n",
       ret, size, wine_dbgstr_w(expression));
    resource_enum_names(resource, CLUSTER_RESOURCE_ENUM_DEPENDS, names, ARRAY_SIZE(names));
    ok(!wcscmp(names, expect_depends), "depends on %s\n", wine_dbgstr_w(names));
}

static void test_dependency_expression(void)
{
    HRESOURCE server = OpenClusterResource(cluster, L"File Server (\\\\FS1)");
    DWORD ret;

    ok(server != NULL, "OpenClusterResource failed: %lu\n", GetLastError());
    if (!server) return;
    check_expression(server, L"[Network Name] and [Cluster Disk 2]", L"Network Name|Cluster Disk 2");

    ret = SetClusterResourceDependencyExpression(server, L"[Network Name]");
    ok(ret == ERROR_SUCCESS, "one dependency: %lu\n", ret);
    check_expression(server, L"[Network Name]", L"Network Name");

    /* Nothing: no dependencies, an empty expression (NULL says the same). */
    ret = SetClusterResourceDependencyExpression(server, L"");
    ok(ret == ERROR_SUCCESS, "no dependency: %lu\n", ret);
    check_expression(server, L"", L"");
    ret = SetClusterResourceDependencyExpression(server, L"[Cluster Disk 2]");
    ok(ret == ERROR_SUCCESS, "one dependency: %lu\n", ret);
    ret = SetClusterResourceDependencyExpression(server, NULL);
    ok(ret == ERROR_SUCCESS, "NULL: %lu\n", ret);
    check_expression(server, L"", L"");

    /* A resource of another group cannot be a provider (MS-CMRP 3.1.4.2.20). */
    ret = SetClusterResourceDependencyExpression(server, L"[Cluster Disk 1]");
    ok(ret == ERROR_INVALID_PARAMETER, "another group's resource: %lu\n", ret);
    check_expression(server, L"", L"");

    ret = SetClusterResourceDependencyExpression(server, L"[Network Name] and [Cluster Disk 2]");
    ok(ret == ERROR_SUCCESS, "two dependencies: %lu\n", ret);
    check_expression(server, L"[Network Name] and [Cluster Disk 2]", L"Network Name|Cluster Disk 2");
    CloseClusterResource(server);
}

static void check_quorum(const WCHAR *resource, const WCHAR *device, DWORD log_size)
{
    WCHAR resource_name[64], device_name[MAX_PATH];
    DWORD ret, resource_size = ARRAY_SIZE(resource_name), device_size = ARRAY_SIZE(device_name), max_log = 0;

    ret = GetClusterQuorumResource(cluster, resource_name, &resource_size, device_name, &device_size, &max_log);
    ok(ret == ERROR_SUCCESS, "GetClusterQuorumResource: %lu\n", ret);
    ok(!wcscmp(resource_name, resource) && resource_size == wcslen(resource), "resource %s (%lu)\n",
       wine_dbgstr_w(resource_name), resource_size);
    ok(!wcscmp(device_name, device) && device_size == wcslen(device), "device %s (%lu)\n",
       wine_dbgstr_w(device_name), device_size);
    ok(max_log == log_size, "max log size %lu\n", max_log);
}

static void test_quorum(void)
{
    HRESOURCE disk = OpenClusterResource(cluster, L"Cluster Disk 1");
    HRESOURCE witness = OpenClusterResource(cluster, L"File Share Witness");
    HRESOURCE address = OpenClusterResource(cluster, L"IP Address 10.0.0.11");
    DWORD ret;

    ok(disk && witness && address, "OpenClusterResource failed: %lu\n", GetLastError());
    if (!disk || !witness || !address) goto done;
    check_quorum(L"File Share Witness", L"\\\\DC1\\Witness$", 4194304);

    ret = SetClusterQuorumResource(disk, L"Q:\\", 8 * 1024 * 1024);
    ok(ret == ERROR_SUCCESS, "SetClusterQuorumResource: %lu\n", ret);
    check_quorum(L"Cluster Disk 1", L"Q:\\", 8 * 1024 * 1024);

    /* An IP address cannot hold the quorum (no CLUS_CHAR_QUORUM): nothing changes. */
    ret = SetClusterQuorumResource(address, L"", 4194304);
    ok(ret == ERROR_NOT_QUORUM_CAPABLE, "IP address as quorum: %lu\n", ret);
    check_quorum(L"Cluster Disk 1", L"Q:\\", 8 * 1024 * 1024);

    /* No device name is an empty one. */
    ret = SetClusterQuorumResource(witness, NULL, 4194304);
    ok(ret == ERROR_SUCCESS, "SetClusterQuorumResource: %lu\n", ret);
    check_quorum(L"File Share Witness", L"", 4194304);

    ret = SetClusterQuorumResource(witness, L"\\\\DC1\\Witness$", 4194304);
    ok(ret == ERROR_SUCCESS, "SetClusterQuorumResource: %lu\n", ret);
    check_quorum(L"File Share Witness", L"\\\\DC1\\Witness$", 4194304);
done:
    if (disk) CloseClusterResource(disk);
    if (witness) CloseClusterResource(witness);
    if (address) CloseClusterResource(address);
}

static BOOL restype_listed(const WCHAR *type)
{
    WCHAR names[2048];
    const WCHAR *p;
    size_t len = wcslen(type);

    cluster_enum_names(CLUSTER_ENUM_RESTYPE, names, ARRAY_SIZE(names));
    for (p = names; (p = wcsstr(p, type)); p += len)
        if ((p == names || p[-1] == '|') && (!p[len] || p[len] == '|')) return TRUE;
    return FALSE;
}

static void test_resource_types(void)
{
    static const WCHAR type[] = L"Wine Test Type";
    HRESTYPEENUM enumeration;
    WCHAR name[64];
    DWORD ret, size, entry_type;

    ok(!restype_listed(type), "the type exists already\n");
    ret = CreateClusterResourceType(cluster, type, L"Wine Test Type (display)", L"winetest.dll", 5000, 60000);
    ok(ret == ERROR_SUCCESS, "CreateClusterResourceType: %lu\n", ret);
    ok(restype_listed(type), "the type is not listed\n");
    ret = CreateClusterResourceType(cluster, type, L"Wine Test Type (display)", L"winetest.dll", 5000, 60000);
    ok(ret == ERROR_OBJECT_ALREADY_EXISTS, "created twice: %lu\n", ret);

    /* It has no resources yet; its enumeration opens. */
    enumeration = ClusterResourceTypeOpenEnum(cluster, type, CLUSTER_RESOURCE_TYPE_ENUM_RESOURCES);
    ok(enumeration != NULL, "ClusterResourceTypeOpenEnum failed: %lu\n", GetLastError());
    if (enumeration)
    {
        ok(ClusterResourceTypeGetEnumCount(enumeration) == 0, "%lu resources\n", ClusterResourceTypeGetEnumCount(enumeration));
        size = ARRAY_SIZE(name);
        ok(ClusterResourceTypeEnum(enumeration, 0, &entry_type, name, &size) == ERROR_NO_MORE_ITEMS, "an entry\n");
        ClusterResourceTypeCloseEnum(enumeration);
    }

    ret = DeleteClusterResourceType(cluster, type);
    ok(ret == ERROR_SUCCESS, "DeleteClusterResourceType: %lu\n", ret);
    ok(!restype_listed(type), "the type is still listed\n");
    ret = DeleteClusterResourceType(cluster, type);
    ok(ret == ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, "deleted twice: %lu\n", ret);
    SetLastError(0xdeadbeef);
    enumeration = ClusterResourceTypeOpenEnum(cluster, type, CLUSTER_RESOURCE_TYPE_ENUM_RESOURCES);
    ok(!enumeration && GetLastError() == ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, "deleted type: %p, %lu\n",
       enumeration, GetLastError());
}

static void check_cluster_name(const WCHAR *expect)
{
    WCHAR name[64];
    DWORD ret, size = ARRAY_SIZE(name), type;
    HKEY root;

    ret = GetClusterInformation(cluster, name, &size, NULL);
    ok(ret == ERROR_SUCCESS && !wcscmp(name, expect) && size == wcslen(expect), "name %s (%lu): %lu\n",
       wine_dbgstr_w(name), size, ret);
    if (!(root = GetClusterKey(cluster, KEY_READ))) return;
    size = sizeof(name);
    ret = ClusterRegQueryValue(root, L"ClusterName", &type, (BYTE *)name, &size);
    ok(ret == ERROR_SUCCESS && type == REG_SZ && !wcscmp(name, expect), "registry name %s: %lu\n", wine_dbgstr_w(name), ret);
    ClusterRegCloseKey(root);
}

/* SetClusterName stores the name; it takes effect when the core network
 * name resource comes back online (SDK SetClusterName remarks). */
static void test_set_cluster_name(void)
{
    HRESOURCE name_resource = OpenClusterResource(cluster, L"Cluster Name");
    DWORD ret;

    ok(name_resource != NULL, "OpenClusterResource failed: %lu\n", GetLastError());
    if (!name_resource) return;

    ret = SetClusterName(cluster, L"WINECLUSTER");
    ok(ret == ERROR_RESOURCE_PROPERTIES_STORED, "SetClusterName: %lu\n", ret);
    check_cluster_name(L"FSCLUSTER");

    /* Names a cluster cannot have: empty, not a DNS label, a node's. */
    ret = SetClusterName(cluster, L"");
    ok(ret == ERROR_INVALID_NAME, "empty name: %lu\n", ret);
    ret = SetClusterName(cluster, L"bad name!");
    ok(ret == ERROR_INVALID_NAME, "not a DNS label: %lu\n", ret);
    ret = SetClusterName(cluster, L"node2");
    ok(ret == ERROR_INVALID_NAME, "a node's name: %lu\n", ret);

    /* The network name goes offline and comes back: the new name is the cluster's. */
    ret = OfflineClusterResource(name_resource);
    ok_accepted(ret, "OfflineClusterResource");
    ok(wait_resource(name_resource, ClusterResourceOffline), "Cluster Name did not go offline\n");
    check_cluster_name(L"FSCLUSTER");
    ret = OnlineClusterResource(name_resource);
    ok_accepted(ret, "OnlineClusterResource");
    ok(wait_resource(name_resource, ClusterResourceOnline), "Cluster Name did not come online\n");
    check_cluster_name(L"WINECLUSTER");

    /* And back, through a restart. */
    ret = SetClusterName(cluster, L"FSCLUSTER");
    ok(ret == ERROR_RESOURCE_PROPERTIES_STORED, "SetClusterName: %lu\n", ret);
    check_cluster_name(L"WINECLUSTER");
    ret = RestartClusterResource(name_resource, 0);
    ok_accepted(ret, "RestartClusterResource");
    ok(wait_resource(name_resource, ClusterResourceOnline), "Cluster Name did not come back\n");
    check_cluster_name(L"FSCLUSTER");

    /* Its own name: stored, nothing pending; a restart changes nothing. */
    ret = SetClusterName(cluster, L"FSCLUSTER");
    ok(ret == ERROR_RESOURCE_PROPERTIES_STORED, "SetClusterName: %lu\n", ret);
    ret = RestartClusterResource(name_resource, 0);
    ok_accepted(ret, "RestartClusterResource");
    ok(wait_resource(name_resource, ClusterResourceOnline), "Cluster Name did not come back\n");
    check_cluster_name(L"FSCLUSTER");
    CloseClusterResource(name_resource);
}

/* Last: node2 leaves the cluster for good. */
static void test_evict(void)
{
    HNETINTERFACEENUM interfaces;
    WCHAR names[256];
    HNODE node;
    DWORD ret;

    /* FS1 on node2 when node2 goes: it comes back on node1. */
    ret = MoveClusterGroup(fs1, node2);
    ok_accepted(ret, "MoveClusterGroup");
    ok(wait_group(fs1, ClusterGroupOnline, L"node2"), "FS1 did not move to node2\n");

    ret = EvictClusterNode(node2);
    ok(ret == ERROR_SUCCESS, "EvictClusterNode: %lu\n", ret);
    ok(wait_group(fs1, ClusterGroupOnline, L"node1"), "FS1 is not back on node1\n");

    cluster_enum_names(CLUSTER_ENUM_NODE, names, ARRAY_SIZE(names));
    ok(!wcscmp(names, L"node1"), "nodes %s\n", wine_dbgstr_w(names));
    group_enum_names(fs1, CLUSTER_GROUP_ENUM_NODES, names, ARRAY_SIZE(names));
    ok(!wcscmp(names, L"node1"), "FS1's preferred owners %s\n", wine_dbgstr_w(names));
    interfaces = ClusterNetInterfaceOpenEnum(cluster, NULL, NULL);
    ok(interfaces != NULL, "ClusterNetInterfaceOpenEnum failed: %lu\n", GetLastError());
    if (interfaces)
    {
        DWORD size = ARRAY_SIZE(names), i, count = 0;

        for (i = 0; size = ARRAY_SIZE(names), !ClusterNetInterfaceEnum(interfaces, i, names, &size); i++)
        {
            ok(!wcsncmp(names, L"node1 - ", 8), "interface %s\n", wine_dbgstr_w(names));
            count++;
        }
        ok(count == 2, "%lu interfaces\n", count);
        ClusterNetInterfaceCloseEnum(interfaces);
    }

    SetLastError(0xdeadbeef);
    node = OpenClusterNode(cluster, L"node2");
    ok(!node && GetLastError() == ERROR_CLUSTER_NODE_NOT_FOUND, "open evicted node: %p, %lu\n", node, GetLastError());
    if (node) CloseClusterNode(node);

    /* The handle stays a valid handle, of a node that is gone. */
    SetLastError(0xdeadbeef);
    ret = GetClusterNodeState(node2);
    ok(ret == (DWORD)ClusterNodeStateUnknown && GetLastError() == ERROR_NODE_NOT_AVAILABLE, "evicted node's state: %ld, %lu\n",
       (LONG)ret, GetLastError());
    ret = EvictClusterNode(node2);
    ok(ret == ERROR_NODE_NOT_AVAILABLE, "evicted twice: %lu\n", ret);

    /* node1 is the last node: a cluster without nodes is destroyed, not evicted. */
    ret = EvictClusterNode(node1);
    ok(ret == ERROR_NOT_SUPPORTED, "evict the last node: %lu\n", ret);
}

START_TEST(changes)
{
    DWORD len = GetEnvironmentVariableW(L"CLUSAPI_TEST_ADDRESS", server_address, ARRAY_SIZE(server_address));
    char **argv;

    if (!len || len >= ARRAY_SIZE(server_address)) lstrcpyW(server_address, L"127.0.0.1");
    if (winetest_get_mainargs(&argv) < 2)
    {
        skip("changes evicts a node: run it alone against a cluster of its own (tests/run-all does)\n");
        return;
    }
    if (!GetEnvironmentVariableW(L"WINECLUSAPI_PORT", NULL, 0))
    {
        skip("no simulated cluster: set WINECLUSAPI_PORT (tests/run-all does)\n");
        return;
    }
    cluster = OpenCluster(server_address);
    ok(cluster != NULL, "OpenCluster failed: %lu\n", GetLastError());
    if (!cluster) return;
    node1 = OpenClusterNode(cluster, L"node1");
    node2 = OpenClusterNode(cluster, L"node2");
    fs1 = OpenClusterGroup(cluster, L"FS1");
    ok(node1 && node2 && fs1, "open failed: %lu\n", GetLastError());
    if (node1 && node2 && fs1)
    {
        test_group_ex();
        test_resource_ex();
        test_restart();
        test_cancel();
        test_node_list();
        test_dependency_expression();
        test_quorum();
        test_resource_types();
        test_set_cluster_name();
        test_evict();
    }
    if (fs1) CloseClusterGroup(fs1);
    if (node2) CloseClusterNode(node2);
    if (node1) CloseClusterNode(node1);
    CloseCluster(cluster);
}
