/*
 * The MS-CMRP client on Samba's public libraries, behind a plain C interface.
 *
 * Samba's and Wine's headers cannot share a translation unit (both define
 * NTSTATUS and ERROR_* differently), so client.c sees only Samba and
 * unixlib.c only Wine; this header uses neither.
 *
 * A cluster handle and every object handle opened through it are
 * client_objects sharing one connection; the connection lives until its last
 * object is closed, and reconnects to another node of the cluster when its
 * node fails, reopening every object: callers never see new handles.  Strings go in as UTF-8 and come out as UTF-16 written
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
    const char *credentials_file;   /* Samba authentication file, or NULL */
    const char *credentials_cache;  /* Kerberos credential cache, or NULL (KRB5CCNAME) */
    const char *ncalrpc_dir;
    uint32_t port;
    uint32_t security;              /* enum clusapi_security */
    uint32_t authentication;        /* enum clusapi_authentication */
    uint32_t local_transport;       /* enum clusapi_local_transport */
    uint32_t timeout_ms;            /* connect and per-call timeout, 0 = none */
    bool tcp_nodelay;               /* TCP_NODELAY after the bind */
};

/* A caller-owned UTF-16 buffer: at most size - 1 characters and a NUL are
 * written (nothing if size is 0); *len is always the full length. */
struct client_wstr
{
    uint16_t *buffer;
    uint32_t size;
    uint32_t *len;
};

/* Caller-owned bytes: at most size are written; *len is always the full length. */
struct client_bytes
{
    uint8_t *buffer;
    uint32_t size;
    uint32_t *len;
};

/* The optional CLUSTER_CREATE_GROUP_INFO of ApiCreateGroupEx. */
struct client_group_info
{
    uint32_t version;
    uint32_t group_type;
};

void client_init(void);

/* Something a caller has to do during an open, at no cost to it. */
struct client_open_work
{
    void (*run)(void *private);
    void *private;
};

/* Connects and opens the cluster; *cluster is the cluster object.  work, if
 * not NULL, runs at most once, while the open waits for the server if it
 * waits long enough; whether it ran is the caller's to note. */
uint32_t client_open_cluster(const struct client_endpoint *endpoint, bool use_ex,
                             uint32_t desired_access, uint32_t *granted_access,
                             uint32_t *result, struct client_object **cluster,
                             const struct client_open_work *work);

/* Opens a node, group, resource, network or interface of the cluster by name. */
uint32_t client_open_object(struct client_object *cluster, enum clusapi_object_kind kind, const char *name,
                            bool use_ex, uint32_t desired_access, uint32_t *granted_access,
                            uint32_t *result, struct client_object **object);

/* Creates a group or group set (group and type_name NULL) or a resource in
 * group.  use_ex: a group through ApiCreateGroupEx, with info or without. */
uint32_t client_create_object(struct client_object *cluster, enum clusapi_object_kind kind, const char *name,
                              struct client_object *group, const char *type_name, uint32_t flags, bool use_ex,
                              const struct client_group_info *info, uint32_t *result, struct client_object **object);

/* Closes the server's handle and frees the object whatever happens. */
uint32_t client_close_object(struct client_object *object, uint32_t *result);

enum clusapi_object_kind client_object_kind(const struct client_object *object);

uint32_t client_object_op(struct client_object *object, enum clusapi_object_op op, uint32_t *result);
uint32_t client_object_value_op(struct client_object *object, enum clusapi_object_value_op op,
                                uint32_t value, uint32_t *result);
uint32_t client_pair_op(struct client_object *object, struct client_object *other,
                        enum clusapi_pair_op op, uint32_t *result);
/* other may be NULL where the operation allows it (a pause without drain target). */
uint32_t client_args_op(struct client_object *object, struct client_object *other, enum clusapi_args_op op,
                        uint32_t value1, uint32_t value2, uint64_t flags, uint32_t *result);
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
/* ApiCreateGroupEnum / ApiCreateResourceEnum (kind) on the cluster, with the
 * property names (MULTI_SZ bytes) to fetch. */
uint32_t client_create_object_enum(struct client_object *cluster, enum clusapi_object_kind kind,
                                   const uint8_t *properties, uint32_t properties_size,
                                   const uint8_t *ro_properties, uint32_t ro_properties_size,
                                   uint32_t *result, struct client_enum **list, uint32_t *count);
