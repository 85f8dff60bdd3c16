/*
 * cmrp_probe: checks a running cmrpd over one binding, as a client would.
 *
 * It speaks through the codec (cmrp_table) and Samba's client library, and
 * compares what comes back with the expectations given on the command line
 * (test_cmrpd.sh takes them from the example configuration) and, for the
 * object families, with what server/examples/two-node.conf describes; those
 * checks put back everything they change.  One line per
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
#define WIN32_ERROR_NOT_SUPPORTED             50u
#define WIN32_ERROR_SHARING_PAUSED            70u
#define WIN32_ERROR_DIR_NOT_EMPTY            145u
#define WIN32_ERROR_ALREADY_EXISTS           183u
#define WIN32_ERROR_IO_PENDING               997u
#define WIN32_ERROR_NOT_FOUND               1168u
#define WIN32_ERROR_DEPENDENCY_NOT_FOUND    5002u
#define WIN32_ERROR_DEPENDENCY_ALREADY_EXISTS 5003u
#define WIN32_ERROR_RESOURCE_NOT_AVAILABLE  5006u
#define WIN32_ERROR_RESOURCE_NOT_FOUND      5007u
#define WIN32_ERROR_CANT_EVICT_ACTIVE_NODE  5009u
#define WIN32_ERROR_OBJECT_ALREADY_EXISTS   5010u
#define WIN32_ERROR_GROUP_NOT_AVAILABLE     5012u
#define WIN32_ERROR_GROUP_NOT_FOUND         5013u
#define WIN32_ERROR_RESOURCE_ONLINE         5019u
#define WIN32_ERROR_NOT_QUORUM_CAPABLE      5021u
#define WIN32_ERROR_INVALID_STATE           5023u
#define WIN32_ERROR_CORE_RESOURCE           5026u
#define WIN32_ERROR_RESOURCE_FAILED         5038u
#define WIN32_ERROR_CLUSTER_NODE_NOT_FOUND  5042u
#define WIN32_ERROR_CLUSTER_NETWORK_NOT_FOUND 5045u
#define WIN32_ERROR_CLUSTER_NETINTERFACE_NOT_FOUND 5047u
#define WIN32_ERROR_CLUSTER_NODE_NOT_PAUSED 5058u
#define WIN32_ERROR_CLUSTER_NODE_PAUSED     5070u
#define WIN32_ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND 5078u
#define WIN32_ERROR_GROUPSET_NOT_AVAILABLE  5991u
#define WIN32_ERROR_GROUPSET_NOT_FOUND      5992u

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
    /* 80, 111, 140: not used on the wire (MS-CMRP 2.2); 150: not served */
    static const uint32_t unknown_opnums[] = { 80, 111, 140, 150, 0xffff };
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

/* ---- the object families (server/examples/two-node.conf) ----
 *
 * Every check below leaves the cluster as it found it: the probe runs twice
 * against one server (TCP and ncalrpc), and smbtorture after it. */

/* CLUSTER_*_STATE values */
#define NODE_UP 0
#define NODE_PAUSED 2
#define GROUP_ONLINE 0
#define GROUP_OFFLINE 1
#define GROUP_PENDING 4
#define RESOURCE_ONLINE 2
#define RESOURCE_OFFLINE 3
#define RESOURCE_FAILED 4
#define RESOURCE_ONLINE_PENDING 0x81
#define NETWORK_UP 3
#define NETINTERFACE_UP 3

/* handle_type of each kind of handle (server/endpoint.h) */
#define HANDLE_NODE 2
#define HANDLE_GROUP 3
#define HANDLE_RESOURCE 4
#define HANDLE_NETWORK 5
#define HANDLE_NETINTERFACE 6
#define HANDLE_GROUPSET 7

/* Results the helpers give when the call itself failed (its NTSTATUS is in
 * last_call_status then). */
#define CALL_FAILED 0xffffffffu

static NTSTATUS last_call_status;
static const char *last_text;     /* what the last text-returning helper got */

/* One call; its result, or CALL_FAILED on a transport error or fault. */
static uint32_t result_of(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum, void *r, const uint32_t *result)
{
    last_call_status = call(pipe, mem_ctx, opnum, r);
    if (!NT_STATUS_IS_OK(last_call_status))
    {
        diag("opnum %u: %s", opnum, nt_errstr(last_call_status));
        return CALL_FAILED;
    }
    return *result;
}

/* Whether the last call faulted with context mismatch, as a bad handle must. */
static bool faulted(void)
{
    return NT_STATUS_EQUAL(last_call_status, NT_STATUS_RPC_SS_CONTEXT_MISMATCH);
}

/* Api{Open,Create}<Kind>: Status, and the handle. */
static uint32_t open_object(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum, const char *name,
                            struct policy_handle *handle)
{
    struct cmrp_open_object r = { .name = name };
    uint32_t status = result_of(pipe, mem_ctx, opnum, &r, &r.status);

    *handle = r.handle;
    return status;
}

/* Api{Open<Kind>Ex: Status, granted access, handle. */
static uint32_t open_object_ex(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum, const char *name,
                               uint32_t desired, uint32_t *granted, struct policy_handle *handle)
{
    struct cmrp_open_object_ex r = { .name = name, .desired_access = desired };
    uint32_t status = result_of(pipe, mem_ctx, opnum, &r, &r.status);

    *handle = r.handle;
    *granted = r.granted_access;
    return status;
}

/* Api<Kind>Open, or for a read-only client Api<Kind>OpenEx(MAXIMUM_ALLOWED). */
static uint32_t open_readable(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum,
                              uint32_t opnum_ex, const char *name, struct policy_handle *handle)
{
    uint32_t granted;

    if (!probe->expect.read_only) return open_object(pipe, mem_ctx, opnum, name, handle);
    return open_object_ex(pipe, mem_ctx, opnum_ex, name, MAXIMUM_ALLOWED, &granted, handle);
}

/* Api<Kind>Close: the result, and the handle comes back (zeroed). */
static uint32_t close_object(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum, struct policy_handle *handle)
{
    struct cmrp_close_handle r = { .handle = *handle };
    uint32_t result = result_of(pipe, mem_ctx, opnum, &r, &r.result);

    if (result != CALL_FAILED) *handle = r.handle;
    return result;
}

static uint32_t handle_op(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum, const struct policy_handle *handle)
{
    struct cmrp_handle_op r = { .handle = *handle };

    return result_of(pipe, mem_ctx, opnum, &r, &r.result);
}

static uint32_t handle_pair(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum,
                            const struct policy_handle *handle, const struct policy_handle *other)
{
    struct cmrp_handle_pair r = { .handle = *handle, .other = *other };

    return result_of(pipe, mem_ctx, opnum, &r, &r.result);
}

static uint32_t handle_dword(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum,
                             const struct policy_handle *handle, uint32_t value)
{
    struct cmrp_handle_dword r = { .handle = *handle, .value = value };

    return result_of(pipe, mem_ctx, opnum, &r, &r.result);
}

static uint32_t handle_two_dwords(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum,
                                  const struct policy_handle *handle, uint32_t value1, uint32_t value2)
{
    struct cmrp_handle_two_dwords r = { .handle = *handle, .value1 = value1, .value2 = value2 };

    return result_of(pipe, mem_ctx, opnum, &r, &r.result);
}

static uint32_t handle_string(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum,
                              const struct policy_handle *handle, const char *string)
{
    struct cmrp_handle_string r = { .handle = *handle, .string = string };

    return result_of(pipe, mem_ctx, opnum, &r, &r.result);
}

/* The *Ex state changes, with flags and an empty reason buffer. */
static uint32_t flags_op(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum,
                         const struct policy_handle *handle, uint32_t flags)
{
    static uint8_t no_reason[1];
    struct cmrp_handle_flags_buffer r = { .handle = *handle, .flags = flags, .buffer = no_reason, .size = 0 };

    return result_of(pipe, mem_ctx, opnum, &r, &r.result);
}

static uint32_t get_text(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum,
                         const struct policy_handle *handle, const char **text)
{
    struct cmrp_get_string r = { .handle = *handle };
    uint32_t result = result_of(pipe, mem_ctx, opnum, &r, &r.result);

    *text = last_text = r.string;
    return result;
}

static uint32_t get_state(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum,
                          const struct policy_handle *handle, uint32_t *state)
{
    struct cmrp_get_state r = { .handle = *handle };
    uint32_t result = result_of(pipe, mem_ctx, opnum, &r, &r.result);

    *state = r.state;
    return result;
}

static uint32_t resource_state(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, const struct policy_handle *handle,
                               uint32_t *state, const char **node, const char **group)
{
    struct cmrp_get_resource_state r = { .handle = *handle };
    uint32_t result = result_of(pipe, mem_ctx, CMRP_GET_RESOURCE_STATE, &r, &r.result);

    *state = r.state;
    if (node) *node = r.node_name;
    if (group) *group = r.group_name;
    return result;
}

static uint32_t group_state(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, const struct policy_handle *handle,
                            uint32_t *state, const char **node)
{
    struct cmrp_get_group_state r = { .handle = *handle };
    uint32_t result = result_of(pipe, mem_ctx, CMRP_GET_GROUP_STATE, &r, &r.result);

    *state = r.state;
    if (node) *node = r.node_name;
    return result;
}

/* An ENUM_LIST as "name|name|...", every entry's type checked against
 * want_type (~0: any), on mem_ctx; NULL if there is no list. */
static const char *joined(TALLOC_CTX *mem_ctx, const struct cmrp_enum_list *list, uint32_t want_type)
{
    char *text;
    uint32_t i;

    if (!list) return NULL;
    text = talloc_strdup(mem_ctx, "");
    for (i = 0; text && i < list->count; i++)
    {
        if (want_type != ~0u && list->entries[i].type != want_type)
            text = talloc_asprintf_append(text, "%s(type %u)", i ? "|" : "", list->entries[i].type);
        else text = talloc_asprintf_append(text, "%s%s", i ? "|" : "", or_null(list->entries[i].name));
    }
    return text;
}

static uint32_t cluster_enum(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t type, uint32_t want_type,
                             const char **names)
{
    struct cmrp_create_enum r = { .type = type };
    uint32_t result = result_of(pipe, mem_ctx, CMRP_CREATE_ENUM, &r, &r.result);

    *names = last_text = joined(mem_ctx, r.list, want_type);
    return result;
}

