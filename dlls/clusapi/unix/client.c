/*
 * The MS-CMRP client on Samba's public libraries (see client.h).
 *
 * One connection per cluster handle: its own tevent and loadparm contexts,
 * its dcerpc pipe and the server's cluster context handle, all owned by one
 * talloc tree.  Each call gets a talloc child for what it pulls and frees it
 * on every path.  Calls on one connection are serialised: Samba's contexts
 * are not thread-safe.
 */
#define TEVENT_DEPRECATED /* tevent_loop_allow_nesting(): see client_open_cluster */

#include <dlfcn.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <pthread.h>

#include <talloc.h>
#include <tevent.h>
#include <core/ntstatus.h>
#include <charset.h>
#include <param.h>
#include <credentials.h>
#include <dcerpc.h>

#include "cmrp/cmrp.h"
#include "dlls/clusapi/endpoint.h"
#include "dlls/clusapi/unix/client.h"

/* Win32 errors this file reports, spelled out: Wine's winerror.h cannot be
 * included next to Samba's headers. */
enum
{
    WIN32_ERROR_ACCESS_DENIED         = 5,
    WIN32_ERROR_INVALID_HANDLE        = 6,
    WIN32_ERROR_OUTOFMEMORY           = 14,
    WIN32_ERROR_INVALID_PARAMETER     = 87,
    WIN32_ERROR_LOGON_FAILURE         = 1326,
    WIN32_RPC_S_UNKNOWN_IF            = 1717,
    WIN32_RPC_S_SERVER_UNAVAILABLE    = 1722,
    WIN32_RPC_S_SERVER_TOO_BUSY       = 1723,
    WIN32_RPC_S_CALL_FAILED           = 1726,
    WIN32_RPC_S_CALL_FAILED_DNE       = 1727,
    WIN32_RPC_S_PROTOCOL_ERROR        = 1728,
    WIN32_RPC_S_PROCNUM_OUT_OF_RANGE  = 1745,
    WIN32_RPC_S_UNKNOWN_AUTHN_SERVICE = 1747,
    WIN32_EPT_S_NOT_REGISTERED        = 1753,
    WIN32_RPC_S_CALL_CANCELLED        = 1818,
    WIN32_RPC_X_BAD_STUB_DATA         = 1783,
    WIN32_RPC_S_SEC_PKG_ERROR         = 1825,
};

static void log_nothing(enum client_log_level level, const char *function, const char *fmt, ...)
{
}

void (*client_log)(enum client_log_level level, const char *function, const char *fmt, ...) = log_nothing;

#define TRACE(...) client_log(CLIENT_LOG_TRACE, __func__, __VA_ARGS__)
#define WARN(...)  client_log(CLIENT_LOG_WARN, __func__, __VA_ARGS__)

/* One Samba pipe, shared by a cluster handle and the objects opened through it. */
struct client_connection
{
    pthread_mutex_t lock;            /* one call at a time: Samba's contexts are not thread-safe */
    unsigned int refcount;           /* objects using it, under refcount_lock */
    bool local;
    struct tevent_context *ev;
    struct loadparm_context *lp;
    struct dcerpc_pipe *pipe;
};

struct client_object
{
    struct client_connection *connection;
    enum clusapi_object_kind kind;
    struct policy_handle handle;
};

struct client_enum
{
    struct cmrp_enum_list *names;
    struct cmrp_enum_list *ids;      /* NULL unless asked for */
};

static pthread_mutex_t refcount_lock = PTHREAD_MUTEX_INITIALIZER;

/* ---- transport status -> Win32 ---- */

struct status_mapping
{
    NTSTATUS status;
    uint32_t win32;
};

/* Failures to reach the endpoint; locally they all mean "no cluster service". */
static const struct status_mapping unreachable_statuses[] =
{
    { NT_STATUS_CONNECTION_REFUSED,     WIN32_RPC_S_SERVER_UNAVAILABLE },
    { NT_STATUS_PORT_UNREACHABLE,       WIN32_RPC_S_SERVER_UNAVAILABLE },
    { NT_STATUS_HOST_UNREACHABLE,       WIN32_RPC_S_SERVER_UNAVAILABLE },
    { NT_STATUS_NETWORK_UNREACHABLE,    WIN32_RPC_S_SERVER_UNAVAILABLE },
    { NT_STATUS_BAD_NETWORK_NAME,       WIN32_RPC_S_SERVER_UNAVAILABLE },
    { NT_STATUS_INVALID_ADDRESS,        WIN32_RPC_S_SERVER_UNAVAILABLE },
    { NT_STATUS_IO_TIMEOUT,             WIN32_RPC_S_SERVER_UNAVAILABLE },
    { NT_STATUS_RPC_SERVER_UNAVAILABLE, WIN32_RPC_S_SERVER_UNAVAILABLE },
    { NT_STATUS_OBJECT_NAME_NOT_FOUND,  WIN32_RPC_S_SERVER_UNAVAILABLE }, /* name does not resolve */
    { NT_STATUS_OBJECT_PATH_NOT_FOUND,  WIN32_RPC_S_SERVER_UNAVAILABLE },
    { NT_STATUS_EPT_NOT_REGISTERED,     WIN32_EPT_S_NOT_REGISTERED },     /* host up, no cluster service */
};

