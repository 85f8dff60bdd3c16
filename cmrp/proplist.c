/*
 * MS-CMRP property lists, value lists and MULTI_SZ strings (see proplist.h).
 *
 * Every read goes through need(): a length is compared with what is left of
 * the buffer before anything is touched, in size_t arithmetic that cannot
 * wrap (lengths are 32-bit, buffers are addressable).
 */
#include "cmrp/proplist.h"

#include <stdlib.h>
#include <string.h>

const char *cmrp_proplist_status_string(enum cmrp_proplist_status status)
{
    switch (status)
    {
    case CMRP_PROPLIST_OK:          return "ok";
    case CMRP_PROPLIST_TRUNCATED:   return "truncated";
    case CMRP_PROPLIST_MISALIGNED:  return "misaligned";
    case CMRP_PROPLIST_BAD_SYNTAX:  return "bad syntax";
    case CMRP_PROPLIST_BAD_NAME:    return "bad property name";
    case CMRP_PROPLIST_BAD_VALUE:   return "bad value";
    case CMRP_PROPLIST_TRAILING:    return "trailing data";
    case CMRP_PROPLIST_NOT_FOUND:   return "not found";
    case CMRP_PROPLIST_TOO_BIG:     return "too big";
    case CMRP_PROPLIST_NO_MEMORY:   return "out of memory";
    case CMRP_PROPLIST_INVALID_ARG: return "invalid argument";
    }
    return "unknown status";
}

/* ---- little-endian access ---- */

