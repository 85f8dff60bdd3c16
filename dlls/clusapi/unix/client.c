/*
 * The MS-CMRP client on Samba's public libraries (see client.h).
 *
 * One connection per cluster handle: its own tevent and loadparm contexts,
 * its dcerpc pipe and the server's cluster context handle, all owned by one
 * talloc tree.  Each call gets a talloc child for what it pulls and frees it
 * on every path.  Calls on one connection are serialised: Samba's contexts
 * are not thread-safe.  When the node behind a connection fails, call()
 * moves it to another node of the cluster and reopens everything there
 * (MS-CMRP 3.2.4.6; the reconnect section at the end, docs/architecture.md).
 */
#define TEVENT_DEPRECATED /* tevent_loop_allow_nesting() and the nesting hook: see new_event_context */

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <pthread.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <strings.h>
#include <sys/socket.h>

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
#include "dlls/clusapi/unix/idle.h"
#include "dlls/clusapi/unix/sockets.h"

/* Win32 errors this file reports, spelled out: Wine's winerror.h cannot be
 * included next to Samba's headers. */
enum
{
    WIN32_ERROR_INVALID_FUNCTION      = 1,
    WIN32_ERROR_FILE_NOT_FOUND        = 2,
    WIN32_ERROR_ACCESS_DENIED         = 5,
    WIN32_ERROR_INVALID_HANDLE        = 6,
    WIN32_ERROR_OUTOFMEMORY           = 14,
    WIN32_ERROR_INVALID_PARAMETER     = 87,
    WIN32_ERROR_INSUFFICIENT_BUFFER   = 122,
    WIN32_ERROR_MORE_DATA             = 234,
    WIN32_ERROR_LOGON_FAILURE         = 1326,
    WIN32_ERROR_ACCOUNT_DISABLED      = 1331,
    WIN32_ERROR_PASSWORD_EXPIRED      = 1330,
    WIN32_ERROR_ACCOUNT_EXPIRED       = 1793,
    WIN32_ERROR_PASSWORD_MUST_CHANGE  = 1907,
    WIN32_ERROR_ACCOUNT_LOCKED_OUT    = 1909,
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

/* One Samba pipe, shared by a cluster handle and the objects opened through it.
 *
 * Reconnect (MS-CMRP 3.2.1, 3.2.3.3, 3.2.4.6): the connection keeps the
 * candidates (cluster name, every node), the live objects in the order they
 * were opened and the notification sessions.  When a call fails with one of
 * the spec's errors, call() connects to the next candidate, reopens every
 * object and server port under the same lock, and reissues the call.  Callers
 * keep passing the handles they were given (an object's `handle` never
 * changes); call() swaps them for the ones valid on the present node. */
struct client_connection
{
    pthread_mutex_t lock;            /* recursive; one call at a time (Samba's contexts are not
                                      * thread-safe), and an open with the bookkeeping of its handle */
    unsigned int refcount;           /* objects using it, under refcount_lock */
    bool local;
    struct tevent_context *ev;
    struct loadparm_context *lp;
    struct dcerpc_pipe *pipe;
    struct client_endpoint endpoint; /* as connected (strings owned): for more connections */
    /* reconnect state, under lock */
    char *cluster_name;              /* ApiGetClusterName's, to recognise the cluster again */
    char *node_name;                 /* the node serving us now */
    char **candidates;               /* cluster name, node names, the name opened: talloc */
    unsigned int candidate_count;
    unsigned int generation;         /* reconnects so far (read atomically by pumps) */
    void *link;                      /* what holds a reconnected pipe and its credentials */
    struct client_object *objects, *objects_tail;   /* live, in open order */
    struct client_notify_session *sessions;
    struct client_batch_port *batch_ports;
    struct handle_swap *swaps;       /* sorted by original; empty until the first reconnect */
    size_t swap_count;
    unsigned int reconnects, failed_reconnects;     /* counts, for traces and tests */
};

/* How callers' handles map to the present node's: one per live holder. */
struct handle_swap
{
    struct policy_handle original;
    const struct policy_handle *current;            /* NULL once the holder is gone */
};

struct client_object
{
    struct client_connection *connection;
    enum clusapi_object_kind kind;
    struct policy_handle handle;     /* as first opened: what callers pass, never changes */
    struct policy_handle current;    /* on the present node; empty if it could not be reopened */
    struct policy_handle reopened;   /* during a reconnect */
    struct client_object *prev, *next;  /* connection->objects */
    char *name;                      /* opened by this name; keys: path from the root ("" = root) */
    bool use_ex;                     /* opened with ApiOpen*Ex: reopen so, asking for `access` */
    uint32_t access;                 /* Ex: granted access; keys: samDesired */
};

struct client_enum
{
    struct cmrp_enum_list *names;
    struct cmrp_enum_list *ids;      /* NULL unless asked for */
    struct cmrp_group_enum_list *groups;       /* ApiCreateGroupEnum instead */
    struct cmrp_resource_enum_list *resources; /* ApiCreateResourceEnum instead */
};
static pthread_mutex_t refcount_lock = PTHREAD_MUTEX_INITIALIZER;
/* The sessions' registrations: taken after a connection's lock, never before. */
static pthread_mutex_t registrations_lock = PTHREAD_MUTEX_INITIALIZER;

/* ---- transport status -> Win32 ---- */

struct status_mapping
{
    NTSTATUS status;
    uint32_t win32;
    const char *hint;   /* what to do about it, for the WARN of a failed connect */
};

static const char hint_credentials[] =
    "the server rejected the credentials: check the user name and password in the credentials file "
    "(CredentialsFile, WINECLUSAPI_CREDENTIALS_FILE), or run kinit user@REALM again";
static const char hint_refused[] =
    "the server refused the bind: clusters require packet privacy (Security=privacy) and a user allowed "
    "to manage the cluster";
static const char hint_kerberos[] =
    "Kerberos failed: the cluster needs the service principal MSServerClusterMgmtAPI/<host> for the name "
    "passed to OpenCluster (connect by the cluster's DNS name, with Address for where it is), a KDC for "
    "the realm (krb5.conf, KRB5_CONFIG) and a valid ticket (klist; kinit user@REALM); "
    "Authentication=negotiate also allows NTLM";
static const char hint_account[] =
    "the account cannot log on (locked out, disabled, expired or its password must change)";

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
    /* The connection dropped before the bind completed (a node going down
     * behind a listener that still accepts): no server to talk to, as when
     * nothing listens; not RPC_S_CALL_FAILED, which says a call was sent. */
    { NT_STATUS_CONNECTION_DISCONNECTED, WIN32_RPC_S_SERVER_UNAVAILABLE },
    { NT_STATUS_CONNECTION_RESET,       WIN32_RPC_S_SERVER_UNAVAILABLE },
    { NT_STATUS_CONNECTION_ABORTED,     WIN32_RPC_S_SERVER_UNAVAILABLE },
    { NT_STATUS_END_OF_FILE,            WIN32_RPC_S_SERVER_UNAVAILABLE },
    { NT_STATUS_EPT_NOT_REGISTERED,     WIN32_EPT_S_NOT_REGISTERED },     /* host up, no cluster service */
};

/* Authentication: a rejected user name or password is ERROR_LOGON_FAILURE
 * ("The user name or password is incorrect"), as Windows maps
 * STATUS_LOGON_FAILURE; a bind or call the server refuses (level too low,
 * user not allowed, or NTLM's unanswered AUTH3 leg failing at the first
 * call) is ERROR_ACCESS_DENIED; Kerberos trouble (unknown SPN, no KDC, clock
 * skew) is RPC_S_SEC_PKG_ERROR, what Windows' RPC reports for SSPI errors. */
static const struct status_mapping call_statuses[] =
{
    { NT_STATUS_NO_MEMORY,                     WIN32_ERROR_OUTOFMEMORY },
    { NT_STATUS_ACCESS_DENIED,                 WIN32_ERROR_ACCESS_DENIED, hint_refused },
    { NT_STATUS_NETWORK_ACCESS_DENIED,         WIN32_ERROR_ACCESS_DENIED, hint_refused },
    { NT_STATUS_RPC_UNSUPPORTED_AUTHN_LEVEL,   WIN32_ERROR_ACCESS_DENIED, hint_refused },
    { NT_STATUS_LOGON_FAILURE,                 WIN32_ERROR_LOGON_FAILURE, hint_credentials },
    { NT_STATUS_WRONG_PASSWORD,                WIN32_ERROR_LOGON_FAILURE, hint_credentials },
    { NT_STATUS_NO_SUCH_USER,                  WIN32_ERROR_LOGON_FAILURE, hint_credentials },
    { NT_STATUS_ACCOUNT_LOCKED_OUT,            WIN32_ERROR_ACCOUNT_LOCKED_OUT, hint_account },
    { NT_STATUS_ACCOUNT_DISABLED,              WIN32_ERROR_ACCOUNT_DISABLED, hint_account },
    { NT_STATUS_ACCOUNT_EXPIRED,               WIN32_ERROR_ACCOUNT_EXPIRED, hint_account },
    { NT_STATUS_PASSWORD_EXPIRED,              WIN32_ERROR_PASSWORD_EXPIRED, hint_account },
    { NT_STATUS_PASSWORD_MUST_CHANGE,          WIN32_ERROR_PASSWORD_MUST_CHANGE, hint_account },
    { NT_STATUS_RPC_SEC_PKG_ERROR,             WIN32_RPC_S_SEC_PKG_ERROR, hint_kerberos },
    { NT_STATUS_INVALID_ACCOUNT_NAME,          WIN32_RPC_S_SEC_PKG_ERROR, hint_kerberos },
    { NT_STATUS_NO_LOGON_SERVERS,              WIN32_RPC_S_SEC_PKG_ERROR, hint_kerberos },
    { NT_STATUS_TIME_DIFFERENCE_AT_DC,         WIN32_RPC_S_SEC_PKG_ERROR, hint_kerberos },
    { NT_STATUS_NO_SUCH_LOGON_SESSION,         WIN32_RPC_S_SEC_PKG_ERROR, hint_kerberos },
    { NT_STATUS_WRONG_CREDENTIAL_HANDLE,       WIN32_RPC_S_SEC_PKG_ERROR, hint_kerberos },
    { NT_STATUS_KDC_UNKNOWN_ETYPE,             WIN32_RPC_S_SEC_PKG_ERROR, hint_kerberos },
    { NT_STATUS_NO_KERB_KEY,                   WIN32_RPC_S_SEC_PKG_ERROR, hint_kerberos },
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
    /* A call the server did not answer within the Timeout setting: what
     * Windows' RPC_C_OPT_CALL_TIMEOUT reports. */
    { NT_STATUS_IO_TIMEOUT,                    WIN32_RPC_S_CALL_CANCELLED },
    { NT_STATUS_CONNECTION_DISCONNECTED,       WIN32_RPC_S_CALL_FAILED },
    { NT_STATUS_CONNECTION_RESET,              WIN32_RPC_S_CALL_FAILED },
    { NT_STATUS_CONNECTION_ABORTED,            WIN32_RPC_S_CALL_FAILED },
    { NT_STATUS_END_OF_FILE,                   WIN32_RPC_S_CALL_FAILED },
    { NT_STATUS_PIPE_BROKEN,                   WIN32_RPC_S_CALL_FAILED },
    { NT_STATUS_PIPE_DISCONNECTED,             WIN32_RPC_S_CALL_FAILED },
    { NT_STATUS_UNSUCCESSFUL,                  WIN32_RPC_S_CALL_FAILED },  /* also a bind_nak, see connect_pipe */
};

static const struct status_mapping *lookup_status(const struct status_mapping *map, size_t count, NTSTATUS status)
{
    size_t i;

    for (i = 0; i < count; i++)
        if (NT_STATUS_EQUAL(map[i].status, status)) return &map[i];
    return NULL;
}

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

/* The Win32 RPC error for a failed call, or for a failed connect. */
static uint32_t map_status(NTSTATUS status, bool connecting, bool local)
{
    const struct status_mapping *mapping;

    if (NT_STATUS_IS_OK(status)) return 0;
    if (connecting && (mapping = lookup_status(unreachable_statuses, COUNT_OF(unreachable_statuses), status)))
        return local ? WIN32_EPT_S_NOT_REGISTERED : mapping->win32;
    if ((mapping = lookup_status(call_statuses, COUNT_OF(call_statuses), status)))
    {
        /* NTLM's last leg gets no answer: a wrong password shows at the first call. */
        if (!connecting && mapping->win32 == WIN32_ERROR_ACCESS_DENIED)
            WARN("access denied: %s\n", hint_refused);
        return mapping->win32;
    }
    WARN("unexpected status %s\n", nt_errstr(status));
    return connecting ? WIN32_RPC_S_SERVER_UNAVAILABLE : WIN32_RPC_S_CALL_FAILED;
}

/* What to do about a failed connect, or NULL. */
static const char *status_hint(NTSTATUS status)
{
    const struct status_mapping *mapping = lookup_status(call_statuses, COUNT_OF(call_statuses), status);

    return mapping ? mapping->hint : NULL;
}

/* ---- strings ---- */