static const struct status_mapping call_statuses[] =
{
    { NT_STATUS_NO_MEMORY,                     WIN32_ERROR_OUTOFMEMORY },
    { NT_STATUS_ACCESS_DENIED,                 WIN32_ERROR_ACCESS_DENIED },
    { NT_STATUS_NETWORK_ACCESS_DENIED,         WIN32_ERROR_ACCESS_DENIED },
    { NT_STATUS_RPC_UNSUPPORTED_AUTHN_LEVEL,   WIN32_ERROR_ACCESS_DENIED },
    { NT_STATUS_LOGON_FAILURE,                 WIN32_ERROR_LOGON_FAILURE },
    { NT_STATUS_WRONG_PASSWORD,                WIN32_ERROR_LOGON_FAILURE },
    { NT_STATUS_NO_SUCH_USER,                  WIN32_ERROR_LOGON_FAILURE },
    { NT_STATUS_RPC_SEC_PKG_ERROR,             WIN32_RPC_S_SEC_PKG_ERROR },
    { NT_STATUS_RPC_UNKNOWN_AUTHN_SERVICE,     WIN32_RPC_S_UNKNOWN_AUTHN_SERVICE },
    { NT_STATUS_RPC_UNKNOWN_IF,                WIN32_RPC_S_UNKNOWN_IF },
    { NT_STATUS_RPC_SERVER_TOO_BUSY,           WIN32_RPC_S_SERVER_TOO_BUSY },
    { NT_STATUS_RPC_PROCNUM_OUT_OF_RANGE,      WIN32_RPC_S_PROCNUM_OUT_OF_RANGE },
    { NT_STATUS_RPC_SS_CONTEXT_MISMATCH,       WIN32_ERROR_INVALID_HANDLE },
    { NT_STATUS_RPC_PROTOCOL_ERROR,            WIN32_RPC_S_PROTOCOL_ERROR },
    { NT_STATUS_RPC_BAD_STUB_DATA,             WIN32_RPC_X_BAD_STUB_DATA },
    { NT_STATUS_INVALID_NETWORK_RESPONSE,      WIN32_RPC_X_BAD_STUB_DATA },
    { NT_STATUS_RPC_CALL_FAILED_DNE,           WIN32_RPC_S_CALL_FAILED_DNE },
    { NT_STATUS_RPC_CALL_CANCELLED,            WIN32_RPC_S_CALL_CANCELLED },
    { NT_STATUS_CONNECTION_DISCONNECTED,       WIN32_RPC_S_CALL_FAILED },
    { NT_STATUS_CONNECTION_RESET,              WIN32_RPC_S_CALL_FAILED },
    { NT_STATUS_CONNECTION_ABORTED,            WIN32_RPC_S_CALL_FAILED },
    { NT_STATUS_END_OF_FILE,                   WIN32_RPC_S_CALL_FAILED },
    { NT_STATUS_PIPE_BROKEN,                   WIN32_RPC_S_CALL_FAILED },
    { NT_STATUS_PIPE_DISCONNECTED,             WIN32_RPC_S_CALL_FAILED },
};

static bool lookup_status(const struct status_mapping *map, size_t count, NTSTATUS status, uint32_t *win32)
{
    size_t i;

    for (i = 0; i < count; i++)
    {
        if (NT_STATUS_EQUAL(map[i].status, status))
        {
            *win32 = map[i].win32;
            return true;
        }
    }
    return false;
}

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

/* The Win32 RPC error for a failed call, or for a failed connect. */
static uint32_t map_status(NTSTATUS status, bool connecting, bool local)
{
    uint32_t win32;

    if (NT_STATUS_IS_OK(status)) return 0;
    if (connecting && lookup_status(unreachable_statuses, COUNT_OF(unreachable_statuses), status, &win32))
        return local ? WIN32_EPT_S_NOT_REGISTERED : win32;
    if (lookup_status(call_statuses, COUNT_OF(call_statuses), status, &win32)) return win32;
    WARN("unexpected status %s\n", nt_errstr(status));
    return connecting ? WIN32_RPC_S_SERVER_UNAVAILABLE : WIN32_RPC_S_CALL_FAILED;
}

/* ---- strings ---- */

static void copy_out_wstr(struct client_wstr out, const char *utf8)
{
    uint16_t *utf16 = NULL;
    size_t bytes = 0;
    uint32_t len, copy;

    if (!utf8) utf8 = "";
    if (!convert_string_talloc(NULL, CH_UTF8, CH_UTF16LE, utf8, strlen(utf8), &utf16, &bytes))
    {
        WARN("cannot convert %s\n", utf8);
        bytes = 0;
    }
    len = bytes / sizeof(uint16_t);
    *out.len = len;
    if (out.size)
    {
        copy = len < out.size - 1 ? len : out.size - 1;
        if (copy) memcpy(out.buffer, utf16, copy * sizeof(uint16_t));
        out.buffer[copy] = 0;
    }
    talloc_free(utf16);
}

/* ---- connections ---- */

static pthread_once_t init_once = PTHREAD_ONCE_INIT;
static NTSTATUS init_status;

/* Samba's debug messages go to the clusapi channel, not to the program's
 * stderr.  The hook lives in a private Samba library: look it up at run time
 * rather than tie the build to one Samba release (as the server's tsocket
 * workaround does). */
static void log_samba_message(void *private, int level, const char *msg)
{
    size_t len = strlen(msg);

    if (len && msg[len - 1] == '\n') len--;
    client_log(level ? CLIENT_LOG_TRACE : CLIENT_LOG_WARN, "samba", "%.*s\n", (int)len, msg);
}

static void route_samba_debug(void)
{
    void (*set_callback)(void *, void (*)(void *, int, const char *));

    set_callback = (void (*)(void *, void (*)(void *, int, const char *)))dlsym(RTLD_DEFAULT, "debug_set_callback");
    if (set_callback) set_callback(NULL, log_samba_message);
    else WARN("Samba's debug_set_callback not found: its messages go to stderr\n");
}

static void init_samba(void)
{
    route_samba_debug();
    init_status = dcerpc_init();
}

void client_init(void)
{
    pthread_once(&init_once, init_samba);
}

static int connection_destructor(struct client_connection *connection)
{
    pthread_mutex_destroy(&connection->lock);
    return 0;
}

static const char *security_flag(uint32_t security)
{
    switch (security)
    {
    case CLUSAPI_SECURITY_NONE:      return NULL;
    case CLUSAPI_SECURITY_INTEGRITY: return "sign";
    default:                         return "seal";
    }
}

/* The Samba binding string for an endpoint, or NULL if the name cannot be one. */
static char *make_binding(TALLOC_CTX *mem, const struct client_endpoint *endpoint)
{
    const char *flag = security_flag(endpoint->security);
    const char *host = endpoint->address ? endpoint->address : endpoint->name;
    char *options;

    if (!host)
    {
        if (endpoint->local_transport == CLUSAPI_LOCAL_NCACN_NP)
            return talloc_asprintf(mem, "ncacn_np:localhost[\\pipe\\clusapi%s%s]", flag ? "," : "", flag ? flag : "");
        return talloc_asprintf(mem, "ncalrpc:[clusapi%s%s]", flag ? "," : "", flag ? flag : "");
    }
    /* The name becomes part of a binding string: refuse what would change its meaning. */
    if (!host[0] || strpbrk(host, "[]:,@\\/ ")) return NULL;

    if (endpoint->port)
        options = talloc_asprintf(mem, "[%u%s%s]", endpoint->port, flag ? "," : "", flag ? flag : "");
    else
        options = flag ? talloc_asprintf(mem, "[%s]", flag) : talloc_strdup(mem, "");
    if (!options) return NULL;
    return talloc_asprintf(mem, "ncacn_ip_tcp:%s%s", host, options);
}

