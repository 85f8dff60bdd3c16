/*
 * Native tests of cmrp/proplist.c, the MS-CMRP property-list codec: byte
 * vectors worked out by hand from MS-CMRP 2.2.3.10 (docs: ms-cmrp.md 3.2),
 * round trips, and hostile lists (every truncation of a valid list, forged
 * counts and lengths, missing terminators).  Each parse of a hostile buffer
 * works on an exact-size heap copy, so that a read past its end shows under
 * valgrind or ASan.
 */
#include <stdlib.h>
#include <string.h>

#include "cmrp/proplist.h"
#include "wine/test.h"

/* A heap copy of exactly size bytes (a 1-byte allocation for 0). */
static uint8_t *exact_copy(const void *data, size_t size)
{
    uint8_t *copy = malloc(size ? size : 1);

    if (size) memcpy(copy, data, size);
    return copy;
}

static enum cmrp_proplist_status validate_copy(const void *data, size_t size, uint32_t *count, size_t *used)
{
    uint8_t *copy = exact_copy(data, size);
    enum cmrp_proplist_status status = cmrp_proplist_validate(copy, size, count, used);

    free(copy);
    return status;
}

static void check_bytes(const char *what, const uint8_t *got, size_t got_size, const uint8_t *expect, size_t size)
{
    size_t i;

    ok(got_size == size, "%s: %zu bytes, expected %zu\n", what, got_size, size);
    if (got_size != size) return;
    for (i = 0; i < size; i++)
        if (got[i] != expect[i]) break;
    ok(i == size, "%s: byte %zu is %02x, expected %02x\n", what, i, i < size ? got[i] : 0, i < size ? expect[i] : 0);
}

/* ---- hand-made vectors ---- */

/* "A" = DWORD 0x11223344, "Ab" = WORD 0x0102: a 4-byte name, then a 6-byte
 * name padded with 2 zeros, a WORD padded with 2 zeros, the list's ENDMARK. */
static const uint8_t vector_a[] =
{
    0x02, 0x00, 0x00, 0x00,                                         /* propertyCount 2 */
    0x03, 0x00, 0x04, 0x00, 0x04, 0x00, 0x00, 0x00,                 /* NAME, cbName 4 */
    0x41, 0x00, 0x00, 0x00,                                         /* "A" */
    0x02, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00,                 /* LIST_VALUE_DWORD, 4 */
    0x44, 0x33, 0x22, 0x11,
    0x00, 0x00, 0x00, 0x00,                                         /* ENDMARK */
    0x03, 0x00, 0x04, 0x00, 0x06, 0x00, 0x00, 0x00,                 /* NAME, cbName 6 */
    0x41, 0x00, 0x62, 0x00, 0x00, 0x00, 0x00, 0x00,                 /* "Ab", 2 pad */
    0x0b, 0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00,                 /* LIST_VALUE_WORD, 2 */
    0x02, 0x01, 0x00, 0x00,                                         /* 0x0102, 2 pad */
    0x00, 0x00, 0x00, 0x00,                                         /* ENDMARK */
    0x00, 0x00, 0x00, 0x00,                                         /* the list's ENDMARK */
};

/* "S" = SZ "xyz" (8 bytes), "B" = BINARY 01 02 03 (1 pad byte), "M" =
 * MULTI_SZ {"a","b"} (10 bytes, 2 pad), "E" = EXPAND_SZ "%T%" followed by
 * EXPANDED_SZ "C:" (the pair a server sends), "Q" = ULARGE_INTEGER. */
static const uint8_t vector_b[] =
{
    0x05, 0x00, 0x00, 0x00,
    0x03, 0x00, 0x04, 0x00, 0x04, 0x00, 0x00, 0x00, 0x53, 0x00, 0x00, 0x00,         /* "S" */
    0x03, 0x00, 0x01, 0x00, 0x08, 0x00, 0x00, 0x00,                                 /* SZ, 8 */
    0x78, 0x00, 0x79, 0x00, 0x7a, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00,
    0x03, 0x00, 0x04, 0x00, 0x04, 0x00, 0x00, 0x00, 0x42, 0x00, 0x00, 0x00,         /* "B" */
    0x01, 0x00, 0x01, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03, 0x00,         /* BINARY, 3, pad */
    0x00, 0x00, 0x00, 0x00,
    0x03, 0x00, 0x04, 0x00, 0x04, 0x00, 0x00, 0x00, 0x4d, 0x00, 0x00, 0x00,         /* "M" */
    0x05, 0x00, 0x01, 0x00, 0x0a, 0x00, 0x00, 0x00,                                 /* MULTI_SZ, 10 */
    0x61, 0x00, 0x00, 0x00, 0x62, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,         /* a, b, end, pad */
    0x00, 0x00, 0x00, 0x00,
    0x03, 0x00, 0x04, 0x00, 0x04, 0x00, 0x00, 0x00, 0x45, 0x00, 0x00, 0x00,         /* "E" */
    0x04, 0x00, 0x01, 0x00, 0x08, 0x00, 0x00, 0x00,                                 /* EXPAND_SZ, 8 */
    0x25, 0x00, 0x54, 0x00, 0x25, 0x00, 0x00, 0x00,                                 /* "%T%" */
    0x08, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00, 0x00,                                 /* EXPANDED_SZ, 6 */
    0x43, 0x00, 0x3a, 0x00, 0x00, 0x00, 0x00, 0x00,                                 /* "C:", pad */
    0x00, 0x00, 0x00, 0x00,
    0x03, 0x00, 0x04, 0x00, 0x04, 0x00, 0x00, 0x00, 0x51, 0x00, 0x00, 0x00,         /* "Q" */
    0x06, 0x00, 0x01, 0x00, 0x08, 0x00, 0x00, 0x00,                                 /* ULARGE_INTEGER, 8 */
    0x08, 0x07, 0x06, 0x05, 0x04, 0x03, 0x02, 0x01,
    0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00,
};

