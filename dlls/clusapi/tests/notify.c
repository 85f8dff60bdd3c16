/*
 * Conformance tests for notification ports (versions 1 and 2), against the
 * simulated cluster of server/examples/two-node.conf: events for changes a
 * second client makes (its own OpenCluster), 64-bit keys, timeouts measured
 * against the requested value (reported, not asserted to the millisecond),
 * no lost or duplicated events, the name buffer rules, the handle-close
 * events made by the client, and closing a port from another thread while
 * GetClusterNotify waits on it.  The same for version 2 ports
 * (GetClusterNotifyV2: object types, 64-bit flags, ids, payloads), and
 * GetNotifyEventHandle.
 */
#include <stdarg.h>
#include <stdio.h>

#include <windef.h>
#include <winbase.h>
#include <winerror.h>
#include <winreg.h>
#include "clusapi.h"

#include "wine/test.h"

/* Keys that do not fit in 32 bits: the wire carries DWORDs (ms-cmrp.md P4). */
#define KEY_CLUSTER  ((DWORD_PTR)0x1234567800000001ull)
#define KEY_RESOURCE ((DWORD_PTR)0x1234567800000002ull)
#define KEY_REGISTRY ((DWORD_PTR)0x1234567800000003ull)
#define KEY_CLOSE    ((DWORD_PTR)0x1234567800000004ull)
#define KEY_SECOND   ((DWORD_PTR)0xfedcba9800000005ull)

static WCHAR server_address[64] = L"127.0.0.1";
static HCLUSTER cluster;

struct event
{
    DWORD_PTR key;
    DWORD filter;
    WCHAR name[256];
};

/* The next event within timeout ms, or the error. */
static DWORD next_event(HCHANGE port, DWORD timeout, struct event *event)
{
    DWORD size = ARRAY_SIZE(event->name);

    event->key = 0xdeadbeef;
    event->filter = 0xdeadbeef;
    event->name[0] = 0;
    return GetClusterNotify(port, &event->key, &event->filter, event->name, &size, timeout);
}

/* Reads events until one matches (or timeout ms pass without any). */
static BOOL wait_for(HCHANGE port, DWORD_PTR key, DWORD filter, const WCHAR *name, DWORD timeout)
{
    struct event event;
    DWORD ret;

    while (!(ret = next_event(port, timeout, &event)))
    {
        if (event.key == key && event.filter == filter && (!name || !wcsicmp(event.name, name))) return TRUE;
    }
    ok(ret == WAIT_TIMEOUT, "GetClusterNotify: %lu\n", ret);
    return FALSE;
}

static void drain(HCHANGE port)
{
    struct event event;

    while (!next_event(port, 0, &event)) ;
}

static double elapsed_ms(LARGE_INTEGER start)
{
    LARGE_INTEGER now, frequency;

    QueryPerformanceCounter(&now);
    QueryPerformanceFrequency(&frequency);
    return (now.QuadPart - start.QuadPart) * 1000.0 / frequency.QuadPart;
}

static void test_bad_arguments(void)
{
    DWORD_PTR key;
    DWORD filter, ret, size;
    WCHAR name[16];
    HCHANGE port;

    SetLastError(0xdeadbeef);
    port = CreateClusterNotifyPort(NULL, cluster, CLUSTER_CHANGE_ALL, 0);
    ok(!port && GetLastError() == ERROR_INVALID_HANDLE, "NULL port: %p, %lu\n", port, GetLastError());
    SetLastError(0xdeadbeef);
    port = CreateClusterNotifyPort(INVALID_HANDLE_VALUE, (HCLUSTER)0xdeadbeef, CLUSTER_CHANGE_ALL, 0);
    ok(!port && GetLastError() == ERROR_INVALID_HANDLE, "forged cluster: %p, %lu\n", port, GetLastError());

    /* A port of no cluster yet. */
    port = CreateClusterNotifyPort(INVALID_HANDLE_VALUE, INVALID_HANDLE_VALUE, 0, 0);
    ok(port != NULL, "no cluster: %lu\n", GetLastError());
    if (!port) return;
    size = ARRAY_SIZE(name);
    ret = GetClusterNotify(port, NULL, &filter, name, &size, 0);
    ok(ret == ERROR_INVALID_PARAMETER, "no key pointer: %lu\n", ret);
    ret = GetClusterNotify(port, &key, &filter, name, NULL, 0);
    ok(ret == ERROR_INVALID_PARAMETER, "no size pointer: %lu\n", ret);
    ret = GetClusterNotify(port, &key, &filter, name, &size, 0);
    ok(ret == WAIT_TIMEOUT, "empty port: %lu\n", ret);
    ret = GetClusterNotify((HCHANGE)cluster, &key, &filter, name, &size, 0);
    ok(ret == ERROR_INVALID_HANDLE, "cluster as port: %lu\n", ret);
    SetLastError(0xdeadbeef);
    ok(!CreateClusterNotifyPort(port, INVALID_HANDLE_VALUE, CLUSTER_CHANGE_ALL, 0) &&
       GetLastError() == ERROR_INVALID_PARAMETER, "existing port without a cluster: %lu\n", GetLastError());
    ret = RegisterClusterNotify(port, CLUSTER_CHANGE_GROUP_STATE, (HANDLE)0xdeadbeef, 0);
    ok(ret == ERROR_INVALID_HANDLE, "forged object: %lu\n", ret);

    ok(CloseClusterNotifyPort(port), "close failed: %lu\n", GetLastError());
    SetLastError(0xdeadbeef);
    ok(!CloseClusterNotifyPort(port) && GetLastError() == ERROR_INVALID_HANDLE, "double close\n");
    ret = GetClusterNotify(port, &key, &filter, name, &size, 0);
    ok(ret == ERROR_INVALID_HANDLE, "closed port: %lu\n", ret);
    ret = RegisterClusterNotify(port, CLUSTER_CHANGE_ALL, cluster, 0);
    ok(ret == ERROR_INVALID_HANDLE, "register on a closed port: %lu\n", ret);
}

static void test_timeouts(HCHANGE port)
{
    static const DWORD timeouts[] = { 0, 50, 300, 1000 };
    LARGE_INTEGER start;
    struct event event;
    DWORD i, ret;
    double ms;

    drain(port);
    for (i = 0; i < ARRAY_SIZE(timeouts); i++)
    {
        QueryPerformanceCounter(&start);
        ret = next_event(port, timeouts[i], &event);
        ms = elapsed_ms(start);
        ok(ret == WAIT_TIMEOUT, "timeout %lu: %lu (event %#lx %s)\n", timeouts[i], ret, event.filter,
           wine_dbgstr_w(event.name));
        /* Not before the time asked; well within a generous bound after. */
        ok(ms >= timeouts[i] - 1.0 && ms < timeouts[i] + 2000.0, "timeout %lu took %.1f ms\n", timeouts[i], ms);
        trace("GetClusterNotify timeout %lu ms: returned after %.1f ms\n", timeouts[i], ms);
    }
}