static uint32_t object_enum(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum,
                            const struct policy_handle *handle, uint32_t type, uint32_t want_type, const char **names)
{
    struct cmrp_handle_enum r = { .handle = *handle, .type = type };
    uint32_t result = result_of(pipe, mem_ctx, opnum, &r, &r.result);

    *names = last_text = joined(mem_ctx, r.list, want_type);
    return result;
}

static uint32_t enum_ex(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, uint32_t opnum, const struct policy_handle *handle,
                        uint32_t type, uint32_t options, const char **ids, const char **names)
{
    struct cmrp_create_enum_ex r = { .handle = *handle, .type = type, .options = options };
    uint32_t result = result_of(pipe, mem_ctx, opnum, &r, &r.result);

    *ids = joined(mem_ctx, r.id_list, type);
    *names = last_text = joined(mem_ctx, r.name_list, type);
    return result;
}

/* check() of a result and, if want_text is given, of the text that came with it. */
static bool expect(struct probe *probe, uint32_t got, uint32_t want, const char *got_text, const char *want_text,
                   const char *what)
{
    bool ok = got == want && (!want_text || same_string(got_text, want_text));

    if (!check(probe, ok, "%s: %u%s%s%s", what, want, want_text ? " '" : "", want_text ? want_text : "",
               want_text ? "'" : ""))
        diag("got %u '%s'", got, or_null(got_text));
    return ok;
}

/* expect() of the text the last get_text(), object_enum(), cluster_enum() or
 * enum_ex() call brought back. */
static bool expect_text(struct probe *probe, uint32_t got, uint32_t want, const char *want_text, const char *what)
{
    return expect(probe, got, want, last_text, want_text, what);
}

static void sleep_ms(unsigned int ms)
{
    usleep(ms * 1000);
}

/* Polls a resource (or group) until it reaches state, for up to 3 s. */
static bool wait_resource(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, const struct policy_handle *handle,
                          uint32_t want)
{
    uint32_t state = CALL_FAILED;
    int i;

    for (i = 0; i < 300; i++, sleep_ms(10))
        if (resource_state(pipe, mem_ctx, handle, &state, NULL, NULL) == 0 && state == want) return true;
    diag("resource state 0x%x, waited for 0x%x", state, want);
    return false;
}

static bool wait_group(struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx, const struct policy_handle *handle,
                       uint32_t want, const char *want_node)
{
    const char *node = NULL;
    uint32_t state = CALL_FAILED;
    int i;

    for (i = 0; i < 300; i++, sleep_ms(10))
        if (group_state(pipe, mem_ctx, handle, &state, &node) == 0 && state == want && same_string(node, want_node))
            return true;
    diag("group state %u on %s, waited for %u on %s", state, or_null(node), want, want_node);
    return false;
}

/* The cluster as a whole: quorum, enumerations, resource types, lookups. */
static void check_cluster_objects(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx)
{
    static const struct { uint32_t type; const char *names; } enums[] =
    {
        { 0x01, "node1|node2" },
        { 0x04, "Cluster IP Address|Cluster Name|File Share Witness|Cluster Disk 1|IP Address 10.0.0.11|"
                "Network Name|Cluster Disk 2|File Server (\\\\FS1)" },
        { 0x08, "Cluster Group|Available Storage|FS1" },
        { 0x10, "Cluster Network 1|Cluster Network 2" },
        { 0x20, "node1 - Ethernet|node2 - Ethernet|node1 - Ethernet 2|node2 - Ethernet 2" },
        { 0x80000000u, "Cluster Network 1|Cluster Network 2" },
        { 0x40000000u, "" },
    };
    struct cmrp_get_quorum_resource quorum = { 0 };
    struct cmrp_get_net_interface lookup = { 0 };
    struct cmrp_create_res_type_enum by_type = { 0 };
    struct cmrp_create_net_interface_enum interfaces = { 0 };
    struct cmrp_create_resource_type new_type = { 0 };
    struct cmrp_string_in drop_type = { 0 }, backup = { .string = "c:\\cluster_backup" };
    struct cmrp_handle_enum_only sets = { 0 };
    struct policy_handle cluster;
    const char *names, *ids;
    uint32_t result;
    size_t i;

    result = result_of(pipe, mem_ctx, CMRP_GET_QUORUM_RESOURCE, &quorum, &quorum.result);
    if (!check(probe, result == 0 && same_string(quorum.resource_name, "File Share Witness")
                      && same_string(quorum.device_name, "\\\\DC1\\Witness$") && quorum.max_log_size == 4194304,
               "ApiGetQuorumResource: File Share Witness, \\\\DC1\\Witness$, 4194304"))
        diag("got %u '%s' '%s' %u", result, or_null(quorum.resource_name), or_null(quorum.device_name),
             quorum.max_log_size);

    for (i = 0; i < sizeof(enums) / sizeof(enums[0]); i++)
    {
        char what[64];

        snprintf(what, sizeof(what), "ApiCreateEnum(0x%08x) in creation order", enums[i].type);
        expect_text(probe, cluster_enum(pipe, mem_ctx, enums[i].type, enums[i].type, &names), 0, enums[i].names, what);
    }
    expect_text(probe, cluster_enum(pipe, mem_ctx, 0x09, ~0u, &names), 0,
           "node1|node2|Cluster Group|Available Storage|FS1", "ApiCreateEnum(NODE|GROUP): nodes, then groups");
    result = cluster_enum(pipe, mem_ctx, 0x02, 0x02, &names);
    check(probe, result == 0 && names && strstr(names, "|Generic Service|") && strstr(names, "|Physical Disk|")
                 && strstr(names, "|Storage Pool|"),
          "ApiCreateEnum(RESTYPE) lists the built-in types (%s)", or_null(names));
    expect(probe, cluster_enum(pipe, mem_ctx, 0x40, ~0u, &names), WIN32_ERROR_INVALID_PARAMETER, NULL, NULL,
           "ApiCreateEnum(0x40) is refused as on Windows");
    expect(probe, cluster_enum(pipe, mem_ctx, 0x80000001u, ~0u, &names), WIN32_ERROR_INVALID_PARAMETER, NULL, NULL,
           "ApiCreateEnum(INTERNAL_NETWORK|NODE): the special types go alone");

    if (probe->expect.read_only)
    {
        struct cmrp_open_cluster_ex r = { .desired_access = GENERIC_READ };

        result_of(pipe, mem_ctx, CMRP_OPEN_CLUSTER_EX, &r, &r.status);
        cluster = r.handle;
    }
    else if (!open_cluster(probe, pipe, mem_ctx, &cluster)) memset(&cluster, 0, sizeof(cluster));
    result = enum_ex(pipe, mem_ctx, CMRP_CREATE_ENUM_EX, &cluster, 0x08, 0, &ids, &names);
    expect(probe, result, 0, names, "Cluster Group|Available Storage|FS1", "ApiCreateEnumEx(GROUP) names");
    expect(probe, result, 0, ids, "9d2b7f40-6c13-4e8a-a5d9-31f0b4c7e826|2e8f5c19-a7d3-4b60-9e4c-58d1f3a0b7e2|"
           "b4a60e3d-2f9c-4718-8d5b-c63e1a9f0d75", "ApiCreateEnumEx(GROUP) ids at the same index");
    result = enum_ex(pipe, mem_ctx, CMRP_CREATE_ENUM_EX, &cluster, 0x02, 0, &ids, &names);
    check(probe, result == 0 && ids && strspn(ids, "|") == strlen(ids) && names && strlen(names) > strlen(ids),
          "ApiCreateEnumEx(RESTYPE): empty ids (%s)", or_null(ids));
    expect(probe, enum_ex(pipe, mem_ctx, CMRP_CREATE_ENUM_EX, &cluster, 0x08, 1, &ids, &names),
           WIN32_ERROR_INVALID_PARAMETER, NULL, NULL, "ApiCreateEnumEx with dwOptions 1");

    sets.handle = cluster;
    result = result_of(pipe, mem_ctx, CMRP_CREATE_GROUP_SET_ENUM, &sets, &sets.result);
    expect(probe, result, 0, joined(mem_ctx, sets.list, 0), "Cluster Group", "ApiCreateGroupSetEnum");

    interfaces.handle = cluster;
    interfaces.node_name = "node1";
    interfaces.network_name = "";
    result = result_of(pipe, mem_ctx, CMRP_CREATE_NET_INTERFACE_ENUM, &interfaces, &interfaces.result);
    expect(probe, result, 0, joined(mem_ctx, interfaces.list, 0x20), "node1 - Ethernet|node1 - Ethernet 2",
           "ApiCreateNetInterfaceEnum(node1, any network)");
    interfaces.node_name = "";
    interfaces.network_name = "Cluster Network 2";
    result = result_of(pipe, mem_ctx, CMRP_CREATE_NET_INTERFACE_ENUM, &interfaces, &interfaces.result);
    expect(probe, result, 0, joined(mem_ctx, interfaces.list, 0x20), "node1 - Ethernet 2|node2 - Ethernet 2",
           "ApiCreateNetInterfaceEnum(any node, Cluster Network 2)");
    close_cluster(pipe, mem_ctx, &cluster, &result);

    by_type.type_name = "Physical Disk";
    by_type.type = 0x2;
    result = result_of(pipe, mem_ctx, CMRP_CREATE_RES_TYPE_ENUM, &by_type, &by_type.result);
    expect(probe, result, 0, joined(mem_ctx, by_type.list, 0x2), "Cluster Disk 1|Cluster Disk 2",
           "ApiCreateResTypeEnum(Physical Disk, RESOURCES)");
    by_type.type_name = "No Such Type";
    expect(probe, result_of(pipe, mem_ctx, CMRP_CREATE_RES_TYPE_ENUM, &by_type, &by_type.result),
           WIN32_ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, NULL, NULL, "ApiCreateResTypeEnum of an unknown type");

    lookup.node_name = "node2";
    lookup.network_name = "Cluster Network 2";
    result = result_of(pipe, mem_ctx, CMRP_GET_NET_INTERFACE, &lookup, &lookup.result);
    expect(probe, result, 0, lookup.interface_name, "node2 - Ethernet 2", "ApiGetNetInterface(node2, Cluster Network 2)");
    lookup.node_name = "node9";
    expect(probe, result_of(pipe, mem_ctx, CMRP_GET_NET_INTERFACE, &lookup, &lookup.result),
           WIN32_ERROR_CLUSTER_NODE_NOT_FOUND, NULL, NULL, "ApiGetNetInterface of an unknown node");

    expect(probe, result_of(pipe, mem_ctx, CMRP_BACKUP_CLUSTER_DATABASE, &backup, &backup.result),
           WIN32_ERROR_CALL_NOT_IMPLEMENTED, NULL, NULL, "ApiBackupClusterDatabase, as Windows answers");

    new_type.type_name = "Probe Type";
    new_type.display_name = "Probe Type";
    new_type.dll_name = "probe.dll";
    new_type.looks_alive = 5000;
    new_type.is_alive = 60000;
    drop_type.string = "Probe Type";
    if (probe->expect.read_only)
    {
        expect(probe, result_of(pipe, mem_ctx, CMRP_CREATE_RESOURCE_TYPE, &new_type, &new_type.result),
               WIN32_ERROR_ACCESS_DENIED, NULL, NULL, "read-only: ApiCreateResourceType is denied");
        drop_type.string = "Physical Disk";
        expect(probe, result_of(pipe, mem_ctx, CMRP_DELETE_RESOURCE_TYPE, &drop_type, &drop_type.result),
               WIN32_ERROR_ACCESS_DENIED, NULL, NULL, "read-only: ApiDeleteResourceType is denied");
        return;
    }
    expect(probe, result_of(pipe, mem_ctx, CMRP_CREATE_RESOURCE_TYPE, &new_type, &new_type.result), 0, NULL, NULL,
           "ApiCreateResourceType(Probe Type)");
    expect(probe, result_of(pipe, mem_ctx, CMRP_CREATE_RESOURCE_TYPE, &new_type, &new_type.result),
           WIN32_ERROR_OBJECT_ALREADY_EXISTS, NULL, NULL, "ApiCreateResourceType of an existing type");
    result = cluster_enum(pipe, mem_ctx, 0x02, 0x02, &names);
    check(probe, result == 0 && names && strstr(names, "|Probe Type"), "the new type is enumerated");
    expect(probe, result_of(pipe, mem_ctx, CMRP_DELETE_RESOURCE_TYPE, &drop_type, &drop_type.result), 0, NULL, NULL,
           "ApiDeleteResourceType(Probe Type)");
    expect(probe, result_of(pipe, mem_ctx, CMRP_DELETE_RESOURCE_TYPE, &drop_type, &drop_type.result),
           WIN32_ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, NULL, NULL, "ApiDeleteResourceType of a deleted type");
    drop_type.string = "Physical Disk";
    expect(probe, result_of(pipe, mem_ctx, CMRP_DELETE_RESOURCE_TYPE, &drop_type, &drop_type.result),
           WIN32_ERROR_DIR_NOT_EMPTY, NULL, NULL, "ApiDeleteResourceType of a type in use");
}

