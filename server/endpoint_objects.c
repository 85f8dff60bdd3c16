/*
 * The clusapi endpoint's object methods (see endpoint_internal.h): nodes,
 * groups, resources, resource types, networks, interfaces, group sets, the
 * quorum and the enumerations.
 *
 * Most methods differ only by the kind of object their handle names and by
 * the model function they call, so there is one handler per wire shape
 * (struct cmrp_<shape>) and one table, OBJECT_METHODS, saying for each opnum
 * which shape handler serves it, which handle(s) it takes, whether it changes
 * the cluster (then the handle must carry "All" access) and which model
 * function answers.
 *
 * A context handle keeps the object's ref, never a pointer: the object may be
 * deleted while the handle is open, and the method then answers the kind's
 * "not available" code.  An unknown, closed, zero or foreign handle, or a
 * handle of another type, is a DCERPC_FAULT_CONTEXT_MISMATCH fault, as the MS
 * RPC runtime answers.
 */
#include "server/endpoint_internal.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <talloc.h>
#include <gen_ndr/dcerpc.h>

/* Win32 codes the model does not name: a node or network gone while a handle
 * to it was open (winerror.h). */
#define ERROR_NETWORK_NOT_AVAILABLE 5035
#define ERROR_NODE_NOT_AVAILABLE    5036

/* CLUSAPI_CHANGE_RESOURCE_GROUP_FORCE_MOVE_TO_CSV, the one flag of
 * ApiChangeResourceGroupEx */
#define CHANGE_RESOURCE_GROUP_FORCE_MOVE_TO_CSV 0x1ull

/* CLUS_FLAG_CORE (GROUP_ENUM_ENTRY.dwFlags, as CLUSCTL_GROUP_GET_FLAGS) */
#define CLUS_FLAG_CORE 0x1u

/* The flags ApiPauseNodeEx / ApiPauseNodeWithDrainTarget know
 * (CLUSAPI_NODE_PAUSE_REMAIN_ON_PAUSED_NODE_ON_MOVE_ERROR,
 * CLUSAPI_NODE_AVOID_PLACEMENT, CLUSAPI_NODE_PAUSE_RETRY_DRAIN_ON_FAILURE) and
 * ApiResumeNodeEx (CLUSAPI_NODE_RESUME_FAILBACK_STORAGE, _VMS,
 * _PINNED_VMS_ONLY, _VMS_FORCEFULLY): none changes what this cluster does. */
#define NODE_PAUSE_FLAGS  0x7u
#define NODE_RESUME_FLAGS 0xfu

/* CLUSTER_NODE_RESUME_FAILBACK_TYPE (ApiResumeNodeEx) */
#define DO_NOT_FAILBACK_GROUPS      0
#define FAILBACK_GROUPS_IMMEDIATELY 1
#define FAILBACK_GROUPS_PER_POLICY  2

/* Every object struct starts with its struct cmrp_object, so an object
 * pointer is also a pointer to its node, group, ... (C11 6.7.2.1). */
#define AS(kind, object) ((struct cmrp_##kind *)(object))
_Static_assert(offsetof(struct cmrp_node, obj) == 0, "obj first");
_Static_assert(offsetof(struct cmrp_group, obj) == 0, "obj first");
_Static_assert(offsetof(struct cmrp_resource, obj) == 0, "obj first");
_Static_assert(offsetof(struct cmrp_network, obj) == 0, "obj first");
_Static_assert(offsetof(struct cmrp_netinterface, obj) == 0, "obj first");
_Static_assert(offsetof(struct cmrp_groupset, obj) == 0, "obj first");

/* ---- the kinds of object handles ---- */

typedef uint32_t (*open_fn)(struct cmrp_model *model, const char *name, struct cmrp_object **object);

/* cmrp_model_open_<kind> and cmrp_model_create_<kind>, answering the object's
 * common part. */
#define OBJECT_ADAPTER(verb, kind) \
    static uint32_t verb##_##kind(struct cmrp_model *model, const char *name, struct cmrp_object **object) \
    { \
        struct cmrp_##kind *found = NULL; \
        uint32_t status = cmrp_model_##verb##_##kind(model, name, &found); \
        *object = status == CMRP_ERR_SUCCESS && found ? &found->obj : NULL; \
        return status; \
    }
OBJECT_ADAPTER(open, node)
OBJECT_ADAPTER(open, group)
OBJECT_ADAPTER(open, resource)
OBJECT_ADAPTER(open, network)
OBJECT_ADAPTER(open, netinterface)
OBJECT_ADAPTER(open, groupset)
OBJECT_ADAPTER(create, group)
OBJECT_ADAPTER(create, groupset)

struct object_kind
{
    enum cmrp_handle_type handle_type;
    enum cmrp_object_kind kind;
    uint32_t gone;                  /* the answer once the object is deleted */
    open_fn open;                   /* ApiOpen<Kind>(Ex) */
    open_fn create;                 /* ApiCreateGroup, ApiCreateGroupSet */
};

static const struct object_kind kinds[] =
{
    { CMRP_HANDLE_NODE,         CMRP_OBJECT_NODE,         ERROR_NODE_NOT_AVAILABLE,         open_node },
    { CMRP_HANDLE_GROUP,        CMRP_OBJECT_GROUP,        CMRP_ERR_GROUP_NOT_AVAILABLE,     open_group, create_group },
    { CMRP_HANDLE_RESOURCE,     CMRP_OBJECT_RESOURCE,     CMRP_ERR_RESOURCE_NOT_AVAILABLE,  open_resource },
    { CMRP_HANDLE_NETWORK,      CMRP_OBJECT_NETWORK,      ERROR_NETWORK_NOT_AVAILABLE,      open_network },
    { CMRP_HANDLE_NETINTERFACE, CMRP_OBJECT_NETINTERFACE, CMRP_ERR_CLUSTER_NETINTERFACE_NOT_FOUND, open_netinterface },
    { CMRP_HANDLE_GROUPSET,     CMRP_OBJECT_GROUPSET,     CMRP_ERR_GROUPSET_NOT_AVAILABLE,  open_groupset, create_groupset },
};

static const struct object_kind *kind_of(enum cmrp_handle_type type)
{
    size_t i;

    for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
        if (kinds[i].handle_type == type) return &kinds[i];
    return NULL;
}

/* ---- what the model functions of the table look like ---- */

/* What a state-changing method brings besides its first handle. */
struct action_args
{
    struct cmrp_object *other;      /* the object of the second handle */
    uint32_t value1, value2;        /* DWORD / BOOL parameters, in wire order */
    uint64_t flags64;               /* a ULONGLONG parameter */
    const char *string;             /* the string parameter (may be NULL) */
};

#define ACTION(name) \
    static uint32_t name(struct cmrp_model *model, struct cmrp_object *object, const struct action_args *args)
#define TEXT(name) \
    static uint32_t name(TALLOC_CTX *mem_ctx, struct cmrp_model *model, struct cmrp_object *object, const char **text)
#define STATE(name) static uint32_t name(const struct cmrp_object *object)
#define ENUMERATE(name) \
    static uint32_t name(struct cmrp_model *model, struct cmrp_object *object, uint32_t type, uint32_t options, \
                         struct cmrp_model_enum_list *list)

typedef uint32_t (*action_fn)(struct cmrp_model *model, struct cmrp_object *object, const struct action_args *args);
typedef uint32_t (*text_fn)(TALLOC_CTX *mem_ctx, struct cmrp_model *model, struct cmrp_object *object,
                            const char **text);
typedef uint32_t (*state_fn)(const struct cmrp_object *object);
typedef uint32_t (*enum_fn)(struct cmrp_model *model, struct cmrp_object *object, uint32_t type, uint32_t options,
                            struct cmrp_model_enum_list *list);

/* -- resources -- */

