/*
 * cmrp_probe: checks a running cmrpd over one binding, as a client would.
 *
 * It speaks through the codec (cmrp_table) and Samba's client library, and
 * compares what comes back with the expectations given on the command line
 * (test_cmrpd.sh takes them from the example configuration).  One line per
 * check, "ok - ..." or "not ok - ...", with "# ..." details on failures;
 * the exit status is 1 if any check failed, 2 on usage errors.
 */
#include <getopt.h>
#include <netdb.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <talloc.h>
#include <tevent.h>
#include <dcerpc.h>
#include <credentials.h>
#include <param.h>

#include "cmrp/cmrp.h"

#define GENERIC_READ      0x80000000u
#define GENERIC_WRITE     0x40000000u
#define GENERIC_EXECUTE   0x20000000u
#define GENERIC_ALL       0x10000000u
#define MAXIMUM_ALLOWED   0x02000000u
#define READ_ACCESS       0x00000001u
#define CHANGE_ACCESS     0x00000002u
#define NO_ACCESS         0x00000004u   /* CLUSAPI_NO_ACCESS: not a desired-access bit */

#define WIN32_ERROR_ACCESS_DENIED              5u
#define WIN32_ERROR_INVALID_PARAMETER         87u
#define WIN32_ERROR_CALL_NOT_IMPLEMENTED     120u
#define WIN32_ERROR_INVALID_NAME             123u
#define WIN32_RPC_S_STRING_TOO_LONG         1743u
#define WIN32_ERROR_RESOURCE_PROPERTIES_STORED 5024u

struct expectations
{
    const char *cluster_name;
    const char *node_name;
    const char *other_node;         /* another configured node, for SetClusterName */
    unsigned int major, minor, build;
    const char *vendor_id;
    const char *csd_version;
    uint32_t highest_version, lowest_version;
    bool read_only;                 /* the server runs with client_access = read */
};

struct probe
{
    const char *label;              /* prefix of every check line */
    const char *binding;
    struct tevent_context *ev;
    struct loadparm_context *lp_ctx;
    struct cli_credentials *credentials;
    struct expectations expect;
    unsigned int failures;
};

