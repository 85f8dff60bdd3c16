/*
 * Enumerations: the list is fetched from the server once, when the
 * enumeration is opened, and kept by the Unix half; the *Enum functions then
 * read it locally, so an enumeration is a snapshot, as on Windows.
 */
#include "clusapi_private.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(clusapi);

struct enum_object
{
    struct object obj;
    struct cluster_object *source;   /* referenced: keeps the connection */
    UINT64 list;
    DWORD count;
};

/* What each enumeration handle type lists, and from which object. */
static const struct
{
    enum clusapi_enum_kind kind;
    BOOL with_ids;
}
enum_kinds[] =
{
    [OBJECT_CLUSTER_ENUM]       = { CLUSAPI_ENUM_CLUSTER, FALSE },
    [OBJECT_CLUSTER_ENUM_EX]    = { CLUSAPI_ENUM_CLUSTER, TRUE },
    [OBJECT_NODE_ENUM]          = { CLUSAPI_ENUM_NODE, FALSE },
    [OBJECT_NODE_ENUM_EX]       = { CLUSAPI_ENUM_NODE, TRUE },
    [OBJECT_GROUP_ENUM]         = { CLUSAPI_ENUM_GROUP, FALSE },
    [OBJECT_RESOURCE_ENUM]      = { CLUSAPI_ENUM_RESOURCE, FALSE },
    [OBJECT_NETWORK_ENUM]       = { CLUSAPI_ENUM_NETWORK, FALSE },
    [OBJECT_RESOURCE_TYPE_ENUM] = { CLUSAPI_ENUM_RESOURCE_TYPE, FALSE },
    [OBJECT_NETINTERFACE_ENUM]  = { CLUSAPI_ENUM_NETINTERFACE, FALSE },
    [OBJECT_GROUPSET_ENUM]      = { CLUSAPI_ENUM_GROUPSET, FALSE },
};

static void enum_destroy(struct object *obj)
{
    struct enum_object *enumeration = CONTAINING_RECORD(obj, struct enum_object, obj);
    struct free_enum_params params = { enumeration->list };

    unix_call(unix_free_enum, &params);
    object_release(&enumeration->source->obj);
    HeapFree(GetProcessHeap(), 0, enumeration);
}

static struct enum_object *enum_from_handle(HANDLE handle, enum object_type enum_type)
{
    struct object *obj = handle_get(handle, enum_type);
    return obj ? CONTAINING_RECORD(obj, struct enum_object, obj) : NULL;
}

/* Wraps a Unix-side list in a handle of enum_type; takes the reference to
 * source; NULL with the last error set (the list freed) on failure. */
