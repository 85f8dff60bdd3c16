/*
 * Native tests of the codec's version 2 notification calls (137-139, 155)
 * and registry batch calls (113-116, 145, 157), and of the
 * CLUSTER_REG_BATCH_UPDATE buffers (cmrp/regbatch.c), against byte vectors
 * worked out by hand from the MS-CMRP IDL and NDR rules: LONGLONG fields are
 * 8-aligned hypers, so NOTIFY_FILTER_AND_TYPE_RPC is 16 bytes and
 * NOTIFICATION_RPC 48; [out, size_is(,*n)] T** is a unique pointer to a
 * conformant array whose elements' pointees follow the whole array.
 */
#include <string.h>

#include "cmrp/cmrp.h"
#include "cmrp/regbatch.h"
#include "wine/test.h"
#include "tests/codec/codec_test.h"

static const struct policy_handle handle_a = { 0, { 0x11111111, 0x2222, 0x3333, { 0x44, 0x44 }, { 5, 5, 5, 5, 5, 5 } } };
static const struct policy_handle handle_b = { 0, { 0x66666666, 0x7777, 0x8888, { 0x99, 0x99 }, { 1, 2, 3, 4, 5, 6 } } };

#define HANDLE_A 0,0,0,0, 0x11,0x11,0x11,0x11, 0x22,0x22, 0x33,0x33, 0x44,0x44, 5,5,5,5,5,5
#define HANDLE_B 0,0,0,0, 0x66,0x66,0x66,0x66, 0x77,0x77, 0x88,0x88, 0x99,0x99, 1,2,3,4,5,6

static void test_names(void)
{
    static const struct { uint32_t opnum; const char *name; } names[] =
    {
        { 113, "ApiExecuteBatch" }, { 114, "ApiCreateBatchPort" }, { 115, "ApiGetBatchNotification" },
        { 116, "ApiCloseBatchPort" }, { 137, "ApiCreateNotifyV2" }, { 138, "ApiAddNotifyV2" },
        { 139, "ApiGetNotifyV2" }, { 145, "ApiExecuteReadBatch" }, { 155, "ApiAddNotifyResourceTypeV2" },
        { 157, "ApiExecuteReadBatchEx" },
    };
    unsigned int i;

    for (i = 0; i < ARRAY_SIZE(names); i++)
    {
        const struct cmrp_call *call = cmrp_call_by_opnum(names[i].opnum);
        ok(call && !strcmp(call->name, names[i].name), "opnum %u: %s\n", names[i].opnum, call ? call->name : "none");
    }
    ok(!cmrp_call_by_opnum(140), "opnum 140 (not used on the wire) is known\n");
}

static void test_add_notify_v2(void)
{
    /* two handles (40 bytes, 8-aligned already), the filter struct (object
     * type, 4 bytes of padding, the hyper), key, version, BOOL */
    static const uint8_t request[] =
    {
        HANDLE_A, HANDLE_B,
        0x03,0,0,0, 0,0,0,0, 0x04,0,0,0,0x01,0,0,0,
        0x2a,0,0,0, 0x02,0,0,0, 0x01,0,0,0,
    };
    struct cmrp_add_notify_v2 r = { .notify = handle_a, .object = handle_b, .filter = { 3, 0x100000004ull },
                                    .notify_key = 42, .version = 2, .targeted = 1 };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_ADD_NOTIFY_V2, NDR_IN, &r, &err);
    ok(err == NDR_ERR_SUCCESS, "push: %d\n", err);
    check_bytes("ApiAddNotifyV2 request", blob, request, sizeof(request));
    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_ADD_NOTIFY_V2, NDR_IN, request, sizeof(request), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(request), "pull: %d, %zu\n", err, consumed);
    ok(r.filter.object_type == 3 && r.filter.flags == 0x100000004ull, "filter %u %#llx\n", r.filter.object_type,
       (unsigned long long)r.filter.flags);
    ok(r.notify_key == 42 && r.version == 2 && r.targeted == 1, "%u %u %u\n", r.notify_key, r.version, r.targeted);
}

