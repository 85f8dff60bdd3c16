/*
 * cluster.exe for wine-clusapi: /prop[erties] and /priv[properties] of every
 * object kind.
 *
 *   cluster [name] /prop | /priv                       list the cluster's
 *   cluster OBJECT [object-name] /prop | /priv         list one object's, or all of the kind's
 *   cluster [OBJECT object-name] /prop | /priv Name=Value[,Value...][:format] ...   set
 *   cluster OBJECT [object-name] /prop:Name1,Name2 | /priv:...          list only those named
 *   cluster [OBJECT object-name] /prop:Name1,Name2 /usedefault | /priv:...   reset them (delete private ones)
 *
 * Listing reads CLUSCTL_*_GET_COMMON_PROPERTIES and _GET_RO_COMMON_PROPERTIES
 * (or the PRIVATE ones) and prints a row per property (per string of a
 * MULTI_SZ): its type letter, "R" when read-only, the object, the name and
 * the value.  Setting builds one property list of every Name=Value and sends
 * it with CLUSCTL_*_SET_COMMON_PROPERTIES (or _PRIVATE_); a value's format is
 * the ":format" suffix of the documented cluster.exe property-list syntax, or
 * else the format of the property as the object reports it.  The lists are
 * parsed and built by cmrp/proplist.c, the code the server and resutils.dll
 * use.  ERROR_RESOURCE_PROPERTIES_STORED (the change takes effect when the
 * resource next comes online) is a warning, not a failure.  /usedefault sends
 * each name with a value of format UNKNOWN and no data, which the cluster
 * takes as "no value: use the default" (README: the wire form is ours, no
 * public document gives it).
 */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "cluster.h"
#include "cmrp/proplist.h"

enum prop_set { SET_COMMON, SET_PRIVATE };

static const struct set_desc
{
    DWORD        get, get_read_only, set;   /* CLCTL_* functions */
    const WCHAR *what;                      /* in the listing's title */
    const WCHAR *adjective;                 /* in "'X' is not a common property of ..." */
}
sets[] =
{
    [SET_COMMON]  = { CLCTL_GET_COMMON_PROPERTIES, CLCTL_GET_RO_COMMON_PROPERTIES,
                      CLCTL_SET_COMMON_PROPERTIES, L"properties", L"common" },
    [SET_PRIVATE] = { CLCTL_GET_PRIVATE_PROPERTIES, CLCTL_GET_RO_PRIVATE_PROPERTIES,
                      CLCTL_SET_PRIVATE_PROPERTIES, L"private properties", L"private" },
};

/* How each CLUSPROP_FORMAT is listed (the T column) and read. */
static const struct format_desc
{
    DWORD              format;
    WCHAR              letter;
    enum cl_value_kind kind;
}
formats[] =
{
    { CLUSPROP_FORMAT_SZ,                  'S', CL_VALUE_SZ },
    { CLUSPROP_FORMAT_EXPAND_SZ,           'E', CL_VALUE_SZ },
    { CLUSPROP_FORMAT_EXPANDED_SZ,         'E', CL_VALUE_SZ },
    { CLUSPROP_FORMAT_MULTI_SZ,            'M', CL_VALUE_MULTI_SZ },
    { CLUSPROP_FORMAT_DWORD,               'D', CL_VALUE_DWORD },
    { CLUSPROP_FORMAT_LONG,                'L', CL_VALUE_LONG },
    { CLUSPROP_FORMAT_WORD,                'W', CL_VALUE_WORD },
    { CLUSPROP_FORMAT_ULARGE_INTEGER,      'U', CL_VALUE_QWORD },
    { CLUSPROP_FORMAT_LARGE_INTEGER,       'I', CL_VALUE_SQWORD },
    { CLUSPROP_FORMAT_FILETIME,            'F', CL_VALUE_QWORD },
    { CLUSPROP_FORMAT_BINARY,              'B', CL_VALUE_BINARY },
    { CLUSPROP_FORMAT_SECURITY_DESCRIPTOR, 'X', CL_VALUE_BINARY },
};

