/*
 * Native tests of the MS-CMRP codec against byte vectors worked out by hand
 * from the MS-CMRP IDL and the NDR rules (docs: ms-cmrp.md §2.1), plus
 * round trips and hostile stubs.  These bytes are what Windows' RPC runtime
 * sends and expects; Samba's own NDR is checked separately (smbtorture).
 */
#include <string.h>

#include "cmrp/cmrp.h"
#include "wine/test.h"
#include "tests/codec/codec_test.h"

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
    ok(!strcmp(GUID_string(codec_test_mem, &cmrp_table.syntax_id.uuid), CMRP_UUID), "uuid %s\n",
       GUID_string(codec_test_mem, &cmrp_table.syntax_id.uuid));
    ok(!strcmp(cmrp_table.authservices->names[0], "MSServerClusterMgmtAPI"), "authservice %s\n",
       cmrp_table.authservices->names[0]);
    ok(cmrp_call_by_opnum(CMRP_GET_CLUSTER_VERSION2) != NULL, "opnum 102 unknown\n");
    ok(!strcmp(cmrp_call_by_opnum(117)->name, "ApiOpenClusterEx"), "wrong name for 117\n");
    ok(cmrp_call_by_opnum(80) == NULL, "opnum 80 (not used on the wire) is known\n");
    ok(cmrp_call_by_opnum(100000) == NULL, "opnum 100000 known\n");
    ok(cmrp_table.calls[80].ndr_pull == NULL, "empty slot has a pull function\n");
    ok(cmrp_call_by_opnum(CMRP_GET_KEY_SECURITY)->params != cmrp_call_by_opnum(CMRP_SET_KEY_SECURITY)->params,
       "Get/SetKeySecurity share a parameter table\n");
}

static void test_open_cluster(void)
{
    static const uint8_t response[] = { 0x00, 0x00, 0x00, 0x00, HANDLE_BYTES };
    static const uint8_t failure[] = { 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                       0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };
    struct cmrp_open_cluster r = { .status = 0, .handle = sample_handle };
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
    ok(ndr_policy_handle_empty(&r.handle), "handle not empty\n");
}

static void test_close_cluster(void)
{
    static const uint8_t request[] = { HANDLE_BYTES };
    static const uint8_t response[] = { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                        0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                        0x06, 0x00, 0x00, 0x00 };
    struct cmrp_close_handle r = { .handle = sample_handle };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_CLOSE_CLUSTER, NDR_IN, &r, &err);
    check_bytes("CloseCluster request", blob, request, sizeof(request));

    err = pull_call(CMRP_CLOSE_CLUSTER, NDR_OUT, response, sizeof(response), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(response), "pull: %d, %zu\n", err, consumed);
    ok(ndr_policy_handle_empty(&r.handle), "handle not zeroed\n");
    ok(r.result == 6, "result %u\n", r.result);
}

static void test_set_cluster_name(void)
{
    /* "CL2": counts 4/0/4, 8 bytes of UTF-16 incl. NUL, already aligned. */
    static const uint8_t request[] = { 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00,
                                       'C', 0, 'L', 0, '2', 0, 0, 0 };
    static const uint8_t response[] = { 0x00, 0x00, 0x00, 0x00, 0xa0, 0x13, 0x00, 0x00 };
    struct cmrp_string_in r = { .string = "CL2" };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_SET_CLUSTER_NAME, NDR_IN, &r, &err);
    check_bytes("SetClusterName request", blob, request, sizeof(request));

    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_SET_CLUSTER_NAME, NDR_IN, request, sizeof(request), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(request), "pull request: %d, %zu\n", err, consumed);
    ok(r.string && !strcmp(r.string, "CL2"), "name %s\n", r.string);

    err = pull_call(CMRP_SET_CLUSTER_NAME, NDR_OUT, response, sizeof(response), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(response), "pull response: %d, %zu\n", err, consumed);
    ok(r.rpc_status == 0 && r.result == 5024, "rpc_status %u result %u\n", r.rpc_status, r.result);

    r.string = NULL;
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
    ok(!memcmp(&r.handle, &sample_handle, sizeof(sample_handle)), "handle differs\n");
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
    struct cmrp_string_in r;
    enum ndr_err_code err;
    size_t consumed;
    unsigned int i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        memset(&r, 0, sizeof(r));
        err = pull_call(CMRP_SET_CLUSTER_NAME, NDR_IN, cases[i].bytes, cases[i].len, &r, &consumed);
        ok(err != NDR_ERR_SUCCESS, "%s: pulled as %s\n", cases[i].what, r.string);
    }
}

static void test_non_ascii(void)
{
    /* "Ä€" = U+00C4 U+20AC: UTF-8 in the struct, UTF-16LE on the wire. */
    static const uint8_t request[] = { 3,0,0,0, 0,0,0,0, 3,0,0,0, 0xc4,0x00, 0xac,0x20, 0,0, 0,0 };
    struct cmrp_string_in r = { .string = "\xc3\x84\xe2\x82\xac" };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_SET_CLUSTER_NAME, NDR_IN, &r, &err);
    check_bytes("non-ASCII request", blob, request, sizeof(request) - 2);
    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_SET_CLUSTER_NAME, NDR_IN, request, sizeof(request) - 2, &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && r.string && !strcmp(r.string, "\xc3\x84\xe2\x82\xac"),
       "pulled %s\n", r.string);
}

