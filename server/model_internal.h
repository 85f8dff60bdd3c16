/*
 * What the files of the cluster model share and nobody else sees.
 *
 *   model.c           lifecycle, indexes of names/ids/refs, values, properties, access rules
 *   model_objects.c   nodes, groups, resources, types, networks, interfaces, group sets;
 *                     enumerations
 *   model_state.c     online/offline/fail/move with pending transitions, group states
 *   model_registry.c  the cluster registry
 *   model_notify.c    notification ports and events
 *   model_config.c    the configuration file
 *   model_generate.c  descriptions of large clusters
 */
#ifndef SERVER_MODEL_INTERNAL_H
#define SERVER_MODEL_INTERNAL_H

#include "server/model.h"

/* ---- hash index: entries found by a 64-bit hash and a match function ---- */

struct index_slot
{
    uint64_t hash;
    void *entry;                    /* NULL: free; index_tombstone: removed */
};

struct index
{
    struct index_slot *slots;
    size_t capacity;                /* a power of two, or 0 */
    size_t used;                    /* live entries plus tombstones */
    size_t live;
};

typedef bool (*index_match_fn)(const void *entry, const void *key);

/* Make room for extra more entries, so that the next inserts cannot fail. */
bool index_reserve(struct index *index, size_t extra);
bool index_insert(struct index *index, uint64_t hash, void *entry);
void *index_find(const struct index *index, uint64_t hash, index_match_fn match, const void *key);
/* Removes this very entry (compared by address). */
void index_remove(struct index *index, uint64_t hash, const void *entry);
void index_free(struct index *index);

/* Case-insensitive (ASCII) FNV-1a of a string, and a mix of a number. */
uint64_t hash_name(const char *name);
uint64_t hash_ref(uint64_t ref);
uint64_t hash_combine(uint64_t a, uint64_t b);

/* ---- growing arrays of pointers or structs ---- */

/* Appends the elem_size bytes at elem to *items (count elements).  Capacity
 * is implicit: the array grows to the next power of two when count reaches one. */
bool array_append(void **items, size_t *count, size_t elem_size, const void *elem);
void array_remove_at(void *items, size_t *count, size_t elem_size, size_t index);
/* The index of pointer p in an array of pointers, or count. */
size_t pointer_index(void *const *items, size_t count, const void *p);
/* Removes pointer p if present; true if it was. */
bool pointer_remove(void **items, size_t *count, const void *p);

/* ---- strings ---- */

char *copy_string(const char *s);
/* UTF-16 units of a UTF-8 string, without the terminator; false if it is not
 * well-formed UTF-8. */
bool utf16_units(const char *s, size_t *units);
/* UTF-8 to UTF-16LE with a terminator: malloc'ed bytes, *size in bytes. */
uint8_t *utf8_to_utf16le(const char *s, size_t *size);
/* UTF-16LE (units, stopping at a NUL) to malloc'ed UTF-8; NULL if malformed. */
char *utf16le_to_utf8(const uint8_t *data, size_t units);
/* Whether name is usable as a registry key name component: an object name
 * without '\'. */
bool valid_key_name(const char *name);

/* ---- the model's private state ---- */

struct registry;
struct notify_port;

struct cmrp_model_state
{
    uint64_t next_ref;
    uint64_t id_seed;
    uint64_t id_counter;
    struct index refs;                      /* every object by ref */
    struct index ids;                       /* objects with a GUID id, by id */
    struct index names[16];                 /* by kind (enum cmrp_object_kind), by name */
    struct cmrp_resource **pending;         /* resources in a pending state */
    size_t num_pending;
    struct registry *registry;
    struct notify_port **ports;
    size_t num_ports;
    uint32_t walk_generation;               /* marks of the current graph walk */
};

/* ---- model.c ---- */

struct cmrp_model *model_new(void);
uint64_t model_new_ref(struct cmrp_model *model);
uint64_t model_now_ms(const struct cmrp_model *model);
uint64_t model_now_filetime(const struct cmrp_model *model);

/* A fresh GUID string, unique in the model; NULL when out of memory.  Derived
 * from seed and counter: the same file gives the same ids on every run. */
char *model_new_guid(struct cmrp_model *model);

