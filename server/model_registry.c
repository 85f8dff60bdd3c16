/*
 * The cluster registry (MS-CMRP 3.1.1.2): a tree of keys with typed values,
 * addressed by refs so that a handle to a deleted key answers
 * ERROR_KEY_DELETED instead of touching freed memory.  Semantics follow the
 * Windows registry (MS-RRP): paths are '\'-separated and relative, names
 * compare case-insensitively, a key with subkeys cannot be deleted.
 *
 * The per-object keys (Groups\<id>, Resources\<id>, Nodes\<id>,
 * Networks\<id>, NetworkInterfaces\<id>, ResourceTypes\<name>,
 * GroupSets\<id>) follow their objects and hold their "Name".
 */
#include "server/model_internal.h"
#include "cmrp/regbatch.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct reg_key
{
    uint64_t ref;
    char *name;
    struct reg_key *parent;
    struct reg_key **children;      /* in creation order */
    size_t num_children;
    struct cmrp_property *values;   /* name and value, in creation order */
    size_t num_values;
    uint64_t last_write;            /* FILETIME */
    uint8_t *security;
    size_t security_size;
    unsigned int depth;             /* the root is 0 */
};

struct batch_port;

struct registry
{
    struct reg_key *root;
    struct index by_ref;
    struct index by_parent_and_name;
    size_t num_keys;
    size_t total_bytes;             /* all value data */
    struct batch_port **batch_ports;
    size_t num_batch_ports;
};

/* A batch notification port: the batches run on its key or below it. */
struct batch_port
{
    uint64_t ref;
    uint64_t key;
    struct cmrp_batch *batches;     /* a ring, oldest at head */
    size_t capacity, head, count;
};

static void batch_port_free(struct batch_port *port);

/* ---- finding keys ---- */

struct child_key
{
    const struct reg_key *parent;
    const char *name;
};

static bool match_key_ref(const void *entry, const void *key)
{
    return ((const struct reg_key *)entry)->ref == *(const uint64_t *)key;
}

static bool match_child(const void *entry, const void *key)
{
    const struct reg_key *k = entry;
    const struct child_key *wanted = key;

    return k->parent == wanted->parent && !strcasecmp(k->name, wanted->name);
}

static uint64_t child_hash(const struct reg_key *parent, const char *name)
{
    return hash_combine(parent->ref, hash_name(name));
}

static struct reg_key *key_by_ref(const struct registry *registry, uint64_t ref)
{
    return index_find(&registry->by_ref, hash_ref(ref), match_key_ref, &ref);
}

static struct reg_key *find_child(const struct registry *registry, const struct reg_key *parent, const char *name)
{
    struct child_key wanted = { parent, name };

    return index_find(&registry->by_parent_and_name, child_hash(parent, name), match_child, &wanted);
}

/* ---- keys ---- */

static void key_free(struct reg_key *key)
{
    size_t i;

    for (i = 0; i < key->num_values; i++)
    {
        free(key->values[i].name);
        cmrp_value_clear(&key->values[i].value);
    }
    free(key->values);
    free(key->children);
    free(key->security);
    free(key->name);
    free(key);
}

static struct reg_key *key_new(struct cmrp_model *model, struct reg_key *parent, const char *name)
{
    struct registry *registry = model->state->registry;
    struct reg_key *key;
    void *children;

    if (registry->num_keys >= CMRP_MAX_REG_KEYS) return NULL;
    key = calloc(1, sizeof(*key));
    if (!key) return NULL;
    key->name = strdup(name);
    key->ref = model_new_ref(model);
    key->parent = parent;
    key->depth = parent ? parent->depth + 1 : 0;
    key->last_write = model_now_filetime(model);
    if (!key->name || !index_reserve(&registry->by_ref, 1) || (parent && !index_reserve(&registry->by_parent_and_name, 1)))
    {
        key_free(key);
        return NULL;
    }
    if (parent)
    {
        children = parent->children;
        if (!array_append(&children, &parent->num_children, sizeof(key), &key))
        {
            key_free(key);
            return NULL;
        }
        parent->children = children;
        parent->last_write = key->last_write;
        index_insert(&registry->by_parent_and_name, child_hash(parent, name), key);
    }
    index_insert(&registry->by_ref, hash_ref(key->ref), key);
    registry->num_keys++;
    return key;
}