/* An entry of such a list; false past the end.  Groups: owner is the owner
 * node, owner_id empty; resources: owner and owner_id are the group's, state
 * and flags 0. */
bool client_object_enum_item(struct client_enum *list, uint32_t index, struct client_wstr name,
                             struct client_wstr id, struct client_wstr owner, struct client_wstr owner_id,
                             uint32_t *state, uint32_t *flags, struct client_bytes properties,
                             struct client_bytes ro_properties);

/* ---- the cluster registry: keys are client_objects of kind CLUSAPI_OBJECT_KEY ---- */

/* The root key (object is a cluster, type_name NULL), an object's key, or a
 * resource type's key (object is the cluster, type_name its name). */
uint32_t client_get_key(struct client_object *object, const char *type_name, uint32_t desired_access,
                        uint32_t *result, struct client_object **key);
/* ApiOpenKey, or ApiCreateKey (security: a self-relative descriptor or NULL). */
uint32_t client_open_key(struct client_object *key, const char *subkey, bool create, uint32_t options,
                         uint32_t desired_access, const uint8_t *security, uint32_t security_size,
                         uint32_t *disposition, uint32_t *result, struct client_object **new_key);
uint32_t client_key_name_op(struct client_object *key, enum clusapi_key_name_op op, const char *name,
                            uint32_t *result);
uint32_t client_enum_key(struct client_object *key, uint32_t index, struct client_wstr name,
                         uint64_t *last_write, uint32_t *result);
/* ApiQueryValue (name) or ApiEnumValue (enumerate, index; the value's name
 * into value_name).  At most capacity bytes go to data; *size is what was
 * written, *required the value's size when it did not fit. */
uint32_t client_query_value(struct client_object *key, bool enumerate, uint32_t index, const char *name,
                            struct client_wstr value_name, uint32_t *type, uint8_t *data, uint32_t capacity,
                            uint32_t *size, uint32_t *required, uint32_t *result);
uint32_t client_set_value(struct client_object *key, const char *name, uint32_t type, const uint8_t *data,
                          uint32_t size, uint32_t *result);

struct client_key_info
{
    uint32_t subkeys, max_subkey_len, values, max_value_name_len, max_value_len, security_size;
    uint64_t last_write;
};

uint32_t client_query_info_key(struct client_object *key, struct client_key_info *info, uint32_t *result);
/* ApiSetKeySecurity (set: descriptor of capacity bytes) or ApiGetKeySecurity
 * (into descriptor, capacity bytes; *required when it does not fit). */
uint32_t client_key_security(struct client_object *key, bool set, uint32_t information, uint8_t *descriptor,
                             uint32_t capacity, uint32_t *size, uint32_t *required, uint32_t *result);

/* ---- control codes ---- */

/* The Api*Control method of object's kind (ApiResourceTypeControl for a
 * cluster with a type name), or its ApiNode*Control form with host_node.
 * At most out_size bytes go to out: *returned; *required on ERROR_MORE_DATA. */
uint32_t client_control(struct client_object *object, struct client_object *host_node, const char *type_name,
                        uint32_t code, const void *in, uint32_t in_size, void *out, uint32_t out_size,
                        uint32_t *returned, uint32_t *required, uint32_t *result);

/* ---- notification ports (versions 1 and 2) ---- */

struct client_notify_port;
struct client_notify_session;

/* A port of version 1 (ApiCreateNotify) or 2 (ApiCreateNotifyV2). */
struct client_notify_port *client_notify_create(uint32_t version);
/* Registers object (its kind picks the ApiAddNotify* method) on the port's
 * session for the object's connection, creating that session first: then
 * *new_session is set and its pump has to be run. */
uint32_t client_notify_register(struct client_notify_port *port, struct client_object *object, uint32_t filter,
                                uint32_t cookie, bool watch_subtree, uint32_t *state_sequence,
                                struct client_notify_session **new_session, uint32_t *result);
/* Version 2: ApiAddNotifyV2 of object (targeted: that object; otherwise
 * object is the cluster and every object of object_type counts), or with
 * type_name, ApiAddNotifyResourceTypeV2 (object is the cluster).  watch_only:
 * no registration on the server, only the session of object's connection,
 * whose pump notices the connection failing (the cluster's loss, an event
 * the client makes). */