static void test_add_notify_resource_type_v2(void)
{
    /* handle (20), pad to 24, the LONGLONG, key, "IP" */
    static const uint8_t request[] =
    {
        HANDLE_A, 0,0,0,0,
        0x02,0,0,0,0,0,0,0,
        0x07,0,0,0,
        0x03,0,0,0, 0,0,0,0, 0x03,0,0,0, 'I',0,'P',0,0,0, 0,0,
        0x02,0,0,0,
    };
    struct cmrp_add_notify_resource_type_v2 r = { .notify = handle_a, .filter = 2, .notify_key = 7,
                                                  .type_name = "IP", .version = 2 };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_ADD_NOTIFY_RESOURCE_TYPE_V2, NDR_IN, &r, &err);
    ok(err == NDR_ERR_SUCCESS, "push: %d\n", err);
    check_bytes("ApiAddNotifyResourceTypeV2 request", blob, request, sizeof(request));
    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_ADD_NOTIFY_RESOURCE_TYPE_V2, NDR_IN, request, sizeof(request), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(request), "pull: %d, %zu\n", err, consumed);
    ok(r.filter == 2 && r.notify_key == 7 && r.type_name && !strcmp(r.type_name, "IP") && r.version == 2,
       "fields wrong\n");
}

static void test_get_notify_v2(void)
{
    /* One notification: referent, conformance 1, pad to 8, then the 48-byte
     * element, then its pointees: the 4-byte buffer, ObjectId "g", no
     * ParentId, Name "G", Type "" - then the count and the result. */
    static const uint8_t response[] =
    {
        0x00,0x00,0x02,0x00, 0x01,0,0,0,
        0x09,0,0,0, 0,0,0,0,                     /* key, pad */
        0x02,0,0,0, 0,0,0,0, 0x08,0,0,0,0,0,0,0, /* GROUP, pad, GROUP_STATE_V2 */
        0x04,0x00,0x02,0x00, 0x04,0,0,0,         /* buffer referent, size */
        0x08,0x00,0x02,0x00, 0,0,0,0,            /* ObjectId, ParentId NULL */
        0x0c,0x00,0x02,0x00, 0x10,0x00,0x02,0x00,/* Name, Type */
        0x04,0,0,0, 0x02,0,0,0,                  /* buffer: conformance, DWORD 2 */
        0x02,0,0,0, 0,0,0,0, 0x02,0,0,0, 'g',0,0,0,
        0x02,0,0,0, 0,0,0,0, 0x02,0,0,0, 'G',0,0,0,
        0x01,0,0,0, 0,0,0,0, 0x01,0,0,0, 0,0, 0,0,
        0x01,0,0,0, 0,0,0,0,
    };
    uint8_t state[4] = { 2, 0, 0, 0 };
    struct cmrp_notification n = { 9, { 2, 8 }, state, 4, "g", NULL, "G", "" };
    struct cmrp_get_notify_v2 r = { .notify = handle_a, .notifications = &n, .count = 1 };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_GET_NOTIFY_V2, NDR_IN, &r, &err);
    ok(err == NDR_ERR_SUCCESS && blob.length == 20, "request: %d, %zu\n", err, blob.length);
    blob = push_call(CMRP_GET_NOTIFY_V2, NDR_OUT, &r, &err);
    ok(err == NDR_ERR_SUCCESS, "push: %d\n", err);
    check_bytes("ApiGetNotifyV2 response", blob, response, sizeof(response));

    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_GET_NOTIFY_V2, NDR_OUT, response, sizeof(response), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(response), "pull: %d, %zu\n", err, consumed);
    ok(r.count == 1 && r.notifications, "count %u\n", r.count);
    if (r.count == 1 && r.notifications)
    {
        const struct cmrp_notification *got = r.notifications;

        ok(got->notify_key == 9 && got->filter.object_type == 2 && got->filter.flags == 8, "key/filter wrong\n");
        ok(got->buffer_size == 4 && got->buffer && got->buffer[0] == 2, "buffer wrong\n");
        ok(got->object_id && !strcmp(got->object_id, "g"), "object id %s\n", got->object_id);
        ok(!got->parent_id, "parent id %s\n", got->parent_id);
        ok(got->name && !strcmp(got->name, "G") && got->type && !got->type[0], "name/type wrong\n");
    }

    /* a count that disagrees with the array is a stub error */
    {
        uint8_t bad[sizeof(response)];

        memcpy(bad, response, sizeof(bad));
        bad[sizeof(bad) - 8] = 2;
        err = pull_call(CMRP_GET_NOTIFY_V2, NDR_OUT, bad, sizeof(bad), &r, &consumed);
        ok(err != NDR_ERR_SUCCESS, "count 2 for 1 element accepted\n");
        /* a buffer size the conformance contradicts */
        memcpy(bad, response, sizeof(bad));
        bad[56] = 3;
        err = pull_call(CMRP_GET_NOTIFY_V2, NDR_OUT, bad, sizeof(bad), &r, &consumed);
        ok(err != NDR_ERR_SUCCESS, "buffer conformance 3 for size 4 accepted\n");
    }

    /* no notifications: a NULL array */
    {
        static const uint8_t empty[] = { 0,0,0,0, 0,0,0,0, 0x01,0,0,0 };

        r.notifications = NULL;
        r.count = 0;
        r.result = 1;
        blob = push_call(CMRP_GET_NOTIFY_V2, NDR_OUT, &r, &err);
        check_bytes("empty ApiGetNotifyV2 response", blob, empty, sizeof(empty));
    }
}