/* State changes made by a second client reach the port, with the 64-bit key. */
static void test_state_events(HCHANGE port, HCLUSTER second)
{
    HGROUP group = OpenClusterGroup(second, L"FS1");
    HRESOURCE mine = OpenClusterResource(cluster, L"File Server (\\\\FS1)");
    HRESOURCE theirs = OpenClusterResource(second, L"File Server (\\\\FS1)");
    DWORD ret, state;
    int i;

    ok(group && mine && theirs, "open: %p %p %p, %lu\n", group, mine, theirs, GetLastError());
    if (!group || !mine || !theirs) goto done;
    drain(port);

    /* An object registration: the resource's own events, with its key. */
    ret = RegisterClusterNotify(port, CLUSTER_CHANGE_RESOURCE_STATE, mine, KEY_RESOURCE);
    ok(ret == ERROR_SUCCESS, "RegisterClusterNotify(resource): %lu\n", ret);

    ret = OfflineClusterResource(theirs);
    ok(ret == ERROR_SUCCESS || ret == ERROR_IO_PENDING, "offline: %lu\n", ret);
    ok(wait_for(port, KEY_RESOURCE, CLUSTER_CHANGE_RESOURCE_STATE, L"File Server (\\\\FS1)", 5000),
       "no resource state event for the object registration\n");
    /* The cluster registration (GROUP_STATE) sees the group change too. */
    ok(wait_for(port, KEY_CLUSTER, CLUSTER_CHANGE_GROUP_STATE, L"FS1", 5000), "no group state event\n");

    for (i = 0; i < 100; i++)
    {
        if ((state = GetClusterResourceState(theirs, NULL, NULL, NULL, NULL)) == ClusterResourceOffline) break;
        Sleep(50);
    }
    ret = OnlineClusterResource(theirs);
    ok(ret == ERROR_SUCCESS || ret == ERROR_IO_PENDING, "online: %lu\n", ret);
    ok(wait_for(port, KEY_RESOURCE, CLUSTER_CHANGE_RESOURCE_STATE, L"File Server (\\\\FS1)", 5000),
       "no resource state event when back online\n");
    for (i = 0; i < 100; i++)
    {
        if ((state = GetClusterResourceState(theirs, NULL, NULL, NULL, NULL)) == ClusterResourceOnline) break;
        Sleep(50);
    }
    ok(state == ClusterResourceOnline, "resource state %lu\n", state);

done:
    if (group) CloseClusterGroup(group);
    if (mine) CloseClusterResource(mine);
    if (theirs) CloseClusterResource(theirs);
}

/* Adds and deletes: a group created and deleted by the second client. */
static void test_add_delete_events(HCHANGE port, HCLUSTER second)
{
    HGROUP group;
    DWORD ret;

    drain(port);
    group = CreateClusterGroup(second, L"WineTest Notify Group");
    ok(group != NULL, "CreateClusterGroup: %lu\n", GetLastError());
    if (!group) return;
    ok(wait_for(port, KEY_CLUSTER, CLUSTER_CHANGE_GROUP_ADDED, L"WineTest Notify Group", 5000), "no GROUP_ADDED\n");
    ret = DeleteClusterGroup(group);
    ok(ret == ERROR_SUCCESS, "DeleteClusterGroup: %lu\n", ret);
    ok(wait_for(port, KEY_CLUSTER, CLUSTER_CHANGE_GROUP_DELETED, L"WineTest Notify Group", 5000),
       "no GROUP_DELETED\n");
    CloseClusterGroup(group);
}

/* A property changed by the second client (a control code). */
static void test_property_events(HCHANGE port, HCLUSTER second)
{
    static const WCHAR name[] = L"Description", value[] = L"changed for the notify test";
    DWORD name_size = sizeof(name), value_size = sizeof(value), ret, offset = 0;
    BYTE list[256];
    HGROUP group;

    ok(CreateClusterNotifyPort(port, cluster, CLUSTER_CHANGE_GROUP_PROPERTY, KEY_CLUSTER) == port,
       "adding GROUP_PROPERTY: %lu\n", GetLastError());
    group = OpenClusterGroup(second, L"Available Storage");
    ok(group != NULL, "open: %lu\n", GetLastError());
    if (!group) return;
    drain(port);

    /* One SZ property (MS-CMRP 2.2.3.10). */
    memset(list, 0, sizeof(list));
    *(DWORD *)list = 1;
    offset = 4;
    *(DWORD *)(list + offset) = CLUSPROP_SYNTAX_NAME;
    *(DWORD *)(list + offset + 4) = name_size;
    memcpy(list + offset + 8, name, name_size);
    offset += 8 + ((name_size + 3) & ~3);
    *(DWORD *)(list + offset) = CLUSPROP_SYNTAX_LIST_VALUE_SZ;
    *(DWORD *)(list + offset + 4) = value_size;
    memcpy(list + offset + 8, value, value_size);
    offset += 8 + ((value_size + 3) & ~3) + 8;   /* and the two ENDMARKs, zero */
    ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_SET_COMMON_PROPERTIES, list, offset, NULL, 0, NULL);
    ok(ret == ERROR_SUCCESS || ret == ERROR_RESOURCE_PROPERTIES_STORED, "set: %lu\n", ret);
    ok(wait_for(port, KEY_CLUSTER, CLUSTER_CHANGE_GROUP_PROPERTY, L"Available Storage", 5000),
       "no GROUP_PROPERTY event\n");
    CloseClusterGroup(group);
}

/* Registry changes: exactly one event per change, in order, none twice. */
static void test_registry_events(HCHANGE port, HCLUSTER second)
{
    enum { COUNT = 40 };
    HKEY root, key = NULL, theirs = NULL;
    struct event event;
    WCHAR value[32], expect[64];
    DWORD ret, i, got = 0, disposition;
    BOOL in_order = TRUE;

    root = GetClusterKey(cluster, KEY_ALL_ACCESS);
    ok(root != NULL, "GetClusterKey: %lu\n", GetLastError());
    if (!root) return;
    ret = ClusterRegCreateKey(root, L"WineTest Notify", 0, KEY_ALL_ACCESS, NULL, &key, &disposition);
    ok(ret == ERROR_SUCCESS, "create: %lu\n", ret);
    if (ret) goto done;
    ret = RegisterClusterNotify(port, CLUSTER_CHANGE_REGISTRY_VALUE, key, KEY_REGISTRY);
    ok(ret == ERROR_SUCCESS, "RegisterClusterNotify(key): %lu\n", ret);
    if (ret) goto done;

    theirs = GetClusterKey(second, KEY_ALL_ACCESS);
    ok(theirs != NULL, "second GetClusterKey: %lu\n", GetLastError());
    if (!theirs) goto done;
    drain(port);
    for (i = 0; i < COUNT; i++)
    {
        HKEY sub;

        if (ClusterRegOpenKey(theirs, L"WineTest Notify", KEY_ALL_ACCESS, &sub)) break;
        swprintf(value, ARRAY_SIZE(value), L"value %lu", i);
        ClusterRegSetValue(sub, value, REG_DWORD, (const BYTE *)&i, sizeof(i));
        ClusterRegCloseKey(sub);
    }
    while (!(ret = next_event(port, 2000, &event)))
    {
        if (event.key != KEY_REGISTRY) continue;
        ok(event.filter == CLUSTER_CHANGE_REGISTRY_VALUE, "filter %#lx\n", event.filter);
        /* The name is the key's path from the root, then the value (server/README.md). */
        swprintf(expect, ARRAY_SIZE(expect), L"WineTest Notify\\value %lu", got);
        if (wcsicmp(event.name, expect) && in_order)
        {
            ok(0, "event %lu: %s, expected %s\n", got, wine_dbgstr_w(event.name), wine_dbgstr_w(expect));
            in_order = FALSE;
        }
        got++;
    }
    ok(ret == WAIT_TIMEOUT, "GetClusterNotify: %lu\n", ret);
    ok(got == COUNT, "%lu registry events for %u changes\n", got, COUNT);

done:
    if (theirs) ClusterRegCloseKey(theirs);
    if (key)
    {
        ClusterRegCloseKey(key);
        ClusterRegDeleteKey(root, L"WineTest Notify");
    }
    ClusterRegCloseKey(root);
    drain(port);
}