/* The ":format" words of cluster.exe's property lists (case-insensitive). */
static const struct format_word
{
    const WCHAR *word;
    DWORD        format;
}
format_words[] =
{
    { L"dword", CLUSPROP_FORMAT_DWORD },
    { L"str", CLUSPROP_FORMAT_SZ },
    { L"string", CLUSPROP_FORMAT_SZ },
    { L"expandstr", CLUSPROP_FORMAT_EXPAND_SZ },
    { L"expandstring", CLUSPROP_FORMAT_EXPAND_SZ },
    { L"multistr", CLUSPROP_FORMAT_MULTI_SZ },
    { L"multistring", CLUSPROP_FORMAT_MULTI_SZ },
    { L"binary", CLUSPROP_FORMAT_BINARY },
    { L"ularge", CLUSPROP_FORMAT_ULARGE_INTEGER },
    { L"security", CLUSPROP_FORMAT_SECURITY_DESCRIPTOR },
};

static const struct format_desc *format_desc(DWORD format)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(formats); i++)
        if (formats[i].format == format) return &formats[i];
    return NULL;
}

/* A name the object (object_name; NULL: any object of the kind) does not
 * have: the reason, then System error 87, as for a setting the cluster refuses. */
static DWORD report_unknown_property(const WCHAR *name, enum prop_set set, enum cl_object type,
                                     const WCHAR *object_name)
{
    if (object_name)
        cl_eprintf(L"'%ls' is not a %ls property of %ls '%ls'.\n", name, sets[set].adjective, cl_kind_noun(type),
                   object_name);
    else
        cl_eprintf(L"'%ls' is not a %ls property of any %ls.\n", name, sets[set].adjective, cl_kind_noun(type));
    return cl_print_error(ERROR_INVALID_PARAMETER);
}

/* ---- /prop:Name1,Name2: the properties named ---- */

struct name_filter
{
    WCHAR  *buffer;     /* a copy of the list, each name with its NUL */
    WCHAR **names;
    BOOL   *found;      /* whether a listing had a property of the name */
    DWORD   count;
};

static void free_name_filter(struct name_filter *filter)
{
    free(filter->buffer);
    free(filter->names);
    free(filter->found);
    memset(filter, 0, sizeof(*filter));
}

/* Splits "Name1,Name2"; an empty name is a bad command line. */
static DWORD parse_name_filter(const WCHAR *text, struct name_filter *filter)
{
    WCHAR *item, *next;
    DWORD max = 1;
    const WCHAR *c;

    memset(filter, 0, sizeof(*filter));
    for (c = text; *c; c++) if (*c == ',') max++;
    if (!(filter->buffer = wcsdup(text)) || !(filter->names = calloc(max, sizeof(*filter->names)))
        || !(filter->found = calloc(max, sizeof(*filter->found))))
    {
        free_name_filter(filter);
        return cl_print_error(ERROR_NOT_ENOUGH_MEMORY);
    }
    for (item = filter->buffer; item; item = next)
    {
        if ((next = wcschr(item, ','))) *next++ = 0;
        if (!*item)
        {
            free_name_filter(filter);
            return cl_bad_usage(L"'%ls' is not a list of property names, as in /prop:Name1,Name2.\n", text);
        }
        filter->names[filter->count++] = item;
    }
    return ERROR_SUCCESS;
}

/* Whether name is one of the filter's (names are not case-sensitive, MS-CMRP
 * 3.1.1.9), and marks it found; no filter: every name is. */
static BOOL name_filter_match(struct name_filter *filter, const WCHAR *name)
{
    BOOL match = FALSE;
    DWORD i;

    if (!filter) return TRUE;
    for (i = 0; i < filter->count; i++)
    {
        if (_wcsicmp(filter->names[i], name)) continue;
        filter->found[i] = TRUE;
        match = TRUE;
    }
    return match;
}

/* ---- an object's current properties ---- */

struct prop_lists
{
    BYTE *lists[2];     /* the writable ones, the read-only ones */
    DWORD sizes[2];
};

static void free_prop_lists(struct prop_lists *props)
{
    free(props->lists[0]);
    free(props->lists[1]);
    memset(props, 0, sizeof(*props));
}

static DWORD get_prop_lists(const struct cl_object_ref *object, enum prop_set set, struct prop_lists *props)
{
    DWORD err;

    memset(props, 0, sizeof(*props));
    if ((err = cl_object_control_alloc(object, sets[set].get, &props->lists[0], &props->sizes[0])))
        return err;
    err = cl_object_control_alloc(object, sets[set].get_read_only, &props->lists[1], &props->sizes[1]);
    /* An object without read-only properties of this set may not know the code. */
    if (err == ERROR_INVALID_FUNCTION) err = ERROR_SUCCESS;
    if (err) free_prop_lists(props);
    return err;
}

