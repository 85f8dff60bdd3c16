/*
 * The bad-input matrix of every implemented clusapi export (issue 4), against
 * the simulated cluster of server/examples/two-node.conf:
 *
 *   - every handle parameter gets NULL, a closed handle, forged values, a
 *     live handle of every other type (27 types: objects, enumerations, both
 *     versions of notification ports, registry batches and their replies,
 *     ports and notifications) and, where it goes with a second handle, one
 *     of another connection: ERROR_INVALID_HANDLE, reported the way the
 *     export's return type reports errors (docs/exports.md); a handle closed
 *     by another thread while in use is never dereferenced;
 *   - NULL pointers that are not optional: ERROR_INVALID_PARAMETER, and a bad
 *     handle is reported before a bad argument; a refused call changes
 *     nothing (a batch, a reply's position, the registry);
 *   - every string getter: NULL size, size query, short, exact and large
 *     buffers (characters, the NUL excluded on output);
 *   - the byte getters (registry data, controls): bytes, NUL included;
 *   - the Ex enumerations' items: bytes, the size they need;
 *   - unknown names: the object kind's "not found" code;
 *   - the exports not implemented yet: ERROR_CALL_NOT_IMPLEMENTED, whatever
 *     they are given;
 *   - coverage: every export of the DLL is in the matrix or in the table of
 *     unimplemented ones, so that an export implemented later cannot be
 *     left out.
 *
 * One table row per (export, parameter) and one driver per kind of check.
 * Whatever might change the cluster by mistake works on a group and a
 * resource of this test's own ("Badinput Group"), deleted at the end, so the
 * other tests sharing the cluster see the example's state.
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

#define SCRATCH_GROUP    L"Badinput Group"
#define SCRATCH_RESOURCE L"Badinput Resource"
#define SCRATCH_KEY      L"Badinput Key"
#define SCRATCH_SET      L"Badinput Set"

static WCHAR server_address[64] = L"127.0.0.1";

/* ---- the handle types, and a live handle of each ---- */

enum kind
{
    K_CLUSTER, K_NODE, K_GROUP, K_RESOURCE, K_NETWORK, K_NETIF, K_KEY, K_NOTIFY,
    K_CLUSENUM, K_CLUSENUMEX, K_NODEENUM, K_NODEENUMEX, K_GROUPENUM, K_RESENUM, K_NETWORKENUM,
    K_RESTYPEENUM, K_NETIFENUM,
    K_GROUPSET, K_GROUPSETENUM, K_GROUPENUMEX, K_RESENUMEX, K_NOTIFYV2,
    K_REGBATCH, K_READBATCH, K_READREPLY, K_BATCHPORT, K_BATCHNOTIFICATION,
    K_COUNT
};

static const char *const kind_names[K_COUNT] =
{
    "cluster", "node", "group", "resource", "network", "netinterface", "key", "notify port",
    "cluster enum", "cluster enum ex", "node enum", "node enum ex", "group enum", "resource enum",
    "network enum", "resource type enum", "netinterface enum",
    "group set", "group set enum", "group enum ex", "resource enum ex", "notify port v2",
    "registry batch", "read batch", "read batch reply", "batch notify port", "batch notification",
};

#define B(kind) (1u << K_##kind)

/* Live handles of each kind: the cluster, node1, the scratch group and
 * resource, "Cluster Network 1", "node1 - Ethernet", the scratch key... */
static HANDLE live[K_COUNT];
/* ...and a handle of each kind opened and closed again... */
static HANDLE closed[K_COUNT];
/* ...and node1, FS1 and "Network Name" opened through another connection. */
static HCLUSTER other_cluster;
static HANDLE foreign[K_COUNT];

#define cluster  ((HCLUSTER)live[K_CLUSTER])
#define node     ((HNODE)live[K_NODE])
#define group    ((HGROUP)live[K_GROUP])
#define resource ((HRESOURCE)live[K_RESOURCE])
#define network  ((HNETWORK)live[K_NETWORK])
#define netif    ((HNETINTERFACE)live[K_NETIF])
#define key      ((HKEY)live[K_KEY])
#define port     ((HCHANGE)live[K_NOTIFY])
#define groupset ((HGROUPSET)live[K_GROUPSET])
#define port2    ((HCHANGE)live[K_NOTIFYV2])
#define batch    ((HREGBATCH)live[K_REGBATCH])
#define batch_port ((HREGBATCHPORT)live[K_BATCHPORT])

/* A read batch reply: the scratch key's value, read through a batch. */
static HREGREADBATCHREPLY open_reply(void)
{
    HREGREADBATCHREPLY reply = NULL;
    HREGREADBATCH read_batch;

    if (ClusterRegCreateReadBatch(key, &read_batch)) return NULL;
    ClusterRegReadBatchAddCommand(read_batch, NULL, L"Value");
    if (ClusterRegCloseReadBatch(read_batch, &reply)) return NULL;
    return reply;
}

/* A batch notification: the batch port sees a batch that rewrites the
 * scratch key's value as it is (queued before it is fetched, so the fetch
 * does not wait). */
static HREGBATCHNOTIFICATION open_batch_notification(void)
{
    HREGBATCHNOTIFICATION notification = NULL;
    HREGBATCH writer;
    INT failed;

    if (ClusterRegCreateBatch(key, &writer)) return NULL;
    ClusterRegBatchAddCommand(writer, CLUSREG_SET_VALUE, L"Value", REG_SZ, L"badinput", sizeof(L"badinput"));
    if (ClusterRegCloseBatch(writer, TRUE, &failed)) return NULL;
    if (ClusterRegGetBatchNotification(batch_port, &notification)) return NULL;
    return notification;
}

static HANDLE open_kind(enum kind kind)
{
    HANDLE result = NULL;

    switch (kind)
    {
    case K_CLUSTER:      return OpenCluster(server_address);
    case K_NODE:         return OpenClusterNode(cluster, L"node1");
    case K_GROUP:        return OpenClusterGroup(cluster, SCRATCH_GROUP);
    case K_RESOURCE:     return OpenClusterResource(cluster, SCRATCH_RESOURCE);
    case K_NETWORK:      return OpenClusterNetwork(cluster, L"Cluster Network 1");
    case K_NETIF:        return OpenClusterNetInterface(cluster, L"node1 - Ethernet");
    case K_KEY:
    {
        HKEY root = GetClusterKey(cluster, KEY_ALL_ACCESS), new_key = NULL;

        if (root)
        {
            if (ClusterRegCreateKey(root, SCRATCH_KEY, 0, KEY_ALL_ACCESS, NULL, &new_key, NULL)) new_key = NULL;
            ClusterRegCloseKey(root);
        }
        return new_key;
    }
    case K_NOTIFY:       return CreateClusterNotifyPort(INVALID_HANDLE_VALUE, INVALID_HANDLE_VALUE, 0, 0);
    case K_CLUSENUM:     return ClusterOpenEnum(cluster, CLUSTER_ENUM_NODE);
    case K_CLUSENUMEX:   return ClusterOpenEnumEx(cluster, CLUSTER_ENUM_NODE, NULL);
    case K_NODEENUM:     return ClusterNodeOpenEnum(node, CLUSTER_NODE_ENUM_NETINTERFACES);
    case K_NODEENUMEX:   return ClusterNodeOpenEnumEx(node, CLUSTER_NODE_ENUM_GROUPS, NULL);
    case K_GROUPENUM:    return ClusterGroupOpenEnum(group, CLUSTER_GROUP_ENUM_CONTAINS);
    case K_RESENUM:      return ClusterResourceOpenEnum(resource, CLUSTER_RESOURCE_ENUM_NODES);
    case K_NETWORKENUM:  return ClusterNetworkOpenEnum(network, CLUSTER_NETWORK_ENUM_NETINTERFACES);
    case K_RESTYPEENUM:  return ClusterResourceTypeOpenEnum(cluster, L"IP Address", CLUSTER_RESOURCE_TYPE_ENUM_NODES);
    case K_NETIFENUM:    return ClusterNetInterfaceOpenEnum(cluster, NULL, NULL);
    case K_GROUPSET:     return OpenClusterGroupSet(cluster, SCRATCH_SET);
    case K_GROUPSETENUM: return ClusterGroupSetOpenEnum(cluster);
    case K_GROUPENUMEX:  return ClusterGroupOpenEnumEx(cluster, NULL, 0, NULL, 0, 0);
    case K_RESENUMEX:    return ClusterResourceOpenEnumEx(cluster, NULL, 0, NULL, 0, 0);
    case K_NOTIFYV2:     return CreateClusterNotifyPortV2(INVALID_HANDLE_VALUE, INVALID_HANDLE_VALUE, NULL, 0, 0);
    /* the LONG creators leave *result NULL when they fail */
    case K_REGBATCH:     return ClusterRegCreateBatch(key, (HREGBATCH *)&result) ? NULL : result;
    case K_READBATCH:    return ClusterRegCreateReadBatch(key, (HREGREADBATCH *)&result) ? NULL : result;
    case K_READREPLY:    return open_reply();
    case K_BATCHPORT:    return ClusterRegCreateBatchNotifyPort(key, (HREGBATCHPORT *)&result) ? NULL : result;
    case K_BATCHNOTIFICATION: return open_batch_notification();
    case K_COUNT:        break;
    }
    return NULL;
}

/* Closes a handle of kind; what the close function answers. */
static DWORD close_kind(enum kind kind, HANDLE handle)
{
    switch (kind)
    {
    case K_CLUSTER:      return CloseCluster(handle) ? ERROR_SUCCESS : GetLastError();
    case K_NODE:         return CloseClusterNode(handle) ? ERROR_SUCCESS : GetLastError();
    case K_GROUP:        return CloseClusterGroup(handle) ? ERROR_SUCCESS : GetLastError();
    case K_RESOURCE:     return CloseClusterResource(handle) ? ERROR_SUCCESS : GetLastError();
    case K_NETWORK:      return CloseClusterNetwork(handle) ? ERROR_SUCCESS : GetLastError();
    case K_NETIF:        return CloseClusterNetInterface(handle) ? ERROR_SUCCESS : GetLastError();
    case K_KEY:          return ClusterRegCloseKey(handle);
    case K_NOTIFY:       return CloseClusterNotifyPort(handle) ? ERROR_SUCCESS : GetLastError();
    case K_CLUSENUM:     return ClusterCloseEnum(handle);
    case K_CLUSENUMEX:   return ClusterCloseEnumEx(handle);
    case K_NODEENUM:     return ClusterNodeCloseEnum(handle);
    case K_NODEENUMEX:   return ClusterNodeCloseEnumEx(handle);
    case K_GROUPENUM:    return ClusterGroupCloseEnum(handle);
    case K_RESENUM:      return ClusterResourceCloseEnum(handle);
    case K_NETWORKENUM:  return ClusterNetworkCloseEnum(handle);
    case K_RESTYPEENUM:  return ClusterResourceTypeCloseEnum(handle);
    case K_NETIFENUM:    return ClusterNetInterfaceCloseEnum(handle);
    case K_GROUPSET:     return CloseClusterGroupSet(handle) ? ERROR_SUCCESS : GetLastError();
    case K_GROUPSETENUM: return ClusterGroupSetCloseEnum(handle);
    case K_GROUPENUMEX:  return ClusterGroupCloseEnumEx(handle);
    case K_RESENUMEX:    return ClusterResourceCloseEnumEx(handle);
    case K_NOTIFYV2:     return CloseClusterNotifyPort(handle) ? ERROR_SUCCESS : GetLastError();
    case K_REGBATCH:     return ClusterRegCloseBatch(handle, FALSE, NULL);
    case K_READBATCH:
    {
        /* runs the batch: its reply is closed too */
        HREGREADBATCHREPLY reply = NULL;
        LONG ret = ClusterRegCloseReadBatch(handle, &reply);

        if (reply) ClusterRegCloseReadBatchReply(reply);
        return ret;
    }
    case K_READREPLY:    return ClusterRegCloseReadBatchReply(handle);
    case K_BATCHPORT:    return ClusterRegCloseBatchNotifyPort(handle);
    case K_BATCHNOTIFICATION: return ClusterRegBatchCloseNotification(handle);
    case K_COUNT:        break;
    }
    return ERROR_INVALID_PARAMETER;
}

/* ---- the error of a call, whatever its return type (docs/exports.md) ---- */

/* A handle-returning call: NULL and the last error; a handle it should not
 * have given is closed again (the failure is the row's). */
static DWORD handle_error(HANDLE handle, enum kind kind)
{
    DWORD error = GetLastError();

    if (!handle) return error;
    close_kind(kind, handle);
    return ERROR_SUCCESS;
}

static DWORD bool_error(BOOL ret)
{
    return ret ? ERROR_SUCCESS : GetLastError();
}

/* The state getters: ...StateUnknown (-1) and the last error. */
static DWORD state_error(DWORD state)
{
    return state == (DWORD)-1 ? GetLastError() : ERROR_SUCCESS;
}

/* The enumeration counts: 0 and the last error. */
static DWORD count_error(DWORD count)
{
    return count ? ERROR_SUCCESS : GetLastError();
}

/* A LONG registry call that opens a key into opened_key. */
static HKEY opened_key;
static DWORD key_error(LONG ret)
{
    if (!ret && opened_key) ClusterRegCloseKey(opened_key);
    opened_key = NULL;
    return ret;
}

/* Scratch arguments of the calls under test. */
static WCHAR text[256];
static BYTE data[512];
static DWORD size, type, count;
static DWORD_PTR notify_key;
static CLUSTER_ENUM_ITEM *item = (CLUSTER_ENUM_ITEM *)data;
static SECURITY_DESCRIPTOR descriptor;
static SECURITY_DESCRIPTOR bad_descriptor;   /* all zero: revision 0 is no revision */
static SECURITY_ATTRIBUTES bad_attributes = { sizeof(SECURITY_ATTRIBUTES), &bad_descriptor, FALSE };
static HANDLE handle_list[1];
static NOTIFY_FILTER_AND_TYPE group_filter = { CLUSTER_OBJECT_TYPE_GROUP, CLUSTER_CHANGE_GROUP_STATE_V2 };
static NOTIFY_FILTER_AND_TYPE notify_filter;
static NOTIFY_FILTER_AND_TYPE bad_filter = { 0x77, 1 };   /* no such object type */
static HRESULT cleanup_status;
static INT failed;
static HANDLE event;
static CLUSTER_READ_BATCH_COMMAND read_command;
static CLUSTER_BATCH_COMMAND batch_command;

/* A LONG call that makes an object of kind into new_object: closed again if
 * it should not have been made (the failure is the row's). */
static HANDLE new_object;
static DWORD made(LONG ret, enum kind kind)
{
    if (!ret && new_object) close_kind(kind, new_object);
    new_object = NULL;
    return ret;
}

#define TEXT_SIZE (size = ARRAY_SIZE(text))
#define DATA_SIZE (size = sizeof(data))

/* ---- 1. the handle matrix ----
 * X(label, kind under test, other kinds it accepts, flags, the call's error for handle h):
 * NULL_OK, NULL means something for this parameter ("any node", "this node");
 * SECOND, the handle goes with another one, which must be of the same
 * connection (handles of two HCLUSTERs do not mix, SDK OpenCluster remarks);
 * NULL_PARAMETER, the SDK documents ERROR_INVALID_PARAMETER for a NULL one.
 * A label is the export's name, or the name, '_' and what the row is about:
 * test_coverage() reads them. */
