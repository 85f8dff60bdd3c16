/*
 * resutils.dll: the property-list helpers of the Failover Cluster resource
 * utility library (resapi.h).
 *
 * Property lists are read and written by cmrp/proplist.c, the same code the
 * simulated cluster uses, compiled here as PE: every list is checked as it
 * is walked, so a malformed list (from a server or an application) is
 * ERROR_INVALID_DATA, never a read outside it (ms-cmrp.md 3.2, P8).  Values
 * come from the cluster database through clusapi's ClusterReg* functions.
 * Strings and buffers handed to the caller are LocalAlloc'ed (SDK: free
 * them with LocalFree).
 */
#include <stdarg.h>
#include <stdlib.h>

#include "windef.h"
#include "winbase.h"
#include "winreg.h"
#include "winerror.h"
#include "clusapi.h"
#include "resapi.h"
#include "cmrp/proplist.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(resutils);

static DWORD proplist_error(enum cmrp_proplist_status status)
{
    switch (status)
    {
    case CMRP_PROPLIST_OK:        return ERROR_SUCCESS;
    case CMRP_PROPLIST_NOT_FOUND: return ERROR_FILE_NOT_FOUND;
    case CMRP_PROPLIST_NO_MEMORY: return ERROR_NOT_ENOUGH_MEMORY;
    case CMRP_PROPLIST_TOO_BIG:   return ERROR_NOT_ENOUGH_MEMORY;
    default:                      return ERROR_INVALID_DATA;
    }
}

/* ---- finding values in a property list ---- */

/* The property formats each finder accepts (0-terminated). */
static const WORD string_formats[] = { CLUSPROP_FORMAT_SZ, CLUSPROP_FORMAT_EXPAND_SZ, CLUSPROP_FORMAT_EXPANDED_SZ, 0 };
static const WORD expand_formats[] = { CLUSPROP_FORMAT_EXPAND_SZ, CLUSPROP_FORMAT_SZ, 0 };
static const WORD expanded_formats[] = { CLUSPROP_FORMAT_EXPANDED_SZ, 0 };
static const WORD dword_formats[] = { CLUSPROP_FORMAT_DWORD, CLUSPROP_FORMAT_LONG, 0 };
static const WORD long_formats[] = { CLUSPROP_FORMAT_LONG, CLUSPROP_FORMAT_DWORD, 0 };
static const WORD binary_formats[] = { CLUSPROP_FORMAT_BINARY, CLUSPROP_FORMAT_SECURITY_DESCRIPTOR, 0 };
static const WORD multi_sz_formats[] = { CLUSPROP_FORMAT_MULTI_SZ, 0 };
static const WORD ularge_formats[] = { CLUSPROP_FORMAT_ULARGE_INTEGER, CLUSPROP_FORMAT_LARGE_INTEGER, 0 };
static const WORD filetime_formats[] = { CLUSPROP_FORMAT_FILETIME, 0 };

/* The first value of property name whose format is one of formats, checked
 * against its format.  A property of another format is ERROR_INVALID_DATA. */
static DWORD find_value(const void *list, DWORD size, const WCHAR *name, const WORD *formats,
                        struct cmrp_propvalue *value)
{
    enum cmrp_proplist_status status;
    struct cmrp_prop prop;
    UINT32 i, j;

    if (!list || !name) return ERROR_INVALID_PARAMETER;
    if ((status = cmrp_proplist_find_utf16(list, size, (const uint16_t *)name, &prop)))
    {
        if (status != CMRP_PROPLIST_NOT_FOUND)
            WARN("%s: malformed property list: %s\n", debugstr_w(name), cmrp_proplist_status_string(status));
        return proplist_error(status);
    }
    /* Formats in order of preference: EXPANDED_SZ before the EXPAND_SZ it follows. */
    for (j = 0; formats[j]; j++)
    {
        for (i = 0; cmrp_prop_value(&prop, i, value); i++)
        {
            if (CMRP_SYNTAX_FORMAT(value->syntax) != formats[j]) continue;
            if ((status = cmrp_propvalue_check(value->syntax, value->data, value->size)))
            {
                WARN("%s: malformed value: %s\n", debugstr_w(name), cmrp_proplist_status_string(status));
                return ERROR_INVALID_DATA;
            }
            return ERROR_SUCCESS;
        }
    }
    WARN("%s is not of the format asked for\n", debugstr_w(name));
    return ERROR_INVALID_DATA;
}