/* The rows of one property list (0 bytes: no properties). */
static DWORD add_list_rows(struct cl_table *table, const WCHAR *object_name, const BYTE *data, DWORD size,
                           BOOL read_only, struct name_filter *filter)
{
    const struct format_desc *desc;
    struct cmrp_proplist_iter iter;
    struct cmrp_propvalue value;
    struct cmrp_prop prop;
    const WCHAR *cells[3];
    WCHAR type[3];
    DWORD err = ERROR_SUCCESS;

    if (!size) return ERROR_SUCCESS;
    /* A list the parser refuses is a bad reply, never read past its end. */
    if (cmrp_proplist_begin(&iter, data, size) != CMRP_PROPLIST_OK) return ERROR_INVALID_DATA;
    while (!err && cmrp_proplist_next(&iter, &prop))
    {
        /* UTF-16, terminated (the parser checks) */
        if (!name_filter_match(filter, (const WCHAR *)prop.name)) continue;
        cmrp_prop_value(&prop, 0, &value);
        desc = format_desc(CMRP_SYNTAX_FORMAT(value.syntax));
        type[0] = desc ? desc->letter : '?';
        type[1] = read_only ? 'R' : 0;
        type[2] = 0;
        cells[0] = type;
        cells[1] = object_name;
        cells[2] = (const WCHAR *)prop.name;
        err = cl_value_rows(table, cells, ARRAY_SIZE(cells), desc ? desc->kind : CL_VALUE_BINARY,
                            value.data, value.size);
    }
    if (!err && cmrp_proplist_end(&iter, NULL) != CMRP_PROPLIST_OK) err = ERROR_INVALID_DATA;
    return err;
}

static DWORD add_object_rows(struct cl_table *table, const struct cl_object_ref *object, enum prop_set set,
                             struct name_filter *filter)
{
    struct prop_lists props;
    DWORD err;

    if ((err = get_prop_lists(object, set, &props))) return err;
    if (!(err = add_list_rows(table, object->name, props.lists[0], props.sizes[0], FALSE, filter)))
        err = add_list_rows(table, object->name, props.lists[1], props.sizes[1], TRUE, filter);
    free_prop_lists(&props);
    return err;
}

static DWORD add_rows_by_name(struct cl_table *table, HCLUSTER cluster, enum cl_object type, const WCHAR *name,
                              enum prop_set set, struct name_filter *filter)
{
    struct cl_object_ref object;
    DWORD err;

    if ((err = cl_object_open(cluster, type, name, &object))) return err;
    err = add_object_rows(table, &object, set, filter);
    cl_object_close(&object);
    return err;
}

/* The first name of the filter no listed object has, or NULL. */
static const WCHAR *name_filter_missing(const struct name_filter *filter)
{
    DWORD i;

    for (i = 0; filter && i < filter->count; i++)
        if (!filter->found[i]) return filter->names[i];
    return NULL;
}

/* Lists the properties (only those filter names, if given). */
static DWORD list_properties(struct cl_context *ctx, enum prop_set set, struct name_filter *filter)
{
    const struct cl_column columns[] =
    {
        { L"T", 2, FALSE }, { cl_kind_title(ctx->args->object), 20, FALSE }, { L"Name", 30, FALSE },
        { L"Value", 5, FALSE },
    };
    enum cl_object type = ctx->args->object;
    struct cl_object_ref object = { 0 };
    struct cl_names all = { 0 };
    struct cl_table table;
    const WCHAR *name, *missing;
    WCHAR *owned;
    DWORD err, i;

    if ((err = cl_object_name_check(ctx))) return err;
    if ((err = cl_open_cluster(ctx->args, GENERIC_READ, &ctx->cluster))) return cl_print_error(err);
    if ((err = cl_object_name_lookup(ctx, &name, &owned))) return cl_print_error(err);

    cl_table_init(&table, columns, ARRAY_SIZE(columns));
    if (name || type == CL_OBJ_CLUSTER)
    {
        /* One object: the cluster's name for the title comes with it. */
        if (!(err = cl_object_open(ctx->cluster, type, name, &object)) &&
            !(err = add_object_rows(&table, &object, set, filter)))
        {
            if ((missing = name_filter_missing(filter)))
                err = report_unknown_property(missing, set, type, object.name);
            else
                cl_printf(L"Listing %ls for '%ls':\n\n", sets[set].what, object.name);
        }
        else err = cl_print_error(err);
        cl_object_close(&object);
    }
    else
    {
        /* A name is unknown only when no object of the kind has it. */
        if (!(err = cl_enum_kind(ctx->cluster, type, &all)))
            for (i = 0; i < all.count && !err; i++)
                err = add_rows_by_name(&table, ctx->cluster, type, all.names[i], set, filter);
        if (err) err = cl_print_error(err);
        else if ((missing = name_filter_missing(filter)))
            err = report_unknown_property(missing, set, type, NULL);
        else cl_printf(L"Listing %ls for all %ls:\n\n", sets[set].what, cl_kind_plural(type));
    }
    if (!err) cl_table_print(&table);
    cl_table_free(&table);
    cl_names_free(&all);
    free(owned);
    return err;
}