struct registry *registry_new(struct cmrp_model *model)
{
    struct registry *registry = calloc(1, sizeof(*registry));

    if (!registry) return NULL;
    model->state->registry = registry;
    registry->root = key_new(model, NULL, "");
    if (!registry->root)
    {
        index_free(&registry->by_ref);
        free(registry);
        model->state->registry = NULL;
        return NULL;
    }
    return registry;
}

static void subtree_free(struct reg_key *key)
{
    size_t i;

    for (i = 0; i < key->num_children; i++) subtree_free(key->children[i]);
    key_free(key);
}

void registry_free(struct registry *registry)
{
    size_t i;

    if (!registry) return;
    for (i = 0; i < registry->num_batch_ports; i++) batch_port_free(registry->batch_ports[i]);
    free(registry->batch_ports);
    if (registry->root) subtree_free(registry->root);
    index_free(&registry->by_ref);
    index_free(&registry->by_parent_and_name);
    free(registry);
}

/* The path of key from the root, malloc'ed ("" for the root). */
static char *key_path(const struct reg_key *key)
{
    const struct reg_key *k;
    size_t length = 0, at;
    char *path;

    /* names and their separators, written from the end */
    for (k = key; k->parent; k = k->parent) length += strlen(k->name) + 1;
    path = malloc(length + 1);
    if (!path) return NULL;
    at = length ? length - 1 : 0;
    path[at] = 0;
    for (k = key; k->parent; k = k->parent)
    {
        size_t n = strlen(k->name);

        at -= n;
        memcpy(path + at, k->name, n);
        if (at) path[--at] = '\\';
    }
    return path;
}

char *cmrp_model_key_path(struct cmrp_model *model, uint64_t key)
{
    const struct reg_key *k = key_by_ref(model->state->registry, key);

    return k ? key_path(k) : NULL;
}

/* A registry event about key (and a value of it). */
static void key_event(struct cmrp_model *model, const struct reg_key *key, uint32_t filter, const char *value_name)
{
    char *path = key_path(key);

    if (path) notify_registry(model, key->ref, filter, path, value_name);
    free(path);
}

/* Splits a relative path into names: each a valid key name, the whole not
 * deeper than the limit.  Returns the count, or -1. */
static int split_path(char *path, char **names, unsigned int max)
{
    unsigned int count = 0;
    char *rest = path, *name;

    if (!*path) return 0;
    while ((name = strsep(&rest, "\\")))
    {
        if (count >= max || !valid_key_name(name)) return -1;
        names[count++] = name;
    }
    return count;
}

/* Finds (or, with create, makes) the key at path below base. */
static uint32_t walk_path(struct cmrp_model *model, struct reg_key *base, const char *path, bool create,
                          struct reg_key **out, bool *created)
{
    struct registry *registry = model->state->registry;
    char *names[CMRP_MAX_REG_DEPTH], *copy;
    struct reg_key *key = base;
    int count, i;

    *created = false;
    if (!path) path = "";
    /* no more than the deepest path of the longest names */
    if (strlen(path) > CMRP_MAX_REG_DEPTH * (CMRP_MAX_OBJECT_NAME_UNITS * 4 + 1)) return CMRP_ERR_INVALID_PARAMETER;
    copy = strdup(path);
    if (!copy) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    count = split_path(copy, names, CMRP_MAX_REG_DEPTH);
    if (count < 0 || base->depth + count > CMRP_MAX_REG_DEPTH)
    {
        free(copy);
        return CMRP_ERR_INVALID_PARAMETER;
    }
    for (i = 0; i < count; i++)
    {
        struct reg_key *child = find_child(registry, key, names[i]);

        if (!child && create)
        {
            child = key_new(model, key, names[i]);
            if (!child)
            {
                free(copy);
                return registry->num_keys >= CMRP_MAX_REG_KEYS ? CMRP_ERR_NO_SYSTEM_RESOURCES
                                                                : CMRP_ERR_NOT_ENOUGH_MEMORY;
            }
            *created = true;
            key_event(model, key, CMRP_CHANGE_REGISTRY_NAME, NULL);
        }
        if (!child)
        {
            free(copy);
            return CMRP_ERR_FILE_NOT_FOUND;
        }
        key = child;
    }
    free(copy);
    *out = key;
    return CMRP_ERR_SUCCESS;
}