static void *local_copy(const void *data, DWORD size)
{
    void *copy = LocalAlloc(LMEM_FIXED, max(size, 1));

    if (copy && size) memcpy(copy, data, size);
    return copy;
}

static DWORD find_string(const void *list, DWORD size, const WCHAR *name, const WORD *formats, WCHAR **out)
{
    struct cmrp_propvalue value;
    DWORD error;

    if ((error = find_value(list, size, name, formats, &value))) return error;
    if (!out) return ERROR_SUCCESS;
    return (*out = local_copy(value.data, value.size)) ? ERROR_SUCCESS : ERROR_NOT_ENOUGH_MEMORY;
}

DWORD WINAPI ResUtilFindSzProperty(const PVOID list, DWORD size, const WCHAR *name, WCHAR **value)
{
    TRACE("%p, %lu, %s, %p\n", list, size, debugstr_w(name), value);
    return find_string(list, size, name, string_formats, value);
}

DWORD WINAPI ResUtilFindExpandSzProperty(const PVOID list, DWORD size, const WCHAR *name, WCHAR **value)
{
    TRACE("%p, %lu, %s, %p\n", list, size, debugstr_w(name), value);
    return find_string(list, size, name, expand_formats, value);
}

DWORD WINAPI ResUtilFindExpandedSzProperty(const PVOID list, DWORD size, const WCHAR *name, WCHAR **value)
{
    WCHAR *unexpanded;
    DWORD error, len;

    TRACE("%p, %lu, %s, %p\n", list, size, debugstr_w(name), value);
    /* The EXPANDED_SZ servers send after an EXPAND_SZ, else the expansion of the string here. */
    if ((error = find_string(list, size, name, expanded_formats, value)) != ERROR_INVALID_DATA) return error;
    if ((error = find_string(list, size, name, expand_formats, &unexpanded))) return error;
    if (value)
    {
        len = ExpandEnvironmentStringsW(unexpanded, NULL, 0);
        if (!(*value = LocalAlloc(LMEM_FIXED, max(len, 1) * sizeof(WCHAR)))) error = ERROR_NOT_ENOUGH_MEMORY;
        else if (!ExpandEnvironmentStringsW(unexpanded, *value, len)) **value = 0;
    }
    LocalFree(unexpanded);
    return error;
}

/* A DWORD/LONG/ULARGE_INTEGER/FILETIME property: copied out, since values
 * are only 4-aligned in a list and cannot be read in place. */
static DWORD find_fixed(const void *list, DWORD size, const WCHAR *name, const WORD *formats,
                        void *value, size_t value_size)
{
    struct cmrp_propvalue found;
    DWORD error;

    if (!value) return ERROR_INVALID_PARAMETER;
    if (!(error = find_value(list, size, name, formats, &found))) memcpy(value, found.data, value_size);
    return error;
}

DWORD WINAPI ResUtilFindDwordProperty(const PVOID list, DWORD size, const WCHAR *name, DWORD *value)
{
    TRACE("%p, %lu, %s, %p\n", list, size, debugstr_w(name), value);
    return find_fixed(list, size, name, dword_formats, value, sizeof(*value));
}

DWORD WINAPI ResUtilFindLongProperty(const PVOID list, DWORD size, const WCHAR *name, LONG *value)
{
    TRACE("%p, %lu, %s, %p\n", list, size, debugstr_w(name), value);
    return find_fixed(list, size, name, long_formats, value, sizeof(*value));
}

DWORD WINAPI ResUtilFindULargeIntegerProperty(const PVOID list, DWORD size, const WCHAR *name, ULONGLONG *value)
{
    TRACE("%p, %lu, %s, %p\n", list, size, debugstr_w(name), value);
    return find_fixed(list, size, name, ularge_formats, value, sizeof(*value));
}