/* The first bytes of a cluster's read-only common properties as Windows
 * sends them (ms-cmrp.md 3.2, Samba's capture 1): 6 properties, FixQuorum
 * first, as DWORD 0. */
static const uint8_t capture1_start[] =
{
    0x06, 0x00, 0x00, 0x00,
    0x03, 0x00, 0x04, 0x00, 0x14, 0x00, 0x00, 0x00,
    'F', 0, 'i', 0, 'x', 0, 'Q', 0, 'u', 0, 'o', 0, 'r', 0, 'u', 0, 'm', 0, 0, 0,
    0x02, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00,
    0x03, 0x00, 0x04, 0x00,
};

static void build_vector_b(uint8_t **data, size_t *size)
{
    static const char *const items[] = { "a", "b" };
    static const uint8_t binary[] = { 1, 2, 3 };
    struct cmrp_proplist_builder b;
    enum cmrp_proplist_status status;

    cmrp_proplist_builder_init(&b, 0);
    cmrp_proplist_add_sz(&b, "S", "xyz");
    cmrp_proplist_add_binary(&b, "B", binary, sizeof(binary));
    cmrp_proplist_add_multi_sz(&b, "M", items, 2);
    cmrp_proplist_add_expand_sz(&b, "E", "%T%", "C:");
    cmrp_proplist_add_qword(&b, "Q", CMRP_SYNTAX_LIST_VALUE_ULARGE_INTEGER, 0x0102030405060708ull);
    status = cmrp_proplist_finish(&b, data, size);
    ok(status == CMRP_PROPLIST_OK, "vector b: finish %s\n", cmrp_proplist_status_string(status));
}

static void test_build_vectors(void)
{
    struct cmrp_proplist_builder b;
    enum cmrp_proplist_status status;
    uint8_t *data = NULL;
    size_t size = 0;

    cmrp_proplist_builder_init(&b, 0);
    ok(cmrp_proplist_add_dword(&b, "A", 0x11223344) == CMRP_PROPLIST_OK, "add_dword failed\n");
    ok(cmrp_proplist_add_word(&b, "Ab", 0x0102) == CMRP_PROPLIST_OK, "add_word failed\n");
    status = cmrp_proplist_finish(&b, &data, &size);
    ok(status == CMRP_PROPLIST_OK, "finish: %s\n", cmrp_proplist_status_string(status));
    check_bytes("vector a", data, size, vector_a, sizeof(vector_a));
    free(data);

    data = NULL;
    build_vector_b(&data, &size);
    check_bytes("vector b", data, size, vector_b, sizeof(vector_b));
    free(data);

    /* an empty list: the count and the list's ENDMARK */
    cmrp_proplist_builder_init(&b, 0);
    status = cmrp_proplist_finish(&b, &data, &size);
    ok(status == CMRP_PROPLIST_OK && size == 8 && !memcmp(data, "\0\0\0\0\0\0\0\0", 8), "empty list: %s, %zu bytes\n",
       cmrp_proplist_status_string(status), size);
    free(data);
}

/* The six properties of capture 1 (ms-cmrp.md 3.2, 4.4): 412 bytes with the
 * list's ENDMARK, of which a decoder of the spec's diagram consumes 408. */
