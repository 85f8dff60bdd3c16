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
#include <dcesrv_core.h>

#include "server/model.h"

/* Context handle types this interface hands out (policy_handle.handle_type). */
enum cmrp_handle_type
{
    CMRP_HANDLE_CLUSTER = 1,
};

/* Trace levels of struct cmrp_endpoint. */
#define CMRP_TRACE_CALLS 2          /* one line per call */
#define CMRP_TRACE_NDR   4          /* NDR dump of every request and reply */

struct cmrp_endpoint
{
    struct cmrp_model *model;       /* not owned; outlives every connection */
    /* MS-CMRP 2.1: a v3.0 server MUST refuse binds below PKT_PRIVACY.  Only
     * a host with gensec (the Samba-hosted module) can honour that. */
    bool require_privacy;
    /* Optional: called for each message at or below trace_level. */
    void (*trace)(void *trace_data, int level, const char *message);
    void *trace_data;
    int trace_level;
};

/* Fill iface for endpoint, which must outlive the interface's registration
 * (dcesrv_interface_register copies iface but keeps the endpoint pointer). */
void cmrp_endpoint_interface(struct dcesrv_interface *iface, const struct cmrp_endpoint *endpoint);

#endif /* SERVER_ENDPOINT_H */
