/*
 * The cluster's objects: creating, deleting, renaming and linking nodes,
 * groups, resources, resource types, networks, interfaces and group sets,
 * and the enumerations over them.  States and their transitions are
 * model_state.c's.  Error codes follow the MS-CMRP method tables; where the
 * specification names none, the choice is documented in server/README.md.
 */
#include "server/model_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- freeing ---- */

void node_free_contents(struct cmrp_node *node)
{
    /* name and id are obj.name and obj.id */
    object_release(&node->obj);
    node->name = node->id = NULL;
}

void group_free(struct cmrp_group *group)
{
    if (!group) return;
    object_release(&group->obj);
    free(group->preferred_owners);
    free(group->resources);
    free(group->provider_groups);
    free(group);
}

void resource_free(struct cmrp_resource *resource)
{
    if (!resource) return;
    object_release(&resource->obj);
    free(resource->providers);
    free(resource->dependents);
    free(resource->possible_owners);
    free(resource);
}

void resource_type_free(struct cmrp_resource_type *type)
{
    if (!type) return;
    object_release(&type->obj);
    free(type->display_name);
    free(type->dll_name);
    free(type);
}

void network_free(struct cmrp_network *network)
{
    if (!network) return;
    object_release(&network->obj);
    free(network);
}

void netinterface_free(struct cmrp_netinterface *netinterface)
{
    if (!netinterface) return;
    object_release(&netinterface->obj);
    free(netinterface->adapter);
    free(netinterface->address);
    free(netinterface);
}

void groupset_free(struct cmrp_groupset *groupset)
{
    if (!groupset) return;
    object_release(&groupset->obj);
    free(groupset->groups);
    free(groupset->provider_sets);
    free(groupset);
}

/* ---- adding an object to the model ---- */

/* Indexes obj and appends it to the model's array of its kind; false (and
 * nothing changed) when out of memory. */
static bool object_add(struct cmrp_model *model, struct cmrp_object *obj, void **array, size_t *count)
{
    if (!object_index(model, obj)) return false;
    if (!array_append(array, count, sizeof(obj), &obj))
    {
        object_unindex(model, obj);
        return false;
    }
    registry_object_added(model, obj);
    notify_object(model, obj, change_added_bit(obj->kind));
    return true;
}

/* Takes obj out of the model's array, indexes and registry, after telling
 * the ports.  The caller frees it. */
static void object_remove(struct cmrp_model *model, struct cmrp_object *obj, void *array, size_t *count)
{
    notify_object(model, obj, change_deleted_bit(obj->kind));
    notify_forget_object(model, obj->ref);
    registry_object_removed(model, obj);
    object_unindex(model, obj);
    pointer_remove(array, count, obj);
}

/* The usual checks of a new object's name and id. */
static uint32_t check_new_name(const struct cmrp_model *model, enum cmrp_object_kind kind, const char *name,
                               const char *id)
{
    if (!cmrp_model_valid_object_name(name)) return CMRP_ERR_INVALID_NAME;
    if (find_object(model, kind, name)) return CMRP_ERR_OBJECT_ALREADY_EXISTS;
    if (id && (!*id || find_object_by_id(model, id))) return CMRP_ERR_OBJECT_ALREADY_EXISTS;
    return CMRP_ERR_SUCCESS;
}

/* A bounded, well-formed UTF-8 string parameter. */
static bool valid_string(const char *s)
{
    size_t units;

    return s && strlen(s) < CMRP_MAX_STRING_BYTES && utf16_units(s, &units);
}

/* ---- groups ---- */

uint32_t group_create(struct cmrp_model *model, const char *name, const char *id, struct cmrp_node *owner,
                      struct cmrp_group **out)
{
    struct cmrp_group *group;
    uint32_t status = check_new_name(model, CMRP_OBJECT_GROUP, name, id);
    void *array = model->groups;

