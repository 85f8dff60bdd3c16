/*
 * clusapi.dll, PE half: shared declarations.
 */
#ifndef CLUSAPI_PRIVATE_H
#define CLUSAPI_PRIVATE_H

#include <stdarg.h>

#include "windef.h"
#include "winbase.h"
#include "clusapi.h"
#include "unixlib.h"

/* ---- typed handle objects (handle.c) ----
 * Applications get small table indexes, never pointers, so a stale, NULL,
 * forged or wrong-type handle is detected instead of dereferenced. */

enum object_type
{
    OBJECT_CLUSTER = 1,
    OBJECT_NODE,
    OBJECT_GROUP,
    OBJECT_RESOURCE,
    OBJECT_NETWORK,
    OBJECT_NETINTERFACE,
    /* each enumeration is its own type: ClusterEnum refuses an HGROUPENUM */
    OBJECT_CLUSTER_ENUM,
    OBJECT_CLUSTER_ENUM_EX,
    OBJECT_NODE_ENUM,
    OBJECT_NODE_ENUM_EX,
    OBJECT_GROUP_ENUM,
    OBJECT_RESOURCE_ENUM,
    OBJECT_NETWORK_ENUM,
    OBJECT_RESOURCE_TYPE_ENUM,
    OBJECT_NETINTERFACE_ENUM,
    OBJECT_KEY,                      /* HKEY of the cluster registry: a cluster_object */
    OBJECT_NOTIFY_PORT,              /* HCHANGE (notify.c) */
    OBJECT_GROUPSET,                 /* HGROUPSET: a cluster_object */
    OBJECT_GROUP_ENUM_EX,            /* HGROUPENUMEX (ApiCreateGroupEnum) */
    OBJECT_RESOURCE_ENUM_EX,         /* HRESENUMEX (ApiCreateResourceEnum) */
    OBJECT_GROUPSET_ENUM,            /* HGROUPSETENUM */
    OBJECT_REG_BATCH,                /* HREGBATCH (batch.c) */
    OBJECT_REG_READ_BATCH,           /* HREGREADBATCH */
    OBJECT_REG_READ_BATCH_REPLY,     /* HREGREADBATCHREPLY */
    OBJECT_REG_BATCH_PORT,           /* HREGBATCHPORT */
    OBJECT_REG_BATCH_NOTIFICATION,   /* HREGBATCHNOTIFICATION */
};

struct object
{
    LONG refcount;
    enum object_type type;
    void (*destroy)(struct object *obj);
};

/* Puts obj in the handle table (which takes over the caller's reference). */
HANDLE handle_create(struct object *obj);
/* A new reference to the object behind handle, or NULL with ERROR_INVALID_HANDLE set. */
struct object *handle_get(HANDLE handle, enum object_type type);
/* Takes handle out of the table; returns the table's reference, or NULL as handle_get. */
struct object *handle_remove(HANDLE handle, enum object_type type);
void object_release(struct object *obj);

/* A cluster, or a node/group/resource/network/interface of one: what the
 * Unix side holds a context handle for.  Objects keep their cluster (and so
 * its connection) alive: closing the cluster handle first does not break
 * them, as on Windows (GetClusterFromGroup's documentation). */
struct cluster_object
{
    struct object obj;
    UINT64 unix_object;
    struct cluster_object *cluster;   /* referenced; NULL for a cluster */
    WCHAR *name;                      /* as opened: nodes' names go on the wire in node lists */
};

/* The cluster object of a cluster handle, or of an object handle's cluster. */
struct cluster_object *cluster_from_handle(HCLUSTER handle);
struct cluster_object *object_from_handle(HANDLE handle, enum object_type type);
void cluster_object_destroy(struct object *obj);
/* A new handle for an object (taking the caller's reference), or NULL with the last error set. */
HANDLE object_publish(struct cluster_object *object);

/* A heap copy of a string, NULL for NULL (objects.c). */
WCHAR *heap_strdupW(const WCHAR *str);
/* Wraps a Unix object opened through cluster in a new handle of type; NULL
 * with the last error set (the Unix object closed) on failure (objects.c). */
HANDLE publish_new_object(struct cluster_object *cluster, enum object_type type, UINT64 unix_object,
                          const WCHAR *name);

/* Generic operations behind the exported functions (objects.c). */
HANDLE open_object(HCLUSTER cluster, enum object_type type, const WCHAR *name, BOOL use_ex,
                   DWORD desired_access, DWORD *granted_access);
/* A group or group set of cluster, or a resource of group (type_name, flags);
 * use_ex: a group through ApiCreateGroupEx, with info if not NULL. */
HANDLE create_object(HCLUSTER cluster, HANDLE group, enum object_type type, const WCHAR *name,
                     const WCHAR *type_name, DWORD flags, BOOL use_ex, const CLUSTER_CREATE_GROUP_INFO *info);
