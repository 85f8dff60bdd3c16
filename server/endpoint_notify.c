/*
 * The clusapi endpoint's notify methods (see endpoint_internal.h).
 */
#include "server/endpoint_internal.h"

const struct cmrp_handler_entry cmrp_notify_handlers[] =
{
    { 0, NULL }
};
