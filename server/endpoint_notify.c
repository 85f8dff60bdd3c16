/*
 * The clusapi endpoint's notification methods (see endpoint_internal.h;
 * MS-CMRP 3.1.4.2.56-66, .107, .136-138, .150; docs: ms-cmrp.md 2.3, 3.5):
 * version 1 ports - ApiCreateNotify, ApiCloseNotify, ApiAddNotify*,
 * ApiReAddNotify*, ApiGetNotify, ApiUnblockGetNotifyCall - and version 2
 * ports - ApiCreateNotifyV2, ApiAddNotifyV2, ApiAddNotifyResourceTypeV2,
 * ApiGetNotifyV2 (which answers every queued event at once, up to a batch).
 *
 * An HNOTIFY_RPC (CMRP_HANDLE_NOTIFY) owns a port of the model, of either
 * version; closing the handle, or losing it with its association, closes
 * the port.  A method of the other version on a port answers
 * ERROR_INVALID_HANDLE.
 *
 * ApiGetNotify(V2) blocks until an event is queued on the port (MS-CMRP
 * 3.1.4.2.66), without blocking the server: the call is deferred
 * (DCESRV_CALL_STATE_FLAG_ASYNC, allowed by the host's
 * DCESRV_CALL_STATE_FLAG_MAY_ASYNC) and answered later with dcesrv_reply(),
 * so every other call - on other connections of the association, or on the
 * same connection when the client negotiated concurrent multiplexing - goes
 * on meanwhile (pitfall P15).  What wakes a waiting call:
 *  - an event on its port: the model's event_queued hook (installed here,
 *    chained to whatever hooks the host had) schedules a tevent immediate
 *    that answers the oldest waiting calls with the oldest events;
 *  - ApiUnblockGetNotifyCall or ApiCloseNotify on the port: the waiting calls
 *    end with ERROR_INVALID_FUNCTION (MS-CMRP 3.1.4.2.143's table, which
 *    ApiGetNotify shares); after an unblock, ApiGetNotify on an empty port
 *    answers ERROR_NO_MORE_ITEMS at once ("the port has been closed");
 *  - its connection dropping: dcesrv_core then only marks the connection
 *    (4.17 has no cancel hook for deferred calls), so while calls wait a
 *    timer looks for such connections, frees their waiting calls and lets
 *    dcesrv_core finish tearing the connection down.
 * A host that does not allow asynchronous replies gets ERROR_NO_MORE_ITEMS
 * from ApiGetNotify on an empty port instead of a wait.
 *
 * The model must outlive the dcesrv context (the hook's state lives there
 * and gives the host's hooks back when it goes).
 */
#include "server/endpoint_internal.h"

#include <string.h>
#include <talloc.h>
#include <tevent.h>
#include <gen_ndr/dcerpc.h>

/* How often waiting calls are checked for a dropped connection. */
#define POLL_INTERVAL_US 250000

/* The most events one ApiGetNotifyV2 answer carries. */
#define MAX_V2_BATCH 256


struct notify_waiter;

/* One per model: the calls waiting on its ports and the hooks chained. */
struct notify_state
{
    struct cmrp_model *model;
    struct cmrp_model_hooks previous;   /* the host's, called through */
    struct notify_waiter *waiters;      /* oldest first */
    struct tevent_context *ev;          /* where the waiting calls live */
    struct tevent_immediate *wake;
    struct tevent_timer *poll;
};

/* A deferred ApiGetNotify: a talloc child of its call. */
struct notify_waiter
{
    struct notify_waiter *prev, *next;
    struct notify_state *state;         /* NULL once unlinked */
    struct dcesrv_call_state *call;
    void *r;                            /* struct cmrp_get_notify or cmrp_get_notify_v2 */
    uint16_t opnum;
    uint64_t port;
    uint32_t release;                   /* non-zero: answer with this, no event */
};

/* What an HNOTIFY_RPC remembers. */
struct notify_context
{
    struct cmrp_model *model;
    uint64_t port;
    bool unblocked;                     /* ApiUnblockGetNotifyCall was called */
};

static void trace(struct dcesrv_call_state *call, const char *message)
{
    const struct cmrp_endpoint *endpoint = endpoint_of(call);

    if (endpoint->trace && endpoint->trace_level >= CMRP_TRACE_CALLS)
        endpoint->trace(endpoint->trace_data, CMRP_TRACE_CALLS, message);
}

/* ---- the model's hooks ---- */

