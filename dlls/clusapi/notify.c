/*
 * Notification ports (version 1): CreateClusterNotifyPort,
 * RegisterClusterNotify, GetClusterNotify, CloseClusterNotifyPort.
 *
 * A port is a queue on the Unix side.  For each cluster connection a port
 * watches, the Unix side has a session: a server port (ApiCreateNotify) and
 * a connection of its own on which a thread started here ("pump") runs the
 * blocking ApiGetNotify loop into the queue (v3's ApiGetNotify has no
 * timeout: ms-cmrp.md P15).  GetClusterNotify waits on the queue with the
 * caller's timeout; CloseClusterNotifyPort wakes it and the pumps, then
 * unblocks and closes the server ports.
 *
 * Keys are DWORD_PTR in Win32 but a DWORD on the wire (ms-cmrp.md P4): each
 * port maps its keys to small cookies.  CLUSTER_CHANGE_HANDLE_CLOSE, which no
 * server sends, is made here when a registered handle is closed, and
 * CLUSTER_CHANGE_CLUSTER_STATE when a session's connection fails.
 */
#include "clusapi_private.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(clusapi);

/* The filter bits of each family of objects, and the handle each implies
 * (SDK RegisterClusterNotify: the flags give hObject's type). */
static const struct
{
    DWORD mask;
    enum object_type type;
}
filter_families[] =
{
    { CLUSTER_CHANGE_NODE_STATE | CLUSTER_CHANGE_NODE_DELETED | CLUSTER_CHANGE_NODE_ADDED |
      CLUSTER_CHANGE_NODE_PROPERTY, OBJECT_NODE },
    { CLUSTER_CHANGE_REGISTRY_NAME | CLUSTER_CHANGE_REGISTRY_ATTRIBUTES | CLUSTER_CHANGE_REGISTRY_VALUE |
      CLUSTER_CHANGE_REGISTRY_SUBTREE, OBJECT_KEY },
    { CLUSTER_CHANGE_RESOURCE_STATE | CLUSTER_CHANGE_RESOURCE_DELETED | CLUSTER_CHANGE_RESOURCE_ADDED |
      CLUSTER_CHANGE_RESOURCE_PROPERTY, OBJECT_RESOURCE },
    { CLUSTER_CHANGE_GROUP_STATE | CLUSTER_CHANGE_GROUP_DELETED | CLUSTER_CHANGE_GROUP_ADDED |
      CLUSTER_CHANGE_GROUP_PROPERTY, OBJECT_GROUP },
    { CLUSTER_CHANGE_NETWORK_STATE | CLUSTER_CHANGE_NETWORK_DELETED | CLUSTER_CHANGE_NETWORK_ADDED |
      CLUSTER_CHANGE_NETWORK_PROPERTY, OBJECT_NETWORK },
    { CLUSTER_CHANGE_NETINTERFACE_STATE | CLUSTER_CHANGE_NETINTERFACE_DELETED | CLUSTER_CHANGE_NETINTERFACE_ADDED |
      CLUSTER_CHANGE_NETINTERFACE_PROPERTY, OBJECT_NETINTERFACE },
};

/* What a port remembers of a registration, for the events made here. */
struct registration
{
    HANDLE handle;                   /* NULL once closed */
    enum object_type type;
    struct cluster_object *cluster;  /* referenced: its connection's session */
    DWORD filter;
    UINT32 cookie;
    WCHAR *name;                     /* for HANDLE_CLOSE and CLUSTER_STATE events */
};

struct notify_port
{
    struct object obj;
    struct notify_port *next, *prev; /* the open ports, under ports_lock */
    UINT64 unix_port;
    CRITICAL_SECTION cs;             /* the rest */
    BOOL closed;
    DWORD_PTR *keys;                 /* cookie n is keys[n - 1] */
    UINT32 key_count, key_capacity;
    struct registration *registrations;
    UINT32 registration_count, registration_capacity;
};