/* A name that does not fit: ERROR_MORE_DATA and the length; the event stays. */
static void test_name_buffer(HCHANGE port, HCLUSTER second)
{
    HGROUP group;
    DWORD_PTR key;
    DWORD filter, ret, size;
    WCHAR name[64];

    drain(port);
    group = CreateClusterGroup(second, L"WineTest Long Group Name");
    ok(group != NULL, "CreateClusterGroup: %lu\n", GetLastError());
    if (!group) return;

    /* Wait for the event without taking it: a NULL buffer only asks its size. */
    size = 0;
    ret = GetClusterNotify(port, &key, &filter, NULL, &size, 5000);
    ok(ret == ERROR_MORE_DATA && size == wcslen(L"WineTest Long Group Name"), "size query: %lu, %lu\n", ret, size);
    size = 5;
    name[0] = 0xcccc;
    ret = GetClusterNotify(port, &key, &filter, name, &size, 0);
    ok(ret == ERROR_MORE_DATA && size == wcslen(L"WineTest Long Group Name") && name[0] == 0xcccc,
       "short: %lu, %lu\n", ret, size);
    size = ARRAY_SIZE(name);
    key = filter = 0;
    ret = GetClusterNotify(port, &key, &filter, name, &size, 0);
    ok(ret == ERROR_SUCCESS && key == KEY_CLUSTER && filter == CLUSTER_CHANGE_GROUP_ADDED &&
       !wcscmp(name, L"WineTest Long Group Name") && size == wcslen(name),
       "the same event: %lu, %#Ix, %#lx, %s\n", ret, key, filter, wine_dbgstr_w(name));

    /* No name wanted at all. */
    ok(DeleteClusterGroup(group) == ERROR_SUCCESS, "delete failed\n");
    ret = GetClusterNotify(port, &key, &filter, NULL, NULL, 5000);
    ok(ret == ERROR_SUCCESS && filter == CLUSTER_CHANGE_GROUP_DELETED, "no name: %lu, %#lx\n", ret, filter);
    CloseClusterGroup(group);
    drain(port);
}

/* CLUSTER_CHANGE_HANDLE_CLOSE, which the client makes itself. */
static void test_handle_close(HCHANGE port)
{
    struct event event;
    HGROUP group;
    DWORD ret;

    drain(port);
    group = OpenClusterGroup(cluster, L"Available Storage");
    ok(group != NULL, "open: %lu\n", GetLastError());
    if (!group) return;
    ret = RegisterClusterNotify(port, CLUSTER_CHANGE_GROUP_STATE | CLUSTER_CHANGE_HANDLE_CLOSE, group, KEY_CLOSE);
    ok(ret == ERROR_SUCCESS, "register: %lu\n", ret);
    ok(CloseClusterGroup(group), "close failed\n");
    ret = next_event(port, 1000, &event);
    ok(ret == ERROR_SUCCESS && event.key == KEY_CLOSE && event.filter == CLUSTER_CHANGE_HANDLE_CLOSE &&
       !wcscmp(event.name, L"Available Storage"), "handle close: %lu, %#Ix, %#lx, %s\n", ret, event.key,
       event.filter, wine_dbgstr_w(event.name));
    ret = next_event(port, 100, &event);
    ok(ret == WAIT_TIMEOUT, "more: %lu, %#lx %s\n", ret, event.filter, wine_dbgstr_w(event.name));
}

/* One port, two clusters (two connections): events of both, each with its key. */
static void test_two_sessions(HCHANGE port, HCLUSTER second)
{
    HGROUP group;
    HCHANGE same;
    BOOL first_seen = FALSE, second_seen = FALSE;
    struct event event;

    same = CreateClusterNotifyPort(port, second, CLUSTER_CHANGE_GROUP_ADDED, KEY_SECOND);
    ok(same == port, "add a cluster: %p, %lu\n", same, GetLastError());
    if (!same) return;
    drain(port);
    group = CreateClusterGroup(cluster, L"WineTest Two Sessions");
    ok(group != NULL, "create: %lu\n", GetLastError());
    if (!group) return;
    while (!next_event(port, 2000, &event))
    {
        if (event.filter != CLUSTER_CHANGE_GROUP_ADDED || wcscmp(event.name, L"WineTest Two Sessions")) continue;
        if (event.key == KEY_CLUSTER) first_seen = TRUE;
        else if (event.key == KEY_SECOND) second_seen = TRUE;
        else ok(0, "key %#Ix\n", event.key);
        if (first_seen && second_seen) break;
    }
    ok(first_seen && second_seen, "events: first %d, second %d\n", first_seen, second_seen);
    DeleteClusterGroup(group);
    CloseClusterGroup(group);
    drain(port);
}

/* The local cluster (ncalrpc): the port's own connection joins the same association there too. */
static void test_local_port(void)
{
    HCLUSTER local;
    HCHANGE port;
    HGROUP group;

    if (!GetEnvironmentVariableW(L"WINECLUSAPI_NCALRPC_DIR", NULL, 0))
    {
        skip("no local cluster socket\n");
        return;
    }
    local = OpenCluster(NULL);
    ok(local != NULL, "OpenCluster(NULL): %lu\n", GetLastError());
    if (!local) return;
    port = CreateClusterNotifyPort(INVALID_HANDLE_VALUE, local, CLUSTER_CHANGE_GROUP_ADDED, KEY_SECOND);
    ok(port != NULL, "CreateClusterNotifyPort: %lu\n", GetLastError());
    if (port)
    {
        group = CreateClusterGroup(cluster, L"WineTest Local Port");
        ok(group != NULL, "create: %lu\n", GetLastError());
        ok(wait_for(port, KEY_SECOND, CLUSTER_CHANGE_GROUP_ADDED, L"WineTest Local Port", 5000),
           "no event through the local socket\n");
        if (group)
        {
            DeleteClusterGroup(group);
            CloseClusterGroup(group);
        }
        ok(CloseClusterNotifyPort(port), "close failed\n");
    }
    CloseCluster(local);
}

struct waiter
{
    HCHANGE port;
    DWORD result;
    LARGE_INTEGER returned;
};

static DWORD WINAPI wait_thread(void *arg)
{
    struct waiter *waiter = arg;
    struct event event;

    waiter->result = next_event(waiter->port, INFINITE, &event);
    QueryPerformanceCounter(&waiter->returned);
    return 0;
}