static void hook_event_queued(void *data, uint64_t port);

static uint64_t hook_now_ms(void *data)
{
    const struct notify_state *state = data;

    return state->previous.now_ms(state->previous.data);
}

static uint64_t hook_now_filetime(void *data)
{
    const struct notify_state *state = data;

    return state->previous.now_filetime(state->previous.data);
}

static void hook_node_evicted(void *data, const struct cmrp_node *node)
{
    const struct notify_state *state = data;

    state->previous.node_evicted(state->previous.data, node);
}

/* The state installed for model, or NULL. */
static struct notify_state *installed_state(const struct cmrp_model *model)
{
    return model->hooks.event_queued == hook_event_queued ? model->hooks.data : NULL;
}

static void unlink_waiter(struct notify_waiter *waiter)
{
    struct notify_state *state = waiter->state;

    if (!state) return;
    if (waiter->prev) waiter->prev->next = waiter->next;
    else state->waiters = waiter->next;
    if (waiter->next) waiter->next->prev = waiter->prev;
    waiter->prev = waiter->next = NULL;
    waiter->state = NULL;
    if (!state->waiters) TALLOC_FREE(state->poll);
}

static int state_destructor(struct notify_state *state)
{
    while (state->waiters) unlink_waiter(state->waiters);
    /* the host's hooks again */
    if (installed_state(state->model) == state) cmrp_model_set_hooks(state->model, &state->previous);
    return 0;
}

/* The state of the endpoint's model, installing the hooks the first time. */
static struct notify_state *notify_state(struct dcesrv_call_state *call, struct cmrp_model *model)
{
    struct notify_state *state = installed_state(model);
    struct cmrp_model_hooks hooks;

    if (state) return state;
    if (!(state = talloc_zero(call->conn->dce_ctx, struct notify_state))) return NULL;
    state->model = model;
    state->previous = model->hooks;
    if (!(state->wake = tevent_create_immediate(state)))
    {
        talloc_free(state);
        return NULL;
    }
    memset(&hooks, 0, sizeof(hooks));
    hooks.now_ms = state->previous.now_ms ? hook_now_ms : NULL;
    hooks.now_filetime = state->previous.now_filetime ? hook_now_filetime : NULL;
    hooks.event_queued = hook_event_queued;
    hooks.node_evicted = state->previous.node_evicted ? hook_node_evicted : NULL;
    hooks.data = state;
    cmrp_model_set_hooks(model, &hooks);
    talloc_set_destructor(state, state_destructor);
    return state;
}

/* ---- answering waiting calls ---- */

static void process_waiters(struct tevent_context *ev, struct tevent_immediate *im, void *private_data);

static void schedule(struct notify_state *state)
{
    if (state->ev && state->waiters) tevent_schedule_immediate(state->wake, state->ev, process_waiters, state);
}

static void hook_event_queued(void *data, uint64_t port)
{
    struct notify_state *state = data;
    struct notify_waiter *waiter;

    if (state->previous.event_queued) state->previous.event_queued(state->previous.data, port);
    /* answered from the event loop, not from inside the model */
    for (waiter = state->waiters; waiter; waiter = waiter->next)
        if (waiter->port == port)
        {
            schedule(state);
            break;
        }
}