/* ---- Name=Value[,Value...][:format] ---- */

/* A number: decimal, or hex after "0x"; a leading '-' only when min_value
 * is negative; within [min_value, max_value]. */
static BOOL parse_number(const WCHAR *text, const WCHAR *end, LONGLONG min_value, ULONGLONG max_value,
                         ULONGLONG *value)
{
    BOOL negative = FALSE;
    ULONGLONG number = 0, limit;
    unsigned int base = 10, digit;

    if (text < end && *text == '-')
    {
        if (min_value >= 0) return FALSE;
        negative = TRUE;
        text++;
    }
    if (end - text > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
    {
        base = 16;
        text += 2;
    }
    if (text == end) return FALSE;
    limit = negative ? (ULONGLONG)-(min_value + 1) + 1 : max_value;
    for (; text < end; text++)
    {
        if (*text >= '0' && *text <= '9') digit = *text - '0';
        else if (base == 16 && *text >= 'a' && *text <= 'f') digit = *text - 'a' + 10;
        else if (base == 16 && *text >= 'A' && *text <= 'F') digit = *text - 'A' + 10;
        else return FALSE;
        if (number > (limit - digit) / base) return FALSE;
        number = number * base + digit;
    }
    *value = negative ? (ULONGLONG)0 - number : number;
    return TRUE;
}

/* A value's bytes, in a heap buffer. */
struct bytes
{
    BYTE *data;
    DWORD size;
};

static BOOL bytes_add(struct bytes *bytes, const void *data, DWORD size)
{
    BYTE *grown = realloc(bytes->data, bytes->size + size ? bytes->size + size : 1);

    if (!grown) return FALSE;
    bytes->data = grown;
    memcpy(bytes->data + bytes->size, data, size);
    bytes->size += size;
    return TRUE;
}

/* Converts text to the bytes of format; a reason (for the error line) when
 * it cannot. */
static DWORD encode_value(const WCHAR *text, DWORD format, struct bytes *out, const WCHAR **reason)
{
    static const WCHAR nul = 0;
    const WCHAR *end = text + wcslen(text), *item, *next;
    ULONGLONG number;
    DWORD dword;
    WORD word;

    memset(out, 0, sizeof(*out));
    *reason = NULL;
    switch (format)
    {
    case CLUSPROP_FORMAT_SZ:
    case CLUSPROP_FORMAT_EXPAND_SZ:
        return bytes_add(out, text, (end - text + 1) * sizeof(WCHAR)) ? ERROR_SUCCESS : ERROR_NOT_ENOUGH_MEMORY;
    case CLUSPROP_FORMAT_MULTI_SZ:
        /* Strings separated by commas, each with its NUL, then an empty one
         * (which ends the list: empty items cannot be in it). */
        for (item = text; item < end; item = next + 1)
        {
            if (!(next = wcschr(item, ','))) next = end;
            if (next == item) continue;
            if (!bytes_add(out, item, (next - item) * sizeof(WCHAR)) || !bytes_add(out, &nul, sizeof(nul)))
                return ERROR_NOT_ENOUGH_MEMORY;
        }
        return bytes_add(out, &nul, sizeof(nul)) ? ERROR_SUCCESS : ERROR_NOT_ENOUGH_MEMORY;
    case CLUSPROP_FORMAT_BINARY:
        /* Bytes 0-255, decimal or 0x hex, separated by commas or blanks ("12,0xab,255"). */
        for (item = text; item < end; item = next)
        {
            BYTE byte;

            if (*item == ',' || *item == ' ')
            {
                next = item + 1;
                continue;
            }
            for (next = item; next < end && *next != ',' && *next != ' '; next++) {}
            if (!parse_number(item, next, 0, 255, &number))
            {
                *reason = L"a list of bytes (0 to 255, separated by commas)";
                return ERROR_INVALID_PARAMETER;
            }
            byte = (BYTE)number;
            if (!bytes_add(out, &byte, 1)) return ERROR_NOT_ENOUGH_MEMORY;
        }
        if (!out->data && !bytes_add(out, NULL, 0)) return ERROR_NOT_ENOUGH_MEMORY;
        return ERROR_SUCCESS;
    case CLUSPROP_FORMAT_DWORD:
    case CLUSPROP_FORMAT_LONG:
        if (format == CLUSPROP_FORMAT_DWORD ? !parse_number(text, end, 0, 0xffffffffu, &number)
                                            : !parse_number(text, end, -0x80000000ll, 0xffffffffu, &number))
        {
            *reason = format == CLUSPROP_FORMAT_DWORD ? L"a number from 0 to 4294967295 (0xffffffff)"
                                                      : L"a 32-bit number";
            return ERROR_INVALID_PARAMETER;
        }
        dword = (DWORD)number;
        return bytes_add(out, &dword, sizeof(dword)) ? ERROR_SUCCESS : ERROR_NOT_ENOUGH_MEMORY;
    case CLUSPROP_FORMAT_WORD:
        if (!parse_number(text, end, 0, 0xffff, &number))
        {
            *reason = L"a number from 0 to 65535";
            return ERROR_INVALID_PARAMETER;
        }
        word = (WORD)number;
        return bytes_add(out, &word, sizeof(word)) ? ERROR_SUCCESS : ERROR_NOT_ENOUGH_MEMORY;
    case CLUSPROP_FORMAT_ULARGE_INTEGER:
    case CLUSPROP_FORMAT_FILETIME:
    case CLUSPROP_FORMAT_LARGE_INTEGER:
        if (format == CLUSPROP_FORMAT_LARGE_INTEGER ? !parse_number(text, end, -0x7fffffffffffffffll - 1, ~0ull, &number)
                                                    : !parse_number(text, end, 0, ~0ull, &number))
        {
            *reason = L"a 64-bit number";
            return ERROR_INVALID_PARAMETER;
        }
        return bytes_add(out, &number, sizeof(number)) ? ERROR_SUCCESS : ERROR_NOT_ENOUGH_MEMORY;
    default:
        return ERROR_NOT_SUPPORTED;
    }
}

/* One "Name=Value[:format]" parameter, split (name and value are copies). */
struct assignment
{
    WCHAR *name;
    WCHAR *value;
    DWORD  format;      /* 0: none given */
};

static DWORD split_assignment(const WCHAR *param, struct assignment *assignment)
{
    const WCHAR *equals = wcschr(param, '='), *colon;
    size_t i;

    memset(assignment, 0, sizeof(*assignment));
    if (!equals || equals == param)
        return cl_bad_usage(L"'%ls' is not a property assignment, as in Name=Value[:format].\n", param);
    if (!(assignment->name = malloc((equals - param + 1) * sizeof(WCHAR))) ||
        !(assignment->value = malloc((wcslen(equals + 1) + 1) * sizeof(WCHAR))))
    {
        free(assignment->name);
        return ERROR_NOT_ENOUGH_MEMORY;
    }
    memcpy(assignment->name, param, (equals - param) * sizeof(WCHAR));
    assignment->name[equals - param] = 0;
    wcscpy(assignment->value, equals + 1);

    /* ":format" only when the last colon is followed by one of the words:
     * other colons belong to the value (\\server\share, 10:30). */
    if ((colon = wcsrchr(assignment->value, ':')))
    {
        for (i = 0; i < ARRAY_SIZE(format_words); i++)
        {
            if (_wcsicmp(colon + 1, format_words[i].word)) continue;
            assignment->format = format_words[i].format;
            assignment->value[colon - assignment->value] = 0;
            break;
        }
    }
    return ERROR_SUCCESS;
}

/* The format of the object's property name, from its current lists: 0 when
 * it has none of that name. */
static DWORD current_format(const struct prop_lists *props, const WCHAR *name)
{
    struct cmrp_propvalue value;
    struct cmrp_prop prop;
    int i;

    for (i = 0; i < 2; i++)
    {
        if (!props->sizes[i]) continue;
        if (cmrp_proplist_find_utf16(props->lists[i], props->sizes[i], (const uint16_t *)name, &prop)
            != CMRP_PROPLIST_OK)
            continue;
        if (cmrp_prop_value(&prop, 0, &value)) return CMRP_SYNTAX_FORMAT(value.syntax);
    }
    return 0;
}

/* Adds one assignment to the list being built; reports its own errors. */
static DWORD add_assignment(struct cmrp_proplist_builder *builder, const struct cl_object_ref *object,
                            enum prop_set set, const struct prop_lists *props, const struct assignment *assignment)
{
    DWORD format = current_format(props, assignment->name), err;
    const WCHAR *reason;
    struct bytes bytes;

    /* Common properties are the kind's fixed set: a name not among them is a mistake. */
    if (!format && set == SET_COMMON) return report_unknown_property(assignment->name, set, object->type, object->name);
    /* A new private property is a string unless a format says otherwise. */
    if (assignment->format) format = assignment->format;
    else if (!format) format = CLUSPROP_FORMAT_SZ;
    /* What the server sends beside an EXPAND_SZ is written as one. */
    if (format == CLUSPROP_FORMAT_EXPANDED_SZ) format = CLUSPROP_FORMAT_EXPAND_SZ;

    if ((err = encode_value(assignment->value, format, &bytes, &reason)))
    {
        if (err == ERROR_NOT_SUPPORTED)
            cl_eprintf(L"This program cannot write property '%ls' (security descriptors and values of "
                       L"unknown formats).\n", assignment->name);
        else if (reason)
            cl_eprintf(L"The value '%ls' of property '%ls' is not %ls.\n", assignment->value, assignment->name,
                       reason);
        return cl_print_error(err);
    }
    if (cmrp_proplist_add_name_utf16(builder, assignment->name, wcslen(assignment->name) * sizeof(WCHAR))
        == CMRP_PROPLIST_OK)
        cmrp_proplist_add_value(builder, CMRP_SYNTAX(CMRP_PROPTYPE_LIST_VALUE, format), bytes.data, bytes.size);
    free(bytes.data);
    /* The builder's first error sticks: checked once, at cmrp_proplist_finish. */
    return ERROR_SUCCESS;
}

/* Adds one name to reset (/usedefault): a value of format UNKNOWN with no
 * data.  Only a property the object has: a common one, or a private one to
 * delete; a read-only one is sent and refused by the cluster, as when set. */
static DWORD add_reset(struct cmrp_proplist_builder *builder, const struct cl_object_ref *object,
                       enum prop_set set, const struct prop_lists *props, const WCHAR *name)
{
    if (!current_format(props, name)) return report_unknown_property(name, set, object->type, object->name);
    if (cmrp_proplist_add_name_utf16(builder, name, wcslen(name) * sizeof(WCHAR)) == CMRP_PROPLIST_OK)
        cmrp_proplist_add_value(builder, CMRP_SYNTAX(CMRP_PROPTYPE_LIST_VALUE, CLUSPROP_FORMAT_UNKNOWN), NULL, 0);
    return ERROR_SUCCESS;
}

/* Sets the Name=Value parameters, or resets the names of reset (/usedefault),
 * in one SET call. */
static DWORD set_properties(struct cl_context *ctx, enum prop_set set, const struct name_filter *reset)
{
    const struct cl_args *args = ctx->args;
    struct cmrp_proplist_builder builder;
    struct cl_object_ref object;
    struct assignment assignment;
    struct prop_lists props;
    enum cmrp_proplist_status status;
    const WCHAR *name;
    WCHAR *owned;
    BYTE *list = NULL;
    size_t size = 0;
    DWORD err;
    int i;

    if ((err = cl_object_name_check(ctx))) return err;
    if (args->object != CL_OBJ_CLUSTER && !args->object_name && !cl_modifier(ctx, L"node", NULL))
        return cl_bad_usage(L"Setting %ls needs a %ls name, as in CLUSTER %ls name /%ls%ls.\n",
                            sets[set].what, cl_kind_noun(args->object), cl_objects[args->object].names[0],
                            ctx->option->name, reset ? L":Name /usedefault" : L" Name=Value");
    /* Every parameter is checked before anything is opened. */
    for (i = 0; i < args->param_count; i++)
    {
        if ((err = split_assignment(args->params[i], &assignment)))
            return err == ERROR_INVALID_PARAMETER ? err : cl_print_error(err);
        free(assignment.name);
        free(assignment.value);
    }

    if ((err = cl_open_cluster(args, GENERIC_ALL, &ctx->cluster))) return cl_print_error(err);
    if ((err = cl_object_name_lookup(ctx, &name, &owned))) return cl_print_error(err);
    if ((err = cl_object_open(ctx->cluster, args->object, name, &object)))
    {
        free(owned);
        return cl_print_error(err);
    }
    if ((err = get_prop_lists(&object, set, &props)))
    {
        cl_object_close(&object);
        free(owned);
        return cl_print_error(err);
    }

    cmrp_proplist_builder_init(&builder, 0);
    for (i = 0; reset && i < (int)reset->count && !err; i++)
        err = add_reset(&builder, &object, set, &props, reset->names[i]);
    for (i = 0; !reset && i < args->param_count && !err; i++)
    {
        /* Checked above: only memory can fail now. */
        if ((err = split_assignment(args->params[i], &assignment)))
        {
            err = cl_print_error(err);
            break;
        }
        err = add_assignment(&builder, &object, set, &props, &assignment);
        free(assignment.name);
        free(assignment.value);
    }
    if (!err)
    {
        status = cmrp_proplist_finish(&builder, &list, &size);
        if (status == CMRP_PROPLIST_NO_MEMORY) err = cl_print_error(ERROR_NOT_ENOUGH_MEMORY);
        else if (status != CMRP_PROPLIST_OK)
        {
            cl_eprintf(L"The property list cannot be built: %hs.\n", cmrp_proplist_status_string(status));
            err = cl_print_error(ERROR_INVALID_PARAMETER);
        }
    }
    cmrp_proplist_builder_free(&builder);

    if (!err)
    {
        err = cl_object_control(&object, sets[set].set, list, (DWORD)size, NULL, 0, NULL);
        /* Stored; it takes effect when the resource next comes online. */
        if (err == ERROR_RESOURCE_PROPERTIES_STORED) err = cl_print_warning(err);
        else if (err) err = cl_print_error(err);
    }
    free(list);
    free_prop_lists(&props);
    cl_object_close(&object);
    free(owned);
    return err;
}

/* /prop[:Names] [/usedefault[:Names]] [Name=Value ...]: what to do is
 * checked before anything is opened. */
static DWORD properties(struct cl_context *ctx, enum prop_set set)
{
    const WCHAR *names = cl_option_value(ctx), *default_names;
    struct name_filter filter;
    BOOL use_default;
    DWORD err;

    default_names = cl_modifier(ctx, L"usedefault", &use_default);
    if (default_names && !default_names[0]) default_names = NULL;
    /* Documented: /priv:prop1,prop2 /usedefault; /usedefault:prop1,prop2 is taken too. */
    if (names && default_names)
        return cl_bad_usage(L"Name the properties once: /%ls:Name1,Name2 /usedefault.\n", ctx->option->name);
    if (default_names) names = default_names;
    if (use_default && !names)
        return cl_bad_usage(L"/usedefault needs the names of the properties, as in /%ls:Name1,Name2 /usedefault.\n",
                            ctx->option->name);
    if (names && ctx->args->param_count)
        return cl_bad_usage(L"Name=Value parameters and /%ls:Name1,Name2 cannot be combined.\n", ctx->option->name);

    if (!names) return ctx->args->param_count ? set_properties(ctx, set, NULL) : list_properties(ctx, set, NULL);
    if ((err = parse_name_filter(names, &filter))) return err;
    err = use_default ? set_properties(ctx, set, &filter) : list_properties(ctx, set, &filter);
    free_name_filter(&filter);
    return err;
}

DWORD cl_cmd_common_properties(struct cl_context *ctx)
{
    return properties(ctx, SET_COMMON);
}

DWORD cl_cmd_private_properties(struct cl_context *ctx)
{
    return properties(ctx, SET_PRIVATE);
}
