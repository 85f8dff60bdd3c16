/*
 * cmrp_connect: one authenticated MS-CMRP client for the Samba-hosted
 * cluster tests (tests/samba/test_samba_cluster.sh).
 *
 * It connects with Samba's client library and the codec's table, reports the
 * authentication the bind got, asks ApiGetClusterName and, on request, times
 * connect + bind + ApiOpenCluster or a loop of cheap calls.  Credentials come
 * from -U, an authentication file (-A) or a Kerberos credential cache (-K);
 * without any of them the client is anonymous.  Passwords are never printed.
 *
 * Output (stdout):
 *   connected: BINDING auth_type=N auth_level=N
 *   ApiGetClusterName: cluster NAME node NAME
 *   connect+bind+ApiOpenCluster: N runs, avg A ms, min B ms, max C ms
 *   ApiGetClusterName x N: T us per call, R calls/s
 *   ApiEvictNode NODE: result N
 * or "error: STEP: NT_STATUS_..." and exit status 1.  Usage errors: 2.
 */
#define TEVENT_DEPRECATED   /* tevent_loop_allow_nesting: Kerberos with a password (samba-api.md 2.4) */
#include <errno.h>
#include <getopt.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <talloc.h>
#include <tevent.h>
#include <dcerpc.h>
#include <credentials.h>
#include <param.h>

#include "cmrp/cmrp.h"

struct options
{
    const char *binding;
    const char *user;               /* -U DOMAIN\user%password */
    const char *auth_file;          /* -A FILE */
    const char *ccache;             /* -K CCACHE */
    int kerberos;                   /* -k: -1 default, 0 no, 1 required */
    unsigned int connect_runs;      /* -n */
    unsigned int call_runs;         /* -c */
    bool nodelay;                   /* -D */
    const char *evict;              /* -e NODE */
};

struct client
{
    struct options options;
    struct tevent_context *ev;
    struct loadparm_context *lp_ctx;
    struct cli_credentials *credentials;
};

static double now_ms(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

/* Samba's client never sets TCP_NODELAY and keeps the socket to itself:
 * after a three-leg bind (AUTH3 gets no reply) Nagle holds the first request
 * until the server's delayed ACK, ~40 ms (samba-api.md 5).  -D sets it on
 * every TCP socket of this process. */
static void set_nodelay_everywhere(void)
{
    int fd, one = 1, type;
    socklen_t length;
    struct sockaddr_storage address;

    for (fd = 3; fd < 1024; fd++)
    {
        length = sizeof(type);
        if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) == -1 || type != SOCK_STREAM) continue;
        length = sizeof(address);
        if (getsockname(fd, (struct sockaddr *)&address, &length) == -1) continue;
        if (address.ss_family != AF_INET && address.ss_family != AF_INET6) continue;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    }
}

static NTSTATUS connect_pipe(struct client *client, TALLOC_CTX *mem_ctx, struct dcerpc_pipe **pipe)
{
    NTSTATUS status = dcerpc_pipe_connect(mem_ctx, pipe, client->options.binding, &cmrp_table, client->credentials,
                                          client->ev, client->lp_ctx);

    if (!NT_STATUS_IS_OK(status)) return status;
    dcerpc_binding_handle_set_timeout((*pipe)->binding_handle, 20);
    if (client->options.nodelay) set_nodelay_everywhere();
    return NT_STATUS_OK;
}

static NTSTATUS call(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum, void *r)
{
    return dcerpc_binding_handle_call(pipe->binding_handle, NULL, &cmrp_table, opnum, mem_ctx, r);
}

static int fail(const char *step, NTSTATUS status)
{
    printf("error: %s: %s\n", step, nt_errstr(status));
    return 1;
}

static int get_cluster_name(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx)
{
    struct cmrp_get_cluster_name r;
    NTSTATUS status;

    memset(&r, 0, sizeof(r));
    status = call(pipe, mem_ctx, CMRP_GET_CLUSTER_NAME, &r);
    if (!NT_STATUS_IS_OK(status)) return fail("ApiGetClusterName", status);
    if (r.result != 0)
    {
        printf("error: ApiGetClusterName: Win32 error %u\n", r.result);
        return 1;
    }
    printf("ApiGetClusterName: cluster %s node %s\n", r.cluster_name ? r.cluster_name : "(null)",
           r.node_name ? r.node_name : "(null)");
    return 0;
}

