/*
 * clusapi.so: the simulated cluster as a dcerpc_server module of the Samba
 * AD DC (`samba`).
 *
 * The DC dlopen()s every file of MODULESDIR/dcerpc_server/ and calls
 * samba_init_module(), which registers the endpoint server "clusapi"; with
 * `dcerpc endpoint servers = epmapper, clusapi` in smb.conf the DC's rpc task
 * then calls init_server(), which loads the cluster description named by
 * `clusapi:config` and registers the interface of server/endpoint.c on
 * ncacn_ip_tcp (a dynamic port the DC's epmapper resolves, or the port of
 * `rpc server port:clusapi`) and on ncalrpc:[clusapi].
 *
 * The DC supplies what the standalone cmrpd cannot: gensec (NTLMSSP, SPNEGO,
 * Kerberos against its own sam.ldb and KDC).  MS-CMRP 2.1 requires packet
 * privacy, so the interface refuses every call below
 * DCERPC_AUTH_LEVEL_PRIVACY (anonymous, connect, sign).
 *
 * Several nodes (`clusapi:nodes = node1=127.0.0.1 node2=127.0.0.2`): the DC
 * listens on each address (smb.conf `interfaces`), and a connection answers
 * as the node whose address it arrived on (the model's local node on ncalrpc
 * and on any other address).  The admin socket (`clusapi:admin = PATH`,
 * server/admin.h, client `cmrpd --admin PATH node2 down`) takes a node down as
 * a crash would: the model fails its groups over, every connection to it is
 * dropped and new ones are refused at their bind (their socket shut down:
 * the client sees the connection close, as from a dead node), until "up".
 * An evicted node (ApiEvictNode) is refused from then on, and its
 * connections drop a second later, as cmrpd's.
 *
 * Pending states (online/offline/move taking transition_delay_ms) complete
 * through the endpoint's own timers (cmrp_endpoint_start_timers), as in
 * cmrpd, on the DC's event context: the rpc task's, which is the talloc
 * parent of the dcesrv context in Samba 4.17; were it not, the event context
 * of the first connection is taken (and until then each call's).
 *
 * Only public Samba API: dcesrv_core.h (libdcerpc-server-core), param.h
 * (libsamba-hostconfig), talloc, tevent; tsocket_address_bsd_sockaddr(),
 * declared in the public tsocket.h but implemented in a private library the
 * DC always loads, is looked up at run time (as cmrpd does, docs:
 * samba-api.md 3.2).  Messages go to stderr, which `samba -i` keeps; Samba's
 * own DEBUG() lives in a private library.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE  /* RTLD_DEFAULT */
#endif
#include <arpa/inet.h>
#include <dirent.h>
#include <dlfcn.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <talloc.h>
#include <tevent.h>
#include <dcesrv_core.h>
#include <param.h>
#include <tsocket.h>

#include "cmrp/cmrp.h"
#include "server/admin.h"
#include "server/endpoint.h"
#include "server/model.h"

#define MODULE_NAME       "clusapi"
#define NCALRPC_ENDPOINT  "ncalrpc:[clusapi]"
#define TCP_ENDPOINT      "ncacn_ip_tcp:"

/* The only exported symbol (server/samba/exports.map). */
__attribute__((visibility("default"))) NTSTATUS samba_init_module(TALLOC_CTX *ctx);

/* Exported by libdcerpc-server-core under its public version but declared in
 * no installed header: the sizes the running Samba was built with. */
const struct dcesrv_critical_sizes *dcerpc_module_version(void);

typedef ssize_t (*sockaddr_function)(const struct tsocket_address *address, struct sockaddr *sa, size_t size);

/* A node this DC answers as: on connections to its address, and, for the
 * model's local node, on every connection no other node's address takes. */
struct served_node
{
    const struct cmrp_node *node;
    struct sockaddr_storage address;    /* AF_UNSPEC: none */
    char *address_text;
    bool down;                          /* taken down by the admin, or evicted */
    bool evicted;                       /* ApiEvictNode: for good */
};