#define NULL_OK        1
#define SECOND         2
#define NULL_PARAMETER 4
#define HANDLE_ROWS(X) \
    /* clusters */ \
    X(CloseCluster,                  CLUSTER, 0, 0, bool_error(CloseCluster(h))) \
    X(GetClusterInformation,         CLUSTER, 0, 0, (TEXT_SIZE, GetClusterInformation(h, text, &size, NULL))) \
    X(SetClusterName,                CLUSTER, 0, 0, SetClusterName(h, L"FSCLUSTER")) \
    X(GetClusterQuorumResource,      CLUSTER, 0, 0, (TEXT_SIZE, count = 64, \
                                     GetClusterQuorumResource(h, text, &size, text + 128, &count, &type))) \
    X(CreateClusterResourceType,     CLUSTER, 0, 0, CreateClusterResourceType(h, L"Badinput Type", L"Badinput", \
                                                                                 L"badinput.dll", 5000, 60000)) \
    X(DeleteClusterResourceType,     CLUSTER, 0, 0, DeleteClusterResourceType(h, L"Badinput Type")) \
    X(GetClusterNetInterface,        CLUSTER, 0, 0, (TEXT_SIZE, GetClusterNetInterface(h, L"node1", \
                                                         L"Cluster Network 1", text, &size))) \
    X(OpenClusterNode,               CLUSTER, 0, 0, handle_error(OpenClusterNode(h, L"node1"), K_NODE)) \
    X(OpenClusterNodeEx,             CLUSTER, 0, 0, handle_error(OpenClusterNodeEx(h, L"node1", GENERIC_READ, &type), K_NODE)) \
    X(OpenClusterGroup,              CLUSTER, 0, 0, handle_error(OpenClusterGroup(h, L"FS1"), K_GROUP)) \
    X(OpenClusterGroupEx,            CLUSTER, 0, 0, handle_error(OpenClusterGroupEx(h, L"FS1", GENERIC_READ, &type), K_GROUP)) \
    X(OpenClusterResource,           CLUSTER, 0, 0, handle_error(OpenClusterResource(h, L"Network Name"), K_RESOURCE)) \
    X(OpenClusterResourceEx,         CLUSTER, 0, 0, handle_error(OpenClusterResourceEx(h, L"Network Name", \
                                                                                         GENERIC_READ, &type), K_RESOURCE)) \
    X(OpenClusterNetwork,            CLUSTER, 0, 0, handle_error(OpenClusterNetwork(h, L"Cluster Network 1"), K_NETWORK)) \
    X(OpenClusterNetworkEx,          CLUSTER, 0, 0, handle_error(OpenClusterNetworkEx(h, L"Cluster Network 1", \
                                                                                        GENERIC_READ, &type), K_NETWORK)) \
    X(OpenClusterNetInterface,       CLUSTER, 0, 0, handle_error(OpenClusterNetInterface(h, L"node1 - Ethernet"), K_NETIF)) \
    X(OpenClusterNetInterfaceEx,     CLUSTER, 0, 0, handle_error(OpenClusterNetInterfaceEx(h, L"node1 - Ethernet", \
                                                                                             GENERIC_READ, &type), K_NETIF)) \
    X(CreateClusterGroup,            CLUSTER, 0, 0, handle_error(CreateClusterGroup(h, L"Badinput Other"), K_GROUP)) \
    X(ClusterOpenEnum,               CLUSTER, 0, 0, handle_error(ClusterOpenEnum(h, CLUSTER_ENUM_NODE), K_CLUSENUM)) \
    X(ClusterOpenEnumEx,             CLUSTER, 0, 0, handle_error(ClusterOpenEnumEx(h, CLUSTER_ENUM_NODE, NULL), K_CLUSENUMEX)) \
    X(ClusterResourceTypeOpenEnum,   CLUSTER, 0, 0, handle_error(ClusterResourceTypeOpenEnum(h, L"IP Address", \
                                                         CLUSTER_RESOURCE_TYPE_ENUM_NODES), K_RESTYPEENUM)) \
    X(ClusterNetInterfaceOpenEnum,   CLUSTER, 0, 0, handle_error(ClusterNetInterfaceOpenEnum(h, NULL, NULL), K_NETIFENUM)) \
    X(GetClusterKey,                 CLUSTER, 0, 0, handle_error(GetClusterKey(h, KEY_READ), K_KEY)) \
    X(GetClusterResourceTypeKey,     CLUSTER, 0, 0, handle_error(GetClusterResourceTypeKey(h, L"IP Address", KEY_READ), K_KEY)) \
    X(ClusterControl,                CLUSTER, 0, 0, ClusterControl(h, NULL, CLUSCTL_CLUSTER_GET_FQDN, NULL, 0, \
                                                                       data, sizeof(data), &size)) \
    X(ClusterResourceTypeControl,    CLUSTER, 0, 0, ClusterResourceTypeControl(h, L"IP Address", NULL, \
                                     CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS, NULL, 0, data, sizeof(data), &size)) \
    X(CreateClusterNotifyPort_cluster, CLUSTER, 0, 0, handle_error(CreateClusterNotifyPort(INVALID_HANDLE_VALUE, h, \
                                                         CLUSTER_CHANGE_GROUP_STATE, 1), K_NOTIFY)) \
    /* nodes */ \
    X(CloseClusterNode,              NODE, 0, 0, bool_error(CloseClusterNode(h))) \
    X(GetClusterFromNode,            NODE, 0, 0, handle_error(GetClusterFromNode(h), K_CLUSTER)) \
    X(GetClusterNodeState,           NODE, 0, 0, state_error(GetClusterNodeState(h))) \
    X(GetClusterNodeId,              NODE, 0, 0, (TEXT_SIZE, GetClusterNodeId(h, text, &size))) \
    X(PauseClusterNode,              NODE, 0, 0, PauseClusterNode(h)) \
    X(ResumeClusterNode,             NODE, 0, 0, ResumeClusterNode(h)) \
    X(EvictClusterNode,              NODE, 0, 0, EvictClusterNode(h)) \
    X(ClusterNodeOpenEnum,           NODE, 0, 0, handle_error(ClusterNodeOpenEnum(h, CLUSTER_NODE_ENUM_GROUPS), K_NODEENUM)) \
    X(ClusterNodeOpenEnumEx,         NODE, 0, 0, handle_error(ClusterNodeOpenEnumEx(h, CLUSTER_NODE_ENUM_GROUPS, NULL), \
                                                                  K_NODEENUMEX)) \
    X(GetClusterNodeKey,             NODE, 0, 0, handle_error(GetClusterNodeKey(h, KEY_READ), K_KEY)) \
    X(ClusterNodeControl,            NODE, 0, 0, ClusterNodeControl(h, NULL, CLUSCTL_NODE_GET_NAME, NULL, 0, \
                                                                        data, sizeof(data), &size)) \
    /* nodes as second handles (NULL: "any node" / "this node" where allowed) */ \
    X(OnlineClusterGroup_node,       NODE, 0, NULL_OK | SECOND, OnlineClusterGroup(group, h)) \
    X(MoveClusterGroup_node,         NODE, 0, NULL_OK | SECOND, MoveClusterGroup(group, h)) \
    X(OnlineClusterGroupEx_node,     NODE, 0, NULL_OK | SECOND, OnlineClusterGroupEx(group, h, 0, NULL, 0)) \
    X(MoveClusterGroupEx_node,       NODE, 0, NULL_OK | SECOND, MoveClusterGroupEx(group, h, 0, NULL, 0)) \
    X(AddClusterResourceNode_node,   NODE, 0, SECOND, AddClusterResourceNode(resource, h)) \
    X(RemoveClusterResourceNode_node, NODE, 0, SECOND, RemoveClusterResourceNode(resource, h)) \
    X(SetClusterGroupNodeList_node,  NODE, 0, 0, (handle_list[0] = h, SetClusterGroupNodeList(group, 1, \
                                                                                                  (HNODE *)handle_list))) \
    X(ClusterControl_host,           NODE, 0, NULL_OK | SECOND, ClusterControl(cluster, h, CLUSCTL_CLUSTER_GET_FQDN, NULL, 0, \
                                                                    data, sizeof(data), &size)) \
    X(ClusterNodeControl_host,       NODE, 0, NULL_OK | SECOND, ClusterNodeControl(node, h, CLUSCTL_NODE_GET_NAME, NULL, 0, \
                                                                        data, sizeof(data), &size)) \
    X(ClusterGroupControl_host,      NODE, 0, NULL_OK | SECOND, ClusterGroupControl(group, h, CLUSCTL_GROUP_GET_NAME, NULL, 0, \
                                                                         data, sizeof(data), &size)) \
    X(ClusterResourceControl_host,   NODE, 0, NULL_OK | SECOND, ClusterResourceControl(resource, h, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, \
                                                                            data, sizeof(data), &size)) \
    X(ClusterResourceTypeControl_host, NODE, 0, NULL_OK | SECOND, ClusterResourceTypeControl(cluster, L"IP Address", h, \
                                     CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS, NULL, 0, data, sizeof(data), &size)) \
    X(ClusterNetworkControl_host,    NODE, 0, NULL_OK | SECOND, ClusterNetworkControl(network, h, CLUSCTL_NETWORK_GET_NAME, NULL, 0, \
                                                                           data, sizeof(data), &size)) \
    X(ClusterNetInterfaceControl_host, NODE, 0, NULL_OK | SECOND, ClusterNetInterfaceControl(netif, h, CLUSCTL_NETINTERFACE_GET_NAME, \
                                                                                 NULL, 0, data, sizeof(data), &size)) \
    /* groups */ \
    X(CloseClusterGroup,             GROUP, 0, 0, bool_error(CloseClusterGroup(h))) \
    X(GetClusterFromGroup,           GROUP, 0, 0, handle_error(GetClusterFromGroup(h), K_CLUSTER)) \
    X(GetClusterGroupState,          GROUP, 0, 0, (TEXT_SIZE, state_error(GetClusterGroupState(h, text, &size)))) \
    X(SetClusterGroupName,           GROUP, 0, 0, SetClusterGroupName(h, SCRATCH_GROUP)) \
    X(DeleteClusterGroup,            GROUP, 0, 0, DeleteClusterGroup(h)) \
    X(OnlineClusterGroup,            GROUP, 0, 0, OnlineClusterGroup(h, NULL)) \
    X(OfflineClusterGroup,           GROUP, 0, 0, OfflineClusterGroup(h)) \
    X(MoveClusterGroup,              GROUP, 0, 0, MoveClusterGroup(h, NULL)) \
    X(CancelClusterGroupOperation,   GROUP, 0, 0, CancelClusterGroupOperation(h, 0)) \
    X(OnlineClusterGroupEx,          GROUP, 0, 0, OnlineClusterGroupEx(h, NULL, 0, NULL, 0)) \
    X(OfflineClusterGroupEx,         GROUP, 0, 0, OfflineClusterGroupEx(h, 0, NULL, 0)) \
    X(MoveClusterGroupEx,            GROUP, 0, 0, MoveClusterGroupEx(h, NULL, 0, NULL, 0)) \
    X(SetClusterGroupNodeList,       GROUP, 0, 0, (handle_list[0] = node, SetClusterGroupNodeList(h, 1, \
                                                                                                     (HNODE *)handle_list))) \
    X(ClusterGroupOpenEnum,          GROUP, 0, 0, handle_error(ClusterGroupOpenEnum(h, CLUSTER_GROUP_ENUM_CONTAINS), \
                                                                   K_GROUPENUM)) \
    X(GetClusterGroupKey,            GROUP, 0, 0, handle_error(GetClusterGroupKey(h, KEY_READ), K_KEY)) \
    X(ClusterGroupControl,           GROUP, 0, 0, ClusterGroupControl(h, NULL, CLUSCTL_GROUP_GET_NAME, NULL, 0, \
                                                                          data, sizeof(data), &size)) \
    X(CreateClusterResource,         GROUP, 0, 0, handle_error(CreateClusterResource(h, L"Badinput Other", \
                                                                   L"Generic Service", 0), K_RESOURCE)) \
    X(ChangeClusterResourceGroup_group, GROUP, 0, SECOND, ChangeClusterResourceGroup(resource, h)) \
    /* resources */ \
    X(CloseClusterResource,          RESOURCE, 0, 0, bool_error(CloseClusterResource(h))) \
    X(GetClusterFromResource,        RESOURCE, 0, 0, handle_error(GetClusterFromResource(h), K_CLUSTER)) \
    X(GetClusterResourceState,       RESOURCE, 0, 0, (TEXT_SIZE, count = ARRAY_SIZE(text) / 2, \
                                     state_error(GetClusterResourceState(h, text, &size, text + 128, &count)))) \
    X(SetClusterResourceName,        RESOURCE, 0, 0, SetClusterResourceName(h, SCRATCH_RESOURCE)) \
    X(DeleteClusterResource,         RESOURCE, 0, 0, DeleteClusterResource(h)) \
    X(OnlineClusterResource,         RESOURCE, 0, 0, OnlineClusterResource(h)) \
    X(OfflineClusterResource,        RESOURCE, 0, 0, OfflineClusterResource(h)) \
    X(FailClusterResource,           RESOURCE, 0, 0, FailClusterResource(h)) \
    X(RestartClusterResource,        RESOURCE, 0, 0, RestartClusterResource(h, 0)) \
    X(OnlineClusterResourceEx,       RESOURCE, 0, 0, OnlineClusterResourceEx(h, 0, NULL, 0)) \
    X(OfflineClusterResourceEx,      RESOURCE, 0, 0, OfflineClusterResourceEx(h, 0, NULL, 0)) \
    X(ChangeClusterResourceGroup,    RESOURCE, 0, 0, ChangeClusterResourceGroup(h, group)) \
    X(AddClusterResourceNode,        RESOURCE, 0, 0, AddClusterResourceNode(h, node)) \
    X(RemoveClusterResourceNode,     RESOURCE, 0, 0, RemoveClusterResourceNode(h, node)) \
    X(AddClusterResourceDependency,  RESOURCE, 0, 0, AddClusterResourceDependency(h, resource)) \
    X(AddClusterResourceDependency_provider, RESOURCE, 0, SECOND, AddClusterResourceDependency(resource, h)) \
    X(RemoveClusterResourceDependency, RESOURCE, 0, 0, RemoveClusterResourceDependency(h, resource)) \
    X(RemoveClusterResourceDependency_provider, RESOURCE, 0, SECOND, RemoveClusterResourceDependency(resource, h)) \
    X(CanResourceBeDependent,        RESOURCE, 0, 0, bool_error(CanResourceBeDependent(h, resource))) \
    X(CanResourceBeDependent_dependent, RESOURCE, 0, SECOND, bool_error(CanResourceBeDependent(resource, h))) \
    X(GetClusterResourceDependencyExpression, RESOURCE, 0, 0, (TEXT_SIZE, \
                                     GetClusterResourceDependencyExpression(h, text, &size))) \
    X(SetClusterResourceDependencyExpression, RESOURCE, 0, 0, SetClusterResourceDependencyExpression(h, L"")) \
    X(GetClusterResourceNetworkName, RESOURCE, 0, 0, (TEXT_SIZE, \
                                     bool_error(GetClusterResourceNetworkName(h, text, &size)))) \
    X(SetClusterQuorumResource,      RESOURCE, 0, 0, SetClusterQuorumResource(h, L"", 0)) \
    X(ClusterResourceOpenEnum,       RESOURCE, 0, 0, handle_error(ClusterResourceOpenEnum(h, CLUSTER_RESOURCE_ENUM_NODES), \
                                                                      K_RESENUM)) \
    X(GetClusterResourceKey,         RESOURCE, 0, 0, handle_error(GetClusterResourceKey(h, KEY_READ), K_KEY)) \
    X(ClusterResourceControl,        RESOURCE, 0, 0, ClusterResourceControl(h, NULL, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, \
                                                                                data, sizeof(data), &size)) \
    /* networks and interfaces */ \
    X(CloseClusterNetwork,           NETWORK, 0, 0, bool_error(CloseClusterNetwork(h))) \
    X(GetClusterFromNetwork,         NETWORK, 0, 0, handle_error(GetClusterFromNetwork(h), K_CLUSTER)) \
    X(GetClusterNetworkState,        NETWORK, 0, 0, state_error(GetClusterNetworkState(h))) \
    X(SetClusterNetworkName,         NETWORK, 0, 0, SetClusterNetworkName(h, L"Cluster Network 1")) \
    X(GetClusterNetworkId,           NETWORK, 0, 0, (TEXT_SIZE, GetClusterNetworkId(h, text, &size))) \
    X(ClusterNetworkOpenEnum,        NETWORK, 0, 0, handle_error(ClusterNetworkOpenEnum(h, \
                                                         CLUSTER_NETWORK_ENUM_NETINTERFACES), K_NETWORKENUM)) \
    X(GetClusterNetworkKey,          NETWORK, 0, 0, handle_error(GetClusterNetworkKey(h, KEY_READ), K_KEY)) \
    X(ClusterNetworkControl,         NETWORK, 0, 0, ClusterNetworkControl(h, NULL, CLUSCTL_NETWORK_GET_NAME, NULL, 0, \
                                                                              data, sizeof(data), &size)) \
    X(CloseClusterNetInterface,      NETIF, 0, 0, bool_error(CloseClusterNetInterface(h))) \
    X(GetClusterFromNetInterface,    NETIF, 0, 0, handle_error(GetClusterFromNetInterface(h), K_CLUSTER)) \
    X(GetClusterNetInterfaceState,   NETIF, 0, 0, state_error(GetClusterNetInterfaceState(h))) \
    X(GetClusterNetInterfaceKey,     NETIF, 0, 0, handle_error(GetClusterNetInterfaceKey(h, KEY_READ), K_KEY)) \
    X(ClusterNetInterfaceControl,    NETIF, 0, 0, ClusterNetInterfaceControl(h, NULL, CLUSCTL_NETINTERFACE_GET_NAME, \
                                                                                 NULL, 0, data, sizeof(data), &size)) \
    /* enumerations */ \
    X(ClusterGetEnumCount,           CLUSENUM, 0, 0, count_error(ClusterGetEnumCount(h))) \
    X(ClusterEnum,                   CLUSENUM, 0, 0, (TEXT_SIZE, ClusterEnum(h, 0, &type, text, &size))) \
    X(ClusterCloseEnum,              CLUSENUM, 0, 0, ClusterCloseEnum(h)) \
    X(ClusterGetEnumCountEx,         CLUSENUMEX, 0, 0, count_error(ClusterGetEnumCountEx(h))) \
    X(ClusterEnumEx,                 CLUSENUMEX, 0, 0, (DATA_SIZE, ClusterEnumEx(h, 0, item, &size))) \
    X(ClusterCloseEnumEx,            CLUSENUMEX, 0, 0, ClusterCloseEnumEx(h)) \
    X(ClusterNodeGetEnumCount,       NODEENUM, 0, 0, count_error(ClusterNodeGetEnumCount(h))) \
    X(ClusterNodeEnum,               NODEENUM, 0, 0, (TEXT_SIZE, ClusterNodeEnum(h, 0, &type, text, &size))) \
    X(ClusterNodeCloseEnum,          NODEENUM, 0, 0, ClusterNodeCloseEnum(h)) \
    X(ClusterNodeGetEnumCountEx,     NODEENUMEX, 0, 0, count_error(ClusterNodeGetEnumCountEx(h))) \
    X(ClusterNodeEnumEx,             NODEENUMEX, 0, 0, (DATA_SIZE, ClusterNodeEnumEx(h, 0, item, &size))) \
    X(ClusterNodeCloseEnumEx,        NODEENUMEX, 0, 0, ClusterNodeCloseEnumEx(h)) \
    X(ClusterGroupGetEnumCount,      GROUPENUM, 0, 0, count_error(ClusterGroupGetEnumCount(h))) \
    X(ClusterGroupEnum,              GROUPENUM, 0, 0, (TEXT_SIZE, ClusterGroupEnum(h, 0, &type, text, &size))) \
    X(ClusterGroupCloseEnum,         GROUPENUM, 0, 0, ClusterGroupCloseEnum(h)) \
    X(ClusterResourceGetEnumCount,   RESENUM, 0, 0, count_error(ClusterResourceGetEnumCount(h))) \
    X(ClusterResourceEnum,           RESENUM, 0, 0, (TEXT_SIZE, ClusterResourceEnum(h, 0, &type, text, &size))) \
    X(ClusterResourceCloseEnum,      RESENUM, 0, 0, ClusterResourceCloseEnum(h)) \
    X(ClusterNetworkGetEnumCount,    NETWORKENUM, 0, 0, count_error(ClusterNetworkGetEnumCount(h))) \
    X(ClusterNetworkEnum,            NETWORKENUM, 0, 0, (TEXT_SIZE, ClusterNetworkEnum(h, 0, &type, text, &size))) \
    X(ClusterNetworkCloseEnum,       NETWORKENUM, 0, 0, ClusterNetworkCloseEnum(h)) \
    X(ClusterResourceTypeGetEnumCount, RESTYPEENUM, 0, 0, count_error(ClusterResourceTypeGetEnumCount(h))) \
    X(ClusterResourceTypeEnum,       RESTYPEENUM, 0, 0, (TEXT_SIZE, ClusterResourceTypeEnum(h, 0, &type, text, &size))) \
    X(ClusterResourceTypeCloseEnum,  RESTYPEENUM, 0, 0, ClusterResourceTypeCloseEnum(h)) \
    X(ClusterNetInterfaceEnum,       NETIFENUM, 0, 0, (TEXT_SIZE, ClusterNetInterfaceEnum(h, 0, text, &size))) \
    X(ClusterNetInterfaceCloseEnum,  NETIFENUM, 0, 0, ClusterNetInterfaceCloseEnum(h)) \
    /* the cluster registry */ \
    X(ClusterRegOpenKey,             KEY, 0, 0, key_error(ClusterRegOpenKey(h, L"", KEY_READ, &opened_key))) \
    X(ClusterRegCreateKey,           KEY, 0, 0, key_error(ClusterRegCreateKey(h, L"Child", 0, KEY_ALL_ACCESS, NULL, \
                                                                                  &opened_key, NULL))) \
    X(ClusterRegCloseKey,            KEY, 0, 0, ClusterRegCloseKey(h)) \
    X(ClusterRegDeleteKey,           KEY, 0, 0, ClusterRegDeleteKey(h, L"No Such Key")) \
    X(ClusterRegDeleteValue,         KEY, 0, 0, ClusterRegDeleteValue(h, L"No Such Value")) \
    X(ClusterRegEnumKey,             KEY, 0, 0, (TEXT_SIZE, ClusterRegEnumKey(h, 0, text, &size, NULL))) \
    X(ClusterRegEnumValue,           KEY, 0, 0, (TEXT_SIZE, count = sizeof(data), \
                                     ClusterRegEnumValue(h, 0, text, &size, &type, data, &count))) \
    X(ClusterRegQueryValue,          KEY, 0, 0, (DATA_SIZE, ClusterRegQueryValue(h, L"Value", &type, data, &size))) \
    X(ClusterRegSetValue,            KEY, 0, 0, ClusterRegSetValue(h, L"Value", REG_DWORD, data, sizeof(DWORD))) \
    X(ClusterRegQueryInfoKey,        KEY, 0, 0, ClusterRegQueryInfoKey(h, &count, NULL, NULL, NULL, NULL, NULL, NULL)) \
    X(ClusterRegGetKeySecurity,      KEY, 0, 0, (DATA_SIZE, ClusterRegGetKeySecurity(h, OWNER_SECURITY_INFORMATION, \
                                                                                         data, &size))) \
    X(ClusterRegSetKeySecurity,      KEY, 0, 0, ClusterRegSetKeySecurity(h, DACL_SECURITY_INFORMATION, &descriptor)) \
    /* notification ports (INVALID_HANDLE_VALUE as a port means "a new one": not a bad handle) */ \
    X(CloseClusterNotifyPort,        NOTIFY, B(NOTIFYV2), 0, bool_error(CloseClusterNotifyPort(h))) \
    X(CreateClusterNotifyPort,       NOTIFY, 0, 0, handle_error(CreateClusterNotifyPort(h, cluster, \
                                                         CLUSTER_CHANGE_GROUP_STATE, 1), K_NOTIFY)) \
    X(RegisterClusterNotify,         NOTIFY, 0, 0, RegisterClusterNotify(h, CLUSTER_CHANGE_GROUP_STATE, group, 1)) \
    X(RegisterClusterNotify_object,  GROUP, B(CLUSTER), 0, RegisterClusterNotify(port, CLUSTER_CHANGE_GROUP_STATE, h, 1)) \
    X(RegisterClusterNotify_close,   CLUSTER, 0, 0, RegisterClusterNotify(port, CLUSTER_CHANGE_HANDLE_CLOSE, h, 1)) \
    X(GetClusterNotify,              NOTIFY, 0, 0, (TEXT_SIZE, GetClusterNotify(h, &notify_key, &type, text, &size, 0))) \
    X(GetNotifyEventHandle,          NOTIFY, B(NOTIFYV2), 0, GetNotifyEventHandle(h, &event)) \
    /* version 2 ports (a version 1 port is another kind of handle to them) */ \
    X(CreateClusterNotifyPortV2,     NOTIFYV2, 0, 0, handle_error(CreateClusterNotifyPortV2(h, cluster, &group_filter, 1, 1), \
                                                                  K_NOTIFYV2)) \
    X(CreateClusterNotifyPortV2_cluster, CLUSTER, 0, 0, handle_error(CreateClusterNotifyPortV2(INVALID_HANDLE_VALUE, h, \
                                                                  &group_filter, 1, 1), K_NOTIFYV2)) \
    X(CreateClusterNotifyPortV2_no_filters, CLUSTER, 0, 0, handle_error(CreateClusterNotifyPortV2(INVALID_HANDLE_VALUE, h, \
                                                                  NULL, 0, 1), K_NOTIFYV2)) \
    X(RegisterClusterNotifyV2,       NOTIFYV2, 0, 0, RegisterClusterNotifyV2(h, group_filter, group, 1)) \
    /* the group itself, or (untargeted) its cluster for every group */ \
    X(RegisterClusterNotifyV2_object, GROUP, B(CLUSTER), 0, RegisterClusterNotifyV2(port2, group_filter, h, 1)) \
    X(RegisterClusterResourceTypeNotifyV2, NOTIFYV2, 0, 0, RegisterClusterResourceTypeNotifyV2(h, cluster, \
                                     CLUSTER_CHANGE_RESOURCE_TYPE_DELETED_V2, L"IP Address", 1)) \
    X(RegisterClusterResourceTypeNotifyV2_cluster, CLUSTER, 0, 0, RegisterClusterResourceTypeNotifyV2(port2, h, \
                                     CLUSTER_CHANGE_RESOURCE_TYPE_DELETED_V2, L"IP Address", 1)) \
    X(GetClusterNotifyV2,            NOTIFYV2, 0, 0, (TEXT_SIZE, GetClusterNotifyV2(h, &notify_key, &notify_filter, NULL, \
                                     NULL, NULL, NULL, NULL, NULL, text, &size, NULL, NULL, 0))) \
    /* clusters, nodes, groups and resources: the later exports */ \
    X(CreateClusterGroupEx,          CLUSTER, 0, 0, handle_error(CreateClusterGroupEx(h, L"Badinput Other", NULL), K_GROUP)) \
    X(OpenClusterNodeById,           CLUSTER, 0, 0, handle_error(OpenClusterNodeById(h, 1), K_NODE)) \
    X(ClusterResourceTypeControlAsUser, CLUSTER, 0, 0, ClusterResourceTypeControlAsUser(h, L"IP Address", NULL, \
                                     CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS, NULL, 0, data, sizeof(data), &size)) \
    X(ClusterResourceTypeControlAsUser_host, NODE, 0, NULL_OK | SECOND, ClusterResourceTypeControlAsUser(cluster, \
                                     L"IP Address", h, CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS, NULL, 0, data, \
                                     sizeof(data), &size)) \
    X(PauseClusterNodeEx,            NODE, 0, 0, PauseClusterNodeEx(h, FALSE, 0, NULL)) \
    X(PauseClusterNodeEx_target,     NODE, 0, NULL_OK | SECOND, PauseClusterNodeEx(node, TRUE, 0, h)) \
    X(ResumeClusterNodeEx,           NODE, 0, 0, ResumeClusterNodeEx(h, DoNotFailbackGroups, 0)) \
    X(EvictClusterNodeEx,            NODE, 0, 0, EvictClusterNodeEx(h, 0, &cleanup_status)) \
    X(DestroyClusterGroup,           GROUP, 0, 0, DestroyClusterGroup(h)) \
    X(SetGroupDependencyExpression,  GROUP, 0, 0, SetGroupDependencyExpression(h, L"")) \
    X(RemoveClusterGroupDependency,  GROUP, 0, 0, RemoveClusterGroupDependency(h, group)) \
    X(RemoveClusterGroupDependency_provider, GROUP, 0, SECOND, RemoveClusterGroupDependency(group, h)) \
    X(ChangeClusterResourceGroupEx,  RESOURCE, 0, 0, ChangeClusterResourceGroupEx(h, group, 0)) \
    X(ChangeClusterResourceGroupEx_group, GROUP, 0, SECOND, ChangeClusterResourceGroupEx(resource, h, 0)) \
    X(ClusterResourceControlAsUser,  RESOURCE, 0, 0, ClusterResourceControlAsUser(h, NULL, CLUSCTL_RESOURCE_GET_NAME, \
                                                                       NULL, 0, data, sizeof(data), &size)) \
    X(ClusterResourceControlAsUser_host, NODE, 0, NULL_OK | SECOND, ClusterResourceControlAsUser(resource, h, \
                                     CLUSCTL_RESOURCE_GET_NAME, NULL, 0, data, sizeof(data), &size)) \
    /* group sets */ \
    X(CreateClusterGroupSet,         CLUSTER, 0, 0, handle_error(CreateClusterGroupSet(h, L"Badinput Other Set"), K_GROUPSET)) \
    X(OpenClusterGroupSet,           CLUSTER, 0, 0, handle_error(OpenClusterGroupSet(h, L"Cluster Group"), K_GROUPSET)) \
    X(CloseClusterGroupSet,          GROUPSET, 0, 0, bool_error(CloseClusterGroupSet(h))) \
    X(DeleteClusterGroupSet,         GROUPSET, 0, 0, DeleteClusterGroupSet(h)) \
    X(ClusterAddGroupToGroupSet,     GROUPSET, 0, 0, ClusterAddGroupToGroupSet(h, group)) \
    X(ClusterAddGroupToGroupSet_group, GROUP, 0, SECOND, ClusterAddGroupToGroupSet(groupset, h)) \
    X(ClusterAddGroupToGroupSetWithDomains, GROUPSET, 0, 0, ClusterAddGroupToGroupSetWithDomains(h, group, 1, 2)) \
    X(ClusterAddGroupToGroupSetWithDomains_group, GROUP, 0, SECOND, ClusterAddGroupToGroupSetWithDomains(groupset, h, 1, 2)) \
    X(ClusterRemoveGroupFromGroupSet, GROUP, 0, 0, ClusterRemoveGroupFromGroupSet(h)) \
    X(AddClusterGroupSetDependency,  GROUPSET, 0, 0, AddClusterGroupSetDependency(h, groupset)) \
    X(AddClusterGroupSetDependency_provider, GROUPSET, 0, SECOND, AddClusterGroupSetDependency(groupset, h)) \
    X(RemoveClusterGroupSetDependency, GROUPSET, 0, 0, RemoveClusterGroupSetDependency(h, groupset)) \
    X(RemoveClusterGroupSetDependency_provider, GROUPSET, 0, SECOND, RemoveClusterGroupSetDependency(groupset, h)) \
    X(SetClusterGroupSetDependencyExpression, GROUPSET, 0, 0, SetClusterGroupSetDependencyExpression(h, L"")) \
    X(AddClusterGroupToGroupSetDependency, GROUP, 0, 0, AddClusterGroupToGroupSetDependency(h, groupset)) \
    X(AddClusterGroupToGroupSetDependency_set, GROUPSET, 0, SECOND, AddClusterGroupToGroupSetDependency(group, h)) \
    X(RemoveClusterGroupToGroupSetDependency, GROUP, 0, 0, RemoveClusterGroupToGroupSetDependency(h, groupset)) \
    X(RemoveClusterGroupToGroupSetDependency_set, GROUPSET, 0, SECOND, RemoveClusterGroupToGroupSetDependency(group, h)) \
    X(ClusterGroupSetControl,        GROUPSET, 0, 0, ClusterGroupSetControl(h, NULL, CLUSCTL_GROUPSET_GET_ID, NULL, 0, \
                                                                                data, sizeof(data), &size)) \
    X(ClusterGroupSetControl_host,   NODE, 0, NULL_OK | SECOND, ClusterGroupSetControl(groupset, h, CLUSCTL_GROUPSET_GET_ID, \
                                                                    NULL, 0, data, sizeof(data), &size)) \
    X(ClusterGroupSetOpenEnum,       CLUSTER, 0, 0, handle_error(ClusterGroupSetOpenEnum(h), K_GROUPSETENUM)) \
    X(ClusterGroupSetGetEnumCount,   GROUPSETENUM, 0, 0, count_error(ClusterGroupSetGetEnumCount(h))) \
    X(ClusterGroupSetEnum,           GROUPSETENUM, 0, 0, (TEXT_SIZE, ClusterGroupSetEnum(h, 0, text, &size))) \
    X(ClusterGroupSetCloseEnum,      GROUPSETENUM, 0, 0, ClusterGroupSetCloseEnum(h)) \
    /* the Ex enumerations of groups and resources */ \
    X(ClusterGroupOpenEnumEx,        CLUSTER, 0, 0, handle_error(ClusterGroupOpenEnumEx(h, NULL, 0, NULL, 0, 0), K_GROUPENUMEX)) \
    X(ClusterGroupGetEnumCountEx,    GROUPENUMEX, 0, 0, count_error(ClusterGroupGetEnumCountEx(h))) \
    X(ClusterGroupEnumEx,            GROUPENUMEX, 0, 0, (DATA_SIZE, ClusterGroupEnumEx(h, 0, (CLUSTER_GROUP_ENUM_ITEM *)data, \
                                                                                        &size))) \
    X(ClusterGroupCloseEnumEx,       GROUPENUMEX, 0, 0, ClusterGroupCloseEnumEx(h)) \
    X(ClusterResourceOpenEnumEx,     CLUSTER, 0, 0, handle_error(ClusterResourceOpenEnumEx(h, NULL, 0, NULL, 0, 0), \
                                                                 K_RESENUMEX)) \
    X(ClusterResourceGetEnumCountEx, RESENUMEX, 0, 0, count_error(ClusterResourceGetEnumCountEx(h))) \
    X(ClusterResourceEnumEx,         RESENUMEX, 0, 0, (DATA_SIZE, ClusterResourceEnumEx(h, 0, \
                                                          (CLUSTER_RESOURCE_ENUM_ITEM *)data, &size))) \
    X(ClusterResourceCloseEnumEx,    RESENUMEX, 0, 0, ClusterResourceCloseEnumEx(h)) \
    /* registry batches, read batches and batch notification ports */ \
    X(ClusterRegCreateBatch,         KEY, 0, NULL_PARAMETER, made(ClusterRegCreateBatch(h, (HREGBATCH *)&new_object), \
                                                                  K_REGBATCH)) \
    X(ClusterRegBatchAddCommand,     REGBATCH, 0, 0, ClusterRegBatchAddCommand(h, CLUSREG_DELETE_VALUE, L"No Such Value", \
                                                                               0, NULL, 0)) \
    X(ClusterRegCloseBatch,          REGBATCH, 0, 0, ClusterRegCloseBatch(h, FALSE, &failed)) \
    X(ClusterRegCloseBatchEx,        REGBATCH, 0, 0, ClusterRegCloseBatchEx(h, 0, &failed)) \
    X(ClusterRegCreateReadBatch,     KEY, 0, 0, made(ClusterRegCreateReadBatch(h, (HREGREADBATCH *)&new_object), \
                                                     K_READBATCH)) \
    X(ClusterRegReadBatchAddCommand, READBATCH, 0, 0, ClusterRegReadBatchAddCommand(h, NULL, L"Value")) \
    X(ClusterRegCloseReadBatch,      READBATCH, 0, 0, made(ClusterRegCloseReadBatch(h, (HREGREADBATCHREPLY *)&new_object), \
                                                           K_READREPLY)) \
    X(ClusterRegCloseReadBatchEx,    READBATCH, 0, 0, made(ClusterRegCloseReadBatchEx(h, 0, \
                                                           (HREGREADBATCHREPLY *)&new_object), K_READREPLY)) \
    X(ClusterRegReadBatchReplyNextCommand, READREPLY, 0, 0, ClusterRegReadBatchReplyNextCommand(h, &read_command)) \
    X(ClusterRegCloseReadBatchReply, READREPLY, 0, 0, ClusterRegCloseReadBatchReply(h)) \
    X(ClusterRegCreateBatchNotifyPort, KEY, 0, 0, made(ClusterRegCreateBatchNotifyPort(h, (HREGBATCHPORT *)&new_object), \
                                                       K_BATCHPORT)) \
    X(ClusterRegGetBatchNotification, BATCHPORT, 0, 0, made(ClusterRegGetBatchNotification(h, \
                                                           (HREGBATCHNOTIFICATION *)&new_object), K_BATCHNOTIFICATION)) \
    X(ClusterRegBatchReadCommand,    BATCHNOTIFICATION, 0, 0, ClusterRegBatchReadCommand(h, &batch_command)) \
    X(ClusterRegBatchCloseNotification, BATCHNOTIFICATION, 0, 0, ClusterRegBatchCloseNotification(h)) \
    X(ClusterRegCloseBatchNotifyPort, BATCHPORT, 0, 0, ClusterRegCloseBatchNotifyPort(h)) \
    /* the *ForceSync registry calls */ \
    X(ClusterRegCreateKeyForceSync,  KEY, 0, 0, key_error(ClusterRegCreateKeyForceSync(h, L"Child", 0, KEY_ALL_ACCESS, NULL, \
                                                                                           &opened_key, NULL))) \
    X(ClusterRegDeleteKeyForceSync,  KEY, 0, 0, ClusterRegDeleteKeyForceSync(h, L"No Such Key")) \
    X(ClusterRegSetValueForceSync,   KEY, 0, 0, ClusterRegSetValueForceSync(h, L"Value", REG_SZ, (const BYTE *)L"badinput", \
                                                                                sizeof(L"badinput"))) \
    X(ClusterRegDeleteValueForceSync, KEY, 0, 0, ClusterRegDeleteValueForceSync(h, L"No Such Value"))

