/*
 * server_bench: calls per second a clusapi server sustains with C concurrent
 * clients (bench/run-bench, section 4).
 *
 * Each client connects ONCE (connect, bind, ApiOpenCluster and, for the
 * default call, ApiOpenResource), then calls in a loop for a fixed time; only
 * calls completed inside the timed window count.  Clients are connections of
 * one process driven by one tevent loop, each with one asynchronous call
 * outstanding (dcerpc_binding_handle_call_send): that costs the client one
 * NDR push/pull per call and no context switch per client, so on a 2-core
 * machine the client leaves the server as much CPU as possible.  -j P spreads
 * the connections over P such processes, for when one client process is the
 * bottleneck (a sealed connection costs the client as much as the server).
 *
 *   server_bench -b BINDING [-A AUTHFILE] [-o 'option=value']... [-c CLIENTS]
 *                [-j PROCESSES] [-t SECONDS] [-m state|name|version]
 *
 * Prints "clients C processes P seconds T calls N rate R calls/s client_cpu U",
 * U being the CPU time (user + system) the client processes used per
 * second of the run (1.0 = one core busy), connecting included: when it
 * nears the number of cores, the client, not the server, is the limit.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <talloc.h>
#include <tevent.h>
#include <dcerpc.h>
#include <credentials.h>
#include <param.h>

#include "cmrp/cmrp.h"

#define MAX_LP_OPTIONS 16

enum bench_method { METHOD_STATE, METHOD_NAME, METHOD_VERSION };

struct options
{
    const char *binding;
    const char *auth_file;
    const char *lp_options[MAX_LP_OPTIONS];
    unsigned int num_lp_options;
    unsigned int clients, processes;
    double seconds;
    enum bench_method method;
};

/* One process's connections and their shared loop. */
struct worker
{
    const struct options *options;
    struct tevent_context *ev;
    struct loadparm_context *lp_ctx;
    struct cli_credentials *credentials;
    double start, end;              /* the timed window, CLOCK_MONOTONIC seconds */
    unsigned long completed;        /* calls answered inside the window */
    unsigned int outstanding;
    bool failed;
};

struct connection
{
    struct worker *worker;
    struct dcerpc_pipe *pipe;
    struct policy_handle cluster, resource;
    TALLOC_CTX *call_mem;           /* the call in flight and what its reply pulled */
    const uint32_t *result;         /* the call's method status, checked when it returns */
};

