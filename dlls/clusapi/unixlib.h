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
    const WCHAR *ncalrpc_dir;       /* directory of the local socket, NULL = Samba's default */
    UINT32 port;                    /* TCP port; 0 = ask the endpoint mapper */
    UINT32 security;                /* enum clusapi_security */
    UINT32 local_transport;         /* enum clusapi_local_transport */
    UINT32 timeout_ms;              /* per-call RPC timeout */
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

struct open_cluster_params
{
    struct cluster_endpoint endpoint;
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

/* A group (group == 0, type_name NULL) or a resource in a group. */
struct create_object_params
{
    UINT64 cluster;
    UINT32 kind;                    /* enum clusapi_object_kind */
    UINT32 flags;                   /* resources: CLUSTER_RESOURCE_*_MONITOR */
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
    unix_funcs_count
};

#endif /* CLUSAPI_UNIXLIB_H */