#define HANDLE_THUNK(label, kind, also, flags, call) static DWORD thunk_##label(HANDLE h) { return call; }
HANDLE_ROWS(HANDLE_THUNK)

static const struct handle_row
{
    const char *label;
    enum kind kind;
    unsigned int accepts;          /* kinds besides kind the parameter takes */
    unsigned int flags;
    DWORD (*call)(HANDLE h);
}
handle_rows[] =
{
#define HANDLE_ROW(label, kind, also, flags, call) { #label, K_##kind, B(kind) | (also), flags, thunk_##label },
    HANDLE_ROWS(HANDLE_ROW)
};

static void check_bad_handle(const struct handle_row *row, HANDLE h, const char *what, DWORD expect)
{
    DWORD error;

    winetest_push_context("%s, %s", row->label, what);
    SetLastError(0xdeadbeef);
    error = row->call(h);
    ok(error == expect, "got %lu, expected %lu\n", error, expect);
    winetest_pop_context();
}

static void test_handle_matrix(void)
{
    static const HANDLE forged[] = { (HANDLE)(ULONG_PTR)1, (HANDLE)(ULONG_PTR)0xdeadbeef, (HANDLE)~(ULONG_PTR)0x10 };
    char what[64];
    unsigned int i, k, j;

    for (i = 0; i < ARRAY_SIZE(handle_rows); i++)
    {
        const struct handle_row *row = &handle_rows[i];

        if (!(row->flags & NULL_OK))
            check_bad_handle(row, NULL, "NULL", row->flags & NULL_PARAMETER ? ERROR_INVALID_PARAMETER : ERROR_INVALID_HANDLE);
        if (row->flags & SECOND) check_bad_handle(row, foreign[row->kind], "another connection's", ERROR_INVALID_HANDLE);
        check_bad_handle(row, closed[row->kind], "closed", ERROR_INVALID_HANDLE);
        for (j = 0; j < ARRAY_SIZE(forged); j++)
        {
            sprintf(what, "forged %p", forged[j]);
            check_bad_handle(row, forged[j], what, ERROR_INVALID_HANDLE);
        }
        for (k = 0; k < K_COUNT; k++)
        {
            if (row->accepts & (1u << k) || !live[k]) continue;
            sprintf(what, "a %s handle", kind_names[k]);
            check_bad_handle(row, live[k], what, ERROR_INVALID_HANDLE);
        }
    }

    /* Closing twice: the second close sees a closed handle, for every kind. */
    for (k = 0; k < K_COUNT; k++)
    {
        HANDLE h = open_kind(k);

        winetest_push_context("%s", kind_names[k]);
        ok(h != NULL, "open failed: %lu\n", GetLastError());
        if (h)
        {
            ok(close_kind(k, h) == ERROR_SUCCESS, "first close failed\n");
            SetLastError(0xdeadbeef);
            ok(close_kind(k, h) == ERROR_INVALID_HANDLE, "second close accepted\n");
        }
        winetest_pop_context();
    }
}

/* A handle closed by another thread while this one uses it: the call either
 * sees the live node or ERROR_INVALID_HANDLE, never freed memory. */
static HANDLE volatile shared_node;
static LONG volatile closer_done;