static void test_print(void)
{
    struct cmrp_get_cluster_name r = { .cluster_name = "CLUS1", .node_name = "N1" };
    char *text = ndr_print_function_string(codec_test_mem, cmrp_table.calls[CMRP_GET_CLUSTER_NAME].ndr_print,
                                           "ApiGetClusterName", NDR_OUT, &r);

    ok(text && strstr(text, "cluster_name") && strstr(text, "CLUS1") && strstr(text, "N1"),
       "print: %s\n", text);
}


/* The worked examples of docs ms-cmrp.md §2.1a, computed by hand there. */
static void test_open_resource(void)
{
    static const uint8_t request[] = { 0x05,0,0,0, 0,0,0,0, 0x05,0,0,0, 'R',0,'e',0,'s',0,'1',0,0,0, 0,0 };
    static const uint8_t response[] = { 0,0,0,0, 0,0,0,0, HANDLE_BYTES };
    struct cmrp_open_object r = { .name = "Res1" };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_OPEN_RESOURCE, NDR_IN, &r, &err);
    /* The request ends after the string: the 2 padding bytes belong to nothing. */
    check_bytes("OpenResource request", blob, request, sizeof(request) - 2);
    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_OPEN_RESOURCE, NDR_OUT, response, sizeof(response), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(response), "pull: %d, %zu\n", err, consumed);
    ok(r.status == 0 && r.rpc_status == 0 && !memcmp(&r.handle, &sample_handle, sizeof(r.handle)), "fields wrong\n");
}

static const uint8_t enum_response[] =
{
    0x00,0x00,0x02,0x00, 0x02,0,0,0, 0x02,0,0,0,
    0x01,0,0,0, 0x04,0x00,0x02,0x00, 0x01,0,0,0, 0x08,0x00,0x02,0x00,
    0x03,0,0,0, 0,0,0,0, 0x03,0,0,0, 'N',0,'1',0,0,0, 0,0,
    0x06,0,0,0, 0,0,0,0, 0x06,0,0,0, 'N',0,'o',0,'d',0,'e',0,'2',0,0,0,
    0,0,0,0, 0,0,0,0,
};

static void test_create_enum(void)
{
    struct cmrp_enum_entry entries[] = { { 1, "N1" }, { 1, "Node2" } };
    struct cmrp_enum_list list = { 2, entries };
    struct cmrp_create_enum r = { .type = 1, .list = &list };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_CREATE_ENUM, NDR_OUT, &r, &err);
    ok(err == NDR_ERR_SUCCESS, "push: %d\n", err);
    check_bytes("CreateEnum response", blob, enum_response, sizeof(enum_response));

    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_CREATE_ENUM, NDR_OUT, enum_response, sizeof(enum_response), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(enum_response), "pull: %d, %zu\n", err, consumed);
    ok(r.list && r.list->count == 2, "count %u\n", r.list ? r.list->count : 0);
    if (r.list && r.list->count == 2)
        ok(r.list->entries[0].type == 1 && !strcmp(r.list->entries[0].name, "N1") &&
           !strcmp(r.list->entries[1].name, "Node2"), "entries wrong\n");
}

static void test_bad_enum_lists(void)
{
    uint8_t bytes[sizeof(enum_response)];
    struct cmrp_create_enum r;
    enum ndr_err_code err;
    size_t consumed;

    /* EntryCount disagreeing with the conformance. */
    memcpy(bytes, enum_response, sizeof(bytes));
    bytes[8] = 3;
    err = pull_call(CMRP_CREATE_ENUM, NDR_OUT, bytes, sizeof(bytes), &r, &consumed);
    ok(err != NDR_ERR_SUCCESS, "count mismatch accepted\n");

    /* A huge count with few bytes behind it: refused before any allocation. */
    memcpy(bytes, enum_response, sizeof(bytes));
    bytes[4] = bytes[8] = 0xff; bytes[5] = bytes[9] = 0xff; bytes[6] = bytes[10] = 0xff; bytes[7] = bytes[11] = 0x0f;
    err = pull_call(CMRP_CREATE_ENUM, NDR_OUT, bytes, sizeof(bytes), &r, &consumed);
    ok(err != NDR_ERR_SUCCESS, "huge count accepted\n");
}

