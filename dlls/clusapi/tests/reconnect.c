/*
 * Reconnect (MS-CMRP 3.2.3.3, 3.2.4.6) against a simulated cluster whose
 * nodes come and go: tests/server/test_wine_reconnect.sh starts cmrpd serving
 * node1 on 127.0.0.1 and node2 on 127.0.0.2, names them in WINECLUSAPI_HOSTS
 * and carries out what this test asks through a control directory
 * (WINECLUSAPI_TEST_CONTROL, a Windows path): "node1 down", "node2 up",
 * "stop", "cont", "kill".  Without it the test is skipped.
 *
 *  - opened through node1, the same cluster, group, resource, node, key and
 *    notification port handles keep working once node1 is down (state reads,
 *    registry reads, events that happen after the reconnect), a version 2
 *    port too, both its type-wide and its targeted registrations;
 *  - four threads calling on one cluster while its node goes down see no
 *    error at all;
 *  - with every node down a call fails with RPC_S_SERVER_UNAVAILABLE, and
 *    works again once a node is back; the port, whose notifications stopped,
 *    gets events again once registered again;
 *  - the server stopped (SIGSTOP): a call ends with an RPC error after the
 *    configured timeout, and the handles work again once it continues;
 *  - the server killed while calls are running: they end with an RPC error,
 *    within a bound, and every handle still closes; threads blocked in
 *    GetClusterNotify(V2) meanwhile get the cluster's loss
 *    (CLUSTER_CHANGE_CLUSTER_STATE(_V2)) within a bound, not a hang;
 *  - a registry batch notification port made through node1 keeps delivering
 *    once node1 is down, to a getter that waited through the switch too;
 *  - a candidate that accepts the connection and never answers the bind
 *    (the cluster name's address, WINECLUSAPI_TEST_HUNG_ADDRESS, where this
 *    test listens and never reads) costs an open or a reconnect about the
 *    configured Timeout, not Samba's 60 s, and the reconnect goes on to the
 *    next candidate.
 *
 * tests/samba/test_wine_failover.sh runs the same test against the Samba AD
 * DC hosting two nodes, with NTLM, SPNEGO and Kerberos at packet privacy.
 */
#include <stdarg.h>
#include <stdio.h>

#include <winsock2.h>
#include <windef.h>
#include <winbase.h>
#include <winerror.h>
#include <winreg.h>
#include "clusapi.h"

#include "wine/test.h"
#include "batch_waiter.h"

#define KEY_GROUP    ((DWORD_PTR)0x1111000000000001ull)
#define KEY_REGISTRY ((DWORD_PTR)0x1111000000000002ull)
#define KEY_CLUSTER  ((DWORD_PTR)0x1111000000000003ull)
#define KEY_V2_GROUP ((DWORD_PTR)0x1111000000000004ull)
#define KEY_V2_RESOURCE ((DWORD_PTR)0x1111000000000005ull)
#define KEY_LOST     ((DWORD_PTR)0x1111000000000006ull)
#define KEY_V2_LOST  ((DWORD_PTR)0x1111000000000007ull)

#define GROUP        L"FS1"
#define RESOURCE     L"Cluster Disk 2"
#define TEST_VALUE   L"ReconnectTest"

static WCHAR control_dir[MAX_PATH];

static double elapsed_ms(LARGE_INTEGER start)
{
    LARGE_INTEGER now, frequency;

    QueryPerformanceCounter(&now);
    QueryPerformanceFrequency(&frequency);
    return (now.QuadPart - start.QuadPart) * 1000.0 / frequency.QuadPart;
}

/* Asks the driver script to do something to the cluster and waits for its
 * answer ("ok ..." on success); FALSE if there is none within 20 s. */
