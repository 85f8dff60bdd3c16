/*
 * States and transitions: resources going online and offline through their
 * pending states, in dependency order; groups online, offline and moving;
 * failover when a node goes down.
 *
 * A transition that cannot complete at once (transition_delay_ms > 0) leaves
 * the resource in OnlinePending/OfflinePending and the call answers
 * ERROR_IO_PENDING, as Windows does; cmrp_model_tick() completes it when its
 * time comes.  A resource waits for its providers before it starts coming
 * online, and for its dependents before it starts going offline, so a chain
 * of n resources takes n delays (MS-CMRP 3.1.1.1.2).
 *
 * A group is owned by an Up or Paused node whenever one exists: failover
 * sends it to one (MS-CMRP 3.1.4.2.70), and a node coming back takes the
 * groups left on dead nodes while there was none.
 */
#include "server/model_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- the pending list ---- */

static bool is_pending(enum cmrp_resource_state state)
{
    return state == CMRP_RESOURCE_ONLINE_PENDING || state == CMRP_RESOURCE_OFFLINE_PENDING;
}

static bool is_stopped(enum cmrp_resource_state state)
{
    return state == CMRP_RESOURCE_OFFLINE || state == CMRP_RESOURCE_FAILED;
}

/* The pending list is unordered: removal moves the last entry into the gap,
 * so that thousands of transitions complete in linear time. */
void pending_forget(struct cmrp_model *model, struct cmrp_resource *resource)
{
    struct cmrp_model_state *state = model->state;
    struct cmrp_resource *last;

    if (!resource->pending_listed) return;
    last = state->pending[--state->num_pending];
    state->pending[resource->pending_slot] = last;
    last->pending_slot = resource->pending_slot;
    resource->pending_listed = false;
}

static bool pending_remember(struct cmrp_model *model, struct cmrp_resource *resource)
{
    struct cmrp_model_state *state = model->state;
    void *pending = state->pending;

    if (resource->pending_listed) return true;
    if (!array_append(&pending, &state->num_pending, sizeof(resource), &resource)) return false;
    state->pending = pending;
    resource->pending_slot = state->num_pending - 1;
    resource->pending_listed = true;
    return true;
}

/* ---- states ---- */

void resource_set_state(struct cmrp_model *model, struct cmrp_resource *resource, enum cmrp_resource_state state)
{
    if (resource->state == state) return;
    /* Out of memory, a pending resource would never complete: it takes its
     * final state at once instead. */
    if (is_pending(state) && !pending_remember(model, resource))
        state = state == CMRP_RESOURCE_ONLINE_PENDING ? CMRP_RESOURCE_ONLINE : CMRP_RESOURCE_OFFLINE;
    if (!is_pending(state))
    {
        pending_forget(model, resource);
        resource->pending_waiting = false;
    }
    resource->state = state;
    resource->obj.state_sequence++;
    notify_object(model, &resource->obj, CMRP_CHANGE_RESOURCE_STATE);
    if (state == CMRP_RESOURCE_ONLINE) resource_online_settle(model, resource);
    group_refresh_state(model, resource->group);
}

/* CLUSTER_GROUP_STATE from the resources (SDK GetClusterGroupState): any
 * pending makes it Pending; all online Online; some online PartialOnline; a
 * failed one with none online Failed; otherwise (or empty) Offline. */
enum cmrp_group_state group_compute_state(const struct cmrp_group *group)
{
    size_t online = 0, failed = 0, i;

    for (i = 0; i < group->num_resources; i++)
    {
        enum cmrp_resource_state state = group->resources[i]->state;

        if (is_pending(state)) return CMRP_GROUP_PENDING;
        if (state == CMRP_RESOURCE_ONLINE) online++;
        else if (state == CMRP_RESOURCE_FAILED) failed++;
    }
    if (!group->num_resources) return CMRP_GROUP_OFFLINE;
    if (online == group->num_resources) return CMRP_GROUP_ONLINE;
    if (online) return CMRP_GROUP_PARTIAL_ONLINE;
    if (failed) return CMRP_GROUP_FAILED;
    return CMRP_GROUP_OFFLINE;
}

void group_refresh_state(struct cmrp_model *model, struct cmrp_group *group)
{
    enum cmrp_group_state state = group_compute_state(group);

    if (state == group->state) return;
    group->state = state;
    group->obj.state_sequence++;
    notify_object(model, &group->obj, CMRP_CHANGE_GROUP_STATE);
}