static void test_control(void)
{
    /* ApiClusterControl request: handle, code, lpInBuffer NULL, sizes. */
    static const uint8_t request[] = { HANDLE_BYTES, 0x3d,0x00,0x00,0x07, 0,0,0,0, 0,0,0,0, 0x10,0,0,0 };
    /* Response: conformant varying buffer (max = nOutBufferSize 16, 6 bytes
     * used), then BytesReturned, Required, rpc_status, result. */
    static const uint8_t response[] =
    {
        0x10,0,0,0, 0,0,0,0, 0x06,0,0,0, 'F',0,'S',0,0,0, 0,0,
        0x06,0,0,0, 0x06,0,0,0, 0,0,0,0, 0,0,0,0,
    };
    struct cmrp_object_control r = { .handle = sample_handle, .code = 0x0700003d, .out_size = 16 };
    uint8_t in[4] = { 1, 2, 3, 4 };
    uint8_t bytes[sizeof(response)];
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_CLUSTER_CONTROL, NDR_IN, &r, &err);
    check_bytes("ClusterControl request", blob, request, sizeof(request));

    err = pull_call(CMRP_CLUSTER_CONTROL, NDR_OUT, response, sizeof(response), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(response), "pull: %d, %zu\n", err, consumed);
    ok(r.returned == 6 && r.required == 6 && r.out_buffer && !memcmp(r.out_buffer, "F\0S\0\0\0", 6),
       "returned %u required %u\n", r.returned, r.required);

    /* The conformance must be the request's nOutBufferSize... */
    r.out_size = 8;
    err = pull_call(CMRP_CLUSTER_CONTROL, NDR_OUT, response, sizeof(response), &r, &consumed);
    ok(err != NDR_ERR_SUCCESS, "conformance 16 accepted for a buffer of 8\n");
    r.out_size = 16;
    /* ...and the bytes sent must be what BytesReturned says. */
    memcpy(bytes, response, sizeof(bytes));
    bytes[20] = 4;
    err = pull_call(CMRP_CLUSTER_CONTROL, NDR_OUT, bytes, sizeof(bytes), &r, &consumed);
    ok(err != NDR_ERR_SUCCESS, "6 bytes accepted for BytesReturned 4\n");

    /* An in buffer: referent, conformance, bytes, then nInBufferSize. */
    r.in_buffer = in;
    r.in_size = sizeof(in);
    blob = push_call(CMRP_CLUSTER_CONTROL, NDR_IN, &r, &err);
    ok(err == NDR_ERR_SUCCESS && blob.length == sizeof(request) + 8, "in buffer: %d, %zu\n", err, blob.length);
    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_CLUSTER_CONTROL, NDR_IN, blob.data, blob.length, &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && r.in_size == 4 && r.in_buffer && !memcmp(r.in_buffer, in, 4) && r.out_size == 16,
       "pulled in buffer wrong: %d\n", err);

    /* NULL with a size is refused both ways (MS-CMRP 3.1.4.2). */
    r.in_buffer = NULL;
    r.in_size = 4;
    blob = push_call(CMRP_CLUSTER_CONTROL, NDR_IN, &r, &err);
    ok(err != NDR_ERR_SUCCESS, "pushed a NULL buffer of 4 bytes\n");
    memcpy(bytes, request, sizeof(request));
    bytes[28] = 4;
    err = pull_call(CMRP_CLUSTER_CONTROL, NDR_IN, bytes, sizeof(request), &r, &consumed);
    ok(err != NDR_ERR_SUCCESS, "pulled a NULL buffer of 4 bytes\n");

    /* A server may not return more than the buffer holds. */
    memset(&r, 0, sizeof(r));
    r.out_buffer = in;
    r.out_size = 2;
    r.returned = 4;
    blob = push_call(CMRP_CLUSTER_CONTROL, NDR_OUT, &r, &err);
    ok(err != NDR_ERR_SUCCESS, "pushed 4 bytes into a buffer of 2\n");
}

static void test_registry_values(void)
{
    /* ApiQueryValue response: type REG_DWORD, conformant data of exactly cbData (8), required 4. */
    static const uint8_t response[] =
    {
        0x04,0,0,0, 0x08,0,0,0, 0x2a,0,0,0, 0,0,0,0, 0x04,0,0,0, 0,0,0,0, 0,0,0,0,
    };
    struct cmrp_query_value q = { .key = sample_handle, .name = "V", .size = 8 };
    struct cmrp_enum_key k = { 0 };
    struct cmrp_filetime ft = { 0x11223344, 0x55667788 };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    err = pull_call(CMRP_QUERY_VALUE, NDR_OUT, response, sizeof(response), &q, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(response), "pull: %d, %zu\n", err, consumed);
    ok(q.type == 4 && q.required == 4 && q.data && q.data[0] == 0x2a, "query value fields wrong\n");
    q.size = 4;
    err = pull_call(CMRP_QUERY_VALUE, NDR_OUT, response, sizeof(response), &q, &consumed);
    ok(err != NDR_ERR_SUCCESS, "8 bytes accepted for cbData 4\n");

    /* ApiEnumKey: the FILETIME is two 4-aligned DWORDs right after the name
     * (Samba's 8-aligned NTTIME would insert padding here). */
    k.name = "K";
    k.last_write_time = ft;
    blob = push_call(CMRP_ENUM_KEY, NDR_OUT, &k, &err);
    ok(err == NDR_ERR_SUCCESS && blob.length == 4 + 12 + 4 + 8 + 8, "enum key: %d, %zu bytes\n", err, blob.length);
    if (blob.length == 36)
        ok(!memcmp(blob.data + 20, "\x44\x33\x22\x11\x88\x77\x66\x55", 8), "FILETIME misplaced\n");
}