uint32_t client_notify_register_v2(struct client_notify_port *port, struct client_object *object,
                                   uint32_t object_type, uint64_t flags, bool targeted, const char *type_name,
                                   bool watch_only, uint32_t cookie, struct client_notify_session **new_session,
                                   uint32_t *result);
/* The session's ApiGetNotify(V2) loop: returns when the port shuts down (0)
 * or the session fails (its error). */
uint32_t client_notify_pump(struct client_notify_session *session, uint32_t *result);

/* What client_notify_get copies out: the texts whose bit is in want, the
 * payload when buffer_size is set. */
struct client_notify_out
{
    uint32_t want;                              /* 1 << enum clusapi_notify_text */
    struct client_wstr text[CLUSAPI_NOTIFY_TEXT_COUNT];
    uint8_t *buffer;
    uint32_t buffer_capacity;
    uint32_t *buffer_size;                      /* NULL: the payload is not wanted */
    uint32_t cookie, filter, object_type;       /* out */
    uint64_t flags;                             /* out */
    uint32_t remaining;                         /* out: events still queued */
};

/* Waits for the oldest event: timeout_ms 0xffffffff waits for ever.  The
 * event is taken off the queue unless a wanted part does not fit:
 * CLUSAPI_NOTIFY_MORE_DATA, every wanted length set, the event stays. */
enum clusapi_notify_outcome client_notify_get(struct client_notify_port *port, uint32_t timeout_ms,
                                              struct client_notify_out *out);
/* Queues an event made on the client side; name is UTF-16, NUL-terminated.
 * v1: filter; v2: object_type and flags. */
bool client_notify_post(struct client_notify_port *port, uint32_t cookie, uint32_t filter, uint32_t object_type,
                        uint64_t flags, const uint16_t *name);
/* With wait, blocks until an event arrives after the *arrivals-th (or the
 * port shuts down: false); *arrivals and *queued are updated.
 * GetNotifyEventHandle's watcher. */
bool client_notify_wait_arrival(struct client_notify_port *port, bool wait, uint64_t *arrivals, uint32_t *queued);
/* Wakes waiters and pumps for good; unblocks and closes the server ports. */
void client_notify_shutdown(struct client_notify_port *port);
/* Frees the port once no pump or waiter uses it. */
void client_notify_free(struct client_notify_port *port);

/* ---- cluster registry batches ---- */

/* ApiExecuteBatch: *failed_command is the 1-based failing command. */
uint32_t client_execute_batch(struct client_object *key, const uint8_t *data, uint32_t size,
                              uint32_t *failed_command, uint32_t *result);
/* ApiExecuteReadBatch(Ex): *reply is a malloc'ed CLUSTER_REG_BATCH_UPDATE. */
uint32_t client_read_batch(struct client_object *key, bool ex, uint32_t flags, const uint8_t *data, uint32_t size,
                           void **reply, uint32_t *reply_size, uint32_t *result);
/* Copies capacity bytes of a reply to buffer (if any) and frees it. */
void client_blob_take(void *blob, void *buffer, uint32_t capacity);

struct client_batch_port;
uint32_t client_batch_port_create(struct client_object *key, struct client_batch_port **port, uint32_t *result);
/* Blocks for the next batch (a malloc'ed CLUSTER_REG_BATCH_UPDATE); a port
 * closed meanwhile answers ERROR_INVALID_HANDLE. */
uint32_t client_batch_port_get(struct client_batch_port *port, void **reply, uint32_t *reply_size,
                               uint32_t *result);
/* Wakes a waiting get for good and closes the server port. */
void client_batch_port_close(struct client_batch_port *port);
/* Once no get runs any more. */
void client_batch_port_free(struct client_batch_port *port);

/* Tracing hook, set by unixlib.c to route messages to WINEDEBUG's clusapi channel. */
enum client_log_level { CLIENT_LOG_TRACE, CLIENT_LOG_WARN, CLIENT_LOG_ERR };
extern void (*client_log)(enum client_log_level level, const char *function, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif /* CLUSAPI_UNIX_CLIENT_H */
