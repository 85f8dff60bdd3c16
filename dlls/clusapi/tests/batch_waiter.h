/*
 * A thread that waits in ClusterRegGetBatchNotification, for the tests that
 * watch a registry batch notification port (registry.c, reconnect.c).
 */
#ifndef CLUSAPI_TESTS_BATCH_WAITER_H
#define CLUSAPI_TESTS_BATCH_WAITER_H

struct batch_waiter
{
    HREGBATCHPORT port;
    HREGBATCHNOTIFICATION notification;
    LONG result;
};

/* CreateThread's routine: one ClusterRegGetBatchNotification on arg, a
 * struct batch_waiter. */
DWORD WINAPI batch_wait_thread(void *arg);

#endif /* CLUSAPI_TESTS_BATCH_WAITER_H */