static HANDLE publish_enum(struct cluster_object *source, enum object_type enum_type, UINT64 list, DWORD count)
{
    struct enum_object *enumeration;
    HANDLE handle;

    if (!(enumeration = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof(*enumeration))))
    {
        struct free_enum_params free_params = { list };

        unix_call(unix_free_enum, &free_params);
        object_release(&source->obj);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    enumeration->obj.refcount = 1;
    enumeration->obj.type = enum_type;
    enumeration->obj.destroy = enum_destroy;
    enumeration->source = source;
    enumeration->list = list;
    enumeration->count = count;
    if (!(handle = handle_create(&enumeration->obj)))
    {
        enum_destroy(&enumeration->obj);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    SetLastError(ERROR_SUCCESS);
    return handle;
}

HANDLE open_enum(HANDLE handle, enum object_type type, enum object_type enum_type, DWORD enum_type_bits,
                 const WCHAR *name, const WCHAR *name2)
{
    struct create_enum_params params = { 0 };
    struct cluster_object *source;
    DWORD error;

    if (!(source = object_from_handle(handle, type))) return NULL;
    params.object = source->unix_object;
    params.kind = enum_kinds[enum_type].kind;
    params.with_ids = enum_kinds[enum_type].with_ids;
    params.type = enum_type_bits;
    params.name = name;
    params.name2 = name2;
    if (!unix_call(unix_create_enum, &params)) error = GetLastError();
    else error = call_error(params.rpc_status, params.result);
    if (error)
    {
        object_release(&source->obj);
        SetLastError(error);
        return NULL;
    }
    return publish_enum(source, enum_type, params.list, params.count);
}

/* The property names are a MULTI_SZ of size bytes sent as they are: the
 * server checks them (a malformed list is ERROR_INVALID_PARAMETER there). */
HANDLE open_object_enum_ex(HCLUSTER cluster, enum object_type enum_type, const WCHAR *properties,
                           DWORD properties_size, const WCHAR *ro_properties, DWORD ro_properties_size, DWORD flags)
{
    struct create_object_enum_params params = { 0 };
    struct cluster_object *source;
    DWORD error;

    if (!(source = cluster_from_handle(cluster))) return NULL;
    /* dwFlags is reserved and must be 0 (SDK) */
    if (flags || (!properties && properties_size) || (!ro_properties && ro_properties_size))
    {
        object_release(&source->obj);
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    params.cluster = source->unix_object;
    params.kind = enum_type == OBJECT_GROUP_ENUM_EX ? CLUSAPI_OBJECT_GROUP : CLUSAPI_OBJECT_RESOURCE;
    params.properties = properties_size ? (const BYTE *)properties : NULL;
    params.properties_size = properties_size;
    params.ro_properties = ro_properties_size ? (const BYTE *)ro_properties : NULL;
    params.ro_properties_size = ro_properties_size;
    if (!unix_call(unix_create_object_enum, &params)) error = GetLastError();
    else error = call_error(params.rpc_status, params.result);
    if (error)
    {
        object_release(&source->obj);
        SetLastError(error);
        return NULL;
    }
    return publish_enum(source, enum_type, params.list, params.count);
}

DWORD get_enum_count(HANDLE handle, enum object_type enum_type)
{
    struct enum_object *enumeration;
    DWORD count;

    /* The count functions return the count: 0 and the last error on a bad handle. */
    if (!(enumeration = enum_from_handle(handle, enum_type))) return 0;
    count = enumeration->count;
    object_release(&enumeration->obj);
    SetLastError(ERROR_SUCCESS);
    return count;
}

/* Reads entry index into new heap strings (grown until they fit). */
static DWORD read_entry(struct enum_object *enumeration, DWORD index, DWORD *type, WCHAR **name, DWORD *name_len,
                        WCHAR **id, DWORD *id_len)
{
    struct enum_entry_params params = { enumeration->list, index };
    DWORD name_capacity = 64, id_capacity = 64;

    for (;;)
    {
        *name = HeapAlloc(GetProcessHeap(), 0, name_capacity * sizeof(WCHAR));
        *id = HeapAlloc(GetProcessHeap(), 0, id_capacity * sizeof(WCHAR));
        if (!*name || !*id) break;
        params.name.buffer = *name;
        params.name.size = name_capacity;
        params.id.buffer = *id;
        params.id.size = id_capacity;
        if (!unix_call(unix_enum_entry, &params)) break;
        if (!params.found)
        {
            HeapFree(GetProcessHeap(), 0, *name);
            HeapFree(GetProcessHeap(), 0, *id);
            return ERROR_NO_MORE_ITEMS;
        }
        if (params.name.len < name_capacity && params.id.len < id_capacity)
        {
            *type = params.type;
            *name_len = params.name.len;
            *id_len = params.id.len;
            return ERROR_SUCCESS;
        }
        name_capacity = max(name_capacity, params.name.len + 1);
        id_capacity = max(id_capacity, params.id.len + 1);
        HeapFree(GetProcessHeap(), 0, *name);
        HeapFree(GetProcessHeap(), 0, *id);
    }
    HeapFree(GetProcessHeap(), 0, *name);
    HeapFree(GetProcessHeap(), 0, *id);
    return ERROR_NOT_ENOUGH_MEMORY;
}

DWORD enum_entry(HANDLE handle, enum object_type enum_type, DWORD index, DWORD *type, WCHAR *name, DWORD *size)
{
    struct enum_object *enumeration;
    DWORD error, entry_type, name_len, id_len;
    WCHAR *entry_name, *entry_id;

    if (!(enumeration = enum_from_handle(handle, enum_type))) return ERROR_INVALID_HANDLE;
    if (!size) error = ERROR_INVALID_PARAMETER;
    else if (index >= enumeration->count) error = ERROR_NO_MORE_ITEMS;
    else if (!(error = read_entry(enumeration, index, &entry_type, &entry_name, &name_len, &entry_id, &id_len)))
    {
        if (type) *type = entry_type;
        error = copy_name_out(entry_name, name_len, name, size);
        HeapFree(GetProcessHeap(), 0, entry_name);
        HeapFree(GetProcessHeap(), 0, entry_id);
    }
    object_release(&enumeration->obj);
    return error;
}

/* The item's strings follow it in the caller's buffer. */
DWORD enum_entry_ex(HANDLE handle, enum object_type enum_type, DWORD index, void *buffer, DWORD *buffer_size)
{
    struct enum_object *enumeration;
    DWORD error, entry_type, name_len, id_len, required;
    WCHAR *entry_name, *entry_id;
    CLUSTER_ENUM_ITEM *item = buffer;

    if (!(enumeration = enum_from_handle(handle, enum_type))) return ERROR_INVALID_HANDLE;
    if (!buffer_size) error = ERROR_INVALID_PARAMETER;
    else if (index >= enumeration->count) error = ERROR_NO_MORE_ITEMS;
    else if (!(error = read_entry(enumeration, index, &entry_type, &entry_name, &name_len, &entry_id, &id_len)))
    {
        required = sizeof(*item) + (id_len + 1 + name_len + 1) * sizeof(WCHAR);
        if (!item || *buffer_size < required) error = ERROR_MORE_DATA;
        else
        {
            item->dwVersion = CLUSTER_ENUM_ITEM_VERSION_1;
            item->dwType = entry_type;
            item->cbId = (id_len + 1) * sizeof(WCHAR);
            item->lpszId = (WCHAR *)(item + 1);
            memcpy(item->lpszId, entry_id, item->cbId);
            item->cbName = (name_len + 1) * sizeof(WCHAR);
            item->lpszName = item->lpszId + id_len + 1;
            memcpy(item->lpszName, entry_name, item->cbName);
        }
        *buffer_size = required;
        HeapFree(GetProcessHeap(), 0, entry_name);
        HeapFree(GetProcessHeap(), 0, entry_id);
    }
    object_release(&enumeration->obj);
    return error;
}

/* Bytes of a string with its NUL. */
static DWORD string_bytes(const struct unix_string *string)
{
    return (string->len + 1) * sizeof(WCHAR);
}

static DWORD align_dword(DWORD size)
{
    return (size + sizeof(DWORD) - 1) & ~(sizeof(DWORD) - 1);
}

/* CLUSTER_GROUP_ENUM_ITEM and CLUSTER_RESOURCE_ENUM_ITEM: the item, then its
 * strings (id, name, owner [, owner id]) with their NULs, then each property
 * list DWORD-aligned (they are read as DWORDs); *item_size is that total
 * when the buffer is too small (ERROR_MORE_DATA) and when it is filled.  The
 * entry is read once for its sizes, then straight into the caller's buffer. */
DWORD object_enum_item(HANDLE handle, enum object_type enum_type, DWORD index, void *buffer, DWORD *item_size)
{
    struct object_enum_item_params params = { 0 };
    struct enum_object *enumeration;
    BOOL groups = enum_type == OBJECT_GROUP_ENUM_EX;
    DWORD error = ERROR_SUCCESS, header, strings, properties_at, ro_at, required;
    BYTE *base = buffer;

    if (!(enumeration = enum_from_handle(handle, enum_type))) return ERROR_INVALID_HANDLE;
    params.list = enumeration->list;
    params.index = index;
    if (!item_size) error = ERROR_INVALID_PARAMETER;
    else if (index >= enumeration->count || !unix_call(unix_object_enum_item, &params) || !params.found)
        error = ERROR_NO_MORE_ITEMS;
    if (error)
    {
        object_release(&enumeration->obj);
        return error;
    }

    header = groups ? sizeof(CLUSTER_GROUP_ENUM_ITEM) : sizeof(CLUSTER_RESOURCE_ENUM_ITEM);
    strings = string_bytes(&params.id) + string_bytes(&params.name) + string_bytes(&params.owner)
              + (groups ? 0 : string_bytes(&params.owner_id));
    properties_at = align_dword(header + strings);
    ro_at = align_dword(properties_at + params.properties.len);
    required = ro_at + params.ro_properties.len;
    if (!buffer || *item_size < required)
    {
        *item_size = required;
        object_release(&enumeration->obj);
        return ERROR_MORE_DATA;
    }

    memset(base, 0, required);
    params.id.buffer = (WCHAR *)(base + header);
    params.id.size = params.id.len + 1;
    params.name.buffer = params.id.buffer + params.id.size;
    params.name.size = params.name.len + 1;
    params.owner.buffer = params.name.buffer + params.name.size;
    params.owner.size = params.owner.len + 1;
    if (!groups)
    {
        params.owner_id.buffer = params.owner.buffer + params.owner.size;
        params.owner_id.size = params.owner_id.len + 1;
    }
    params.properties.buffer = base + properties_at;
    params.properties.size = params.properties.len;
    params.ro_properties.buffer = base + ro_at;
    params.ro_properties.size = params.ro_properties.len;
    unix_call(unix_object_enum_item, &params);

    if (groups)
    {
        CLUSTER_GROUP_ENUM_ITEM *item = buffer;

        item->dwVersion = CLUSTER_GROUP_ENUM_ITEM_VERSION_1;
        item->cbId = string_bytes(&params.id);
        item->lpszId = params.id.buffer;
        item->cbName = string_bytes(&params.name);
        item->lpszName = params.name.buffer;
        item->state = params.state;
        item->cbOwnerNode = string_bytes(&params.owner);
        item->lpszOwnerNode = params.owner.buffer;
        item->dwFlags = params.flags;
        item->cbProperties = params.properties.len;
        item->pProperties = params.properties.len ? params.properties.buffer : NULL;
        item->cbRoProperties = params.ro_properties.len;
        item->pRoProperties = params.ro_properties.len ? params.ro_properties.buffer : NULL;
    }
    else
    {
        CLUSTER_RESOURCE_ENUM_ITEM *item = buffer;

        item->dwVersion = CLUSTER_RESOURCE_ENUM_ITEM_VERSION_1;
        item->cbId = string_bytes(&params.id);
        item->lpszId = params.id.buffer;
        item->cbName = string_bytes(&params.name);
        item->lpszName = params.name.buffer;
        item->cbOwnerGroupName = string_bytes(&params.owner);
        item->lpszOwnerGroupName = params.owner.buffer;
        item->cbOwnerGroupId = string_bytes(&params.owner_id);
        item->lpszOwnerGroupId = params.owner_id.buffer;
        item->cbProperties = params.properties.len;
        item->pProperties = params.properties.len ? params.properties.buffer : NULL;
        item->cbRoProperties = params.ro_properties.len;
        item->pRoProperties = params.ro_properties.len ? params.ro_properties.buffer : NULL;
    }
    *item_size = required;
    object_release(&enumeration->obj);
    return ERROR_SUCCESS;
}

DWORD close_enum(HANDLE handle, enum object_type enum_type)
{
    struct object *obj;

    if (!(obj = handle_remove(handle, enum_type))) return ERROR_INVALID_HANDLE;
    object_release(obj);
    return ERROR_SUCCESS;
}