static void test_security_descriptor(void)
{
    uint8_t sd[6] = { 1, 0, 4, 0x80, 0, 0 };
    struct cmrp_key_security r = { .key = sample_handle, .security_information = 4 };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    /* ApiGetKeySecurity sends the buffer size with no data... */
    r.descriptor.in_size = 64;
    blob = push_call(CMRP_GET_KEY_SECURITY, NDR_IN, &r, &err);
    ok(err == NDR_ERR_INVALID_POINTER, "NULL data with a size: %d\n", err);
    r.descriptor.data = sd;
    r.descriptor.out_size = 0;
    blob = push_call(CMRP_GET_KEY_SECURITY, NDR_IN, &r, &err);
    ok(err == NDR_ERR_SUCCESS && blob.length == 20 + 4 + 12 + 12, "request: %d, %zu\n", err, blob.length);

    /* ...and gets it back filled. */
    r.descriptor.in_size = sizeof(sd);
    r.descriptor.out_size = sizeof(sd);
    blob = push_call(CMRP_GET_KEY_SECURITY, NDR_OUT, &r, &err);
    ok(err == NDR_ERR_SUCCESS, "push out: %d\n", err);
    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_GET_KEY_SECURITY, NDR_OUT, blob.data, blob.length, &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == blob.length && r.descriptor.out_size == 6 &&
       r.descriptor.data && !memcmp(r.descriptor.data, sd, 6), "round trip: %d\n", err);

    /* ApiSetKeySecurity has no descriptor in its response. */
    blob = push_call(CMRP_SET_KEY_SECURITY, NDR_OUT, &r, &err);
    ok(err == NDR_ERR_SUCCESS && blob.length == 8, "set response: %d, %zu\n", err, blob.length);
}

static void test_group_node_list(void)
{
    static const uint16_t list[] = { 'n', '1', 0, 'n', '2', 0, 0 };
    static const uint8_t expect_tail[] = { 0x07,0,0,0, 'n',0,'1',0,0,0,'n',0,'2',0,0,0,0,0, 0,0, 0x07,0,0,0 };
    struct cmrp_set_group_node_list r = { .handle = sample_handle, .node_list = (uint16_t *)list, .node_list_len = 7 };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_SET_GROUP_NODE_LIST, NDR_IN, &r, &err);
    ok(err == NDR_ERR_SUCCESS && blob.length == 20 + 4 + sizeof(expect_tail), "push: %d, %zu\n", err, blob.length);
    if (blob.length == 20 + 4 + sizeof(expect_tail))
        ok(!memcmp(blob.data + 24, expect_tail, sizeof(expect_tail)), "MULTI_SZ bytes wrong\n");
    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_SET_GROUP_NODE_LIST, NDR_IN, blob.data, blob.length, &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && r.node_list_len == 7 && r.node_list && r.node_list[3] == 'n', "pull: %d\n", err);
}

/* ApiCreateGroupEnum (143): a MULTI_SZ of property names in, a
 * GROUP_ENUM_LIST out (MS-CMRP 2.2.3.25-26): the entry's scalars with the
 * referents of its strings and property lists, then the pointees in order;
 * a NULL RoProperties takes no referent. */
static const uint8_t group_enum_request[] =
{
    HANDLE_BYTES,
    0x00,0x00,0x02,0x00, 0x06,0,0,0, '*',0,0,0,0,0, 0,0, 0x06,0,0,0,
    0,0,0,0, 0,0,0,0,
};

static const uint8_t group_enum_response[] =
{
    0x00,0x00,0x02,0x00, 0x01,0,0,0, 0x01,0,0,0,
    0x04,0x00,0x02,0x00, 0x08,0x00,0x02,0x00, 0x03,0,0,0, 0x0c,0x00,0x02,0x00, 0x01,0,0,0,
    0x04,0,0,0, 0x10,0x00,0x02,0x00, 0,0,0,0, 0,0,0,0,
    0x02,0,0,0, 0,0,0,0, 0x02,0,0,0, 'G',0,0,0,
    0x02,0,0,0, 0,0,0,0, 0x02,0,0,0, '7',0,0,0,
    0x03,0,0,0, 0,0,0,0, 0x03,0,0,0, 'n',0,'1',0,0,0, 0,0,
    0x04,0,0,0, 0xde,0xad,0xbe,0xef,
    0,0,0,0, 0,0,0,0,
};