static struct cli_credentials *make_credentials(TALLOC_CTX *mem, struct loadparm_context *lp,
                                                const struct client_endpoint *endpoint)
{
    struct cli_credentials *creds = cli_credentials_init(mem);

    if (!creds) return NULL;
    cli_credentials_set_conf(creds, lp);
    if (endpoint->security == CLUSAPI_SECURITY_NONE)
        cli_credentials_set_anonymous(creds);
    else if (endpoint->credentials_file)
    {
        if (!cli_credentials_parse_file(creds, endpoint->credentials_file, CRED_SPECIFIED))
        {
            WARN("cannot read the credentials file %s\n", endpoint->credentials_file);
            talloc_free(creds);
            return NULL;
        }
    }
    else
        cli_credentials_guess(creds, lp);
    return creds;
}

static uint32_t connect_pipe(struct client_connection *connection, const struct client_endpoint *endpoint)
{
    TALLOC_CTX *frame = talloc_new(connection);
    struct cli_credentials *creds;
    const char *binding;
    NTSTATUS status;
    uint32_t error;

    if (!frame) return WIN32_ERROR_OUTOFMEMORY;
    binding = make_binding(frame, endpoint);
    if (!binding)
    {
        TRACE("%s is not a usable host name\n", endpoint->name);
        talloc_free(frame);
        return WIN32_RPC_S_SERVER_UNAVAILABLE;
    }
    if (endpoint->ncalrpc_dir && endpoint->ncalrpc_dir[0])
    {
        char *option = talloc_asprintf(frame, "ncalrpc dir=%s", endpoint->ncalrpc_dir);

        if (!option || !lpcfg_set_option(connection->lp, option))
        {
            talloc_free(frame);
            return WIN32_ERROR_INVALID_PARAMETER;
        }
    }
    /* The pipe's security context keeps using the credentials: they live as long as it. */
    creds = make_credentials(connection, connection->lp, endpoint);
    if (!creds)
    {
        talloc_free(frame);
        return WIN32_ERROR_LOGON_FAILURE;
    }

    TRACE("connecting to %s\n", binding);
    status = dcerpc_pipe_connect(connection, &connection->pipe, binding, &cmrp_table,
                                 creds, connection->ev, connection->lp);
    error = map_status(status, true, connection->local);
    if (error)
        TRACE("%s: %s -> %u\n", binding, nt_errstr(status), error);
    else if (endpoint->timeout_ms)
        dcerpc_binding_handle_set_timeout(connection->pipe->binding_handle,
                                          (endpoint->timeout_ms + 999) / 1000);
    talloc_free(frame);
    return error;
}

/* Runs one call on the connection's pipe, one call at a time; r's pulled
 * data lives on mem. */
static uint32_t call(struct client_connection *connection, TALLOC_CTX *mem, uint32_t opnum, void *r)
{
    NTSTATUS status;

    pthread_mutex_lock(&connection->lock);
    status = dcerpc_binding_handle_call(connection->pipe->binding_handle, NULL, &cmrp_table, opnum, mem, r);
    pthread_mutex_unlock(&connection->lock);
    return map_status(status, false, connection->local);
}

static void connection_release(struct client_connection *connection)
{
    bool last;

    pthread_mutex_lock(&refcount_lock);
    last = !--connection->refcount;
    pthread_mutex_unlock(&refcount_lock);
    if (last) talloc_free(connection);
}

static struct client_object *new_object(struct client_connection *connection, enum clusapi_object_kind kind,
                                        const struct policy_handle *handle)
{
    struct client_object *object = talloc_zero(NULL, struct client_object);

    if (!object) return NULL;
    pthread_mutex_lock(&refcount_lock);
    connection->refcount++;
    pthread_mutex_unlock(&refcount_lock);
    object->connection = connection;
    object->kind = kind;
    object->handle = *handle;
    return object;
}

/* A handle the server said it opened must be one. */
static uint32_t check_new_handle(uint32_t error, uint32_t result, const struct policy_handle *handle)
{
    if (!error && !result && ndr_policy_handle_empty(handle))
    {
        WARN("the server returned success with a NULL handle\n");
        return WIN32_RPC_X_BAD_STUB_DATA;
    }
    return error;
}

uint32_t client_open_cluster(const struct client_endpoint *endpoint, bool use_ex,
                             uint32_t desired_access, uint32_t *granted_access,
                             uint32_t *result, struct client_object **out)
{
    struct client_connection *connection;
    struct policy_handle handle = { 0 };
    TALLOC_CTX *frame;
    uint32_t error;

    *out = NULL;
    *result = 0;
    client_init();
    if (!NT_STATUS_IS_OK(init_status)) return WIN32_RPC_S_SERVER_UNAVAILABLE;

    connection = talloc_zero(NULL, struct client_connection);
    if (!connection) return WIN32_ERROR_OUTOFMEMORY;
    pthread_mutex_init(&connection->lock, NULL);
    talloc_set_destructor(connection, connection_destructor);
    connection->local = !endpoint->name;
    connection->ev = tevent_context_init(connection);
    connection->lp = loadparm_init(connection);
    if (!connection->ev || !connection->lp)
    {
        talloc_free(connection);
        return WIN32_ERROR_OUTOFMEMORY;
    }
    /* A password-only Kerberos bind runs kinit from inside the event loop;
     * Samba's own tools allow the nesting for the same reason. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    tevent_loop_allow_nesting(connection->ev);
#pragma GCC diagnostic pop

    error = connect_pipe(connection, endpoint);
    if (!error && !(frame = talloc_new(connection))) error = WIN32_ERROR_OUTOFMEMORY;
    if (!error)
    {
        if (use_ex)
        {
            struct cmrp_open_cluster_ex r = { .desired_access = desired_access };

            error = call(connection, frame, CMRP_OPEN_CLUSTER_EX, &r);
            *result = r.status;
            *granted_access = r.granted_access;
            handle = r.handle;
        }
        else
        {
            struct cmrp_open_cluster r = { 0 };

            error = call(connection, frame, CMRP_OPEN_CLUSTER, &r);
            *result = r.status;
            handle = r.handle;
        }
        talloc_free(frame);
        error = check_new_handle(error, *result, &handle);
    }
    if (!error && !*result && !(*out = new_object(connection, CLUSAPI_OBJECT_CLUSTER, &handle)))
        error = WIN32_ERROR_OUTOFMEMORY;
    /* The connection lives as long as objects use it; none do on failure. */
    if (!*out) talloc_free(connection);
    return error;
}

