/*
 * The MS-CMRP codec: NDR push/pull of the clusapi v3.0 calls.
 *
 * This is the one place in the project that knows the wire.  The client
 * (dlls/clusapi/unix) and the simulated cluster (server/) both go through
 * cmrp_table; neither marshals anything by hand.
 *
 * Each call is a flat struct whose members follow the IDL parameters in wire
 * order, plus a parameter table (cmrp.c) saying, for each member, its NDR type
 * and direction.  One generic engine walks that table to push, pull and print.
 * Adding a call means: one line in CMRP_CALL_LIST, one struct here, one
 * parameter table in cmrp.c.
 *
 * Strings are UTF-8 (Samba's unix charset) in the structs and UTF-16LE on the
 * wire.  Pulled strings and pointees are talloc'ed on the pull context's
 * current_mem_ctx (the r_mem of dcerpc_binding_handle_call, or the server's
 * call context).
 */
#ifndef CMRP_CMRP_H
#define CMRP_CMRP_H

#include <stdint.h>
#include <stdbool.h>
#include <stddef.h>
#include <ndr.h>
#include <gen_ndr/misc.h>

#define CMRP_UUID          "b97db8b2-4c63-11cf-bff6-08002be23f2f"
#define CMRP_VERSION_MAJOR 3
#define CMRP_VERSION_MINOR 0
#define CMRP_AUTH_SERVICE  "MSServerClusterMgmtAPI"

/*
 * The calls the codec knows: X(opnum, ENUM_NAME, shape, spec name), in
 * opnum order.  Many methods share a wire shape (e.g. "a handle in, rpc_status
 * and the result out"): they share its struct cmrp_<shape> and its parameter
 * table, so a new method of a known shape is one line here.
 */