static void test_create_group_enum(void)
{
    static const uint8_t names[] = { '*', 0, 0, 0, 0, 0 };
    uint8_t properties[] = { 0xde, 0xad, 0xbe, 0xef };
    struct cmrp_group_enum_entry entry = { "G", "7", 3, "n1", 1, 4, properties, 0, NULL };
    struct cmrp_group_enum_list list = { 1, &entry };
    struct cmrp_create_group_enum r = { .handle = sample_handle, .properties = (uint8_t *)names, .properties_size = 6 };
    uint8_t bytes[sizeof(group_enum_response)];
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_CREATE_GROUP_ENUM, NDR_IN, &r, &err);
    ok(err == NDR_ERR_SUCCESS, "push request: %d\n", err);
    check_bytes("CreateGroupEnum request", blob, group_enum_request, sizeof(group_enum_request));
    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_CREATE_GROUP_ENUM, NDR_IN, group_enum_request, sizeof(group_enum_request), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(group_enum_request), "pull request: %d, %zu\n", err, consumed);
    ok(r.properties_size == 6 && r.properties && r.properties[0] == '*' && !r.ro_properties && !r.ro_properties_size,
       "request fields wrong\n");

    r.list = &list;
    blob = push_call(CMRP_CREATE_GROUP_ENUM, NDR_OUT, &r, &err);
    ok(err == NDR_ERR_SUCCESS, "push response: %d\n", err);
    check_bytes("CreateGroupEnum response", blob, group_enum_response, sizeof(group_enum_response));

    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_CREATE_GROUP_ENUM, NDR_OUT, group_enum_response, sizeof(group_enum_response), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(group_enum_response), "pull response: %d, %zu\n", err, consumed);
    ok(r.list && r.list->count == 1, "count %u\n", r.list ? r.list->count : 0);
    if (r.list && r.list->count == 1)
    {
        const struct cmrp_group_enum_entry *e = &r.list->entries[0];

        ok(!strcmp(e->name, "G") && !strcmp(e->id, "7") && e->state == 3 && !strcmp(e->owner, "n1") && e->flags == 1,
           "entry fields wrong\n");
        ok(e->properties_size == 4 && e->properties && !memcmp(e->properties, properties, 4), "properties wrong\n");
        ok(!e->ro_properties_size && !e->ro_properties, "read-only properties wrong\n");
    }

    /* cbProperties disagreeing with the array's conformance */
    memcpy(bytes, group_enum_response, sizeof(bytes));
    bytes[32] = 5;
    err = pull_call(CMRP_CREATE_GROUP_ENUM, NDR_OUT, bytes, sizeof(bytes), &r, &consumed);
    ok(err != NDR_ERR_SUCCESS, "size mismatch accepted\n");
    /* a NULL RoProperties with a size */
    memcpy(bytes, group_enum_response, sizeof(bytes));
    bytes[40] = 2;
    err = pull_call(CMRP_CREATE_GROUP_ENUM, NDR_OUT, bytes, sizeof(bytes), &r, &consumed);
    ok(err != NDR_ERR_SUCCESS, "NULL array with a size accepted\n");
    /* a huge count with nothing behind it */
    memcpy(bytes, group_enum_response, sizeof(bytes));
    bytes[4] = bytes[8] = 0xff; bytes[5] = bytes[9] = 0xff; bytes[6] = bytes[10] = 0xff;
    err = pull_call(CMRP_CREATE_GROUP_ENUM, NDR_OUT, bytes, sizeof(bytes), &r, &consumed);
    ok(err != NDR_ERR_SUCCESS, "huge count accepted\n");
}

/* ApiCreateResourceEnum (144): four strings, two property lists. */
static void test_create_resource_enum(void)
{
    uint8_t properties[] = { 1, 2, 3, 4, 5, 6, 7, 8 }, ro[] = { 9, 10, 11, 12 };
    struct cmrp_resource_enum_entry entries[] =
    {
        { "Disk", "d1", "FS1", "g1", 8, properties, 4, ro },
        { "Name", "n1", "FS1", "g1", 0, NULL, 0, NULL },
    };
    struct cmrp_resource_enum_list list = { 2, entries };
    struct cmrp_create_resource_enum r = { .handle = sample_handle, .list = &list };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_CREATE_RESOURCE_ENUM, NDR_IN, &r, &err);
    ok(err == NDR_ERR_SUCCESS && blob.length == 20 + 16, "push request: %d, %zu\n", err, blob.length);
    blob = push_call(CMRP_CREATE_RESOURCE_ENUM, NDR_OUT, &r, &err);
    ok(err == NDR_ERR_SUCCESS, "push response: %d\n", err);
    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_CREATE_RESOURCE_ENUM, NDR_OUT, blob.data, blob.length, &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == blob.length, "pull: %d, %zu of %zu\n", err, consumed, blob.length);
    ok(r.list && r.list->count == 2, "count %u\n", r.list ? r.list->count : 0);
    if (r.list && r.list->count == 2)
    {
        const struct cmrp_resource_enum_entry *e = r.list->entries;

        ok(!strcmp(e[0].name, "Disk") && !strcmp(e[0].id, "d1") && !strcmp(e[0].owner_name, "FS1")
           && !strcmp(e[0].owner_id, "g1"), "first entry's strings wrong\n");
        ok(e[0].properties_size == 8 && !memcmp(e[0].properties, properties, 8) && e[0].ro_properties_size == 4
           && !memcmp(e[0].ro_properties, ro, 4), "first entry's properties wrong\n");
        ok(!strcmp(e[1].name, "Name") && !e[1].properties && !e[1].ro_properties, "second entry wrong\n");
    }

    /* a NULL array with a size cannot go out */
    entries[1].properties_size = 3;
    r.list = &list;
    blob = push_call(CMRP_CREATE_RESOURCE_ENUM, NDR_OUT, &r, &err);
    ok(err != NDR_ERR_SUCCESS, "NULL array with a size pushed\n");
}