DWORD WINAPI ResUtilFindFileTimeProperty(const PVOID list, DWORD size, const WCHAR *name, FILETIME *value)
{
    TRACE("%p, %lu, %s, %p\n", list, size, debugstr_w(name), value);
    return find_fixed(list, size, name, filetime_formats, value, sizeof(*value));
}

static DWORD find_bytes(const void *list, DWORD size, const WCHAR *name, const WORD *formats, BYTE **out,
                        DWORD *out_size)
{
    struct cmrp_propvalue value;
    DWORD error;

    if ((error = find_value(list, size, name, formats, &value))) return error;
    if (out && !(*out = local_copy(value.data, value.size))) return ERROR_NOT_ENOUGH_MEMORY;
    if (out_size) *out_size = value.size;
    return ERROR_SUCCESS;
}

DWORD WINAPI ResUtilFindBinaryProperty(const PVOID list, DWORD size, const WCHAR *name, BYTE **value,
                                       DWORD *value_size)
{
    TRACE("%p, %lu, %s, %p, %p\n", list, size, debugstr_w(name), value, value_size);
    return find_bytes(list, size, name, binary_formats, value, value_size);
}

DWORD WINAPI ResUtilFindMultiSzProperty(const PVOID list, DWORD size, const WCHAR *name, WCHAR **value,
                                        DWORD *value_size)
{
    TRACE("%p, %lu, %s, %p, %p\n", list, size, debugstr_w(name), value, value_size);
    return find_bytes(list, size, name, multi_sz_formats, (BYTE **)value, value_size);
}

DWORD WINAPI ResUtilVerifyPrivatePropertyList(const PVOID list, DWORD size)
{
    enum cmrp_proplist_status status;

    TRACE("%p, %lu\n", list, size);
    if (!list) return ERROR_INVALID_PARAMETER;
    if ((status = cmrp_proplist_validate(list, size, NULL, NULL)))
    {
        WARN("malformed property list: %s\n", cmrp_proplist_status_string(status));
        return ERROR_INVALID_DATA;
    }
    return ERROR_SUCCESS;
}

/* ---- the output buffer protocol of the Get and Enum functions ---- */

/* Copies size bytes of data out, or says how many are needed (SDK
 * ResUtilGetProperties: ERROR_MORE_DATA and pcbRequired). */
static DWORD buffer_out(const void *data, DWORD size, void *out, DWORD out_size, DWORD *returned, DWORD *required)
{
    if (!out || out_size < size)
    {
        *returned = 0;
        *required = size;
        return ERROR_MORE_DATA;
    }
    memcpy(out, data, size);
    *returned = size;
    *required = 0;
    return ERROR_SUCCESS;
}

static DWORD finish_list(struct cmrp_proplist_builder *builder, void *out, DWORD out_size, DWORD *returned,
                         DWORD *required)
{
    enum cmrp_proplist_status status;
    uint8_t *data;
    size_t size;
    DWORD error;

    if ((status = cmrp_proplist_finish(builder, &data, &size)))
    {
        cmrp_proplist_builder_free(builder);
        return proplist_error(status);
    }
    error = size > MAXDWORD ? ERROR_NOT_ENOUGH_MEMORY : buffer_out(data, size, out, out_size, returned, required);
    free(data);
    return error;
}

static DWORD name_size(const WCHAR *name)
{
    return (lstrlenW(name) + 1) * sizeof(WCHAR);
}

DWORD WINAPI ResUtilEnumProperties(const PRESUTIL_PROPERTY_ITEM table, WCHAR *out, DWORD out_size, DWORD *returned,
                                   DWORD *required)
{
    const RESUTIL_PROPERTY_ITEM *item;
    DWORD size = sizeof(WCHAR), error;
    WCHAR *names, *next;

    TRACE("%p, %p, %lu, %p, %p\n", table, out, out_size, returned, required);
    if (!table || !returned || !required) return ERROR_BAD_ARGUMENTS;
    for (item = table; item->Name; item++) size += name_size(item->Name);
    if (!(names = HeapAlloc(GetProcessHeap(), 0, size))) return ERROR_NOT_ENOUGH_MEMORY;
    for (item = table, next = names; item->Name; item++)
    {
        lstrcpyW(next, item->Name);
        next += lstrlenW(item->Name) + 1;
    }
    *next = 0;   /* the MULTI_SZ's final empty string */
    error = buffer_out(names, size, out, out_size, returned, required);
    HeapFree(GetProcessHeap(), 0, names);
    return error;
}