#define CMRP_CALL_LIST(X) \
    X(0,   OPEN_CLUSTER,                  open_cluster,            ApiOpenCluster) \
    X(1,   CLOSE_CLUSTER,                 close_handle,            ApiCloseCluster) \
    X(2,   SET_CLUSTER_NAME,              string_in,               ApiSetClusterName) \
    X(3,   GET_CLUSTER_NAME,              get_cluster_name,        ApiGetClusterName) \
    X(4,   GET_CLUSTER_VERSION,           get_cluster_version,     ApiGetClusterVersion) \
    X(5,   GET_QUORUM_RESOURCE,           get_quorum_resource,     ApiGetQuorumResource) \
    X(6,   SET_QUORUM_RESOURCE,           set_quorum_resource,     ApiSetQuorumResource) \
    X(7,   CREATE_ENUM,                   create_enum,             ApiCreateEnum) \
    X(8,   OPEN_RESOURCE,                 open_object,             ApiOpenResource) \
    X(9,   CREATE_RESOURCE,               create_resource,         ApiCreateResource) \
    X(10,  DELETE_RESOURCE,               handle_op,               ApiDeleteResource) \
    X(11,  CLOSE_RESOURCE,                close_handle,            ApiCloseResource) \
    X(12,  GET_RESOURCE_STATE,            get_resource_state,      ApiGetResourceState) \
    X(13,  SET_RESOURCE_NAME,             handle_string,           ApiSetResourceName) \
    X(14,  GET_RESOURCE_ID,               get_string,              ApiGetResourceId) \
    X(15,  GET_RESOURCE_TYPE,             get_string,              ApiGetResourceType) \
    X(16,  FAIL_RESOURCE,                 handle_op,               ApiFailResource) \
    X(17,  ONLINE_RESOURCE,               handle_op,               ApiOnlineResource) \
    X(18,  OFFLINE_RESOURCE,              handle_op,               ApiOfflineResource) \
    X(19,  ADD_RESOURCE_DEPENDENCY,       handle_pair,             ApiAddResourceDependency) \
    X(20,  REMOVE_RESOURCE_DEPENDENCY,    handle_pair,             ApiRemoveResourceDependency) \
    X(21,  CAN_RESOURCE_BE_DEPENDENT,     handle_pair,             ApiCanResourceBeDependent) \
    X(22,  CREATE_RES_ENUM,               handle_enum,             ApiCreateResEnum) \
    X(23,  ADD_RESOURCE_NODE,             handle_pair,             ApiAddResourceNode) \
    X(24,  REMOVE_RESOURCE_NODE,          handle_pair,             ApiRemoveResourceNode) \
    X(25,  CHANGE_RESOURCE_GROUP,         handle_pair,             ApiChangeResourceGroup) \
    X(26,  CREATE_RESOURCE_TYPE,          create_resource_type,    ApiCreateResourceType) \
    X(27,  DELETE_RESOURCE_TYPE,          string_in,               ApiDeleteResourceType) \
    X(28,  GET_ROOT_KEY,                  get_root_key,            ApiGetRootKey) \
    X(29,  CREATE_KEY,                    create_key,              ApiCreateKey) \
    X(30,  OPEN_KEY,                      open_key,                ApiOpenKey) \
    X(31,  ENUM_KEY,                      enum_key,                ApiEnumKey) \
    X(32,  SET_VALUE,                     set_value,               ApiSetValue) \
    X(33,  DELETE_VALUE,                  handle_string,           ApiDeleteValue) \
    X(34,  QUERY_VALUE,                   query_value,             ApiQueryValue) \
    X(35,  DELETE_KEY,                    handle_string,           ApiDeleteKey) \
    X(36,  ENUM_VALUE,                    enum_value,              ApiEnumValue) \
    X(37,  CLOSE_KEY,                     close_handle,            ApiCloseKey) \
    X(38,  QUERY_INFO_KEY,                query_info_key,          ApiQueryInfoKey) \
    X(39,  SET_KEY_SECURITY,              set_key_security,            ApiSetKeySecurity) \
    X(40,  GET_KEY_SECURITY,              get_key_security,            ApiGetKeySecurity) \
    X(41,  OPEN_GROUP,                    open_object,             ApiOpenGroup) \
    X(42,  CREATE_GROUP,                  open_object,             ApiCreateGroup) \
    X(43,  DELETE_GROUP,                  handle_dword,            ApiDeleteGroup) \
    X(44,  CLOSE_GROUP,                   close_handle,            ApiCloseGroup) \
    X(45,  GET_GROUP_STATE,               get_group_state,         ApiGetGroupState) \
    X(46,  SET_GROUP_NAME,                handle_string,           ApiSetGroupName) \
    X(47,  GET_GROUP_ID,                  get_string,              ApiGetGroupId) \
    X(48,  GET_NODE_ID,                   get_string,              ApiGetNodeId) \
    X(49,  ONLINE_GROUP,                  handle_op,               ApiOnlineGroup) \
    X(50,  OFFLINE_GROUP,                 handle_op,               ApiOfflineGroup) \
    X(51,  MOVE_GROUP,                    handle_op,               ApiMoveGroup) \
    X(52,  MOVE_GROUP_TO_NODE,            handle_pair,             ApiMoveGroupToNode) \
    X(53,  CREATE_GROUP_RESOURCE_ENUM,    handle_enum,             ApiCreateGroupResourceEnum) \
    X(54,  SET_GROUP_NODE_LIST,           set_group_node_list,     ApiSetGroupNodeList) \
    X(55,  CREATE_NOTIFY,                 create_handle,           ApiCreateNotify) \
    X(56,  CLOSE_NOTIFY,                  close_handle,            ApiCloseNotify) \
    X(57,  ADD_NOTIFY_CLUSTER,            add_notify_cluster,      ApiAddNotifyCluster) \
    X(58,  ADD_NOTIFY_NODE,               add_notify_object,       ApiAddNotifyNode) \
    X(59,  ADD_NOTIFY_GROUP,              add_notify_object,       ApiAddNotifyGroup) \
    X(60,  ADD_NOTIFY_RESOURCE,           add_notify_object,       ApiAddNotifyResource) \
    X(61,  ADD_NOTIFY_KEY,                add_notify_key,          ApiAddNotifyKey) \
    X(62,  READD_NOTIFY_NODE,             readd_notify_object,     ApiReAddNotifyNode) \
    X(63,  READD_NOTIFY_GROUP,            readd_notify_object,     ApiReAddNotifyGroup) \
    X(64,  READD_NOTIFY_RESOURCE,         readd_notify_object,     ApiReAddNotifyResource) \
    X(65,  GET_NOTIFY,                    get_notify,              ApiGetNotify) \
    X(66,  OPEN_NODE,                     open_object,             ApiOpenNode) \
    X(67,  CLOSE_NODE,                    close_handle,            ApiCloseNode) \
    X(68,  GET_NODE_STATE,                get_state,               ApiGetNodeState) \
    X(69,  PAUSE_NODE,                    handle_op,               ApiPauseNode) \
    X(70,  RESUME_NODE,                   handle_op,               ApiResumeNode) \
    X(71,  EVICT_NODE,                    handle_op,               ApiEvictNode) \
    X(72,  NODE_RESOURCE_CONTROL,         node_object_control,     ApiNodeResourceControl) \
    X(73,  RESOURCE_CONTROL,              object_control,          ApiResourceControl) \
    X(74,  NODE_RESOURCE_TYPE_CONTROL,    node_type_control,       ApiNodeResourceTypeControl) \
    X(75,  RESOURCE_TYPE_CONTROL,         type_control,            ApiResourceTypeControl) \
    X(76,  NODE_GROUP_CONTROL,            node_object_control,     ApiNodeGroupControl) \
    X(77,  GROUP_CONTROL,                 object_control,          ApiGroupControl) \
    X(78,  NODE_NODE_CONTROL,             node_object_control,     ApiNodeNodeControl) \
    X(79,  NODE_CONTROL,                  object_control,          ApiNodeControl) \
    X(81,  OPEN_NETWORK,                  open_object,             ApiOpenNetwork) \
    X(82,  CLOSE_NETWORK,                 close_handle,            ApiCloseNetwork) \
    X(83,  GET_NETWORK_STATE,             get_state,               ApiGetNetworkState) \
    X(84,  SET_NETWORK_NAME,              handle_string,           ApiSetNetworkName) \
    X(85,  CREATE_NETWORK_ENUM,           handle_enum,             ApiCreateNetworkEnum) \
    X(86,  GET_NETWORK_ID,                get_string,              ApiGetNetworkId) \
    X(87,  SET_NETWORK_PRIORITY_ORDER,    set_network_priority_order, ApiSetNetworkPriorityOrder) \
    X(88,  NODE_NETWORK_CONTROL,          node_object_control,     ApiNodeNetworkControl) \
    X(89,  NETWORK_CONTROL,               object_control,          ApiNetworkControl) \
    X(90,  ADD_NOTIFY_NETWORK,            add_notify_object,       ApiAddNotifyNetwork) \
    X(91,  READD_NOTIFY_NETWORK,          readd_notify_object,     ApiReAddNotifyNetwork) \
    X(92,  OPEN_NET_INTERFACE,            open_object,             ApiOpenNetInterface) \
    X(93,  CLOSE_NET_INTERFACE,           close_handle,            ApiCloseNetInterface) \
    X(94,  GET_NET_INTERFACE_STATE,       get_state,               ApiGetNetInterfaceState) \
    X(95,  GET_NET_INTERFACE,             get_net_interface,       ApiGetNetInterface) \
    X(96,  GET_NET_INTERFACE_ID,          get_string,              ApiGetNetInterfaceId) \
    X(97,  NODE_NET_INTERFACE_CONTROL,    node_object_control,     ApiNodeNetInterfaceControl) \
    X(98,  NET_INTERFACE_CONTROL,         object_control,          ApiNetInterfaceControl) \
    X(99,  ADD_NOTIFY_NET_INTERFACE,      add_notify_object,       ApiAddNotifyNetInterface) \
    X(100, READD_NOTIFY_NET_INTERFACE,    readd_notify_object,     ApiReAddNotifyNetInterface) \
    X(101, CREATE_NODE_ENUM,              handle_enum,             ApiCreateNodeEnum) \
    X(102, GET_CLUSTER_VERSION2,          get_cluster_version2,    ApiGetClusterVersion2) \
    X(103, CREATE_RES_TYPE_ENUM,          create_res_type_enum,    ApiCreateResTypeEnum) \
    X(104, BACKUP_CLUSTER_DATABASE,       string_in,               ApiBackupClusterDatabase) \
    X(105, NODE_CLUSTER_CONTROL,          node_object_control,     ApiNodeClusterControl) \
    X(106, CLUSTER_CONTROL,               object_control,          ApiClusterControl) \
    X(107, UNBLOCK_GET_NOTIFY_CALL,       handle_in,               ApiUnblockGetNotifyCall) \
    X(108, SET_SERVICE_ACCOUNT_PASSWORD,  set_service_account_password, ApiSetServiceAccountPassword) \
    X(109, SET_RESOURCE_DEPENDENCY_EXPRESSION, handle_unique_string, ApiSetResourceDependencyExpression) \
    X(110, GET_RESOURCE_DEPENDENCY_EXPRESSION, get_string,       ApiGetResourceDependencyExpression) \
    X(112, GET_RESOURCE_NETWORK_NAME,     get_string,              ApiGetResourceNetworkName) \
    X(113, EXECUTE_BATCH,                 execute_batch,           ApiExecuteBatch) \
    X(114, CREATE_BATCH_PORT,             create_batch_port,       ApiCreateBatchPort) \
    X(115, GET_BATCH_NOTIFICATION,        get_batch_notification,  ApiGetBatchNotification) \
    X(116, CLOSE_BATCH_PORT,              close_handle,            ApiCloseBatchPort) \
    X(117, OPEN_CLUSTER_EX,               open_cluster_ex,         ApiOpenClusterEx) \
    X(118, OPEN_NODE_EX,                  open_object_ex,          ApiOpenNodeEx) \
    X(119, OPEN_GROUP_EX,                 open_object_ex,          ApiOpenGroupEx) \
    X(120, OPEN_RESOURCE_EX,              open_object_ex,          ApiOpenResourceEx) \
    X(121, OPEN_NETWORK_EX,               open_object_ex,          ApiOpenNetworkEx) \
    X(122, OPEN_NET_INTERFACE_EX,         open_object_ex,          ApiOpenNetInterfaceEx) \
    X(123, CHANGE_CSV_STATE,              handle_dword,            ApiChangeCsvState) \
    X(124, CREATE_NODE_ENUM_EX,           create_enum_ex,          ApiCreateNodeEnumEx) \
    X(125, CREATE_ENUM_EX,                create_enum_ex,          ApiCreateEnumEx) \
    X(126, PAUSE_NODE_EX,                 handle_two_dwords,       ApiPauseNodeEx) \
    X(127, PAUSE_NODE_WITH_DRAIN_TARGET,  pause_node_drain_target, ApiPauseNodeWithDrainTarget) \
    X(128, RESUME_NODE_EX,                handle_two_dwords,       ApiResumeNodeEx) \
    X(129, CREATE_GROUP_EX,               create_group_ex,         ApiCreateGroupEx) \
    X(130, ONLINE_GROUP_EX,               handle_flags_buffer,     ApiOnlineGroupEx) \
    X(131, OFFLINE_GROUP_EX,              handle_flags_buffer,     ApiOfflineGroupEx) \
    X(132, MOVE_GROUP_EX,                 handle_flags_buffer,     ApiMoveGroupEx) \
    X(133, MOVE_GROUP_TO_NODE_EX,         pair_flags_buffer,       ApiMoveGroupToNodeEx) \
    X(134, CANCEL_CLUSTER_GROUP_OPERATION, handle_dword,           ApiCancelClusterGroupOperation) \
    X(135, ONLINE_RESOURCE_EX,            handle_flags_buffer,     ApiOnlineResourceEx) \
    X(136, OFFLINE_RESOURCE_EX,           handle_flags_buffer,     ApiOfflineResourceEx) \
    X(137, CREATE_NOTIFY_V2,              create_handle,           ApiCreateNotifyV2) \
    X(138, ADD_NOTIFY_V2,                 add_notify_v2,           ApiAddNotifyV2) \
    X(139, GET_NOTIFY_V2,                 get_notify_v2,           ApiGetNotifyV2) \
    X(143, CREATE_GROUP_ENUM,             create_group_enum,       ApiCreateGroupEnum) \
    X(144, CREATE_RESOURCE_ENUM,          create_resource_enum,    ApiCreateResourceEnum) \
    X(145, EXECUTE_READ_BATCH,            execute_read_batch,      ApiExecuteReadBatch) \
    X(146, RESTART_RESOURCE,              handle_dword,            ApiRestartResource) \
    X(155, ADD_NOTIFY_RESOURCE_TYPE_V2,   add_notify_resource_type_v2, ApiAddNotifyResourceTypeV2) \
    X(157, EXECUTE_READ_BATCH_EX,         execute_read_batch_ex,   ApiExecuteReadBatchEx) \
    X(163, CREATE_GROUP_SET,              open_object,             ApiCreateGroupSet) \
    X(164, OPEN_GROUP_SET,                open_object,             ApiOpenGroupSet) \
    X(165, CLOSE_GROUP_SET,               close_handle,            ApiCloseGroupSet) \
    X(166, DELETE_GROUP_SET,              handle_op,               ApiDeleteGroupSet) \
    X(167, ADD_GROUP_TO_GROUP_SET,        handle_pair,             ApiAddGroupToGroupSet) \
    X(168, REMOVE_GROUP_FROM_GROUP_SET,   handle_op,               ApiRemoveGroupFromGroupSet) \
    X(171, ADD_GROUP_SET_DEPENDENCY,      handle_pair,             ApiAddGroupSetDependency) \
    X(172, ADD_GROUP_TO_GROUP_SET_DEPENDENCY, handle_pair,         ApiAddGroupToGroupSetDependency) \
    X(173, NODE_GROUP_SET_CONTROL,        node_object_control,     ApiNodeGroupSetControl) \
    X(174, GROUP_SET_CONTROL,             object_control,          ApiGroupSetControl) \
    X(175, SET_GROUP_DEPENDENCY_EXPRESSION, handle_string,         ApiSetGroupDependencyExpression) \
    X(176, REMOVE_CLUSTER_GROUP_DEPENDENCY, handle_pair,           ApiRemoveClusterGroupDependency) \
    X(177, SET_GROUP_SET_DEPENDENCY_EXPRESSION, handle_string,     ApiSetGroupSetDependencyExpression) \
    X(178, REMOVE_GROUP_SET_DEPENDENCY,   handle_pair,             ApiRemoveGroupSetDependency) \
    X(179, REMOVE_CLUSTER_GROUP_TO_GROUP_SET_DEPENDENCY, handle_pair, ApiRemoveClusterGroupToGroupSetDependency) \
    X(180, CREATE_GROUP_SET_ENUM,         handle_enum_only,        ApiCreateGroupSetEnum) \
    X(181, CREATE_NET_INTERFACE_ENUM,     create_net_interface_enum, ApiCreateNetInterfaceEnum) \
    X(183, ADD_GROUP_TO_GROUP_SET_EX,     add_group_to_group_set_ex, ApiAddGroupToGroupSetEx) \
    X(184, CHANGE_RESOURCE_GROUP_EX,      handle_pair_hyper,       ApiChangeResourceGroupEx)