static BOOL control(const char *command)
{
    WCHAR request[MAX_PATH], request_tmp[MAX_PATH], reply[MAX_PATH];
    char answer[256] = "";
    DWORD written, read = 0, waited;
    HANDLE file;

    swprintf(request, ARRAY_SIZE(request), L"%s\\request", control_dir);
    swprintf(request_tmp, ARRAY_SIZE(request_tmp), L"%s\\request.tmp", control_dir);
    swprintf(reply, ARRAY_SIZE(reply), L"%s\\reply", control_dir);
    DeleteFileW(reply);
    file = CreateFileW(request_tmp, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    ok(file != INVALID_HANDLE_VALUE, "cannot write %s: %lu\n", wine_dbgstr_w(request_tmp), GetLastError());
    if (file == INVALID_HANDLE_VALUE) return FALSE;
    WriteFile(file, command, strlen(command), &written, NULL);
    CloseHandle(file);
    ok(MoveFileW(request_tmp, request), "cannot post the request: %lu\n", GetLastError());

    for (waited = 0; waited < 20000; waited += 20)
    {
        file = CreateFileW(reply, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_DELETE, NULL, OPEN_EXISTING, 0, NULL);
        if (file != INVALID_HANDLE_VALUE) break;
        Sleep(20);
    }
    ok(file != INVALID_HANDLE_VALUE, "no answer to \"%s\" within 20 s\n", command);
    if (file == INVALID_HANDLE_VALUE) return FALSE;
    ReadFile(file, answer, sizeof(answer) - 1, &read, NULL);
    answer[read] = 0;
    CloseHandle(file);
    DeleteFileW(reply);
    ok(!strncmp(answer, "ok", 2), "\"%s\": %s\n", command, answer);
    return !strncmp(answer, "ok", 2);
}

struct handles
{
    HCLUSTER cluster;
    HGROUP group;
    HRESOURCE resource;
    HNODE node1;
    HKEY root, checkpoints, resource_key;
    HCHANGE port;
    HCHANGE port_v2;     /* every group's state, and the resource's (targeted) */
};

/* The owner of the group, or an empty string (and the error in *error). */
static CLUSTER_GROUP_STATE group_state(HGROUP group, WCHAR *owner, DWORD *error)
{
    DWORD size = 64;
    CLUSTER_GROUP_STATE state;

    owner[0] = 0;
    SetLastError(0xdeadbeef);
    state = GetClusterGroupState(group, owner, &size);
    *error = state == ClusterGroupStateUnknown ? GetLastError() : 0;
    return state;
}

/* Transitions take a while (transition_delay_ms): up to 5 s. */
static BOOL wait_group_state(HGROUP group, CLUSTER_GROUP_STATE wanted)
{
    WCHAR owner[64];
    DWORD error;
    int i;

    for (i = 0; i < 100; i++)
    {
        if (group_state(group, owner, &error) == wanted) return TRUE;
        if (error) return FALSE;
        Sleep(50);
    }
    return FALSE;
}

static DWORD read_dword(HKEY key, const WCHAR *name, DWORD *value)
{
    DWORD type = 0, size = sizeof(*value);
    LONG ret = ClusterRegQueryValue(key, name, &type, (BYTE *)value, &size);

    if (!ret && (type != REG_DWORD || size != sizeof(*value))) return ERROR_INVALID_DATA;
    return ret;
}

/* Events until one with key and filter (and name, if given), within timeout ms. */
static BOOL wait_for_event(HCHANGE port, DWORD_PTR key, DWORD filter, const WCHAR *name, DWORD timeout)
{
    LARGE_INTEGER start;
    WCHAR event_name[256];
    DWORD_PTR event_key;
    DWORD event_filter, size, ret;

    QueryPerformanceCounter(&start);
    for (;;)
    {
        double left = timeout - elapsed_ms(start);

        if (left <= 0) return FALSE;
        size = ARRAY_SIZE(event_name);
        ret = GetClusterNotify(port, &event_key, &event_filter, event_name, &size, (DWORD)left);
        if (ret == WAIT_TIMEOUT) return FALSE;
        ok(!ret, "GetClusterNotify: %lu\n", ret);
        if (ret) return FALSE;
        if (event_key == key && event_filter == filter && (!name || !wcsicmp(event_name, name))) return TRUE;
    }
}

/* Version 2 events until one of object_type/flag with key (and name, if
 * given), within timeout ms. */
static BOOL wait_for_event_v2(HCHANGE port, DWORD_PTR key, DWORD object_type, ULONGLONG flag, const WCHAR *name,
                              DWORD timeout)
{
    NOTIFY_FILTER_AND_TYPE filter;
    LARGE_INTEGER start;
    WCHAR event_name[256];
    DWORD_PTR event_key;
    DWORD size, ret;

    QueryPerformanceCounter(&start);
    for (;;)
    {
        double left = timeout - elapsed_ms(start);

        if (left <= 0) return FALSE;
        size = ARRAY_SIZE(event_name);
        ret = GetClusterNotifyV2(port, &event_key, &filter, NULL, NULL, NULL, NULL, NULL, NULL, event_name, &size,
                                 NULL, NULL, (DWORD)left);
        if (ret == WAIT_TIMEOUT) return FALSE;
        ok(!ret, "GetClusterNotifyV2: %lu\n", ret);
        if (ret) return FALSE;
        if (event_key == key && filter.dwObjectType == object_type && (ULONGLONG)filter.FilterFlags == flag &&
            (!name || !wcsicmp(event_name, name)))
            return TRUE;
    }
}

static void open_everything(struct handles *h)
{
    NOTIFY_FILTER_AND_TYPE group_filter = { CLUSTER_OBJECT_TYPE_GROUP, CLUSTER_CHANGE_GROUP_STATE_V2 };
    NOTIFY_FILTER_AND_TYPE resource_filter = { CLUSTER_OBJECT_TYPE_RESOURCE, CLUSTER_CHANGE_RESOURCE_STATE_V2 };
    DWORD value = 0x5eed, error;

    h->cluster = OpenCluster(L"node1");
    ok(h->cluster != NULL, "OpenCluster(node1) failed: %lu (is node1 in WINECLUSAPI_HOSTS?)\n", GetLastError());
    if (!h->cluster) return;
    h->group = OpenClusterGroup(h->cluster, GROUP);
    ok(h->group != NULL, "OpenClusterGroup failed: %lu\n", GetLastError());
    h->resource = OpenClusterResourceEx(h->cluster, RESOURCE, GENERIC_READ | GENERIC_WRITE, NULL);
    ok(h->resource != NULL, "OpenClusterResourceEx failed: %lu\n", GetLastError());
    h->node1 = OpenClusterNode(h->cluster, L"node1");
    ok(h->node1 != NULL, "OpenClusterNode failed: %lu\n", GetLastError());
    h->root = GetClusterKey(h->cluster, KEY_READ);
    ok(h->root != NULL, "GetClusterKey failed: %lu\n", GetLastError());
    error = h->root ? ClusterRegOpenKey(h->root, L"Checkpoints", KEY_READ, &h->checkpoints) : ERROR_INVALID_HANDLE;
    ok(!error, "ClusterRegOpenKey(Checkpoints) failed: %lu\n", error);
    h->resource_key = h->resource ? GetClusterResourceKey(h->resource, KEY_ALL_ACCESS) : NULL;
    ok(h->resource_key != NULL, "GetClusterResourceKey failed: %lu\n", GetLastError());
    error = h->resource_key ? ClusterRegSetValue(h->resource_key, TEST_VALUE, REG_DWORD, (BYTE *)&value, sizeof(value))
                            : ERROR_INVALID_HANDLE;
    ok(!error, "ClusterRegSetValue failed: %lu\n", error);

    h->port = CreateClusterNotifyPort(INVALID_HANDLE_VALUE, h->cluster, CLUSTER_CHANGE_NODE_STATE, KEY_CLUSTER);
    ok(h->port != NULL, "CreateClusterNotifyPort failed: %lu\n", GetLastError());
    if (!h->port) return;
    error = h->group ? RegisterClusterNotify(h->port, CLUSTER_CHANGE_GROUP_STATE, h->group, KEY_GROUP)
                     : ERROR_INVALID_HANDLE;
    ok(!error, "RegisterClusterNotify(group) failed: %lu\n", error);
    error = h->resource_key ? RegisterClusterNotify(h->port, CLUSTER_CHANGE_REGISTRY_VALUE, h->resource_key, KEY_REGISTRY)
                            : ERROR_INVALID_HANDLE;
    ok(!error, "RegisterClusterNotify(key) failed: %lu\n", error);

    h->port_v2 = CreateClusterNotifyPortV2(INVALID_HANDLE_VALUE, h->cluster, &group_filter, 1, KEY_V2_GROUP);
    ok(h->port_v2 != NULL, "CreateClusterNotifyPortV2 failed: %lu\n", GetLastError());
    if (!h->port_v2) return;
    error = h->resource ? RegisterClusterNotifyV2(h->port_v2, resource_filter, h->resource, KEY_V2_RESOURCE)
                        : ERROR_INVALID_HANDLE;
    ok(!error, "RegisterClusterNotifyV2(resource) failed: %lu\n", error);
}

/* Every handle answers: the group online on expected_owner (or, when none
 * is given and node1 is down, in any known state), the resource, node1 in
 * node1_state, the registry values. */
static void check_everything(const struct handles *h, const WCHAR *expected_owner, CLUSTER_NODE_STATE node1_state,
                             const char *when)
{
    CLUSTER_RESOURCE_STATE resource_state;
    CLUSTER_GROUP_STATE state;
    CLUSTER_NODE_STATE node_state;
    WCHAR owner[64], name[64];
    DWORD error, value, size, subkeys = 0xdeadbeef, values = 0xdeadbeef;
    int i;

    /* Failover may still be moving the group: a few pending reads are fine. */
    for (i = 0; i < 100; i++)
    {
        state = group_state(h->group, owner, &error);
        if (error || (state != ClusterGroupPending && (!expected_owner || !wcsicmp(owner, expected_owner)))) break;
        Sleep(50);
    }
    /* With every node down the group failed: nothing brings it back by itself. */
    if (expected_owner || node1_state == ClusterNodeUp)
        ok(state == ClusterGroupOnline, "%s: group state %d, error %lu\n", when, state, error);
    else
        ok(state != ClusterGroupStateUnknown, "%s: group state unknown, error %lu\n", when, error);
    if (expected_owner)
        ok(!wcsicmp(owner, expected_owner), "%s: group on %s, expected %s\n", when, wine_dbgstr_w(owner),
           wine_dbgstr_w(expected_owner));

    size = ARRAY_SIZE(name);
    SetLastError(0xdeadbeef);
    resource_state = GetClusterResourceState(h->resource, name, &size, NULL, NULL);
    ok(resource_state != ClusterResourceStateUnknown, "%s: resource state unknown: %lu\n", when, GetLastError());

    SetLastError(0xdeadbeef);
    node_state = GetClusterNodeState(h->node1);
    ok(node_state == node1_state, "%s: node1 state %d (error %lu), expected %d\n", when, node_state,
       GetLastError(), node1_state);

    error = read_dword(h->root, L"ClusterFunctionalLevel", &value);
    ok(!error && value == 11, "%s: root key ClusterFunctionalLevel: error %lu, %lu\n", when, error, value);
    error = read_dword(h->resource_key, TEST_VALUE, &value);
    ok(!error && value == 0x5eed, "%s: resource key value: error %lu, %#lx\n", when, error, value);
    error = ClusterRegQueryInfoKey(h->checkpoints, &subkeys, NULL, &values, NULL, NULL, NULL, NULL);
    ok(!error, "%s: ClusterRegQueryInfoKey(Checkpoints): %lu\n", when, error);
}

static void drain(HCHANGE port)
{
    WCHAR name[256];
    DWORD_PTR key;
    DWORD filter, size = ARRAY_SIZE(name);

    while (!GetClusterNotify(port, &key, &filter, name, &size, 0)) size = ARRAY_SIZE(name);
}

static void drain_v2(HCHANGE port)
{
    DWORD_PTR key;

    while (!GetClusterNotifyV2(port, &key, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0)) ;
}

/* Events made after the reconnect come through the same port. */
static void check_events(const struct handles *h, const char *when)
{
    DWORD value = 0x5eed, error;
    BOOL seen;

    error = ClusterRegSetValue(h->resource_key, TEST_VALUE, REG_DWORD, (BYTE *)&value, sizeof(value));
    ok(!error, "%s: ClusterRegSetValue: %lu\n", when, error);
    seen = wait_for_event(h->port, KEY_REGISTRY, CLUSTER_CHANGE_REGISTRY_VALUE, NULL, 10000);
    ok(seen, "%s: no registry event\n", when);
    drain(h->port);   /* what the failover posted: the next events are ours */
    drain_v2(h->port_v2);

    error = OfflineClusterGroup(h->group);
    ok(!error || error == ERROR_IO_PENDING, "%s: OfflineClusterGroup: %lu\n", when, error);
    seen = wait_for_event(h->port, KEY_GROUP, CLUSTER_CHANGE_GROUP_STATE, GROUP, 10000);
    ok(seen, "%s: no group state event after OfflineClusterGroup\n", when);
    /* The version 2 port's registrations were added again on the new node. */
    seen = wait_for_event_v2(h->port_v2, KEY_V2_GROUP, CLUSTER_OBJECT_TYPE_GROUP, CLUSTER_CHANGE_GROUP_STATE_V2,
                             GROUP, 10000);
    ok(seen, "%s: no version 2 group state event after OfflineClusterGroup\n", when);
    seen = wait_for_event_v2(h->port_v2, KEY_V2_RESOURCE, CLUSTER_OBJECT_TYPE_RESOURCE,
                             CLUSTER_CHANGE_RESOURCE_STATE_V2, RESOURCE, 10000);
    ok(seen, "%s: no version 2 resource state event after OfflineClusterGroup\n", when);
    ok(wait_group_state(h->group, ClusterGroupOffline), "%s: the group did not go offline\n", when);
    drain(h->port);
    error = OnlineClusterGroup(h->group, NULL);
    ok(!error || error == ERROR_IO_PENDING, "%s: OnlineClusterGroup: %lu\n", when, error);
    seen = wait_for_event(h->port, KEY_GROUP, CLUSTER_CHANGE_GROUP_STATE, GROUP, 10000);
    ok(seen, "%s: no group state event after OnlineClusterGroup\n", when);
    ok(wait_group_state(h->group, ClusterGroupOnline), "%s: the group did not come online\n", when);
}

/* Threads calling on one handle while its node goes away. */
struct caller
{
    HGROUP group;
    volatile LONG *stop;
    LONG calls, failures;
    DWORD first_error;
    double slowest_ms;
};

static DWORD WINAPI caller_thread(void *arg)
{
    struct caller *caller = arg;
    WCHAR owner[64];
    DWORD error;

    while (!*caller->stop)
    {
        LARGE_INTEGER start;
        double ms;

        QueryPerformanceCounter(&start);
        group_state(caller->group, owner, &error);
        ms = elapsed_ms(start);
        if (ms > caller->slowest_ms) caller->slowest_ms = ms;
        caller->calls++;
        if (error)
        {
            if (!caller->failures++) caller->first_error = error;
            if (error == RPC_S_SERVER_UNAVAILABLE || error == RPC_S_CALL_FAILED) break;   /* the server is gone */
        }
    }
    return 0;
}

static void start_callers(struct caller *callers, HANDLE *threads, unsigned int count, HGROUP group,
                          volatile LONG *stop)
{
    unsigned int i;

    *stop = 0;
    for (i = 0; i < count; i++)
    {
        memset(&callers[i], 0, sizeof(callers[i]));
        callers[i].group = group;
        callers[i].stop = stop;
        threads[i] = CreateThread(NULL, 0, caller_thread, &callers[i], 0, NULL);
        ok(threads[i] != NULL, "CreateThread failed: %lu\n", GetLastError());
    }
}

/* FALSE if a thread did not return within timeout ms. */
static BOOL stop_callers(HANDLE *threads, unsigned int count, volatile LONG *stop, DWORD timeout)
{
    DWORD ret;
    unsigned int i;

    *stop = 1;
    ret = WaitForMultipleObjects(count, threads, TRUE, timeout);
    for (i = 0; i < count; i++) CloseHandle(threads[i]);
    return ret != WAIT_TIMEOUT;
}

static void test_failover(struct handles *h)
{
    LARGE_INTEGER start;
    WCHAR owner[64];
    DWORD error;
    double ms;

    check_everything(h, NULL, ClusterNodeUp, "before");
    drain(h->port);

    if (!control("node1 down")) return;
    QueryPerformanceCounter(&start);
    group_state(h->group, owner, &error);
    ms = elapsed_ms(start);
    ok(!error, "first call after node1 went down: %lu\n", error);
    trace("first call after node1 went down (reconnect included): %.1f ms\n", ms);
    check_everything(h, L"node2", ClusterNodeDown, "through node2");
    check_events(h, "through node2");
}

static void test_concurrent_callers(struct handles *h)
{
    struct caller callers[4];
    HANDLE threads[4];
    volatile LONG stop;
    LONG calls_before = 0, calls = 0, failures = 0;
    double slowest = 0;
    unsigned int i;
    BOOL returned;

    if (!control("node1 up")) return;
    start_callers(callers, threads, ARRAY_SIZE(threads), h->group, &stop);
    Sleep(300);
    for (i = 0; i < ARRAY_SIZE(callers); i++) calls_before += callers[i].calls;
    control("node2 down");
    Sleep(700);
    returned = stop_callers(threads, ARRAY_SIZE(threads), &stop, 30000);
    ok(returned, "callers still running 30 s after being told to stop\n");
    for (i = 0; i < ARRAY_SIZE(callers); i++)
    {
        calls += callers[i].calls;
        failures += callers[i].failures;
        if (callers[i].slowest_ms > slowest) slowest = callers[i].slowest_ms;
        ok(!callers[i].failures, "thread %u: %ld of %ld calls failed, first with %lu\n", i, callers[i].failures,
           callers[i].calls, callers[i].first_error);
    }
    ok(calls > calls_before, "no call after node2 went down (%ld before, %ld in all)\n", calls_before, calls);
    trace("4 threads: %ld calls (%ld before node2 went down), %ld failed, slowest %.1f ms\n", calls, calls_before,
          failures, slowest);
    check_everything(h, L"node1", ClusterNodeUp, "through node1 again");
    drain(h->port);
    check_events(h, "through node1 again");
}

static void test_every_node_down(struct handles *h)
{
    CLUSTER_GROUP_STATE state;
    LARGE_INTEGER start;
    WCHAR owner[64];
    DWORD error, value;
    double ms;

    if (!control("node1 down")) return;   /* node2 is down already */
    QueryPerformanceCounter(&start);
    state = group_state(h->group, owner, &error);
    ms = elapsed_ms(start);
    ok(state == ClusterGroupStateUnknown && error == RPC_S_SERVER_UNAVAILABLE,
       "every node down: state %d, error %lu\n", state, error);
    trace("every node down: the call failed in %.1f ms\n", ms);
    SetLastError(0xdeadbeef);
    ok(GetClusterNodeState(h->node1) == ClusterNodeStateUnknown && GetLastError() == RPC_S_SERVER_UNAVAILABLE,
       "every node down: node state error %lu\n", GetLastError());

    if (!control("node2 up")) return;
    state = group_state(h->group, owner, &error);
    ok(!error && state != ClusterGroupStateUnknown, "node2 back: state %d, error %lu\n", state, error);
    check_everything(h, NULL, ClusterNodeDown, "node2 back");

    /* The port's notifications stopped with the cluster; registering again
     * starts them anew.  (The group is not tried: its owner, node1, is down.) */
    error = RegisterClusterNotify(h->port, CLUSTER_CHANGE_REGISTRY_VALUE, h->resource_key, KEY_REGISTRY);
    ok(!error, "node2 back: RegisterClusterNotify(key): %lu\n", error);
    drain(h->port);
    value = 0x5eed;
    error = ClusterRegSetValue(h->resource_key, TEST_VALUE, REG_DWORD, (BYTE *)&value, sizeof(value));
    ok(!error, "node2 back: ClusterRegSetValue: %lu\n", error);
    ok(wait_for_event(h->port, KEY_REGISTRY, CLUSTER_CHANGE_REGISTRY_VALUE, NULL, 10000),
       "node2 back: no registry event after registering again\n");
}

struct hung_call
{
    HGROUP group;
    DWORD error;
    double ms;
};

static DWORD WINAPI hung_call_thread(void *arg)
{
    struct hung_call *call = arg;
    LARGE_INTEGER start;
    WCHAR owner[64];

    QueryPerformanceCounter(&start);
    group_state(call->group, owner, &call->error);
    call->ms = elapsed_ms(start);
    return 0;
}

/* The server stops answering (SIGSTOP): a call ends with an RPC error once
 * the configured timeout (WINECLUSAPI_TIMEOUT) passes, and is not reissued;
 * once the server answers again, so do the handles. */
static void test_hung_server(struct handles *h)
{
    struct hung_call call = { h->group, 0xdeadbeef, 0 };
    CLUSTER_GROUP_STATE state;
    WCHAR owner[64];
    HANDLE thread;
    DWORD error;

    if (!control("stop")) return;
    thread = CreateThread(NULL, 0, hung_call_thread, &call, 0, NULL);
    ok(thread != NULL, "CreateThread failed: %lu\n", GetLastError());
    if (thread)
    {
        ok(WaitForSingleObject(thread, 30000) == WAIT_OBJECT_0, "a call to a stopped server still waits after 30 s\n");
        CloseHandle(thread);
        ok(call.error && call.error != 0xdeadbeef, "a call to a stopped server: error %lu\n", call.error);
        trace("a call to a stopped server failed with %lu after %.1f ms\n", call.error, call.ms);
    }
    if (!control("cont")) return;
    state = group_state(h->group, owner, &error);
    ok(!error && state != ClusterGroupStateUnknown, "server answering again: state %d, error %lu\n", state, error);
}

/* The server killed while four threads call: they stop with an RPC error. */
static void test_server_killed(struct handles *h)
{
    struct caller callers[4];
    HANDLE threads[4];
    volatile LONG stop;
    LARGE_INTEGER start;
    unsigned int i;
    BOOL returned;

    start_callers(callers, threads, ARRAY_SIZE(threads), h->group, &stop);
    Sleep(200);
    if (!control("kill"))
    {
        stop_callers(threads, ARRAY_SIZE(threads), &stop, 30000);
        return;
    }
    QueryPerformanceCounter(&start);
    /* They stop on their own at the first RPC error; give them 30 s. */
    returned = WaitForMultipleObjects(ARRAY_SIZE(threads), threads, TRUE, 30000) != WAIT_TIMEOUT;
    ok(returned, "calls still running 30 s after the server was killed\n");
    trace("callers ended %.1f ms after the kill was confirmed\n", elapsed_ms(start));
    stop_callers(threads, ARRAY_SIZE(threads), &stop, 30000);
    for (i = 0; i < ARRAY_SIZE(callers); i++)
        ok(callers[i].failures && (callers[i].first_error == RPC_S_SERVER_UNAVAILABLE ||
                                   callers[i].first_error == RPC_S_CALL_FAILED),
           "thread %u: %ld calls, %ld failures, first error %lu\n", i, callers[i].calls, callers[i].failures,
           callers[i].first_error);
}

/* Threads blocked in GetClusterNotify and GetClusterNotifyV2 on ports that
 * watch only the cluster's state, while the server is killed. */
struct blocked_get
{
    HCHANGE port;
    BOOL v2;
    DWORD error;
    DWORD_PTR key;
    DWORD filter;
    NOTIFY_FILTER_AND_TYPE filter_v2;
    double ms;
};

struct lost_watchers
{
    struct blocked_get gets[2];
    HANDLE threads[2];
};

static DWORD WINAPI blocked_get_thread(void *arg)
{
    struct blocked_get *get = arg;
    LARGE_INTEGER start;
    WCHAR name[256];
    DWORD size = ARRAY_SIZE(name);

    QueryPerformanceCounter(&start);
    if (get->v2)
        get->error = GetClusterNotifyV2(get->port, &get->key, &get->filter_v2, NULL, NULL, NULL, NULL, NULL, NULL,
                                        name, &size, NULL, NULL, 60000);
    else
        get->error = GetClusterNotify(get->port, &get->key, &get->filter, name, &size, 60000);
    get->ms = elapsed_ms(start);
    return 0;
}

static void start_lost_watchers(const struct handles *h, struct lost_watchers *w)
{
    NOTIFY_FILTER_AND_TYPE cluster_filter = { CLUSTER_OBJECT_TYPE_CLUSTER, CLUSTER_CHANGE_CLUSTER_STATE_V2 };
    unsigned int i;

    memset(w, 0, sizeof(*w));
    w->gets[0].port = CreateClusterNotifyPort(INVALID_HANDLE_VALUE, h->cluster, CLUSTER_CHANGE_CLUSTER_STATE, KEY_LOST);
    ok(w->gets[0].port != NULL, "CreateClusterNotifyPort(CLUSTER_STATE) failed: %lu\n", GetLastError());
    w->gets[1].port = CreateClusterNotifyPortV2(INVALID_HANDLE_VALUE, h->cluster, &cluster_filter, 1, KEY_V2_LOST);
    ok(w->gets[1].port != NULL, "CreateClusterNotifyPortV2(CLUSTER_STATE_V2) failed: %lu\n", GetLastError());
    w->gets[1].v2 = TRUE;
    for (i = 0; i < ARRAY_SIZE(w->gets); i++)
    {
        w->gets[i].error = 0xdeadbeef;
        if (w->gets[i].port) w->threads[i] = CreateThread(NULL, 0, blocked_get_thread, &w->gets[i], 0, NULL);
    }
    Sleep(200);   /* both blocked before the kill */
}

static void check_lost_watchers(struct lost_watchers *w)
{
    unsigned int i;

    for (i = 0; i < ARRAY_SIZE(w->gets); i++)
    {
        struct blocked_get *get = &w->gets[i];

        if (!w->threads[i]) continue;
        ok(WaitForSingleObject(w->threads[i], 30000) == WAIT_OBJECT_0,
           "GetClusterNotify%s still blocked 30 s after the server was killed\n", get->v2 ? "V2" : "");
        CloseHandle(w->threads[i]);
        if (get->v2)
            ok(!get->error && get->key == KEY_V2_LOST && get->filter_v2.dwObjectType == CLUSTER_OBJECT_TYPE_CLUSTER &&
               (ULONGLONG)get->filter_v2.FilterFlags == CLUSTER_CHANGE_CLUSTER_STATE_V2,
               "blocked GetClusterNotifyV2: error %lu, key %#Ix, type %lu, flags %#I64x\n", get->error, get->key,
               get->filter_v2.dwObjectType, (ULONGLONG)get->filter_v2.FilterFlags);
        else
            ok(!get->error && get->key == KEY_LOST && get->filter == CLUSTER_CHANGE_CLUSTER_STATE,
               "blocked GetClusterNotify: error %lu, key %#Ix, filter %#lx\n", get->error, get->key, get->filter);
        trace("GetClusterNotify%s blocked across the kill returned %lu after %.1f ms\n", get->v2 ? "V2" : "",
              get->error, get->ms);
        ok(CloseClusterNotifyPort(get->port), "CloseClusterNotifyPort failed: %lu\n", GetLastError());
    }
}

static void close_everything(struct handles *h)
{
    LARGE_INTEGER start;

    QueryPerformanceCounter(&start);
    if (h->port) ok(CloseClusterNotifyPort(h->port), "CloseClusterNotifyPort failed: %lu\n", GetLastError());
    if (h->port_v2) ok(CloseClusterNotifyPort(h->port_v2), "CloseClusterNotifyPort(V2) failed: %lu\n", GetLastError());
    if (h->checkpoints) ok(!ClusterRegCloseKey(h->checkpoints), "ClusterRegCloseKey failed\n");
    if (h->resource_key) ok(!ClusterRegCloseKey(h->resource_key), "ClusterRegCloseKey failed\n");
    if (h->root) ok(!ClusterRegCloseKey(h->root), "ClusterRegCloseKey failed\n");
    if (h->node1) ok(CloseClusterNode(h->node1), "CloseClusterNode failed: %lu\n", GetLastError());
    if (h->resource) ok(CloseClusterResource(h->resource), "CloseClusterResource failed: %lu\n", GetLastError());
    if (h->group) ok(CloseClusterGroup(h->group), "CloseClusterGroup failed: %lu\n", GetLastError());
    if (h->cluster) ok(CloseCluster(h->cluster), "CloseCluster failed: %lu\n", GetLastError());
    trace("closing every handle took %.1f ms\n", elapsed_ms(start));
}

static void test_batch_port_failover(void);
static void test_hung_candidate(void);

START_TEST(reconnect)
{
    struct handles h = { 0 };
    DWORD len = GetEnvironmentVariableW(L"WINECLUSAPI_TEST_CONTROL", control_dir, ARRAY_SIZE(control_dir));

    if (!len || len >= ARRAY_SIZE(control_dir))
    {
        skip("no multi-node cluster: tests/server/test_wine_reconnect.sh runs this test\n");
        return;
    }
    open_everything(&h);
    if (h.cluster && h.group && h.resource && h.node1 && h.root && h.checkpoints && h.resource_key && h.port && h.port_v2)
    {
        test_failover(&h);
        test_concurrent_callers(&h);
        test_every_node_down(&h);
        struct lost_watchers watchers;

        test_batch_port_failover();
        test_hung_candidate();
        test_hung_server(&h);
        start_lost_watchers(&h, &watchers);
        test_server_killed(&h);
        check_lost_watchers(&watchers);
    }
    close_everything(&h);
}

/* Whether the notification a getter got (then closed) sets the value name. */
static BOOL batch_sets_value(struct batch_waiter *getter, const WCHAR *name)
{
    CLUSTER_BATCH_COMMAND command;
    BOOL found = FALSE;

    if (getter->result) return FALSE;
    while (!ClusterRegBatchReadCommand(getter->notification, &command))
        if (command.Command == CLUSREG_SET_VALUE && command.wzName && !wcscmp(command.wzName, name)) found = TRUE;
    ClusterRegBatchCloseNotification(getter->notification);
    getter->notification = NULL;
    return found;
}

/* A registry batch (ports see batches, not single writes) setting name on key. */
static LONG batch_set_value(HKEY key, const WCHAR *name)
{
    DWORD value = 1;
    HREGBATCH batch;
    INT failed = -1;
    LONG ret;

    if ((ret = ClusterRegCreateBatch(key, &batch))) return ret;
    if ((ret = ClusterRegBatchAddCommand(batch, CLUSREG_SET_VALUE, name, REG_DWORD, &value, sizeof(value))))
    {
        ClusterRegCloseBatch(batch, FALSE, &failed);
        return ret;
    }
    return ClusterRegCloseBatch(batch, TRUE, &failed);
}

/* Sets name on key and gets the port's next batch, within 20 s. */
static BOOL batch_after_set(struct batch_waiter *getter, HKEY key, const WCHAR *name, const char *when)
{
    HANDLE thread;
    LONG ret;

    ret = batch_set_value(key, name);
    ok(!ret, "%s: a batch setting %s: %ld\n", when, wine_dbgstr_w(name), ret);
    getter->result = 0xdeadbeef;
    thread = CreateThread(NULL, 0, batch_wait_thread, getter, 0, NULL);
    ok(WaitForSingleObject(thread, 20000) == WAIT_OBJECT_0, "%s: no batch notification within 20 s\n", when);
    CloseHandle(thread);
    ok(!getter->result, "%s: ClusterRegGetBatchNotification: %ld\n", when, getter->result);
    return batch_sets_value(getter, name);
}

/* A registry batch notification port made through node1 is made again on
 * node2 when node1 goes down (MS-CMRP 3.2.1: HBATCH_PORT_RPC is one of the
 * handles a client keeps; 3.2.4.6): a getter waiting through the switch
 * gets what is changed after it, and so does the next one. */
static void test_batch_port_failover(void)
{
    struct batch_waiter getter = { 0 };
    HCLUSTER cluster;
    HKEY root, key = NULL;
    HANDLE thread;
    LONG ret;

    if (!control("node1 up")) return;
    cluster = OpenCluster(L"node1");
    ok(cluster != NULL, "OpenCluster(node1): %lu\n", GetLastError());
    if (!cluster) return;
    root = GetClusterKey(cluster, KEY_ALL_ACCESS);
    ok(root != NULL, "GetClusterKey: %lu\n", GetLastError());
    ret = root ? ClusterRegCreateKey(root, L"BatchFailover", 0, KEY_ALL_ACCESS, NULL, &key, NULL)
               : ERROR_INVALID_HANDLE;
    ok(!ret, "ClusterRegCreateKey: %ld\n", ret);
    ret = key ? ClusterRegCreateBatchNotifyPort(key, &getter.port) : ERROR_INVALID_HANDLE;
    ok(!ret, "ClusterRegCreateBatchNotifyPort: %ld\n", ret);
    if (ret) goto done;
    ok(batch_after_set(&getter, key, L"Before", "through node1"), "through node1: no batch setting Before\n");

    getter.result = 0xdeadbeef;
    thread = CreateThread(NULL, 0, batch_wait_thread, &getter, 0, NULL);
    ok(WaitForSingleObject(thread, 300) == WAIT_TIMEOUT, "returned without a batch: %ld\n", getter.result);
    if (control("node1 down"))
    {
        ret = batch_set_value(key, L"During");
        ok(!ret, "a batch after node1 went down: %ld\n", ret);
    }
    ok(WaitForSingleObject(thread, 20000) == WAIT_OBJECT_0, "the waiting getter still waits 20 s later\n");
    CloseHandle(thread);
    ok(!getter.result, "the getter waiting while node1 went down: %ld\n", getter.result);
    ok(batch_sets_value(&getter, L"During"), "the getter waiting while node1 went down: no batch setting During\n");
    ok(batch_after_set(&getter, key, L"After", "through node2"), "through node2: no batch setting After\n");

    ok(!ClusterRegCloseBatchNotifyPort(getter.port), "ClusterRegCloseBatchNotifyPort failed\n");
done:
    if (key) ClusterRegCloseKey(key);
    if (root)
    {
        ClusterRegDeleteKey(root, L"BatchFailover");
        ClusterRegCloseKey(root);
    }
    CloseCluster(cluster);
    control("node1 up");
}

static DWORD environment_dword(const WCHAR *name, DWORD fallback)
{
    WCHAR text[32];
    DWORD len = GetEnvironmentVariableW(name, text, ARRAY_SIZE(text));

    return len && len < ARRAY_SIZE(text) ? wcstoul(text, NULL, 10) : fallback;
}

/* A listening socket at address:port that nobody reads: connects succeed,
 * binds get no answer. */
static SOCKET listen_without_answering(const char *address, unsigned short port)
{
    struct sockaddr_in addr = { 0 };
    SOCKET s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);

    if (s == INVALID_SOCKET) return s;
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = inet_addr(address);
    if (bind(s, (struct sockaddr *)&addr, sizeof(addr)) || listen(s, 8))
    {
        closesocket(s);
        return INVALID_SOCKET;
    }
    return s;
}

