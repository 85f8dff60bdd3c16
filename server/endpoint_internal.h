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

/* What every cluster and object context handle keeps in its data: the model
 * object's ref (0 for a cluster handle) and the access the open granted. */
struct cmrp_handle_data
{
    uint64_t ref;                   /* cmrp_model_object_by_ref() */
    enum cmrp_access access;
};

/* The object a cluster or object handle of that type names (the cluster's
 * own object for a cluster handle) and the access it carries.  Answers a
 * fault code: nonzero if the handle is not a live one of that type;
 * otherwise *status is 0, or the kind's "not available" code when the
 * object was deleted meanwhile.  (endpoint_objects.c) */
uint32_t cmrp_handle_object(struct dcesrv_call_state *call, const struct policy_handle *wire_handle,
                            enum cmrp_handle_type type, struct cmrp_object **object, enum cmrp_access *access,
                            uint32_t *status);

/* The common properties of object as CLUSCTL_*_GET_COMMON_PROPERTIES
 * (read_only false) or CLUSCTL_*_GET_RO_COMMON_PROPERTIES answers them, only
 * those named in the MULTI_SZ names ("*": all), as a property list on
 * mem_ctx; no names: no list (NULL, 0).  87 for a malformed MULTI_SZ.
 * (endpoint_control.c; ApiCreateGroupEnum, ApiCreateResourceEnum) */
uint32_t cmrp_object_property_list(TALLOC_CTX *mem_ctx, struct cmrp_model *model, struct cmrp_object *object,
                                   bool read_only, const uint8_t *names, uint32_t names_size,
                                   uint8_t **data, uint32_t *size);

/* The registry key an HKEY_RPC names, and its access.  (endpoint_registry.c) */
uint32_t cmrp_handle_key(struct dcesrv_call_state *call, const struct policy_handle *wire_handle, uint64_t *key,
                         enum cmrp_access *access);

/* A batch as CLUSTER_REG_BATCH_UPDATE bytes, talloc'ed on mem.  (endpoint_registry.c) */
struct cmrp_batch;
uint32_t cmrp_batch_bytes(TALLOC_CTX *mem, const struct cmrp_batch *batch, uint8_t **data, uint32_t *size);

/* The live handle a client names, or NULL (never for a zero handle). */
struct dcesrv_handle *find_handle(struct dcesrv_call_state *call, const struct policy_handle *wire_handle,
                                  enum cmrp_handle_type type);
/* ApiClose*: frees the live handle of that type and zeroes r->handle; a fault if there is none. */
uint32_t close_handle_of_type(struct dcesrv_call_state *call, struct cmrp_close_handle *r,
                              enum cmrp_handle_type type);

#endif /* SERVER_ENDPOINT_INTERNAL_H */