static uint32_t get32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint16_t get16(const uint8_t *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static void put32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

/* ---- UTF-8 and UTF-16 ---- */

/* The code point at *p, advancing *p; -1 for anything that is not UTF-8
 * (stray continuation bytes, overlong forms, surrogates, > U+10FFFF). */
static int32_t utf8_next(const unsigned char **p)
{
    const unsigned char *s = *p;
    uint32_t c = s[0], min;
    int extra, i;

    if (c < 0x80) { *p = s + 1; return (int32_t)c; }
    if ((c & 0xe0) == 0xc0) { extra = 1; c &= 0x1f; min = 0x80; }
    else if ((c & 0xf0) == 0xe0) { extra = 2; c &= 0x0f; min = 0x800; }
    else if ((c & 0xf8) == 0xf0) { extra = 3; c &= 0x07; min = 0x10000; }
    else return -1;
    for (i = 1; i <= extra; i++)
    {
        if ((s[i] & 0xc0) != 0x80) return -1;   /* also stops at the NUL */
        c = (c << 6) | (s[i] & 0x3f);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return -1;
    *p = s + 1 + extra;
    return (int32_t)c;
}

uint8_t *cmrp_utf8_to_utf16le(const char *utf8, size_t *size)
{
    const unsigned char *p;
    size_t units = 0, at = 0;
    uint8_t *out;
    int32_t c;

    if (!utf8 || !size) return NULL;
    for (p = (const unsigned char *)utf8; *p;)
    {
        if ((c = utf8_next(&p)) < 0) return NULL;
        units += c >= 0x10000 ? 2 : 1;
    }
    if (units >= SIZE_MAX / 2) return NULL;
    out = malloc((units + 1) * 2);
    if (!out) return NULL;
    for (p = (const unsigned char *)utf8; *p;)
    {
        c = utf8_next(&p);
        if (c >= 0x10000)
        {
            uint32_t v = (uint32_t)c - 0x10000, hi = 0xd800 | (v >> 10), lo = 0xdc00 | (v & 0x3ff);

            out[at++] = (uint8_t)hi; out[at++] = (uint8_t)(hi >> 8);
            out[at++] = (uint8_t)lo; out[at++] = (uint8_t)(lo >> 8);
        }
        else
        {
            out[at++] = (uint8_t)c;
            out[at++] = (uint8_t)(c >> 8);
        }
    }
    out[at++] = 0;
    out[at++] = 0;
    *size = at;
    return out;
}

/* The code point of the UTF-16LE units at data[*unit..units), advancing
 * *unit; -1 on an unpaired surrogate. */
static int32_t utf16_next(const uint8_t *data, size_t units, size_t *unit)
{
    uint32_t c = get16(data + 2 * *unit), d;

    (*unit)++;
    if (c < 0xd800 || c > 0xdfff) return (int32_t)c;
    if (c >= 0xdc00 || *unit >= units) return -1;
    d = get16(data + 2 * *unit);
    if (d < 0xdc00 || d > 0xdfff) return -1;
    (*unit)++;
    return (int32_t)(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
}

char *cmrp_utf16le_to_utf8(const void *utf16, size_t size)
{
    const uint8_t *data = utf16;
    size_t units = size / 2, length = 0, unit, at = 0;
    char *out;
    int32_t c;

    if (!utf16 && size) return NULL;
    /* up to the first NUL */
    for (unit = 0; unit < units; unit++)
        if (!get16(data + 2 * unit)) break;
    units = unit;
    for (unit = 0; unit < units;)
    {
        if ((c = utf16_next(data, units, &unit)) < 0) return NULL;
        length += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    out = malloc(length + 1);
    if (!out) return NULL;
    for (unit = 0; unit < units;)
    {
        c = utf16_next(data, units, &unit);
        if (c < 0x80) out[at++] = (char)c;
        else if (c < 0x800)
        {
            out[at++] = (char)(0xc0 | (c >> 6));
            out[at++] = (char)(0x80 | (c & 0x3f));
        }
        else if (c < 0x10000)
        {
            out[at++] = (char)(0xe0 | (c >> 12));
            out[at++] = (char)(0x80 | ((c >> 6) & 0x3f));
            out[at++] = (char)(0x80 | (c & 0x3f));
        }
        else
        {
            out[at++] = (char)(0xf0 | (c >> 18));
            out[at++] = (char)(0x80 | ((c >> 12) & 0x3f));
            out[at++] = (char)(0x80 | ((c >> 6) & 0x3f));
            out[at++] = (char)(0x80 | (c & 0x3f));
        }
    }
    out[at] = 0;
    return out;
}

static uint32_t ascii_fold(uint32_t c)
{
    return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

/* ---- values ---- */

/* A UTF-16 string of size bytes: even, at least the NUL, ending with it. */
static bool terminated_utf16(const uint8_t *data, size_t size)
{
    return size >= 2 && !(size % 2) && !data[size - 1] && !data[size - 2];
}

enum cmrp_proplist_status cmrp_multi_sz_check(const void *data, size_t size, uint32_t *count)
{
    const uint8_t *bytes = data;
    size_t units = size / 2, unit = 0;
    uint32_t strings = 0;

    if (count) *count = 0;
    if (!data || size < 2 || size % 2) return CMRP_PROPLIST_BAD_VALUE;
    /* the empty list: one NUL, or two */
    if (!get16(bytes) && (units == 1 || (units == 2 && !get16(bytes + 2)))) return CMRP_PROPLIST_OK;
    for (;;)
    {
        if (unit >= units) return CMRP_PROPLIST_BAD_VALUE;      /* no empty string at the end */
        if (!get16(bytes + 2 * unit))
        {
            /* the empty string ends the list, and the buffer */
            if (unit != units - 1) return CMRP_PROPLIST_BAD_VALUE;
            break;
        }
        while (unit < units && get16(bytes + 2 * unit)) unit++;
        if (unit >= units) return CMRP_PROPLIST_BAD_VALUE;      /* a string without its NUL */
        unit++;
        strings++;
    }
    if (count) *count = strings;
    return CMRP_PROPLIST_OK;
}

bool cmrp_multi_sz_next(const void *data, size_t size, size_t *offset, const uint8_t **item, size_t *item_size)
{
    const uint8_t *bytes = data;
    size_t start = *offset, at = start;

    if (!data || at + 2 > size || !get16(bytes + at)) return false;
    while (at + 2 <= size && get16(bytes + at)) at += 2;
    if (at + 2 > size) return false;
    *item = bytes + start;
    *item_size = at + 2 - start;
    *offset = at + 2;
    return true;
}

uint8_t *cmrp_multi_sz_from_utf8(const char *const *items, size_t count, size_t *size)
{
    uint8_t *all = NULL, *grown;
    size_t total = 0, i;

    if (!size || (count && !items)) return NULL;
    for (i = 0; i < count; i++)
    {
        size_t item_size;
        uint8_t *item = items[i] && *items[i] ? cmrp_utf8_to_utf16le(items[i], &item_size) : NULL;

        /* an empty string would end the list early */
        if (!item || !(grown = realloc(all, total + item_size + 2)))
        {
            free(item);
            free(all);
            return NULL;
        }
        all = grown;
        memcpy(all + total, item, item_size);
        total += item_size;
        free(item);
    }
    /* the empty string that ends the list; alone, the empty list */
    if (!(grown = realloc(all, total + 2)))
    {
        free(all);
        return NULL;
    }
    all = grown;
    all[total++] = 0;
    all[total++] = 0;
    *size = total;
    return all;
}

enum cmrp_proplist_status cmrp_propvalue_check(uint32_t syntax, const void *data, size_t size)
{
    if (size && !data) return CMRP_PROPLIST_INVALID_ARG;
    switch (CMRP_SYNTAX_FORMAT(syntax))
    {
    case CMRP_PROPFMT_DWORD:
    case CMRP_PROPFMT_LONG:
        return size == 4 ? CMRP_PROPLIST_OK : CMRP_PROPLIST_BAD_VALUE;
    case CMRP_PROPFMT_WORD:
        return size == 2 ? CMRP_PROPLIST_OK : CMRP_PROPLIST_BAD_VALUE;
    case CMRP_PROPFMT_ULARGE_INTEGER:
    case CMRP_PROPFMT_LARGE_INTEGER:
    case CMRP_PROPFMT_FILETIME:
        return size == 8 ? CMRP_PROPLIST_OK : CMRP_PROPLIST_BAD_VALUE;
    case CMRP_PROPFMT_SZ:
    case CMRP_PROPFMT_EXPAND_SZ:
    case CMRP_PROPFMT_EXPANDED_SZ:
        return terminated_utf16(data, size) ? CMRP_PROPLIST_OK : CMRP_PROPLIST_BAD_VALUE;
    case CMRP_PROPFMT_MULTI_SZ:
        return cmrp_multi_sz_check(data, size, NULL);
    default:
        /* BINARY, SECURITY_DESCRIPTOR, user formats: any bytes */
        return CMRP_PROPLIST_OK;
    }
}

bool cmrp_propvalue_get_dword(const struct cmrp_propvalue *value, uint32_t *dword)
{
    if (!value || value->size != 4) return false;
    *dword = get32(value->data);
    return true;
}

bool cmrp_propvalue_get_word(const struct cmrp_propvalue *value, uint16_t *word)
{
    if (!value || value->size != 2) return false;
    *word = get16(value->data);
    return true;
}

bool cmrp_propvalue_get_qword(const struct cmrp_propvalue *value, uint64_t *qword)
{
    if (!value || value->size != 8) return false;
    *qword = (uint64_t)get32(value->data) | (uint64_t)get32(value->data + 4) << 32;
    return true;
}

char *cmrp_propvalue_to_utf8(const struct cmrp_propvalue *value)
{
    if (!value || !terminated_utf16(value->data, value->size)) return NULL;
    return cmrp_utf16le_to_utf8(value->data, value->size);
}

/* ---- reading property lists ---- */

/* The smallest property: NAME header, a one-character name padded to 4,
 * an empty value's header, the ENDMARK. */
#define MIN_PROPERTY_SIZE 24u

static bool need(const struct cmrp_proplist_iter *iter, size_t offset, size_t bytes)
{
    return offset <= iter->size && bytes <= iter->size - offset;
}

enum cmrp_proplist_status cmrp_proplist_begin(struct cmrp_proplist_iter *iter, const void *data, size_t size)
{
    memset(iter, 0, sizeof(*iter));
    iter->data = data;
    iter->size = data ? size : 0;
    if (!data || size < 4) return iter->status = CMRP_PROPLIST_TRUNCATED;
    iter->count = get32(iter->data);
    iter->offset = 4;
    /* a forged count fails here, not after a long walk */
    if (iter->count > (size - 4) / MIN_PROPERTY_SIZE) return iter->status = CMRP_PROPLIST_TRUNCATED;
    return CMRP_PROPLIST_OK;
}

/* A property name: even, at least one character, exactly one NUL, at the end. */
static bool good_name(const uint8_t *name, size_t size)
{
    size_t unit;

    if (size < 4 || !terminated_utf16(name, size)) return false;
    for (unit = 0; unit + 1 < size / 2; unit++)
        if (!get16(name + 2 * unit)) return false;
    return true;
}

bool cmrp_proplist_next(struct cmrp_proplist_iter *iter, struct cmrp_prop *prop)
{
    size_t at = iter->offset, length;
    uint32_t syntax;

    if (iter->status != CMRP_PROPLIST_OK || iter->index >= iter->count) return false;
    memset(prop, 0, sizeof(*prop));

    /* CLUSPROP_SYNTAX_NAME, cbName, the name and its padding */
    if (!need(iter, at, 8)) goto truncated;
    if (get32(iter->data + at) != CMRP_SYNTAX_NAME)
    {
        iter->status = CMRP_PROPLIST_BAD_SYNTAX;
        return false;
    }
    length = get32(iter->data + at + 4);
    at += 8;
    if (!need(iter, at, CMRP_PROPLIST_ALIGN(length))) goto truncated;
    if (!good_name(iter->data + at, length))
    {
        iter->status = CMRP_PROPLIST_BAD_NAME;
        return false;
    }
    prop->name = iter->data + at;
    prop->name_size = (uint32_t)length;
    at += CMRP_PROPLIST_ALIGN(length);

    /* the values, up to the property's ENDMARK */
    prop->values = iter->data + at;
    for (;;)
    {
        enum cmrp_proplist_status status;

        if (!need(iter, at, 4)) goto truncated;
        syntax = get32(iter->data + at);
        if (syntax == CMRP_SYNTAX_ENDMARK) break;
        if (syntax == CMRP_SYNTAX_NAME)
        {
            /* the next property begins: this one lacks its ENDMARK */
            iter->status = CMRP_PROPLIST_BAD_SYNTAX;
            return false;
        }
        if (!need(iter, at, 8)) goto truncated;
        length = get32(iter->data + at + 4);
        if (!need(iter, at + 8, CMRP_PROPLIST_ALIGN(length))) goto truncated;
        if ((status = cmrp_propvalue_check(syntax, iter->data + at + 8, length)) != CMRP_PROPLIST_OK)
        {
            iter->status = status;
            return false;
        }
        prop->num_values++;
        at += 8 + CMRP_PROPLIST_ALIGN(length);
    }
    if (!prop->num_values)
    {
        iter->status = CMRP_PROPLIST_BAD_SYNTAX;    /* a property has at least one value */
        return false;
    }
    prop->values_size = (size_t)(iter->data + at - prop->values);
    iter->offset = at + 4;
    iter->index++;
    return true;

truncated:
    iter->status = CMRP_PROPLIST_TRUNCATED;
    return false;
}

enum cmrp_proplist_status cmrp_proplist_end(struct cmrp_proplist_iter *iter, size_t *used)
{
    size_t left;

    if (iter->status != CMRP_PROPLIST_OK) return iter->status;
    if (iter->index != iter->count) return iter->status = CMRP_PROPLIST_INVALID_ARG;
    left = iter->size - iter->offset;
    if (left == 0)
    {
        /* no list-level ENDMARK: tolerated */
        if (used) *used = iter->offset;
        return CMRP_PROPLIST_OK;
    }
    if (left < 4) return iter->status = CMRP_PROPLIST_MISALIGNED;
    if (get32(iter->data + iter->offset) != CMRP_SYNTAX_ENDMARK) return iter->status = CMRP_PROPLIST_TRAILING;
    if (used) *used = iter->offset + 4;
    return CMRP_PROPLIST_OK;
}

enum cmrp_proplist_status cmrp_proplist_validate(const void *data, size_t size, uint32_t *count, size_t *used)
{
    struct cmrp_proplist_iter iter;
    struct cmrp_prop prop;
    enum cmrp_proplist_status status;

    if (count) *count = 0;
    if ((status = cmrp_proplist_begin(&iter, data, size)) != CMRP_PROPLIST_OK) return status;
    while (cmrp_proplist_next(&iter, &prop)) {}
    if ((status = cmrp_proplist_end(&iter, used)) != CMRP_PROPLIST_OK) return status;
    if (count) *count = iter.count;
    return CMRP_PROPLIST_OK;
}

bool cmrp_prop_value(const struct cmrp_prop *prop, uint32_t index, struct cmrp_propvalue *value)
{
    const uint8_t *at;
    uint32_t i;

    if (!prop || !prop->values || index >= prop->num_values) return false;
    /* the property was checked when it was read: the walk stays inside */
    for (at = prop->values, i = 0;; i++)
    {
        uint32_t size = get32(at + 4);

        if (i == index)
        {
            value->syntax = get32(at);
            value->size = size;
            value->data = at + 8;
            return true;
        }
        at += 8 + CMRP_PROPLIST_ALIGN(size);
    }
}

bool cmrp_prop_name_is(const struct cmrp_prop *prop, const char *name)
{
    const unsigned char *p = (const unsigned char *)name;
    size_t units, unit = 0;

    if (!prop || !prop->name || !name) return false;
    units = prop->name_size / 2 - 1;                /* without the NUL */
    while (*p)
    {
        int32_t want = utf8_next(&p), got;

        if (want < 0 || unit >= units) return false;
        got = utf16_next(prop->name, units, &unit);
        if (got < 0 || ascii_fold((uint32_t)got) != ascii_fold((uint32_t)want)) return false;
    }
    return unit == units;
}

bool cmrp_prop_name_is_utf16(const struct cmrp_prop *prop, const uint16_t *name)
{
    size_t units, unit;

    if (!prop || !prop->name || !name) return false;
    units = prop->name_size / 2 - 1;
    for (unit = 0; unit < units; unit++)
        if (!name[unit] || ascii_fold(get16(prop->name + 2 * unit)) != ascii_fold(name[unit])) return false;
    return !name[units];
}

char *cmrp_prop_name_utf8(const struct cmrp_prop *prop)
{
    if (!prop || !prop->name) return NULL;
    return cmrp_utf16le_to_utf8(prop->name, prop->name_size);
}

static enum cmrp_proplist_status find(const void *data, size_t size, const char *name, const uint16_t *wname,
                                      struct cmrp_prop *prop)
{
    struct cmrp_proplist_iter iter;
    struct cmrp_prop found;
    enum cmrp_proplist_status status;

    /* a malformed list is refused as a whole, even past the property */
    if ((status = cmrp_proplist_validate(data, size, NULL, NULL)) != CMRP_PROPLIST_OK) return status;
    cmrp_proplist_begin(&iter, data, size);
    while (cmrp_proplist_next(&iter, &found))
    {
        if (name ? cmrp_prop_name_is(&found, name) : cmrp_prop_name_is_utf16(&found, wname))
        {
            if (prop) *prop = found;
            return CMRP_PROPLIST_OK;
        }
    }
    return CMRP_PROPLIST_NOT_FOUND;
}

enum cmrp_proplist_status cmrp_proplist_find(const void *data, size_t size, const char *name, struct cmrp_prop *prop)
{
    if (!name) return CMRP_PROPLIST_INVALID_ARG;
    return find(data, size, name, NULL, prop);
}

enum cmrp_proplist_status cmrp_proplist_find_utf16(const void *data, size_t size, const uint16_t *name,
                                                   struct cmrp_prop *prop)
{
    if (!name) return CMRP_PROPLIST_INVALID_ARG;
    return find(data, size, NULL, name, prop);
}

/* ---- reading value lists ---- */

void cmrp_valuelist_begin(struct cmrp_valuelist_iter *iter, const void *data, size_t size)
{
    memset(iter, 0, sizeof(*iter));
    iter->data = data;
    iter->size = data ? size : 0;
}

bool cmrp_valuelist_next(struct cmrp_valuelist_iter *iter, struct cmrp_propvalue *value)
{
    size_t left = iter->size - iter->offset, length;
    uint32_t syntax;
    enum cmrp_proplist_status status;

    if (iter->done || iter->status != CMRP_PROPLIST_OK) return false;
    if (left == 0)
    {
        iter->done = true;                          /* the ENDMARK may be missing */
        return false;
    }
    if (left < 4)
    {
        iter->status = CMRP_PROPLIST_MISALIGNED;
        return false;
    }
    syntax = get32(iter->data + iter->offset);
    if (syntax == CMRP_SYNTAX_ENDMARK)
    {
        iter->offset += 4;
        iter->done = true;
        return false;
    }
    if (left < 8)
    {
        iter->status = CMRP_PROPLIST_TRUNCATED;
        return false;
    }
    length = get32(iter->data + iter->offset + 4);
    if (CMRP_PROPLIST_ALIGN(length) > left - 8)
    {
        iter->status = CMRP_PROPLIST_TRUNCATED;
        return false;
    }
    if ((status = cmrp_propvalue_check(syntax, iter->data + iter->offset + 8, length)) != CMRP_PROPLIST_OK)
    {
        iter->status = status;
        return false;
    }
    value->syntax = syntax;
    value->size = (uint32_t)length;
    value->data = iter->data + iter->offset + 8;
    iter->offset += 8 + CMRP_PROPLIST_ALIGN(length);
    return true;
}

/* ---- building ---- */

static void builder_init(struct cmrp_proplist_builder *builder, size_t limit, bool value_list)
{
    memset(builder, 0, sizeof(*builder));
    builder->limit = limit ? limit : CMRP_PROPLIST_DEFAULT_LIMIT;
    builder->value_list = value_list;
}

void cmrp_proplist_builder_init(struct cmrp_proplist_builder *builder, size_t limit)
{
    builder_init(builder, limit, false);
}

void cmrp_valuelist_builder_init(struct cmrp_proplist_builder *builder, size_t limit)
{
    builder_init(builder, limit, true);
}

void cmrp_proplist_builder_free(struct cmrp_proplist_builder *builder)
{
    free(builder->data);
    builder->data = NULL;
    builder->size = builder->capacity = 0;
}

static enum cmrp_proplist_status fail(struct cmrp_proplist_builder *builder, enum cmrp_proplist_status status)
{
    if (builder->status == CMRP_PROPLIST_OK) builder->status = status;
    return builder->status;
}

/* Room for bytes more, within the limit. */
static bool reserve(struct cmrp_proplist_builder *builder, size_t bytes)
{
    size_t capacity;
    uint8_t *grown;

    if (builder->status != CMRP_PROPLIST_OK) return false;
    if (bytes > builder->limit || builder->size > builder->limit - bytes)
    {
        fail(builder, CMRP_PROPLIST_TOO_BIG);
        return false;
    }
    if (builder->size + bytes <= builder->capacity) return true;
    capacity = builder->capacity ? builder->capacity : 64;
    while (capacity < builder->size + bytes) capacity = capacity > builder->limit / 2 ? builder->limit : capacity * 2;
    if (!(grown = realloc(builder->data, capacity)))
    {
        fail(builder, CMRP_PROPLIST_NO_MEMORY);
        return false;
    }
    builder->data = grown;
    builder->capacity = capacity;
    return true;
}

static bool append32(struct cmrp_proplist_builder *builder, uint32_t v)
{
    if (!reserve(builder, 4)) return false;
    put32(builder->data + builder->size, v);
    builder->size += 4;
    return true;
}

/* syntax, length, the bytes, zeros up to the next multiple of 4 */
static bool append_item(struct cmrp_proplist_builder *builder, uint32_t syntax, const void *data, size_t size)
{
    size_t padded = CMRP_PROPLIST_ALIGN(size);

    if (size > UINT32_MAX)
    {
        fail(builder, CMRP_PROPLIST_TOO_BIG);
        return false;
    }
    if (padded < size || !reserve(builder, 8 + padded)) return false;
    put32(builder->data + builder->size, syntax);
    put32(builder->data + builder->size + 4, (uint32_t)size);
    if (size) memcpy(builder->data + builder->size + 8, data, size);
    memset(builder->data + builder->size + 8 + size, 0, padded - size);
    builder->size += 8 + padded;
    return true;
}

/* The property list's count comes first; it is filled in by finish. */
static bool start(struct cmrp_proplist_builder *builder)
{
    if (builder->value_list || builder->size) return builder->status == CMRP_PROPLIST_OK;
    return append32(builder, 0);
}

static bool close_property(struct cmrp_proplist_builder *builder)
{
    if (!builder->in_property) return builder->status == CMRP_PROPLIST_OK;
    if (!builder->values)
    {
        fail(builder, CMRP_PROPLIST_INVALID_ARG);   /* a property needs a value */
        return false;
    }
    if (!append32(builder, CMRP_SYNTAX_ENDMARK)) return false;
    builder->in_property = false;
    return true;
}

enum cmrp_proplist_status cmrp_proplist_add_name_utf16(struct cmrp_proplist_builder *builder, const void *name,
                                                       size_t size)
{
    const uint8_t *bytes = name;
    uint8_t *copy;
    bool ok;

    if (builder->status != CMRP_PROPLIST_OK) return builder->status;
    if (builder->value_list || !name || size % 2) return fail(builder, CMRP_PROPLIST_INVALID_ARG);
    if (!close_property(builder) || !start(builder)) return builder->status;
    /* add the NUL when it is not there */
    if (size >= 2 && !bytes[size - 1] && !bytes[size - 2]) copy = NULL;
    else
    {
        if (!(copy = malloc(size + 2))) return fail(builder, CMRP_PROPLIST_NO_MEMORY);
        memcpy(copy, name, size);
        copy[size] = copy[size + 1] = 0;
        bytes = copy;
        size += 2;
    }
    if (!good_name(bytes, size))
    {
        free(copy);
        return fail(builder, CMRP_PROPLIST_BAD_NAME);
    }
    ok = append_item(builder, CMRP_SYNTAX_NAME, bytes, size);
    free(copy);
    if (!ok) return builder->status;
    builder->count++;
    builder->in_property = true;
    builder->values = 0;
    return CMRP_PROPLIST_OK;
}

enum cmrp_proplist_status cmrp_proplist_add_name(struct cmrp_proplist_builder *builder, const char *name)
{
    enum cmrp_proplist_status status;
    size_t size;
    uint8_t *utf16;

    if (builder->status != CMRP_PROPLIST_OK) return builder->status;
    if (!name) return fail(builder, CMRP_PROPLIST_INVALID_ARG);
    if (!(utf16 = cmrp_utf8_to_utf16le(name, &size))) return fail(builder, CMRP_PROPLIST_BAD_NAME);
    status = cmrp_proplist_add_name_utf16(builder, utf16, size);
    free(utf16);
    return status;
}

enum cmrp_proplist_status cmrp_proplist_add_value(struct cmrp_proplist_builder *builder, uint32_t syntax,
                                                  const void *data, size_t size)
{
    enum cmrp_proplist_status status;

    if (builder->status != CMRP_PROPLIST_OK) return builder->status;
    if ((!builder->value_list && !builder->in_property) || syntax == CMRP_SYNTAX_ENDMARK
        || (!builder->value_list && syntax == CMRP_SYNTAX_NAME) || (size && !data))
        return fail(builder, CMRP_PROPLIST_INVALID_ARG);
    /* what is built is what a reader accepts */
    if ((status = cmrp_propvalue_check(syntax, data, size)) != CMRP_PROPLIST_OK) return fail(builder, status);
    if (!append_item(builder, syntax, data, size)) return builder->status;
    builder->values++;
    return CMRP_PROPLIST_OK;
}

enum cmrp_proplist_status cmrp_proplist_finish(struct cmrp_proplist_builder *builder, uint8_t **data, size_t *size)
{
    enum cmrp_proplist_status status;

    if (!data || !size) fail(builder, CMRP_PROPLIST_INVALID_ARG);
    if (builder->status == CMRP_PROPLIST_OK && close_property(builder) && start(builder)
        && append32(builder, CMRP_SYNTAX_ENDMARK))
    {
        if (!builder->value_list) put32(builder->data, builder->count);
        *data = builder->data;
        *size = builder->size;
        builder->data = NULL;
        builder->size = builder->capacity = 0;
        builder->count = 0;
        return CMRP_PROPLIST_OK;
    }
    status = builder->status;
    cmrp_proplist_builder_free(builder);
    return status;
}

enum cmrp_proplist_status cmrp_proplist_add_property(struct cmrp_proplist_builder *builder, const char *name,
                                                     uint32_t syntax, const void *data, size_t size)
{
    if (cmrp_proplist_add_name(builder, name) != CMRP_PROPLIST_OK) return builder->status;
    return cmrp_proplist_add_value(builder, syntax, data, size);
}

enum cmrp_proplist_status cmrp_proplist_add_dword(struct cmrp_proplist_builder *builder, const char *name,
                                                  uint32_t value)
{
    uint8_t bytes[4];

    put32(bytes, value);
    return cmrp_proplist_add_property(builder, name, CMRP_SYNTAX_LIST_VALUE_DWORD, bytes, 4);
}

enum cmrp_proplist_status cmrp_proplist_add_long(struct cmrp_proplist_builder *builder, const char *name,
                                                 int32_t value)
{
    uint8_t bytes[4];

    put32(bytes, (uint32_t)value);
    return cmrp_proplist_add_property(builder, name, CMRP_SYNTAX_LIST_VALUE_LONG, bytes, 4);
}

enum cmrp_proplist_status cmrp_proplist_add_word(struct cmrp_proplist_builder *builder, const char *name,
                                                 uint16_t value)
{
    uint8_t bytes[2] = { (uint8_t)value, (uint8_t)(value >> 8) };

    return cmrp_proplist_add_property(builder, name, CMRP_SYNTAX_LIST_VALUE_WORD, bytes, 2);
}

enum cmrp_proplist_status cmrp_proplist_add_qword(struct cmrp_proplist_builder *builder, const char *name,
                                                  uint32_t syntax, uint64_t value)
{
    uint8_t bytes[8];

    put32(bytes, (uint32_t)value);
    put32(bytes + 4, (uint32_t)(value >> 32));
    return cmrp_proplist_add_property(builder, name, syntax, bytes, 8);
}

/* A UTF-8 string as a value of the open property. */
static enum cmrp_proplist_status add_string_value(struct cmrp_proplist_builder *builder, uint32_t syntax,
                                                  const char *value)
{
    enum cmrp_proplist_status status;
    uint8_t *utf16;
    size_t size;

    if (builder->status != CMRP_PROPLIST_OK) return builder->status;
    if (!(utf16 = cmrp_utf8_to_utf16le(value ? value : "", &size))) return fail(builder, CMRP_PROPLIST_BAD_VALUE);
    status = cmrp_proplist_add_value(builder, syntax, utf16, size);
    free(utf16);
    return status;
}

enum cmrp_proplist_status cmrp_proplist_add_sz(struct cmrp_proplist_builder *builder, const char *name,
                                               const char *value)
{
    if (cmrp_proplist_add_name(builder, name) != CMRP_PROPLIST_OK) return builder->status;
    return add_string_value(builder, CMRP_SYNTAX_LIST_VALUE_SZ, value);
}

enum cmrp_proplist_status cmrp_proplist_add_expand_sz(struct cmrp_proplist_builder *builder, const char *name,
                                                      const char *value, const char *expanded)
{
    if (cmrp_proplist_add_name(builder, name) != CMRP_PROPLIST_OK
        || add_string_value(builder, CMRP_SYNTAX_LIST_VALUE_EXPAND_SZ, value) != CMRP_PROPLIST_OK)
        return builder->status;
    return add_string_value(builder, CMRP_SYNTAX_LIST_VALUE_EXPANDED_SZ, expanded ? expanded : value);
}

enum cmrp_proplist_status cmrp_proplist_add_multi_sz(struct cmrp_proplist_builder *builder, const char *name,
                                                     const char *const *items, size_t count)
{
    enum cmrp_proplist_status status;
    uint8_t *multi;
    size_t size;

    if (builder->status != CMRP_PROPLIST_OK) return builder->status;
    if (!(multi = cmrp_multi_sz_from_utf8(items, count, &size))) return fail(builder, CMRP_PROPLIST_BAD_VALUE);
    status = cmrp_proplist_add_property(builder, name, CMRP_SYNTAX_LIST_VALUE_MULTI_SZ, multi, size);
    free(multi);
    return status;
}

enum cmrp_proplist_status cmrp_proplist_add_binary(struct cmrp_proplist_builder *builder, const char *name,
                                                   const void *data, size_t size)
{
    return cmrp_proplist_add_property(builder, name, CMRP_SYNTAX_LIST_VALUE_BINARY, data, size);
}
