/* The helpers of the codec's native tests (codec_test.h). */
#include <string.h>

#include "wine/test.h"
#include "tests/codec/codec_test.h"

TALLOC_CTX *codec_test_mem;

DATA_BLOB push_call(uint32_t opnum, int flags, const void *r, enum ndr_err_code *err)
{
    struct ndr_push *ndr = ndr_push_init_ctx(codec_test_mem);
    DATA_BLOB blob = { NULL, 0 };

    *err = cmrp_table.calls[opnum].ndr_push(ndr, flags, r);
    if (*err == NDR_ERR_SUCCESS) blob = ndr_push_blob(ndr);
    return blob;
}

enum ndr_err_code pull_call(uint32_t opnum, int flags, const uint8_t *bytes, size_t len, void *r,
                            size_t *consumed)
{
    DATA_BLOB blob = data_blob_const(bytes, len);
    struct ndr_pull *ndr = ndr_pull_init_blob(&blob, codec_test_mem);
    enum ndr_err_code err;

    ndr->current_mem_ctx = codec_test_mem;
    err = cmrp_table.calls[opnum].ndr_pull(ndr, flags, r);
    *consumed = ndr->offset;
    return err;
}

void check_bytes(const char *what, DATA_BLOB blob, const uint8_t *expect, size_t len)
{
    ok(blob.length == len, "%s: got %zu bytes, expected %zu\n", what, blob.length, len);
    if (blob.length == len)
        ok(!memcmp(blob.data, expect, len), "%s: bytes differ\n", what);
}