/* Unlinks and frees key and everything below it. */
static void remove_subtree(struct cmrp_model *model, struct reg_key *key)
{
    struct registry *registry = model->state->registry;
    size_t i;

    while (key->num_children) remove_subtree(model, key->children[key->num_children - 1]);
    for (i = 0; i < key->num_values; i++) registry->total_bytes -= key->values[i].value.size;
    index_remove(&registry->by_ref, hash_ref(key->ref), key);
    if (key->parent)
    {
        index_remove(&registry->by_parent_and_name, child_hash(key->parent, key->name), key);
        pointer_remove((void **)key->parent->children, &key->parent->num_children, key);
        key->parent->last_write = model_now_filetime(model);
    }
    registry->num_keys--;
    key_free(key);
}

uint64_t cmrp_model_registry_root(const struct cmrp_model *model)
{
    return model->state->registry->root->ref;
}

bool registry_key_exists(const struct cmrp_model *model, uint64_t key)
{
    return key_by_ref(model->state->registry, key) != NULL;
}

bool registry_key_covers(const struct cmrp_model *model, uint64_t key, uint64_t event_key, bool subtree)
{
    const struct reg_key *k = key_by_ref(model->state->registry, event_key);

    for (; k; k = subtree ? k->parent : NULL)
        if (k->ref == key) return true;
    return false;
}