/* CloseClusterNotifyPort from another thread ends a waiting GetClusterNotify. */
static void test_close_while_waiting(void)
{
    struct waiter waiter = { 0 };
    LARGE_INTEGER closed, frequency;
    HANDLE thread;
    HCHANGE port;

    port = CreateClusterNotifyPort(INVALID_HANDLE_VALUE, cluster, CLUSTER_CHANGE_NODE_STATE, 1);
    ok(port != NULL, "CreateClusterNotifyPort: %lu\n", GetLastError());
    if (!port) return;
    waiter.port = port;
    waiter.result = 0xdeadbeef;
    thread = CreateThread(NULL, 0, wait_thread, &waiter, 0, NULL);
    ok(WaitForSingleObject(thread, 300) == WAIT_TIMEOUT, "GetClusterNotify(INFINITE) returned %lu\n", waiter.result);
    QueryPerformanceCounter(&closed);
    ok(CloseClusterNotifyPort(port), "close failed: %lu\n", GetLastError());
    ok(WaitForSingleObject(thread, 5000) == WAIT_OBJECT_0, "the waiter did not return\n");
    ok(waiter.result == ERROR_INVALID_HANDLE, "waiter got %lu\n", waiter.result);
    QueryPerformanceFrequency(&frequency);
    trace("a waiting GetClusterNotify returned %.1f ms after CloseClusterNotifyPort\n",
          (waiter.returned.QuadPart - closed.QuadPart) * 1000.0 / frequency.QuadPart);
    CloseHandle(thread);
}

/* ---- version 2 ---- */

#define KEY_V2_CLUSTER  ((DWORD_PTR)0x1234567800000011ull)
#define KEY_V2_RESOURCE ((DWORD_PTR)0x1234567800000012ull)
#define KEY_V2_REGISTRY ((DWORD_PTR)0x1234567800000013ull)
#define KEY_V2_CLOSE    ((DWORD_PTR)0x1234567800000014ull)
#define KEY_V2_TYPE     ((DWORD_PTR)0x1234567800000015ull)
#define KEY_V2_PROPS    ((DWORD_PTR)0x1234567800000016ull)

struct event_v2
{
    DWORD_PTR key;
    NOTIFY_FILTER_AND_TYPE filter;
    BYTE buffer[512];
    DWORD buffer_size;
    WCHAR object_id[128], parent_id[128], name[256], type[128];
};

static DWORD next_event_v2(HCHANGE port, DWORD timeout, struct event_v2 *e)
{
    DWORD object_id_size = ARRAY_SIZE(e->object_id), parent_id_size = ARRAY_SIZE(e->parent_id);
    DWORD name_size = ARRAY_SIZE(e->name), type_size = ARRAY_SIZE(e->type);

    memset(e, 0xcc, sizeof(*e));
    e->buffer_size = sizeof(e->buffer);
    return GetClusterNotifyV2(port, &e->key, &e->filter, e->buffer, &e->buffer_size, e->object_id, &object_id_size,
                              e->parent_id, &parent_id_size, e->name, &name_size, e->type, &type_size, timeout);
}

/* Reads events until one of object_type/flag with that key (and name) comes. */
static BOOL wait_for_v2(HCHANGE port, DWORD_PTR key, DWORD object_type, ULONGLONG flag, const WCHAR *name,
                        DWORD timeout, struct event_v2 *found)
{
    struct event_v2 e;
    DWORD ret;

    while (!(ret = next_event_v2(port, timeout, &e)))
    {
        if (e.key == key && e.filter.dwObjectType == object_type && (ULONGLONG)e.filter.FilterFlags == flag &&
            (!name || !wcsicmp(e.name, name)))
        {
            if (found) *found = e;
            return TRUE;
        }
    }
    ok(ret == WAIT_TIMEOUT, "GetClusterNotifyV2: %lu\n", ret);
    return FALSE;
}

static void drain_v2(HCHANGE port)
{
    struct event_v2 e;

    while (!next_event_v2(port, 0, &e)) ;
}

static void test_v2_bad_arguments(void)
{
    NOTIFY_FILTER_AND_TYPE filter = { CLUSTER_OBJECT_TYPE_GROUP, CLUSTER_CHANGE_GROUP_STATE_V2 };
    NOTIFY_FILTER_AND_TYPE bad_type = { 0x77, 1 };
    DWORD_PTR key;
    DWORD ret, size;
    WCHAR name[16];
    HCHANGE port, v1;

    SetLastError(0xdeadbeef);
    port = CreateClusterNotifyPortV2(INVALID_HANDLE_VALUE, cluster, NULL, 1, 0);
    ok(!port && GetLastError() == ERROR_INVALID_PARAMETER, "NULL filters: %p, %lu\n", port, GetLastError());
    SetLastError(0xdeadbeef);
    port = CreateClusterNotifyPortV2(INVALID_HANDLE_VALUE, (HCLUSTER)0xdeadbeef, &filter, 1, 0);
    ok(!port && GetLastError() == ERROR_INVALID_HANDLE, "forged cluster: %p, %lu\n", port, GetLastError());
    SetLastError(0xdeadbeef);
    port = CreateClusterNotifyPortV2(INVALID_HANDLE_VALUE, cluster, &bad_type, 1, 0);
    ok(!port && GetLastError() == ERROR_INVALID_PARAMETER, "object type 0x77: %p, %lu\n", port, GetLastError());

    port = CreateClusterNotifyPortV2(INVALID_HANDLE_VALUE, cluster, &filter, 1, 0);
    ok(port != NULL, "CreateClusterNotifyPortV2: %lu\n", GetLastError());
    v1 = CreateClusterNotifyPort(INVALID_HANDLE_VALUE, cluster, CLUSTER_CHANGE_GROUP_STATE, 0);
    ok(v1 != NULL, "CreateClusterNotifyPort: %lu\n", GetLastError());
    if (!port || !v1) return;

    /* each version's calls take only its ports */
    size = ARRAY_SIZE(name);
    ret = GetClusterNotify(port, &key, &ret, name, &size, 0);
    ok(ret == ERROR_INVALID_HANDLE, "GetClusterNotify on a v2 port: %lu\n", ret);
    ret = GetClusterNotifyV2(v1, &key, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0);
    ok(ret == ERROR_INVALID_HANDLE, "GetClusterNotifyV2 on a v1 port: %lu\n", ret);
    ret = RegisterClusterNotify(port, CLUSTER_CHANGE_GROUP_STATE, cluster, 0);
    ok(ret == ERROR_INVALID_HANDLE, "RegisterClusterNotify on a v2 port: %lu\n", ret);
    ret = RegisterClusterNotifyV2(v1, filter, cluster, 0);
    ok(ret == ERROR_INVALID_HANDLE, "RegisterClusterNotifyV2 on a v1 port: %lu\n", ret);

    ret = GetClusterNotifyV2(port, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0);
    ok(ret == ERROR_INVALID_PARAMETER, "no key pointer: %lu\n", ret);
    ret = GetClusterNotifyV2(port, &key, NULL, NULL, NULL, NULL, NULL, NULL, NULL, name, NULL, NULL, NULL, 0);
    ok(ret == ERROR_INVALID_PARAMETER, "a name without its size: %lu\n", ret);
    ret = GetClusterNotifyV2(port, &key, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0);
    ok(ret == WAIT_TIMEOUT, "empty port: %lu\n", ret);

    /* flags the type does not have: the server refuses them */
    filter.FilterFlags = 0x100000000ull;
    ret = RegisterClusterNotifyV2(port, filter, cluster, 0);
    ok(ret == ERROR_INVALID_PARAMETER, "unknown GROUP flag: %lu\n", ret);
    filter.dwObjectType = 0x77;
    ret = RegisterClusterNotifyV2(port, filter, cluster, 0);
    ok(ret == ERROR_INVALID_PARAMETER, "unknown object type: %lu\n", ret);
    ret = RegisterClusterResourceTypeNotifyV2(port, cluster, CLUSTER_CHANGE_RESOURCE_TYPE_DELETED_V2,
                                              L"WineTest No Such Type", 0);
    ok(ret == ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, "unknown resource type: %lu\n", ret);
    ret = RegisterClusterResourceTypeNotifyV2(port, cluster, CLUSTER_CHANGE_RESOURCE_TYPE_DELETED_V2, NULL, 0);
    ok(ret == ERROR_INVALID_PARAMETER, "NULL resource type: %lu\n", ret);

    ret = GetNotifyEventHandle(port, NULL);
    ok(ret == ERROR_INVALID_PARAMETER, "GetNotifyEventHandle(NULL): %lu\n", ret);
    ret = GetNotifyEventHandle((HCHANGE)cluster, (HANDLE *)&key);
    ok(ret == ERROR_INVALID_HANDLE, "GetNotifyEventHandle(cluster): %lu\n", ret);

    ok(CloseClusterNotifyPort(port), "close: %lu\n", GetLastError());
    ok(CloseClusterNotifyPort(v1), "close: %lu\n", GetLastError());
    ret = GetClusterNotifyV2(port, &key, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0);
    ok(ret == ERROR_INVALID_HANDLE, "closed port: %lu\n", ret);
}

