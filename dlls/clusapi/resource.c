/*
 * Resources and resource types: open, create, delete, state, rename,
 * online/offline/fail, dependencies, possible owners, group changes,
 * enumerations.
 */
#include "clusapi_private.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(clusapi);

HRESOURCE WINAPI OpenClusterResource(HCLUSTER cluster, const WCHAR *name)
{
    TRACE("%p, %s\n", cluster, debugstr_w(name));
    return open_object(cluster, OBJECT_RESOURCE, name, FALSE, 0, NULL);
}

HRESOURCE WINAPI OpenClusterResourceEx(HCLUSTER cluster, const WCHAR *name, DWORD desired_access,
                                       DWORD *granted_access)
{
    TRACE("%p, %s, %#lx, %p\n", cluster, debugstr_w(name), desired_access, granted_access);
    return open_object(cluster, OBJECT_RESOURCE, name, TRUE, desired_access, granted_access);
}

HRESOURCE WINAPI CreateClusterResource(HGROUP group, const WCHAR *name, const WCHAR *type, DWORD flags)
{
    TRACE("%p, %s, %s, %#lx\n", group, debugstr_w(name), debugstr_w(type), flags);
    if (!group)
    {
        SetLastError(ERROR_INVALID_HANDLE);
        return NULL;
    }
    return create_object(NULL, group, OBJECT_RESOURCE, name, type, flags, FALSE, NULL);
}

DWORD WINAPI DeleteClusterResource(HRESOURCE resource)
{
    TRACE("%p\n", resource);
    return object_op(resource, OBJECT_RESOURCE, CLUSAPI_OP_DELETE);
}

BOOL WINAPI CloseClusterResource(HRESOURCE resource)
{
    TRACE("%p\n", resource);
    return close_object(resource, OBJECT_RESOURCE);
}

HCLUSTER WINAPI GetClusterFromResource(HRESOURCE resource)
{
    TRACE("%p\n", resource);
    return get_cluster_from(resource, OBJECT_RESOURCE);
}

CLUSTER_RESOURCE_STATE WINAPI GetClusterResourceState(HRESOURCE resource, WCHAR *node_name, DWORD *node_size,
                                                      WCHAR *group_name, DWORD *group_size)
{
    TRACE("%p, %p, %p, %p, %p\n", resource, node_name, node_size, group_name, group_size);
    return get_object_state(resource, OBJECT_RESOURCE, node_name, node_size, group_name, group_size);
}

DWORD WINAPI SetClusterResourceName(HRESOURCE resource, const WCHAR *name)
{
    TRACE("%p, %s\n", resource, debugstr_w(name));
    return set_object_string(resource, OBJECT_RESOURCE, CLUSAPI_SET_NAME, name);
}

DWORD WINAPI OnlineClusterResource(HRESOURCE resource)
{
    TRACE("%p\n", resource);
    return object_op(resource, OBJECT_RESOURCE, CLUSAPI_OP_ONLINE);
}

DWORD WINAPI OfflineClusterResource(HRESOURCE resource)
{
    TRACE("%p\n", resource);
    return object_op(resource, OBJECT_RESOURCE, CLUSAPI_OP_OFFLINE);
}

DWORD WINAPI FailClusterResource(HRESOURCE resource)
{
    TRACE("%p\n", resource);
    return object_op(resource, OBJECT_RESOURCE, CLUSAPI_OP_FAIL);
}

DWORD WINAPI RestartClusterResource(HRESOURCE resource, DWORD flags)
{
    TRACE("%p, %#lx\n", resource, flags);
    return object_value_op(resource, OBJECT_RESOURCE, CLUSAPI_VALUE_OP_RESTART, flags);
}

DWORD WINAPI ChangeClusterResourceGroup(HRESOURCE resource, HGROUP group)
{
    TRACE("%p, %p\n", resource, group);
    return pair_op(resource, OBJECT_RESOURCE, group, OBJECT_GROUP, CLUSAPI_PAIR_CHANGE_GROUP);
}