ACTION(delete_resource)  { return cmrp_model_delete_resource(model, AS(resource, object)); }
ACTION(fail_resource)    { return cmrp_model_fail_resource(model, AS(resource, object)); }
ACTION(online_resource)  { return cmrp_model_online_resource(model, AS(resource, object)); }
ACTION(offline_resource) { return cmrp_model_offline_resource(model, AS(resource, object)); }
/* dwFlags: no flag changes what a restart does here */
ACTION(restart_resource) { return cmrp_model_restart_resource(model, AS(resource, object)); }
ACTION(set_resource_name)
{
    return cmrp_model_set_resource_name(model, AS(resource, object), args->string);
}
ACTION(add_dependency)
{
    return cmrp_model_add_dependency(model, AS(resource, object), AS(resource, args->other));
}
ACTION(remove_dependency)
{
    return cmrp_model_remove_dependency(model, AS(resource, object), AS(resource, args->other));
}
ACTION(can_depend)
{
    return cmrp_model_can_depend(model, AS(resource, object), AS(resource, args->other));
}
ACTION(add_possible_owner)
{
    return cmrp_model_add_possible_owner(model, AS(resource, object), AS(node, args->other));
}
ACTION(remove_possible_owner)
{
    return cmrp_model_remove_possible_owner(model, AS(resource, object), AS(node, args->other));
}
ACTION(change_resource_group)
{
    return cmrp_model_change_resource_group(model, AS(resource, object), AS(group, args->other));
}
/* ApiChangeResourceGroupEx: CLUSAPI_CHANGE_RESOURCE_GROUP_FORCE_MOVE_TO_CSV
 * changes nothing here (no shared volume needs to move); other bits are 87. */
ACTION(change_resource_group_ex)
{
    if (args->flags64 & ~CHANGE_RESOURCE_GROUP_FORCE_MOVE_TO_CSV) return CMRP_ERR_INVALID_PARAMETER;
    return cmrp_model_change_resource_group(model, AS(resource, object), AS(group, args->other));
}
ACTION(set_dependency_expression)
{
    return cmrp_model_set_dependency_expression(model, AS(resource, object), args->string);
}
ACTION(set_quorum)
{
    return cmrp_model_set_quorum(model, AS(resource, object), args->string, args->value1);
}

/* -- groups -- */

ACTION(delete_group)     { return cmrp_model_delete_group(model, AS(group, object), args->value1 != 0); }
ACTION(set_group_name)   { return cmrp_model_set_group_name(model, AS(group, object), args->string); }
ACTION(online_group)     { return cmrp_model_online_group(model, AS(group, object)); }
ACTION(offline_group)    { return cmrp_model_offline_group(model, AS(group, object)); }
ACTION(move_group)       { return cmrp_model_move_group(model, AS(group, object), NULL); }
ACTION(move_group_to)    { return cmrp_model_move_group(model, AS(group, object), AS(node, args->other)); }

/* ApiCancelClusterGroupOperation: moves here always run to their end, so
 * there is never anything this could stop. */
ACTION(cancel_group_operation)
{
    const struct cmrp_group *group = AS(group, object);

    if (args->value1) return CMRP_ERR_INVALID_PARAMETER;    /* dwCancelFlags_RESERVED */
    if (!group->move_target && group->state != CMRP_GROUP_PENDING) return CMRP_ERR_INVALID_STATE;
    return CMRP_ERR_NOT_SUPPORTED;
}

/* -- nodes -- */

ACTION(pause_node)  { return cmrp_model_pause_node(model, AS(node, object)); }
ACTION(resume_node) { return cmrp_model_resume_node(model, AS(node, object)); }
ACTION(evict_node)  { return cmrp_model_evict_node(model, AS(node, object)); }

/* Whether a series of moves goes on: none failed (0, or 997 under way). */
static bool moves_ok(uint32_t status)
{
    return status == CMRP_ERR_SUCCESS || status == CMRP_ERR_IO_PENDING;
}

/* The answer to a series of moves: the first error, else 997 if any is
 * still under way, else 0. */
static uint32_t merge_move(uint32_t so_far, uint32_t status)
{
    if (!moves_ok(so_far) || status == CMRP_ERR_SUCCESS) return so_far;
    return status;
}

/* Pause node, then move its groups to target (NULL: each to its best node). */
static uint32_t pause_and_drain(struct cmrp_model *model, struct cmrp_node *node, struct cmrp_node *target)
{
    uint32_t status = cmrp_model_pause_node(model, node);
    size_t i;

    if (status != CMRP_ERR_SUCCESS) return status;
    for (i = 0; moves_ok(status) && i < model->num_groups; i++)
        if (model->groups[i]->owner == node)
            status = merge_move(status, cmrp_model_move_group(model, model->groups[i], target));
    return status;
}

/* ApiPauseNodeEx(bDrainNode, dwPauseFlags) */
ACTION(pause_node_ex)
{
    if (args->value2 & ~NODE_PAUSE_FLAGS) return CMRP_ERR_INVALID_PARAMETER;
    if (!args->value1) return cmrp_model_pause_node(model, AS(node, object));
    return pause_and_drain(model, AS(node, object), NULL);
}

/* ApiPauseNodeWithDrainTarget(dwPauseFlags, hNodeDrainTarget) */
ACTION(pause_node_drain_to)
{
    if (args->other == object || (args->value1 & ~NODE_PAUSE_FLAGS)) return CMRP_ERR_INVALID_PARAMETER;
    return pause_and_drain(model, AS(node, object), AS(node, args->other));
}

/* Whether a resumed node should take group back: it is the group's first
 * preferred owner and, per policy, the group allows failback. */
static bool fails_back(const struct cmrp_group *group, const struct cmrp_node *node, uint32_t failback)
{
    uint32_t allowed = 0;

    if (group->owner == node || !group->num_preferred_owners || group->preferred_owners[0] != node) return false;
    if (failback == FAILBACK_GROUPS_IMMEDIATELY) return true;
    cmrp_value_get_dword(cmrp_object_property(&group->obj, CMRP_PROPS_COMMON, "AutoFailbackType"), &allowed);
    return allowed != 0;
}

/* ApiResumeNodeEx(dwResumeFailbackType, dwResumeFlagsReserved) */
ACTION(resume_node_ex)
{
    struct cmrp_node *node = AS(node, object);
    uint32_t status;
    size_t i;

    if (args->value1 > FAILBACK_GROUPS_PER_POLICY || (args->value2 & ~NODE_RESUME_FLAGS))
        return CMRP_ERR_INVALID_PARAMETER;
    status = cmrp_model_resume_node(model, node);
    if (status != CMRP_ERR_SUCCESS || args->value1 == DO_NOT_FAILBACK_GROUPS) return status;
    for (i = 0; moves_ok(status) && i < model->num_groups; i++)
        if (fails_back(model->groups[i], node, args->value1))
            status = merge_move(status, cmrp_model_move_group(model, model->groups[i], node));
    return status;
}

/* -- networks, group sets -- */

ACTION(set_network_name)    { return cmrp_model_set_network_name(model, AS(network, object), args->string); }
ACTION(delete_groupset)     { return cmrp_model_delete_groupset(model, AS(groupset, object)); }
ACTION(add_to_groupset)     { return cmrp_model_add_group_to_groupset(model, AS(groupset, object), AS(group, args->other)); }
ACTION(remove_from_groupset) { return cmrp_model_remove_group_from_groupset(model, AS(group, object)); }

/* -- dependencies between groups and group sets -- */

ACTION(set_group_dependency_expression)
{
    return cmrp_model_set_group_dependency_expression(model, AS(group, object), args->string);
}
ACTION(remove_group_dependency)
{
    return cmrp_model_remove_group_dependency(model, AS(group, object), AS(group, args->other));
}
ACTION(add_groupset_dependency)
{
    return cmrp_model_add_groupset_dependency(model, AS(groupset, object), AS(groupset, args->other));
}
ACTION(remove_groupset_dependency)
{
    return cmrp_model_remove_groupset_dependency(model, AS(groupset, object), AS(groupset, args->other));
}
ACTION(set_groupset_dependency_expression)
{
    return cmrp_model_set_groupset_dependency_expression(model, AS(groupset, object), args->string);
}
ACTION(add_group_to_groupset_dependency)
{
    return cmrp_model_add_group_to_groupset_dependency(model, AS(group, object), AS(groupset, args->other));
}
ACTION(remove_group_to_groupset_dependency)
{
    return cmrp_model_remove_group_to_groupset_dependency(model, AS(group, object), AS(groupset, args->other));
}