static bool check(struct probe *probe, bool ok, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static bool check(struct probe *probe, bool ok, const char *fmt, ...)
{
    va_list ap;

    printf("%s - %s: ", ok ? "ok" : "not ok", probe->label);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
    if (!ok) probe->failures++;
    fflush(stdout);
    return ok;
}

static void diag(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void diag(const char *fmt, ...)
{
    va_list ap;

    fputs("# ", stdout);
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
}

static struct dcerpc_pipe *connect_pipe(struct probe *probe, TALLOC_CTX *mem_ctx)
{
    struct dcerpc_pipe *pipe = NULL;
    NTSTATUS status;

    status = dcerpc_pipe_connect(mem_ctx, &pipe, probe->binding, &cmrp_table, probe->credentials, probe->ev,
                                 probe->lp_ctx);
    if (!NT_STATUS_IS_OK(status))
    {
        diag("connecting to %s: %s", probe->binding, nt_errstr(status));
        return NULL;
    }
    /* a server that hangs must fail the test, not stall it */
    dcerpc_binding_handle_set_timeout(pipe->binding_handle, 10);
    return pipe;
}

static NTSTATUS call(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum, void *r)
{
    return dcerpc_binding_handle_call(pipe->binding_handle, NULL, &cmrp_table, opnum, mem_ctx, r);
}

static bool same_string(const char *a, const char *b)
{
    return a && b && !strcmp(a, b);
}

static const char *or_null(const char *s)
{
    return s ? s : "(null)";
}

static bool open_cluster(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, struct policy_handle *handle)
{
    struct cmrp_open_cluster r;
    NTSTATUS status;

    memset(&r, 0, sizeof(r));
    status = call(pipe, mem_ctx, CMRP_OPEN_CLUSTER, &r);
    *handle = r.handle;
    if (!NT_STATUS_IS_OK(status) || r.status != 0 || ndr_policy_handle_empty(&r.handle))
    {
        diag("ApiOpenCluster: %s, Status %u", nt_errstr(status), r.status);
        return false;
    }
    return true;
}

/* ApiCloseCluster; *result and the handle as returned. */
static NTSTATUS close_cluster(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, struct policy_handle *handle,
                              uint32_t *result)
{
    struct cmrp_close_handle r;
    NTSTATUS status;

    memset(&r, 0, sizeof(r));
    r.handle = *handle;
    status = call(pipe, mem_ctx, CMRP_CLOSE_CLUSTER, &r);
    if (NT_STATUS_IS_OK(status)) *handle = r.handle;
    *result = r.result;
    return status;
}

static bool get_cluster_name(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, struct cmrp_get_cluster_name *r)
{
    NTSTATUS status;

    memset(r, 0, sizeof(*r));
    status = call(pipe, mem_ctx, CMRP_GET_CLUSTER_NAME, r);
    if (!NT_STATUS_IS_OK(status)) diag("ApiGetClusterName: %s", nt_errstr(status));
    return NT_STATUS_IS_OK(status) && r->result == 0;
}

/* ---- the checks ---- */

static void check_names_and_versions(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx)
{
    const struct expectations *expect = &probe->expect;
    struct cmrp_get_cluster_name name;
    struct cmrp_get_cluster_version version;
    struct cmrp_get_cluster_version2 version2;
    NTSTATUS status;
    bool ok;

    ok = get_cluster_name(pipe, mem_ctx, &name);
    if (!check(probe, ok && same_string(name.cluster_name, expect->cluster_name)
                       && same_string(name.node_name, expect->node_name),
               "ApiGetClusterName returns cluster %s and node %s", expect->cluster_name, expect->node_name))
        diag("got result %u, cluster '%s', node '%s'", name.result, or_null(name.cluster_name), or_null(name.node_name));

    memset(&version, 0, sizeof(version));
    status = call(pipe, mem_ctx, CMRP_GET_CLUSTER_VERSION, &version);
    if (!check(probe, NT_STATUS_IS_OK(status) && version.result == WIN32_ERROR_CALL_NOT_IMPLEMENTED,
               "ApiGetClusterVersion answers ERROR_CALL_NOT_IMPLEMENTED, as v3 servers do"))
        diag("got %s, result %u", nt_errstr(status), version.result);

    memset(&version2, 0, sizeof(version2));
    status = call(pipe, mem_ctx, CMRP_GET_CLUSTER_VERSION2, &version2);
    ok = NT_STATUS_IS_OK(status) && version2.result == 0 && version2.rpc_status == 0
         && version2.major_version == expect->major && version2.minor_version == expect->minor
         && version2.build_number == expect->build
         && same_string(version2.vendor_id, expect->vendor_id) && same_string(version2.csd_version, expect->csd_version)
         && version2.opver && version2.opver->size == 20
         && version2.opver->highest_version == expect->highest_version
         && version2.opver->lowest_version == expect->lowest_version
         && version2.opver->flags == (expect->highest_version != expect->lowest_version ? 1u : 0u)
         && version2.opver->reserved == 0;
    if (!check(probe, ok, "ApiGetClusterVersion2 returns %u.%u.%u '%s' '%s', opver size 20 0x%08x/0x%08x",
               expect->major, expect->minor, expect->build, expect->vendor_id, expect->csd_version,
               expect->highest_version, expect->lowest_version))
    {
        diag("got %s, result %u, rpc_status %u, %u.%u.%u '%s' '%s'", nt_errstr(status), version2.result,
             version2.rpc_status, version2.major_version, version2.minor_version, version2.build_number,
             or_null(version2.vendor_id), or_null(version2.csd_version));
        if (version2.opver)
            diag("opver size %u highest 0x%08x lowest 0x%08x flags %u reserved %u", version2.opver->size,
                 version2.opver->highest_version, version2.opver->lowest_version, version2.opver->flags,
                 version2.opver->reserved);
    }
}

static void check_open_close(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx)
{
    struct policy_handle handle, stale, zero;
    uint32_t result = 0;
    NTSTATUS status;

    if (probe->expect.read_only)
    {
        struct cmrp_open_cluster r;

        memset(&r, 0, sizeof(r));
        status = call(pipe, mem_ctx, CMRP_OPEN_CLUSTER, &r);
        if (!check(probe, NT_STATUS_IS_OK(status) && r.status == WIN32_ERROR_ACCESS_DENIED && ndr_policy_handle_empty(&r.handle),
                   "ApiOpenCluster needs \"All\": WIN32_ERROR_ACCESS_DENIED and a NULL handle for a read-only client"))
            diag("got %s, Status %u", nt_errstr(status), r.status);
        return;
    }

    if (!check(probe, open_cluster(probe, pipe, mem_ctx, &handle), "ApiOpenCluster gives Status 0 and a handle"))
        return;
    check(probe, handle.handle_type == 1, "the cluster handle has handle_type 1 (got %u)", handle.handle_type);

    stale = handle;
    status = close_cluster(pipe, mem_ctx, &handle, &result);
    if (!check(probe, NT_STATUS_IS_OK(status) && result == 0 && ndr_policy_handle_empty(&handle),
               "ApiCloseCluster returns 0 and a zeroed handle"))
        diag("got %s, result %u, handle %s", nt_errstr(status), result,
             ndr_policy_handle_empty(&handle) ? "zero" : "not zero");

    status = close_cluster(pipe, mem_ctx, &stale, &result);
    if (!check(probe, NT_STATUS_EQUAL(status, NT_STATUS_RPC_SS_CONTEXT_MISMATCH),
               "closing the closed handle again faults with context mismatch"))
        diag("got %s, result %u", nt_errstr(status), result);

    memset(&zero, 0, sizeof(zero));
    status = close_cluster(pipe, mem_ctx, &zero, &result);
    if (!check(probe, NT_STATUS_EQUAL(status, NT_STATUS_RPC_SS_CONTEXT_MISMATCH),
               "closing a NULL handle faults with context mismatch"))
        diag("got %s, result %u", nt_errstr(status), result);

    check(probe, get_cluster_name(pipe, mem_ctx, &(struct cmrp_get_cluster_name){ 0 }),
          "the connection still works after the faults");
}

/* Handles live in the association group: another connection cannot use them. */
static void check_handle_isolation(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx)
{
    struct dcerpc_pipe *other = connect_pipe(probe, mem_ctx);
    struct policy_handle handle, copy;
    uint32_t result = 0;
    NTSTATUS status;

    if (probe->expect.read_only) return;
    if (!check(probe, other != NULL, "a second connection binds")) return;
    if (!open_cluster(probe, pipe, mem_ctx, &handle))
    {
        check(probe, false, "ApiOpenCluster on the first connection");
        return;
    }
    copy = handle;
    status = close_cluster(other, mem_ctx, &copy, &result);
    if (!check(probe, NT_STATUS_EQUAL(status, NT_STATUS_RPC_SS_CONTEXT_MISMATCH),
               "a handle of another association group faults with context mismatch"))
        diag("got %s, result %u", nt_errstr(status), result);
    status = close_cluster(pipe, mem_ctx, &handle, &result);
    check(probe, NT_STATUS_IS_OK(status) && result == 0, "and still closes on its own connection");
    talloc_free(other);
}

/* Connections naming the same association group share its handles; a group
 * the server never handed out is refused at bind time. */
static void check_shared_association(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx)
{
    uint32_t group = dcerpc_binding_get_assoc_group_id(pipe->binding);
    struct dcerpc_binding *binding = dcerpc_binding_dup(mem_ctx, pipe->binding);
    struct dcerpc_pipe *joined = NULL, *stranger = NULL;
    struct policy_handle handle;
    uint32_t result = 0;
    NTSTATUS status;

    if (probe->expect.read_only) return;
    if (!check(probe, group != 0 && binding != NULL, "the bind_ack gives an association group (0x%08x)", group))
        return;
    dcerpc_binding_set_assoc_group_id(binding, group);
    status = dcerpc_pipe_connect_b(mem_ctx, &joined, binding, &cmrp_table, probe->credentials, probe->ev,
                                   probe->lp_ctx);
    if (!check(probe, NT_STATUS_IS_OK(status), "a second connection joins association group 0x%08x", group))
    {
        diag("got %s", nt_errstr(status));
        return;
    }
    if (open_cluster(probe, pipe, mem_ctx, &handle))
    {
        status = close_cluster(joined, mem_ctx, &handle, &result);
        if (!check(probe, NT_STATUS_IS_OK(status) && result == 0 && ndr_policy_handle_empty(&handle),
                   "a handle opened on one connection closes on the other connection of its group"))
            diag("got %s, result %u", nt_errstr(status), result);
    }
    talloc_free(joined);

    /* cmrpd hands out ids up to 0xffff */
    dcerpc_binding_set_assoc_group_id(binding, 0x12345678);
    status = dcerpc_pipe_connect_b(mem_ctx, &stranger, binding, &cmrp_table, probe->credentials, probe->ev,
                                   probe->lp_ctx);
    if (!check(probe, !NT_STATUS_IS_OK(status), "a bind naming an unknown association group is refused"))
        talloc_free(stranger);
    talloc_free(binding);
}

struct access_case
{
    uint32_t desired;
    uint32_t status_if_all;         /* expected with client_access = all */
    uint32_t granted_if_all;
    uint32_t status_if_read;        /* expected with client_access = read */
    uint32_t granted_if_read;
    const char *what;
};

static void check_open_cluster_ex(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx)
{
    static const struct access_case cases[] =
    {
        { READ_ACCESS, 0, GENERIC_READ, 0, GENERIC_READ, "CLUSAPI_READ_ACCESS" },
        { READ_ACCESS | CHANGE_ACCESS, 0, GENERIC_ALL, WIN32_ERROR_ACCESS_DENIED, 0, "READ|CHANGE" },
        { GENERIC_READ, 0, GENERIC_READ, 0, GENERIC_READ, "GENERIC_READ" },
        { GENERIC_WRITE, 0, GENERIC_ALL, WIN32_ERROR_ACCESS_DENIED, 0, "GENERIC_WRITE" },
        { GENERIC_EXECUTE, 0, GENERIC_ALL, WIN32_ERROR_ACCESS_DENIED, 0, "GENERIC_EXECUTE" },
        { GENERIC_ALL, 0, GENERIC_ALL, WIN32_ERROR_ACCESS_DENIED, 0, "GENERIC_ALL" },
        { MAXIMUM_ALLOWED, 0, GENERIC_ALL, 0, GENERIC_READ, "MAXIMUM_ALLOWED" },
        { MAXIMUM_ALLOWED | GENERIC_READ, 0, GENERIC_ALL, 0, GENERIC_READ, "MAXIMUM_ALLOWED|GENERIC_READ" },
        { CHANGE_ACCESS | GENERIC_READ, 0, GENERIC_ALL, WIN32_ERROR_ACCESS_DENIED, 0, "CHANGE|GENERIC_READ" },
        { CHANGE_ACCESS, WIN32_ERROR_INVALID_PARAMETER, 0, WIN32_ERROR_INVALID_PARAMETER, 0, "CHANGE without READ" },
        { 0, WIN32_ERROR_INVALID_PARAMETER, 0, WIN32_ERROR_INVALID_PARAMETER, 0, "no access at all" },
        { NO_ACCESS, WIN32_ERROR_INVALID_PARAMETER, 0, WIN32_ERROR_INVALID_PARAMETER, 0, "unknown bit 0x4" },
        { READ_ACCESS | 0x00010000u, WIN32_ERROR_INVALID_PARAMETER, 0, WIN32_ERROR_INVALID_PARAMETER, 0, "READ|DELETE (unknown)" },
    };
    size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        const struct access_case *c = &cases[i];
        uint32_t want_status = probe->expect.read_only ? c->status_if_read : c->status_if_all;
        uint32_t want_granted = probe->expect.read_only ? c->granted_if_read : c->granted_if_all;
        struct cmrp_open_cluster_ex r;
        uint32_t result = 0;
        NTSTATUS status;
        bool ok;

        memset(&r, 0, sizeof(r));
        r.desired_access = c->desired;
        status = call(pipe, mem_ctx, CMRP_OPEN_CLUSTER_EX, &r);
        ok = NT_STATUS_IS_OK(status) && r.status == want_status;
        if (want_status == 0) ok = ok && r.granted_access == want_granted && !ndr_policy_handle_empty(&r.handle);
        else ok = ok && ndr_policy_handle_empty(&r.handle);
        if (!check(probe, ok, "ApiOpenClusterEx(%s 0x%08x) gives Status %u, granted 0x%08x%s", c->what, c->desired,
                   want_status, want_granted, want_status ? ", NULL handle" : ""))
            diag("got %s, Status %u, granted 0x%08x, handle %s", nt_errstr(status), r.status, r.granted_access,
                 ndr_policy_handle_empty(&r.handle) ? "NULL" : "set");
        if (NT_STATUS_IS_OK(status) && !ndr_policy_handle_empty(&r.handle))
        {
            status = close_cluster(pipe, mem_ctx, &r.handle, &result);
            if (!NT_STATUS_IS_OK(status) || result != 0)
                check(probe, false, "closing the ApiOpenClusterEx handle (%s, %u)", nt_errstr(status), result);
        }
    }
}

static uint32_t set_cluster_name(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, const char *name,
                                 uint32_t *rpc_status, NTSTATUS *status)
{
    struct cmrp_string_in r;

    memset(&r, 0, sizeof(r));
    r.string = name;
    r.rpc_status = 0xdeadbeef;
    *status = call(pipe, mem_ctx, CMRP_SET_CLUSTER_NAME, &r);
    *rpc_status = r.rpc_status;
    return r.result;
}

static void check_set_cluster_name(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx)
{
    const struct expectations *expect = &probe->expect;
    struct cmrp_get_cluster_name name;
    char longest[64], too_long[65];
    struct { const char *name; uint32_t want; const char *what; } cases[] =
    {
        { expect->cluster_name, WIN32_ERROR_RESOURCE_PROPERTIES_STORED, "the current name" },
        { "RENAMED", WIN32_ERROR_RESOURCE_PROPERTIES_STORED, "a new name (stored, pending)" },
        { expect->other_node, WIN32_ERROR_INVALID_NAME, "a node's name" },
        { "", WIN32_ERROR_INVALID_NAME, "an empty name" },
        { "bad_name", WIN32_ERROR_INVALID_NAME, "a name that is not a DNS label" },
        { longest, WIN32_ERROR_RESOURCE_PROPERTIES_STORED, "a 63-character name" },
        { too_long, WIN32_RPC_S_STRING_TOO_LONG, "a 64-character name" },
    };
    uint32_t result, rpc_status;
    NTSTATUS status;
    size_t i;

    /* at most 64 UTF-16 units including the terminator (MS-CMRP 3.1.4.2.3) */
    memset(longest, 'a', 63);
    longest[63] = 0;
    memset(too_long, 'a', 64);
    too_long[64] = 0;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        uint32_t want = probe->expect.read_only ? WIN32_ERROR_ACCESS_DENIED : cases[i].want;

        result = set_cluster_name(probe, pipe, mem_ctx, cases[i].name, &rpc_status, &status);
        if (!check(probe, NT_STATUS_IS_OK(status) && result == want && rpc_status == 0,
                   "ApiSetClusterName(%s) answers %u", cases[i].what, want))
            diag("got %s, result %u, rpc_status %u", nt_errstr(status), result, rpc_status);
        if (probe->expect.read_only) break;
    }

    /* the rename waits for the network name resource to restart */
    if (!check(probe, get_cluster_name(pipe, mem_ctx, &name) && same_string(name.cluster_name, expect->cluster_name),
               "ApiGetClusterName still returns %s after ApiSetClusterName", expect->cluster_name))
        diag("got '%s'", or_null(name.cluster_name));
    if (!probe->expect.read_only)
        set_cluster_name(probe, pipe, mem_ctx, expect->cluster_name, &rpc_status, &status);  /* drop the pending name */
}

