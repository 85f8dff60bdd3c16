/*
 * cmrpd: a simulated failover cluster node answering MS-CMRP (clusapi v3.0).
 *
 * The standalone host: its own sockets (TCP and ncalrpc), Samba's public
 * dcesrv_core for DCE/RPC, the interface from endpoint.c, the cluster from a
 * configuration file (model.c).  Binds are unauthenticated only: a public-API
 * host has no gensec (docs: samba-api.md 6.1), so it is for loopback tests
 * and local tools, not for Windows clients, which require PKT_PRIVACY.
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
#include "server/endpoint.h"
#include "server/model.h"

#define NCALRPC_ENDPOINT "clusapi"
#define LISTEN_BACKLOG 64

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

struct cmrpd
{
    struct tevent_context *ev;
    struct loadparm_context *lp_ctx;
    struct dcesrv_context *dce_ctx;
    struct dcesrv_context_callbacks callbacks;
    struct auth_session_info *anonymous_session;
    struct tsocket_functions tsocket;
    struct cmrp_endpoint endpoint;
    struct dcesrv_interface iface;
    struct cmrpd_listener *listeners;
    char *pidfile;
    bool pidfile_written;           /* only then is it ours to remove */
    bool stop;
};

struct cmrpd_listener
{
    struct cmrpd_listener *next;
    struct cmrpd *daemon;
    int fd;
    enum dcerpc_transport_t transport;
    char *binding;                  /* what clients connect to, for messages */
    char *unix_path;                /* ncalrpc socket to remove at exit */
    struct dcesrv_endpoint *dce_endpoint;
    struct tevent_fd *fde;
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

/* Hand an accepted socket to dcesrv_core; the connection owns fd from here. */
static void start_connection(struct cmrpd_listener *listener, int fd)
{
    struct cmrpd *daemon = listener->daemon;
    struct dcesrv_connection *conn = NULL;
    char peer[INET6_ADDRSTRLEN + 8];
    NTSTATUS status;
    int one = 1;

    if (listener->transport == NCACN_IP_TCP)
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));

    status = dcesrv_endpoint_connect(daemon->dce_ctx, listener, listener->dce_endpoint, daemon->anonymous_session,
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
    if (!conn->send_queue || daemon->tsocket.stream_from_socket(conn, fd, &conn->stream, __location__) != 0)
    {
        log_message(0, "%s: out of memory for a connection", listener->binding);
        close(fd);
        talloc_free(conn);
        return;
    }
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

static struct cmrpd_listener *listener_new(struct cmrpd *daemon, enum dcerpc_transport_t transport)
{
    struct cmrpd_listener *listener = talloc_zero(daemon, struct cmrpd_listener);
    struct cmrpd_listener **last;

    if (!listener) return NULL;
    listener->daemon = daemon;
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
    struct cmrpd *daemon = listener->daemon;
    struct dcerpc_binding *binding = NULL;
    NTSTATUS status;

    status = dcesrv_interface_register(daemon->dce_ctx, ep_name, NULL, &daemon->iface, NULL);
    if (NT_STATUS_IS_OK(status)) status = dcerpc_parse_binding(listener, ep_name, &binding);
    if (NT_STATUS_IS_OK(status)) status = dcesrv_find_endpoint(daemon->dce_ctx, binding, &listener->dce_endpoint);
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

static bool listen_tcp(struct cmrpd *daemon, const char *address, unsigned int port)
{
    struct cmrpd_listener *listener = listener_new(daemon, NCACN_IP_TCP);
    struct addrinfo hints, *found = NULL;
    struct sockaddr_storage bound;
    socklen_t bound_length = sizeof(bound);
    char port_text[12], *ep_name;
    int one = 1, ret;

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

    listener->fd = socket(found->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (listener->fd == -1
        || setsockopt(listener->fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) == -1
        || bind(listener->fd, found->ai_addr, found->ai_addrlen) == -1
        || listen(listener->fd, LISTEN_BACKLOG) == -1
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
    listener->binding = talloc_asprintf(listener, "ncacn_ip_tcp:%s[%u]", address, port);
    ep_name = talloc_asprintf(listener, "ncacn_ip_tcp:[%u]", port);
    if (!listener->binding || !ep_name) return false;
    return register_endpoint(listener, ep_name);
}

/* A socket file left by a dead server may be replaced; a live one may not. */
static bool clear_stale_socket(const char *path)
{
    struct sockaddr_un address;
    struct stat st;
    int fd, ret;

    if (lstat(path, &st) == -1) return errno == ENOENT;
    if (!S_ISSOCK(st.st_mode))
    {
        fprintf(stderr, "cmrpd: %s exists and is not a socket\n", path);
        return false;
    }
    memset(&address, 0, sizeof(address));
    address.sun_family = AF_UNIX;
    strcpy(address.sun_path, path);  /* length checked by the caller */
    fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd == -1) return false;
    ret = connect(fd, (struct sockaddr *)&address, sizeof(address));
    close(fd);
    if (ret == 0)
    {
        fprintf(stderr, "cmrpd: %s is in use by another server\n", path);
        return false;
    }
    return unlink(path) == 0 || errno == ENOENT;
}

static bool listen_ncalrpc(struct cmrpd *daemon, const char *directory)
{
    struct cmrpd_listener *listener = listener_new(daemon, NCALRPC);
    struct sockaddr_un address;
    char resolved[PATH_MAX];

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
    if (strlen(listener->unix_path) >= sizeof(address.sun_path))
    {
        fprintf(stderr, "cmrpd: socket path %s is too long\n", listener->unix_path);
        listener->unix_path = NULL;
        return false;
    }
    if (!clear_stale_socket(listener->unix_path))
    {
        listener->unix_path = NULL;  /* not ours to remove */
        return false;
    }

    memset(&address, 0, sizeof(address));
    address.sun_family = AF_UNIX;
    strcpy(address.sun_path, listener->unix_path);
    listener->fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (listener->fd == -1 || bind(listener->fd, (struct sockaddr *)&address, sizeof(address)) == -1
        || listen(listener->fd, LISTEN_BACKLOG) == -1)
    {
        fprintf(stderr, "cmrpd: cannot listen on %s: %s\n", listener->unix_path, strerror(errno));
        if (listener->fd != -1) close(listener->fd);
        listener->fd = -1;
        return false;
    }
    listener->binding = talloc_asprintf(listener, "ncalrpc:[%s] (%s)", NCALRPC_ENDPOINT, listener->unix_path);
    if (!listener->binding) return false;
    return register_endpoint(listener, "ncalrpc:[" NCALRPC_ENDPOINT "]");
}

static bool watch_listeners(struct cmrpd *daemon)
{
    struct cmrpd_listener *listener;

    for (listener = daemon->listeners; listener; listener = listener->next)
    {
        listener->fde = tevent_add_fd(daemon->ev, listener, listener->fd, TEVENT_FD_READ, accept_connection, listener);
        if (!listener->fde) return false;
    }
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

static void trace_to_stderr(void *trace_data, int level, const char *message)
{
    log_message(level, "%s", message);
}

static void usage(FILE *out)
{
    fprintf(out,
            "usage: cmrpd -c CONFIG [-p PORT] [-l ADDRESS] [-s DIR] [-P PIDFILE] [-d LEVEL] [-f]\n"
            "       cmrpd -c CONFIG -t\n"
            "Simulated failover cluster node serving MS-CMRP (clusapi v3.0), unauthenticated.\n"
            "  -c CONFIG   cluster description (see server/README.md)\n"
            "  -p PORT     listen on TCP PORT (0: any free port, printed on stdout)\n"
            "  -l ADDRESS  TCP listen address (default 127.0.0.1)\n"
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

    while ((c = getopt(argc, argv, "c:p:l:s:P:d:fth")) != -1)
    {
        switch (c)
        {
        case 'c': options->config = optarg; break;
        case 'l': options->listen_address = optarg; break;
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
    if (!options->check_only && options->tcp_port < 0 && !options->ncalrpc_dir)
    {
        fprintf(stderr, "cmrpd: nothing to listen on: give -p PORT and/or -s DIR\n");
        return false;
    }
    return true;
}

/* Everything up to listening; the event loop comes after daemonizing. */
static bool set_up(struct cmrpd *daemon, const struct options *options, struct cmrp_model *model)
{
    char level[16];
    NTSTATUS status;

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
    status = dcesrv_init_context(daemon, daemon->lp_ctx, &daemon->callbacks, &daemon->dce_ctx);
    if (!NT_STATUS_IS_OK(status))
    {
        fprintf(stderr, "cmrpd: dcesrv_init_context: %s\n", nt_errstr(status));
        return false;
    }

    daemon->endpoint.model = model;
    daemon->endpoint.trace = trace_to_stderr;
    daemon->endpoint.trace_level = debug_level;
    cmrp_endpoint_interface(&daemon->iface, &daemon->endpoint);

    if (options->tcp_port >= 0 && !listen_tcp(daemon, options->listen_address, options->tcp_port)) return false;
    if (options->ncalrpc_dir && !listen_ncalrpc(daemon, options->ncalrpc_dir)) return false;
    if (options->pidfile)
    {
        daemon->pidfile = absolute_path(daemon, options->pidfile);
        if (!daemon->pidfile) return false;
    }
    return true;
}

static bool serve(struct cmrpd *daemon)
{
    daemon->ev = tevent_context_init(daemon);
    if (!daemon->ev) return false;
    if (!tevent_add_signal(daemon->ev, daemon->ev, SIGTERM, 0, stop_on_signal, daemon)
        || !tevent_add_signal(daemon->ev, daemon->ev, SIGINT, 0, stop_on_signal, daemon)
        || !watch_listeners(daemon))
        return false;
    /* pending online/offline transitions complete on this loop's timers */
    if (!cmrp_endpoint_start_timers(&daemon->endpoint, daemon->ev, daemon->ev)) return false;

    if (daemon->pidfile)
    {
        if (!write_pidfile(daemon->pidfile))
        {
            fprintf(stderr, "cmrpd: cannot write %s: %s\n", daemon->pidfile, strerror(errno));
            return false;
        }
        daemon->pidfile_written = true;
    }
    log_message(1, "serving cluster %s as node %s", daemon->endpoint.model->cluster_name,
                cmrp_model_local_node(daemon->endpoint.model)->name);

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

    for (listener = daemon->listeners; listener; listener = next)
    {
        next = listener->next;
        talloc_free(listener);
    }
    daemon->listeners = NULL;
    TALLOC_FREE(daemon->dce_ctx);
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
            printf("cmrpd: listening on %s\n", listener->binding);
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