DWORD WINAPI ChangeClusterResourceGroupEx(HRESOURCE resource, HGROUP group, ULONGLONG flags)
{
    TRACE("%p, %p, %#I64x\n", resource, group, flags);
    return args_op(resource, OBJECT_RESOURCE, group, OBJECT_GROUP, CLUSAPI_ARGS_CHANGE_GROUP, 0, 0, flags);
}

DWORD WINAPI AddClusterResourceNode(HRESOURCE resource, HNODE node)
{
    TRACE("%p, %p\n", resource, node);
    return pair_op(resource, OBJECT_RESOURCE, node, OBJECT_NODE, CLUSAPI_PAIR_ADD_OWNER);
}

DWORD WINAPI RemoveClusterResourceNode(HRESOURCE resource, HNODE node)
{
    TRACE("%p, %p\n", resource, node);
    return pair_op(resource, OBJECT_RESOURCE, node, OBJECT_NODE, CLUSAPI_PAIR_REMOVE_OWNER);
}

DWORD WINAPI AddClusterResourceDependency(HRESOURCE resource, HRESOURCE depends_on)
{
    TRACE("%p, %p\n", resource, depends_on);
    return pair_op(resource, OBJECT_RESOURCE, depends_on, OBJECT_RESOURCE, CLUSAPI_PAIR_ADD_DEPENDENCY);
}

DWORD WINAPI RemoveClusterResourceDependency(HRESOURCE resource, HRESOURCE depends_on)
{
    TRACE("%p, %p\n", resource, depends_on);
    return pair_op(resource, OBJECT_RESOURCE, depends_on, OBJECT_RESOURCE, CLUSAPI_PAIR_REMOVE_DEPENDENCY);
}

BOOL WINAPI CanResourceBeDependent(HRESOURCE resource, HRESOURCE dependent)
{
    DWORD error;

    TRACE("%p, %p\n", resource, dependent);
    error = pair_op(resource, OBJECT_RESOURCE, dependent, OBJECT_RESOURCE, CLUSAPI_PAIR_CAN_BE_DEPENDENT);
    SetLastError(error);
    return !error;
}

DWORD WINAPI GetClusterResourceDependencyExpression(HRESOURCE resource, WCHAR *expression, DWORD *size)
{
    TRACE("%p, %p, %p\n", resource, expression, size);
    return get_object_string(resource, OBJECT_RESOURCE, CLUSAPI_GET_DEPENDENCY_EXPRESSION, expression, size);
}

DWORD WINAPI SetClusterResourceDependencyExpression(HRESOURCE resource, const WCHAR *expression)
{
    TRACE("%p, %s\n", resource, debugstr_w(expression));
    return set_object_string(resource, OBJECT_RESOURCE, CLUSAPI_SET_DEPENDENCY_EXPRESSION, expression);
}

BOOL WINAPI GetClusterResourceNetworkName(HRESOURCE resource, WCHAR *name, DWORD *size)
{
    DWORD error;

    TRACE("%p, %p, %p\n", resource, name, size);
    error = get_object_string(resource, OBJECT_RESOURCE, CLUSAPI_GET_NETWORK_NAME, name, size);
    SetLastError(error);
    return !error;
}

HRESENUM WINAPI ClusterResourceOpenEnum(HRESOURCE resource, DWORD type)
{
    TRACE("%p, %#lx\n", resource, type);
    return open_enum(resource, OBJECT_RESOURCE, OBJECT_RESOURCE_ENUM, type, NULL, NULL);
}

DWORD WINAPI ClusterResourceGetEnumCount(HRESENUM enumeration)
{
    TRACE("%p\n", enumeration);
    return get_enum_count(enumeration, OBJECT_RESOURCE_ENUM);
}

DWORD WINAPI ClusterResourceEnum(HRESENUM enumeration, DWORD index, DWORD *type, WCHAR *name, DWORD *size)
{
    TRACE("%p, %lu, %p, %p, %p\n", enumeration, index, type, name, size);
    return enum_entry(enumeration, OBJECT_RESOURCE_ENUM, index, type, name, size);
}

DWORD WINAPI ClusterResourceCloseEnum(HRESENUM enumeration)
{
    TRACE("%p\n", enumeration);
    return close_enum(enumeration, OBJECT_RESOURCE_ENUM);
}

