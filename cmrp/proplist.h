/*
 * MS-CMRP property lists, value lists and MULTI_SZ strings (MS-CMRP 2.2.3.10,
 * docs: ms-cmrp.md 3.2): the payload of the CLUSCTL_* control codes.
 *
 * Plain C99 over byte buffers: no Samba, no Wine, no cluster model, so the
 * simulated cluster (server/) and the client's resutils (a PE DLL) share it.
 * Memory comes from malloc; strings handed in and out are UTF-8 unless a
 * function says UTF-16LE.
 *
 * The layout, each item 4-byte aligned relative to the start of the buffer:
 *
 *   uint32 propertyCount
 *   propertyCount times:
 *       uint32 CLUSPROP_SYNTAX_NAME, uint32 cbName, UTF-16LE name + NUL, pad
 *       one or more values: uint32 syntax, uint32 cbValue, bytes, pad
 *       uint32 CLUSPROP_SYNTAX_ENDMARK
 *   uint32 CLUSPROP_SYNTAX_ENDMARK         (written; tolerated when absent)
 *
 * Lengths count the bytes of the data (strings with their terminators),
 * never the padding.  A value list is the inner part alone: values, then an
 * ENDMARK.
 *
 * Parsing is bounds-checked: a count, a length or a padding past the end, a
 * value whose size does not fit its format, a string without its terminator
 * or a missing ENDMARK is an error, never a read outside the buffer.
 */
#ifndef CMRP_PROPLIST_H
#define CMRP_PROPLIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- CLUSPROP_SYNTAX = (CLUSTER_PROPERTY_TYPE << 16) | CLUSTER_PROPERTY_FORMAT ---- */

/* CLUSTER_PROPERTY_TYPE */
#define CMRP_PROPTYPE_ENDMARK            0x0000u
#define CMRP_PROPTYPE_LIST_VALUE         0x0001u
#define CMRP_PROPTYPE_RESCLASS           0x0002u
#define CMRP_PROPTYPE_NAME               0x0004u
#define CMRP_PROPTYPE_SIGNATURE          0x0005u
#define CMRP_PROPTYPE_SCSI_ADDRESS       0x0006u
#define CMRP_PROPTYPE_DISK_NUMBER        0x0007u
#define CMRP_PROPTYPE_PARTITION_INFO     0x0008u
#define CMRP_PROPTYPE_USER               0x8000u

/* CLUSTER_PROPERTY_FORMAT */
#define CMRP_PROPFMT_UNKNOWN             0x0000u
#define CMRP_PROPFMT_BINARY              0x0001u
#define CMRP_PROPFMT_DWORD               0x0002u
#define CMRP_PROPFMT_SZ                  0x0003u
#define CMRP_PROPFMT_EXPAND_SZ           0x0004u
#define CMRP_PROPFMT_MULTI_SZ            0x0005u
#define CMRP_PROPFMT_ULARGE_INTEGER      0x0006u
#define CMRP_PROPFMT_LONG                0x0007u
#define CMRP_PROPFMT_EXPANDED_SZ         0x0008u
#define CMRP_PROPFMT_SECURITY_DESCRIPTOR 0x0009u
#define CMRP_PROPFMT_LARGE_INTEGER       0x000au
#define CMRP_PROPFMT_WORD                0x000bu
#define CMRP_PROPFMT_FILETIME            0x000cu
#define CMRP_PROPFMT_USER                0x8000u

#define CMRP_SYNTAX(type, format)  (((uint32_t)(type) << 16) | (uint32_t)(format))
#define CMRP_SYNTAX_TYPE(syntax)   ((uint32_t)(syntax) >> 16)
#define CMRP_SYNTAX_FORMAT(syntax) ((uint32_t)(syntax) & 0xffffu)

