/*
 * cluster.exe for wine-clusapi: /reg, a key of the cluster registry.
 *
 *   cluster [name] /reg [key\path]                    a key under the root (GetClusterKey)
 *   cluster OBJECT object-name /reg [key\path]        a key under the object's (GetCluster*Key)
 *
 * Prints the key's subkeys (ClusterRegEnumKey) and its values
 * (ClusterRegEnumValue for the names and sizes, ClusterRegQueryValue for the
 * data) as two tables, "Subkey" and "Value Type Data".  Data reads as in the
 * property listings: strings as they are, numbers "decimal (0xhex)", binary
 * data as hex bytes, one row per string of a REG_MULTI_SZ.  Windows'
 * cluster.exe has no such command; the format is this program's own
 * (README.md).
 */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "cluster.h"

/* First name buffer, in characters: fits most key and value names. */
#define FIRST_NAME_CHARS 64
/* Rounds of ERROR_MORE_DATA for one name or value (it can change meanwhile). */
#define MAX_TRIES        4

static DWORD grow(WCHAR **buf, DWORD *capacity, DWORD needed)
{
    DWORD size = needed >= *capacity ? needed + 1 : *capacity * 2;
    WCHAR *grown = realloc(*buf, size * sizeof(WCHAR));

    if (!grown) return ERROR_NOT_ENOUGH_MEMORY;
    *buf = grown;
    *capacity = size;
    return ERROR_SUCCESS;
}

static DWORD add_subkeys(struct cl_table *table, HKEY key)
{
    DWORD capacity = 0, index, cch, err = ERROR_SUCCESS;
    WCHAR *name = NULL;
    const WCHAR *cells[1];
    int tries;

    if ((err = grow(&name, &capacity, FIRST_NAME_CHARS))) return err;
    for (index = 0; !err; index++)
    {
        for (tries = 0; tries < MAX_TRIES; tries++)
        {
            cch = capacity;
            err = ClusterRegEnumKey(key, index, name, &cch, NULL);
            if (err != ERROR_MORE_DATA) break;
            if ((err = grow(&name, &capacity, cch))) break;
            err = ERROR_MORE_DATA;
        }
        if (err == ERROR_NO_MORE_ITEMS)
        {
            err = ERROR_SUCCESS;
            break;
        }
        if (err) break;
        cells[0] = name;
        err = cl_table_add(table, cells);
    }
    free(name);
    return err;
}

static const WCHAR *type_name(DWORD type, WCHAR *buf, size_t count)
{
    switch (type)
    {
    case REG_NONE:      return L"REG_NONE";
    case REG_SZ:        return L"REG_SZ";
    case REG_EXPAND_SZ: return L"REG_EXPAND_SZ";
    case REG_BINARY:    return L"REG_BINARY";
    case REG_DWORD:     return L"REG_DWORD";
    case REG_MULTI_SZ:  return L"REG_MULTI_SZ";
    case REG_QWORD:     return L"REG_QWORD";
    }
    swprintf(buf, count, L"0x%x", (unsigned int)type);
    return buf;
}

static enum cl_value_kind value_kind(DWORD type)
{
    switch (type)
    {
    case REG_SZ:
    case REG_EXPAND_SZ: return CL_VALUE_SZ;
    case REG_MULTI_SZ:  return CL_VALUE_MULTI_SZ;
    case REG_DWORD:     return CL_VALUE_DWORD;
    case REG_QWORD:     return CL_VALUE_QWORD;
    default:            return CL_VALUE_BINARY;
    }
}

/* The index-th value's name (grown as needed); ERROR_NO_MORE_ITEMS at the end. */
static DWORD enum_value_name(HKEY key, DWORD index, WCHAR **name, DWORD *capacity)
{
    DWORD cch, type, size, err = ERROR_MORE_DATA;
    int tries;

    for (tries = 0; tries < MAX_TRIES && err == ERROR_MORE_DATA; tries++)
    {
        cch = *capacity;
        size = 0;
        /* No data buffer: the name, and the data's size, only. */
        err = ClusterRegEnumValue(key, index, *name, &cch, &type, NULL, &size);
        if (err == ERROR_MORE_DATA && (err = grow(name, capacity, cch)) == ERROR_SUCCESS) err = ERROR_MORE_DATA;
    }
    return err;
}

