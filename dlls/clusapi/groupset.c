/*
 * Group sets (Windows Server 2016 and later): create, open, close, delete,
 * membership, dependencies (of sets on sets, of groups on a set) and the
 * enumeration of a cluster's sets.  A group set handle is
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

/* ApiAddGroupToGroupSetEx with UseDomains TRUE. */
DWORD WINAPI ClusterAddGroupToGroupSetWithDomains(HGROUPSET groupset, HGROUP group, DWORD fault_domain,
                                                  DWORD update_domain)
{
    TRACE("%p, %p, %lu, %lu\n", groupset, group, fault_domain, update_domain);
    return args_op(groupset, OBJECT_GROUPSET, group, OBJECT_GROUP, CLUSAPI_ARGS_ADD_TO_GROUPSET, fault_domain,
                   update_domain, 0);
}

DWORD WINAPI ClusterRemoveGroupFromGroupSet(HGROUP group)
{
    TRACE("%p\n", group);
    return object_op(group, OBJECT_GROUP, CLUSAPI_OP_REMOVE_FROM_GROUPSET);
}

DWORD WINAPI AddClusterGroupSetDependency(HGROUPSET dependent, HGROUPSET provider)
{
    TRACE("%p, %p\n", dependent, provider);
    return pair_op(dependent, OBJECT_GROUPSET, provider, OBJECT_GROUPSET, CLUSAPI_PAIR_ADD_GROUPSET_DEPENDENCY);
}

DWORD WINAPI RemoveClusterGroupSetDependency(HGROUPSET groupset, HGROUPSET depends_on)
{
    TRACE("%p, %p\n", groupset, depends_on);
    return pair_op(groupset, OBJECT_GROUPSET, depends_on, OBJECT_GROUPSET, CLUSAPI_PAIR_REMOVE_GROUPSET_DEPENDENCY);
}

/* "[name or id] and [...]"; NULL or "" removes every set the set depends on. */
DWORD WINAPI SetClusterGroupSetDependencyExpression(HGROUPSET groupset, const WCHAR *expression)
{
    TRACE("%p, %s\n", groupset, debugstr_w(expression));
    return set_object_string(groupset, OBJECT_GROUPSET, CLUSAPI_SET_DEPENDENCY_EXPRESSION, expression);
}

DWORD WINAPI AddClusterGroupToGroupSetDependency(HGROUP dependent, HGROUPSET provider)
{
    TRACE("%p, %p\n", dependent, provider);
    return pair_op(dependent, OBJECT_GROUP, provider, OBJECT_GROUPSET, CLUSAPI_PAIR_ADD_GROUP_TO_SET_DEPENDENCY);
}

DWORD WINAPI RemoveClusterGroupToGroupSetDependency(HGROUP group, HGROUPSET depends_on)
{
    TRACE("%p, %p\n", group, depends_on);
    return pair_op(group, OBJECT_GROUP, depends_on, OBJECT_GROUPSET, CLUSAPI_PAIR_REMOVE_GROUP_TO_SET_DEPENDENCY);
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