/* The open ports, for notify_handle_closed. */
static CRITICAL_SECTION ports_lock;
static CRITICAL_SECTION_DEBUG ports_lock_debug =
{
    0, 0, &ports_lock,
    { &ports_lock_debug.ProcessLocksList, &ports_lock_debug.ProcessLocksList },
    0, 0, { (DWORD_PTR)(__FILE__ ": ports_lock") }
};
static CRITICAL_SECTION ports_lock = { &ports_lock_debug, -1, 0, 0, 0, 0 };
static struct notify_port ports = { .next = &ports, .prev = &ports };

static void port_destroy(struct object *obj)
{
    struct notify_port *port = CONTAINING_RECORD(obj, struct notify_port, obj);
    struct notify_port_params params = { port->unix_port };
    UINT32 i;

    /* Every pump and waiter has returned: they hold references. */
    unix_call(unix_notify_free, &params);
    for (i = 0; i < port->registration_count; i++)
    {
        object_release(&port->registrations[i].cluster->obj);
        HeapFree(GetProcessHeap(), 0, port->registrations[i].name);
    }
    HeapFree(GetProcessHeap(), 0, port->registrations);
    HeapFree(GetProcessHeap(), 0, port->keys);
    port->cs.DebugInfo->Spare[0] = 0;
    DeleteCriticalSection(&port->cs);
    HeapFree(GetProcessHeap(), 0, port);
}

static struct notify_port *port_from_handle(HCHANGE handle)
{
    struct object *obj = handle_get(handle, OBJECT_NOTIFY_PORT);
    return obj ? CONTAINING_RECORD(obj, struct notify_port, obj) : NULL;
}

/* A new port in the handle table, or NULL with the last error set. */
static HCHANGE create_port(struct notify_port **out)
{
    struct notify_create_params params = { 0 };
    struct notify_port *port;
    HCHANGE handle;

    if (!unix_call(unix_notify_create, &params)) return NULL;
    if (!params.port || !(port = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof(*port))))
    {
        struct notify_port_params free_params = { params.port };

        if (params.port) unix_call(unix_notify_free, &free_params);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    port->obj.refcount = 1;
    port->obj.type = OBJECT_NOTIFY_PORT;
    port->obj.destroy = port_destroy;
    port->unix_port = params.port;
    InitializeCriticalSection(&port->cs);
    port->cs.DebugInfo->Spare[0] = (DWORD_PTR)(__FILE__ ": notify_port.cs");
    if (!(handle = handle_create(&port->obj)))
    {
        port_destroy(&port->obj);
        return NULL;
    }
    EnterCriticalSection(&ports_lock);
    port->next = ports.next;
    port->prev = &ports;
    ports.next->prev = port;
    ports.next = port;
    LeaveCriticalSection(&ports_lock);
    *out = port;
    return handle;
}

static BOOL grow(void **array, UINT32 *capacity, UINT32 count, size_t size)
{
    UINT32 new_capacity;
    void *grown;

    if (count < *capacity) return TRUE;
    new_capacity = *capacity ? *capacity * 2 : 8;
    grown = *array ? HeapReAlloc(GetProcessHeap(), 0, *array, new_capacity * size)
                   : HeapAlloc(GetProcessHeap(), 0, new_capacity * size);
    if (!grown) return FALSE;
    *array = grown;
    *capacity = new_capacity;
    return TRUE;
}

/* The wire cookie of a key (port->cs held); 0 when out of memory. */
static UINT32 key_cookie(struct notify_port *port, DWORD_PTR key)
{
    UINT32 i;

    for (i = 0; i < port->key_count; i++)
        if (port->keys[i] == key) return i + 1;
    if (!grow((void **)&port->keys, &port->key_capacity, port->key_count, sizeof(*port->keys))) return 0;
    port->keys[port->key_count++] = key;
    return port->key_count;
}

static void post_event(struct notify_port *port, UINT32 cookie, DWORD filter, const WCHAR *name)
{
    struct notify_post_params params = { port->unix_port, cookie, filter, name ? name : L"" };

    if (!unix_call(unix_notify_post, &params)) ERR("event %#lx lost: %lu\n", filter, GetLastError());
}

