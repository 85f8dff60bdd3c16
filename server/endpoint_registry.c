/*
 * The clusapi endpoint's registry methods (see endpoint_internal.h).
 */
#include "server/endpoint_internal.h"

const struct cmrp_handler_entry cmrp_registry_handlers[] =
{
    { 0, NULL }
};
