/*
 * The simulated cluster model: lifecycle, the objects' common life (refs,
 * names, ids, properties), the cluster-wide rules (access, name, quorum) and
 * time.  See model.h for the API and model_internal.h for the other files.
 */
#include "server/model_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

/* ---- names of states ---- */

bool cmrp_model_valid_name(const char *name)
{
    size_t len = strlen(name), i;

    if (len == 0 || len > CMRP_MAX_NAME_UNITS) return false;
    if (name[0] == '-' || name[len - 1] == '-') return false;
    for (i = 0; i < len; i++)
    {
        unsigned char c = name[i];

        /* isalnum() would follow the locale; DNS labels are ASCII */
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

const char *cmrp_node_state_name(enum cmrp_node_state state)
{
    switch (state)
    {
    case CMRP_NODE_UP:      return "up";
    case CMRP_NODE_DOWN:    return "down";
    case CMRP_NODE_PAUSED:  return "paused";
    case CMRP_NODE_JOINING: return "joining";
    }
    return "unknown";
}

const char *cmrp_access_name(enum cmrp_access access)
{
    switch (access)
    {
    case CMRP_ACCESS_NONE: return "none";
    case CMRP_ACCESS_READ: return "read";
    case CMRP_ACCESS_ALL:  return "all";
    }
    return "unknown";
}

const char *cmrp_group_state_name(enum cmrp_group_state state)
{
    switch (state)
    {
    case CMRP_GROUP_ONLINE:         return "online";
    case CMRP_GROUP_OFFLINE:        return "offline";
    case CMRP_GROUP_FAILED:         return "failed";
    case CMRP_GROUP_PARTIAL_ONLINE: return "partial-online";
    case CMRP_GROUP_PENDING:        return "pending";
    }
    return "unknown";
}

const char *cmrp_resource_state_name(enum cmrp_resource_state state)
{
    switch (state)
    {
    case CMRP_RESOURCE_INITIALIZING:    return "initializing";
    case CMRP_RESOURCE_ONLINE:          return "online";
    case CMRP_RESOURCE_OFFLINE:         return "offline";
    case CMRP_RESOURCE_FAILED:          return "failed";
    case CMRP_RESOURCE_ONLINE_PENDING:  return "online-pending";
    case CMRP_RESOURCE_OFFLINE_PENDING: return "offline-pending";
    }
    return "unknown";
}

uint32_t cmrp_netinterface_state_wire(enum cmrp_netinterface_state state)
{
    switch (state)
    {
    case CMRP_NETINTERFACE_UNAVAILABLE: return 0;
    case CMRP_NETINTERFACE_FAILED:      return 1;
    case CMRP_NETINTERFACE_UNREACHABLE: return 2;
    case CMRP_NETINTERFACE_UP:          return 3;
    }
    return 0xffffffffu;
}

/* ---- time ---- */

static uint64_t clock_ms(clockid_t clock)
{
    struct timespec now;

    clock_gettime(clock, &now);
    return (uint64_t)now.tv_sec * 1000 + now.tv_nsec / 1000000;
}

uint64_t model_now_ms(const struct cmrp_model *model)
{
    if (model->hooks.now_ms) return model->hooks.now_ms(model->hooks.data);
    return clock_ms(CLOCK_MONOTONIC);
}

uint64_t model_now_filetime(const struct cmrp_model *model)
{
    /* 100 ns intervals between 1601-01-01 and 1970-01-01 */
    const uint64_t unix_epoch = 116444736000000000ull;
    struct timespec now;

    if (model->hooks.now_filetime) return model->hooks.now_filetime(model->hooks.data);
    clock_gettime(CLOCK_REALTIME, &now);
    return unix_epoch + (uint64_t)now.tv_sec * 10000000 + now.tv_nsec / 100;
}

void cmrp_model_set_hooks(struct cmrp_model *model, const struct cmrp_model_hooks *hooks)
{
    if (hooks) model->hooks = *hooks;
    else memset(&model->hooks, 0, sizeof(model->hooks));
}

/* ---- common properties every object of a kind starts with ---- */

/* Formats and defaults from the SDK's "common properties" pages and the real
 * captures in Samba's NDR tests (docs: ms-cmrp.md 4.4).  Name, Type and the
 * like are not here: the endpoint reports them from the objects' fields. */
static const struct kind_property
{
    enum cmrp_object_kind kind;
    struct cmrp_property_info info;
}
common_properties[] =
{
    { CMRP_OBJECT_CLUSTER, { "Description", CMRP_FORMAT_SZ, false, 0, "" } },
    { CMRP_OBJECT_CLUSTER, { "ClusterLogLevel", CMRP_FORMAT_DWORD, false, 3, NULL } },
    { CMRP_OBJECT_CLUSTER, { "ClusterLogSize", CMRP_FORMAT_DWORD, false, 300, NULL } },
    { CMRP_OBJECT_CLUSTER, { "DefaultNetworkRole", CMRP_FORMAT_DWORD, false, 2, NULL } },
    { CMRP_OBJECT_CLUSTER, { "QuorumArbitrationTimeMax", CMRP_FORMAT_DWORD, false, 20, NULL } },
    { CMRP_OBJECT_CLUSTER, { "FixQuorum", CMRP_FORMAT_DWORD, true, 0, NULL } },
    { CMRP_OBJECT_CLUSTER, { "PreventQuorum", CMRP_FORMAT_DWORD, true, 0, NULL } },
    { CMRP_OBJECT_CLUSTER, { "IgnorePersistentStateOnStartup", CMRP_FORMAT_DWORD, true, 0, NULL } },
    { CMRP_OBJECT_CLUSTER, { "SharedVolumesRoot", CMRP_FORMAT_SZ, true, 0, "C:\\ClusterStorage" } },
    { CMRP_OBJECT_CLUSTER, { "WitnessDynamicWeight", CMRP_FORMAT_DWORD, true, 1, NULL } },
    { CMRP_OBJECT_CLUSTER, { "AdminAccessPoint", CMRP_FORMAT_DWORD, true, 1, NULL } },

    { CMRP_OBJECT_NODE, { "Description", CMRP_FORMAT_SZ, false, 0, "" } },

    { CMRP_OBJECT_GROUP, { "Description", CMRP_FORMAT_SZ, false, 0, "" } },
    { CMRP_OBJECT_GROUP, { "FailoverThreshold", CMRP_FORMAT_DWORD, false, 0xffffffffu, NULL } },
    { CMRP_OBJECT_GROUP, { "FailoverPeriod", CMRP_FORMAT_DWORD, false, 6, NULL } },
    { CMRP_OBJECT_GROUP, { "AutoFailbackType", CMRP_FORMAT_DWORD, false, 0, NULL } },
    { CMRP_OBJECT_GROUP, { "FailbackWindowStart", CMRP_FORMAT_DWORD, false, 0xffffffffu, NULL } },
    { CMRP_OBJECT_GROUP, { "FailbackWindowEnd", CMRP_FORMAT_DWORD, false, 0xffffffffu, NULL } },
    { CMRP_OBJECT_GROUP, { "Priority", CMRP_FORMAT_DWORD, false, 2000, NULL } },
    { CMRP_OBJECT_GROUP, { "DefaultOwner", CMRP_FORMAT_DWORD, false, 0xffffffffu, NULL } },
    { CMRP_OBJECT_GROUP, { "AntiAffinityClassNames", CMRP_FORMAT_MULTI_SZ, false, 0, "" } },
    /* CLUSGROUP_TYPE: 9999 is "unknown" (a group created by a client) */
    { CMRP_OBJECT_GROUP, { "GroupType", CMRP_FORMAT_DWORD, true, 9999, NULL } },

    { CMRP_OBJECT_RESOURCE, { "Description", CMRP_FORMAT_SZ, false, 0, "" } },
    /* 0xffffffff: use the resource type's interval */
    { CMRP_OBJECT_RESOURCE, { "IsAlivePollInterval", CMRP_FORMAT_DWORD, false, 0xffffffffu, NULL } },
    { CMRP_OBJECT_RESOURCE, { "LooksAlivePollInterval", CMRP_FORMAT_DWORD, false, 0xffffffffu, NULL } },
    { CMRP_OBJECT_RESOURCE, { "PendingTimeout", CMRP_FORMAT_DWORD, false, 180000, NULL } },
    { CMRP_OBJECT_RESOURCE, { "DeadlockTimeout", CMRP_FORMAT_DWORD, false, 300000, NULL } },
    { CMRP_OBJECT_RESOURCE, { "RestartAction", CMRP_FORMAT_DWORD, false, 2, NULL } },
    { CMRP_OBJECT_RESOURCE, { "RestartThreshold", CMRP_FORMAT_DWORD, false, 1, NULL } },
    { CMRP_OBJECT_RESOURCE, { "RestartPeriod", CMRP_FORMAT_DWORD, false, 900000, NULL } },
    { CMRP_OBJECT_RESOURCE, { "RetryPeriodOnFailure", CMRP_FORMAT_DWORD, false, 3600000, NULL } },
    { CMRP_OBJECT_RESOURCE, { "SeparateMonitor", CMRP_FORMAT_DWORD, false, 0, NULL } },
    { CMRP_OBJECT_RESOURCE, { "MonitorProcessId", CMRP_FORMAT_DWORD, true, 0, NULL } },

    { CMRP_OBJECT_RESOURCE_TYPE, { "Description", CMRP_FORMAT_SZ, false, 0, "" } },
    { CMRP_OBJECT_RESOURCE_TYPE, { "PendingTimeout", CMRP_FORMAT_DWORD, false, 180000, NULL } },
    { CMRP_OBJECT_RESOURCE_TYPE, { "DeadlockTimeout", CMRP_FORMAT_DWORD, false, 300000, NULL } },
    { CMRP_OBJECT_RESOURCE_TYPE, { "AdminExtensions", CMRP_FORMAT_MULTI_SZ, false, 0, "" } },

    { CMRP_OBJECT_NETWORK, { "Description", CMRP_FORMAT_SZ, false, 0, "" } },
    { CMRP_OBJECT_NETWORK, { "Address", CMRP_FORMAT_SZ, true, 0, "" } },
    { CMRP_OBJECT_NETWORK, { "AddressMask", CMRP_FORMAT_SZ, true, 0, "" } },

    { CMRP_OBJECT_NETINTERFACE, { "Description", CMRP_FORMAT_SZ, false, 0, "" } },

    { CMRP_OBJECT_GROUPSET, { "Description", CMRP_FORMAT_SZ, false, 0, "" } },
};

const struct cmrp_property_info *cmrp_model_property_info(enum cmrp_object_kind kind, const char *name)
{
    size_t i;

    if (!name) return NULL;
    for (i = 0; i < sizeof(common_properties) / sizeof(common_properties[0]); i++)
        if (common_properties[i].kind == kind && !strcasecmp(common_properties[i].info.name, name))
            return &common_properties[i].info;
    return NULL;
}

/* A property's default as a value; false when out of memory. */
static bool default_value(const struct cmrp_property_info *info, struct cmrp_value *value)
{
    const char *items[CMRP_MAX_PROPERTIES];
    char buffer[256], *next, *item;
    size_t count = 0;

    switch (info->format)
    {
    case CMRP_FORMAT_DWORD:
    case CMRP_FORMAT_LONG:
        return cmrp_value_set_dword(value, info->format, info->default_dword);
    case CMRP_FORMAT_MULTI_SZ:
        /* defaults are short constants: '|' separates the items */
        snprintf(buffer, sizeof(buffer), "%s", info->default_string ? info->default_string : "");
        for (next = buffer; *next && count < CMRP_MAX_PROPERTIES;)
        {
            item = strsep(&next, "|");
            items[count++] = item;
            if (!next) break;
        }
        return cmrp_value_set_multi_string(value, info->format, items, count);
    default:
        return cmrp_value_set_string(value, info->format, info->default_string);
    }
}

static bool fill_default_properties(struct cmrp_object *obj)
{
    size_t i;

    for (i = 0; i < sizeof(common_properties) / sizeof(common_properties[0]); i++)
    {
        struct cmrp_value value = { 0 };
        bool ok;

        if (common_properties[i].kind != obj->kind) continue;
        ok = default_value(&common_properties[i].info, &value) && property_put(&obj->common, common_properties[i].info.name, &value);
        cmrp_value_clear(&value);
        if (!ok) return false;
    }
    return true;
}

/* ---- the objects' common life ---- */

static bool match_ref(const void *entry, const void *key)
{
    return ((const struct cmrp_object *)entry)->ref == *(const uint64_t *)key;
}

static bool match_name(const void *entry, const void *key)
{
    return !strcasecmp(((const struct cmrp_object *)entry)->name, key);
}

static bool match_id(const void *entry, const void *key)
{
    return !strcasecmp(((const struct cmrp_object *)entry)->id, key);
}

uint64_t model_new_ref(struct cmrp_model *model)
{
    return ++model->state->next_ref;
}

char *model_new_guid(struct cmrp_model *model)
{
    struct cmrp_model_state *state = model->state;
    char guid[40];

    /* Counter-based and seeded: ids are stable from one run to the next, and
     * a clash with an id from the configuration is skipped. */
    for (;;)
    {
        uint64_t high = hash_combine(state->id_seed, ++state->id_counter);
        uint64_t low = hash_combine(high, state->id_counter);

        /* version 4 and variant bits, as Windows' GUIDs have */
        high = (high & ~0xf000ull) | 0x4000ull;
        low = (low & ~(0xc0ull << 56)) | (0x80ull << 56);
        snprintf(guid, sizeof(guid), "%08x-%04x-%04x-%04x-%012llx", (unsigned int)(high >> 32),
                 (unsigned int)((high >> 16) & 0xffff), (unsigned int)(high & 0xffff),
                 (unsigned int)(low >> 48), (unsigned long long)(low & 0xffffffffffffull));
        if (!find_object_by_id(model, guid)) return strdup(guid);
    }
}

bool object_init(struct cmrp_model *model, struct cmrp_object *obj, enum cmrp_object_kind kind,
                 const char *name, const char *id)
{
    obj->kind = kind;
    obj->name = copy_string(name);
    obj->id = id ? copy_string(id) : model_new_guid(model);
    if (!obj->name || !obj->id) return false;
    obj->ref = model_new_ref(model);
    return fill_default_properties(obj);
}

/* Node ids are small numbers and types have none: only GUIDs are looked up. */
static bool has_guid(const struct cmrp_object *obj)
{
    return *obj->id && obj->kind != CMRP_OBJECT_NODE;
}

bool object_index(struct cmrp_model *model, struct cmrp_object *obj)
{
    struct cmrp_model_state *state = model->state;
    struct index *names = &state->names[obj->kind];

    if (!index_reserve(&state->refs, 1) || !index_reserve(names, 1) || !index_reserve(&state->ids, 1))
        return false;
    index_insert(&state->refs, hash_ref(obj->ref), obj);
    index_insert(names, hash_name(obj->name), obj);
    if (has_guid(obj)) index_insert(&state->ids, hash_name(obj->id), obj);
    return true;
}

void object_unindex(struct cmrp_model *model, struct cmrp_object *obj)
{
    struct cmrp_model_state *state = model->state;

    index_remove(&state->refs, hash_ref(obj->ref), obj);
    index_remove(&state->names[obj->kind], hash_name(obj->name), obj);
    if (has_guid(obj)) index_remove(&state->ids, hash_name(obj->id), obj);
}

void object_release(struct cmrp_object *obj)
{
    free(obj->name);
    free(obj->id);
    property_list_free(&obj->common);
    property_list_free(&obj->private_props);
    obj->name = obj->id = NULL;
}

struct cmrp_object *find_object(const struct cmrp_model *model, enum cmrp_object_kind kind, const char *name)
{
    if (!name || (unsigned int)kind >= sizeof(model->state->names) / sizeof(model->state->names[0])) return NULL;
    return index_find(&model->state->names[kind], hash_name(name), match_name, name);
}

struct cmrp_object *find_object_by_id(const struct cmrp_model *model, const char *id)
{
    if (!id || !*id) return NULL;
    return index_find(&model->state->ids, hash_name(id), match_id, id);
}

struct cmrp_object *cmrp_model_object_by_ref(struct cmrp_model *model, uint64_t ref, enum cmrp_object_kind kind)
{
    struct cmrp_object *obj = index_find(&model->state->refs, hash_ref(ref), match_ref, &ref);

    return obj && obj->kind == kind ? obj : NULL;
}

uint32_t object_rename(struct cmrp_model *model, struct cmrp_object *obj, const char *name)
{
    struct index *names = &model->state->names[obj->kind];
    struct cmrp_value value = { 0 };
    char *copy;

    if (!strcmp(obj->name, name)) return CMRP_ERR_SUCCESS;
    copy = strdup(name);
    if (!copy || !index_reserve(names, 1))
    {
        free(copy);
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    index_remove(names, hash_name(obj->name), obj);
    free(obj->name);
    obj->name = copy;
    index_insert(names, hash_name(obj->name), obj);
    registry_object_renamed(model, obj);
    /* Name is a common property (CLUSCTL_*_GET_COMMON_PROPERTIES) */
    if (cmrp_value_set_string(&value, CMRP_FORMAT_SZ, name))
        notify_property_changed(model, obj, CMRP_PROPS_COMMON, "Name", &value);
    else notify_object(model, obj, change_property_bit(obj->kind));
    cmrp_value_clear(&value);
    return CMRP_ERR_SUCCESS;
}

/* An object by name, or else by id (as ApiOpenResource and friends accept). */
static struct cmrp_object *find_name_or_id(const struct cmrp_model *model, enum cmrp_object_kind kind,
                                           const char *name)
{
    struct cmrp_object *obj = find_object(model, kind, name);

    if (!obj)
    {
        obj = find_object_by_id(model, name);
        if (obj && obj->kind != kind) obj = NULL;
    }
    return obj;
}

struct cmrp_node *cmrp_model_node(struct cmrp_model *model, const char *name)
{
    return (struct cmrp_node *)find_object(model, CMRP_OBJECT_NODE, name);
}

struct cmrp_group *cmrp_model_group(struct cmrp_model *model, const char *name_or_id)
{
    return (struct cmrp_group *)find_name_or_id(model, CMRP_OBJECT_GROUP, name_or_id);
}

struct cmrp_resource *cmrp_model_resource(struct cmrp_model *model, const char *name_or_id)
{
    return (struct cmrp_resource *)find_name_or_id(model, CMRP_OBJECT_RESOURCE, name_or_id);
}

struct cmrp_resource_type *cmrp_model_resource_type(struct cmrp_model *model, const char *name)
{
    return (struct cmrp_resource_type *)find_object(model, CMRP_OBJECT_RESOURCE_TYPE, name);
}

struct cmrp_network *cmrp_model_network(struct cmrp_model *model, const char *name_or_id)
{
    return (struct cmrp_network *)find_name_or_id(model, CMRP_OBJECT_NETWORK, name_or_id);
}

struct cmrp_netinterface *cmrp_model_netinterface(struct cmrp_model *model, const char *name_or_id)
{
    return (struct cmrp_netinterface *)find_name_or_id(model, CMRP_OBJECT_NETINTERFACE, name_or_id);
}

struct cmrp_groupset *cmrp_model_groupset(struct cmrp_model *model, const char *name_or_id)
{
    return (struct cmrp_groupset *)find_name_or_id(model, CMRP_OBJECT_GROUPSET, name_or_id);
}

/* The Open* answers: the object, or the method's "not found" status. */
static uint32_t open_answer(void *found, uint32_t not_found, void **out)
{
    *out = found;
    return found ? CMRP_ERR_SUCCESS : not_found;
}

uint32_t cmrp_model_open_node(struct cmrp_model *model, const char *name, struct cmrp_node **node)
{
    void *found;
    uint32_t status = open_answer(cmrp_model_node(model, name), CMRP_ERR_CLUSTER_NODE_NOT_FOUND, &found);

    *node = found;
    return status;
}

uint32_t cmrp_model_open_group(struct cmrp_model *model, const char *name, struct cmrp_group **group)
{
    void *found;
    uint32_t status = open_answer(cmrp_model_group(model, name), CMRP_ERR_GROUP_NOT_FOUND, &found);

    *group = found;
    return status;
}

uint32_t cmrp_model_open_resource(struct cmrp_model *model, const char *name, struct cmrp_resource **resource)
{
    void *found;
    uint32_t status = open_answer(cmrp_model_resource(model, name), CMRP_ERR_RESOURCE_NOT_FOUND, &found);

    *resource = found;
    return status;
}

uint32_t cmrp_model_open_network(struct cmrp_model *model, const char *name, struct cmrp_network **network)
{
    void *found;
    uint32_t status = open_answer(cmrp_model_network(model, name), CMRP_ERR_CLUSTER_NETWORK_NOT_FOUND, &found);

    *network = found;
    return status;
}

uint32_t cmrp_model_open_netinterface(struct cmrp_model *model, const char *name,
                                      struct cmrp_netinterface **netinterface)
{
    void *found;
    uint32_t status = open_answer(cmrp_model_netinterface(model, name), CMRP_ERR_CLUSTER_NETINTERFACE_NOT_FOUND,
                                  &found);

    *netinterface = found;
    return status;
}

uint32_t cmrp_model_open_groupset(struct cmrp_model *model, const char *name, struct cmrp_groupset **groupset)
{
    void *found;
    uint32_t status = open_answer(cmrp_model_groupset(model, name), CMRP_ERR_GROUPSET_NOT_FOUND, &found);

    *groupset = found;
    return status;
}

/* ---- properties ---- */

/* Whether a value's bytes fit its format. */
static bool value_fits_format(const struct cmrp_value *value)
{
    switch (value->type)
    {
    case CMRP_FORMAT_DWORD:
    case CMRP_FORMAT_LONG:
        return value->size == 4;
    case CMRP_FORMAT_WORD:
        return value->size == 2;
    case CMRP_FORMAT_ULARGE_INTEGER:
    case CMRP_FORMAT_LARGE_INTEGER:
    case CMRP_FORMAT_FILETIME:
        return value->size == 8;
    case CMRP_FORMAT_SZ:
    case CMRP_FORMAT_EXPAND_SZ:
    case CMRP_FORMAT_EXPANDED_SZ:
        /* UTF-16 with its terminator */
        return value->size >= 2 && !(value->size % 2) && !value->data[value->size - 1]
               && !value->data[value->size - 2];
    case CMRP_FORMAT_MULTI_SZ:
        return value->size >= 2 && !(value->size % 2) && !value->data[value->size - 1]
               && !value->data[value->size - 2];
    case CMRP_FORMAT_BINARY:
    case CMRP_FORMAT_SECURITY_DESCRIPTOR:
        return true;
    }
    return false;
}

uint32_t cmrp_model_set_property(struct cmrp_model *model, struct cmrp_object *object, enum cmrp_property_set set,
                                 const char *name, const struct cmrp_value *value)
{
    const struct cmrp_property_info *info = NULL;
    struct cmrp_property_list *list;
    size_t units;

    if (!object || !value || !cmrp_model_valid_object_name(name) || !utf16_units(name, &units))
        return CMRP_ERR_INVALID_PARAMETER;
    if (value->size > CMRP_MAX_VALUE_SIZE || !value_fits_format(value)) return CMRP_ERR_INVALID_PARAMETER;
    if (set == CMRP_PROPS_COMMON)
    {
        info = cmrp_model_property_info(object->kind, name);
        if (info && (info->read_only || info->format != value->type)) return CMRP_ERR_INVALID_PARAMETER;
        /* no new common properties: only the known ones and those the description gave */
        if (!info && !cmrp_object_property(object, CMRP_PROPS_COMMON, name)) return CMRP_ERR_INVALID_PARAMETER;
        list = &object->common;
    }
    else list = &object->private_props;

    if (!property_put(list, info ? info->name : name, value)) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    notify_property_changed(model, object, set, info ? info->name : name, value);

    /* A resource's parameters are read when it comes online. */
    if (set == CMRP_PROPS_PRIVATE && object->kind == CMRP_OBJECT_RESOURCE)
    {
        const struct cmrp_resource *resource = (const struct cmrp_resource *)object;

        if (resource->state != CMRP_RESOURCE_OFFLINE && resource->state != CMRP_RESOURCE_FAILED)
            return CMRP_ERR_RESOURCE_PROPERTIES_STORED;
    }
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_delete_property(struct cmrp_model *model, struct cmrp_object *object,
                                    enum cmrp_property_set set, const char *name)
{
    const struct cmrp_property_info *info;
    struct cmrp_value value = { 0 };
    bool ok;

    if (!object || !name) return CMRP_ERR_INVALID_PARAMETER;
    if (set == CMRP_PROPS_COMMON && (info = cmrp_model_property_info(object->kind, name)))
    {
        /* A known common property always has a value: deleting it brings
         * back its default (ClusProperties.UseDefaultValue, cluster.exe
         * /usedefault). */
        if (info->read_only) return CMRP_ERR_INVALID_PARAMETER;
        ok = default_value(info, &value) && property_put(&object->common, info->name, &value);
        /* v2 ports learn the value it has again (MS-CMRP 3.1.4.2.138) */
        if (ok) notify_property_changed(model, object, CMRP_PROPS_COMMON, info->name, &value);
        cmrp_value_clear(&value);
        return ok ? CMRP_ERR_SUCCESS : CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    if (!property_remove(set == CMRP_PROPS_COMMON ? &object->common : &object->private_props, name))
        return CMRP_ERR_NOT_FOUND;
    notify_object(model, object, change_property_bit(object->kind));
    return CMRP_ERR_SUCCESS;
}

/* ---- lifecycle ---- */

struct cmrp_model *model_new(void)
{
    struct cmrp_model *model = calloc(1, sizeof(*model));

    if (!model) return NULL;
    model->state = calloc(1, sizeof(*model->state));
    if (!model->state)
    {
        free(model);
        return NULL;
    }
    model->client_access = CMRP_ACCESS_ALL;
    model->transition_delay_ms = 50;
    model->quorum_log_size = 4 * 1024 * 1024;
    model->state->id_seed = 0x636d727064756964ull;     /* "cmrpduid" */
    model->state->registry = registry_new(model);
    model->version.vendor_id = strdup("Microsoft(R) Cluster Service");
    model->version.csd_version = strdup("");
    model->quorum_device = strdup("");
    if (!model->state->registry || !model->version.vendor_id || !model->version.csd_version || !model->quorum_device)
    {
        cmrp_model_free(model);
        return NULL;
    }
    return model;
}

void cmrp_model_free(struct cmrp_model *model)
{
    size_t i;

    if (!model) return;
    if (model->state)
    {
        notify_free_all(model);
        registry_free(model->state->registry);
        index_free(&model->state->refs);
        index_free(&model->state->ids);
        for (i = 0; i < sizeof(model->state->names) / sizeof(model->state->names[0]); i++)
            index_free(&model->state->names[i]);
        free(model->state->pending);
        free(model->state);
    }
    for (i = 0; i < model->num_resources; i++) resource_free(model->resources[i]);
    free(model->resources);
    for (i = 0; i < model->num_groups; i++) group_free(model->groups[i]);
    free(model->groups);
    for (i = 0; i < model->num_resource_types; i++) resource_type_free(model->resource_types[i]);
    free(model->resource_types);
    for (i = 0; i < model->num_netinterfaces; i++) netinterface_free(model->netinterfaces[i]);
    free(model->netinterfaces);
    for (i = 0; i < model->num_networks; i++) network_free(model->networks[i]);
    free(model->networks);
    for (i = 0; i < model->num_groupsets; i++) groupset_free(model->groupsets[i]);
    free(model->groupsets);
    for (i = 0; i < model->num_nodes; i++) node_free_contents(&model->nodes[i]);
    free(model->nodes);
    /* cluster.name is cluster_name */
    model->cluster.name = NULL;
    object_release(&model->cluster);
    free(model->cluster_name);
    free(model->pending_cluster_name);
    free(model->version.vendor_id);
    free(model->version.csd_version);
    free(model->quorum_device);
    free(model);
}

struct cmrp_model *cmrp_model_load_stream(FILE *stream, const char *origin, char *err, size_t err_size)
{
    return config_load(stream, origin, err, err_size);
}

struct cmrp_model *cmrp_model_load(const char *path, char *err, size_t err_size)
{
    struct cmrp_model *model;
    FILE *stream = fopen(path, "r");

    if (!stream)
    {
        snprintf(err, err_size, "%s: %s", path, strerror(errno));
        return NULL;
    }
    model = cmrp_model_load_stream(stream, path, err, err_size);
    fclose(stream);
    return model;
}

/* ---- cluster-wide questions and rules ---- */

const struct cmrp_node *cmrp_model_local_node(const struct cmrp_model *model)
{
    return &model->nodes[model->local_node];
}

const struct cmrp_node *cmrp_model_find_node(const struct cmrp_model *model, const char *name)
{
    return (const struct cmrp_node *)find_object(model, CMRP_OBJECT_NODE, name);
}

uint32_t cmrp_model_version_flags(const struct cmrp_model *model)
{
    /* Nodes at different versions is what "mixed mode" means. */
    if (model->version.highest_version != model->version.lowest_version)
        return CMRP_CLUSTER_VERSION_FLAG_MIXED_MODE;
    return 0;
}

uint32_t cmrp_model_open_cluster(const struct cmrp_model *model, enum cmrp_access *granted)
{
    *granted = CMRP_ACCESS_NONE;
    if (model->client_access != CMRP_ACCESS_ALL) return CMRP_ERR_ACCESS_DENIED;
    *granted = CMRP_ACCESS_ALL;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_open_cluster_ex(const struct cmrp_model *model, uint32_t desired_access,
                                    enum cmrp_access *granted)
{
    /* Which bits stand for "Read" and which for "Change" (3.1.4.2.116):
     * GENERIC_WRITE, GENERIC_EXECUTE and GENERIC_ALL mean both. */
    const uint32_t read_bits = CMRP_CLUSAPI_READ_ACCESS | CMRP_GENERIC_READ | CMRP_GENERIC_WRITE
                               | CMRP_GENERIC_EXECUTE | CMRP_GENERIC_ALL;
    const uint32_t change_bits = CMRP_CLUSAPI_CHANGE_ACCESS | CMRP_GENERIC_WRITE
                                 | CMRP_GENERIC_EXECUTE | CMRP_GENERIC_ALL;
    const uint32_t known_bits = read_bits | change_bits | CMRP_MAXIMUM_ALLOWED;
    enum cmrp_access wanted = CMRP_ACCESS_NONE;

    *granted = CMRP_ACCESS_NONE;

    /* Asking for nothing, or for rights this cluster has no notion of. */
    if (desired_access == 0 || (desired_access & ~known_bits)) return CMRP_ERR_INVALID_PARAMETER;
    /* "Change" is only meaningful together with "Read". */
    if ((desired_access & CMRP_CLUSAPI_CHANGE_ACCESS) && !(desired_access & read_bits))
        return CMRP_ERR_INVALID_PARAMETER;

    if (desired_access & change_bits) wanted = CMRP_ACCESS_ALL;
    else if (desired_access & read_bits) wanted = CMRP_ACCESS_READ;

    if (wanted > model->client_access) return CMRP_ERR_ACCESS_DENIED;
    if (desired_access & CMRP_MAXIMUM_ALLOWED) wanted = model->client_access;
    if (wanted == CMRP_ACCESS_NONE) return CMRP_ERR_ACCESS_DENIED;

    *granted = wanted;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_access_granted_mask(enum cmrp_access granted)
{
    switch (granted)
    {
    case CMRP_ACCESS_ALL:  return CMRP_GENERIC_ALL;
    case CMRP_ACCESS_READ: return CMRP_GENERIC_READ;
    case CMRP_ACCESS_NONE: break;
    }
    return 0;
}

uint32_t cmrp_model_set_cluster_name(struct cmrp_model *model, const char *new_name)
{
    size_t units;
    char *copy;

    if (model->client_access != CMRP_ACCESS_ALL) return CMRP_ERR_ACCESS_DENIED;
    if (!new_name || !utf16_units(new_name, &units) || units == 0) return CMRP_ERR_INVALID_NAME;
    if (units > CMRP_MAX_NAME_UNITS) return CMRP_ERR_RPC_S_STRING_TOO_LONG;
    if (!cmrp_model_valid_name(new_name)) return CMRP_ERR_INVALID_NAME;
    if (cmrp_model_find_node(model, new_name)) return CMRP_ERR_INVALID_NAME;

    /* A rename is stored and reported as such, as Windows does (samba
     * torture); it takes effect when the core network name resource comes
     * online again (resource_online_settle). */
    if (!strcasecmp(new_name, model->cluster_name))
    {
        free(model->pending_cluster_name);
        model->pending_cluster_name = NULL;
        return CMRP_ERR_RESOURCE_PROPERTIES_STORED;
    }
    copy = strdup(new_name);
    if (!copy) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    free(model->pending_cluster_name);
    model->pending_cluster_name = copy;
    notify_object(model, &model->cluster, CMRP_CHANGE_CLUSTER_PROPERTY);
    return CMRP_ERR_RESOURCE_PROPERTIES_STORED;
}

void resource_online_settle(struct cmrp_model *model, const struct cmrp_resource *resource)
{
    char *name = model->pending_cluster_name;

    /* The cluster's name is the Name of its core Network Name resource (SDK SetClusterName). */
    if (!name || !resource->core || !resource->group->core || strcasecmp(resource->type->obj.name, "Network Name"))
        return;
    model->pending_cluster_name = NULL;
    /* cluster.name is cluster_name: one string */
    free(model->cluster_name);
    model->cluster_name = model->cluster.name = name;
    /* Out of memory, the registry keeps the old name: nothing else depends on it. */
    registry_put_string(model, "", "ClusterName", name);
    notify_cluster_renamed(model);
}

void cmrp_model_get_quorum(const struct cmrp_model *model, const char **resource_name, const char **device,
                           uint32_t *max_log_size)
{
    *resource_name = model->quorum_resource ? model->quorum_resource->obj.name : "";
    *device = model->quorum_device;
    *max_log_size = model->quorum_log_size;
}

uint32_t cmrp_model_set_quorum(struct cmrp_model *model, struct cmrp_resource *resource, const char *device,
                               uint32_t max_log_size)
{
    char *copy;

    if (!resource) return CMRP_ERR_INVALID_PARAMETER;
    if (!device) device = "";
    if (strlen(device) >= CMRP_MAX_STRING_BYTES || !utf16_units(device, &(size_t){ 0 }))
        return CMRP_ERR_INVALID_PARAMETER;
    if (!(resource->type->characteristics & CMRP_CHAR_QUORUM)) return CMRP_ERR_NOT_QUORUM_CAPABLE;
    copy = strdup(device);
    if (!copy) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    free(model->quorum_device);
    model->quorum_device = copy;
    model->quorum_resource = resource;
    if (max_log_size) model->quorum_log_size = max_log_size;
    registry_put_string(model, "Quorum", "Resource", resource->obj.id);
    notify_object(model, &resource->obj, CMRP_CHANGE_QUORUM_STATE);
    return CMRP_ERR_SUCCESS;
}