/* ---- starting transitions ---- */

static bool all_providers_online(const struct cmrp_resource *resource)
{
    size_t i;

    for (i = 0; i < resource->num_providers; i++)
        if (resource->providers[i]->state != CMRP_RESOURCE_ONLINE) return false;
    return true;
}

static bool all_dependents_stopped(const struct cmrp_resource *resource)
{
    size_t i;

    for (i = 0; i < resource->num_dependents; i++)
        if (!is_stopped(resource->dependents[i]->state)) return false;
    return true;
}

/* Arms a pending resource: it may complete one delay after start, unless it
 * still waits for its providers (online) or dependents (offline). */
static void schedule(struct cmrp_model *model, struct cmrp_resource *resource, uint64_t start)
{
    bool ready = resource->state == CMRP_RESOURCE_ONLINE_PENDING ? all_providers_online(resource)
                                                                 : all_dependents_stopped(resource);

    resource->pending_waiting = !ready;
    resource->pending_deadline_ms = start + model->transition_delay_ms;
}

static bool possible_owner(const struct cmrp_resource *resource, const struct cmrp_node *node)
{
    return pointer_index((void *const *)resource->possible_owners, resource->num_possible_owners, node)
           < resource->num_possible_owners;
}

bool node_active(const struct cmrp_node *node)
{
    return node && !node->evicted && (node->state == CMRP_NODE_UP || node->state == CMRP_NODE_PAUSED);
}

/* Whether the resources of a group may come online: on its owner, or - the
 * owner being down, which only lasts while no other node is up or paused -
 * on the node that takes the group over now.  Never ERROR_CLUSTER_NODE_DOWN:
 * clients take that as this server going down (MS-CMRP 3.2.4.6); with no
 * node to run on, ERROR_HOST_NODE_NOT_AVAILABLE (SDK OnlineClusterGroup). */
static uint32_t group_host_ready(struct cmrp_model *model, struct cmrp_group *group)
{
    if (!node_active(group->owner))
    {
        struct cmrp_node *node = group_failover_node(model, group, NULL);

        if (!node) return CMRP_ERR_HOST_NODE_NOT_AVAILABLE;
        group_transfer(model, group, node, model_now_ms(model));
    }
    /* MS-CMRP 3.1.4.2.50, 3.1.4.2.70: nothing comes online on a paused node */
    return group->owner->state == CMRP_NODE_PAUSED ? CMRP_ERR_SHARING_PAUSED : CMRP_ERR_SUCCESS;
}

/* Providers first, then the resource itself (depth is bounded by the
 * dependency limit). */
static uint32_t begin_online(struct cmrp_model *model, struct cmrp_resource *resource, uint64_t now)
{
    size_t i;

    switch (resource->state)
    {
    case CMRP_RESOURCE_ONLINE:
    case CMRP_RESOURCE_ONLINE_PENDING:
        resource->persistent_online = true;
        return CMRP_ERR_SUCCESS;
    case CMRP_RESOURCE_OFFLINE_PENDING:
        return CMRP_ERR_INVALID_STATE;
    case CMRP_RESOURCE_OFFLINE:
    case CMRP_RESOURCE_FAILED:
    case CMRP_RESOURCE_INITIALIZING:
        break;
    }
    if (!possible_owner(resource, resource->group->owner)) return CMRP_ERR_NODE_CANT_HOST_RESOURCE;
    for (i = 0; i < resource->num_providers; i++)
    {
        uint32_t status = begin_online(model, resource->providers[i], now);

        if (status) return status;
    }
    resource->persistent_online = true;
    resource_set_state(model, resource, CMRP_RESOURCE_ONLINE_PENDING);
    if (resource->state == CMRP_RESOURCE_ONLINE_PENDING) schedule(model, resource, now);
    return CMRP_ERR_SUCCESS;
}

/* Dependents first, then the resource.  A move keeps the persistent state,
 * so that the resource comes back online on the other side. */