static DWORD WINAPI closer_thread(void *arg)
{
    HNODE handle;
    int i;

    for (i = 0; i < 200; i++)
    {
        if (!(handle = OpenClusterNode(cluster, L"node1"))) break;
        shared_node = handle;
        CloseClusterNode(handle);
    }
    InterlockedExchange(&closer_done, 1);
    return 0;
}

static void test_concurrent_close(void)
{
    DWORD state, error, calls = 0, valid = 0, wrong = 0;
    HANDLE thread;

    closer_done = 0;
    thread = CreateThread(NULL, 0, closer_thread, NULL, 0, NULL);
    ok(thread != NULL, "CreateThread failed: %lu\n", GetLastError());
    if (!thread) return;
    while (!closer_done)
    {
        SetLastError(0xdeadbeef);
        state = GetClusterNodeState(shared_node);
        error = GetLastError();
        if (state == ClusterNodeUp) valid++;
        else if (state != (DWORD)ClusterNodeStateUnknown || error != ERROR_INVALID_HANDLE)
        {
            if (!wrong++) trace("state %ld, error %lu\n", (LONG)state, error);
        }
        calls++;
    }
    WaitForSingleObject(thread, INFINITE);
    CloseHandle(thread);
    ok(calls > 0 && !wrong, "%lu calls, %lu on a live handle, %lu wrong answers\n", calls, valid, wrong);
}

/* ---- 2. NULL pointers, reserved arguments and undefined flags ---- */

