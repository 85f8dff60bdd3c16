/*
 * Cluster objects (nodes, groups, resources, networks, interfaces) and the
 * generic operations behind the exported functions: each export checks its
 * handle types and calls one of these, which ask the Unix half for the
 * matching MS-CMRP method and apply the Win32 conventions to the answer.
 */
#include "clusapi_private.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(clusapi);

/* Which Unix-side object kind each handle type is. */
static const enum clusapi_object_kind object_kinds[] =
{
    [OBJECT_CLUSTER]      = CLUSAPI_OBJECT_CLUSTER,
    [OBJECT_NODE]         = CLUSAPI_OBJECT_NODE,
    [OBJECT_GROUP]        = CLUSAPI_OBJECT_GROUP,
    [OBJECT_RESOURCE]     = CLUSAPI_OBJECT_RESOURCE,
    [OBJECT_NETWORK]      = CLUSAPI_OBJECT_NETWORK,
    [OBJECT_NETINTERFACE] = CLUSAPI_OBJECT_NETINTERFACE,
    [OBJECT_GROUPSET]     = CLUSAPI_OBJECT_GROUPSET,
};

void cluster_object_destroy(struct object *obj)
{
    struct cluster_object *object = CONTAINING_RECORD(obj, struct cluster_object, obj);
    struct close_object_params params = { object->unix_object };

    /* The handle is gone for the application whatever the server says. */
    if (unix_call(unix_close_object, &params) && call_error(params.rpc_status, params.result))
        WARN("closing %p failed: rpc %u, status %u\n", object, params.rpc_status, params.result);
    if (object->cluster) object_release(&object->cluster->obj);
    HeapFree(GetProcessHeap(), 0, object->name);
    HeapFree(GetProcessHeap(), 0, object);
}

struct cluster_object *object_from_handle(HANDLE handle, enum object_type type)
{
    struct object *obj = handle_get(handle, type);
    return obj ? CONTAINING_RECORD(obj, struct cluster_object, obj) : NULL;
}

struct cluster_object *cluster_from_handle(HCLUSTER handle)
{
    return object_from_handle(handle, OBJECT_CLUSTER);
}

