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

struct client_connection
{
    pthread_mutex_t lock;
    bool local;
    struct tevent_context *ev;
    struct loadparm_context *lp;
    struct dcerpc_pipe *pipe;
    struct policy_handle cluster;
};

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

uint32_t client_open_cluster(const struct client_endpoint *endpoint, bool use_ex,
                             uint32_t desired_access, uint32_t *granted_access,
                             uint32_t *result, struct client_connection **out)
{
    struct client_connection *connection;
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
    if (!error)
    {
        TALLOC_CTX *frame = talloc_new(connection);

        if (use_ex)
        {
            struct cmrp_open_cluster_ex r = { .desired_access = desired_access };

            error = call(connection, frame, CMRP_OPEN_CLUSTER_EX, &r);
            *result = r.status;
            *granted_access = r.granted_access;
            connection->cluster = r.handle;
        }
        else
        {
            struct cmrp_open_cluster r = { 0 };

            error = call(connection, frame, CMRP_OPEN_CLUSTER, &r);
            *result = r.status;
            connection->cluster = r.handle;
        }
        talloc_free(frame);
    }
    if (!error && !*result && ndr_policy_handle_empty(&connection->cluster))
    {
        WARN("the server returned success with a NULL cluster handle\n");
        error = WIN32_RPC_X_BAD_STUB_DATA;
    }
    if (error || *result)
    {
        talloc_free(connection);
        return error;
    }
    *out = connection;
    return 0;
}

uint32_t client_close_cluster(struct client_connection *connection, uint32_t *result)
{
    struct cmrp_close_handle r = { .handle = connection->cluster };
    TALLOC_CTX *frame = talloc_new(connection);
    uint32_t error;

    error = frame ? call(connection, frame, CMRP_CLOSE_CLUSTER, &r) : WIN32_ERROR_OUTOFMEMORY;
    *result = r.result;
    talloc_free(connection);
    return error;
}

uint32_t client_get_cluster_name(struct client_connection *connection,
                                 struct client_wstr cluster_name, struct client_wstr node_name,
                                 uint32_t *result)
{
    struct cmrp_get_cluster_name r = { 0 };
    TALLOC_CTX *frame = talloc_new(connection);
    uint32_t error;

    if (!frame) return WIN32_ERROR_OUTOFMEMORY;
    error = call(connection, frame, CMRP_GET_CLUSTER_NAME, &r);
    *result = r.result;
    if (!error && !r.result)
    {
        if (!r.cluster_name) WARN("the server sent no cluster name\n");
        copy_out_wstr(cluster_name, r.cluster_name);
        copy_out_wstr(node_name, r.node_name);
    }
    talloc_free(frame);
    return error;
}

uint32_t client_get_cluster_version(struct client_connection *connection,
                                    struct client_wstr vendor_id, struct client_wstr csd_version,
                                    struct client_version *version, uint32_t *result)
{
    struct cmrp_get_cluster_version2 r = { 0 };
    TALLOC_CTX *frame = talloc_new(connection);
    uint32_t error;

    if (!frame) return WIN32_ERROR_OUTOFMEMORY;
    error = call(connection, frame, CMRP_GET_CLUSTER_VERSION2, &r);
    *result = r.result;
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