#define CMRP_SYNTAX_ENDMARK                        0x00000000u
#define CMRP_SYNTAX_NAME                           0x00040003u
#define CMRP_SYNTAX_RESCLASS                       0x00020002u
#define CMRP_SYNTAX_LIST_VALUE_BINARY              0x00010001u
#define CMRP_SYNTAX_LIST_VALUE_DWORD               0x00010002u
#define CMRP_SYNTAX_LIST_VALUE_SZ                  0x00010003u
#define CMRP_SYNTAX_LIST_VALUE_EXPAND_SZ           0x00010004u
#define CMRP_SYNTAX_LIST_VALUE_MULTI_SZ            0x00010005u
#define CMRP_SYNTAX_LIST_VALUE_ULARGE_INTEGER      0x00010006u
#define CMRP_SYNTAX_LIST_VALUE_LONG                0x00010007u
#define CMRP_SYNTAX_LIST_VALUE_EXPANDED_SZ         0x00010008u
#define CMRP_SYNTAX_LIST_VALUE_SECURITY_DESCRIPTOR 0x00010009u
#define CMRP_SYNTAX_LIST_VALUE_LARGE_INTEGER       0x0001000au
#define CMRP_SYNTAX_LIST_VALUE_WORD                0x0001000bu
#define CMRP_SYNTAX_LIST_VALUE_FILETIME            0x0001000cu

/* ALIGN_CLUSPROP: data lengths padded to the next multiple of 4 */
#define CMRP_PROPLIST_ALIGN(n) (((size_t)(n) + 3u) & ~(size_t)3u)

/* The most a builder makes unless told otherwise (and the most a reader
 * accepts as one value): larger than any control buffer Windows produces. */
#define CMRP_PROPLIST_DEFAULT_LIMIT (16u * 1024 * 1024)

enum cmrp_proplist_status
{
    CMRP_PROPLIST_OK = 0,
    CMRP_PROPLIST_TRUNCATED,        /* a count, length or padding reaches past the end */
    CMRP_PROPLIST_MISALIGNED,       /* 1 to 3 stray bytes where a 4-byte item belongs */
    CMRP_PROPLIST_BAD_SYNTAX,       /* NAME expected, ENDMARK missing, a value without its property */
    CMRP_PROPLIST_BAD_NAME,         /* a name that is empty, odd-sized, unterminated or has a NUL inside */
    CMRP_PROPLIST_BAD_VALUE,        /* a size that does not fit the format, a string without terminator */
    CMRP_PROPLIST_TRAILING,         /* non-zero bytes after the list */
    CMRP_PROPLIST_NOT_FOUND,        /* cmrp_proplist_find: no property of that name */
    CMRP_PROPLIST_TOO_BIG,          /* a builder would pass its limit */
    CMRP_PROPLIST_NO_MEMORY,
    CMRP_PROPLIST_INVALID_ARG,      /* a builder used out of order, a NULL that may not be */
};

/* A short English description ("truncated", ...). */
const char *cmrp_proplist_status_string(enum cmrp_proplist_status status);

/* ---- reading ---- */

/* One value; data points into the parsed buffer (size bytes, no padding). */
struct cmrp_propvalue
{
    uint32_t syntax;
    uint32_t size;
    const uint8_t *data;
};

/* One property of a parsed list; everything points into the buffer. */
struct cmrp_prop
{
    const uint8_t *name;            /* UTF-16LE, name_size bytes including the NUL */
    uint32_t name_size;
    uint32_t num_values;            /* at least 1 */
    const uint8_t *values;          /* the first value's syntax */
    size_t values_size;             /* bytes of all values with their padding */
};

/* Walks a property list one property at a time, checking each as it goes.
 * Zero it with cmrp_proplist_begin(); then call cmrp_proplist_next() until
 * it returns false, and look at status (CMRP_PROPLIST_OK at a clean end). */
struct cmrp_proplist_iter
{
    const uint8_t *data;
    size_t size;
    size_t offset;                  /* where the next property starts */
    uint32_t count;                 /* propertyCount */
    uint32_t index;                 /* properties returned so far */
    enum cmrp_proplist_status status;
};

/* Reads propertyCount; a count that cannot fit in size bytes is
 * CMRP_PROPLIST_TRUNCATED at once (no walk through a forged count). */
enum cmrp_proplist_status cmrp_proplist_begin(struct cmrp_proplist_iter *iter, const void *data, size_t size);
/* The next property, or false at the end of the list or on an error. */
bool cmrp_proplist_next(struct cmrp_proplist_iter *iter, struct cmrp_prop *prop);
/* After the last property: the list-level ENDMARK (optional; anything else
 * non-zero is CMRP_PROPLIST_TRAILING).  *used (may be NULL) gets the bytes
 * the list takes, its ENDMARK included when present. */
