/*
 * Native tests of the MS-CMRP codec against byte vectors worked out by hand
 * from the MS-CMRP IDL and the NDR rules (docs: ms-cmrp.md §2.1), plus
 * round trips and hostile stubs.  These bytes are what Windows' RPC runtime
 * sends and expects; Samba's own NDR is checked separately (smbtorture).
 */
#include <string.h>

#include "cmrp/cmrp.h"
#include "wine/test.h"

static TALLOC_CTX *mem;

/* Pushes one direction of a call; returns the bytes, or a NULL blob on error. */
static DATA_BLOB push_call(uint32_t opnum, int flags, const void *r, enum ndr_err_code *err)
{
    struct ndr_push *ndr = ndr_push_init_ctx(mem);
    DATA_BLOB blob = { NULL, 0 };

    *err = cmrp_table.calls[opnum].ndr_push(ndr, flags, r);
    if (*err == NDR_ERR_SUCCESS) blob = ndr_push_blob(ndr);
    return blob;
}

/* Pulls one direction of a call from bytes; *consumed says how many were read. */
static enum ndr_err_code pull_call(uint32_t opnum, int flags, const uint8_t *bytes, size_t len,
                                   void *r, size_t *consumed)
{
    DATA_BLOB blob = data_blob_const(bytes, len);
    struct ndr_pull *ndr = ndr_pull_init_blob(&blob, mem);
    enum ndr_err_code err;

    ndr->current_mem_ctx = mem;
    err = cmrp_table.calls[opnum].ndr_pull(ndr, flags, r);
    *consumed = ndr->offset;
    return err;
}

static void check_bytes(const char *what, DATA_BLOB blob, const uint8_t *expect, size_t len)
{
    ok(blob.length == len, "%s: got %zu bytes, expected %zu\n", what, blob.length, len);
    if (blob.length == len)
        ok(!memcmp(blob.data, expect, len), "%s: bytes differ\n", what);
}

static const struct policy_handle sample_handle =
{
    0, { 0x44332211, 0x6655, 0x8877, { 0x99, 0x00 }, { 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff } }
};

#define HANDLE_BYTES \
    0x00, 0x00, 0x00, 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, \
    0x99, 0x00, 0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff

static void test_table(void)
{
    ok(cmrp_table.num_calls == CMRP_NUM_CALLS, "num_calls %u\n", cmrp_table.num_calls);
    ok(cmrp_table.syntax_id.if_version == 3, "version %#x\n", cmrp_table.syntax_id.if_version);
    ok(!strcmp(GUID_string(mem, &cmrp_table.syntax_id.uuid), CMRP_UUID), "uuid %s\n",
       GUID_string(mem, &cmrp_table.syntax_id.uuid));
    ok(!strcmp(cmrp_table.authservices->names[0], "MSServerClusterMgmtAPI"), "authservice %s\n",
       cmrp_table.authservices->names[0]);
    ok(cmrp_call_by_opnum(CMRP_GET_CLUSTER_VERSION2) != NULL, "opnum 102 unknown\n");
    ok(!strcmp(cmrp_call_by_opnum(117)->name, "ApiOpenClusterEx"), "wrong name for 117\n");
    ok(cmrp_call_by_opnum(5) == NULL, "opnum 5 should not be known yet\n");
    ok(cmrp_call_by_opnum(100000) == NULL, "opnum 100000 known\n");
    ok(cmrp_table.calls[5].ndr_pull == NULL, "empty slot has a pull function\n");
}