/* Send bytes that are not DCE/RPC, or broken PDUs, on raw TCP connections
 * and hang up: the server must shrug them off. */
static void send_garbage(struct probe *probe)
{
    static const uint8_t not_rpc[] = "GET / HTTP/1.0\r\n\r\n";
    /* a bind header claiming a 65535-byte fragment, then silence */
    static const uint8_t endless_fragment[16] = { 5, 0, 11, 3, 0x10, 0, 0, 0, 0xff, 0xff, 0, 0, 1, 0, 0, 0 };
    /* a 72-byte bind cut after its header */
    static const uint8_t cut_bind[16] = { 5, 0, 11, 3, 0x10, 0, 0, 0, 0x48, 0, 0, 0, 1, 0, 0, 0 };
    /* a request before any bind */
    static const uint8_t unbound_request[24] = { 5, 0, 0, 3, 0x10, 0, 0, 0, 24, 0, 0, 0, 2, 0, 0, 0,
                                                 0, 0, 0, 0, 0, 0, 3, 0 };
    static const struct { const uint8_t *data; size_t length; } payloads[] =
    {
        { not_rpc, sizeof(not_rpc) - 1 }, { endless_fragment, sizeof(endless_fragment) },
        { cut_bind, sizeof(cut_bind) }, { unbound_request, sizeof(unbound_request) },
    };
    struct addrinfo hints, *address = NULL;
    char host[256], port[16];
    bool sent = true;
    size_t i;

    /* only for ncacn_ip_tcp:HOST[PORT] bindings */
    if (sscanf(probe->binding, "ncacn_ip_tcp:%255[^[][%15[0-9]]", host, port) != 2) return;
    memset(&hints, 0, sizeof(hints));
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &address) != 0) return;
    for (i = 0; i < sizeof(payloads) / sizeof(payloads[0]); i++)
    {
        int fd = socket(address->ai_family, SOCK_STREAM, 0);

        if (fd == -1 || connect(fd, address->ai_addr, address->ai_addrlen) == -1
            || send(fd, payloads[i].data, payloads[i].length, MSG_NOSIGNAL) != (ssize_t)payloads[i].length)
            sent = false;
        if (fd != -1) close(fd);
    }
    freeaddrinfo(address);
    check(probe, sent, "sent non-RPC bytes, a never-ending fragment, a cut bind and an unbound request");
}