static double now_seconds(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static bool call_sync(struct connection *c, uint32_t opnum, void *r)
{
    return NT_STATUS_IS_OK(dcerpc_binding_handle_call(c->pipe->binding_handle, NULL, &cmrp_table, opnum, c, r));
}

/* connect, bind, open what the loop calls on */
static bool connection_open(struct worker *worker, struct connection *c)
{
    struct cmrp_open_cluster open_cluster = { 0 };
    struct cmrp_open_object open_resource = { .name = "Cluster Name" };

    c->worker = worker;
    if (!NT_STATUS_IS_OK(dcerpc_pipe_connect(c, &c->pipe, worker->options->binding, &cmrp_table, worker->credentials,
                                             worker->ev, worker->lp_ctx)))
        return false;
    dcerpc_binding_handle_set_timeout(c->pipe->binding_handle, 60);
    if (!call_sync(c, CMRP_OPEN_CLUSTER, &open_cluster) || open_cluster.status) return false;
    c->cluster = open_cluster.handle;
    if (worker->options->method != METHOD_STATE) return true;
    if (!call_sync(c, CMRP_OPEN_RESOURCE, &open_resource) || open_resource.status) return false;
    c->resource = open_resource.handle;
    return true;
}

static void call_done(struct tevent_req *req);

static void call_next(struct connection *c)
{
    struct worker *worker = c->worker;
    struct tevent_req *req;
    uint32_t opnum;
    void *r;

    if (!(c->call_mem = talloc_new(c))) goto fail;
    switch (worker->options->method)
    {
    case METHOD_STATE:
    {
        struct cmrp_get_resource_state *state = talloc_zero(c->call_mem, struct cmrp_get_resource_state);

        opnum = CMRP_GET_RESOURCE_STATE;
        if (!(r = state)) goto fail;
        state->handle = c->resource;
        c->result = &state->result;
        break;
    }
    case METHOD_NAME:
    {
        struct cmrp_get_cluster_name *name = talloc_zero(c->call_mem, struct cmrp_get_cluster_name);

        opnum = CMRP_GET_CLUSTER_NAME;
        if (!(r = name)) goto fail;
        c->result = &name->result;
        break;
    }
    default:
    {
        struct cmrp_get_cluster_version2 *version = talloc_zero(c->call_mem, struct cmrp_get_cluster_version2);

        opnum = CMRP_GET_CLUSTER_VERSION2;
        if (!(r = version)) goto fail;
        c->result = &version->result;
        break;
    }
    }
    req = dcerpc_binding_handle_call_send(c->call_mem, worker->ev, c->pipe->binding_handle, NULL, &cmrp_table, opnum,
                                          c->call_mem, r);
    if (!req) goto fail;
    tevent_req_set_callback(req, call_done, c);
    worker->outstanding++;
    return;

fail:
    TALLOC_FREE(c->call_mem);
    worker->failed = true;
}

static void call_done(struct tevent_req *req)
{
    struct connection *c = tevent_req_callback_data(req, struct connection);
    struct worker *worker = c->worker;
    NTSTATUS status = dcerpc_binding_handle_call_recv(req);
    uint32_t result = NT_STATUS_IS_OK(status) ? *c->result : 0;
    double now = now_seconds();

    worker->outstanding--;
    TALLOC_FREE(c->call_mem);
    if (!NT_STATUS_IS_OK(status) || result)
    {
        /* a benchmark of failing calls measures nothing */
        if (!NT_STATUS_IS_OK(status)) fprintf(stderr, "server_bench: call failed: %s\n", nt_errstr(status));
        else fprintf(stderr, "server_bench: call failed: Win32 error %u\n", result);
        worker->failed = true;
        return;
    }
    if (now >= worker->start && now <= worker->end) worker->completed++;
    if (now < worker->end) call_next(c);
}

/* One process: connect its share, report readiness, wait for the start
 * signal (ready_fd's peer closing go_fd), loop, write the count. */
static int worker_connect_and_run(const struct options *options, unsigned int connections, int ready_fd, int go_fd,
                                  int result_fd, bool *ready_sent)
{
    TALLOC_CTX *mem = talloc_new(NULL);
    struct worker worker = { .options = options };
    struct connection **conns;
    unsigned int i;
    char byte = 0;

    worker.ev = tevent_context_init(mem);
    worker.lp_ctx = loadparm_init_global(false);
    worker.credentials = cli_credentials_init(mem);
    conns = talloc_zero_array(mem, struct connection *, connections);
    if (!worker.ev || !worker.lp_ctx || !worker.credentials || !conns) return 1;
    lpcfg_set_cmdline(worker.lp_ctx, "interfaces", "lo");
    for (i = 0; i < options->num_lp_options; i++)
        if (!lpcfg_set_option(worker.lp_ctx, options->lp_options[i])) return 1;
    cli_credentials_set_conf(worker.credentials, worker.lp_ctx);
    if (!options->auth_file) cli_credentials_set_anonymous(worker.credentials);
    else if (!cli_credentials_parse_file(worker.credentials, options->auth_file, CRED_SPECIFIED)) return 1;

    for (i = 0; i < connections; i++)
    {
        /* each its own talloc context: calls hang off it */
        if (!(conns[i] = talloc_zero(conns, struct connection)) || !connection_open(&worker, conns[i]))
        {
            fprintf(stderr, "server_bench: connection %u of %u failed\n", i + 1, connections);
            return 1;
        }
    }
    *ready_sent = true;
    if (write(ready_fd, &byte, 1) != 1) return 1;
    while (read(go_fd, &byte, 1) == -1 && errno == EINTR);   /* EOF: go */

    worker.start = now_seconds();
    worker.end = worker.start + options->seconds;
    for (i = 0; i < connections; i++) call_next(conns[i]);
    while (worker.outstanding && !worker.failed)
        if (tevent_loop_once(worker.ev) != 0) break;
    if (worker.failed) return 1;
    dprintf(result_fd, "%lu\n", worker.completed);
    talloc_free(mem);
    return 0;
}

/* Whatever happens, the parent hears from each worker once on ready_fd
 * (0 ready, 1 failed), so it never waits for a worker that gave up. */
static int worker_run(const struct options *options, unsigned int connections, int ready_fd, int go_fd, int result_fd)
{
    char failed = 1;
    bool ready_sent = false;
    int ret = worker_connect_and_run(options, connections, ready_fd, go_fd, result_fd, &ready_sent);

    if (ret && !ready_sent && write(ready_fd, &failed, 1) != 1) return ret;
    return ret;
}

static bool parse_options(int argc, char **argv, struct options *options)
{
    int opt;

    options->clients = 1;
    options->processes = 1;
    options->seconds = 3;
    options->method = METHOD_STATE;
    while ((opt = getopt(argc, argv, "b:A:o:c:j:t:m:")) != -1)
    {
        switch (opt)
        {
        case 'b': options->binding = optarg; break;
        case 'A': options->auth_file = optarg; break;
        case 'o':
            if (options->num_lp_options == MAX_LP_OPTIONS) return false;
            options->lp_options[options->num_lp_options++] = optarg;
            break;
        case 'c': options->clients = strtoul(optarg, NULL, 10); break;
        case 'j': options->processes = strtoul(optarg, NULL, 10); break;
        case 't': options->seconds = strtod(optarg, NULL); break;
        case 'm':
            if (!strcmp(optarg, "state")) options->method = METHOD_STATE;
            else if (!strcmp(optarg, "name")) options->method = METHOD_NAME;
            else if (!strcmp(optarg, "version")) options->method = METHOD_VERSION;
            else return false;
            break;
        default: return false;
        }
    }
    if (options->processes > options->clients) options->processes = options->clients;
    return options->binding && optind == argc && options->clients && options->processes && options->seconds > 0;
}

int main(int argc, char **argv)
{
    struct options options = { 0 };
    int ready[2], go[2], result[2], status;
    unsigned long total = 0, count;
    unsigned int i, failed = 0;
    FILE *results;
    struct rusage usage;
    double client_cpu = 0;
    char byte;

    if (!parse_options(argc, argv, &options))
    {
        fprintf(stderr, "usage: server_bench -b BINDING [-A AUTHFILE] [-o 'option=value']... [-c CLIENTS] "
                        "[-j PROCESSES] [-t SECONDS] [-m state|name|version]\n");
        return 2;
    }
    dcerpc_init();
    if (pipe(ready) || pipe(go) || pipe(result)) return 1;
    for (i = 0; i < options.processes; i++)
    {
        /* the first clients % processes workers take one connection more */
        unsigned int share = options.clients / options.processes + (i < options.clients % options.processes);

        switch (fork())
        {
        case -1:
            return 1;
        case 0:
            close(ready[0]); close(go[1]); close(result[0]);
            _exit(worker_run(&options, share, ready[1], go[0], result[1]));
        }
    }
    close(ready[1]); close(go[0]); close(result[1]);
    for (i = 0; i < options.processes; i++)
        if (read(ready[0], &byte, 1) != 1 || byte) failed = 1;
    close(go[1]);                   /* every worker starts now */

    results = fdopen(result[0], "r");
    while (results && fscanf(results, "%lu", &count) == 1) total += count;
    for (i = 0; i < options.processes; i++)
        if (wait(&status) < 0 || !WIFEXITED(status) || WEXITSTATUS(status)) failed = 1;
    if (!getrusage(RUSAGE_CHILDREN, &usage))
        client_cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec
                     + usage.ru_stime.tv_usec / 1e6;
    printf("clients %u processes %u seconds %.1f calls %lu rate %.0f calls/s client_cpu %.2f%s\n", options.clients,
           options.processes, options.seconds, total, total / options.seconds, client_cpu / options.seconds,
           failed ? " (FAILED)" : "");
    return failed;
}
