/*
 * The clusapi endpoint's objects methods (see endpoint_internal.h).
 */
#include "server/endpoint_internal.h"

const struct cmrp_handler_entry cmrp_object_handlers[] =
{
    { 0, NULL }
};