/* Resources: lookups, a resource's life, dependencies honoured, owners, quorum. */
static void check_resources(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx)
{
    struct policy_handle name_res, server, network_name, fs1, storage, node1, node2, probe_res, stale, disk;
    struct cmrp_create_resource create = { 0 };
    struct cmrp_set_quorum_resource quorum = { 0 };
    struct cmrp_handle_unique_string expression = { 0 };
    const char *text, *node, *group;
    uint32_t state, result, granted;
    bool ok, honoured;
    int i;

    if (probe->expect.read_only)
    {
        result = open_object(pipe, mem_ctx, CMRP_OPEN_RESOURCE, "Cluster Name", &name_res);
        check(probe, result == WIN32_ERROR_ACCESS_DENIED && ndr_policy_handle_empty(&name_res),
              "read-only: ApiOpenResource needs \"All\": ERROR_ACCESS_DENIED, NULL handle (got %u)", result);
        result = open_object_ex(pipe, mem_ctx, CMRP_OPEN_RESOURCE_EX, "Cluster Name", MAXIMUM_ALLOWED, &granted,
                                &name_res);
        check(probe, result == 0 && granted == GENERIC_READ,
              "read-only: ApiOpenResourceEx(MAXIMUM_ALLOWED) grants GENERIC_READ (got %u, 0x%08x)", result, granted);
    }
    else result = open_object(pipe, mem_ctx, CMRP_OPEN_RESOURCE, "Cluster Name", &name_res);
    if (!expect(probe, result, 0, NULL, NULL, "ApiOpenResource(Cluster Name)")) return;
    check(probe, name_res.handle_type == HANDLE_RESOURCE, "a resource handle has handle_type %u (got %u)",
          HANDLE_RESOURCE, name_res.handle_type);
    expect_text(probe, get_text(pipe, mem_ctx, CMRP_GET_RESOURCE_ID, &name_res, &text), 0,
           "6f2d8a13-c49e-4b57-a3f0-e81b5d7c9a42", "ApiGetResourceId(Cluster Name)");
    expect_text(probe, get_text(pipe, mem_ctx, CMRP_GET_RESOURCE_TYPE, &name_res, &text), 0, "Network Name",
           "ApiGetResourceType(Cluster Name)");
    result = resource_state(pipe, mem_ctx, &name_res, &state, &node, &group);
    if (!check(probe, result == 0 && state == RESOURCE_ONLINE && same_string(node, "node1")
                      && same_string(group, "Cluster Group"),
               "ApiGetResourceState(Cluster Name): Online on node1 in Cluster Group"))
        diag("got %u, state %u, '%s', '%s'", result, state, or_null(node), or_null(group));
    expect_text(probe, get_text(pipe, mem_ctx, CMRP_GET_RESOURCE_NETWORK_NAME, &name_res, &text), 0, "FSCLUSTER",
           "ApiGetResourceNetworkName(Cluster Name)");
    expect_text(probe, object_enum(pipe, mem_ctx, CMRP_CREATE_RES_ENUM, &name_res, 0x1, 0x1, &text), 0,
           "Cluster IP Address", "ApiCreateResEnum(Cluster Name, DEPENDS)");
    expect_text(probe, object_enum(pipe, mem_ctx, CMRP_CREATE_RES_ENUM, &name_res, 0x4, 0x4, &text), 0,
           "node1|node2", "ApiCreateResEnum(Cluster Name, NODES)");
    close_object(pipe, mem_ctx, CMRP_CLOSE_RESOURCE, &name_res);

    result = open_readable(probe, pipe, mem_ctx, CMRP_OPEN_RESOURCE, CMRP_OPEN_RESOURCE_EX, "", &stale);
    check(probe, result == WIN32_ERROR_RESOURCE_NOT_FOUND && ndr_policy_handle_empty(&stale),
          "ApiOpenResource(\"\"): ERROR_RESOURCE_NOT_FOUND and a NULL handle (got %u)", result);
    result = open_readable(probe, pipe, mem_ctx, CMRP_OPEN_RESOURCE, CMRP_OPEN_RESOURCE_EX,
                           "0f6b2d4e-8a1c-4d97-b3e5-7c9a1f0e2d68", &server);
    if (!expect(probe, result, 0, NULL, NULL, "ApiOpenResource by id (File Server (\\\\FS1))")) return;
    expect_text(probe, get_text(pipe, mem_ctx, CMRP_GET_RESOURCE_DEPENDENCY_EXPRESSION, &server, &text), 0,
           "[Network Name] and [Cluster Disk 2]", "ApiGetResourceDependencyExpression(File Server)");
    expect_text(probe, get_text(pipe, mem_ctx, CMRP_GET_RESOURCE_NETWORK_NAME, &server, &text), 0, "FS1",
           "ApiGetResourceNetworkName(File Server): its Network Name's NetBIOS name");
    expect_text(probe, object_enum(pipe, mem_ctx, CMRP_CREATE_RES_ENUM, &server, 0x1, 0x1, &text), 0,
           "Network Name|Cluster Disk 2", "ApiCreateResEnum(File Server, DEPENDS)");

    result = open_object_ex(pipe, mem_ctx, CMRP_OPEN_RESOURCE_EX, "Network Name", GENERIC_READ, &granted, &network_name);
    check(probe, result == 0 && granted == GENERIC_READ,
          "ApiOpenResourceEx(Network Name, GENERIC_READ) grants GENERIC_READ (got %u, 0x%08x)", result, granted);
    expect_text(probe, object_enum(pipe, mem_ctx, CMRP_CREATE_RES_ENUM, &network_name, 0x2, 0x2, &text), 0,
           "File Server (\\\\FS1)", "ApiCreateResEnum(Network Name, PROVIDES) with a read handle");
    expect(probe, handle_op(pipe, mem_ctx, CMRP_OFFLINE_RESOURCE, &network_name), WIN32_ERROR_ACCESS_DENIED, NULL, NULL,
           "ApiOfflineResource with a read-only handle is denied");
    close_object(pipe, mem_ctx, CMRP_CLOSE_RESOURCE, &network_name);

    if (probe->expect.read_only)
    {
        open_object_ex(pipe, mem_ctx, CMRP_OPEN_RESOURCE_EX, "Cluster Name", MAXIMUM_ALLOWED, &granted, &stale);
        expect(probe, handle_op(pipe, mem_ctx, CMRP_ONLINE_RESOURCE, &stale), WIN32_ERROR_ACCESS_DENIED, NULL, NULL,
               "read-only: ApiOnlineResource is denied");
        expect(probe, handle_string(pipe, mem_ctx, CMRP_SET_RESOURCE_NAME, &stale, "x"), WIN32_ERROR_ACCESS_DENIED,
               NULL, NULL, "read-only: ApiSetResourceName is denied");
        close_object(pipe, mem_ctx, CMRP_CLOSE_RESOURCE, &stale);
        result = open_object_ex(pipe, mem_ctx, CMRP_OPEN_RESOURCE_EX, "Cluster Name", GENERIC_ALL, &granted, &stale);
        check(probe, result == WIN32_ERROR_ACCESS_DENIED && ndr_policy_handle_empty(&stale),
              "read-only: ApiOpenResourceEx(GENERIC_ALL) is denied (got %u)", result);
        close_object(pipe, mem_ctx, CMRP_CLOSE_RESOURCE, &server);
        return;
    }

    /* a resource's life in FS1 */
    if (open_object(pipe, mem_ctx, CMRP_OPEN_GROUP, "FS1", &fs1) || open_object(pipe, mem_ctx, CMRP_OPEN_GROUP,
        "Available Storage", &storage) || open_object(pipe, mem_ctx, CMRP_OPEN_RESOURCE, "Network Name", &network_name)
        || open_object(pipe, mem_ctx, CMRP_OPEN_NODE, "node1", &node1)
        || open_object(pipe, mem_ctx, CMRP_OPEN_NODE, "node2", &node2))
    {
        check(probe, false, "opening FS1, Available Storage, Network Name, node1 and node2");
        return;
    }
    create.group = fs1;
    create.name = "Probe Service";
    create.type_name = "Generic Service";
    result = result_of(pipe, mem_ctx, CMRP_CREATE_RESOURCE, &create, &create.status);
    probe_res = create.handle;
    if (!expect(probe, result, 0, NULL, NULL, "ApiCreateResource(FS1, Probe Service, Generic Service)")) return;
    result = result_of(pipe, mem_ctx, CMRP_CREATE_RESOURCE, &create, &create.status);
    check(probe, result == WIN32_ERROR_OBJECT_ALREADY_EXISTS && ndr_policy_handle_empty(&create.handle),
          "ApiCreateResource of an existing name: ERROR_OBJECT_ALREADY_EXISTS, NULL handle (got %u)", result);
    create.name = "Probe Other";
    create.type_name = "No Such Type";
    expect(probe, result_of(pipe, mem_ctx, CMRP_CREATE_RESOURCE, &create, &create.status),
           WIN32_ERROR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, NULL, NULL, "ApiCreateResource of an unknown type");
    result = resource_state(pipe, mem_ctx, &probe_res, &state, &node, &group);
    check(probe, result == 0 && state == RESOURCE_OFFLINE && same_string(group, "FS1"),
          "a new resource is Offline in its group (got %u, %u, %s)", result, state, or_null(group));

    expect(probe, handle_pair(pipe, mem_ctx, CMRP_ADD_RESOURCE_DEPENDENCY, &probe_res, &network_name), 0, NULL, NULL,
           "ApiAddResourceDependency(Probe Service, Network Name)");
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_ADD_RESOURCE_DEPENDENCY, &probe_res, &network_name),
           WIN32_ERROR_DEPENDENCY_ALREADY_EXISTS, NULL, NULL, "the same dependency again");
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_CAN_RESOURCE_BE_DEPENDENT, &probe_res, &probe_res),
           WIN32_ERROR_INVALID_PARAMETER, NULL, NULL, "ApiCanResourceBeDependent on itself");
    expect_text(probe, get_text(pipe, mem_ctx, CMRP_GET_RESOURCE_DEPENDENCY_EXPRESSION, &probe_res, &text), 0,
           "[Network Name]", "ApiGetResourceDependencyExpression(Probe Service)");

    /* take the provider offline: its dependents go first */
    expect(probe, handle_op(pipe, mem_ctx, CMRP_ONLINE_RESOURCE, &network_name), 0, NULL, NULL,
           "ApiOnlineResource of an online resource");
    expect(probe, handle_op(pipe, mem_ctx, CMRP_OFFLINE_RESOURCE, &network_name), WIN32_ERROR_IO_PENDING, NULL, NULL,
           "ApiOfflineResource(Network Name): ERROR_IO_PENDING");
    /* File Server, then Network Name: two delays.  No call in between: the
     * server's timer alone completes them. */
    sleep_ms(500);
    resource_state(pipe, mem_ctx, &network_name, &state, NULL, NULL);
    check(probe, state == RESOURCE_OFFLINE, "Network Name is Offline after the delay, with no call meanwhile (state %u)",
          state);
    resource_state(pipe, mem_ctx, &server, &state, NULL, NULL);
    check(probe, state == RESOURCE_OFFLINE, "its dependent File Server went offline with it (state %u)", state);

    /* bring the new resource online: its provider comes first */
    result = handle_op(pipe, mem_ctx, CMRP_ONLINE_RESOURCE, &probe_res);
    expect(probe, result, WIN32_ERROR_IO_PENDING, NULL, NULL, "ApiOnlineResource(Probe Service): ERROR_IO_PENDING");
    resource_state(pipe, mem_ctx, &probe_res, &state, NULL, NULL);
    check(probe, state == RESOURCE_ONLINE_PENDING, "Probe Service is OnlinePending at once (0x%x)", state);
    honoured = true;
    ok = false;
    for (i = 0; i < 300 && !ok; i++, sleep_ms(5))
    {
        uint32_t provider = 0;

        resource_state(pipe, mem_ctx, &network_name, &provider, NULL, NULL);
        resource_state(pipe, mem_ctx, &probe_res, &state, NULL, NULL);
        if (state == RESOURCE_ONLINE && provider != RESOURCE_ONLINE) honoured = false;
        ok = state == RESOURCE_ONLINE;
    }
    check(probe, ok, "Probe Service is Online after the delay");
    check(probe, honoured, "Probe Service was never Online before Network Name (dependencies honoured)");

    expect(probe, handle_op(pipe, mem_ctx, CMRP_DELETE_RESOURCE, &probe_res), WIN32_ERROR_RESOURCE_ONLINE, NULL, NULL,
           "ApiDeleteResource of an online resource");
    expect(probe, handle_op(pipe, mem_ctx, CMRP_FAIL_RESOURCE, &probe_res), 0, NULL, NULL, "ApiFailResource(Probe Service)");
    resource_state(pipe, mem_ctx, &probe_res, &state, NULL, NULL);
    check(probe, state == RESOURCE_FAILED, "Probe Service is Failed (state %u)", state);
    expect(probe, handle_op(pipe, mem_ctx, CMRP_OFFLINE_RESOURCE, &probe_res), WIN32_ERROR_RESOURCE_FAILED, NULL, NULL,
           "ApiOfflineResource of a failed resource");
    result = flags_op(pipe, mem_ctx, CMRP_ONLINE_RESOURCE_EX, &probe_res, 0);
    check(probe, result == 0 || result == WIN32_ERROR_IO_PENDING, "ApiOnlineResourceEx(Probe Service) (got %u)", result);
    check(probe, wait_resource(pipe, mem_ctx, &probe_res, RESOURCE_ONLINE), "Probe Service is Online again");
    result = handle_dword(pipe, mem_ctx, CMRP_RESTART_RESOURCE, &probe_res, 0);
    check(probe, result == 0 || result == WIN32_ERROR_IO_PENDING, "ApiRestartResource(Probe Service) (got %u)", result);
    check(probe, wait_resource(pipe, mem_ctx, &probe_res, RESOURCE_ONLINE), "Probe Service is Online after the restart");
    result = flags_op(pipe, mem_ctx, CMRP_OFFLINE_RESOURCE_EX, &probe_res, 0);
    check(probe, result == 0 || result == WIN32_ERROR_IO_PENDING, "ApiOfflineResourceEx(Probe Service) (got %u)", result);
    check(probe, wait_resource(pipe, mem_ctx, &probe_res, RESOURCE_OFFLINE), "Probe Service is Offline");

    /* names */
    expect(probe, handle_string(pipe, mem_ctx, CMRP_SET_RESOURCE_NAME, &probe_res, "Probe Renamed"), 0, NULL, NULL,
           "ApiSetResourceName(Probe Renamed)");
    expect(probe, cluster_enum(pipe, mem_ctx, 0x4, 0x4, &text), 0, NULL, NULL, "ApiCreateEnum(RESOURCE)");
    check(probe, text && strstr(text, "|Probe Renamed"), "the new name is enumerated");
    expect(probe, handle_string(pipe, mem_ctx, CMRP_SET_RESOURCE_NAME, &probe_res, "Cluster Name"),
           WIN32_ERROR_ALREADY_EXISTS, NULL, NULL, "ApiSetResourceName to another resource's name");
    expect(probe, handle_string(pipe, mem_ctx, CMRP_SET_RESOURCE_NAME, &probe_res, ""), WIN32_ERROR_INVALID_NAME,
           NULL, NULL, "ApiSetResourceName to an empty name");

    /* possible owners and dependency expressions */
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_ADD_RESOURCE_NODE, &probe_res, &node2), WIN32_ERROR_OBJECT_ALREADY_EXISTS,
           NULL, NULL, "ApiAddResourceNode of a possible owner");
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_REMOVE_RESOURCE_NODE, &probe_res, &node2), 0, NULL, NULL,
           "ApiRemoveResourceNode(node2)");
    expect_text(probe, object_enum(pipe, mem_ctx, CMRP_CREATE_RES_ENUM, &probe_res, 0x4, 0x4, &text), 0, "node1",
           "ApiCreateResEnum(NODES) without node2");
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_REMOVE_RESOURCE_NODE, &probe_res, &node2), WIN32_ERROR_NOT_FOUND,
           NULL, NULL, "ApiRemoveResourceNode of a node that is not one");
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_ADD_RESOURCE_NODE, &probe_res, &node2), 0, NULL, NULL,
           "ApiAddResourceNode(node2)");
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_REMOVE_RESOURCE_DEPENDENCY, &probe_res, &network_name), 0, NULL, NULL,
           "ApiRemoveResourceDependency");
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_REMOVE_RESOURCE_DEPENDENCY, &probe_res, &network_name),
           WIN32_ERROR_DEPENDENCY_NOT_FOUND, NULL, NULL, "ApiRemoveResourceDependency of a missing dependency");
    expression.handle = probe_res;
    expression.string = "[Network Name] or [Cluster Disk 2]";
    expect(probe, result_of(pipe, mem_ctx, CMRP_SET_RESOURCE_DEPENDENCY_EXPRESSION, &expression, &expression.result),
           WIN32_ERROR_INVALID_PARAMETER, NULL, NULL, "ApiSetResourceDependencyExpression with 'or'");
    expression.string = "[Cluster Disk 2]";
    expect(probe, result_of(pipe, mem_ctx, CMRP_SET_RESOURCE_DEPENDENCY_EXPRESSION, &expression, &expression.result),
           0, NULL, NULL, "ApiSetResourceDependencyExpression([Cluster Disk 2])");
    expect_text(probe, get_text(pipe, mem_ctx, CMRP_GET_RESOURCE_DEPENDENCY_EXPRESSION, &probe_res, &text), 0,
           "[Cluster Disk 2]", "and it reads back");
    expression.string = NULL;
    expect(probe, result_of(pipe, mem_ctx, CMRP_SET_RESOURCE_DEPENDENCY_EXPRESSION, &expression, &expression.result),
           0, NULL, NULL, "ApiSetResourceDependencyExpression(NULL) drops every dependency");

    /* another group: both are on node1 */
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_CHANGE_RESOURCE_GROUP, &probe_res, &storage), 0, NULL, NULL,
           "ApiChangeResourceGroup(Probe Renamed, Available Storage)");
    resource_state(pipe, mem_ctx, &probe_res, &state, NULL, &group);
    check(probe, same_string(group, "Available Storage"), "it is in Available Storage now (%s)", or_null(group));

    /* the quorum */
    quorum.device_name = "";
    if (open_object(pipe, mem_ctx, CMRP_OPEN_RESOURCE, "Cluster Disk 1", &disk) == 0)
    {
        struct cmrp_get_quorum_resource now = { 0 };

        quorum.handle = disk;
        expect(probe, result_of(pipe, mem_ctx, CMRP_SET_QUORUM_RESOURCE, &quorum, &quorum.result), 0, NULL, NULL,
               "ApiSetQuorumResource(Cluster Disk 1)");
        result_of(pipe, mem_ctx, CMRP_GET_QUORUM_RESOURCE, &now, &now.result);
        check(probe, same_string(now.resource_name, "Cluster Disk 1"), "ApiGetQuorumResource: Cluster Disk 1 (%s)",
              or_null(now.resource_name));
        close_object(pipe, mem_ctx, CMRP_CLOSE_RESOURCE, &disk);
    }
    quorum.handle = probe_res;
    expect(probe, result_of(pipe, mem_ctx, CMRP_SET_QUORUM_RESOURCE, &quorum, &quorum.result),
           WIN32_ERROR_NOT_QUORUM_CAPABLE, NULL, NULL, "ApiSetQuorumResource of a Generic Service");
    if (open_object(pipe, mem_ctx, CMRP_OPEN_RESOURCE, "File Share Witness", &disk) == 0)
    {
        quorum.handle = disk;
        quorum.device_name = "\\\\DC1\\Witness$";
        expect(probe, result_of(pipe, mem_ctx, CMRP_SET_QUORUM_RESOURCE, &quorum, &quorum.result), 0, NULL, NULL,
               "ApiSetQuorumResource(File Share Witness) puts it back");
        close_object(pipe, mem_ctx, CMRP_CLOSE_RESOURCE, &disk);
    }

    /* delete it: the handle stays, the object is gone */
    stale = probe_res;
    expect(probe, handle_op(pipe, mem_ctx, CMRP_DELETE_RESOURCE, &probe_res), 0, NULL, NULL, "ApiDeleteResource");
    expect(probe, resource_state(pipe, mem_ctx, &stale, &state, NULL, NULL), WIN32_ERROR_RESOURCE_NOT_AVAILABLE, NULL,
           NULL, "a handle of a deleted resource: ERROR_RESOURCE_NOT_AVAILABLE");
    expect(probe, open_object(pipe, mem_ctx, CMRP_OPEN_RESOURCE, "Probe Renamed", &probe_res),
           WIN32_ERROR_RESOURCE_NOT_FOUND, NULL, NULL, "the deleted resource cannot be opened");
    result = close_object(pipe, mem_ctx, CMRP_CLOSE_RESOURCE, &stale);
    check(probe, result == 0 && ndr_policy_handle_empty(&stale), "ApiCloseResource of it: 0 and a zeroed handle (%u)",
          result);

    /* put FS1 back as it was */
    expect(probe, handle_op(pipe, mem_ctx, CMRP_ONLINE_RESOURCE, &server), WIN32_ERROR_IO_PENDING, NULL, NULL,
           "ApiOnlineResource(File Server): ERROR_IO_PENDING");
    check(probe, wait_resource(pipe, mem_ctx, &server, RESOURCE_ONLINE), "File Server is Online again");
    resource_state(pipe, mem_ctx, &network_name, &state, NULL, NULL);
    check(probe, state == RESOURCE_ONLINE, "and Network Name with it (state %u)", state);

    close_object(pipe, mem_ctx, CMRP_CLOSE_RESOURCE, &server);
    close_object(pipe, mem_ctx, CMRP_CLOSE_RESOURCE, &network_name);
    close_object(pipe, mem_ctx, CMRP_CLOSE_GROUP, &fs1);
    close_object(pipe, mem_ctx, CMRP_CLOSE_GROUP, &storage);
    close_object(pipe, mem_ctx, CMRP_CLOSE_NODE, &node1);
    close_object(pipe, mem_ctx, CMRP_CLOSE_NODE, &node2);
}