DWORD WINAPI ResUtilGetPropertyFormats(const PRESUTIL_PROPERTY_ITEM table, void *out, DWORD out_size,
                                       DWORD *returned, DWORD *required)
{
    struct cmrp_proplist_builder builder;
    const RESUTIL_PROPERTY_ITEM *item;
    WORD format;

    TRACE("%p, %p, %lu, %p, %p\n", table, out, out_size, returned, required);
    if (!table || !returned || !required) return ERROR_BAD_ARGUMENTS;
    cmrp_proplist_builder_init(&builder, 0);
    /* One WORD value per property, its format (ms-cmrp.md 3.2). */
    for (item = table; item->Name; item++)
    {
        format = item->Format;
        cmrp_proplist_add_name_utf16(&builder, item->Name, name_size(item->Name));
        cmrp_proplist_add_value(&builder, CMRP_SYNTAX_LIST_VALUE_WORD, &format, sizeof(format));
    }
    return finish_list(&builder, out, out_size, returned, required);
}

/* ---- values of the cluster database ---- */

/* A value whole, in a LocalAlloc'ed buffer (with room for a terminator). */
static DWORD read_value(HKEY key, const WCHAR *subkey, const WCHAR *name, DWORD *type, BYTE **data, DWORD *size)
{
    HKEY sub = NULL;
    DWORD error, tries;

    *data = NULL;
    *size = 0;
    if (!key) return ERROR_INVALID_PARAMETER;
    if (subkey && (error = ClusterRegOpenKey(key, subkey, KEY_READ, &sub))) return error;
    for (tries = 0; tries < 8; tries++)
    {
        if ((error = ClusterRegQueryValue(sub ? sub : key, name, type, NULL, size))) break;
        if (!(*data = LocalAlloc(LMEM_FIXED, *size + 2 * sizeof(WCHAR))))
        {
            error = ERROR_NOT_ENOUGH_MEMORY;
            break;
        }
        error = ClusterRegQueryValue(sub ? sub : key, name, type, *data, size);
        if (error != ERROR_MORE_DATA) break;   /* grew meanwhile: again */
        LocalFree(*data);
        *data = NULL;
    }
    if (error)
    {
        LocalFree(*data);
        *data = NULL;
        *size = 0;
    }
    if (sub) ClusterRegCloseKey(sub);
    return error;
}

LPWSTR WINAPI ResUtilGetSzValue(HKEY key, const WCHAR *name)
{
    DWORD type, size, error;
    BYTE *data;

    TRACE("%p, %s\n", key, debugstr_w(name));
    if ((error = read_value(key, NULL, name, &type, &data, &size)))
    {
        SetLastError(error);
        return NULL;
    }
    if (type != REG_SZ && type != REG_EXPAND_SZ && type != REG_MULTI_SZ)
    {
        LocalFree(data);
        SetLastError(ERROR_INVALID_DATA);
        return NULL;
    }
    /* A string stored without its terminator gets one (room was left). */
    ((WCHAR *)data)[size / sizeof(WCHAR)] = 0;
    return (WCHAR *)data;
}

DWORD WINAPI ResUtilGetBinaryValue(HKEY key, const WCHAR *name, BYTE **value, DWORD *value_size)
{
    DWORD type, size, error;
    BYTE *data;

    TRACE("%p, %s, %p, %p\n", key, debugstr_w(name), value, value_size);
    if (!value || !value_size) return ERROR_INVALID_PARAMETER;
    if ((error = read_value(key, NULL, name, &type, &data, &size))) return error;
    if (type != REG_BINARY)
    {
        LocalFree(data);
        return ERROR_INVALID_DATA;
    }
    *value = data;
    *value_size = size;
    return ERROR_SUCCESS;
}