/* ApiChangeResourceGroupEx (184): the ULONGLONG is aligned to 8. */
static void test_change_resource_group_ex(void)
{
    static const uint8_t flags_bytes[] = { 0x01,0,0,0, 0x02,0,0,0 };
    struct cmrp_handle_pair_hyper r = { .handle = sample_handle, .other = sample_handle,
                                        .flags = 0x0000000200000001ull };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_CHANGE_RESOURCE_GROUP_EX, NDR_IN, &r, &err);
    ok(err == NDR_ERR_SUCCESS && blob.length == 48, "push: %d, %zu\n", err, blob.length);
    if (blob.length == 48) ok(!memcmp(blob.data + 40, flags_bytes, 8), "flags bytes wrong\n");
    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_CHANGE_RESOURCE_GROUP_EX, NDR_IN, blob.data, blob.length, &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && r.flags == 0x0000000200000001ull && consumed == 48, "pull: %d, %#llx\n", err,
       (unsigned long long)r.flags);
    ok(!strcmp(cmrp_call_by_opnum(184)->name, "ApiChangeResourceGroupEx"), "wrong name for 184\n");
}

/* The group and group set dependency methods (171, 172, 175-179): known,
 * named as the specification names them, and their requests round-trip. */
static void test_group_dependency_calls(void)
{
    static const struct { uint32_t opnum; const char *name; bool pair; } calls[] =
    {
        { CMRP_ADD_GROUP_SET_DEPENDENCY, "ApiAddGroupSetDependency", true },
        { CMRP_ADD_GROUP_TO_GROUP_SET_DEPENDENCY, "ApiAddGroupToGroupSetDependency", true },
        { CMRP_SET_GROUP_DEPENDENCY_EXPRESSION, "ApiSetGroupDependencyExpression", false },
        { CMRP_REMOVE_CLUSTER_GROUP_DEPENDENCY, "ApiRemoveClusterGroupDependency", true },
        { CMRP_SET_GROUP_SET_DEPENDENCY_EXPRESSION, "ApiSetGroupSetDependencyExpression", false },
        { CMRP_REMOVE_GROUP_SET_DEPENDENCY, "ApiRemoveGroupSetDependency", true },
        { CMRP_REMOVE_CLUSTER_GROUP_TO_GROUP_SET_DEPENDENCY, "ApiRemoveClusterGroupToGroupSetDependency", true },
    };
    static const struct policy_handle other = { 0, { 1, 2, 3, { 4, 5 }, { 6, 7, 8, 9, 10, 11 } } };
    enum ndr_err_code err;
    unsigned int i;
    size_t consumed;
    DATA_BLOB blob;

    for (i = 0; i < sizeof(calls) / sizeof(calls[0]); i++)
    {
        const struct cmrp_call *call = cmrp_call_by_opnum(calls[i].opnum);

        ok(call && !strcmp(call->name, calls[i].name), "opnum %u: %s\n", calls[i].opnum, call ? call->name : "unknown");
        if (calls[i].pair)
        {
            struct cmrp_handle_pair r = { .handle = sample_handle, .other = other };

            blob = push_call(calls[i].opnum, NDR_IN, &r, &err);
            ok(err == NDR_ERR_SUCCESS && blob.length == 40, "opnum %u push: %d, %zu\n", calls[i].opnum, err, blob.length);
            memset(&r, 0, sizeof(r));
            err = pull_call(calls[i].opnum, NDR_IN, blob.data, blob.length, &r, &consumed);
            ok(err == NDR_ERR_SUCCESS && !memcmp(&r.other, &other, sizeof(other)), "opnum %u pull: %d\n",
               calls[i].opnum, err);
        }
        else
        {
            struct cmrp_handle_string r = { .handle = sample_handle, .string = "[G] and [H]" };

            blob = push_call(calls[i].opnum, NDR_IN, &r, &err);
            /* handle, then a [string]: max_count, offset, actual_count, 12 units */
            ok(err == NDR_ERR_SUCCESS && blob.length == 20 + 12 + 24, "opnum %u push: %d, %zu\n", calls[i].opnum,
               err, blob.length);
            memset(&r, 0, sizeof(r));
            err = pull_call(calls[i].opnum, NDR_IN, blob.data, blob.length, &r, &consumed);
            ok(err == NDR_ERR_SUCCESS && r.string && !strcmp(r.string, "[G] and [H]"), "opnum %u pull: %d\n",
               calls[i].opnum, err);
        }
    }
}