/* X(label, expected error, call) */
#define PARAMETER_ROWS(X) \
    X(GetClusterInformation_size,     ERROR_INVALID_PARAMETER, GetClusterInformation(cluster, text, NULL, NULL)) \
    X(GetClusterInformation_info,     ERROR_INVALID_PARAMETER, (TEXT_SIZE, ((CLUSTERVERSIONINFO *)data)->dwVersionInfoSize = 4, \
                                      GetClusterInformation(cluster, text, &size, (CLUSTERVERSIONINFO *)data))) \
    X(GetClusterQuorumResource_resource_size, ERROR_INVALID_PARAMETER, (count = 64, \
                                      GetClusterQuorumResource(cluster, text, NULL, text + 128, &count, &type))) \
    X(GetClusterQuorumResource_device_size, ERROR_INVALID_PARAMETER, (TEXT_SIZE, \
                                      GetClusterQuorumResource(cluster, text, &size, text + 128, NULL, &type))) \
    X(GetClusterQuorumResource_log_size, ERROR_INVALID_PARAMETER, (TEXT_SIZE, count = 64, \
                                      GetClusterQuorumResource(cluster, text, &size, text + 128, &count, NULL))) \
    X(GetNodeClusterState_state,      ERROR_INVALID_PARAMETER, GetNodeClusterState(NULL, NULL)) \
    X(OpenClusterNode_name,           ERROR_INVALID_PARAMETER, handle_error(OpenClusterNode(cluster, NULL), K_NODE)) \
    X(OpenClusterNodeEx_name,         ERROR_INVALID_PARAMETER, handle_error(OpenClusterNodeEx(cluster, NULL, GENERIC_READ, NULL), K_NODE)) \
    X(OpenClusterGroup_name,          ERROR_INVALID_PARAMETER, handle_error(OpenClusterGroup(cluster, NULL), K_GROUP)) \
    X(OpenClusterGroupEx_name,        ERROR_INVALID_PARAMETER, handle_error(OpenClusterGroupEx(cluster, NULL, GENERIC_READ, NULL), K_GROUP)) \
    X(OpenClusterResource_name,       ERROR_INVALID_PARAMETER, handle_error(OpenClusterResource(cluster, NULL), K_RESOURCE)) \
    X(OpenClusterResourceEx_name,     ERROR_INVALID_PARAMETER, handle_error(OpenClusterResourceEx(cluster, NULL, GENERIC_READ, NULL), \
                                                                            K_RESOURCE)) \
    X(OpenClusterNetwork_name,        ERROR_INVALID_PARAMETER, handle_error(OpenClusterNetwork(cluster, NULL), K_NETWORK)) \
    X(OpenClusterNetworkEx_name,      ERROR_INVALID_PARAMETER, handle_error(OpenClusterNetworkEx(cluster, NULL, GENERIC_READ, NULL), \
                                                                            K_NETWORK)) \
    X(OpenClusterNetInterface_name,   ERROR_INVALID_PARAMETER, handle_error(OpenClusterNetInterface(cluster, NULL), K_NETIF)) \
    X(OpenClusterNetInterfaceEx_name, ERROR_INVALID_PARAMETER, handle_error(OpenClusterNetInterfaceEx(cluster, NULL, GENERIC_READ, \
                                                                                                     NULL), K_NETIF)) \
    X(CreateClusterGroup_name,        ERROR_INVALID_PARAMETER, handle_error(CreateClusterGroup(cluster, NULL), K_GROUP)) \
    X(CreateClusterResource_name,     ERROR_INVALID_PARAMETER, handle_error(CreateClusterResource(group, NULL, L"Generic Service", 0), \
                                                                            K_RESOURCE)) \
    X(CreateClusterResource_type,     ERROR_INVALID_PARAMETER, handle_error(CreateClusterResource(group, L"Badinput Other", NULL, 0), \
                                                                            K_RESOURCE)) \
    X(SetClusterName_name,            ERROR_INVALID_PARAMETER, SetClusterName(cluster, NULL)) \
    X(SetClusterGroupName_name,       ERROR_INVALID_PARAMETER, SetClusterGroupName(group, NULL)) \
    X(SetClusterResourceName_name,    ERROR_INVALID_PARAMETER, SetClusterResourceName(resource, NULL)) \
    X(SetClusterNetworkName_name,     ERROR_INVALID_PARAMETER, SetClusterNetworkName(network, NULL)) \
    X(SetClusterGroupNodeList_nodes,  ERROR_INVALID_PARAMETER, SetClusterGroupNodeList(group, 1, NULL)) \
    X(CreateClusterResourceType_name, ERROR_INVALID_PARAMETER, CreateClusterResourceType(cluster, NULL, L"Badinput", \
                                                                                         L"badinput.dll", 5000, 60000)) \
    X(CreateClusterResourceType_display, ERROR_INVALID_PARAMETER, CreateClusterResourceType(cluster, L"Badinput Type", NULL, \
                                                                                            L"badinput.dll", 5000, 60000)) \
    X(CreateClusterResourceType_dll,  ERROR_INVALID_PARAMETER, CreateClusterResourceType(cluster, L"Badinput Type", L"Badinput", \
                                                                                         NULL, 5000, 60000)) \
    X(DeleteClusterResourceType_name, ERROR_INVALID_PARAMETER, DeleteClusterResourceType(cluster, NULL)) \
    X(GetClusterNetInterface_node,    ERROR_INVALID_PARAMETER, (TEXT_SIZE, GetClusterNetInterface(cluster, NULL, \
                                                               L"Cluster Network 1", text, &size))) \
    X(GetClusterNetInterface_network, ERROR_INVALID_PARAMETER, (TEXT_SIZE, GetClusterNetInterface(cluster, L"node1", NULL, \
                                                                                                  text, &size))) \
    X(GetClusterNetInterface_size,    ERROR_INVALID_PARAMETER, GetClusterNetInterface(cluster, L"node1", L"Cluster Network 1", \
                                                                                      text, NULL)) \
    X(ClusterResourceTypeOpenEnum_name, ERROR_INVALID_PARAMETER, handle_error(ClusterResourceTypeOpenEnum(cluster, NULL, \
                                                                 CLUSTER_RESOURCE_TYPE_ENUM_NODES), K_RESTYPEENUM)) \
    X(GetClusterResourceTypeKey_name, ERROR_INVALID_PARAMETER, handle_error(GetClusterResourceTypeKey(cluster, NULL, KEY_READ), K_KEY)) \
    X(ClusterResourceTypeControl_name, ERROR_INVALID_PARAMETER, ClusterResourceTypeControl(cluster, NULL, NULL, \
                                      CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS, NULL, 0, data, sizeof(data), &size)) \
    X(ClusterOpenEnumEx_options,      ERROR_INVALID_PARAMETER, handle_error(ClusterOpenEnumEx(cluster, CLUSTER_ENUM_NODE, data), \
                                                                            K_CLUSENUMEX)) \
    X(ClusterNodeOpenEnumEx_options,  ERROR_INVALID_PARAMETER, handle_error(ClusterNodeOpenEnumEx(node, CLUSTER_NODE_ENUM_GROUPS, \
                                                                                                 data), K_NODEENUMEX)) \
    /* Undefined enumeration bits go to the server as they are.  Windows servers refuse
     * them in ApiCreateEnum (ms-cmrp.md 4.3: 0x40, 0x80, 0x100 tested); a node's
     * enumeration SHOULD ignore them (MS-CMRP 3.1.4.2.101) and the spec is silent for
     * the other objects, where Windows ignores them as well (Samba's torture tests of
     * ApiCreateGroupResourceEnum and ApiCreateResTypeEnum, server/README.md). */ \
    X(ClusterOpenEnum_bits,           ERROR_INVALID_PARAMETER, handle_error(ClusterOpenEnum(cluster, 0x40), K_CLUSENUM)) \
    X(ClusterNodeOpenEnum_bits,       ERROR_SUCCESS,           handle_error(ClusterNodeOpenEnum(node, 0x8), K_NODEENUM)) \
    X(ClusterGroupOpenEnum_bits,      ERROR_SUCCESS,           handle_error(ClusterGroupOpenEnum(group, 0x4), K_GROUPENUM)) \
    X(ClusterResourceOpenEnum_bits,   ERROR_SUCCESS,           handle_error(ClusterResourceOpenEnum(resource, 0x8), K_RESENUM)) \
    X(ClusterNetworkOpenEnum_bits,    ERROR_SUCCESS,           handle_error(ClusterNetworkOpenEnum(network, 0x2), K_NETWORKENUM)) \
    X(ClusterResourceTypeOpenEnum_bits, ERROR_SUCCESS,         handle_error(ClusterResourceTypeOpenEnum(cluster, L"IP Address", \
                                                                                                        0x4), K_RESTYPEENUM)) \
    /* enumeration entries: the size is not optional; the type is (ClusterNetInterfaceEnum has none) */ \
    X(ClusterEnum_size,               ERROR_INVALID_PARAMETER, ClusterEnum(live[K_CLUSENUM], 0, &type, text, NULL)) \
    X(ClusterEnumEx_size,             ERROR_INVALID_PARAMETER, ClusterEnumEx(live[K_CLUSENUMEX], 0, item, NULL)) \
    X(ClusterNodeEnum_size,           ERROR_INVALID_PARAMETER, ClusterNodeEnum(live[K_NODEENUM], 0, &type, text, NULL)) \
    X(ClusterNodeEnumEx_size,         ERROR_INVALID_PARAMETER, ClusterNodeEnumEx(live[K_NODEENUMEX], 0, item, NULL)) \
    X(ClusterGroupEnum_size,          ERROR_INVALID_PARAMETER, ClusterGroupEnum(live[K_GROUPENUM], 0, &type, text, NULL)) \
    X(ClusterResourceEnum_size,       ERROR_INVALID_PARAMETER, ClusterResourceEnum(live[K_RESENUM], 0, &type, text, NULL)) \
    X(ClusterNetworkEnum_size,        ERROR_INVALID_PARAMETER, ClusterNetworkEnum(live[K_NETWORKENUM], 0, &type, text, NULL)) \
    X(ClusterResourceTypeEnum_size,   ERROR_INVALID_PARAMETER, ClusterResourceTypeEnum(live[K_RESTYPEENUM], 0, &type, text, NULL)) \
    X(ClusterNetInterfaceEnum_size,   ERROR_INVALID_PARAMETER, ClusterNetInterfaceEnum(live[K_NETIFENUM], 0, text, NULL)) \
    X(ClusterEnum_type,               ERROR_SUCCESS,           (TEXT_SIZE, ClusterEnum(live[K_CLUSENUM], 0, NULL, text, &size))) \
    X(ClusterEnum_end,                ERROR_NO_MORE_ITEMS,     (TEXT_SIZE, ClusterEnum(live[K_CLUSENUM], 2, &type, text, &size))) \
    X(ClusterEnumEx_end,              ERROR_NO_MORE_ITEMS,     (DATA_SIZE, ClusterEnumEx(live[K_CLUSENUMEX], 2, item, &size))) \
    X(ClusterNetInterfaceEnum_end,    ERROR_NO_MORE_ITEMS,     (TEXT_SIZE, ClusterNetInterfaceEnum(live[K_NETIFENUM], 4, text, &size))) \
    /* string getters of objects: the size is not optional */ \
    X(GetClusterNodeId_size,          ERROR_INVALID_PARAMETER, GetClusterNodeId(node, text, NULL)) \
    X(GetClusterNetworkId_size,       ERROR_INVALID_PARAMETER, GetClusterNetworkId(network, text, NULL)) \
    X(GetClusterResourceDependencyExpression_size, ERROR_INVALID_PARAMETER, \
                                      GetClusterResourceDependencyExpression(resource, text, NULL)) \
    X(GetClusterResourceNetworkName_size, ERROR_INVALID_PARAMETER, bool_error(GetClusterResourceNetworkName(resource, text, NULL))) \
    X(GetClusterGroupState_size,      ERROR_INVALID_PARAMETER, state_error(GetClusterGroupState(group, text, NULL))) \
    X(GetClusterResourceState_node_size, ERROR_INVALID_PARAMETER, state_error(GetClusterResourceState(resource, text, NULL, \
                                                                                                      NULL, NULL))) \
    X(GetClusterResourceState_group_size, ERROR_INVALID_PARAMETER, state_error(GetClusterResourceState(resource, NULL, NULL, \
                                                                                                       text, NULL))) \
    /* the state getters: no buffers at all is the plain state */ \
    X(GetClusterGroupState_no_buffer, ERROR_SUCCESS,           state_error(GetClusterGroupState(group, NULL, NULL))) \
    X(GetClusterResourceState_no_buffers, ERROR_SUCCESS,       state_error(GetClusterResourceState(resource, NULL, NULL, NULL, NULL))) \
    /* the Ex state changes: a reason buffer's size without the buffer */ \
    X(OnlineClusterGroupEx_buffer,    ERROR_INVALID_PARAMETER, OnlineClusterGroupEx(group, NULL, 0, NULL, 4)) \
    X(OfflineClusterGroupEx_buffer,   ERROR_INVALID_PARAMETER, OfflineClusterGroupEx(group, 0, NULL, 4)) \
    X(MoveClusterGroupEx_buffer,      ERROR_INVALID_PARAMETER, MoveClusterGroupEx(group, NULL, 0, NULL, 4)) \
    X(OnlineClusterResourceEx_buffer, ERROR_INVALID_PARAMETER, OnlineClusterResourceEx(resource, 0, NULL, 4)) \
    X(OfflineClusterResourceEx_buffer, ERROR_INVALID_PARAMETER, OfflineClusterResourceEx(resource, 0, NULL, 4)) \
    /* CancelClusterGroupOperation: dwCancelFlags_RESERVED must be 0 */ \
    X(CancelClusterGroupOperation_flags, ERROR_INVALID_PARAMETER, CancelClusterGroupOperation(group, 1)) \
    /* the registry */ \
    X(ClusterRegOpenKey_result,       ERROR_INVALID_PARAMETER, ClusterRegOpenKey(key, L"", KEY_READ, NULL)) \
    X(ClusterRegCreateKey_subkey,     ERROR_INVALID_PARAMETER, key_error(ClusterRegCreateKey(key, NULL, 0, KEY_ALL_ACCESS, NULL, \
                                                                                             &opened_key, NULL))) \
    X(ClusterRegCreateKey_result,     ERROR_INVALID_PARAMETER, ClusterRegCreateKey(key, L"Child", 0, KEY_ALL_ACCESS, NULL, NULL, NULL)) \
    X(ClusterRegDeleteKey_subkey,     ERROR_INVALID_PARAMETER, ClusterRegDeleteKey(key, NULL)) \
    X(ClusterRegSetValue_data,        ERROR_INVALID_PARAMETER, ClusterRegSetValue(key, L"Other", REG_DWORD, NULL, sizeof(DWORD))) \
    X(ClusterRegEnumKey_size,         ERROR_INVALID_PARAMETER, ClusterRegEnumKey(key, 0, text, NULL, NULL)) \
    X(ClusterRegEnumValue_name_size,  ERROR_INVALID_PARAMETER, (count = sizeof(data), \
                                      ClusterRegEnumValue(key, 0, text, NULL, &type, data, &count))) \
    X(ClusterRegEnumValue_data_size,  ERROR_INVALID_PARAMETER, (TEXT_SIZE, ClusterRegEnumValue(key, 0, text, &size, &type, data, NULL))) \
    X(ClusterRegQueryValue_size,      ERROR_INVALID_PARAMETER, ClusterRegQueryValue(key, L"Value", &type, data, NULL)) \
    X(ClusterRegQueryValue_nothing,   ERROR_SUCCESS,           ClusterRegQueryValue(key, L"Value", NULL, NULL, NULL)) \
    X(ClusterRegEnumKey_end,          ERROR_NO_MORE_ITEMS,     (TEXT_SIZE, ClusterRegEnumKey(key, 1, text, &size, NULL))) \
    X(ClusterRegEnumValue_end,        ERROR_NO_MORE_ITEMS,     (TEXT_SIZE, ClusterRegEnumValue(key, 1, text, &size, NULL, NULL, NULL))) \
    X(ClusterRegGetKeySecurity_size,  ERROR_INVALID_PARAMETER, ClusterRegGetKeySecurity(key, OWNER_SECURITY_INFORMATION, data, NULL)) \
    X(ClusterRegSetKeySecurity_sd,    ERROR_INVALID_PARAMETER, ClusterRegSetKeySecurity(key, DACL_SECURITY_INFORMATION, NULL)) \
    X(ClusterRegSetKeySecurity_bad_sd, ERROR_INVALID_SECURITY_DESCR, ClusterRegSetKeySecurity(key, DACL_SECURITY_INFORMATION, \
                                                                                           &bad_descriptor)) \
    X(ClusterRegCreateKey_bad_sd,     ERROR_INVALID_SECURITY_DESCR, key_error(ClusterRegCreateKey(key, L"Other", 0, \
                                      KEY_ALL_ACCESS, &bad_attributes, &opened_key, NULL))) \
    X(ClusterRegQueryInfoKey_nothing, ERROR_SUCCESS,           ClusterRegQueryInfoKey(key, NULL, NULL, NULL, NULL, NULL, NULL, NULL)) \
    /* notification ports */ \
    X(CreateClusterNotifyPort_cluster, ERROR_INVALID_PARAMETER, handle_error(CreateClusterNotifyPort(port, INVALID_HANDLE_VALUE, \
                                                                CLUSTER_CHANGE_GROUP_STATE, 1), K_COUNT /* the caller's */)) \
    X(GetClusterNotify_key,           ERROR_INVALID_PARAMETER, (TEXT_SIZE, GetClusterNotify(port, NULL, &type, text, &size, 0))) \
    X(GetClusterNotify_filter,        ERROR_INVALID_PARAMETER, (TEXT_SIZE, GetClusterNotify(port, &notify_key, NULL, text, &size, 0))) \
    X(GetClusterNotify_size,          ERROR_INVALID_PARAMETER, GetClusterNotify(port, &notify_key, &type, text, NULL, 0)) \
    X(GetClusterNotify_nothing_yet,   WAIT_TIMEOUT,            (TEXT_SIZE, GetClusterNotify(port, &notify_key, &type, text, &size, 0))) \
    X(GetNotifyEventHandle_event,     ERROR_INVALID_PARAMETER, GetNotifyEventHandle(port, NULL)) \
    /* the port's own event (closed with it), not signalled while nothing is queued */ \
    X(GetNotifyEventHandle_unsignalled, WAIT_TIMEOUT,          GetNotifyEventHandle(port, &event) ? ERROR_INVALID_HANDLE \
                                                               : WaitForSingleObject(event, 0)) \
    X(GetNotifyEventHandle_v2,        WAIT_TIMEOUT,            GetNotifyEventHandle(port2, &event) ? ERROR_INVALID_HANDLE \
                                                               : WaitForSingleObject(event, 0)) \
    /* version 2 ports */ \
    X(CreateClusterNotifyPortV2_filters, ERROR_INVALID_PARAMETER, handle_error(CreateClusterNotifyPortV2(INVALID_HANDLE_VALUE, \
                                                               cluster, NULL, 1, 1), K_NOTIFYV2)) \
    X(CreateClusterNotifyPortV2_object_type, ERROR_INVALID_PARAMETER, handle_error(CreateClusterNotifyPortV2( \
                                                               INVALID_HANDLE_VALUE, cluster, &bad_filter, 1, 1), K_NOTIFYV2)) \
    X(CreateClusterNotifyPortV2_cluster, ERROR_INVALID_PARAMETER, handle_error(CreateClusterNotifyPortV2(port2, \
                                                               INVALID_HANDLE_VALUE, &group_filter, 1, 1), K_COUNT /* the caller's */)) \
    X(RegisterClusterNotifyV2_object_type, ERROR_INVALID_PARAMETER, RegisterClusterNotifyV2(port2, bad_filter, group, 1)) \
    X(RegisterClusterResourceTypeNotifyV2_name, ERROR_INVALID_PARAMETER, RegisterClusterResourceTypeNotifyV2(port2, cluster, \
                                                               CLUSTER_CHANGE_RESOURCE_TYPE_DELETED_V2, NULL, 1)) \
    X(RegisterClusterResourceTypeNotifyV2_empty_name, ERROR_INVALID_PARAMETER, RegisterClusterResourceTypeNotifyV2(port2, \
                                                               cluster, CLUSTER_CHANGE_RESOURCE_TYPE_DELETED_V2, L"", 1)) \
    X(GetClusterNotifyV2_key,         ERROR_INVALID_PARAMETER, GetClusterNotifyV2(port2, NULL, NULL, NULL, NULL, NULL, NULL, \
                                                               NULL, NULL, NULL, NULL, NULL, NULL, 0)) \
    X(GetClusterNotifyV2_buffer_size, ERROR_INVALID_PARAMETER, GetClusterNotifyV2(port2, &notify_key, NULL, data, NULL, NULL, \
                                                               NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0)) \
    X(GetClusterNotifyV2_object_id_size, ERROR_INVALID_PARAMETER, GetClusterNotifyV2(port2, &notify_key, NULL, NULL, NULL, \
                                                               text, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0)) \
    X(GetClusterNotifyV2_parent_id_size, ERROR_INVALID_PARAMETER, GetClusterNotifyV2(port2, &notify_key, NULL, NULL, NULL, \
                                                               NULL, NULL, text, NULL, NULL, NULL, NULL, NULL, 0)) \
    X(GetClusterNotifyV2_name_size,   ERROR_INVALID_PARAMETER, GetClusterNotifyV2(port2, &notify_key, NULL, NULL, NULL, NULL, \
                                                               NULL, NULL, NULL, text, NULL, NULL, NULL, 0)) \
    X(GetClusterNotifyV2_type_size,   ERROR_INVALID_PARAMETER, GetClusterNotifyV2(port2, &notify_key, NULL, NULL, NULL, NULL, \
                                                               NULL, NULL, NULL, NULL, NULL, text, NULL, 0)) \
    X(GetClusterNotifyV2_nothing_yet, WAIT_TIMEOUT,            GetClusterNotifyV2(port2, &notify_key, NULL, NULL, NULL, NULL, \
                                                               NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0)) \
    /* group sets, groups and nodes */ \
    X(CreateClusterGroupSet_name,     ERROR_INVALID_PARAMETER, handle_error(CreateClusterGroupSet(cluster, NULL), K_GROUPSET)) \
    X(OpenClusterGroupSet_name,       ERROR_INVALID_PARAMETER, handle_error(OpenClusterGroupSet(cluster, NULL), K_GROUPSET)) \
    X(CreateClusterGroupEx_name,      ERROR_INVALID_PARAMETER, handle_error(CreateClusterGroupEx(cluster, NULL, NULL), K_GROUP)) \
    X(ClusterGroupSetEnum_size,       ERROR_INVALID_PARAMETER, ClusterGroupSetEnum(live[K_GROUPSETENUM], 0, text, NULL)) \
    X(ClusterGroupSetEnum_end,        ERROR_NO_MORE_ITEMS,     (TEXT_SIZE, ClusterGroupSetEnum(live[K_GROUPSETENUM], \
                                                               ClusterGroupSetGetEnumCount(live[K_GROUPSETENUM]), text, &size))) \
    /* NULL, as "", is no dependency at all (SDK) */ \
    X(SetGroupDependencyExpression_none, ERROR_SUCCESS,        SetGroupDependencyExpression(group, NULL)) \
    X(SetClusterGroupSetDependencyExpression_none, ERROR_SUCCESS, SetClusterGroupSetDependencyExpression(groupset, NULL)) \
    X(PauseClusterNodeEx_target_without_drain, ERROR_INVALID_PARAMETER, PauseClusterNodeEx(node, FALSE, 0, node)) \
    X(OpenClusterEx_granted,          ERROR_SUCCESS,           handle_error(OpenClusterEx(server_address, GENERIC_READ, NULL), \
                                                                            K_CLUSTER)) \
    /* the Ex enumerations: dwFlags is reserved (SDK), a list's size needs the list */ \
    X(ClusterGroupOpenEnumEx_flags,   ERROR_INVALID_PARAMETER, handle_error(ClusterGroupOpenEnumEx(cluster, NULL, 0, NULL, 0, 1), \
                                                                            K_GROUPENUMEX)) \
    X(ClusterGroupOpenEnumEx_properties, ERROR_INVALID_PARAMETER, handle_error(ClusterGroupOpenEnumEx(cluster, NULL, 4, NULL, \
                                                                            0, 0), K_GROUPENUMEX)) \
    X(ClusterGroupOpenEnumEx_ro_properties, ERROR_INVALID_PARAMETER, handle_error(ClusterGroupOpenEnumEx(cluster, NULL, 0, \
                                                                            NULL, 4, 0), K_GROUPENUMEX)) \
    X(ClusterResourceOpenEnumEx_flags, ERROR_INVALID_PARAMETER, handle_error(ClusterResourceOpenEnumEx(cluster, NULL, 0, NULL, \
                                                                            0, 1), K_RESENUMEX)) \
    X(ClusterResourceOpenEnumEx_properties, ERROR_INVALID_PARAMETER, handle_error(ClusterResourceOpenEnumEx(cluster, NULL, 4, \
                                                                            NULL, 0, 0), K_RESENUMEX)) \
    X(ClusterResourceOpenEnumEx_ro_properties, ERROR_INVALID_PARAMETER, handle_error(ClusterResourceOpenEnumEx(cluster, NULL, \
                                                                            0, NULL, 4, 0), K_RESENUMEX)) \
    X(ClusterGroupEnumEx_size,        ERROR_INVALID_PARAMETER, ClusterGroupEnumEx(live[K_GROUPENUMEX], 0, \
                                                                                  (CLUSTER_GROUP_ENUM_ITEM *)data, NULL)) \
    X(ClusterGroupEnumEx_end,         ERROR_NO_MORE_ITEMS,     (DATA_SIZE, ClusterGroupEnumEx(live[K_GROUPENUMEX], \
                                      ClusterGroupGetEnumCountEx(live[K_GROUPENUMEX]), (CLUSTER_GROUP_ENUM_ITEM *)data, &size))) \
    X(ClusterResourceEnumEx_size,     ERROR_INVALID_PARAMETER, ClusterResourceEnumEx(live[K_RESENUMEX], 0, \
                                                                                     (CLUSTER_RESOURCE_ENUM_ITEM *)data, NULL)) \
    X(ClusterResourceEnumEx_end,      ERROR_NO_MORE_ITEMS,     (DATA_SIZE, ClusterResourceEnumEx(live[K_RESENUMEX], \
                                      ClusterResourceGetEnumCountEx(live[K_RESENUMEX]), (CLUSTER_RESOURCE_ENUM_ITEM *)data, \
                                      &size))) \
    /* registry batches: what a refused call leaves alone is still there */ \
    X(ClusterRegCreateBatch_result,   ERROR_INVALID_PARAMETER, ClusterRegCreateBatch(key, NULL)) \
    X(ClusterRegCreateReadBatch_result, ERROR_INVALID_PARAMETER, ClusterRegCreateReadBatch(key, NULL)) \
    X(ClusterRegCreateBatchNotifyPort_result, ERROR_INVALID_PARAMETER, ClusterRegCreateBatchNotifyPort(key, NULL)) \
    X(ClusterRegBatchAddCommand_data, ERROR_INVALID_PARAMETER, ClusterRegBatchAddCommand(batch, CLUSREG_SET_VALUE, L"Other", \
                                                                                         REG_DWORD, NULL, 4)) \
    X(ClusterRegBatchAddCommand_command, ERROR_INVALID_PARAMETER, ClusterRegBatchAddCommand(batch, 0x77, L"Other", 0, NULL, 0)) \
    X(ClusterRegCloseBatchEx_flags,   ERROR_INVALID_PARAMETER, ClusterRegCloseBatchEx(batch, 0x100, &failed)) \
    X(ClusterRegCloseBatchEx_flags_failed, (DWORD)-1,          (failed = 5, ClusterRegCloseBatchEx(batch, 0x100, &failed), \
                                                                (DWORD)failed)) \
    X(ClusterRegCloseBatchEx_flags_kept, ERROR_SUCCESS,        ClusterRegBatchAddCommand(batch, CLUSREG_DELETE_VALUE, \
                                                                                         L"No Such Value", 0, NULL, 0)) \
    X(ClusterRegCloseBatch_failed,    (DWORD)-1,               (failed = 5, ClusterRegCloseBatch(closed[K_REGBATCH], TRUE, \
                                                                &failed), (DWORD)failed)) \
    /* the SDK: the read batch handle is no longer valid once the call returns */ \
    X(ClusterRegCloseReadBatch_reply, ERROR_INVALID_PARAMETER, close_read_batch_without_reply(FALSE)) \
    X(ClusterRegCloseReadBatch_reply_spent, ERROR_INVALID_HANDLE, made(ClusterRegCloseReadBatch(spent_read_batch, \
                                                               (HREGREADBATCHREPLY *)&new_object), K_READREPLY)) \
    X(ClusterRegCloseReadBatchEx_reply, ERROR_INVALID_PARAMETER, close_read_batch_without_reply(TRUE)) \
    X(ClusterRegReadBatchReplyNextCommand_command, ERROR_INVALID_PARAMETER, ClusterRegReadBatchReplyNextCommand( \
                                                               live[K_READREPLY], NULL)) \
    X(ClusterRegReadBatchReplyNextCommand_first, ERROR_SUCCESS, ClusterRegReadBatchReplyNextCommand(live[K_READREPLY], \
                                                               &read_command)) \
    X(ClusterRegReadBatchReplyNextCommand_end, ERROR_NO_MORE_ITEMS, ClusterRegReadBatchReplyNextCommand(live[K_READREPLY], \
                                                               &read_command)) \
    X(ClusterRegGetBatchNotification_result, ERROR_INVALID_PARAMETER, ClusterRegGetBatchNotification(batch_port, NULL)) \
    X(ClusterRegBatchReadCommand_command, ERROR_INVALID_PARAMETER, ClusterRegBatchReadCommand(live[K_BATCHNOTIFICATION], \
                                                               NULL)) \
    X(ClusterRegBatchReadCommand_first, ERROR_SUCCESS,         ClusterRegBatchReadCommand(live[K_BATCHNOTIFICATION], \
                                                               &batch_command)) \
    /* the *ForceSync calls: their plain counterparts' answers */ \
    X(ClusterRegSetValueForceSync_data, ERROR_INVALID_PARAMETER, ClusterRegSetValueForceSync(key, L"Other", REG_DWORD, NULL, 4)) \
    X(ClusterRegCreateKeyForceSync_result, ERROR_INVALID_PARAMETER, ClusterRegCreateKeyForceSync(key, L"Other", 0, \
                                                               KEY_ALL_ACCESS, NULL, NULL, NULL)) \
    X(ClusterRegCreateKeyForceSync_subkey, ERROR_INVALID_PARAMETER, key_error(ClusterRegCreateKeyForceSync(key, NULL, 0, \
                                                               KEY_ALL_ACCESS, NULL, &opened_key, NULL))) \
    X(ClusterRegCreateKeyForceSync_bad_sd, ERROR_INVALID_SECURITY_DESCR, key_error(ClusterRegCreateKeyForceSync(key, L"Other", \
                                                               0, KEY_ALL_ACCESS, &bad_attributes, &opened_key, NULL))) \
    X(ClusterRegCreateKeyForceSync_bad_sd_made_nothing, ERROR_FILE_NOT_FOUND, key_error(ClusterRegOpenKey(key, L"Other", \
                                                               KEY_READ, &opened_key))) \
    X(ClusterRegDeleteKeyForceSync_subkey, ERROR_INVALID_PARAMETER, ClusterRegDeleteKeyForceSync(key, NULL)) \
    X(ClusterRegDeleteKey_empty,      ERROR_INVALID_PARAMETER, ClusterRegDeleteKey(key, L"")) \
    X(ClusterRegDeleteKeyForceSync_empty, ERROR_INVALID_PARAMETER, ClusterRegDeleteKeyForceSync(key, L"")) \
    /* no name is the key's default value, which the scratch key has not, then has */ \
    X(ClusterRegDeleteValue_default,  ERROR_FILE_NOT_FOUND,    ClusterRegDeleteValue(key, NULL)) \
    X(ClusterRegDeleteValueForceSync_default, ERROR_FILE_NOT_FOUND, ClusterRegDeleteValueForceSync(key, NULL)) \
    X(ClusterRegSetValueForceSync_default, ERROR_SUCCESS,      ClusterRegSetValueForceSync(key, NULL, REG_DWORD, data, 4)) \
    X(ClusterRegSetValueForceSync_default_set, ERROR_SUCCESS,  (DATA_SIZE, ClusterRegQueryValue(key, L"", &type, data, &size))) \
    X(ClusterRegDeleteValueForceSync_default_set, ERROR_SUCCESS, ClusterRegDeleteValueForceSync(key, NULL)) \
    X(ClusterRegDeleteValueForceSync_default_gone, ERROR_FILE_NOT_FOUND, (DATA_SIZE, ClusterRegQueryValue(key, L"", &type, \
                                                               data, &size))) \
    /* a bad handle is reported before a bad argument (the handle first, as everywhere) */ \
    X(ClusterRegCreateBatch_handle_first, ERROR_INVALID_HANDLE, ClusterRegCreateBatch(closed[K_KEY], NULL)) \
    X(ClusterRegCreateReadBatch_handle_first, ERROR_INVALID_HANDLE, ClusterRegCreateReadBatch(closed[K_KEY], NULL)) \
    X(ClusterRegCreateBatchNotifyPort_handle_first, ERROR_INVALID_HANDLE, ClusterRegCreateBatchNotifyPort(closed[K_KEY], NULL)) \
    X(ClusterRegBatchAddCommand_handle_first, ERROR_INVALID_HANDLE, ClusterRegBatchAddCommand(closed[K_REGBATCH], 0x77, NULL, \
                                                               0, NULL, 4)) \
    X(ClusterRegCloseBatchEx_handle_first, ERROR_INVALID_HANDLE, ClusterRegCloseBatchEx(closed[K_REGBATCH], 0x100, &failed)) \
    X(ClusterRegCloseReadBatch_handle_first, ERROR_INVALID_HANDLE, ClusterRegCloseReadBatch(closed[K_READBATCH], NULL)) \
    X(ClusterRegCloseReadBatchEx_handle_first, ERROR_INVALID_HANDLE, ClusterRegCloseReadBatchEx(closed[K_READBATCH], 0, NULL)) \
    X(ClusterRegReadBatchReplyNextCommand_handle_first, ERROR_INVALID_HANDLE, ClusterRegReadBatchReplyNextCommand( \
                                                               closed[K_READREPLY], NULL)) \
    X(ClusterRegGetBatchNotification_handle_first, ERROR_INVALID_HANDLE, ClusterRegGetBatchNotification(closed[K_BATCHPORT], \
                                                               NULL)) \
    X(ClusterRegBatchReadCommand_handle_first, ERROR_INVALID_HANDLE, ClusterRegBatchReadCommand(closed[K_BATCHNOTIFICATION], \
                                                               NULL)) \
    X(ClusterRegSetValueForceSync_handle_first, ERROR_INVALID_HANDLE, ClusterRegSetValueForceSync(closed[K_KEY], L"Other", \
                                                               REG_DWORD, NULL, 4)) \
    X(ClusterRegCreateKeyForceSync_handle_first, ERROR_INVALID_HANDLE, ClusterRegCreateKeyForceSync(closed[K_KEY], NULL, 0, \
                                                               KEY_ALL_ACCESS, NULL, NULL, NULL)) \
    X(ClusterRegDeleteKeyForceSync_handle_first, ERROR_INVALID_HANDLE, ClusterRegDeleteKeyForceSync(closed[K_KEY], NULL)) \
    X(PauseClusterNodeEx_handle_first, ERROR_INVALID_HANDLE,   PauseClusterNodeEx(closed[K_NODE], FALSE, 0, node)) \
    X(CreateClusterNotifyPortV2_handle_first, ERROR_INVALID_HANDLE, handle_error(CreateClusterNotifyPortV2(closed[K_NOTIFYV2], \
                                                               cluster, NULL, 1, 1), K_NOTIFYV2)) \
    X(CreateClusterNotifyPortV2_cluster_first, ERROR_INVALID_HANDLE, handle_error(CreateClusterNotifyPortV2( \
                                                               INVALID_HANDLE_VALUE, closed[K_CLUSTER], NULL, 1, 1), K_NOTIFYV2)) \
    X(RegisterClusterNotifyV2_handle_first, ERROR_INVALID_HANDLE, RegisterClusterNotifyV2(closed[K_NOTIFYV2], bad_filter, \
                                                               group, 1)) \
    X(RegisterClusterResourceTypeNotifyV2_handle_first, ERROR_INVALID_HANDLE, RegisterClusterResourceTypeNotifyV2( \
                                                               closed[K_NOTIFYV2], cluster, 0, NULL, 1)) \
    X(GetClusterNotifyV2_handle_first, ERROR_INVALID_HANDLE,   GetClusterNotifyV2(closed[K_NOTIFYV2], NULL, NULL, NULL, NULL, \
                                                               NULL, NULL, NULL, NULL, text, NULL, NULL, NULL, 0)) \
    X(GetNotifyEventHandle_handle_first, ERROR_INVALID_HANDLE, GetNotifyEventHandle(closed[K_NOTIFY], NULL)) \
    X(ClusterGroupOpenEnumEx_handle_first, ERROR_INVALID_HANDLE, handle_error(ClusterGroupOpenEnumEx(closed[K_CLUSTER], NULL, \
                                                               4, NULL, 0, 1), K_GROUPENUMEX)) \
    X(ClusterResourceOpenEnumEx_handle_first, ERROR_INVALID_HANDLE, handle_error(ClusterResourceOpenEnumEx(closed[K_CLUSTER], \
                                                               NULL, 4, NULL, 0, 1), K_RESENUMEX)) \
    X(ClusterGroupSetEnum_handle_first, ERROR_INVALID_HANDLE,  ClusterGroupSetEnum(closed[K_GROUPSETENUM], 0, text, NULL)) \
    X(ClusterGroupEnumEx_handle_first, ERROR_INVALID_HANDLE,   ClusterGroupEnumEx(closed[K_GROUPENUMEX], 0, \
                                                               (CLUSTER_GROUP_ENUM_ITEM *)data, NULL)) \
    X(ClusterResourceEnumEx_handle_first, ERROR_INVALID_HANDLE, ClusterResourceEnumEx(closed[K_RESENUMEX], 0, \
                                                               (CLUSTER_RESOURCE_ENUM_ITEM *)data, NULL)) \
    X(CreateClusterGroupSet_handle_first, ERROR_INVALID_HANDLE, handle_error(CreateClusterGroupSet(closed[K_CLUSTER], NULL), \
                                                               K_GROUPSET)) \
    X(OpenClusterGroupSet_handle_first, ERROR_INVALID_HANDLE,  handle_error(OpenClusterGroupSet(closed[K_CLUSTER], NULL), \
                                                               K_GROUPSET)) \
    X(CreateClusterGroupEx_handle_first, ERROR_INVALID_HANDLE, handle_error(CreateClusterGroupEx(closed[K_CLUSTER], NULL, NULL), \
                                                               K_GROUP))

