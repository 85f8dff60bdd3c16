/*
 * Groups: open, create, delete, state, rename, online/offline/move,
 * enumerations of a group.
 */
#include "clusapi_private.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(clusapi);

HGROUP WINAPI OpenClusterGroup(HCLUSTER cluster, const WCHAR *name)
{
    TRACE("%p, %s\n", cluster, debugstr_w(name));
    return open_object(cluster, OBJECT_GROUP, name, FALSE, 0, NULL);
}

HGROUP WINAPI OpenClusterGroupEx(HCLUSTER cluster, const WCHAR *name, DWORD desired_access, DWORD *granted_access)
{
    TRACE("%p, %s, %#lx, %p\n", cluster, debugstr_w(name), desired_access, granted_access);
    return open_object(cluster, OBJECT_GROUP, name, TRUE, desired_access, granted_access);
}

HGROUP WINAPI CreateClusterGroup(HCLUSTER cluster, const WCHAR *name)
{
    TRACE("%p, %s\n", cluster, debugstr_w(name));
    return create_object(cluster, NULL, OBJECT_GROUP, name, NULL, 0);
}

DWORD WINAPI DeleteClusterGroup(HGROUP group)
{
    TRACE("%p\n", group);
    return object_value_op(group, OBJECT_GROUP, CLUSAPI_VALUE_OP_DELETE_GROUP, FALSE);
}

BOOL WINAPI CloseClusterGroup(HGROUP group)
{
    TRACE("%p\n", group);
    return close_object(group, OBJECT_GROUP);
}

HCLUSTER WINAPI GetClusterFromGroup(HGROUP group)
{
    TRACE("%p\n", group);
    return get_cluster_from(group, OBJECT_GROUP);
}

CLUSTER_GROUP_STATE WINAPI GetClusterGroupState(HGROUP group, WCHAR *node_name, DWORD *node_size)
{
    TRACE("%p, %p, %p\n", group, node_name, node_size);
    return get_object_state(group, OBJECT_GROUP, node_name, node_size, NULL, NULL);
}

DWORD WINAPI SetClusterGroupName(HGROUP group, const WCHAR *name)
{
    TRACE("%p, %s\n", group, debugstr_w(name));
    return set_object_string(group, OBJECT_GROUP, CLUSAPI_SET_NAME, name);
}

DWORD WINAPI OnlineClusterGroup(HGROUP group, HNODE destination)
{
    DWORD error;

    TRACE("%p, %p\n", group, destination);
    /* Onto a given node: move it there first; a move in progress still lets
     * the online request be queued behind it. */
    if (destination)
    {
        error = pair_op(group, OBJECT_GROUP, destination, OBJECT_NODE, CLUSAPI_PAIR_MOVE_TO_NODE);
        if (error && error != ERROR_IO_PENDING) return error;
    }
    return object_op(group, OBJECT_GROUP, CLUSAPI_OP_ONLINE);
}

DWORD WINAPI OfflineClusterGroup(HGROUP group)
{
    TRACE("%p\n", group);
    return object_op(group, OBJECT_GROUP, CLUSAPI_OP_OFFLINE);
}

DWORD WINAPI MoveClusterGroup(HGROUP group, HNODE destination)
{
    TRACE("%p, %p\n", group, destination);
    if (!destination) return object_op(group, OBJECT_GROUP, CLUSAPI_OP_MOVE);
    return pair_op(group, OBJECT_GROUP, destination, OBJECT_NODE, CLUSAPI_PAIR_MOVE_TO_NODE);
}

DWORD WINAPI CancelClusterGroupOperation(HGROUP group, DWORD flags)
{
    TRACE("%p, %#lx\n", group, flags);
    return object_value_op(group, OBJECT_GROUP, CLUSAPI_VALUE_OP_CANCEL, flags);
}

HGROUPENUM WINAPI ClusterGroupOpenEnum(HGROUP group, DWORD type)
{
    TRACE("%p, %#lx\n", group, type);
    return open_enum(group, OBJECT_GROUP, OBJECT_GROUP_ENUM, type, NULL, NULL);
}

DWORD WINAPI ClusterGroupGetEnumCount(HGROUPENUM enumeration)
{
    TRACE("%p\n", enumeration);
    return get_enum_count(enumeration, OBJECT_GROUP_ENUM);
}

DWORD WINAPI ClusterGroupEnum(HGROUPENUM enumeration, DWORD index, DWORD *type, WCHAR *name, DWORD *size)
{
    TRACE("%p, %lu, %p, %p, %p\n", enumeration, index, type, name, size);
    return enum_entry(enumeration, OBJECT_GROUP_ENUM, index, type, name, size);
}

DWORD WINAPI ClusterGroupCloseEnum(HGROUPENUM enumeration)
{
    TRACE("%p\n", enumeration);
    return close_enum(enumeration, OBJECT_GROUP_ENUM);
}
