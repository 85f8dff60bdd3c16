/*
 * Notification ports: version 1 (CreateClusterNotifyPort,
 * RegisterClusterNotify, GetClusterNotify) and version 2
 * (CreateClusterNotifyPortV2, RegisterClusterNotifyV2,
 * RegisterClusterResourceTypeNotifyV2, GetClusterNotifyV2), both closed by
 * CloseClusterNotifyPort; GetNotifyEventHandle.
 *
 * A port is a queue on the Unix side.  For each cluster connection a port
 * watches, the Unix side has a session: a server port (ApiCreateNotify) and
 * a connection of its own on which a thread started here ("pump") runs the
 * blocking ApiGetNotify loop into the queue (v3's ApiGetNotify has no
 * timeout: ms-cmrp.md P15).  GetClusterNotify waits on the queue with the
 * caller's timeout; CloseClusterNotifyPort wakes it and the pumps, then
 * unblocks and closes the server ports.
 *
 * A version 2 port is the same machinery (the Unix side calls
 * ApiCreateNotifyV2, ApiAddNotifyV2 or ApiAddNotifyResourceTypeV2, and
 * ApiGetNotifyV2, whose batches it queues one event at a time); its events
 * carry an object type, a 64-bit CLUSTER_CHANGE_<TYPE>_V2 flag, ids, a name,
 * a type and a payload.  A port answers only its own version's calls.
 *
 * Keys are DWORD_PTR in Win32 but a DWORD on the wire (ms-cmrp.md P4): each
 * port maps its keys to small cookies.  CLUSTER_CHANGE_HANDLE_CLOSE (and its
 * v2 forms), which no server sends, is made here when a registered handle is
 * closed, and CLUSTER_CHANGE_CLUSTER_STATE(_V2) when a session's connection
 * fails.
 *
 * GetNotifyEventHandle: a manual-reset event the port owns (closed with it),
 * set by a watcher thread whenever events arrive and reset when a get leaves
 * the queue empty.
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

/* Version 2: the handle each CLUSTER_OBJECT_TYPE names when targeted, and
 * the bits only the client makes (never sent: MS-CMRP 3.1.4.2.137). */
static const struct
{
    DWORD object_type;
    enum object_type type;
    ULONGLONG handle_close;
    ULONGLONG state;                 /* CLUSTER_CHANGE_CLUSTER_STATE_V2 */
}
v2_types[] =
{
    { CLUSTER_OBJECT_TYPE_CLUSTER,           OBJECT_CLUSTER,      CLUSTER_CHANGE_CLUSTER_HANDLE_CLOSE_V2,
      CLUSTER_CHANGE_CLUSTER_STATE_V2 },
    { CLUSTER_OBJECT_TYPE_GROUP,             OBJECT_GROUP,        CLUSTER_CHANGE_GROUP_HANDLE_CLOSE_V2, 0 },
    { CLUSTER_OBJECT_TYPE_RESOURCE,          OBJECT_RESOURCE,     CLUSTER_CHANGE_RESOURCE_HANDLE_CLOSE_V2, 0 },
    { CLUSTER_OBJECT_TYPE_RESOURCE_TYPE,     OBJECT_CLUSTER,      0, 0 },
    { CLUSTER_OBJECT_TYPE_NETWORK_INTERFACE, OBJECT_NETINTERFACE, CLUSTER_CHANGE_NETINTERFACE_HANDLE_CLOSE_V2, 0 },
    { CLUSTER_OBJECT_TYPE_NETWORK,           OBJECT_NETWORK,      CLUSTER_CHANGE_NETWORK_HANDLE_CLOSE_V2, 0 },
    { CLUSTER_OBJECT_TYPE_NODE,              OBJECT_NODE,         CLUSTER_CHANGE_NODE_HANDLE_CLOSE_V2, 0 },
    { CLUSTER_OBJECT_TYPE_REGISTRY,          OBJECT_KEY,          CLUSTER_CHANGE_REGISTRY_HANDLE_CLOSE_V2, 0 },
    { CLUSTER_OBJECT_TYPE_QUORUM,            OBJECT_CLUSTER,      0, 0 },
};