/* Groups added and deleted (cluster-wide), resource state (targeted), with
 * the ids and payloads ApiGetNotifyV2 says. */
static void test_v2_object_events(HCHANGE port, HCLUSTER second)
{
    NOTIFY_FILTER_AND_TYPE resource_filter = { CLUSTER_OBJECT_TYPE_RESOURCE, CLUSTER_CHANGE_RESOURCE_STATE_V2 };
    HRESOURCE mine = OpenClusterResource(cluster, L"File Server (\\\\FS1)");
    HRESOURCE theirs = OpenClusterResource(second, L"File Server (\\\\FS1)");
    WCHAR group_id[64];
    struct event_v2 e;
    HGROUP group;
    DWORD ret, size, state;
    int i;

    ok(mine && theirs, "open: %p %p, %lu\n", mine, theirs, GetLastError());
    if (!mine || !theirs) goto done;
    drain_v2(port);

    group = CreateClusterGroup(second, L"WineTest V2 Group");
    ok(group != NULL, "CreateClusterGroup: %lu\n", GetLastError());
    if (group)
    {
        ok(wait_for_v2(port, KEY_V2_CLUSTER, CLUSTER_OBJECT_TYPE_CLUSTER, CLUSTER_CHANGE_CLUSTER_GROUP_ADDED_V2,
                       L"WineTest V2 Group", 5000, &e), "no CLUSTER_GROUP_ADDED_V2\n");
        size = ARRAY_SIZE(group_id);
        ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_GET_ID, NULL, 0, group_id, sizeof(group_id), &size);
        ok(!ret, "GET_ID: %lu\n", ret);
        ok(!ret && !wcscmp(e.object_id, group_id), "object id %s, group id %s\n", wine_dbgstr_w(e.object_id),
           wine_dbgstr_w(group_id));
        ok(e.buffer_size == sizeof(DWORD), "group added payload of %lu bytes\n", e.buffer_size);
        if (e.buffer_size == sizeof(DWORD))
            trace("group added: type %lu, parent %s\n", *(DWORD *)e.buffer, wine_dbgstr_w(e.parent_id));
        ok(!e.type[0], "type %s\n", wine_dbgstr_w(e.type));

        ret = DeleteClusterGroup(group);
        ok(ret == ERROR_SUCCESS, "DeleteClusterGroup: %lu\n", ret);
        ok(wait_for_v2(port, KEY_V2_CLUSTER, CLUSTER_OBJECT_TYPE_GROUP, CLUSTER_CHANGE_GROUP_DELETED_V2,
                       L"WineTest V2 Group", 5000, &e), "no GROUP_DELETED_V2\n");
        ok(!wcscmp(e.object_id, group_id), "deleted: object id %s\n", wine_dbgstr_w(e.object_id));
        CloseClusterGroup(group);
    }

    ret = RegisterClusterNotifyV2(port, resource_filter, mine, KEY_V2_RESOURCE);
    ok(ret == ERROR_SUCCESS, "RegisterClusterNotifyV2(resource): %lu\n", ret);
    ret = OfflineClusterResource(theirs);
    ok(ret == ERROR_SUCCESS || ret == ERROR_IO_PENDING, "offline: %lu\n", ret);
    ok(wait_for_v2(port, KEY_V2_RESOURCE, CLUSTER_OBJECT_TYPE_RESOURCE, CLUSTER_CHANGE_RESOURCE_STATE_V2,
                   L"File Server (\\\\FS1)", 5000, &e), "no RESOURCE_STATE_V2\n");
    ok(e.buffer_size == sizeof(DWORD), "state payload of %lu bytes\n", e.buffer_size);
    if (e.buffer_size == sizeof(DWORD))
        ok(*(DWORD *)e.buffer == ClusterResourceOffline || *(DWORD *)e.buffer == ClusterResourceOfflinePending,
           "state %#lx\n", *(DWORD *)e.buffer);
    ok(!wcscmp(e.type, L"File Server"), "resource type %s\n", wine_dbgstr_w(e.type));
    ok(e.parent_id[0] && e.object_id[0], "ids %s %s\n", wine_dbgstr_w(e.parent_id), wine_dbgstr_w(e.object_id));
    /* the cluster-wide GROUP registration sees FS1 change */
    ok(wait_for_v2(port, KEY_V2_CLUSTER, CLUSTER_OBJECT_TYPE_GROUP, CLUSTER_CHANGE_GROUP_STATE_V2, L"FS1", 5000, &e),
       "no GROUP_STATE_V2\n");
    for (i = 0; i < 100; i++)
    {
        if ((state = GetClusterResourceState(theirs, NULL, NULL, NULL, NULL)) == ClusterResourceOffline) break;
        Sleep(50);
    }
    ret = OnlineClusterResource(theirs);
    ok(ret == ERROR_SUCCESS || ret == ERROR_IO_PENDING, "online: %lu\n", ret);
    ok(wait_for_v2(port, KEY_V2_RESOURCE, CLUSTER_OBJECT_TYPE_RESOURCE, CLUSTER_CHANGE_RESOURCE_STATE_V2,
                   L"File Server (\\\\FS1)", 5000, &e), "no RESOURCE_STATE_V2 back online\n");
    for (i = 0; i < 100; i++)
    {
        if ((state = GetClusterResourceState(theirs, NULL, NULL, NULL, NULL)) == ClusterResourceOnline) break;
        Sleep(50);
    }
    ok(state == ClusterResourceOnline, "resource state %lu\n", state);

done:
    if (mine) CloseClusterResource(mine);
    if (theirs) CloseClusterResource(theirs);
}

/* Registry values set by the second client: each exactly once, in order,
 * the value's name as ObjectId and the key's path as Name; the short-buffer
 * rule leaves the event queued. */