/* A session's connection failed: its cluster is out of reach. */
static void connection_lost(struct notify_port *port, struct cluster_object *cluster)
{
    UINT32 i;

    EnterCriticalSection(&port->cs);
    for (i = 0; !port->closed && i < port->registration_count; i++)
    {
        struct registration *reg = &port->registrations[i];

        if (reg->cluster == cluster && reg->type == OBJECT_CLUSTER && (reg->filter & CLUSTER_CHANGE_CLUSTER_STATE))
            post_event(port, reg->cookie, CLUSTER_CHANGE_CLUSTER_STATE, reg->name);
    }
    LeaveCriticalSection(&port->cs);
}

struct pump
{
    struct notify_port *port;        /* referenced: the Unix port lives until every pump returns */
    struct cluster_object *cluster;  /* referenced */
    UINT64 session;
    HMODULE module;                  /* referenced: the code runs until the pump returns */
};

static DWORD WINAPI pump_thread(void *arg)
{
    struct pump *pump = arg;
    struct notify_pump_params params = { pump->session };
    HMODULE module = pump->module;

    TRACE("port %p, session %#I64x\n", pump->port, pump->session);
    if (unix_call(unix_notify_pump, &params) && call_error(params.rpc_status, params.result))
    {
        WARN("port %p: notifications from cluster %p stopped: rpc %u, status %u\n", pump->port, pump->cluster,
             params.rpc_status, params.result);
        connection_lost(pump->port, pump->cluster);
    }
    object_release(&pump->cluster->obj);
    object_release(&pump->port->obj);
    HeapFree(GetProcessHeap(), 0, pump);
    FreeLibraryAndExitThread(module, 0);
}

static DWORD start_pump(struct notify_port *port, UINT64 session, struct cluster_object *cluster)
{
    struct pump *pump;
    HANDLE thread;

    if (!(pump = HeapAlloc(GetProcessHeap(), 0, sizeof(*pump)))) return ERROR_NOT_ENOUGH_MEMORY;
    if (!GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS, (const WCHAR *)pump_thread, &pump->module))
    {
        HeapFree(GetProcessHeap(), 0, pump);
        return GetLastError();
    }
    pump->port = port;
    pump->cluster = cluster;
    pump->session = session;
    InterlockedIncrement(&port->obj.refcount);
    InterlockedIncrement(&cluster->obj.refcount);
    if (!(thread = CreateThread(NULL, 0, pump_thread, pump, 0, NULL)))
    {
        DWORD error = GetLastError();

        ERR("no thread for the notifications of cluster %p: %lu\n", cluster, error);
        object_release(&cluster->obj);
        object_release(&port->obj);
        FreeLibrary(pump->module);
        HeapFree(GetProcessHeap(), 0, pump);
        return error;
    }
    CloseHandle(thread);
    return ERROR_SUCCESS;
}

/* The name events about a handle carry: the object's, or the cluster's. */
static WCHAR *registration_name(struct cluster_object *object, enum object_type type, HANDLE handle)
{
    WCHAR *name = NULL;
    DWORD size = 0;

    if (object->name)
    {
        if ((name = HeapAlloc(GetProcessHeap(), 0, (lstrlenW(object->name) + 1) * sizeof(WCHAR))))
            lstrcpyW(name, object->name);
        return name;
    }
    if (type == OBJECT_CLUSTER && GetClusterInformation(handle, NULL, &size, NULL) == ERROR_MORE_DATA &&
        (name = HeapAlloc(GetProcessHeap(), 0, ++size * sizeof(WCHAR))) &&
        GetClusterInformation(handle, name, &size, NULL))
    {
        HeapFree(GetProcessHeap(), 0, name);
        name = NULL;
    }
    return name;
}

/* Registers handle (of type) with the port: the server's part, then what
 * the client makes itself. */