enum cmrp_proplist_status cmrp_proplist_end(struct cmrp_proplist_iter *iter, size_t *used);

/* The whole list at once: begin, every property, end. */
enum cmrp_proplist_status cmrp_proplist_validate(const void *data, size_t size, uint32_t *count, size_t *used);

/* The first property named name (UTF-8, compared ignoring ASCII case) of a
 * valid list: CMRP_PROPLIST_OK, CMRP_PROPLIST_NOT_FOUND or the parse error. */
enum cmrp_proplist_status cmrp_proplist_find(const void *data, size_t size, const char *name, struct cmrp_prop *prop);
/* The same with a UTF-16 name (host order units, NUL-terminated), for Win32 callers. */
enum cmrp_proplist_status cmrp_proplist_find_utf16(const void *data, size_t size, const uint16_t *name,
                                                   struct cmrp_prop *prop);

/* Value index (0 = the first) of a property from cmrp_proplist_next or find. */
bool cmrp_prop_value(const struct cmrp_prop *prop, uint32_t index, struct cmrp_propvalue *value);
/* Whether the property is called name (UTF-8, ASCII case ignored). */
bool cmrp_prop_name_is(const struct cmrp_prop *prop, const char *name);
/* The same for a UTF-16 name (host order, NUL-terminated). */
bool cmrp_prop_name_is_utf16(const struct cmrp_prop *prop, const uint16_t *name);
/* The name as malloc'ed UTF-8; NULL when out of memory or not valid UTF-16. */
char *cmrp_prop_name_utf8(const struct cmrp_prop *prop);

/* Value accessors: false when the value is not of that shape. */
bool cmrp_propvalue_get_dword(const struct cmrp_propvalue *value, uint32_t *dword);  /* 4 bytes */
bool cmrp_propvalue_get_word(const struct cmrp_propvalue *value, uint16_t *word);    /* 2 bytes */
bool cmrp_propvalue_get_qword(const struct cmrp_propvalue *value, uint64_t *qword);  /* 8 bytes */
/* An SZ, EXPAND_SZ or EXPANDED_SZ value (or a MULTI_SZ's first string) as
 * malloc'ed UTF-8; NULL if it is not a terminated UTF-16 string. */
char *cmrp_propvalue_to_utf8(const struct cmrp_propvalue *value);

/* Checks one value against its format: DWORD and LONG 4 bytes, WORD 2,
 * ULARGE/LARGE_INTEGER and FILETIME 8, strings UTF-16 with terminator,
 * MULTI_SZ ended by an empty string; other formats anything. */
enum cmrp_proplist_status cmrp_propvalue_check(uint32_t syntax, const void *data, size_t size);

/* ---- value lists (CLUSCTL_*_GET_REQUIRED_DEPENDENCIES, disk info) ---- */

struct cmrp_valuelist_iter
{
    const uint8_t *data;
    size_t size;
    size_t offset;
    bool done;
    enum cmrp_proplist_status status;
};

void cmrp_valuelist_begin(struct cmrp_valuelist_iter *iter, const void *data, size_t size);
/* The next value, false at the ENDMARK (or the end of the buffer: the mark
 * is tolerated when absent) or on an error (status). */
bool cmrp_valuelist_next(struct cmrp_valuelist_iter *iter, struct cmrp_propvalue *value);

/* ---- building ---- */

/* Grows a malloc'ed buffer; the first error sticks (every later call returns
 * it, finish too), so a sequence of adds can be checked once at the end. */
struct cmrp_proplist_builder
{
    uint8_t *data;
    size_t size;
    size_t capacity;
    size_t limit;
    uint32_t count;                 /* properties started */
    bool value_list;                /* no count, no names */
    bool in_property;               /* a NAME was written, its ENDMARK not yet */
    uint32_t values;                /* values of the open property */
    enum cmrp_proplist_status status;
};

/* A property list (limit 0: CMRP_PROPLIST_DEFAULT_LIMIT). */
void cmrp_proplist_builder_init(struct cmrp_proplist_builder *builder, size_t limit);
/* A value list: only values, then an ENDMARK. */
void cmrp_valuelist_builder_init(struct cmrp_proplist_builder *builder, size_t limit);
void cmrp_proplist_builder_free(struct cmrp_proplist_builder *builder);