/* Fill obj (zeroed by the caller): copies name and id (a new GUID if id is
 * NULL), gives it a ref and its kind's default common properties.  Does not
 * index it.  false when out of memory; obj is then left for object_release. */
bool object_init(struct cmrp_model *model, struct cmrp_object *obj, enum cmrp_object_kind kind,
                 const char *name, const char *id);
/* Index by ref, name and id; false (nothing indexed) when out of memory. */
bool object_index(struct cmrp_model *model, struct cmrp_object *obj);
void object_unindex(struct cmrp_model *model, struct cmrp_object *obj);
/* Frees what object_init allocated. */
void object_release(struct cmrp_object *obj);
struct cmrp_object *find_object(const struct cmrp_model *model, enum cmrp_object_kind kind, const char *name);
struct cmrp_object *find_object_by_id(const struct cmrp_model *model, const char *id);
/* Renames in the indexes, the registry and with a *_PROPERTY event. */
uint32_t object_rename(struct cmrp_model *model, struct cmrp_object *obj, const char *name);

void property_list_free(struct cmrp_property_list *list);
/* Set without checks (the config parser, defaults); false when out of memory. */
bool property_put(struct cmrp_property_list *list, const char *name, const struct cmrp_value *value);
bool property_remove(struct cmrp_property_list *list, const char *name);
bool value_copy(struct cmrp_value *to, const struct cmrp_value *from);

/* ---- model_groupdeps.c ---- */

/* Drop every dependency on a group or group set about to be deleted. */
void groupdeps_forget_group(struct cmrp_model *model, struct cmrp_group *group);
void groupdeps_forget_groupset(struct cmrp_model *model, struct cmrp_groupset *groupset);

/* ---- model_objects.c ---- */

void node_free_contents(struct cmrp_node *node);
void group_free(struct cmrp_group *group);
void resource_free(struct cmrp_resource *resource);
void resource_type_free(struct cmrp_resource_type *type);
void network_free(struct cmrp_network *network);
void netinterface_free(struct cmrp_netinterface *netinterface);
void groupset_free(struct cmrp_groupset *groupset);

/* The creators the API and the config parser share; id NULL for a new GUID. */
uint32_t group_create(struct cmrp_model *model, const char *name, const char *id, struct cmrp_node *owner,
                      struct cmrp_group **out);
uint32_t resource_create(struct cmrp_model *model, struct cmrp_group *group, const char *name, const char *id,
                         struct cmrp_resource_type *type, struct cmrp_resource **out);
uint32_t resource_type_create(struct cmrp_model *model, const char *name, const char *display_name,
                              const char *dll_name, uint32_t looks_alive_ms, uint32_t is_alive_ms,
                              struct cmrp_resource_type **out);
uint32_t network_create(struct cmrp_model *model, const char *name, const char *id, struct cmrp_network **out);
uint32_t netinterface_create(struct cmrp_model *model, const char *name, const char *id, struct cmrp_node *node,
                             struct cmrp_network *network, struct cmrp_netinterface **out);
uint32_t groupset_create(struct cmrp_model *model, const char *name, const char *id, struct cmrp_groupset **out);
/* Whether resource may depend on provider: same group, not yet, no cycle,
 * not too deep (the state is not looked at). */
uint32_t dependency_allowed(struct cmrp_model *model, struct cmrp_resource *resource,
                            struct cmrp_resource *provider);
uint32_t dependency_link(struct cmrp_resource *resource, struct cmrp_resource *provider);

/* ---- model_state.c ---- */

/* Moves a resource to a state: sequence, event, pending list, group state. */
void resource_set_state(struct cmrp_model *model, struct cmrp_resource *resource, enum cmrp_resource_state state);
/* Recomputes a group's state from its resources; event if it changed. */
void group_refresh_state(struct cmrp_model *model, struct cmrp_group *group);
enum cmrp_group_state group_compute_state(const struct cmrp_group *group);
/* Takes a group to another node at once (resources brought back to their
 * persistent state); used by moves, failover and eviction. */
void group_transfer(struct cmrp_model *model, struct cmrp_group *group, struct cmrp_node *node, uint64_t now);
/* Completes what is due now: a zero delay finishes within the call. */
void model_settle(struct cmrp_model *model);
/* The best node for a group other than its owner, or NULL. */
struct cmrp_node *group_best_node(struct cmrp_model *model, const struct cmrp_group *group,
                                  const struct cmrp_node *excluded);