static void check_faults(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx)
{
    /* conformant-varying string with actual_count 9 above max_count 5 */
    static const uint8_t count_overflow[] = { 5, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 'A', 0, 0, 0 };
    /* "AB" without its terminator */
    static const uint8_t no_terminator[] = { 2, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 'A', 0, 'B', 0 };
    /* claims a gigantic string, sends 2 bytes of it */
    static const uint8_t huge_claim[] = { 0, 0, 0, 0x40, 0, 0, 0, 0, 0, 0, 0, 0x40, 'A', 0 };
    static const uint8_t truncated_handle[10] = { 0 };
    static const struct { uint32_t opnum; const uint8_t *data; size_t length; const char *what; } malformed[] =
    {
        { CMRP_SET_CLUSTER_NAME, count_overflow, sizeof(count_overflow), "string actual_count > max_count" },
        { CMRP_SET_CLUSTER_NAME, no_terminator, sizeof(no_terminator), "string without terminator" },
        { CMRP_SET_CLUSTER_NAME, huge_claim, sizeof(huge_claim), "string claiming 1G characters" },
        { CMRP_SET_CLUSTER_NAME, count_overflow, 4, "string cut after max_count" },
        { CMRP_OPEN_CLUSTER_EX, NULL, 0, "empty stub for ApiOpenClusterEx" },
        { CMRP_CLOSE_CLUSTER, truncated_handle, sizeof(truncated_handle), "10-byte context handle" },
    };
    static const uint32_t unknown_opnums[] = { 5, 101, 118, 150, 0xffff };
    uint8_t *out = NULL;
    size_t out_length = 0, i;
    uint32_t out_flags = 0;
    struct dcerpc_pipe *fresh;
    NTSTATUS status;

    for (i = 0; i < sizeof(unknown_opnums) / sizeof(unknown_opnums[0]); i++)
    {
        status = dcerpc_binding_handle_raw_call(pipe->binding_handle, NULL, unknown_opnums[i], 0, NULL, 0, mem_ctx,
                                                &out, &out_length, &out_flags);
        if (!check(probe, NT_STATUS_EQUAL(status, NT_STATUS_RPC_PROCNUM_OUT_OF_RANGE),
                   "opnum %u (not served) faults with nca_op_rng_error", unknown_opnums[i]))
            diag("got %s", nt_errstr(status));
    }

    for (i = 0; i < sizeof(malformed) / sizeof(malformed[0]); i++)
    {
        status = dcerpc_binding_handle_raw_call(pipe->binding_handle, NULL, malformed[i].opnum, 0, malformed[i].data,
                                                malformed[i].length, mem_ctx, &out, &out_length, &out_flags);
        if (!check(probe, NT_STATUS_EQUAL(status, NT_STATUS_RPC_BAD_STUB_DATA),
                   "malformed stub (%s) faults with bad stub data", malformed[i].what))
            diag("got %s", nt_errstr(status));
    }

    check(probe, get_cluster_name(pipe, mem_ctx, &(struct cmrp_get_cluster_name){ 0 }),
          "the same connection still answers after the faults");
    send_garbage(probe);
    fresh = connect_pipe(probe, mem_ctx);
    check(probe, fresh && get_cluster_name(fresh, mem_ctx, &(struct cmrp_get_cluster_name){ 0 }),
          "the server still accepts new connections");
    talloc_free(fresh);
}

