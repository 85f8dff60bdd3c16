/*
 * libFuzzer target for the codec's decoders: the first byte picks a call
 * the codec knows (cmrp_table.calls[opnum].ndr_pull), the second a
 * direction (NDR_IN, what a server pulls; NDR_OUT, what a client pulls); the
 * rest is the stub.  A pull either fails or stays inside the stub; what it
 * accepts is printed and pushed again without crashing.
 *
 * Build and run: tests/fuzz/run-fuzz.sh SECONDS
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cmrp/cmrp.h"

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size);

static uint32_t opnums[CMRP_NUM_CALLS];
static unsigned int num_opnums;

static void no_print(struct ndr_print *ndr, const char *format, ...)
{
}

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const struct ndr_interface_call *call;
    TALLOC_CTX *mem;
    struct ndr_pull *pull;
    struct ndr_push *push;
    struct ndr_print *print;
    DATA_BLOB blob;
    uint8_t *stub;
    void *r;
    int flags;
    unsigned int i;

    if (!num_opnums)
        for (i = 0; i < cmrp_table.num_calls; i++)
            if (cmrp_table.calls[i].ndr_pull) opnums[num_opnums++] = i;
    if (size < 2) return 0;
    call = &cmrp_table.calls[opnums[bytes[0] % num_opnums]];
    flags = bytes[1] & 1 ? NDR_OUT : NDR_IN;

    mem = talloc_new(NULL);
    /* an exact-size copy of the stub */
    stub = talloc_size(mem, size - 2 ? size - 2 : 1);
    if (stub && size > 2) memcpy(stub, bytes + 2, size - 2);
    blob = data_blob_const(stub, size - 2);
    r = talloc_zero_size(mem, call->struct_size);
    pull = ndr_pull_init_blob(&blob, mem);
    if (!r || !pull || !stub)
    {
        talloc_free(mem);
        return 0;
    }
    pull->current_mem_ctx = r;
    if (call->ndr_pull(pull, flags, r) == NDR_ERR_SUCCESS)
    {
        if (pull->offset > blob.length) __builtin_trap();
        print = talloc_zero(mem, struct ndr_print);
        if (print)
        {
            print->print = no_print;
            print->depth = 1;
            call->ndr_print(print, call->name, flags, r);
        }
        push = ndr_push_init_ctx(mem);
        if (push) (void)call->ndr_push(push, flags, r);
    }
    talloc_free(mem);
    return 0;
}