static void test_open_cluster(void)
{
    static const uint8_t response[] = { 0x00, 0x00, 0x00, 0x00, HANDLE_BYTES };
    static const uint8_t failure[] = { 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                       0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };
    struct cmrp_open_cluster r = { .status = 0, .cluster = sample_handle };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_OPEN_CLUSTER, NDR_IN, &r, &err);
    ok(err == NDR_ERR_SUCCESS && blob.length == 0, "request: err %d, %zu bytes\n", err, blob.length);

    blob = push_call(CMRP_OPEN_CLUSTER, NDR_OUT, &r, &err);
    ok(err == NDR_ERR_SUCCESS, "push: %d\n", err);
    check_bytes("OpenCluster response", blob, response, sizeof(response));

    memset(&r, 0xcc, sizeof(r));
    err = pull_call(CMRP_OPEN_CLUSTER, NDR_OUT, failure, sizeof(failure), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(failure), "pull: %d, %zu\n", err, consumed);
    ok(r.status == 5, "status %u\n", r.status);
    ok(ndr_policy_handle_empty(&r.cluster), "handle not empty\n");
}

static void test_close_cluster(void)
{
    static const uint8_t request[] = { HANDLE_BYTES };
    static const uint8_t response[] = { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                        0x06, 0x00, 0x00, 0x00 };
    struct cmrp_close_cluster r = { .cluster = sample_handle };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_CLOSE_CLUSTER, NDR_IN, &r, &err);
    check_bytes("CloseCluster request", blob, request, sizeof(request));

    err = pull_call(CMRP_CLOSE_CLUSTER, NDR_OUT, response, sizeof(response), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(response), "pull: %d, %zu\n", err, consumed);
    ok(ndr_policy_handle_empty(&r.cluster), "handle not zeroed\n");
    ok(r.result == 6, "result %u\n", r.result);
}

static void test_set_cluster_name(void)
{
    /* "CL2": counts 4/0/4, 8 bytes of UTF-16 incl. NUL, already aligned. */
    static const uint8_t request[] = { 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00,
                                       'C', 0, 'L', 0, '2', 0, 0, 0 };
    static const uint8_t response[] = { 0x00, 0x00, 0x00, 0x00, 0xa0, 0x13, 0x00, 0x00 };
    struct cmrp_set_cluster_name r = { .new_cluster_name = "CL2" };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_SET_CLUSTER_NAME, NDR_IN, &r, &err);
    check_bytes("SetClusterName request", blob, request, sizeof(request));

    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_SET_CLUSTER_NAME, NDR_IN, request, sizeof(request), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(request), "pull request: %d, %zu\n", err, consumed);
    ok(r.new_cluster_name && !strcmp(r.new_cluster_name, "CL2"), "name %s\n", r.new_cluster_name);

    err = pull_call(CMRP_SET_CLUSTER_NAME, NDR_OUT, response, sizeof(response), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(response), "pull response: %d, %zu\n", err, consumed);
    ok(r.rpc_status == 0 && r.result == 5024, "rpc_status %u result %u\n", r.rpc_status, r.result);

    r.new_cluster_name = NULL;
    blob = push_call(CMRP_SET_CLUSTER_NAME, NDR_IN, &r, &err);
    ok(err == NDR_ERR_INVALID_POINTER, "NULL [string] pushed: %d\n", err);
}

/* ApiGetClusterName response for "CLUS1" / "N1": two unique pointers, each
 * followed at once by its string; the second pointer is 4-aligned after the
 * first string's 12 bytes of characters. */
static const uint8_t get_name_response[] =
{
    0x00, 0x00, 0x02, 0x00,                         /* referent id */
    0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00,
    'C', 0, 'L', 0, 'U', 0, 'S', 0, '1', 0, 0, 0,
    0x04, 0x00, 0x02, 0x00,                         /* referent id */
    0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00,
    'N', 0, '1', 0, 0, 0, 0x00, 0x00,               /* 6 bytes + 2 pad */
    0x00, 0x00, 0x00, 0x00,                         /* result */
};