/* Groups: lookups, online/offline, moves to node2 and back, create/delete. */
static void check_groups(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx)
{
    /* "node2\0node1\0\0" as UTF-16LE */
    static uint16_t node2_first[] = { 'n', 'o', 'd', 'e', '2', 0, 'n', 'o', 'd', 'e', '1', 0, 0 };
    static uint16_t node1_first[] = { 'n', 'o', 'd', 'e', '1', 0, 'n', 'o', 'd', 'e', '2', 0, 0 };
    static uint16_t unterminated[] = { 'n', 'o', 'd', 'e', '1' };
    /* the example's internal networks, by id */
    static const char *networks_in_order[] = { "0c9e3a57-1f24-4d6b-8a31-7be5c0f29d14", "7a41d2c8-53e0-4f9b-b6a2-0d8c3e5f1a69" };
    static const char *networks_reversed[] = { "7a41d2c8-53e0-4f9b-b6a2-0d8c3e5f1a69", "0c9e3a57-1f24-4d6b-8a31-7be5c0f29d14" };
    struct cmrp_set_network_priority_order order = { 0 };
    struct policy_handle core, fs1, node1, node2, group, stale;
    struct cmrp_set_group_node_list list = { 0 };
    struct cmrp_create_group_ex create_ex = { 0 };
    struct cmrp_create_group_info info = { 1, 9999 };
    struct cmrp_pair_flags_buffer move_ex = { 0 };
    const char *text, *node;
    uint32_t state, result, granted;
    uint8_t no_reason[1];

    result = open_object(pipe, mem_ctx, CMRP_OPEN_GROUP, "Cluster Group", &core);
    if (probe->expect.read_only)
    {
        check(probe, result == WIN32_ERROR_ACCESS_DENIED, "read-only: ApiOpenGroup is denied (got %u)", result);
        result = open_object_ex(pipe, mem_ctx, CMRP_OPEN_GROUP_EX, "FS1", MAXIMUM_ALLOWED, &granted, &fs1);
        check(probe, result == 0 && granted == GENERIC_READ, "read-only: ApiOpenGroupEx(MAXIMUM_ALLOWED) grants "
              "GENERIC_READ (got %u, 0x%08x)", result, granted);
        result = group_state(pipe, mem_ctx, &fs1, &state, &node);
        check(probe, result == 0 && state == GROUP_ONLINE, "read-only: ApiGetGroupState works (%u, %u)", result, state);
        expect(probe, handle_op(pipe, mem_ctx, CMRP_MOVE_GROUP, &fs1), WIN32_ERROR_ACCESS_DENIED, NULL, NULL,
               "read-only: ApiMoveGroup is denied");
        result = open_object(pipe, mem_ctx, CMRP_CREATE_GROUP, "Probe Group", &group);
        check(probe, result == WIN32_ERROR_ACCESS_DENIED && ndr_policy_handle_empty(&group),
              "read-only: ApiCreateGroup is denied (got %u)", result);
        close_object(pipe, mem_ctx, CMRP_CLOSE_GROUP, &fs1);
        return;
    }
    if (!expect(probe, result, 0, NULL, NULL, "ApiOpenGroup(Cluster Group)")) return;
    check(probe, core.handle_type == HANDLE_GROUP, "a group handle has handle_type %u (got %u)", HANDLE_GROUP,
          core.handle_type);
    expect_text(probe, get_text(pipe, mem_ctx, CMRP_GET_GROUP_ID, &core, &text), 0,
           "9d2b7f40-6c13-4e8a-a5d9-31f0b4c7e826", "ApiGetGroupId(Cluster Group)");
    result = group_state(pipe, mem_ctx, &core, &state, &node);
    check(probe, result == 0 && state == GROUP_ONLINE && same_string(node, "node1"),
          "ApiGetGroupState(Cluster Group): Online on node1 (got %u, %u, %s)", result, state, or_null(node));
    expect_text(probe, object_enum(pipe, mem_ctx, CMRP_CREATE_GROUP_RESOURCE_ENUM, &core, 0x1, 0x1, &text), 0,
           "Cluster IP Address|Cluster Name|File Share Witness", "ApiCreateGroupResourceEnum(Cluster Group, CONTAINS)");
    expect_text(probe, object_enum(pipe, mem_ctx, CMRP_CREATE_GROUP_RESOURCE_ENUM, &core, 0x40, ~0u, &text), 0, "",
           "ApiCreateGroupResourceEnum with an unknown bit: ignored");
    expect(probe, handle_op(pipe, mem_ctx, CMRP_ONLINE_GROUP, &core), 0, NULL, NULL, "ApiOnlineGroup of an online group");
    expect(probe, handle_dword(pipe, mem_ctx, CMRP_DELETE_GROUP, &core, 1), WIN32_ERROR_CORE_RESOURCE, NULL, NULL,
           "ApiDeleteGroup of the core group, even forced");
    expect(probe, handle_string(pipe, mem_ctx, CMRP_SET_GROUP_NAME, &core, "Cluster Group"), 0, NULL, NULL,
           "ApiSetGroupName to its own name");
    close_object(pipe, mem_ctx, CMRP_CLOSE_GROUP, &core);
    expect(probe, open_object(pipe, mem_ctx, CMRP_OPEN_GROUP, "No Such Group", &group), WIN32_ERROR_GROUP_NOT_FOUND,
           NULL, NULL, "ApiOpenGroup of an unknown group");

    if (open_object(pipe, mem_ctx, CMRP_OPEN_GROUP, "FS1", &fs1) || open_object(pipe, mem_ctx, CMRP_OPEN_NODE, "node1",
        &node1) || open_object(pipe, mem_ctx, CMRP_OPEN_NODE, "node2", &node2))
    {
        check(probe, false, "opening FS1, node1 and node2");
        return;
    }
    expect_text(probe, object_enum(pipe, mem_ctx, CMRP_CREATE_GROUP_RESOURCE_ENUM, &fs1, 0x2, 0x2, &text), 0,
           "node1|node2", "ApiCreateGroupResourceEnum(FS1, NODES): the preferred owners");

    /* offline and online again */
    expect(probe, handle_op(pipe, mem_ctx, CMRP_OFFLINE_GROUP, &fs1), WIN32_ERROR_IO_PENDING, NULL, NULL,
           "ApiOfflineGroup(FS1): ERROR_IO_PENDING");
    group_state(pipe, mem_ctx, &fs1, &state, NULL);
    check(probe, state == GROUP_PENDING, "FS1 is Pending at once (state %u)", state);
    check(probe, wait_group(pipe, mem_ctx, &fs1, GROUP_OFFLINE, "node1"), "FS1 is Offline after the delay");
    expect(probe, handle_op(pipe, mem_ctx, CMRP_ONLINE_GROUP, &fs1), WIN32_ERROR_IO_PENDING, NULL, NULL,
           "ApiOnlineGroup(FS1): ERROR_IO_PENDING");
    check(probe, wait_group(pipe, mem_ctx, &fs1, GROUP_ONLINE, "node1"), "FS1 is Online after the delay");

    /* to node2 and back */
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_MOVE_GROUP_TO_NODE, &fs1, &node2), WIN32_ERROR_IO_PENDING, NULL, NULL,
           "ApiMoveGroupToNode(FS1, node2): ERROR_IO_PENDING");
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_MOVE_GROUP_TO_NODE, &fs1, &node2), WIN32_ERROR_INVALID_STATE, NULL,
           NULL, "a second move while one is under way");
    check(probe, wait_group(pipe, mem_ctx, &fs1, GROUP_ONLINE, "node2"), "FS1 is Online on node2 after the move");
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_MOVE_GROUP_TO_NODE, &fs1, &node2), 0, NULL, NULL,
           "ApiMoveGroupToNode to where it is: 0");
    expect_text(probe, object_enum(pipe, mem_ctx, CMRP_CREATE_NODE_ENUM, &node2, 0x2, 0x2, &text), 0, "FS1",
           "ApiCreateNodeEnum(node2, GROUPS)");
    expect(probe, handle_op(pipe, mem_ctx, CMRP_MOVE_GROUP, &fs1), WIN32_ERROR_IO_PENDING, NULL, NULL,
           "ApiMoveGroup(FS1) to the best other node: ERROR_IO_PENDING");
    check(probe, wait_group(pipe, mem_ctx, &fs1, GROUP_ONLINE, "node1"), "FS1 is back Online on node1");
    expect(probe, handle_dword(pipe, mem_ctx, CMRP_CANCEL_CLUSTER_GROUP_OPERATION, &fs1, 0), WIN32_ERROR_INVALID_STATE,
           NULL, NULL, "ApiCancelClusterGroupOperation with nothing under way");

    /* the same with the *Ex methods */
    move_ex.handle = fs1;
    move_ex.node = node2;
    move_ex.buffer = no_reason;
    result = result_of(pipe, mem_ctx, CMRP_MOVE_GROUP_TO_NODE_EX, &move_ex, &move_ex.result);
    expect(probe, result, WIN32_ERROR_IO_PENDING, NULL, NULL, "ApiMoveGroupToNodeEx(FS1, node2)");
    check(probe, wait_group(pipe, mem_ctx, &fs1, GROUP_ONLINE, "node2"), "FS1 is Online on node2");
    expect(probe, flags_op(pipe, mem_ctx, CMRP_MOVE_GROUP_EX, &fs1, 0), WIN32_ERROR_IO_PENDING, NULL, NULL,
           "ApiMoveGroupEx(FS1)");
    check(probe, wait_group(pipe, mem_ctx, &fs1, GROUP_ONLINE, "node1"), "FS1 is back on node1");
    expect(probe, flags_op(pipe, mem_ctx, CMRP_OFFLINE_GROUP_EX, &fs1, 0), WIN32_ERROR_IO_PENDING, NULL, NULL,
           "ApiOfflineGroupEx(FS1)");
    check(probe, wait_group(pipe, mem_ctx, &fs1, GROUP_OFFLINE, "node1"), "FS1 is Offline");
    expect(probe, flags_op(pipe, mem_ctx, CMRP_ONLINE_GROUP_EX, &fs1, 0), WIN32_ERROR_IO_PENDING, NULL, NULL,
           "ApiOnlineGroupEx(FS1)");
    check(probe, wait_group(pipe, mem_ctx, &fs1, GROUP_ONLINE, "node1"), "FS1 is Online");

    /* preferred owners */
    list.handle = fs1;
    list.node_list = node2_first;
    list.node_list_len = sizeof(node2_first) / sizeof(node2_first[0]);
    expect(probe, result_of(pipe, mem_ctx, CMRP_SET_GROUP_NODE_LIST, &list, &list.result), 0, NULL, NULL,
           "ApiSetGroupNodeList(FS1, node2 node1)");
    expect_text(probe, object_enum(pipe, mem_ctx, CMRP_CREATE_GROUP_RESOURCE_ENUM, &fs1, 0x2, 0x2, &text), 0,
           "node2|node1", "the preferred owners in the new order");
    list.node_list = unterminated;
    list.node_list_len = sizeof(unterminated) / sizeof(unterminated[0]);
    expect(probe, result_of(pipe, mem_ctx, CMRP_SET_GROUP_NODE_LIST, &list, &list.result), WIN32_ERROR_INVALID_PARAMETER,
           NULL, NULL, "ApiSetGroupNodeList with an unterminated list");
    list.node_list = node1_first;
    list.node_list_len = sizeof(node1_first) / sizeof(node1_first[0]);
    expect(probe, result_of(pipe, mem_ctx, CMRP_SET_GROUP_NODE_LIST, &list, &list.result), 0, NULL, NULL,
           "ApiSetGroupNodeList(FS1, node1 node2) puts it back");

    /* the internal networks' priority, by id; CLUSTER_ENUM_INTERNAL_NETWORK lists it */
    order.ids = networks_reversed;
    order.count = 2;
    expect(probe, result_of(pipe, mem_ctx, CMRP_SET_NETWORK_PRIORITY_ORDER, &order, &order.result), 0, NULL, NULL,
           "ApiSetNetworkPriorityOrder(network 2, network 1)");
    expect_text(probe, cluster_enum(pipe, mem_ctx, 0x80000000u, 0x80000000u, &text), 0,
                "Cluster Network 2|Cluster Network 1", "the internal networks in the new order");
    order.count = 1;
    expect(probe, result_of(pipe, mem_ctx, CMRP_SET_NETWORK_PRIORITY_ORDER, &order, &order.result),
           WIN32_ERROR_INVALID_PARAMETER, NULL, NULL, "ApiSetNetworkPriorityOrder without every internal network");
    order.ids = networks_in_order;
    order.count = 2;
    expect(probe, result_of(pipe, mem_ctx, CMRP_SET_NETWORK_PRIORITY_ORDER, &order, &order.result), 0, NULL, NULL,
           "ApiSetNetworkPriorityOrder(network 1, network 2) puts it back");

    /* a group's life */
    result = open_object(pipe, mem_ctx, CMRP_CREATE_GROUP, "Probe Group", &group);
    if (!expect(probe, result, 0, NULL, NULL, "ApiCreateGroup(Probe Group)")) return;
    result = group_state(pipe, mem_ctx, &group, &state, &node);
    check(probe, result == 0 && state == GROUP_OFFLINE && same_string(node, "node1"),
          "a new group is Offline on the node that created it (%u, %u, %s)", result, state, or_null(node));
    result = open_object(pipe, mem_ctx, CMRP_CREATE_GROUP, "Probe Group", &stale);
    check(probe, result == WIN32_ERROR_OBJECT_ALREADY_EXISTS && ndr_policy_handle_empty(&stale),
          "ApiCreateGroup of an existing name: ERROR_OBJECT_ALREADY_EXISTS, NULL handle (got %u)", result);
    expect(probe, handle_string(pipe, mem_ctx, CMRP_SET_GROUP_NAME, &group, "FS1"), WIN32_ERROR_ALREADY_EXISTS, NULL,
           NULL, "ApiSetGroupName to another group's name");
    expect(probe, handle_string(pipe, mem_ctx, CMRP_SET_GROUP_NAME, &group, ""), WIN32_ERROR_INVALID_NAME, NULL, NULL,
           "ApiSetGroupName to an empty name");
    expect(probe, handle_string(pipe, mem_ctx, CMRP_SET_GROUP_NAME, &group, "Probe Renamed Group"), 0, NULL, NULL,
           "ApiSetGroupName(Probe Renamed Group)");
    {
        struct cmrp_create_resource create = { .group = group, .name = "Probe Member", .type_name = "Generic Service" };

        result_of(pipe, mem_ctx, CMRP_CREATE_RESOURCE, &create, &create.status);
        close_object(pipe, mem_ctx, CMRP_CLOSE_RESOURCE, &create.handle);
    }
    expect(probe, handle_dword(pipe, mem_ctx, CMRP_DELETE_GROUP, &group, 0), WIN32_ERROR_DIR_NOT_EMPTY, NULL, NULL,
           "ApiDeleteGroup of a group with resources, not forced");
    stale = group;
    expect(probe, handle_dword(pipe, mem_ctx, CMRP_DELETE_GROUP, &group, 1), 0, NULL, NULL, "ApiDeleteGroup(forced)");
    expect(probe, group_state(pipe, mem_ctx, &stale, &state, &node), WIN32_ERROR_GROUP_NOT_AVAILABLE, NULL, NULL,
           "a handle of a deleted group: ERROR_GROUP_NOT_AVAILABLE");
    expect(probe, open_object(pipe, mem_ctx, CMRP_OPEN_RESOURCE, "Probe Member", &group), WIN32_ERROR_RESOURCE_NOT_FOUND,
           NULL, NULL, "its resources went with it");
    close_object(pipe, mem_ctx, CMRP_CLOSE_GROUP, &stale);

    create_ex.name = "Probe Group Ex";
    create_ex.info = &info;
    result = result_of(pipe, mem_ctx, CMRP_CREATE_GROUP_EX, &create_ex, &create_ex.status);
    expect(probe, result, 0, NULL, NULL, "ApiCreateGroupEx(Probe Group Ex, version 1)");
    expect(probe, handle_dword(pipe, mem_ctx, CMRP_DELETE_GROUP, &create_ex.handle, 0), 0, NULL, NULL,
           "ApiDeleteGroup of an empty group");
    close_object(pipe, mem_ctx, CMRP_CLOSE_GROUP, &create_ex.handle);
    info.version = 2;
    create_ex.name = "Probe Group Ex2";
    expect(probe, result_of(pipe, mem_ctx, CMRP_CREATE_GROUP_EX, &create_ex, &create_ex.status),
           WIN32_ERROR_INVALID_PARAMETER, NULL, NULL, "ApiCreateGroupEx with version 2");

    close_object(pipe, mem_ctx, CMRP_CLOSE_GROUP, &fs1);
    close_object(pipe, mem_ctx, CMRP_CLOSE_NODE, &node1);
    close_object(pipe, mem_ctx, CMRP_CLOSE_NODE, &node2);
}