/* A fixed-size value, or the default when it is missing. */
static DWORD read_fixed(HKEY key, const WCHAR *name, DWORD expect_type, void *value, DWORD value_size,
                        const void *default_value)
{
    DWORD type, size, error;
    BYTE *data;

    if (!value) return ERROR_INVALID_PARAMETER;
    if ((error = read_value(key, NULL, name, &type, &data, &size)))
    {
        if (error != ERROR_FILE_NOT_FOUND) return error;
        memcpy(value, default_value, value_size);
        return ERROR_SUCCESS;
    }
    if (type != expect_type || size != value_size) error = ERROR_INVALID_DATA;
    else memcpy(value, data, value_size);
    LocalFree(data);
    return error;
}

DWORD WINAPI ResUtilGetDwordValue(HKEY key, const WCHAR *name, DWORD *value, DWORD default_value)
{
    TRACE("%p, %s, %p, %lu\n", key, debugstr_w(name), value, default_value);
    return read_fixed(key, name, REG_DWORD, value, sizeof(*value), &default_value);
}

DWORD WINAPI ResUtilGetQwordValue(HKEY key, const WCHAR *name, ULONGLONG *value, ULONGLONG default_value)
{
    TRACE("%p, %s, %p, %I64u\n", key, debugstr_w(name), value, default_value);
    return read_fixed(key, name, REG_QWORD, value, sizeof(*value), &default_value);
}

/* ---- property lists from a property table and the cluster database ---- */

/* The registry types a property's format may be stored as. */
static BOOL type_fits(WORD format, DWORD type, DWORD size)
{
    switch (format)
    {
    case CLUSPROP_FORMAT_DWORD:
    case CLUSPROP_FORMAT_LONG:           return type == REG_DWORD && size == 4;
    case CLUSPROP_FORMAT_SZ:             return type == REG_SZ || type == REG_EXPAND_SZ;
    case CLUSPROP_FORMAT_EXPAND_SZ:      return type == REG_EXPAND_SZ || type == REG_SZ;
    case CLUSPROP_FORMAT_MULTI_SZ:       return type == REG_MULTI_SZ;
    case CLUSPROP_FORMAT_ULARGE_INTEGER:
    case CLUSPROP_FORMAT_LARGE_INTEGER:
    case CLUSPROP_FORMAT_FILETIME:       return (type == REG_QWORD || type == REG_BINARY) && size == 8;
    case CLUSPROP_FORMAT_WORD:           return (type == REG_DWORD || type == REG_BINARY) && (size == 2 || size == 4);
    default:                             return TRUE;
    }
}

/* The format a value of an unknown property is listed with. */
static WORD format_of_type(DWORD type)
{
    switch (type)
    {
    case REG_SZ:        return CLUSPROP_FORMAT_SZ;
    case REG_EXPAND_SZ: return CLUSPROP_FORMAT_EXPAND_SZ;
    case REG_MULTI_SZ:  return CLUSPROP_FORMAT_MULTI_SZ;
    case REG_DWORD:     return CLUSPROP_FORMAT_DWORD;
    case REG_QWORD:     return CLUSPROP_FORMAT_ULARGE_INTEGER;
    default:            return CLUSPROP_FORMAT_BINARY;
    }
}

/* A table item's default value: data and size, or none (the property is left out). */
static BOOL item_default(const RESUTIL_PROPERTY_ITEM *item, const void **data, DWORD *size)
{
    switch (item->Format)
    {
    case CLUSPROP_FORMAT_DWORD:
    case CLUSPROP_FORMAT_LONG:
        *data = &item->Default;
        *size = sizeof(item->Default);
        return TRUE;
    case CLUSPROP_FORMAT_WORD:
        *data = &item->Default;   /* little-endian: its low WORD */
        *size = sizeof(WORD);
        return TRUE;
    case CLUSPROP_FORMAT_SZ:
    case CLUSPROP_FORMAT_EXPAND_SZ:
        if (!item->lpDefault) return FALSE;
        *data = item->lpDefault;
        *size = name_size(item->lpDefault);
        return TRUE;
    case CLUSPROP_FORMAT_MULTI_SZ:
    case CLUSPROP_FORMAT_BINARY:
        /* Minimum holds the default's size for these (SDK RESUTIL_PROPERTY_ITEM). */
        if (!item->lpDefault || !item->Minimum) return FALSE;
        *data = item->lpDefault;
        *size = item->Minimum;
        return TRUE;
    case CLUSPROP_FORMAT_ULARGE_INTEGER:
        if (!item->ULargeIntData) return FALSE;
        *data = &item->ULargeIntData->Default;
        *size = sizeof(item->ULargeIntData->Default);
        return TRUE;
    case CLUSPROP_FORMAT_LARGE_INTEGER:
        if (!item->LargeIntData) return FALSE;
        *data = &item->LargeIntData->Default;
        *size = sizeof(item->LargeIntData->Default);
        return TRUE;
    case CLUSPROP_FORMAT_FILETIME:
        if (!item->FileTimeData) return FALSE;
        *data = &item->FileTimeData->Default;
        *size = sizeof(item->FileTimeData->Default);
        return TRUE;
    default:
        return FALSE;
    }
}