HANDLE object_publish(struct cluster_object *object)
{
    HANDLE handle = handle_create(&object->obj);

    if (!handle)
    {
        object_release(&object->obj);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    SetLastError(ERROR_SUCCESS);
    return handle;
}

WCHAR *heap_strdupW(const WCHAR *str)
{
    WCHAR *copy;

    if (!str) return NULL;
    if ((copy = HeapAlloc(GetProcessHeap(), 0, (lstrlenW(str) + 1) * sizeof(WCHAR)))) lstrcpyW(copy, str);
    return copy;
}

HANDLE publish_new_object(struct cluster_object *cluster, enum object_type type, UINT64 unix_object,
                                 const WCHAR *name)
{
    struct cluster_object *object = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof(*object));

    if (!object || !(object->name = heap_strdupW(name)))
    {
        struct close_object_params close = { unix_object };

        unix_call(unix_close_object, &close);
        HeapFree(GetProcessHeap(), 0, object);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    object->obj.refcount = 1;
    object->obj.type = type;
    object->obj.destroy = cluster_object_destroy;
    object->unix_object = unix_object;
    InterlockedIncrement(&cluster->obj.refcount);
    object->cluster = cluster;
    return object_publish(object);
}

HANDLE open_object(HCLUSTER handle, enum object_type type, const WCHAR *name, BOOL use_ex,
                   DWORD desired_access, DWORD *granted_access)
{
    struct open_object_params params = { 0 };
    struct cluster_object *cluster;
    HANDLE object = NULL;
    DWORD error;

    if (!(cluster = cluster_from_handle(handle))) return NULL;
    if (!name)
    {
        object_release(&cluster->obj);
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    params.cluster = cluster->unix_object;
    params.kind = object_kinds[type];
    params.use_ex = use_ex;
    params.name = name;
    params.desired_access = desired_access;
    if (unix_call(unix_open_object, &params))
    {
        if ((error = call_error(params.rpc_status, params.result))) SetLastError(error);
        else if ((object = publish_new_object(cluster, type, params.object, name)) && granted_access)
            *granted_access = params.granted_access;
    }
    object_release(&cluster->obj);
    return object;
}

HANDLE create_object(HCLUSTER cluster_handle, HANDLE group_handle, enum object_type type, const WCHAR *name,
                     const WCHAR *type_name, DWORD flags, BOOL use_ex, const CLUSTER_CREATE_GROUP_INFO *info)
{
    struct create_object_params params = { 0 };
    struct cluster_object *cluster, *group = NULL;
    HANDLE object = NULL;
    DWORD error;

    if (group_handle)
    {
        /* A resource goes into a group, through the group's cluster. */
        if (!(group = object_from_handle(group_handle, OBJECT_GROUP))) return NULL;
        cluster = group->cluster;
        InterlockedIncrement(&cluster->obj.refcount);
    }
    else if (!(cluster = cluster_from_handle(cluster_handle))) return NULL;

    if (!name || (type == OBJECT_RESOURCE && !type_name)) SetLastError(ERROR_INVALID_PARAMETER);
    else
    {
        params.cluster = cluster->unix_object;
        params.kind = object_kinds[type];
        params.flags = flags;
        params.name = name;
        params.type_name = type_name;
        params.group = group ? group->unix_object : 0;
        params.use_ex = use_ex;
        if (info)
        {
            params.has_group_info = TRUE;
            params.group_info_version = info->dwVersion;
            params.group_type = info->groupType;
        }
        if (unix_call(unix_create_object, &params))
        {
            if ((error = call_error(params.rpc_status, params.result))) SetLastError(error);
            else object = publish_new_object(cluster, type, params.object, name);
        }
    }
    if (group) object_release(&group->obj);
    object_release(&cluster->obj);
    return object;
}

BOOL close_object(HANDLE handle, enum object_type type)
{
    struct object *obj;

    if (!(obj = handle_remove(handle, type))) return FALSE;
    notify_handle_closed(handle);
    object_release(obj);
    return TRUE;
}

HCLUSTER get_cluster_from(HANDLE handle, enum object_type type)
{
    struct cluster_object *object;
    struct cluster_object *cluster;

    if (!(object = object_from_handle(handle, type))) return NULL;
    /* Another instance of the cluster handle: closing it leaves the object alone. */
    cluster = object->cluster;
    InterlockedIncrement(&cluster->obj.refcount);
    object_release(&object->obj);
    return object_publish(cluster);
}

DWORD object_op(HANDLE handle, enum object_type type, enum clusapi_object_op op)
{
    struct object_op_params params = { 0 };
    struct cluster_object *object;
    DWORD error;

    if (!(object = object_from_handle(handle, type))) return ERROR_INVALID_HANDLE;
    params.object = object->unix_object;
    params.op = op;
    error = unix_call(unix_object_op, &params) ? call_error(params.rpc_status, params.result) : GetLastError();
    object_release(&object->obj);
    return error;
}

DWORD object_value_op(HANDLE handle, enum object_type type, enum clusapi_object_value_op op, DWORD value)
{
    struct object_op_params params = { 0 };
    struct cluster_object *object;
    DWORD error;

    if (!(object = object_from_handle(handle, type))) return ERROR_INVALID_HANDLE;
    params.object = object->unix_object;
    params.op = op;
    params.value = value;
    error = unix_call(unix_object_value_op, &params) ? call_error(params.rpc_status, params.result) : GetLastError();
    object_release(&object->obj);
    return error;
}

DWORD pair_op(HANDLE handle, enum object_type type, HANDLE other_handle, enum object_type other_type,
              enum clusapi_pair_op op)
{
    struct pair_op_params params = { 0 };
    struct cluster_object *object, *other;
    DWORD error;

    if (!(object = object_from_handle(handle, type))) return ERROR_INVALID_HANDLE;
    if (!(other = object_from_handle(other_handle, other_type)))
    {
        object_release(&object->obj);
        return ERROR_INVALID_HANDLE;
    }
    params.object = object->unix_object;
    params.other = other->unix_object;
    params.op = op;
    error = unix_call(unix_pair_op, &params) ? call_error(params.rpc_status, params.result) : GetLastError();
    object_release(&other->obj);
    object_release(&object->obj);
    return error;
}

/* Whether an args_op may go without its second object (a pause without a
 * drain target; a resume has none); the others need it like pair_op. */
static const BOOL args_other_optional[CLUSAPI_ARGS_OP_COUNT] =
{
    [CLUSAPI_ARGS_PAUSE_NODE] = TRUE,
    [CLUSAPI_ARGS_RESUME_NODE] = TRUE,
};

DWORD args_op(HANDLE handle, enum object_type type, HANDLE other_handle, enum object_type other_type,
              enum clusapi_args_op op, DWORD value1, DWORD value2, ULONGLONG flags)
{
    struct args_op_params params = { 0 };
    struct cluster_object *object, *other = NULL;
    DWORD error;

    if (!(object = object_from_handle(handle, type))) return ERROR_INVALID_HANDLE;
    if ((other_handle || !args_other_optional[op]) && !(other = object_from_handle(other_handle, other_type)))
    {
        object_release(&object->obj);
        return ERROR_INVALID_HANDLE;
    }
    params.object = object->unix_object;
    params.other = other ? other->unix_object : 0;
    params.op = op;
    params.value1 = value1;
    params.value2 = value2;
    params.flags = flags;
    error = unix_call(unix_args_op, &params) ? call_error(params.rpc_status, params.result) : GetLastError();
    if (other) object_release(&other->obj);
    object_release(&object->obj);
    return error;
}

DWORD object_ex_op(HANDLE handle, enum object_type type, HNODE node, enum clusapi_object_op op, DWORD flags,
                   BYTE *buffer, DWORD size)
{
    struct object_ex_op_params params = { 0 };
    struct cluster_object *object, *destination = NULL;
    DWORD error;

    if (!(object = object_from_handle(handle, type))) return ERROR_INVALID_HANDLE;
    if (node && !(destination = object_from_handle(node, OBJECT_NODE)))
    {
        object_release(&object->obj);
        return ERROR_INVALID_HANDLE;
    }
    if (!buffer && size) error = ERROR_INVALID_PARAMETER;
    else
    {
        params.object = object->unix_object;
        params.node = destination ? destination->unix_object : 0;
        params.op = op;
        params.flags = flags;
        params.buffer = buffer;
        params.size = size;
        error = unix_call(unix_object_ex_op, &params) ? call_error(params.rpc_status, params.result)
                                                      : GetLastError();
    }
    if (destination) object_release(&destination->obj);
    object_release(&object->obj);
    return error;
}

/* Runs a string-returning call into a buffer that grows until the string
 * fits, then applies the caller's buffer rules. */
static DWORD fetch_string(enum clusapi_funcs func, void *params, struct unix_string *string,
                          const UINT32 *rpc_status, const UINT32 *result, WCHAR *buffer, DWORD *size)
{
    WCHAR *text = NULL;
    DWORD capacity = 64, error;

    for (;;)
    {
        if (!(text = HeapAlloc(GetProcessHeap(), 0, capacity * sizeof(WCHAR)))) return ERROR_NOT_ENOUGH_MEMORY;
        string->buffer = text;
        string->size = capacity;
        error = unix_call(func, params) ? call_error(*rpc_status, *result) : GetLastError();
        if (error || string->len < capacity) break;
        capacity = string->len + 1;
        HeapFree(GetProcessHeap(), 0, text);
    }
    if (!error) error = copy_name_out(text, string->len, buffer, size);
    HeapFree(GetProcessHeap(), 0, text);
    return error;
}

DWORD get_object_string(HANDLE handle, enum object_type type, enum clusapi_get_string_op op,
                        WCHAR *buffer, DWORD *size)
{
    struct get_string_params params = { 0 };
    struct cluster_object *object;
    DWORD error;

    if (!(object = object_from_handle(handle, type))) return ERROR_INVALID_HANDLE;
    if (!size) error = ERROR_INVALID_PARAMETER;
    else
    {
        params.object = object->unix_object;
        params.op = op;
        error = fetch_string(unix_get_string, &params, &params.string, &params.rpc_status, &params.result,
                             buffer, size);
    }
    object_release(&object->obj);
    return error;
}

DWORD set_object_string(HANDLE handle, enum object_type type, enum clusapi_set_string_op op, const WCHAR *string)
{
    struct set_string_params params = { 0 };
    struct cluster_object *object;
    DWORD error;

    if (!(object = object_from_handle(handle, type))) return ERROR_INVALID_HANDLE;
    if (!string && op != CLUSAPI_SET_DEPENDENCY_EXPRESSION) error = ERROR_INVALID_PARAMETER;
    else
    {
        params.object = object->unix_object;
        params.op = op;
        params.string = string;
        error = unix_call(unix_set_string, &params) ? call_error(params.rpc_status, params.result) : GetLastError();
    }
    object_release(&object->obj);
    return error;
}

/* Fills the optional node and group name buffers of the state getters: a
 * buffer is optional, but a buffer without its size is an error. */
DWORD get_object_state(HANDLE handle, enum object_type type, WCHAR *node_name, DWORD *node_size,
                       WCHAR *group_name, DWORD *group_size)
{
    struct get_state_params params = { 0 };
    WCHAR node[MAX_COMPUTERNAME_LENGTH + 1], group[256];
    struct cluster_object *object;
    DWORD error = ERROR_SUCCESS;

    if (!(object = object_from_handle(handle, type))) return (DWORD)-1;
    if ((node_name && !node_size) || (group_name && !group_size))
    {
        object_release(&object->obj);
        SetLastError(ERROR_INVALID_PARAMETER);
        return (DWORD)-1;
    }
    params.object = object->unix_object;
    params.node_name.buffer = node;
    params.node_name.size = ARRAY_SIZE(node);
    params.group_name.buffer = group;
    params.group_name.size = ARRAY_SIZE(group);
    if (!unix_call(unix_get_state, &params)) error = GetLastError();
    else error = call_error(params.rpc_status, params.result);
    object_release(&object->obj);
    if (error)
    {
        SetLastError(error);
        return (DWORD)-1;
    }
    /* Names longer than these buffers do not exist: node names are NetBIOS
     * names, group names are limited by the cluster. */
    if (params.node_name.len >= ARRAY_SIZE(node) || params.group_name.len >= ARRAY_SIZE(group))
        WARN("name too long: node %u, group %u characters\n", params.node_name.len, params.group_name.len);
    if (node_size && copy_name_out(node, min(params.node_name.len, ARRAY_SIZE(node) - 1), node_name, node_size))
        error = ERROR_MORE_DATA;
    if (group_size && copy_name_out(group, min(params.group_name.len, ARRAY_SIZE(group) - 1), group_name, group_size))
        error = ERROR_MORE_DATA;
    /* The state still comes back when a name did not fit (SDK: the getters). */
    SetLastError(error);
    return params.state;
}