static void test_capture1(void)
{
    struct cmrp_proplist_builder b;
    struct cmrp_propvalue value;
    struct cmrp_prop prop;
    enum cmrp_proplist_status status;
    uint8_t *data = NULL;
    size_t size = 0, used = 0;
    uint32_t count = 0, dword = 99;
    char *text;

    cmrp_proplist_builder_init(&b, 0);
    cmrp_proplist_add_dword(&b, "FixQuorum", 0);
    cmrp_proplist_add_dword(&b, "PreventQuorum", 0);
    cmrp_proplist_add_dword(&b, "IgnorePersistentStateOnStartup", 0);
    cmrp_proplist_add_sz(&b, "SharedVolumesRoot", "C:\\ClusterStorage");
    cmrp_proplist_add_dword(&b, "WitnessDynamicWeight", 1);
    cmrp_proplist_add_dword(&b, "AdminAccessPoint", 1);
    status = cmrp_proplist_finish(&b, &data, &size);
    ok(status == CMRP_PROPLIST_OK, "finish: %s\n", cmrp_proplist_status_string(status));
    ok(size == 412, "capture 1 rebuilt in %zu bytes, Windows sent 412\n", size);
    ok(size >= sizeof(capture1_start) && !memcmp(data, capture1_start, sizeof(capture1_start)),
       "capture 1: first bytes differ\n");

    status = validate_copy(data, size, &count, &used);
    ok(status == CMRP_PROPLIST_OK && count == 6 && used == 412, "validate: %s, %u properties, %zu bytes\n",
       cmrp_proplist_status_string(status), count, used);
    /* without the list's ENDMARK: the 408 bytes of the spec's diagram */
    status = validate_copy(data, 408, &count, &used);
    ok(status == CMRP_PROPLIST_OK && count == 6 && used == 408, "without the ENDMARK: %s, %zu bytes\n",
       cmrp_proplist_status_string(status), used);

    status = cmrp_proplist_find(data, size, "sharedvolumesroot", &prop);
    ok(status == CMRP_PROPLIST_OK, "find SharedVolumesRoot: %s\n", cmrp_proplist_status_string(status));
    ok(prop.num_values == 1 && cmrp_prop_value(&prop, 0, &value) && value.syntax == CMRP_SYNTAX_LIST_VALUE_SZ
       && value.size == 36, "SharedVolumesRoot value: syntax %#x, %u bytes\n", value.syntax, value.size);
    text = cmrp_propvalue_to_utf8(&value);
    ok(text && !strcmp(text, "C:\\ClusterStorage"), "SharedVolumesRoot = %s\n", text ? text : "(null)");
    free(text);
    status = cmrp_proplist_find(data, size, "AdminAccessPoint", &prop);
    ok(status == CMRP_PROPLIST_OK && cmrp_prop_value(&prop, 0, &value) && cmrp_propvalue_get_dword(&value, &dword)
       && dword == 1, "AdminAccessPoint: %s, %u\n", cmrp_proplist_status_string(status), dword);
    status = cmrp_proplist_find(data, size, "AdminAccessPoin", &prop);
    ok(status == CMRP_PROPLIST_NOT_FOUND, "a prefix matched: %s\n", cmrp_proplist_status_string(status));
    status = cmrp_proplist_find(data, size, "AdminAccessPointX", &prop);
    ok(status == CMRP_PROPLIST_NOT_FOUND, "a longer name matched: %s\n", cmrp_proplist_status_string(status));
    free(data);
}

static void test_read_vector_b(void)
{
    static const uint16_t wname[] = { 'e', 0 };
    static const char *const names[] = { "S", "B", "M", "E", "Q" };
    struct cmrp_proplist_iter iter;
    struct cmrp_propvalue value;
    struct cmrp_prop prop;
    enum cmrp_proplist_status status;
    const uint8_t *item;
    size_t offset = 0, item_size, used = 0;
    uint64_t qword = 0;
    uint32_t i = 0, strings = 0;
    char *text, *name;

    status = cmrp_proplist_begin(&iter, vector_b, sizeof(vector_b));
    ok(status == CMRP_PROPLIST_OK && iter.count == 5, "begin: %s, count %u\n", cmrp_proplist_status_string(status),
       iter.count);
    while (cmrp_proplist_next(&iter, &prop))
    {
        name = cmrp_prop_name_utf8(&prop);
        ok(i < 5 && name && !strcmp(name, names[i]), "property %u is %s\n", i, name ? name : "(null)");
        ok(cmrp_prop_name_is(&prop, names[i]), "name_is(%s) false\n", names[i]);
        free(name);
        i++;
    }
    ok(i == 5 && iter.status == CMRP_PROPLIST_OK, "%u properties, status %s\n", i,
       cmrp_proplist_status_string(iter.status));
    status = cmrp_proplist_end(&iter, &used);
    ok(status == CMRP_PROPLIST_OK && used == sizeof(vector_b), "end: %s, %zu bytes\n",
       cmrp_proplist_status_string(status), used);

    /* EXPAND_SZ comes as a pair */
    status = cmrp_proplist_find_utf16(vector_b, sizeof(vector_b), wname, &prop);
    ok(status == CMRP_PROPLIST_OK && prop.num_values == 2, "find E: %s, %u values\n",
       cmrp_proplist_status_string(status), prop.num_values);
    ok(cmrp_prop_value(&prop, 1, &value) && value.syntax == CMRP_SYNTAX_LIST_VALUE_EXPANDED_SZ,
       "second value %#x\n", value.syntax);
    text = cmrp_propvalue_to_utf8(&value);
    ok(text && !strcmp(text, "C:"), "expanded %s\n", text ? text : "(null)");
    free(text);
    ok(!cmrp_prop_value(&prop, 2, &value), "a third value\n");

    status = cmrp_proplist_find(vector_b, sizeof(vector_b), "M", &prop);
    ok(status == CMRP_PROPLIST_OK && cmrp_prop_value(&prop, 0, &value), "find M: %s\n",
       cmrp_proplist_status_string(status));
    ok(cmrp_multi_sz_check(value.data, value.size, &strings) == CMRP_PROPLIST_OK && strings == 2,
       "MULTI_SZ: %u strings\n", strings);
    ok(cmrp_multi_sz_next(value.data, value.size, &offset, &item, &item_size) && item_size == 4 && item[0] == 'a',
       "first string\n");
    ok(cmrp_multi_sz_next(value.data, value.size, &offset, &item, &item_size) && item_size == 4 && item[0] == 'b',
       "second string\n");
    ok(!cmrp_multi_sz_next(value.data, value.size, &offset, &item, &item_size), "a third string\n");

    status = cmrp_proplist_find(vector_b, sizeof(vector_b), "q", &prop);
    ok(status == CMRP_PROPLIST_OK && cmrp_prop_value(&prop, 0, &value) && cmrp_propvalue_get_qword(&value, &qword)
       && qword == 0x0102030405060708ull, "Q = %#llx\n", (unsigned long long)qword);
    ok(!cmrp_propvalue_get_dword(&value, &i), "an 8-byte value read as a DWORD\n");
}

