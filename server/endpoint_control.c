/*
 * The clusapi endpoint's control methods (see endpoint_internal.h).
 */
#include "server/endpoint_internal.h"

const struct cmrp_handler_entry cmrp_control_handlers[] =
{
    { 0, NULL }
};