/* ---- which method carries which (object, operation) ----
 * 0 means the object has no such operation (opnum 0, ApiOpenCluster, is
 * never one of these). */

static const struct { uint16_t open, open_ex, close; } object_methods[CLUSAPI_OBJECT_COUNT] =
{
    [CLUSAPI_OBJECT_CLUSTER]      = { 0,                  0,                     CMRP_CLOSE_CLUSTER },
    [CLUSAPI_OBJECT_NODE]         = { CMRP_OPEN_NODE,     CMRP_OPEN_NODE_EX,     CMRP_CLOSE_NODE },
    [CLUSAPI_OBJECT_GROUP]        = { CMRP_OPEN_GROUP,    CMRP_OPEN_GROUP_EX,    CMRP_CLOSE_GROUP },
    [CLUSAPI_OBJECT_RESOURCE]     = { CMRP_OPEN_RESOURCE, CMRP_OPEN_RESOURCE_EX, CMRP_CLOSE_RESOURCE },
    [CLUSAPI_OBJECT_NETWORK]      = { CMRP_OPEN_NETWORK,  CMRP_OPEN_NETWORK_EX,  CMRP_CLOSE_NETWORK },
    [CLUSAPI_OBJECT_NETINTERFACE] = { CMRP_OPEN_NET_INTERFACE, CMRP_OPEN_NET_INTERFACE_EX, CMRP_CLOSE_NET_INTERFACE },
};

static const uint16_t object_op_methods[CLUSAPI_OP_COUNT][CLUSAPI_OBJECT_COUNT] =
{
    [CLUSAPI_OP_ONLINE]  = { [CLUSAPI_OBJECT_GROUP] = CMRP_ONLINE_GROUP, [CLUSAPI_OBJECT_RESOURCE] = CMRP_ONLINE_RESOURCE },
    [CLUSAPI_OP_OFFLINE] = { [CLUSAPI_OBJECT_GROUP] = CMRP_OFFLINE_GROUP, [CLUSAPI_OBJECT_RESOURCE] = CMRP_OFFLINE_RESOURCE },
    [CLUSAPI_OP_FAIL]    = { [CLUSAPI_OBJECT_RESOURCE] = CMRP_FAIL_RESOURCE },
    [CLUSAPI_OP_DELETE]  = { [CLUSAPI_OBJECT_RESOURCE] = CMRP_DELETE_RESOURCE },
    [CLUSAPI_OP_MOVE]    = { [CLUSAPI_OBJECT_GROUP] = CMRP_MOVE_GROUP },
    [CLUSAPI_OP_PAUSE]   = { [CLUSAPI_OBJECT_NODE] = CMRP_PAUSE_NODE },
    [CLUSAPI_OP_RESUME]  = { [CLUSAPI_OBJECT_NODE] = CMRP_RESUME_NODE },
    [CLUSAPI_OP_EVICT]   = { [CLUSAPI_OBJECT_NODE] = CMRP_EVICT_NODE },
};

static const uint16_t value_op_methods[CLUSAPI_VALUE_OP_COUNT][CLUSAPI_OBJECT_COUNT] =
{
    [CLUSAPI_VALUE_OP_DELETE_GROUP] = { [CLUSAPI_OBJECT_GROUP] = CMRP_DELETE_GROUP },
    [CLUSAPI_VALUE_OP_CANCEL]       = { [CLUSAPI_OBJECT_GROUP] = CMRP_CANCEL_CLUSTER_GROUP_OPERATION },
    [CLUSAPI_VALUE_OP_RESTART]      = { [CLUSAPI_OBJECT_RESOURCE] = CMRP_RESTART_RESOURCE },
};

static const struct { uint16_t opnum; enum clusapi_object_kind first, second; } pair_methods[CLUSAPI_PAIR_COUNT] =
{
    [CLUSAPI_PAIR_ADD_DEPENDENCY]    = { CMRP_ADD_RESOURCE_DEPENDENCY, CLUSAPI_OBJECT_RESOURCE, CLUSAPI_OBJECT_RESOURCE },
    [CLUSAPI_PAIR_REMOVE_DEPENDENCY] = { CMRP_REMOVE_RESOURCE_DEPENDENCY, CLUSAPI_OBJECT_RESOURCE, CLUSAPI_OBJECT_RESOURCE },
    [CLUSAPI_PAIR_CAN_BE_DEPENDENT]  = { CMRP_CAN_RESOURCE_BE_DEPENDENT, CLUSAPI_OBJECT_RESOURCE, CLUSAPI_OBJECT_RESOURCE },
    [CLUSAPI_PAIR_ADD_OWNER]         = { CMRP_ADD_RESOURCE_NODE, CLUSAPI_OBJECT_RESOURCE, CLUSAPI_OBJECT_NODE },
    [CLUSAPI_PAIR_REMOVE_OWNER]      = { CMRP_REMOVE_RESOURCE_NODE, CLUSAPI_OBJECT_RESOURCE, CLUSAPI_OBJECT_NODE },
    [CLUSAPI_PAIR_CHANGE_GROUP]      = { CMRP_CHANGE_RESOURCE_GROUP, CLUSAPI_OBJECT_RESOURCE, CLUSAPI_OBJECT_GROUP },
    [CLUSAPI_PAIR_MOVE_TO_NODE]      = { CMRP_MOVE_GROUP_TO_NODE, CLUSAPI_OBJECT_GROUP, CLUSAPI_OBJECT_NODE },
};