/* Nodes: lookups, pause/resume (with a drain), evict, enumerations. */
static void check_nodes(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx)
{
    struct policy_handle node1, node2, fs1;
    struct cmrp_pause_node_drain_target drain = { 0 };
    const char *text, *ids;
    uint32_t state, result, granted;

    result = open_object_ex(pipe, mem_ctx, CMRP_OPEN_NODE_EX, "node1", GENERIC_READ, &granted, &node1);
    check(probe, result == 0 && granted == GENERIC_READ && node1.handle_type == HANDLE_NODE,
          "ApiOpenNodeEx(node1, GENERIC_READ): a node handle (got %u, 0x%08x, type %u)", result, granted,
          node1.handle_type);
    expect_text(probe, get_text(pipe, mem_ctx, CMRP_GET_NODE_ID, &node1, &text), 0, "1", "ApiGetNodeId(node1)");
    result = get_state(pipe, mem_ctx, CMRP_GET_NODE_STATE, &node1, &state);
    check(probe, result == 0 && state == NODE_UP, "ApiGetNodeState(node1): Up (got %u, %u)", result, state);
    expect_text(probe, object_enum(pipe, mem_ctx, CMRP_CREATE_NODE_ENUM, &node1, 0x1, 0x1, &text), 0,
           "node1 - Ethernet|node1 - Ethernet 2", "ApiCreateNodeEnum(node1, NETINTERFACES)");
    expect_text(probe, object_enum(pipe, mem_ctx, CMRP_CREATE_NODE_ENUM, &node1, 0x2, 0x2, &text), 0,
           "Cluster Group|Available Storage|FS1", "ApiCreateNodeEnum(node1, GROUPS)");
    result = enum_ex(pipe, mem_ctx, CMRP_CREATE_NODE_ENUM_EX, &node1, 0x2, 0, &ids, &text);
    expect(probe, result, 0, ids, "9d2b7f40-6c13-4e8a-a5d9-31f0b4c7e826|2e8f5c19-a7d3-4b60-9e4c-58d1f3a0b7e2|"
           "b4a60e3d-2f9c-4718-8d5b-c63e1a9f0d75", "ApiCreateNodeEnumEx(node1, GROUPS) ids");
    expect(probe, handle_op(pipe, mem_ctx, CMRP_RESUME_NODE, &node1), WIN32_ERROR_ACCESS_DENIED, NULL, NULL,
           "ApiResumeNode with a read-only handle is denied");
    /* (an eviction would end this server: test_smbtorture_dangerous.sh runs one on a server of its own) */
    expect(probe, handle_op(pipe, mem_ctx, CMRP_EVICT_NODE, &node1), WIN32_ERROR_ACCESS_DENIED, NULL, NULL,
           "ApiEvictNode with a read-only handle is denied");
    close_object(pipe, mem_ctx, CMRP_CLOSE_NODE, &node1);
    expect(probe, open_object_ex(pipe, mem_ctx, CMRP_OPEN_NODE_EX, "node9", GENERIC_READ, &granted, &node1),
           WIN32_ERROR_CLUSTER_NODE_NOT_FOUND, NULL, NULL, "ApiOpenNodeEx of an unknown node");
    if (probe->expect.read_only)
    {
        expect(probe, open_object(pipe, mem_ctx, CMRP_OPEN_NODE, "node1", &node1), WIN32_ERROR_ACCESS_DENIED, NULL,
               NULL, "read-only: ApiOpenNode is denied");
        return;
    }

    if (open_object(pipe, mem_ctx, CMRP_OPEN_NODE, "node1", &node1) || open_object(pipe, mem_ctx, CMRP_OPEN_NODE,
        "node2", &node2) || open_object(pipe, mem_ctx, CMRP_OPEN_GROUP, "FS1", &fs1))
    {
        check(probe, false, "opening node1, node2 and FS1");
        return;
    }
    expect(probe, handle_op(pipe, mem_ctx, CMRP_RESUME_NODE, &node1), WIN32_ERROR_CLUSTER_NODE_NOT_PAUSED, NULL, NULL,
           "ApiResumeNode of a running node: ERROR_CLUSTER_NODE_NOT_PAUSED");
    expect(probe, handle_op(pipe, mem_ctx, CMRP_PAUSE_NODE, &node2), 0, NULL, NULL, "ApiPauseNode(node2)");
    get_state(pipe, mem_ctx, CMRP_GET_NODE_STATE, &node2, &state);
    check(probe, state == NODE_PAUSED, "node2 is Paused (state %u)", state);
    expect(probe, handle_op(pipe, mem_ctx, CMRP_PAUSE_NODE, &node2), 0, NULL, NULL, "ApiPauseNode of a paused node: 0");
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_MOVE_GROUP_TO_NODE, &fs1, &node2), WIN32_ERROR_CLUSTER_NODE_PAUSED,
           NULL, NULL, "nothing moves to a paused node");
    expect(probe, handle_op(pipe, mem_ctx, CMRP_RESUME_NODE, &node2), 0, NULL, NULL, "ApiResumeNode(node2)");
    get_state(pipe, mem_ctx, CMRP_GET_NODE_STATE, &node2, &state);
    check(probe, state == NODE_UP, "node2 is Up again (state %u)", state);

    expect(probe, handle_two_dwords(pipe, mem_ctx, CMRP_PAUSE_NODE_EX, &node2, 0, 0), 0, NULL, NULL,
           "ApiPauseNodeEx(node2, no drain)");
    expect(probe, handle_two_dwords(pipe, mem_ctx, CMRP_RESUME_NODE_EX, &node2, 7, 0), WIN32_ERROR_INVALID_PARAMETER,
           NULL, NULL, "ApiResumeNodeEx with an unknown failback type");
    expect(probe, handle_two_dwords(pipe, mem_ctx, CMRP_RESUME_NODE_EX, &node2, 0, 0), 0, NULL, NULL,
           "ApiResumeNodeEx(node2, no failback)");
    expect(probe, handle_two_dwords(pipe, mem_ctx, CMRP_RESUME_NODE_EX, &node2, 0, 0), WIN32_ERROR_CLUSTER_NODE_NOT_PAUSED,
           NULL, NULL, "ApiResumeNodeEx of a running node");

    /* drain node2 to node1 */
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_MOVE_GROUP_TO_NODE, &fs1, &node2), WIN32_ERROR_IO_PENDING, NULL, NULL,
           "ApiMoveGroupToNode(FS1, node2)");
    check(probe, wait_group(pipe, mem_ctx, &fs1, GROUP_ONLINE, "node2"), "FS1 is Online on node2");
    drain.handle = node2;
    drain.target = node2;
    expect(probe, result_of(pipe, mem_ctx, CMRP_PAUSE_NODE_WITH_DRAIN_TARGET, &drain, &drain.result),
           WIN32_ERROR_INVALID_PARAMETER, NULL, NULL, "ApiPauseNodeWithDrainTarget to itself");
    drain.target = node1;
    expect(probe, result_of(pipe, mem_ctx, CMRP_PAUSE_NODE_WITH_DRAIN_TARGET, &drain, &drain.result),
           WIN32_ERROR_IO_PENDING, NULL, NULL, "ApiPauseNodeWithDrainTarget(node2, node1): its groups move");
    check(probe, wait_group(pipe, mem_ctx, &fs1, GROUP_ONLINE, "node1"), "FS1 drained to node1");
    get_state(pipe, mem_ctx, CMRP_GET_NODE_STATE, &node2, &state);
    check(probe, state == NODE_PAUSED, "node2 is Paused (state %u)", state);
    expect(probe, handle_op(pipe, mem_ctx, CMRP_RESUME_NODE, &node2), 0, NULL, NULL, "ApiResumeNode(node2)");

    close_object(pipe, mem_ctx, CMRP_CLOSE_NODE, &node1);
    close_object(pipe, mem_ctx, CMRP_CLOSE_NODE, &node2);
    close_object(pipe, mem_ctx, CMRP_CLOSE_GROUP, &fs1);
}

