/*
 * The contract between clusapi.dll (PE, Win32 semantics) and clusapi.so
 * (Unix, MS-CMRP through Samba): one params struct per call, fixed-width
 * types and pointers only, so that a WoW64 thunk can convert them.
 *
 * Every call returns an NTSTATUS that is STATUS_SUCCESS unless the params
 * themselves were unusable.  What happened on the network comes back in two
 * fields kept apart on purpose:
 *   rpc_status  the transport outcome as a Win32 RPC error (RPC_S_*, 0 if
 *               the method ran on the server);
 *   result      the method's own error_status_t (or Status).
 */
#ifndef CLUSAPI_UNIXLIB_H
#define CLUSAPI_UNIXLIB_H

#include <windef.h>
#include "wine/unixlib.h"
#include "endpoint.h"
#include "operations.h"

/* Where a cluster is and how to talk to it, as the configuration says. */
struct cluster_endpoint
{
    const WCHAR *name;              /* cluster, node or address; NULL = the local cluster */
    const WCHAR *address;           /* host to connect to instead of name, or NULL */
    const WCHAR *credentials_file;  /* Samba authentication file, or NULL */
    const WCHAR *credentials_cache; /* Kerberos credential cache, or NULL (KRB5CCNAME) */
    const WCHAR *ncalrpc_dir;       /* directory of the local socket, NULL = Samba's default */
    UINT32 port;                    /* TCP port; 0 = ask the endpoint mapper */
    UINT32 security;                /* enum clusapi_security */
    UINT32 authentication;          /* enum clusapi_authentication */
    UINT32 local_transport;         /* enum clusapi_local_transport */
    UINT32 timeout_ms;              /* connect and per-call RPC timeout, 0 = none */
    UINT32 tcp_nodelay;             /* set TCP_NODELAY after connecting */
};

/* A string the Unix side fills: it writes at most size - 1 characters and a
 * NUL (nothing when size is 0) and always reports the full length. */
struct unix_string
{
    WCHAR *buffer;
    UINT32 size;                    /* in: capacity in characters, NUL included */
    UINT32 len;                     /* out: length in characters, NUL excluded */
};

struct process_attach_params
{
    UINT32 dummy;
};

/* The configuration's registry values (docs/configuration.md), which the
 * Unix side reads and keeps per cluster name: read_settings hands them back
 * to back in this form, each entry's start 4-byte aligned. */
enum settings_scope
{
    SETTINGS_SCOPE_GLOBAL,          /* HKCU\Software\Wine\Clusapi */
    SETTINGS_SCOPE_CLUSTER,         /* its Clusters\<name> */
};

struct settings_value
{
    UINT32 scope;                   /* enum settings_scope */
    UINT32 type;                    /* REG_* */
    UINT32 name_size;               /* bytes, no NUL; the name (WCHARs) follows */
    UINT32 data_size;               /* bytes; the data follows the name */
};

/* An entry's bytes, header, name, data and padding included. */
static inline UINT32 settings_value_size(UINT32 name_size, UINT32 data_size)
{
    return (sizeof(struct settings_value) + name_size + data_size + 3) & ~3u;
}

struct read_settings_params
{
    UINT64 user_key;                /* an open handle to HKEY_CURRENT_USER's key */
    const WCHAR *name;              /* cluster name; NULL = the local cluster */
    UINT32 refresh;                 /* read the registry even if values are kept */
    void *buffer;                   /* out: settings_value entries */
    UINT32 size;                    /* in: bytes in buffer */
    UINT32 len;                     /* out: bytes written, or needed if more than size */
    UINT32 kept;                    /* out: the values kept from an earlier read */
    UINT64 generation;              /* out: names these values for open_cluster */
};

struct open_cluster_params
{
    struct cluster_endpoint endpoint;
    UINT64 user_key;                /* as in read_settings */
    UINT64 settings_generation;     /* the values endpoint was made from */
    UINT32 check_settings;          /* they were kept: read the registry again during the open */
    UINT32 settings_changed;        /* out: they were stale; nothing is left open */
    UINT32 use_ex;                  /* ApiOpenClusterEx rather than ApiOpenCluster */
    UINT32 desired_access;          /* ApiOpenClusterEx only */
    UINT32 granted_access;          /* out, ApiOpenClusterEx only */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out: Status */
    UINT64 cluster;                 /* out: the Unix side's cluster connection */
};

