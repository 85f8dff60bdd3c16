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