static const uint16_t get_string_methods[CLUSAPI_GET_STRING_COUNT][CLUSAPI_OBJECT_COUNT] =
{
    [CLUSAPI_GET_ID] =
    {
        [CLUSAPI_OBJECT_NODE] = CMRP_GET_NODE_ID, [CLUSAPI_OBJECT_GROUP] = CMRP_GET_GROUP_ID,
        [CLUSAPI_OBJECT_RESOURCE] = CMRP_GET_RESOURCE_ID, [CLUSAPI_OBJECT_NETWORK] = CMRP_GET_NETWORK_ID,
        [CLUSAPI_OBJECT_NETINTERFACE] = CMRP_GET_NET_INTERFACE_ID,
    },
    [CLUSAPI_GET_RESOURCE_TYPE]         = { [CLUSAPI_OBJECT_RESOURCE] = CMRP_GET_RESOURCE_TYPE },
    [CLUSAPI_GET_DEPENDENCY_EXPRESSION] = { [CLUSAPI_OBJECT_RESOURCE] = CMRP_GET_RESOURCE_DEPENDENCY_EXPRESSION },
    [CLUSAPI_GET_NETWORK_NAME]          = { [CLUSAPI_OBJECT_RESOURCE] = CMRP_GET_RESOURCE_NETWORK_NAME },
};

static const uint16_t set_string_methods[CLUSAPI_SET_STRING_COUNT][CLUSAPI_OBJECT_COUNT] =
{
    [CLUSAPI_SET_NAME] =
    {
        [CLUSAPI_OBJECT_GROUP] = CMRP_SET_GROUP_NAME, [CLUSAPI_OBJECT_RESOURCE] = CMRP_SET_RESOURCE_NAME,
        [CLUSAPI_OBJECT_NETWORK] = CMRP_SET_NETWORK_NAME,
    },
    [CLUSAPI_SET_DEPENDENCY_EXPRESSION] = { [CLUSAPI_OBJECT_RESOURCE] = CMRP_SET_RESOURCE_DEPENDENCY_EXPRESSION },
};

static const uint16_t enum_methods[CLUSAPI_ENUM_COUNT][2] =   /* plain, with ids */
{
    [CLUSAPI_ENUM_CLUSTER]       = { CMRP_CREATE_ENUM, CMRP_CREATE_ENUM_EX },
    [CLUSAPI_ENUM_NODE]          = { CMRP_CREATE_NODE_ENUM, CMRP_CREATE_NODE_ENUM_EX },
    [CLUSAPI_ENUM_GROUP]         = { CMRP_CREATE_GROUP_RESOURCE_ENUM, 0 },
    [CLUSAPI_ENUM_RESOURCE]      = { CMRP_CREATE_RES_ENUM, 0 },
    [CLUSAPI_ENUM_NETWORK]       = { CMRP_CREATE_NETWORK_ENUM, 0 },
    [CLUSAPI_ENUM_RESOURCE_TYPE] = { CMRP_CREATE_RES_TYPE_ENUM, 0 },
    [CLUSAPI_ENUM_NETINTERFACE]  = { CMRP_CREATE_NET_INTERFACE_ENUM, 0 },
};

/* The object an enumeration starts from. */
static const enum clusapi_object_kind enum_object_kinds[CLUSAPI_ENUM_COUNT] =
{
    [CLUSAPI_ENUM_CLUSTER] = CLUSAPI_OBJECT_CLUSTER, [CLUSAPI_ENUM_NODE] = CLUSAPI_OBJECT_NODE,
    [CLUSAPI_ENUM_GROUP] = CLUSAPI_OBJECT_GROUP, [CLUSAPI_ENUM_RESOURCE] = CLUSAPI_OBJECT_RESOURCE,
    [CLUSAPI_ENUM_NETWORK] = CLUSAPI_OBJECT_NETWORK, [CLUSAPI_ENUM_RESOURCE_TYPE] = CLUSAPI_OBJECT_CLUSTER,
    [CLUSAPI_ENUM_NETINTERFACE] = CLUSAPI_OBJECT_CLUSTER,
};

/* The opnum for op on object, or 0 if the PE half asked for a pairing that
 * does not exist (a bug there: it checks handle types first). */
static uint16_t method_of(const uint16_t *by_kind, unsigned int op, unsigned int op_count,
                          const struct client_object *object)
{
    if (op >= op_count || object->kind >= CLUSAPI_OBJECT_COUNT) return 0;
    return by_kind[op * CLUSAPI_OBJECT_COUNT + object->kind];
}

enum clusapi_object_kind client_object_kind(const struct client_object *object)
{
    return object->kind;
}

uint32_t client_open_object(struct client_object *cluster, enum clusapi_object_kind kind, const char *name,
                            bool use_ex, uint32_t desired_access, uint32_t *granted_access,
                            uint32_t *result, struct client_object **out)
{
    struct policy_handle handle = { 0 };
    TALLOC_CTX *frame;
    uint32_t error;

    *out = NULL;
    *result = 0;
    if (kind >= CLUSAPI_OBJECT_COUNT || !object_methods[kind].open) return WIN32_ERROR_INVALID_PARAMETER;
    if (!(frame = talloc_new(NULL))) return WIN32_ERROR_OUTOFMEMORY;
    if (use_ex)
    {
        struct cmrp_open_object_ex r = { .name = name, .desired_access = desired_access };

        error = call(cluster->connection, frame, object_methods[kind].open_ex, &r);
        *result = r.status;
        *granted_access = r.granted_access;
        handle = r.handle;
    }
    else
    {
        struct cmrp_open_object r = { .name = name };

        error = call(cluster->connection, frame, object_methods[kind].open, &r);
        *result = r.status;
        handle = r.handle;
    }
    talloc_free(frame);
    error = check_new_handle(error, *result, &handle);
    if (!error && !*result && !(*out = new_object(cluster->connection, kind, &handle)))
        error = WIN32_ERROR_OUTOFMEMORY;
    return error;
}

uint32_t client_create_object(struct client_object *cluster, enum clusapi_object_kind kind, const char *name,
                              struct client_object *group, const char *type_name, uint32_t flags,
                              uint32_t *result, struct client_object **out)
{
    struct policy_handle handle = { 0 };
    TALLOC_CTX *frame;
    uint32_t error;

    *out = NULL;
    *result = 0;
    if (!(frame = talloc_new(NULL))) return WIN32_ERROR_OUTOFMEMORY;
    if (kind == CLUSAPI_OBJECT_GROUP)
    {
        struct cmrp_open_object r = { .name = name };

        error = call(cluster->connection, frame, CMRP_CREATE_GROUP, &r);
        *result = r.status;
        handle = r.handle;
    }
    else if (kind == CLUSAPI_OBJECT_RESOURCE && group && group->kind == CLUSAPI_OBJECT_GROUP)
    {
        struct cmrp_create_resource r = { .group = group->handle, .name = name, .type_name = type_name, .flags = flags };

        error = call(cluster->connection, frame, CMRP_CREATE_RESOURCE, &r);
        *result = r.status;
        handle = r.handle;
    }
    else
        error = WIN32_ERROR_INVALID_PARAMETER;
    talloc_free(frame);
    error = check_new_handle(error, *result, &handle);
    if (!error && !*result && !(*out = new_object(cluster->connection, kind, &handle)))
        error = WIN32_ERROR_OUTOFMEMORY;
    return error;
}

