/*
 * Cluster registry batch buffers (see regbatch.h).
 */
#include "cmrp/regbatch.h"

#include <stdlib.h>
#include <string.h>

static uint32_t get32(const uint8_t *p)
{
    return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void put32(uint8_t *p, uint32_t v)
{
    p[0] = v;
    p[1] = v >> 8;
    p[2] = v >> 16;
    p[3] = v >> 24;
}

static bool reserve(struct cmrp_regbatch *batch, size_t more)
{
    size_t capacity;
    uint8_t *grown;

    if (more > SIZE_MAX / 2 - batch->size) return false;
    if (batch->size + more <= batch->capacity) return true;
    capacity = batch->capacity ? batch->capacity : 256;
    while (capacity < batch->size + more) capacity *= 2;
    if (!(grown = realloc(batch->data, capacity))) return false;
    batch->data = grown;
    batch->capacity = capacity;
    return true;
}

bool cmrp_regbatch_init(struct cmrp_regbatch *batch)
{
    memset(batch, 0, sizeof(*batch));
    if (!reserve(batch, 4)) return false;
    put32(batch->data, CMRP_REGBATCH_VERSION);
    batch->size = 4;
    return true;
}

bool cmrp_regbatch_add(struct cmrp_regbatch *batch, uint32_t command, uint32_t value_type,
                       const uint8_t *name, uint32_t name_size, const void *data, uint32_t data_size)
{
    static const uint8_t empty_name[2];
    uint8_t *p;

    if (!name || !name_size)
    {
        name = empty_name;
        name_size = sizeof(empty_name);
    }
    /* a UTF-16 string with its terminator */
    if (name_size % 2 || name[name_size - 1] || name[name_size - 2]) return false;
    if (data_size && !data) return false;
    if ((uint64_t)name_size + data_size > UINT32_MAX - 16) return false;
    if (!reserve(batch, 12 + (size_t)name_size + 4 + data_size + 1)) return false;
    p = batch->data + batch->size;
    put32(p, command);
    put32(p + 4, value_type);
    put32(p + 8, name_size);
    memcpy(p + 12, name, name_size);
    p += 12 + name_size;
    put32(p, data_size);
    if (data_size) memcpy(p + 4, data, data_size);
    batch->size += 12 + name_size + 4 + data_size;
    if (data_size % 2) batch->data[batch->size++] = 0;
    batch->count++;
    return true;
}

void cmrp_regbatch_free(struct cmrp_regbatch *batch)
{
    free(batch->data);
    memset(batch, 0, sizeof(*batch));
}

bool cmrp_regbatch_start(const uint8_t *data, size_t size, size_t *offset)
{
    *offset = 0;
    if (!data || size < 4 || get32(data) != CMRP_REGBATCH_VERSION) return false;
    *offset = 4;
    return true;
}

bool cmrp_regbatch_next(const uint8_t *data, size_t size, size_t *offset, struct cmrp_regbatch_command *command,
                        bool *end)
{
    size_t at = *offset;

    memset(command, 0, sizeof(*command));
    *end = at == size;
    if (*end || at > size || size - at < 12) return false;
    command->command = get32(data + at);
    command->value_type = get32(data + at + 4);
    command->name_size = get32(data + at + 8);
    at += 12;
    if (command->name_size < 2 || command->name_size % 2 || command->name_size > size - at) return false;
    command->name = data + at;
    if (command->name[command->name_size - 1] || command->name[command->name_size - 2]) return false;
    at += command->name_size;
    if (size - at < 4) return false;
    command->data_size = get32(data + at);
    at += 4;
    if (command->data_size > size - at) return false;
    command->data = command->data_size ? data + at : NULL;
    at += command->data_size;
    if (command->data_size % 2)
    {
        /* the padding is optional at the very end */
        if (at < size) at++;
    }
    *offset = at;
    return true;
}

int cmrp_regbatch_count(const uint8_t *data, size_t size)
{
    struct cmrp_regbatch_command command;
    size_t offset;
    bool end = false;
    int count = 0;

    if (!cmrp_regbatch_start(data, size, &offset)) return -1;
    while (cmrp_regbatch_next(data, size, &offset, &command, &end)) count++;
    return end ? count : -1;
}