enum cmrp_opnum
{
#define CMRP_X(num, up, shape, api) CMRP_##up = num,
    CMRP_CALL_LIST(CMRP_X)
#undef CMRP_X
};

/* One past the highest opnum the codec knows; the table has this many slots. */
#define CMRP_NUM_CALLS 185

/* ---- structures carried inside calls ---- */

/* CLUSTER_OPERATIONAL_VERSION_INFO (MS-CMRP 2.2.3.1); dwSize is 20. */
struct cmrp_opver_info
{
    uint32_t size;
    uint32_t highest_version;
    uint32_t lowest_version;
    uint32_t flags;
    uint32_t reserved;
};

/* ENUM_ENTRY / ENUM_LIST (MS-CMRP 2.2.3.4, 2.2.3.5). */
struct cmrp_enum_entry
{
    uint32_t type;
    const char *name;
};

struct cmrp_enum_list
{
    uint32_t count;
    struct cmrp_enum_entry *entries;
};

/* GROUP_ENUM_ENTRY / GROUP_ENUM_LIST (MS-CMRP 2.2.3.25, 2.2.3.26): a group
 * with the property lists (PROPERTY_LIST blobs) the caller asked for. */
struct cmrp_group_enum_entry
{
    const char *name;
    const char *id;
    uint32_t state;                   /* CLUSTER_GROUP_STATE */
    const char *owner;                /* the owner node's name */
    uint32_t flags;                   /* as CLUSCTL_GROUP_GET_FLAGS */
    uint32_t properties_size;
    uint8_t *properties;              /* unique, size_is(properties_size) */
    uint32_t ro_properties_size;
    uint8_t *ro_properties;           /* unique, size_is(ro_properties_size) */
};