/* Fills r with the oldest event of port: a Win32 code (259 if there is none). */
static uint32_t take_event(struct cmrp_model *model, uint64_t port, struct cmrp_get_notify *r)
{
    struct cmrp_event event;
    uint32_t status = cmrp_model_get_notify(model, port, &event);

    r->notify_key = r->filter = r->state_sequence = 0;
    r->name = "";
    if (status != CMRP_ERR_SUCCESS) return status;
    r->notify_key = event.notify_key;
    r->filter = event.filter;
    r->state_sequence = event.state_sequence;
    if (!(r->name = talloc_strdup(r, event.name ? event.name : "")))
    {
        r->name = "";
        status = CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    cmrp_event_clear(&event);
    return status;
}

/* Fills r with the queued events of port, oldest first, as many as one
 * answer carries: a Win32 code (259 if there is none). */
static uint32_t take_events_v2(struct cmrp_model *model, uint64_t port, struct cmrp_get_notify_v2 *r)
{
    size_t pending = cmrp_model_notify_pending(model, port), i;
    uint32_t status = CMRP_ERR_SUCCESS;

    r->notifications = NULL;
    r->count = 0;
    if (!pending) return CMRP_ERR_NO_MORE_ITEMS;
    if (pending > MAX_V2_BATCH) pending = MAX_V2_BATCH;
    if (!(r->notifications = talloc_zero_array(r, struct cmrp_notification, pending))) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    for (i = 0; i < pending && !status; i++)
    {
        struct cmrp_notification *n = &r->notifications[i];
        struct cmrp_event event;

        if ((status = cmrp_model_get_notify(model, port, &event))) break;
        n->notify_key = event.notify_key;
        n->filter.object_type = event.object_type;
        n->filter.flags = event.flags;
        n->buffer_size = event.buffer_size;
        n->buffer = event.buffer_size ? talloc_memdup(r->notifications, event.buffer, event.buffer_size) : NULL;
        n->object_id = talloc_strdup(r->notifications, event.id ? event.id : "");
        n->parent_id = talloc_strdup(r->notifications, event.parent_id ? event.parent_id : "");
        n->name = talloc_strdup(r->notifications, event.name ? event.name : "");
        n->type = talloc_strdup(r->notifications, event.type_name ? event.type_name : "");
        if ((event.buffer_size && !n->buffer) || !n->object_id || !n->parent_id || !n->name || !n->type)
            status = CMRP_ERR_NOT_ENOUGH_MEMORY;
        cmrp_event_clear(&event);
        r->count = i + 1;
    }
    if (status)
    {
        /* what was taken is lost either way; say so rather than half-answer */
        TALLOC_FREE(r->notifications);
        r->count = 0;
    }
    return status;
}

/* Fills r with the oldest batch of a batch port (259 if there is none). */
static uint32_t take_batch(struct cmrp_model *model, uint64_t port, struct cmrp_get_batch_notification *r)
{
    struct cmrp_batch batch;
    uint32_t status = cmrp_model_get_batch(model, port, &batch);

    r->size = 0;
    r->data = NULL;
    if (status) return status;
    status = cmrp_batch_bytes(r, &batch, &r->data, &r->size);
    cmrp_batch_free(&batch);
    return status;
}

static uint32_t take(struct cmrp_model *model, uint16_t opnum, uint64_t port, void *r)
{
    if (opnum == CMRP_GET_NOTIFY_V2) return take_events_v2(model, port, r);
    if (opnum == CMRP_GET_BATCH_NOTIFICATION) return take_batch(model, port, r);
    return take_event(model, port, r);
}

static size_t pending(const struct cmrp_model *model, uint16_t opnum, uint64_t port)
{
    if (opnum == CMRP_GET_BATCH_NOTIFICATION) return cmrp_model_batch_pending(model, port);
    return cmrp_model_notify_pending(model, port);
}

/* Sends a waiting call's answer (it is freed by dcesrv_core afterwards). */
static void answer(struct notify_waiter *waiter, uint32_t result)
{
    struct dcesrv_call_state *call = waiter->call;
    NTSTATUS status;

    unlink_waiter(waiter);
    talloc_set_destructor(waiter, NULL);
    if (waiter->opnum == CMRP_GET_BATCH_NOTIFICATION)
    {
        struct cmrp_get_batch_notification *r = waiter->r;

        r->result = result;
        trace(call, result ? "opnum 115 ApiGetBatchNotification: released"
                           : "opnum 115 ApiGetBatchNotification: answered after waiting");
    }
    else if (waiter->opnum == CMRP_GET_NOTIFY_V2)
    {
        struct cmrp_get_notify_v2 *r = waiter->r;

        r->result = result;
        trace(call, result ? "opnum 139 ApiGetNotifyV2: released" : "opnum 139 ApiGetNotifyV2: answered after waiting");
    }
    else
    {
        struct cmrp_get_notify *r = waiter->r;

        r->rpc_status = 0;
        r->result = result;
        trace(call, result ? "opnum 65 ApiGetNotify: released" : "opnum 65 ApiGetNotify: answered after waiting");
    }
    status = dcesrv_reply(call);
    if (!NT_STATUS_IS_OK(status)) trace(call, "opnum 65 ApiGetNotify: the deferred reply failed");
}

/* Whether a waiting call can be finished now. */
static bool ready(const struct notify_state *state, const struct notify_waiter *waiter)
{
    return waiter->call->conn->terminate || waiter->release || pending(state->model, waiter->opnum, waiter->port);
}

static void process_waiters(struct tevent_context *ev, struct tevent_immediate *im, void *private_data)
{
    struct notify_state *state = private_data;
    struct notify_waiter *waiter;

    /* each round finishes one call, which leaves the list; a reply may free
     * calls, so every round starts again from the head */
    for (;;)
    {
        for (waiter = state->waiters; waiter; waiter = waiter->next)
            if (ready(state, waiter)) break;
        if (!waiter) break;
        if (waiter->call->conn->terminate)
        {
            /* the client is gone: nobody to answer; dcesrv_core finishes
             * the connection once it has no call pending */
            struct dcesrv_context *dce_ctx = waiter->call->conn->dce_ctx;

            unlink_waiter(waiter);
            talloc_set_destructor(waiter, NULL);
            talloc_free(waiter->call);
            dcesrv_cleanup_broken_connections(dce_ctx);
        }
        else if (waiter->release) answer(waiter, waiter->release);
        else answer(waiter, take(state->model, waiter->opnum, waiter->port, waiter->r));
    }
}

static void poll_fired(struct tevent_context *ev, struct tevent_timer *timer, struct timeval now, void *private_data)
{
    struct notify_state *state = private_data;

    state->poll = NULL;             /* tevent frees a timer once it has fired */
    process_waiters(ev, NULL, state);
    if (state->waiters && state->ev)
        state->poll = tevent_add_timer(state->ev, state, tevent_timeval_current_ofs(0, POLL_INTERVAL_US),
                                       poll_fired, state);
}

static int waiter_destructor(struct notify_waiter *waiter)
{
    unlink_waiter(waiter);
    return 0;
}

/* Defers call until its port has an event or is released. */
static bool wait_for_event(struct dcesrv_call_state *call, struct notify_state *state, uint64_t port, void *r)
{
    struct notify_waiter *waiter = talloc_zero(call, struct notify_waiter), *last;

    if (!waiter) return false;
    waiter->state = state;
    waiter->call = call;
    waiter->r = r;
    waiter->opnum = call->pkt.u.request.opnum;
    waiter->port = port;
    for (last = state->waiters; last && last->next; last = last->next) {}
    if (last)
    {
        last->next = waiter;
        waiter->prev = last;
    }
    else state->waiters = waiter;
    talloc_set_destructor(waiter, waiter_destructor);
    if (!state->ev) state->ev = call->event_ctx;
    if (!state->poll)
        state->poll = tevent_add_timer(state->ev, state, tevent_timeval_current_ofs(0, POLL_INTERVAL_US),
                                       poll_fired, state);
    call->state_flags |= DCESRV_CALL_STATE_FLAG_ASYNC;
    return true;
}

/* Every call waiting on port ends with result, from the event loop. */
static void release_port(struct notify_state *state, uint64_t port, uint32_t result)
{
    struct notify_waiter *waiter;

    if (!state) return;
    for (waiter = state->waiters; waiter; waiter = waiter->next)
        if (waiter->port == port && !waiter->release) waiter->release = result;
    schedule(state);
}

/* ---- notification handles ---- */

static int notify_context_destructor(struct notify_context *context)
{
    /* ApiCloseNotify, or the association's rundown */
    release_port(installed_state(context->model), context->port, CMRP_ERR_INVALID_FUNCTION);
    cmrp_model_close_notify(context->model, context->port);
    return 0;
}

static uint32_t resolve_notify(struct dcesrv_call_state *call, const struct policy_handle *wire_handle,
                               struct notify_context **context)
{
    struct dcesrv_handle *handle = find_handle(call, wire_handle, CMRP_HANDLE_NOTIFY);

    if (!handle || !handle->data) return DCERPC_FAULT_CONTEXT_MISMATCH;
    *context = handle->data;
    return 0;
}

/* The version a method's port must have. */
static uint32_t version_of(struct dcesrv_call_state *call)
{
    switch (call->pkt.u.request.opnum)
    {
    case CMRP_CREATE_NOTIFY_V2:
    case CMRP_ADD_NOTIFY_V2:
    case CMRP_GET_NOTIFY_V2:
    case CMRP_ADD_NOTIFY_RESOURCE_TYPE_V2:
        return 2;
    default:
        return 1;
    }
}

/* As resolve_notify, and *result is ERROR_INVALID_HANDLE for a port of the
 * other version. */
static uint32_t resolve_versioned(struct dcesrv_call_state *call, const struct policy_handle *wire_handle,
                                  struct notify_context **context, uint32_t *result)
{
    uint32_t fault = resolve_notify(call, wire_handle, context);

    *result = 0;
    if (!fault && cmrp_model_notify_version((*context)->model, (*context)->port) != version_of(call))
        *result = CMRP_ERR_INVALID_HANDLE;
    return fault;
}

/* Opnums 55, 137 */
static uint32_t api_create_notify(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                  void *call_struct)
{
    struct cmrp_create_handle *r = call_struct;
    struct dcesrv_handle *handle;
    struct notify_context *context;
    uint64_t port = 0;

    memset(&r->handle, 0, sizeof(r->handle));
    r->rpc_status = 0;
    if (endpoint->model->client_access == CMRP_ACCESS_NONE)
    {
        r->status = CMRP_ERR_ACCESS_DENIED;
        return 0;
    }
    /* the hooks go in before any event can be missed */
    if (!notify_state(call, endpoint->model))
    {
        r->status = CMRP_ERR_NOT_ENOUGH_MEMORY;
        return 0;
    }
    if ((r->status = cmrp_model_create_notify_version(endpoint->model, version_of(call), &port))) return 0;
    handle = dcesrv_handle_create(call, CMRP_HANDLE_NOTIFY);
    context = handle ? talloc_zero(handle, struct notify_context) : NULL;
    if (!context)
    {
        talloc_free(handle);
        cmrp_model_close_notify(endpoint->model, port);
        r->status = CMRP_ERR_NOT_ENOUGH_MEMORY;
        return 0;
    }
    context->model = endpoint->model;
    context->port = port;
    talloc_set_destructor(context, notify_context_destructor);
    handle->data = context;
    r->handle = handle->wire_handle;
    r->status = CMRP_ERR_SUCCESS;
    return 0;
}

/* Opnum 56 */
static uint32_t api_close_notify(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                 void *call_struct)
{
    /* the context's destructor releases the waiting calls and the port */
    return close_handle_of_type(call, call_struct, CMRP_HANDLE_NOTIFY);
}

/* Opnum 57 */
static uint32_t api_add_notify_cluster(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                       void *call_struct)
{
    struct cmrp_add_notify_cluster *r = call_struct;
    struct notify_context *context;
    struct cmrp_object *cluster;
    enum cmrp_access access;
    uint32_t fault;

    r->rpc_status = 0;
    if ((fault = resolve_versioned(call, &r->notify, &context, &r->result)) || r->result) return fault;
    if ((fault = cmrp_handle_object(call, &r->cluster, CMRP_HANDLE_CLUSTER, &cluster, &access, &r->result))
        || r->result)
        return fault;
    r->result = cmrp_model_add_notify_cluster(endpoint->model, context->port, r->filter, r->notify_key);
    return 0;
}

/* The kind of object handle each ApiAddNotify<Kind> / ApiReAddNotify<Kind> takes. */
static const struct
{
    uint16_t opnum;
    enum cmrp_handle_type type;
}
object_notify_opnums[] =
{
    { CMRP_ADD_NOTIFY_NODE, CMRP_HANDLE_NODE },
    { CMRP_ADD_NOTIFY_GROUP, CMRP_HANDLE_GROUP },
    { CMRP_ADD_NOTIFY_RESOURCE, CMRP_HANDLE_RESOURCE },
    { CMRP_ADD_NOTIFY_NETWORK, CMRP_HANDLE_NETWORK },
    { CMRP_ADD_NOTIFY_NET_INTERFACE, CMRP_HANDLE_NETINTERFACE },
    { CMRP_READD_NOTIFY_NODE, CMRP_HANDLE_NODE },
    { CMRP_READD_NOTIFY_GROUP, CMRP_HANDLE_GROUP },
    { CMRP_READD_NOTIFY_RESOURCE, CMRP_HANDLE_RESOURCE },
    { CMRP_READD_NOTIFY_NETWORK, CMRP_HANDLE_NETWORK },
    { CMRP_READD_NOTIFY_NET_INTERFACE, CMRP_HANDLE_NETINTERFACE },
};

/* The port and the object of an ApiAddNotify<Kind> / ApiReAddNotify<Kind>. */
static uint32_t resolve_pair(struct dcesrv_call_state *call, const struct policy_handle *notify,
                             const struct policy_handle *object_handle, struct notify_context **context,
                             struct cmrp_object **object, uint32_t *status)
{
    uint16_t opnum = call->pkt.u.request.opnum;
    enum cmrp_access access;
    uint32_t fault;
    size_t i;

    for (i = 0; i < sizeof(object_notify_opnums) / sizeof(object_notify_opnums[0]); i++)
        if (object_notify_opnums[i].opnum == opnum) break;
    if (i == sizeof(object_notify_opnums) / sizeof(object_notify_opnums[0])) return DCERPC_FAULT_OP_RNG_ERROR;
    if ((fault = resolve_versioned(call, notify, context, status)) || *status) return fault;
    return cmrp_handle_object(call, object_handle, object_notify_opnums[i].type, object, &access, status);
}

/* Opnums 58, 59, 60, 90, 99 */
static uint32_t api_add_notify_object(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                      void *call_struct)
{
    struct cmrp_add_notify_object *r = call_struct;
    struct notify_context *context;
    struct cmrp_object *object;
    uint32_t fault;

    r->rpc_status = 0;
    r->state_sequence = 0;
    if ((fault = resolve_pair(call, &r->notify, &r->object, &context, &object, &r->result)) || r->result)
        return fault;
    r->result = cmrp_model_add_notify_object(endpoint->model, context->port, object, r->filter, r->notify_key,
                                             &r->state_sequence);
    return 0;
}

/* Opnums 62, 63, 64, 91, 100 */
static uint32_t api_readd_notify_object(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                        void *call_struct)
{
    struct cmrp_readd_notify_object *r = call_struct;
    struct notify_context *context;
    struct cmrp_object *object;
    uint32_t fault;

    r->rpc_status = 0;
    if ((fault = resolve_pair(call, &r->notify, &r->object, &context, &object, &r->result)) || r->result)
        return fault;
    r->result = cmrp_model_readd_notify_object(endpoint->model, context->port, object, r->filter, r->notify_key,
                                               r->state_sequence);
    return 0;
}

/* Opnum 61 */
static uint32_t api_add_notify_key(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                   void *call_struct)
{
    struct cmrp_add_notify_key *r = call_struct;
    struct notify_context *context;
    enum cmrp_access access;
    uint64_t key;
    uint32_t fault;

    r->rpc_status = 0;
    if ((fault = resolve_versioned(call, &r->notify, &context, &r->result)) || r->result) return fault;
    if ((fault = cmrp_handle_key(call, &r->key, &key, &access))) return fault;
    r->result = cmrp_model_add_notify_key(endpoint->model, context->port, key, r->filter, r->notify_key,
                                          r->watch_subtree != 0);
    return 0;
}

/* What ApiGetNotify, ApiGetNotifyV2 and ApiGetBatchNotification share, once
 * their port is resolved: what port has queued is taken now; else a port
 * unblocked (ApiUnblockGetNotifyCall) or a call that cannot be deferred gets
 * ERROR_NO_MORE_ITEMS; else the call waits (waiting: its trace).  What is
 * taken, and how a waiting call is answered, follows the call's opnum. */
static void take_or_wait(struct dcesrv_call_state *call, struct cmrp_model *model, uint64_t port, bool unblocked,
                         void *r, uint32_t *result, const char *waiting)
{
    uint16_t opnum = call->pkt.u.request.opnum;
    struct notify_state *state;

    if (pending(model, opnum, port)) *result = take(model, opnum, port, r);
    else if (unblocked || !(call->state_flags & DCESRV_CALL_STATE_FLAG_MAY_ASYNC)) *result = CMRP_ERR_NO_MORE_ITEMS;
    else if (!(state = notify_state(call, model)) || !wait_for_event(call, state, port, r))
        *result = CMRP_ERR_NOT_ENOUGH_MEMORY;
    else trace(call, waiting);
}

/* Opnum 65 */
static uint32_t api_get_notify(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                               void *call_struct)
{
    struct cmrp_get_notify *r = call_struct;
    struct notify_context *context;
    uint32_t fault;

    r->rpc_status = 0;
    r->notify_key = r->filter = r->state_sequence = 0;
    r->name = "";
    if ((fault = resolve_versioned(call, &r->notify, &context, &r->result)) || r->result) return fault;
    take_or_wait(call, endpoint->model, context->port, context->unblocked, r, &r->result,
                 "opnum 65 ApiGetNotify: waiting for an event");
    return 0;
}

/* The handle type an ApiAddNotifyV2 object of a CLUSTER_OBJECT_TYPE is, when targeted. */
static enum cmrp_handle_type v2_handle_type(uint32_t object_type)
{
    switch (object_type)
    {
    case CMRP_OBJECT_GROUP:        return CMRP_HANDLE_GROUP;
    case CMRP_OBJECT_RESOURCE:     return CMRP_HANDLE_RESOURCE;
    case CMRP_OBJECT_NETINTERFACE: return CMRP_HANDLE_NETINTERFACE;
    case CMRP_OBJECT_NETWORK:      return CMRP_HANDLE_NETWORK;
    case CMRP_OBJECT_NODE:         return CMRP_HANDLE_NODE;
    case CMRP_OBJECT_GROUPSET:     return CMRP_HANDLE_GROUPSET;
    case CMRP_V2_TYPE_REGISTRY:    return CMRP_HANDLE_KEY;
    default:                       return CMRP_HANDLE_CLUSTER;
    }
}

/* Opnum 138 */
static uint32_t api_add_notify_v2(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                  void *call_struct)
{
    struct cmrp_add_notify_v2 *r = call_struct;
    enum cmrp_handle_type type = v2_handle_type(r->filter.object_type);
    struct notify_context *context;
    struct cmrp_object *object = NULL;
    enum cmrp_access access;
    uint64_t key = 0;
    uint32_t fault;

    r->rpc_status = 0;
    if ((fault = resolve_versioned(call, &r->notify, &context, &r->result)) || r->result) return fault;
    if (r->version != 2)
    {
        r->result = CMRP_ERR_INVALID_PARAMETER;
        return 0;
    }
    /* not targeted: hObject is the cluster, whatever the type (MS-CMRP 3.1.4.2.137) */
    if (!r->targeted && type != CMRP_HANDLE_KEY) type = CMRP_HANDLE_CLUSTER;
    if (type == CMRP_HANDLE_KEY) fault = cmrp_handle_key(call, &r->object, &key, &access);
    else fault = cmrp_handle_object(call, &r->object, type, &object, &access, &r->result);
    if (fault || r->result) return fault;
    r->result = cmrp_model_add_notify_v2(endpoint->model, context->port, object, key, r->filter.object_type,
                                         r->filter.flags, r->notify_key);
    return 0;
}

/* Opnum 155 */
static uint32_t api_add_notify_resource_type_v2(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                                void *call_struct)
{
    struct cmrp_add_notify_resource_type_v2 *r = call_struct;
    struct notify_context *context;
    uint32_t fault;

    r->rpc_status = 0;
    if ((fault = resolve_versioned(call, &r->notify, &context, &r->result)) || r->result) return fault;
    if (r->version != 2)
    {
        r->result = CMRP_ERR_INVALID_PARAMETER;
        return 0;
    }
    r->result = cmrp_model_add_notify_resource_type_v2(endpoint->model, context->port, r->type_name, r->filter,
                                                       r->notify_key);
    return 0;
}

/* Opnum 139 */
static uint32_t api_get_notify_v2(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                  void *call_struct)
{
    struct cmrp_get_notify_v2 *r = call_struct;
    struct notify_context *context;
    uint32_t fault;

    r->notifications = NULL;
    r->count = 0;
    if ((fault = resolve_versioned(call, &r->notify, &context, &r->result)) || r->result) return fault;
    take_or_wait(call, endpoint->model, context->port, context->unblocked, r, &r->result,
                 "opnum 139 ApiGetNotifyV2: waiting for an event");
    return 0;
}

/* ---- registry batch ports ---- */

struct batch_port_context
{
    struct cmrp_model *model;
    uint64_t port;
};

static int batch_port_context_destructor(struct batch_port_context *context)
{
    /* ApiCloseBatchPort, or the association's rundown: a waiting
     * ApiGetBatchNotification ends with ERROR_NO_MORE_ITEMS (MS-CMRP 3.1.4.2.115) */
    release_port(installed_state(context->model), context->port, CMRP_ERR_NO_MORE_ITEMS);
    cmrp_model_close_batch_port(context->model, context->port);
    return 0;
}

/* Opnum 114 */
static uint32_t api_create_batch_port(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                      void *call_struct)
{
    struct cmrp_create_batch_port *r = call_struct;
    struct batch_port_context *context;
    struct dcesrv_handle *handle;
    enum cmrp_access access;
    uint64_t key, port = 0;
    uint32_t fault;

    r->rpc_status = 0;
    memset(&r->port, 0, sizeof(r->port));
    if ((fault = cmrp_handle_key(call, &r->key, &key, &access))) return fault;
    if (!notify_state(call, endpoint->model))
    {
        r->result = CMRP_ERR_NOT_ENOUGH_MEMORY;
        return 0;
    }
    if ((r->result = cmrp_model_create_batch_port(endpoint->model, key, &port))) return 0;
    handle = dcesrv_handle_create(call, CMRP_HANDLE_BATCH_PORT);
    context = handle ? talloc_zero(handle, struct batch_port_context) : NULL;
    if (!context)
    {
        talloc_free(handle);
        cmrp_model_close_batch_port(endpoint->model, port);
        r->result = CMRP_ERR_NOT_ENOUGH_MEMORY;
        return 0;
    }
    context->model = endpoint->model;
    context->port = port;
    talloc_set_destructor(context, batch_port_context_destructor);
    handle->data = context;
    r->port = handle->wire_handle;
    return 0;
}

/* Opnum 115 */
static uint32_t api_get_batch_notification(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                           void *call_struct)
{
    struct cmrp_get_batch_notification *r = call_struct;
    struct dcesrv_handle *handle = find_handle(call, &r->port, CMRP_HANDLE_BATCH_PORT);
    struct batch_port_context *context;

    r->size = 0;
    r->data = NULL;
    if (!handle || !(context = handle->data)) return DCERPC_FAULT_CONTEXT_MISMATCH;
    /* a batch port has no ApiUnblockGetNotifyCall: only closing it ends a wait */
    take_or_wait(call, endpoint->model, context->port, false, r, &r->result,
                 "opnum 115 ApiGetBatchNotification: waiting for a batch");
    return 0;
}

/* Opnum 116 */
static uint32_t api_close_batch_port(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                     void *call_struct)
{
    return close_handle_of_type(call, call_struct, CMRP_HANDLE_BATCH_PORT);
}

/* Opnum 107 */
static uint32_t api_unblock_get_notify_call(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                            void *call_struct)
{
    struct cmrp_handle_in *r = call_struct;
    struct notify_context *context;
    uint32_t fault;

    if ((fault = resolve_notify(call, &r->handle, &context))) return fault;
    context->unblocked = true;
    release_port(installed_state(endpoint->model), context->port, CMRP_ERR_INVALID_FUNCTION);
    r->result = CMRP_ERR_SUCCESS;
    return 0;
}

const struct cmrp_handler_entry cmrp_notify_handlers[] =
{
    { CMRP_CREATE_NOTIFY,              api_create_notify },
    { CMRP_CLOSE_NOTIFY,               api_close_notify },
    { CMRP_ADD_NOTIFY_CLUSTER,         api_add_notify_cluster },
    { CMRP_ADD_NOTIFY_NODE,            api_add_notify_object },
    { CMRP_ADD_NOTIFY_GROUP,           api_add_notify_object },
    { CMRP_ADD_NOTIFY_RESOURCE,        api_add_notify_object },
    { CMRP_ADD_NOTIFY_KEY,             api_add_notify_key },
    { CMRP_READD_NOTIFY_NODE,          api_readd_notify_object },
    { CMRP_READD_NOTIFY_GROUP,         api_readd_notify_object },
    { CMRP_READD_NOTIFY_RESOURCE,      api_readd_notify_object },
    { CMRP_GET_NOTIFY,                 api_get_notify },
    { CMRP_ADD_NOTIFY_NETWORK,         api_add_notify_object },
    { CMRP_READD_NOTIFY_NETWORK,       api_readd_notify_object },
    { CMRP_ADD_NOTIFY_NET_INTERFACE,   api_add_notify_object },
    { CMRP_READD_NOTIFY_NET_INTERFACE, api_readd_notify_object },
    { CMRP_UNBLOCK_GET_NOTIFY_CALL,    api_unblock_get_notify_call },
    { CMRP_CREATE_NOTIFY_V2,           api_create_notify },
    { CMRP_ADD_NOTIFY_V2,              api_add_notify_v2 },
    { CMRP_GET_NOTIFY_V2,              api_get_notify_v2 },
    { CMRP_ADD_NOTIFY_RESOURCE_TYPE_V2, api_add_notify_resource_type_v2 },
    { CMRP_CREATE_BATCH_PORT,          api_create_batch_port },
    { CMRP_GET_BATCH_NOTIFICATION,     api_get_batch_notification },
    { CMRP_CLOSE_BATCH_PORT,           api_close_batch_port },
    { 0, NULL }
};