static void test_execute_batch(void)
{
    /* handle, cbData, conformant lpData (4 bytes), then out: failed, rpc_status, result */
    static const uint8_t request[] = { HANDLE_A, 0x04,0,0,0, 0x04,0,0,0, 0x01,0,0,0 };
    static const uint8_t response[] = { 0x02,0,0,0, 0,0,0,0, 0x57,0,0,0 };
    uint8_t version[4] = { 1, 0, 0, 0 };
    struct cmrp_execute_batch r = { .key = handle_a, .size = 4, .data = version, .failed_command = 2,
                                    .result = 87 };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_EXECUTE_BATCH, NDR_IN, &r, &err);
    check_bytes("ApiExecuteBatch request", blob, request, sizeof(request));
    blob = push_call(CMRP_EXECUTE_BATCH, NDR_OUT, &r, &err);
    check_bytes("ApiExecuteBatch response", blob, response, sizeof(response));
    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_EXECUTE_BATCH, NDR_IN, request, sizeof(request), &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && r.size == 4 && r.data && r.data[0] == 1, "pull: %d\n", err);
    /* cbData says 5, the array 4 */
    {
        uint8_t bad[sizeof(request)];

        memcpy(bad, request, sizeof(bad));
        bad[20] = 5;
        err = pull_call(CMRP_EXECUTE_BATCH, NDR_IN, bad, sizeof(bad), &r, &consumed);
        ok(err != NDR_ERR_SUCCESS, "size mismatch accepted\n");
    }
}

static void test_batch_port(void)
{
    static const uint8_t create_response[] = { HANDLE_B, 0,0,0,0, 0,0,0,0 };
    static const uint8_t get_response[] = { 0x04,0,0,0, 0x00,0x00,0x02,0x00, 0x04,0,0,0, 0x01,0,0,0, 0,0,0,0 };
    uint8_t version[4] = { 1, 0, 0, 0 };
    struct cmrp_create_batch_port c = { .key = handle_a, .port = handle_b };
    struct cmrp_get_batch_notification g = { .port = handle_b, .size = 4, .data = version };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_CREATE_BATCH_PORT, NDR_OUT, &c, &err);
    check_bytes("ApiCreateBatchPort response", blob, create_response, sizeof(create_response));
    blob = push_call(CMRP_GET_BATCH_NOTIFICATION, NDR_OUT, &g, &err);
    check_bytes("ApiGetBatchNotification response", blob, get_response, sizeof(get_response));
    memset(&g, 0, sizeof(g));
    err = pull_call(CMRP_GET_BATCH_NOTIFICATION, NDR_OUT, get_response, sizeof(get_response), &g, &consumed);
    ok(err == NDR_ERR_SUCCESS && consumed == sizeof(get_response) && g.size == 4 && g.data, "pull: %d\n", err);
}

static void test_read_batch_ex(void)
{
    static const uint8_t request[] = { HANDLE_A, 0x04,0,0,0, 0x04,0,0,0, 0x01,0,0,0, 0x02,0,0,0 };
    uint8_t version[4] = { 1, 0, 0, 0 };
    struct cmrp_execute_read_batch r = { .key = handle_a, .in_size = 4, .in_data = version, .flags = 2,
                                         .out_size = 4, .out_data = version };
    enum ndr_err_code err;
    size_t consumed;
    DATA_BLOB blob;

    blob = push_call(CMRP_EXECUTE_READ_BATCH_EX, NDR_IN, &r, &err);
    check_bytes("ApiExecuteReadBatchEx request", blob, request, sizeof(request));
    blob = push_call(CMRP_EXECUTE_READ_BATCH, NDR_IN, &r, &err);
    ok(err == NDR_ERR_SUCCESS && blob.length == sizeof(request) - 4, "ApiExecuteReadBatch has flags: %zu\n",
       blob.length);
    blob = push_call(CMRP_EXECUTE_READ_BATCH, NDR_OUT, &r, &err);
    ok(err == NDR_ERR_SUCCESS && blob.length == 4 + 4 + 4 + 4 + 8, "response: %d %zu\n", err, blob.length);
    memset(&r, 0, sizeof(r));
    err = pull_call(CMRP_EXECUTE_READ_BATCH, NDR_OUT, blob.data, blob.length, &r, &consumed);
    ok(err == NDR_ERR_SUCCESS && r.out_size == 4 && r.out_data && r.out_data[0] == 1, "pull: %d\n", err);
}