/* ClusterRegCloseReadBatch(Ex) of a new read batch without the reply pointer;
 * the batch is kept in spent_read_batch. */
static HREGREADBATCH spent_read_batch;
static DWORD close_read_batch_without_reply(BOOL ex)
{
    if (!(spent_read_batch = open_kind(K_READBATCH))) return GetLastError();
    return ex ? ClusterRegCloseReadBatchEx(spent_read_batch, 0, NULL) : ClusterRegCloseReadBatch(spent_read_batch, NULL);
}

#define PARAMETER_THUNK(label, expect, call) static DWORD param_##label(void) { return call; }
PARAMETER_ROWS(PARAMETER_THUNK)

static const struct parameter_row
{
    const char *label;
    DWORD expect;
    DWORD (*call)(void);
}
parameter_rows[] =
{
#define PARAMETER_ROW(label, expect, call) { #label, expect, param_##label },
    PARAMETER_ROWS(PARAMETER_ROW)
};

static void test_parameters(void)
{
    unsigned int i;
    DWORD error;

    for (i = 0; i < ARRAY_SIZE(parameter_rows); i++)
    {
        winetest_push_context("%s", parameter_rows[i].label);
        SetLastError(0xdeadbeef);
        error = parameter_rows[i].call();
        ok(error == parameter_rows[i].expect, "got %lu, expected %lu\n", error, parameter_rows[i].expect);
        winetest_pop_context();
    }
}

/* ---- 3. string getters: characters, the NUL excluded on output ---- */

/* Objects the string rows read, all as two-node.conf describes them. */
static HCLUSENUM nodes_enum;
static HNODEENUM node1_interfaces;
static HGROUPENUM fs1_contents;
static HRESENUM network_name_depends;
static HNETWORKENUM network1_interfaces;
static HRESTYPEENUM ip_resources;
static HNETINTERFACEENUM node2_network2;
static HNODE node2;
static HNETWORK network2;
static HGROUP fs1;
static HRESOURCE network_name, file_server;

static DWORD state_with_error(DWORD state, DWORD expect)
{
    DWORD error = GetLastError();

    /* The state comes back even when a name does not fit (SDK: the getters). */
    ok(state == expect, "state %ld\n", (LONG)state);
    return state == (DWORD)-1 || error == ERROR_MORE_DATA ? error : ERROR_SUCCESS;
}

/* X(label, the full string, call filling buf with *len characters of room) */
#define STRING_ROWS(X) \
    X(GetClusterInformation,     L"FSCLUSTER",            GetClusterInformation(cluster, buf, len, NULL)) \
    X(ClusterEnum,               L"node1",                ClusterEnum(nodes_enum, 0, &type, buf, len)) \
    X(ClusterNodeEnum,           L"node1 - Ethernet",     ClusterNodeEnum(node1_interfaces, 0, &type, buf, len)) \
    X(ClusterGroupEnum,          L"IP Address 10.0.0.11", ClusterGroupEnum(fs1_contents, 0, &type, buf, len)) \
    X(ClusterResourceEnum,       L"IP Address 10.0.0.11", ClusterResourceEnum(network_name_depends, 0, &type, buf, len)) \
    X(ClusterNetworkEnum,        L"node1 - Ethernet",     ClusterNetworkEnum(network1_interfaces, 0, &type, buf, len)) \
    X(ClusterResourceTypeEnum,   L"Cluster IP Address",   ClusterResourceTypeEnum(ip_resources, 0, &type, buf, len)) \
    X(ClusterNetInterfaceEnum,   L"node2 - Ethernet 2",   ClusterNetInterfaceEnum(node2_network2, 0, buf, len)) \
    X(GetClusterNodeId,          L"2",                    GetClusterNodeId(node2, buf, len)) \
    X(GetClusterNetworkId,       L"7a41d2c8-53e0-4f9b-b6a2-0d8c3e5f1a69", GetClusterNetworkId(network2, buf, len)) \
    X(GetClusterResourceDependencyExpression, L"[Network Name] and [Cluster Disk 2]", \
                                 GetClusterResourceDependencyExpression(file_server, buf, len)) \
    X(GetClusterResourceNetworkName, L"FS1",              bool_error(GetClusterResourceNetworkName(file_server, buf, len))) \
    X(GetClusterNetInterface,    L"node2 - Ethernet 2",   GetClusterNetInterface(cluster, L"node2", L"Cluster Network 2", \
                                                                                 buf, len)) \
    X(GetClusterGroupState,      L"node1",                state_with_error(GetClusterGroupState(fs1, buf, len), \
                                                                           ClusterGroupOnline)) \
    X(GetClusterResourceState_node, L"node1",             state_with_error(GetClusterResourceState(network_name, buf, len, \
                                                                           NULL, NULL), ClusterResourceOnline)) \
    X(GetClusterResourceState_group, L"FS1",              state_with_error(GetClusterResourceState(network_name, NULL, NULL, \
                                                                           buf, len), ClusterResourceOnline)) \
    X(GetClusterQuorumResource_resource, L"File Share Witness", (other = ARRAY_SIZE(other_text), \
                                 GetClusterQuorumResource(cluster, buf, len, other_text, &other, &type))) \
    X(GetClusterQuorumResource_device, L"\\\\DC1\\Witness$", (other = ARRAY_SIZE(other_text), \
                                 GetClusterQuorumResource(cluster, other_text, &other, buf, len, &type))) \
    X(ClusterRegEnumKey,         L"Child",                ClusterRegEnumKey(key, 0, buf, len, NULL)) \
    X(ClusterRegEnumValue,       L"Value",                ClusterRegEnumValue(key, 0, buf, len, NULL, NULL, NULL)) \
    X(GetClusterNotify,          L"FS1",                  next_notify_name(buf, len)) \
    X(ClusterGroupSetEnum,       L"Cluster Group",        ClusterGroupSetEnum(live[K_GROUPSETENUM], 0, buf, len)) \
    X(GetClusterNotifyV2,        L"FS1",                  next_notify_v2_name(buf, len))

static WCHAR other_text[256];
static DWORD other;

/* GetClusterNotify's name: the CLUSTER_CHANGE_HANDLE_CLOSE event of an FS1
 * handle.  An event that did not fit stays queued (SDK); one is posted
 * whenever the last one was taken. */
static BOOL notify_queued;
static DWORD next_notify_name(WCHAR *buf, DWORD *len)
{
    DWORD_PTR event_key = 0;
    DWORD error, filter = 0;
    HGROUP handle;

    if (!notify_queued && (handle = OpenClusterGroup(cluster, L"FS1")))
    {
        /* HANDLE_CLOSE alone would take a cluster handle (SDK RegisterClusterNotify). */
        ok(!RegisterClusterNotify(port, CLUSTER_CHANGE_GROUP_DELETED | CLUSTER_CHANGE_HANDLE_CLOSE, handle, 7),
           "RegisterClusterNotify failed\n");
        CloseClusterGroup(handle);
        notify_queued = TRUE;
    }
    error = GetClusterNotify(port, &event_key, &filter, buf, len, 5000);
    if (!error)
    {
        ok(event_key == 7 && filter == CLUSTER_CHANGE_HANDLE_CLOSE, "event %Iu, %#lx\n", event_key, filter);
        notify_queued = FALSE;
    }
    return error;
}

/* GetClusterNotifyV2's name: the same, through the version 2 port (the
 * group's CLUSTER_CHANGE_GROUP_HANDLE_CLOSE_V2, which the client makes). */
static BOOL notify_v2_queued;
static DWORD next_notify_v2_name(WCHAR *buf, DWORD *len)
{
    static const NOTIFY_FILTER_AND_TYPE handle_close = { CLUSTER_OBJECT_TYPE_GROUP, CLUSTER_CHANGE_GROUP_HANDLE_CLOSE_V2 };
    NOTIFY_FILTER_AND_TYPE filter = { 0 };
    DWORD_PTR event_key = 0;
    DWORD error;
    HGROUP handle;

    if (!notify_v2_queued && (handle = OpenClusterGroup(cluster, L"FS1")))
    {
        ok(!RegisterClusterNotifyV2(port2, handle_close, handle, 8), "RegisterClusterNotifyV2 failed\n");
        CloseClusterGroup(handle);
        notify_v2_queued = TRUE;
    }
    error = GetClusterNotifyV2(port2, &event_key, &filter, NULL, NULL, NULL, NULL, NULL, NULL, buf, len, NULL, NULL, 5000);
    if (!error)
    {
        ok(event_key == 8 && filter.dwObjectType == CLUSTER_OBJECT_TYPE_GROUP &&
           filter.FilterFlags == CLUSTER_CHANGE_GROUP_HANDLE_CLOSE_V2, "event %Iu, %lu, %#I64x\n", event_key,
           filter.dwObjectType, filter.FilterFlags);
        notify_v2_queued = FALSE;
    }
    return error;
}

#define STRING_THUNK(label, expect, call) static DWORD string_##label(WCHAR *buf, DWORD *len) { return call; }
STRING_ROWS(STRING_THUNK)

static const struct string_row
{
    const char *label;
    const WCHAR *expect;
    DWORD (*call)(WCHAR *buf, DWORD *len);
}
string_rows[] =
{
#define STRING_ROW(label, expect, call) { #label, expect, string_##label },
    STRING_ROWS(STRING_ROW)
};

static void test_strings(void)
{
    WCHAR buffer[256];
    DWORD i, len, error, expect_len;

    for (i = 0; i < ARRAY_SIZE(string_rows); i++)
    {
        const struct string_row *row = &string_rows[i];

        winetest_push_context("%s", row->label);
        expect_len = wcslen(row->expect);

        /* A NULL buffer asks for the size (the SDK is silent: ERROR_MORE_DATA, docs/exports.md). */
        len = 0;
        error = row->call(NULL, &len);
        ok(error == ERROR_MORE_DATA && len == expect_len, "size query: %lu, %lu\n", error, len);
        len = 100;
        error = row->call(NULL, &len);
        ok(error == ERROR_MORE_DATA && len == expect_len, "NULL buffer, size 100: %lu, %lu\n", error, len);

        /* No room for the NUL: ERROR_MORE_DATA, the length needed, the buffer untouched. */
        memset(buffer, 0x55, sizeof(buffer));
        len = expect_len;
        error = row->call(buffer, &len);
        ok(error == ERROR_MORE_DATA && len == expect_len, "short buffer: %lu, %lu\n", error, len);
        ok(buffer[0] == 0x5555, "short buffer written: %#x\n", buffer[0]);
        len = 0;
        error = row->call(buffer, &len);
        ok(error == ERROR_MORE_DATA && len == expect_len, "empty buffer: %lu, %lu\n", error, len);

        /* Just enough, and plenty. */
        len = expect_len + 1;
        error = row->call(buffer, &len);
        ok(!error && len == expect_len && !wcscmp(buffer, row->expect), "exact buffer: %lu, %lu, %s\n",
           error, len, wine_dbgstr_w(buffer));
        memset(buffer, 0x55, sizeof(buffer));
        len = ARRAY_SIZE(buffer);
        error = row->call(buffer, &len);
        ok(!error && len == expect_len && !wcscmp(buffer, row->expect), "large buffer: %lu, %lu, %s\n",
           error, len, wine_dbgstr_w(buffer));
        winetest_pop_context();
    }
}

/* ---- 4. byte getters: registry data and controls, bytes with the NUL ---- */

/* Physical Disk: CLUS_CHAR_QUORUM | CLUS_CHAR_DELETE_REQUIRES_ALL_NODES (two-node.conf). */
static const DWORD disk_characteristics = 0x3;
/* The example's group set "Cluster Group" and its id (two-node.conf). */
static HGROUPSET example_set;
static const WCHAR example_set_id[] = L"71e4c3a2-6b5d-4f08-9a1e-d2c8b6f4a031";

/* X(label, the full data, its size in bytes (a string's NUL included), error for a NULL buffer, call) */
#define BYTE_ROWS(X) \
    X(ClusterRegQueryValue,        L"badinput", sizeof(L"badinput"), ERROR_SUCCESS, \
                                   ClusterRegQueryValue(key, L"Value", &type, buf, len)) \
    X(ClusterRegEnumValue,         L"badinput", sizeof(L"badinput"), ERROR_SUCCESS, (other = ARRAY_SIZE(other_text), \
                                   ClusterRegEnumValue(key, 0, other_text, &other, &type, buf, len))) \
    X(ClusterControl,              L"FSCLUSTER", sizeof(L"FSCLUSTER"), ERROR_MORE_DATA, ClusterControl(cluster, NULL, \
                                                                CLUSCTL_CLUSTER_GET_FQDN, NULL, 0, buf, *len, len)) \
    X(ClusterNodeControl,          L"node2", sizeof(L"node2"), ERROR_MORE_DATA, ClusterNodeControl(node2, NULL, \
                                                                CLUSCTL_NODE_GET_NAME, NULL, 0, buf, *len, len)) \
    X(ClusterGroupControl,         L"FS1", sizeof(L"FS1"), ERROR_MORE_DATA, ClusterGroupControl(fs1, NULL, \
                                                                CLUSCTL_GROUP_GET_NAME, NULL, 0, buf, *len, len)) \
    X(ClusterResourceControl,      L"Network Name", sizeof(L"Network Name"), ERROR_MORE_DATA, ClusterResourceControl( \
                                   network_name, NULL, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, buf, *len, len)) \
    X(ClusterResourceTypeControl,  &disk_characteristics, sizeof(DWORD), ERROR_MORE_DATA, ClusterResourceTypeControl( \
                                   cluster, L"Physical Disk", NULL, CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS, NULL, 0, \
                                   buf, *len, len)) \
    X(ClusterNetworkControl,       L"Cluster Network 2", sizeof(L"Cluster Network 2"), ERROR_MORE_DATA, \
                                   ClusterNetworkControl(network2, NULL, CLUSCTL_NETWORK_GET_NAME, NULL, 0, buf, *len, len)) \
    X(ClusterNetInterfaceControl,  L"node1 - Ethernet", sizeof(L"node1 - Ethernet"), ERROR_MORE_DATA, \
                                   ClusterNetInterfaceControl(netif, NULL, CLUSCTL_NETINTERFACE_GET_NAME, NULL, 0, \
                                                              buf, *len, len)) \
    X(ClusterResourceControl_host, L"Network Name", sizeof(L"Network Name"), ERROR_MORE_DATA, ClusterResourceControl( \
                                   network_name, node, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, buf, *len, len)) \
    X(ClusterResourceControlAsUser, L"Network Name", sizeof(L"Network Name"), ERROR_MORE_DATA, ClusterResourceControlAsUser( \
                                   network_name, NULL, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, buf, *len, len)) \
    X(ClusterResourceControlAsUser_host, L"Network Name", sizeof(L"Network Name"), ERROR_MORE_DATA, \
                                   ClusterResourceControlAsUser(network_name, node2, CLUSCTL_RESOURCE_GET_NAME, NULL, 0, buf, \
                                                                *len, len)) \
    X(ClusterResourceTypeControlAsUser, &disk_characteristics, sizeof(DWORD), ERROR_MORE_DATA, \
                                   ClusterResourceTypeControlAsUser(cluster, L"Physical Disk", NULL, \
                                   CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS, NULL, 0, buf, *len, len)) \
    X(ClusterGroupSetControl,      example_set_id, sizeof(example_set_id), ERROR_MORE_DATA, ClusterGroupSetControl( \
                                   example_set, NULL, CLUSCTL_GROUPSET_GET_ID, NULL, 0, buf, *len, len)) \
    X(ClusterGroupSetControl_host, example_set_id, sizeof(example_set_id), ERROR_MORE_DATA, ClusterGroupSetControl( \
                                   example_set, node2, CLUSCTL_GROUPSET_GET_ID, NULL, 0, buf, *len, len))

#define BYTE_THUNK(label, expect, expect_size, null_error, call) \
    static DWORD bytes_##label(BYTE *buf, DWORD *len) { return call; }
BYTE_ROWS(BYTE_THUNK)

static const struct byte_row
{
    const char *label;
    const void *expect;
    DWORD expect_size;
    DWORD null_error;
    DWORD (*call)(BYTE *buf, DWORD *len);
}
byte_rows[] =
{
#define BYTE_ROW(label, expect, expect_size, null_error, call) { #label, expect, expect_size, null_error, bytes_##label },
    BYTE_ROWS(BYTE_ROW)
};