/* connect + bind + ApiOpenCluster, runs times; the close is not timed. */
static int time_connections(struct client *client, unsigned int runs)
{
    double total = 0, min = 0, max = 0, start, elapsed;
    struct cmrp_open_cluster open;
    struct cmrp_close_handle close;
    struct dcerpc_pipe *pipe;
    TALLOC_CTX *frame;
    NTSTATUS status;
    unsigned int i;

    for (i = 0; i < runs; i++)
    {
        frame = talloc_new(NULL);
        start = now_ms();
        status = connect_pipe(client, frame, &pipe);
        if (!NT_STATUS_IS_OK(status))
        {
            talloc_free(frame);
            return fail("connect", status);
        }
        memset(&open, 0, sizeof(open));
        status = call(pipe, frame, CMRP_OPEN_CLUSTER, &open);
        elapsed = now_ms() - start;
        if (!NT_STATUS_IS_OK(status) || open.status != 0)
        {
            if (NT_STATUS_IS_OK(status)) printf("error: ApiOpenCluster: Status %u\n", open.status);
            talloc_free(frame);
            return NT_STATUS_IS_OK(status) ? 1 : fail("ApiOpenCluster", status);
        }
        memset(&close, 0, sizeof(close));
        close.handle = open.handle;
        call(pipe, frame, CMRP_CLOSE_CLUSTER, &close);
        talloc_free(frame);

        total += elapsed;
        if (i == 0 || elapsed < min) min = elapsed;
        if (elapsed > max) max = elapsed;
    }
    printf("connect+bind+ApiOpenCluster: %u runs, avg %.3f ms, min %.3f ms, max %.3f ms\n", runs, total / runs, min,
           max);
    return 0;
}

static int time_calls(struct dcerpc_pipe *pipe, unsigned int runs)
{
    struct cmrp_get_cluster_name r;
    TALLOC_CTX *frame;
    NTSTATUS status;
    double start, elapsed;
    unsigned int i;

    start = now_ms();
    for (i = 0; i < runs; i++)
    {
        frame = talloc_new(NULL);
        memset(&r, 0, sizeof(r));
        status = call(pipe, frame, CMRP_GET_CLUSTER_NAME, &r);
        talloc_free(frame);
        if (!NT_STATUS_IS_OK(status)) return fail("ApiGetClusterName loop", status);
    }
    elapsed = now_ms() - start;
    printf("ApiGetClusterName x %u: %.1f us per call, %.0f calls/s\n", runs, elapsed * 1000.0 / runs,
           runs / (elapsed / 1000.0));
    return 0;
}

/* ApiOpenNode + ApiEvictNode + ApiCloseNode; the eviction's result is printed. */
static int evict_node(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, const char *node)
{
    struct cmrp_open_object open;
    struct cmrp_handle_op evict;
    struct cmrp_close_handle close;
    NTSTATUS status;

    memset(&open, 0, sizeof(open));
    open.name = node;
    status = call(pipe, mem_ctx, CMRP_OPEN_NODE, &open);
    if (!NT_STATUS_IS_OK(status)) return fail("ApiOpenNode", status);
    if (open.status)
    {
        printf("error: ApiOpenNode %s: Status %u\n", node, open.status);
        return 1;
    }
    memset(&evict, 0, sizeof(evict));
    evict.handle = open.handle;
    status = call(pipe, mem_ctx, CMRP_EVICT_NODE, &evict);
    if (!NT_STATUS_IS_OK(status)) return fail("ApiEvictNode", status);
    printf("ApiEvictNode %s: result %u\n", node, evict.result);
    memset(&close, 0, sizeof(close));
    close.handle = open.handle;
    call(pipe, mem_ctx, CMRP_CLOSE_NODE, &close);
    return evict.result ? 1 : 0;
}

static void usage(FILE *out)
{
    fprintf(out,
            "usage: cmrp_connect -b BINDING [-U 'DOMAIN\\user%%password' | -A AUTHFILE] [-K CCACHE] [-k yes|no]\n"
            "                    [-o 'option=value']... [-n CONNECTS] [-c CALLS] [-D] [-e NODE]\n"
            "  -b BINDING   e.g. 'ncacn_ip_tcp:127.0.0.1[seal]' (no port: the server's epmapper)\n"
            "  -U, -A       credentials (Samba syntax / authentication file); none: anonymous\n"
            "  -K CCACHE    use this Kerberos credential cache (implies -k yes)\n"
            "  -k yes|no    require or refuse Kerberos\n"
            "  -o OPT=VAL   a loadparm option (realm, ncalrpc dir, ...); smb.conf is not read\n"
            "  -n N         time N x connect + bind + ApiOpenCluster\n"
            "  -c N         time N x ApiGetClusterName on one connection\n"
            "  -D           set TCP_NODELAY on the client socket after connecting\n"
            "  -e NODE      evict NODE from the cluster (ApiEvictNode)\n");
}

static bool parse_number(const char *text, unsigned int *value)
{
    char *end;
    unsigned long number;

    errno = 0;
    number = strtoul(text, &end, 10);
    if (errno || *end || !*text || number == 0 || number > 10000000) return false;
    *value = number;
    return true;
}