static void test_regbatch(void)
{
    static const uint8_t name_v[] = { 'v', 0, 0, 0 };
    static const uint8_t expect[] =
    {
        0x01,0,0,0,
        0x02,0,0,0, 0,0,0,0, 0x04,0,0,0, 'k',0,0,0, 0,0,0,0,                 /* CREATE_KEY "k" */
        0x01,0,0,0, 0x03,0,0,0, 0x04,0,0,0, 'v',0,0,0, 0x03,0,0,0, 'a','b',0, 0, /* SET_VALUE, 3 bytes + pad */
        0x04,0,0,0, 0,0,0,0, 0x02,0,0,0, 0,0, 0,0,0,0,                       /* DELETE_VALUE default */
    };
    static const uint8_t name_k[] = { 'k', 0, 0, 0 };
    struct cmrp_regbatch batch;
    struct cmrp_regbatch_command command;
    size_t offset;
    bool end;
    int count;

    ok(cmrp_regbatch_init(&batch), "init failed\n");
    ok(cmrp_regbatch_add(&batch, CMRP_REGBATCH_CREATE_KEY, 0, name_k, 4, NULL, 0), "add failed\n");
    ok(cmrp_regbatch_add(&batch, CMRP_REGBATCH_SET_VALUE, 3, name_v, 4, "ab", 3), "add failed\n");
    ok(cmrp_regbatch_add(&batch, CMRP_REGBATCH_DELETE_VALUE, 0, NULL, 0, NULL, 0), "add failed\n");
    ok(!cmrp_regbatch_add(&batch, CMRP_REGBATCH_SET_VALUE, 3, (const uint8_t *)"v", 1, NULL, 0),
       "odd name accepted\n");
    ok(batch.count == 3, "count %u\n", batch.count);
    ok(batch.size == sizeof(expect) && !memcmp(batch.data, expect, sizeof(expect)), "bytes differ (%zu)\n",
       batch.size);

    ok(cmrp_regbatch_count(expect, sizeof(expect)) == 3, "count wrong\n");
    ok(cmrp_regbatch_start(expect, sizeof(expect), &offset) && offset == 4, "start failed\n");
    ok(cmrp_regbatch_next(expect, sizeof(expect), &offset, &command, &end), "next failed\n");
    ok(command.command == 2 && command.name_size == 4 && command.name[0] == 'k' && !command.data, "first wrong\n");
    ok(cmrp_regbatch_next(expect, sizeof(expect), &offset, &command, &end), "next failed\n");
    ok(command.command == 1 && command.value_type == 3 && command.data_size == 3 && command.data[1] == 'b',
       "second wrong\n");
    ok(cmrp_regbatch_next(expect, sizeof(expect), &offset, &command, &end), "next failed\n");
    ok(command.command == 4 && command.name_size == 2, "third wrong\n");
    ok(!cmrp_regbatch_next(expect, sizeof(expect), &offset, &command, &end) && end, "no end\n");

    /* hostile buffers: every truncation fails or ends early, never reads past */
    for (count = 0; count < (int)sizeof(expect) - 1; count++)
        ok(cmrp_regbatch_count(expect, count) < 3, "truncated to %d: all three commands\n", count);
    {
        uint8_t bad[sizeof(expect)];

        memcpy(bad, expect, sizeof(bad));
        bad[12] = 0xff;      /* a name longer than the buffer */
        ok(cmrp_regbatch_count(bad, sizeof(bad)) == -1, "long name accepted\n");
        memcpy(bad, expect, sizeof(bad));
        bad[18] = 'x';       /* an unterminated name */
        ok(cmrp_regbatch_count(bad, sizeof(bad)) == -1, "unterminated name accepted\n");
        memcpy(bad, expect, sizeof(bad));
        bad[0] = 2;          /* another version */
        ok(cmrp_regbatch_count(bad, sizeof(bad)) == -1, "version 2 accepted\n");
    }
    cmrp_regbatch_free(&batch);
}

START_TEST(batch_notify)
{
    codec_test_mem = talloc_new(NULL);
    test_names();
    test_add_notify_v2();
    test_add_notify_resource_type_v2();
    test_get_notify_v2();
    test_execute_batch();
    test_batch_port();
    test_read_batch_ex();
    test_regbatch();
    talloc_free(codec_test_mem);
}
