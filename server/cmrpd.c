/*
 * cmrpd: a simulated failover cluster node answering MS-CMRP (clusapi v3.0).
 *
 * The standalone host: its own sockets (TCP and ncalrpc), Samba's public
 * dcesrv_core for DCE/RPC, the interface from endpoint.c, the cluster from a
 * configuration file (model.c).  Binds are unauthenticated only: a public-API
 * host has no gensec (docs: samba-api.md 6.1), so it is for loopback tests
 * and local tools, not for Windows clients, which require PKT_PRIVACY.
 *
 * One process can serve several nodes of the one model (-n NODE=ADDRESS):
 * each node has its own dcesrv context, endpoint and TCP listener, and
 * answers as itself.  An admin socket (-a PATH, client: cmrpd --admin) takes
 * a node down - the model fails its groups over, its listener closes and its
 * connections drop, as a crashed node's would - and brings it back up.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE  /* accept4 */
#endif
#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <talloc.h>
#include <tevent.h>
#include <dcesrv_core.h>
#include <param.h>
#include <tsocket.h>
#include <util/idtree.h>
#include <util/idtree_random.h>
#include <gen_ndr/auth.h>
#include <gen_ndr/security.h>

#include "cmrp/cmrp.h"
#include "server/admin.h"
#include "server/endpoint.h"
#include "server/model.h"

#define NCALRPC_ENDPOINT "clusapi"
#define LISTEN_BACKLOG 64
#define MAX_NODES 64
/* From an eviction to the evicted node's cleanup stopping its service (the
 * cleanup is asynchronous: EvictClusterNodeEx waits for it, MS-CSVP
 * CleanUpEvictedNode has a DelayBeforeCleanup). */
#define EVICT_CLEANUP_MS 1000

static int debug_level;