/* Every proper prefix of a valid list fails cleanly, except the one without
 * the list's ENDMARK, which is tolerated; likewise with a byte flipped into
 * garbage at every place, nothing is read past the end. */
static void check_all_truncations(const char *what, const uint8_t *data, size_t size)
{
    enum cmrp_proplist_status status;
    unsigned int bad = 0;
    size_t len, used;
    uint32_t count;

    for (len = 0; len < size; len++)
    {
        status = validate_copy(data, len, &count, &used);
        if (len == size - 4)
        {
            ok(status == CMRP_PROPLIST_OK && used == len, "%s without its ENDMARK: %s\n", what,
               cmrp_proplist_status_string(status));
        }
        else if (status == CMRP_PROPLIST_OK)
        {
            bad++;
            trace("%s truncated to %zu bytes was accepted\n", what, len);
        }
    }
    ok(!bad, "%s: %u truncations accepted\n", what, bad);
}

static void check_all_corruptions(const char *what, const uint8_t *data, size_t size)
{
    static const uint8_t values[] = { 0x00, 0x01, 0x7f, 0x80, 0xff };
    uint8_t *copy;
    size_t at, v;

    /* no verdict is asserted (many corruptions still make a list); the
     * point is that none reads outside the copy or loops */
    for (at = 0; at < size; at++)
        for (v = 0; v < sizeof(values); v++)
        {
            struct cmrp_proplist_iter iter;
            struct cmrp_propvalue value;
            struct cmrp_prop prop;
            uint32_t i;

            copy = exact_copy(data, size);
            copy[at] = values[v];
            if (cmrp_proplist_begin(&iter, copy, size) == CMRP_PROPLIST_OK)
                while (cmrp_proplist_next(&iter, &prop))
                    for (i = 0; cmrp_prop_value(&prop, i, &value); i++)
                        free(cmrp_propvalue_to_utf8(&value));
            cmrp_proplist_end(&iter, NULL);
            free(copy);
        }
    ok(1, "%s: corruptions survived\n", what);
}

static void test_truncations(void)
{
    uint8_t *data = NULL;
    size_t size = 0;

    check_all_truncations("vector a", vector_a, sizeof(vector_a));
    check_all_truncations("vector b", vector_b, sizeof(vector_b));
    build_vector_b(&data, &size);
    check_all_corruptions("vector b", data, size);
    free(data);
    check_all_corruptions("vector a", vector_a, sizeof(vector_a));
}

struct hostile_case
{
    const char *what;
    uint8_t bytes[64];
    size_t size;
    enum cmrp_proplist_status expect;
};

#define NAME_A 0x03, 0x00, 0x04, 0x00, 0x04, 0x00, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00
#define DWORD_1 0x02, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00
#define COUNT(n) (n), 0x00, 0x00, 0x00
#define END 0x00, 0x00, 0x00, 0x00

