/*
 * What the endpoint's per-family handler files share (endpoint.c,
 * endpoint_objects.c, endpoint_registry.c, endpoint_notify.c,
 * endpoint_control.c).
 *
 * A handler gets the pulled call struct (the codec's struct cmrp_<shape>),
 * asks the model and fills the out members.  It returns a DCE/RPC fault
 * code: 0 sends the reply, anything else is sent as a fault PDU.  Method
 * errors are never faults: they go in Status / the result.
 */
#ifndef SERVER_ENDPOINT_INTERNAL_H
#define SERVER_ENDPOINT_INTERNAL_H

#include "server/endpoint.h"
#include "cmrp/cmrp.h"

typedef uint32_t (*cmrp_handler)(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                 void *call_struct);

struct cmrp_handler_entry
{
    uint16_t opnum;
    cmrp_handler handler;
};

/* Each family's handlers, ended by { 0, NULL }. */
extern const struct cmrp_handler_entry cmrp_cluster_handlers[];   /* endpoint.c */
extern const struct cmrp_handler_entry cmrp_object_handlers[];    /* endpoint_objects.c */
extern const struct cmrp_handler_entry cmrp_registry_handlers[];  /* endpoint_registry.c */
extern const struct cmrp_handler_entry cmrp_notify_handlers[];    /* endpoint_notify.c */
extern const struct cmrp_handler_entry cmrp_control_handlers[];   /* endpoint_control.c */

const struct cmrp_endpoint *endpoint_of(struct dcesrv_call_state *call);

/* The live handle a client names, or NULL (never for a zero handle). */
struct dcesrv_handle *find_handle(struct dcesrv_call_state *call, const struct policy_handle *wire_handle,
                                  enum cmrp_handle_type type);

#endif /* SERVER_ENDPOINT_INTERNAL_H */