/* -- strings -- */

/* A malloc'ed answer of the model, moved onto mem_ctx. */
static uint32_t take_text(TALLOC_CTX *mem_ctx, uint32_t status, char *malloced, const char **text)
{
    if (status == CMRP_ERR_SUCCESS && !malloced) status = CMRP_ERR_NOT_ENOUGH_MEMORY;
    if (status == CMRP_ERR_SUCCESS && !(*text = talloc_strdup(mem_ctx, malloced))) status = CMRP_ERR_NOT_ENOUGH_MEMORY;
    free(malloced);
    return status;
}

/* A string the model keeps, copied onto mem_ctx. */
static uint32_t copy_text(TALLOC_CTX *mem_ctx, const char *string, const char **text)
{
    *text = talloc_strdup(mem_ctx, string);
    return *text ? CMRP_ERR_SUCCESS : CMRP_ERR_NOT_ENOUGH_MEMORY;
}

TEXT(object_id)          { return copy_text(mem_ctx, object->id, text); }
TEXT(resource_type_name) { return copy_text(mem_ctx, AS(resource, object)->type->obj.name, text); }
TEXT(dependency_expression)
{
    return take_text(mem_ctx, CMRP_ERR_SUCCESS, cmrp_model_dependency_expression(AS(resource, object)), text);
}
TEXT(resource_network_name)
{
    char *name = NULL;
    uint32_t status = cmrp_model_resource_network_name(model, AS(resource, object), &name);

    return take_text(mem_ctx, status, name, text);
}

/* -- states -- */

STATE(node_state)         { return AS(node, object)->state; }
STATE(network_state)      { return AS(network, object)->state; }
STATE(netinterface_state) { return cmrp_netinterface_state_wire(AS(netinterface, object)->state); }

/* -- enumerations -- */

ENUMERATE(enum_resource) { return cmrp_model_enum_resource(model, AS(resource, object), type, list); }
ENUMERATE(enum_group)    { return cmrp_model_enum_group(model, AS(group, object), type, list); }
ENUMERATE(enum_node)     { return cmrp_model_enum_node(model, AS(node, object), type, list); }
ENUMERATE(enum_node_ex)  { return cmrp_model_enum_node_ex(model, AS(node, object), type, options, list); }
ENUMERATE(enum_network)  { return cmrp_model_enum_network(model, AS(network, object), type, list); }
ENUMERATE(enum_cluster_ex) { return cmrp_model_enum_cluster_ex(model, type, options, list); }
ENUMERATE(enum_groupsets)  { return cmrp_model_enum_groupsets(model, list); }

/* ---- the table ---- */

struct object_method
{
    uint16_t opnum;
    enum cmrp_handle_type type;     /* the handle the method takes first; 0: none */
    enum cmrp_handle_type other;    /* its second handle; 0: none */
    bool change;                    /* needs a handle with "All" access */
    action_fn action;
    text_fn text;
    state_fn state;
    enum_fn enumerate;
};

/* Columns: opnum, shape handler, first handle, second handle, access, model
 * function.  CLUSTER handles come from endpoint.c's ApiOpenCluster(Ex). */