struct cmrp_group_enum_list
{
    uint32_t count;
    struct cmrp_group_enum_entry *entries;
};

/* RESOURCE_ENUM_ENTRY / RESOURCE_ENUM_LIST (MS-CMRP 2.2.3.27, 2.2.3.28). */
struct cmrp_resource_enum_entry
{
    const char *name;
    const char *id;
    const char *owner_name;           /* the group's name */
    const char *owner_id;             /* the group's id */
    uint32_t properties_size;
    uint8_t *properties;
    uint32_t ro_properties_size;
    uint8_t *ro_properties;
};

struct cmrp_resource_enum_list
{
    uint32_t count;
    struct cmrp_resource_enum_entry *entries;
};

/* FILETIME: two DWORDs, 4-aligned (not Samba's 8-aligned NTTIME). */
struct cmrp_filetime
{
    uint32_t low;
    uint32_t high;
};

/* RPC_SECURITY_DESCRIPTOR (MS-CMRP 2.2.3.1): a self-relative descriptor in
 * a buffer of in_size bytes of which out_size are used. */
struct cmrp_security_descriptor
{
    uint8_t *data;                    /* unique, size_is(in_size), length_is(out_size) */
    uint32_t in_size;
    uint32_t out_size;
};

/* RPC_SECURITY_ATTRIBUTES (MS-CMRP 2.2.3.2) */
struct cmrp_security_attributes
{
    uint32_t length;
    struct cmrp_security_descriptor descriptor;
    uint32_t inherit_handle;          /* BOOL, MUST be 0 */
};

/* CLUSTER_CREATE_GROUP_INFO_RPC (MS-CMRP 2.2.3.20) */
struct cmrp_create_group_info
{
    uint32_t version;                 /* 1 */
    uint32_t group_type;
};

/* ---- one struct per wire shape, members in wire order ----
 * Handle-returning methods have the handle last: it is the return value.
 * Buffers are (pointer, size) pairs whose size member the parameter table
 * names; on pull the engine checks the wire counts against it. */

struct cmrp_open_cluster              /* ApiOpenCluster */
{
    uint32_t status;                  /* out */
    struct policy_handle handle;      /* out */
};

struct cmrp_open_cluster_ex           /* ApiOpenClusterEx */
{
    uint32_t desired_access;          /* in */
    uint32_t granted_access;          /* out */
    uint32_t status;                  /* out */
    struct policy_handle handle;      /* out */
};

struct cmrp_close_handle              /* every Api*Close*: the handle comes back zeroed */
{
    struct policy_handle handle;      /* in, out */
    uint32_t result;
};