int main(int argc, char **argv)
{
    TALLOC_CTX *mem_ctx = talloc_new(NULL);
    struct client client;
    struct options *options = &client.options;
    struct dcerpc_pipe *pipe = NULL;
    enum dcerpc_AuthType auth_type;
    enum dcerpc_AuthLevel auth_level;
    const char *error_string = NULL;
    const char *lp_options[32];
    unsigned int num_lp_options = 0, i;
    NTSTATUS status;
    int c, ret;

    memset(&client, 0, sizeof(client));
    options->kerberos = -1;
    while ((c = getopt(argc, argv, "b:U:A:K:k:o:n:c:De:h")) != -1)
    {
        switch (c)
        {
        case 'b': options->binding = optarg; break;
        case 'U': options->user = optarg; break;
        case 'A': options->auth_file = optarg; break;
        case 'K': options->ccache = optarg; break;
        case 'k':
            if (!strcmp(optarg, "yes")) options->kerberos = 1;
            else if (!strcmp(optarg, "no")) options->kerberos = 0;
            else { usage(stderr); return 2; }
            break;
        case 'o':
            if (num_lp_options == sizeof(lp_options) / sizeof(lp_options[0])) { usage(stderr); return 2; }
            lp_options[num_lp_options++] = optarg;
            break;
        case 'n': if (!parse_number(optarg, &options->connect_runs)) { usage(stderr); return 2; } break;
        case 'c': if (!parse_number(optarg, &options->call_runs)) { usage(stderr); return 2; } break;
        case 'D': options->nodelay = true; break;
        case 'e': options->evict = optarg; break;
        case 'h': usage(stdout); return 0;
        default: usage(stderr); return 2;
        }
    }
    if (!options->binding || optind != argc || (options->user && options->auth_file))
    {
        usage(stderr);
        return 2;
    }

    dcerpc_init();
    client.ev = tevent_context_init(mem_ctx);
    client.lp_ctx = loadparm_init_global(false);   /* defaults; smb.conf is not read */
    client.credentials = cli_credentials_init(mem_ctx);
    if (!client.ev || !client.lp_ctx || !client.credentials) return 2;
    /* a password-only Kerberos login runs kinit inside the event loop */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    tevent_loop_allow_nesting(client.ev);
#pragma GCC diagnostic pop
    lpcfg_set_cmdline(client.lp_ctx, "interfaces", "lo");
    for (i = 0; i < num_lp_options; i++)
    {
        if (!lpcfg_set_option(client.lp_ctx, lp_options[i]))
        {
            fprintf(stderr, "cmrp_connect: bad option '%s'\n", lp_options[i]);
            return 2;
        }
    }

    cli_credentials_set_conf(client.credentials, client.lp_ctx);
    if (options->user) cli_credentials_parse_string(client.credentials, options->user, CRED_SPECIFIED);
    else if (options->auth_file)
    {
        if (!cli_credentials_parse_file(client.credentials, options->auth_file, CRED_SPECIFIED))
        {
            fprintf(stderr, "cmrp_connect: cannot read %s\n", options->auth_file);
            return 2;
        }
    }
    else if (!options->ccache) cli_credentials_set_anonymous(client.credentials);
    if (options->ccache)
    {
        if (cli_credentials_set_ccache(client.credentials, client.lp_ctx, options->ccache, CRED_SPECIFIED,
                                       &error_string) != 0)
        {
            fprintf(stderr, "cmrp_connect: credential cache %s: %s\n", options->ccache,
                    error_string ? error_string : "unusable");
            return 1;
        }
        if (options->kerberos < 0) options->kerberos = 1;
    }
    if (options->kerberos >= 0)
        cli_credentials_set_kerberos_state(client.credentials,
                                           options->kerberos ? CRED_USE_KERBEROS_REQUIRED
                                                             : CRED_USE_KERBEROS_DISABLED,
                                           CRED_SPECIFIED);

    if (options->connect_runs)
    {
        ret = time_connections(&client, options->connect_runs);
        talloc_free(mem_ctx);
        return ret;
    }

    status = connect_pipe(&client, mem_ctx, &pipe);
    if (!NT_STATUS_IS_OK(status)) return fail("connect", status);
    dcerpc_binding_handle_auth_info(pipe->binding_handle, &auth_type, &auth_level);
    printf("connected: %s auth_type=%d auth_level=%d\n", dcerpc_binding_string(mem_ctx, pipe->binding),
           (int)auth_type, (int)auth_level);

    ret = get_cluster_name(pipe, mem_ctx);
    if (ret == 0 && options->call_runs) ret = time_calls(pipe, options->call_runs);
    if (ret == 0 && options->evict) ret = evict_node(pipe, mem_ctx, options->evict);
    talloc_free(mem_ctx);
    return ret;
}