static void test_bytes(void)
{
    BYTE buffer[512];
    DWORD i, len, error, expect_size;

    for (i = 0; i < ARRAY_SIZE(byte_rows); i++)
    {
        const struct byte_row *row = &byte_rows[i];

        winetest_push_context("%s", row->label);
        expect_size = row->expect_size;

        /* A NULL buffer: the registry gives the size (as RegQueryValueEx),
         * a control answers ERROR_MORE_DATA with it (SDK Cluster*Control). */
        len = 0;
        error = row->call(NULL, &len);
        ok(error == row->null_error && len == expect_size, "NULL buffer: %lu, %lu\n", error, len);

        memset(buffer, 0x55, sizeof(buffer));
        len = expect_size - 1;
        error = row->call(buffer, &len);
        ok(error == ERROR_MORE_DATA && len == expect_size, "short buffer: %lu, %lu\n", error, len);
        ok(buffer[0] == 0x55, "short buffer written: %#x\n", buffer[0]);

        len = expect_size;
        error = row->call(buffer, &len);
        ok(!error && len == expect_size && !memcmp(buffer, row->expect, expect_size), "exact buffer: %lu, %lu\n",
           error, len);
        len = sizeof(buffer);
        error = row->call(buffer, &len);
        ok(!error && len == expect_size && !memcmp(buffer, row->expect, expect_size), "large buffer: %lu, %lu\n",
           error, len);
        winetest_pop_context();
    }
}

/* The Ex enumerations' items: a structure whose strings (and property lists)
 * follow it in the caller's buffer, sized in bytes; on ERROR_MORE_DATA and on
 * success *size is the size the item needs, which is what is written (SDK
 * ClusterGroupEnumEx).  X(label, the first item's name, item type, call) */
#define ITEM_ROWS(X) \
    X(ClusterEnumEx,         L"node1",         CLUSTER_ENUM_ITEM, ClusterEnumEx(live[K_CLUSENUMEX], 0, buf, len)) \
    X(ClusterNodeEnumEx,     L"Cluster Group", CLUSTER_ENUM_ITEM, ClusterNodeEnumEx(live[K_NODEENUMEX], 0, buf, len)) \
    X(ClusterGroupEnumEx,    L"Cluster Group", CLUSTER_GROUP_ENUM_ITEM, ClusterGroupEnumEx(live[K_GROUPENUMEX], 0, buf, len)) \
    X(ClusterResourceEnumEx, L"Cluster IP Address", CLUSTER_RESOURCE_ENUM_ITEM, ClusterResourceEnumEx(live[K_RESENUMEX], 0, buf, \
                                                                                                  len))

#define ITEM_THUNK(label, expect, item_type, call) \
    static DWORD item_##label(void *item, DWORD *len) { item_type *buf = item; return call; } \
    static const WCHAR *item_name_##label(const void *item, DWORD *name_size) \
    { \
        *name_size = ((const item_type *)item)->cbName; \
        return ((const item_type *)item)->lpszName; \
    }
ITEM_ROWS(ITEM_THUNK)

static const struct item_row
{
    const char *label;
    const WCHAR *expect;
    DWORD header_size;
    DWORD (*call)(void *item, DWORD *len);
    const WCHAR *(*name)(const void *item, DWORD *name_size);
}
item_rows[] =
{
#define ITEM_ROW(label, expect, item_type, call) { #label, expect, sizeof(item_type), item_##label, item_name_##label },
    ITEM_ROWS(ITEM_ROW)
};

static void test_items(void)
{
    DWORD_PTR buffer[128], untouched[128];
    DWORD i, len, error, needed, name_size;
    const WCHAR *name;

    memset(untouched, 0x55, sizeof(untouched));
    for (i = 0; i < ARRAY_SIZE(item_rows); i++)
    {
        const struct item_row *row = &item_rows[i];
        DWORD minimum = row->header_size + (wcslen(row->expect) + 1) * sizeof(WCHAR);

        winetest_push_context("%s", row->label);
        /* No item asks for the size, whatever *size says (chosen, as the string getters). */
        len = 0;
        error = row->call(NULL, &len);
        needed = len;
        ok(error == ERROR_MORE_DATA && needed >= minimum && needed <= sizeof(buffer), "size query: %lu, %lu\n", error, len);
        len = sizeof(buffer);
        error = row->call(NULL, &len);
        ok(error == ERROR_MORE_DATA && len == needed, "NULL item, size %u: %lu, %lu\n", (UINT)sizeof(buffer), error, len);
        if (needed < minimum || needed > sizeof(buffer))
        {
            winetest_pop_context();
            continue;
        }

        /* One byte short: ERROR_MORE_DATA, the size, nothing written. */
        memcpy(buffer, untouched, sizeof(buffer));
        len = needed - 1;
        error = row->call(buffer, &len);
        ok(error == ERROR_MORE_DATA && len == needed, "short buffer: %lu, %lu\n", error, len);
        ok(!memcmp(buffer, untouched, sizeof(buffer)), "short buffer written\n");

        /* Exactly the size, and plenty: the item, its name inside the buffer. */
        len = needed;
        error = row->call(buffer, &len);
        name = row->name(buffer, &name_size);
        ok(!error && len == needed, "exact buffer: %lu, %lu\n", error, len);
        ok(!error && (const BYTE *)name >= (const BYTE *)buffer && (const BYTE *)name + name_size <= (const BYTE *)buffer + needed
           && name_size == (wcslen(row->expect) + 1) * sizeof(WCHAR) && !wcscmp(name, row->expect),
           "exact buffer: name %s, %lu bytes\n", error ? "" : wine_dbgstr_w(name), name_size);
        memcpy(buffer, untouched, sizeof(buffer));
        len = sizeof(buffer);
        error = row->call(buffer, &len);
        name = row->name(buffer, &name_size);
        ok(!error && len == needed && !wcscmp(name, row->expect), "large buffer: %lu, %lu, %s\n", error, len,
           error ? "" : wine_dbgstr_w(name));
        winetest_pop_context();
    }
}

/* ClusterRegGetKeySecurity: bytes, and ERROR_INSUFFICIENT_BUFFER as RegGetKeySecurity (SDK). */
static void test_key_security(void)
{
    const SECURITY_INFORMATION info = OWNER_SECURITY_INFORMATION | GROUP_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION;
    BYTE buffer[1024];
    DWORD ret, needed, len;

    needed = 0;
    ret = ClusterRegGetKeySecurity(key, info, NULL, &needed);
    ok(ret == ERROR_INSUFFICIENT_BUFFER && needed > sizeof(SECURITY_DESCRIPTOR_RELATIVE) && needed <= sizeof(buffer),
       "NULL buffer: %lu, %lu\n", ret, needed);
    if (needed <= sizeof(SECURITY_DESCRIPTOR_RELATIVE) || needed > sizeof(buffer)) return;
    memset(buffer, 0x55, sizeof(buffer));
    len = needed - 1;
    ret = ClusterRegGetKeySecurity(key, info, buffer, &len);
    ok(ret == ERROR_INSUFFICIENT_BUFFER && len == needed && buffer[0] == 0x55, "short buffer: %lu, %lu\n", ret, len);
    len = needed;
    ret = ClusterRegGetKeySecurity(key, info, buffer, &len);
    ok(!ret && len == needed && IsValidSecurityDescriptor(buffer), "exact buffer: %lu, %lu\n", ret, len);
}

/* ClusterRegEnumValue with room for the data but not for the name: ERROR_MORE_DATA,
 * both sizes needed, and neither buffer written (a short buffer is never half-filled). */
static void test_enum_value_short_name(void)
{
    WCHAR name[8];
    BYTE buffer[64];
    DWORD ret, name_size = 3, data_size = sizeof(buffer);

    memset(name, 0x55, sizeof(name));
    memset(buffer, 0x55, sizeof(buffer));
    ret = ClusterRegEnumValue(key, 0, name, &name_size, &type, buffer, &data_size);
    ok(ret == ERROR_MORE_DATA, "got %lu\n", ret);
    ok(name_size == 5 && data_size == sizeof(L"badinput"), "sizes %lu, %lu\n", name_size, data_size);
    ok(name[0] == 0x5555 && buffer[0] == 0x55, "written: %#x, %#x\n", name[0], buffer[0]);
}

/* ---- 5. unknown names ---- */

/* X(label, expected error, call) */
#define NAME_ROWS(X) \
    X(OpenClusterNode,           ERROR_CLUSTER_NODE_NOT_FOUND, handle_error(OpenClusterNode(cluster, L"node9"), K_NODE)) \
    X(OpenClusterNodeEx,         ERROR_CLUSTER_NODE_NOT_FOUND, handle_error(OpenClusterNodeEx(cluster, L"node9", GENERIC_READ, \
                                                                                               NULL), K_NODE)) \
    X(OpenClusterGroup,          ERROR_GROUP_NOT_FOUND, handle_error(OpenClusterGroup(cluster, L"No Such Group"), K_GROUP)) \
    X(OpenClusterGroupEx,        ERROR_GROUP_NOT_FOUND, handle_error(OpenClusterGroupEx(cluster, L"No Such Group", GENERIC_READ, \
                                                                                        NULL), K_GROUP)) \
    X(OpenClusterResource,       ERROR_RESOURCE_NOT_FOUND, handle_error(OpenClusterResource(cluster, L"No Such Resource"), \
                                                                        K_RESOURCE)) \
    X(OpenClusterResourceEx,     ERROR_RESOURCE_NOT_FOUND, handle_error(OpenClusterResourceEx(cluster, L"No Such Resource", \
                                                                        GENERIC_READ, NULL), K_RESOURCE)) \
    X(OpenClusterNetwork,        ERROR_CLUSTER_NETWORK_NOT_FOUND, handle_error(OpenClusterNetwork(cluster, L"No Such Network"), \
                                                                               K_NETWORK)) \
    X(OpenClusterNetworkEx,      ERROR_CLUSTER_NETWORK_NOT_FOUND, handle_error(OpenClusterNetworkEx(cluster, L"No Such Network", \
                                                                               GENERIC_READ, NULL), K_NETWORK)) \
    X(OpenClusterNetInterface,   ERROR_CLUSTER_NETINTERFACE_NOT_FOUND, handle_error(OpenClusterNetInterface(cluster, \
                                                                       L"node9 - Ethernet"), K_NETIF)) \
    X(OpenClusterNetInterfaceEx, ERROR_CLUSTER_NETINTERFACE_NOT_FOUND, handle_error(OpenClusterNetInterfaceEx(cluster, \
                                                                       L"node9 - Ethernet", GENERIC_READ, NULL), K_NETIF)) \
    X(GetClusterNetInterface_node, ERROR_CLUSTER_NODE_NOT_FOUND, (TEXT_SIZE, GetClusterNetInterface(cluster, L"node9", \
                                                                       L"Cluster Network 1", text, &size))) \
    X(GetClusterNetInterface_network, ERROR_CLUSTER_NETWORK_NOT_FOUND, (TEXT_SIZE, GetClusterNetInterface(cluster, L"node1", \
                                                                       L"No Such Network", text, &size))) \
    X(ClusterNetInterfaceOpenEnum_node, ERROR_CLUSTER_NODE_NOT_FOUND, handle_error(ClusterNetInterfaceOpenEnum(cluster, \
                                                                       L"node9", NULL), K_NETIFENUM)) \
    X(ClusterNetInterfaceOpenEnum_network, ERROR_CLUSTER_NETWORK_NOT_FOUND, handle_error(ClusterNetInterfaceOpenEnum(cluster, \
                                                                       NULL, L"No Such Network"), K_NETIFENUM)) \
    X(ClusterResourceTypeOpenEnum, ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, handle_error(ClusterResourceTypeOpenEnum(cluster, \
                                                                       L"No Such Type", CLUSTER_RESOURCE_TYPE_ENUM_NODES), \
                                                                       K_RESTYPEENUM)) \
    X(DeleteClusterResourceType, ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, DeleteClusterResourceType(cluster, L"No Such Type")) \
    X(CreateClusterResource,     ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, handle_error(CreateClusterResource(group, \
                                                                       L"Badinput Other", L"No Such Type", 0), K_RESOURCE)) \
    X(ClusterResourceTypeControl, ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, ClusterResourceTypeControl(cluster, L"No Such Type", \
                                 NULL, CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS, NULL, 0, data, sizeof(data), &size)) \
    /* the type's key is opened by name under ResourceTypes (ms-cmrp.md 6): a missing key */ \
    X(GetClusterResourceTypeKey, ERROR_FILE_NOT_FOUND, handle_error(GetClusterResourceTypeKey(cluster, \
                                                                       L"No Such Type", KEY_READ), K_KEY)) \
    X(SetClusterResourceDependencyExpression, ERROR_RESOURCE_NOT_FOUND, SetClusterResourceDependencyExpression(resource, \
                                                                       L"[No Such Resource]")) \
    X(ClusterRegOpenKey,         ERROR_FILE_NOT_FOUND, key_error(ClusterRegOpenKey(key, L"No Such Key", KEY_READ, &opened_key))) \
    X(ClusterRegQueryValue,      ERROR_FILE_NOT_FOUND, (DATA_SIZE, ClusterRegQueryValue(key, L"No Such Value", &type, data, &size))) \
    X(ClusterRegDeleteValue,     ERROR_FILE_NOT_FOUND, ClusterRegDeleteValue(key, L"No Such Value")) \
    X(ClusterRegDeleteKey,       ERROR_FILE_NOT_FOUND, ClusterRegDeleteKey(key, L"No Such Key")) \
    X(ClusterRegDeleteValueForceSync, ERROR_FILE_NOT_FOUND, ClusterRegDeleteValueForceSync(key, L"No Such Value")) \
    X(ClusterRegDeleteKeyForceSync, ERROR_FILE_NOT_FOUND, ClusterRegDeleteKeyForceSync(key, L"No Such Key")) \
    X(OpenClusterGroupSet,       ERROR_GROUPSET_NOT_FOUND, handle_error(OpenClusterGroupSet(cluster, L"No Such Set"), K_GROUPSET)) \
    X(SetClusterGroupSetDependencyExpression, ERROR_GROUPSET_NOT_FOUND, SetClusterGroupSetDependencyExpression(groupset, \
                                                                       L"[No Such Set]")) \
    X(SetGroupDependencyExpression, ERROR_GROUP_NOT_FOUND, SetGroupDependencyExpression(group, L"[No Such Group]")) \
    /* node ids are small numbers (ApiCreateEnumEx's id list): none is 99 in two-node.conf */ \
    X(OpenClusterNodeById,       ERROR_CLUSTER_NODE_NOT_FOUND, handle_error(OpenClusterNodeById(cluster, 99), K_NODE)) \
    X(ClusterResourceTypeControlAsUser, ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, ClusterResourceTypeControlAsUser(cluster, \
                                 L"No Such Type", NULL, CLUSCTL_RESOURCE_TYPE_GET_CHARACTERISTICS, NULL, 0, data, sizeof(data), \
                                 &size)) \
    X(RegisterClusterResourceTypeNotifyV2, ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, RegisterClusterResourceTypeNotifyV2(port2, \
                                 cluster, CLUSTER_CHANGE_RESOURCE_TYPE_DELETED_V2, L"No Such Type", 1)) \
    /* names the creates already know */ \
    X(CreateClusterGroupEx_existing, ERROR_OBJECT_ALREADY_EXISTS, handle_error(CreateClusterGroupEx(cluster, SCRATCH_GROUP, \
                                                                       NULL), K_GROUP)) \
    X(CreateClusterGroupSet_existing, ERROR_OBJECT_ALREADY_EXISTS, handle_error(CreateClusterGroupSet(cluster, SCRATCH_SET), \
                                                                       K_GROUPSET)) \
    /* a cluster name that would change the binding string is refused, never parsed (cluster.c) */ \
    X(OpenCluster,               RPC_S_SERVER_UNAVAILABLE, handle_error(OpenCluster(L"127.0.0.1[135]"), K_CLUSTER)) \
    X(OpenClusterEx,             RPC_S_SERVER_UNAVAILABLE, handle_error(OpenClusterEx(L"127.0.0.1[135]", GENERIC_READ, NULL), \
                                                                       K_CLUSTER))

#define NAME_THUNK(label, expect, call) static DWORD name_##label(void) { return call; }
NAME_ROWS(NAME_THUNK)

static const struct parameter_row name_rows[] =
{
#define NAME_ROW(label, expect, call) { #label, expect, name_##label },
    NAME_ROWS(NAME_ROW)
};

static void test_unknown_names(void)
{
    unsigned int i;
    DWORD error;

    for (i = 0; i < ARRAY_SIZE(name_rows); i++)
    {
        winetest_push_context("%s", name_rows[i].label);
        SetLastError(0xdeadbeef);
        error = name_rows[i].call();
        ok(error == name_rows[i].expect, "got %lu, expected %lu\n", error, name_rows[i].expect);
        winetest_pop_context();
    }
}

/* ---- 6. the exports not implemented yet, and the matrix's coverage ----
 * Each of dlls/clusapi/unimplemented.c's exports, as the class of its return
 * type (docs/exports.md): X(export, class).  With bad arguments of every kind
 * (none, forged, live handles of every type) each fails cleanly with
 * ERROR_CALL_NOT_IMPLEMENTED and touches nothing.  An export implemented later
 * fails here until it moves into the matrix above. */
enum stub_class { U_HANDLE, U_BOOL, U_DWORD, U_LONG, U_STATE, U_COUNT, U_HRESULT, U_VOID };

