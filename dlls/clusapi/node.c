/*
 * Nodes: open, state, id, pause/resume/evict, enumerations of a node.
 */
#include "clusapi_private.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(clusapi);

HNODE WINAPI OpenClusterNode(HCLUSTER cluster, const WCHAR *name)
{
    TRACE("%p, %s\n", cluster, debugstr_w(name));
    return open_object(cluster, OBJECT_NODE, name, FALSE, 0, NULL);
}

HNODE WINAPI OpenClusterNodeEx(HCLUSTER cluster, const WCHAR *name, DWORD desired_access, DWORD *granted_access)
{
    TRACE("%p, %s, %#lx, %p\n", cluster, debugstr_w(name), desired_access, granted_access);
    return open_object(cluster, OBJECT_NODE, name, TRUE, desired_access, granted_access);
}

/* MS-CMRP opens nodes by name only: the node whose id (the decimal node id
 * of ApiCreateEnumEx's id list) is id, opened by its name. */
HNODE WINAPI OpenClusterNodeById(HCLUSTER cluster, DWORD id)
{
    WCHAR wanted[11], *name = NULL;
    CLUSTER_ENUM_ITEM *item = NULL;
    DWORD index, size = 0, error = ERROR_SUCCESS;
    HCLUSENUMEX enumeration;
    HNODE node;

    TRACE("%p, %lu\n", cluster, id);
    if (!(enumeration = open_enum(cluster, OBJECT_CLUSTER, OBJECT_CLUSTER_ENUM_EX, CLUSTER_ENUM_NODE, NULL, NULL)))
        return NULL;
    swprintf(wanted, ARRAY_SIZE(wanted), L"%lu", id);
    for (index = 0; !name; index++)
    {
        DWORD needed = size;

        error = enum_entry_ex(enumeration, OBJECT_CLUSTER_ENUM_EX, index, item, &needed);
        if (error == ERROR_MORE_DATA)
        {
            HeapFree(GetProcessHeap(), 0, item);
            if (!(item = HeapAlloc(GetProcessHeap(), 0, needed))) error = ERROR_NOT_ENOUGH_MEMORY;
            else
            {
                size = needed;
                error = enum_entry_ex(enumeration, OBJECT_CLUSTER_ENUM_EX, index, item, &needed);
            }
        }
        if (error) break;
        if (!wcscmp(item->lpszId, wanted)) name = item->lpszName;
    }
    close_enum(enumeration, OBJECT_CLUSTER_ENUM_EX);
    if (error == ERROR_NO_MORE_ITEMS) error = ERROR_CLUSTER_NODE_NOT_FOUND;
    node = name ? open_object(cluster, OBJECT_NODE, name, FALSE, 0, NULL) : NULL;
    HeapFree(GetProcessHeap(), 0, item);
    if (!name) SetLastError(error);
    return node;
}

BOOL WINAPI CloseClusterNode(HNODE node)
{
    TRACE("%p\n", node);
    return close_object(node, OBJECT_NODE);
}

HCLUSTER WINAPI GetClusterFromNode(HNODE node)
{
    TRACE("%p\n", node);
    return get_cluster_from(node, OBJECT_NODE);
}

CLUSTER_NODE_STATE WINAPI GetClusterNodeState(HNODE node)
{
    TRACE("%p\n", node);
    return get_object_state(node, OBJECT_NODE, NULL, NULL, NULL, NULL);
}

DWORD WINAPI GetClusterNodeId(HNODE node, WCHAR *id, DWORD *size)
{
    TRACE("%p, %p, %p\n", node, id, size);
    return get_object_string(node, OBJECT_NODE, CLUSAPI_GET_ID, id, size);
}

DWORD WINAPI PauseClusterNode(HNODE node)
{
    TRACE("%p\n", node);
    return object_op(node, OBJECT_NODE, CLUSAPI_OP_PAUSE);
}

DWORD WINAPI ResumeClusterNode(HNODE node)
{
    TRACE("%p\n", node);
    return object_op(node, OBJECT_NODE, CLUSAPI_OP_RESUME);
}

DWORD WINAPI EvictClusterNode(HNODE node)
{
    TRACE("%p\n", node);
    return object_op(node, OBJECT_NODE, CLUSAPI_OP_EVICT);
}

/* drain_target: ApiPauseNodeWithDrainTarget, which drains; otherwise
 * ApiPauseNodeEx(drain, flags).  The server checks the flags. */
