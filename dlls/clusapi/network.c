/*
 * Networks and network interfaces.
 */
#include "clusapi_private.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(clusapi);

HNETWORK WINAPI OpenClusterNetwork(HCLUSTER cluster, const WCHAR *name)
{
    TRACE("%p, %s\n", cluster, debugstr_w(name));
    return open_object(cluster, OBJECT_NETWORK, name, FALSE, 0, NULL);
}

HNETWORK WINAPI OpenClusterNetworkEx(HCLUSTER cluster, const WCHAR *name, DWORD desired_access,
                                     DWORD *granted_access)
{
    TRACE("%p, %s, %#lx, %p\n", cluster, debugstr_w(name), desired_access, granted_access);
    return open_object(cluster, OBJECT_NETWORK, name, TRUE, desired_access, granted_access);
}

BOOL WINAPI CloseClusterNetwork(HNETWORK network)
{
    TRACE("%p\n", network);
    return close_object(network, OBJECT_NETWORK);
}

HCLUSTER WINAPI GetClusterFromNetwork(HNETWORK network)
{
    TRACE("%p\n", network);
    return get_cluster_from(network, OBJECT_NETWORK);
}

CLUSTER_NETWORK_STATE WINAPI GetClusterNetworkState(HNETWORK network)
{
    TRACE("%p\n", network);
    return get_object_state(network, OBJECT_NETWORK, NULL, NULL, NULL, NULL);
}

DWORD WINAPI SetClusterNetworkName(HNETWORK network, const WCHAR *name)
{
    TRACE("%p, %s\n", network, debugstr_w(name));
    return set_object_string(network, OBJECT_NETWORK, CLUSAPI_SET_NAME, name);
}

DWORD WINAPI GetClusterNetworkId(HNETWORK network, WCHAR *id, DWORD *size)
{
    TRACE("%p, %p, %p\n", network, id, size);
    return get_object_string(network, OBJECT_NETWORK, CLUSAPI_GET_ID, id, size);
}

HNETWORKENUM WINAPI ClusterNetworkOpenEnum(HNETWORK network, DWORD type)
{
    TRACE("%p, %#lx\n", network, type);
    return open_enum(network, OBJECT_NETWORK, OBJECT_NETWORK_ENUM, type, NULL, NULL);
}

DWORD WINAPI ClusterNetworkGetEnumCount(HNETWORKENUM enumeration)
{
    TRACE("%p\n", enumeration);
    return get_enum_count(enumeration, OBJECT_NETWORK_ENUM);
}

DWORD WINAPI ClusterNetworkEnum(HNETWORKENUM enumeration, DWORD index, DWORD *type, WCHAR *name, DWORD *size)
{
    TRACE("%p, %lu, %p, %p, %p\n", enumeration, index, type, name, size);
    return enum_entry(enumeration, OBJECT_NETWORK_ENUM, index, type, name, size);
}

DWORD WINAPI ClusterNetworkCloseEnum(HNETWORKENUM enumeration)
{
    TRACE("%p\n", enumeration);
    return close_enum(enumeration, OBJECT_NETWORK_ENUM);
}

HNETINTERFACE WINAPI OpenClusterNetInterface(HCLUSTER cluster, const WCHAR *name)
{
    TRACE("%p, %s\n", cluster, debugstr_w(name));
    return open_object(cluster, OBJECT_NETINTERFACE, name, FALSE, 0, NULL);
}

HNETINTERFACE WINAPI OpenClusterNetInterfaceEx(HCLUSTER cluster, const WCHAR *name, DWORD desired_access,
                                               DWORD *granted_access)
{
    TRACE("%p, %s, %#lx, %p\n", cluster, debugstr_w(name), desired_access, granted_access);
    return open_object(cluster, OBJECT_NETINTERFACE, name, TRUE, desired_access, granted_access);
}

BOOL WINAPI CloseClusterNetInterface(HNETINTERFACE netinterface)
{
    TRACE("%p\n", netinterface);
    return close_object(netinterface, OBJECT_NETINTERFACE);
}

HCLUSTER WINAPI GetClusterFromNetInterface(HNETINTERFACE netinterface)
{
    TRACE("%p\n", netinterface);
    return get_cluster_from(netinterface, OBJECT_NETINTERFACE);
}

CLUSTER_NETINTERFACE_STATE WINAPI GetClusterNetInterfaceState(HNETINTERFACE netinterface)
{
    TRACE("%p\n", netinterface);
    /* Passed through as the server numbers it (docs: ms-cmrp.md pitfall P6). */
    return get_object_state(netinterface, OBJECT_NETINTERFACE, NULL, NULL, NULL, NULL);
}

HNETINTERFACEENUM WINAPI ClusterNetInterfaceOpenEnum(HCLUSTER cluster, const WCHAR *node, const WCHAR *network)
{
    TRACE("%p, %s, %s\n", cluster, debugstr_w(node), debugstr_w(network));
    return open_enum(cluster, OBJECT_CLUSTER, OBJECT_NETINTERFACE_ENUM, 0, node, network);
}

DWORD WINAPI ClusterNetInterfaceEnum(HNETINTERFACEENUM enumeration, DWORD index, WCHAR *name, DWORD *size)
{
    DWORD type;

    TRACE("%p, %lu, %p, %p\n", enumeration, index, name, size);
    return enum_entry(enumeration, OBJECT_NETINTERFACE_ENUM, index, &type, name, size);
}

DWORD WINAPI ClusterNetInterfaceCloseEnum(HNETINTERFACEENUM enumeration)
{
    TRACE("%p\n", enumeration);
    return close_enum(enumeration, OBJECT_NETINTERFACE_ENUM);
}