static DWORD register_handle(struct notify_port *port, HANDLE handle, enum object_type type, DWORD filter,
                             DWORD_PTR key)
{
    struct notify_register_params params = { 0 };
    struct cluster_object *object, *cluster;
    struct registration *reg;
    DWORD error;

    if (!(object = object_from_handle(handle, type))) return ERROR_INVALID_HANDLE;
    cluster = object->cluster ? object->cluster : object;

    EnterCriticalSection(&port->cs);
    if (port->closed) error = ERROR_INVALID_HANDLE;
    else if (!grow((void **)&port->registrations, &port->registration_capacity, port->registration_count,
                   sizeof(*port->registrations)) || !(params.cookie = key_cookie(port, key)))
        error = ERROR_NOT_ENOUGH_MEMORY;
    else
    {
        params.port = port->unix_port;
        params.object = object->unix_object;
        /* HANDLE_CLOSE is made here, never by a server (MS-CMRP 3.1.4.2.66). */
        params.filter = filter & ~CLUSTER_CHANGE_HANDLE_CLOSE;
        params.watch_subtree = !!(filter & CLUSTER_CHANGE_REGISTRY_SUBTREE);
        if (!unix_call(unix_notify_register, &params)) error = GetLastError();
        else
        {
            error = call_error(params.rpc_status, params.result);
            /* A new session needs its pump, whatever became of the registration. */
            if (params.new_session)
            {
                DWORD pump_error = start_pump(port, params.new_session, cluster);
                if (!error) error = pump_error;
            }
        }
        if (!error)
        {
            reg = &port->registrations[port->registration_count++];
            reg->handle = handle;
            reg->type = type;
            reg->cluster = cluster;
            InterlockedIncrement(&cluster->obj.refcount);
            reg->filter = filter;
            reg->cookie = params.cookie;
            reg->name = filter & (CLUSTER_CHANGE_HANDLE_CLOSE | CLUSTER_CHANGE_CLUSTER_STATE)
                        ? registration_name(object, type, handle) : NULL;
        }
    }
    LeaveCriticalSection(&port->cs);
    TRACE("%p (type %d), filter %#lx, key %#Ix: cookie %u, error %lu\n", handle, type, filter, key, params.cookie,
          error);
    object_release(&object->obj);
    return error;
}

void notify_handle_closed(HANDLE handle)
{
    struct notify_port *port;
    UINT32 i;

    EnterCriticalSection(&ports_lock);
    for (port = ports.next; port != &ports; port = port->next)
    {
        EnterCriticalSection(&port->cs);
        for (i = 0; i < port->registration_count; i++)
        {
            struct registration *reg = &port->registrations[i];

            if (reg->handle != handle) continue;
            if (reg->filter & CLUSTER_CHANGE_HANDLE_CLOSE) post_event(port, reg->cookie, CLUSTER_CHANGE_HANDLE_CLOSE,
                                                                      reg->name);
            reg->handle = NULL;   /* the value may name another object later */
        }
        LeaveCriticalSection(&port->cs);
    }
    LeaveCriticalSection(&ports_lock);
}

HCHANGE WINAPI CreateClusterNotifyPort(HCHANGE change, HCLUSTER cluster, DWORD filter, DWORD_PTR key)
{
    struct notify_port *port;
    HCHANGE handle;
    DWORD error;

    TRACE("%p, %p, %#lx, %#Ix\n", change, cluster, filter, key);

    if (change == INVALID_HANDLE_VALUE)
    {
        if (!(handle = create_port(&port))) return NULL;
        /* INVALID_HANDLE_VALUE: a port not associated with a cluster yet. */
        if (cluster != INVALID_HANDLE_VALUE && (error = register_handle(port, cluster, OBJECT_CLUSTER, filter, key)))
        {
            CloseClusterNotifyPort(handle);
            SetLastError(error);
            return NULL;
        }
        SetLastError(ERROR_SUCCESS);
        return handle;
    }

    if (!(port = port_from_handle(change))) return NULL;
    /* An existing port takes the cluster's events: the cluster may not be INVALID_HANDLE_VALUE (SDK). */
    if (cluster == INVALID_HANDLE_VALUE) error = ERROR_INVALID_PARAMETER;
    else error = register_handle(port, cluster, OBJECT_CLUSTER, filter, key);
    object_release(&port->obj);
    SetLastError(error);
    return error ? NULL : change;
}