/* Networks and interfaces. */
static void check_networks(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx)
{
    struct policy_handle network, interface;
    const char *text;
    uint32_t state, result, granted;

    result = open_object_ex(pipe, mem_ctx, CMRP_OPEN_NETWORK_EX, "Cluster Network 1", GENERIC_READ, &granted, &network);
    check(probe, result == 0 && network.handle_type == HANDLE_NETWORK,
          "ApiOpenNetworkEx(Cluster Network 1): a network handle (got %u, type %u)", result, network.handle_type);
    expect_text(probe, get_text(pipe, mem_ctx, CMRP_GET_NETWORK_ID, &network, &text), 0,
           "0c9e3a57-1f24-4d6b-8a31-7be5c0f29d14", "ApiGetNetworkId(Cluster Network 1)");
    result = get_state(pipe, mem_ctx, CMRP_GET_NETWORK_STATE, &network, &state);
    check(probe, result == 0 && state == NETWORK_UP, "ApiGetNetworkState: Up (got %u, %u)", result, state);
    expect_text(probe, object_enum(pipe, mem_ctx, CMRP_CREATE_NETWORK_ENUM, &network, 0x1, 0x1, &text), 0,
           "node1 - Ethernet|node2 - Ethernet", "ApiCreateNetworkEnum(NETINTERFACES)");
    expect(probe, handle_string(pipe, mem_ctx, CMRP_SET_NETWORK_NAME, &network, "x"), WIN32_ERROR_ACCESS_DENIED, NULL,
           NULL, "ApiSetNetworkName with a read-only handle is denied");
    close_object(pipe, mem_ctx, CMRP_CLOSE_NETWORK, &network);
    expect(probe, open_object_ex(pipe, mem_ctx, CMRP_OPEN_NETWORK_EX, "No Such Network", GENERIC_READ, &granted, &network),
           WIN32_ERROR_CLUSTER_NETWORK_NOT_FOUND, NULL, NULL, "ApiOpenNetworkEx of an unknown network");

    result = open_object_ex(pipe, mem_ctx, CMRP_OPEN_NET_INTERFACE_EX, "node1 - Ethernet", GENERIC_READ, &granted,
                            &interface);
    check(probe, result == 0 && interface.handle_type == HANDLE_NETINTERFACE,
          "ApiOpenNetInterfaceEx(node1 - Ethernet): an interface handle (got %u, type %u)", result, interface.handle_type);
    result = get_text(pipe, mem_ctx, CMRP_GET_NET_INTERFACE_ID, &interface, &text);
    check(probe, result == 0 && text && strlen(text) == 36 && text[8] == '-',
          "ApiGetNetInterfaceId: a GUID (%s)", or_null(text));
    result = get_state(pipe, mem_ctx, CMRP_GET_NET_INTERFACE_STATE, &interface, &state);
    check(probe, result == 0 && state == NETINTERFACE_UP, "ApiGetNetInterfaceState: Up, 3 (got %u, %u)", result, state);
    close_object(pipe, mem_ctx, CMRP_CLOSE_NET_INTERFACE, &interface);
    expect(probe, open_object_ex(pipe, mem_ctx, CMRP_OPEN_NET_INTERFACE_EX, "node9 - Ethernet", GENERIC_READ, &granted,
           &interface), WIN32_ERROR_CLUSTER_NETINTERFACE_NOT_FOUND, NULL, NULL, "ApiOpenNetInterfaceEx of an unknown one");
    if (probe->expect.read_only) return;

    if (open_object(pipe, mem_ctx, CMRP_OPEN_NETWORK, "Cluster Network 2", &network))
    {
        check(probe, false, "ApiOpenNetwork(Cluster Network 2)");
        return;
    }
    expect(probe, handle_string(pipe, mem_ctx, CMRP_SET_NETWORK_NAME, &network, "Cluster Network 1"),
           WIN32_ERROR_ALREADY_EXISTS, NULL, NULL, "ApiSetNetworkName to another network's name");
    expect(probe, handle_string(pipe, mem_ctx, CMRP_SET_NETWORK_NAME, &network, "Probe Network"), 0, NULL, NULL,
           "ApiSetNetworkName(Probe Network)");
    expect_text(probe, cluster_enum(pipe, mem_ctx, 0x10, 0x10, &text), 0, "Cluster Network 1|Probe Network",
           "the network is enumerated under its new name");
    expect(probe, handle_string(pipe, mem_ctx, CMRP_SET_NETWORK_NAME, &network, "Cluster Network 2"), 0, NULL, NULL,
           "ApiSetNetworkName back to Cluster Network 2");
    close_object(pipe, mem_ctx, CMRP_CLOSE_NETWORK, &network);
    result = open_object(pipe, mem_ctx, CMRP_OPEN_NET_INTERFACE, "node2 - Ethernet 2", &interface);
    expect(probe, result, 0, NULL, NULL, "ApiOpenNetInterface(node2 - Ethernet 2)");
    close_object(pipe, mem_ctx, CMRP_CLOSE_NET_INTERFACE, &interface);
}