/* Adds a property of one value, and for EXPAND_SZ its expansion too (as
 * servers send them: ms-cmrp.md 3.2). */
static void add_property(struct cmrp_proplist_builder *builder, const WCHAR *name, WORD format, const void *data,
                         DWORD size)
{
    cmrp_proplist_add_name_utf16(builder, name, name_size(name));
    cmrp_proplist_add_value(builder, CMRP_SYNTAX(CMRP_PROPTYPE_LIST_VALUE, format), data, size);
    if (format == CLUSPROP_FORMAT_EXPAND_SZ)
    {
        DWORD len = ExpandEnvironmentStringsW(data, NULL, 0);
        WCHAR *expanded = len ? HeapAlloc(GetProcessHeap(), 0, len * sizeof(WCHAR)) : NULL;

        if (expanded && ExpandEnvironmentStringsW(data, expanded, len))
            cmrp_proplist_add_value(builder, CMRP_SYNTAX_LIST_VALUE_EXPANDED_SZ, expanded, name_size(expanded));
        else
            cmrp_proplist_add_value(builder, CMRP_SYNTAX_LIST_VALUE_EXPANDED_SZ, data, size);
        HeapFree(GetProcessHeap(), 0, expanded);
    }
}

/* A table item from the database, or its default. */
static DWORD add_item(struct cmrp_proplist_builder *builder, HKEY key, const RESUTIL_PROPERTY_ITEM *item)
{
    const void *data = NULL;
    DWORD type, size, error, syntax = CMRP_SYNTAX(CMRP_PROPTYPE_LIST_VALUE, item->Format);
    BYTE *stored;

    error = read_value(key, item->KeyName, item->Name, &type, &stored, &size);
    if (!error)
    {
        /* A value that does not fit the table's format is not listed as it. */
        if (!type_fits(item->Format, type, size) || cmrp_propvalue_check(syntax, stored, size))
            WARN("%s: stored as type %lu, %lu bytes: not a value of format %lu\n", debugstr_w(item->Name), type,
                 size, item->Format);
        else data = stored;
    }
    else if (error != ERROR_FILE_NOT_FOUND)
        return error;
    if (!data && !item_default(item, &data, &size))
    {
        LocalFree(stored);
        return ERROR_SUCCESS;
    }
    add_property(builder, item->Name, item->Format, data, size);
    LocalFree(stored);
    return ERROR_SUCCESS;
}

static BOOL in_table(const RESUTIL_PROPERTY_ITEM *table, const WCHAR *name)
{
    for (; table->Name; table++)
        if (!table->KeyName && !lstrcmpiW(table->Name, name)) return TRUE;
    return FALSE;
}

