/*
 * The MS-CMRP client on Samba's public libraries, behind a plain C interface.
 *
 * Samba's and Wine's headers cannot share a translation unit (both define
 * NTSTATUS and ERROR_* differently), so client.c sees only Samba and
 * unixlib.c only Wine; this header uses neither.
 *
 * A cluster handle and every object handle opened through it are
 * client_objects sharing one connection; the connection lives until its last
 * object is closed.  Strings go in as UTF-8 and come out as UTF-16 written
 * into caller buffers (struct client_wstr).  Every function returns the
 * transport outcome as a Win32 RPC error (0 = the method ran) and the
 * method's own status in *result, kept apart.
 */
#ifndef CLUSAPI_UNIX_CLIENT_H
#define CLUSAPI_UNIX_CLIENT_H

#include <stdint.h>
#include <stdbool.h>

#include "dlls/clusapi/endpoint.h"
#include "dlls/clusapi/operations.h"

struct client_object;
struct client_enum;

struct client_endpoint
{
    const char *name;               /* NULL = the local cluster */
    const char *address;            /* host to connect to instead of name, or NULL */
    const char *credentials_file;
    const char *ncalrpc_dir;
    uint32_t port;
    uint32_t security;              /* enum clusapi_security */
    uint32_t local_transport;       /* enum clusapi_local_transport */
    uint32_t timeout_ms;
};

/* A caller-owned UTF-16 buffer: at most size - 1 characters and a NUL are
 * written (nothing if size is 0); *len is always the full length. */
struct client_wstr
{
    uint16_t *buffer;
    uint32_t size;
    uint32_t *len;
};

void client_init(void);

/* Connects and opens the cluster; *cluster is the cluster object. */
uint32_t client_open_cluster(const struct client_endpoint *endpoint, bool use_ex,
                             uint32_t desired_access, uint32_t *granted_access,
                             uint32_t *result, struct client_object **cluster);

/* Opens a node, group, resource, network or interface of the cluster by name. */
uint32_t client_open_object(struct client_object *cluster, enum clusapi_object_kind kind, const char *name,
                            bool use_ex, uint32_t desired_access, uint32_t *granted_access,
                            uint32_t *result, struct client_object **object);

/* Creates a group (group and type_name NULL) or a resource in group. */
uint32_t client_create_object(struct client_object *cluster, enum clusapi_object_kind kind, const char *name,
                              struct client_object *group, const char *type_name, uint32_t flags,
                              uint32_t *result, struct client_object **object);

/* Closes the server's handle and frees the object whatever happens. */
uint32_t client_close_object(struct client_object *object, uint32_t *result);

enum clusapi_object_kind client_object_kind(const struct client_object *object);

uint32_t client_object_op(struct client_object *object, enum clusapi_object_op op, uint32_t *result);
uint32_t client_object_value_op(struct client_object *object, enum clusapi_object_value_op op,
                                uint32_t value, uint32_t *result);
uint32_t client_pair_op(struct client_object *object, struct client_object *other,
                        enum clusapi_pair_op op, uint32_t *result);
uint32_t client_get_string(struct client_object *object, enum clusapi_get_string_op op,
                           struct client_wstr string, uint32_t *result);
uint32_t client_set_string(struct client_object *object, enum clusapi_set_string_op op,
                           const char *string, uint32_t *result);
/* State, and for groups and resources the owner node, for resources the group. */
uint32_t client_get_state(struct client_object *object, uint32_t *state, struct client_wstr node_name,
                          struct client_wstr group_name, uint32_t *result);

uint32_t client_get_cluster_name(struct client_object *cluster,
                                 struct client_wstr cluster_name, struct client_wstr node_name,
                                 uint32_t *result);

struct client_version
{
    uint16_t major_version, minor_version, build_number;
    bool has_operational_version;
    uint32_t highest_version, lowest_version, flags;
};

uint32_t client_get_cluster_version(struct client_object *cluster,
                                    struct client_wstr vendor_id, struct client_wstr csd_version,
                                    struct client_version *version, uint32_t *result);

uint32_t client_set_cluster_name(struct client_object *cluster, const char *name, uint32_t *result);
uint32_t client_get_quorum(struct client_object *cluster, struct client_wstr resource_name,
                           struct client_wstr device_name, uint32_t *max_log_size, uint32_t *result);
uint32_t client_set_quorum(struct client_object *resource, const char *device_name, uint32_t max_log_size,
                           uint32_t *result);
/* Creates a resource type when display_name is set, deletes it otherwise. */
uint32_t client_resource_type(struct client_object *cluster, const char *type_name, const char *display_name,
                              const char *dll_name, uint32_t looks_alive, uint32_t is_alive, uint32_t *result);
uint32_t client_get_net_interface(struct client_object *cluster, const char *node_name, const char *network_name,
                                  struct client_wstr interface_name, uint32_t *result);
uint32_t client_set_group_node_list(struct client_object *group, const uint16_t *node_list, uint32_t len,
                                    uint32_t *result);
/* ApiOnline/OfflineGroupEx, ApiMoveGroup(ToNode)Ex, ApiOnline/OfflineResourceEx. */
uint32_t client_object_ex_op(struct client_object *object, struct client_object *node, enum clusapi_object_op op,
                             uint32_t flags, const uint8_t *buffer, uint32_t size, uint32_t *result);

/* Enumerations are fetched once and kept here: entries are then read locally. */
uint32_t client_create_enum(struct client_object *object, enum clusapi_enum_kind kind, uint32_t type,
                            bool with_ids, const char *name, const char *name2,
                            uint32_t *result, struct client_enum **list, uint32_t *count);
/* false if index is past the end. */
bool client_enum_entry(struct client_enum *list, uint32_t index, uint32_t *type,
                       struct client_wstr name, struct client_wstr id);
void client_free_enum(struct client_enum *list);

/* Tracing hook, set by unixlib.c to route messages to WINEDEBUG's clusapi channel. */
enum client_log_level { CLIENT_LOG_TRACE, CLIENT_LOG_WARN, CLIENT_LOG_ERR };
extern void (*client_log)(enum client_log_level level, const char *function, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif /* CLUSAPI_UNIX_CLIENT_H */
