/*
 * libFuzzer target for cmrp/regbatch.c: whatever the bytes, the reader stays
 * inside the buffer (ASan watches an exact-size copy); a batch it reads whole
 * is rebuilt by the builder into the same bytes (the padding byte of odd data
 * aside, which the builder always writes as zero and the reader may find at
 * the very end or not at all), and reads back command for command.
 *
 * Build and run: tests/fuzz/run-fuzz.sh SECONDS
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cmrp/regbatch.h"

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size);

#define MUST(cond) do { if (!(cond)) __builtin_trap(); } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    struct cmrp_regbatch_command command, again;
    struct cmrp_regbatch rebuilt;
    size_t offset, offset2;
    uint8_t *data = malloc(size ? size : 1);
    bool end = false, end2 = false;
    int count;

    if (!data) return 0;
    memcpy(data, bytes, size);
    count = cmrp_regbatch_count(data, size);
    if (count < 0 || !cmrp_regbatch_init(&rebuilt))
    {
        free(data);
        return 0;
    }
    MUST(cmrp_regbatch_start(data, size, &offset));
    while (cmrp_regbatch_next(data, size, &offset, &command, &end))
    {
        MUST(offset <= size);
        MUST(command.name_size >= 2 && !command.name[command.name_size - 1] && !command.name[command.name_size - 2]);
        MUST(cmrp_regbatch_add(&rebuilt, command.command, command.value_type, command.name, command.name_size,
                               command.data, command.data_size));
    }
    MUST(end);
    MUST((int)rebuilt.count == count);
    /* the rebuilt batch reads back the same commands */
    MUST(cmrp_regbatch_start(rebuilt.data, rebuilt.size, &offset2));
    MUST(cmrp_regbatch_start(data, size, &offset));
    while (cmrp_regbatch_next(data, size, &offset, &command, &end))
    {
        MUST(cmrp_regbatch_next(rebuilt.data, rebuilt.size, &offset2, &again, &end2));
        MUST(command.command == again.command && command.value_type == again.value_type);
        MUST(command.name_size == again.name_size && !memcmp(command.name, again.name, again.name_size));
        MUST(command.data_size == again.data_size &&
             (!command.data_size || !memcmp(command.data, again.data, again.data_size)));
    }
    MUST(!cmrp_regbatch_next(rebuilt.data, rebuilt.size, &offset2, &again, &end2) && end2);
    cmrp_regbatch_free(&rebuilt);
    free(data);
    return 0;
}