uint32_t client_close_object(struct client_object *object, uint32_t *result)
{
    struct cmrp_close_handle r = { .handle = object->handle };
    struct client_connection *connection = object->connection;
    TALLOC_CTX *frame = talloc_new(NULL);
    uint32_t error;

    *result = 0;
    error = frame ? call(connection, frame, object_methods[object->kind].close, &r) : WIN32_ERROR_OUTOFMEMORY;
    if (!error) *result = r.result;
    talloc_free(frame);
    talloc_free(object);
    connection_release(connection);
    return error;
}

uint32_t client_object_op(struct client_object *object, enum clusapi_object_op op, uint32_t *result)
{
    uint16_t opnum = method_of(&object_op_methods[0][0], op, CLUSAPI_OP_COUNT, object);
    struct cmrp_handle_op r = { .handle = object->handle };
    uint32_t error;

    *result = 0;
    if (!opnum) return WIN32_ERROR_INVALID_PARAMETER;
    error = call(object->connection, NULL, opnum, &r);
    if (!error) *result = r.result;
    return error;
}

uint32_t client_object_value_op(struct client_object *object, enum clusapi_object_value_op op,
                                uint32_t value, uint32_t *result)
{
    uint16_t opnum = method_of(&value_op_methods[0][0], op, CLUSAPI_VALUE_OP_COUNT, object);
    struct cmrp_handle_dword r = { .handle = object->handle, .value = value };
    uint32_t error;

    *result = 0;
    if (!opnum) return WIN32_ERROR_INVALID_PARAMETER;
    error = call(object->connection, NULL, opnum, &r);
    if (!error) *result = r.result;
    return error;
}

uint32_t client_pair_op(struct client_object *object, struct client_object *other,
                        enum clusapi_pair_op op, uint32_t *result)
{
    struct cmrp_handle_pair r = { .handle = object->handle, .other = other->handle };
    uint32_t error;

    *result = 0;
    if (op >= CLUSAPI_PAIR_COUNT || object->kind != pair_methods[op].first || other->kind != pair_methods[op].second)
        return WIN32_ERROR_INVALID_PARAMETER;
    /* Handles only mean something on the connection that opened them. */
    if (object->connection != other->connection) return WIN32_ERROR_INVALID_HANDLE;
    error = call(object->connection, NULL, pair_methods[op].opnum, &r);
    if (!error) *result = r.result;
    return error;
}

uint32_t client_get_string(struct client_object *object, enum clusapi_get_string_op op,
                           struct client_wstr string, uint32_t *result)
{
    uint16_t opnum = method_of(&get_string_methods[0][0], op, CLUSAPI_GET_STRING_COUNT, object);
    struct cmrp_get_string r = { .handle = object->handle };
    TALLOC_CTX *frame;
    uint32_t error;

    *result = 0;
    if (!opnum) return WIN32_ERROR_INVALID_PARAMETER;
    if (!(frame = talloc_new(NULL))) return WIN32_ERROR_OUTOFMEMORY;
    error = call(object->connection, frame, opnum, &r);
    if (!error) *result = r.result;
    if (!error && !r.result) copy_out_wstr(string, r.string);
    talloc_free(frame);
    return error;
}

uint32_t client_set_string(struct client_object *object, enum clusapi_set_string_op op,
                           const char *string, uint32_t *result)
{
    uint16_t opnum = method_of(&set_string_methods[0][0], op, CLUSAPI_SET_STRING_COUNT, object);
    uint32_t error;

    *result = 0;
    if (!opnum) return WIN32_ERROR_INVALID_PARAMETER;
    if (op == CLUSAPI_SET_DEPENDENCY_EXPRESSION)
    {
        struct cmrp_handle_unique_string r = { .handle = object->handle, .string = string };

        error = call(object->connection, NULL, opnum, &r);
        if (!error) *result = r.result;
    }
    else
    {
        struct cmrp_handle_string r = { .handle = object->handle, .string = string };

        if (!string) return WIN32_ERROR_INVALID_PARAMETER;
        error = call(object->connection, NULL, opnum, &r);
        if (!error) *result = r.result;
    }
    return error;
}

uint32_t client_get_state(struct client_object *object, uint32_t *state, struct client_wstr node_name,
                          struct client_wstr group_name, uint32_t *result)
{
    TALLOC_CTX *frame = talloc_new(NULL);
    uint32_t error = 0;

    *result = 0;
    if (!frame) return WIN32_ERROR_OUTOFMEMORY;
    switch (object->kind)
    {
    case CLUSAPI_OBJECT_RESOURCE:
    {
        struct cmrp_get_resource_state r = { .handle = object->handle };

        error = call(object->connection, frame, CMRP_GET_RESOURCE_STATE, &r);
        if (!error && !(*result = r.result))
        {
            *state = r.state;
            copy_out_wstr(node_name, r.node_name);
            copy_out_wstr(group_name, r.group_name);
        }
        break;
    }
    case CLUSAPI_OBJECT_GROUP:
    {
        struct cmrp_get_group_state r = { .handle = object->handle };

        error = call(object->connection, frame, CMRP_GET_GROUP_STATE, &r);
        if (!error && !(*result = r.result))
        {
            *state = r.state;
            copy_out_wstr(node_name, r.node_name);
        }
        break;
    }
    case CLUSAPI_OBJECT_NODE:
    case CLUSAPI_OBJECT_NETWORK:
    case CLUSAPI_OBJECT_NETINTERFACE:
    {
        static const uint16_t opnums[CLUSAPI_OBJECT_COUNT] =
        {
            [CLUSAPI_OBJECT_NODE] = CMRP_GET_NODE_STATE, [CLUSAPI_OBJECT_NETWORK] = CMRP_GET_NETWORK_STATE,
            [CLUSAPI_OBJECT_NETINTERFACE] = CMRP_GET_NET_INTERFACE_STATE,
        };
        struct cmrp_get_state r = { .handle = object->handle };

        error = call(object->connection, frame, opnums[object->kind], &r);
        if (!error && !(*result = r.result)) *state = r.state;
        break;
    }
    default:
        error = WIN32_ERROR_INVALID_PARAMETER;
        break;
    }
    talloc_free(frame);
    return error;
}