static const struct hostile_case hostile[] =
{
    { "no count", { 0x01 }, 1, CMRP_PROPLIST_TRUNCATED },
    { "count of a million", { 0x40, 0x42, 0x0f, 0x00, NAME_A, DWORD_1, END }, 32, CMRP_PROPLIST_TRUNCATED },
    { "count 0xffffffff", { 0xff, 0xff, 0xff, 0xff, NAME_A, DWORD_1, END }, 32, CMRP_PROPLIST_TRUNCATED },
    { "count 2, one property", { COUNT(2), NAME_A, DWORD_1, END, END, END, END, END, END, END }, 52,
      CMRP_PROPLIST_BAD_SYNTAX },
    { "cbName past the end", { COUNT(1), 0x03, 0x00, 0x04, 0x00, 0xf0, 0xff, 0xff, 0xff, 0x41, 0x00, 0x00, 0x00,
      DWORD_1, END }, 32, CMRP_PROPLIST_TRUNCATED },
    { "cbName 0", { COUNT(1), 0x03, 0x00, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, DWORD_1, END }, 28,
      CMRP_PROPLIST_BAD_NAME },
    { "odd cbName", { COUNT(1), 0x03, 0x00, 0x04, 0x00, 0x03, 0x00, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00, DWORD_1,
      END }, 32, CMRP_PROPLIST_BAD_NAME },
    { "name without NUL", { COUNT(1), 0x03, 0x00, 0x04, 0x00, 0x04, 0x00, 0x00, 0x00, 0x41, 0x00, 0x42, 0x00,
      DWORD_1, END }, 32, CMRP_PROPLIST_BAD_NAME },
    { "empty name", { COUNT(1), 0x03, 0x00, 0x04, 0x00, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, DWORD_1,
      END }, 32, CMRP_PROPLIST_BAD_NAME },
    { "NUL inside the name", { COUNT(1), 0x03, 0x00, 0x04, 0x00, 0x06, 0x00, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00,
      0x00, 0x00, 0x00, 0x00, DWORD_1, END }, 36, CMRP_PROPLIST_BAD_NAME },
    { "value syntax first", { COUNT(1), DWORD_1, END, END, END }, 28, CMRP_PROPLIST_BAD_SYNTAX },
    { "name padding missing", { COUNT(1), 0x03, 0x00, 0x04, 0x00, 0x06, 0x00, 0x00, 0x00, 0x41, 0x00, 0x42, 0x00,
      0x00, 0x00 }, 18, CMRP_PROPLIST_TRUNCATED },
    { "cbValue past the end", { COUNT(1), NAME_A, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x80, 0x01, 0x00,
      0x00, 0x00, END }, 32, CMRP_PROPLIST_TRUNCATED },
    { "value padding missing", { COUNT(1), NAME_A, 0x01, 0x00, 0x01, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x02,
      0x03 }, 27, CMRP_PROPLIST_TRUNCATED },
    { "DWORD of 3 bytes", { COUNT(1), NAME_A, 0x02, 0x00, 0x01, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03,
      0x00, END }, 32, CMRP_PROPLIST_BAD_VALUE },
    { "WORD of 4 bytes", { COUNT(1), NAME_A, 0x0b, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x02, 0x03,
      0x04, END }, 32, CMRP_PROPLIST_BAD_VALUE },
    { "ULARGE_INTEGER of 4 bytes", { COUNT(1), NAME_A, 0x06, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01,
      0x02, 0x03, 0x04, END }, 32, CMRP_PROPLIST_BAD_VALUE },
    { "SZ without NUL", { COUNT(1), NAME_A, 0x03, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x41, 0x00, 0x42,
      0x00, END }, 32, CMRP_PROPLIST_BAD_VALUE },
    { "odd SZ", { COUNT(1), NAME_A, 0x03, 0x00, 0x01, 0x00, 0x03, 0x00, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00,
      END }, 32, CMRP_PROPLIST_BAD_VALUE },
    { "empty SZ", { COUNT(1), NAME_A, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, END }, 28,
      CMRP_PROPLIST_BAD_VALUE },
    { "MULTI_SZ without its empty string", { COUNT(1), NAME_A, 0x05, 0x00, 0x01, 0x00, 0x04, 0x00, 0x00, 0x00,
      0x41, 0x00, 0x00, 0x00, END }, 32, CMRP_PROPLIST_BAD_VALUE },
    { "MULTI_SZ with bytes after its end", { COUNT(1), NAME_A, 0x05, 0x00, 0x01, 0x00, 0x08, 0x00, 0x00, 0x00,
      0x41, 0x00, 0x00, 0x00, 0x00, 0x00, 0x42, 0x00, END }, 36, CMRP_PROPLIST_BAD_VALUE },
    { "no value", { COUNT(1), NAME_A, END, END, END }, 28, CMRP_PROPLIST_BAD_SYNTAX },
    { "ENDMARK missing before the next NAME", { COUNT(2), NAME_A, DWORD_1, NAME_A, DWORD_1, END, END }, 60,
      CMRP_PROPLIST_BAD_SYNTAX },
    { "ENDMARK missing at the end", { COUNT(1), NAME_A, DWORD_1 }, 28, CMRP_PROPLIST_TRUNCATED },
    { "trailing data", { COUNT(1), NAME_A, DWORD_1, END, 0x01, 0x00, 0x00, 0x00 }, 36, CMRP_PROPLIST_TRAILING },
    { "2 stray bytes", { COUNT(1), NAME_A, DWORD_1, END, 0x00, 0x00 }, 34, CMRP_PROPLIST_MISALIGNED },
    { "empty list", { COUNT(0) }, 4, CMRP_PROPLIST_OK },
    { "empty list with its ENDMARK", { COUNT(0), END }, 8, CMRP_PROPLIST_OK },
    { "zeros after the ENDMARK", { COUNT(1), NAME_A, DWORD_1, END, END, END, END }, 44, CMRP_PROPLIST_OK },
    { "empty BINARY", { COUNT(1), NAME_A, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, END }, 28,
      CMRP_PROPLIST_OK },
    { "user format", { COUNT(1), NAME_A, 0x00, 0x80, 0x01, 0x00, 0x01, 0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00,
      END }, 32, CMRP_PROPLIST_OK },
};