/* Closes a cluster or object handle; the Unix object is freed whatever the outcome. */
struct close_object_params
{
    UINT64 object;
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct open_object_params
{
    UINT64 cluster;
    UINT32 kind;                    /* enum clusapi_object_kind */
    UINT32 use_ex;                  /* ApiOpen*Ex, with desired_access */
    const WCHAR *name;
    UINT32 desired_access;
    UINT32 granted_access;          /* out, Ex only */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out: Status */
    UINT64 object;                  /* out */
};

/* A group or group set (group == 0, type_name NULL) or a resource in a group. */
struct create_object_params
{
    UINT64 cluster;
    UINT32 kind;                    /* enum clusapi_object_kind */
    UINT32 flags;                   /* resources: CLUSTER_RESOURCE_*_MONITOR */
    UINT32 use_ex;                  /* groups: ApiCreateGroupEx */
    UINT32 has_group_info;          /* ApiCreateGroupEx: CLUSTER_CREATE_GROUP_INFO given */
    UINT32 group_info_version;
    UINT32 group_type;
    const WCHAR *name;
    const WCHAR *type_name;
    UINT64 group;
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out: Status */
    UINT64 object;                  /* out */
};

struct object_op_params
{
    UINT64 object;
    UINT32 op;                      /* enum clusapi_object_op, or _value_op with value */
    UINT32 value;
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct pair_op_params
{
    UINT64 object;
    UINT64 other;
    UINT32 op;                      /* enum clusapi_pair_op */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct args_op_params
{
    UINT64 object;
    UINT64 other;                   /* 0 if none */
    UINT32 op;                      /* enum clusapi_args_op */
    UINT32 value1;
    UINT32 value2;
    UINT64 flags;
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct get_string_params
{
    UINT64 object;
    UINT32 op;                      /* enum clusapi_get_string_op */
    struct unix_string string;
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct set_string_params
{
    UINT64 object;
    UINT32 op;                      /* enum clusapi_set_string_op */
    const WCHAR *string;
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct get_state_params
{
    UINT64 object;
    UINT32 state;                   /* out */
    struct unix_string node_name;   /* groups and resources: the owner node */
    struct unix_string group_name;  /* resources: the group */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct create_enum_params
{
    UINT64 object;                  /* the cluster, or the object enumerated from */
    UINT32 kind;                    /* enum clusapi_enum_kind */
    UINT32 type;                    /* the CLUSTER_*_ENUM_* bits */
    UINT32 with_ids;                /* the Ex methods: ids next to names */
    const WCHAR *name;              /* resource type name; node name for interfaces */
    const WCHAR *name2;             /* network name for interfaces */
    UINT32 count;                   /* out */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
    UINT64 list;                    /* out: kept on the Unix side until free_enum */
};

struct enum_entry_params
{
    UINT64 list;
    UINT32 index;
    UINT32 type;                    /* out */
    struct unix_string name;
    struct unix_string id;
    UINT32 found;                   /* out: FALSE past the end */
};

/* Bytes the Unix side fills: at most size are written, len is the full length. */
struct unix_bytes
{
    BYTE *buffer;
    UINT32 size;                    /* in: capacity */
    UINT32 len;                     /* out */
};

/* ApiCreateGroupEnum or ApiCreateResourceEnum (kind): the names of the
 * properties to get (MULTI_SZ, bytes). */
struct create_object_enum_params
{
    UINT64 cluster;
    UINT32 kind;                    /* CLUSAPI_OBJECT_GROUP or CLUSAPI_OBJECT_RESOURCE */
    const BYTE *properties;
    UINT32 properties_size;
    const BYTE *ro_properties;
    UINT32 ro_properties_size;
    UINT32 count;                   /* out */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
    UINT64 list;                    /* out: freed by free_enum */
};

/* One entry of such a list: groups have owner = the owner node, state and
 * flags; resources owner = the group's name, owner_id its id. */
struct object_enum_item_params
{
    UINT64 list;
    UINT32 index;
    struct unix_string name;
    struct unix_string id;
    struct unix_string owner;
    struct unix_string owner_id;
    UINT32 state;                   /* out */
    UINT32 flags;                   /* out */
    struct unix_bytes properties;
    struct unix_bytes ro_properties;
    UINT32 found;                   /* out: FALSE past the end */
};

struct free_enum_params
{
    UINT64 list;
};

struct get_cluster_name_params
{
    UINT64 cluster;
    struct unix_string cluster_name;
    struct unix_string node_name;
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct get_cluster_version_params
{
    UINT64 cluster;
    struct unix_string vendor_id;
    struct unix_string csd_version;
    UINT16 major_version;           /* out */
    UINT16 minor_version;           /* out */
    UINT16 build_number;            /* out */
    UINT16 has_operational_version; /* out: the server sent CLUSTER_OPERATIONAL_VERSION_INFO */
    UINT32 highest_version;         /* out */
    UINT32 lowest_version;          /* out */
    UINT32 flags;                   /* out */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct set_cluster_name_params
{
    UINT64 cluster;
    const WCHAR *name;
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct get_quorum_params
{
    UINT64 cluster;
    struct unix_string resource_name;
    struct unix_string device_name;
    UINT32 max_log_size;            /* out */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct set_quorum_params
{
    UINT64 resource;
    const WCHAR *device_name;
    UINT32 max_log_size;
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

/* Creates (display_name and dll_name set) or deletes a resource type. */
struct resource_type_params
{
    UINT64 cluster;
    const WCHAR *type_name;
    const WCHAR *display_name;
    const WCHAR *dll_name;
    UINT32 looks_alive;
    UINT32 is_alive;
    UINT32 create;
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct get_net_interface_params
{
    UINT64 cluster;
    const WCHAR *node_name;
    const WCHAR *network_name;
    struct unix_string interface_name;
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct set_group_node_list_params
{
    UINT64 group;
    const WCHAR *node_list;         /* MULTI_SZ */
    UINT32 node_list_len;           /* UTF-16 units, both NULs included */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

/* The *Ex state changes: flags and an opaque reason buffer. */
struct object_ex_op_params
{
    UINT64 object;
    UINT64 node;                    /* ApiMoveGroupToNodeEx only */
    UINT32 op;                      /* enum clusapi_object_op: ONLINE, OFFLINE, MOVE */
    UINT32 flags;
    const BYTE *buffer;
    UINT32 size;
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

/* ---- the cluster registry ---- */

/* ApiGetRootKey (object is a cluster, type_name NULL), or an object's own key:
 * Nodes\<id>, Groups\<id>, ... under the root, or ResourceTypes\<type_name>
 * (object is the cluster). */
struct get_key_params
{
    UINT64 object;
    const WCHAR *type_name;
    UINT32 desired_access;          /* REGSAM */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out: Status */
    UINT64 key;                     /* out */
};

/* ApiOpenKey, or ApiCreateKey when create is set. */
struct open_key_params
{
    UINT64 key;
    const WCHAR *subkey;
    UINT32 create;
    UINT32 options;                 /* ApiCreateKey: REG_OPTION_* */
    UINT32 desired_access;
    const BYTE *security;           /* ApiCreateKey: self-relative descriptor or NULL */
    UINT32 security_size;
    UINT32 disposition;             /* out, ApiCreateKey */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out: Status */
    UINT64 new_key;                 /* out */
};

struct key_name_op_params
{
    UINT64 key;
    UINT32 op;                      /* enum clusapi_key_name_op */
    const WCHAR *name;
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct enum_key_params
{
    UINT64 key;
    UINT32 index;
    struct unix_string name;
    UINT64 last_write;              /* out: FILETIME */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

/* ApiQueryValue (name) or ApiEnumValue (enumerate: index, the value's name
 * into value_name).  data receives at most capacity bytes. */
struct query_value_params
{
    UINT64 key;
    UINT32 enumerate;
    UINT32 index;
    const WCHAR *name;
    struct unix_string value_name;
    UINT32 type;                    /* out */
    BYTE *data;
    UINT32 capacity;
    UINT32 size;                    /* out: bytes written to data */
    UINT32 required;                /* out: the value's size (ERROR_MORE_DATA) */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct set_value_params
{
    UINT64 key;
    const WCHAR *name;
    UINT32 type;
    const BYTE *data;
    UINT32 size;
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

struct query_info_key_params
{
    UINT64 key;
    UINT32 subkeys;                 /* out */
    UINT32 max_subkey_len;          /* out, characters */
    UINT32 values;                  /* out */
    UINT32 max_value_name_len;      /* out, characters */
    UINT32 max_value_len;           /* out, bytes */
    UINT32 security_size;           /* out */
    UINT64 last_write;              /* out: FILETIME */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

/* ApiGetKeySecurity (descriptor: a buffer of capacity bytes) or, with set,
 * ApiSetKeySecurity (descriptor of capacity bytes). */
struct key_security_params
{
    UINT64 key;
    UINT32 set;
    UINT32 information;             /* SECURITY_INFORMATION */
    BYTE *descriptor;
    UINT32 capacity;
    UINT32 size;                    /* out: bytes written */
    UINT32 required;                /* out: ERROR_INSUFFICIENT_BUFFER */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

/* ---- control codes: Api*Control and ApiNode*Control ---- */

struct control_params
{
    UINT64 object;                  /* the object; the cluster for resource types */
    UINT64 host_node;               /* 0, or the node that runs the control */
    const WCHAR *type_name;         /* resource types only */
    UINT32 code;
    const void *in;
    UINT32 in_size;
    void *out;
    UINT32 out_size;
    UINT32 returned;                /* out: bytes written to out */
    UINT32 required;                /* out: lpcbRequired (ERROR_MORE_DATA) */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

/* ---- notification ports (versions 1 and 2) ----
 * A port is a Unix-side queue; each cluster connection it watches has a
 * session: a server port (ApiCreateNotify(V2)) and a connection of its own in
 * the same association, on which a PE thread runs notify_pump (the blocking
 * ApiGetNotify(V2) loop) until the port closes. */

struct notify_create_params
{
    UINT32 version;                 /* 1 or 2 */
    UINT64 port;                    /* out, 0 when out of memory */
};

/* ApiAddNotify{Cluster,Node,Group,Resource,Network,NetInterface,Key}, by the
 * object's kind; creates the session for the object's connection first. */
struct notify_register_params
{
    UINT64 port;
    UINT64 object;
    UINT32 filter;                  /* CLUSTER_CHANGE_* bits for the server */
    UINT32 cookie;                  /* the wire dwNotifyKey */
    UINT32 watch_subtree;           /* keys: CLUSTER_CHANGE_REGISTRY_SUBTREE */
    UINT32 state_sequence;          /* out */
    UINT64 new_session;             /* out: a session that needs its pump, or 0 */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

/* Version 2: ApiAddNotifyV2 (object_type, flags, targeted) or, with
 * type_name, ApiAddNotifyResourceTypeV2; object is the cluster unless
 * targeted. */
struct notify_register_v2_params
{
    UINT64 port;
    UINT64 object;
    UINT32 object_type;             /* CLUSTER_OBJECT_TYPE */
    UINT32 targeted;
    UINT64 flags;                   /* CLUSTER_CHANGE_<TYPE>_V2 bits for the server */
    const WCHAR *type_name;
    UINT32 cookie;
    UINT32 watch_only;              /* nothing for the server: only a session whose pump notices the
                                       connection failing (CLUSTER_CHANGE_CLUSTER_STATE_V2) */
    UINT64 new_session;             /* out */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

/* Runs a session's ApiGetNotify loop; returns when the port closes or the
 * session's connection fails. */
struct notify_pump_params
{
    UINT64 session;
    UINT32 rpc_status;              /* out: why it stopped */
    UINT32 result;                  /* out */
};

/* Waits up to timeout_ms (0xffffffff: for ever) for the oldest event; the
 * texts whose bit (1 << enum clusapi_notify_text) is in want and, with
 * want_buffer, the payload are copied out.  If one does not fit, the event
 * stays queued: CLUSAPI_NOTIFY_MORE_DATA and every wanted length set. */
struct notify_get_params
{
    UINT64 port;
    UINT32 timeout_ms;
    UINT32 want;
    struct unix_string text[CLUSAPI_NOTIFY_TEXT_COUNT];
    UINT32 want_buffer;
    BYTE *buffer;
    UINT32 buffer_capacity;
    UINT32 buffer_size;             /* out */
    UINT32 outcome;                 /* out: enum clusapi_notify_outcome */
    UINT32 cookie;                  /* out */
    UINT32 filter;                  /* out: v1 */
    UINT32 object_type;             /* out: v2 */
    UINT64 flags;                   /* out: v2 */
    UINT32 remaining;               /* out: events still queued */
};

/* Queues an event made by the client (CLUSTER_CHANGE_HANDLE_CLOSE, ...):
 * v1 filter, or v2 object_type and flags. */
struct notify_post_params
{
    UINT64 port;
    UINT32 cookie;
    UINT32 filter;
    UINT32 object_type;
    UINT64 flags;
    const WCHAR *name;
};

/* Returns once an event arrived after the arrivals-th one (outcome
 * CLUSAPI_NOTIFY_EVENT, arrivals and queued updated) or the port is closing
 * (CLUSAPI_NOTIFY_CLOSED).  For GetNotifyEventHandle's watcher thread. */
struct notify_wait_params
{
    UINT64 port;
    UINT32 poll;                    /* TRUE: do not wait, only say how many are queued */
    UINT64 arrivals;                /* in, out */
    UINT32 queued;                  /* out */
    UINT32 outcome;                 /* out */
};

/* Wakes every waiter and pump, then unblocks and closes the server ports
 * (ApiUnblockGetNotifyCall, ApiCloseNotify); notify_free once the pumps and
 * waiters have returned. */
struct notify_port_params
{
    UINT64 port;
};

/* ---- cluster registry batches ---- */

enum clusapi_batch_op
{
    CLUSAPI_BATCH_EXECUTE,           /* ApiExecuteBatch */
    CLUSAPI_BATCH_READ,              /* ApiExecuteReadBatch */
    CLUSAPI_BATCH_READ_EX,           /* ApiExecuteReadBatchEx (flags) */
};

/* A CLUSTER_REG_BATCH_UPDATE for a key; a read's reply comes back as a
 * Unix-side copy (reply, reply_size) to collect with blob_take. */
struct batch_params
{
    UINT64 key;
    UINT32 op;                      /* enum clusapi_batch_op */
    UINT32 flags;
    const BYTE *data;
    UINT32 size;
    UINT32 failed_command;          /* out: 1-based, ApiExecuteBatch */
    UINT64 reply;                   /* out */
    UINT32 reply_size;              /* out */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

/* Copies capacity bytes of a reply into buffer (NULL: none) and frees it. */
struct blob_take_params
{
    UINT64 blob;
    BYTE *buffer;
    UINT32 capacity;
};

enum clusapi_batch_port_op
{
    CLUSAPI_BATCH_PORT_CREATE,       /* ApiCreateBatchPort on key: port */
    CLUSAPI_BATCH_PORT_GET,          /* ApiGetBatchNotification (blocks): reply */
    CLUSAPI_BATCH_PORT_CLOSE,        /* wakes a getter, ApiCloseBatchPort */
    CLUSAPI_BATCH_PORT_FREE,         /* once no getter runs */
};

struct batch_port_params
{
    UINT32 op;                      /* enum clusapi_batch_port_op */
    UINT64 key;
    UINT64 port;                    /* in; out for CREATE */
    UINT64 reply;                   /* out */
    UINT32 reply_size;              /* out */
    UINT32 rpc_status;              /* out */
    UINT32 result;                  /* out */
};

enum clusapi_funcs
{
    unix_process_attach,
    unix_open_cluster,
    unix_close_object,
    unix_get_cluster_name,
    unix_get_cluster_version,
    unix_open_object,
    unix_create_object,
    unix_object_op,
    unix_object_value_op,
    unix_pair_op,
    unix_get_string,
    unix_set_string,
    unix_get_state,
    unix_create_enum,
    unix_enum_entry,
    unix_free_enum,
    unix_set_cluster_name,
    unix_get_quorum,
    unix_set_quorum,
    unix_resource_type,
    unix_get_net_interface,
    unix_set_group_node_list,
    unix_object_ex_op,
    unix_get_key,
    unix_open_key,
    unix_key_name_op,
    unix_enum_key,
    unix_query_value,
    unix_set_value,
    unix_query_info_key,
    unix_key_security,
    unix_control,
    unix_notify_create,
    unix_notify_register,
    unix_notify_pump,
    unix_notify_get,
    unix_notify_post,
    unix_notify_shutdown,
    unix_notify_free,
    unix_args_op,
    unix_create_object_enum,
    unix_object_enum_item,
    unix_notify_register_v2,
    unix_notify_wait,
    unix_batch,
    unix_blob_take,
    unix_batch_port,
    unix_read_settings,
    unix_funcs_count
};

#endif /* CLUSAPI_UNIXLIB_H */
