/*
 * cluster.exe for wine-clusapi: property and registry values as text.
 *
 * One format for both listings: strings as they are, numbers as
 * "decimal (0xhex)", binary data as hex bytes separated by blanks, and a
 * MULTI_SZ as one row per string.
 */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "cluster.h"

/* Largest prefix (columns before the value) a row may have. */
#define MAX_PREFIX 4

static DWORD add_row(struct cl_table *table, const WCHAR *const *prefix, int prefix_count, const WCHAR *text)
{
    const WCHAR *cells[MAX_PREFIX + 1];
    int i;

    if (prefix_count > MAX_PREFIX) return ERROR_INVALID_PARAMETER;
    for (i = 0; i < prefix_count; i++) cells[i] = prefix[i];
    cells[prefix_count] = text;
    return cl_table_add(table, cells);
}

/* A copy of the UTF-16 string of size bytes, cut at its first NUL. */
static WCHAR *string_copy(const BYTE *data, DWORD size)
{
    DWORD len = 0, max_len = size / sizeof(WCHAR);
    WCHAR *text;

    while (len < max_len && ((const WCHAR *)data)[len]) len++;
    if (!(text = malloc((len + 1) * sizeof(WCHAR)))) return NULL;
    memcpy(text, data, len * sizeof(WCHAR));
    text[len] = 0;
    return text;
}

static DWORD binary_rows(struct cl_table *table, const WCHAR *const *prefix, int prefix_count,
                         const BYTE *data, DWORD size)
{
    WCHAR *text, *p;
    DWORD i, err;

    if (!(text = malloc((size * 3 + 1) * sizeof(WCHAR)))) return ERROR_NOT_ENOUGH_MEMORY;
    p = text;
    *p = 0;
    for (i = 0; i < size; i++) p += swprintf(p, 4, i ? L" %02x" : L"%02x", data[i]);
    err = add_row(table, prefix, prefix_count, text);
    free(text);
    return err;
}

static DWORD multi_sz_rows(struct cl_table *table, const WCHAR *const *prefix, int prefix_count,
                           const BYTE *data, DWORD size)
{
    DWORD offset = 0, rows = 0, err = ERROR_SUCCESS;
    WCHAR *item;

    /* Strings up to the empty one (or the end of the data). */
    while (!err && offset + sizeof(WCHAR) <= size && *(const WCHAR *)(data + offset))
    {
        if (!(item = string_copy(data + offset, size - offset))) return ERROR_NOT_ENOUGH_MEMORY;
        offset += (wcslen(item) + 1) * sizeof(WCHAR);
        err = add_row(table, prefix, prefix_count, item);
        free(item);
        rows++;
    }
    /* The empty list still shows its property. */
    if (!err && !rows) err = add_row(table, prefix, prefix_count, L"");
    return err;
}

DWORD cl_value_rows(struct cl_table *table, const WCHAR *const *prefix, int prefix_count,
                    enum cl_value_kind kind, const BYTE *data, DWORD size)
{
    WCHAR number[64], *text;
    ULONGLONG qword;
    DWORD dword, err;
    WORD word;

    switch (kind)
    {
    case CL_VALUE_SZ:
        if (!(text = string_copy(data, size))) return ERROR_NOT_ENOUGH_MEMORY;
        err = add_row(table, prefix, prefix_count, text);
        free(text);
        return err;
    case CL_VALUE_MULTI_SZ:
        return multi_sz_rows(table, prefix, prefix_count, data, size);
    case CL_VALUE_DWORD:
    case CL_VALUE_LONG:
        if (size != sizeof(dword)) break;
        memcpy(&dword, data, sizeof(dword));
        if (kind == CL_VALUE_LONG)
            swprintf(number, ARRAY_SIZE(number), L"%d (0x%x)", (int)dword, (unsigned int)dword);
        else
            swprintf(number, ARRAY_SIZE(number), L"%u (0x%x)", (unsigned int)dword, (unsigned int)dword);
        return add_row(table, prefix, prefix_count, number);
    case CL_VALUE_WORD:
        if (size != sizeof(word)) break;
        memcpy(&word, data, sizeof(word));
        swprintf(number, ARRAY_SIZE(number), L"%u (0x%x)", (unsigned int)word, (unsigned int)word);
        return add_row(table, prefix, prefix_count, number);
    case CL_VALUE_QWORD:
    case CL_VALUE_SQWORD:
        if (size != sizeof(qword)) break;
        memcpy(&qword, data, sizeof(qword));
        if (kind == CL_VALUE_SQWORD)
            swprintf(number, ARRAY_SIZE(number), L"%I64d (0x%I64x)", (LONGLONG)qword, qword);
        else
            swprintf(number, ARRAY_SIZE(number), L"%I64u (0x%I64x)", qword, qword);
        return add_row(table, prefix, prefix_count, number);
    case CL_VALUE_BINARY:
        break;
    }
    return binary_rows(table, prefix, prefix_count, data, size);
}
