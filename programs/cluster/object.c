/*
 * cluster.exe for wine-clusapi: any object of the command line, by kind.
 *
 * /prop, /priv and /reg do the same for every kind of object; here a kind
 * maps to its API: the OpenCluster* function, the Cluster*Control function
 * and the object number of its CLUSCTL codes (CLUS_OBJECT_*), the
 * GetCluster*Key function and the ClusterOpenEnum type of all its objects.
 * A resource type has no handle: its control and key functions take the
 * cluster and the type's name.  Nothing here prints; every function returns
 * a Win32 error.
 */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "cluster.h"

/* First output buffer of a control: fits most property lists at once. */
#define FIRST_CONTROL_SIZE 1024
/* Rounds of ERROR_MORE_DATA: a list can grow between two calls. */
#define MAX_CONTROL_TRIES  4

static const struct kind
{
    DWORD        clus_object;   /* CLUS_OBJECT_*: bits 24-31 of its control codes */
    DWORD        enum_type;     /* CLUSTER_ENUM_* of all its objects (0: the cluster) */
    const WCHAR *title, *noun, *plural;
}
kinds[CL_OBJ_COUNT] =
{
    [CL_OBJ_CLUSTER]      = { CLUS_OBJECT_CLUSTER, 0, L"Cluster", L"cluster", L"clusters" },
    [CL_OBJ_NODE]         = { CLUS_OBJECT_NODE, CLUSTER_ENUM_NODE, L"Node", L"node", L"nodes" },
    [CL_OBJ_GROUP]        = { CLUS_OBJECT_GROUP, CLUSTER_ENUM_GROUP, L"Group", L"resource group",
                              L"resource groups" },
    [CL_OBJ_RESOURCE]     = { CLUS_OBJECT_RESOURCE, CLUSTER_ENUM_RESOURCE, L"Resource", L"resource",
                              L"resources" },
    [CL_OBJ_RESTYPE]      = { CLUS_OBJECT_RESOURCE_TYPE, CLUSTER_ENUM_RESTYPE, L"Resource Type",
                              L"resource type", L"resource types" },
    [CL_OBJ_NETWORK]      = { CLUS_OBJECT_NETWORK, CLUSTER_ENUM_NETWORK, L"Network", L"network", L"networks" },
    [CL_OBJ_NETINTERFACE] = { CLUS_OBJECT_NETINTERFACE, CLUSTER_ENUM_NETINTERFACE, L"Net Interface",
                              L"network interface", L"network interfaces" },
};

const WCHAR *cl_kind_title(enum cl_object type)
{
    return kinds[type].title;
}

const WCHAR *cl_kind_noun(enum cl_object type)
{
    return kinds[type].noun;
}

const WCHAR *cl_kind_plural(enum cl_object type)
{
    return kinds[type].plural;
}

DWORD cl_enum_kind(HCLUSTER cluster, enum cl_object type, struct cl_names *list)
{
    memset(list, 0, sizeof(*list));
    if (!kinds[type].enum_type) return ERROR_INVALID_PARAMETER;
    return cl_enum_cluster(cluster, kinds[type].enum_type, list);
}

DWORD cl_object_name_check(const struct cl_context *ctx)
{
    BOOL node, network;

    cl_modifier(ctx, L"node", &node);
    cl_modifier(ctx, L"network", &network);
    if (!node && !network) return ERROR_SUCCESS;
    if (ctx->args->object_name || !node || !network)
        return cl_bad_usage(L"A network interface is named by its name or by /node:node /network:network.\n");
    return ERROR_SUCCESS;
}

DWORD cl_object_name_lookup(const struct cl_context *ctx, const WCHAR **name, WCHAR **owned)
{
    const WCHAR *node = cl_modifier(ctx, L"node", NULL), *network = cl_modifier(ctx, L"network", NULL);
    DWORD err;

    *name = ctx->args->object_name;
    *owned = NULL;
    if (!node || !network) return ERROR_SUCCESS;
    if ((err = cl_netinterface_name(ctx->cluster, node, network, owned))) return err;
    *name = *owned;
    return ERROR_SUCCESS;
}

DWORD cl_object_open(HCLUSTER cluster, enum cl_object type, const WCHAR *name, struct cl_object_ref *object)
{
    DWORD err = ERROR_SUCCESS;

    memset(object, 0, sizeof(*object));
    object->type = type;
    object->cluster = cluster;
    object->name = name;
    switch (type)
    {
    case CL_OBJ_CLUSTER:
        if ((err = cl_get_cluster_info(cluster, &object->owned, NULL))) return err;
        object->name = object->owned;
        break;
    case CL_OBJ_NODE:         err = cl_open_node(cluster, name, (HNODE *)&object->handle); break;
    case CL_OBJ_GROUP:        err = cl_open_group(cluster, name, (HGROUP *)&object->handle); break;
    case CL_OBJ_RESOURCE:     err = cl_open_resource(cluster, name, (HRESOURCE *)&object->handle); break;
    case CL_OBJ_NETWORK:      err = cl_open_network(cluster, name, (HNETWORK *)&object->handle); break;
    case CL_OBJ_NETINTERFACE: err = cl_open_netinterface(cluster, name, (HNETINTERFACE *)&object->handle); break;
    case CL_OBJ_RESTYPE:      break;   /* named in each call; an unknown type fails there */
    default:                  err = ERROR_INVALID_PARAMETER; break;
    }
    return err;
}

