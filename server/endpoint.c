/*
 * The clusapi v3.0 dcesrv interface (see endpoint.h).
 *
 * dcesrv_core calls, for each request: ndr_pull (codec, NDR_IN), dispatch
 * (the handler of the opnum, which asks the model), reply, ndr_push (codec,
 * NDR_OUT).  A handler answers with a DCE/RPC fault code: 0 means "send the
 * reply", anything else is sent as a fault PDU instead.  Method-level errors
 * are never faults; they travel in the reply's Status or return value.
 */
#include "server/endpoint_internal.h"

#include <string.h>
#include <time.h>
#include <talloc.h>
#include <tevent.h>
#include <gen_ndr/dcerpc.h>

const struct cmrp_endpoint *endpoint_of(struct dcesrv_call_state *call)
{
    return call->context->iface->private_data;
}

static uint16_t opnum_of(struct dcesrv_call_state *call)
{
    return call->pkt.u.request.opnum;
}

static void trace(const struct cmrp_endpoint *endpoint, int level, const char *message)
{
    if (endpoint->trace && message) endpoint->trace(endpoint->trace_data, level, message);
}

/* ---- context handles ---- */

/* A new handle of type CMRP_HANDLE_CLUSTER carrying access; returns a Win32 code. */
static uint32_t new_cluster_handle(struct dcesrv_call_state *call, enum cmrp_access access,
                                   struct policy_handle *wire_handle)
{
    struct dcesrv_handle *handle;
    struct cmrp_handle_data *context;

    handle = dcesrv_handle_create(call, CMRP_HANDLE_CLUSTER);
    if (!handle) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    context = talloc_zero(handle, struct cmrp_handle_data);
    if (!context)
    {
        talloc_free(handle);
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    context->access = access;
    handle->data = context;
    *wire_handle = handle->wire_handle;
    return CMRP_ERR_SUCCESS;
}

/* The live handle a client names, or NULL.  A zero handle is never valid:
 * dcesrv_handle_lookup() would create a fresh one for it. */
struct dcesrv_handle *find_handle(struct dcesrv_call_state *call, const struct policy_handle *wire_handle,
                                  enum cmrp_handle_type type)
{
    if (ndr_policy_handle_empty(wire_handle)) return NULL;
    return dcesrv_handle_lookup(call, wire_handle, type);
}

/* Every ApiClose*: the handle goes (its destructor releases what it holds),
 * the client's copy is zeroed.  An unknown handle is the fault the MS RPC
 * runtime gives for an unknown [in] context handle. */
uint32_t close_handle_of_type(struct dcesrv_call_state *call, struct cmrp_close_handle *r,
                              enum cmrp_handle_type type)
{
    struct dcesrv_handle *handle = find_handle(call, &r->handle, type);