/* A candidate that accepts the TCP connection but never answers the bind
 * costs about the Timeout setting (tests/server/test_wine_reconnect.sh sets
 * WINECLUSAPI_TIMEOUT), not Samba's 60 s bind timeout: opening the cluster
 * by its name, which resolves to that candidate, fails with
 * RPC_S_SERVER_UNAVAILABLE; a reconnect tries it first (the cluster name
 * leads the candidates, MS-CMRP 3.2.3.3), gives up on it and goes on to
 * node2; a method's own result, even one on the reconnect list, makes no
 * reconnect. */
static void test_hung_candidate(void)
{
    char address[32];
    WCHAR cluster_name[64], owner[64];
    DWORD timeout = environment_dword(L"WINECLUSAPI_TIMEOUT", 0);
    DWORD port = environment_dword(L"WINECLUSAPI_PORT", 0);
    DWORD size = ARRAY_SIZE(cluster_name), error, len;
    HCLUSTER cluster, other;
    LARGE_INTEGER start;
    WSADATA wsa;
    HGROUP group;
    HNODE node1;
    SOCKET hung;
    double ms;

    len = GetEnvironmentVariableA("WINECLUSAPI_TEST_HUNG_ADDRESS", address, sizeof(address));
    if (!len || len >= sizeof(address) || !timeout || !port)
    {
        skip("no address for a hung candidate, or no Timeout or port set\n");
        return;
    }
    if (!control("node1 up")) return;
    cluster = OpenCluster(L"node1");
    ok(cluster != NULL, "OpenCluster(node1): %lu\n", GetLastError());
    if (!cluster) return;
    error = GetClusterInformation(cluster, cluster_name, &size, NULL);
    ok(!error, "GetClusterInformation: %lu\n", error);
    group = OpenClusterGroup(cluster, GROUP);
    ok(group != NULL, "OpenClusterGroup: %lu\n", GetLastError());
    node1 = OpenClusterNode(cluster, L"node1");
    ok(node1 != NULL, "OpenClusterNode: %lu\n", GetLastError());
    ok(!WSAStartup(MAKEWORD(2, 2), &wsa), "WSAStartup failed\n");
    hung = listen_without_answering(address, port);
    ok(hung != INVALID_SOCKET, "cannot listen on %s:%lu: %d\n", address, port, WSAGetLastError());
    if (error || !group || !node1 || hung == INVALID_SOCKET) goto done;

    /* An open through it. */
    QueryPerformanceCounter(&start);
    SetLastError(0xdeadbeef);
    other = OpenCluster(cluster_name);
    error = GetLastError();
    ms = elapsed_ms(start);
    ok(!other && error == RPC_S_SERVER_UNAVAILABLE, "OpenCluster(%s) through a hung candidate: %p, %lu\n",
       wine_dbgstr_w(cluster_name), other, error);
    if (other) CloseCluster(other);
    ok(ms >= timeout * 0.8 && ms < timeout + 10000, "OpenCluster(%s) through a hung candidate took %.0f ms, "
       "Timeout %lu ms\n", wine_dbgstr_w(cluster_name), ms, timeout);
    trace("an open through a hung candidate failed after %.0f ms (Timeout %lu ms)\n", ms, timeout);

    /* A reconnect trying it first. */
    if (control("node1 down"))
    {
        QueryPerformanceCounter(&start);
        group_state(group, owner, &error);
        ms = elapsed_ms(start);
        ok(!error, "the first call after node1 went down, a hung candidate first: %lu\n", error);
        ok(ms >= timeout * 0.8 && ms < timeout + 10000, "a reconnect past a hung candidate took %.0f ms, "
           "Timeout %lu ms\n", ms, timeout);
        trace("a reconnect past a hung candidate took %.0f ms (Timeout %lu ms)\n", ms, timeout);

        /* No reconnect (which would try the hung candidate first) for a
         * result the method defines: ApiPauseNode's ERROR_CLUSTER_NODE_DOWN
         * for a node that is down (MS-CMRP 3.1.4.2.70). */
        QueryPerformanceCounter(&start);
        error = PauseClusterNode(node1);
        ms = elapsed_ms(start);
        ok(error == ERROR_CLUSTER_NODE_DOWN, "PauseClusterNode(node1) while it is down: %lu\n", error);
        ok(ms < timeout * 0.8, "PauseClusterNode(node1) while it is down took %.0f ms: a reconnect?\n", ms);
        control("node1 up");
    }
done:
    if (hung != INVALID_SOCKET) closesocket(hung);
    WSACleanup();
    if (node1) CloseClusterNode(node1);
    if (group) CloseClusterGroup(group);
    CloseCluster(cluster);
}