struct cmrp_handle_in                 /* ApiUnblockGetNotifyCall: no rpc_status */
{
    struct policy_handle handle;      /* in */
    uint32_t result;
};

struct cmrp_string_in                 /* a [string] in, rpc_status out */
{
    const char *string;               /* in */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_get_cluster_name
{
    const char *cluster_name;         /* out */
    const char *node_name;            /* out */
    uint32_t result;
};

struct cmrp_get_cluster_version
{
    uint16_t major_version;
    uint16_t minor_version;
    uint16_t build_number;
    const char *vendor_id;
    const char *csd_version;
    uint32_t result;
};

struct cmrp_get_cluster_version2
{
    uint16_t major_version;
    uint16_t minor_version;
    uint16_t build_number;
    const char *vendor_id;
    const char *csd_version;
    struct cmrp_opver_info *opver;    /* may be NULL */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_get_quorum_resource
{
    const char *resource_name;        /* out */
    const char *device_name;          /* out */
    uint32_t max_log_size;            /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_set_quorum_resource
{
    struct policy_handle handle;      /* in: the resource */
    const char *device_name;          /* in */
    uint32_t max_log_size;            /* in */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_create_enum               /* ApiCreateEnum: no handle */
{
    uint32_t type;                    /* in */
    struct cmrp_enum_list *list;      /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_open_object               /* ApiOpen{Resource,Group,Node,Network,NetInterface,GroupSet}, ApiCreateGroup(Set) */
{
    const char *name;                 /* in */
    uint32_t status;                  /* out */
    uint32_t rpc_status;              /* out */
    struct policy_handle handle;      /* out */
};

struct cmrp_open_object_ex            /* ApiOpen*Ex */
{
    const char *name;                 /* in */
    uint32_t desired_access;          /* in */
    uint32_t granted_access;          /* out */
    uint32_t status;                  /* out */
    uint32_t rpc_status;              /* out */
    struct policy_handle handle;      /* out */
};

struct cmrp_create_handle             /* ApiCreateNotify: no name */
{
    uint32_t status;                  /* out */
    uint32_t rpc_status;              /* out */
    struct policy_handle handle;      /* out */
};

struct cmrp_create_resource
{
    struct policy_handle group;       /* in */
    const char *name;                 /* in */
    const char *type_name;            /* in */
    uint32_t flags;                   /* in */
    uint32_t status;                  /* out */
    uint32_t rpc_status;              /* out */
    struct policy_handle handle;      /* out */
};

struct cmrp_create_group_ex
{
    const char *name;                 /* in */
    struct cmrp_create_group_info *info; /* in, unique */
    uint32_t status;                  /* out */
    uint32_t rpc_status;              /* out */
    struct policy_handle handle;      /* out */
};

struct cmrp_handle_op                 /* a handle in, rpc_status out */
{
    struct policy_handle handle;      /* in */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_handle_pair               /* two handles in */
{
    struct policy_handle handle;      /* in */
    struct policy_handle other;       /* in */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_handle_pair_hyper         /* ApiChangeResourceGroupEx: two handles and a ULONGLONG */
{
    struct policy_handle handle;      /* in */
    struct policy_handle other;       /* in */
    uint64_t flags;                   /* in, 8-aligned */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_add_group_to_group_set_ex /* ApiAddGroupToGroupSetEx */
{
    struct policy_handle handle;      /* in: the group set */
    struct policy_handle group;       /* in */
    uint32_t fault_domain;            /* in */
    uint32_t update_domain;           /* in */
    uint32_t use_domains;             /* in, BOOL */
    uint32_t reserved;                /* in: DWORD *Reserved, a top-level [ref] */
    uint32_t rpc_status;
    uint32_t result;
};

/* ApiSetNetworkPriorityOrder: no handle; the internal networks' ids. */
#define CMRP_MAX_PRIORITY_NETWORKS 1000   /* [range(0,1000)] */
struct cmrp_set_network_priority_order
{
    /* ids before count, unlike the wire: a size member at offset 0 would
     * read as "none" in the parameter table */
    const char **ids;                 /* in, [string, size_is(count)] LPWSTR[], after count */
    uint32_t count;                   /* in */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_handle_dword              /* a handle and a DWORD (or BOOL) in */
{
    struct policy_handle handle;      /* in */
    uint32_t value;                   /* in */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_handle_two_dwords         /* ApiPauseNodeEx (BOOL, flags), ApiResumeNodeEx */
{
    struct policy_handle handle;      /* in */
    uint32_t value1;                  /* in */
    uint32_t value2;                  /* in */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_pause_node_drain_target
{
    struct policy_handle handle;      /* in */
    uint32_t flags;                   /* in */
    struct policy_handle target;      /* in */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_handle_string             /* a handle and a [string] in */
{
    struct policy_handle handle;      /* in */
    const char *string;               /* in */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_handle_unique_string      /* a handle and a [string,unique] in */
{
    struct policy_handle handle;      /* in */
    const char *string;               /* in, may be NULL */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_get_string                /* a handle in, a [string] out */
{
    struct policy_handle handle;      /* in */
    const char *string;               /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_get_state                 /* ApiGet{Node,Network,NetInterface}State */
{
    struct policy_handle handle;      /* in */
    uint32_t state;                   /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_get_resource_state
{
    struct policy_handle handle;      /* in */
    uint32_t state;                   /* out */
    const char *node_name;            /* out */
    const char *group_name;           /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_get_group_state
{
    struct policy_handle handle;      /* in */
    uint32_t state;                   /* out */
    const char *node_name;            /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_handle_enum               /* ApiCreate{Res,GroupResource,Network,Node}Enum */
{
    struct policy_handle handle;      /* in */
    uint32_t type;                    /* in */
    struct cmrp_enum_list *list;      /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_handle_enum_only          /* ApiCreateGroupSetEnum */
{
    struct policy_handle handle;      /* in */
    struct cmrp_enum_list *list;      /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_create_enum_ex            /* ApiCreateEnumEx, ApiCreateNodeEnumEx */
{
    struct policy_handle handle;      /* in */
    uint32_t type;                    /* in */
    uint32_t options;                 /* in, MUST be 0 */
    struct cmrp_enum_list *id_list;   /* out */
    struct cmrp_enum_list *name_list; /* out */
    uint32_t rpc_status;
    uint32_t result;
};

/* ApiCreateGroupEnum, ApiCreateResourceEnum: the names of the properties to
 * return (MULTI_SZ, UTF-16LE bytes; "*" = all), the list out. */
#define CMRP_OBJECT_ENUM_REQUEST \
    struct policy_handle handle;      /* in: the cluster */ \
    uint8_t *properties;              /* in, unique, size_is(properties_size) */ \
    uint32_t properties_size;         /* in */ \
    uint8_t *ro_properties;           /* in, unique, size_is(ro_properties_size) */ \
    uint32_t ro_properties_size;      /* in */

struct cmrp_create_group_enum
{
    CMRP_OBJECT_ENUM_REQUEST
    struct cmrp_group_enum_list *list; /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_create_resource_enum
{
    CMRP_OBJECT_ENUM_REQUEST
    struct cmrp_resource_enum_list *list; /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_create_res_type_enum
{
    const char *type_name;            /* in */
    uint32_t type;                    /* in */
    struct cmrp_enum_list *list;      /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_create_net_interface_enum
{
    struct policy_handle handle;      /* in: the cluster */
    const char *node_name;            /* in */
    const char *network_name;         /* in */
    struct cmrp_enum_list *list;      /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_create_resource_type
{
    const char *type_name;            /* in */
    const char *display_name;         /* in */
    const char *dll_name;             /* in */
    uint32_t looks_alive;             /* in */
    uint32_t is_alive;                /* in */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_get_net_interface
{
    const char *node_name;            /* in */
    const char *network_name;         /* in */
    const char *interface_name;       /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_set_group_node_list
{
    struct policy_handle handle;      /* in */
    uint16_t *node_list;              /* in, unique, MULTI_SZ of node_list_len UTF-16 units */
    uint32_t node_list_len;           /* in */
    uint32_t rpc_status;
    uint32_t result;
};

/* -- cluster registry -- */

struct cmrp_get_root_key
{
    uint32_t sam_desired;             /* in */
    uint32_t status;                  /* out */
    uint32_t rpc_status;              /* out */
    struct policy_handle handle;      /* out */
};

struct cmrp_create_key
{
    struct policy_handle key;         /* in */
    const char *subkey;               /* in */
    uint32_t options;                 /* in */
    uint32_t sam_desired;             /* in */
    struct cmrp_security_attributes *security; /* in, unique */
    uint32_t disposition;             /* out */
    uint32_t status;                  /* out */
    uint32_t rpc_status;              /* out */
    struct policy_handle handle;      /* out */
};

struct cmrp_open_key
{
    struct policy_handle key;         /* in */
    const char *subkey;               /* in */
    uint32_t sam_desired;             /* in */
    uint32_t status;                  /* out */
    uint32_t rpc_status;              /* out */
    struct policy_handle handle;      /* out */
};

struct cmrp_enum_key
{
    struct policy_handle key;         /* in */
    uint32_t index;                   /* in */
    const char *name;                 /* out */
    struct cmrp_filetime last_write_time; /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_set_value
{
    struct policy_handle key;         /* in */
    const char *name;                 /* in */
    uint32_t type;                    /* in */
    uint8_t *data;                    /* in, size_is(size) */
    uint32_t size;                    /* in */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_query_value
{
    struct policy_handle key;         /* in */
    const char *name;                 /* in */
    uint32_t type;                    /* out */
    uint8_t *data;                    /* out, size_is(size): always size bytes */
    uint32_t size;                    /* in */
    uint32_t required;                /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_enum_value
{
    struct policy_handle key;         /* in */
    uint32_t index;                   /* in */
    const char *name;                 /* out */
    uint32_t type;                    /* out */
    uint8_t *data;                    /* out, size_is(*size) */
    uint32_t size;                    /* in: the buffer; out: bytes sent */
    uint32_t total_size;              /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_query_info_key
{
    struct policy_handle key;         /* in */
    uint32_t subkeys;                 /* out */
    uint32_t max_subkey_len;          /* out, characters */
    uint32_t values;                  /* out */
    uint32_t max_value_name_len;      /* out, characters */
    uint32_t max_value_len;           /* out, bytes */
    uint32_t security_descriptor_size; /* out */
    struct cmrp_filetime last_write_time; /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_key_security              /* ApiSetKeySecurity (in), ApiGetKeySecurity (in, out) */
{
    struct policy_handle key;         /* in */
    uint32_t security_information;    /* in */
    struct cmrp_security_descriptor descriptor;
    uint32_t rpc_status;
    uint32_t result;
};

/* The descriptor goes in only for ApiSetKeySecurity, in and out for
 * ApiGetKeySecurity (its in_size is the caller's buffer): one struct, two
 * parameter tables. */
#define cmrp_set_key_security cmrp_key_security
#define cmrp_get_key_security cmrp_key_security

/* -- notification ports (version 1) -- */

struct cmrp_add_notify_cluster
{
    struct policy_handle notify;      /* in */
    struct policy_handle cluster;     /* in */
    uint32_t filter;                  /* in */
    uint32_t notify_key;              /* in */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_add_notify_object         /* ApiAddNotify{Node,Group,Resource,Network,NetInterface} */
{
    struct policy_handle notify;      /* in */
    struct policy_handle object;      /* in */
    uint32_t filter;                  /* in */
    uint32_t notify_key;              /* in */
    uint32_t state_sequence;          /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_readd_notify_object       /* ApiReAddNotify* */
{
    struct policy_handle notify;      /* in */
    struct policy_handle object;      /* in */
    uint32_t filter;                  /* in */
    uint32_t notify_key;              /* in */
    uint32_t state_sequence;          /* in */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_add_notify_key
{
    struct policy_handle notify;      /* in */
    struct policy_handle key;         /* in */
    uint32_t notify_key;              /* in */
    uint32_t filter;                  /* in */
    uint32_t watch_subtree;           /* in, BOOL */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_get_notify
{
    struct policy_handle notify;      /* in */
    uint32_t notify_key;              /* out */
    uint32_t filter;                  /* out */
    uint32_t state_sequence;          /* out */
    const char *name;                 /* out */
    uint32_t rpc_status;
    uint32_t result;
};

/* -- notification ports (version 2) -- */

/* NOTIFY_FILTER_AND_TYPE_RPC (MS-CMRP 2.2.3.22): 8-aligned, 16 bytes. */
struct cmrp_notify_filter
{
    uint32_t object_type;             /* CLUSTER_OBJECT_TYPE */
    uint64_t flags;                   /* CLUSTER_CHANGE_<TYPE>_V2 bits */
};

/* NOTIFICATION_RPC with its NOTIFICATION_DATA_RPC (MS-CMRP 2.2.3.23-24);
 * the strings are unique pointers and may be NULL. */
struct cmrp_notification
{
    uint32_t notify_key;              /* DWORD_PTR: 4 bytes in NDR20 */
    struct cmrp_notify_filter filter;
    uint8_t *buffer;                  /* unique, size_is(buffer_size) */
    uint32_t buffer_size;
    const char *object_id;
    const char *parent_id;
    const char *name;
    const char *type;
};

struct cmrp_add_notify_v2
{
    struct policy_handle notify;      /* in */
    struct policy_handle object;      /* in: HGENERIC_RPC */
    struct cmrp_notify_filter filter; /* in */
    uint32_t notify_key;              /* in */
    uint32_t version;                 /* in, MUST be 2 */
    uint32_t targeted;                /* in, BOOL isTargetedAtObject */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_get_notify_v2             /* no rpc_status */
{
    struct policy_handle notify;      /* in */
    struct cmrp_notification *notifications; /* out, unique, size_is(count) */
    uint32_t count;                   /* out */
    uint32_t result;
};

struct cmrp_add_notify_resource_type_v2
{
    struct policy_handle notify;      /* in */
    uint64_t filter;                  /* in, LONGLONG: CLUSTER_CHANGE_RESOURCE_TYPE_V2 bits */
    uint32_t notify_key;              /* in */
    const char *type_name;            /* in */
    uint32_t version;                 /* in, MUST be 2 */
    uint32_t rpc_status;
    uint32_t result;
};

/* -- cluster registry batches: CLUSTER_REG_BATCH_UPDATE buffers (cmrp/regbatch.h) -- */

struct cmrp_execute_batch
{
    struct policy_handle key;         /* in */
    uint32_t size;                    /* in */
    uint8_t *data;                    /* in, size_is(size) */
    uint32_t failed_command;          /* out, int: 1-based */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_create_batch_port         /* the port is an [out] parameter, not the result */
{
    struct policy_handle key;         /* in */
    struct policy_handle port;        /* out */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_get_batch_notification    /* no rpc_status */
{
    struct policy_handle port;        /* in */
    uint32_t size;                    /* out */
    uint8_t *data;                    /* out, unique, size_is(size) */
    uint32_t result;
};

struct cmrp_execute_read_batch        /* ApiExecuteReadBatch; Ex adds flags */
{
    struct policy_handle key;         /* in */
    uint32_t in_size;                 /* in */
    uint8_t *in_data;                 /* in, size_is(in_size) */
    uint32_t flags;                   /* in, Ex only: CLUSREG_DATABASE_ISOLATE_READ */
    uint32_t out_size;                /* out */
    uint8_t *out_data;                /* out, unique, size_is(out_size) */
    uint32_t rpc_status;
    uint32_t result;
};
#define cmrp_execute_read_batch_ex cmrp_execute_read_batch

/* -- controls: one buffer in, one buffer out -- */

#define CMRP_CONTROL_BUFFERS \
    uint32_t code;                    /* in */ \
    uint8_t *in_buffer;               /* in, unique, size_is(in_size) */ \
    uint32_t in_size;                 /* in */ \
    uint8_t *out_buffer;              /* out, size_is(out_size), length_is(returned) */ \
    uint32_t out_size;                /* in */ \
    uint32_t returned;                /* out */ \
    uint32_t required;                /* out */ \
    uint32_t rpc_status; \
    uint32_t result;

struct cmrp_object_control            /* Api{Resource,Group,Node,Network,NetInterface,Cluster,GroupSet}Control */
{
    struct policy_handle handle;
    CMRP_CONTROL_BUFFERS
};

struct cmrp_node_object_control       /* ApiNode*Control: the same, run on a given node */
{
    struct policy_handle handle;
    struct policy_handle node;
    CMRP_CONTROL_BUFFERS
};

struct cmrp_type_control              /* ApiResourceTypeControl */
{
    struct policy_handle cluster;
    const char *type_name;
    CMRP_CONTROL_BUFFERS
};

struct cmrp_node_type_control         /* ApiNodeResourceTypeControl */
{
    struct policy_handle cluster;
    const char *type_name;
    struct policy_handle node;
    CMRP_CONTROL_BUFFERS
};

/* -- *Ex state changes with an opaque reason buffer -- */

struct cmrp_handle_flags_buffer       /* ApiOnline/OfflineGroupEx, ApiMoveGroupEx, ApiOnline/OfflineResourceEx */
{
    struct policy_handle handle;      /* in */
    uint32_t flags;                   /* in */
    uint8_t *buffer;                  /* in, size_is(size), ref */
    uint32_t size;                    /* in */
    uint32_t rpc_status;
    uint32_t result;
};

struct cmrp_pair_flags_buffer         /* ApiMoveGroupToNodeEx */
{
    struct policy_handle handle;      /* in */
    struct policy_handle node;        /* in */
    uint32_t flags;                   /* in */
    uint8_t *buffer;                  /* in, size_is(size), ref */
    uint32_t size;                    /* in */
    uint32_t rpc_status;
    uint32_t result;
};

/* -- ApiSetServiceAccountPassword: no rpc_status -- */

/* IDL_CLUSTER_SET_PASSWORD_STATUS (MS-CMRP 2.2.3.18): 12 bytes on the wire,
 * SetAttempted is a 1-byte BOOLEAN padded to the next DWORD. */
struct cmrp_password_status
{
    uint32_t node_id;
    uint8_t set_attempted;
    uint32_t return_status;
};

#define CMRP_SET_PASSWORD_IGNORE_DOWN_NODES 1   /* IDL_CLUSTER_SET_PASSWORD_FLAGS */
#define CMRP_SET_PASSWORD_MAX_STATUSES (64 * 1024) /* [range] of ReturnStatusBufferSize */

struct cmrp_set_service_account_password
{
    const char *new_password;         /* in; never printed */
    uint32_t flags;                   /* in */
    struct cmrp_password_status *statuses; /* out, size_is(buffer_size), length_is(returned) */
    uint32_t buffer_size;             /* in: elements, not bytes */
    uint32_t returned;                /* out */
    uint32_t expected_size;           /* out */
    uint32_t result;
};

/* ---- the engine's description of a call ---- */

enum cmrp_type
{
    CMRP_TYPE_UINT16,
    CMRP_TYPE_UINT32,            /* DWORD, BOOL, error_status_t */
    CMRP_TYPE_HYPER,             /* ULONGLONG: 8-aligned */
    CMRP_TYPE_HANDLE,            /* any H*_RPC context handle: 20 bytes */
    CMRP_TYPE_STRING,            /* [string] LPCWSTR, top-level ref: never NULL */
    CMRP_TYPE_UNIQUE_STRING,     /* [string,unique] LPCWSTR, or [out,string] LPWSTR* */
    CMRP_TYPE_OPVER_PTR,         /* unique pointer to CLUSTER_OPERATIONAL_VERSION_INFO */
    CMRP_TYPE_ENUM_LIST_PTR,     /* PENUM_LIST*: unique pointer to ENUM_LIST */
    CMRP_TYPE_FILETIME,
    CMRP_TYPE_UNIQUE_BYTES,      /* [unique, size_is(size)] UCHAR* */
    CMRP_TYPE_REF_BYTES,         /* [size_is(size)] UCHAR*, top-level ref */
    CMRP_TYPE_CONFORMANT_BYTES,  /* [out, size_is(size)] UCHAR*: exactly size bytes */
    CMRP_TYPE_VARYING_BYTES,     /* [out, size_is(size), length_is(length)] UCHAR* */
    CMRP_TYPE_UNIQUE_WCHARS,     /* [unique, size_is(size)] wchar_t*: UTF-16 units */
    CMRP_TYPE_SECURITY_DESCRIPTOR, /* RPC_SECURITY_DESCRIPTOR, inline */
    CMRP_TYPE_SECURITY_ATTRIBUTES_PTR, /* unique pointer to RPC_SECURITY_ATTRIBUTES */
    CMRP_TYPE_GROUP_INFO_PTR,    /* unique pointer to CLUSTER_CREATE_GROUP_INFO_RPC */
    CMRP_TYPE_GROUP_ENUM_LIST_PTR,    /* PGROUP_ENUM_LIST* */
    CMRP_TYPE_RESOURCE_ENUM_LIST_PTR, /* PRESOURCE_ENUM_LIST* */
    CMRP_TYPE_STRING_ARRAY,      /* [string, size_is(size)] LPWSTR[]: conformant array of unique strings */
    CMRP_TYPE_NOTIFY_FILTER,     /* NOTIFY_FILTER_AND_TYPE_RPC, inline */
    CMRP_TYPE_NOTIFICATIONS_PTR, /* [size_is(,size)] PNOTIFICATION_RPC*: unique conformant array */
    CMRP_TYPE_SECRET_STRING,     /* [string] LPCWSTR like STRING, printed as "(secret)" */
    CMRP_TYPE_PASSWORD_STATUSES, /* [size_is(size), length_is(length)] IDL_CLUSTER_SET_PASSWORD_STATUS[] */
};

/* Directions are the NDR_IN / NDR_OUT flags libndr passes to push/pull. */
#define CMRP_IN    NDR_IN
#define CMRP_OUT   NDR_OUT
#define CMRP_INOUT (NDR_IN | NDR_OUT)

struct cmrp_param
{
    const char *name;
    enum cmrp_type type;
    uint8_t dir;
    uint16_t offset;         /* offsetof() the member in the call struct */
    uint16_t size_offset;    /* arrays: the uint32 member size_is() names */
    uint16_t length_offset;  /* varying arrays: the uint32 member length_is() names */
    uint32_t range_max;      /* UINT32 with [range(0, N)]: N (a larger value fails to pull); 0: none */
};

struct cmrp_call
{
    uint32_t opnum;
    const char *name;        /* the spec's method name */
    size_t struct_size;
    const struct cmrp_param *params;
    unsigned int num_params;
};

/* The interface table to give dcerpc_pipe_connect, dcerpc_binding_handle_call
 * and dcesrv_interface_register.  Slots of unknown opnums are empty. */
extern const struct ndr_interface_table cmrp_table;

/* The call description of an opnum, or NULL if the codec does not know it. */
const struct cmrp_call *cmrp_call_by_opnum(uint32_t opnum);

/* The generic engine; flags are NDR_IN and/or NDR_OUT. */
enum ndr_err_code cmrp_push(struct ndr_push *ndr, int flags, const void *r, const struct cmrp_call *call);
enum ndr_err_code cmrp_pull(struct ndr_pull *ndr, int flags, void *r, const struct cmrp_call *call);
void cmrp_print(struct ndr_print *ndr, const char *name, int flags, const void *r, const struct cmrp_call *call);

#endif /* CMRP_CMRP_H */