static void test_v2_registry_events(HCHANGE port, HCLUSTER second)
{
    NOTIFY_FILTER_AND_TYPE filter = { CLUSTER_OBJECT_TYPE_REGISTRY, CLUSTER_CHANGE_REGISTRY_VALUE_V2 };
    HKEY root = GetClusterKey(cluster, KEY_ALL_ACCESS), key = NULL, theirs = NULL, sub = NULL;
    DWORD ret, disposition, i, object_id_size;
    WCHAR value[32], small[4];
    struct event_v2 e;
    DWORD_PTR got_key;

    ok(root != NULL, "GetClusterKey: %lu\n", GetLastError());
    if (!root) return;
    ret = ClusterRegCreateKey(root, L"WineTest NotifyV2", 0, KEY_ALL_ACCESS, NULL, &key, &disposition);
    ok(ret == ERROR_SUCCESS, "create key: %lu\n", ret);
    if (ret) goto done;
    ret = RegisterClusterNotifyV2(port, filter, key, KEY_V2_REGISTRY);
    ok(ret == ERROR_SUCCESS, "RegisterClusterNotifyV2(key): %lu\n", ret);
    theirs = GetClusterKey(second, KEY_ALL_ACCESS);
    ok(theirs && !ClusterRegOpenKey(theirs, L"WineTest NotifyV2", KEY_ALL_ACCESS, &sub), "second client's key\n");
    if (!sub) goto done;
    drain_v2(port);

    for (i = 0; i < 20; i++)
    {
        swprintf(value, ARRAY_SIZE(value), L"v2 value %lu", i);
        ret = ClusterRegSetValue(sub, value, REG_DWORD, (const BYTE *)&i, sizeof(i));
        ok(ret == ERROR_SUCCESS, "set %lu: %lu\n", i, ret);
    }
    /* the first one with a name buffer too small: ERROR_MORE_DATA, lengths, the event stays */
    object_id_size = ARRAY_SIZE(small);
    ret = GetClusterNotifyV2(port, &got_key, NULL, NULL, NULL, small, &object_id_size, NULL, NULL, NULL, NULL,
                             NULL, NULL, 5000);
    ok(ret == ERROR_MORE_DATA, "short ObjectId buffer: %lu\n", ret);
    ok(object_id_size == (DWORD)lstrlenW(L"v2 value 0"), "required %lu\n", object_id_size);
    for (i = 0; i < 20; i++)
    {
        ret = next_event_v2(port, 5000, &e);
        ok(ret == ERROR_SUCCESS, "event %lu: %lu\n", i, ret);
        if (ret) break;
        swprintf(value, ARRAY_SIZE(value), L"v2 value %lu", i);
        ok(e.key == KEY_V2_REGISTRY && e.filter.dwObjectType == CLUSTER_OBJECT_TYPE_REGISTRY &&
           e.filter.FilterFlags == CLUSTER_CHANGE_REGISTRY_VALUE_V2, "event %lu: key %#Ix, %lu/%#I64x\n", i, e.key,
           e.filter.dwObjectType, e.filter.FilterFlags);
        ok(!wcscmp(e.object_id, value), "event %lu: value %s\n", i, wine_dbgstr_w(e.object_id));
        ok(!wcscmp(e.name, L"WineTest NotifyV2"), "event %lu: key %s\n", i, wine_dbgstr_w(e.name));
        ok(e.buffer_size == 0, "event %lu: payload %lu\n", i, e.buffer_size);
    }
    ret = next_event_v2(port, 300, &e);
    ok(ret == WAIT_TIMEOUT, "a 21st event: %lu (%s)\n", ret, wine_dbgstr_w(e.object_id));

done:
    if (sub) ClusterRegCloseKey(sub);
    if (theirs) ClusterRegCloseKey(theirs);
    if (key)
    {
        ClusterRegCloseKey(key);
        ClusterRegDeleteKey(root, L"WineTest NotifyV2");
    }
    ClusterRegCloseKey(root);
}

/* A resource type's property, watched by name. */
static void test_v2_resource_type_events(HCHANGE port, HCLUSTER second)
{
    static const WCHAR name[] = L"Description", value[] = L"changed for the V2 test";
    DWORD name_size = sizeof(name), value_size = sizeof(value), ret, offset;
    BYTE list[256];
    struct event_v2 e;

    ret = RegisterClusterResourceTypeNotifyV2(port, cluster, CLUSTER_CHANGE_RESOURCE_TYPE_COMMON_PROPERTY_V2,
                                              L"generic service", KEY_V2_TYPE);
    ok(ret == ERROR_SUCCESS, "RegisterClusterResourceTypeNotifyV2: %lu\n", ret);
    drain_v2(port);
    memset(list, 0, sizeof(list));
    *(DWORD *)list = 1;
    offset = 4;
    *(DWORD *)(list + offset) = CLUSPROP_SYNTAX_NAME;
    *(DWORD *)(list + offset + 4) = name_size;
    memcpy(list + offset + 8, name, name_size);
    offset += 8 + ((name_size + 3) & ~3);
    *(DWORD *)(list + offset) = CLUSPROP_SYNTAX_LIST_VALUE_SZ;
    *(DWORD *)(list + offset + 4) = value_size;
    memcpy(list + offset + 8, value, value_size);
    offset += 8 + ((value_size + 3) & ~3) + 8;
    ret = ClusterResourceTypeControl(second, L"Generic Service", NULL, CLUSCTL_RESOURCE_TYPE_SET_COMMON_PROPERTIES,
                                     list, offset, NULL, 0, NULL);
    ok(ret == ERROR_SUCCESS || ret == ERROR_RESOURCE_PROPERTIES_STORED, "set: %lu\n", ret);
    ok(wait_for_v2(port, KEY_V2_TYPE, CLUSTER_OBJECT_TYPE_RESOURCE_TYPE,
                   CLUSTER_CHANGE_RESOURCE_TYPE_COMMON_PROPERTY_V2, L"Generic Service", 5000, &e),
       "no RESOURCE_TYPE_COMMON_PROPERTY_V2\n");
    /* another type's change does not match the name */
    ret = ClusterResourceTypeControl(second, L"IP Address", NULL, CLUSCTL_RESOURCE_TYPE_SET_COMMON_PROPERTIES,
                                     list, offset, NULL, 0, NULL);
    ok(ret == ERROR_SUCCESS || ret == ERROR_RESOURCE_PROPERTIES_STORED, "set: %lu\n", ret);
    ok(!wait_for_v2(port, KEY_V2_TYPE, CLUSTER_OBJECT_TYPE_RESOURCE_TYPE,
                    CLUSTER_CHANGE_RESOURCE_TYPE_COMMON_PROPERTY_V2, NULL, 500, NULL), "IP Address's event came\n");
}

/* A property list of one property (MS-CMRP 2.2.3.10); returns its size. */
static DWORD one_property_list(BYTE *list, const WCHAR *name, DWORD syntax, const void *value, DWORD value_size)
{
    DWORD name_size = (wcslen(name) + 1) * sizeof(WCHAR), offset = 4;

    memset(list, 0, 8 + ((name_size + 3) & ~3) + 8 + ((value_size + 3) & ~3) + 8 + 4);
    *(DWORD *)list = 1;
    *(DWORD *)(list + offset) = CLUSPROP_SYNTAX_NAME;
    *(DWORD *)(list + offset + 4) = name_size;
    memcpy(list + offset + 8, name, name_size);
    offset += 8 + ((name_size + 3) & ~3);
    *(DWORD *)(list + offset) = syntax;
    *(DWORD *)(list + offset + 4) = value_size;
    memcpy(list + offset + 8, value, value_size);
    return offset + 8 + ((value_size + 3) & ~3) + 8;   /* and the two ENDMARKs, zero */
}