/* Group sets. */
static void check_groupsets(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx)
{
    struct policy_handle set, fs1, stale;
    struct cmrp_handle_enum_only sets = { 0 };
    uint32_t result;

    result = open_object(pipe, mem_ctx, CMRP_OPEN_GROUP_SET, "Cluster Group", &set);
    if (probe->expect.read_only)
    {
        check(probe, result == WIN32_ERROR_ACCESS_DENIED, "read-only: ApiOpenGroupSet is denied (got %u)", result);
        return;
    }
    check(probe, result == 0 && set.handle_type == HANDLE_GROUPSET,
          "ApiOpenGroupSet(Cluster Group): a group set handle (got %u, type %u)", result, set.handle_type);
    close_object(pipe, mem_ctx, CMRP_CLOSE_GROUP_SET, &set);
    expect(probe, open_object(pipe, mem_ctx, CMRP_OPEN_GROUP_SET, "No Such Set", &set), WIN32_ERROR_GROUPSET_NOT_FOUND,
           NULL, NULL, "ApiOpenGroupSet of an unknown set");

    if (open_object(pipe, mem_ctx, CMRP_OPEN_GROUP, "FS1", &fs1))
    {
        check(probe, false, "ApiOpenGroup(FS1)");
        return;
    }
    result = open_object(pipe, mem_ctx, CMRP_CREATE_GROUP_SET, "Probe Set", &set);
    if (!expect(probe, result, 0, NULL, NULL, "ApiCreateGroupSet(Probe Set)")) return;
    expect(probe, open_object(pipe, mem_ctx, CMRP_CREATE_GROUP_SET, "Probe Set", &stale), WIN32_ERROR_OBJECT_ALREADY_EXISTS,
           NULL, NULL, "ApiCreateGroupSet of an existing name");
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_ADD_GROUP_TO_GROUP_SET, &set, &fs1), 0, NULL, NULL,
           "ApiAddGroupToGroupSet(Probe Set, FS1)");
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_ADD_GROUP_TO_GROUP_SET, &set, &fs1), WIN32_ERROR_OBJECT_ALREADY_EXISTS,
           NULL, NULL, "a group in a set cannot join another");
    expect(probe, handle_op(pipe, mem_ctx, CMRP_REMOVE_GROUP_FROM_GROUP_SET, &fs1), 0, NULL, NULL,
           "ApiRemoveGroupFromGroupSet(FS1)");
    expect(probe, handle_op(pipe, mem_ctx, CMRP_REMOVE_GROUP_FROM_GROUP_SET, &fs1), WIN32_ERROR_NOT_SUPPORTED, NULL, NULL,
           "ApiRemoveGroupFromGroupSet of a group in no set");
    if (open_cluster(probe, pipe, mem_ctx, &sets.handle))
    {
        result = result_of(pipe, mem_ctx, CMRP_CREATE_GROUP_SET_ENUM, &sets, &sets.result);
        expect(probe, result, 0, joined(mem_ctx, sets.list, 0), "Cluster Group|Probe Set", "ApiCreateGroupSetEnum");
        close_cluster(pipe, mem_ctx, &sets.handle, &result);
    }
    stale = set;
    expect(probe, handle_op(pipe, mem_ctx, CMRP_DELETE_GROUP_SET, &set), 0, NULL, NULL, "ApiDeleteGroupSet");
    expect(probe, handle_pair(pipe, mem_ctx, CMRP_ADD_GROUP_TO_GROUP_SET, &stale, &fs1), WIN32_ERROR_GROUPSET_NOT_AVAILABLE,
           NULL, NULL, "a handle of a deleted set: ERROR_GROUPSET_NOT_AVAILABLE");
    close_object(pipe, mem_ctx, CMRP_CLOSE_GROUP_SET, &stale);
    close_object(pipe, mem_ctx, CMRP_CLOSE_GROUP, &fs1);
}