/* Whether a node is a member that can own groups: Up or Paused. */
bool node_active(const struct cmrp_node *node);
/* Where a group goes when its node leaves: an Up node, else a Paused one;
 * NULL when no node but excluded is Up or Paused. */
struct cmrp_node *group_failover_node(struct cmrp_model *model, const struct cmrp_group *group,
                                      const struct cmrp_node *excluded);
/* Every resource of a group that is not failed goes offline at once (its
 * node died or left). */
void group_stop_at_once(struct cmrp_model *model, struct cmrp_group *group);
/* Gives every group whose owner is not active to a node that is (after a
 * node comes back, and when a configuration is loaded). */
void groups_adopt_orphans(struct cmrp_model *model);
/* Whether every resource of group may be hosted by node. */
bool group_can_run_on(const struct cmrp_group *group, const struct cmrp_node *node);
/* Forgets a resource that is being deleted. */
void pending_forget(struct cmrp_model *model, struct cmrp_resource *resource);

/* ---- model_registry.c ---- */

struct registry *registry_new(struct cmrp_model *model);
void registry_free(struct registry *registry);
/* The per-object keys (Groups\<id> with its "Name", ...): created, renamed,
 * removed with their objects.  Failures are not fatal: the registry mirrors. */
void registry_object_added(struct cmrp_model *model, const struct cmrp_object *obj);
void registry_object_renamed(struct cmrp_model *model, const struct cmrp_object *obj);
void registry_object_removed(struct cmrp_model *model, const struct cmrp_object *obj);
/* For the config parser: set a value at a path from the root, creating keys. */
uint32_t registry_put(struct cmrp_model *model, const char *path, const char *name, uint32_t type,
                      const void *data, size_t size);
uint32_t registry_put_string(struct cmrp_model *model, const char *path, const char *name, const char *utf8);
/* A resource has come online: if it is the core network name, a cluster name
 * ApiSetClusterName stored takes effect (model.c). */
void resource_online_settle(struct cmrp_model *model, const struct cmrp_resource *resource);
/* Notification registrations on keys: whether key (by ref) is event_key or,
 * with subtree, one of its ancestors. */
bool registry_key_covers(const struct cmrp_model *model, uint64_t key, uint64_t event_key, bool subtree);
bool registry_key_exists(const struct cmrp_model *model, uint64_t key);

/* ---- model_notify.c ---- */

void notify_free_all(struct cmrp_model *model);
/* An event about an object, to every matching registration. */
void notify_object(struct cmrp_model *model, const struct cmrp_object *obj, uint32_t filter);
/* A property of an object was set to value: its *_PROPERTY event, and for
 * version 2 ports its *_COMMON/PRIVATE_PROPERTY_V2 event with the payload
 * ApiGetNotifyV2 gives it. */
void notify_property_changed(struct cmrp_model *model, const struct cmrp_object *obj, enum cmrp_property_set set,
                             const char *name, const struct cmrp_value *value);
/* The cluster's new name took effect: CLUSTER_PROPERTY and CLUSTER_RENAME_V2. */
void notify_cluster_renamed(struct cmrp_model *model);
/* A registry event: key is the key that changed, path its path from the root,
 * value_name the value concerned (NULL for the key itself). */
void notify_registry(struct cmrp_model *model, uint64_t key, uint32_t filter, const char *path,
                     const char *value_name);
/* An object is gone: its registrations go too (after its *_DELETED event). */
void notify_forget_object(struct cmrp_model *model, uint64_t ref);
/* The CLUSTER_CHANGE bits of each kind of event of an object kind. */
uint32_t change_state_bit(enum cmrp_object_kind kind);
uint32_t change_added_bit(enum cmrp_object_kind kind);
uint32_t change_deleted_bit(enum cmrp_object_kind kind);
uint32_t change_property_bit(enum cmrp_object_kind kind);

/* ---- model_config.c ---- */

struct cmrp_model *config_load(FILE *stream, const char *origin, char *err, size_t err_size);

#endif /* SERVER_MODEL_INTERNAL_H */