uint32_t cmrp_model_create_key(struct cmrp_model *model, uint64_t parent, const char *path, uint64_t *key,
                               uint32_t *disposition)
{
    struct reg_key *base = key_by_ref(model->state->registry, parent), *found;
    bool created;
    uint32_t status;

    if (!base) return CMRP_ERR_KEY_DELETED;
    status = walk_path(model, base, path, true, &found, &created);
    if (status) return status;
    *key = found->ref;
    /* REG_CREATED_NEW_KEY 1, REG_OPENED_EXISTING_KEY 2 (MS-RRP) */
    if (disposition) *disposition = created ? 1 : 2;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_open_key(struct cmrp_model *model, uint64_t parent, const char *path, uint64_t *key)
{
    struct reg_key *base = key_by_ref(model->state->registry, parent), *found;
    bool created;
    uint32_t status;

    if (!base) return CMRP_ERR_KEY_DELETED;
    status = walk_path(model, base, path, false, &found, &created);
    if (!status) *key = found->ref;
    return status;
}

uint32_t cmrp_model_delete_key(struct cmrp_model *model, uint64_t parent, const char *path)
{
    struct reg_key *base = key_by_ref(model->state->registry, parent), *found, *above;
    bool created;
    uint32_t status;

    if (!base) return CMRP_ERR_KEY_DELETED;
    /* RegDeleteKey deletes a named subkey, never the key itself */
    if (!path || !*path) return CMRP_ERR_INVALID_PARAMETER;
    status = walk_path(model, base, path, false, &found, &created);
    if (status) return status;
    if (found->num_children) return CMRP_ERR_ACCESS_DENIED;
    above = found->parent;
    key_event(model, found, CMRP_CHANGE_REGISTRY_NAME, NULL);
    remove_subtree(model, found);
    key_event(model, above, CMRP_CHANGE_REGISTRY_NAME, NULL);
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_enum_key(struct cmrp_model *model, uint64_t key, uint32_t index, const char **name,
                             uint64_t *last_write_filetime)
{
    const struct reg_key *k = key_by_ref(model->state->registry, key);

    if (!k) return CMRP_ERR_KEY_DELETED;
    if (index >= k->num_children) return CMRP_ERR_NO_MORE_ITEMS;
    *name = k->children[index]->name;
    if (last_write_filetime) *last_write_filetime = k->children[index]->last_write;
    return CMRP_ERR_SUCCESS;
}

/* ---- values ---- */

static struct cmrp_property *find_value(const struct reg_key *key, const char *name)
{
    size_t i;

    for (i = 0; i < key->num_values; i++)
        if (!strcasecmp(key->values[i].name, name)) return &key->values[i];
    return NULL;
}

/* "" names the key's default value. */
static bool valid_value_name(const char *name)
{
    const unsigned char *p;
    size_t units;

    if (!name || !utf16_units(name, &units) || units > CMRP_MAX_REG_VALUE_NAME_UNITS) return false;
    for (p = (const unsigned char *)name; *p; p++)
        if (*p < 0x20) return false;
    return true;
}

static uint32_t value_store(struct cmrp_model *model, struct reg_key *key, const char *name, uint32_t type,
                            const void *data, size_t size)
{
    struct registry *registry = model->state->registry;
    struct cmrp_property *existing;
    struct cmrp_property added = { 0 };
    size_t old_size;
    void *values;

    if (!valid_value_name(name) || (size && !data)) return CMRP_ERR_INVALID_PARAMETER;
    if (size > CMRP_MAX_REG_VALUE_SIZE) return CMRP_ERR_INVALID_PARAMETER;
    existing = find_value(key, name);
    old_size = existing ? existing->value.size : 0;
    if (registry->total_bytes - old_size + size > CMRP_MAX_REG_BYTES) return CMRP_ERR_NO_SYSTEM_RESOURCES;
    if (existing)
    {
        if (!cmrp_value_set_bytes(&existing->value, type, data, size)) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    else
    {
        if (key->num_values >= CMRP_MAX_REG_VALUES_PER_KEY) return CMRP_ERR_NO_SYSTEM_RESOURCES;
        added.name = strdup(name);
        if (!added.name || !cmrp_value_set_bytes(&added.value, type, data, size)) goto out_of_memory;
        values = key->values;
        if (!array_append(&values, &key->num_values, sizeof(added), &added)) goto out_of_memory;
        key->values = values;
    }
    registry->total_bytes = registry->total_bytes - old_size + size;
    key->last_write = model_now_filetime(model);
    key_event(model, key, CMRP_CHANGE_REGISTRY_VALUE, name);
    return CMRP_ERR_SUCCESS;

out_of_memory:
    free(added.name);
    cmrp_value_clear(&added.value);
    return CMRP_ERR_NOT_ENOUGH_MEMORY;
}

uint32_t cmrp_model_set_value(struct cmrp_model *model, uint64_t key, const char *name, uint32_t type,
                              const void *data, size_t size)
{
    struct reg_key *k = key_by_ref(model->state->registry, key);

    if (!k) return CMRP_ERR_KEY_DELETED;
    return value_store(model, k, name, type, data, size);
}

uint32_t cmrp_model_delete_value(struct cmrp_model *model, uint64_t key, const char *name)
{
    struct reg_key *k = key_by_ref(model->state->registry, key);
    struct cmrp_property *value;
    char *value_name;

    if (!k) return CMRP_ERR_KEY_DELETED;
    if (!name || !(value = find_value(k, name))) return CMRP_ERR_FILE_NOT_FOUND;
    model->state->registry->total_bytes -= value->value.size;
    value_name = value->name;
    cmrp_value_clear(&value->value);
    array_remove_at(k->values, &k->num_values, sizeof(*k->values), value - k->values);
    k->last_write = model_now_filetime(model);
    key_event(model, k, CMRP_CHANGE_REGISTRY_VALUE, value_name);
    free(value_name);
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_query_value(struct cmrp_model *model, uint64_t key, const char *name,
                                const struct cmrp_value **value)
{
    const struct reg_key *k = key_by_ref(model->state->registry, key);
    const struct cmrp_property *found;

    if (!k) return CMRP_ERR_KEY_DELETED;
    if (!name || !(found = find_value(k, name))) return CMRP_ERR_FILE_NOT_FOUND;
    *value = &found->value;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_enum_value(struct cmrp_model *model, uint64_t key, uint32_t index, const char **name,
                               const struct cmrp_value **value)
{
    const struct reg_key *k = key_by_ref(model->state->registry, key);

    if (!k) return CMRP_ERR_KEY_DELETED;
    if (index >= k->num_values) return CMRP_ERR_NO_MORE_ITEMS;
    *name = k->values[index].name;
    *value = &k->values[index].value;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_query_info_key(struct cmrp_model *model, uint64_t key, struct cmrp_key_info *info)
{
    const struct reg_key *k = key_by_ref(model->state->registry, key);
    size_t i, units;

    if (!k) return CMRP_ERR_KEY_DELETED;
    memset(info, 0, sizeof(*info));
    info->subkeys = k->num_children;
    info->values = k->num_values;
    for (i = 0; i < k->num_children; i++)
        if (utf16_units(k->children[i]->name, &units) && units > info->max_subkey_name_units)
            info->max_subkey_name_units = units;
    for (i = 0; i < k->num_values; i++)
    {
        if (utf16_units(k->values[i].name, &units) && units > info->max_value_name_units)
            info->max_value_name_units = units;
        if (k->values[i].value.size > info->max_value_size) info->max_value_size = k->values[i].value.size;
    }
    info->security_size = k->security_size;
    info->last_write_filetime = k->last_write;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_get_key_security(struct cmrp_model *model, uint64_t key, const uint8_t **data, size_t *size)
{
    const struct reg_key *k = key_by_ref(model->state->registry, key);

    if (!k) return CMRP_ERR_KEY_DELETED;
    *data = k->security;
    *size = k->security_size;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_set_key_security(struct cmrp_model *model, uint64_t key, const void *data, size_t size)
{
    struct reg_key *k = key_by_ref(model->state->registry, key);
    uint8_t *copy = NULL;

    if (!k) return CMRP_ERR_KEY_DELETED;
    if (size > CMRP_MAX_SECURITY_SIZE || (size && !data)) return CMRP_ERR_INVALID_PARAMETER;
    if (size)
    {
        copy = malloc(size);
        if (!copy) return CMRP_ERR_NOT_ENOUGH_MEMORY;
        memcpy(copy, data, size);
    }
    free(k->security);
    k->security = copy;
    k->security_size = size;
    key_event(model, k, CMRP_CHANGE_REGISTRY_ATTRIBUTES, NULL);
    return CMRP_ERR_SUCCESS;
}

/* ---- for the rest of the model ---- */

uint32_t registry_put(struct cmrp_model *model, const char *path, const char *name, uint32_t type,
                      const void *data, size_t size)
{
    struct reg_key *key;
    bool created;
    uint32_t status = walk_path(model, model->state->registry->root, path, true, &key, &created);

    return status ? status : value_store(model, key, name, type, data, size);
}

uint32_t registry_put_string(struct cmrp_model *model, const char *path, const char *name, const char *utf8)
{
    size_t size;
    uint8_t *bytes = utf8_to_utf16le(utf8 ? utf8 : "", &size);
    uint32_t status;

    if (!bytes) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    status = registry_put(model, path, name, CMRP_REG_SZ, bytes, size);
    free(bytes);
    return status;
}

/* Where an object's key lives: "Container\name" in buffer; false for the
 * cluster itself (its values are the root's). */
static bool object_key_path(const struct cmrp_object *obj, char *buffer, size_t size)
{
    static const struct { enum cmrp_object_kind kind; const char *container; bool by_name; } places[] =
    {
        { CMRP_OBJECT_NODE, "Nodes", false },
        { CMRP_OBJECT_GROUP, "Groups", false },
        { CMRP_OBJECT_RESOURCE, "Resources", false },
        { CMRP_OBJECT_RESOURCE_TYPE, "ResourceTypes", true },
        { CMRP_OBJECT_NETWORK, "Networks", false },
        { CMRP_OBJECT_NETINTERFACE, "NetworkInterfaces", false },
        { CMRP_OBJECT_GROUPSET, "GroupSets", false },
    };
    size_t i;

    for (i = 0; i < sizeof(places) / sizeof(places[0]); i++)
    {
        if (places[i].kind != obj->kind) continue;
        snprintf(buffer, size, "%s\\%s", places[i].container, places[i].by_name ? obj->name : obj->id);
        return true;
    }
    return false;
}

void registry_object_added(struct cmrp_model *model, const struct cmrp_object *obj)
{
    char path[CMRP_MAX_OBJECT_NAME_UNITS * 4 + 64];

    if (!object_key_path(obj, path, sizeof(path))) return;
    registry_put_string(model, path, "Name", obj->name);
    if (obj->kind == CMRP_OBJECT_RESOURCE)
        registry_put_string(model, path, "Type", ((const struct cmrp_resource *)obj)->type->obj.name);
}

void registry_object_renamed(struct cmrp_model *model, const struct cmrp_object *obj)
{
    char path[CMRP_MAX_OBJECT_NAME_UNITS * 4 + 64];

    if (object_key_path(obj, path, sizeof(path))) registry_put_string(model, path, "Name", obj->name);
}

void registry_object_removed(struct cmrp_model *model, const struct cmrp_object *obj)
{
    struct reg_key *key, *above;
    char path[CMRP_MAX_OBJECT_NAME_UNITS * 4 + 64];
    bool created;

    if (!object_key_path(obj, path, sizeof(path))) return;
    if (walk_path(model, model->state->registry->root, path, false, &key, &created)) return;
    above = key->parent;
    remove_subtree(model, key);
    key_event(model, above, CMRP_CHANGE_REGISTRY_NAME, NULL);
}

/* ---- batches (ApiExecuteBatch) ---- */

void cmrp_batch_free(struct cmrp_batch *batch)
{
    uint32_t i;

    for (i = 0; i < batch->count; i++)
    {
        free((char *)batch->commands[i].name);
        free((uint8_t *)batch->commands[i].data);
    }
    free(batch->commands);
    memset(batch, 0, sizeof(*batch));
}

/* Whether path names keys that could exist below base (without creating them). */
static bool valid_relative_path(const struct reg_key *base, const char *path)
{
    char *names[CMRP_MAX_REG_DEPTH], *copy;
    int count;

    if (strlen(path) > CMRP_MAX_REG_DEPTH * (CMRP_MAX_OBJECT_NAME_UNITS * 4 + 1)) return false;
    if (!(copy = strdup(path))) return false;
    count = split_path(copy, names, CMRP_MAX_REG_DEPTH);
    free(copy);
    return count >= 0 && base->depth + count <= CMRP_MAX_REG_DEPTH;
}

/* The first command that cannot run, with its code; 0 if all can. */
static uint32_t check_batch(struct cmrp_model *model, struct reg_key *base, const struct cmrp_batch_command *commands,
                            uint32_t count, uint32_t *failed)
{
    bool have_key = true;
    uint32_t i;

    for (i = 0; i < count; i++)
    {
        const struct cmrp_batch_command *c = &commands[i];
        uint32_t status = CMRP_ERR_SUCCESS;

        *failed = i + 1;
        switch (c->command)
        {
        case CMRP_REGBATCH_CREATE_KEY:
            if (!valid_relative_path(base, c->name)) status = CMRP_ERR_INVALID_PARAMETER;
            have_key = true;
            break;
        case CMRP_REGBATCH_DELETE_KEY:
            /* RegDeleteKey semantics: a named subkey, never the key itself */
            if (!*c->name || !valid_relative_path(base, c->name)) status = CMRP_ERR_INVALID_PARAMETER;
            have_key = false;
            break;
        case CMRP_REGBATCH_SET_VALUE:
            if (!have_key || !valid_value_name(c->name) || c->size > CMRP_MAX_REG_VALUE_SIZE)
                status = CMRP_ERR_INVALID_PARAMETER;
            break;
        case CMRP_REGBATCH_DELETE_VALUE:
            if (!have_key || !valid_value_name(c->name)) status = CMRP_ERR_INVALID_PARAMETER;
            break;
        case CMRP_REGBATCH_CONTROL_COMMAND:
            /* sync to every node (1), run isolated (2): one store here does both */
            if (!c->value_type || (c->value_type & ~3u)) status = CMRP_ERR_INVALID_PARAMETER;
            break;
        default:
            status = CMRP_ERR_INVALID_PARAMETER;
            break;
        }
        if (status) return status;
    }
    *failed = 0;
    return CMRP_ERR_SUCCESS;
}

/* Appends a copy of a command to a batch being recorded for the ports. */
static bool record(struct cmrp_batch *batch, uint32_t command, uint32_t value_type, const char *name,
                   const uint8_t *data, uint32_t size)
{
    struct cmrp_batch_command *grown, *c;

    if (!(grown = realloc(batch->commands, (batch->count + 1) * sizeof(*grown)))) return false;
    batch->commands = grown;
    c = &grown[batch->count];
    memset(c, 0, sizeof(*c));
    c->command = command;
    c->value_type = value_type;
    if (!(c->name = strdup(name))) return false;
    if (size)
    {
        uint8_t *copy = malloc(size);

        if (!copy)
        {
            free((char *)c->name);
            return false;
        }
        memcpy(copy, data, size);
        c->data = copy;
        c->size = size;
    }
    batch->count++;
    return true;
}

/* A VALUE_DELETED record with the data a value had before a change. */
static bool record_old_value(struct cmrp_batch *batch, const struct reg_key *key, const char *name)
{
    const struct cmrp_property *old = key ? find_value(key, name) : NULL;

    if (!old || !old->value.size) return true;
    return record(batch, CMRP_REGBATCH_VALUE_DELETED, old->value.type, name, old->value.data, old->value.size);
}

static void deliver_batch(struct cmrp_model *model, const struct reg_key *key, const struct cmrp_batch *batch);

uint32_t cmrp_model_execute_batch(struct cmrp_model *model, uint64_t key, const struct cmrp_batch_command *commands,
                                  uint32_t count, uint32_t *failed)
{
    struct reg_key *base = key_by_ref(model->state->registry, key), *current, *found;
    struct cmrp_batch seen = { 0 };
    uint32_t status, i;
    bool created;

    *failed = 0;
    if (!base) return CMRP_ERR_KEY_DELETED;
    if ((status = check_batch(model, base, commands, count, failed))) return status;
    current = base;
    for (i = 0; i < count && !status; i++)
    {
        const struct cmrp_batch_command *c = &commands[i];

        *failed = i + 1;
        switch (c->command)
        {
        case CMRP_REGBATCH_CREATE_KEY:
            if (!(status = walk_path(model, base, c->name, true, &found, &created))) current = found;
            break;
        case CMRP_REGBATCH_DELETE_KEY:
            current = NULL;
            if (walk_path(model, base, c->name, false, &found, &created)) break;   /* absent: nothing to do */
            {
                struct reg_key *above = found->parent;

                key_event(model, found, CMRP_CHANGE_REGISTRY_NAME, NULL);
                remove_subtree(model, found);
                key_event(model, above, CMRP_CHANGE_REGISTRY_NAME, NULL);
            }
            break;
        case CMRP_REGBATCH_SET_VALUE:
            record_old_value(&seen, current, c->name);
            status = value_store(model, current, c->name, c->value_type, c->data, c->size);
            break;
        case CMRP_REGBATCH_DELETE_VALUE:
            record_old_value(&seen, current, c->name);
            status = cmrp_model_delete_value(model, current->ref, c->name);
            if (status == CMRP_ERR_FILE_NOT_FOUND) status = CMRP_ERR_SUCCESS;
            break;
        case CMRP_REGBATCH_CONTROL_COMMAND:
            continue;   /* nothing to do, nothing for the ports */
        }
        if (!status) record(&seen, c->command, c->value_type, c->name, c->data, c->size);
    }
    /* only resource limits fail here, after the check; what ran stays */
    if (!status)
    {
        *failed = 0;
        deliver_batch(model, base, &seen);
    }
    cmrp_batch_free(&seen);
    return status;
}

/* ---- batch notification ports (ApiCreateBatchPort, ApiGetBatchNotification) ---- */

static void batch_port_free(struct batch_port *port)
{
    size_t i;

    for (i = 0; i < port->count; i++) cmrp_batch_free(&port->batches[(port->head + i) % port->capacity]);
    free(port->batches);
    free(port);
}

static struct batch_port *find_batch_port(const struct cmrp_model *model, uint64_t ref)
{
    const struct registry *registry = model->state->registry;
    size_t i;

    for (i = 0; i < registry->num_batch_ports; i++)
        if (registry->batch_ports[i]->ref == ref) return registry->batch_ports[i];
    return NULL;
}

/* Queues a copy of batch on port; a full queue drops its oldest batch. */
static void batch_port_queue(struct batch_port *port, const struct cmrp_batch *batch)
{
    struct cmrp_batch copy = { 0 };
    uint32_t i;

    if (port->count == port->capacity && port->capacity < CMRP_MAX_NOTIFY_EVENTS)
    {
        size_t capacity = port->capacity ? port->capacity * 2 : 8, j;
        struct cmrp_batch *grown = malloc(capacity * sizeof(*grown));

        if (grown)
        {
            for (j = 0; j < port->count; j++) grown[j] = port->batches[(port->head + j) % port->capacity];
            free(port->batches);
            port->batches = grown;
            port->capacity = capacity;
            port->head = 0;
        }
    }
    if (!port->capacity) return;
    if (port->count == port->capacity)
    {
        cmrp_batch_free(&port->batches[port->head]);
        port->head = (port->head + 1) % port->capacity;
        port->count--;
    }
    for (i = 0; i < batch->count; i++)
    {
        const struct cmrp_batch_command *c = &batch->commands[i];

        if (!record(&copy, c->command, c->value_type, c->name, c->data, c->size))
        {
            cmrp_batch_free(&copy);
            return;
        }
    }
    port->batches[(port->head + port->count) % port->capacity] = copy;
    port->count++;
}

static void deliver_batch(struct cmrp_model *model, const struct reg_key *key, const struct cmrp_batch *batch)
{
    const struct registry *registry = model->state->registry;
    size_t i;

    if (!batch->count) return;
    for (i = 0; i < registry->num_batch_ports; i++)
    {
        struct batch_port *port = registry->batch_ports[i];

        if (!registry_key_covers(model, port->key, key->ref, true)) continue;
        batch_port_queue(port, batch);
        if (model->hooks.event_queued) model->hooks.event_queued(model->hooks.data, port->ref);
    }
}

uint32_t cmrp_model_create_batch_port(struct cmrp_model *model, uint64_t key, uint64_t *port_ref)
{
    struct registry *registry = model->state->registry;
    struct batch_port *port;
    void *ports = registry->batch_ports;

    if (!key_by_ref(registry, key)) return CMRP_ERR_KEY_DELETED;
    if (registry->num_batch_ports >= CMRP_MAX_NOTIFY_PORTS) return CMRP_ERR_NO_SYSTEM_RESOURCES;
    if (!(port = calloc(1, sizeof(*port)))) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    if (!array_append(&ports, &registry->num_batch_ports, sizeof(port), &port))
    {
        free(port);
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    registry->batch_ports = ports;
    port->key = key;
    port->ref = model_new_ref(model);
    *port_ref = port->ref;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_close_batch_port(struct cmrp_model *model, uint64_t port_ref)
{
    struct registry *registry = model->state->registry;
    struct batch_port *port = find_batch_port(model, port_ref);

    if (!port) return CMRP_ERR_INVALID_HANDLE;
    pointer_remove((void **)registry->batch_ports, &registry->num_batch_ports, port);
    batch_port_free(port);
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_get_batch(struct cmrp_model *model, uint64_t port_ref, struct cmrp_batch *batch)
{
    struct batch_port *port = find_batch_port(model, port_ref);

    memset(batch, 0, sizeof(*batch));
    if (!port) return CMRP_ERR_INVALID_HANDLE;
    if (!port->count) return CMRP_ERR_NO_MORE_ITEMS;
    *batch = port->batches[port->head];
    memset(&port->batches[port->head], 0, sizeof(*batch));
    port->head = (port->head + 1) % port->capacity;
    port->count--;
    return CMRP_ERR_SUCCESS;
}

size_t cmrp_model_batch_pending(const struct cmrp_model *model, uint64_t port_ref)
{
    const struct batch_port *port = find_batch_port(model, port_ref);

    return port ? port->count : 0;
}
