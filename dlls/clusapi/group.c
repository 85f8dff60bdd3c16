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
    return create_object(cluster, NULL, OBJECT_GROUP, name, NULL, 0, FALSE, NULL);
}

HGROUP WINAPI CreateClusterGroupEx(HCLUSTER cluster, const WCHAR *name, CLUSTER_CREATE_GROUP_INFO *info)
{
    TRACE("%p, %s, %p\n", cluster, debugstr_w(name), info);
    return create_object(cluster, NULL, OBJECT_GROUP, name, NULL, 0, TRUE, info);
}

DWORD WINAPI DeleteClusterGroup(HGROUP group)
{
    TRACE("%p\n", group);
    return object_value_op(group, OBJECT_GROUP, CLUSAPI_VALUE_OP_DELETE_GROUP, FALSE);
}

/* Not a composite of client calls: ApiDeleteGroup with bForce TRUE takes
 * the group's resources offline and deletes them with it (MS-CMRP), which
 * is what the SDK says DestroyClusterGroup does. */
DWORD WINAPI DestroyClusterGroup(HGROUP group)
{
    TRACE("%p\n", group);
    return object_value_op(group, OBJECT_GROUP, CLUSAPI_VALUE_OP_DELETE_GROUP, TRUE);
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
    /* Onto a given node: move it there first.  A move still in progress
     * (997) brings an online group up on the destination by itself, and the
     * server refuses an online request meanwhile: report the pending move. */
    if (destination)
    {
        error = pair_op(group, OBJECT_GROUP, destination, OBJECT_NODE, CLUSAPI_PAIR_MOVE_TO_NODE);
        if (error) return error;
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

/* "[name or id] and [...]"; NULL or "" removes every group dependency. */
DWORD WINAPI SetGroupDependencyExpression(HGROUP group, const WCHAR *expression)
{
    TRACE("%p, %s\n", group, debugstr_w(expression));
    return set_object_string(group, OBJECT_GROUP, CLUSAPI_SET_DEPENDENCY_EXPRESSION, expression);
}

DWORD WINAPI RemoveClusterGroupDependency(HGROUP group, HGROUP depends_on)
{
    TRACE("%p, %p\n", group, depends_on);
    return pair_op(group, OBJECT_GROUP, depends_on, OBJECT_GROUP, CLUSAPI_PAIR_REMOVE_GROUP_DEPENDENCY);
}

HGROUPENUMEX WINAPI ClusterGroupOpenEnumEx(HCLUSTER cluster, const WCHAR *properties, DWORD properties_size,
                                           const WCHAR *ro_properties, DWORD ro_properties_size, DWORD flags)
{
    TRACE("%p, %p, %lu, %p, %lu, %#lx\n", cluster, properties, properties_size, ro_properties, ro_properties_size,
          flags);
    return open_object_enum_ex(cluster, OBJECT_GROUP_ENUM_EX, properties, properties_size, ro_properties,
                               ro_properties_size, flags);
}

DWORD WINAPI ClusterGroupGetEnumCountEx(HGROUPENUMEX enumeration)
{
    TRACE("%p\n", enumeration);
    return get_enum_count(enumeration, OBJECT_GROUP_ENUM_EX);
}

DWORD WINAPI ClusterGroupEnumEx(HGROUPENUMEX enumeration, DWORD index, CLUSTER_GROUP_ENUM_ITEM *item, DWORD *size)
{
    TRACE("%p, %lu, %p, %p\n", enumeration, index, item, size);
    return object_enum_item(enumeration, OBJECT_GROUP_ENUM_EX, index, item, size);
}

DWORD WINAPI ClusterGroupCloseEnumEx(HGROUPENUMEX enumeration)
{
    TRACE("%p\n", enumeration);
    return close_enum(enumeration, OBJECT_GROUP_ENUM_EX);
}

DWORD WINAPI OnlineClusterGroupEx(HGROUP group, HNODE destination, DWORD flags, BYTE *buffer, DWORD size)
{
    DWORD error;

    TRACE("%p, %p, %#lx, %p, %lu\n", group, destination, flags, buffer, size);
    if (destination)
    {
        error = object_ex_op(group, OBJECT_GROUP, destination, CLUSAPI_OP_MOVE, 0, NULL, 0);
        if (error) return error;
    }
    return object_ex_op(group, OBJECT_GROUP, NULL, CLUSAPI_OP_ONLINE, flags, buffer, size);
}

DWORD WINAPI OfflineClusterGroupEx(HGROUP group, DWORD flags, BYTE *buffer, DWORD size)
{
    TRACE("%p, %#lx, %p, %lu\n", group, flags, buffer, size);
    return object_ex_op(group, OBJECT_GROUP, NULL, CLUSAPI_OP_OFFLINE, flags, buffer, size);
}

DWORD WINAPI MoveClusterGroupEx(HGROUP group, HNODE destination, DWORD flags, BYTE *buffer, DWORD size)
{
    TRACE("%p, %p, %#lx, %p, %lu\n", group, destination, flags, buffer, size);
    return object_ex_op(group, OBJECT_GROUP, destination, CLUSAPI_OP_MOVE, flags, buffer, size);
}

DWORD WINAPI SetClusterGroupNodeList(HGROUP group, DWORD count, HNODE *nodes)
{
    struct set_group_node_list_params params = { 0 };
    struct cluster_object *object, *node;
    WCHAR *list = NULL, *p;
    DWORD error = ERROR_SUCCESS, i, len = 0;

    TRACE("%p, %lu, %p\n", group, count, nodes);
    if (!(object = object_from_handle(group, OBJECT_GROUP))) return ERROR_INVALID_HANDLE;
    if (count && !nodes) error = ERROR_INVALID_PARAMETER;

    /* The wire takes names: a MULTI_SZ of the nodes' names, as opened. */
    for (i = 0; i < count && !error; i++)
    {
        if (!(node = object_from_handle(nodes[i], OBJECT_NODE))) error = ERROR_INVALID_HANDLE;
        else
        {
            len += lstrlenW(node->name) + 1;
            object_release(&node->obj);
        }
    }
    if (!error && count && !(list = HeapAlloc(GetProcessHeap(), 0, (len + 1) * sizeof(WCHAR))))
        error = ERROR_NOT_ENOUGH_MEMORY;
    for (i = 0, p = list; i < count && !error; i++)
    {
        if (!(node = object_from_handle(nodes[i], OBJECT_NODE))) error = ERROR_INVALID_HANDLE;
        else if (p + lstrlenW(node->name) + 1 > list + len) error = ERROR_INVALID_HANDLE; /* closed and reused meanwhile */
        else
        {
            lstrcpyW(p, node->name);
            p += lstrlenW(node->name) + 1;
        }
        if (node) object_release(&node->obj);
    }
    if (!error)
    {
        if (list) *p++ = 0;
        params.group = object->unix_object;
        params.node_list = list;
        params.node_list_len = list ? p - list : 0;
        error = unix_call(unix_set_group_node_list, &params) ? call_error(params.rpc_status, params.result)
                                                             : GetLastError();
    }
    HeapFree(GetProcessHeap(), 0, list);
    object_release(&object->obj);
    return error;
}