static void test_get_cluster_name(void)
{
    struct cmrp_get_cluster_name r = { .cluster_name = "CLUS1", .node_name = "N1" };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_GET_CLUSTER_NAME, NDR_OUT, &r, &err);
    ok(err == NDR_ERR_SUCCESS, "push: %d\n", err);
    check_bytes("GetClusterName response", blob, get_name_response, sizeof(get_name_response));

    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_GET_CLUSTER_NAME, NDR_OUT, get_name_response, sizeof(get_name_response), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(get_name_response), "pull: %d, %zu\n", err, consumed);
    ok(r.cluster_name && !strcmp(r.cluster_name, "CLUS1"), "cluster %s\n", r.cluster_name);
    ok(r.node_name && !strcmp(r.node_name, "N1"), "node %s\n", r.node_name);
}

static void test_get_cluster_version2(void)
{
    static const uint8_t response[] =
    {
        0x0a, 0x00, 0x00, 0x00, 0x7c, 0x4f,             /* 10.0 build 20348 */
        0x00, 0x00,                                     /* align the pointer */
        0x00, 0x00, 0x02, 0x00,
        0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00,
        'M', 0, 'S', 0, 0, 0, 0x00, 0x00,
        0x04, 0x00, 0x02, 0x00,                         /* "" is one NUL */
        0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
        0x08, 0x00, 0x02, 0x00,                         /* CLUSTER_OPERATIONAL_VERSION_INFO */
        0x14, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0a, 0x00, 0x00, 0x00, 0x09, 0x00,
        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,                         /* rpc_status */
        0x00, 0x00, 0x00, 0x00,                         /* result */
    };
    struct cmrp_opver_info opver = { 20, 0x000a0000, 0x00090000, 0, 0 };
    struct cmrp_get_cluster_version2 r =
    {
        .major_version = 10, .minor_version = 0, .build_number = 20348,
        .vendor_id = "MS", .csd_version = "", .opver = &opver,
    };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_GET_CLUSTER_VERSION2, NDR_OUT, &r, &err);
    ok(err == NDR_ERR_SUCCESS, "push: %d\n", err);
    check_bytes("GetClusterVersion2 response", blob, response, sizeof(response));

    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_GET_CLUSTER_VERSION2, NDR_OUT, response, sizeof(response), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(response), "pull: %d, %zu\n", err, consumed);
    ok(r.major_version == 10 && r.minor_version == 0 && r.build_number == 20348, "version %u.%u.%u\n",
       r.major_version, r.minor_version, r.build_number);
    ok(r.vendor_id && !strcmp(r.vendor_id, "MS"), "vendor %s\n", r.vendor_id);
    ok(r.csd_version && !strcmp(r.csd_version, ""), "csd %s\n", r.csd_version);
    ok(r.opver && r.opver->size == 20 && r.opver->highest_version == 0x000a0000 &&
       r.opver->lowest_version == 0x00090000, "opver wrong\n");

    /* A NULL opver pointer is legal: the referent id is 0 and nothing follows. */
    r.opver = NULL;
    blob = push_call(CMRP_GET_CLUSTER_VERSION2, NDR_OUT, &r, &err);
    ok(err == NDR_ERR_SUCCESS && blob.length == sizeof(response) - 20, "NULL opver: %d, %zu bytes\n",
       err, blob.length);
}

static void test_open_cluster_ex(void)
{
    static const uint8_t request[] = { 0x00, 0x00, 0x00, 0x80 };
    static const uint8_t response[] = { 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, 0x00, 0x00, HANDLE_BYTES };
    struct cmrp_open_cluster_ex r = { .desired_access = 0x80000000 };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_OPEN_CLUSTER_EX, NDR_IN, &r, &err);
    check_bytes("OpenClusterEx request", blob, request, sizeof(request));

    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_OPEN_CLUSTER_EX, NDR_OUT, response, sizeof(response), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(response), "pull: %d, %zu\n", err, consumed);
    ok(r.granted_access == 0x80000000 && r.status == 0, "granted %#x status %u\n", r.granted_access, r.status);
    ok(!memcmp(&r.cluster, &sample_handle, sizeof(sample_handle)), "handle differs\n");
}

/* Every prefix of a valid stub must fail cleanly: the server and client
 * both pull untrusted bytes. */