DWORD WINAPI RegisterClusterNotify(HCHANGE change, DWORD filter, HANDLE object, DWORD_PTR key)
{
    enum object_type types[ARRAY_SIZE(filter_families) + 1];
    struct notify_port *port;
    DWORD error = ERROR_INVALID_HANDLE;
    unsigned int i, count = 0;

    TRACE("%p, %#lx, %p, %#Ix\n", change, filter, object, key);
    if (!(port = port_from_handle(change))) return ERROR_INVALID_HANDLE;

    /* The filter says what hObject is; a cluster handle (cluster-wide
     * registration) goes with every filter and alone with HANDLE_CLOSE. */
    for (i = 0; i < ARRAY_SIZE(filter_families); i++)
        if (filter & filter_families[i].mask) types[count++] = filter_families[i].type;
    types[count++] = OBJECT_CLUSTER;
    for (i = 0; i < count && error == ERROR_INVALID_HANDLE; i++)
        error = register_handle(port, object, types[i], filter, key);
    object_release(&port->obj);
    return error;
}

DWORD WINAPI GetClusterNotify(HCHANGE change, DWORD_PTR *key, DWORD *filter, WCHAR *name, DWORD *size,
                              DWORD timeout)
{
    struct notify_get_params params = { 0 };
    struct notify_port *port;
    DWORD error;

    TRACE("%p, %p, %p, %p, %p, %lu\n", change, key, filter, name, size, timeout);
    if (!(port = port_from_handle(change))) return ERROR_INVALID_HANDLE;
    if (!key || !filter || (name && !size))
    {
        object_release(&port->obj);
        return ERROR_INVALID_PARAMETER;
    }
    params.port = port->unix_port;
    params.timeout_ms = timeout;
    params.want_name = size != NULL;
    params.name.buffer = name;
    params.name.size = name ? *size : 0;
    if (!unix_call(unix_notify_get, &params)) error = GetLastError();
    else switch (params.outcome)
    {
    case CLUSAPI_NOTIFY_EVENT:
        EnterCriticalSection(&port->cs);
        if (params.cookie && params.cookie <= port->key_count) *key = port->keys[params.cookie - 1];
        else
        {
            WARN("event %#x with unknown key %u\n", params.filter, params.cookie);
            *key = 0;
        }
        LeaveCriticalSection(&port->cs);
        *filter = params.filter;
        if (size) *size = params.name.len;
        error = ERROR_SUCCESS;
        break;
    case CLUSAPI_NOTIFY_MORE_DATA:
        /* The event stays queued for the call with a larger buffer. */
        *size = params.name.len;
        error = ERROR_MORE_DATA;
        break;
    case CLUSAPI_NOTIFY_TIMEOUT:
        error = WAIT_TIMEOUT;
        break;
    default:
        /* Closed meanwhile (by another thread). */
        error = ERROR_INVALID_HANDLE;
        break;
    }
    TRACE("error %lu, filter %#x, name %s\n", error, params.filter,
          error ? "" : debugstr_wn(name, name ? params.name.len : 0));
    object_release(&port->obj);
    return error;
}

BOOL WINAPI CloseClusterNotifyPort(HCHANGE change)
{
    struct notify_port_params params;
    struct notify_port *port;
    struct object *obj;

    TRACE("%p\n", change);
    if (!(obj = handle_remove(change, OBJECT_NOTIFY_PORT))) return FALSE;
    port = CONTAINING_RECORD(obj, struct notify_port, obj);

    EnterCriticalSection(&ports_lock);
    port->next->prev = port->prev;
    port->prev->next = port->next;
    LeaveCriticalSection(&ports_lock);
    EnterCriticalSection(&port->cs);
    port->closed = TRUE;
    LeaveCriticalSection(&port->cs);

    /* Wakes GetClusterNotify callers and the pumps; they drop their
     * references as they return, the last one frees the port. */
    params.port = port->unix_port;
    unix_call(unix_notify_shutdown, &params);
    object_release(obj);
    SetLastError(ERROR_SUCCESS);
    return TRUE;
}