static void begin_offline(struct cmrp_model *model, struct cmrp_resource *resource, uint64_t now,
                          bool keep_persistent)
{
    size_t i;

    if (!keep_persistent) resource->persistent_online = false;
    switch (resource->state)
    {
    case CMRP_RESOURCE_OFFLINE:
    case CMRP_RESOURCE_OFFLINE_PENDING:
        return;
    case CMRP_RESOURCE_FAILED:
    case CMRP_RESOURCE_INITIALIZING:
        resource_set_state(model, resource, CMRP_RESOURCE_OFFLINE);
        return;
    case CMRP_RESOURCE_ONLINE:
    case CMRP_RESOURCE_ONLINE_PENDING:
        break;
    }
    for (i = 0; i < resource->num_dependents; i++)
        begin_offline(model, resource->dependents[i], now, keep_persistent);
    resource_set_state(model, resource, CMRP_RESOURCE_OFFLINE_PENDING);
    if (resource->state == CMRP_RESOURCE_OFFLINE_PENDING) schedule(model, resource, now);
}

/* ---- completing transitions ---- */

/* A resource that waited for a provider which failed cannot come online;
 * nor can what waits for it. */
static void fail_waiting(struct cmrp_model *model, struct cmrp_resource *resource)
{
    size_t i;

    resource_set_state(model, resource, CMRP_RESOURCE_FAILED);
    for (i = 0; i < resource->num_dependents; i++)
    {
        struct cmrp_resource *dependent = resource->dependents[i];

        if (dependent->state == CMRP_RESOURCE_ONLINE_PENDING && dependent->pending_waiting)
            fail_waiting(model, dependent);
    }
}

/* A resource stopped: the providers that waited for it to stop may go. */
static void release_providers(struct cmrp_model *model, struct cmrp_resource *resource, uint64_t at)
{
    size_t i;

    for (i = 0; i < resource->num_providers; i++)
    {
        struct cmrp_resource *provider = resource->providers[i];

        if (provider->state == CMRP_RESOURCE_OFFLINE_PENDING && provider->pending_waiting
            && all_dependents_stopped(provider))
            schedule(model, provider, at);
    }
}

static void complete(struct cmrp_model *model, struct cmrp_resource *resource)
{
    uint64_t at = resource->pending_deadline_ms;
    size_t i;

    if (resource->state == CMRP_RESOURCE_ONLINE_PENDING)
    {
        /* simulated failure: it does not come up, and what waits for it cannot */
        resource_set_state(model, resource, resource->fail_online ? CMRP_RESOURCE_FAILED : CMRP_RESOURCE_ONLINE);
        for (i = 0; i < resource->num_dependents; i++)
        {
            struct cmrp_resource *dependent = resource->dependents[i];

            if (dependent->state != CMRP_RESOURCE_ONLINE_PENDING || !dependent->pending_waiting) continue;
            if (resource->state == CMRP_RESOURCE_FAILED) fail_waiting(model, dependent);
            else if (all_providers_online(dependent)) schedule(model, dependent, at);
        }
    }
    else
    {
        resource_set_state(model, resource, CMRP_RESOURCE_OFFLINE);
        release_providers(model, resource, at);
    }
}

/* A move whose group's resources have all stopped goes on to its node. */
static void finish_move(struct cmrp_model *model, struct cmrp_group *group, uint64_t now)
{
    struct cmrp_node *target = group->move_target;
    size_t i;

    if (!target) return;
    for (i = 0; i < group->num_resources; i++)
        if (!is_stopped(group->resources[i]->state)) return;
    /* the destination may have gone meanwhile: stay, or the best other */
    if (target->state != CMRP_NODE_UP || target->evicted)
        target = node_active(group->owner) ? group->owner : group_failover_node(model, group, NULL);
    group->move_target = NULL;
    if (target) group_transfer(model, group, target, now);
}

void cmrp_model_tick(struct cmrp_model *model, uint64_t now_ms)
{
    struct cmrp_model_state *state = model->state;
    bool completed = true;
    size_t i;

    while (completed)
    {
        completed = false;
        i = 0;
        while (i < state->num_pending)
        {
            struct cmrp_resource *resource = state->pending[i];

            if (!resource->pending_waiting && resource->pending_deadline_ms <= now_ms)
            {
                /* completing takes it off the list: this slot holds another now */
                complete(model, resource);
                completed = true;
            }
            else i++;
        }
        /* moves only progress when something stopped */
        for (i = 0; completed && i < model->num_groups; i++) finish_move(model, model->groups[i], now_ms);
    }
}

