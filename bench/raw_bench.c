/*
 * The raw Samba client side of the benchmarks: the same MS-CMRP calls as
 * wine_bench, through libdcerpc and the codec only (no Wine, no clusapi.dll),
 * against the same server, so the two give a ratio.
 *
 *   raw_bench BINDING state N RESOURCE
 *   raw_bench BINDING open N          N x connect+bind+open+close (after one untimed)
 *   raw_bench BINDING open-init N     the same with MS-CMRP 3.2.3.3's other calls, as
 *                                     clusapi.dll makes them (ApiGetClusterName and
 *                                     ApiCreateEnum in flight with ApiOpenCluster)
 *   raw_bench BINDING serve[-init]    the same for each count read from stdin, answering
 *                                     each with the microseconds per open (bench/run-auth-bench)
 *   raw_bench BINDING clients C N     C processes x N ApiGetClusterName (calls/s)
 *
 * Prints "name count seconds per_call_us".  Anonymous, or authenticated with
 * the Samba authentication file RAW_BENCH_AUTHFILE (the binding then says
 * [seal,spnego] or [seal,ntlm]; bench/run-auth-bench).  RAW_BENCH_NODELAY
 * set: TCP_NODELAY after the bind, as clusapi.dll (Samba never sets it).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <talloc.h>
#include <tevent.h>
#include <param.h>
#include <credentials.h>
#include <dcerpc.h>

#include "cmrp/cmrp.h"
#include "dlls/clusapi/unix/sockets.h"

static double now_seconds(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Made once per process, as any Samba client does (and clusapi.dll, which
 * keeps a closed connection's loadparm context for the next one). */
static struct tevent_context *ev;
static struct loadparm_context *lp;

static struct dcerpc_pipe *connect_pipe(TALLOC_CTX *mem, const char *binding)
{
    struct cli_credentials *creds = cli_credentials_init(mem);
    const char *auth_file = getenv("RAW_BENCH_AUTHFILE");
    bool nodelay = getenv("RAW_BENCH_NODELAY") != NULL;
    struct socket_watch *sockets = NULL;
    struct dcerpc_pipe *pipe = NULL;

    if (!ev && !(ev = socket_watch_context(NULL))) return NULL;
    if (!lp)
    {
        if (!(lp = loadparm_init(NULL))) return NULL;
        /* As clusapi.dll's contexts: no WINS or broadcast lookups, which
         * list the network interfaces at every connect (client.c). */
        lpcfg_set_option(lp, "name resolve order=host");
    }
    cli_credentials_set_conf(creds, lp);
    /* What clusapi.dll does with CredentialsFile: the file is read per
     * connection (it may have changed; some 20 us). */
    if (auth_file)
    {
        if (!cli_credentials_parse_file(creds, auth_file, CRED_SPECIFIED)) return NULL;
    }
    else
        cli_credentials_set_anonymous(creds);
    if (nodelay && !(sockets = socket_watch_start(mem, ev))) return NULL;
    if (!NT_STATUS_IS_OK(dcerpc_pipe_connect(mem, &pipe, binding, &cmrp_table, creds, ev, lp))) pipe = NULL;
    /* As clusapi.dll does after the bind (its sockets.c): requests sent
     * together then leave together, not one per acknowledgement. */
    if (pipe && nodelay) socket_watch_tcp(sockets, socket_set_nodelay);
    talloc_free(sockets);
    return pipe;
}

static int call(struct dcerpc_pipe *pipe, TALLOC_CTX *mem, uint32_t opnum, void *r)
{
    return NT_STATUS_IS_OK(dcerpc_binding_handle_call(pipe->binding_handle, NULL, &cmrp_table, opnum, mem, r)) ? 0 : -1;
}

static int open_cluster(struct dcerpc_pipe *pipe, TALLOC_CTX *mem, struct policy_handle *handle)
{
    struct cmrp_open_cluster r = { 0 };

    if (call(pipe, mem, CMRP_OPEN_CLUSTER, &r) || r.status) return -1;
    *handle = r.handle;
    return 0;
}

static void close_handle(struct dcerpc_pipe *pipe, TALLOC_CTX *mem, uint32_t opnum, struct policy_handle *handle)
{
    struct cmrp_close_handle r = { .handle = *handle };

    call(pipe, mem, opnum, &r);
}

/* ApiOpenCluster, with init: in flight together with ApiGetClusterName and
 * ApiCreateEnum(CLUSTER_ENUM_NODE), the calls of MS-CMRP 3.2.3.3's
 * connection sequence that clusapi.dll sends with it (the reconnect
 * candidates); 0 or -1. */
static int open_cluster_init(struct dcerpc_pipe *pipe, TALLOC_CTX *mem, struct policy_handle *handle, bool init)
{
    struct cmrp_get_cluster_name name = { 0 };
    struct cmrp_create_enum nodes = { .type = 1 };
    struct tevent_req *name_req, *nodes_req;
    int ret;

    if (!init) return open_cluster(pipe, mem, handle);
    name_req = dcerpc_binding_handle_call_send(mem, ev, pipe->binding_handle, NULL, &cmrp_table,
                                               CMRP_GET_CLUSTER_NAME, mem, &name);
    nodes_req = dcerpc_binding_handle_call_send(mem, ev, pipe->binding_handle, NULL, &cmrp_table,
                                                CMRP_CREATE_ENUM, mem, &nodes);
    ret = open_cluster(pipe, mem, handle);
    if (!name_req || !nodes_req || !tevent_req_poll(name_req, ev) || !tevent_req_poll(nodes_req, ev)
        || !NT_STATUS_IS_OK(dcerpc_binding_handle_call_recv(name_req))
        || !NT_STATUS_IS_OK(dcerpc_binding_handle_call_recv(nodes_req)) || name.result || nodes.result)
        return -1;
    return ret;
}