#define UNIMPLEMENTED_ROWS(X) \
    X(AddClusterGroupDependency, U_DWORD) X(AddClusterNode, U_HANDLE) X(AddClusterStorageNode, U_DWORD) \
    X(AddCrossClusterGroupSetDependency, U_DWORD) X(AddResourceToClusterSharedVolumes, U_DWORD) \
    X(AddResourceToClusterSharedVolumesEx, U_DWORD) X(BackupClusterDatabase, U_DWORD) \
    X(CCHlpAddNodeUpdateCluster, U_HRESULT) X(CCHlpConfigureNode, U_HRESULT) \
    X(CCHlpCreateClusterNameCOIfNotExists, U_HRESULT) X(CCHlpCreateClusterNameInAD, U_HRESULT) \
    X(CCHlpGetClusterServiceSecret, U_HRESULT) X(CCHlpGetDNSHostLabel, U_HRESULT) \
    X(CCHlpRestoreClusterVirtualObjectToInitialState, U_HRESULT) X(CluFreeFaultDomainInfo, U_HRESULT) \
    X(CluFreeGuidArrayPtr, U_HRESULT) X(CluFreeStr, U_HRESULT) X(CluGetDriveInfo, U_HRESULT) \
    X(CluGetFaultDomainObject, U_HRESULT) X(CluGetFaultDomainObjects, U_HRESULT) \
    X(CluRemoveFaultDomainObject, U_HRESULT) X(ClusterAddGroupToAffinityRule, U_DWORD) \
    X(ClusterAffinityRuleControl, U_DWORD) X(ClusterCaptureLiveDump, U_HRESULT) X(ClusterChangeVMSettings, U_HRESULT) \
    X(ClusterCreateAffinityRule, U_DWORD) X(ClusterCreateClusterStorageEnclosure, U_HRESULT) \
    X(ClusterCreateFaultDomain, U_HRESULT) X(ClusterCreateFaultDomainFromXML, U_HRESULT) \
    X(ClusterCreateVMReservation, U_HRESULT) X(ClusterCreateVMReservationWithDomains, U_HRESULT) \
    X(ClusterFreeMemory, U_HRESULT) X(ClusterFreeMrrResponse, U_HRESULT) X(ClusterFreeVMReservation, U_HRESULT) \
    X(ClusterGetClusterStorageEnclosureObject, U_HRESULT) X(ClusterGetClusterStorageEnclosureObjects, U_HRESULT) \
    X(ClusterGetDriveInfo, U_HRESULT) X(ClusterGetFaultDomainObject, U_HRESULT) \
    X(ClusterGetFaultDomainObjects, U_HRESULT) X(ClusterGetFaultDomainState, U_HRESULT) \
    X(ClusterGetFaultDomainXML, U_HRESULT) X(ClusterGetPlacementScore, U_HRESULT) \
    X(ClusterNetworkHealthFreeInterfaceConnections, U_HRESULT) X(ClusterNetworkHealthFreeNodeConnections, U_HRESULT) \
    X(ClusterNetworkHealthGetInterfaceConnections, U_HRESULT) X(ClusterNetworkHealthGetNodeConnections, U_HRESULT) \
    X(ClusterNodeReplacement, U_DWORD) X(ClusterRegQueryAllValues, U_LONG) X(ClusterRegSyncDatabase, U_LONG) \
    X(ClusterRemoveAffinityRule, U_DWORD) X(ClusterRemoveClusterStorageEnclosure, U_HRESULT) \
    X(ClusterRemoveFaultDomain, U_HRESULT) X(ClusterRemoveGroupFromAffinityRule, U_DWORD) \
    X(ClusterSendReceiveMrr, U_DWORD) X(ClusterSendReceiveMrrAsUser, U_DWORD) X(ClusterSetAccountAccess, U_DWORD) \
    X(ClusterSetClusterStorageEnclosure, U_HRESULT) X(ClusterSetFaultDomain, U_HRESULT) \
    X(ClusterSetNodeFaultDomain, U_HRESULT) X(ClusterSharedVolumeClearBackupState, U_DWORD) \
    X(ClusterSharedVolumeSetSnapshotState, U_DWORD) X(ClusterStmFindDisk, U_DWORD) \
    X(ClusterUpgradeFunctionalLevel, U_DWORD) X(ClusterUpgradeFunctionalLevelEx, U_HRESULT) X(CreateCluster, U_HANDLE) \
    X(CreateClusterAvailabilitySet, U_HANDLE) X(CreateClusterManagementPoint, U_HANDLE) \
    X(CreateClusterNameAccount, U_DWORD) X(CreateClusterResourceWithId, U_HANDLE) X(DestroyCluster, U_DWORD) \
    X(DetermineCNOResTypeFromCluster, U_DWORD) X(DetermineCNOResTypeFromNodelist, U_DWORD) \
    X(DetermineClusterCloudTypeFromCluster, U_DWORD) X(DetermineClusterCloudTypeFromNodelist, U_DWORD) \
    X(FreeClusFaultDomainInfo, U_DWORD) X(FreeClusFaultDomainInfoArray, U_DWORD) X(FreeClusFaultDomainXML, U_DWORD) \
    X(FreeClusStorageEnclosureInfo, U_DWORD) X(FreeClusStorageEnclosureInfoArray, U_DWORD) \
    X(GetClusterSharedVolumeNameForFile, U_HRESULT) X(GetNodeCloudTypeDW, U_DWORD) \
    X(InitializeClusFaultDomainInfo, U_DWORD) X(InitializeClusFaultDomainInfoArray, U_DWORD) \
    X(InitializeClusStorageEnclosureInfo, U_DWORD) X(InitializeClusStorageEnclosureInfoArray, U_DWORD) \
    X(IsFileOnClusterSharedVolume, U_DWORD) X(OpenClusterEx2, U_HANDLE) X(RemoveClusterNameAccount, U_DWORD) \
    X(RemoveClusterStorageNode, U_DWORD) X(RemoveCrossClusterGroupSetDependency, U_DWORD) \
    X(RemoveResourceFromClusterSharedVolumes, U_DWORD) X(RestoreClusterDatabase, U_DWORD) \
    X(SetClusterNetworkPriorityOrder, U_DWORD) X(SetClusterServiceAccountPassword, U_DWORD)

static const struct stub_row
{
    const char *label;
    enum stub_class class;
}
stub_rows[] =
{
#define STUB_ROW(name, class) { #name, class },
    UNIMPLEMENTED_ROWS(STUB_ROW)
};

typedef ULONG_PTR (WINAPI *any_export)(ULONG_PTR, ULONG_PTR, ULONG_PTR, ULONG_PTR, ULONG_PTR, ULONG_PTR, ULONG_PTR,
                                       ULONG_PTR, ULONG_PTR, ULONG_PTR, ULONG_PTR, ULONG_PTR);

static void check_stub(const struct stub_row *row, any_export func, const ULONG_PTR *args, const char *what)
{
    DWORD error, ret32;
    ULONG_PTR ret;

    winetest_push_context("%s, %s", row->label, what);
    SetLastError(0xdeadbeef);
    ret = func(args[0], args[1], args[2], args[3], args[4], args[5], args[6], args[7], args[8], args[9], args[10],
               args[11]);
    error = GetLastError();
    ret32 = ret;
    switch (row->class)
    {
    case U_HANDLE:  ok(!ret && error == ERROR_CALL_NOT_IMPLEMENTED, "got %#Ix, %lu\n", ret, error); break;
    case U_BOOL:    ok(!ret32 && error == ERROR_CALL_NOT_IMPLEMENTED, "got %#lx, %lu\n", ret32, error); break;
    /* the error is the result: the last error is left alone */
    case U_DWORD:
    case U_LONG:    ok(ret32 == ERROR_CALL_NOT_IMPLEMENTED && error == 0xdeadbeef, "got %lu, %lu\n", ret32, error); break;
    case U_STATE:   ok(ret32 == (DWORD)-1 && error == ERROR_CALL_NOT_IMPLEMENTED, "got %#lx, %lu\n", ret32, error); break;
    case U_COUNT:   ok(!ret32 && error == ERROR_CALL_NOT_IMPLEMENTED, "got %lu, %lu\n", ret32, error); break;
    case U_HRESULT: ok(ret32 == (DWORD)HRESULT_FROM_WIN32(ERROR_CALL_NOT_IMPLEMENTED) && error == ERROR_CALL_NOT_IMPLEMENTED,
                       "got %#lx, %lu\n", ret32, error); break;
    case U_VOID:    ok(error == ERROR_CALL_NOT_IMPLEMENTED, "last error %lu\n", error); break;
    }
    winetest_pop_context();
}

static void test_unimplemented(void)
{
    HMODULE module = GetModuleHandleW(L"clusapi.dll");
    ULONG_PTR args[12];
    unsigned int i, j, k;
    char what[64];
    any_export func;

    for (i = 0; i < ARRAY_SIZE(stub_rows); i++)
    {
        func = (void *)GetProcAddress(module, stub_rows[i].label);
        ok(func != NULL, "%s is not exported\n", stub_rows[i].label);
        if (!func) continue;
        memset(args, 0, sizeof(args));
        check_stub(&stub_rows[i], func, args, "no arguments");
        /* never dereferenced: a stub reads none of its arguments */
        for (j = 0; j < ARRAY_SIZE(args); j++) args[j] = 0xdeadbeef;
        check_stub(&stub_rows[i], func, args, "forged arguments");
        for (k = 0; k < K_COUNT; k++)
        {
            if (!live[k]) continue;
            args[0] = (ULONG_PTR)live[k];
            sprintf(what, "a %s handle", kind_names[k]);
            check_stub(&stub_rows[i], func, args, what);
        }
    }
}

/* The labels of every table: an export's name, then '_' and a detail. */
static BOOL label_is(const char *label, const char *name)
{
    size_t len = strlen(name);
    return !strncmp(label, name, len) && (!label[len] || label[len] == '_');
}

static const struct table
{
    const char *name;
    const void *rows;
    size_t count, stride;
}
tables[] =
{
#define TABLE(rows) { #rows, rows, ARRAY_SIZE(rows), sizeof(rows[0]) }
    TABLE(handle_rows), TABLE(parameter_rows), TABLE(string_rows), TABLE(byte_rows), TABLE(item_rows), TABLE(name_rows),
};

static const char *row_label(const struct table *table, size_t i)
{
    /* every row structure starts with its label */
    return *(const char *const *)((const BYTE *)table->rows + i * table->stride);
}

/* How many rows of table are about export name. */
static unsigned int rows_of(const struct table *table, const char *name)
{
    unsigned int count = 0;
    size_t i;

    for (i = 0; i < table->count; i++) count += label_is(row_label(table, i), name);
    return count;
}

static const struct stub_row *stub_of(const char *name)
{
    unsigned int i;

    for (i = 0; i < ARRAY_SIZE(stub_rows); i++) if (!strcmp(stub_rows[i].label, name)) return &stub_rows[i];
    return NULL;
}

/* Every export of the DLL is either in the table of unimplemented ones or in
 * the matrix: with a handle row unless it takes no handle, and the other way
 * round every row is about an implemented export, so that the matrix cannot
 * fall behind the DLL again. */
static void test_coverage(void)
{
    /* no handle parameter: their bad input is in the other tables */
    static const char *const without_handles[] = { "OpenCluster", "OpenClusterEx", "GetNodeClusterState" };
    HMODULE module = GetModuleHandleW(L"clusapi.dll");
    const IMAGE_EXPORT_DIRECTORY *exports;
    const IMAGE_NT_HEADERS *nt;
    unsigned int i, j, rows, implemented = 0;
    const DWORD *names;
    char name[64];
    size_t t, r;

    nt = (const IMAGE_NT_HEADERS *)((const BYTE *)module + ((const IMAGE_DOS_HEADER *)module)->e_lfanew);
    exports = (const IMAGE_EXPORT_DIRECTORY *)((const BYTE *)module +
              nt->OptionalHeader.DataDirectory[IMAGE_DIRECTORY_ENTRY_EXPORT].VirtualAddress);
    names = (const DWORD *)((const BYTE *)module + exports->AddressOfNames);
    for (i = 0; i < exports->NumberOfNames; i++)
    {
        const char *export = (const char *)module + names[i];
        BOOL handle_free = FALSE;

        for (rows = 0, t = 0; t < ARRAY_SIZE(tables); t++) rows += rows_of(&tables[t], export);
        for (j = 0; j < ARRAY_SIZE(without_handles); j++) handle_free |= !strcmp(export, without_handles[j]);
        if (stub_of(export))
        {
            ok(!rows, "%s is in the table of unimplemented exports and has %u matrix rows\n", export, rows);
            continue;
        }
        implemented++;
        if (handle_free) ok(rows > 0, "%s is implemented and missing from the matrix\n", export);
        else ok(rows_of(&tables[0], export) > 0, "%s is implemented and has no row in the handle matrix\n", export);
    }
    ok(implemented + ARRAY_SIZE(stub_rows) == exports->NumberOfNames, "%u implemented, %u not, %lu exports\n",
       implemented, (UINT)ARRAY_SIZE(stub_rows), exports->NumberOfNames);

    /* every label names an implemented export */
    for (t = 0; t < ARRAY_SIZE(tables); t++)
    {
        for (r = 0; r < tables[t].count; r++)
        {
            const char *label = row_label(&tables[t], r);

            for (j = 0; label[j] && label[j] != '_' && j < sizeof(name) - 1; j++) name[j] = label[j];
            name[j] = 0;
            ok(GetProcAddress(module, name) && !stub_of(name), "%s: %s is no implemented export\n", tables[t].name, label);
        }
    }
}

/* ---- setting up and tearing down ---- */

static BOOL setup(void)
{
    HGROUP new_group;
    HGROUPSET new_set;
    HRESOURCE new_resource;
    unsigned int k;

    if (!(live[K_CLUSTER] = OpenCluster(server_address))) return FALSE;
    /* The scratch group and resource (left over by an earlier run: reused). */
    if ((new_group = CreateClusterGroup(cluster, SCRATCH_GROUP)) || GetLastError() == ERROR_OBJECT_ALREADY_EXISTS)
    {
        if (new_group) CloseClusterGroup(new_group);
    }
    else ok(0, "CreateClusterGroup failed: %lu\n", GetLastError());
    if ((new_group = OpenClusterGroup(cluster, SCRATCH_GROUP)))
    {
        if ((new_resource = CreateClusterResource(new_group, SCRATCH_RESOURCE, L"Generic Service", 0)))
            CloseClusterResource(new_resource);
        else ok(GetLastError() == ERROR_OBJECT_ALREADY_EXISTS, "CreateClusterResource failed: %lu\n", GetLastError());
        CloseClusterGroup(new_group);
    }
    if ((new_set = CreateClusterGroupSet(cluster, SCRATCH_SET))) CloseClusterGroupSet(new_set);
    else ok(GetLastError() == ERROR_OBJECT_ALREADY_EXISTS, "CreateClusterGroupSet failed: %lu\n", GetLastError());

    /* In kind order: the node enumerations need live[K_NODE], the batches the key,
     * a batch notification the batch port. */
    for (k = 1; k < K_COUNT; k++)
    {
        live[k] = open_kind(k);
        ok(live[k] != NULL, "opening a %s failed: %lu\n", kind_names[k], GetLastError());
    }
    for (k = 0; k < K_COUNT; k++)
    {
        if (!(closed[k] = open_kind(k))) continue;
        ok(close_kind(k, closed[k]) == ERROR_SUCCESS, "closing a %s failed\n", kind_names[k]);
    }

    if ((other_cluster = OpenCluster(server_address)))
    {
        foreign[K_NODE] = OpenClusterNode(other_cluster, L"node1");
        foreign[K_GROUP] = OpenClusterGroup(other_cluster, L"FS1");
        foreign[K_RESOURCE] = OpenClusterResource(other_cluster, L"Network Name");
        foreign[K_GROUPSET] = OpenClusterGroupSet(other_cluster, L"Cluster Group");
    }
    ok(foreign[K_NODE] && foreign[K_GROUP] && foreign[K_RESOURCE] && foreign[K_GROUPSET], "second connection: %lu\n",
       GetLastError());

    /* The scratch key: one subkey and one value. */
    if (key)
    {
        HKEY child;

        if (!ClusterRegCreateKey(key, L"Child", 0, KEY_ALL_ACCESS, NULL, &child, NULL)) ClusterRegCloseKey(child);
        ok(!ClusterRegSetValue(key, L"Value", REG_SZ, (const BYTE *)L"badinput", sizeof(L"badinput")), "set value failed\n");
    }
    InitializeSecurityDescriptor(&descriptor, SECURITY_DESCRIPTOR_REVISION);
    SetSecurityDescriptorDacl(&descriptor, TRUE, NULL, FALSE);

    nodes_enum = ClusterOpenEnum(cluster, CLUSTER_ENUM_NODE);
    node1_interfaces = ClusterNodeOpenEnum(node, CLUSTER_NODE_ENUM_NETINTERFACES);
    fs1 = OpenClusterGroup(cluster, L"FS1");
    fs1_contents = ClusterGroupOpenEnum(fs1, CLUSTER_GROUP_ENUM_CONTAINS);
    network_name = OpenClusterResource(cluster, L"Network Name");
    network_name_depends = ClusterResourceOpenEnum(network_name, CLUSTER_RESOURCE_ENUM_DEPENDS);
    file_server = OpenClusterResource(cluster, L"File Server (\\\\FS1)");
    network1_interfaces = ClusterNetworkOpenEnum(network, CLUSTER_NETWORK_ENUM_NETINTERFACES);
    ip_resources = ClusterResourceTypeOpenEnum(cluster, L"IP Address", CLUSTER_RESOURCE_TYPE_ENUM_RESOURCES);
    node2_network2 = ClusterNetInterfaceOpenEnum(cluster, L"node2", L"Cluster Network 2");
    node2 = OpenClusterNode(cluster, L"node2");
    network2 = OpenClusterNetwork(cluster, L"Cluster Network 2");
    example_set = OpenClusterGroupSet(cluster, L"Cluster Group");
    ok(nodes_enum && node1_interfaces && fs1 && fs1_contents && network_name && network_name_depends && file_server
       && network1_interfaces && ip_resources && node2_network2 && node2 && network2 && example_set, "setup failed: %lu\n",
       GetLastError());
    return nodes_enum && node1_interfaces && fs1 && fs1_contents && network_name && network_name_depends && file_server
           && network1_interfaces && ip_resources && node2_network2 && node2 && network2 && example_set;
}

static void cleanup(void)
{
    HKEY root;
    int k;

    ClusterCloseEnum(nodes_enum);
    ClusterNodeCloseEnum(node1_interfaces);
    ClusterGroupCloseEnum(fs1_contents);
    ClusterResourceCloseEnum(network_name_depends);
    ClusterNetworkCloseEnum(network1_interfaces);
    ClusterResourceTypeCloseEnum(ip_resources);
    ClusterNetInterfaceCloseEnum(node2_network2);
    CloseClusterNode(node2);
    CloseClusterNetwork(network2);
    CloseClusterGroup(fs1);
    CloseClusterResource(network_name);
    CloseClusterResource(file_server);
    CloseClusterGroupSet(example_set);

    if (foreign[K_NODE]) CloseClusterNode(foreign[K_NODE]);
    if (foreign[K_GROUP]) CloseClusterGroup(foreign[K_GROUP]);
    if (foreign[K_RESOURCE]) CloseClusterResource(foreign[K_RESOURCE]);
    if (foreign[K_GROUPSET]) CloseClusterGroupSet(foreign[K_GROUPSET]);
    if (other_cluster) CloseCluster(other_cluster);

    if (key) ClusterRegDeleteKey(key, L"Child");
    if (resource) ok(DeleteClusterResource(resource) == ERROR_SUCCESS, "deleting the scratch resource failed\n");
    if (group) ok(DeleteClusterGroup(group) == ERROR_SUCCESS, "deleting the scratch group failed\n");
    if (groupset) ok(DeleteClusterGroupSet(groupset) == ERROR_SUCCESS, "deleting the scratch group set failed\n");
    for (k = K_COUNT - 1; k > K_CLUSTER; k--) if (live[k]) close_kind(k, live[k]);
    if ((root = GetClusterKey(cluster, KEY_ALL_ACCESS)))
    {
        ok(ClusterRegDeleteKey(root, SCRATCH_KEY) == ERROR_SUCCESS, "deleting the scratch key failed\n");
        ClusterRegCloseKey(root);
    }
    CloseCluster(cluster);
}

START_TEST(badinput)
{
    DWORD len = GetEnvironmentVariableW(L"CLUSAPI_TEST_ADDRESS", server_address, ARRAY_SIZE(server_address));

    if (!len || len >= ARRAY_SIZE(server_address)) lstrcpyW(server_address, L"127.0.0.1");
    if (!GetEnvironmentVariableW(L"WINECLUSAPI_PORT", NULL, 0))
    {
        skip("no simulated cluster: set WINECLUSAPI_PORT (tests/run-all does)\n");
        return;
    }
    if (!setup())
    {
        ok(cluster != NULL, "OpenCluster failed: %lu\n", GetLastError());
        if (cluster) cleanup();
        return;
    }
    test_handle_matrix();
    test_concurrent_close();
    test_parameters();
    test_strings();
    test_bytes();
    test_items();
    test_key_security();
    test_enum_value_short_name();
    test_unknown_names();
    test_unimplemented();
    test_coverage();
    cleanup();
}