/* The named value's type and data, in a heap buffer. */
static DWORD query_value(HKEY key, const WCHAR *name, DWORD *type, BYTE **data, DWORD *size)
{
    DWORD capacity = 0, err;
    BYTE *grown;
    int tries;

    *data = NULL;
    /* First the size, then the data; a value can grow in between. */
    err = ClusterRegQueryValue(key, name, type, NULL, &capacity);
    for (tries = 0; !err && tries < MAX_TRIES; tries++)
    {
        if (!(grown = realloc(*data, capacity ? capacity : 1)))
        {
            err = ERROR_NOT_ENOUGH_MEMORY;
            break;
        }
        *data = grown;
        *size = capacity;
        err = ClusterRegQueryValue(key, name, type, *data, size);
        if (err != ERROR_MORE_DATA) break;
        capacity = *size > capacity ? *size : capacity * 2;
        err = ERROR_SUCCESS;
    }
    if (!err && tries == MAX_TRIES) err = ERROR_MORE_DATA;
    if (err)
    {
        free(*data);
        *data = NULL;
    }
    return err;
}

static DWORD add_values(struct cl_table *table, HKEY key)
{
    DWORD capacity = 0, index, type, size, err;
    const WCHAR *cells[2];
    WCHAR *name = NULL, type_buf[16];
    BYTE *data;

    if ((err = grow(&name, &capacity, FIRST_NAME_CHARS))) return err;
    for (index = 0; !err; index++)
    {
        if ((err = enum_value_name(key, index, &name, &capacity)))
        {
            if (err == ERROR_NO_MORE_ITEMS) err = ERROR_SUCCESS;
            break;
        }
        if ((err = query_value(key, name, &type, &data, &size))) break;
        cells[0] = name[0] ? name : L"(default)";
        cells[1] = type_name(type, type_buf, ARRAY_SIZE(type_buf));
        err = cl_value_rows(table, cells, ARRAY_SIZE(cells), value_kind(type), data, size);
        free(data);
    }
    free(name);
    return err;
}

static void print_title(const struct cl_object_ref *object, const WCHAR *path)
{
    if (object->type == CL_OBJ_CLUSTER)
    {
        if (path) cl_printf(L"Listing cluster registry key '%ls':\n\n", path);
        else cl_printf(L"Listing the root key of the cluster registry:\n\n");
    }
    else if (path)
        cl_printf(L"Listing registry key '%ls' of %ls '%ls':\n\n", path, cl_kind_noun(object->type), object->name);
    else
        cl_printf(L"Listing the registry key of %ls '%ls':\n\n", cl_kind_noun(object->type), object->name);
}

DWORD cl_cmd_registry(struct cl_context *ctx)
{
    static const struct cl_column key_columns[] = { { L"Subkey", 20, FALSE } };
    static const struct cl_column value_columns[] =
    {
        { L"Value", 20, FALSE }, { L"Type", 13, FALSE }, { L"Data", 4, FALSE },
    };
    const struct cl_args *args = ctx->args;
    const WCHAR *path = cl_option_value(ctx);
    struct cl_table keys, values;
    struct cl_object_ref object;
    const WCHAR *name;
    WCHAR *owned;
    HKEY root, key;
    DWORD err;

    if (args->param_count > 1 || (path && args->param_count))
        return cl_bad_usage(L"The option '%ls' takes one key path, not '%ls'.\n", ctx->option->text,
                            args->params[args->param_count - 1]);
    if ((err = cl_object_name_check(ctx))) return err;
    if (args->object != CL_OBJ_CLUSTER && !args->object_name && !cl_modifier(ctx, L"node", NULL))
        return cl_bad_usage(L"The option '%ls' needs a %ls name, as in CLUSTER %ls name %ls.\n", ctx->option->text,
                            cl_objects[args->object].names[0], cl_objects[args->object].names[0],
                            ctx->command->syntax);
    if (args->param_count) path = args->params[0];
    if (path && !path[0]) path = NULL;

    if ((err = cl_open_cluster(args, GENERIC_READ, &ctx->cluster))) return cl_print_error(err);
    if ((err = cl_object_name_lookup(ctx, &name, &owned))) return cl_print_error(err);
    if ((err = cl_object_open(ctx->cluster, args->object, name, &object)))
    {
        free(owned);
        return cl_print_error(err);
    }
    if ((err = cl_object_key(&object, KEY_READ, &root)))
    {
        cl_object_close(&object);
        free(owned);
        return cl_print_error(err);
    }
    key = root;
    if (path && (err = ClusterRegOpenKey(root, path, KEY_READ, &key))) key = NULL;

    cl_table_init(&keys, key_columns, ARRAY_SIZE(key_columns));
    cl_table_init(&values, value_columns, ARRAY_SIZE(value_columns));
    if (!err && !(err = add_subkeys(&keys, key)) && !(err = add_values(&values, key)))
    {
        print_title(&object, path);
        cl_table_print(&keys);
        cl_printf(L"\n");
        cl_table_print(&values);
    }
    cl_table_free(&keys);
    cl_table_free(&values);
    if (key && key != root) ClusterRegCloseKey(key);
    ClusterRegCloseKey(root);
    cl_object_close(&object);
    free(owned);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}