/* Property events carry what changed (MS-CMRP 3.1.4.2.138): a property list
 * of the new values for a group's common and private properties, nothing for
 * a resource's private ones.  A payload buffer too small is ERROR_MORE_DATA
 * with the size in bytes, and the event stays for a buffer of that size.
 * The lists are read with resutils' ResUtilFind*Property, as a Windows
 * client would. */
static void test_v2_property_events(HCLUSTER second)
{
    NOTIFY_FILTER_AND_TYPE filters[] =
    {
        { CLUSTER_OBJECT_TYPE_GROUP, CLUSTER_CHANGE_GROUP_COMMON_PROPERTY_V2 | CLUSTER_CHANGE_GROUP_PRIVATE_PROPERTY_V2 },
        { CLUSTER_OBJECT_TYPE_RESOURCE, CLUSTER_CHANGE_RESOURCE_PRIVATE_PROPERTY_V2 },
    };
    static const WCHAR description[] = L"set for the V2 property test", note[] = L"a private note";
    DWORD (WINAPI *find_sz)(const void *, DWORD, const WCHAR *, WCHAR **);
    DWORD (WINAPI *find_dword)(const void *, DWORD, const WCHAR *, DWORD *);
    HMODULE resutils = LoadLibraryW(L"resutils.dll");
    NOTIFY_FILTER_AND_TYPE filter;
    HRESOURCE resource = NULL;
    DWORD ret, size, required, dword;
    HGROUP group = NULL;
    HCHANGE port = NULL;
    struct event_v2 e;
    BYTE list[256], small[8];
    DWORD_PTR key;
    WCHAR *text;

    ok(resutils != NULL, "resutils.dll: %lu\n", GetLastError());
    if (!resutils) return;
    find_sz = (void *)GetProcAddress(resutils, "ResUtilFindSzProperty");
    find_dword = (void *)GetProcAddress(resutils, "ResUtilFindDwordProperty");
    ok(find_sz && find_dword, "ResUtilFind*Property missing\n");
    port = CreateClusterNotifyPortV2(INVALID_HANDLE_VALUE, cluster, filters, ARRAY_SIZE(filters), KEY_V2_PROPS);
    ok(port != NULL, "CreateClusterNotifyPortV2: %lu\n", GetLastError());
    group = OpenClusterGroup(second, L"Available Storage");
    resource = OpenClusterResource(second, L"File Server (\\\\FS1)");
    ok(group && resource, "open: %p %p, %lu\n", group, resource, GetLastError());
    if (!find_sz || !find_dword || !port || !group || !resource) goto done;

    /* a common property: its new value */
    size = one_property_list(list, L"Description", CLUSPROP_SYNTAX_LIST_VALUE_SZ, description, sizeof(description));
    ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_SET_COMMON_PROPERTIES, list, size, NULL, 0, NULL);
    ok(ret == ERROR_SUCCESS, "set common: %lu\n", ret);
    ok(wait_for_v2(port, KEY_V2_PROPS, CLUSTER_OBJECT_TYPE_GROUP, CLUSTER_CHANGE_GROUP_COMMON_PROPERTY_V2,
                   L"Available Storage", 5000, &e), "no GROUP_COMMON_PROPERTY_V2\n");
    ok(e.buffer_size >= 4 && *(DWORD *)e.buffer == 1, "payload of %lu bytes, count %lu\n", e.buffer_size,
       e.buffer_size >= 4 ? *(DWORD *)e.buffer : 0);
    text = NULL;
    ret = e.buffer_size ? find_sz(e.buffer, e.buffer_size, L"Description", &text) : ERROR_INVALID_DATA;
    ok(!ret && text && !wcscmp(text, description), "Description in the payload: %lu, %s\n", ret,
       wine_dbgstr_w(text));
    LocalFree(text);

    /* a private property; the payload asked for with a buffer too small first */
    drain_v2(port);
    dword = 42;
    size = one_property_list(list, L"WineTestLevel", CLUSPROP_SYNTAX_LIST_VALUE_DWORD, &dword, sizeof(dword));
    ret = ClusterGroupControl(group, NULL, CLUSCTL_GROUP_SET_PRIVATE_PROPERTIES, list, size, NULL, 0, NULL);
    ok(ret == ERROR_SUCCESS, "set private: %lu\n", ret);
    required = sizeof(small);
    memset(small, 0xcc, sizeof(small));
    ret = GetClusterNotifyV2(port, &key, &filter, small, &required, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
                             5000);
    ok(ret == ERROR_MORE_DATA, "payload buffer of %u bytes: %lu\n", (unsigned int)sizeof(small), ret);
    ok(required > sizeof(small) && small[0] == 0xcc, "required %lu bytes, buffer touched %#x\n", required, small[0]);
    ret = next_event_v2(port, 0, &e);
    ok(ret == ERROR_SUCCESS && e.key == KEY_V2_PROPS && e.filter.dwObjectType == CLUSTER_OBJECT_TYPE_GROUP &&
       e.filter.FilterFlags == CLUSTER_CHANGE_GROUP_PRIVATE_PROPERTY_V2, "the event stayed: %lu, %lu/%#I64x\n",
       ret, e.filter.dwObjectType, e.filter.FilterFlags);
    ok(e.buffer_size == required, "payload of %lu bytes, %lu required before\n", e.buffer_size, required);
    dword = 0;
    ret = e.buffer_size ? find_dword(e.buffer, e.buffer_size, L"WineTestLevel", &dword) : ERROR_INVALID_DATA;
    ok(!ret && dword == 42, "WineTestLevel in the payload: %lu, %lu\n", ret, dword);

    /* a resource's private properties: an empty payload */
    size = one_property_list(list, L"WineTestNote", CLUSPROP_SYNTAX_LIST_VALUE_SZ, note, sizeof(note));
    ret = ClusterResourceControl(resource, NULL, CLUSCTL_RESOURCE_SET_PRIVATE_PROPERTIES, list, size, NULL, 0, NULL);
    ok(ret == ERROR_SUCCESS || ret == ERROR_RESOURCE_PROPERTIES_STORED, "set resource private: %lu\n", ret);
    ok(wait_for_v2(port, KEY_V2_PROPS, CLUSTER_OBJECT_TYPE_RESOURCE, CLUSTER_CHANGE_RESOURCE_PRIVATE_PROPERTY_V2,
                   L"File Server (\\\\FS1)", 5000, &e), "no RESOURCE_PRIVATE_PROPERTY_V2\n");
    ok(e.buffer_size == 0, "resource private payload of %lu bytes\n", e.buffer_size);

done:
    if (resource) CloseClusterResource(resource);
    if (group) CloseClusterGroup(group);
    if (port) ok(CloseClusterNotifyPort(port), "close: %lu\n", GetLastError());
    FreeLibrary(resutils);
}