/* A connection that bound the interface, so that its node going down can
 * drop it.  A talloc child of the connection. */
struct tracked_connection
{
    struct tracked_connection *prev, *next;
    struct clusapi_module *module;      /* NULL once the module is gone */
    struct dcesrv_connection *conn;
    struct served_node *served;
    bool dropped;                       /* its node went down: going */
    struct tevent_timer *retry;         /* dropping it waits for its bind */
};

/* One per dcesrv context that enabled "clusapi" (in practice one per DC);
 * a talloc child of that context. */
struct clusapi_module
{
    struct cmrp_model *model;
    struct cmrp_endpoint endpoint;  /* iface.private_data points here */
    struct dcesrv_interface iface;  /* dcesrv_interface_register() copies it */
    char *config_path;
    struct served_node *served;     /* talloc array; [0] is the local node */
    size_t num_served;
    struct tracked_connection *connections;
    sockaddr_function sockaddr_of;  /* tsocket_address_bsd_sockaddr */
    struct tevent_context *ev;      /* the DC's, once known */
    struct cmrp_admin *admin;       /* clusapi:admin, or NULL */
    struct tevent_timer *evict_cleanup; /* drops evicted nodes' connections */
};

/* From an eviction to its node's connections dropping, as in cmrpd: the
 * evicting call is answered and a client may still close its handles. */
#define EVICT_CLEANUP_MS 1000

/* The last instance set up, for interface_by_uuid/interface_by_name. */
static struct clusapi_module *current_module;