static void test_hostile(void)
{
    enum cmrp_proplist_status status;
    size_t i;

    for (i = 0; i < sizeof(hostile) / sizeof(hostile[0]); i++)
    {
        status = validate_copy(hostile[i].bytes, hostile[i].size, NULL, NULL);
        ok(status == hostile[i].expect, "%s: %s, expected %s\n", hostile[i].what, cmrp_proplist_status_string(status),
           cmrp_proplist_status_string(hostile[i].expect));
    }
    status = cmrp_proplist_validate(NULL, 12, NULL, NULL);
    ok(status == CMRP_PROPLIST_TRUNCATED, "NULL buffer: %s\n", cmrp_proplist_status_string(status));
    for (i = 0; i < sizeof(hostile) / sizeof(hostile[0]); i++)
    {
        if (strcmp(hostile[i].what, "ENDMARK missing before the next NAME")) continue;
        status = cmrp_proplist_find(hostile[i].bytes, hostile[i].size, "A", NULL);
        ok(status == CMRP_PROPLIST_BAD_SYNTAX, "find in a broken list: %s\n", cmrp_proplist_status_string(status));
    }
}

static void test_builder_errors(void)
{
    struct cmrp_proplist_builder b;
    enum cmrp_proplist_status status;
    static const uint8_t three[3] = { 1, 2, 3 };
    uint8_t *data = (uint8_t *)"untouched";
    size_t size = 0;

    cmrp_proplist_builder_init(&b, 0);
    status = cmrp_proplist_add_value(&b, CMRP_SYNTAX_LIST_VALUE_DWORD, three, 3);
    ok(status == CMRP_PROPLIST_INVALID_ARG, "a value before any name: %s\n", cmrp_proplist_status_string(status));
    status = cmrp_proplist_add_dword(&b, "X", 1);
    ok(status == CMRP_PROPLIST_INVALID_ARG, "the error did not stick: %s\n", cmrp_proplist_status_string(status));
    status = cmrp_proplist_finish(&b, &data, &size);
    ok(status == CMRP_PROPLIST_INVALID_ARG && !strcmp((char *)data, "untouched"), "finish: %s\n",
       cmrp_proplist_status_string(status));

    cmrp_proplist_builder_init(&b, 0);
    cmrp_proplist_add_name(&b, "X");
    status = cmrp_proplist_add_value(&b, CMRP_SYNTAX_LIST_VALUE_DWORD, three, 3);
    ok(status == CMRP_PROPLIST_BAD_VALUE, "a 3-byte DWORD: %s\n", cmrp_proplist_status_string(status));
    cmrp_proplist_builder_free(&b);

    cmrp_proplist_builder_init(&b, 0);
    cmrp_proplist_add_name(&b, "X");
    status = cmrp_proplist_add_name(&b, "Y");
    ok(status == CMRP_PROPLIST_INVALID_ARG, "a property without value: %s\n", cmrp_proplist_status_string(status));
    cmrp_proplist_builder_free(&b);

    cmrp_proplist_builder_init(&b, 0);
    status = cmrp_proplist_add_name(&b, "");
    ok(status == CMRP_PROPLIST_BAD_NAME, "an empty name: %s\n", cmrp_proplist_status_string(status));
    cmrp_proplist_builder_free(&b);

    cmrp_proplist_builder_init(&b, 0);
    status = cmrp_proplist_add_sz(&b, "X", "\xc3\x28");
    ok(status == CMRP_PROPLIST_BAD_VALUE, "a value that is not UTF-8: %s\n", cmrp_proplist_status_string(status));
    cmrp_proplist_builder_free(&b);

    /* the limit holds */
    cmrp_proplist_builder_init(&b, 64);
    cmrp_proplist_add_dword(&b, "One", 1);
    status = cmrp_proplist_add_dword(&b, "Two", 2);
    ok(status == CMRP_PROPLIST_OK, "two DWORDs in 64 bytes: %s\n", cmrp_proplist_status_string(status));
    status = cmrp_proplist_add_dword(&b, "Three", 3);
    ok(status == CMRP_PROPLIST_TOO_BIG, "past the limit: %s\n", cmrp_proplist_status_string(status));
    status = cmrp_proplist_finish(&b, &data, &size);
    ok(status == CMRP_PROPLIST_TOO_BIG, "finish past the limit: %s\n", cmrp_proplist_status_string(status));

    /* names given as UTF-16 with or without their NUL */
    cmrp_proplist_builder_init(&b, 0);
    cmrp_proplist_add_name_utf16(&b, "A\0b\0", 4);
    cmrp_proplist_add_value(&b, CMRP_SYNTAX_LIST_VALUE_WORD, "\x02\x01", 2);
    cmrp_proplist_add_name_utf16(&b, "A\0\0\0", 4);
    cmrp_proplist_add_value(&b, CMRP_SYNTAX_LIST_VALUE_DWORD, "\x44\x33\x22\x11", 4);
    status = cmrp_proplist_finish(&b, &data, &size);
    ok(status == CMRP_PROPLIST_OK && size == sizeof(vector_a), "UTF-16 names: %s, %zu bytes\n",
       cmrp_proplist_status_string(status), size);
    if (status == CMRP_PROPLIST_OK) free(data);
}