uint32_t client_get_cluster_name(struct client_object *cluster,
                                 struct client_wstr cluster_name, struct client_wstr node_name,
                                 uint32_t *result)
{
    struct cmrp_get_cluster_name r = { 0 };
    TALLOC_CTX *frame = talloc_new(NULL);
    uint32_t error;

    *result = 0;
    if (!frame) return WIN32_ERROR_OUTOFMEMORY;
    error = call(cluster->connection, frame, CMRP_GET_CLUSTER_NAME, &r);
    if (!error) *result = r.result;
    if (!error && !r.result)
    {
        if (!r.cluster_name) WARN("the server sent no cluster name\n");
        copy_out_wstr(cluster_name, r.cluster_name);
        copy_out_wstr(node_name, r.node_name);
    }
    talloc_free(frame);
    return error;
}

uint32_t client_get_cluster_version(struct client_object *cluster,
                                    struct client_wstr vendor_id, struct client_wstr csd_version,
                                    struct client_version *version, uint32_t *result)
{
    struct cmrp_get_cluster_version2 r = { 0 };
    TALLOC_CTX *frame = talloc_new(NULL);
    uint32_t error;

    *result = 0;
    if (!frame) return WIN32_ERROR_OUTOFMEMORY;
    error = call(cluster->connection, frame, CMRP_GET_CLUSTER_VERSION2, &r);
    if (!error) *result = r.result;
    if (!error && !r.result)
    {
        version->major_version = r.major_version;
        version->minor_version = r.minor_version;
        version->build_number = r.build_number;
        version->has_operational_version = r.opver != NULL;
        if (r.opver)
        {
            if (r.opver->size != sizeof(struct cmrp_opver_info))
                WARN("odd CLUSTER_OPERATIONAL_VERSION_INFO size %u\n", r.opver->size);
            version->highest_version = r.opver->highest_version;
            version->lowest_version = r.opver->lowest_version;
            version->flags = r.opver->flags;
        }
        copy_out_wstr(vendor_id, r.vendor_id);
        copy_out_wstr(csd_version, r.csd_version);
    }
    talloc_free(frame);
    return error;
}

uint32_t client_set_cluster_name(struct client_object *cluster, const char *name, uint32_t *result)
{
    struct cmrp_string_in r = { .string = name };
    uint32_t error;

    *result = 0;
    if (cluster->kind != CLUSAPI_OBJECT_CLUSTER || !name) return WIN32_ERROR_INVALID_PARAMETER;
    error = call(cluster->connection, NULL, CMRP_SET_CLUSTER_NAME, &r);
    if (!error) *result = r.result;
    return error;
}

uint32_t client_get_quorum(struct client_object *cluster, struct client_wstr resource_name,
                           struct client_wstr device_name, uint32_t *max_log_size, uint32_t *result)
{
    struct cmrp_get_quorum_resource r = { 0 };
    TALLOC_CTX *frame;
    uint32_t error;

    *result = 0;
    if (cluster->kind != CLUSAPI_OBJECT_CLUSTER) return WIN32_ERROR_INVALID_PARAMETER;
    if (!(frame = talloc_new(NULL))) return WIN32_ERROR_OUTOFMEMORY;
    error = call(cluster->connection, frame, CMRP_GET_QUORUM_RESOURCE, &r);
    if (!error && !(*result = r.result))
    {
        copy_out_wstr(resource_name, r.resource_name);
        copy_out_wstr(device_name, r.device_name);
        *max_log_size = r.max_log_size;
    }
    talloc_free(frame);
    return error;
}

uint32_t client_set_quorum(struct client_object *resource, const char *device_name, uint32_t max_log_size,
                           uint32_t *result)
{
    struct cmrp_set_quorum_resource r = { .handle = resource->handle, .device_name = device_name ? device_name : "",
                                          .max_log_size = max_log_size };
    uint32_t error;

    *result = 0;
    if (resource->kind != CLUSAPI_OBJECT_RESOURCE) return WIN32_ERROR_INVALID_PARAMETER;
    error = call(resource->connection, NULL, CMRP_SET_QUORUM_RESOURCE, &r);
    if (!error) *result = r.result;
    return error;
}

uint32_t client_resource_type(struct client_object *cluster, const char *type_name, const char *display_name,
                              const char *dll_name, uint32_t looks_alive, uint32_t is_alive, uint32_t *result)
{
    uint32_t error;

    *result = 0;
    if (cluster->kind != CLUSAPI_OBJECT_CLUSTER || !type_name) return WIN32_ERROR_INVALID_PARAMETER;
    if (display_name)
    {
        struct cmrp_create_resource_type r = { .type_name = type_name, .display_name = display_name,
                                               .dll_name = dll_name ? dll_name : "", .looks_alive = looks_alive,
                                               .is_alive = is_alive };

        error = call(cluster->connection, NULL, CMRP_CREATE_RESOURCE_TYPE, &r);
        if (!error) *result = r.result;
    }
    else
    {
        struct cmrp_string_in r = { .string = type_name };

        error = call(cluster->connection, NULL, CMRP_DELETE_RESOURCE_TYPE, &r);
        if (!error) *result = r.result;
    }
    return error;
}

uint32_t client_get_net_interface(struct client_object *cluster, const char *node_name, const char *network_name,
                                  struct client_wstr interface_name, uint32_t *result)
{
    struct cmrp_get_net_interface r = { .node_name = node_name, .network_name = network_name };
    TALLOC_CTX *frame;
    uint32_t error;

    *result = 0;
    if (cluster->kind != CLUSAPI_OBJECT_CLUSTER || !node_name || !network_name) return WIN32_ERROR_INVALID_PARAMETER;
    if (!(frame = talloc_new(NULL))) return WIN32_ERROR_OUTOFMEMORY;
    error = call(cluster->connection, frame, CMRP_GET_NET_INTERFACE, &r);
    if (!error && !(*result = r.result)) copy_out_wstr(interface_name, r.interface_name);
    talloc_free(frame);
    return error;
}