static int v2_row(DWORD object_type)
{
    unsigned int i;

    for (i = 0; i < ARRAY_SIZE(v2_types); i++)
        if (v2_types[i].object_type == object_type) return i;
    return -1;
}

/* What a port remembers of a registration, for the events made here. */
struct registration
{
    HANDLE handle;                   /* NULL once closed */
    enum object_type type;
    struct cluster_object *cluster;  /* referenced: its connection's session */
    DWORD filter;                    /* v1 */
    DWORD object_type;               /* v2 */
    ULONGLONG flags;                 /* v2 */
    UINT32 cookie;
    WCHAR *name;                     /* for HANDLE_CLOSE and CLUSTER_STATE events */
};

struct notify_port
{
    struct object obj;
    struct notify_port *next, *prev; /* the open ports, under ports_lock */
    UINT64 unix_port;
    DWORD version;                   /* 1 or 2 */
    CRITICAL_SECTION cs;             /* the rest */
    BOOL closed;
    HANDLE event;                    /* GetNotifyEventHandle's, with its watcher thread */
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
    if (port->event) CloseHandle(port->event);
    port->cs.DebugInfo->Spare[0] = 0;
    DeleteCriticalSection(&port->cs);
    HeapFree(GetProcessHeap(), 0, port);
}

/* The port behind handle if it is of version (0: either). */
static struct notify_port *port_from_handle(HCHANGE handle, DWORD version)
{
    struct object *obj = handle_get(handle, OBJECT_NOTIFY_PORT);
    struct notify_port *port = obj ? CONTAINING_RECORD(obj, struct notify_port, obj) : NULL;

    if (port && version && port->version != version)
    {
        object_release(obj);
        SetLastError(ERROR_INVALID_HANDLE);
        return NULL;
    }
    return port;
}