static void module_message(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void module_message(const char *fmt, ...)
{
    va_list ap;

    fputs(MODULE_NAME ": ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fflush(stderr);
}

static void trace_to_stderr(void *trace_data, int level, const char *message)
{
    module_message("%s", message);
}

/* The struct layouts this module was compiled against must be the running
 * Samba's: dcesrv_core.h is public but its structs change between releases. */
static bool abi_matches(void)
{
    const struct dcesrv_critical_sizes *sizes = dcerpc_module_version();

    if (sizes->interface_version == DCERPC_MODULE_VERSION
        && sizes->sizeof_dcesrv_context == (int)sizeof(struct dcesrv_context)
        && sizes->sizeof_dcesrv_endpoint == (int)sizeof(struct dcesrv_endpoint)
        && sizes->sizeof_dcesrv_endpoint_server == (int)sizeof(struct dcesrv_endpoint_server)
        && sizes->sizeof_dcesrv_interface == (int)sizeof(struct dcesrv_interface)
        && sizes->sizeof_dcesrv_if_list == (int)sizeof(struct dcesrv_if_list)
        && sizes->sizeof_dcesrv_connection == (int)sizeof(struct dcesrv_connection)
        && sizes->sizeof_dcesrv_call_state == (int)sizeof(struct dcesrv_call_state)
        && sizes->sizeof_dcesrv_auth == (int)sizeof(struct dcesrv_auth)
        && sizes->sizeof_dcesrv_handle == (int)sizeof(struct dcesrv_handle))
        return true;

    module_message("built for another Samba (dcerpc module version %d, this Samba has %d, or struct sizes differ): "
                   "rebuild wine-clusapi against this Samba's samba-dev", DCERPC_MODULE_VERSION,
                   sizes->interface_version);
    return false;
}

/* ---- the endpoint server ---- */

/* ---- nodes and connections ---- */

static bool same_address(const struct sockaddr_storage *a, const struct sockaddr_storage *b)
{
    if (a->ss_family != b->ss_family) return false;
    if (a->ss_family == AF_INET)
        return ((const struct sockaddr_in *)a)->sin_addr.s_addr == ((const struct sockaddr_in *)b)->sin_addr.s_addr;
    if (a->ss_family == AF_INET6)
        return !memcmp(&((const struct sockaddr_in6 *)a)->sin6_addr, &((const struct sockaddr_in6 *)b)->sin6_addr,
                       sizeof(struct in6_addr));
    return false;
}

/* The node whose address conn arrived on, else the local node. */
static struct served_node *served_for(struct clusapi_module *module, struct dcesrv_connection *conn)
{
    const struct tsocket_address *local = dcesrv_connection_get_local_address(conn);
    struct sockaddr_storage address;
    size_t i;

    memset(&address, 0, sizeof(address));
    if (local && module->sockaddr_of && module->sockaddr_of(local, (struct sockaddr *)&address, sizeof(address)) > 0)
        for (i = 0; i < module->num_served; i++)
            if (same_address(&address, &module->served[i].address)) return &module->served[i];
    return &module->served[0];
}

static struct served_node *served_node_of(struct clusapi_module *module, const struct cmrp_node *node)
{
    size_t i;

    for (i = 0; i < module->num_served; i++)
        if (module->served[i].node == node) return &module->served[i];
    return NULL;
}

static int tracked_destructor(struct tracked_connection *tracked)
{
    struct clusapi_module *module = tracked->module;

    if (!module) return 0;
    if (tracked->prev) tracked->prev->next = tracked->next;
    else module->connections = tracked->next;
    if (tracked->next) tracked->next->prev = tracked->prev;
    return 0;
}

static struct tracked_connection *tracked_of(struct clusapi_module *module, struct dcesrv_connection *conn)
{
    struct tracked_connection *tracked;

    for (tracked = module->connections; tracked; tracked = tracked->next)
        if (tracked->conn == conn) return tracked;
    if (!(tracked = talloc_zero(conn, struct tracked_connection))) return NULL;
    tracked->module = module;
    tracked->conn = conn;
    tracked->served = served_for(module, conn);
    tracked->next = module->connections;
    if (tracked->next) tracked->next->prev = tracked;
    module->connections = tracked;
    talloc_set_destructor(tracked, tracked_destructor);
    return tracked;
}

static bool same_endpoint(const struct sockaddr_storage *a, const struct sockaddr_storage *b)
{
    if (!same_address(a, b)) return false;
    if (a->ss_family == AF_INET)
        return ((const struct sockaddr_in *)a)->sin_port == ((const struct sockaddr_in *)b)->sin_port;
    return ((const struct sockaddr_in6 *)a)->sin6_port == ((const struct sockaddr_in6 *)b)->sin6_port;
}

/* The TCP socket of conn, or -1.  dcesrv_core gives a module no file
 * descriptor: the socket is the one of this process whose two ends are the
 * connection's two addresses. */
static int connection_socket(struct clusapi_module *module, struct dcesrv_connection *conn)
{
    const struct tsocket_address *local = dcesrv_connection_get_local_address(conn);
    const struct tsocket_address *remote = dcesrv_connection_get_remote_address(conn);
    struct sockaddr_storage want_local, want_remote, found;
    struct dirent *entry;
    socklen_t length;
    struct stat st;
    int fd = -1;
    DIR *dir;

    memset(&want_local, 0, sizeof(want_local));
    memset(&want_remote, 0, sizeof(want_remote));
    if (!local || !remote || !module->sockaddr_of
        || module->sockaddr_of(local, (struct sockaddr *)&want_local, sizeof(want_local)) <= 0
        || module->sockaddr_of(remote, (struct sockaddr *)&want_remote, sizeof(want_remote)) <= 0
        || (want_local.ss_family != AF_INET && want_local.ss_family != AF_INET6)
        || !(dir = opendir("/proc/self/fd")))
        return -1;
    while (fd == -1 && (entry = readdir(dir)))
    {
        int candidate = atoi(entry->d_name);

        if (entry->d_name[0] < '0' || entry->d_name[0] > '9' || candidate == dirfd(dir)) continue;
        if (fstat(candidate, &st) == -1 || !S_ISSOCK(st.st_mode)) continue;
        length = sizeof(found);
        if (getsockname(candidate, (struct sockaddr *)&found, &length) == -1 || !same_endpoint(&found, &want_local))
            continue;
        length = sizeof(found);
        if (getpeername(candidate, (struct sockaddr *)&found, &length) == 0 && same_endpoint(&found, &want_remote))
            fd = candidate;
    }
    closedir(dir);
    return fd;
}

static void drop(struct tracked_connection *tracked, bool in_bind);

static void retry_drop(struct tevent_context *ev, struct tevent_timer *te, struct timeval now, void *private_data)
{
    struct tracked_connection *tracked = private_data;

    tracked->retry = NULL;          /* tevent frees a timer once it has fired */
    drop(tracked, false);
}

/* A connection to a node that is down goes as the node's own would: the
 * network drops it.  dcesrv_terminate_connection() may free a connection
 * only between its PDUs: not from inside its bind, and not while an
 * authentication step of its bind is under way (conn->wait_send; Samba
 * 4.17's gensec then touches freed memory).  So a TCP connection's socket is
 * shut down instead - the client sees the connection close before any
 * answer, and dcesrv_core, finding it closed, ends the connection itself
 * through its usual path - and any other connection ends from the event
 * loop once its bind is answered.  in_bind: called from the bind. */
static void drop(struct tracked_connection *tracked, bool in_bind)
{
    struct dcesrv_connection *conn = tracked->conn;
    int fd;

    tracked->dropped = true;
    if (conn->terminate || tracked->retry) return;
    if (!in_bind && !conn->wait_send)
    {
        dcesrv_terminate_connection(conn, "node down");
        return;
    }
    if (tracked->module && (fd = connection_socket(tracked->module, conn)) != -1)
    {
        shutdown(fd, SHUT_RDWR);
        return;
    }
    if (conn->event_ctx)
        tracked->retry = tevent_add_timer(conn->event_ctx, tracked, tevent_timeval_current_ofs(0, 10000),
                                          retry_drop, tracked);
}

static void know_event_context(struct clusapi_module *module, struct tevent_context *ev);

/* cmrp_endpoint.connection_node: at each bind and for ApiGetClusterName. */
static const struct cmrp_node *connection_node(void *data, struct dcesrv_connection *conn)
{
    struct clusapi_module *module = data;
    struct tracked_connection *tracked = tracked_of(module, conn);

    if (!module->ev) know_event_context(module, conn->event_ctx);
    if (!tracked) return NULL;  /* out of memory: refused */
    if (tracked->served->down)
    {
        drop(tracked, true);
        return NULL;
    }
    return tracked->served->node;
}

/* ---- the admin socket's hooks (server/admin.h) ---- */

static void drop_connections(struct clusapi_module *module, struct served_node *served)
{
    struct tracked_connection *tracked, *next;

    for (tracked = module->connections; tracked; tracked = next)
    {
        next = tracked->next;
        if (tracked->served == served) drop(tracked, false);
    }
}

static void admin_node_down(void *data, const struct cmrp_node *node)
{
    struct clusapi_module *module = data;
    struct served_node *served = served_node_of(module, node);

    if (!served) return;
    served->down = true;
    drop_connections(module, served);
}

static bool admin_node_up(void *data, const struct cmrp_node *node, char *error, size_t size)
{
    struct served_node *served = served_node_of(data, node);

    if (served) served->down = false;
    return true;
}

/* ---- eviction (the model's hook) ---- */

static void cleanup_evicted(struct tevent_context *ev, struct tevent_timer *te, struct timeval now, void *private_data)
{
    struct clusapi_module *module = private_data;
    size_t i;

    module->evict_cleanup = NULL;   /* tevent frees a timer once it has fired */
    for (i = 0; i < module->num_served; i++)
        if (module->served[i].evicted) drop_connections(module, &module->served[i]);
}

/* An evicted node is no ClusAPI server any more (MS-CMRP 3.1.4.2.72), as in
 * cmrpd: new binds on its address are refused from now on, and its
 * connections drop once the cleanup comes (EVICT_CLEANUP_MS).  Called inside
 * ApiEvictNode, whose connection may be one of them. */
static void node_evicted(void *data, const struct cmrp_node *node)
{
    struct clusapi_module *module = data;
    struct served_node *served = served_node_of(module, node);

    module_message("node %s evicted%s", node->name, served ? ": no longer served" : "");
    if (!served) return;
    served->evicted = true;
    served->down = true;
    if (module->evict_cleanup)
        tevent_update_timer(module->evict_cleanup, tevent_timeval_current_ofs(0, EVICT_CLEANUP_MS * 1000));
    else if (module->ev)
        module->evict_cleanup = tevent_add_timer(module->ev, module, tevent_timeval_current_ofs(0, EVICT_CLEANUP_MS * 1000),
                                                 cleanup_evicted, module);
    if (!module->evict_cleanup)
        module_message("node %s: its connections stay until they end (no timer for the cleanup)", node->name);
}

static void admin_describe(void *data, const struct cmrp_node *node, char *text, size_t size)
{
    struct clusapi_module *module = data;
    struct served_node *served = served_node_of(module, node);
    struct tracked_connection *tracked;
    unsigned int count = 0;

    if (!served) return;
    for (tracked = module->connections; tracked; tracked = tracked->next)
        if (tracked->served == served && !tracked->dropped && !tracked->conn->terminate) count++;
    snprintf(text, size, " %s%s%s, %u connection%s", served->address_text ? served->address_text : "",
             served == &module->served[0] ? (served->address_text ? " and ncalrpc" : "ncalrpc") : "",
             served->down ? " (refused)" : "", count, count == 1 ? "" : "s");
}

static void admin_model_changed(void *data)
{
    struct clusapi_module *module = data;

    if (!cmrp_endpoint_start_timers(&module->endpoint, module, module->ev))
        module_message("out of memory for a timer");
}

static void admin_message(void *data, const char *text)
{
    module_message("%s", text);
}

static void know_event_context(struct clusapi_module *module, struct tevent_context *ev)
{
    if (!ev) return;
    module->ev = ev;
    if (!cmrp_endpoint_start_timers(&module->endpoint, module, ev)) module_message("out of memory for a timer");
    if (module->admin && !cmrp_admin_watch(module->admin, ev))
        module_message("cannot watch the admin socket %s", cmrp_admin_path(module->admin));
}

/* `clusapi:nodes = NAME=ADDRESS ...` (blanks or commas between): served[0]
 * is the local node, with its address if listed. */
static bool parse_nodes(struct clusapi_module *module, const char *list)
{
    struct cmrp_model *model = module->model;
    char *copy = talloc_strdup(module, list ? list : ""), *item, *save = NULL, *equals;
    struct served_node *served;
    struct cmrp_node *node;
    size_t i;

    module->served = talloc_zero_array(module, struct served_node, model->num_nodes + 1);
    if (!copy || !module->served) return false;
    module->served[0].node = cmrp_model_local_node(model);
    module->num_served = 1;
    for (item = strtok_r(copy, " \t,", &save); item; item = strtok_r(NULL, " \t,", &save))
    {
        equals = strchr(item, '=');
        if (!equals || equals == item || !equals[1])
        {
            module_message("clusapi:nodes: '%s' is not NODE=ADDRESS", item);
            return false;
        }
        *equals = 0;
        node = cmrp_model_node(model, item);
        if (!node || node->evicted)
        {
            module_message("clusapi:nodes: no node '%s' in cluster %s", item, model->cluster_name);
            return false;
        }
        served = node == module->served[0].node ? &module->served[0] : &module->served[module->num_served];
        if (served->address_text || (served != &module->served[0] && served_node_of(module, node)))
        {
            module_message("clusapi:nodes: node %s is listed twice", item);
            return false;
        }
        if (inet_pton(AF_INET, equals + 1, &((struct sockaddr_in *)&served->address)->sin_addr) == 1)
            served->address.ss_family = AF_INET;
        else if (inet_pton(AF_INET6, equals + 1, &((struct sockaddr_in6 *)&served->address)->sin6_addr) == 1)
            served->address.ss_family = AF_INET6;
        else
        {
            module_message("clusapi:nodes: '%s' is not an IP address", equals + 1);
            return false;
        }
        for (i = 0; i < module->num_served; i++)
            if (&module->served[i] != served && same_address(&served->address, &module->served[i].address))
            {
                module_message("clusapi:nodes: %s is given to two nodes", equals + 1);
                return false;
            }
        if (!(served->address_text = talloc_strdup(module, equals + 1))) return false;
        served->node = node;
        if (served != &module->served[0]) module->num_served++;
    }
    talloc_free(copy);
    /* addresses: which node a connection is for, and its socket */
    module->sockaddr_of = (sockaddr_function)dlsym(RTLD_DEFAULT, "tsocket_address_bsd_sockaddr");
    if (!module->sockaddr_of && (module->num_served > 1 || module->served[0].address_text))
    {
        module_message("clusapi:nodes: tsocket_address_bsd_sockaddr not found in the DC (libsamba-sockets)");
        return false;
    }
    return true;
}

static int module_destructor(struct clusapi_module *module)
{
    struct tracked_connection *tracked;

    if (current_module == module) current_module = NULL;
    for (tracked = module->connections; tracked; tracked = tracked->next) tracked->module = NULL;
    module->connections = NULL;
    TALLOC_FREE(module->admin);
    cmrp_endpoint_stop_timers(&module->endpoint);
    if (module->model) cmrp_model_free(module->model);
    module->model = NULL;
    return 0;
}

static NTSTATUS register_endpoint(struct dcesrv_context *dce_ctx, struct clusapi_module *module, const char *ep_name)
{
    NTSTATUS status = dcesrv_interface_register(dce_ctx, ep_name, NULL, &module->iface, NULL);

    if (!NT_STATUS_IS_OK(status)) module_message("cannot register %s: %s", ep_name, nt_errstr(status));
    return status;
}

static NTSTATUS clusapi_init_server(struct dcesrv_context *dce_ctx, const struct dcesrv_endpoint_server *ep_server)
{
    struct clusapi_module *module;
    struct cmrp_model_hooks hooks;
    const char *config, *admin_path;
    char error[512], *nodes_text;
    struct tevent_context *ev;
    NTSTATUS status;
    size_t i;

    if (!abi_matches()) return NT_STATUS_REVISION_MISMATCH;

    config = lpcfg_parm_string(dce_ctx->lp_ctx, NULL, MODULE_NAME, "config");
    if (!config || !*config)
    {
        module_message("no cluster description: set 'clusapi:config = FILE' in smb.conf "
                       "(format: server/README.md)");
        return NT_STATUS_INVALID_PARAMETER;
    }

    module = talloc_zero(dce_ctx, struct clusapi_module);
    if (!module) return NT_STATUS_NO_MEMORY;
    talloc_set_destructor(module, module_destructor);
    module->config_path = talloc_strdup(module, config);
    if (!module->config_path)
    {
        talloc_free(module);
        return NT_STATUS_NO_MEMORY;
    }

    module->model = cmrp_model_load(config, error, sizeof(error));
    if (!module->model)
    {
        module_message("%s", error);
        talloc_free(module);
        return NT_STATUS_INVALID_PARAMETER;
    }

    module->endpoint.model = module->model;
    /* MS-CMRP 2.1: nothing below PKT_PRIVACY, on every transport. */
    module->endpoint.require_privacy = true;
    module->endpoint.trace_level = lpcfg_parm_int(dce_ctx->lp_ctx, NULL, MODULE_NAME, "trace", 0);
    if (module->endpoint.trace_level > 0)
    {
        module->endpoint.trace = trace_to_stderr;
        module->endpoint.trace_data = module;
    }
    if (!parse_nodes(module, lpcfg_parm_string(dce_ctx->lp_ctx, NULL, MODULE_NAME, "nodes")))
    {
        talloc_free(module);
        return NT_STATUS_INVALID_PARAMETER;
    }
    module->endpoint.connection_node = connection_node;
    module->endpoint.connection_node_data = module;
    /* before any call: the endpoint chains its own hooks to these */
    memset(&hooks, 0, sizeof(hooks));
    hooks.node_evicted = node_evicted;
    hooks.data = module;
    cmrp_model_set_hooks(module->model, &hooks);
    cmrp_endpoint_interface(&module->iface, &module->endpoint);
    /* NULL: no event context yet; each call's arms the timer */
    if (!cmrp_endpoint_start_timers(&module->endpoint, module, NULL))
    {
        talloc_free(module);
        return NT_STATUS_NO_MEMORY;
    }

    admin_path = lpcfg_parm_string(dce_ctx->lp_ctx, NULL, MODULE_NAME, "admin");
    if (admin_path && *admin_path)
    {
        const struct cmrp_admin_host host =
        {
            .node_down = admin_node_down,
            .node_up = admin_node_up,
            .describe = admin_describe,
            .model_changed = admin_model_changed,
            .message = admin_message,
            .data = module,
        };

        if (!(module->admin = cmrp_admin_listen(module, admin_path, module->model, &host, error, sizeof(error))))
        {
            module_message("clusapi:admin: %s", error);
            talloc_free(module);
            return NT_STATUS_INVALID_PARAMETER;
        }
    }
    /* The rpc task's event context is the dcesrv context's talloc parent
     * (source4/rpc_server/service_rpc.c); otherwise the first connection's. */
    ev = talloc_get_type(talloc_parent(dce_ctx), struct tevent_context);
    if (ev) know_event_context(module, ev);

    /* "ncacn_ip_tcp:" without a port: dcesrv_interface_register() applies
     * `rpc server port:clusapi` if set, else the rpc task binds a port from
     * `rpc server dynamic port range` and the epmapper hands it out. */
    status = register_endpoint(dce_ctx, module, TCP_ENDPOINT);
    if (NT_STATUS_IS_OK(status)) status = register_endpoint(dce_ctx, module, NCALRPC_ENDPOINT);
    if (!NT_STATUS_IS_OK(status))
    {
        /* dcesrv_core keeps what was registered; the DC's rpc task fails
         * with this status and the DC stops, so nothing uses the model. */
        talloc_steal(NULL, module);
        return status;
    }

    current_module = module;
    nodes_text = talloc_strdup(module, "");
    for (i = 0; nodes_text && i < module->num_served; i++)
        if (module->served[i].address_text)
            nodes_text = talloc_asprintf_append(nodes_text, ", %s on %s", module->served[i].node->name,
                                                module->served[i].address_text);
    module_message("serving cluster %s as node %s (%s) on %s and %s%s%s%s; packet privacy required",
                   module->model->cluster_name, cmrp_model_local_node(module->model)->name,
                   module->config_path, TCP_ENDPOINT, NCALRPC_ENDPOINT, nodes_text ? nodes_text : "",
                   module->admin ? "; admin socket " : "", module->admin ? cmrp_admin_path(module->admin) : "");
    talloc_free(nodes_text);
    return NT_STATUS_OK;
}

static NTSTATUS clusapi_shutdown_server(struct dcesrv_context *dce_ctx, const struct dcesrv_endpoint_server *ep_server)
{
    /* The registered interfaces point at the instance until dce_ctx goes;
     * it is freed with dce_ctx (its talloc parent). */
    return NT_STATUS_OK;
}

static bool clusapi_interface_by_uuid(struct dcesrv_interface *iface, const struct GUID *uuid, uint32_t if_version)
{
    if (!current_module) return false;
    if (!GUID_equal(uuid, &current_module->iface.syntax_id.uuid)
        || if_version != current_module->iface.syntax_id.if_version)
        return false;
    *iface = current_module->iface;
    return true;
}

static bool clusapi_interface_by_name(struct dcesrv_interface *iface, const char *name)
{
    if (!current_module || strcmp(name, current_module->iface.name) != 0) return false;
    *iface = current_module->iface;
    return true;
}

NTSTATUS samba_init_module(TALLOC_CTX *ctx)
{
    static const struct dcesrv_endpoint_server ep_server =
    {
        .name = MODULE_NAME,
        .init_server = clusapi_init_server,
        .shutdown_server = clusapi_shutdown_server,
        .interface_by_uuid = clusapi_interface_by_uuid,
        .interface_by_name = clusapi_interface_by_name,
    };

    /* dcerpc_register_ep_server() copies the struct. */
    return dcerpc_register_ep_server(&ep_server);
}