/* ApiSetNetworkPriorityOrder (87): NetworkCount, then the array of [string]
 * pointers (conformance, referents, strings); ApiAddGroupToGroupSetEx (183). */
static const uint8_t priority_request[] =
{
    0x02,0,0,0,
    0x02,0,0,0, 0x00,0x00,0x02,0x00, 0x04,0x00,0x02,0x00,
    0x02,0,0,0, 0,0,0,0, 0x02,0,0,0, 'b',0,0,0,
    0x03,0,0,0, 0,0,0,0, 0x03,0,0,0, 'a',0,'1',0,0,0,
};

static void test_network_priority_and_set_ex(void)
{
    const char *ids[] = { "b", "a1" };
    struct cmrp_set_network_priority_order r = { .count = 2, .ids = ids };
    struct cmrp_add_group_to_group_set_ex ex = { .handle = sample_handle, .group = sample_handle, .fault_domain = 1,
                                                 .update_domain = 2, .use_domains = 1 };
    uint8_t bytes[sizeof(priority_request)];
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_SET_NETWORK_PRIORITY_ORDER, NDR_IN, &r, &err);
    ok(err == NDR_ERR_SUCCESS, "push: %d\n", err);
    check_bytes("SetNetworkPriorityOrder request", blob, priority_request, sizeof(priority_request));
    memcpy(bytes, priority_request, sizeof(bytes));
    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_SET_NETWORK_PRIORITY_ORDER, NDR_IN, bytes, sizeof(bytes), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(bytes) && r.count == 2 && r.ids && !strcmp(r.ids[0], "b")
       && !strcmp(r.ids[1], "a1"), "pull: %d, %zu\n", err, consumed);
    /* a count the array does not have, and one beyond range(0,1000) */
    bytes[0] = 3;
    err = pull_call(CMRP_SET_NETWORK_PRIORITY_ORDER, NDR_IN, bytes, sizeof(bytes), &r, &consumed);
    ok(err != NDR_ERR_SUCCESS, "count mismatch accepted\n");
    memcpy(bytes, blob.data, sizeof(bytes));
    bytes[0] = bytes[4] = 0xe9; bytes[1] = bytes[5] = 0x03;    /* 1001 */
    err = pull_call(CMRP_SET_NETWORK_PRIORITY_ORDER, NDR_IN, bytes, sizeof(bytes), &r, &consumed);
    ok(err != NDR_ERR_SUCCESS, "1001 networks accepted\n");
    r.count = 1001;
    r.ids = ids;
    blob = push_call(CMRP_SET_NETWORK_PRIORITY_ORDER, NDR_IN, &r, &err);
    ok(err != NDR_ERR_SUCCESS, "1001 networks pushed\n");

    blob = push_call(CMRP_ADD_GROUP_TO_GROUP_SET_EX, NDR_IN, &ex, &err);
    ok(err == NDR_ERR_SUCCESS && blob.length == 56, "183 push: %d, %zu\n", err, blob.length);
    memset(&ex, 0, sizeof(ex));
    err = pull_call(CMRP_ADD_GROUP_TO_GROUP_SET_EX, NDR_IN, blob.data, blob.length, &ex, &consumed);
    ok(err == NDR_ERR_SUCCESS && ex.fault_domain == 1 && ex.update_domain == 2 && ex.use_domains == 1
       && !ex.reserved, "183 pull: %d\n", err);
}

/* Every known call survives every truncation of a valid stub: the server
 * pulls untrusted requests, the client untrusted replies. */
static void test_all_calls_truncated(void)
{
    static uint8_t garbage[512];
    unsigned int opnum, len, bad;
    enum ndr_err_code err;
    size_t consumed;

    for (len = 0; len < sizeof(garbage); len++) garbage[len] = (uint8_t)(len * 37 + 11);
    for (opnum = 0; opnum < CMRP_NUM_CALLS; opnum++)
    {
        void *r;

        if (!cmrp_table.calls[opnum].ndr_pull) continue;
        r = talloc_zero_size(codec_test_mem, cmrp_table.calls[opnum].struct_size);
        for (len = 0, bad = 0; len < sizeof(garbage); len += 3)
        {
            /* A failed pull may leave the offset past the end (alignment),
             * having read nothing there; a successful one stays inside. */
            err = pull_call(opnum, NDR_IN, garbage, len, r, &consumed);
            if (err == NDR_ERR_SUCCESS && consumed > len) bad++;
            err = pull_call(opnum, NDR_OUT, garbage, len, r, &consumed);
            if (err == NDR_ERR_SUCCESS && consumed > len) bad++;
        }
        ok(!bad, "opnum %u: %u pulls succeeded past the end\n", opnum, bad);
    }
}