/* HANDLE_CLOSE_V2 is made by the client; GetNotifyEventHandle's event. */
static void test_v2_handle_close_and_event(HCHANGE port, HCLUSTER second)
{
    NOTIFY_FILTER_AND_TYPE filter = { CLUSTER_OBJECT_TYPE_GROUP, CLUSTER_CHANGE_GROUP_HANDLE_CLOSE_V2 };
    HANDLE event = NULL, again = NULL;
    struct event_v2 e;
    HGROUP group;
    DWORD ret;

    ret = GetNotifyEventHandle(port, &event);
    ok(ret == ERROR_SUCCESS && event, "GetNotifyEventHandle: %lu\n", ret);
    ret = GetNotifyEventHandle(port, &again);
    ok(ret == ERROR_SUCCESS && again == event, "a second event handle %p, %p\n", again, event);
    drain_v2(port);
    ok(WaitForSingleObject(event, 0) == WAIT_TIMEOUT, "event set on an empty port\n");

    group = OpenClusterGroup(cluster, L"Available Storage");
    ok(group != NULL, "open: %lu\n", GetLastError());
    if (!group) return;
    ret = RegisterClusterNotifyV2(port, filter, group, KEY_V2_CLOSE);
    ok(ret == ERROR_SUCCESS, "RegisterClusterNotifyV2(handle close): %lu\n", ret);
    ok(CloseClusterGroup(group), "close group: %lu\n", GetLastError());
    ok(WaitForSingleObject(event, 5000) == WAIT_OBJECT_0, "event not set after an event arrived\n");
    ok(wait_for_v2(port, KEY_V2_CLOSE, CLUSTER_OBJECT_TYPE_GROUP, CLUSTER_CHANGE_GROUP_HANDLE_CLOSE_V2,
                   L"Available Storage", 1000, &e), "no GROUP_HANDLE_CLOSE_V2\n");
    drain_v2(port);
    ok(WaitForSingleObject(event, 0) == WAIT_TIMEOUT, "event still set on a drained port\n");
}

static void test_v2_timeouts(HCHANGE port)
{
    static const DWORD timeouts[] = { 0, 50, 300, 1000 };
    LARGE_INTEGER start;
    struct event_v2 e;
    DWORD i, ret;
    double ms;

    drain_v2(port);
    for (i = 0; i < ARRAY_SIZE(timeouts); i++)
    {
        QueryPerformanceCounter(&start);
        ret = next_event_v2(port, timeouts[i], &e);
        ms = elapsed_ms(start);
        ok(ret == WAIT_TIMEOUT, "timeout %lu: %lu\n", timeouts[i], ret);
        ok(ms >= timeouts[i] - 1.0 && ms < timeouts[i] + 2000.0, "timeout %lu took %.1f ms\n", timeouts[i], ms);
        trace("GetClusterNotifyV2 timeout %lu ms: returned after %.1f ms\n", timeouts[i], ms);
    }
}

struct waiter_v2
{
    HCHANGE port;
    DWORD result;
};

static DWORD WINAPI wait_thread_v2(void *arg)
{
    struct waiter_v2 *waiter = arg;
    struct event_v2 e;

    waiter->result = next_event_v2(waiter->port, INFINITE, &e);
    return 0;
}

static void test_v2_close_while_waiting(void)
{
    NOTIFY_FILTER_AND_TYPE filter = { CLUSTER_OBJECT_TYPE_NODE, CLUSTER_CHANGE_NODE_STATE_V2 };
    struct waiter_v2 waiter = { 0 };
    HANDLE thread;

    waiter.port = CreateClusterNotifyPortV2(INVALID_HANDLE_VALUE, cluster, &filter, 1, 1);
    ok(waiter.port != NULL, "CreateClusterNotifyPortV2: %lu\n", GetLastError());
    if (!waiter.port) return;
    waiter.result = 0xdeadbeef;
    thread = CreateThread(NULL, 0, wait_thread_v2, &waiter, 0, NULL);
    ok(WaitForSingleObject(thread, 300) == WAIT_TIMEOUT, "GetClusterNotifyV2(INFINITE) returned %lu\n",
       waiter.result);
    ok(CloseClusterNotifyPort(waiter.port), "close failed: %lu\n", GetLastError());
    ok(WaitForSingleObject(thread, 5000) == WAIT_OBJECT_0, "the waiter did not return\n");
    ok(waiter.result == ERROR_INVALID_HANDLE, "waiter got %lu\n", waiter.result);
    CloseHandle(thread);
}

static void test_v2(HCLUSTER second)
{
    NOTIFY_FILTER_AND_TYPE filters[] =
    {
        { CLUSTER_OBJECT_TYPE_CLUSTER, CLUSTER_CHANGE_CLUSTER_GROUP_ADDED_V2 },
        { CLUSTER_OBJECT_TYPE_GROUP, CLUSTER_CHANGE_GROUP_STATE_V2 | CLUSTER_CHANGE_GROUP_DELETED_V2 },
    };
    HCHANGE port;

    test_v2_bad_arguments();
    port = CreateClusterNotifyPortV2(INVALID_HANDLE_VALUE, cluster, filters, ARRAY_SIZE(filters), KEY_V2_CLUSTER);
    ok(port != NULL, "CreateClusterNotifyPortV2: %lu\n", GetLastError());
    if (!port) return;
    test_v2_timeouts(port);
    test_v2_object_events(port, second);
    test_v2_registry_events(port, second);
    test_v2_resource_type_events(port, second);
    test_v2_handle_close_and_event(port, second);
    ok(CloseClusterNotifyPort(port), "close failed: %lu\n", GetLastError());
    test_v2_close_while_waiting();
    test_v2_property_events(second);
}

START_TEST(notify)
{
    DWORD len = GetEnvironmentVariableW(L"CLUSAPI_TEST_ADDRESS", server_address, ARRAY_SIZE(server_address));
    HCLUSTER second;
    HCHANGE port;

    if (!len || len >= ARRAY_SIZE(server_address)) lstrcpyW(server_address, L"127.0.0.1");
    if (!GetEnvironmentVariableW(L"WINECLUSAPI_PORT", NULL, 0))
    {
        skip("no simulated cluster: set WINECLUSAPI_PORT (tests/run-all does)\n");
        return;
    }
    cluster = OpenCluster(server_address);
    ok(cluster != NULL, "OpenCluster failed: %lu\n", GetLastError());
    if (!cluster) return;
    second = OpenCluster(server_address);
    ok(second != NULL, "second OpenCluster failed: %lu\n", GetLastError());

    test_bad_arguments();
    port = CreateClusterNotifyPort(INVALID_HANDLE_VALUE, cluster,
                                   CLUSTER_CHANGE_GROUP_STATE | CLUSTER_CHANGE_GROUP_ADDED |
                                   CLUSTER_CHANGE_GROUP_DELETED, KEY_CLUSTER);
    ok(port != NULL, "CreateClusterNotifyPort failed: %lu\n", GetLastError());
    if (port && second)
    {
        test_timeouts(port);
        test_state_events(port, second);
        test_add_delete_events(port, second);
        test_registry_events(port, second);
        test_property_events(port, second);
        test_name_buffer(port, second);
        test_handle_close(port);
        test_two_sessions(port, second);
    }
    if (port) ok(CloseClusterNotifyPort(port), "close failed: %lu\n", GetLastError());
    test_close_while_waiting();
    test_local_port();
    if (second) test_v2(second);
    if (second) CloseCluster(second);
    CloseCluster(cluster);
}