#define OBJECT_METHODS(X) \
    /* the cluster */ \
    X(GET_QUORUM_RESOURCE,        get_quorum_resource,   NONE,         NONE,     READ) \
    X(SET_QUORUM_RESOURCE,        set_quorum_resource,   RESOURCE,     NONE,     CHANGE, .action = set_quorum) \
    X(CREATE_ENUM,                create_enum,           NONE,         NONE,     READ) \
    X(CREATE_ENUM_EX,             create_enum_ex,        CLUSTER,      NONE,     READ, .enumerate = enum_cluster_ex) \
    X(BACKUP_CLUSTER_DATABASE,    backup_cluster_database, NONE,       NONE,     CHANGE) \
    X(CREATE_GROUP_SET_ENUM,      handle_enum_only,      CLUSTER,      NONE,     READ, .enumerate = enum_groupsets) \
    X(CREATE_NET_INTERFACE_ENUM,  create_net_interface_enum, CLUSTER,  NONE,     READ) \
    X(CREATE_RES_TYPE_ENUM,       create_res_type_enum,  NONE,         NONE,     READ) \
    X(CREATE_RESOURCE_TYPE,       create_resource_type,  NONE,         NONE,     CHANGE) \
    X(DELETE_RESOURCE_TYPE,       delete_resource_type,  NONE,         NONE,     CHANGE) \
    X(GET_NET_INTERFACE,          get_net_interface,     NONE,         NONE,     READ) \
    /* resources */ \
    X(OPEN_RESOURCE,              open_object,           RESOURCE,     NONE,     READ) \
    X(OPEN_RESOURCE_EX,           open_object_ex,        RESOURCE,     NONE,     READ) \
    X(CREATE_RESOURCE,            create_resource,       GROUP,        NONE,     CHANGE) \
    X(DELETE_RESOURCE,            handle_op,             RESOURCE,     NONE,     CHANGE, .action = delete_resource) \
    X(CLOSE_RESOURCE,             close_object,          RESOURCE,     NONE,     READ) \
    X(GET_RESOURCE_STATE,         get_resource_state,    RESOURCE,     NONE,     READ) \
    X(SET_RESOURCE_NAME,          handle_string,         RESOURCE,     NONE,     CHANGE, .action = set_resource_name) \
    X(GET_RESOURCE_ID,            get_text,              RESOURCE,     NONE,     READ, .text = object_id) \
    X(GET_RESOURCE_TYPE,          get_text,              RESOURCE,     NONE,     READ, .text = resource_type_name) \
    X(FAIL_RESOURCE,              handle_op,             RESOURCE,     NONE,     CHANGE, .action = fail_resource) \
    X(ONLINE_RESOURCE,            handle_op,             RESOURCE,     NONE,     CHANGE, .action = online_resource) \
    X(OFFLINE_RESOURCE,           handle_op,             RESOURCE,     NONE,     CHANGE, .action = offline_resource) \
    X(ONLINE_RESOURCE_EX,         handle_flags_buffer,   RESOURCE,     NONE,     CHANGE, .action = online_resource) \
    X(OFFLINE_RESOURCE_EX,        handle_flags_buffer,   RESOURCE,     NONE,     CHANGE, .action = offline_resource) \
    X(RESTART_RESOURCE,           handle_dword,          RESOURCE,     NONE,     CHANGE, .action = restart_resource) \
    X(ADD_RESOURCE_DEPENDENCY,    handle_pair,           RESOURCE,     RESOURCE, CHANGE, .action = add_dependency) \
    X(REMOVE_RESOURCE_DEPENDENCY, handle_pair,           RESOURCE,     RESOURCE, CHANGE, .action = remove_dependency) \
    X(CAN_RESOURCE_BE_DEPENDENT,  handle_pair,           RESOURCE,     RESOURCE, READ, .action = can_depend) \
    X(CREATE_RES_ENUM,            handle_enum,           RESOURCE,     NONE,     READ, .enumerate = enum_resource) \
    X(ADD_RESOURCE_NODE,          handle_pair,           RESOURCE,     NODE,     CHANGE, .action = add_possible_owner) \
    X(REMOVE_RESOURCE_NODE,       handle_pair,           RESOURCE,     NODE,     CHANGE, .action = remove_possible_owner) \
    X(CHANGE_RESOURCE_GROUP,      handle_pair,           RESOURCE,     GROUP,    CHANGE, .action = change_resource_group) \
    X(CHANGE_RESOURCE_GROUP_EX,   handle_pair_hyper,     RESOURCE,     GROUP,    CHANGE, .action = change_resource_group_ex) \
    X(CREATE_RESOURCE_ENUM,       create_resource_enum,  CLUSTER,      NONE,     READ) \
    X(SET_RESOURCE_DEPENDENCY_EXPRESSION, handle_unique_string, RESOURCE, NONE,  CHANGE, .action = set_dependency_expression) \
    X(GET_RESOURCE_DEPENDENCY_EXPRESSION, get_text,      RESOURCE,     NONE,     READ, .text = dependency_expression) \
    X(GET_RESOURCE_NETWORK_NAME,  get_text,              RESOURCE,     NONE,     READ, .text = resource_network_name) \
    /* groups */ \
    X(OPEN_GROUP,                 open_object,           GROUP,        NONE,     READ) \
    X(OPEN_GROUP_EX,              open_object_ex,        GROUP,        NONE,     READ) \
    X(CREATE_GROUP,               create_object,         GROUP,        NONE,     CHANGE) \
    X(CREATE_GROUP_EX,            create_group_ex,       GROUP,        NONE,     CHANGE) \
    X(DELETE_GROUP,               handle_dword,          GROUP,        NONE,     CHANGE, .action = delete_group) \
    X(CLOSE_GROUP,                close_object,          GROUP,        NONE,     READ) \
    X(GET_GROUP_STATE,            get_group_state,       GROUP,        NONE,     READ) \
    X(SET_GROUP_NAME,             handle_string,         GROUP,        NONE,     CHANGE, .action = set_group_name) \
    X(GET_GROUP_ID,               get_text,              GROUP,        NONE,     READ, .text = object_id) \
    X(ONLINE_GROUP,               handle_op,             GROUP,        NONE,     CHANGE, .action = online_group) \
    X(OFFLINE_GROUP,              handle_op,             GROUP,        NONE,     CHANGE, .action = offline_group) \
    X(MOVE_GROUP,                 handle_op,             GROUP,        NONE,     CHANGE, .action = move_group) \
    X(MOVE_GROUP_TO_NODE,         handle_pair,           GROUP,        NODE,     CHANGE, .action = move_group_to) \
    X(ONLINE_GROUP_EX,            handle_flags_buffer,   GROUP,        NONE,     CHANGE, .action = online_group) \
    X(OFFLINE_GROUP_EX,           handle_flags_buffer,   GROUP,        NONE,     CHANGE, .action = offline_group) \
    X(MOVE_GROUP_EX,              handle_flags_buffer,   GROUP,        NONE,     CHANGE, .action = move_group) \
    X(MOVE_GROUP_TO_NODE_EX,      pair_flags_buffer,     GROUP,        NODE,     CHANGE, .action = move_group_to) \
    X(CANCEL_CLUSTER_GROUP_OPERATION, handle_dword,      GROUP,        NONE,     CHANGE, .action = cancel_group_operation) \
    X(CREATE_GROUP_RESOURCE_ENUM, handle_enum,           GROUP,        NONE,     READ, .enumerate = enum_group) \
    X(CREATE_GROUP_ENUM,          create_group_enum,     CLUSTER,      NONE,     READ) \
    X(SET_GROUP_NODE_LIST,        set_group_node_list,   GROUP,        NONE,     CHANGE) \
    /* nodes */ \
    X(OPEN_NODE,                  open_object,           NODE,         NONE,     READ) \
    X(OPEN_NODE_EX,               open_object_ex,        NODE,         NONE,     READ) \
    X(CLOSE_NODE,                 close_object,          NODE,         NONE,     READ) \
    X(GET_NODE_ID,                get_text,              NODE,         NONE,     READ, .text = object_id) \
    X(GET_NODE_STATE,             get_state,             NODE,         NONE,     READ, .state = node_state) \
    X(PAUSE_NODE,                 handle_op,             NODE,         NONE,     CHANGE, .action = pause_node) \
    X(RESUME_NODE,                handle_op,             NODE,         NONE,     CHANGE, .action = resume_node) \
    X(EVICT_NODE,                 handle_op,             NODE,         NONE,     CHANGE, .action = evict_node) \
    X(PAUSE_NODE_EX,              handle_two_dwords,     NODE,         NONE,     CHANGE, .action = pause_node_ex) \
    X(PAUSE_NODE_WITH_DRAIN_TARGET, pause_node_drain_target, NODE,     NODE,     CHANGE, .action = pause_node_drain_to) \
    X(RESUME_NODE_EX,             handle_two_dwords,     NODE,         NONE,     CHANGE, .action = resume_node_ex) \
    X(CREATE_NODE_ENUM,           handle_enum,           NODE,         NONE,     READ, .enumerate = enum_node) \
    X(CREATE_NODE_ENUM_EX,        create_enum_ex,        NODE,         NONE,     READ, .enumerate = enum_node_ex) \
    /* networks */ \
    X(OPEN_NETWORK,               open_object,           NETWORK,      NONE,     READ) \
    X(OPEN_NETWORK_EX,            open_object_ex,        NETWORK,      NONE,     READ) \
    X(CLOSE_NETWORK,              close_object,          NETWORK,      NONE,     READ) \
    X(GET_NETWORK_STATE,          get_state,             NETWORK,      NONE,     READ, .state = network_state) \
    X(SET_NETWORK_NAME,           handle_string,         NETWORK,      NONE,     CHANGE, .action = set_network_name) \
    X(GET_NETWORK_ID,             get_text,              NETWORK,      NONE,     READ, .text = object_id) \
    X(CREATE_NETWORK_ENUM,        handle_enum,           NETWORK,      NONE,     READ, .enumerate = enum_network) \
    X(SET_NETWORK_PRIORITY_ORDER, set_network_priority_order, NONE,    NONE,     CHANGE) \
    /* network interfaces */ \
    X(OPEN_NET_INTERFACE,         open_object,           NETINTERFACE, NONE,     READ) \
    X(OPEN_NET_INTERFACE_EX,      open_object_ex,        NETINTERFACE, NONE,     READ) \
    X(CLOSE_NET_INTERFACE,        close_object,          NETINTERFACE, NONE,     READ) \
    X(GET_NET_INTERFACE_STATE,    get_state,             NETINTERFACE, NONE,     READ, .state = netinterface_state) \
    X(GET_NET_INTERFACE_ID,       get_text,              NETINTERFACE, NONE,     READ, .text = object_id) \
    /* group sets */ \
    X(CREATE_GROUP_SET,           create_object,         GROUPSET,     NONE,     CHANGE) \
    X(OPEN_GROUP_SET,             open_object,           GROUPSET,     NONE,     READ) \
    X(CLOSE_GROUP_SET,            close_object,          GROUPSET,     NONE,     READ) \
    X(DELETE_GROUP_SET,           handle_op,             GROUPSET,     NONE,     CHANGE, .action = delete_groupset) \
    X(ADD_GROUP_TO_GROUP_SET,     handle_pair,           GROUPSET,     GROUP,    CHANGE, .action = add_to_groupset) \
    X(ADD_GROUP_TO_GROUP_SET_EX,  add_group_to_group_set_ex, GROUPSET, GROUP,    CHANGE, .action = add_to_groupset) \
    X(REMOVE_GROUP_FROM_GROUP_SET, handle_op,            GROUP,        NONE,     CHANGE, .action = remove_from_groupset) \
    /* dependencies between groups and group sets */ \
    X(SET_GROUP_DEPENDENCY_EXPRESSION, handle_string,    GROUP,        NONE,     CHANGE, .action = set_group_dependency_expression) \
    X(REMOVE_CLUSTER_GROUP_DEPENDENCY, handle_pair,      GROUP,        GROUP,    CHANGE, .action = remove_group_dependency) \
    X(ADD_GROUP_SET_DEPENDENCY,   handle_pair,           GROUPSET,     GROUPSET, CHANGE, .action = add_groupset_dependency) \
    X(REMOVE_GROUP_SET_DEPENDENCY, handle_pair,          GROUPSET,     GROUPSET, CHANGE, .action = remove_groupset_dependency) \
    X(SET_GROUP_SET_DEPENDENCY_EXPRESSION, handle_string, GROUPSET,    NONE,     CHANGE, .action = set_groupset_dependency_expression) \
    X(ADD_GROUP_TO_GROUP_SET_DEPENDENCY, handle_pair,    GROUP,        GROUPSET, CHANGE, .action = add_group_to_groupset_dependency) \
    X(REMOVE_CLUSTER_GROUP_TO_GROUP_SET_DEPENDENCY, handle_pair, GROUP, GROUPSET, CHANGE, .action = remove_group_to_groupset_dependency)