static void test_value_lists(void)
{
    static const uint8_t expect[] =
    {
        0x02, 0x00, 0x02, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,     /* RESCLASS storage */
        0x03, 0x00, 0x04, 0x00, 0x0a, 0x00, 0x00, 0x00,                             /* NAME, 10 bytes */
        'D', 0, 'i', 0, 's', 0, 'k', 0, 0, 0, 0, 0,                                 /* "Disk", pad */
        0x00, 0x00, 0x00, 0x00,                                                     /* ENDMARK */
    };
    struct cmrp_proplist_builder b;
    struct cmrp_valuelist_iter iter;
    struct cmrp_propvalue value;
    enum cmrp_proplist_status status;
    uint8_t *data = NULL, *copy, *name;
    size_t size = 0, len, name_size;
    unsigned int bad = 0, values;
    uint32_t dword = 0;
    char *text;

    cmrp_valuelist_builder_init(&b, 0);
    cmrp_proplist_add_value(&b, CMRP_SYNTAX_RESCLASS, "\x01\x00\x00\x00", 4);
    name = cmrp_utf8_to_utf16le("Disk", &name_size);
    cmrp_proplist_add_value(&b, CMRP_SYNTAX_NAME, name, name_size);
    free(name);
    status = cmrp_proplist_finish(&b, &data, &size);
    ok(status == CMRP_PROPLIST_OK, "value list: %s\n", cmrp_proplist_status_string(status));
    check_bytes("value list", data, size, expect, sizeof(expect));

    cmrp_valuelist_begin(&iter, expect, sizeof(expect));
    ok(cmrp_valuelist_next(&iter, &value) && value.syntax == CMRP_SYNTAX_RESCLASS
       && cmrp_propvalue_get_dword(&value, &dword) && dword == 1, "first value %#x = %u\n", value.syntax, dword);
    ok(cmrp_valuelist_next(&iter, &value) && value.syntax == CMRP_SYNTAX_NAME, "second value %#x\n", value.syntax);
    text = cmrp_propvalue_to_utf8(&value);
    ok(text && !strcmp(text, "Disk"), "name %s\n", text ? text : "(null)");
    free(text);
    ok(!cmrp_valuelist_next(&iter, &value) && iter.done && iter.status == CMRP_PROPLIST_OK
       && iter.offset == sizeof(expect), "end: done %d, %s, offset %zu\n", iter.done,
       cmrp_proplist_status_string(iter.status), iter.offset);

    /* every truncation: at a value boundary it ends early and cleanly,
     * anywhere else it is an error; never a read past the end */
    for (len = 0; len < sizeof(expect); len++)
    {
        copy = exact_copy(expect, len);
        cmrp_valuelist_begin(&iter, copy, len);
        for (values = 0; cmrp_valuelist_next(&iter, &value); values++) {}
        if (len == 0 || len == 12 || len == 32) bad += iter.status != CMRP_PROPLIST_OK;
        else bad += iter.status == CMRP_PROPLIST_OK;
        free(copy);
    }
    ok(!bad, "value list truncations: %u wrong verdicts\n", bad);

    /* a value list has no names of its own and no count */
    cmrp_valuelist_builder_init(&b, 0);
    status = cmrp_proplist_add_name(&b, "X");
    ok(status == CMRP_PROPLIST_INVALID_ARG, "a name in a value list: %s\n", cmrp_proplist_status_string(status));
    cmrp_proplist_builder_free(&b);
    free(data);
}

static void test_multi_sz(void)
{
    static const char *const items[] = { "node1", "n\xc3\xb6" "de2" };
    static const char *const empty_item[] = { "a", "" };
    enum cmrp_proplist_status status;
    uint8_t *data;
    size_t size = 0;
    uint32_t count = 9;

    data = cmrp_multi_sz_from_utf8(items, 2, &size);
    ok(data && size == 26, "MULTI_SZ of two names: %zu bytes\n", size);
    status = cmrp_multi_sz_check(data, size, &count);
    ok(status == CMRP_PROPLIST_OK && count == 2, "check: %s, %u\n", cmrp_proplist_status_string(status), count);
    free(data);

    data = cmrp_multi_sz_from_utf8(NULL, 0, &size);
    ok(data && size == 2 && !data[0] && !data[1], "empty MULTI_SZ: %zu bytes\n", size);
    ok(cmrp_multi_sz_check(data, size, &count) == CMRP_PROPLIST_OK && count == 0, "empty: %u strings\n", count);
    free(data);

    ok(!cmrp_multi_sz_from_utf8(empty_item, 2, &size), "an empty string was accepted inside a MULTI_SZ\n");
    ok(cmrp_multi_sz_check("\0\0\0\0", 4, &count) == CMRP_PROPLIST_OK && count == 0, "two NULs: %u\n", count);
    ok(cmrp_multi_sz_check("a\0\0\0\0\0", 6, &count) == CMRP_PROPLIST_OK && count == 1, "one string: %u\n", count);
    ok(cmrp_multi_sz_check("a\0\0\0\0\0\0\0", 8, &count) == CMRP_PROPLIST_BAD_VALUE, "a NUL too many accepted\n");
    ok(cmrp_multi_sz_check("a\0\0\0", 4, &count) == CMRP_PROPLIST_BAD_VALUE, "no final empty string accepted\n");
    ok(cmrp_multi_sz_check("a\0b\0", 4, &count) == CMRP_PROPLIST_BAD_VALUE, "no NUL at all accepted\n");
    ok(cmrp_multi_sz_check("a\0\0", 3, &count) == CMRP_PROPLIST_BAD_VALUE, "odd size accepted\n");
    ok(cmrp_multi_sz_check("", 0, &count) == CMRP_PROPLIST_BAD_VALUE, "0 bytes accepted\n");
}

