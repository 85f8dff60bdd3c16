/*
 * A thread that waits in ClusterRegGetBatchNotification (batch_waiter.h).
 */
#include <stdarg.h>

#include <windef.h>
#include <winbase.h>
#include <winreg.h>
#include "clusapi.h"

#include "batch_waiter.h"

DWORD WINAPI batch_wait_thread(void *arg)
{
    struct batch_waiter *waiter = arg;

    waiter->result = ClusterRegGetBatchNotification(waiter->port, &waiter->notification);
    return 0;
}