static void test_set_service_account_password(void)
{
    /* Request: [string] "pw" (counts 3/0/3, 6 bytes, 2 of padding), dwFlags,
     * ReturnStatusBufferSize; no rpc_status anywhere in this method. */
    static const uint8_t request[] =
    {
        3,0,0,0, 0,0,0,0, 3,0,0,0, 'p',0,'w',0,0,0, 0,0,
        1,0,0,0, 0x00,0x04,0,0,
    };
    /* Response: conformant varying array (max 4, offset 0, 2 used) of
     * {NodeId, SetAttempted + 3 bytes of padding, ReturnStatus}, then
     * SizeReturned, ExpectedBufferSize, the result. */
    static const uint8_t response[] =
    {
        4,0,0,0, 0,0,0,0, 2,0,0,0,
        1,0,0,0, 1,0,0,0, 0,0,0,0,
        2,0,0,0, 0,0,0,0, 0xbe,0x10,0,0,
        2,0,0,0, 2,0,0,0, 0,0,0,0,
    };
    struct cmrp_password_status statuses[2] = { { 1, 1, 0 }, { 2, 0, 4286 } };
    struct cmrp_set_service_account_password r =
    {
        .new_password = "pw", .flags = CMRP_SET_PASSWORD_IGNORE_DOWN_NODES, .buffer_size = 1024,
    };
    uint8_t bytes[sizeof(request)];
    char *text;
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_SET_SERVICE_ACCOUNT_PASSWORD, NDR_IN, &r, &err);
    check_bytes("SetServiceAccountPassword request", blob, request, sizeof(request));
    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_SET_SERVICE_ACCOUNT_PASSWORD, NDR_IN, request, sizeof(request), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(request) && !strcmp(r.new_password, "pw") && r.flags == 1
       && r.buffer_size == 1024, "pull request: %d\n", err);

    /* [range(0, 64 * 1024)] on ReturnStatusBufferSize */
    memcpy(bytes, request, sizeof(request));
    bytes[24] = 0x01; bytes[25] = 0x00; bytes[26] = 0x01;  /* 65537 */
    err = pull_call(CMRP_SET_SERVICE_ACCOUNT_PASSWORD, NDR_IN, bytes, sizeof(bytes), &r, &consumed);
    ok(err != NDR_ERR_SUCCESS, "ReturnStatusBufferSize 65537 accepted\n");
    bytes[24] = 0x00;                       /* 65536: the limit itself */
    err = pull_call(CMRP_SET_SERVICE_ACCOUNT_PASSWORD, NDR_IN, bytes, sizeof(bytes), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && r.buffer_size == 65536, "ReturnStatusBufferSize 65536: %d\n", err);

    memset(&r, 0, sizeof(r));
    r.statuses = statuses;
    r.buffer_size = 4;
    r.returned = 2;
    r.expected_size = 2;
    blob = push_call(CMRP_SET_SERVICE_ACCOUNT_PASSWORD, NDR_OUT, &r, &err);
    check_bytes("SetServiceAccountPassword response", blob, response, sizeof(response));
    memset(&r, 0, sizeof(r));
    r.buffer_size = 4;
    err = pull_call(CMRP_SET_SERVICE_ACCOUNT_PASSWORD, NDR_OUT, response, sizeof(response), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(response) && r.returned == 2 && r.statuses
       && r.statuses[1].node_id == 2 && !r.statuses[1].set_attempted && r.statuses[1].return_status == 4286
       && r.statuses[0].set_attempted == 1, "pull response: %d\n", err);
    /* the conformance is the request's buffer size */
    r.buffer_size = 3;
    err = pull_call(CMRP_SET_SERVICE_ACCOUNT_PASSWORD, NDR_OUT, response, sizeof(response), &r, &consumed);
    ok(err != NDR_ERR_SUCCESS, "conformance 4 accepted for a buffer of 3\n");
    /* more statuses than the buffer holds cannot be pushed */
    r.statuses = statuses;
    r.buffer_size = 1;
    r.returned = 2;
    blob = push_call(CMRP_SET_SERVICE_ACCOUNT_PASSWORD, NDR_OUT, &r, &err);
    ok(err != NDR_ERR_SUCCESS, "pushed 2 statuses into a buffer of 1\n");

    /* the password never appears in a dump */
    r.new_password = "Secret-Pa55";
    text = ndr_print_function_string(codec_test_mem, cmrp_table.calls[CMRP_SET_SERVICE_ACCOUNT_PASSWORD].ndr_print,
                                     "ApiSetServiceAccountPassword", NDR_IN | NDR_OUT, &r);
    ok(text && !strstr(text, "Secret-Pa55") && strstr(text, "(secret)") && strstr(text, "ReturnStatus"),
       "dump: %s\n", text);
}

START_TEST(codec)
{
    codec_test_mem = talloc_new(NULL);
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
    test_open_resource();
    test_create_enum();
    test_bad_enum_lists();
    test_control();
    test_registry_values();
    test_security_descriptor();
    test_group_node_list();
    test_create_group_enum();
    test_create_resource_enum();
    test_change_resource_group_ex();
    test_set_service_account_password();
    test_group_dependency_calls();
    test_network_priority_and_set_ex();
    test_all_calls_truncated();
    talloc_free(codec_test_mem);
}
