/*
 * The clusapi v3.0 interface as a dcesrv_core `struct dcesrv_interface`.
 *
 * Host-independent: cmrpd registers it on its own sockets; a Samba AD DC
 * dcerpc_server module or a samba-dcerpcd worker can register the very same
 * interface.  Requests are pulled and replies pushed with the codec
 * (cmrp_table); the answers come from the cluster model.
 */
#ifndef SERVER_ENDPOINT_H
#define SERVER_ENDPOINT_H

#include <stdbool.h>
#include <talloc.h>
#include <tevent.h>
#include <dcesrv_core.h>

#include "server/model.h"

/* Context handle types this interface hands out (policy_handle.handle_type). */
enum cmrp_handle_type
{
    CMRP_HANDLE_CLUSTER      = 1,
    /* object handles (endpoint_objects.c): they keep the object's ref */
    CMRP_HANDLE_NODE         = 2,
    CMRP_HANDLE_GROUP        = 3,
    CMRP_HANDLE_RESOURCE     = 4,
    CMRP_HANDLE_NETWORK      = 5,
    CMRP_HANDLE_NETINTERFACE = 6,
    CMRP_HANDLE_GROUPSET     = 7,
    CMRP_HANDLE_KEY          = 8,   /* HKEY_RPC, a cluster registry key (endpoint_registry.c) */
    CMRP_HANDLE_NOTIFY       = 9,   /* HNOTIFY_RPC, a notification port, v1 or v2 (endpoint_notify.c) */
    CMRP_HANDLE_BATCH_PORT   = 10,  /* HBATCH_PORT_RPC, a registry batch port (endpoint_notify.c) */
};

/* Trace levels of struct cmrp_endpoint. */
#define CMRP_TRACE_CALLS 2          /* one line per call */
#define CMRP_TRACE_NDR   4          /* NDR dump of every request and reply */

struct cmrp_endpoint
{
    struct cmrp_model *model;       /* not owned; outlives every connection */
    /* The node this endpoint answers as (ApiGetClusterName's NodeName), for
     * a host serving several nodes of one model; NULL: the model's local_node. */
    const struct cmrp_node *node;
    /* Optional, for a host serving several nodes through one registration
     * (the Samba module: one TCP endpoint on every node's address): the node
     * conn answers as, or NULL to refuse it (its node is down; the host drops
     * such a connection).  Asked at every bind of the interface and by
     * ApiGetClusterName; replaces `node` when set. */
    const struct cmrp_node *(*connection_node)(void *data, struct dcesrv_connection *conn);
    void *connection_node_data;
    /* MS-CMRP 2.1: a v3.0 server MUST refuse binds below PKT_PRIVACY.  Only
     * a host with gensec (the Samba-hosted module) can honour that. */
    bool require_privacy;
    /* Optional: called for each message at or below trace_level. */
    void (*trace)(void *trace_data, int level, const char *message);
    void *trace_data;
    int trace_level;
    /* Set by cmrp_endpoint_start_timers(); NULL: pending transitions only
     * progress when a call comes in. */
    struct cmrp_endpoint_timer *timer;
};

/* Fill iface for endpoint, which must outlive the interface's registration
 * (dcesrv_interface_register copies iface but keeps the endpoint pointer). */
void cmrp_endpoint_interface(struct dcesrv_interface *iface, const struct cmrp_endpoint *endpoint);

/* Drive the model's pending states (cmrp_model_tick) from tevent: after
 * every call (and every tick) a timer is armed for the model's
 * cmrp_model_next_deadline(), so transitions complete on time whether calls
 * come or not (ApiGetNotify waiters see their events).  Every host calls this
 * once: without it, OnlinePending/OfflinePending never end.  ev is the
 * host's event context, or NULL to arm each timer on the event context of
 * the call that left something pending (call->event_ctx), for hosts such as a
 * Samba dcerpc_server module that only see event contexts through calls.
 * The timer lives on mem_ctx: freeing mem_ctx or cmrp_endpoint_stop_timers()
 * stops it.  false if out of memory. */
bool cmrp_endpoint_start_timers(struct cmrp_endpoint *endpoint, TALLOC_CTX *mem_ctx, struct tevent_context *ev);
void cmrp_endpoint_stop_timers(struct cmrp_endpoint *endpoint);

#endif /* SERVER_ENDPOINT_H */