/* A new port in the handle table, or NULL with the last error set. */
static HCHANGE create_port(DWORD version, struct notify_port **out)
{
    struct notify_create_params params = { version };
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
    port->version = version;
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

/* Queues an event made here: v1 filter, or v2 object type and flag. */
static void post_event(struct notify_port *port, UINT32 cookie, DWORD filter, DWORD object_type, ULONGLONG flags,
                       const WCHAR *name)
{
    struct notify_post_params params = { port->unix_port, cookie, filter, object_type, flags, name ? name : L"" };

    if (!unix_call(unix_notify_post, &params))
        ERR("event %#lx/%#I64x lost: %lu\n", filter, flags, GetLastError());
}

/* The event a registration wants for a v1 bit, or a v2 flag of its type. */
static BOOL wants(const struct registration *reg, DWORD version, DWORD v1, ULONGLONG v2)
{
    return version == 1 ? (reg->filter & v1) != 0 : v2 && (reg->flags & v2) != 0;
}

/* A session's connection failed: its cluster is out of reach. */
static void connection_lost(struct notify_port *port, struct cluster_object *cluster)
{
    UINT32 i;

    EnterCriticalSection(&port->cs);
    for (i = 0; !port->closed && i < port->registration_count; i++)
    {
        struct registration *reg = &port->registrations[i];

        if (reg->cluster != cluster || reg->type != OBJECT_CLUSTER) continue;
        if (port->version == 1 && wants(reg, 1, CLUSTER_CHANGE_CLUSTER_STATE, 0))
            post_event(port, reg->cookie, CLUSTER_CHANGE_CLUSTER_STATE, 0, 0, reg->name);
        else if (port->version == 2 && reg->object_type == CLUSTER_OBJECT_TYPE_CLUSTER &&
                 wants(reg, 2, 0, CLUSTER_CHANGE_CLUSTER_STATE_V2))
            post_event(port, reg->cookie, 0, CLUSTER_OBJECT_TYPE_CLUSTER, CLUSTER_CHANGE_CLUSTER_STATE_V2, reg->name);
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

/* What one registration asks the Unix side for. */
struct register_request
{
    DWORD filter;                    /* v1: as the caller gave it */
    BOOL targeted;                   /* v2 */
    DWORD object_type;               /* v2 */
    ULONGLONG flags;                 /* v2: as the caller gave it */
    const WCHAR *type_name;          /* v2: RegisterClusterResourceTypeNotifyV2 */
};

/* Registers handle (of type) with the port: the server's part, then what
 * the client makes itself. */
static DWORD register_handle(struct notify_port *port, HANDLE handle, enum object_type type, DWORD_PTR key,
                             const struct register_request *request)
{
    struct cluster_object *object, *cluster;
    struct registration *reg;
    UINT64 new_session = 0;
    UINT32 cookie = 0;
    DWORD error;
    BOOL made_here;

    if (!(object = object_from_handle(handle, type))) return ERROR_INVALID_HANDLE;
    cluster = object->cluster ? object->cluster : object;

    EnterCriticalSection(&port->cs);
    if (port->closed) error = ERROR_INVALID_HANDLE;
    else if (!grow((void **)&port->registrations, &port->registration_capacity, port->registration_count,
                   sizeof(*port->registrations)) || !(cookie = key_cookie(port, key)))
        error = ERROR_NOT_ENOUGH_MEMORY;
    else if (port->version == 1)
    {
        struct notify_register_params params = { port->unix_port, object->unix_object };

        /* HANDLE_CLOSE is made here, never by a server (MS-CMRP 3.1.4.2.66). */
        params.filter = request->filter & ~CLUSTER_CHANGE_HANDLE_CLOSE;
        params.cookie = cookie;
        params.watch_subtree = !!(request->filter & CLUSTER_CHANGE_REGISTRY_SUBTREE);
        if (!unix_call(unix_notify_register, &params)) error = GetLastError();
        else
        {
            error = call_error(params.rpc_status, params.result);
            new_session = params.new_session;
        }
    }
    else
    {
        struct notify_register_v2_params params = { port->unix_port, object->unix_object, request->object_type,
                                                    request->targeted };
        int row = v2_row(request->object_type);

        /* the client makes HANDLE_CLOSE and CLUSTER_STATE; a client may not send them */
        params.flags = request->flags & ~(row >= 0 ? v2_types[row].handle_close | v2_types[row].state : 0);
        params.type_name = request->type_name;
        params.cookie = cookie;
        /* only client-made events: nothing to ask the server for; but the
         * cluster's loss needs a session whose pump notices it */
        params.watch_only = !params.flags && !request->type_name && (request->flags & ~params.flags);
        if (params.watch_only && !(row >= 0 && (request->flags & v2_types[row].state)))
            error = ERROR_SUCCESS;
        else if (!unix_call(unix_notify_register_v2, &params)) error = GetLastError();
        else
        {
            error = call_error(params.rpc_status, params.result);
            new_session = params.new_session;
        }
    }
    if (port->closed || (error && !new_session)) made_here = FALSE;
    else made_here = TRUE;
    /* A new session needs its pump, whatever became of the registration. */
    if (made_here && new_session)
    {
        DWORD pump_error = start_pump(port, new_session, cluster);
        if (!error) error = pump_error;
    }
    if (!error && !port->closed)
    {
        reg = &port->registrations[port->registration_count++];
        reg->handle = handle;
        reg->type = type;
        reg->cluster = cluster;
        InterlockedIncrement(&cluster->obj.refcount);
        reg->filter = request->filter;
        reg->object_type = request->object_type;
        reg->flags = request->flags;
        reg->cookie = cookie;
        reg->name = wants(reg, port->version, CLUSTER_CHANGE_HANDLE_CLOSE | CLUSTER_CHANGE_CLUSTER_STATE,
                          v2_row(request->object_type) >= 0 ? v2_types[v2_row(request->object_type)].handle_close |
                                                              v2_types[v2_row(request->object_type)].state : 0)
                    ? registration_name(object, type, handle) : NULL;
    }
    LeaveCriticalSection(&port->cs);
    TRACE("%p (type %d), filter %#lx/%lu:%#I64x, key %#Ix: cookie %u, error %lu\n", handle, type, request->filter,
          request->object_type, request->flags, key, cookie, error);
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

            int row = v2_row(reg->object_type);

            if (reg->handle != handle) continue;
            if (port->version == 1 && wants(reg, 1, CLUSTER_CHANGE_HANDLE_CLOSE, 0))
                post_event(port, reg->cookie, CLUSTER_CHANGE_HANDLE_CLOSE, 0, 0, reg->name);
            else if (port->version == 2 && row >= 0 && wants(reg, 2, 0, v2_types[row].handle_close))
                post_event(port, reg->cookie, 0, reg->object_type, v2_types[row].handle_close, reg->name);
            reg->handle = NULL;   /* the value may name another object later */
        }
        LeaveCriticalSection(&port->cs);
    }
    LeaveCriticalSection(&ports_lock);
}

HCHANGE WINAPI CreateClusterNotifyPort(HCHANGE change, HCLUSTER cluster, DWORD filter, DWORD_PTR key)
{
    struct register_request request = { filter };
    struct notify_port *port;
    HCHANGE handle;
    DWORD error;

    TRACE("%p, %p, %#lx, %#Ix\n", change, cluster, filter, key);

    if (change == INVALID_HANDLE_VALUE)
    {
        if (!(handle = create_port(1, &port))) return NULL;
        /* INVALID_HANDLE_VALUE: a port not associated with a cluster yet. */
        if (cluster != INVALID_HANDLE_VALUE && (error = register_handle(port, cluster, OBJECT_CLUSTER, key, &request)))
        {
            CloseClusterNotifyPort(handle);
            SetLastError(error);
            return NULL;
        }
        SetLastError(ERROR_SUCCESS);
        return handle;
    }

    if (!(port = port_from_handle(change, 1))) return NULL;
    /* An existing port takes the cluster's events: the cluster may not be INVALID_HANDLE_VALUE (SDK). */
    if (cluster == INVALID_HANDLE_VALUE) error = ERROR_INVALID_PARAMETER;
    else error = register_handle(port, cluster, OBJECT_CLUSTER, key, &request);
    object_release(&port->obj);
    SetLastError(error);
    return error ? NULL : change;
}

DWORD WINAPI RegisterClusterNotify(HCHANGE change, DWORD filter, HANDLE object, DWORD_PTR key)
{
    enum object_type types[ARRAY_SIZE(filter_families) + 1];
    struct register_request request = { filter };
    struct notify_port *port;
    DWORD error = ERROR_INVALID_HANDLE;
    unsigned int i, count = 0;

    TRACE("%p, %#lx, %p, %#Ix\n", change, filter, object, key);
    if (!(port = port_from_handle(change, 1))) return ERROR_INVALID_HANDLE;

    /* The filter says what hObject is; a cluster handle (cluster-wide
     * registration) goes with every filter and alone with HANDLE_CLOSE. */
    for (i = 0; i < ARRAY_SIZE(filter_families); i++)
        if (filter & filter_families[i].mask) types[count++] = filter_families[i].type;
    types[count++] = OBJECT_CLUSTER;
    for (i = 0; i < count && error == ERROR_INVALID_HANDLE; i++)
        error = register_handle(port, object, types[i], key, &request);
    object_release(&port->obj);
    return error;
}

/* After a get: the event handle says whether anything is left. */
static void update_event(struct notify_port *port, UINT32 remaining)
{
    struct notify_wait_params poll = { port->unix_port, TRUE };

    if (!port->event || remaining) return;
    ResetEvent(port->event);
    /* one may have arrived between the get and the reset */
    if (unix_call(unix_notify_wait, &poll) && poll.queued) SetEvent(port->event);
}

/* The key a cookie stands for. */
static DWORD_PTR cookie_key(struct notify_port *port, UINT32 cookie)
{
    DWORD_PTR key = 0;

    EnterCriticalSection(&port->cs);
    if (cookie && cookie <= port->key_count) key = port->keys[cookie - 1];
    else WARN("event with unknown key %u\n", cookie);
    LeaveCriticalSection(&port->cs);
    return key;
}

/* Waits for the oldest event of port into params: a Win32 code. */
static DWORD get_event(struct notify_port *port, struct notify_get_params *params)
{
    DWORD error;

    params->port = port->unix_port;
    if (!unix_call(unix_notify_get, params)) return GetLastError();
    switch (params->outcome)
    {
    case CLUSAPI_NOTIFY_EVENT:
        error = ERROR_SUCCESS;
        update_event(port, params->remaining);
        break;
    case CLUSAPI_NOTIFY_MORE_DATA:
        /* The event stays queued for the call with larger buffers. */
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
    return error;
}

DWORD WINAPI GetClusterNotify(HCHANGE change, DWORD_PTR *key, DWORD *filter, WCHAR *name, DWORD *size,
                              DWORD timeout)
{
    struct notify_get_params params = { 0 };
    struct unix_string *text = &params.text[CLUSAPI_NOTIFY_NAME];
    struct notify_port *port;
    DWORD error;

    TRACE("%p, %p, %p, %p, %p, %lu\n", change, key, filter, name, size, timeout);
    if (!(port = port_from_handle(change, 1))) return ERROR_INVALID_HANDLE;
    if (!key || !filter || (name && !size))
    {
        object_release(&port->obj);
        return ERROR_INVALID_PARAMETER;
    }
    params.timeout_ms = timeout;
    if (size) params.want = 1u << CLUSAPI_NOTIFY_NAME;
    text->buffer = name;
    text->size = name ? *size : 0;
    error = get_event(port, &params);
    if (!error || error == ERROR_MORE_DATA)
    {
        if (size) *size = text->len;
    }
    if (!error)
    {
        *key = cookie_key(port, params.cookie);
        *filter = params.filter;
    }
    TRACE("error %lu, filter %#x, name %s\n", error, params.filter,
          error ? "" : debugstr_wn(name, name ? text->len : 0));
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

/* ---- version 2 ---- */

HCHANGE WINAPI CreateClusterNotifyPortV2(HCHANGE change, HCLUSTER cluster, NOTIFY_FILTER_AND_TYPE *filters,
                                         DWORD count, DWORD_PTR key)
{
    struct cluster_object *object;
    struct notify_port *port = NULL;
    HCHANGE created = NULL;
    DWORD error = ERROR_SUCCESS, i;

    TRACE("%p, %p, %p, %lu, %#Ix\n", change, cluster, filters, count, key);
    /* The handles first, as everywhere: the port, then the cluster, which is
     * a cluster handle even when no filter uses it (INVALID_HANDLE_VALUE: none). */
    if (change != INVALID_HANDLE_VALUE && !(port = port_from_handle(change, 2))) return NULL;
    if (cluster != INVALID_HANDLE_VALUE)
    {
        if (!(object = cluster_from_handle(cluster))) error = ERROR_INVALID_HANDLE;
        else object_release(&object->obj);
    }
    /* an existing port takes the cluster's events: the cluster may not be INVALID_HANDLE_VALUE (SDK) */
    else if (port) error = ERROR_INVALID_PARAMETER;
    if (!error && count && !filters) error = ERROR_INVALID_PARAMETER;
    if (!error && !port && !(created = create_port(2, &port))) error = GetLastError();

    /* Every filter is a cluster-wide registration; the registry's is on the root key. */
    for (i = 0; !error && cluster != INVALID_HANDLE_VALUE && i < count; i++)
    {
        struct register_request request = { 0, FALSE, filters[i].dwObjectType, filters[i].FilterFlags };

        if (filters[i].dwObjectType == CLUSTER_OBJECT_TYPE_REGISTRY)
        {
            HKEY root = GetClusterKey(cluster, KEY_READ);

            if (!root) error = GetLastError();
            else
            {
                request.targeted = TRUE;
                error = register_handle(port, root, OBJECT_KEY, key, &request);
                ClusterRegCloseKey(root);
            }
        }
        else if (v2_row(filters[i].dwObjectType) < 0) error = ERROR_INVALID_PARAMETER;
        else error = register_handle(port, cluster, OBJECT_CLUSTER, key, &request);
    }
    if (created)
    {
        if (error) CloseClusterNotifyPort(created);
    }
    else if (port) object_release(&port->obj);
    SetLastError(error);
    return error ? NULL : created ? created : change;
}

/* RegisterClusterNotifyV2 takes NOTIFY_FILTER_AND_TYPE by value; on x86_64
 * that is a hidden pointer to the caller's copy, which the compiler may read
 * as soon as the function starts.  The export (clusapi.spec) is this function
 * with the pointer made explicit, so that it is read only once the port
 * handle is known good: a caller passing nothing at all (tests/cluster.c
 * calls every export with zeros) gets ERROR_INVALID_HANDLE, not a fault. */
#ifdef __x86_64__
typedef const NOTIFY_FILTER_AND_TYPE *filter_arg;
#define FILTER(f) (*(f))
#else
typedef NOTIFY_FILTER_AND_TYPE filter_arg;
#define FILTER(f) (f)
#endif

DWORD WINAPI register_cluster_notify_v2(HCHANGE change, filter_arg filter, HANDLE object, DWORD_PTR key)
{
    struct register_request request = { 0, TRUE };
    struct notify_port *port;
    DWORD error;
    int row;

    TRACE("%p, %p, %p, %#Ix\n", change, &filter, object, key);
    if (!(port = port_from_handle(change, 2))) return ERROR_INVALID_HANDLE;
    TRACE("filter {%lu, %#I64x}\n", FILTER(filter).dwObjectType, FILTER(filter).FilterFlags);
    request.object_type = FILTER(filter).dwObjectType;
    request.flags = FILTER(filter).FilterFlags;
    if ((row = v2_row(request.object_type)) < 0) error = ERROR_INVALID_PARAMETER;
    else
    {
        /* the object itself, or (not targeted) its cluster for all objects of the type */
        error = register_handle(port, object, v2_types[row].type, key, &request);
        if (error == ERROR_INVALID_HANDLE && v2_types[row].type != OBJECT_CLUSTER && v2_types[row].type != OBJECT_KEY)
        {
            request.targeted = FALSE;
            error = register_handle(port, object, OBJECT_CLUSTER, key, &request);
        }
    }
    object_release(&port->obj);
    return error;
}

DWORD WINAPI RegisterClusterResourceTypeNotifyV2(HCHANGE change, HCLUSTER cluster, LONGLONG flags,
                                                 const WCHAR *type_name, DWORD_PTR key)
{
    struct register_request request = { 0, FALSE, CLUSTER_OBJECT_TYPE_RESOURCE_TYPE, flags, type_name };
    struct notify_port *port;
    DWORD error;

    TRACE("%p, %p, %#I64x, %s, %#Ix\n", change, cluster, flags, debugstr_w(type_name), key);
    if (!(port = port_from_handle(change, 2))) return ERROR_INVALID_HANDLE;
    if (!type_name || !type_name[0]) error = ERROR_INVALID_PARAMETER;
    else error = register_handle(port, cluster, OBJECT_CLUSTER, key, &request);
    object_release(&port->obj);
    return error;
}

DWORD WINAPI GetClusterNotifyV2(HCHANGE change, DWORD_PTR *key, NOTIFY_FILTER_AND_TYPE *filter, BYTE *buffer,
                                DWORD *buffer_size, WCHAR *object_id, DWORD *object_id_size, WCHAR *parent_id,
                                DWORD *parent_id_size, WCHAR *name, DWORD *name_size, WCHAR *type, DWORD *type_size,
                                DWORD timeout)
{
    WCHAR *texts[CLUSAPI_NOTIFY_TEXT_COUNT] = { object_id, parent_id, name, type };
    DWORD *sizes[CLUSAPI_NOTIFY_TEXT_COUNT] = { object_id_size, parent_id_size, name_size, type_size };
    struct notify_get_params params = { 0 };
    struct notify_port *port;
    unsigned int i;
    DWORD error;

    TRACE("%p, %p, %p, %p, %p, %p, %p, %p, %p, %p, %p, %p, %p, %lu\n", change, key, filter, buffer, buffer_size,
          object_id, object_id_size, parent_id, parent_id_size, name, name_size, type, type_size, timeout);
    if (!(port = port_from_handle(change, 2))) return ERROR_INVALID_HANDLE;
    error = key ? ERROR_SUCCESS : ERROR_INVALID_PARAMETER;
    if (buffer && !buffer_size) error = ERROR_INVALID_PARAMETER;
    for (i = 0; i < CLUSAPI_NOTIFY_TEXT_COUNT; i++)
    {
        if (texts[i] && !sizes[i]) error = ERROR_INVALID_PARAMETER;
        if (!sizes[i]) continue;
        params.want |= 1u << i;
        params.text[i].buffer = texts[i];
        params.text[i].size = texts[i] ? *sizes[i] : 0;
    }
    if (error)
    {
        object_release(&port->obj);
        return error;
    }
    params.timeout_ms = timeout;
    params.want_buffer = buffer_size != NULL;
    params.buffer = buffer;
    params.buffer_capacity = buffer && buffer_size ? *buffer_size : 0;
    error = get_event(port, &params);
    if (!error || error == ERROR_MORE_DATA)
    {
        /* lengths in characters without the NUL, the payload in bytes */
        for (i = 0; i < CLUSAPI_NOTIFY_TEXT_COUNT; i++)
            if (sizes[i]) *sizes[i] = params.text[i].len;
        if (buffer_size) *buffer_size = params.buffer_size;
    }
    if (!error)
    {
        *key = cookie_key(port, params.cookie);
        if (filter)
        {
            filter->dwObjectType = params.object_type;
            filter->FilterFlags = params.flags;
        }
    }
    TRACE("error %lu, type %u, flags %#I64x, name %s\n", error, params.object_type, params.flags,
          error || !name ? "" : debugstr_wn(name, params.text[CLUSAPI_NOTIFY_NAME].len));
    object_release(&port->obj);
    return error;
}

/* ---- GetNotifyEventHandle ---- */

struct watcher
{
    struct notify_port *port;        /* referenced */
    HMODULE module;                  /* referenced */
};

static DWORD WINAPI watcher_thread(void *arg)
{
    struct watcher *watcher = arg;
    struct notify_wait_params params = { watcher->port->unix_port };
    HMODULE module = watcher->module;

    for (;;)
    {
        if (!unix_call(unix_notify_wait, &params) || params.outcome != CLUSAPI_NOTIFY_EVENT) break;
        if (params.queued) SetEvent(watcher->port->event);
    }
    object_release(&watcher->port->obj);
    HeapFree(GetProcessHeap(), 0, watcher);
    FreeLibraryAndExitThread(module, 0);
}

/* The port's event and its watcher (port->cs held). */
static DWORD start_watcher(struct notify_port *port)
{
    struct notify_wait_params poll = { port->unix_port, TRUE };
    struct watcher *watcher;
    HANDLE event, thread;

    if (!(event = CreateEventW(NULL, TRUE, FALSE, NULL))) return GetLastError();
    if (!(watcher = HeapAlloc(GetProcessHeap(), 0, sizeof(*watcher))))
    {
        CloseHandle(event);
        return ERROR_NOT_ENOUGH_MEMORY;
    }
    if (!GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS, (const WCHAR *)watcher_thread, &watcher->module))
    {
        DWORD error = GetLastError();

        HeapFree(GetProcessHeap(), 0, watcher);
        CloseHandle(event);
        return error;
    }
    watcher->port = port;
    InterlockedIncrement(&port->obj.refcount);
    port->event = event;
    if (!(thread = CreateThread(NULL, 0, watcher_thread, watcher, 0, NULL)))
    {
        DWORD error = GetLastError();

        port->event = NULL;
        object_release(&port->obj);
        FreeLibrary(watcher->module);
        HeapFree(GetProcessHeap(), 0, watcher);
        CloseHandle(event);
        return error;
    }
    CloseHandle(thread);
    /* what is already queued counts too */
    if (unix_call(unix_notify_wait, &poll) && poll.queued) SetEvent(event);
    return ERROR_SUCCESS;
}

DWORD WINAPI GetNotifyEventHandle(HCHANGE change, HANDLE *event)
{
    struct notify_port *port;
    DWORD error = ERROR_SUCCESS;

    TRACE("%p, %p\n", change, event);
    if (!(port = port_from_handle(change, 0))) return ERROR_INVALID_HANDLE;
    if (!event) error = ERROR_INVALID_PARAMETER;
    else
    {
        EnterCriticalSection(&port->cs);
        if (port->closed) error = ERROR_INVALID_HANDLE;
        else if (!port->event) error = start_watcher(port);
        if (!error) *event = port->event;
        LeaveCriticalSection(&port->cs);
    }
    object_release(&port->obj);
    return error;
}