bool cmrp_model_next_deadline(const struct cmrp_model *model, uint64_t *when_ms)
{
    const struct cmrp_model_state *state = model->state;
    bool found = false;
    size_t i;

    for (i = 0; i < state->num_pending; i++)
    {
        const struct cmrp_resource *resource = state->pending[i];

        if (resource->pending_waiting) continue;
        if (!found || resource->pending_deadline_ms < *when_ms) *when_ms = resource->pending_deadline_ms;
        found = true;
    }
    return found;
}

/* Runs what is due now, so that a zero delay completes within the call. */
void model_settle(struct cmrp_model *model)
{
    cmrp_model_tick(model, model_now_ms(model));
}

/* ---- resources ---- */

uint32_t cmrp_model_online_resource(struct cmrp_model *model, struct cmrp_resource *resource)
{
    uint32_t status;
    uint64_t now;

    if (!resource) return CMRP_ERR_INVALID_PARAMETER;
    /* MS-CMRP 3.1.4.2.18: online is idempotent; a pending resource is busy */
    if (resource->state == CMRP_RESOURCE_ONLINE) return CMRP_ERR_SUCCESS;
    if (is_pending(resource->state)) return CMRP_ERR_INVALID_STATE;
    status = group_host_ready(model, resource->group);
    if (status) return status;
    now = model_now_ms(model);
    status = begin_online(model, resource, now);
    model_settle(model);
    if (status) return status;
    if (resource->state == CMRP_RESOURCE_ONLINE) return CMRP_ERR_SUCCESS;
    if (resource->state == CMRP_RESOURCE_FAILED) return CMRP_ERR_RESOURCE_FAILED;
    return CMRP_ERR_IO_PENDING;
}

uint32_t cmrp_model_offline_resource(struct cmrp_model *model, struct cmrp_resource *resource)
{
    if (!resource) return CMRP_ERR_INVALID_PARAMETER;
    /* MS-CMRP 3.1.4.2.19 */
    if (is_pending(resource->state)) return CMRP_ERR_INVALID_STATE;
    if (resource->state == CMRP_RESOURCE_OFFLINE)
    {
        resource->persistent_online = false;
        return CMRP_ERR_SUCCESS;
    }
    if (resource->state == CMRP_RESOURCE_FAILED)
    {
        resource->persistent_online = false;
        return CMRP_ERR_RESOURCE_FAILED;
    }
    begin_offline(model, resource, model_now_ms(model), false);
    model_settle(model);
    return resource->state == CMRP_RESOURCE_OFFLINE ? CMRP_ERR_SUCCESS : CMRP_ERR_IO_PENDING;
}

/* Dependents, at any depth, that are not stopped: they stop at once (and
 * what waited for them to stop may go). */
static void stop_dependents(struct cmrp_model *model, struct cmrp_resource *resource, uint64_t now)
{
    size_t i;

    for (i = 0; i < resource->num_dependents; i++)
    {
        struct cmrp_resource *dependent = resource->dependents[i];

        stop_dependents(model, dependent, now);
        if (is_stopped(dependent->state)) continue;
        resource_set_state(model, dependent, CMRP_RESOURCE_OFFLINE);
        release_providers(model, dependent, now);
    }
}

uint32_t cmrp_model_fail_resource(struct cmrp_model *model, struct cmrp_resource *resource)
{
    uint64_t now;

    if (!resource) return CMRP_ERR_INVALID_PARAMETER;
    /* MS-CMRP 3.1.4.2.17: a resource online or on its way up or down */
    if (resource->state != CMRP_RESOURCE_ONLINE && !is_pending(resource->state)) return CMRP_ERR_INVALID_STATE;
    /* what depends on it loses its provider; persistent states stay, so a
     * group online brings everything back */
    now = model_now_ms(model);
    stop_dependents(model, resource, now);
    resource_set_state(model, resource, CMRP_RESOURCE_FAILED);
    release_providers(model, resource, now);
    /* a move waiting for the group to stop may go on */
    finish_move(model, resource->group, now);
    model_settle(model);
    return CMRP_ERR_SUCCESS;
}

/* Collects the dependents, at any depth, that run. */
static bool running_dependents(struct cmrp_model *model, struct cmrp_resource *resource, void **list, size_t *count)
{
    size_t i;

    for (i = 0; i < resource->num_dependents; i++)
    {
        struct cmrp_resource *dependent = resource->dependents[i];

        if (is_stopped(dependent->state) || dependent->walk_mark == model->state->walk_generation) continue;
        dependent->walk_mark = model->state->walk_generation;
        if (!array_append(list, count, sizeof(dependent), &dependent)) return false;
        if (!running_dependents(model, dependent, list, count)) return false;
    }
    return true;
}