static void test_truncated(void)
{
    struct cmrp_get_cluster_name r;
    enum ndr_err_code err;
    size_t len, consumed, failures = 0;

    for (len = 0; len < sizeof(get_name_response); len++)
    {
        memset(&r, 0, sizeof(r));
        err = pull_call(CMRP_GET_CLUSTER_NAME, NDR_OUT, get_name_response, len, &r, &consumed);
        if (err != NDR_ERR_SUCCESS) failures++;
        else ok(0, "a %zu-byte prefix pulled successfully\n", len);
    }
    ok(failures == sizeof(get_name_response), "%zu of %zu prefixes failed\n", failures, sizeof(get_name_response));
}

static void test_bad_strings(void)
{
    static const struct { const char *what; uint8_t bytes[20]; size_t len; } cases[] =
    {
        { "offset not 0", { 4,0,0,0, 1,0,0,0, 3,0,0,0, 'C',0,'L',0,0,0 }, 18 },
        { "length above max", { 2,0,0,0, 0,0,0,0, 3,0,0,0, 'C',0,'L',0,0,0 }, 18 },
        { "zero length", { 0,0,0,0, 0,0,0,0, 0,0,0,0 }, 12 },
        { "no terminator", { 3,0,0,0, 0,0,0,0, 3,0,0,0, 'C',0,'L',0,'X',0 }, 18 },
        { "length past the end", { 0xff,0xff,0xff,0x7f, 0,0,0,0, 0xff,0xff,0xff,0x7f, 'C',0,0,0 }, 16 },
        { "lone surrogate", { 2,0,0,0, 0,0,0,0, 2,0,0,0, 0x00,0xd8,0,0 }, 16 },
    };
    struct cmrp_set_cluster_name r;
    enum ndr_err_code err;
    size_t consumed;
    unsigned int i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        memset(&r, 0, sizeof(r));
        err = pull_call(CMRP_SET_CLUSTER_NAME, NDR_IN, cases[i].bytes, cases[i].len, &r, &consumed);
        ok(err != NDR_ERR_SUCCESS, "%s: pulled as %s\n", cases[i].what, r.new_cluster_name);
    }
}

static void test_non_ascii(void)
{
    /* "Ä€" = U+00C4 U+20AC: UTF-8 in the struct, UTF-16LE on the wire. */
    static const uint8_t request[] = { 3,0,0,0, 0,0,0,0, 3,0,0,0, 0xc4,0x00, 0xac,0x20, 0,0, 0,0 };
    struct cmrp_set_cluster_name r = { .new_cluster_name = "\xc3\x84\xe2\x82\xac" };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_SET_CLUSTER_NAME, NDR_IN, &r, &err);
    check_bytes("non-ASCII request", blob, request, sizeof(request) - 2);
    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_SET_CLUSTER_NAME, NDR_IN, request, sizeof(request) - 2, &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && r.new_cluster_name && !strcmp(r.new_cluster_name, "\xc3\x84\xe2\x82\xac"),
       "pulled %s\n", r.new_cluster_name);
}

static void test_print(void)
{
    struct cmrp_get_cluster_name r = { .cluster_name = "CLUS1", .node_name = "N1" };
    char *text = ndr_print_function_string(mem, cmrp_table.calls[CMRP_GET_CLUSTER_NAME].ndr_print,
                                           "ApiGetClusterName", NDR_OUT, &r);

    ok(text && strstr(text, "cluster_name") && strstr(text, "CLUS1") && strstr(text, "N1"),
       "print: %s\n", text);
}

START_TEST(codec)
{
    mem = talloc_new(NULL);
    test_table();
    test_open_cluster();
    test_close_cluster();
    test_set_cluster_name();
    test_get_cluster_name();
    test_get_cluster_version2();
    test_open_cluster_ex();
    test_truncated();
    test_bad_strings();
    test_non_ascii();
    test_print();
    talloc_free(mem);
}