#define CMRP_HANDLE_NONE ((enum cmrp_handle_type)0)
#define ACCESS_READ false
#define ACCESS_CHANGE true

#define METHOD_ROW(op, shape, type, other, access, ...) \
    { CMRP_##op, CMRP_HANDLE_##type, CMRP_HANDLE_##other, ACCESS_##access, __VA_ARGS__ },
static const struct object_method methods[] = { OBJECT_METHODS(METHOD_ROW) };

static const struct object_method *method_of(struct dcesrv_call_state *call)
{
    uint16_t opnum = call->pkt.u.request.opnum;
    size_t i;

    for (i = 0; i < sizeof(methods) / sizeof(methods[0]); i++)
        if (methods[i].opnum == opnum) return &methods[i];
    return NULL;
}

/* ---- context handles ---- */

/* A new handle of type for object, carrying access; returns a Win32 code. */
static uint32_t new_object_handle(struct dcesrv_call_state *call, enum cmrp_handle_type type,
                                  const struct cmrp_object *object, enum cmrp_access access,
                                  struct policy_handle *wire_handle)
{
    struct dcesrv_handle *handle = dcesrv_handle_create(call, type);
    struct cmrp_handle_data *context;

    if (!handle) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    context = talloc_zero(handle, struct cmrp_handle_data);
    if (!context)
    {
        talloc_free(handle);
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    context->ref = object->ref;
    context->access = access;
    handle->data = context;
    *wire_handle = handle->wire_handle;
    return CMRP_ERR_SUCCESS;
}

/* The object a context handle of that type names.  The answer is a fault
 * code: nonzero if the handle is not a live one of that type.  Otherwise
 * *status says whether the method may go on: 0, ERROR_ACCESS_DENIED (change
 * needs "All"), or the kind's "not available" code (deleted meanwhile).  A
 * cluster handle names the cluster; none of its methods here change it. */
static uint32_t resolve(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                        const struct policy_handle *wire_handle, enum cmrp_handle_type type, bool change,
                        struct cmrp_object **object, uint32_t *status)
{
    struct dcesrv_handle *handle = find_handle(call, wire_handle, type);
    const struct cmrp_handle_data *context;
    const struct object_kind *kind;

    *object = NULL;
    *status = CMRP_ERR_SUCCESS;
    if (!handle) return DCERPC_FAULT_CONTEXT_MISMATCH;
    if (type == CMRP_HANDLE_CLUSTER)
    {
        *object = &endpoint->model->cluster;
        return 0;
    }
    context = handle->data;
    kind = kind_of(type);
    if (change && context->access != CMRP_ACCESS_ALL) *status = CMRP_ERR_ACCESS_DENIED;
    else if (!(*object = cmrp_model_object_by_ref(endpoint->model, context->ref, kind->kind))) *status = kind->gone;
    return 0;
}

uint32_t cmrp_handle_object(struct dcesrv_call_state *call, const struct policy_handle *wire_handle,
                            enum cmrp_handle_type type, struct cmrp_object **object, enum cmrp_access *access,
                            uint32_t *status)
{
    struct dcesrv_handle *handle = find_handle(call, wire_handle, type);
    const struct cmrp_handle_data *data;
    const struct object_kind *kind = kind_of(type);

    *object = NULL;
    *access = CMRP_ACCESS_NONE;
    *status = CMRP_ERR_SUCCESS;
    if (!handle || !handle->data || (type != CMRP_HANDLE_CLUSTER && !kind)) return DCERPC_FAULT_CONTEXT_MISMATCH;
    data = handle->data;
    *access = data->access;
    if (type == CMRP_HANDLE_CLUSTER) *object = &endpoint_of(call)->model->cluster;
    else if (!(*object = cmrp_model_object_by_ref(endpoint_of(call)->model, data->ref, kind->kind)))
        *status = kind->gone;
    return 0;
}

/* The first handle of the method's row: resolve() for the calling opnum. */
static uint32_t resolve_first(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                              const struct policy_handle *wire_handle, const struct object_method **method,
                              struct cmrp_object **object, uint32_t *status)
{
    *method = method_of(call);
    if (!*method) return DCERPC_FAULT_OP_RNG_ERROR;
    return resolve(call, endpoint, wire_handle, (*method)->type, (*method)->change, object, status);
}

/* Methods without a handle that change the cluster: what the client is
 * entitled to must be "All", the rule of ApiOpenCluster. */
static uint32_t may_change(const struct cmrp_endpoint *endpoint)
{
    enum cmrp_access granted;

    return cmrp_model_open_cluster(endpoint->model, &granted);
}

/* ---- enumerations on the wire ---- */

/* ENUM_LIST of list's names (or ids), allocated on mem_ctx; NULL when out of memory. */
static struct cmrp_enum_list *wire_enum_list(TALLOC_CTX *mem_ctx, const struct cmrp_model_enum_list *list, bool ids)
{
    struct cmrp_enum_list *out = talloc_zero(mem_ctx, struct cmrp_enum_list);
    size_t i;

    if (!out) return NULL;
    out->entries = talloc_zero_array(out, struct cmrp_enum_entry, list->count ? list->count : 1);
    if (!out->entries)
    {
        talloc_free(out);
        return NULL;
    }
    for (i = 0; i < list->count; i++)
    {
        out->entries[i].type = list->entries[i].type;
        out->entries[i].name = talloc_strdup(out->entries, ids ? list->entries[i].id : list->entries[i].name);
        if (!out->entries[i].name)
        {
            talloc_free(out);
            return NULL;
        }
    }
    out->count = list->count;
    return out;
}

/* Answers a model enumeration as one list (names) or two (ids, names) on
 * mem_ctx, and frees the model's list whatever happens. */
static uint32_t answer_enum(TALLOC_CTX *mem_ctx, uint32_t status, struct cmrp_model_enum_list *list,
                            struct cmrp_enum_list **ids, struct cmrp_enum_list **names)
{
    if (status == CMRP_ERR_SUCCESS && ids && !(*ids = wire_enum_list(mem_ctx, list, true)))
        status = CMRP_ERR_NOT_ENOUGH_MEMORY;
    if (status == CMRP_ERR_SUCCESS && !(*names = wire_enum_list(mem_ctx, list, false)))
        status = CMRP_ERR_NOT_ENOUGH_MEMORY;
    cmrp_model_enum_list_free(list);
    return status;
}

/* ---- the shape handlers ---- */

#define HANDLER(name) \
    static uint32_t name(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint, void *call_struct)

/* What every state-changing shape comes down to: resolve the handle(s) of
 * the method's row and call its action. */
static uint32_t run_action(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                           const struct policy_handle *handle, const struct policy_handle *other,
                           struct action_args *args, uint32_t *result)
{
    const struct object_method *method;
    struct cmrp_object *object;
    uint32_t fault, status, other_status = CMRP_ERR_SUCCESS;

    fault = resolve_first(call, endpoint, handle, &method, &object, &status);
    if (!fault && method->other)
        fault = resolve(call, endpoint, other, method->other, false, &args->other, &other_status);
    if (fault) return fault;
    if (status == CMRP_ERR_SUCCESS) status = other_status;
    *result = status ? status : method->action(endpoint->model, object, args);
    return 0;
}

HANDLER(handle_op)
{
    struct cmrp_handle_op *r = call_struct;
    struct action_args args = { 0 };

    r->rpc_status = 0;
    return run_action(call, endpoint, &r->handle, NULL, &args, &r->result);
}

HANDLER(handle_pair)
{
    struct cmrp_handle_pair *r = call_struct;
    struct action_args args = { 0 };

    r->rpc_status = 0;
    return run_action(call, endpoint, &r->handle, &r->other, &args, &r->result);
}

HANDLER(handle_pair_hyper)
{
    struct cmrp_handle_pair_hyper *r = call_struct;
    struct action_args args = { .flags64 = r->flags };

    r->rpc_status = 0;
    return run_action(call, endpoint, &r->handle, &r->other, &args, &r->result);
}

HANDLER(handle_dword)
{
    struct cmrp_handle_dword *r = call_struct;
    struct action_args args = { .value1 = r->value };

    r->rpc_status = 0;
    return run_action(call, endpoint, &r->handle, NULL, &args, &r->result);
}

HANDLER(handle_two_dwords)
{
    struct cmrp_handle_two_dwords *r = call_struct;
    struct action_args args = { .value1 = r->value1, .value2 = r->value2 };

    r->rpc_status = 0;
    return run_action(call, endpoint, &r->handle, NULL, &args, &r->result);
}

HANDLER(pause_node_drain_target)
{
    struct cmrp_pause_node_drain_target *r = call_struct;
    struct action_args args = { .value1 = r->flags };

    r->rpc_status = 0;
    return run_action(call, endpoint, &r->handle, &r->target, &args, &r->result);
}

HANDLER(handle_string)
{
    struct cmrp_handle_string *r = call_struct;
    struct action_args args = { .string = r->string };

    r->rpc_status = 0;
    return run_action(call, endpoint, &r->handle, NULL, &args, &r->result);
}

HANDLER(handle_unique_string)
{
    struct cmrp_handle_unique_string *r = call_struct;
    struct action_args args = { .string = r->string };

    r->rpc_status = 0;
    return run_action(call, endpoint, &r->handle, NULL, &args, &r->result);
}

/* The *Ex state changes: their flags ask for placement and locking details
 * this cluster has no notion of, and the buffer is an opaque reason. */
HANDLER(handle_flags_buffer)
{
    struct cmrp_handle_flags_buffer *r = call_struct;
    struct action_args args = { .value1 = r->flags };

    r->rpc_status = 0;
    return run_action(call, endpoint, &r->handle, NULL, &args, &r->result);
}

HANDLER(pair_flags_buffer)
{
    struct cmrp_pair_flags_buffer *r = call_struct;
    struct action_args args = { .value1 = r->flags };

    r->rpc_status = 0;
    return run_action(call, endpoint, &r->handle, &r->node, &args, &r->result);
}

/* ApiAddGroupToGroupSetEx: fault and update domains mean nothing to this
 * cluster; the group joins the set as with ApiAddGroupToGroupSet. */
HANDLER(add_group_to_group_set_ex)
{
    struct cmrp_add_group_to_group_set_ex *r = call_struct;
    struct action_args args = { .value1 = r->fault_domain, .value2 = r->update_domain };

    r->rpc_status = 0;
    return run_action(call, endpoint, &r->handle, &r->group, &args, &r->result);
}

/* ApiSetNetworkPriorityOrder: the internal networks by id (or name). */
HANDLER(set_network_priority_order)
{
    struct cmrp_set_network_priority_order *r = call_struct;
    uint32_t i;

    r->rpc_status = 0;
    r->result = may_change(endpoint);
    for (i = 0; r->result == CMRP_ERR_SUCCESS && i < r->count; i++)
        if (!r->ids[i]) r->result = CMRP_ERR_INVALID_PARAMETER;     /* a NULL [unique] element */
    if (r->result == CMRP_ERR_SUCCESS)
        r->result = cmrp_model_set_network_priority_order(endpoint->model, r->ids, r->count);
    return 0;
}

HANDLER(set_quorum_resource)
{
    struct cmrp_set_quorum_resource *r = call_struct;
    struct action_args args = { .string = r->device_name, .value1 = r->max_log_size };

    r->rpc_status = 0;
    return run_action(call, endpoint, &r->handle, NULL, &args, &r->result);
}

/* ApiOpen<Kind>, and ApiCreateGroup/ApiCreateGroupSet, which have the same
 * shape: they require and grant "All", as ApiOpenCluster. */
static uint32_t open_or_create(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                               struct cmrp_open_object *r, bool create)
{
    const struct object_method *method = method_of(call);
    struct cmrp_object *object = NULL;
    enum cmrp_access granted;
    open_fn get;

    memset(&r->handle, 0, sizeof(r->handle));
    r->rpc_status = 0;
    if (!method) return DCERPC_FAULT_OP_RNG_ERROR;
    get = create ? kind_of(method->type)->create : kind_of(method->type)->open;
    r->status = cmrp_model_open_cluster(endpoint->model, &granted);
    if (r->status == CMRP_ERR_SUCCESS) r->status = get(endpoint->model, r->name, &object);
    if (r->status == CMRP_ERR_SUCCESS) r->status = new_object_handle(call, method->type, object, granted, &r->handle);
    return 0;
}

HANDLER(open_object)
{
    return open_or_create(call, endpoint, call_struct, false);
}

HANDLER(create_object)
{
    return open_or_create(call, endpoint, call_struct, true);
}

/* ApiOpen<Kind>Ex: dwDesiredAccess as ApiOpenClusterEx (MS-CMRP 3.1.4.2.116). */
HANDLER(open_object_ex)
{
    struct cmrp_open_object_ex *r = call_struct;
    const struct object_method *method = method_of(call);
    struct cmrp_object *object = NULL;
    enum cmrp_access granted;

    memset(&r->handle, 0, sizeof(r->handle));
    r->granted_access = 0;
    r->rpc_status = 0;
    if (!method) return DCERPC_FAULT_OP_RNG_ERROR;
    r->status = cmrp_model_open_cluster_ex(endpoint->model, r->desired_access, &granted);
    if (r->status == CMRP_ERR_SUCCESS) r->status = kind_of(method->type)->open(endpoint->model, r->name, &object);
    if (r->status == CMRP_ERR_SUCCESS) r->status = new_object_handle(call, method->type, object, granted, &r->handle);
    if (r->status == CMRP_ERR_SUCCESS) r->granted_access = cmrp_access_granted_mask(granted);
    return 0;
}

/* ApiClose<Kind>: also for a handle whose object was deleted meanwhile. */
HANDLER(close_object)
{
    const struct object_method *method = method_of(call);

    if (!method) return DCERPC_FAULT_OP_RNG_ERROR;
    return close_handle_of_type(call, call_struct, method->type);
}

HANDLER(get_text)
{
    struct cmrp_get_string *r = call_struct;
    const struct object_method *method;
    struct cmrp_object *object;
    uint32_t fault;

    r->string = NULL;
    r->rpc_status = 0;
    fault = resolve_first(call, endpoint, &r->handle, &method, &object, &r->result);
    if (!fault && r->result == CMRP_ERR_SUCCESS) r->result = method->text(r, endpoint->model, object, &r->string);
    return fault;
}

HANDLER(get_state)
{
    struct cmrp_get_state *r = call_struct;
    const struct object_method *method;
    struct cmrp_object *object;
    uint32_t fault;

    r->state = UINT32_MAX;          /* ...StateUnknown */
    r->rpc_status = 0;
    fault = resolve_first(call, endpoint, &r->handle, &method, &object, &r->result);
    if (!fault && r->result == CMRP_ERR_SUCCESS) r->state = method->state(object);
    return fault;
}

HANDLER(get_resource_state)
{
    struct cmrp_get_resource_state *r = call_struct;
    const struct object_method *method;
    struct cmrp_object *object;
    const struct cmrp_resource *resource;
    uint32_t fault;

    r->state = UINT32_MAX;
    r->node_name = r->group_name = NULL;
    r->rpc_status = 0;
    fault = resolve_first(call, endpoint, &r->handle, &method, &object, &r->result);
    if (fault || r->result != CMRP_ERR_SUCCESS) return fault;
    resource = AS(resource, object);
    r->state = resource->state;
    r->result = copy_text(r, cmrp_model_resource_owner(resource)->name, &r->node_name);
    if (r->result == CMRP_ERR_SUCCESS) r->result = copy_text(r, resource->group->obj.name, &r->group_name);
    return 0;
}

HANDLER(get_group_state)
{
    struct cmrp_get_group_state *r = call_struct;
    const struct object_method *method;
    struct cmrp_object *object;
    uint32_t fault;

    r->state = UINT32_MAX;
    r->node_name = NULL;
    r->rpc_status = 0;
    fault = resolve_first(call, endpoint, &r->handle, &method, &object, &r->result);
    if (fault || r->result != CMRP_ERR_SUCCESS) return fault;
    r->state = AS(group, object)->state;
    r->result = copy_text(r, AS(group, object)->owner->name, &r->node_name);
    return 0;
}

/* The enumerations of one object (or of the cluster, through its handle). */
static uint32_t enumerate(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint, void *r,
                          const struct policy_handle *handle, uint32_t type, uint32_t options,
                          struct cmrp_enum_list **ids, struct cmrp_enum_list **names, uint32_t *result)
{
    struct cmrp_model_enum_list list = { 0 };
    const struct object_method *method;
    struct cmrp_object *object;
    uint32_t fault;

    if (ids) *ids = NULL;
    *names = NULL;
    fault = resolve_first(call, endpoint, handle, &method, &object, result);
    if (fault || *result != CMRP_ERR_SUCCESS) return fault;
    *result = answer_enum(r, method->enumerate(endpoint->model, object, type, options, &list), &list, ids, names);
    return 0;
}

HANDLER(handle_enum)
{
    struct cmrp_handle_enum *r = call_struct;

    r->rpc_status = 0;
    return enumerate(call, endpoint, r, &r->handle, r->type, 0, NULL, &r->list, &r->result);
}

HANDLER(handle_enum_only)
{
    struct cmrp_handle_enum_only *r = call_struct;

    r->rpc_status = 0;
    return enumerate(call, endpoint, r, &r->handle, 0, 0, NULL, &r->list, &r->result);
}

HANDLER(create_enum_ex)
{
    struct cmrp_create_enum_ex *r = call_struct;

    r->rpc_status = 0;
    return enumerate(call, endpoint, r, &r->handle, r->type, r->options, &r->id_list, &r->name_list, &r->result);
}

/* ApiCreateEnum: the cluster's objects, without a handle. */
HANDLER(create_enum)
{
    struct cmrp_create_enum *r = call_struct;
    struct cmrp_model_enum_list list = { 0 };

    r->list = NULL;
    r->rpc_status = 0;
    r->result = answer_enum(r, cmrp_model_enum_cluster(endpoint->model, r->type, &list), &list, NULL, &r->list);
    return 0;
}

HANDLER(create_res_type_enum)
{
    struct cmrp_create_res_type_enum *r = call_struct;
    struct cmrp_model_enum_list list = { 0 };
    uint32_t status = cmrp_model_enum_resource_type(endpoint->model, r->type_name, r->type, &list);

    r->list = NULL;
    r->rpc_status = 0;
    r->result = answer_enum(r, status, &list, NULL, &r->list);
    return 0;
}

/* ApiCreateNetInterfaceEnum: an empty name matches every node or network. */
HANDLER(create_net_interface_enum)
{
    struct cmrp_create_net_interface_enum *r = call_struct;
    struct cmrp_model_enum_list list = { 0 };
    const struct object_method *method;
    struct cmrp_object *cluster;
    uint32_t fault;

    r->list = NULL;
    r->rpc_status = 0;
    fault = resolve_first(call, endpoint, &r->handle, &method, &cluster, &r->result);
    if (fault) return fault;
    r->result = cmrp_model_enum_netinterfaces(endpoint->model, *r->node_name ? r->node_name : NULL,
                                              *r->network_name ? r->network_name : NULL, &list);
    r->result = answer_enum(r, r->result, &list, NULL, &r->list);
    return 0;
}

HANDLER(get_quorum_resource)
{
    struct cmrp_get_quorum_resource *r = call_struct;
    const char *resource, *device;

    r->resource_name = r->device_name = NULL;
    r->rpc_status = 0;
    cmrp_model_get_quorum(endpoint->model, &resource, &device, &r->max_log_size);
    r->result = copy_text(r, resource, &r->resource_name);
    if (r->result == CMRP_ERR_SUCCESS) r->result = copy_text(r, device, &r->device_name);
    return 0;
}

/* Windows Server 2008 and later answer this v2 method so (Samba torture). */
HANDLER(backup_cluster_database)
{
    struct cmrp_string_in *r = call_struct;

    r->rpc_status = 0;
    r->result = CMRP_ERR_CALL_NOT_IMPLEMENTED;
    return 0;
}

HANDLER(create_resource_type)
{
    struct cmrp_create_resource_type *r = call_struct;

    r->rpc_status = 0;
    r->result = may_change(endpoint);
    if (r->result == CMRP_ERR_SUCCESS)
        r->result = cmrp_model_create_resource_type(endpoint->model, r->type_name, r->display_name, r->dll_name,
                                                    r->looks_alive, r->is_alive);
    return 0;
}

HANDLER(delete_resource_type)
{
    struct cmrp_string_in *r = call_struct;

    r->rpc_status = 0;
    r->result = may_change(endpoint);
    if (r->result == CMRP_ERR_SUCCESS) r->result = cmrp_model_delete_resource_type(endpoint->model, r->string);
    return 0;
}

HANDLER(get_net_interface)
{
    struct cmrp_get_net_interface *r = call_struct;
    struct cmrp_netinterface *netinterface;

    r->interface_name = NULL;
    r->rpc_status = 0;
    r->result = cmrp_model_netinterface_of(endpoint->model, r->node_name, r->network_name, &netinterface);
    if (r->result == CMRP_ERR_SUCCESS) r->result = copy_text(r, netinterface->obj.name, &r->interface_name);
    return 0;
}

/* ApiCreateResource: a new resource in the group; its handle has "All". */
HANDLER(create_resource)
{
    struct cmrp_create_resource *r = call_struct;
    const struct object_method *method;
    struct cmrp_object *group;
    struct cmrp_resource *resource = NULL;
    uint32_t fault;

    memset(&r->handle, 0, sizeof(r->handle));
    r->rpc_status = 0;
    fault = resolve_first(call, endpoint, &r->group, &method, &group, &r->status);
    if (fault || r->status != CMRP_ERR_SUCCESS) return fault;
    r->status = cmrp_model_create_resource(endpoint->model, AS(group, group), r->name, r->type_name, r->flags,
                                           &resource);
    if (r->status == CMRP_ERR_SUCCESS)
        r->status = new_object_handle(call, CMRP_HANDLE_RESOURCE, &resource->obj, CMRP_ACCESS_ALL, &r->handle);
    return 0;
}

/* ApiCreateGroupEx: without CLUSTER_CREATE_GROUP_INFO_RPC, as ApiCreateGroup. */
HANDLER(create_group_ex)
{
    struct cmrp_create_group_ex *r = call_struct;
    const struct object_method *method = method_of(call);
    struct cmrp_group *group = NULL;
    enum cmrp_access granted;

    memset(&r->handle, 0, sizeof(r->handle));
    r->rpc_status = 0;
    if (!method) return DCERPC_FAULT_OP_RNG_ERROR;
    r->status = cmrp_model_open_cluster(endpoint->model, &granted);
    if (r->status != CMRP_ERR_SUCCESS) return 0;
    if (r->info)
        r->status = cmrp_model_create_group_ex(endpoint->model, r->name, r->info->version, r->info->group_type, &group);
    else r->status = cmrp_model_create_group(endpoint->model, r->name, &group);
    if (r->status == CMRP_ERR_SUCCESS)
        r->status = new_object_handle(call, method->type, &group->obj, granted, &r->handle);
    return 0;
}

/* The node names of a MULTI_SZ of count UTF-16 units, on mem_ctx: 87 if it
 * is not terminated by an empty string or a name is not well-formed. */
static uint32_t split_multi_sz(TALLOC_CTX *mem_ctx, const uint16_t *units, uint32_t count, const char ***names,
                               size_t *num_names)
{
    const uint8_t *bytes = (const uint8_t *)units;
    uint32_t start = 0, i;

    *names = NULL;
    *num_names = 0;
    if (!count) return CMRP_ERR_SUCCESS;
    if (!units || bytes[2 * (count - 1)] || bytes[2 * (count - 1) + 1]) return CMRP_ERR_INVALID_PARAMETER;
    *names = talloc_zero_array(mem_ctx, const char *, count);
    if (!*names) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    for (i = 0; i < count; i++)
    {
        struct cmrp_value item = { CMRP_FORMAT_SZ, 2 * (i - start + 1), (uint8_t *)&bytes[2 * start] };
        char *name;

        if (bytes[2 * i] || bytes[2 * i + 1]) continue;
        if (i == start) break;      /* the empty string ends the list */
        name = cmrp_value_to_utf8(&item);
        (*names)[*num_names] = name ? talloc_strdup(*names, name) : NULL;
        free(name);
        if (!(*names)[*num_names]) return CMRP_ERR_INVALID_PARAMETER;
        (*num_names)++;
        start = i + 1;
    }
    return CMRP_ERR_SUCCESS;
}

HANDLER(set_group_node_list)
{
    struct cmrp_set_group_node_list *r = call_struct;
    const struct object_method *method;
    struct cmrp_object *group;
    const char **names;
    size_t count;
    uint32_t fault;

    r->rpc_status = 0;
    fault = resolve_first(call, endpoint, &r->handle, &method, &group, &r->result);
    if (fault || r->result != CMRP_ERR_SUCCESS) return fault;
    r->result = split_multi_sz(r, r->node_list, r->node_list_len, &names, &count);
    if (r->result == CMRP_ERR_SUCCESS)
        r->result = cmrp_model_set_group_node_list(endpoint->model, AS(group, group), names, count);
    return 0;
}

/* ---- the enumerations with properties (MS-CMRP 3.1.4.2.139, .140) ---- */

/* An object's Properties and RoProperties as asked for by the request. */
static uint32_t entry_properties(TALLOC_CTX *mem_ctx, struct cmrp_model *model, struct cmrp_object *object,
                                 const uint8_t *names, uint32_t names_size, const uint8_t *ro_names,
                                 uint32_t ro_names_size, uint8_t **properties, uint32_t *properties_size,
                                 uint8_t **ro_properties, uint32_t *ro_properties_size)
{
    uint32_t status = cmrp_object_property_list(mem_ctx, model, object, false, names, names_size,
                                                properties, properties_size);

    if (status == CMRP_ERR_SUCCESS)
        status = cmrp_object_property_list(mem_ctx, model, object, true, ro_names, ro_names_size,
                                           ro_properties, ro_properties_size);
    return status;
}

/* ApiCreateGroupEnum: every group, its state, owner and flags, and the
 * properties the client named. */
HANDLER(create_group_enum)
{
    struct cmrp_create_group_enum *r = call_struct;
    struct cmrp_model *model = endpoint->model;
    const struct object_method *method;
    struct cmrp_group_enum_list *list;
    struct cmrp_object *cluster;
    uint32_t fault, status = CMRP_ERR_SUCCESS;
    size_t i;

    r->list = NULL;
    r->rpc_status = 0;
    fault = resolve_first(call, endpoint, &r->handle, &method, &cluster, &r->result);
    if (fault || r->result != CMRP_ERR_SUCCESS) return fault;
    if (!(list = talloc_zero(r, struct cmrp_group_enum_list))
        || !(list->entries = talloc_zero_array(list, struct cmrp_group_enum_entry, model->num_groups + 1)))
        status = CMRP_ERR_NOT_ENOUGH_MEMORY;
    for (i = 0; status == CMRP_ERR_SUCCESS && i < model->num_groups; i++)
    {
        struct cmrp_group *group = model->groups[i];
        struct cmrp_group_enum_entry *entry = &list->entries[i];

        entry->state = group->state;
        entry->flags = group->core ? CLUS_FLAG_CORE : 0;
        status = copy_text(list, group->obj.name, &entry->name);
        if (status == CMRP_ERR_SUCCESS) status = copy_text(list, group->obj.id, &entry->id);
        if (status == CMRP_ERR_SUCCESS) status = copy_text(list, group->owner->name, &entry->owner);
        if (status == CMRP_ERR_SUCCESS)
            status = entry_properties(list, model, &group->obj, r->properties, r->properties_size,
                                      r->ro_properties, r->ro_properties_size, &entry->properties,
                                      &entry->properties_size, &entry->ro_properties, &entry->ro_properties_size);
        list->count = i + 1;
    }
    if (status != CMRP_ERR_SUCCESS) talloc_free(list);
    else r->list = list;
    r->result = status;
    return 0;
}

/* ApiCreateResourceEnum: every resource, its group, and the properties the
 * client named. */
HANDLER(create_resource_enum)
{
    struct cmrp_create_resource_enum *r = call_struct;
    struct cmrp_model *model = endpoint->model;
    const struct object_method *method;
    struct cmrp_resource_enum_list *list;
    struct cmrp_object *cluster;
    uint32_t fault, status = CMRP_ERR_SUCCESS;
    size_t i;

    r->list = NULL;
    r->rpc_status = 0;
    fault = resolve_first(call, endpoint, &r->handle, &method, &cluster, &r->result);
    if (fault || r->result != CMRP_ERR_SUCCESS) return fault;
    if (!(list = talloc_zero(r, struct cmrp_resource_enum_list))
        || !(list->entries = talloc_zero_array(list, struct cmrp_resource_enum_entry, model->num_resources + 1)))
        status = CMRP_ERR_NOT_ENOUGH_MEMORY;
    for (i = 0; status == CMRP_ERR_SUCCESS && i < model->num_resources; i++)
    {
        struct cmrp_resource *resource = model->resources[i];
        struct cmrp_resource_enum_entry *entry = &list->entries[i];

        status = copy_text(list, resource->obj.name, &entry->name);
        if (status == CMRP_ERR_SUCCESS) status = copy_text(list, resource->obj.id, &entry->id);
        if (status == CMRP_ERR_SUCCESS) status = copy_text(list, resource->group->obj.name, &entry->owner_name);
        if (status == CMRP_ERR_SUCCESS) status = copy_text(list, resource->group->obj.id, &entry->owner_id);
        if (status == CMRP_ERR_SUCCESS)
            status = entry_properties(list, model, &resource->obj, r->properties, r->properties_size,
                                      r->ro_properties, r->ro_properties_size, &entry->properties,
                                      &entry->properties_size, &entry->ro_properties, &entry->ro_properties_size);
        list->count = i + 1;
    }
    if (status != CMRP_ERR_SUCCESS) talloc_free(list);
    else r->list = list;
    r->result = status;
    return 0;
}

#define HANDLER_ENTRY(op, shape, ...) { CMRP_##op, shape },
const struct cmrp_handler_entry cmrp_object_handlers[] =
{
    OBJECT_METHODS(HANDLER_ENTRY)
    { 0, NULL }
};