void cl_object_close(struct cl_object_ref *object)
{
    if (object->handle)
    {
        switch (object->type)
        {
        case CL_OBJ_NODE:         CloseClusterNode(object->handle); break;
        case CL_OBJ_GROUP:        CloseClusterGroup(object->handle); break;
        case CL_OBJ_RESOURCE:     CloseClusterResource(object->handle); break;
        case CL_OBJ_NETWORK:      CloseClusterNetwork(object->handle); break;
        case CL_OBJ_NETINTERFACE: CloseClusterNetInterface(object->handle); break;
        default: break;
        }
    }
    free(object->owned);
    memset(object, 0, sizeof(*object));
}

DWORD cl_object_control(const struct cl_object_ref *object, DWORD function, void *in, DWORD in_size,
                        void *out, DWORD out_size, DWORD *returned)
{
    DWORD code = (kinds[object->type].clus_object << CLUSCTL_OBJECT_SHIFT) | function;

    switch (object->type)
    {
    case CL_OBJ_CLUSTER:
        return ClusterControl(object->cluster, NULL, code, in, in_size, out, out_size, returned);
    case CL_OBJ_NODE:
        return ClusterNodeControl(object->handle, NULL, code, in, in_size, out, out_size, returned);
    case CL_OBJ_GROUP:
        return ClusterGroupControl(object->handle, NULL, code, in, in_size, out, out_size, returned);
    case CL_OBJ_RESOURCE:
        return ClusterResourceControl(object->handle, NULL, code, in, in_size, out, out_size, returned);
    case CL_OBJ_RESTYPE:
        return ClusterResourceTypeControl(object->cluster, object->name, NULL, code, in, in_size, out,
                                          out_size, returned);
    case CL_OBJ_NETWORK:
        return ClusterNetworkControl(object->handle, NULL, code, in, in_size, out, out_size, returned);
    case CL_OBJ_NETINTERFACE:
        return ClusterNetInterfaceControl(object->handle, NULL, code, in, in_size, out, out_size, returned);
    default:
        return ERROR_INVALID_PARAMETER;
    }
}

DWORD cl_object_control_alloc(const struct cl_object_ref *object, DWORD function, BYTE **out, DWORD *size)
{
    DWORD capacity = FIRST_CONTROL_SIZE, returned, err = ERROR_MORE_DATA;
    BYTE *buf = NULL, *grown;
    int tries;

    *out = NULL;
    *size = 0;
    for (tries = 0; tries < MAX_CONTROL_TRIES && err == ERROR_MORE_DATA; tries++)
    {
        if (!(grown = realloc(buf, capacity ? capacity : 1)))
        {
            err = ERROR_NOT_ENOUGH_MEMORY;
            break;
        }
        buf = grown;
        returned = 0;
        err = cl_object_control(object, function, NULL, 0, buf, capacity, &returned);
        if (err == ERROR_MORE_DATA)
            /* Guard against a size that does not grow the buffer. */
            capacity = returned > capacity ? returned : capacity * 2;
        else if (!err && returned > capacity)
            err = ERROR_INVALID_DATA;   /* more than it was given: not to be trusted */
    }
    if (err)
    {
        free(buf);
        return err;
    }
    *out = buf;
    *size = returned;
    return ERROR_SUCCESS;
}

DWORD cl_object_key(const struct cl_object_ref *object, REGSAM access, HKEY *key)
{
    DWORD err;

    SetLastError(ERROR_SUCCESS);
    switch (object->type)
    {
    case CL_OBJ_CLUSTER:      *key = GetClusterKey(object->cluster, access); break;
    case CL_OBJ_NODE:         *key = GetClusterNodeKey(object->handle, access); break;
    case CL_OBJ_GROUP:        *key = GetClusterGroupKey(object->handle, access); break;
    case CL_OBJ_RESOURCE:     *key = GetClusterResourceKey(object->handle, access); break;
    case CL_OBJ_RESTYPE:      *key = GetClusterResourceTypeKey(object->cluster, object->name, access); break;
    case CL_OBJ_NETWORK:      *key = GetClusterNetworkKey(object->handle, access); break;
    case CL_OBJ_NETINTERFACE: *key = GetClusterNetInterfaceKey(object->handle, access); break;
    default:                  *key = NULL; return ERROR_INVALID_PARAMETER;
    }
    if (*key) return ERROR_SUCCESS;
    /* A NULL key with no error code would otherwise look like success. */
    return (err = GetLastError()) ? err : ERROR_INTERNAL_ERROR;
}