    if (!handle) return DCERPC_FAULT_CONTEXT_MISMATCH;
    talloc_free(handle);
    memset(&r->handle, 0, sizeof(r->handle));
    r->result = CMRP_ERR_SUCCESS;
    return 0;
}

/* ---- the model's clock: pending states ---- */

/* What cmrp_endpoint_start_timers() keeps. */
struct cmrp_endpoint_timer
{
    struct cmrp_endpoint *endpoint;
    struct tevent_context *ev;      /* the host's, or NULL: each call's */
    struct tevent_timer *timer;     /* armed for due_ms on armed_ev, or NULL */
    struct tevent_context *armed_ev;
    uint64_t due_ms;
};

/* The model's own clock (its hook, else CLOCK_MONOTONIC), in milliseconds. */
static uint64_t model_now_ms(const struct cmrp_model *model)
{
    struct timespec now;

    if (model->hooks.now_ms) return model->hooks.now_ms(model->hooks.data);
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (uint64_t)now.tv_sec * 1000 + (uint64_t)now.tv_nsec / 1000000;
}

static void arm_timer(struct cmrp_endpoint_timer *timer, struct tevent_context *ev);

static void timer_fired(struct tevent_context *ev, struct tevent_timer *te, struct timeval now, void *private_data)
{
    struct cmrp_endpoint_timer *timer = private_data;

    timer->timer = NULL;            /* tevent frees a timer once it has fired */
    cmrp_model_tick(timer->endpoint->model, model_now_ms(timer->endpoint->model));
    arm_timer(timer, ev);
}

/* A timer for the model's next deadline, unless one is armed for it already. */
static void arm_timer(struct cmrp_endpoint_timer *timer, struct tevent_context *ev)
{
    const struct cmrp_model *model = timer->endpoint->model;
    uint64_t due, now, delay;

    if (timer->ev) ev = timer->ev;
    if (!ev || !cmrp_model_next_deadline(model, &due))
    {
        TALLOC_FREE(timer->timer);
        return;
    }
    if (timer->timer && timer->due_ms == due && timer->armed_ev == ev) return;
    TALLOC_FREE(timer->timer);
    now = model_now_ms(model);
    delay = due > now ? due - now : 0;
    timer->timer = tevent_add_timer(ev, timer, tevent_timeval_current_ofs(delay / 1000, (delay % 1000) * 1000),
                                    timer_fired, timer);
    /* out of memory: the next call tries again */
    timer->due_ms = due;
    timer->armed_ev = ev;
}

static int timer_destructor(struct cmrp_endpoint_timer *timer)
{
    if (timer->endpoint->timer == timer) timer->endpoint->timer = NULL;
    return 0;
}

bool cmrp_endpoint_start_timers(struct cmrp_endpoint *endpoint, TALLOC_CTX *mem_ctx, struct tevent_context *ev)
{
    struct cmrp_endpoint_timer *timer;

    cmrp_endpoint_stop_timers(endpoint);
    timer = talloc_zero(mem_ctx, struct cmrp_endpoint_timer);
    if (!timer) return false;
    timer->endpoint = endpoint;
    timer->ev = ev;
    talloc_set_destructor(timer, timer_destructor);
    endpoint->timer = timer;
    /* a configuration may start with something pending */
    arm_timer(timer, ev);
    return true;
}

void cmrp_endpoint_stop_timers(struct cmrp_endpoint *endpoint)
{
    TALLOC_FREE(endpoint->timer);
}

/* ---- the methods, one handler per opnum ---- */

/* The node a connection answers as (see struct cmrp_endpoint). */
static const struct cmrp_node *answering_node(const struct cmrp_endpoint *endpoint, struct dcesrv_connection *conn)
{
    const struct cmrp_node *node = endpoint->connection_node
                                   ? endpoint->connection_node(endpoint->connection_node_data, conn) : endpoint->node;

    return node ? node : cmrp_model_local_node(endpoint->model);
}

/* Opnum 0 */
static uint32_t api_open_cluster(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint, void *call_struct)
{
    struct cmrp_open_cluster *r = call_struct;
    enum cmrp_access granted;

    memset(&r->handle, 0, sizeof(r->handle));
    r->status = cmrp_model_open_cluster(endpoint->model, &granted);
    if (r->status == CMRP_ERR_SUCCESS) r->status = new_cluster_handle(call, granted, &r->handle);
    return 0;
}

/* Opnum 1 */
static uint32_t api_close_cluster(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint, void *call_struct)
{
    return close_handle_of_type(call, call_struct, CMRP_HANDLE_CLUSTER);
}

/* Opnum 2 */
static uint32_t api_set_cluster_name(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint, void *call_struct)
{
    struct cmrp_string_in *r = call_struct;

    r->rpc_status = 0;
    r->result = cmrp_model_set_cluster_name(endpoint->model, r->string);
    return 0;
}

/* Opnum 3 */
static uint32_t api_get_cluster_name(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint, void *call_struct)
{
    struct cmrp_get_cluster_name *r = call_struct;

    /* The model outlives the call, so its strings can be pushed as they are. */
    r->cluster_name = endpoint->model->cluster_name;
    r->node_name = answering_node(endpoint, call->conn)->name;
    r->result = CMRP_ERR_SUCCESS;
    return 0;
}

/* Opnum 4: what every v3 server answers; clients use opnum 102. */
static uint32_t api_get_cluster_version(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                        void *call_struct)
{
    struct cmrp_get_cluster_version *r = call_struct;

    r->result = CMRP_ERR_CALL_NOT_IMPLEMENTED;
    return 0;
}

/* Opnum 102 */
static uint32_t api_get_cluster_version2(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                         void *call_struct)
{
    struct cmrp_get_cluster_version2 *r = call_struct;
    const struct cmrp_cluster_version *version = &endpoint->model->version;
    struct cmrp_opver_info *opver;

    r->rpc_status = 0;
    opver = talloc_zero(r, struct cmrp_opver_info);
    if (!opver)
    {
        r->result = CMRP_ERR_NOT_ENOUGH_MEMORY;
        return 0;
    }
    opver->size = sizeof(uint32_t) * 5;    /* dwSize MUST be 20 */
    opver->highest_version = version->highest_version;
    opver->lowest_version = version->lowest_version;
    opver->flags = cmrp_model_version_flags(endpoint->model);

    r->major_version = version->major;
    r->minor_version = version->minor;
    r->build_number = version->build;
    r->vendor_id = version->vendor_id;
    r->csd_version = version->csd_version;
    r->opver = opver;
    r->result = CMRP_ERR_SUCCESS;
    return 0;
}

/* Opnum 108.  MS-CMRP 3.1.4.2.108: a v3.0 server MUST fail it with
 * ERROR_CALL_NOT_IMPLEMENTED (what smbtorture expects of Windows, too); the
 * cluster service no longer has an account password to change.  The method
 * carries a password, so MS-CMRP 2.1 asks PKT_PRIVACY for it even of v2.0
 * servers: below privacy (cmrpd's unauthenticated binds) the answer is
 * ERROR_ACCESS_DENIED.  The status array goes back empty. */
static uint32_t api_set_service_account_password(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                                 void *call_struct)
{
    struct cmrp_set_service_account_password *r = call_struct;
    enum dcerpc_AuthType auth_type;
    enum dcerpc_AuthLevel auth_level;

    r->statuses = NULL;
    r->returned = 0;
    r->expected_size = 0;
    dcesrv_call_auth_info(call, &auth_type, &auth_level);
    r->result = auth_level < DCERPC_AUTH_LEVEL_PRIVACY ? CMRP_ERR_ACCESS_DENIED : CMRP_ERR_CALL_NOT_IMPLEMENTED;
    return 0;
}

/* Opnum 117 */
static uint32_t api_open_cluster_ex(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint, void *call_struct)
{
    struct cmrp_open_cluster_ex *r = call_struct;
    enum cmrp_access granted;

    memset(&r->handle, 0, sizeof(r->handle));
    r->granted_access = 0;
    r->status = cmrp_model_open_cluster_ex(endpoint->model, r->desired_access, &granted);
    if (r->status == CMRP_ERR_SUCCESS) r->status = new_cluster_handle(call, granted, &r->handle);
    if (r->status == CMRP_ERR_SUCCESS) r->granted_access = cmrp_access_granted_mask(granted);
    return 0;
}

const struct cmrp_handler_entry cmrp_cluster_handlers[] =
{
    { CMRP_OPEN_CLUSTER,         api_open_cluster },
    { CMRP_CLOSE_CLUSTER,        api_close_cluster },
    { CMRP_SET_CLUSTER_NAME,     api_set_cluster_name },
    { CMRP_GET_CLUSTER_NAME,     api_get_cluster_name },
    { CMRP_GET_CLUSTER_VERSION,  api_get_cluster_version },
    { CMRP_GET_CLUSTER_VERSION2, api_get_cluster_version2 },
    { CMRP_SET_SERVICE_ACCOUNT_PASSWORD, api_set_service_account_password },
    { CMRP_OPEN_CLUSTER_EX,      api_open_cluster_ex },
    { 0, NULL }
};

/* Every family's handler list (endpoint_internal.h). */
static const struct cmrp_handler_entry *const handler_lists[] =
{
    cmrp_cluster_handlers,
    cmrp_object_handlers,
    cmrp_registry_handlers,
    cmrp_notify_handlers,
    cmrp_control_handlers,
};

/* The handler and codec entry of every served opnum, indexed by opnum: filled
 * once by cmrp_endpoint_interface(), so that a request costs no search. */
static struct
{
    cmrp_handler handler;
    const struct ndr_interface_call *codec;
} served[CMRP_NUM_CALLS];

static void index_served_calls(void)
{
    const struct cmrp_handler_entry *entry;
    const struct ndr_interface_call *codec;
    unsigned int i;

    for (i = 0; i < sizeof(handler_lists) / sizeof(handler_lists[0]); i++)
    {
        for (entry = handler_lists[i]; entry->handler; entry++)
        {
            if (entry->opnum >= CMRP_NUM_CALLS || entry->opnum >= cmrp_table.num_calls) continue;
            codec = &cmrp_table.calls[entry->opnum];
            if (!codec->ndr_pull || !codec->ndr_push || !codec->struct_size) continue;
            /* the first list naming an opnum wins */
            if (served[entry->opnum].handler) continue;
            served[entry->opnum].handler = entry->handler;
            served[entry->opnum].codec = codec;
        }
    }
}

/* An opnum is served only if one of the lists has a handler and the codec knows it. */
static cmrp_handler handler_of(uint16_t opnum)
{
    return opnum < CMRP_NUM_CALLS ? served[opnum].handler : NULL;
}

static const struct ndr_interface_call *served_call(uint16_t opnum)
{
    return opnum < CMRP_NUM_CALLS ? served[opnum].codec : NULL;
}

/* ---- struct dcesrv_interface ---- */

static NTSTATUS cmrp_bind(struct dcesrv_connection_context *context, const struct dcesrv_interface *iface)
{
    const struct cmrp_endpoint *endpoint = iface->private_data;

    /* a node that is down takes no connections */
    if (endpoint->connection_node && !endpoint->connection_node(endpoint->connection_node_data, context->conn))
        return NT_STATUS_RPC_SERVER_UNAVAILABLE;
    if (endpoint->require_privacy) return dcesrv_interface_bind_require_privacy(context, iface);
    return NT_STATUS_OK;
}

static void cmrp_unbind(struct dcesrv_connection_context *context, const struct dcesrv_interface *iface)
{
    /* Context handles belong to the association group; dcesrv_core frees
     * them (running their destructors) with the group. */
}

static NTSTATUS cmrp_ndr_pull(struct dcesrv_call_state *call, TALLOC_CTX *mem_ctx, struct ndr_pull *pull, void **r)
{
    const struct ndr_interface_call *codec = served_call(opnum_of(call));
    enum ndr_err_code ndr_err;
    void *call_struct;

    *r = NULL;
    if (!codec)
    {
        call->fault_code = DCERPC_FAULT_OP_RNG_ERROR;
        return NT_STATUS_NET_WRITE_FAULT;
    }

    call_struct = talloc_zero_size(mem_ctx, codec->struct_size);
    if (!call_struct) return NT_STATUS_NO_MEMORY;
    talloc_set_name_const(call_struct, codec->name);

    /* Pulled strings hang off the call struct and go with it. */
    pull->current_mem_ctx = call_struct;
    ndr_err = codec->ndr_pull(pull, NDR_IN, call_struct);
    if (ndr_err != NDR_ERR_SUCCESS)
    {
        talloc_free(call_struct);
        call->fault_code = DCERPC_FAULT_NDR;
        return NT_STATUS_NET_WRITE_FAULT;
    }
    *r = call_struct;
    return NT_STATUS_OK;
}

static void trace_call(struct dcesrv_call_state *call, const struct ndr_interface_call *codec, int flags, void *r)
{
    const struct cmrp_endpoint *endpoint = endpoint_of(call);
    char *text;

    if (!endpoint->trace) return;
    if (endpoint->trace_level >= CMRP_TRACE_NDR)
    {
        text = ndr_print_function_string(call, codec->ndr_print, codec->name, flags, r);
        trace(endpoint, CMRP_TRACE_NDR, text);
        talloc_free(text);
    }
    else if (endpoint->trace_level >= CMRP_TRACE_CALLS && (flags & NDR_IN))
    {
        text = talloc_asprintf(call, "opnum %u %s", opnum_of(call), codec->name);
        trace(endpoint, CMRP_TRACE_CALLS, text);
        talloc_free(text);
    }
}

static NTSTATUS cmrp_dispatch(struct dcesrv_call_state *call, TALLOC_CTX *mem_ctx, void *r)
{
    uint16_t opnum = opnum_of(call);
    const struct ndr_interface_call *codec = served_call(opnum);
    const struct cmrp_endpoint *endpoint = endpoint_of(call);
    uint32_t fault;

    /* ndr_pull already refused anything else; stay safe if a host calls us directly. */
    if (!codec || !r)
    {
        call->fault_code = DCERPC_FAULT_OP_RNG_ERROR;
        return NT_STATUS_NET_WRITE_FAULT;
    }

    trace_call(call, codec, NDR_IN, r);
    fault = handler_of(opnum)(call, endpoint, r);
    /* the call may have started (or finished) a transition */
    if (endpoint->timer) arm_timer(endpoint->timer, call->event_ctx);
    if (fault)
    {
        call->fault_code = fault;
        return NT_STATUS_NET_WRITE_FAULT;
    }
    trace_call(call, codec, NDR_OUT, r);
    return NT_STATUS_OK;
}

static NTSTATUS cmrp_reply(struct dcesrv_call_state *call, TALLOC_CTX *mem_ctx, void *r)
{
    /* Every call is answered synchronously by dispatch. */
    return NT_STATUS_OK;
}

static NTSTATUS cmrp_ndr_push(struct dcesrv_call_state *call, TALLOC_CTX *mem_ctx, struct ndr_push *push, const void *r)
{
    const struct ndr_interface_call *codec = served_call(opnum_of(call));

    if (!codec || codec->ndr_push(push, NDR_OUT, r) != NDR_ERR_SUCCESS)
    {
        call->fault_code = DCERPC_FAULT_NDR;
        return NT_STATUS_NET_WRITE_FAULT;
    }
    return NT_STATUS_OK;
}

void cmrp_endpoint_interface(struct dcesrv_interface *iface, const struct cmrp_endpoint *endpoint)
{
    index_served_calls();
    memset(iface, 0, sizeof(*iface));
    iface->name = cmrp_table.name;
    iface->syntax_id = cmrp_table.syntax_id;
    iface->bind = cmrp_bind;
    iface->unbind = cmrp_unbind;
    iface->ndr_pull = cmrp_ndr_pull;
    iface->dispatch = cmrp_dispatch;
    iface->reply = cmrp_reply;
    iface->ndr_push = cmrp_ndr_push;
    iface->private_data = endpoint;
}