    if (status) return status;
    if (model->num_groups >= CMRP_MAX_GROUPS) return CMRP_ERR_NO_SYSTEM_RESOURCES;
    group = calloc(1, sizeof(*group));
    if (!group) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    group->owner = owner;
    group->state = CMRP_GROUP_OFFLINE;
    if (!object_init(model, &group->obj, CMRP_OBJECT_GROUP, name, id)
        || !object_add(model, &group->obj, &array, &model->num_groups))
    {
        group_free(group);
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    model->groups = array;
    if (out) *out = group;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_create_group(struct cmrp_model *model, const char *name, struct cmrp_group **group)
{
    /* A new group lives on the node that handles the request. */
    return group_create(model, name, NULL, &model->nodes[model->local_node], group);
}

uint32_t cmrp_model_create_group_ex(struct cmrp_model *model, const char *name, uint32_t version,
                                    uint32_t group_type, struct cmrp_group **group)
{
    struct cmrp_value value = { 0 };
    struct cmrp_group *created;
    uint32_t status;

    /* CLUSTER_CREATE_GROUP_INFO_RPC.dwVersion MUST be 1 (MS-CMRP 2.2.3.21) */
    if (version != 1) return CMRP_ERR_INVALID_PARAMETER;
    status = cmrp_model_create_group(model, name, &created);
    if (status) return status;
    if (!cmrp_value_set_dword(&value, CMRP_FORMAT_DWORD, group_type)
        || !property_put(&created->obj.common, "GroupType", &value))
        status = CMRP_ERR_NOT_ENOUGH_MEMORY;
    cmrp_value_clear(&value);
    if (status)
    {
        cmrp_model_delete_group(model, created, true);
        return status;
    }
    if (group) *group = created;
    return CMRP_ERR_SUCCESS;
}

static void resource_remove(struct cmrp_model *model, struct cmrp_resource *resource);

uint32_t cmrp_model_delete_group(struct cmrp_model *model, struct cmrp_group *group, bool force)
{
    size_t i;

    if (!group) return CMRP_ERR_INVALID_PARAMETER;
    if (group->core) return CMRP_ERR_CORE_RESOURCE;
    if (group->num_resources && !force) return CMRP_ERR_DIR_NOT_EMPTY;
    for (i = 0; i < group->num_resources; i++)
    {
        if (group->resources[i]->core) return CMRP_ERR_CORE_RESOURCE;
        if (group->resources[i] == model->quorum_resource) return CMRP_ERR_QUORUM_RESOURCE;
    }

    /* force: everything stops and goes, dependents before their providers
     * (dependencies never leave a group, so unlinking them all is enough) */
    for (i = 0; i < group->num_resources; i++)
    {
        struct cmrp_resource *resource = group->resources[i];

        if (resource->state != CMRP_RESOURCE_OFFLINE && resource->state != CMRP_RESOURCE_FAILED)
            resource_set_state(model, resource, CMRP_RESOURCE_OFFLINE);
        resource->num_providers = resource->num_dependents = 0;
    }
    while (group->num_resources) resource_remove(model, group->resources[group->num_resources - 1]);

    if (group->groupset) pointer_remove((void **)group->groupset->groups, &group->groupset->num_groups, group);
    groupdeps_forget_group(model, group);
    object_remove(model, &group->obj, model->groups, &model->num_groups);
    group_free(group);
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_set_group_name(struct cmrp_model *model, struct cmrp_group *group, const char *name)
{
    struct cmrp_object *other;

    if (!group) return CMRP_ERR_INVALID_PARAMETER;
    if (!cmrp_model_valid_object_name(name)) return CMRP_ERR_INVALID_NAME;
    other = find_object(model, CMRP_OBJECT_GROUP, name);
    if (other && other != &group->obj) return CMRP_ERR_ALREADY_EXISTS;
    return object_rename(model, &group->obj, name);
}

uint32_t cmrp_model_set_group_node_list(struct cmrp_model *model, struct cmrp_group *group,
                                        const char *const *node_names, size_t count)
{
    struct cmrp_node **nodes = NULL;
    size_t num_nodes = 0, i;
    void *array = NULL;

    if (!group || (count && !node_names) || count > CMRP_MAX_NODES * 4) return CMRP_ERR_INVALID_PARAMETER;
    for (i = 0; i < count; i++)
    {
        struct cmrp_node *node = cmrp_model_node(model, node_names[i]);

        if (!node)
        {
            free(array);
            return CMRP_ERR_CLUSTER_NODE_NOT_FOUND;
        }
        /* a node named twice keeps its first place */
        if (pointer_index(array, num_nodes, node) < num_nodes) continue;
        if (!array_append(&array, &num_nodes, sizeof(node), &node))
        {
            free(array);
            return CMRP_ERR_NOT_ENOUGH_MEMORY;
        }
    }
    nodes = array;
    free(group->preferred_owners);
    group->preferred_owners = nodes;
    group->num_preferred_owners = num_nodes;
    notify_object(model, &group->obj, CMRP_CHANGE_GROUP_PROPERTY);
    return CMRP_ERR_SUCCESS;
}

/* ---- resources ---- */

uint32_t resource_create(struct cmrp_model *model, struct cmrp_group *group, const char *name, const char *id,
                         struct cmrp_resource_type *type, struct cmrp_resource **out)
{
    struct cmrp_resource *resource;
    uint32_t status = check_new_name(model, CMRP_OBJECT_RESOURCE, name, id);
    void *array = model->resources, *members;
    size_t i;

    if (status) return status;
    if (model->num_resources >= CMRP_MAX_RESOURCES) return CMRP_ERR_NO_SYSTEM_RESOURCES;
    resource = calloc(1, sizeof(*resource));
    if (!resource) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    resource->group = group;
    resource->type = type;
    resource->state = CMRP_RESOURCE_OFFLINE;
    if (!object_init(model, &resource->obj, CMRP_OBJECT_RESOURCE, name, id)) goto out_of_memory;

    /* every configured node can host it (MS-CMRP 3.1.4.2.10) */
    members = NULL;
    for (i = 0; i < model->num_nodes; i++)
    {
        struct cmrp_node *node = &model->nodes[i];

        if (node->evicted) continue;
        if (!array_append(&members, &resource->num_possible_owners, sizeof(node), &node))
        {
            free(members);
            goto out_of_memory;
        }
    }
    resource->possible_owners = members;

    /* room in the group first, so that nothing can fail once it is in the model */
    members = group->resources;
    if (!array_append(&members, &group->num_resources, sizeof(resource), &resource)) goto out_of_memory;
    group->resources = members;
    group->num_resources--;
    if (!object_add(model, &resource->obj, &array, &model->num_resources)) goto out_of_memory;
    model->resources = array;
    group->num_resources++;
    group_refresh_state(model, group);
    if (out) *out = resource;
    return CMRP_ERR_SUCCESS;

out_of_memory:
    resource_free(resource);
    return CMRP_ERR_NOT_ENOUGH_MEMORY;
}

uint32_t cmrp_model_create_resource(struct cmrp_model *model, struct cmrp_group *group, const char *name,
                                    const char *type_name, uint32_t flags, struct cmrp_resource **resource)
{
    struct cmrp_resource_type *type;
    struct cmrp_resource *created;
    struct cmrp_value value = { 0 };
    uint32_t status;

    if (!group || (flags & ~CMRP_RESOURCE_SEPARATE_MONITOR)) return CMRP_ERR_INVALID_PARAMETER;
    if (!cmrp_model_valid_object_name(name)) return CMRP_ERR_INVALID_NAME;
    type = cmrp_model_resource_type(model, type_name);
    if (!type) return CMRP_ERR_CLUSTER_RESOURCE_TYPE_NOT_FOUND;
    status = resource_create(model, group, name, NULL, type, &created);
    if (status) return status;
    if (flags & CMRP_RESOURCE_SEPARATE_MONITOR)
    {
        created->separate_monitor = true;
        if (cmrp_value_set_dword(&value, CMRP_FORMAT_DWORD, 1)) property_put(&created->obj.common, "SeparateMonitor", &value);
        cmrp_value_clear(&value);
    }
    if (resource) *resource = created;
    return CMRP_ERR_SUCCESS;
}

/* Takes a resource without dependents out of everything and frees it. */
static void resource_remove(struct cmrp_model *model, struct cmrp_resource *resource)
{
    struct cmrp_group *group = resource->group;
    size_t i;

    for (i = 0; i < resource->num_providers; i++)
    {
        struct cmrp_resource *provider = resource->providers[i];

        pointer_remove((void **)provider->dependents, &provider->num_dependents, resource);
    }
    pending_forget(model, resource);
    pointer_remove((void **)group->resources, &group->num_resources, resource);
    object_remove(model, &resource->obj, model->resources, &model->num_resources);
    resource_free(resource);
    group_refresh_state(model, group);
}

uint32_t cmrp_model_delete_resource(struct cmrp_model *model, struct cmrp_resource *resource)
{
    if (!resource) return CMRP_ERR_INVALID_PARAMETER;
    if (resource->core) return CMRP_ERR_CORE_RESOURCE;
    if (resource == model->quorum_resource) return CMRP_ERR_QUORUM_RESOURCE;
    if (resource->state != CMRP_RESOURCE_OFFLINE && resource->state != CMRP_RESOURCE_FAILED)
        return CMRP_ERR_RESOURCE_ONLINE;
    if (resource->num_dependents) return CMRP_ERR_DEPENDENT_RESOURCE_EXISTS;
    resource_remove(model, resource);
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_set_resource_name(struct cmrp_model *model, struct cmrp_resource *resource, const char *name)
{
    struct cmrp_object *other;

    if (!resource) return CMRP_ERR_INVALID_PARAMETER;
    if (!cmrp_model_valid_object_name(name)) return CMRP_ERR_INVALID_NAME;
    other = find_object(model, CMRP_OBJECT_RESOURCE, name);
    if (other && other != &resource->obj) return CMRP_ERR_ALREADY_EXISTS;
    return object_rename(model, &resource->obj, name);
}

void cmrp_model_set_resource_fault(struct cmrp_model *model, struct cmrp_resource *resource, bool fail_online)
{
    if (resource) resource->fail_online = fail_online;
}

const struct cmrp_node *cmrp_model_resource_owner(const struct cmrp_resource *resource)
{
    return resource->group->owner;
}

/* ---- dependencies ---- */

/* Longest chain of providers below resource (direction false) or of
 * dependents above it (true), memoised with the walk marks. */
static uint32_t chain_length(struct cmrp_model *model, struct cmrp_resource *resource, bool dependents)
{
    struct cmrp_resource **next = dependents ? resource->dependents : resource->providers;
    size_t count = dependents ? resource->num_dependents : resource->num_providers, i;
    uint32_t longest = 0;

    if (resource->walk_mark == model->state->walk_generation) return resource->walk_value;
    for (i = 0; i < count; i++)
    {
        uint32_t length = 1 + chain_length(model, next[i], dependents);

        if (length > longest) longest = length;
    }
    resource->walk_mark = model->state->walk_generation;
    resource->walk_value = longest;
    return longest;
}

/* Whether target is among the providers of resource, at any depth. */
static bool reaches(struct cmrp_model *model, struct cmrp_resource *resource, const struct cmrp_resource *target)
{
    size_t i;

    if (resource == target) return true;
    if (resource->walk_mark == model->state->walk_generation) return false;
    resource->walk_mark = model->state->walk_generation;
    for (i = 0; i < resource->num_providers; i++)
        if (reaches(model, resource->providers[i], target)) return true;
    return false;
}

static uint32_t dependency_check(const struct cmrp_resource *resource, const struct cmrp_resource *provider)
{
    if (!resource || !provider || resource == provider) return CMRP_ERR_INVALID_PARAMETER;
    if (resource->group != provider->group) return CMRP_ERR_INVALID_PARAMETER;
    if (pointer_index((void *const *)resource->providers, resource->num_providers, provider) < resource->num_providers)
        return CMRP_ERR_DEPENDENCY_ALREADY_EXISTS;
    return CMRP_ERR_SUCCESS;
}

/* dependency_check plus the walks, which need the model's marks. */
uint32_t dependency_allowed(struct cmrp_model *model, struct cmrp_resource *resource,
                                   struct cmrp_resource *provider)
{
    uint32_t status = dependency_check(resource, provider), above, below;

    if (status) return status;
    model->state->walk_generation++;
    if (reaches(model, provider, resource)) return CMRP_ERR_CIRCULAR_DEPENDENCY;
    model->state->walk_generation++;
    below = chain_length(model, provider, false);
    model->state->walk_generation++;
    above = chain_length(model, resource, true);
    /* MS-CMRP 3.1.4.2.20: a dependency tree at most 100 deep */
    if (above + 1 + below >= CMRP_MAX_DEPENDENCY_DEPTH) return CMRP_ERR_DEPENDENCY_TREE_TOO_COMPLEX;
    return CMRP_ERR_SUCCESS;
}

uint32_t dependency_link(struct cmrp_resource *resource, struct cmrp_resource *provider)
{
    void *providers = resource->providers, *dependents = provider->dependents;

    if (!array_append(&providers, &resource->num_providers, sizeof(provider), &provider))
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    resource->providers = providers;
    if (!array_append(&dependents, &provider->num_dependents, sizeof(resource), &resource))
    {
        resource->num_providers--;
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    provider->dependents = dependents;
    return CMRP_ERR_SUCCESS;
}

static void dependency_unlink(struct cmrp_resource *resource, struct cmrp_resource *provider)
{
    pointer_remove((void **)resource->providers, &resource->num_providers, provider);
    pointer_remove((void **)provider->dependents, &provider->num_dependents, resource);
}

static bool is_up(enum cmrp_resource_state state)
{
    return state == CMRP_RESOURCE_ONLINE || state == CMRP_RESOURCE_ONLINE_PENDING;
}

/* A running resource may only gain a provider that is online. */
static uint32_t dependency_state_check(const struct cmrp_resource *resource, const struct cmrp_resource *provider)
{
    if (is_up(resource->state) && provider->state != CMRP_RESOURCE_ONLINE) return CMRP_ERR_RESOURCE_ONLINE;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_can_depend(struct cmrp_model *model, struct cmrp_resource *resource,
                               struct cmrp_resource *provider)
{
    uint32_t status = dependency_allowed(model, resource, provider);

    return status ? status : dependency_state_check(resource, provider);
}

uint32_t cmrp_model_add_dependency(struct cmrp_model *model, struct cmrp_resource *resource,
                                   struct cmrp_resource *provider)
{
    uint32_t status = cmrp_model_can_depend(model, resource, provider);

    if (!status) status = dependency_link(resource, provider);
    if (!status) notify_object(model, &resource->obj, CMRP_CHANGE_RESOURCE_PROPERTY);
    return status;
}

uint32_t cmrp_model_remove_dependency(struct cmrp_model *model, struct cmrp_resource *resource,
                                      struct cmrp_resource *provider)
{
    if (!resource || !provider) return CMRP_ERR_INVALID_PARAMETER;
    if (pointer_index((void *const *)resource->providers, resource->num_providers, provider) == resource->num_providers)
        return CMRP_ERR_DEPENDENCY_NOT_FOUND;
    dependency_unlink(resource, provider);
    notify_object(model, &resource->obj, CMRP_CHANGE_RESOURCE_PROPERTY);
    return CMRP_ERR_SUCCESS;
}

char *cmrp_model_dependency_expression(const struct cmrp_resource *resource)
{
    size_t length = 1, i;
    char *text;

    for (i = 0; i < resource->num_providers; i++) length += strlen(resource->providers[i]->obj.name) + 7;
    text = malloc(length);
    if (!text) return NULL;
    text[0] = 0;
    for (i = 0; i < resource->num_providers; i++)
    {
        if (i) strcat(text, " and ");
        strcat(text, "[");
        strcat(text, resource->providers[i]->obj.name);
        strcat(text, "]");
    }
    return text;
}

/* Reads "[A] and [B] ..." (parentheses ignored) into resources of the group. */
static uint32_t parse_expression(struct cmrp_model *model, const struct cmrp_resource *resource,
                                 const char *expression, struct cmrp_resource ***out, size_t *count)
{
    const char *p = expression;
    void *list = NULL;
    bool want_term = true;
    uint32_t status = CMRP_ERR_SUCCESS;

    *count = 0;
    while (*p && !status)
    {
        if (*p == ' ' || *p == '\t' || *p == '(' || *p == ')') p++;
        else if (want_term && *p == '[')
        {
            const char *end = strchr(p + 1, ']');
            char name[4 * CMRP_MAX_OBJECT_NAME_UNITS + 1];
            struct cmrp_resource *provider;

            if (!end || (size_t)(end - p - 1) >= sizeof(name)) status = CMRP_ERR_INVALID_PARAMETER;
            else
            {
                memcpy(name, p + 1, end - p - 1);
                name[end - p - 1] = 0;
                provider = cmrp_model_resource(model, name);
                if (!provider) status = CMRP_ERR_RESOURCE_NOT_FOUND;
                else if (provider->group != resource->group || provider == resource)
                    status = CMRP_ERR_INVALID_PARAMETER;
                else if (pointer_index(list, *count, provider) == *count
                         && !array_append(&list, count, sizeof(provider), &provider))
                    status = CMRP_ERR_NOT_ENOUGH_MEMORY;
                p = end + 1;
                want_term = false;
            }
        }
        else if (!want_term && !strncasecmp(p, "and", 3))
        {
            p += 3;
            want_term = true;
        }
        /* "or" (a complex dependency) and anything else */
        else status = CMRP_ERR_INVALID_PARAMETER;
    }
    if (!status && want_term && *count) status = CMRP_ERR_INVALID_PARAMETER;
    if (status) free(list);
    else *out = list;
    return status;
}

uint32_t cmrp_model_set_dependency_expression(struct cmrp_model *model, struct cmrp_resource *resource,
                                              const char *expression)
{
    struct cmrp_resource **wanted = NULL;
    size_t count = 0, i;
    uint32_t status = CMRP_ERR_SUCCESS;

    if (!resource) return CMRP_ERR_INVALID_PARAMETER;
    if (expression && strlen(expression) >= CMRP_MAX_STRING_BYTES) return CMRP_ERR_INVALID_PARAMETER;
    if (expression && *expression) status = parse_expression(model, resource, expression, &wanted, &count);
    /* check every new provider before changing anything */
    for (i = 0; i < count && !status; i++)
    {
        if (pointer_index((void *const *)resource->providers, resource->num_providers, wanted[i]) < resource->num_providers)
            continue;
        status = dependency_allowed(model, resource, wanted[i]);
        if (!status) status = dependency_state_check(resource, wanted[i]);
    }
    if (!status)
    {
        for (i = resource->num_providers; i > 0; i--)
            if (pointer_index((void *const *)wanted, count, resource->providers[i - 1]) == count)
                dependency_unlink(resource, resource->providers[i - 1]);
        for (i = 0; i < count && !status; i++)
            if (pointer_index((void *const *)resource->providers, resource->num_providers, wanted[i]) == resource->num_providers)
                status = dependency_link(resource, wanted[i]);
        notify_object(model, &resource->obj, CMRP_CHANGE_RESOURCE_PROPERTY);
    }
    free(wanted);
    return status;
}

/* ---- possible owners ---- */

uint32_t cmrp_model_add_possible_owner(struct cmrp_model *model, struct cmrp_resource *resource,
                                       struct cmrp_node *node)
{
    void *owners;

    if (!resource || !node || node->evicted) return CMRP_ERR_INVALID_PARAMETER;
    if (pointer_index((void *const *)resource->possible_owners, resource->num_possible_owners, node) < resource->num_possible_owners)
        return CMRP_ERR_OBJECT_ALREADY_EXISTS;
    owners = resource->possible_owners;
    if (!array_append(&owners, &resource->num_possible_owners, sizeof(node), &node))
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    resource->possible_owners = owners;
    notify_object(model, &resource->obj, CMRP_CHANGE_RESOURCE_PROPERTY);
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_remove_possible_owner(struct cmrp_model *model, struct cmrp_resource *resource,
                                          struct cmrp_node *node)
{
    if (!resource || !node) return CMRP_ERR_INVALID_PARAMETER;
    if (pointer_index((void *const *)resource->possible_owners, resource->num_possible_owners, node) == resource->num_possible_owners)
        return CMRP_ERR_NOT_FOUND;
    /* it cannot stop being able to run where it runs */
    if (resource->group->owner == node && resource->state != CMRP_RESOURCE_OFFLINE
        && resource->state != CMRP_RESOURCE_FAILED)
        return CMRP_ERR_RESOURCE_ONLINE;
    pointer_remove((void **)resource->possible_owners, &resource->num_possible_owners, node);
    notify_object(model, &resource->obj, CMRP_CHANGE_RESOURCE_PROPERTY);
    return CMRP_ERR_SUCCESS;
}

/* ---- changing a resource's group ---- */

/* Collects the resources connected to resource by dependencies (either way). */
static bool collect_tree(struct cmrp_model *model, struct cmrp_resource *resource, void **tree, size_t *count)
{
    size_t i;

    if (resource->walk_mark == model->state->walk_generation) return true;
    resource->walk_mark = model->state->walk_generation;
    if (!array_append(tree, count, sizeof(resource), &resource)) return false;
    for (i = 0; i < resource->num_providers; i++)
        if (!collect_tree(model, resource->providers[i], tree, count)) return false;
    for (i = 0; i < resource->num_dependents; i++)
        if (!collect_tree(model, resource->dependents[i], tree, count)) return false;
    return true;
}

uint32_t cmrp_model_change_resource_group(struct cmrp_model *model, struct cmrp_resource *resource,
                                          struct cmrp_group *group)
{
    struct cmrp_group *old_group;
    void *tree = NULL, *members;
    size_t count = 0, i;

    if (!resource || !group) return CMRP_ERR_INVALID_PARAMETER;
    old_group = resource->group;
    if (old_group == group) return CMRP_ERR_SUCCESS;
    /* both groups on the same node, whatever the state (SDK ChangeClusterResourceGroup) */
    if (old_group->owner != group->owner) return CMRP_ERR_HOST_NODE_NOT_GROUP_OWNER;

    model->state->walk_generation++;
    if (!collect_tree(model, resource, &tree, &count))
    {
        free(tree);
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    /* make room in the new group first: nothing may fail half-way */
    members = group->resources;
    for (i = 0; i < count; i++)
    {
        if (!array_append(&members, &group->num_resources, sizeof(void *), &((void **)tree)[i]))
        {
            group->resources = members;
            group->num_resources -= i;
            free(tree);
            return CMRP_ERR_NOT_ENOUGH_MEMORY;
        }
    }
    group->resources = members;
    for (i = 0; i < count; i++)
    {
        struct cmrp_resource *moved = ((struct cmrp_resource **)tree)[i];

        pointer_remove((void **)old_group->resources, &old_group->num_resources, moved);
        moved->group = group;
        notify_object(model, &moved->obj, CMRP_CHANGE_RESOURCE_PROPERTY);
    }
    free(tree);
    notify_object(model, &old_group->obj, CMRP_CHANGE_GROUP_PROPERTY);
    notify_object(model, &group->obj, CMRP_CHANGE_GROUP_PROPERTY);
    group_refresh_state(model, old_group);
    group_refresh_state(model, group);
    return CMRP_ERR_SUCCESS;
}

/* ---- the network name of a resource ---- */

static bool is_network_name(const struct cmrp_resource *resource)
{
    return !strcasecmp(resource->type->obj.name, "Network Name");
}

/* The first Network Name among the providers of resource, at any depth. */
static struct cmrp_resource *find_network_name(struct cmrp_model *model, struct cmrp_resource *resource)
{
    size_t i;

    if (resource->walk_mark == model->state->walk_generation) return NULL;
    resource->walk_mark = model->state->walk_generation;
    for (i = 0; i < resource->num_providers; i++)
    {
        struct cmrp_resource *provider = resource->providers[i], *found;

        if (is_network_name(provider)) return provider;
        found = find_network_name(model, provider);
        if (found) return found;
    }
    return NULL;
}

uint32_t cmrp_model_resource_network_name(struct cmrp_model *model, const struct cmrp_resource *resource,
                                          char **name)
{
    struct cmrp_resource *found = NULL;
    const struct cmrp_value *value;
    size_t i;

    *name = NULL;
    if (!resource) return CMRP_ERR_INVALID_PARAMETER;
    /* 1. itself, 2. its providers, at any depth (MS-CMRP ApiGetResourceNetworkName),
     * 3. the group's client access point, 4. in a core group, the cluster's own name */
    if (is_network_name(resource)) found = (struct cmrp_resource *)resource;
    if (!found)
    {
        model->state->walk_generation++;
        found = find_network_name(model, (struct cmrp_resource *)resource);
    }
    for (i = 0; !found && i < resource->group->num_resources; i++)
        if (is_network_name(resource->group->resources[i])) found = resource->group->resources[i];

    if (found)
    {
        value = cmrp_object_property(&found->obj, CMRP_PROPS_PRIVATE, "Name");
        *name = value ? cmrp_value_to_utf8(value) : strdup(found->obj.name);
    }
    else if (resource->group->core) *name = strdup(model->cluster_name);
    else return CMRP_ERR_DEPENDENCY_NOT_FOUND;
    return *name ? CMRP_ERR_SUCCESS : CMRP_ERR_NOT_ENOUGH_MEMORY;
}

/* ---- nodes ---- */

uint32_t cmrp_model_pause_node(struct cmrp_model *model, struct cmrp_node *node)
{
    if (!node || node->evicted) return CMRP_ERR_INVALID_PARAMETER;
    switch (node->state)
    {
    case CMRP_NODE_PAUSED:  return CMRP_ERR_SUCCESS;
    case CMRP_NODE_DOWN:    return CMRP_ERR_CLUSTER_NODE_DOWN;
    case CMRP_NODE_JOINING: return CMRP_ERR_CLUSTER_NODE_NOT_READY;
    case CMRP_NODE_UP:      break;
    }
    return cmrp_model_set_node_state(model, node, CMRP_NODE_PAUSED);
}

uint32_t cmrp_model_resume_node(struct cmrp_model *model, struct cmrp_node *node)
{
    if (!node || node->evicted) return CMRP_ERR_INVALID_PARAMETER;
    if (node->state != CMRP_NODE_PAUSED) return CMRP_ERR_CLUSTER_NODE_NOT_PAUSED;
    return cmrp_model_set_node_state(model, node, CMRP_NODE_UP);
}

static void netinterface_set_state(struct cmrp_model *model, struct cmrp_netinterface *netinterface,
                                   enum cmrp_netinterface_state state)
{
    if (netinterface->state == state) return;
    netinterface->state = state;
    netinterface->obj.state_sequence++;
    notify_object(model, &netinterface->obj, CMRP_CHANGE_NETINTERFACE_STATE);
}

uint32_t cmrp_model_set_node_state(struct cmrp_model *model, struct cmrp_node *node, enum cmrp_node_state state)
{
    enum cmrp_node_state old_state;
    size_t i;

    if (!node || node->evicted) return CMRP_ERR_INVALID_PARAMETER;
    if (state != CMRP_NODE_UP && state != CMRP_NODE_DOWN && state != CMRP_NODE_PAUSED && state != CMRP_NODE_JOINING)
        return CMRP_ERR_INVALID_PARAMETER;
    old_state = node->state;
    if (old_state == state) return CMRP_ERR_SUCCESS;
    node->state = state;
    node->obj.state_sequence++;
    notify_object(model, &node->obj, CMRP_CHANGE_NODE_STATE);

    for (i = 0; i < model->num_netinterfaces; i++)
    {
        struct cmrp_netinterface *netinterface = model->netinterfaces[i];

        if (netinterface->node != node) continue;
        if (state == CMRP_NODE_DOWN) netinterface_set_state(model, netinterface, CMRP_NETINTERFACE_UNAVAILABLE);
        else if (old_state == CMRP_NODE_DOWN) netinterface_set_state(model, netinterface, CMRP_NETINTERFACE_UP);
    }

    /* A node that dies loses its groups: they fail over (or wait on it
     * while no node is up or paused). */
    if (state == CMRP_NODE_DOWN)
    {
        for (i = 0; i < model->num_groups; i++)
        {
            struct cmrp_group *group = model->groups[i];
            struct cmrp_node *target;

            if (group->owner != node) continue;
            group_stop_at_once(model, group);
            group->move_target = NULL;
            target = group_failover_node(model, group, node);
            if (target) group_transfer(model, group, target, model_now_ms(model));
            group_refresh_state(model, group);
        }
        model_settle(model);
    }
    /* A node back in the cluster takes the groups that waited for one. */
    else if (node_active(node) && old_state != CMRP_NODE_UP && old_state != CMRP_NODE_PAUSED)
        groups_adopt_orphans(model);
    return CMRP_ERR_SUCCESS;
}

static void netinterface_remove(struct cmrp_model *model, struct cmrp_netinterface *netinterface);

/* The member other than node to fall back on: an active one if any. */
static struct cmrp_node *other_member(struct cmrp_model *model, const struct cmrp_node *node)
{
    struct cmrp_node *found = NULL;
    size_t i;

    for (i = 0; i < model->num_nodes; i++)
    {
        struct cmrp_node *other = &model->nodes[i];

        if (other == node || other->evicted) continue;
        if (node_active(other)) return other;
        if (!found) found = other;
    }
    return found;
}

/* MS-CMRP 3.1.4.2.72 lists no refusal: any node may go, active or not, the
 * one this server is included ("the server SHOULD effect a cleanup of
 * itself"; the host stops serving it, hooks.node_evicted).  Its groups fail
 * over as if it had died. */
uint32_t cmrp_model_evict_node(struct cmrp_model *model, struct cmrp_node *node)
{
    struct cmrp_node *fallback;
    size_t i;

    if (!node || node->evicted) return CMRP_ERR_INVALID_PARAMETER;
    /* a cluster without nodes is destroyed, not evicted: not modelled */
    if (!(fallback = other_member(model, node))) return CMRP_ERR_NOT_SUPPORTED;

    for (i = 0; i < model->num_groups; i++)
    {
        struct cmrp_group *group = model->groups[i];

        pointer_remove((void **)group->preferred_owners, &group->num_preferred_owners, node);
        if (group->move_target == node) group->move_target = NULL;
        if (group->owner == node)
        {
            struct cmrp_node *target = group_failover_node(model, group, node);

            group_stop_at_once(model, group);
            group_transfer(model, group, target ? target : fallback, model_now_ms(model));
        }
    }
    /* what this server speaks for when a host gives no node of its own */
    if (node == &model->nodes[model->local_node]) model->local_node = fallback - model->nodes;
    for (i = 0; i < model->num_resources; i++)
    {
        struct cmrp_resource *resource = model->resources[i];

        pointer_remove((void **)resource->possible_owners, &resource->num_possible_owners, node);
    }
    for (i = model->num_netinterfaces; i > 0; i--)
        if (model->netinterfaces[i - 1]->node == node) netinterface_remove(model, model->netinterfaces[i - 1]);

    notify_object(model, &node->obj, CMRP_CHANGE_NODE_DELETED);
    notify_forget_object(model, node->obj.ref);
    registry_object_removed(model, &node->obj);
    object_unindex(model, &node->obj);
    node->evicted = true;
    model_settle(model);
    if (model->hooks.node_evicted) model->hooks.node_evicted(model->hooks.data, node);
    return CMRP_ERR_SUCCESS;
}

/* ---- resource types ---- */

uint32_t resource_type_create(struct cmrp_model *model, const char *name, const char *display_name,
                              const char *dll_name, uint32_t looks_alive_ms, uint32_t is_alive_ms,
                              struct cmrp_resource_type **out)
{
    struct cmrp_resource_type *type;
    struct cmrp_value value = { 0 };
    void *array = model->resource_types;
    bool ok;

    /* its name is also its registry key's name */
    if (!valid_key_name(name)) return CMRP_ERR_INVALID_NAME;
    if (!valid_string(display_name) || !valid_string(dll_name)) return CMRP_ERR_INVALID_PARAMETER;
    if (find_object(model, CMRP_OBJECT_RESOURCE_TYPE, name)) return CMRP_ERR_OBJECT_ALREADY_EXISTS;
    if (model->num_resource_types >= CMRP_MAX_RESOURCE_TYPES) return CMRP_ERR_NO_SYSTEM_RESOURCES;
    type = calloc(1, sizeof(*type));
    if (!type) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    type->display_name = strdup(display_name);
    type->dll_name = strdup(dll_name);
    type->looks_alive_ms = looks_alive_ms;
    type->is_alive_ms = is_alive_ms;
    ok = type->display_name && type->dll_name && object_init(model, &type->obj, CMRP_OBJECT_RESOURCE_TYPE, name, "");
    /* the intervals are also its common properties */
    ok = ok && cmrp_value_set_dword(&value, CMRP_FORMAT_DWORD, looks_alive_ms)
         && property_put(&type->obj.common, "LooksAlivePollInterval", &value)
         && cmrp_value_set_dword(&value, CMRP_FORMAT_DWORD, is_alive_ms)
         && property_put(&type->obj.common, "IsAlivePollInterval", &value);
    cmrp_value_clear(&value);
    if (!ok || !object_add(model, &type->obj, &array, &model->num_resource_types))
    {
        resource_type_free(type);
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    model->resource_types = array;
    if (out) *out = type;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_create_resource_type(struct cmrp_model *model, const char *name, const char *display_name,
                                         const char *dll_name, uint32_t looks_alive_ms, uint32_t is_alive_ms)
{
    return resource_type_create(model, name, display_name, dll_name, looks_alive_ms, is_alive_ms, NULL);
}

uint32_t cmrp_model_delete_resource_type(struct cmrp_model *model, const char *name)
{
    struct cmrp_resource_type *type = cmrp_model_resource_type(model, name);
    size_t i;

    if (!type) return CMRP_ERR_CLUSTER_RESOURCE_TYPE_NOT_FOUND;
    for (i = 0; i < model->num_resources; i++)
        if (model->resources[i]->type == type) return CMRP_ERR_DIR_NOT_EMPTY;
    object_remove(model, &type->obj, model->resource_types, &model->num_resource_types);
    resource_type_free(type);
    return CMRP_ERR_SUCCESS;
}

/* ---- networks and interfaces ---- */

uint32_t network_create(struct cmrp_model *model, const char *name, const char *id, struct cmrp_network **out)
{
    struct cmrp_network *network;
    uint32_t status = check_new_name(model, CMRP_OBJECT_NETWORK, name, id);
    void *array = model->networks;

    if (status) return status;
    if (model->num_networks >= CMRP_MAX_NETWORKS) return CMRP_ERR_NO_SYSTEM_RESOURCES;
    network = calloc(1, sizeof(*network));
    if (!network) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    network->state = CMRP_NETWORK_UP;
    network->role = CMRP_NETWORK_ROLE_INTERNAL_AND_CLIENT;
    network->priority = model->num_networks;
    if (!object_init(model, &network->obj, CMRP_OBJECT_NETWORK, name, id)
        || !object_add(model, &network->obj, &array, &model->num_networks))
    {
        network_free(network);
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    model->networks = array;
    if (out) *out = network;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_set_network_name(struct cmrp_model *model, struct cmrp_network *network, const char *name)
{
    struct cmrp_object *other;

    if (!network) return CMRP_ERR_INVALID_PARAMETER;
    if (!cmrp_model_valid_object_name(name)) return CMRP_ERR_INVALID_NAME;
    other = find_object(model, CMRP_OBJECT_NETWORK, name);
    if (other && other != &network->obj) return CMRP_ERR_ALREADY_EXISTS;
    return object_rename(model, &network->obj, name);
}

static bool is_internal(const struct cmrp_network *network)
{
    return network->role == CMRP_NETWORK_ROLE_INTERNAL || network->role == CMRP_NETWORK_ROLE_INTERNAL_AND_CLIENT;
}

uint32_t cmrp_model_set_network_priority_order(struct cmrp_model *model, const char *const *names, size_t count)
{
    struct cmrp_network *order[CMRP_MAX_NETWORKS];
    size_t internal = 0, i, j;

    if (count && !names) return CMRP_ERR_INVALID_PARAMETER;
    for (i = 0; i < model->num_networks; i++)
        if (is_internal(model->networks[i])) internal++;
    if (count != internal) return CMRP_ERR_INVALID_PARAMETER;
    for (i = 0; i < count; i++)
    {
        order[i] = cmrp_model_network(model, names[i]);
        if (!order[i]) return CMRP_ERR_CLUSTER_NETWORK_NOT_FOUND;
        if (!is_internal(order[i])) return CMRP_ERR_INVALID_PARAMETER;
        for (j = 0; j < i; j++)
            if (order[j] == order[i]) return CMRP_ERR_INVALID_PARAMETER;
    }
    for (i = 0; i < count; i++)
    {
        order[i]->priority = i;
        notify_object(model, &order[i]->obj, CMRP_CHANGE_NETWORK_PROPERTY);
    }
    return CMRP_ERR_SUCCESS;
}

uint32_t netinterface_create(struct cmrp_model *model, const char *name, const char *id, struct cmrp_node *node,
                             struct cmrp_network *network, struct cmrp_netinterface **out)
{
    struct cmrp_netinterface *netinterface;
    uint32_t status = check_new_name(model, CMRP_OBJECT_NETINTERFACE, name, id);
    void *array = model->netinterfaces;

    if (status) return status;
    if (model->num_netinterfaces >= CMRP_MAX_NETINTERFACES) return CMRP_ERR_NO_SYSTEM_RESOURCES;
    netinterface = calloc(1, sizeof(*netinterface));
    if (!netinterface) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    netinterface->node = node;
    netinterface->network = network;
    netinterface->state = CMRP_NETINTERFACE_UP;
    netinterface->adapter = strdup("Ethernet");
    netinterface->address = strdup("");
    if (!netinterface->adapter || !netinterface->address
        || !object_init(model, &netinterface->obj, CMRP_OBJECT_NETINTERFACE, name, id)
        || !object_add(model, &netinterface->obj, &array, &model->num_netinterfaces))
    {
        netinterface_free(netinterface);
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    model->netinterfaces = array;
    if (out) *out = netinterface;
    return CMRP_ERR_SUCCESS;
}

static void netinterface_remove(struct cmrp_model *model, struct cmrp_netinterface *netinterface)
{
    object_remove(model, &netinterface->obj, model->netinterfaces, &model->num_netinterfaces);
    netinterface_free(netinterface);
}

uint32_t cmrp_model_netinterface_of(struct cmrp_model *model, const char *node_name, const char *network_name,
                                    struct cmrp_netinterface **netinterface)
{
    struct cmrp_node *node = cmrp_model_node(model, node_name);
    struct cmrp_network *network = cmrp_model_network(model, network_name);
    size_t i;

    *netinterface = NULL;
    if (!node) return CMRP_ERR_CLUSTER_NODE_NOT_FOUND;
    if (!network) return CMRP_ERR_CLUSTER_NETWORK_NOT_FOUND;
    for (i = 0; i < model->num_netinterfaces; i++)
    {
        if (model->netinterfaces[i]->node == node && model->netinterfaces[i]->network == network)
        {
            *netinterface = model->netinterfaces[i];
            return CMRP_ERR_SUCCESS;
        }
    }
    return CMRP_ERR_CLUSTER_NETINTERFACE_NOT_FOUND;
}

/* ---- group sets ---- */

uint32_t groupset_create(struct cmrp_model *model, const char *name, const char *id, struct cmrp_groupset **out)
{
    struct cmrp_groupset *groupset;
    uint32_t status = check_new_name(model, CMRP_OBJECT_GROUPSET, name, id);
    void *array = model->groupsets;

    if (status) return status;
    if (model->num_groupsets >= CMRP_MAX_GROUPSETS) return CMRP_ERR_NO_SYSTEM_RESOURCES;
    groupset = calloc(1, sizeof(*groupset));
    if (!groupset) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    if (!object_init(model, &groupset->obj, CMRP_OBJECT_GROUPSET, name, id)
        || !object_add(model, &groupset->obj, &array, &model->num_groupsets))
    {
        groupset_free(groupset);
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    model->groupsets = array;
    if (out) *out = groupset;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_create_groupset(struct cmrp_model *model, const char *name, struct cmrp_groupset **groupset)
{
    return groupset_create(model, name, NULL, groupset);
}

uint32_t cmrp_model_delete_groupset(struct cmrp_model *model, struct cmrp_groupset *groupset)
{
    size_t i;

    if (!groupset) return CMRP_ERR_INVALID_PARAMETER;
    for (i = 0; i < groupset->num_groups; i++) groupset->groups[i]->groupset = NULL;
    groupdeps_forget_groupset(model, groupset);
    object_remove(model, &groupset->obj, model->groupsets, &model->num_groupsets);
    groupset_free(groupset);
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_add_group_to_groupset(struct cmrp_model *model, struct cmrp_groupset *groupset,
                                          struct cmrp_group *group)
{
    void *groups;

    if (!groupset || !group) return CMRP_ERR_INVALID_PARAMETER;
    if (group->groupset) return CMRP_ERR_OBJECT_ALREADY_EXISTS;
    groups = groupset->groups;
    if (!array_append(&groups, &groupset->num_groups, sizeof(group), &group)) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    groupset->groups = groups;
    group->groupset = groupset;
    notify_object(model, &group->obj, CMRP_CHANGE_GROUP_PROPERTY);
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_remove_group_from_groupset(struct cmrp_model *model, struct cmrp_group *group)
{
    if (!group) return CMRP_ERR_INVALID_PARAMETER;
    /* not in a group set: the code MS-CMRP 3.1.4.2.151 lists */
    if (!group->groupset) return CMRP_ERR_NOT_SUPPORTED;
    pointer_remove((void **)group->groupset->groups, &group->groupset->num_groups, group);
    group->groupset = NULL;
    notify_object(model, &group->obj, CMRP_CHANGE_GROUP_PROPERTY);
    return CMRP_ERR_SUCCESS;
}

/* ---- enumerations ---- */

static bool list_add(struct cmrp_model_enum_list *list, uint32_t type, const char *name, const char *id)
{
    struct cmrp_model_enum_entry entry = { type, strdup(name), strdup(id) };
    void *entries = list->entries;

    if (!entry.name || !entry.id || !array_append(&entries, &list->count, sizeof(entry), &entry))
    {
        free(entry.name);
        free(entry.id);
        return false;
    }
    list->entries = entries;
    return true;
}

/* Adds count objects (an array of pointers to structs starting with their
 * struct cmrp_object) of one enumeration type. */
static bool list_add_objects(struct cmrp_model_enum_list *list, uint32_t type, void *const *objects, size_t count)
{
    size_t i;

    for (i = 0; i < count; i++)
    {
        const struct cmrp_object *obj = objects[i];

        if (!list_add(list, type, obj->name, obj->id)) return false;
    }
    return true;
}

static uint32_t list_done(struct cmrp_model_enum_list *list, bool ok)
{
    if (ok) return CMRP_ERR_SUCCESS;
    cmrp_model_enum_list_free(list);
    return CMRP_ERR_NOT_ENOUGH_MEMORY;
}

static bool add_internal_networks(const struct cmrp_model *model, struct cmrp_model_enum_list *list)
{
    const struct cmrp_network *order[CMRP_MAX_NETWORKS];
    size_t count = 0, i, j;

    /* by priority, ties in creation order (insertion sort: few networks) */
    for (i = 0; i < model->num_networks; i++)
    {
        const struct cmrp_network *network = model->networks[i];

        if (!is_internal(network)) continue;
        for (j = count; j > 0 && order[j - 1]->priority > network->priority; j--) order[j] = order[j - 1];
        order[j] = network;
        count++;
    }
    for (i = 0; i < count; i++)
        if (!list_add(list, CMRP_CLUSTER_ENUM_INTERNAL_NETWORK, order[i]->obj.name, order[i]->obj.id)) return false;
    return true;
}

uint32_t cmrp_model_enum_cluster(struct cmrp_model *model, uint32_t type, struct cmrp_model_enum_list *list)
{
    bool ok = true;
    size_t i;

    memset(list, 0, sizeof(*list));
    /* the two special kinds go alone; other bits are refused as Windows does */
    if (type == CMRP_CLUSTER_ENUM_INTERNAL_NETWORK) return list_done(list, add_internal_networks(model, list));
    if (type == CMRP_CLUSTER_ENUM_SHARED_VOLUME_RESOURCE)
    {
        for (i = 0; ok && i < model->num_resources; i++)
            if (model->resources[i]->shared_volume)
                ok = list_add(list, type, model->resources[i]->obj.name, model->resources[i]->obj.id);
        return list_done(list, ok);
    }
    if (type & ~CMRP_CLUSTER_ENUM_ALL) return CMRP_ERR_INVALID_PARAMETER;

    if (type & CMRP_CLUSTER_ENUM_NODE)
        for (i = 0; ok && i < model->num_nodes; i++)
            if (!model->nodes[i].evicted)
                ok = list_add(list, CMRP_CLUSTER_ENUM_NODE, model->nodes[i].name, model->nodes[i].id);
    if (ok && (type & CMRP_CLUSTER_ENUM_RESTYPE))
        ok = list_add_objects(list, CMRP_CLUSTER_ENUM_RESTYPE, (void *const *)model->resource_types,
                              model->num_resource_types);
    if (ok && (type & CMRP_CLUSTER_ENUM_RESOURCE))
        ok = list_add_objects(list, CMRP_CLUSTER_ENUM_RESOURCE, (void *const *)model->resources, model->num_resources);
    if (ok && (type & CMRP_CLUSTER_ENUM_GROUP))
        ok = list_add_objects(list, CMRP_CLUSTER_ENUM_GROUP, (void *const *)model->groups, model->num_groups);
    if (ok && (type & CMRP_CLUSTER_ENUM_NETWORK))
        ok = list_add_objects(list, CMRP_CLUSTER_ENUM_NETWORK, (void *const *)model->networks, model->num_networks);
    if (ok && (type & CMRP_CLUSTER_ENUM_NETINTERFACE))
        ok = list_add_objects(list, CMRP_CLUSTER_ENUM_NETINTERFACE, (void *const *)model->netinterfaces,
                              model->num_netinterfaces);
    return list_done(list, ok);
}

uint32_t cmrp_model_enum_cluster_ex(struct cmrp_model *model, uint32_t type, uint32_t options,
                                    struct cmrp_model_enum_list *list)
{
    memset(list, 0, sizeof(*list));
    if (options) return CMRP_ERR_INVALID_PARAMETER;
    return cmrp_model_enum_cluster(model, type, list);
}

uint32_t cmrp_model_enum_resource(struct cmrp_model *model, const struct cmrp_resource *resource, uint32_t type,
                                  struct cmrp_model_enum_list *list)
{
    bool ok = true;
    size_t i;

    memset(list, 0, sizeof(*list));
    if (!resource) return CMRP_ERR_INVALID_PARAMETER;
    if (type & CMRP_RESOURCE_ENUM_DEPENDS)
        ok = list_add_objects(list, CMRP_RESOURCE_ENUM_DEPENDS, (void *const *)resource->providers,
                              resource->num_providers);
    if (ok && (type & CMRP_RESOURCE_ENUM_PROVIDES))
        ok = list_add_objects(list, CMRP_RESOURCE_ENUM_PROVIDES, (void *const *)resource->dependents,
                              resource->num_dependents);
    if (type & CMRP_RESOURCE_ENUM_NODES)
        for (i = 0; ok && i < resource->num_possible_owners; i++)
            ok = list_add(list, CMRP_RESOURCE_ENUM_NODES, resource->possible_owners[i]->name,
                          resource->possible_owners[i]->id);
    return list_done(list, ok);
}

uint32_t cmrp_model_enum_group(struct cmrp_model *model, const struct cmrp_group *group, uint32_t type,
                               struct cmrp_model_enum_list *list)
{
    bool ok = true;
    size_t i;

    memset(list, 0, sizeof(*list));
    if (!group) return CMRP_ERR_INVALID_PARAMETER;
    if (type & CMRP_GROUP_ENUM_CONTAINS)
        ok = list_add_objects(list, CMRP_GROUP_ENUM_CONTAINS, (void *const *)group->resources, group->num_resources);
    if (type & CMRP_GROUP_ENUM_NODES)
        for (i = 0; ok && i < group->num_preferred_owners; i++)
            ok = list_add(list, CMRP_GROUP_ENUM_NODES, group->preferred_owners[i]->name,
                          group->preferred_owners[i]->id);
    return list_done(list, ok);
}

uint32_t cmrp_model_enum_node(struct cmrp_model *model, const struct cmrp_node *node, uint32_t type,
                              struct cmrp_model_enum_list *list)
{
    bool ok = true;
    size_t i;

    memset(list, 0, sizeof(*list));
    if (!node) return CMRP_ERR_INVALID_PARAMETER;
    if (type & CMRP_NODE_ENUM_NETINTERFACES)
        for (i = 0; ok && i < model->num_netinterfaces; i++)
            if (model->netinterfaces[i]->node == node)
                ok = list_add(list, CMRP_NODE_ENUM_NETINTERFACES, model->netinterfaces[i]->obj.name,
                              model->netinterfaces[i]->obj.id);
    if (type & CMRP_NODE_ENUM_GROUPS)
        for (i = 0; ok && i < model->num_groups; i++)
            if (model->groups[i]->owner == node)
                ok = list_add(list, CMRP_NODE_ENUM_GROUPS, model->groups[i]->obj.name, model->groups[i]->obj.id);
    return list_done(list, ok);
}

uint32_t cmrp_model_enum_node_ex(struct cmrp_model *model, const struct cmrp_node *node, uint32_t type,
                                 uint32_t options, struct cmrp_model_enum_list *list)
{
    memset(list, 0, sizeof(*list));
    if (options) return CMRP_ERR_INVALID_PARAMETER;
    return cmrp_model_enum_node(model, node, type, list);
}

uint32_t cmrp_model_enum_network(struct cmrp_model *model, const struct cmrp_network *network, uint32_t type,
                                 struct cmrp_model_enum_list *list)
{
    bool ok = true;
    size_t i;

    memset(list, 0, sizeof(*list));
    if (!network) return CMRP_ERR_INVALID_PARAMETER;
    if (type & CMRP_NETWORK_ENUM_NETINTERFACES)
        for (i = 0; ok && i < model->num_netinterfaces; i++)
            if (model->netinterfaces[i]->network == network)
                ok = list_add(list, CMRP_NETWORK_ENUM_NETINTERFACES, model->netinterfaces[i]->obj.name,
                              model->netinterfaces[i]->obj.id);
    return list_done(list, ok);
}

uint32_t cmrp_model_enum_resource_type(struct cmrp_model *model, const char *type_name, uint32_t type,
                                       struct cmrp_model_enum_list *list)
{
    const struct cmrp_resource_type *resource_type = cmrp_model_resource_type(model, type_name);
    bool ok = true;
    size_t i;

    memset(list, 0, sizeof(*list));
    if (!resource_type) return CMRP_ERR_CLUSTER_RESOURCE_TYPE_NOT_FOUND;
    /* every node has every type's implementation */
    if (type & CMRP_RESTYPE_ENUM_NODES)
        for (i = 0; ok && i < model->num_nodes; i++)
            if (!model->nodes[i].evicted)
                ok = list_add(list, CMRP_RESTYPE_ENUM_NODES, model->nodes[i].name, model->nodes[i].id);
    if (type & CMRP_RESTYPE_ENUM_RESOURCES)
        for (i = 0; ok && i < model->num_resources; i++)
            if (model->resources[i]->type == resource_type)
                ok = list_add(list, CMRP_RESTYPE_ENUM_RESOURCES, model->resources[i]->obj.name,
                              model->resources[i]->obj.id);
    return list_done(list, ok);
}

uint32_t cmrp_model_enum_netinterfaces(struct cmrp_model *model, const char *node_name, const char *network_name,
                                       struct cmrp_model_enum_list *list)
{
    const struct cmrp_node *node = NULL;
    const struct cmrp_network *network = NULL;
    bool ok = true;
    size_t i;

    memset(list, 0, sizeof(*list));
    if (node_name && !(node = cmrp_model_node(model, node_name))) return CMRP_ERR_CLUSTER_NODE_NOT_FOUND;
    if (network_name && !(network = cmrp_model_network(model, network_name)))
        return CMRP_ERR_CLUSTER_NETWORK_NOT_FOUND;
    for (i = 0; ok && i < model->num_netinterfaces; i++)
    {
        const struct cmrp_netinterface *netinterface = model->netinterfaces[i];

        if ((node && netinterface->node != node) || (network && netinterface->network != network)) continue;
        ok = list_add(list, CMRP_CLUSTER_ENUM_NETINTERFACE, netinterface->obj.name, netinterface->obj.id);
    }
    return list_done(list, ok);
}

uint32_t cmrp_model_enum_groupsets(struct cmrp_model *model, struct cmrp_model_enum_list *list)
{
    memset(list, 0, sizeof(*list));
    /* MS-CMRP gives group set entries no type bit of their own */
    return list_done(list, list_add_objects(list, 0, (void *const *)model->groupsets, model->num_groupsets));
}