BOOL close_object(HANDLE handle, enum object_type type);
HCLUSTER get_cluster_from(HANDLE handle, enum object_type type);
DWORD object_op(HANDLE handle, enum object_type type, enum clusapi_object_op op);
DWORD object_value_op(HANDLE handle, enum object_type type, enum clusapi_object_value_op op, DWORD value);
/* The Ex state changes (ApiOnline/Offline/MoveGroupEx, ApiOnline/OfflineResourceEx): flags and a
 * reason buffer the server records; node: the destination of a move, or NULL. */
DWORD object_ex_op(HANDLE handle, enum object_type type, HNODE node, enum clusapi_object_op op, DWORD flags,
                   BYTE *buffer, DWORD size);
/* Two DWORDs (value1, value2) or a ULONGLONG (flags), and an optional second object. */
DWORD args_op(HANDLE handle, enum object_type type, HANDLE other, enum object_type other_type,
              enum clusapi_args_op op, DWORD value1, DWORD value2, ULONGLONG flags);
DWORD pair_op(HANDLE handle, enum object_type type, HANDLE other, enum object_type other_type,
              enum clusapi_pair_op op);
DWORD get_object_string(HANDLE handle, enum object_type type, enum clusapi_get_string_op op,
                        WCHAR *buffer, DWORD *size);
DWORD set_object_string(HANDLE handle, enum object_type type, enum clusapi_set_string_op op, const WCHAR *string);
/* The state, or -1 (the ...StateUnknown of every state enum) with the last error set. */
DWORD get_object_state(HANDLE handle, enum object_type type, WCHAR *node_name, DWORD *node_size,
                       WCHAR *group_name, DWORD *group_size);

/* Copies a string to a caller buffer with the SDK's rules (cluster.c). */
DWORD copy_name_out(const WCHAR *src, DWORD len, WCHAR *buffer, DWORD *size);

/* Enumerations (enum.c). */
HANDLE open_enum(HANDLE handle, enum object_type type, enum object_type enum_type, DWORD enum_type_bits,
                 const WCHAR *name, const WCHAR *name2);
DWORD get_enum_count(HANDLE handle, enum object_type enum_type);
DWORD enum_entry(HANDLE handle, enum object_type enum_type, DWORD index, DWORD *type, WCHAR *name, DWORD *size);
DWORD enum_entry_ex(HANDLE handle, enum object_type enum_type, DWORD index, void *item, DWORD *item_size);
DWORD close_enum(HANDLE handle, enum object_type enum_type);
/* ClusterGroupOpenEnumEx / ClusterResourceOpenEnumEx (enum_type) and their items. */
HANDLE open_object_enum_ex(HCLUSTER cluster, enum object_type enum_type, const WCHAR *properties,
                           DWORD properties_size, const WCHAR *ro_properties, DWORD ro_properties_size, DWORD flags);
DWORD object_enum_item(HANDLE handle, enum object_type enum_type, DWORD index, void *item, DWORD *item_size);

/* Notification ports (notify.c): handle has just been closed; the ports
 * registered for its CLUSTER_CHANGE_HANDLE_CLOSE queue the event. */
void notify_handle_closed(HANDLE handle);

/* ---- configuration (config.c) ---- */

struct cluster_config
{
    WCHAR *address;
    WCHAR *credentials_file;
    WCHAR *credentials_cache;
    WCHAR *ncalrpc_dir;
    DWORD port;
    DWORD security;          /* enum clusapi_security */
    DWORD authentication;    /* enum clusapi_authentication */
    DWORD local_transport;   /* enum clusapi_local_transport */
    DWORD timeout_ms;
    DWORD tcp_nodelay;       /* 0: leave Nagle's algorithm on (for measurements) */
    BOOL local_node;         /* this machine is configured as a cluster node */
    /* Which registry values it was made from (see open_cluster_params). */
    UINT64 user_key;
    UINT64 settings_generation;
    BOOL settings_kept;      /* those kept from an earlier read: an open reads them again */
};

/* Reads the configuration of a cluster name (NULL = the local cluster).  The
 * registry values are those read before for the name unless refresh (or
 * none were): an open checks them while it waits for the server. */
void config_load(const WCHAR *name, BOOL refresh, struct cluster_config *config);
void config_free(struct cluster_config *config);
void config_to_endpoint(const WCHAR *name, const struct cluster_config *config,
                        struct cluster_endpoint *endpoint);

/* ---- the Unix half ---- */

BOOL unix_call(enum clusapi_funcs code, void *params);

/* The Win32 error of a call's outcome: the transport's first, else the method's. */
static inline DWORD call_error(UINT32 rpc_status, UINT32 result)
{
    return rpc_status ? rpc_status : result;
}

#endif /* CLUSAPI_PRIVATE_H */