static void log_message(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void log_message(int level, const char *fmt, ...)
{
    va_list ap;

    if (level > debug_level) return;
    va_start(ap, fmt);
    fputs("cmrpd: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

/* ---- the tsocket functions dcesrv_core needs ----
 * tsocket.h is public but these are implemented only in Samba's private
 * libsamba-sockets, which libdcerpc-server-core always loads.  Looking them
 * up at run time keeps this binary free of private symbol versions
 * (docs: samba-api.md 3.2). */

struct tsocket_functions
{
    int (*stream_from_socket)(TALLOC_CTX *mem_ctx, int fd, struct tstream_context **stream, const char *location);
    int (*address_from_sockaddr)(TALLOC_CTX *mem_ctx, const struct sockaddr *sa, size_t sa_len,
                                 struct tsocket_address **address, const char *location);
};

static bool load_tsocket_functions(struct tsocket_functions *functions)
{
    *(void **)&functions->stream_from_socket = dlsym(RTLD_DEFAULT, "_tstream_bsd_existing_socket");
    *(void **)&functions->address_from_sockaddr = dlsym(RTLD_DEFAULT, "_tsocket_address_bsd_from_sockaddr");
    return functions->stream_from_socket && functions->address_from_sockaddr;
}

/* ---- daemon state ---- */

struct cmrpd_listener;
struct cmrpd_node;

struct cmrpd
{
    struct tevent_context *ev;
    struct loadparm_context *lp_ctx;
    struct dcesrv_context_callbacks callbacks;
    struct auth_session_info *anonymous_session;
    struct tsocket_functions tsocket;
    struct cmrp_model *model;
    struct cmrpd_node *nodes;       /* the nodes served, in command-line order */
    bool multinode;                 /* -n given: messages name the node */
    struct cmrpd_listener *listeners;
    struct cmrp_admin *admin;       /* -a: the admin socket, or NULL */
    char *pidfile;
    bool pidfile_written;           /* only then is it ours to remove */
    bool stop;
};

/* A node of the model served by this process: its own dcesrv context (so
 * association groups and handles stay on the node they were made on), its
 * own endpoint answering as it, and its listeners. */
struct cmrpd_node
{
    struct cmrpd_node *next;
    struct cmrpd *daemon;
    struct cmrp_node *node;         /* in the model */
    struct dcesrv_context *dce_ctx;
    struct cmrp_endpoint endpoint;
    struct dcesrv_interface iface;
    bool down;                      /* taken down by the admin: listeners closed */
    struct tevent_immediate *retire;/* evicted: stop serving once the call is answered */
    struct tevent_timer *cleanup;   /* evicted: its connections drop then */
};

/* A connection of a listener, so that taking its node down can drop it. */
struct cmrpd_connection
{
    struct cmrpd_connection *prev, *next;
    struct cmrpd_listener *listener;
    struct dcesrv_connection *conn;
};

struct cmrpd_listener
{
    struct cmrpd_listener *next;
    struct cmrpd *daemon;
    struct cmrpd_node *node;
    int fd;                         /* -1 while the node is down */
    enum dcerpc_transport_t transport;
    char *binding;                  /* what clients connect to, for messages */
    char *unix_path;                /* ncalrpc socket to remove at exit */
    struct sockaddr_storage address;/* what it binds, to listen again after "up" */
    socklen_t address_length;
    struct dcesrv_endpoint *dce_endpoint;
    struct tevent_fd *fde;
    struct cmrpd_connection *connections;
};

/* ---- dcesrv_core callbacks ---- */

static void become_root_not_needed(void)
{
    /* Called around gensec work; this host has no gensec and no privileges to switch. */
}

static NTSTATUS refuse_authentication(TALLOC_CTX *mem_ctx, struct dcesrv_call_state *call,
                                      struct gensec_security **out, void *private_data)
{
    /* Without gensec an authenticated bind cannot be served: bind_nak. */
    log_message(2, "refusing an authenticated bind: this host is unauthenticated only");
    return NT_STATUS_NOT_SUPPORTED;
}

static int assoc_group_destructor(struct dcesrv_assoc_group *group)
{
    idr_remove(group->dce_ctx->assoc_groups_idr, group->id);
    return 0;
}

/* A client joins the association group it names (so context handles are
 * shared between its connections), or gets a new one when it names none. */
static NTSTATUS find_assoc_group(struct dcesrv_call_state *call, void *private_data)
{
    struct dcesrv_connection *conn = call->conn;
    struct idr_context *groups = conn->dce_ctx->assoc_groups_idr;
    enum dcerpc_transport_t transport = dcerpc_binding_get_transport(conn->endpoint->ep_description);
    uint32_t requested = call->pkt.u.bind.assoc_group_id;
    struct dcesrv_assoc_group *group;
    int id;

    if (requested != 0)
    {
        group = idr_find(groups, requested);
        if (!group || group->transport != transport)
        {
            log_message(2, "bind names unknown association group 0x%08x", requested);
            return NT_STATUS_RPC_PROTOCOL_ERROR;  /* dcesrv_core answers bind_nak */
        }
        conn->assoc_group = talloc_reference(conn, group);
        return conn->assoc_group ? NT_STATUS_OK : NT_STATUS_NO_MEMORY;
    }

    group = talloc_zero(conn, struct dcesrv_assoc_group);
    if (!group) return NT_STATUS_NO_MEMORY;
    /* Random ids, so a client cannot guess its way into another's group. */
    id = idr_get_new_random(groups, group, UINT16_MAX);
    if (id == -1)
    {
        talloc_free(group);
        return NT_STATUS_RPC_OUT_OF_RESOURCES;
    }
    group->id = id;
    group->transport = transport;
    group->dce_ctx = conn->dce_ctx;
    talloc_set_destructor(group, assoc_group_destructor);
    conn->assoc_group = group;
    return NT_STATUS_OK;
}

/* dcesrv_endpoint_connect() requires a session; every client here is
 * ANONYMOUS LOGON.  Handles are bound to sids[0], so it must be set. */
static struct auth_session_info *anonymous_session_new(TALLOC_CTX *mem_ctx)
{
    struct auth_session_info *session = talloc_zero(mem_ctx, struct auth_session_info);
    struct security_token *token;
    struct auth_user_info *info;

    if (!session) return NULL;
    token = talloc_zero(session, struct security_token);
    info = talloc_zero(session, struct auth_user_info);
    if (!token || !info) goto fail;
    token->sids = talloc_zero_array(token, struct dom_sid, 1);
    if (!token->sids) goto fail;

    /* S-1-5-7, the well-known SID of ANONYMOUS LOGON */
    token->sids[0].sid_rev_num = 1;
    token->sids[0].num_auths = 1;
    token->sids[0].id_auth[5] = 5;
    token->sids[0].sub_auths[0] = 7;
    token->num_sids = 1;

    info->account_name = talloc_strdup(info, "ANONYMOUS LOGON");
    info->domain_name = talloc_strdup(info, "NT AUTHORITY");
    if (!info->account_name || !info->domain_name) goto fail;

    session->security_token = token;
    session->info = info;
    return session;

fail:
    talloc_free(session);
    return NULL;
}

/* ---- connections ---- */

static void terminate_connection(struct dcesrv_connection *conn, const char *reason)
{
    struct cmrpd_listener *listener = conn->transport.private_data;

    log_message(3, "%s: connection closed: %s", listener->binding, reason ? reason : "no reason");
    talloc_free(conn);
}

static const struct tsocket_address *socket_address(struct cmrpd *daemon, TALLOC_CTX *mem_ctx, int fd, bool peer)
{
    struct sockaddr_storage storage;
    socklen_t length = sizeof(storage);
    struct tsocket_address *address = NULL;
    int ret = peer ? getpeername(fd, (struct sockaddr *)&storage, &length)
                   : getsockname(fd, (struct sockaddr *)&storage, &length);

    /* Only for dcesrv_core's log messages: absent is acceptable. */
    if (ret == 0) daemon->tsocket.address_from_sockaddr(mem_ctx, (struct sockaddr *)&storage, length, &address, __location__);
    return address;
}

/* "address:port" of a TCP peer, or "local" for ncalrpc, for messages. */
static void describe_peer(int fd, char *text, size_t size)
{
    struct sockaddr_storage storage;
    socklen_t length = sizeof(storage);
    char host[INET6_ADDRSTRLEN];
    const void *address;
    unsigned int port;

    snprintf(text, size, "local");
    if (getpeername(fd, (struct sockaddr *)&storage, &length) == -1) return;
    if (storage.ss_family == AF_INET)
    {
        address = &((struct sockaddr_in *)&storage)->sin_addr;
        port = ntohs(((struct sockaddr_in *)&storage)->sin_port);
    }
    else if (storage.ss_family == AF_INET6)
    {
        address = &((struct sockaddr_in6 *)&storage)->sin6_addr;
        port = ntohs(((struct sockaddr_in6 *)&storage)->sin6_port);
    }
    else return;
    if (inet_ntop(storage.ss_family, address, host, sizeof(host))) snprintf(text, size, "%s:%u", host, port);
}

static int connection_destructor(struct cmrpd_connection *tracked)
{
    if (tracked->prev) tracked->prev->next = tracked->next;
    else tracked->listener->connections = tracked->next;
    if (tracked->next) tracked->next->prev = tracked->prev;
    return 0;
}

/* Hand an accepted socket to dcesrv_core; the connection owns fd from here. */
static void start_connection(struct cmrpd_listener *listener, int fd)
{
    struct cmrpd *daemon = listener->daemon;
    struct dcesrv_connection *conn = NULL;
    struct cmrpd_connection *tracked;
    char peer[INET6_ADDRSTRLEN + 8];
    NTSTATUS status;
    int one = 1;

    if (listener->transport == NCACN_IP_TCP)
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));

    status = dcesrv_endpoint_connect(listener->node->dce_ctx, listener, listener->dce_endpoint, daemon->anonymous_session,
                                     daemon->ev, DCESRV_CALL_STATE_FLAG_MAY_ASYNC | DCESRV_CALL_STATE_FLAG_MULTIPLEXED, &conn);
    if (!NT_STATUS_IS_OK(status))
    {
        log_message(0, "%s: cannot set up a connection: %s", listener->binding, nt_errstr(status));
        close(fd);
        return;
    }
    conn->transport.private_data = listener;
    conn->transport.report_output_data = dcesrv_sock_report_output_data;
    conn->transport.terminate_connection = terminate_connection;
    conn->send_queue = tevent_queue_create(conn, "cmrpd reply queue");
    tracked = talloc_zero(conn, struct cmrpd_connection);
    if (!conn->send_queue || !tracked || daemon->tsocket.stream_from_socket(conn, fd, &conn->stream, __location__) != 0)
    {
        log_message(0, "%s: out of memory for a connection", listener->binding);
        close(fd);
        talloc_free(conn);
        return;
    }
    tracked->listener = listener;
    tracked->conn = conn;
    tracked->next = listener->connections;
    if (tracked->next) tracked->next->prev = tracked;
    listener->connections = tracked;
    talloc_set_destructor(tracked, connection_destructor);
    conn->local_address = socket_address(daemon, conn, fd, false);
    conn->remote_address = socket_address(daemon, conn, fd, true);
    describe_peer(fd, peer, sizeof(peer));

    status = dcesrv_connection_loop_start(conn);
    if (!NT_STATUS_IS_OK(status))
    {
        log_message(0, "%s: cannot start a connection: %s", listener->binding, nt_errstr(status));
        talloc_free(conn);  /* closes fd with the stream */
        return;
    }
    log_message(3, "%s: connection from %s", listener->binding, peer);
}

static void accept_connection(struct tevent_context *ev, struct tevent_fd *fde, uint16_t flags, void *private_data)
{
    struct cmrpd_listener *listener = private_data;
    int fd = accept4(listener->fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);

    if (fd == -1)
    {
        if (errno != EAGAIN && errno != EINTR && errno != ECONNABORTED)
            log_message(0, "%s: accept: %s", listener->binding, strerror(errno));
        return;
    }
    start_connection(listener, fd);
}

/* ---- listeners ---- */

static int listener_destructor(struct cmrpd_listener *listener)
{
    TALLOC_FREE(listener->fde);
    if (listener->fd != -1) close(listener->fd);
    if (listener->unix_path) unlink(listener->unix_path);
    return 0;
}

static struct cmrpd_listener *listener_new(struct cmrpd_node *node, enum dcerpc_transport_t transport)
{
    struct cmrpd *daemon = node->daemon;
    struct cmrpd_listener *listener = talloc_zero(daemon, struct cmrpd_listener);
    struct cmrpd_listener **last;

    if (!listener) return NULL;
    listener->daemon = daemon;
    listener->node = node;
    listener->fd = -1;
    listener->transport = transport;
    talloc_set_destructor(listener, listener_destructor);
    for (last = &daemon->listeners; *last; last = &(*last)->next);
    *last = listener;
    return listener;
}

/* Register the interface on ep_name and remember the dcesrv endpoint. */
static bool register_endpoint(struct cmrpd_listener *listener, const char *ep_name)
{
    struct cmrpd_node *node = listener->node;
    struct dcerpc_binding *binding = NULL;
    NTSTATUS status;

    status = dcesrv_interface_register(node->dce_ctx, ep_name, NULL, &node->iface, NULL);
    if (NT_STATUS_IS_OK(status)) status = dcerpc_parse_binding(listener, ep_name, &binding);
    if (NT_STATUS_IS_OK(status)) status = dcesrv_find_endpoint(node->dce_ctx, binding, &listener->dce_endpoint);
    talloc_free(binding);
    if (!NT_STATUS_IS_OK(status))
    {
        fprintf(stderr, "cmrpd: cannot register %s: %s\n", ep_name, nt_errstr(status));
        return false;
    }
    return true;
}

static bool is_loopback(const struct sockaddr *sa)
{
    if (sa->sa_family == AF_INET)
        return (ntohl(((const struct sockaddr_in *)sa)->sin_addr.s_addr) >> 24) == 127;
    if (sa->sa_family == AF_INET6)
        return IN6_IS_ADDR_LOOPBACK(&((const struct sockaddr_in6 *)sa)->sin6_addr);
    return false;
}

/* (Re)open a listener's socket on its address (TCP or unix). */
static bool open_listening_socket(struct cmrpd_listener *listener)
{
    bool inet = listener->address.ss_family != AF_UNIX;
    int one = 1;

    /* ours: a stale file checked by listen_ncalrpc, or left by "down" */
    if (!inet && listener->unix_path) unlink(listener->unix_path);
    listener->fd = socket(listener->address.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (listener->fd == -1
        || (inet && setsockopt(listener->fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) == -1)
        || bind(listener->fd, (struct sockaddr *)&listener->address, listener->address_length) == -1
        || listen(listener->fd, LISTEN_BACKLOG) == -1)
    {
        int saved = errno;

        if (listener->fd != -1) close(listener->fd);
        listener->fd = -1;
        errno = saved;
        return false;
    }
    return true;
}

/* *port 0: any free port, and *port receives it. */
static bool listen_tcp(struct cmrpd_node *node, const char *address, unsigned int *port_inout)
{
    struct cmrpd_listener *listener = listener_new(node, NCACN_IP_TCP);
    unsigned int port = *port_inout;
    struct addrinfo hints, *found = NULL;
    struct sockaddr_storage bound;
    socklen_t bound_length = sizeof(bound);
    char port_text[12], *ep_name;
    int ret;

    if (!listener) return false;
    memset(&hints, 0, sizeof(hints));
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV | AI_PASSIVE;
    snprintf(port_text, sizeof(port_text), "%u", port);
    ret = getaddrinfo(address, port_text, &hints, &found);
    if (ret != 0)
    {
        fprintf(stderr, "cmrpd: listen address '%s' is not a numeric IPv4 or IPv6 address: %s\n",
                address, gai_strerror(ret));
        return false;
    }
    if (!is_loopback(found->ai_addr))
        fprintf(stderr, "cmrpd: warning: serving unauthenticated MS-CMRP on non-loopback address %s\n", address);

    memcpy(&listener->address, found->ai_addr, found->ai_addrlen);
    listener->address_length = found->ai_addrlen;
    if (!open_listening_socket(listener)
        || getsockname(listener->fd, (struct sockaddr *)&bound, &bound_length) == -1)
    {
        fprintf(stderr, "cmrpd: cannot listen on TCP %s port %u: %s\n", address, port, strerror(errno));
        freeaddrinfo(found);
        return false;
    }
    freeaddrinfo(found);

    /* port 0 asked the kernel for one: report the real port */
    port = ntohs(bound.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&bound)->sin6_port
                                             : ((struct sockaddr_in *)&bound)->sin_port);
    /* "up" listens on the same port again */
    memcpy(&listener->address, &bound, bound_length);
    listener->address_length = bound_length;
    *port_inout = port;
    listener->binding = talloc_asprintf(listener, "ncacn_ip_tcp:%s[%u]", address, port);
    ep_name = talloc_asprintf(listener, "ncacn_ip_tcp:[%u]", port);
    if (!listener->binding || !ep_name) return false;
    return register_endpoint(listener, ep_name);
}

static bool listen_ncalrpc(struct cmrpd_node *node, const char *directory)
{
    struct cmrpd_listener *listener = listener_new(node, NCALRPC);
    struct sockaddr_un address;
    char resolved[PATH_MAX], error[256];

    if (!listener) return false;
    if (mkdir(directory, 0755) == -1 && errno != EEXIST)
    {
        fprintf(stderr, "cmrpd: cannot create %s: %s\n", directory, strerror(errno));
        return false;
    }
    /* absolute, so that it can still be removed after the daemon's chdir("/") */
    if (!realpath(directory, resolved))
    {
        fprintf(stderr, "cmrpd: %s: %s\n", directory, strerror(errno));
        return false;
    }
    listener->unix_path = talloc_asprintf(listener, "%s/%s", resolved, NCALRPC_ENDPOINT);
    if (!listener->unix_path) return false;
    if (!cmrp_unix_address(listener->unix_path, &address, error, sizeof(error))
        || !cmrp_clear_stale_socket(listener->unix_path, error, sizeof(error)))
    {
        fprintf(stderr, "cmrpd: %s\n", error);
        listener->unix_path = NULL;  /* not ours to remove */
        return false;
    }
    memcpy(&listener->address, &address, sizeof(address));
    listener->address_length = sizeof(address);
    if (!open_listening_socket(listener))
    {
        fprintf(stderr, "cmrpd: cannot listen on %s: %s\n", listener->unix_path, strerror(errno));
        return false;
    }
    listener->binding = talloc_asprintf(listener, "ncalrpc:[%s] (%s)", NCALRPC_ENDPOINT, listener->unix_path);
    if (!listener->binding) return false;
    return register_endpoint(listener, "ncalrpc:[" NCALRPC_ENDPOINT "]");
}

static bool watch_listener(struct cmrpd_listener *listener)
{
    if (listener->fd == -1 || listener->fde) return true;
    listener->fde = tevent_add_fd(listener->daemon->ev, listener, listener->fd, TEVENT_FD_READ,
                                  accept_connection, listener);
    return listener->fde != NULL;
}

static bool watch_listeners(struct cmrpd *daemon)
{
    struct cmrpd_listener *listener;

    for (listener = daemon->listeners; listener; listener = listener->next)
        if (!watch_listener(listener)) return false;
    return true;
}

/* ---- process ---- */

static void stop_on_signal(struct tevent_context *ev, struct tevent_signal *se, int signum, int count,
                           void *siginfo, void *private_data)
{
    struct cmrpd *daemon = private_data;

    log_message(1, "%s: shutting down", strsignal(signum));
    daemon->stop = true;
}

/* Written once listening, atomically, so that scripts can wait for it. */
static bool write_pidfile(const char *path)
{
    char temporary[PATH_MAX];
    FILE *file;
    bool ok;

    if (snprintf(temporary, sizeof(temporary), "%s.tmp", path) >= (int)sizeof(temporary)) return false;
    file = fopen(temporary, "w");
    if (!file) return false;
    ok = fprintf(file, "%ld\n", (long)getpid()) > 0;
    ok = (fclose(file) == 0) && ok;
    if (ok) ok = rename(temporary, path) == 0;
    if (!ok) unlink(temporary);
    return ok;
}

static char *absolute_path(TALLOC_CTX *mem_ctx, const char *path)
{
    char cwd[PATH_MAX];

    if (path[0] == '/') return talloc_strdup(mem_ctx, path);
    if (!getcwd(cwd, sizeof(cwd))) return NULL;
    return talloc_asprintf(mem_ctx, "%s/%s", cwd, path);
}

static bool daemonize(void)
{
    pid_t pid;
    int null_fd;

    fflush(NULL);
    pid = fork();
    if (pid == -1) return false;
    if (pid > 0) _exit(0);
    if (setsid() == -1) return false;
    if (chdir("/") == -1) return false;
    /* stderr stays, for messages at -d levels */
    null_fd = open("/dev/null", O_RDWR);
    if (null_fd == -1) return false;
    dup2(null_fd, STDIN_FILENO);
    dup2(null_fd, STDOUT_FILENO);
    if (null_fd > STDERR_FILENO) close(null_fd);
    return true;
}

/* ---- administration: nodes going down and coming back ---- */

static struct cmrpd_node *served_node(struct cmrpd *daemon, const struct cmrp_node *node)
{
    struct cmrpd_node *served;

    for (served = daemon->nodes; served; served = served->next)
        if (served->node == node) return served;
    return NULL;
}

/* The admin socket's hooks (server/admin.h). */

static void admin_model_changed(void *data)
{
    struct cmrpd *daemon = data;
    struct cmrpd_node *served;

    for (served = daemon->nodes; served; served = served->next)
        if (!cmrp_endpoint_start_timers(&served->endpoint, daemon->ev, daemon->ev))
            log_message(0, "out of memory for a timer");
}

/* Nothing listens for served any more; its connections drop at once (a
 * crash: "down"), or once what they were answered has been sent. */
static void stop_listening(struct cmrpd_node *served, const char *why, void (*drop)(struct cmrpd_connection *tracked))
{
    struct cmrpd_listener *listener;
    struct cmrpd_connection *tracked, *next;

    for (listener = served->daemon->listeners; listener; listener = listener->next)
    {
        if (listener->node != served) continue;
        TALLOC_FREE(listener->fde);
        if (listener->fd != -1) close(listener->fd);
        listener->fd = -1;
        if (listener->unix_path) unlink(listener->unix_path);
        for (tracked = listener->connections; tracked; tracked = next)
        {
            next = tracked->next;
            if (!tracked->conn->terminate) drop(tracked);
        }
        log_message(1, "%s: closed (node %s %s)", listener->binding, served->node->name, why);
    }
}

static void drop_now(struct cmrpd_connection *tracked)
{
    dcesrv_terminate_connection(tracked->conn, "node down");
}

/* As a crashed node: nothing listens any more and every connection drops. */
static void close_listeners(struct cmrpd_node *served)
{
    stop_listening(served, "down", drop_now);
}

static void dropped_when_sent(struct tevent_req *req)
{
    struct cmrpd_connection *tracked = tevent_req_callback_data(req, struct cmrpd_connection);

    tevent_queue_wait_recv(req);
    talloc_free(req);
    if (!tracked->conn->terminate) dcesrv_terminate_connection(tracked->conn, "node evicted");
}

static void drop_when_sent(struct cmrpd_connection *tracked)
{
    struct dcesrv_connection *conn = tracked->conn;
    struct tevent_req *req = tevent_queue_wait_send(tracked, tracked->listener->daemon->ev, conn->send_queue);

    if (!req)
    {
        dcesrv_terminate_connection(conn, "node evicted");
        return;
    }
    tevent_req_set_callback(req, dropped_when_sent, tracked);
}

static void keep_for_now(struct cmrpd_connection *tracked)
{
    (void)tracked;
}

/* The cleanup of the evicted node stops its cluster service. */
static void cleanup_evicted(struct tevent_context *ev, struct tevent_timer *te, struct timeval now, void *private_data)
{
    struct cmrpd_node *served = private_data;
    struct cmrpd_listener *listener;
    struct cmrpd_connection *tracked, *next;

    served->cleanup = NULL;
    for (listener = served->daemon->listeners; listener; listener = listener->next)
    {
        if (listener->node != served) continue;
        for (tracked = listener->connections; tracked; tracked = next)
        {
            next = tracked->next;
            if (!tracked->conn->terminate) drop_when_sent(tracked);
        }
    }
    log_message(1, "node %s: cleaned up after its eviction", served->node->name);
}

static void retire_node(struct tevent_context *ev, struct tevent_immediate *im, void *private_data)
{
    struct cmrpd_node *served = private_data;

    stop_listening(served, "evicted", keep_for_now);
    served->down = true;
    served->cleanup = tevent_add_timer(ev, served, tevent_timeval_current_ofs(0, EVICT_CLEANUP_MS * 1000),
                                       cleanup_evicted, served);
    if (!served->cleanup) stop_listening(served, "evicted", drop_when_sent);
}

/* hooks.node_evicted: an evicted node leaves the cluster and, cleaned up,
 * is no ClusAPI server any more (MS-CMRP 3.1.4.2.72; MS-CSVP 3.8.4.1
 * CleanUpEvictedNode).  Called inside ApiEvictNode: once that call is
 * answered the node takes no new connection; the cleanup, which comes a
 * little later (EVICT_CLEANUP_MS), drops the ones it has after what they
 * were sent - a client may still close its handles meanwhile. */
static void node_evicted(void *data, const struct cmrp_node *node)
{
    struct cmrpd *daemon = data;
    struct cmrpd_node *served = served_node(daemon, node);

    log_message(1, "node %s evicted%s", node->name, served ? ": no longer served" : "");
    if (!served || served->retire) return;
    if (!(served->retire = tevent_create_immediate(served)))
    {
        log_message(0, "out of memory to retire node %s: it stays until exit", node->name);
        return;
    }
    tevent_schedule_immediate(served->retire, daemon->ev, retire_node, served);
}

static void admin_node_down(void *data, const struct cmrp_node *node)
{
    struct cmrpd_node *served = served_node(data, node);

    if (!served || served->down) return;
    served->down = true;
    close_listeners(served);
}

static bool admin_node_up(void *data, const struct cmrp_node *node, char *error, size_t size)
{
    struct cmrpd_node *served = served_node(data, node);
    struct cmrpd_listener *listener;

    if (!served || !served->down) return true;
    for (listener = served->daemon->listeners; listener; listener = listener->next)
    {
        if (listener->node != served || listener->fd != -1) continue;
        if (!open_listening_socket(listener) || !watch_listener(listener))
        {
            snprintf(error, size, "cannot listen on %s again: %s", listener->binding, strerror(errno));
            close_listeners(served);  /* all or nothing */
            return false;
        }
        log_message(1, "%s: listening again (node %s up)", listener->binding, served->node->name);
    }
    served->down = false;
    return true;
}

static void admin_describe(void *data, const struct cmrp_node *node, char *text, size_t size)
{
    struct cmrpd *daemon = data;
    struct cmrpd_node *served = served_node(daemon, node);
    struct cmrpd_listener *listener;
    size_t used = 0;

    if (!served) return;
    for (listener = daemon->listeners; listener && used < size; listener = listener->next)
        if (listener->node == served)
            used += snprintf(text + used, size - used, " %s%s", listener->binding,
                             listener->fd == -1 ? " (closed)" : "");
}

static void admin_message(void *data, const char *text)
{
    log_message(1, "%s", text);
}

static void trace_to_stderr(void *trace_data, int level, const char *message)
{
    log_message(level, "%s", message);
}

static void usage(FILE *out)
{
    fprintf(out,
            "usage: cmrpd -c CONFIG [-p PORT] [-l ADDRESS | -n NODE=ADDRESS...] [-s DIR] [-a PATH]\n"
            "             [-P PIDFILE] [-d LEVEL] [-f]\n"
            "       cmrpd -c CONFIG -t\n"
            "       cmrpd --admin PATH status | NODE down|up|status\n"
            "Simulated failover cluster node serving MS-CMRP (clusapi v3.0), unauthenticated.\n"
            "  -c CONFIG   cluster description (see server/README.md)\n"
            "  -p PORT     listen on TCP PORT (0: any free port, printed on stdout)\n"
            "  -l ADDRESS  TCP listen address (default 127.0.0.1), answering as the local_node\n"
            "  -n NODE=ADDRESS  serve NODE of the cluster on TCP ADDRESS, port PORT (repeatable;\n"
            "              with -p 0 every node gets the port the first one got)\n"
            "  -a PATH     admin socket: 'cmrpd --admin PATH node2 down' takes node2 down (groups\n"
            "              fail over, its listener closes, its connections drop), 'up' brings it back\n"
            "  -s DIR      listen on ncalrpc, socket DIR/" NCALRPC_ENDPOINT
            " (clients: 'ncalrpc:[" NCALRPC_ENDPOINT "]', 'ncalrpc dir = DIR')\n"
            "  -P PIDFILE  write the process id here once listening\n"
            "  -d LEVEL    debug to stderr: 1 start/stop, 2 calls, 3 connections, 4 NDR dumps,\n"
            "              5 and up also Samba's own debug at level LEVEL-4\n"
            "  -f          stay in the foreground\n"
            "  -t          check the configuration, print a summary and exit\n");
}

static void print_summary(const struct cmrp_model *model)
{
    size_t i;

    printf("cluster %s, version %u.%u.%u, highest 0x%08x, lowest 0x%08x, client access %s\n",
           model->cluster_name, model->version.major, model->version.minor, model->version.build,
           model->version.highest_version, model->version.lowest_version, cmrp_access_name(model->client_access));
    for (i = 0; i < model->num_nodes; i++)
        printf("node %s id %s %s%s\n", model->nodes[i].name, model->nodes[i].id,
               cmrp_node_state_name(model->nodes[i].state), i == model->local_node ? " (served here)" : "");
}

struct options
{
    const char *config;
    const char *listen_address;
    bool listen_address_given;
    const char *node_names[MAX_NODES];      /* -n NODE=ADDRESS */
    const char *node_addresses[MAX_NODES];
    size_t num_nodes;
    const char *admin_path;
    int tcp_port;                   /* -1: no TCP */
    const char *ncalrpc_dir;
    const char *pidfile;
    bool foreground;
    bool check_only;
};

static bool parse_options(int argc, char **argv, struct options *options)
{
    int c;
    long number;
    char *end;

    memset(options, 0, sizeof(*options));
    options->listen_address = "127.0.0.1";
    options->tcp_port = -1;

    while ((c = getopt(argc, argv, "c:p:l:n:a:s:P:d:fth")) != -1)
    {
        switch (c)
        {
        case 'c': options->config = optarg; break;
        case 'l': options->listen_address = optarg; options->listen_address_given = true; break;
        case 'a': options->admin_path = optarg; break;
        case 'n':
        {
            char *equals = strchr(optarg, '=');

            if (!equals || equals == optarg || !equals[1])
            {
                fprintf(stderr, "cmrpd: -n %s: expected NODE=ADDRESS\n", optarg);
                return false;
            }
            if (options->num_nodes == MAX_NODES)
            {
                fprintf(stderr, "cmrpd: at most %d nodes\n", MAX_NODES);
                return false;
            }
            *equals = 0;
            options->node_names[options->num_nodes] = optarg;
            options->node_addresses[options->num_nodes++] = equals + 1;
            break;
        }
        case 's': options->ncalrpc_dir = optarg; break;
        case 'P': options->pidfile = optarg; break;
        case 'f': options->foreground = true; break;
        case 't': options->check_only = true; break;
        case 'h': usage(stdout); exit(0);
        case 'p':
        case 'd':
            errno = 0;
            number = strtol(optarg, &end, 10);
            if (errno || *end || !*optarg || number < 0 || number > (c == 'p' ? 65535 : 100))
            {
                fprintf(stderr, "cmrpd: -%c %s: not a number in range\n", c, optarg);
                return false;
            }
            if (c == 'p') options->tcp_port = number;
            else debug_level = number;
            break;
        default:
            usage(stderr);
            return false;
        }
    }
    if (optind != argc)
    {
        fprintf(stderr, "cmrpd: unexpected argument '%s'\n", argv[optind]);
        return false;
    }
    if (!options->config)
    {
        fprintf(stderr, "cmrpd: -c CONFIG is required\n");
        return false;
    }
    if (options->num_nodes && options->listen_address_given)
    {
        fprintf(stderr, "cmrpd: -l and -n exclude each other: give every node its address with -n\n");
        return false;
    }
    if (options->num_nodes && options->tcp_port < 0)
    {
        fprintf(stderr, "cmrpd: -n needs -p PORT\n");
        return false;
    }
    if (!options->check_only && options->tcp_port < 0 && !options->ncalrpc_dir)
    {
        fprintf(stderr, "cmrpd: nothing to listen on: give -p PORT and/or -s DIR\n");
        return false;
    }
    return true;
}

/* A node served here: its dcesrv context and endpoint. */
static struct cmrpd_node *add_node(struct cmrpd *daemon, struct cmrp_node *node)
{
    struct cmrpd_node *served = talloc_zero(daemon, struct cmrpd_node), **last;
    NTSTATUS status;

    if (!served) return NULL;
    served->daemon = daemon;
    served->node = node;
    status = dcesrv_init_context(served, daemon->lp_ctx, &daemon->callbacks, &served->dce_ctx);
    if (!NT_STATUS_IS_OK(status))
    {
        fprintf(stderr, "cmrpd: dcesrv_init_context: %s\n", nt_errstr(status));
        talloc_free(served);
        return NULL;
    }
    served->endpoint.model = daemon->model;
    served->endpoint.node = node;
    served->endpoint.trace = trace_to_stderr;
    served->endpoint.trace_level = debug_level;
    cmrp_endpoint_interface(&served->iface, &served->endpoint);
    for (last = &daemon->nodes; *last; last = &(*last)->next);
    *last = served;
    return served;
}

/* Everything up to listening; the event loop comes after daemonizing. */
static bool set_up(struct cmrpd *daemon, const struct options *options, struct cmrp_model *model)
{
    char level[16];

    if (!load_tsocket_functions(&daemon->tsocket))
    {
        fprintf(stderr, "cmrpd: Samba's tsocket functions were not found (is libsamba-sockets loaded?)\n");
        return false;
    }
    /* defaults only: a simulator has no business reading smb.conf */
    daemon->lp_ctx = loadparm_init(daemon);
    if (!daemon->lp_ctx) return false;
    snprintf(level, sizeof(level), "%d", debug_level > 4 ? debug_level - 4 : 0);
    lpcfg_set_cmdline(daemon->lp_ctx, "log level", level);

    daemon->anonymous_session = anonymous_session_new(daemon);
    if (!daemon->anonymous_session) return false;

    daemon->callbacks.auth.gensec_prepare = refuse_authentication;
    daemon->callbacks.auth.become_root = become_root_not_needed;
    daemon->callbacks.auth.unbecome_root = become_root_not_needed;
    daemon->callbacks.assoc_group.find = find_assoc_group;
    daemon->model = model;
    daemon->multinode = options->num_nodes > 0;

    if (!daemon->multinode)
    {
        /* the model's local node, on -l's address */
        struct cmrpd_node *served = add_node(daemon, &model->nodes[model->local_node]);
        unsigned int port = options->tcp_port;

        if (!served) return false;
        if (options->tcp_port >= 0 && !listen_tcp(served, options->listen_address, &port)) return false;
    }
    else
    {
        unsigned int port = options->tcp_port;
        size_t i;

        for (i = 0; i < options->num_nodes; i++)
        {
            struct cmrp_node *node = cmrp_model_node(model, options->node_names[i]);
            struct cmrpd_node *served;

            if (!node || node->evicted)
            {
                fprintf(stderr, "cmrpd: -n %s: no such node in %s\n", options->node_names[i], model->cluster_name);
                return false;
            }
            served = served_node(daemon, node);
            if (!served && !(served = add_node(daemon, node))) return false;
            /* port 0: the kernel picks one for the first, the others share it */
            if (!listen_tcp(served, options->node_addresses[i], &port)) return false;
        }
    }
    if (options->ncalrpc_dir)
    {
        /* ncalrpc is the local node's, as on a real node */
        struct cmrpd_node *served = served_node(daemon, &model->nodes[model->local_node]);

        if (!served && !(served = add_node(daemon, &model->nodes[model->local_node]))) return false;
        if (!listen_ncalrpc(served, options->ncalrpc_dir)) return false;
    }
    if (options->admin_path)
    {
        const struct cmrp_admin_host host =
        {
            .node_down = admin_node_down,
            .node_up = admin_node_up,
            .describe = admin_describe,
            .model_changed = admin_model_changed,
            .message = admin_message,
            .data = daemon,
        };
        char error[512];

        if (!(daemon->admin = cmrp_admin_listen(daemon, options->admin_path, model, &host, error, sizeof(error))))
        {
            fprintf(stderr, "cmrpd: %s\n", error);
            return false;
        }
    }
    if (options->pidfile)
    {
        daemon->pidfile = absolute_path(daemon, options->pidfile);
        if (!daemon->pidfile) return false;
    }
    return true;
}

static bool serve(struct cmrpd *daemon)
{
    struct cmrp_model_hooks hooks;
    struct cmrpd_node *served;

    daemon->ev = tevent_context_init(daemon);
    if (!daemon->ev) return false;
    if (!tevent_add_signal(daemon->ev, daemon->ev, SIGTERM, 0, stop_on_signal, daemon)
        || !tevent_add_signal(daemon->ev, daemon->ev, SIGINT, 0, stop_on_signal, daemon)
        || !watch_listeners(daemon))
        return false;
    if (daemon->admin && !cmrp_admin_watch(daemon->admin, daemon->ev)) return false;
    /* before any call: the endpoints chain their own hooks to these */
    memset(&hooks, 0, sizeof(hooks));
    hooks.node_evicted = node_evicted;
    hooks.data = daemon;
    cmrp_model_set_hooks(daemon->model, &hooks);
    /* pending online/offline transitions complete on this loop's timers
     * (one per node's endpoint: ticking the one model twice is harmless) */
    for (served = daemon->nodes; served; served = served->next)
        if (!cmrp_endpoint_start_timers(&served->endpoint, daemon->ev, daemon->ev)) return false;

    if (daemon->pidfile)
    {
        if (!write_pidfile(daemon->pidfile))
        {
            fprintf(stderr, "cmrpd: cannot write %s: %s\n", daemon->pidfile, strerror(errno));
            return false;
        }
        daemon->pidfile_written = true;
    }
    for (served = daemon->nodes; served; served = served->next)
        log_message(1, "serving cluster %s as node %s", daemon->model->cluster_name, served->node->name);

    while (!daemon->stop)
    {
        if (tevent_loop_once(daemon->ev) != 0 && errno != EINTR)
        {
            fprintf(stderr, "cmrpd: event loop failed: %s\n", strerror(errno));
            return false;
        }
    }
    return true;
}

/* Connections first (they reference the session and dcesrv context), the
 * event context last (everything else holds events in it). */
static void tear_down(struct cmrpd *daemon)
{
    struct cmrpd_listener *listener, *next;
    struct cmrpd_node *served;

    for (listener = daemon->listeners; listener; listener = next)
    {
        next = listener->next;
        talloc_free(listener);
    }
    daemon->listeners = NULL;
    TALLOC_FREE(daemon->admin);  /* removes the socket file */
    for (served = daemon->nodes; served; served = served->next)
    {
        cmrp_endpoint_stop_timers(&served->endpoint);
        TALLOC_FREE(served->dce_ctx);
    }
    if (daemon->pidfile_written) unlink(daemon->pidfile);
    TALLOC_FREE(daemon->ev);
}

int main(int argc, char **argv)
{
    struct options options;
    struct cmrp_model *model;
    struct cmrpd *daemon;
    struct cmrpd_listener *listener;
    char error[512];
    bool ok;

    if (argc >= 2 && !strcmp(argv[1], "--admin"))
    {
        if (argc < 4)
        {
            fprintf(stderr, "usage: cmrpd --admin PATH status | NODE down|up|status\n");
            return 2;
        }
        return cmrp_admin_request(argv[2], argc - 3, argv + 3);
    }
    if (!parse_options(argc, argv, &options)) return 2;

    model = cmrp_model_load(options.config, error, sizeof(error));
    if (!model)
    {
        fprintf(stderr, "cmrpd: %s\n", error);
        return 1;
    }
    if (options.check_only)
    {
        print_summary(model);
        cmrp_model_free(model);
        return 0;
    }

    /* A client vanishing mid-reply must give EPIPE, not kill the server. */
    signal(SIGPIPE, SIG_IGN);

    daemon = talloc_zero(NULL, struct cmrpd);
    ok = daemon && set_up(daemon, &options, model);
    if (ok)
    {
        for (listener = daemon->listeners; listener; listener = listener->next)
            printf("cmrpd: listening on %s%s%s\n", listener->binding, daemon->multinode ? " as " : "",
                   daemon->multinode ? listener->node->node->name : "");
        if (daemon->admin) printf("cmrpd: admin socket %s\n", cmrp_admin_path(daemon->admin));
        fflush(stdout);
        if (!options.foreground && !daemonize())
        {
            fprintf(stderr, "cmrpd: cannot become a daemon: %s\n", strerror(errno));
            ok = false;
        }
    }
    if (ok) ok = serve(daemon);

    if (daemon) tear_down(daemon);
    talloc_free(daemon);
    cmrp_model_free(model);
    return ok ? 0 : 1;
}