uint32_t client_set_group_node_list(struct client_object *group, const uint16_t *node_list, uint32_t len,
                                    uint32_t *result)
{
    struct cmrp_set_group_node_list r = { .handle = group->handle, .node_list = (uint16_t *)node_list,
                                          .node_list_len = node_list ? len : 0 };
    uint32_t error;

    *result = 0;
    if (group->kind != CLUSAPI_OBJECT_GROUP) return WIN32_ERROR_INVALID_PARAMETER;
    error = call(group->connection, NULL, CMRP_SET_GROUP_NODE_LIST, &r);
    if (!error) *result = r.result;
    return error;
}

uint32_t client_object_ex_op(struct client_object *object, struct client_object *node, enum clusapi_object_op op,
                             uint32_t flags, const uint8_t *buffer, uint32_t size, uint32_t *result)
{
    static const uint8_t empty;
    uint16_t opnum = 0;
    uint32_t error;

    *result = 0;
    /* The reason buffer is a [ref] array: never NULL on the wire. */
    if (!buffer) buffer = &empty, size = 0;
    if (object->kind == CLUSAPI_OBJECT_GROUP)
        opnum = op == CLUSAPI_OP_ONLINE ? CMRP_ONLINE_GROUP_EX : op == CLUSAPI_OP_OFFLINE ? CMRP_OFFLINE_GROUP_EX :
                op == CLUSAPI_OP_MOVE ? (node ? CMRP_MOVE_GROUP_TO_NODE_EX : CMRP_MOVE_GROUP_EX) : 0;
    else if (object->kind == CLUSAPI_OBJECT_RESOURCE)
        opnum = op == CLUSAPI_OP_ONLINE ? CMRP_ONLINE_RESOURCE_EX : op == CLUSAPI_OP_OFFLINE ? CMRP_OFFLINE_RESOURCE_EX : 0;
    if (!opnum || (node && node->kind != CLUSAPI_OBJECT_NODE)) return WIN32_ERROR_INVALID_PARAMETER;

    if (opnum == CMRP_MOVE_GROUP_TO_NODE_EX)
    {
        struct cmrp_pair_flags_buffer r = { .handle = object->handle, .node = node->handle, .flags = flags,
                                            .buffer = (uint8_t *)buffer, .size = size };

        if (object->connection != node->connection) return WIN32_ERROR_INVALID_HANDLE;
        error = call(object->connection, NULL, opnum, &r);
        if (!error) *result = r.result;
    }
    else
    {
        struct cmrp_handle_flags_buffer r = { .handle = object->handle, .flags = flags, .buffer = (uint8_t *)buffer,
                                              .size = size };

        error = call(object->connection, NULL, opnum, &r);
        if (!error) *result = r.result;
    }
    return error;
}

/* ---- enumerations ---- */

uint32_t client_create_enum(struct client_object *object, enum clusapi_enum_kind kind, uint32_t type,
                            bool with_ids, const char *name, const char *name2,
                            uint32_t *result, struct client_enum **out, uint32_t *count)
{
    struct client_enum *list;
    uint16_t opnum;
    uint32_t error;

    *out = NULL;
    *result = 0;
    *count = 0;
    if (kind >= CLUSAPI_ENUM_COUNT || enum_object_kinds[kind] != object->kind) return WIN32_ERROR_INVALID_PARAMETER;
    if (!(opnum = enum_methods[kind][with_ids])) return WIN32_ERROR_INVALID_PARAMETER;
    if (!(list = talloc_zero(NULL, struct client_enum))) return WIN32_ERROR_OUTOFMEMORY;

    /* Each shape's reply is pulled onto list, which then owns the entries. */
    switch (opnum)
    {
    case CMRP_CREATE_ENUM:
    {
        struct cmrp_create_enum r = { .type = type };

        error = call(object->connection, list, opnum, &r);
        if (!error) *result = r.result;
        list->names = r.list;
        break;
    }
    case CMRP_CREATE_ENUM_EX:
    case CMRP_CREATE_NODE_ENUM_EX:
    {
        struct cmrp_create_enum_ex r = { .handle = object->handle, .type = type };

        error = call(object->connection, list, opnum, &r);
        if (!error) *result = r.result;
        list->names = r.name_list;
        list->ids = r.id_list;
        if (!error && !r.result && (!r.id_list || !r.name_list || r.id_list->count != r.name_list->count))
        {
            WARN("the server's id and name lists differ\n");
            error = WIN32_RPC_X_BAD_STUB_DATA;
        }
        break;
    }
    case CMRP_CREATE_RES_TYPE_ENUM:
    {
        struct cmrp_create_res_type_enum r = { .type_name = name, .type = type };

        error = name ? call(object->connection, list, opnum, &r) : WIN32_ERROR_INVALID_PARAMETER;
        if (!error) *result = r.result;
        list->names = r.list;
        break;
    }
    case CMRP_CREATE_NET_INTERFACE_ENUM:
    {
        struct cmrp_create_net_interface_enum r = { .handle = object->handle, .node_name = name ? name : "",
                                                    .network_name = name2 ? name2 : "" };

        error = call(object->connection, list, opnum, &r);
        if (!error) *result = r.result;
        list->names = r.list;
        break;
    }
    default:
    {
        struct cmrp_handle_enum r = { .handle = object->handle, .type = type };

        error = call(object->connection, list, opnum, &r);
        if (!error) *result = r.result;
        list->names = r.list;
        break;
    }
    }
    if (!error && !*result && !list->names)
    {
        WARN("the server sent no list\n");
        error = WIN32_RPC_X_BAD_STUB_DATA;
    }
    if (error || *result)
    {
        talloc_free(list);
        return error;
    }
    *count = list->names->count;
    *out = list;
    return 0;
}

bool client_enum_entry(struct client_enum *list, uint32_t index, uint32_t *type,
                       struct client_wstr name, struct client_wstr id)
{
    if (index >= list->names->count) return false;
    *type = list->names->entries[index].type;
    copy_out_wstr(name, list->names->entries[index].name);
    copy_out_wstr(id, list->ids ? list->ids->entries[index].name : "");
    return true;
}

void client_free_enum(struct client_enum *list)
{
    talloc_free(list);
}