HRESENUMEX WINAPI ClusterResourceOpenEnumEx(HCLUSTER cluster, const WCHAR *properties, DWORD properties_size,
                                           const WCHAR *ro_properties, DWORD ro_properties_size, DWORD flags)
{
    TRACE("%p, %p, %lu, %p, %lu, %#lx\n", cluster, properties, properties_size, ro_properties, ro_properties_size,
          flags);
    return open_object_enum_ex(cluster, OBJECT_RESOURCE_ENUM_EX, properties, properties_size, ro_properties,
                               ro_properties_size, flags);
}

DWORD WINAPI ClusterResourceGetEnumCountEx(HRESENUMEX enumeration)
{
    TRACE("%p\n", enumeration);
    return get_enum_count(enumeration, OBJECT_RESOURCE_ENUM_EX);
}

DWORD WINAPI ClusterResourceEnumEx(HRESENUMEX enumeration, DWORD index, CLUSTER_RESOURCE_ENUM_ITEM *item, DWORD *size)
{
    TRACE("%p, %lu, %p, %p\n", enumeration, index, item, size);
    return object_enum_item(enumeration, OBJECT_RESOURCE_ENUM_EX, index, item, size);
}

DWORD WINAPI ClusterResourceCloseEnumEx(HRESENUMEX enumeration)
{
    TRACE("%p\n", enumeration);
    return close_enum(enumeration, OBJECT_RESOURCE_ENUM_EX);
}

HRESTYPEENUM WINAPI ClusterResourceTypeOpenEnum(HCLUSTER cluster, const WCHAR *type_name, DWORD type)
{
    TRACE("%p, %s, %#lx\n", cluster, debugstr_w(type_name), type);
    if (!type_name)
    {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    return open_enum(cluster, OBJECT_CLUSTER, OBJECT_RESOURCE_TYPE_ENUM, type, type_name, NULL);
}

DWORD WINAPI ClusterResourceTypeGetEnumCount(HRESTYPEENUM enumeration)
{
    TRACE("%p\n", enumeration);
    return get_enum_count(enumeration, OBJECT_RESOURCE_TYPE_ENUM);
}

DWORD WINAPI ClusterResourceTypeEnum(HRESTYPEENUM enumeration, DWORD index, DWORD *type, WCHAR *name, DWORD *size)
{
    TRACE("%p, %lu, %p, %p, %p\n", enumeration, index, type, name, size);
    return enum_entry(enumeration, OBJECT_RESOURCE_TYPE_ENUM, index, type, name, size);
}

DWORD WINAPI ClusterResourceTypeCloseEnum(HRESTYPEENUM enumeration)
{
    TRACE("%p\n", enumeration);
    return close_enum(enumeration, OBJECT_RESOURCE_TYPE_ENUM);
}

DWORD WINAPI OnlineClusterResourceEx(HRESOURCE resource, DWORD flags, BYTE *buffer, DWORD size)
{
    TRACE("%p, %#lx, %p, %lu\n", resource, flags, buffer, size);
    return object_ex_op(resource, OBJECT_RESOURCE, NULL, CLUSAPI_OP_ONLINE, flags, buffer, size);
}

DWORD WINAPI OfflineClusterResourceEx(HRESOURCE resource, DWORD flags, BYTE *buffer, DWORD size)
{
    TRACE("%p, %#lx, %p, %lu\n", resource, flags, buffer, size);
    return object_ex_op(resource, OBJECT_RESOURCE, NULL, CLUSAPI_OP_OFFLINE, flags, buffer, size);
}

DWORD WINAPI SetClusterQuorumResource(HRESOURCE resource, const WCHAR *device_name, DWORD max_log_size)
{
    struct set_quorum_params params = { 0 };
    struct cluster_object *object;
    DWORD error;

    TRACE("%p, %s, %lu\n", resource, debugstr_w(device_name), max_log_size);
    if (!(object = object_from_handle(resource, OBJECT_RESOURCE))) return ERROR_INVALID_HANDLE;
    params.resource = object->unix_object;
    params.device_name = device_name;
    params.max_log_size = max_log_size;
    error = unix_call(unix_set_quorum, &params) ? call_error(params.rpc_status, params.result) : GetLastError();
    object_release(&object->obj);
    return error;
}