/* count x what OpenCluster + CloseCluster do: connect, bind, ApiOpenCluster
 * (with init: and the spec's other calls), ApiCloseCluster; 0 or -1. */
static int open_close(TALLOC_CTX *mem, const char *binding, unsigned long count, bool init)
{
    struct policy_handle cluster;
    struct dcerpc_pipe *pipe;
    unsigned long i;

    for (i = 0; i < count; i++)
    {
        TALLOC_CTX *frame = talloc_new(mem);

        if (!frame || !(pipe = connect_pipe(frame, binding)) || open_cluster_init(pipe, frame, &cluster, init))
            return -1;
        close_handle(pipe, frame, CMRP_CLOSE_CLUSTER, &cluster);
        talloc_free(frame);
    }
    return 0;
}

int main(int argc, char **argv)
{
    TALLOC_CTX *mem = talloc_new(NULL);
    struct dcerpc_pipe *pipe;
    struct policy_handle cluster;
    unsigned long i, count;
    double start, seconds;
    bool init;

    if (argc < 3) return 2;
    dcerpc_init();
    count = argc > 3 ? strtoul(argv[3], NULL, 10) : 0;

    init = !strcmp(argv[2], "open-init") || !strcmp(argv[2], "serve-init");
    /* Untimed, as in wine_bench: the first open loads and sets up what a
     * process does once. */
    if ((!strncmp(argv[2], "open", 4) || !strncmp(argv[2], "serve", 5)) && open_close(mem, argv[1], 1, init))
        return 1;
    if (!strcmp(argv[2], "open") || !strcmp(argv[2], "open-init"))
    {
        start = now_seconds();
        if (open_close(mem, argv[1], count, init)) return 1;
        seconds = now_seconds() - start;
        printf("open %lu %.6f %.3f\n", count, seconds, count ? seconds * 1e6 / count : 0.0);
        return 0;
    }
    if (!strcmp(argv[2], "serve") || !strcmp(argv[2], "serve-init"))
    {
        char line[32];

        /* Each line N read: N opens, answered with microseconds per open. */
        while (fgets(line, sizeof(line), stdin) && (count = strtoul(line, NULL, 10)))
        {
            start = now_seconds();
            if (open_close(mem, argv[1], count, init)) return 1;
            printf("%.3f\n", (now_seconds() - start) * 1e6 / count);
            fflush(stdout);
        }
        return 0;
    }
    if (!strcmp(argv[2], "clients") && argc >= 5)
    {
        unsigned long clients = count, per_client = strtoul(argv[4], NULL, 10), failed = 0;
        int status;

        start = now_seconds();
        for (i = 0; i < clients; i++)
        {
            if (fork() == 0)
            {
                TALLOC_CTX *child = talloc_new(NULL);
                struct dcerpc_pipe *p = connect_pipe(child, argv[1]);
                unsigned long j;

                for (j = 0; p && j < per_client; j++)
                {
                    struct cmrp_get_cluster_name r = { 0 };
                    TALLOC_CTX *frame = talloc_new(child);

                    if (call(p, frame, CMRP_GET_CLUSTER_NAME, &r)) _exit(1);
                    talloc_free(frame);
                }
                _exit(p ? 0 : 1);
            }
        }
        for (i = 0; i < clients; i++)
            if (wait(&status) < 0 || !WIFEXITED(status) || WEXITSTATUS(status)) failed++;
        printf("clients %lu %.6f %.0f calls/s%s\n", clients, now_seconds() - start,
               clients * per_client / (now_seconds() - start), failed ? " (FAILED)" : "");
        return failed != 0;
    }

    if (!(pipe = connect_pipe(mem, argv[1])) || open_cluster(pipe, mem, &cluster)) return 1;
    if (!strcmp(argv[2], "state") && argc >= 5)
    {
        struct cmrp_open_object o = { .name = argv[4] };
        struct cmrp_get_resource_state r;

        if (call(pipe, mem, CMRP_OPEN_RESOURCE, &o) || o.status) return 1;
        start = now_seconds();
        for (i = 0; i < count; i++)
        {
            TALLOC_CTX *frame = talloc_new(mem);

            memset(&r, 0, sizeof(r));
            r.handle = o.handle;
            if (call(pipe, frame, CMRP_GET_RESOURCE_STATE, &r) || r.result) return 1;
            talloc_free(frame);
        }
        printf("state %lu %.6f %.3f\n", count, now_seconds() - start, (now_seconds() - start) * 1e6 / count);
        close_handle(pipe, mem, CMRP_CLOSE_RESOURCE, &o.handle);
    }
    close_handle(pipe, mem, CMRP_CLOSE_CLUSTER, &cluster);
    talloc_free(mem);
    return 0;
}