static void test_utf(void)
{
    /* é (2 bytes), € (3 bytes), U+1D11E (4 bytes: a surrogate pair) */
    static const char text[] = "\xc3\xa9\xe2\x82\xac\xf0\x9d\x84\x9e";
    static const uint8_t expect[] = { 0xe9, 0x00, 0xac, 0x20, 0x34, 0xd8, 0x1e, 0xdd, 0x00, 0x00 };
    static const char *const invalid[] =
    {
        "\xc0\xaf", "\xe0\x80\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\x80", "\xc3", "\xff",
    };
    uint8_t *utf16;
    size_t size = 0, i;
    char *back;

    utf16 = cmrp_utf8_to_utf16le(text, &size);
    check_bytes("UTF-16 of non-ASCII", utf16, utf16 ? size : 0, expect, sizeof(expect));
    back = cmrp_utf16le_to_utf8(utf16, size);
    ok(back && !strcmp(back, text), "round trip failed\n");
    free(back);
    free(utf16);

    for (i = 0; i < sizeof(invalid) / sizeof(invalid[0]); i++)
        ok(!cmrp_utf8_to_utf16le(invalid[i], &size), "invalid UTF-8 %zu accepted\n", i);
    ok(!cmrp_utf16le_to_utf8("\x00\xd8\x41\x00", 4), "unpaired high surrogate accepted\n");
    ok(!cmrp_utf16le_to_utf8("\x00\xdc\x00\x00", 4), "lone low surrogate accepted\n");
    back = cmrp_utf16le_to_utf8("a\0b\0\0\0c\0", 8);
    ok(back && !strcmp(back, "ab"), "stops at the NUL: %s\n", back ? back : "(null)");
    free(back);
}

/* Lists of every shape go through builder and reader unchanged. */
static void test_round_trips(void)
{
    static const char *const names[] = { "Description", "IsAlivePollInterval", "x", "Ab", "AntiAffinityClassNames" };
    struct cmrp_proplist_builder b;
    struct cmrp_proplist_iter iter;
    struct cmrp_propvalue value;
    struct cmrp_prop prop;
    unsigned int seed = 12345, round, bad = 0;

    for (round = 0; round < 200; round++)
    {
        uint8_t *data = NULL, payload[37];
        size_t size = 0, used = 0;
        uint32_t n = round % 7, i, kinds[8], lengths[8];
        enum cmrp_proplist_status status;

        cmrp_proplist_builder_init(&b, 0);
        for (i = 0; i < n; i++)
        {
            size_t k;

            seed = seed * 1103515245 + 12345;
            kinds[i] = (seed >> 16) % 3;
            lengths[i] = (seed >> 8) % sizeof(payload);
            for (k = 0; k < sizeof(payload); k++) payload[k] = (uint8_t)(k * 7 + i);
            cmrp_proplist_add_name(&b, names[(seed >> 4) % 5]);
            if (kinds[i] == 0) cmrp_proplist_add_value(&b, CMRP_SYNTAX_LIST_VALUE_BINARY, payload, lengths[i]);
            else if (kinds[i] == 1) cmrp_proplist_add_value(&b, CMRP_SYNTAX_LIST_VALUE_DWORD, payload, 4);
            else
            {
                cmrp_proplist_add_value(&b, CMRP_SYNTAX_LIST_VALUE_EXPAND_SZ, "a\0\0\0", 4);
                cmrp_proplist_add_value(&b, CMRP_SYNTAX_LIST_VALUE_EXPANDED_SZ, "b\0c\0\0\0", 6);
            }
        }
        status = cmrp_proplist_finish(&b, &data, &size);
        if (status != CMRP_PROPLIST_OK || size % 4 || validate_copy(data, size, NULL, &used) != CMRP_PROPLIST_OK
            || used != size)
        {
            bad++;
            free(data);
            continue;
        }
        cmrp_proplist_begin(&iter, data, size);
        for (i = 0; cmrp_proplist_next(&iter, &prop); i++)
        {
            cmrp_prop_value(&prop, 0, &value);
            if (kinds[i] == 0 && (value.size != lengths[i] || (value.size && value.data[value.size - 1]
                                  != (uint8_t)((value.size - 1) * 7 + i))))
                bad++;
            if (kinds[i] == 1 && value.size != 4) bad++;
            if (kinds[i] == 2 && (prop.num_values != 2 || value.syntax != CMRP_SYNTAX_LIST_VALUE_EXPAND_SZ)) bad++;
        }
        if (i != n || iter.status != CMRP_PROPLIST_OK) bad++;
        free(data);
    }
    ok(!bad, "%u round trips went wrong\n", bad);
}

START_TEST(proplist)
{
    test_build_vectors();
    test_capture1();
    test_read_vector_b();
    test_truncations();
    test_hostile();
    test_builder_errors();
    test_value_lists();
    test_multi_sz();
    test_utf();
    test_round_trips();
}