/* Starts a property (ending the previous one). */
enum cmrp_proplist_status cmrp_proplist_add_name(struct cmrp_proplist_builder *builder, const char *name);
/* The same with a UTF-16LE name of size bytes, with or without its NUL. */
enum cmrp_proplist_status cmrp_proplist_add_name_utf16(struct cmrp_proplist_builder *builder, const void *name,
                                                       size_t size);
/* A value of the open property (or of the value list), as given. */
enum cmrp_proplist_status cmrp_proplist_add_value(struct cmrp_proplist_builder *builder, uint32_t syntax,
                                                  const void *data, size_t size);
/* Closes the property list (count, ENDMARKs) or value list and hands the
 * buffer over: *data is malloc'ed (never NULL on success), the builder is
 * empty afterwards.  On error nothing is handed over. */
enum cmrp_proplist_status cmrp_proplist_finish(struct cmrp_proplist_builder *builder, uint8_t **data, size_t *size);

/* One-value properties (NAME, the value, ENDMARK), name in UTF-8. */
enum cmrp_proplist_status cmrp_proplist_add_property(struct cmrp_proplist_builder *builder, const char *name,
                                                     uint32_t syntax, const void *data, size_t size);
enum cmrp_proplist_status cmrp_proplist_add_dword(struct cmrp_proplist_builder *builder, const char *name,
                                                  uint32_t value);
enum cmrp_proplist_status cmrp_proplist_add_long(struct cmrp_proplist_builder *builder, const char *name,
                                                 int32_t value);
enum cmrp_proplist_status cmrp_proplist_add_word(struct cmrp_proplist_builder *builder, const char *name,
                                                 uint16_t value);
/* syntax: LIST_VALUE_ULARGE_INTEGER, _LARGE_INTEGER or _FILETIME */
enum cmrp_proplist_status cmrp_proplist_add_qword(struct cmrp_proplist_builder *builder, const char *name,
                                                  uint32_t syntax, uint64_t value);
enum cmrp_proplist_status cmrp_proplist_add_sz(struct cmrp_proplist_builder *builder, const char *name,
                                               const char *value);
/* An EXPAND_SZ property as servers send it: EXPAND_SZ (stored), then
 * EXPANDED_SZ (expanded; NULL: the same text). */
enum cmrp_proplist_status cmrp_proplist_add_expand_sz(struct cmrp_proplist_builder *builder, const char *name,
                                                      const char *value, const char *expanded);
enum cmrp_proplist_status cmrp_proplist_add_multi_sz(struct cmrp_proplist_builder *builder, const char *name,
                                                     const char *const *items, size_t count);
enum cmrp_proplist_status cmrp_proplist_add_binary(struct cmrp_proplist_builder *builder, const char *name,
                                                   const void *data, size_t size);

/* ---- MULTI_SZ: UTF-16LE strings each with its NUL, then an empty one ---- */

/* Checks a MULTI_SZ of size bytes: even, and "s1\0s2\0...\0" ending in an
 * empty string; a single NUL is the empty list.  *count (may be NULL) gets
 * the number of strings. */
enum cmrp_proplist_status cmrp_multi_sz_check(const void *data, size_t size, uint32_t *count);
/* Iterates a checked MULTI_SZ: start with *offset 0; each call gives the
 * next string (item_size bytes with its NUL) until the empty one (false). */
bool cmrp_multi_sz_next(const void *data, size_t size, size_t *offset, const uint8_t **item, size_t *item_size);
/* Builds one from UTF-8 strings: malloc'ed, *size bytes; NULL when out of
 * memory or a string is not UTF-8. */
uint8_t *cmrp_multi_sz_from_utf8(const char *const *items, size_t count, size_t *size);

/* ---- UTF-8 <-> UTF-16LE ---- */

/* malloc'ed UTF-16LE with its NUL, *size bytes; NULL when out of memory or
 * the input is not UTF-8 (overlong forms, surrogates, beyond U+10FFFF). */
uint8_t *cmrp_utf8_to_utf16le(const char *utf8, size_t *size);
/* malloc'ed UTF-8 of the UTF-16LE units up to the first NUL or size bytes;
 * NULL when out of memory or on an unpaired surrogate. */
char *cmrp_utf16le_to_utf8(const void *utf16, size_t size);

#endif /* CMRP_PROPLIST_H */
