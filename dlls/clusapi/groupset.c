/*
 * Group sets (Windows Server 2016 and later): create, open, close, delete,
 * membership and the enumeration of a cluster's sets.  A group set handle is
 * a handle type of its own: group and group set functions refuse each
 * other's handles.
 */
#include "clusapi_private.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(clusapi);

HGROUPSET WINAPI CreateClusterGroupSet(HCLUSTER cluster, const WCHAR *name)
{
    TRACE("%p, %s\n", cluster, debugstr_w(name));
    return create_object(cluster, NULL, OBJECT_GROUPSET, name, NULL, 0, FALSE, NULL);
}

HGROUPSET WINAPI OpenClusterGroupSet(HCLUSTER cluster, const WCHAR *name)
{
    TRACE("%p, %s\n", cluster, debugstr_w(name));
    return open_object(cluster, OBJECT_GROUPSET, name, FALSE, 0, NULL);
}

BOOL WINAPI CloseClusterGroupSet(HGROUPSET groupset)
{
    TRACE("%p\n", groupset);
    return close_object(groupset, OBJECT_GROUPSET);
}

DWORD WINAPI DeleteClusterGroupSet(HGROUPSET groupset)
{
    TRACE("%p\n", groupset);
    return object_op(groupset, OBJECT_GROUPSET, CLUSAPI_OP_DELETE);
}

DWORD WINAPI ClusterAddGroupToGroupSet(HGROUPSET groupset, HGROUP group)
{
    TRACE("%p, %p\n", groupset, group);
    return pair_op(groupset, OBJECT_GROUPSET, group, OBJECT_GROUP, CLUSAPI_PAIR_ADD_TO_GROUPSET);
}

DWORD WINAPI ClusterRemoveGroupFromGroupSet(HGROUP group)
{
    TRACE("%p\n", group);
    return object_op(group, OBJECT_GROUP, CLUSAPI_OP_REMOVE_FROM_GROUPSET);
}

HGROUPSETENUM WINAPI ClusterGroupSetOpenEnum(HCLUSTER cluster)
{
    TRACE("%p\n", cluster);
    return open_enum(cluster, OBJECT_CLUSTER, OBJECT_GROUPSET_ENUM, 0, NULL, NULL);
}

DWORD WINAPI ClusterGroupSetGetEnumCount(HGROUPSETENUM enumeration)
{
    TRACE("%p\n", enumeration);
    return get_enum_count(enumeration, OBJECT_GROUPSET_ENUM);
}

/* Entries have no type: only the name comes back, by the usual buffer rules. */
DWORD WINAPI ClusterGroupSetEnum(HGROUPSETENUM enumeration, DWORD index, WCHAR *name, DWORD *size)
{
    TRACE("%p, %lu, %p, %p\n", enumeration, index, name, size);
    return enum_entry(enumeration, OBJECT_GROUPSET_ENUM, index, NULL, name, size);
}

DWORD WINAPI ClusterGroupSetCloseEnum(HGROUPSETENUM enumeration)
{
    TRACE("%p\n", enumeration);
    return close_enum(enumeration, OBJECT_GROUPSET_ENUM);
}