uint32_t cmrp_model_restart_resource(struct cmrp_model *model, struct cmrp_resource *resource)
{
    void *list = NULL;
    size_t count = 0, i;
    uint32_t status;
    uint64_t now;

    if (!resource) return CMRP_ERR_INVALID_PARAMETER;
    if (is_pending(resource->state)) return CMRP_ERR_INVALID_STATE;
    status = group_host_ready(model, resource->group);
    if (status) return status;
    model->state->walk_generation++;
    if (!running_dependents(model, resource, &list, &count))
    {
        free(list);
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    /* it and what runs on top of it stop at once, then come back */
    for (i = count; i > 0; i--) resource_set_state(model, ((struct cmrp_resource **)list)[i - 1], CMRP_RESOURCE_OFFLINE);
    resource_set_state(model, resource, CMRP_RESOURCE_OFFLINE);
    now = model_now_ms(model);
    status = begin_online(model, resource, now);
    for (i = 0; i < count && !status; i++) status = begin_online(model, ((struct cmrp_resource **)list)[i], now);
    free(list);
    model_settle(model);
    if (status) return status;
    if (resource->state == CMRP_RESOURCE_ONLINE) return CMRP_ERR_SUCCESS;
    if (resource->state == CMRP_RESOURCE_FAILED) return CMRP_ERR_RESOURCE_FAILED;
    return CMRP_ERR_IO_PENDING;
}

/* ---- groups ---- */

bool group_can_run_on(const struct cmrp_group *group, const struct cmrp_node *node)
{
    size_t i;

    for (i = 0; i < group->num_resources; i++)
        if (!possible_owner(group->resources[i], node)) return false;
    return true;
}

/* The first node in the group's order - its preferred owners, then every
 * node - in state, other than excluded, that can run it if must_run. */
static struct cmrp_node *first_node(struct cmrp_model *model, const struct cmrp_group *group,
                                    const struct cmrp_node *excluded, enum cmrp_node_state state, bool must_run)
{
    size_t count = group->num_preferred_owners + model->num_nodes, i;

    for (i = 0; i < count; i++)
    {
        struct cmrp_node *node = i < group->num_preferred_owners ? group->preferred_owners[i]
                                                                 : &model->nodes[i - group->num_preferred_owners];

        if (!node || node->evicted || node == excluded || node->state != state) continue;
        if (!must_run || group_can_run_on(group, node)) return node;
    }
    return NULL;
}

struct cmrp_node *group_best_node(struct cmrp_model *model, const struct cmrp_group *group,
                                  const struct cmrp_node *excluded)
{
    return first_node(model, group, excluded, CMRP_NODE_UP, true);
}

/* MS-CMRP 3.1.4.2.70: the groups of a node that fails go to an Up node, to
 * a Paused one only when no node is Up, and do not start there.  A node
 * that may run the group comes first; when none can, the group is hosted
 * where its resources stay offline (3.1.4.2.24, ApiAddResourceNode). */
struct cmrp_node *group_failover_node(struct cmrp_model *model, const struct cmrp_group *group,
                                      const struct cmrp_node *excluded)
{
    static const enum cmrp_node_state order[] = { CMRP_NODE_UP, CMRP_NODE_PAUSED };
    struct cmrp_node *node;
    size_t i;

    for (i = 0; i < sizeof(order) / sizeof(order[0]); i++)
    {
        if ((node = first_node(model, group, excluded, order[i], true))) return node;
        if ((node = first_node(model, group, excluded, order[i], false))) return node;
    }
    return NULL;
}

void group_stop_at_once(struct cmrp_model *model, struct cmrp_group *group)
{
    size_t i;

    for (i = 0; i < group->num_resources; i++)
        if (group->resources[i]->state != CMRP_RESOURCE_FAILED)
            resource_set_state(model, group->resources[i], CMRP_RESOURCE_OFFLINE);
}

void groups_adopt_orphans(struct cmrp_model *model)
{
    uint64_t now = model_now_ms(model);
    size_t i;

    for (i = 0; i < model->num_groups; i++)
    {
        struct cmrp_group *group = model->groups[i];
        struct cmrp_node *node;

        if (node_active(group->owner) || group->move_target) continue;
        if ((node = group_failover_node(model, group, NULL))) group_transfer(model, group, node, now);
    }
    model_settle(model);
}

void group_transfer(struct cmrp_model *model, struct cmrp_group *group, struct cmrp_node *node, uint64_t now)
{
    size_t i;

    group->move_target = NULL;
    if (group->owner != node)
    {
        group->owner = node;
        group->obj.state_sequence++;
        notify_object(model, &group->obj, CMRP_CHANGE_GROUP_STATE);
    }
    /* back to their persistent state, but nothing starts on a node that is
     * not up (MS-CMRP 3.1.4.1.70) */
    if (node->state != CMRP_NODE_UP) return;
    for (i = 0; i < group->num_resources; i++)
        if (group->resources[i]->persistent_online) begin_online(model, group->resources[i], now);
}

static uint32_t group_answer(const struct cmrp_group *group, enum cmrp_group_state done)
{
    if (group->move_target || group->state == CMRP_GROUP_PENDING) return CMRP_ERR_IO_PENDING;
    if (group->state == done) return CMRP_ERR_SUCCESS;
    if (done == CMRP_GROUP_ONLINE && group->state == CMRP_GROUP_FAILED) return CMRP_ERR_RESOURCE_FAILED;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_online_group(struct cmrp_model *model, struct cmrp_group *group)
{
    uint32_t status = CMRP_ERR_SUCCESS;
    uint64_t now;
    size_t i;

    if (!group) return CMRP_ERR_INVALID_PARAMETER;
    if (group->move_target) return CMRP_ERR_INVALID_STATE;
    status = group_host_ready(model, group);
    if (status) return status;
    now = model_now_ms(model);
    for (i = 0; i < group->num_resources; i++)
    {
        uint32_t one = begin_online(model, group->resources[i], now);

        if (!status) status = one;
    }
    model_settle(model);
    return status ? status : group_answer(group, CMRP_GROUP_ONLINE);
}

uint32_t cmrp_model_offline_group(struct cmrp_model *model, struct cmrp_group *group)
{
    uint64_t now;
    size_t i;

    if (!group) return CMRP_ERR_INVALID_PARAMETER;
    if (group->move_target) return CMRP_ERR_INVALID_STATE;
    now = model_now_ms(model);
    for (i = 0; i < group->num_resources; i++) begin_offline(model, group->resources[i], now, false);
    model_settle(model);
    return group_answer(group, CMRP_GROUP_OFFLINE);
}

uint32_t cmrp_model_move_group(struct cmrp_model *model, struct cmrp_group *group, struct cmrp_node *node)
{
    uint64_t now;
    size_t i;

    if (!group) return CMRP_ERR_INVALID_PARAMETER;
    if (group->move_target) return CMRP_ERR_INVALID_STATE;
    if (!node)
    {
        /* ApiMoveGroup: the best node other than the owner */
        node = group_best_node(model, group, group->owner);
        if (!node) return CMRP_ERR_HOST_NODE_NOT_AVAILABLE;
    }
    else
    {
        if (node->evicted) return CMRP_ERR_INVALID_PARAMETER;
        /* MS-CMRP 3.1.4.2.53: already there */
        if (node == group->owner) return CMRP_ERR_SUCCESS;
        switch (node->state)
        {
        case CMRP_NODE_DOWN:    return CMRP_ERR_CLUSTER_NODE_DOWN;
        case CMRP_NODE_PAUSED:  return CMRP_ERR_CLUSTER_NODE_PAUSED;
        case CMRP_NODE_JOINING: return CMRP_ERR_CLUSTER_NODE_NOT_READY;
        case CMRP_NODE_UP:      break;
        }
        if (!group_can_run_on(group, node)) return CMRP_ERR_NODE_CANT_HOST_RESOURCE;
    }
    for (i = 0; i < group->num_resources; i++)
        if (is_pending(group->resources[i]->state)) return CMRP_ERR_INVALID_STATE;

    /* everything stops here (keeping its persistent state), the group
     * changes node, and comes back there */
    group->move_target = node;
    now = model_now_ms(model);
    for (i = 0; i < group->num_resources; i++) begin_offline(model, group->resources[i], now, true);
    model_settle(model);
    /* nothing was running: it goes at once */
    finish_move(model, group, now);
    model_settle(model);
    if (group->move_target || group->state == CMRP_GROUP_PENDING) return CMRP_ERR_IO_PENDING;
    return CMRP_ERR_SUCCESS;
}
