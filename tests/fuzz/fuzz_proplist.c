/*
 * libFuzzer target for cmrp/proplist.c: whatever the bytes, the readers stay
 * inside the buffer (ASan watches an exact-size copy), and a list they accept
 * is rebuilt by the builder into one that reads back the same, property for
 * property, value for value.  The same bytes also go through the value-list
 * reader, the MULTI_SZ helpers and the UTF-16 conversion.
 *
 * Build and run: tests/fuzz/run-fuzz.sh SECONDS
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cmrp/proplist.h"

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size);

#define MUST(cond) do { if (!(cond)) __builtin_trap(); } while (0)

static void read_everything(const uint8_t *data, size_t size)
{
    struct cmrp_proplist_iter iter;
    struct cmrp_valuelist_iter values;
    struct cmrp_propvalue value;
    struct cmrp_prop prop;
    const uint8_t *item;
    size_t offset = 0, item_size;
    uint32_t i, dword, count;
    uint16_t word;
    uint64_t qword;

    if (cmrp_proplist_begin(&iter, data, size) == CMRP_PROPLIST_OK)
        while (cmrp_proplist_next(&iter, &prop))
        {
            free(cmrp_prop_name_utf8(&prop));
            (void)cmrp_prop_name_is(&prop, "Name");
            for (i = 0; cmrp_prop_value(&prop, i, &value); i++)
            {
                free(cmrp_propvalue_to_utf8(&value));
                (void)cmrp_propvalue_get_dword(&value, &dword);
                (void)cmrp_propvalue_get_word(&value, &word);
                (void)cmrp_propvalue_get_qword(&value, &qword);
            }
            MUST(i == prop.num_values);
        }
    cmrp_proplist_end(&iter, NULL);
    (void)cmrp_proplist_find(data, size, "Description", &prop);

    cmrp_valuelist_begin(&values, data, size);
    while (cmrp_valuelist_next(&values, &value)) free(cmrp_propvalue_to_utf8(&value));

    if (cmrp_multi_sz_check(data, size, &count) == CMRP_PROPLIST_OK)
    {
        for (i = 0; cmrp_multi_sz_next(data, size, &offset, &item, &item_size); i++) free(cmrp_utf16le_to_utf8(item, item_size));
        MUST(i == count);
    }
    free(cmrp_utf16le_to_utf8(data, size));
}

/* A list that validates is rebuilt, and the copy says the same. */
static void rebuild(const uint8_t *data, size_t size)
{
    struct cmrp_proplist_builder builder;
    struct cmrp_proplist_iter a, b;
    struct cmrp_propvalue va, vb;
    struct cmrp_prop pa, pb;
    uint8_t *copy = NULL;
    size_t copy_size = 0, used = 0;
    uint32_t count, i;

    if (cmrp_proplist_validate(data, size, &count, &used) != CMRP_PROPLIST_OK) return;
    MUST(used <= size && used % 4 == 0);
    cmrp_proplist_builder_init(&builder, 0);
    cmrp_proplist_begin(&a, data, size);
    while (cmrp_proplist_next(&a, &pa))
    {
        MUST(cmrp_proplist_add_name_utf16(&builder, pa.name, pa.name_size) == CMRP_PROPLIST_OK);
        for (i = 0; cmrp_prop_value(&pa, i, &va); i++)
            MUST(cmrp_proplist_add_value(&builder, va.syntax, va.data, va.size) == CMRP_PROPLIST_OK);
    }
    MUST(cmrp_proplist_finish(&builder, &copy, &copy_size) == CMRP_PROPLIST_OK);
    /* the copy is the same list, with its padding zeroed and its ENDMARK */
    MUST(copy_size == used || copy_size == used + 4);
    MUST(cmrp_proplist_validate(copy, copy_size, &i, &used) == CMRP_PROPLIST_OK && i == count && used == copy_size);
    cmrp_proplist_begin(&a, data, size);
    cmrp_proplist_begin(&b, copy, copy_size);
    while (cmrp_proplist_next(&a, &pa))
    {
        MUST(cmrp_proplist_next(&b, &pb));
        MUST(pa.name_size == pb.name_size && !memcmp(pa.name, pb.name, pa.name_size));
        MUST(pa.num_values == pb.num_values);
        for (i = 0; cmrp_prop_value(&pa, i, &va); i++)
        {
            MUST(cmrp_prop_value(&pb, i, &vb));
            MUST(va.syntax == vb.syntax && va.size == vb.size && !memcmp(va.data, vb.data, va.size));
        }
    }
    MUST(!cmrp_proplist_next(&b, &pb));
    free(copy);
}

int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    /* an exact-size copy: one byte too far is an ASan report */
    uint8_t *data = malloc(size ? size : 1);

    if (!data) return 0;
    if (size) memcpy(data, bytes, size);
    read_everything(data, size);
    rebuild(data, size);
    free(data);
    return 0;
}