/* ---- main ---- */

static void usage(void)
{
    fprintf(stderr,
            "usage: cmrp_probe -b BINDING [-n NCALRPC_DIR] [-L LABEL] [-r] -C CLUSTER -N NODE -O OTHER_NODE\n"
            "                  -V MAJOR.MINOR.BUILD -H HIGHEST -W LOWEST [-I VENDOR_ID] [-S CSD_VERSION]\n"
            "  -r  the server runs with client_access = read\n");
}

static bool parse_arguments(int argc, char **argv, struct probe *probe, const char **ncalrpc_dir)
{
    struct expectations *expect = &probe->expect;
    int c;

    expect->vendor_id = "Microsoft(R) Cluster Service";
    expect->csd_version = "";
    while ((c = getopt(argc, argv, "b:n:L:rC:N:O:V:H:W:I:S:")) != -1)
    {
        switch (c)
        {
        case 'b': probe->binding = optarg; break;
        case 'n': *ncalrpc_dir = optarg; break;
        case 'L': probe->label = optarg; break;
        case 'r': expect->read_only = true; break;
        case 'C': expect->cluster_name = optarg; break;
        case 'N': expect->node_name = optarg; break;
        case 'O': expect->other_node = optarg; break;
        case 'I': expect->vendor_id = optarg; break;
        case 'S': expect->csd_version = optarg; break;
        case 'V':
            if (sscanf(optarg, "%u.%u.%u", &expect->major, &expect->minor, &expect->build) != 3) return false;
            break;
        case 'H': expect->highest_version = strtoul(optarg, NULL, 0); break;
        case 'W': expect->lowest_version = strtoul(optarg, NULL, 0); break;
        default: return false;
        }
    }
    if (!probe->label) probe->label = probe->binding;
    return probe->binding && expect->cluster_name && expect->node_name && expect->other_node && optind == argc;
}