DWORD WINAPI PauseClusterNodeEx(HNODE node, BOOL drain, DWORD flags, HNODE drain_target)
{
    struct cluster_object *object;

    TRACE("%p, %d, %#lx, %p\n", node, drain, flags, drain_target);
    if (drain_target && !drain)
    {
        /* the handle first, as everywhere */
        if (!(object = object_from_handle(node, OBJECT_NODE))) return ERROR_INVALID_HANDLE;
        object_release(&object->obj);
        return ERROR_INVALID_PARAMETER;
    }
    return args_op(node, OBJECT_NODE, drain_target, OBJECT_NODE, CLUSAPI_ARGS_PAUSE_NODE, drain, flags, 0);
}

DWORD WINAPI ResumeClusterNodeEx(HNODE node, CLUSTER_NODE_RESUME_FAILBACK_TYPE failback, DWORD flags)
{
    TRACE("%p, %d, %#lx\n", node, failback, flags);
    return args_op(node, OBJECT_NODE, NULL, OBJECT_NODE, CLUSAPI_ARGS_RESUME_NODE, failback, flags, 0);
}

/* The eviction is ApiEvictNode.  The cleanup of the evicted node is not
 * MS-CMRP (it runs on that node through MC-CCFG), which this client does not
 * speak: an evicted node is answered as "evicted without cleanup", its
 * cleanup status ERROR_CALL_NOT_IMPLEMENTED, and no time is waited. */
DWORD WINAPI EvictClusterNodeEx(HNODE node, DWORD timeout, HRESULT *cleanup_status)
{
    DWORD error;

    TRACE("%p, %lu, %p\n", node, timeout, cleanup_status);
    error = object_op(node, OBJECT_NODE, CLUSAPI_OP_EVICT);
    if (error) return error;
    if (cleanup_status) *cleanup_status = HRESULT_FROM_WIN32(ERROR_CALL_NOT_IMPLEMENTED);
    return ERROR_CLUSTER_EVICT_WITHOUT_CLEANUP;
}

HNODEENUM WINAPI ClusterNodeOpenEnum(HNODE node, DWORD type)
{
    TRACE("%p, %#lx\n", node, type);
    return open_enum(node, OBJECT_NODE, OBJECT_NODE_ENUM, type, NULL, NULL);
}

DWORD WINAPI ClusterNodeGetEnumCount(HNODEENUM enumeration)
{
    TRACE("%p\n", enumeration);
    return get_enum_count(enumeration, OBJECT_NODE_ENUM);
}

DWORD WINAPI ClusterNodeEnum(HNODEENUM enumeration, DWORD index, DWORD *type, WCHAR *name, DWORD *size)
{
    TRACE("%p, %lu, %p, %p, %p\n", enumeration, index, type, name, size);
    return enum_entry(enumeration, OBJECT_NODE_ENUM, index, type, name, size);
}

DWORD WINAPI ClusterNodeCloseEnum(HNODEENUM enumeration)
{
    TRACE("%p\n", enumeration);
    return close_enum(enumeration, OBJECT_NODE_ENUM);
}

HNODEENUMEX WINAPI ClusterNodeOpenEnumEx(HNODE node, DWORD type, void *options)
{
    TRACE("%p, %#lx, %p\n", node, type, options);
    /* Options are reserved: the server must get 0 (MS-CMRP ApiCreateNodeEnumEx). */
    if (options)
    {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    return open_enum(node, OBJECT_NODE, OBJECT_NODE_ENUM_EX, type, NULL, NULL);
}

DWORD WINAPI ClusterNodeGetEnumCountEx(HNODEENUMEX enumeration)
{
    TRACE("%p\n", enumeration);
    return get_enum_count(enumeration, OBJECT_NODE_ENUM_EX);
}

DWORD WINAPI ClusterNodeEnumEx(HNODEENUMEX enumeration, DWORD index, CLUSTER_ENUM_ITEM *item, DWORD *size)
{
    TRACE("%p, %lu, %p, %p\n", enumeration, index, item, size);
    return enum_entry_ex(enumeration, OBJECT_NODE_ENUM_EX, index, item, size);
}

DWORD WINAPI ClusterNodeCloseEnumEx(HNODEENUMEX enumeration)
{
    TRACE("%p\n", enumeration);
    return close_enum(enumeration, OBJECT_NODE_ENUM_EX);
}