/* The values of key that are not in the table: the unknown properties. */
static DWORD add_unknown(struct cmrp_proplist_builder *builder, HKEY key, const RESUTIL_PROPERTY_ITEM *table)
{
    DWORD index = 0, name_len, type, size, error, name_capacity, data_capacity, retries = 0;
    WCHAR *name = NULL;
    BYTE *data = NULL;

    if ((error = ClusterRegQueryInfoKey(key, NULL, NULL, NULL, &name_capacity, &data_capacity, NULL, NULL)))
        return error;
    name_capacity++;
    data_capacity = max(data_capacity, 1);
    for (;;)
    {
        if ((!name && !(name = HeapAlloc(GetProcessHeap(), 0, name_capacity * sizeof(WCHAR)))) ||
            (!data && !(data = HeapAlloc(GetProcessHeap(), 0, data_capacity))))
        {
            error = ERROR_NOT_ENOUGH_MEMORY;
            break;
        }
        name_len = name_capacity;
        size = data_capacity;
        error = ClusterRegEnumValue(key, index, name, &name_len, &type, data, &size);
        if (error == ERROR_NO_MORE_ITEMS)
        {
            error = ERROR_SUCCESS;
            break;
        }
        if (error == ERROR_MORE_DATA)
        {
            /* Grown since ClusterRegQueryInfoKey: this value again, with room for it. */
            if (retries++ >= 8) break;
            if (name_len >= name_capacity)
            {
                name_capacity = name_len + 1;
                HeapFree(GetProcessHeap(), 0, name);
                name = NULL;
            }
            if (size > data_capacity)
            {
                data_capacity = size;
                HeapFree(GetProcessHeap(), 0, data);
                data = NULL;
            }
            continue;
        }
        if (error) break;
        index++;
        retries = 0;
        if (!name[0] || in_table(table, name)) continue;   /* the default value is no property */
        if (cmrp_propvalue_check(CMRP_SYNTAX(CMRP_PROPTYPE_LIST_VALUE, format_of_type(type)), data, size))
        {
            WARN("%s: malformed value of type %lu: left out\n", debugstr_w(name), type);
            continue;
        }
        add_property(builder, name, format_of_type(type), data, size);
    }
    HeapFree(GetProcessHeap(), 0, name);
    HeapFree(GetProcessHeap(), 0, data);
    return error;
}

static DWORD get_properties(HKEY key, const RESUTIL_PROPERTY_ITEM *table, BOOL unknown, void *out, DWORD out_size,
                            DWORD *returned, DWORD *required)
{
    struct cmrp_proplist_builder builder;
    const RESUTIL_PROPERTY_ITEM *item;
    DWORD error = ERROR_SUCCESS;

    if (!key || !table || !returned || !required) return ERROR_BAD_ARGUMENTS;
    cmrp_proplist_builder_init(&builder, 0);
    for (item = table; item->Name && !error; item++) error = add_item(&builder, key, item);
    if (!error && unknown) error = add_unknown(&builder, key, table);
    if (error)
    {
        cmrp_proplist_builder_free(&builder);
        return error;
    }
    return finish_list(&builder, out, out_size, returned, required);
}

DWORD WINAPI ResUtilGetProperties(HKEY key, const PRESUTIL_PROPERTY_ITEM table, void *out, DWORD out_size,
                                  DWORD *returned, DWORD *required)
{
    TRACE("%p, %p, %p, %lu, %p, %p\n", key, table, out, out_size, returned, required);
    return get_properties(key, table, FALSE, out, out_size, returned, required);
}

DWORD WINAPI ResUtilGetAllProperties(HKEY key, const PRESUTIL_PROPERTY_ITEM table, void *out, DWORD out_size,
                                     DWORD *returned, DWORD *required)
{
    TRACE("%p, %p, %p, %lu, %p, %p\n", key, table, out, out_size, returned, required);
    return get_properties(key, table, TRUE, out, out_size, returned, required);
}

/* ---- strings ---- */

PWSTR WINAPI ResUtilDupString(const WCHAR *string)
{
    TRACE("%s\n", debugstr_w(string));
    if (!string)
    {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    return local_copy(string, name_size(string));
}

LPWSTR WINAPI ResUtilExpandEnvironmentStrings(const WCHAR *string)
{
    DWORD len;
    WCHAR *expanded;

    TRACE("%s\n", debugstr_w(string));
    if (!string)
    {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    len = ExpandEnvironmentStringsW(string, NULL, 0);
    if (!len || !(expanded = LocalAlloc(LMEM_FIXED, len * sizeof(WCHAR)))) return NULL;
    if (!ExpandEnvironmentStringsW(string, expanded, len))
    {
        LocalFree(expanded);
        return NULL;
    }
    return expanded;
}