int main(int argc, char **argv)
{
    TALLOC_CTX *mem_ctx = talloc_new(NULL);
    struct probe probe;
    const char *ncalrpc_dir = NULL;
    struct dcerpc_pipe *pipe;

    memset(&probe, 0, sizeof(probe));
    if (!parse_arguments(argc, argv, &probe, &ncalrpc_dir))
    {
        usage();
        return 2;
    }

    dcerpc_init();
    probe.ev = tevent_context_init(mem_ctx);
    probe.lp_ctx = loadparm_init_global(false);   /* defaults; smb.conf is not read */
    probe.credentials = cli_credentials_init_anon(mem_ctx);
    if (!probe.ev || !probe.lp_ctx || !probe.credentials) return 2;
    if (ncalrpc_dir) lpcfg_set_cmdline(probe.lp_ctx, "ncalrpc dir", ncalrpc_dir);

    pipe = connect_pipe(&probe, mem_ctx);
    if (check(&probe, pipe != NULL, "an anonymous client binds to clusapi v3.0"))
    {
        check_names_and_versions(&probe, pipe, mem_ctx);
        check_open_close(&probe, pipe, mem_ctx);
        check_handle_isolation(&probe, pipe, mem_ctx);
        check_shared_association(&probe, pipe, mem_ctx);
        check_open_cluster_ex(&probe, pipe, mem_ctx);
        check_set_cluster_name(&probe, pipe, mem_ctx);
        check_faults(&probe, pipe, mem_ctx);
    }

    talloc_free(mem_ctx);
    return probe.failures ? 1 : 0;
}