static void copy_out_wstr(struct client_wstr out, const char *utf8)
{
    uint16_t *utf16 = NULL;
    size_t bytes = 0;
    uint32_t len, copy;

    if (!utf8) utf8 = "";
    /* Samba converts "" to a lone NUL: an empty string has no characters to convert. */
    if (utf8[0] && !convert_string_talloc(NULL, CH_UTF8, CH_UTF16LE, utf8, strlen(utf8), &utf16, &bytes))
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

/* Samba keeps one stack of talloc_stackframe()s for the process unless it is
 * given thread primitives, as its libsmbclient does: with notification pumps
 * and application threads calling on several connections at once, each
 * thread needs its own.  smb_thread_set_functions() is exported by
 * libsamba-util (symbol version SAMBA_UTIL_0.0.1) but declared in no
 * installed header: this is its interface, lib/util/smb_threads.h. */
struct samba_thread_functions
{
    int (*create_mutex)(const char *name, void **mutex, const char *location);
    void (*destroy_mutex)(void *mutex, const char *location);
    int (*lock_mutex)(void *mutex, int lock_type, const char *location);   /* 1 lock, 2 unlock */
    int (*create_tls)(const char *name, void **key, const char *location);
    void (*destroy_tls)(void **key, const char *location);
    int (*set_tls)(void *key, const void *value, const char *location);
    void *(*get_tls)(void *key, const char *location);
};

static int thread_create_mutex(const char *name, void **mutex, const char *location)
{
    pthread_mutex_t *new_mutex = malloc(sizeof(*new_mutex));

    if (!new_mutex) return ENOMEM;
    pthread_mutex_init(new_mutex, NULL);
    *mutex = new_mutex;
    return 0;
}

static void thread_destroy_mutex(void *mutex, const char *location)
{
    pthread_mutex_destroy(mutex);
    free(mutex);
}

static int thread_lock_mutex(void *mutex, int lock_type, const char *location)
{
    return lock_type == 2 ? pthread_mutex_unlock(mutex) : pthread_mutex_lock(mutex);
}

static int thread_create_tls(const char *name, void **key, const char *location)
{
    pthread_key_t *new_key = malloc(sizeof(*new_key));
    int ret;

    if (!new_key) return ENOMEM;
    if ((ret = pthread_key_create(new_key, NULL)))
    {
        free(new_key);
        return ret;
    }
    *key = new_key;
    return 0;
}

static void thread_destroy_tls(void **key, const char *location)
{
    pthread_key_delete(*(pthread_key_t *)*key);
    free(*key);
    *key = NULL;
}

/* Samba asks for its key's value before it creates the key: nothing yet. */
static int thread_set_tls(void *key, const void *value, const char *location)
{
    return key ? pthread_setspecific(*(pthread_key_t *)key, value) : EINVAL;
}

static void *thread_get_tls(void *key, const char *location)
{
    return key ? pthread_getspecific(*(pthread_key_t *)key) : NULL;
}

static const struct samba_thread_functions thread_functions =
{
    thread_create_mutex, thread_destroy_mutex, thread_lock_mutex,
    thread_create_tls, thread_destroy_tls, thread_set_tls, thread_get_tls,
};

/* Before anything else of Samba runs: its stack of frames is made once. */
static void set_samba_thread_functions(void)
{
    int (*set_functions)(const struct samba_thread_functions *);
    bool (*frame_exists)(void);

    set_functions = (int (*)(const struct samba_thread_functions *))dlsym(RTLD_DEFAULT, "smb_thread_set_functions");
    frame_exists = (bool (*)(void))dlsym(RTLD_DEFAULT, "talloc_stackframe_exists");
    if (!set_functions)
        WARN("Samba's smb_thread_set_functions not found: calls from several threads are not safe\n");
    else if (frame_exists && frame_exists())
        WARN("Samba has used its frames already: calls from several threads are not safe\n");
    else if (set_functions(&thread_functions))
        WARN("smb_thread_set_functions failed\n");
}

static void init_samba(void)
{
    void *utf16 = NULL;
    size_t size;

    set_samba_thread_functions();
    route_samba_debug();
    init_status = dcerpc_init();
    /* Samba sets its converters up on first use, without a lock: do it here,
     * before notification pumps convert on threads of their own. */
    if (convert_string_talloc(NULL, CH_UTF8, CH_UTF16LE, "x", 1, &utf16, &size)) talloc_free(utf16);
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

/* loadparm_init costs some 0.6 ms (each of its hundreds of defaults is looked
 * up by name), more than all else a connect does on this side: the context
 * of a connection that went serves the next one.  One connection at a time
 * uses a context (Samba's are not thread-safe), and only an unchanged one is
 * handed on: not after an "ncalrpc dir", nor while something still holds a
 * reference to it.  It holds no credentials: they are made per connect. */
struct loadparm_lease
{
    struct loadparm_context *lp;    /* a child of the lease */
    bool reusable;
};

static pthread_mutex_t loadparm_pool_lock = PTHREAD_MUTEX_INITIALIZER;
static struct loadparm_context *loadparm_pool[4];
static unsigned int loadparm_pool_count;

static int loadparm_lease_destructor(struct loadparm_lease *lease)
{
    if (!lease->reusable || talloc_reference_count(lease->lp)) return 0;
    pthread_mutex_lock(&loadparm_pool_lock);
    if (loadparm_pool_count < sizeof(loadparm_pool) / sizeof(loadparm_pool[0]))
        loadparm_pool[loadparm_pool_count++] = talloc_steal(NULL, lease->lp);
    pthread_mutex_unlock(&loadparm_pool_lock);
    return 0;
}

static bool has_ncalrpc_dir(const struct client_endpoint *endpoint)
{
    return endpoint->ncalrpc_dir && endpoint->ncalrpc_dir[0];
}

/* A context with Samba's defaults, but names are looked up in the hosts
 * file and DNS only: the default order also asks WINS and a NetBIOS
 * broadcast, and sets each up by listing the network interfaces (twice per
 * connect, even for an address), while a cluster's name is in DNS (MS-CMRP
 * clients reach it by its DNS name; Kerberos needs it there). */
static struct loadparm_context *new_loadparm(TALLOC_CTX *mem)
{
    struct loadparm_context *lp = loadparm_init(mem);

    if (lp && !lpcfg_set_option(lp, "name resolve order=host"))
        TRACE("could not set the name resolve order: Samba's default kept\n");
    return lp;
}

/* A loadparm context for the connection to endpoint, with its ncalrpc dir
 * if it names one (such a context is changed, so not pooled; the others
 * are).  Call it first on a new connection: talloc frees the youngest
 * children first, so the lease goes after the pipe that referenced the
 * context.  NULL with *error set on failure. */
static struct loadparm_context *connection_loadparm(struct client_connection *connection,
                                                    const struct client_endpoint *endpoint, uint32_t *error)
{
    struct loadparm_lease *lease = talloc_zero(connection, struct loadparm_lease);
    bool will_change = has_ncalrpc_dir(endpoint);
    char *option;

    *error = WIN32_ERROR_OUTOFMEMORY;
    if (!lease) return NULL;
    pthread_mutex_lock(&loadparm_pool_lock);
    if (!will_change && loadparm_pool_count) lease->lp = talloc_steal(lease, loadparm_pool[--loadparm_pool_count]);
    pthread_mutex_unlock(&loadparm_pool_lock);
    if (!lease->lp && !(lease->lp = new_loadparm(lease)))
    {
        talloc_free(lease);
        return NULL;
    }
    lease->reusable = !will_change;
    talloc_set_destructor(lease, loadparm_lease_destructor);
    if (will_change)
    {
        if (!(option = talloc_asprintf(lease, "ncalrpc dir=%s", endpoint->ncalrpc_dir)))
        {
            talloc_free(lease);
            return NULL;
        }
        if (!lpcfg_set_option(lease->lp, option))
        {
            talloc_free(lease);
            *error = WIN32_ERROR_INVALID_PARAMETER;
            return NULL;
        }
        talloc_free(option);
    }
    *error = 0;
    return lease->lp;
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

/* Samba's binding flag for the authentication service. */
static const char *authentication_flag(uint32_t authentication)
{
    switch (authentication)
    {
    case CLUSAPI_AUTH_KERBEROS: return "krb5";
    case CLUSAPI_AUTH_NTLM:     return "ntlm";
    default:                    return "spnego";
    }
}

static bool is_ip_address(const char *host)
{
    unsigned char address[sizeof(struct in6_addr)];

    return inet_pton(AF_INET, host, address) == 1 || inet_pton(AF_INET6, host, address) == 1;
}

/* The Samba binding string for an endpoint, or NULL if the name cannot be one.
 * Options: the port, the level ([seal] or [sign]), the authentication
 * service, and when the name is a host name reached at another Address,
 * target_hostname=name: the SPN is MSServerClusterMgmtAPI/<name>, as
 * Windows' clusapi asks for the name it was given (MS-CMRP 2.1). */
/* What would change a binding string's meaning. */
static const char not_in_binding[] = "[]:,@\\/= ";

static char *make_binding(TALLOC_CTX *mem, const struct client_endpoint *endpoint)
{
    const char *level = security_flag(endpoint->security);
    const char *host = endpoint->address ? endpoint->address : endpoint->name;
    char *options;
    /* A name that is not a host name (no Kerberos for it) only names the configuration. */
    bool target = host && endpoint->address && endpoint->name && strcasecmp(endpoint->address, endpoint->name)
                  && endpoint->name[0] && !strpbrk(endpoint->name, not_in_binding) && !is_ip_address(endpoint->name);

    /* The host becomes part of a binding string: refuse what would change its meaning. */
    if (host && (!host[0] || strpbrk(host, not_in_binding))) return NULL;

    options = talloc_strdup(mem, "");
    if (host && endpoint->port) options = talloc_asprintf_append(options, ",%u", endpoint->port);
    if (level)
    {
        options = talloc_asprintf_append(options, ",%s,%s", level, authentication_flag(endpoint->authentication));
        if (target) options = talloc_asprintf_append(options, ",target_hostname=%s", endpoint->name);
    }
    if (!options) return NULL;

    if (!host)
    {
        if (endpoint->local_transport == CLUSAPI_LOCAL_NCACN_NP)
            return talloc_asprintf(mem, "ncacn_np:localhost[\\pipe\\clusapi%s]", options);
        return talloc_asprintf(mem, "ncalrpc:[clusapi%s]", options);
    }
    return talloc_asprintf(mem, "ncacn_ip_tcp:%s%s%s%s", host, options[0] ? "[" : "",
                           options[0] ? options + 1 : "", options[0] ? "]" : "");
}

static const char hint_no_credentials[] =
    "run kinit user@REALM (Kerberos single sign-on; KRB5CCNAME or CredentialsCache names the cache), "
    "or point CredentialsFile (WINECLUSAPI_CREDENTIALS_FILE) at a Samba authentication file "
    "(username =, password =, domain = lines)";

/* The credentials for the bind, or NULL and *error with a WARN naming the
 * fix.  Sources, the first configured one only: the credentials file, the
 * configured Kerberos credential cache, else what Samba's tools guess (the
 * default ticket cache, $USER and $PASSWD).  Nothing of a secret is logged. */
static struct cli_credentials *make_credentials(TALLOC_CTX *mem, struct loadparm_context *lp,
                                                const struct client_endpoint *endpoint, uint32_t *error,
                                                bool *ticket_only)
{
    const char *target = endpoint->name ? endpoint->name : "the local cluster";
    struct cli_credentials *creds = cli_credentials_init(mem);
    enum credentials_obtained principal_obtained = CRED_UNINITIALISED;
    const char *error_string = NULL;
    bool have_password, have_ticket;
    char *principal;

    *error = WIN32_ERROR_OUTOFMEMORY;
    if (ticket_only) *ticket_only = false;
    if (!creds) return NULL;
    cli_credentials_set_conf(creds, lp);
    if (endpoint->security == CLUSAPI_SECURITY_NONE)
    {
        cli_credentials_set_anonymous(creds);
        return creds;
    }
    /* Before the ticket cache is looked for: NTLM never uses one. */
    cli_credentials_set_kerberos_state(creds, endpoint->authentication == CLUSAPI_AUTH_NTLM ? CRED_USE_KERBEROS_DISABLED
                                       : endpoint->authentication == CLUSAPI_AUTH_KERBEROS ? CRED_USE_KERBEROS_REQUIRED
                                       : CRED_USE_KERBEROS_DESIRED, CRED_SPECIFIED);

    *error = WIN32_ERROR_ACCESS_DENIED;
    if (endpoint->credentials_file)
    {
        if (!cli_credentials_parse_file(creds, endpoint->credentials_file, CRED_SPECIFIED))
        {
            WARN("%s: cannot read the credentials file %s (CredentialsFile, WINECLUSAPI_CREDENTIALS_FILE): "
                 "it must exist and be readable, with username =, password = and domain = lines\n",
                 target, endpoint->credentials_file);
            talloc_free(creds);
            return NULL;
        }
    }
    else if (endpoint->credentials_cache)
    {
        if (cli_credentials_set_ccache(creds, lp, endpoint->credentials_cache, CRED_SPECIFIED, &error_string))
        {
            WARN("%s: cannot use the Kerberos credential cache %s (%s): run kinit user@REALM with "
                 "KRB5CCNAME=%s, or change CredentialsCache (WINECLUSAPI_CREDENTIALS_CACHE)\n", target,
                 endpoint->credentials_cache, error_string ? error_string : "no ticket", endpoint->credentials_cache);
            talloc_free(creds);
            return NULL;
        }
    }
    else
        cli_credentials_guess(creds, lp);

    /* A bind at privacy needs someone to authenticate as: never an
     * anonymous bind instead (Samba would send one whatever the level). */
    have_password = !cli_credentials_is_anonymous(creds) && cli_credentials_get_password(creds) != NULL;
    principal = cli_credentials_get_principal_and_obtained(creds, creds, &principal_obtained);
    have_ticket = endpoint->authentication != CLUSAPI_AUTH_NTLM && principal
                  && principal_obtained >= CRED_GUESS_FILE && !endpoint->credentials_file;
    if (cli_credentials_is_anonymous(creds) || (!have_password && !have_ticket))
    {
        if (endpoint->authentication == CLUSAPI_AUTH_NTLM)
            WARN("%s: no credentials found: NTLM needs a password: point CredentialsFile "
                 "(WINECLUSAPI_CREDENTIALS_FILE) at a Samba authentication file, or set Authentication=negotiate "
                 "to use a Kerberos ticket\n", target);
        else
            WARN("%s: no credentials found: %s\n", target, hint_no_credentials);
        talloc_free(creds);
        return NULL;
    }
    TRACE("%s: authenticating as %s (%s)\n", target, principal ? principal : "?",
          have_ticket ? "Kerberos ticket cache" : endpoint->credentials_file ? "credentials file" : "password");
    if (ticket_only) *ticket_only = have_ticket && !have_password;
    *error = 0;
    return creds;
}

/* Bounds a connect (TCP, endpoint mapper, bind) by the Timeout setting.
 * Samba's own bound is its 60 s request timeout, and its connect cannot be
 * cancelled; but the loop in which dcerpc_pipe_connect() waits
 * (composite_wait) gives up as soon as tevent_loop_once() fails, and the
 * connect then frees all it made, sockets and requests, as on Samba's own
 * timeout.  A timer marks the deadline and the event context's nesting hook
 * makes that loop fail.  Only the outermost loop (level 1): a nested one
 * runs inside one of Samba's handlers (a Kerberos exchange, say), which must
 * not be cut short; the deadline then takes effect when it returns. */
struct connect_deadline
{
    struct tevent_timer *timer;     /* NULL once it fired: tevent frees it then */
    bool expired;
};

/* The connect this thread waits for, if any: the nesting hook cannot be
 * given another private pointer once set (tevent aborts). */
static __thread struct connect_deadline *pending_connect;

static int end_expired_connect(struct tevent_context *ev, void *private, uint32_t level, bool begin,
                               void *stack_ptr, const char *location)
{
    return level == 1 && pending_connect && pending_connect->expired ? -1 : 0;
}

static void connect_deadline_expired(struct tevent_context *ev, struct tevent_timer *timer,
                                     struct timeval now, void *private)
{
    struct connect_deadline *deadline = private;

    deadline->timer = NULL;
    deadline->expired = true;
}

/* An event context for a connection (its sockets can be watched, sockets.h): nesting allowed (a password-only
 * Kerberos bind runs kinit from inside the loop; Samba's own tools allow it
 * for the same reason) and the connect deadline's hook. */
static struct tevent_context *new_event_context(TALLOC_CTX *mem)
{
    struct tevent_context *ev = socket_watch_context(mem);

    if (!ev) return NULL;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    tevent_loop_allow_nesting(ev);
    tevent_loop_set_nesting_hook(ev, end_expired_connect, NULL);
#pragma GCC diagnostic pop
    return ev;
}

/* Arms the deadline for a connect on ev (none if timeout_ms is 0); false if
 * out of memory.  connect_deadline_end disarms it. */
static bool connect_deadline_start(struct connect_deadline *deadline, struct tevent_context *ev,
                                   TALLOC_CTX *mem, uint32_t timeout_ms)
{
    deadline->timer = NULL;
    deadline->expired = false;
    if (!timeout_ms) return true;
    deadline->timer = tevent_add_timer(ev, mem,
                                       tevent_timeval_current_ofs(timeout_ms / 1000, (timeout_ms % 1000) * 1000),
                                       connect_deadline_expired, deadline);
    if (!deadline->timer) return false;
    pending_connect = deadline;
    return true;
}

static void connect_deadline_end(struct connect_deadline *deadline)
{
    pending_connect = NULL;
    TALLOC_FREE(deadline->timer);
}

static bool connection_is_tcp(const struct client_endpoint *endpoint)
{
    return endpoint->name || endpoint->address;
}

static uint32_t connect_pipe(struct client_connection *connection, const struct client_endpoint *endpoint)
{
    TALLOC_CTX *frame = talloc_new(connection);
    const struct socket_watch *sockets = NULL;
    struct connect_deadline deadline;
    enum dcerpc_AuthType auth_type;
    enum dcerpc_AuthLevel auth_level, required_level;
    struct cli_credentials *creds;
    const char *binding, *hint;
    bool ticket_only;
    NTSTATUS status;
    uint32_t error;

    if (!frame) return WIN32_ERROR_OUTOFMEMORY;
    binding = make_binding(frame, endpoint);
    if (!binding)
    {
        TRACE("%s is not a usable host name\n", endpoint->address ? endpoint->address : endpoint->name);
        talloc_free(frame);
        return WIN32_RPC_S_SERVER_UNAVAILABLE;
    }
    /* The pipe's security context keeps using the credentials: they live as long as it. */
    if (!(creds = make_credentials(connection, connection->lp, endpoint, &error, &ticket_only)))
    {
        talloc_free(frame);
        return error;
    }

    if (endpoint->tcp_nodelay && connection_is_tcp(endpoint)) sockets = socket_watch_start(frame, connection->ev);
    if (!connect_deadline_start(&deadline, connection->ev, frame, endpoint->timeout_ms))
    {
        talloc_free(frame);
        return WIN32_ERROR_OUTOFMEMORY;
    }

    TRACE("connecting to %s\n", binding);
    status = dcerpc_pipe_connect(connection, &connection->pipe, binding, &cmrp_table,
                                 creds, connection->ev, connection->lp);
    connect_deadline_end(&deadline);
    if (deadline.expired && !NT_STATUS_IS_OK(status))
    {
        WARN("%s: no answer within %u ms (the Timeout setting, WINECLUSAPI_TIMEOUT)\n", binding, endpoint->timeout_ms);
        talloc_free(frame);
        return map_status(NT_STATUS_IO_TIMEOUT, true, connection->local);
    }
    error = map_status(status, true, connection->local);
    hint = status_hint(status);
    if (error && endpoint->security != CLUSAPI_SECURITY_NONE && NT_STATUS_EQUAL(status, NT_STATUS_UNSUCCESSFUL))
    {
        /* Samba's answer to a bind_nak: the server refused the authenticated bind. */
        error = WIN32_ERROR_ACCESS_DENIED;
        hint = hint_refused;
    }
    else if (error && endpoint->security != CLUSAPI_SECURITY_NONE
        && (NT_STATUS_EQUAL(status, NT_STATUS_INVALID_PARAMETER)
            || (ticket_only && error == WIN32_ERROR_LOGON_FAILURE)))
    {
        /* Samba's Kerberos mechanism fails with INVALID_PARAMETER when the
         * KDC knows no such service principal; SPNEGO with only a ticket
         * reports the same as a logon failure (it had no password for NTLM). */
        error = WIN32_RPC_S_SEC_PKG_ERROR;
        hint = hint_kerberos;
    }
    if (error)
    {
        TRACE("%s: %s -> %u\n", binding, nt_errstr(status), error);
        if (hint) WARN("%s: %s\n", endpoint->name ? endpoint->name : binding, hint);
        talloc_free(frame);
        return error;
    }

    /* Never less than asked for: were the bind weaker, nothing goes over it. */
    dcerpc_binding_handle_auth_info(connection->pipe->binding_handle, &auth_type, &auth_level);
    required_level = endpoint->security == CLUSAPI_SECURITY_PRIVACY ? DCERPC_AUTH_LEVEL_PRIVACY
                   : endpoint->security == CLUSAPI_SECURITY_INTEGRITY ? DCERPC_AUTH_LEVEL_INTEGRITY
                   : DCERPC_AUTH_LEVEL_NONE;
    if (auth_level < required_level)
    {
        WARN("%s: the bind got authentication level %d, less than the %d configured: refused\n",
             binding, (int)auth_level, (int)required_level);
        TALLOC_FREE(connection->pipe);
        talloc_free(frame);
        return WIN32_ERROR_ACCESS_DENIED;
    }
    TRACE("%s: bound, auth type %d, auth level %d\n", binding, (int)auth_type, (int)auth_level);

    /* No 40 ms wait for the peer's delayed ACK after the bind. */
    if (sockets) TRACE("TCP_NODELAY on %u socket(s)\n", socket_watch_tcp(sockets, socket_set_nodelay));

    /* Samba counts whole seconds. */
    dcerpc_binding_handle_set_timeout(connection->pipe->binding_handle, (endpoint->timeout_ms + 999) / 1000);

    /* NTLMSSP's last leg (AUTH3) gets no answer: the server judges the
     * password only at the first call.  Ask for the cluster name now (what
     * MS-CMRP 3.2.3.3 has a client do first anyway), so that a rejected
     * password is reported as such and not as a failure of the caller's call. */
    if (auth_type == DCERPC_AUTH_TYPE_NTLMSSP)
    {
        struct cmrp_get_cluster_name r = { 0 };

        status = dcerpc_binding_handle_call(connection->pipe->binding_handle, NULL, &cmrp_table,
                                            CMRP_GET_CLUSTER_NAME, frame, &r);
        if (NT_STATUS_EQUAL(status, NT_STATUS_RPC_PROTOCOL_ERROR) || NT_STATUS_EQUAL(status, NT_STATUS_ACCESS_DENIED))
        {
            WARN("%s: %s\n", endpoint->name ? endpoint->name : binding, hint_credentials);
            TALLOC_FREE(connection->pipe);
            talloc_free(frame);
            return WIN32_ERROR_ACCESS_DENIED;
        }
        if ((error = map_status(status, false, connection->local)))
        {
            TALLOC_FREE(connection->pipe);
            talloc_free(frame);
            return error;
        }
    }
    talloc_free(frame);
    return 0;
}

static void init_connection_lock(struct client_connection *connection)
{
    pthread_mutexattr_t attr;

    pthread_mutexattr_init(&attr);
    pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&connection->lock, &attr);
    pthread_mutexattr_destroy(&attr);
}

/* ---- calls, and the errors after which they are reissued on another node ---- */

/* MS-CMRP 3.2.4.6, protocol version 3.0: the codes, whether the transport's
 * outcome or the method's own status, after which a client reconnects to the
 * cluster and reissues the method (every method's error table refers to it). */
static const uint32_t reconnect_errors[] =
{
    1702, /* RPC_S_INVALID_BINDING */
    1717, /* RPC_S_UNKNOWN_IF */
    1722, /* RPC_S_SERVER_UNAVAILABLE */
    1723, /* RPC_S_SERVER_TOO_BUSY */
    1726, /* RPC_S_CALL_FAILED */
    1727, /* RPC_S_CALL_FAILED_DNE */
    1747, /* RPC_S_UNKNOWN_AUTHN_SERVICE */
    1753, /* EPT_S_NOT_REGISTERED */
    1775, /* RPC_X_SS_IN_NULL_CONTEXT */
    1825, /* RPC_S_SEC_PKG_ERROR */
    5050, /* ERROR_CLUSTER_NODE_DOWN */
    5072, /* ERROR_CLUSTER_NODE_NOT_READY */
    5073, /* ERROR_CLUSTER_NODE_SHUTTING_DOWN */
};

static bool is_reconnect_error(uint32_t error)
{
    size_t i;

    for (i = 0; i < COUNT_OF(reconnect_errors); i++)
        if (reconnect_errors[i] == error) return true;
    return false;
}

/* Codes of that list which a method's own error table gives a meaning: the
 * reconnect is for the codes a method's table does not list (MS-CMRP
 * 3.1.4.2, each method's "for any other condition"), so these come back as
 * they are.  ApiPauseNode (3.1.4.2.70) fails with ERROR_CLUSTER_NODE_DOWN
 * when the node to pause is down, not the one serving the call. */
static const struct { uint16_t opnum; uint32_t status; } method_statuses[] =
{
    { CMRP_PAUSE_NODE, 5050 /* ERROR_CLUSTER_NODE_DOWN */ },
};

/* Whether a method's status (not a transport error) calls for a reconnect. */
static bool is_reconnect_status(uint32_t opnum, uint32_t status)
{
    size_t i;

    if (!is_reconnect_error(status)) return false;
    for (i = 0; i < COUNT_OF(method_statuses); i++)
        if (method_statuses[i].opnum == opnum && method_statuses[i].status == status) return false;
    return true;
}

/* The method's status in r: Status for methods returning a handle, otherwise
 * the return value (MS-CMRP 3.2.4.6); NULL if the call has neither. */
static const uint32_t *method_status(const struct cmrp_call *desc, const void *r)
{
    unsigned int i;

    for (i = desc->num_params; i-- > 0;)
    {
        const struct cmrp_param *param = &desc->params[i];

        if (param->type == CMRP_TYPE_UINT32 && param->dir == CMRP_OUT &&
            (!strcmp(param->name, "result") || !strcmp(param->name, "status")))
            return (const uint32_t *)((const char *)r + param->offset);
    }
    return NULL;
}

/* Api*Close* take their handle [in, out]; nothing else does. */
static bool is_close(const struct cmrp_call *desc)
{
    unsigned int i;

    for (i = 0; i < desc->num_params; i++)
        if (desc->params[i].type == CMRP_TYPE_HANDLE && desc->params[i].dir == CMRP_INOUT) return true;
    return false;
}

#define MAX_CALL_HANDLES 4

/* The [in] handles of a call, as its caller gave them. */
struct call_handles
{
    unsigned int count;
    struct policy_handle *slots[MAX_CALL_HANDLES];
    struct policy_handle originals[MAX_CALL_HANDLES];
};

static void save_handles(const struct cmrp_call *desc, void *r, struct call_handles *handles)
{
    unsigned int i;

    handles->count = 0;
    for (i = 0; desc && i < desc->num_params && handles->count < MAX_CALL_HANDLES; i++)
    {
        if (desc->params[i].type != CMRP_TYPE_HANDLE || !(desc->params[i].dir & CMRP_IN)) continue;
        handles->slots[handles->count] = (struct policy_handle *)((char *)r + desc->params[i].offset);
        handles->originals[handles->count] = *handles->slots[handles->count];
        handles->count++;
    }
}

/* Puts the callers' handles back, but for a close's, which comes back zeroed. */
static void restore_handles(const struct cmrp_call *desc, struct call_handles *handles)
{
    unsigned int i;

    if (desc && is_close(desc)) return;
    for (i = 0; i < handles->count; i++) *handles->slots[i] = handles->originals[i];
}

static int compare_swaps(const void *a, const void *b)
{
    return memcmp(&((const struct handle_swap *)a)->original, &((const struct handle_swap *)b)->original,
                  sizeof(struct policy_handle));
}

static struct handle_swap *find_swap(struct client_connection *connection, const struct policy_handle *original)
{
    struct handle_swap key = { .original = *original };

    if (!connection->swap_count) return NULL;
    return bsearch(&key, connection->swaps, connection->swap_count, sizeof(key), compare_swaps);
}

/* Gives a call the present node's handles for its callers' (lock held);
 * false if one of them names an object that could not be reopened. */
static bool swap_handles(struct client_connection *connection, struct call_handles *handles)
{
    unsigned int i;

    for (i = 0; i < handles->count; i++)
    {
        const struct handle_swap *swap = find_swap(connection, &handles->originals[i]);

        *handles->slots[i] = handles->originals[i];
        if (!swap || !swap->current) continue;
        if (ndr_policy_handle_empty(swap->current)) return false;
        *handles->slots[i] = *swap->current;
    }
    return true;
}

/* A holder of a handle is going away: its swap must not point at it. */
static void forget_swap(struct client_connection *connection, const struct policy_handle *original)
{
    struct handle_swap *swap = find_swap(connection, original);

    if (swap) swap->current = NULL;
}

/* One attempt on the present pipe (lock held); *timed_out (if given): the
 * call ran out of time rather than failed. */
static uint32_t call_attempt(struct client_connection *connection, TALLOC_CTX *mem, uint32_t opnum, void *r,
                             bool *timed_out)
{
    NTSTATUS status = dcerpc_binding_handle_call(connection->pipe->binding_handle, NULL, &cmrp_table, opnum, mem, r);

    if (timed_out) *timed_out = NT_STATUS_EQUAL(status, NT_STATUS_IO_TIMEOUT);
    return map_status(status, false, connection->local);
}

static uint32_t call_once(struct client_connection *connection, TALLOC_CTX *mem, uint32_t opnum, void *r)
{
    return call_attempt(connection, mem, opnum, r, NULL);
}

static uint32_t reconnect(struct client_connection *connection, uint32_t cause);

/* Runs one call on the connection's pipe, one call at a time; r's pulled
 * data lives on mem.  On an error of MS-CMRP 3.2.4.6 it reconnects (to the
 * next candidate, reopening everything) and reissues the call once; a close
 * that fails so has nothing left to close: the server ran its handle down
 * with the connection.  A call that timed out is not reissued: the caller
 * asked for an answer within the timeout (Windows reports a call timeout as
 * RPC_S_CALL_CANCELLED, not in the list); the next call finds the pipe
 * dropped and reconnects. */
static uint32_t call(struct client_connection *connection, TALLOC_CTX *mem, uint32_t opnum, void *r)
{
    const struct cmrp_call *desc = cmrp_call_by_opnum(opnum);
    bool closing = desc && is_close(desc);
    struct call_handles handles;
    const uint32_t *status;
    bool timed_out;
    uint32_t error;

    pthread_mutex_lock(&connection->lock);
    save_handles(desc, r, &handles);
    if (!swap_handles(connection, &handles))
        error = closing ? 0 : WIN32_ERROR_INVALID_HANDLE;   /* lost in a reconnect */
    else
    {
        error = call_attempt(connection, mem, opnum, r, &timed_out);
        status = desc ? method_status(desc, r) : NULL;
        if (closing && is_reconnect_error(error))
            error = 0;
        else if (timed_out)
            TRACE("call %u timed out: not reissued\n", opnum);
        else if (is_reconnect_error(error) || (!error && status && is_reconnect_status(opnum, *status)))
        {
            uint32_t cause = error ? error : *status;
            uint32_t reconnect_error = connection->candidate_count ? reconnect(connection, cause) : error;

            if (reconnect_error) error = reconnect_error;
            else if (!swap_handles(connection, &handles)) error = WIN32_ERROR_INVALID_HANDLE;
            else error = call_once(connection, mem, opnum, r);
        }
    }
    restore_handles(desc, &handles);
    pthread_mutex_unlock(&connection->lock);
    return error;
}

static void connection_release(struct client_connection *connection)
{
    bool last;

    pthread_mutex_lock(&refcount_lock);
    last = !--connection->refcount;
    pthread_mutex_unlock(&refcount_lock);
    if (last) talloc_free(connection);
}

static void connection_reference(struct client_connection *connection)
{
    pthread_mutex_lock(&refcount_lock);
    connection->refcount++;
    pthread_mutex_unlock(&refcount_lock);
}

/* A new object, remembering how it was opened so that a reconnect can open
 * it again; the caller holds the connection's lock since the call that
 * opened it, so that no reconnect comes in between. */
static struct client_object *new_object(struct client_connection *connection, enum clusapi_object_kind kind,
                                        const struct policy_handle *handle, const char *name, bool use_ex,
                                        uint32_t access)
{
    struct client_object *object = talloc_zero(NULL, struct client_object);

    if (!object) return NULL;
    if (name && !(object->name = talloc_strdup(object, name)))
    {
        talloc_free(object);
        return NULL;
    }
    connection_reference(connection);
    object->connection = connection;
    object->kind = kind;
    object->handle = object->current = *handle;
    object->use_ex = use_ex;
    object->access = access;
    pthread_mutex_lock(&connection->lock);
    object->prev = connection->objects_tail;
    if (object->prev) object->prev->next = object;
    else connection->objects = object;
    connection->objects_tail = object;
    pthread_mutex_unlock(&connection->lock);
    return object;
}

static void drop_registrations_of(struct client_object *object);
static void forget_batch_port_key(struct client_object *key);

/* Takes a closed object off its connection (lock held); then it can be freed. */
static void unlink_object(struct client_object *object)
{
    struct client_connection *connection = object->connection;

    drop_registrations_of(object);
    forget_batch_port_key(object);
    forget_swap(connection, &object->handle);
    if (object->prev) object->prev->next = object->next;
    else connection->objects = object->next;
    if (object->next) object->next->prev = object->prev;
    else connection->objects_tail = object->prev;
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

/* WINECLUSAPI_HOSTS: "name=address" pairs, separated by commas, semicolons
 * or blanks, for names that neither DNS nor the configuration resolve (the
 * nodes of a simulated cluster on 127.0.0.x).  A copy on mem, or NULL. */
static char *hosts_lookup(TALLOC_CTX *mem, const char *name)
{
    const char *hosts = getenv("WINECLUSAPI_HOSTS");
    size_t name_len = name ? strlen(name) : 0;

    while (hosts && name_len && *hosts)
    {
        size_t len = strcspn(hosts, ",; \t");
        const char *equals = memchr(hosts, '=', len);

        if (equals && (size_t)(equals - hosts) == name_len && !strncasecmp(hosts, name, name_len) &&
            equals + 1 < hosts + len)
            return talloc_strndup(mem, equals + 1, hosts + len - equals - 1);
        hosts += len;
        hosts += strspn(hosts, ",; \t");
    }
    return NULL;
}

static bool add_candidate(struct client_connection *connection, const char *name)
{
    char **grown;
    unsigned int i;

    if (!name) return true;
    for (i = 0; i < connection->candidate_count; i++)
        if (!strcasecmp(connection->candidates[i], name)) return true;
    if (!(grown = talloc_realloc(connection, connection->candidates, char *, connection->candidate_count + 1)))
        return false;
    connection->candidates = grown;
    if (!(grown[connection->candidate_count] = talloc_strdup(grown, name))) return false;
    connection->candidate_count++;
    return true;
}

/* ApiGetClusterName, tried again while it fails with RPC_S_CALL_FAILED_DNE,
 * at most four times (MS-CMRP 3.2.3.3); no reconnect inside. */
static uint32_t ask_cluster_name(struct client_connection *connection, TALLOC_CTX *mem,
                                 const char **cluster_name, const char **node_name)
{
    uint32_t error = 0;
    unsigned int attempt;

    for (attempt = 0; attempt < 4; attempt++)
    {
        struct cmrp_get_cluster_name r = { 0 };

        error = call_once(connection, mem, CMRP_GET_CLUSTER_NAME, &r);
        if (!error && r.result) error = r.result;
        if (!error && (!r.cluster_name || !r.node_name)) error = WIN32_RPC_X_BAD_STUB_DATA;
        if (!error)
        {
            *cluster_name = r.cluster_name;
            *node_name = r.node_name;
            return 0;
        }
        if (error != WIN32_RPC_S_CALL_FAILED_DNE) break;
    }
    return error;
}

/* Reconnect logic initialisation (MS-CMRP 3.2.3.3): the cluster's name and
 * every node's are the candidates to reconnect to, then the name opened.
 * ApiGetClusterName and ApiCreateEnum(CLUSTER_ENUM_NODE) leave before
 * ApiOpenCluster and are answered in the same round trip (asking after the
 * open cost a round trip of its own). */
struct candidate_calls
{
    struct cmrp_get_cluster_name name;
    struct cmrp_create_enum nodes;
    struct tevent_req *name_req, *nodes_req;    /* NULL: not sent (local, or no memory) */
};

/* Sends them without waiting (lock held); learn_candidates takes the answers. */
static void ask_candidates(struct client_connection *connection, TALLOC_CTX *mem, struct candidate_calls *calls)
{
    struct dcerpc_binding_handle *handle = connection->pipe->binding_handle;

    memset(calls, 0, sizeof(*calls));
    calls->nodes.type = 1;  /* CLUSTER_ENUM_NODE */
    if (connection->local) return;
    calls->name_req = dcerpc_binding_handle_call_send(mem, connection->ev, handle, NULL, &cmrp_table,
                                                      CMRP_GET_CLUSTER_NAME, mem, &calls->name);
    calls->nodes_req = dcerpc_binding_handle_call_send(mem, connection->ev, handle, NULL, &cmrp_table,
                                                       CMRP_CREATE_ENUM, mem, &calls->nodes);
}

/* The answer of a call ask_candidates sent, once it is in. */
static uint32_t candidate_answer(struct client_connection *connection, struct tevent_req *req)
{
    if (!req || !tevent_req_poll(req, connection->ev)) return WIN32_ERROR_OUTOFMEMORY;
    return map_status(dcerpc_binding_handle_call_recv(req), false, connection->local);
}

/* Waits for ask_candidates' answers (they came with the open's) and, when
 * the open worked, keeps the candidates.  Lock held. */
static void learn_candidates(struct client_connection *connection, TALLOC_CTX *mem, struct candidate_calls *calls,
                             bool opened)
{
    struct cmrp_get_cluster_name *name = &calls->name;
    struct cmrp_create_enum *nodes = &calls->nodes;
    uint32_t name_error, nodes_error, i;

    if (!connection->local)
    {
        name_error = candidate_answer(connection, calls->name_req);
        nodes_error = candidate_answer(connection, calls->nodes_req);
        if (!opened) return;
        if (!name_error && (name->result || !name->cluster_name || !name->node_name))
            name_error = name->result ? name->result : WIN32_RPC_X_BAD_STUB_DATA;
        /* The spec's retries for a node still joining. */
        if (name_error == WIN32_RPC_S_CALL_FAILED_DNE)
            name_error = ask_cluster_name(connection, mem, &name->cluster_name, &name->node_name);
        if (!name_error)
        {
            connection->cluster_name = talloc_strdup(connection, name->cluster_name);
            connection->node_name = talloc_strdup(connection, name->node_name);
            add_candidate(connection, name->cluster_name);
        }
        else
            WARN("no cluster name (%u): reconnecting to fewer candidates\n", name_error);
        if (!nodes_error && !nodes->result && nodes->list)
            for (i = 0; i < nodes->list->count; i++) add_candidate(connection, nodes->list->entries[i].name);
        else
            WARN("no node list (%u, %u): reconnecting to fewer candidates\n", nodes_error, nodes->result);
    }
    if (!opened) return;
    /* Last, the endpoint as opened ("" for the local one): it may be an
     * address or an alias that is neither the cluster's name nor a node's. */
    add_candidate(connection, connection->local ? "" : connection->endpoint.name);
    TRACE("%u reconnect candidates\n", connection->candidate_count);
}

static uint32_t open_by_name(struct client_connection *connection, TALLOC_CTX *mem, enum clusapi_object_kind kind,
                             const char *name, bool use_ex, uint32_t desired_access, bool raw,
                             uint32_t *granted_access, uint32_t *status, struct policy_handle *handle);

/* How long the loop has waited with nothing to do before an open's work
 * runs: longer than a reply on a local network takes, so that the work
 * meets a long wait (a password check, a distant server), not a short one. */
#define OPEN_WORK_IDLE_US 500

uint32_t client_open_cluster(const struct client_endpoint *endpoint, bool use_ex,
                             uint32_t desired_access, uint32_t *granted_access,
                             uint32_t *result, struct client_object **out,
                             const struct client_open_work *work)
{
    struct client_connection *connection;
    struct candidate_calls candidates;
    struct policy_handle handle = { 0 };
    struct idle_work *idle = NULL;
    TALLOC_CTX *frame;
    uint32_t error;

    *out = NULL;
    *result = 0;
    client_init();
    if (!NT_STATUS_IS_OK(init_status)) return WIN32_RPC_S_SERVER_UNAVAILABLE;

    connection = talloc_zero(NULL, struct client_connection);
    if (!connection) return WIN32_ERROR_OUTOFMEMORY;
    init_connection_lock(connection);
    talloc_set_destructor(connection, connection_destructor);
    connection->lp = connection_loadparm(connection, endpoint, &error);
    connection->local = !endpoint->name;
    connection->endpoint = *endpoint;
    connection->endpoint.name = talloc_strdup(connection, endpoint->name);
    connection->endpoint.address = endpoint->address ? talloc_strdup(connection, endpoint->address)
                                                     : hosts_lookup(connection, endpoint->name);
    connection->endpoint.credentials_file = talloc_strdup(connection, endpoint->credentials_file);
    connection->endpoint.credentials_cache = talloc_strdup(connection, endpoint->credentials_cache);
    connection->endpoint.ncalrpc_dir = talloc_strdup(connection, endpoint->ncalrpc_dir);
    connection->ev = new_event_context(connection);
    if (!connection->ev) error = WIN32_ERROR_OUTOFMEMORY;
    if (!connection->lp || !connection->ev)
    {
        talloc_free(connection);
        return error;
    }

    if (work) idle = idle_work_start(connection, connection->ev, OPEN_WORK_IDLE_US, work->run, work->private);
    error = connect_pipe(connection, &connection->endpoint);
    if (!error && !(frame = talloc_new(connection))) error = WIN32_ERROR_OUTOFMEMORY;
    if (!error)
    {
        pthread_mutex_lock(&connection->lock);
        ask_candidates(connection, frame, &candidates);
        error = open_by_name(connection, frame, CLUSAPI_OBJECT_CLUSTER, NULL, use_ex, desired_access, false,
                             granted_access, result, &handle);
        error = check_new_handle(error, *result, &handle);
        learn_candidates(connection, frame, &candidates, !error && !*result);
        pthread_mutex_unlock(&connection->lock);
        talloc_free(frame);
    }
    idle_work_stop(idle);
    if (!error && !*result && !(*out = new_object(connection, CLUSAPI_OBJECT_CLUSTER, &handle, NULL, use_ex,
                                                  use_ex ? *granted_access : 0)))
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
    [CLUSAPI_OBJECT_GROUPSET]     = { CMRP_OPEN_GROUP_SET, 0,                    CMRP_CLOSE_GROUP_SET },
    [CLUSAPI_OBJECT_KEY]          = { 0,                  0,                     CMRP_CLOSE_KEY },
};

static const uint16_t object_op_methods[CLUSAPI_OP_COUNT][CLUSAPI_OBJECT_COUNT] =
{
    [CLUSAPI_OP_ONLINE]  = { [CLUSAPI_OBJECT_GROUP] = CMRP_ONLINE_GROUP, [CLUSAPI_OBJECT_RESOURCE] = CMRP_ONLINE_RESOURCE },
    [CLUSAPI_OP_OFFLINE] = { [CLUSAPI_OBJECT_GROUP] = CMRP_OFFLINE_GROUP, [CLUSAPI_OBJECT_RESOURCE] = CMRP_OFFLINE_RESOURCE },
    [CLUSAPI_OP_FAIL]    = { [CLUSAPI_OBJECT_RESOURCE] = CMRP_FAIL_RESOURCE },
    [CLUSAPI_OP_DELETE]  = { [CLUSAPI_OBJECT_RESOURCE] = CMRP_DELETE_RESOURCE, [CLUSAPI_OBJECT_GROUPSET] = CMRP_DELETE_GROUP_SET },
    [CLUSAPI_OP_MOVE]    = { [CLUSAPI_OBJECT_GROUP] = CMRP_MOVE_GROUP },
    [CLUSAPI_OP_PAUSE]   = { [CLUSAPI_OBJECT_NODE] = CMRP_PAUSE_NODE },
    [CLUSAPI_OP_RESUME]  = { [CLUSAPI_OBJECT_NODE] = CMRP_RESUME_NODE },
    [CLUSAPI_OP_EVICT]   = { [CLUSAPI_OBJECT_NODE] = CMRP_EVICT_NODE },
    [CLUSAPI_OP_REMOVE_FROM_GROUPSET] = { [CLUSAPI_OBJECT_GROUP] = CMRP_REMOVE_GROUP_FROM_GROUP_SET },
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
    [CLUSAPI_PAIR_ADD_TO_GROUPSET]   = { CMRP_ADD_GROUP_TO_GROUP_SET, CLUSAPI_OBJECT_GROUPSET, CLUSAPI_OBJECT_GROUP },
    [CLUSAPI_PAIR_REMOVE_GROUP_DEPENDENCY] = { CMRP_REMOVE_CLUSTER_GROUP_DEPENDENCY, CLUSAPI_OBJECT_GROUP, CLUSAPI_OBJECT_GROUP },
    [CLUSAPI_PAIR_ADD_GROUPSET_DEPENDENCY] = { CMRP_ADD_GROUP_SET_DEPENDENCY, CLUSAPI_OBJECT_GROUPSET, CLUSAPI_OBJECT_GROUPSET },
    [CLUSAPI_PAIR_REMOVE_GROUPSET_DEPENDENCY] = { CMRP_REMOVE_GROUP_SET_DEPENDENCY, CLUSAPI_OBJECT_GROUPSET,
                                                  CLUSAPI_OBJECT_GROUPSET },
    [CLUSAPI_PAIR_ADD_GROUP_TO_SET_DEPENDENCY] = { CMRP_ADD_GROUP_TO_GROUP_SET_DEPENDENCY, CLUSAPI_OBJECT_GROUP,
                                                   CLUSAPI_OBJECT_GROUPSET },
    [CLUSAPI_PAIR_REMOVE_GROUP_TO_SET_DEPENDENCY] = { CMRP_REMOVE_CLUSTER_GROUP_TO_GROUP_SET_DEPENDENCY,
                                                      CLUSAPI_OBJECT_GROUP, CLUSAPI_OBJECT_GROUPSET },
};

/* The methods of client_args_op: the kinds of their first and second object
 * (the second may be missing where alone is set: then alone is the opnum). */
static const struct
{
    uint16_t opnum, alone;
    enum clusapi_object_kind first, second;
}
args_methods[CLUSAPI_ARGS_OP_COUNT] =
{
    [CLUSAPI_ARGS_PAUSE_NODE]   = { CMRP_PAUSE_NODE_WITH_DRAIN_TARGET, CMRP_PAUSE_NODE_EX,
                                    CLUSAPI_OBJECT_NODE, CLUSAPI_OBJECT_NODE },
    [CLUSAPI_ARGS_RESUME_NODE]  = { CMRP_RESUME_NODE_EX, CMRP_RESUME_NODE_EX, CLUSAPI_OBJECT_NODE, CLUSAPI_OBJECT_COUNT },
    [CLUSAPI_ARGS_CHANGE_GROUP] = { CMRP_CHANGE_RESOURCE_GROUP_EX, 0, CLUSAPI_OBJECT_RESOURCE, CLUSAPI_OBJECT_GROUP },
    [CLUSAPI_ARGS_ADD_TO_GROUPSET] = { CMRP_ADD_GROUP_TO_GROUP_SET_EX, 0, CLUSAPI_OBJECT_GROUPSET, CLUSAPI_OBJECT_GROUP },
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
    [CLUSAPI_SET_DEPENDENCY_EXPRESSION] =
    {
        [CLUSAPI_OBJECT_RESOURCE] = CMRP_SET_RESOURCE_DEPENDENCY_EXPRESSION,
        [CLUSAPI_OBJECT_GROUP] = CMRP_SET_GROUP_DEPENDENCY_EXPRESSION,
        [CLUSAPI_OBJECT_GROUPSET] = CMRP_SET_GROUP_SET_DEPENDENCY_EXPRESSION,
    },
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
    [CLUSAPI_ENUM_GROUPSET]      = { CMRP_CREATE_GROUP_SET_ENUM, 0 },
};

/* The object an enumeration starts from. */
static const enum clusapi_object_kind enum_object_kinds[CLUSAPI_ENUM_COUNT] =
{
    [CLUSAPI_ENUM_CLUSTER] = CLUSAPI_OBJECT_CLUSTER, [CLUSAPI_ENUM_NODE] = CLUSAPI_OBJECT_NODE,
    [CLUSAPI_ENUM_GROUP] = CLUSAPI_OBJECT_GROUP, [CLUSAPI_ENUM_RESOURCE] = CLUSAPI_OBJECT_RESOURCE,
    [CLUSAPI_ENUM_NETWORK] = CLUSAPI_OBJECT_NETWORK, [CLUSAPI_ENUM_RESOURCE_TYPE] = CLUSAPI_OBJECT_CLUSTER,
    [CLUSAPI_ENUM_NETINTERFACE] = CLUSAPI_OBJECT_CLUSTER, [CLUSAPI_ENUM_GROUPSET] = CLUSAPI_OBJECT_CLUSTER,
};

/* The opnum for op on object, or 0 if the PE half asked for a pairing that
 * does not exist (a bug there: it checks handle types first). */
static uint16_t method_of(const uint16_t *by_kind, unsigned int op, unsigned int op_count,
                          const struct client_object *object)
{
    if (op >= op_count || object->kind >= CLUSAPI_OBJECT_COUNT) return 0;
    return by_kind[op * CLUSAPI_OBJECT_COUNT + object->kind];
}

/* ApiOpenCluster(Ex) (kind CLUSTER, no name) or ApiOpen<Kind>(Ex) by name;
 * raw: during a reconnect.  *granted_access is only set for the Ex forms. */
static uint32_t open_by_name(struct client_connection *connection, TALLOC_CTX *mem, enum clusapi_object_kind kind,
                             const char *name, bool use_ex, uint32_t desired_access, bool raw,
                             uint32_t *granted_access, uint32_t *status, struct policy_handle *handle)
{
    uint32_t (*run)(struct client_connection *, TALLOC_CTX *, uint32_t, void *) = raw ? call_once : call;
    uint32_t error;

    if (kind == CLUSAPI_OBJECT_CLUSTER && use_ex)
    {
        struct cmrp_open_cluster_ex r = { .desired_access = desired_access };

        error = run(connection, mem, CMRP_OPEN_CLUSTER_EX, &r);
        *granted_access = r.granted_access;
        *status = r.status;
        *handle = r.handle;
    }
    else if (kind == CLUSAPI_OBJECT_CLUSTER)
    {
        struct cmrp_open_cluster r = { 0 };

        error = run(connection, mem, CMRP_OPEN_CLUSTER, &r);
        *status = r.status;
        *handle = r.handle;
    }
    else if (use_ex)
    {
        struct cmrp_open_object_ex r = { .name = name, .desired_access = desired_access };

        error = run(connection, mem, object_methods[kind].open_ex, &r);
        *granted_access = r.granted_access;
        *status = r.status;
        *handle = r.handle;
    }
    else
    {
        struct cmrp_open_object r = { .name = name };

        error = run(connection, mem, object_methods[kind].open, &r);
        *status = r.status;
        *handle = r.handle;
    }
    return error;
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
    pthread_mutex_lock(&cluster->connection->lock);
    error = open_by_name(cluster->connection, frame, kind, name, use_ex, desired_access, false, granted_access,
                         result, &handle);
    talloc_free(frame);
    error = check_new_handle(error, *result, &handle);
    if (!error && !*result &&
        !(*out = new_object(cluster->connection, kind, &handle, name, use_ex, use_ex ? *granted_access : 0)))
        error = WIN32_ERROR_OUTOFMEMORY;
    pthread_mutex_unlock(&cluster->connection->lock);
    return error;
}

uint32_t client_create_object(struct client_object *cluster, enum clusapi_object_kind kind, const char *name,
                              struct client_object *group, const char *type_name, uint32_t flags, bool use_ex,
                              const struct client_group_info *info, uint32_t *result, struct client_object **out)
{
    struct policy_handle handle = { 0 };
    TALLOC_CTX *frame;
    uint32_t error;

    *out = NULL;
    *result = 0;
    if (!(frame = talloc_new(NULL))) return WIN32_ERROR_OUTOFMEMORY;
    pthread_mutex_lock(&cluster->connection->lock);
    if (kind == CLUSAPI_OBJECT_GROUP && use_ex)
    {
        struct cmrp_create_group_info wire_info = { info ? info->version : 0, info ? info->group_type : 0 };
        struct cmrp_create_group_ex r = { .name = name, .info = info ? &wire_info : NULL };

        error = call(cluster->connection, frame, CMRP_CREATE_GROUP_EX, &r);
        *result = r.status;
        handle = r.handle;
    }
    else if (kind == CLUSAPI_OBJECT_GROUP || kind == CLUSAPI_OBJECT_GROUPSET)
    {
        struct cmrp_open_object r = { .name = name };

        error = call(cluster->connection, frame, kind == CLUSAPI_OBJECT_GROUP ? CMRP_CREATE_GROUP : CMRP_CREATE_GROUP_SET,
                     &r);
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
    /* Once made, it is opened by name like any other. */
    if (!error && !*result && !(*out = new_object(cluster->connection, kind, &handle, name, false, 0)))
        error = WIN32_ERROR_OUTOFMEMORY;
    pthread_mutex_unlock(&cluster->connection->lock);
    return error;
}

uint32_t client_close_object(struct client_object *object, uint32_t *result)
{
    struct cmrp_close_handle r = { .handle = object->handle };
    struct client_connection *connection = object->connection;
    TALLOC_CTX *frame = talloc_new(NULL);
    uint32_t error;

    *result = 0;
    /* Under the lock until it is off the list: no reconnect reopens it meanwhile. */
    pthread_mutex_lock(&connection->lock);
    error = frame ? call(connection, frame, object_methods[object->kind].close, &r) : WIN32_ERROR_OUTOFMEMORY;
    if (!error) *result = r.result;
    unlink_object(object);
    pthread_mutex_unlock(&connection->lock);
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

uint32_t client_args_op(struct client_object *object, struct client_object *other, enum clusapi_args_op op,
                        uint32_t value1, uint32_t value2, uint64_t flags, uint32_t *result)
{
    uint16_t opnum;
    uint32_t error;

    *result = 0;
    if (op >= CLUSAPI_ARGS_OP_COUNT || object->kind != args_methods[op].first) return WIN32_ERROR_INVALID_PARAMETER;
    if (other && other->kind != args_methods[op].second) return WIN32_ERROR_INVALID_PARAMETER;
    if (other && object->connection != other->connection) return WIN32_ERROR_INVALID_HANDLE;
    if (!(opnum = other ? args_methods[op].opnum : args_methods[op].alone)) return WIN32_ERROR_INVALID_PARAMETER;
    switch (opnum)
    {
    case CMRP_PAUSE_NODE_WITH_DRAIN_TARGET:
    {
        /* The drain target implies draining: only the flags travel. */
        struct cmrp_pause_node_drain_target r = { .handle = object->handle, .flags = value2, .target = other->handle };

        error = call(object->connection, NULL, opnum, &r);
        if (!error) *result = r.result;
        break;
    }
    case CMRP_ADD_GROUP_TO_GROUP_SET_EX:
    {
        /* the domains are used: UseDomains TRUE; Reserved is 0 */
        struct cmrp_add_group_to_group_set_ex r = { .handle = object->handle, .group = other->handle,
                                                    .fault_domain = value1, .update_domain = value2,
                                                    .use_domains = 1 };

        error = call(object->connection, NULL, opnum, &r);
        if (!error) *result = r.result;
        break;
    }
    case CMRP_CHANGE_RESOURCE_GROUP_EX:
    {
        struct cmrp_handle_pair_hyper r = { .handle = object->handle, .other = other->handle, .flags = flags };

        error = call(object->connection, NULL, opnum, &r);
        if (!error) *result = r.result;
        break;
    }
    default:
    {
        struct cmrp_handle_two_dwords r = { .handle = object->handle, .value1 = value1, .value2 = value2 };

        error = call(object->connection, NULL, opnum, &r);
        if (!error) *result = r.result;
        break;
    }
    }
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
    /* Only the resources' expression is a [unique] string: the group and
     * group set ones are [string], where "" clears as NULL does. */
    if (opnum == CMRP_SET_RESOURCE_DEPENDENCY_EXPRESSION)
    {
        struct cmrp_handle_unique_string r = { .handle = object->handle, .string = string };

        error = call(object->connection, NULL, opnum, &r);
        if (!error) *result = r.result;
    }
    else
    {
        struct cmrp_handle_string r = { .handle = object->handle, .string = string };
        char *name;

        if (!string && op != CLUSAPI_SET_DEPENDENCY_EXPRESSION) return WIN32_ERROR_INVALID_PARAMETER;
        if (!string) r.string = "";
        pthread_mutex_lock(&object->connection->lock);
        error = call(object->connection, NULL, opnum, &r);
        if (!error) *result = r.result;
        /* A reconnect reopens it by its new name. */
        if (!error && !r.result && op == CLUSAPI_SET_NAME && (name = talloc_strdup(object, string)))
        {
            pthread_mutex_lock(&registrations_lock);   /* pumps compare event names with it */
            talloc_free(object->name);
            object->name = name;
            pthread_mutex_unlock(&registrations_lock);
        }
        pthread_mutex_unlock(&object->connection->lock);
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
    pthread_mutex_lock(&cluster->connection->lock);
    error = call(cluster->connection, NULL, CMRP_SET_CLUSTER_NAME, &r);
    if (!error) *result = r.result;
    /* The name changes now or at the next restart (ERROR_RESOURCE_PROPERTIES_STORED):
     * a reconnect can no longer tell the cluster by its name. */
    if (!error && (!r.result || r.result == 5024))
    {
        talloc_free(cluster->connection->cluster_name);
        cluster->connection->cluster_name = NULL;
    }
    pthread_mutex_unlock(&cluster->connection->lock);
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
    case CMRP_CREATE_GROUP_SET_ENUM:
    {
        struct cmrp_handle_enum_only r = { .handle = object->handle };

        error = call(object->connection, list, opnum, &r);
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
    if (!list->names || index >= list->names->count) return false;
    *type = list->names->entries[index].type;
    copy_out_wstr(name, list->names->entries[index].name);
    copy_out_wstr(id, list->ids ? list->ids->entries[index].name : "");
    return true;
}

void client_free_enum(struct client_enum *list)
{
    talloc_free(list);
}

uint32_t client_create_object_enum(struct client_object *cluster, enum clusapi_object_kind kind,
                                   const uint8_t *properties, uint32_t properties_size,
                                   const uint8_t *ro_properties, uint32_t ro_properties_size,
                                   uint32_t *result, struct client_enum **out, uint32_t *count)
{
    struct client_enum *list;
    uint32_t error;

    *out = NULL;
    *result = 0;
    *count = 0;
    if (cluster->kind != CLUSAPI_OBJECT_CLUSTER || (kind != CLUSAPI_OBJECT_GROUP && kind != CLUSAPI_OBJECT_RESOURCE))
        return WIN32_ERROR_INVALID_PARAMETER;
    if ((!properties && properties_size) || (!ro_properties && ro_properties_size)) return WIN32_ERROR_INVALID_PARAMETER;
    if (!(list = talloc_zero(NULL, struct client_enum))) return WIN32_ERROR_OUTOFMEMORY;
    if (kind == CLUSAPI_OBJECT_GROUP)
    {
        struct cmrp_create_group_enum r = { .handle = cluster->handle, .properties = (uint8_t *)properties,
                                            .properties_size = properties_size,
                                            .ro_properties = (uint8_t *)ro_properties,
                                            .ro_properties_size = ro_properties_size };

        error = call(cluster->connection, list, CMRP_CREATE_GROUP_ENUM, &r);
        if (!error) *result = r.result;
        list->groups = r.list;
        if (r.list) *count = r.list->count;
    }
    else
    {
        struct cmrp_create_resource_enum r = { .handle = cluster->handle, .properties = (uint8_t *)properties,
                                               .properties_size = properties_size,
                                               .ro_properties = (uint8_t *)ro_properties,
                                               .ro_properties_size = ro_properties_size };

        error = call(cluster->connection, list, CMRP_CREATE_RESOURCE_ENUM, &r);
        if (!error) *result = r.result;
        list->resources = r.list;
        if (r.list) *count = r.list->count;
    }
    if (!error && !*result && !list->groups && !list->resources)
    {
        WARN("the server sent no list\n");
        error = WIN32_RPC_X_BAD_STUB_DATA;
    }
    if (error || *result)
    {
        talloc_free(list);
        *count = 0;
        return error;
    }
    *out = list;
    return 0;
}

static void copy_out_bytes(struct client_bytes out, const uint8_t *data, uint32_t size)
{
    *out.len = data ? size : 0;
    if (data && size && out.size) memcpy(out.buffer, data, size < out.size ? size : out.size);
}

bool client_object_enum_item(struct client_enum *list, uint32_t index, struct client_wstr name,
                             struct client_wstr id, struct client_wstr owner, struct client_wstr owner_id,
                             uint32_t *state, uint32_t *flags, struct client_bytes properties,
                             struct client_bytes ro_properties)
{
    if (list->groups && index < list->groups->count)
    {
        const struct cmrp_group_enum_entry *entry = &list->groups->entries[index];

        copy_out_wstr(name, entry->name);
        copy_out_wstr(id, entry->id);
        copy_out_wstr(owner, entry->owner);
        copy_out_wstr(owner_id, "");
        *state = entry->state;
        *flags = entry->flags;
        copy_out_bytes(properties, entry->properties, entry->properties_size);
        copy_out_bytes(ro_properties, entry->ro_properties, entry->ro_properties_size);
        return true;
    }
    if (list->resources && index < list->resources->count)
    {
        const struct cmrp_resource_enum_entry *entry = &list->resources->entries[index];

        copy_out_wstr(name, entry->name);
        copy_out_wstr(id, entry->id);
        copy_out_wstr(owner, entry->owner_name);
        copy_out_wstr(owner_id, entry->owner_id);
        *state = *flags = 0;
        copy_out_bytes(properties, entry->properties, entry->properties_size);
        copy_out_bytes(ro_properties, entry->ro_properties, entry->ro_properties_size);
        return true;
    }
    return false;
}

/* ---- the cluster registry ---- */

/* The parent of each object's key under the root: the names of the Windows
 * cluster hive (HKLM\Cluster), which cluster servers keep (MS-CMRP 3.1.1.2
 * only says that each object has a key). */
static const char *const object_key_parents[CLUSAPI_OBJECT_COUNT] =
{
    [CLUSAPI_OBJECT_NODE]         = "Nodes",
    [CLUSAPI_OBJECT_GROUP]        = "Groups",
    [CLUSAPI_OBJECT_RESOURCE]     = "Resources",
    [CLUSAPI_OBJECT_NETWORK]      = "Networks",
    [CLUSAPI_OBJECT_NETINTERFACE] = "NetworkInterfaces",
};
#define RESOURCE_TYPE_KEY_PARENT "ResourceTypes"

static void close_key_handle(struct client_connection *connection, struct policy_handle *handle, bool raw)
{
    struct cmrp_close_handle r = { .handle = *handle };
    uint32_t error = raw ? call_once(connection, NULL, CMRP_CLOSE_KEY, &r) : call(connection, NULL, CMRP_CLOSE_KEY, &r);

    if (error || r.result) WARN("closing a key failed: %u, %u\n", error, r.result);
}

/* Opens the key at path from the root ("" is the root itself), as keys are
 * opened again after a reconnect; raw: during one (no nested reconnect).
 * The connection's lock is held, so only these calls can reconnect: one
 * that does between the two leaves a stale root, and the whole is redone. */
static uint32_t open_key_path(struct client_connection *connection, TALLOC_CTX *mem, const char *path,
                              uint32_t access, bool raw, uint32_t *status, struct policy_handle *out)
{
    unsigned int attempt, generation;
    uint32_t error = 0;

    for (attempt = 0; attempt < 2; attempt++)
    {
        struct cmrp_get_root_key root = { .sam_desired = access };
        struct cmrp_open_key r = { .subkey = path, .sam_desired = access };

        *status = 0;
        error = raw ? call_once(connection, mem, CMRP_GET_ROOT_KEY, &root)
                    : call(connection, mem, CMRP_GET_ROOT_KEY, &root);
        if (!error) *status = root.status;
        error = check_new_handle(error, *status, &root.handle);
        *out = root.handle;
        if (error || *status || !path[0]) return error;

        generation = connection->generation;
        r.key = root.handle;
        TRACE("opening %s\n", path);
        error = raw ? call_once(connection, mem, CMRP_OPEN_KEY, &r) : call(connection, mem, CMRP_OPEN_KEY, &r);
        if (!error) *status = r.status;
        error = check_new_handle(error, *status, &r.handle);
        *out = r.handle;
        if (generation == connection->generation)
        {
            close_key_handle(connection, &root.handle, raw);
            return error;
        }
    }
    return error;
}

uint32_t client_get_key(struct client_object *object, const char *type_name, uint32_t desired_access,
                        uint32_t *result, struct client_object **out)
{
    struct client_connection *connection = object->connection;
    struct policy_handle handle = { 0 };
    TALLOC_CTX *frame;
    const char *path = "";
    uint32_t error;

    *out = NULL;
    *result = 0;
    if (type_name ? object->kind != CLUSAPI_OBJECT_CLUSTER
                  : object->kind != CLUSAPI_OBJECT_CLUSTER && !object_key_parents[object->kind])
        return WIN32_ERROR_INVALID_PARAMETER;
    if (!(frame = talloc_new(NULL))) return WIN32_ERROR_OUTOFMEMORY;

    if (type_name)
    {
        /* A type name is one path component: "a\b" names no type. */
        if (!type_name[0] || strchr(type_name, '\\'))
        {
            talloc_free(frame);
            *result = WIN32_ERROR_FILE_NOT_FOUND;
            return 0;
        }
        path = talloc_asprintf(frame, RESOURCE_TYPE_KEY_PARENT "\\%s", type_name);
    }
    else if (object->kind != CLUSAPI_OBJECT_CLUSTER)
    {
        struct cmrp_get_string id = { .handle = object->handle };

        error = call(connection, frame, get_string_methods[CLUSAPI_GET_ID][object->kind], &id);
        if (error || (*result = id.result))
        {
            talloc_free(frame);
            return error;
        }
        if (!id.string || !id.string[0] || strchr(id.string, '\\'))
        {
            WARN("the server sent an unusable id %s\n", id.string ? id.string : "(null)");
            talloc_free(frame);
            return WIN32_RPC_X_BAD_STUB_DATA;
        }
        path = talloc_asprintf(frame, "%s\\%s", object_key_parents[object->kind], id.string);
    }
    if (!path)
    {
        talloc_free(frame);
        return WIN32_ERROR_OUTOFMEMORY;
    }

    pthread_mutex_lock(&connection->lock);
    error = open_key_path(connection, frame, path, desired_access, false, result, &handle);
    if (!error && !*result && !(*out = new_object(connection, CLUSAPI_OBJECT_KEY, &handle, path, false, desired_access)))
    {
        close_key_handle(connection, &handle, false);
        error = WIN32_ERROR_OUTOFMEMORY;
    }
    pthread_mutex_unlock(&connection->lock);
    talloc_free(frame);
    return error;
}

uint32_t client_open_key(struct client_object *key, const char *subkey, bool create, uint32_t options,
                         uint32_t desired_access, const uint8_t *security, uint32_t security_size,
                         uint32_t *disposition, uint32_t *result, struct client_object **out)
{
    struct client_connection *connection = key->connection;
    struct policy_handle handle = { 0 };
    char *path;
    uint32_t error;

    *out = NULL;
    *result = 0;
    if (key->kind != CLUSAPI_OBJECT_KEY || !subkey || (security_size && !security))
        return WIN32_ERROR_INVALID_PARAMETER;
    /* Where a reconnect finds it again: its path from the root. */
    if (!(path = key->name && key->name[0] ? talloc_asprintf(NULL, "%s\\%s", key->name, subkey)
                                           : talloc_strdup(NULL, subkey)))
        return WIN32_ERROR_OUTOFMEMORY;
    pthread_mutex_lock(&connection->lock);
    if (create)
    {
        /* RPC_SECURITY_ATTRIBUTES: bInheritHandle MUST be 0 (MS-CMRP 2.2.3.2). */
        struct cmrp_security_attributes attributes =
        {
            .length = security_size,
            .descriptor = { .data = (uint8_t *)security, .in_size = security_size, .out_size = security_size },
        };
        struct cmrp_create_key r = { .key = key->handle, .subkey = subkey, .options = options,
                                     .sam_desired = desired_access, .security = security ? &attributes : NULL };

        error = call(connection, NULL, CMRP_CREATE_KEY, &r);
        if (!error)
        {
            *result = r.status;
            *disposition = r.disposition;
        }
        handle = r.handle;
    }
    else
    {
        struct cmrp_open_key r = { .key = key->handle, .subkey = subkey, .sam_desired = desired_access };

        error = call(connection, NULL, CMRP_OPEN_KEY, &r);
        if (!error) *result = r.status;
        handle = r.handle;
    }
    error = check_new_handle(error, *result, &handle);
    if (!error && !*result && !(*out = new_object(connection, CLUSAPI_OBJECT_KEY, &handle, path, false, desired_access)))
    {
        close_key_handle(connection, &handle, false);
        error = WIN32_ERROR_OUTOFMEMORY;
    }
    pthread_mutex_unlock(&connection->lock);
    talloc_free(path);
    return error;
}

uint32_t client_key_name_op(struct client_object *key, enum clusapi_key_name_op op, const char *name,
                            uint32_t *result)
{
    static const uint16_t opnums[CLUSAPI_KEY_NAME_OP_COUNT] =
    {
        [CLUSAPI_KEY_DELETE_KEY] = CMRP_DELETE_KEY, [CLUSAPI_KEY_DELETE_VALUE] = CMRP_DELETE_VALUE,
    };
    struct cmrp_handle_string r = { .handle = key->handle, .string = name };
    uint32_t error;

    *result = 0;
    if (key->kind != CLUSAPI_OBJECT_KEY || op >= CLUSAPI_KEY_NAME_OP_COUNT || !name)
        return WIN32_ERROR_INVALID_PARAMETER;
    error = call(key->connection, NULL, opnums[op], &r);
    if (!error) *result = r.result;
    return error;
}

static uint64_t filetime_value(const struct cmrp_filetime *time)
{
    return (uint64_t)time->high << 32 | time->low;
}

uint32_t client_enum_key(struct client_object *key, uint32_t index, struct client_wstr name,
                         uint64_t *last_write, uint32_t *result)
{
    struct cmrp_enum_key r = { .key = key->handle, .index = index };
    TALLOC_CTX *frame;
    uint32_t error;

    *result = 0;
    if (key->kind != CLUSAPI_OBJECT_KEY) return WIN32_ERROR_INVALID_PARAMETER;
    if (!(frame = talloc_new(NULL))) return WIN32_ERROR_OUTOFMEMORY;
    error = call(key->connection, frame, CMRP_ENUM_KEY, &r);
    if (!error && !(*result = r.result))
    {
        if (!r.name) WARN("the server sent no key name\n");
        copy_out_wstr(name, r.name);
        *last_write = filetime_value(&r.last_write_time);
    }
    talloc_free(frame);
    return error;
}

uint32_t client_query_value(struct client_object *key, bool enumerate, uint32_t index, const char *name,
                            struct client_wstr value_name, uint32_t *type, uint8_t *data, uint32_t capacity,
                            uint32_t *size, uint32_t *required, uint32_t *result)
{
    TALLOC_CTX *frame;
    uint32_t error;

    *result = 0;
    *size = 0;
    *required = 0;
    if (key->kind != CLUSAPI_OBJECT_KEY || (!enumerate && !name) || (capacity && !data))
        return WIN32_ERROR_INVALID_PARAMETER;
    if (!(frame = talloc_new(NULL))) return WIN32_ERROR_OUTOFMEMORY;
    if (enumerate)
    {
        struct cmrp_enum_value r = { .key = key->handle, .index = index, .size = capacity };

        error = call(key->connection, frame, CMRP_ENUM_VALUE, &r);
        if (!error) *result = r.result;
        if (!error && !r.result)
        {
            /* lpData's size is the out *lpcbData: never more than we asked for. */
            if (r.size > capacity || r.size > r.total_size)
            {
                WARN("the server sent %u bytes of a %u-byte value into %u\n", r.size, r.total_size, capacity);
                error = WIN32_RPC_X_BAD_STUB_DATA;
            }
            else
            {
                if (r.size) memcpy(data, r.data, r.size);
                *size = r.size;
                *required = r.total_size;
                *type = r.type;
                if (!r.name) WARN("the server sent no value name\n");
                copy_out_wstr(value_name, r.name);
            }
        }
        else if (!error && r.result == WIN32_ERROR_MORE_DATA)
            *required = r.total_size;
    }
    else
    {
        /* lpData is conformant: always capacity bytes, of which lpcbRequired are the value. */
        struct cmrp_query_value r = { .key = key->handle, .name = name, .size = capacity };

        error = call(key->connection, frame, CMRP_QUERY_VALUE, &r);
        if (!error) *result = r.result;
        if (!error && !r.result)
        {
            if (r.required > capacity)
            {
                WARN("the server claims a %u-byte value in %u bytes\n", r.required, capacity);
                error = WIN32_RPC_X_BAD_STUB_DATA;
            }
            else
            {
                if (r.required) memcpy(data, r.data, r.required);
                *size = *required = r.required;
                *type = r.type;
            }
        }
        else if (!error && r.result == WIN32_ERROR_MORE_DATA)
        {
            if (r.required <= capacity) WARN("ERROR_MORE_DATA for %u bytes into %u\n", r.required, capacity);
            *required = r.required;
        }
    }
    talloc_free(frame);
    return error;
}

uint32_t client_set_value(struct client_object *key, const char *name, uint32_t type, const uint8_t *data,
                          uint32_t size, uint32_t *result)
{
    static uint8_t empty;
    struct cmrp_set_value r = { .key = key->handle, .name = name, .type = type, .data = (uint8_t *)data,
                                .size = size };
    uint32_t error;

    *result = 0;
    if (key->kind != CLUSAPI_OBJECT_KEY || !name || (size && !data)) return WIN32_ERROR_INVALID_PARAMETER;
    if (!data) r.data = &empty;   /* lpData is a [ref] array: never NULL on the wire */
    error = call(key->connection, NULL, CMRP_SET_VALUE, &r);
    if (!error) *result = r.result;
    return error;
}

uint32_t client_query_info_key(struct client_object *key, struct client_key_info *info, uint32_t *result)
{
    struct cmrp_query_info_key r = { .key = key->handle };
    uint32_t error;

    *result = 0;
    if (key->kind != CLUSAPI_OBJECT_KEY) return WIN32_ERROR_INVALID_PARAMETER;
    error = call(key->connection, NULL, CMRP_QUERY_INFO_KEY, &r);
    if (!error && !(*result = r.result))
    {
        info->subkeys = r.subkeys;
        info->max_subkey_len = r.max_subkey_len;
        info->values = r.values;
        info->max_value_name_len = r.max_value_name_len;
        info->max_value_len = r.max_value_len;
        info->security_size = r.security_descriptor_size;
        info->last_write = filetime_value(&r.last_write_time);
    }
    return error;
}

uint32_t client_key_security(struct client_object *key, bool set, uint32_t information, uint8_t *descriptor,
                             uint32_t capacity, uint32_t *size, uint32_t *required, uint32_t *result)
{
    static uint8_t empty;
    struct cmrp_key_security r = { .key = key->handle, .security_information = information };
    TALLOC_CTX *frame;
    uint32_t error;

    *result = 0;
    *size = 0;
    *required = 0;
    if (key->kind != CLUSAPI_OBJECT_KEY || (capacity && !descriptor)) return WIN32_ERROR_INVALID_PARAMETER;
    if (!(frame = talloc_new(NULL))) return WIN32_ERROR_OUTOFMEMORY;
    /* The buffer always goes as a non-NULL pointer: the server answers in it. */
    r.descriptor.data = descriptor ? descriptor : &empty;
    r.descriptor.in_size = capacity;
    r.descriptor.out_size = set ? capacity : 0;
    error = call(key->connection, frame, set ? CMRP_SET_KEY_SECURITY : CMRP_GET_KEY_SECURITY, &r);
    if (!error) *result = r.result;
    if (!error && !set && !r.result)
    {
        if (r.descriptor.out_size > capacity || (r.descriptor.out_size && !r.descriptor.data))
        {
            WARN("the server sent a %u-byte descriptor into %u\n", r.descriptor.out_size, capacity);
            error = WIN32_RPC_X_BAD_STUB_DATA;
        }
        else
        {
            if (r.descriptor.out_size) memcpy(descriptor, r.descriptor.data, r.descriptor.out_size);
            *size = r.descriptor.out_size;
        }
    }
    else if (!error && !set && r.result == WIN32_ERROR_INSUFFICIENT_BUFFER)
        *required = r.descriptor.in_size;
    talloc_free(frame);
    return error;
}

/* ---- control codes ---- */

/* Which method runs an object's control codes, without and with a host node
 * (MS-CMRP 3.1.4.2.72-.79, .88, .89, .97, .98, .105, .106; ms-cmrp.md 4.3). */
static const uint16_t control_methods[CLUSAPI_OBJECT_COUNT][2] =
{
    [CLUSAPI_OBJECT_CLUSTER]      = { CMRP_CLUSTER_CONTROL, CMRP_NODE_CLUSTER_CONTROL },
    [CLUSAPI_OBJECT_NODE]         = { CMRP_NODE_CONTROL, CMRP_NODE_NODE_CONTROL },
    [CLUSAPI_OBJECT_GROUP]        = { CMRP_GROUP_CONTROL, CMRP_NODE_GROUP_CONTROL },
    [CLUSAPI_OBJECT_RESOURCE]     = { CMRP_RESOURCE_CONTROL, CMRP_NODE_RESOURCE_CONTROL },
    [CLUSAPI_OBJECT_NETWORK]      = { CMRP_NETWORK_CONTROL, CMRP_NODE_NETWORK_CONTROL },
    [CLUSAPI_OBJECT_NETINTERFACE] = { CMRP_NET_INTERFACE_CONTROL, CMRP_NODE_NET_INTERFACE_CONTROL },
    [CLUSAPI_OBJECT_GROUPSET]     = { CMRP_GROUP_SET_CONTROL, CMRP_NODE_GROUP_SET_CONTROL },
};
static const uint16_t type_control_methods[2] = { CMRP_RESOURCE_TYPE_CONTROL, CMRP_NODE_RESOURCE_TYPE_CONTROL };

/* What the four control shapes have in common, after the call. */
struct control_reply
{
    const uint8_t *out;
    uint32_t returned, required, result;
};

#define CONTROL_SET_BUFFERS(r) \
    do { \
        (r).code = code; \
        (r).in_buffer = (uint8_t *)(in_size ? in : NULL); \
        (r).in_size = in_size; \
        (r).out_size = out_size; \
    } while (0)

#define CONTROL_GET_REPLY(r, reply) \
    do { \
        (reply).out = (r).out_buffer; \
        (reply).returned = (r).returned; \
        (reply).required = (r).required; \
        (reply).result = (r).result; \
    } while (0)

uint32_t client_control(struct client_object *object, struct client_object *host_node, const char *type_name,
                        uint32_t code, const void *in, uint32_t in_size, void *out, uint32_t out_size,
                        uint32_t *returned, uint32_t *required, uint32_t *result)
{
    struct client_connection *connection = object->connection;
    struct control_reply reply = { 0 };
    bool on_node = host_node != NULL;
    TALLOC_CTX *frame;
    uint16_t opnum;
    uint32_t error;

    *returned = *required = *result = 0;
    opnum = type_name ? (object->kind == CLUSAPI_OBJECT_CLUSTER ? type_control_methods[on_node] : 0)
                      : control_methods[object->kind][on_node];
    if (!opnum || (in_size && !in) || (out_size && !out)) return WIN32_ERROR_INVALID_PARAMETER;
    if (host_node && host_node->kind != CLUSAPI_OBJECT_NODE) return WIN32_ERROR_INVALID_PARAMETER;
    /* Handles only mean something on the connection that opened them. */
    if (host_node && host_node->connection != connection) return WIN32_ERROR_INVALID_HANDLE;
    if (!(frame = talloc_new(NULL))) return WIN32_ERROR_OUTOFMEMORY;

    if (type_name && on_node)
    {
        struct cmrp_node_type_control r = { .cluster = object->handle, .type_name = type_name,
                                            .node = host_node->handle };
        CONTROL_SET_BUFFERS(r);
        error = call(connection, frame, opnum, &r);
        CONTROL_GET_REPLY(r, reply);
    }
    else if (type_name)
    {
        struct cmrp_type_control r = { .cluster = object->handle, .type_name = type_name };
        CONTROL_SET_BUFFERS(r);
        error = call(connection, frame, opnum, &r);
        CONTROL_GET_REPLY(r, reply);
    }
    else if (on_node)
    {
        struct cmrp_node_object_control r = { .handle = object->handle, .node = host_node->handle };
        CONTROL_SET_BUFFERS(r);
        error = call(connection, frame, opnum, &r);
        CONTROL_GET_REPLY(r, reply);
    }
    else
    {
        struct cmrp_object_control r = { .handle = object->handle };
        CONTROL_SET_BUFFERS(r);
        error = call(connection, frame, opnum, &r);
        CONTROL_GET_REPLY(r, reply);
    }

    if (!error)
    {
        *result = reply.result;
        if (!reply.result)
        {
            /* lpBytesReturned never exceeds nOutBufferSize (MS-CMRP, ms-cmrp.md P9). */
            if (reply.returned > out_size || (reply.returned && !reply.out))
            {
                WARN("control %#x: %u bytes returned into %u\n", code, reply.returned, out_size);
                *result = 0;
                error = WIN32_RPC_X_BAD_STUB_DATA;
            }
            else
            {
                if (reply.returned) memcpy(out, reply.out, reply.returned);
                *returned = reply.returned;
            }
        }
        else if (reply.result == WIN32_ERROR_MORE_DATA)
        {
            if (reply.required <= out_size)
                WARN("control %#x: ERROR_MORE_DATA for %u bytes into %u\n", code, reply.required, out_size);
            *required = reply.required;
        }
    }
    talloc_free(frame);
    return error;
}

/* ---- notification ports (versions 1 and 2) ----
 *
 * ApiGetNotify(V2) blocks until the server has an event (v3 has no timeout,
 * MS-CMRP 3.1.4.2.66), so it runs on a connection of its own, in the same
 * association group as the cluster's (context handles belong to the group),
 * driven by a "pump" that queues what it gets here.  GetClusterNotify(V2)
 * waits on that queue with the caller's timeout.  Closing wakes the pumps
 * through a pipe they also wait on, and unblocks and closes the server ports
 * on the cluster's connection.  A version 2 port is the same machinery with
 * ApiCreateNotifyV2/ApiAddNotifyV2/ApiGetNotifyV2 and richer events. */

#define NOTIFY_QUEUE_LIMIT 16384     /* a pump stops asking while this many wait */

struct notify_event
{
    struct notify_event *next;
    uint32_t cookie, filter;         /* v1 */
    uint32_t object_type;            /* v2 */
    uint64_t flags;                  /* v2 */
    uint32_t buffer_size;
    uint8_t *buffer;                 /* in the same block */
    uint32_t len[CLUSAPI_NOTIFY_TEXT_COUNT];     /* UTF-16 units, NUL excluded */
    uint16_t *text[CLUSAPI_NOTIFY_TEXT_COUNT];   /* NUL-terminated, in the same block */
};

/* An event's parts before it is queued. */
struct notify_parts
{
    uint32_t cookie, filter, object_type;
    uint64_t flags;
    const uint8_t *buffer;
    uint32_t buffer_size;
    const uint16_t *text[CLUSAPI_NOTIFY_TEXT_COUNT];
    uint32_t len[CLUSAPI_NOTIFY_TEXT_COUNT];
};

/* A registration on a session's server port, remembered for a reconnect to
 * add again on the new node's port: version 1 with ApiReAddNotify* and the
 * last state sequence seen (ApiAddNotifyCluster/Key), version 2 with the
 * same ApiAddNotifyV2 or ApiAddNotifyResourceTypeV2 (it has no ReAdd). */
struct notify_registration
{
    struct notify_registration *next;
    struct client_object *object;               /* for a resource type, its cluster */
    uint32_t cookie;
    uint32_t filter, state_sequence;            /* v1 */
    bool watch_subtree;                         /* v1, keys */
    uint32_t object_type;                       /* v2 */
    uint64_t flags;                             /* v2 */
    bool targeted;                              /* v2 */
    char *type_name;                            /* v2, a resource type's: malloc'ed */
};

struct client_notify_session
{
    struct client_notify_session *next;         /* port->sessions */
    struct client_notify_session *next_on_connection;   /* connection->sessions, under its lock */
    struct client_notify_port *port;
    struct client_connection *connection;       /* the watched cluster's: referenced */
    struct client_connection *pump_connection;  /* used by the pump alone */
    unsigned int pump_generation;               /* the connection's generation it joined */
    struct policy_handle notify;                /* the server port as created: never changes */
    struct policy_handle current, reopened;     /* as for objects */
    struct notify_registration *registrations;  /* under registrations_lock */
    int wake[2];                                /* a byte here ends the pump's wait */
    bool notify_closed;
    bool pump_stopped;                          /* for good: reconnects leave it be (connection's lock) */
};

struct client_notify_port
{
    uint32_t version;                           /* 1 or 2 */
    pthread_mutex_t lock;                       /* the queue and shutdown */
    pthread_cond_t changed;                     /* an event queued, one taken, or shutdown */
    struct notify_event *head, **tail;
    unsigned int queued;
    uint64_t arrivals;                          /* events ever queued */
    bool shutdown;
    pthread_mutex_t sessions_lock;              /* the session list; held across the calls */
    struct client_notify_session *sessions;
};

struct client_notify_port *client_notify_create(uint32_t version)
{
    struct client_notify_port *port = calloc(1, sizeof(*port));
    pthread_condattr_t attr;

    if (!port) return NULL;
    port->version = version == 2 ? 2 : 1;
    pthread_mutex_init(&port->lock, NULL);
    pthread_mutex_init(&port->sessions_lock, NULL);
    pthread_condattr_init(&attr);
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC);   /* timeouts ignore clock changes */
    pthread_cond_init(&port->changed, &attr);
    pthread_condattr_destroy(&attr);
    port->tail = &port->head;
    return port;
}

static bool queue_event(struct client_notify_port *port, const struct notify_parts *parts)
{
    size_t size = sizeof(struct notify_event) + parts->buffer_size + 2 * CLUSAPI_NOTIFY_TEXT_COUNT, i;
    struct notify_event *event;
    uint8_t *p;

    for (i = 0; i < CLUSAPI_NOTIFY_TEXT_COUNT; i++) size += parts->len[i] * sizeof(uint16_t);
    if (!(event = malloc(size))) return false;
    event->next = NULL;
    event->cookie = parts->cookie;
    event->filter = parts->filter;
    event->object_type = parts->object_type;
    event->flags = parts->flags;
    p = (uint8_t *)(event + 1);
    for (i = 0; i < CLUSAPI_NOTIFY_TEXT_COUNT; i++)
    {
        event->text[i] = (uint16_t *)p;
        event->len[i] = parts->len[i];
        if (parts->len[i]) memcpy(p, parts->text[i], parts->len[i] * sizeof(uint16_t));
        event->text[i][parts->len[i]] = 0;
        p += (parts->len[i] + 1) * sizeof(uint16_t);
    }
    event->buffer = p;
    event->buffer_size = parts->buffer_size;
    if (parts->buffer_size) memcpy(p, parts->buffer, parts->buffer_size);

    pthread_mutex_lock(&port->lock);
    *port->tail = event;
    port->tail = &event->next;
    port->queued++;
    port->arrivals++;
    pthread_cond_broadcast(&port->changed);
    pthread_mutex_unlock(&port->lock);
    return true;
}

bool client_notify_post(struct client_notify_port *port, uint32_t cookie, uint32_t filter, uint32_t object_type,
                        uint64_t flags, const uint16_t *name)
{
    struct notify_parts parts = { cookie, filter, object_type, flags };

    parts.text[CLUSAPI_NOTIFY_NAME] = name;
    while (name && name[parts.len[CLUSAPI_NOTIFY_NAME]]) parts.len[CLUSAPI_NOTIFY_NAME]++;
    return queue_event(port, &parts);
}

bool client_notify_wait_arrival(struct client_notify_port *port, bool wait, uint64_t *arrivals, uint32_t *queued)
{
    bool running;

    pthread_mutex_lock(&port->lock);
    while (wait && !port->shutdown && port->arrivals <= *arrivals) pthread_cond_wait(&port->changed, &port->lock);
    running = !port->shutdown;
    *arrivals = port->arrivals;
    *queued = port->queued;
    pthread_mutex_unlock(&port->lock);
    return running;
}

static bool port_stopping(struct client_notify_port *port)
{
    bool stopping;

    pthread_mutex_lock(&port->lock);
    stopping = port->shutdown;
    pthread_mutex_unlock(&port->lock);
    return stopping;
}

/* A second connection to the same endpoint, joining the association group
 * of the first one so that its context handles are valid on it. */
static uint32_t connect_in_association(struct client_connection *main, struct client_connection **out,
                                       unsigned int *generation)
{
    struct client_connection *connection;
    struct connect_deadline deadline;
    struct dcerpc_binding *binding;
    struct cli_credentials *creds;
    NTSTATUS status;
    uint32_t error;

    *out = NULL;
    if (!(connection = talloc_zero(NULL, struct client_connection))) return WIN32_ERROR_OUTOFMEMORY;
    init_connection_lock(connection);
    talloc_set_destructor(connection, connection_destructor);
    connection->lp = connection_loadparm(connection, &main->endpoint, &error);
    connection->local = main->local;
    connection->ev = new_event_context(connection);
    if (!connection->ev) error = WIN32_ERROR_OUTOFMEMORY;
    if (!connection->lp || !connection->ev)
    {
        talloc_free(connection);
        return error;
    }
    if (!(creds = make_credentials(connection, connection->lp, &main->endpoint, &error, NULL)))
    {
        talloc_free(connection);
        return error;
    }
    /* The first connection's binding has the resolved endpoint and the group
     * id: the present node's, of the generation the caller is told. */
    pthread_mutex_lock(&main->lock);
    binding = dcerpc_binding_dup(connection, main->pipe->binding);
    *generation = main->generation;
    pthread_mutex_unlock(&main->lock);
    if (!binding)
    {
        talloc_free(connection);
        return WIN32_ERROR_OUTOFMEMORY;
    }
    TRACE("association group %#x\n", dcerpc_binding_get_assoc_group_id(binding));
    if (!connect_deadline_start(&deadline, connection->ev, connection, main->endpoint.timeout_ms))
    {
        talloc_free(connection);
        return WIN32_ERROR_OUTOFMEMORY;
    }
    status = dcerpc_pipe_connect_b(connection, &connection->pipe, binding, &cmrp_table, creds,
                                   connection->ev, connection->lp);
    connect_deadline_end(&deadline);
    if (deadline.expired && !NT_STATUS_IS_OK(status))
    {
        WARN("second connection: no answer within %u ms (the Timeout setting)\n", main->endpoint.timeout_ms);
        talloc_free(connection);
        return map_status(NT_STATUS_IO_TIMEOUT, true, main->local);
    }
    if ((error = map_status(status, true, connection->local)))
    {
        WARN("second connection: %s\n", nt_errstr(status));
        talloc_free(connection);
        return error;
    }
    /* No request timeout: ApiGetNotify waits for events as long as it takes. */
    dcerpc_binding_handle_set_timeout(connection->pipe->binding_handle, 0);
    *out = connection;
    return 0;
}

static void free_registration(struct notify_registration *registration)
{
    free(registration->type_name);
    free(registration);
}

/* ApiCreateNotify, or ApiCreateNotifyV2 for a version 2 port. */
static uint16_t create_notify_method(const struct client_notify_port *port)
{
    return port->version == 2 ? CMRP_CREATE_NOTIFY_V2 : CMRP_CREATE_NOTIFY;
}

static void free_session(struct client_notify_session *session)
{
    struct client_connection *connection = session->connection;
    struct client_notify_session **link;
    struct notify_registration *registration;

    pthread_mutex_lock(&connection->lock);
    if (!session->notify_closed && !ndr_policy_handle_empty(&session->notify))
    {
        struct cmrp_close_handle r = { .handle = session->notify };

        call(connection, NULL, CMRP_CLOSE_NOTIFY, &r);
    }
    for (link = &connection->sessions; *link; link = &(*link)->next_on_connection)
    {
        if (*link != session) continue;
        *link = session->next_on_connection;
        forget_swap(connection, &session->notify);
        break;
    }
    pthread_mutex_lock(&registrations_lock);
    while ((registration = session->registrations))
    {
        session->registrations = registration->next;
        free_registration(registration);
    }
    pthread_mutex_unlock(&registrations_lock);
    pthread_mutex_unlock(&connection->lock);
    talloc_free(session->pump_connection);
    if (session->wake[0] >= 0) close(session->wake[0]);
    if (session->wake[1] >= 0) close(session->wake[1]);
    connection_release(session->connection);
    free(session);
}

static uint32_t new_session(struct client_notify_port *port, struct client_connection *connection,
                            uint32_t *result, struct client_notify_session **out)
{
    struct cmrp_create_handle r = { 0 };
    struct client_notify_session *session;
    uint32_t error;

    *out = NULL;
    if (!(session = calloc(1, sizeof(*session)))) return WIN32_ERROR_OUTOFMEMORY;
    session->port = port;
    session->connection = connection;
    connection_reference(connection);
    session->wake[0] = session->wake[1] = -1;
    if (pipe(session->wake))
    {
        session->wake[0] = session->wake[1] = -1;
        free_session(session);
        return WIN32_ERROR_OUTOFMEMORY;
    }
    fcntl(session->wake[0], F_SETFL, O_NONBLOCK);
    fcntl(session->wake[1], F_SETFL, O_NONBLOCK);
    fcntl(session->wake[0], F_SETFD, FD_CLOEXEC);
    fcntl(session->wake[1], F_SETFD, FD_CLOEXEC);
    /* On the connection's list from the call that made it: reconnects remake it. */
    pthread_mutex_lock(&connection->lock);
    error = call(connection, NULL, create_notify_method(port), &r);
    if (!error) *result = r.status;
    error = check_new_handle(error, *result, &r.handle);
    if (!error && !*result)
    {
        session->notify = session->current = r.handle;
        session->next_on_connection = connection->sessions;
        connection->sessions = session;
    }
    pthread_mutex_unlock(&connection->lock);
    if (!error && !*result)
        error = connect_in_association(connection, &session->pump_connection, &session->pump_generation);
    if (error || *result)
    {
        free_session(session);
        return error;
    }
    *out = session;
    return 0;
}

/* Remembers what was registered (a copy of *added) for a reconnect to add again. */
static void remember_registration(struct client_notify_session *session, const struct notify_registration *added)
{
    struct notify_registration *registration = malloc(sizeof(*registration));

    if (registration)
    {
        *registration = *added;
        if (added->type_name && !(registration->type_name = strdup(added->type_name)))
        {
            free(registration);
            registration = NULL;
        }
    }
    /* Without it, a reconnect only loses this registration. */
    if (!registration)
    {
        WARN("out of memory: the registration will not survive a reconnect\n");
        return;
    }
    pthread_mutex_lock(&registrations_lock);
    registration->next = session->registrations;
    session->registrations = registration;
    pthread_mutex_unlock(&registrations_lock);
}

/* The object is closing (its connection's lock held): the server forgets its
 * registrations with the handle, and so does a reconnect. */
static void drop_registrations_of(struct client_object *object)
{
    struct client_notify_session *session;
    struct notify_registration **link, *registration;

    pthread_mutex_lock(&registrations_lock);
    for (session = object->connection->sessions; session; session = session->next_on_connection)
    {
        for (link = &session->registrations; (registration = *link);)
        {
            if (registration->object != object)
            {
                link = &registration->next;
                continue;
            }
            *link = registration->next;
            free_registration(registration);
        }
    }
    pthread_mutex_unlock(&registrations_lock);
}

/* The last state sequence seen of each object an event names, for ApiReAddNotify*. */
static void note_state_sequence(struct client_notify_session *session, const struct cmrp_get_notify *r)
{
    struct notify_registration *registration;

    if (!r->name) return;
    pthread_mutex_lock(&registrations_lock);
    for (registration = session->registrations; registration; registration = registration->next)
    {
        const struct client_object *object = registration->object;

        if (registration->cookie == r->notify_key && object->kind != CLUSAPI_OBJECT_CLUSTER &&
            object->kind != CLUSAPI_OBJECT_KEY && object->name && !strcasecmp(object->name, r->name))
            registration->state_sequence = r->state_sequence;
    }
    pthread_mutex_unlock(&registrations_lock);
}

/* The methods registering each kind of object on a version 1 port:
 * ApiAddNotify<Kind>, and after a reconnect ApiReAddNotify<Kind> where there
 * is one. */
static const struct { uint16_t add, readd; } notify_methods[CLUSAPI_OBJECT_COUNT] =
{
    [CLUSAPI_OBJECT_CLUSTER]      = { CMRP_ADD_NOTIFY_CLUSTER, CMRP_ADD_NOTIFY_CLUSTER },
    [CLUSAPI_OBJECT_NODE]         = { CMRP_ADD_NOTIFY_NODE, CMRP_READD_NOTIFY_NODE },
    [CLUSAPI_OBJECT_GROUP]        = { CMRP_ADD_NOTIFY_GROUP, CMRP_READD_NOTIFY_GROUP },
    [CLUSAPI_OBJECT_RESOURCE]     = { CMRP_ADD_NOTIFY_RESOURCE, CMRP_READD_NOTIFY_RESOURCE },
    [CLUSAPI_OBJECT_NETWORK]      = { CMRP_ADD_NOTIFY_NETWORK, CMRP_READD_NOTIFY_NETWORK },
    [CLUSAPI_OBJECT_NETINTERFACE] = { CMRP_ADD_NOTIFY_NET_INTERFACE, CMRP_READD_NOTIFY_NET_INTERFACE },
    [CLUSAPI_OBJECT_KEY]          = { CMRP_ADD_NOTIFY_KEY, CMRP_ADD_NOTIFY_KEY },
};

/* Registers on session's server port (the connection's lock held).  readd:
 * during a reconnect (no nested one), on the reopened port and handle, with
 * ApiReAddNotify<Kind> passing *state_sequence, the last seen, so that the
 * server posts a change the client missed; otherwise ApiAddNotify<Kind>,
 * which answers the present one there.  Version 2 has no ReAdd: the same
 * ApiAddNotifyV2 / ApiAddNotifyResourceTypeV2 either way. */
static uint32_t add_notify(struct client_notify_session *session, bool readd,
                           const struct notify_registration *registration, uint32_t *state_sequence,
                           uint32_t *result)
{
    uint32_t (*run)(struct client_connection *, TALLOC_CTX *, uint32_t, void *) = readd ? call_once : call;
    struct client_connection *connection = session->connection;
    const struct client_object *object = registration->object;
    const struct policy_handle *notify = readd ? &session->reopened : &session->notify;
    const struct policy_handle *handle = readd ? &object->reopened : &object->handle;
    uint16_t opnum = readd ? notify_methods[object->kind].readd : notify_methods[object->kind].add;
    uint32_t error;

    *result = 0;
    if (session->port->version == 2 && registration->type_name)
    {
        struct cmrp_add_notify_resource_type_v2 r = { .notify = *notify, .filter = registration->flags,
                                                      .notify_key = registration->cookie,
                                                      .type_name = registration->type_name, .version = 2 };

        if (!(error = run(connection, NULL, CMRP_ADD_NOTIFY_RESOURCE_TYPE_V2, &r))) *result = r.result;
    }
    else if (session->port->version == 2)
    {
        struct cmrp_add_notify_v2 r = { .notify = *notify, .object = *handle,
                                        .filter = { registration->object_type, registration->flags },
                                        .notify_key = registration->cookie, .version = 2,
                                        .targeted = registration->targeted };

        if (!(error = run(connection, NULL, CMRP_ADD_NOTIFY_V2, &r))) *result = r.result;
    }
    else if (object->kind == CLUSAPI_OBJECT_CLUSTER)
    {
        struct cmrp_add_notify_cluster r = { .notify = *notify, .cluster = *handle, .filter = registration->filter,
                                             .notify_key = registration->cookie };

        if (!(error = run(connection, NULL, opnum, &r))) *result = r.result;
    }
    else if (object->kind == CLUSAPI_OBJECT_KEY)
    {
        struct cmrp_add_notify_key r = { .notify = *notify, .key = *handle, .notify_key = registration->cookie,
                                         .filter = registration->filter,
                                         .watch_subtree = registration->watch_subtree };

        if (!(error = run(connection, NULL, opnum, &r))) *result = r.result;
    }
    else if (readd)
    {
        struct cmrp_readd_notify_object r = { .notify = *notify, .object = *handle, .filter = registration->filter,
                                              .notify_key = registration->cookie, .state_sequence = *state_sequence };

        if (!(error = run(connection, NULL, opnum, &r))) *result = r.result;
    }
    else
    {
        struct cmrp_add_notify_object r = { .notify = *notify, .object = *handle, .filter = registration->filter,
                                            .notify_key = registration->cookie };

        if (!(error = run(connection, NULL, opnum, &r)) && !(*result = r.result)) *state_sequence = r.state_sequence;
    }
    return error;
}

/* Registers on the port's session for the object's connection, made if there
 * is none yet (then *created), and remembers the registration; watch_only:
 * only the session (its pump notices the connection failing), nothing added. */
static uint32_t register_on_port(struct client_notify_port *port, struct notify_registration *registration,
                                 bool watch_only, struct client_notify_session **created, uint32_t *result)
{
    struct client_connection *connection = registration->object->connection;
    struct client_notify_session *session;
    uint32_t error = 0;

    pthread_mutex_lock(&port->sessions_lock);
    if (port_stopping(port))
    {
        pthread_mutex_unlock(&port->sessions_lock);
        return WIN32_ERROR_INVALID_HANDLE;
    }
    /* A session whose pump stopped (every node was gone) gets no more events: a new one. */
    pthread_mutex_lock(&connection->lock);
    for (session = port->sessions; session; session = session->next)
        if (session->connection == connection && !session->pump_stopped) break;
    pthread_mutex_unlock(&connection->lock);
    if (!session)
    {
        if ((error = new_session(port, connection, result, &session)) || *result)
        {
            pthread_mutex_unlock(&port->sessions_lock);
            return error;
        }
        session->next = port->sessions;
        port->sessions = session;
        *created = session;
    }

    /* Registered and remembered with no reconnect in between. */
    pthread_mutex_lock(&connection->lock);
    if (!watch_only) error = add_notify(session, false, registration, &registration->state_sequence, result);
    if (!watch_only && !error && !*result) remember_registration(session, registration);
    pthread_mutex_unlock(&connection->lock);
    pthread_mutex_unlock(&port->sessions_lock);
    return error;
}

uint32_t client_notify_register(struct client_notify_port *port, struct client_object *object, uint32_t filter,
                                uint32_t cookie, bool watch_subtree, uint32_t *state_sequence,
                                struct client_notify_session **created, uint32_t *result)
{
    struct notify_registration registration = { .object = object, .cookie = cookie, .filter = filter,
                                                .watch_subtree = watch_subtree };
    uint32_t error;

    *created = NULL;
    *result = 0;
    *state_sequence = 0;
    if (object->kind >= CLUSAPI_OBJECT_COUNT || !notify_methods[object->kind].add || port->version != 1)
        return WIN32_ERROR_INVALID_PARAMETER;
    error = register_on_port(port, &registration, false, created, result);
    if (!error && !*result) *state_sequence = registration.state_sequence;
    return error;
}

uint32_t client_notify_register_v2(struct client_notify_port *port, struct client_object *object,
                                   uint32_t object_type, uint64_t flags, bool targeted, const char *type_name,
                                   bool watch_only, uint32_t cookie, struct client_notify_session **created,
                                   uint32_t *result)
{
    struct notify_registration registration = { .object = object, .cookie = cookie, .object_type = object_type,
                                                .flags = flags, .targeted = targeted,
                                                .type_name = (char *)type_name };

    *created = NULL;
    *result = 0;
    if (port->version != 2) return WIN32_ERROR_INVALID_PARAMETER;
    return register_on_port(port, &registration, watch_only, created, result);
}

static void wake_handler(struct tevent_context *ev, struct tevent_fd *fde, uint16_t flags, void *private)
{
    struct client_notify_session *session = private;
    char buffer[16];

    while (read(session->wake[0], buffer, sizeof(buffer)) > 0) ;
}

/* UTF-8 from the wire as UTF-16 in parts (talloc'ed on mem); NULL is "". */
static void set_text(TALLOC_CTX *mem, struct notify_parts *parts, enum clusapi_notify_text which, const char *utf8)
{
    uint16_t *utf16 = NULL;
    size_t bytes = 0;

    if (utf8 && utf8[0] && !convert_string_talloc(mem, CH_UTF8, CH_UTF16LE, utf8, strlen(utf8), &utf16, &bytes))
    {
        WARN("cannot convert %s\n", utf8);
        bytes = 0;
    }
    parts->text[which] = utf16;
    parts->len[which] = bytes / sizeof(uint16_t);
}

/* Queues a server event (v1). */
static bool queue_server_event(struct client_notify_port *port, const struct cmrp_get_notify *r)
{
    struct notify_parts parts = { r->notify_key, r->filter };
    TALLOC_CTX *mem = talloc_new(NULL);
    bool ok;

    set_text(mem, &parts, CLUSAPI_NOTIFY_NAME, r->name);
    ok = queue_event(port, &parts);
    talloc_free(mem);
    return ok;
}

/* Queues the events of an ApiGetNotifyV2 answer, in order. */
static bool queue_server_events_v2(struct client_notify_port *port, const struct cmrp_get_notify_v2 *r)
{
    TALLOC_CTX *mem = talloc_new(NULL);
    bool ok = true;
    uint32_t i;

    for (i = 0; ok && i < r->count; i++)
    {
        const struct cmrp_notification *n = &r->notifications[i];
        struct notify_parts parts = { n->notify_key, 0, n->filter.object_type, n->filter.flags, n->buffer,
                                      n->buffer_size };

        set_text(mem, &parts, CLUSAPI_NOTIFY_OBJECT_ID, n->object_id);
        set_text(mem, &parts, CLUSAPI_NOTIFY_PARENT_ID, n->parent_id);
        set_text(mem, &parts, CLUSAPI_NOTIFY_NAME, n->name);
        set_text(mem, &parts, CLUSAPI_NOTIFY_TYPE, n->type);
        ok = queue_event(port, &parts);
    }
    talloc_free(mem);
    return ok;
}

static unsigned int connection_generation(struct client_connection *connection)
{
    return __atomic_load_n(&connection->generation, __ATOMIC_ACQUIRE);
}

/* A call on a connection in main's association (a pump's, a batch port's)
 * failed as MS-CMRP 3.2.4.6 says to reconnect: main reconnects, unless
 * another call has done it since that connection joined it (generation); a
 * pump's next round then joins the new association. */
static uint32_t recover_association(struct client_connection *main, unsigned int generation, uint32_t cause)
{
    uint32_t error = 0;

    pthread_mutex_lock(&main->lock);
    if (main->generation == generation)
        error = main->candidate_count ? reconnect(main, cause) : WIN32_RPC_S_SERVER_UNAVAILABLE;
    pthread_mutex_unlock(&main->lock);
    return error;
}

uint32_t client_notify_pump(struct client_notify_session *session, uint32_t *result)
{
    struct client_notify_port *port = session->port;
    struct client_connection *main = session->connection;
    struct tevent_fd *wake = NULL;
    uint32_t error = 0;

    *result = 0;
    TRACE("pump %p running\n", session);
    for (;;)
    {
        struct cmrp_get_notify r = { 0 };
        struct cmrp_get_notify_v2 r2 = { 0 };
        bool v2 = port->version == 2;
        struct client_connection *connection;
        struct tevent_req *req;
        TALLOC_CTX *frame;
        NTSTATUS status;
        uint32_t method_result;
        bool stop, moved = false;

        /* Back-pressure: the server keeps what the application has not read yet. */
        pthread_mutex_lock(&port->lock);
        while (!port->shutdown && port->queued >= NOTIFY_QUEUE_LIMIT)
            pthread_cond_wait(&port->changed, &port->lock);
        stop = port->shutdown;
        pthread_mutex_unlock(&port->lock);
        if (stop) break;

        /* After a reconnect, a connection of its own in the new association;
         * the old one goes with the call it had in flight. */
        if (session->pump_generation != connection_generation(main))
        {
            talloc_free(session->pump_connection);
            session->pump_connection = NULL;
            wake = NULL;
            if ((error = connect_in_association(main, &session->pump_connection, &session->pump_generation)))
                break;
            TRACE("pump %p joined the reconnected association\n", session);
        }
        connection = session->pump_connection;
        if (!wake && !(wake = tevent_add_fd(connection->ev, connection, session->wake[0], TEVENT_FD_READ,
                                            wake_handler, session)))
        {
            error = WIN32_ERROR_OUTOFMEMORY;
            break;
        }
        pthread_mutex_lock(&main->lock);
        r.notify = r2.notify = session->current;
        pthread_mutex_unlock(&main->lock);
        if (ndr_policy_handle_empty(&r.notify))
        {
            WARN("the port could not be made again after a reconnect\n");
            error = WIN32_RPC_S_SERVER_UNAVAILABLE;
            break;
        }

        /* Owned by the connection: a call abandoned at shutdown goes with it. */
        if (!(frame = talloc_new(connection)) ||
            !(req = dcerpc_binding_handle_call_send(frame, connection->ev, connection->pipe->binding_handle, NULL,
                                                    &cmrp_table, v2 ? CMRP_GET_NOTIFY_V2 : CMRP_GET_NOTIFY, frame,
                                                    v2 ? (void *)&r2 : (void *)&r)))
        {
            error = WIN32_ERROR_OUTOFMEMORY;
            break;
        }
        while (tevent_req_is_in_progress(req) && !(stop = port_stopping(port)) &&
               !(moved = session->pump_generation != connection_generation(main)))
        {
            if (tevent_loop_once(connection->ev))
            {
                WARN("event loop failed\n");
                error = WIN32_RPC_S_CALL_FAILED;
                break;
            }
        }
        if (stop || error) break;   /* the call in flight stays with the connection */
        if (moved) continue;        /* another call reconnected: this port is the old node's */
        status = dcerpc_binding_handle_call_recv(req);
        error = map_status(status, false, connection->local);
        method_result = v2 ? r2.result : r.result;
        if (!error && !method_result)
        {
            if (!v2) note_state_sequence(session, &r);
            if (!(v2 ? queue_server_events_v2(port, &r2) : queue_server_event(port, &r)))
                error = WIN32_ERROR_OUTOFMEMORY;
        }
        talloc_free(frame);
        if (!port_stopping(port) && (is_reconnect_error(error) || (!error && is_reconnect_error(method_result))))
        {
            TRACE("pump %p: ApiGetNotify%s %u, %u: reconnecting\n", session, v2 ? "V2" : "", error, method_result);
            if ((error = recover_association(main, session->pump_generation, error ? error : method_result))) break;
            continue;
        }
        if (error) break;
        if (method_result)
        {
            /* Unblocked (ERROR_INVALID_FUNCTION) or closed (ERROR_NO_MORE_ITEMS) for the
             * shutdown, or the port is gone: nothing more will come. */
            if (!port_stopping(port))
            {
                WARN("ApiGetNotify%s: %u\n", v2 ? "V2" : "", method_result);
                *result = method_result;
            }
            break;
        }
    }
    talloc_free(wake);
    /* Nobody reads this session's port any more: a later reconnect does not remake it. */
    pthread_mutex_lock(&main->lock);
    session->pump_stopped = true;
    pthread_mutex_unlock(&main->lock);
    TRACE("pump %p stopped: rpc %u, status %u\n", session, error, *result);
    return error;
}

/* Whether every wanted part of event fits out; sets the lengths either way. */
static bool event_fits(const struct notify_event *event, struct client_notify_out *out)
{
    bool fits = true;
    unsigned int i;

    for (i = 0; i < CLUSAPI_NOTIFY_TEXT_COUNT; i++)
    {
        if (!(out->want & (1u << i))) continue;
        *out->text[i].len = event->len[i];
        if (event->len[i] >= out->text[i].size) fits = false;
    }
    if (out->buffer_size)
    {
        *out->buffer_size = event->buffer_size;
        if (event->buffer_size > out->buffer_capacity) fits = false;
    }
    return fits;
}

enum clusapi_notify_outcome client_notify_get(struct client_notify_port *port, uint32_t timeout_ms,
                                              struct client_notify_out *out)
{
    enum clusapi_notify_outcome outcome = CLUSAPI_NOTIFY_EVENT;
    struct notify_event *event = NULL;
    struct timespec deadline;
    unsigned int i;

    if (timeout_ms != UINT32_MAX)
    {
        clock_gettime(CLOCK_MONOTONIC, &deadline);
        deadline.tv_sec += timeout_ms / 1000;
        deadline.tv_nsec += (long)(timeout_ms % 1000) * 1000000;
        if (deadline.tv_nsec >= 1000000000)
        {
            deadline.tv_sec++;
            deadline.tv_nsec -= 1000000000;
        }
    }
    pthread_mutex_lock(&port->lock);
    while (!port->head && !port->shutdown)
    {
        if (timeout_ms == UINT32_MAX) pthread_cond_wait(&port->changed, &port->lock);
        else if (pthread_cond_timedwait(&port->changed, &port->lock, &deadline) == ETIMEDOUT)
        {
            if (!port->head && !port->shutdown) outcome = CLUSAPI_NOTIFY_TIMEOUT;
            break;
        }
    }
    if (port->shutdown) outcome = CLUSAPI_NOTIFY_CLOSED;
    else if (outcome == CLUSAPI_NOTIFY_EVENT)
    {
        event = port->head;
        out->cookie = event->cookie;
        out->filter = event->filter;
        out->object_type = event->object_type;
        out->flags = event->flags;
        if (!event_fits(event, out))
        {
            outcome = CLUSAPI_NOTIFY_MORE_DATA;
            event = NULL;
        }
        else
        {
            for (i = 0; i < CLUSAPI_NOTIFY_TEXT_COUNT; i++)
                if (out->want & (1u << i))
                    memcpy(out->text[i].buffer, event->text[i], (event->len[i] + 1) * sizeof(uint16_t));
            if (out->buffer_size && event->buffer_size) memcpy(out->buffer, event->buffer, event->buffer_size);
            if (!(port->head = event->next)) port->tail = &port->head;
            port->queued--;
            pthread_cond_broadcast(&port->changed);   /* room for a waiting pump */
        }
    }
    out->remaining = port->queued;
    pthread_mutex_unlock(&port->lock);
    free(event);
    return outcome;
}

void client_notify_shutdown(struct client_notify_port *port)
{
    struct client_notify_session *session;

    pthread_mutex_lock(&port->lock);
    port->shutdown = true;
    pthread_cond_broadcast(&port->changed);
    pthread_mutex_unlock(&port->lock);

    pthread_mutex_lock(&port->sessions_lock);
    for (session = port->sessions; session; session = session->next)
    {
        struct cmrp_handle_in unblock = { .handle = session->notify };
        struct cmrp_close_handle close_notify = { .handle = session->notify };

        if (write(session->wake[1], "", 1) < 0 && errno != EAGAIN) WARN("cannot wake pump: %d\n", errno);
        /* Polite to the server: release its waiting call, then drop the port. */
        if (call(session->connection, NULL, CMRP_UNBLOCK_GET_NOTIFY_CALL, &unblock) || unblock.result)
            TRACE("ApiUnblockGetNotifyCall: %u\n", unblock.result);
        if (!call(session->connection, NULL, CMRP_CLOSE_NOTIFY, &close_notify) && !close_notify.result)
            session->notify_closed = true;
        else
            WARN("ApiCloseNotify failed: %u\n", close_notify.result);
    }
    pthread_mutex_unlock(&port->sessions_lock);
}

void client_notify_free(struct client_notify_port *port)
{
    struct client_notify_session *session;
    struct notify_event *event;

    while ((session = port->sessions))
    {
        port->sessions = session->next;
        free_session(session);
    }
    while ((event = port->head))
    {
        port->head = event->next;
        free(event);
    }
    pthread_cond_destroy(&port->changed);
    pthread_mutex_destroy(&port->lock);
    pthread_mutex_destroy(&port->sessions_lock);
    free(port);
}

/* ---- cluster registry batches ----
 *
 * ApiExecuteBatch and ApiExecuteReadBatch(Ex) take and give
 * CLUSTER_REG_BATCH_UPDATE buffers, built and read on the PE side with the
 * codec's cmrp/regbatch.c; here they only travel.  A reply is handed over as
 * a malloc'ed copy the PE side collects with client_blob_take. */

uint32_t client_execute_batch(struct client_object *key, const uint8_t *data, uint32_t size,
                              uint32_t *failed_command, uint32_t *result)
{
    struct cmrp_execute_batch r = { .key = key->handle, .size = size, .data = (uint8_t *)data };
    uint32_t error;

    *result = 0;
    *failed_command = 0;
    if (key->kind != CLUSAPI_OBJECT_KEY || !data || !size) return WIN32_ERROR_INVALID_PARAMETER;
    error = call(key->connection, NULL, CMRP_EXECUTE_BATCH, &r);
    if (!error && (*result = r.result)) *failed_command = r.failed_command;
    return error;
}

static void *blob_copy(const uint8_t *data, uint32_t size)
{
    void *blob = malloc(size ? size : 1);

    if (blob && size) memcpy(blob, data, size);
    return blob;
}

uint32_t client_read_batch(struct client_object *key, bool ex, uint32_t flags, const uint8_t *data, uint32_t size,
                           void **reply, uint32_t *reply_size, uint32_t *result)
{
    struct cmrp_execute_read_batch r = { .key = key->handle, .in_size = size, .in_data = (uint8_t *)data,
                                         .flags = flags };
    TALLOC_CTX *mem;
    uint32_t error;

    *result = 0;
    *reply = NULL;
    *reply_size = 0;
    if (key->kind != CLUSAPI_OBJECT_KEY || !data || !size) return WIN32_ERROR_INVALID_PARAMETER;
    if (!(mem = talloc_new(NULL))) return WIN32_ERROR_OUTOFMEMORY;
    error = call(key->connection, mem, ex ? CMRP_EXECUTE_READ_BATCH_EX : CMRP_EXECUTE_READ_BATCH, &r);
    if (!error && !(*result = r.result))
    {
        if (!r.out_data) *result = WIN32_ERROR_INVALID_PARAMETER;   /* a success without a reply */
        else if (!(*reply = blob_copy(r.out_data, r.out_size))) error = WIN32_ERROR_OUTOFMEMORY;
        else *reply_size = r.out_size;
    }
    talloc_free(mem);
    return error;
}

void client_blob_take(void *blob, void *buffer, uint32_t capacity)
{
    if (blob && buffer && capacity) memcpy(buffer, blob, capacity);
    free(blob);
}

/* ---- registry batch notification ports ----
 *
 * ApiGetBatchNotification blocks until the server has a batch (MS-CMRP
 * 3.1.4.2.115), so, like ApiGetNotify, it runs on a connection of its own in
 * the cluster's association; closing sets a flag, wakes the waiting call
 * through a pipe and closes the server port on the cluster's connection.
 *
 * A batch port is one of the context handles a client keeps across a
 * reconnect (MS-CMRP 3.2.1, HBATCH_PORT_RPC 2.2.1.9): the reconnect makes it
 * again with ApiCreateBatchPort on the key it was made on (reopened there
 * already, or opened by its path if the caller closed it since), and a
 * getter asks the new node's port, as 3.2.4.6 says of any method that fails
 * so.  Batches the old node had queued and not handed out, and changes made
 * while no port existed, are lost: MS-CMRP has no state sequence or ReAdd
 * for batch ports, and a batch notification has no way to say so. */

struct client_batch_port
{
    struct client_connection *connection;       /* the key's: referenced */
    struct client_batch_port *next_on_connection;   /* connection->batch_ports, under its lock */
    struct client_object *key;                  /* made on it; NULL once closed (connection's lock) */
    char *key_path;                             /* its path from the root, to make the port again */
    uint32_t key_access;
    struct client_connection *wait_connection;  /* ApiGetBatchNotification's */
    unsigned int wait_generation;               /* the connection's generation it joined */
    struct policy_handle port;                  /* as first made: never changes */
    struct policy_handle current, reopened;     /* as for objects */
    pthread_mutex_t lock;                       /* closing */
    pthread_mutex_t get_lock;                   /* one getter at a time */
    int wake[2];
    bool closing, port_closed;
};

/* The key is closing (its connection's lock held): ports made on it are
 * made again by its path. */
static void forget_batch_port_key(struct client_object *key)
{
    struct client_batch_port *port;

    for (port = key->connection->batch_ports; port; port = port->next_on_connection)
        if (port->key == key) port->key = NULL;
}

void client_batch_port_free(struct client_batch_port *port)
{
    struct client_connection *connection;
    struct client_batch_port **link;

    if (!port) return;
    connection = port->connection;
    pthread_mutex_lock(&connection->lock);
    if (!port->port_closed && !ndr_policy_handle_empty(&port->port))
    {
        struct cmrp_close_handle r = { .handle = port->port };

        call(connection, NULL, CMRP_CLOSE_BATCH_PORT, &r);
    }
    for (link = &connection->batch_ports; *link; link = &(*link)->next_on_connection)
    {
        if (*link != port) continue;
        *link = port->next_on_connection;
        forget_swap(connection, &port->port);
        break;
    }
    pthread_mutex_unlock(&connection->lock);
    talloc_free(port->wait_connection);
    if (port->wake[0] >= 0) close(port->wake[0]);
    if (port->wake[1] >= 0) close(port->wake[1]);
    free(port->key_path);
    connection_release(connection);
    pthread_mutex_destroy(&port->lock);
    pthread_mutex_destroy(&port->get_lock);
    free(port);
}

uint32_t client_batch_port_create(struct client_object *key, struct client_batch_port **out, uint32_t *result)
{
    struct cmrp_create_batch_port r = { .key = key->handle };
    struct client_connection *connection = key->connection;
    struct client_batch_port *port;
    uint32_t error;

    *out = NULL;
    *result = 0;
    if (key->kind != CLUSAPI_OBJECT_KEY) return WIN32_ERROR_INVALID_PARAMETER;
    if (!(port = calloc(1, sizeof(*port)))) return WIN32_ERROR_OUTOFMEMORY;
    pthread_mutex_init(&port->lock, NULL);
    pthread_mutex_init(&port->get_lock, NULL);
    port->connection = connection;
    connection_reference(connection);
    port->wake[0] = port->wake[1] = -1;
    port->key_access = key->access;
    if (!(port->key_path = strdup(key->name ? key->name : "")) || pipe(port->wake))
    {
        port->wake[0] = port->wake[1] = -1;
        client_batch_port_free(port);
        return WIN32_ERROR_OUTOFMEMORY;
    }
    fcntl(port->wake[0], F_SETFL, O_NONBLOCK);
    fcntl(port->wake[1], F_SETFL, O_NONBLOCK);
    fcntl(port->wake[0], F_SETFD, FD_CLOEXEC);
    fcntl(port->wake[1], F_SETFD, FD_CLOEXEC);
    /* On the connection's list from the call that made it: reconnects remake it. */
    pthread_mutex_lock(&connection->lock);
    error = call(connection, NULL, CMRP_CREATE_BATCH_PORT, &r);
    if (!error) *result = r.result;
    error = check_new_handle(error, *result, &r.port);
    if (!error && !*result)
    {
        port->port = port->current = r.port;
        port->key = key;
        port->next_on_connection = connection->batch_ports;
        connection->batch_ports = port;
    }
    pthread_mutex_unlock(&connection->lock);
    if (!error && !*result)
        error = connect_in_association(connection, &port->wait_connection, &port->wait_generation);
    if (error || *result)
    {
        client_batch_port_free(port);
        return error;
    }
    *out = port;
    return 0;
}

static bool batch_port_closing(struct client_batch_port *port)
{
    bool closing;

    pthread_mutex_lock(&port->lock);
    closing = port->closing;
    pthread_mutex_unlock(&port->lock);
    return closing;
}

static void drain_wake(struct tevent_context *ev, struct tevent_fd *fde, uint16_t flags, void *private)
{
    struct client_batch_port *port = private;
    char buffer[16];

    while (read(port->wake[0], buffer, sizeof(buffer)) > 0) ;
}

uint32_t client_batch_port_get(struct client_batch_port *port, void **reply, uint32_t *reply_size,
                               uint32_t *result)
{
    struct client_connection *main = port->connection;
    uint32_t error = 0;

    *reply = NULL;
    *reply_size = 0;
    *result = 0;
    pthread_mutex_lock(&port->get_lock);
    for (;;)
    {
        struct cmrp_get_batch_notification r = { 0 };
        struct client_connection *connection;
        struct tevent_req *req = NULL;
        struct tevent_fd *wake = NULL;
        TALLOC_CTX *frame = NULL;
        bool closing = false, moved = false, stale;
        uint32_t method_result;

        if (batch_port_closing(port))
        {
            *result = WIN32_ERROR_INVALID_HANDLE;
            break;
        }
        /* After a reconnect, a connection of its own in the new association;
         * the old one goes with the call it had in flight. */
        if (port->wait_generation != connection_generation(main))
        {
            talloc_free(port->wait_connection);
            port->wait_connection = NULL;
            if ((error = connect_in_association(main, &port->wait_connection, &port->wait_generation))) break;
        }
        connection = port->wait_connection;
        pthread_mutex_lock(&main->lock);
        r.port = port->current;
        stale = main->generation != port->wait_generation;
        pthread_mutex_unlock(&main->lock);
        if (stale) continue;                /* reconnected again meanwhile */
        if (ndr_policy_handle_empty(&r.port))
        {
            /* The new node could not make it (its key was deleted meanwhile). */
            *result = WIN32_ERROR_INVALID_HANDLE;
            break;
        }

        if (!(wake = tevent_add_fd(connection->ev, connection, port->wake[0], TEVENT_FD_READ, drain_wake, port)) ||
            !(frame = talloc_new(connection)) ||
            !(req = dcerpc_binding_handle_call_send(frame, connection->ev, connection->pipe->binding_handle, NULL,
                                                    &cmrp_table, CMRP_GET_BATCH_NOTIFICATION, frame, &r)))
            error = WIN32_ERROR_OUTOFMEMORY;
        while (req && tevent_req_is_in_progress(req) && !(closing = batch_port_closing(port)) &&
               !(moved = port->wait_generation != connection_generation(main)))
        {
            if (tevent_loop_once(connection->ev))
            {
                error = WIN32_RPC_S_CALL_FAILED;
                break;
            }
        }
        talloc_free(wake);
        /* A call still in flight stays with the connection: freed with it. */
        if (error || closing || moved)
        {
            if (!req || !tevent_req_is_in_progress(req)) talloc_free(frame);
            if (error) break;
            if (closing)
            {
                *result = WIN32_ERROR_INVALID_HANDLE;
                break;
            }
            continue;                       /* another call reconnected: ask the new node */
        }
        error = map_status(dcerpc_binding_handle_call_recv(req), false, connection->local);
        method_result = error ? 0 : r.result;
        if (!batch_port_closing(port) && (is_reconnect_error(error) || is_reconnect_error(method_result)))
        {
            /* MS-CMRP 3.2.4.6: the cluster's connection moves on (unless another
             * call moved it already), and the call is asked again there. */
            talloc_free(frame);
            TRACE("batch port %p: ApiGetBatchNotification %u, %u: reconnecting\n", port, error, method_result);
            if ((error = recover_association(main, port->wait_generation, error ? error : method_result))) break;
            continue;
        }
        if (!error && !(*result = method_result))
        {
            if (!(*reply = blob_copy(r.data, r.size))) error = WIN32_ERROR_OUTOFMEMORY;
            else *reply_size = r.size;
        }
        talloc_free(frame);
        break;
    }
    pthread_mutex_unlock(&port->get_lock);
    return error;
}

void client_batch_port_close(struct client_batch_port *port)
{
    struct cmrp_close_handle r = { .handle = port->port };

    pthread_mutex_lock(&port->lock);
    port->closing = true;
    pthread_mutex_unlock(&port->lock);
    if (write(port->wake[1], "", 1) < 0 && errno != EAGAIN) WARN("cannot wake a batch getter: %d\n", errno);
    /* The server then ends a waiting ApiGetBatchNotification (ERROR_NO_MORE_ITEMS);
     * call() closes the present node's port, and a port lost in a reconnect
     * closes without a call. */
    if (!call(port->connection, NULL, CMRP_CLOSE_BATCH_PORT, &r) && !r.result) port->port_closed = true;
    else WARN("ApiCloseBatchPort failed: %u\n", r.result);
}

/* ---- reconnect (MS-CMRP 3.2.4.6) ----
 *
 * Runs in call(), a pump or a batch getter, under the connection's lock:
 * callers on other threads wait for it as for any call.  Each candidate is
 * tried once, the node that failed last, each connect bounded by the Timeout
 * setting; on one that answers as a node of the same cluster, the cluster,
 * the objects, the keys, the notification ports and the batch notification
 * ports are made again in that order (parents first) on the new pipe.  Only
 * when all of that worked does the connection switch to it; otherwise the
 * next candidate. */

/* Where a candidate is: the endpoint as opened for its own name (or ""), else
 * WINECLUSAPI_HOSTS, else the name itself for Samba to resolve. */
static void candidate_endpoint(struct client_connection *connection, TALLOC_CTX *mem, const char *candidate,
                               struct client_endpoint *endpoint)
{
    *endpoint = connection->endpoint;
    if (connection->local || !candidate[0] || !strcasecmp(candidate, connection->endpoint.name)) return;
    endpoint->name = candidate;
    endpoint->address = hosts_lookup(mem, candidate);
}

static uint32_t reopen_object(struct client_connection *connection, TALLOC_CTX *mem, struct client_object *object)
{
    struct policy_handle handle = { 0 };
    uint32_t error, status = 0, granted;

    /* Ex opens ask for the access granted the first time (MS-CMRP 3.2.1). */
    if (object->kind == CLUSAPI_OBJECT_KEY)
        error = open_key_path(connection, mem, object->name, object->access, true, &status, &handle);
    else
        error = open_by_name(connection, mem, object->kind, object->name, object->use_ex, object->access, true,
                             &granted, &status, &handle);
    if (!error) error = check_new_handle(error, status, &handle);
    if (!error && is_reconnect_error(status)) error = status;
    if (error) return error;   /* this candidate will not do */
    if (status)
    {
        /* Gone meanwhile (deleted, or renamed by someone else): calls on it fail. */
        WARN("cannot open %s again: %u\n", object->name ? object->name : "the cluster", status);
        memset(&handle, 0, sizeof(handle));
    }
    object->reopened = handle;
    return 0;
}

static uint32_t readd_registration(struct client_notify_session *session,
                                   const struct notify_registration *registration)
{
    const struct client_object *object = registration->object;
    uint32_t error, result, state_sequence = registration->state_sequence;

    if (ndr_policy_handle_empty(&object->reopened)) return 0;   /* lost with its object */
    error = add_notify(session, true, registration, &state_sequence, &result);
    if (error) return error;
    if (is_reconnect_error(result)) return result;
    if (result) WARN("notifications of %s could not be added again: %u\n", object->name ? object->name : "the cluster", result);
    return 0;
}

static uint32_t reopen_session(struct client_connection *connection, struct client_notify_session *session)
{
    struct cmrp_create_handle r = { 0 };
    struct notify_registration *registration;
    uint32_t error;

    memset(&session->reopened, 0, sizeof(session->reopened));
    if (session->notify_closed || session->pump_stopped) return 0;
    error = call_once(connection, NULL, create_notify_method(session->port), &r);
    if (!error) error = check_new_handle(error, r.status, &r.handle);
    if (!error && is_reconnect_error(r.status)) error = r.status;
    if (error) return error;
    if (r.status)
    {
        WARN("no notification port on the new node: %u\n", r.status);
        return 0;
    }
    session->reopened = r.handle;
    pthread_mutex_lock(&registrations_lock);
    for (registration = session->registrations; registration && !error; registration = registration->next)
        error = readd_registration(session, registration);
    pthread_mutex_unlock(&registrations_lock);
    return error;
}

/* ApiCreateBatchPort on the key the port was made on: its new handle, or
 * the key opened again by its path for the while if it was closed since. */
static uint32_t reopen_batch_port(struct client_connection *connection, TALLOC_CTX *mem,
                                  struct client_batch_port *port)
{
    struct cmrp_create_batch_port r = { 0 };
    uint32_t error, status = 0;
    bool own_key = !port->key;

    memset(&port->reopened, 0, sizeof(port->reopened));
    if (port->port_closed) return 0;
    if (port->key) r.key = port->key->reopened;
    else if ((error = open_key_path(connection, mem, port->key_path, port->key_access, true, &status, &r.key)))
        return error;
    if (is_reconnect_error(status)) return status;
    if (ndr_policy_handle_empty(&r.key))
    {
        WARN("batch port: its key %s is gone: %u\n", port->key_path, status);
        return 0;
    }
    error = call_once(connection, mem, CMRP_CREATE_BATCH_PORT, &r);
    if (!error) error = check_new_handle(error, r.result, &r.port);
    if (own_key) close_key_handle(connection, &r.key, true);
    if (!error && is_reconnect_error(r.result)) error = r.result;
    if (error) return error;
    if (r.result) WARN("no batch port on the new node: %u\n", r.result);
    else port->reopened = r.port;
    return 0;
}

/* Parents first: the cluster, the objects, then the keys (by path from the root). */
static unsigned int reopen_pass(enum clusapi_object_kind kind)
{
    return kind == CLUSAPI_OBJECT_CLUSTER ? 0 : kind == CLUSAPI_OBJECT_KEY ? 2 : 1;
}

/* Makes everything again on the new pipe, into the `reopened` fields. */
static uint32_t restore(struct client_connection *connection, const char **node_name, TALLOC_CTX *mem)
{
    struct client_notify_session *session;
    struct client_batch_port *port;
    struct client_object *object;
    const char *cluster_name;
    unsigned int pass;
    uint32_t error;

    if ((error = ask_cluster_name(connection, mem, &cluster_name, node_name)))
        return is_reconnect_error(error) ? error : WIN32_RPC_S_SERVER_UNAVAILABLE;
    if (connection->cluster_name && strcasecmp(cluster_name, connection->cluster_name))
    {
        WARN("%s is a node of %s, not of %s\n", *node_name, cluster_name, connection->cluster_name);
        return WIN32_RPC_S_SERVER_UNAVAILABLE;
    }
    for (pass = 0; pass < 3; pass++)
        for (object = connection->objects; object && !error; object = object->next)
            if (reopen_pass(object->kind) == pass) error = reopen_object(connection, mem, object);
    for (session = connection->sessions; session && !error; session = session->next_on_connection)
        error = reopen_session(connection, session);
    for (port = connection->batch_ports; port && !error; port = port->next_on_connection)
        error = reopen_batch_port(connection, mem, port);
    return error;
}

/* The new handles become the present ones, and the swaps are made again
 * from the live holders (swaps of closed ones are dropped). */
static void commit_reopened(struct client_connection *connection)
{
    struct client_notify_session *session;
    struct client_batch_port *port;
    struct client_object *object;
    struct handle_swap *swaps;
    size_t count = 0;

    for (object = connection->objects; object; object = object->next) count++;
    for (session = connection->sessions; session; session = session->next_on_connection) count++;
    for (port = connection->batch_ports; port; port = port->next_on_connection) count++;
    swaps = talloc_array(connection, struct handle_swap, count ? count : 1);
    count = 0;
    for (object = connection->objects; object; object = object->next)
    {
        object->current = object->reopened;
        if (swaps) swaps[count++] = (struct handle_swap){ object->handle, &object->current };
    }
    for (session = connection->sessions; session; session = session->next_on_connection)
    {
        session->current = session->reopened;
        if (swaps) swaps[count++] = (struct handle_swap){ session->notify, &session->current };
        /* The pump leaves the old node's port for the new one. */
        if (session->wake[1] >= 0 && write(session->wake[1], "", 1) < 0 && errno != EAGAIN)
            WARN("cannot wake pump: %d\n", errno);
    }
    for (port = connection->batch_ports; port; port = port->next_on_connection)
    {
        port->current = port->reopened;
        if (swaps) swaps[count++] = (struct handle_swap){ port->port, &port->current };
        /* A getter leaves the old node's port for the new one. */
        if (write(port->wake[1], "", 1) < 0 && errno != EAGAIN) WARN("cannot wake a batch getter: %d\n", errno);
    }
    if (!swaps) WARN("out of memory: calls on handles from before the reconnect will fail\n");
    qsort(swaps, count, sizeof(*swaps), compare_swaps);
    talloc_free(connection->swaps);
    connection->swaps = swaps;
    connection->swap_count = count;
}

static double elapsed_ms(const struct timespec *start)
{
    struct timespec now;

    clock_gettime(CLOCK_MONOTONIC, &now);
    return (now.tv_sec - start->tv_sec) * 1e3 + (now.tv_nsec - start->tv_nsec) / 1e6;
}

static uint32_t reconnect(struct client_connection *connection, uint32_t cause)
{
    struct dcerpc_pipe *old_pipe = connection->pipe;
    uint32_t error = WIN32_RPC_S_SERVER_UNAVAILABLE;
    const char *failed = connection->node_name ? connection->node_name : "";
    struct timespec start;
    unsigned int i, round;

    clock_gettime(CLOCK_MONOTONIC, &start);
    WARN("%s failed (%u): reconnecting\n", failed[0] ? failed : "the cluster", cause);
    /* Round 0: every other candidate in order; round 1: the node that failed. */
    for (round = 0; round < 2; round++)
    {
        for (i = 0; i < connection->candidate_count; i++)
        {
            const char *candidate = connection->candidates[i];
            struct client_connection *link;
            struct client_endpoint endpoint;
            const char *node_name = NULL;
            uint32_t attempt;

            if ((round == 0) == !strcasecmp(candidate, failed)) continue;
            /* The pipe and its credentials, as connect_pipe makes them, on a
             * child that can go as a whole. */
            if (!(link = talloc_zero(connection, struct client_connection)))
                return WIN32_ERROR_OUTOFMEMORY;
            link->ev = connection->ev;
            link->lp = connection->lp;
            link->local = connection->local;
            candidate_endpoint(connection, link, candidate, &endpoint);
            TRACE("trying %s (%s)\n", candidate[0] ? candidate : "the local endpoint",
                  endpoint.address ? endpoint.address : "by name");
            if ((attempt = connect_pipe(link, &endpoint)))
            {
                TRACE("%s: %u\n", candidate, attempt);
                error = attempt;
                talloc_free(link);
                continue;
            }
            connection->pipe = link->pipe;
            if ((attempt = restore(connection, &node_name, link)))
            {
                TRACE("%s cannot take over: %u\n", candidate, attempt);
                error = attempt;
                connection->pipe = old_pipe;
                talloc_free(link);
                continue;
            }
            commit_reopened(connection);
            talloc_free(connection->node_name);
            connection->node_name = talloc_strdup(connection, node_name);
            /* The old pipe went with its node: free it and what held it. */
            if (connection->link) talloc_free(connection->link);
            else talloc_free(old_pipe);
            connection->link = link;
            connection->reconnects++;
            __atomic_add_fetch(&connection->generation, 1, __ATOMIC_RELEASE);
            WARN("reconnected to %s in %.1f ms (%u reconnects, %u failed)\n",
                 connection->node_name ? connection->node_name : candidate, elapsed_ms(&start),
                 connection->reconnects, connection->failed_reconnects);
            return 0;
        }
    }
    connection->failed_reconnects++;
    WARN("no node of the cluster answers (%u, after %.1f ms)\n", error, elapsed_ms(&start));
    return error;
}