/* Handles: each kind is its own type; closed, zero and foreign handles fault. */
static void check_object_handles(struct probe *probe, struct dcerpc_pipe *pipe, TALLOC_CTX *mem_ctx)
{
    struct policy_handle resource, node, zero, copy;
    uint32_t state, result, granted;
    struct dcerpc_pipe *other;

    memset(&zero, 0, sizeof(zero));
    if (open_object_ex(pipe, mem_ctx, CMRP_OPEN_RESOURCE_EX, "Cluster Name", GENERIC_READ, &granted, &resource)
        || open_object_ex(pipe, mem_ctx, CMRP_OPEN_NODE_EX, "node1", GENERIC_READ, &granted, &node))
    {
        check(probe, false, "opening Cluster Name and node1");
        return;
    }
    result = get_state(pipe, mem_ctx, CMRP_GET_NODE_STATE, &resource, &state);
    check(probe, result == CALL_FAILED && faulted(), "ApiGetNodeState with a resource handle faults (context mismatch)");
    result = resource_state(pipe, mem_ctx, &node, &state, NULL, NULL);
    check(probe, result == CALL_FAILED && faulted(), "ApiGetResourceState with a node handle faults");
    copy = node;
    result = close_object(pipe, mem_ctx, CMRP_CLOSE_RESOURCE, &copy);
    check(probe, result == CALL_FAILED && faulted(), "ApiCloseResource of a node handle faults");
    result = handle_pair(pipe, mem_ctx, CMRP_ADD_RESOURCE_NODE, &resource, &resource);
    check(probe, result == CALL_FAILED && faulted(), "a resource handle as ApiAddResourceNode's node faults");
    result = resource_state(pipe, mem_ctx, &zero, &state, NULL, NULL);
    check(probe, result == CALL_FAILED && faulted(), "ApiGetResourceState with a NULL handle faults");
    result = close_object(pipe, mem_ctx, CMRP_CLOSE_NODE, &zero);
    check(probe, result == CALL_FAILED && faulted(), "ApiCloseNode of a NULL handle faults");

    other = connect_pipe(probe, mem_ctx);
    if (other)
    {
        result = resource_state(other, mem_ctx, &resource, &state, NULL, NULL);
        check(probe, result == CALL_FAILED && faulted(), "a resource handle of another association group faults");
        talloc_free(other);
    }

    copy = resource;
    result = close_object(pipe, mem_ctx, CMRP_CLOSE_RESOURCE, &resource);
    check(probe, result == 0 && ndr_policy_handle_empty(&resource), "ApiCloseResource: 0 and a zeroed handle (got %u)",
          result);
    result = resource_state(pipe, mem_ctx, &copy, &state, NULL, NULL);
    check(probe, result == CALL_FAILED && faulted(), "a closed resource handle faults");
    result = close_object(pipe, mem_ctx, CMRP_CLOSE_RESOURCE, &copy);
    check(probe, result == CALL_FAILED && faulted(), "closing it again faults");
    result = close_object(pipe, mem_ctx, CMRP_CLOSE_NODE, &node);
    check(probe, result == 0 && ndr_policy_handle_empty(&node), "ApiCloseNode: 0 and a zeroed handle (got %u)", result);
    check(probe, get_cluster_name(pipe, mem_ctx, &(struct cmrp_get_cluster_name){ 0 }),
          "the connection still works after the faults");
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
        check_cluster_objects(&probe, pipe, mem_ctx);
        check_resources(&probe, pipe, mem_ctx);
        check_groups(&probe, pipe, mem_ctx);
        check_nodes(&probe, pipe, mem_ctx);
        check_networks(&probe, pipe, mem_ctx);
        check_groupsets(&probe, pipe, mem_ctx);
        check_object_handles(&probe, pipe, mem_ctx);
        check_faults(&probe, pipe, mem_ctx);
    }

    talloc_free(mem_ctx);
    return probe.failures ? 1 : 0;
}
