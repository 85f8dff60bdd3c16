/*
 * Cluster handles: OpenCluster(Ex), CloseCluster, GetClusterInformation,
 * and GetNodeClusterState.
 */
#include "clusapi_private.h"
#include "clusapi.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(clusapi);


/* An empty name means the local cluster, as NULL does. */
static const WCHAR *cluster_name_or_local(const WCHAR *name)
{
    return name && name[0] ? name : NULL;
}

/* Connects and opens the cluster; NULL with the last error set on failure. */
static HCLUSTER open_cluster(const WCHAR *name, BOOL use_ex, DWORD desired_access, DWORD *granted_access)
{
    struct open_cluster_params params = { { 0 } };
    struct cluster_config config;
    struct cluster_object *cluster;
    BOOL refresh, ok;
    DWORD error;

    name = cluster_name_or_local(name);
    params.use_ex = use_ex;
    params.desired_access = desired_access;
    /* Kept settings are checked during the open; stale ones make it open
     * again with those it read (no check: they are from this call). */
    for (refresh = FALSE; ; refresh = TRUE)
    {
        config_load(name, refresh, &config);
        config_to_endpoint(name, &config, &params.endpoint);
        params.user_key = config.user_key;
        params.settings_generation = config.settings_generation;
        params.check_settings = config.settings_kept && !refresh;
        ok = unix_call(unix_open_cluster, &params);
        config_free(&config);
        if (!ok) return NULL;
        if (!params.settings_changed) break;
    }

    if ((error = call_error(params.rpc_status, params.result)))
    {
        TRACE("%s: rpc %u, status %u\n", debugstr_w(name), params.rpc_status, params.result);
        SetLastError(error);
        return NULL;
    }

    if (!(cluster = HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof(*cluster))))
    {
        struct close_object_params close = { params.cluster };
        unix_call(unix_close_object, &close);
        SetLastError(ERROR_NOT_ENOUGH_MEMORY);
        return NULL;
    }
    cluster->obj.refcount = 1;
    cluster->obj.type = OBJECT_CLUSTER;
    cluster->obj.destroy = cluster_object_destroy;
    cluster->unix_object = params.cluster;
    if (granted_access) *granted_access = params.granted_access;
    return object_publish(cluster);
}

HCLUSTER WINAPI OpenCluster(const WCHAR *name)
{
    TRACE("%s\n", debugstr_w(name));
    return open_cluster(name, FALSE, 0, NULL);
}

HCLUSTER WINAPI OpenClusterEx(const WCHAR *name, DWORD desired_access, DWORD *granted_access)
{
    TRACE("%s, %#lx, %p\n", debugstr_w(name), desired_access, granted_access);
    return open_cluster(name, TRUE, desired_access, granted_access);
}

BOOL WINAPI CloseCluster(HCLUSTER handle)
{
    TRACE("%p\n", handle);
    return close_object(handle, OBJECT_CLUSTER);
}

/* Copies src (len characters) to a caller buffer of *size characters, with
 * the SDK's rules: *size becomes the length without the NUL, and a buffer
 * too small (or NULL) gets ERROR_MORE_DATA and is left alone. */
DWORD copy_name_out(const WCHAR *src, DWORD len, WCHAR *buffer, DWORD *size)
{
    DWORD capacity = buffer ? *size : 0;

    *size = len;
    if (len >= capacity) return ERROR_MORE_DATA;
    memcpy(buffer, src, len * sizeof(WCHAR));
    buffer[len] = 0;
    return ERROR_SUCCESS;
}

static DWORD get_cluster_name(struct cluster_object *cluster, WCHAR **name, DWORD *len)
{
    struct get_cluster_name_params params = { cluster->unix_object };
    WCHAR node[MAX_COMPUTERNAME_LENGTH + 1];
    DWORD size = 64, error;

    for (;;)
    {
        if (!(*name = HeapAlloc(GetProcessHeap(), 0, size * sizeof(WCHAR)))) return ERROR_NOT_ENOUGH_MEMORY;
        params.cluster_name.buffer = *name;
        params.cluster_name.size = size;
        params.node_name.buffer = node;
        params.node_name.size = ARRAY_SIZE(node);
        if (!unix_call(unix_get_cluster_name, &params)) error = GetLastError();
        else error = call_error(params.rpc_status, params.result);
        if (error || params.cluster_name.len < size) break;
        size = params.cluster_name.len + 1;
        HeapFree(GetProcessHeap(), 0, *name);
    }
    if (error)
    {
        HeapFree(GetProcessHeap(), 0, *name);
        *name = NULL;
    }
    *len = params.cluster_name.len;
    return error;
}

static DWORD get_cluster_version(struct cluster_object *cluster, CLUSTERVERSIONINFO *info)
{
    struct get_cluster_version_params params = { cluster->unix_object };
    DWORD error;

    params.vendor_id.buffer = info->szVendorId;
    params.vendor_id.size = ARRAY_SIZE(info->szVendorId);
    params.csd_version.buffer = info->szCSDVersion;
    params.csd_version.size = ARRAY_SIZE(info->szCSDVersion);
    if (!unix_call(unix_get_cluster_version, &params)) return GetLastError();
    if ((error = call_error(params.rpc_status, params.result))) return error;

    info->MajorVersion = params.major_version;
    info->MinorVersion = params.minor_version;
    info->BuildNumber = params.build_number;
    if (info->dwVersionInfoSize < sizeof(CLUSTERVERSIONINFO)) return ERROR_SUCCESS;
    if (params.has_operational_version)
    {
        info->dwClusterHighestVersion = params.highest_version;
        info->dwClusterLowestVersion = params.lowest_version;
        info->dwFlags = params.flags;
    }
    else
    {
        info->dwClusterHighestVersion = CLUSTER_VERSION_UNKNOWN;
        info->dwClusterLowestVersion = CLUSTER_VERSION_UNKNOWN;
        info->dwFlags = 0;
    }
    info->dwReserved = 0;
    return ERROR_SUCCESS;
}

DWORD WINAPI GetClusterInformation(HCLUSTER handle, WCHAR *name, DWORD *name_size, CLUSTERVERSIONINFO *info)
{
    struct cluster_object *cluster;
    WCHAR *cluster_name;
    DWORD error, len;

    TRACE("%p, %p, %p, %p\n", handle, name, name_size, info);

    if (!(cluster = cluster_from_handle(handle))) return ERROR_INVALID_HANDLE;
    if (!name_size || (info && info->dwVersionInfoSize < sizeof(CLUSTERVERSIONINFO_NT4)))
        error = ERROR_INVALID_PARAMETER;
    else if (!(error = get_cluster_name(cluster, &cluster_name, &len)))
    {
        if (info) error = get_cluster_version(cluster, info);
        if (!error) error = copy_name_out(cluster_name, len, name, name_size);
        HeapFree(GetProcessHeap(), 0, cluster_name);
    }
    object_release(&cluster->obj);
    return error;
}

DWORD WINAPI GetNodeClusterState(const WCHAR *node, DWORD *state)
{
    struct cluster_config config;
    HCLUSTER cluster;
    DWORD error;

    TRACE("%s, %p\n", debugstr_w(node), state);

    if (!state) return ERROR_INVALID_PARAMETER;
    node = cluster_name_or_local(node);
    if (!node)
    {
        /* A Linux host is not a cluster node unless configured as one. */
        config_load(NULL, TRUE, &config);
        error = config.local_node;
        config_free(&config);
        if (!error)
        {
            *state = ClusterStateNotInstalled;
            return ERROR_SUCCESS;
        }
    }

    /* Windows asks the node's service manager about ClusSvc; the nearest
     * thing we can observe is whether the node's cluster service answers. */
    if ((cluster = open_cluster(node, FALSE, 0, NULL)))
    {
        CloseCluster(cluster);
        *state = ClusterStateRunning;
        return ERROR_SUCCESS;
    }
    error = GetLastError();
    if (error == EPT_S_NOT_REGISTERED)
    {
        *state = node ? ClusterStateNotInstalled : ClusterStateNotRunning;
        return ERROR_SUCCESS;
    }
    return error;
}

HCLUSENUM WINAPI ClusterOpenEnum(HCLUSTER cluster, DWORD type)
{
    TRACE("%p, %#lx\n", cluster, type);
    return open_enum(cluster, OBJECT_CLUSTER, OBJECT_CLUSTER_ENUM, type, NULL, NULL);
}

DWORD WINAPI ClusterGetEnumCount(HCLUSENUM enumeration)
{
    TRACE("%p\n", enumeration);
    return get_enum_count(enumeration, OBJECT_CLUSTER_ENUM);
}

DWORD WINAPI ClusterEnum(HCLUSENUM enumeration, DWORD index, DWORD *type, WCHAR *name, DWORD *size)
{
    TRACE("%p, %lu, %p, %p, %p\n", enumeration, index, type, name, size);
    return enum_entry(enumeration, OBJECT_CLUSTER_ENUM, index, type, name, size);
}

DWORD WINAPI ClusterCloseEnum(HCLUSENUM enumeration)
{
    TRACE("%p\n", enumeration);
    return close_enum(enumeration, OBJECT_CLUSTER_ENUM);
}

HCLUSENUMEX WINAPI ClusterOpenEnumEx(HCLUSTER cluster, DWORD type, void *options)
{
    TRACE("%p, %#lx, %p\n", cluster, type, options);
    /* Options are reserved: the server must get 0 (MS-CMRP ApiCreateEnumEx). */
    if (options)
    {
        SetLastError(ERROR_INVALID_PARAMETER);
        return NULL;
    }
    return open_enum(cluster, OBJECT_CLUSTER, OBJECT_CLUSTER_ENUM_EX, type, NULL, NULL);
}

DWORD WINAPI ClusterGetEnumCountEx(HCLUSENUMEX enumeration)
{
    TRACE("%p\n", enumeration);
    return get_enum_count(enumeration, OBJECT_CLUSTER_ENUM_EX);
}

DWORD WINAPI ClusterEnumEx(HCLUSENUMEX enumeration, DWORD index, CLUSTER_ENUM_ITEM *item, DWORD *size)
{
    TRACE("%p, %lu, %p, %p\n", enumeration, index, item, size);
    return enum_entry_ex(enumeration, OBJECT_CLUSTER_ENUM_EX, index, item, size);
}

DWORD WINAPI ClusterCloseEnumEx(HCLUSENUMEX enumeration)
{
    TRACE("%p\n", enumeration);
    return close_enum(enumeration, OBJECT_CLUSTER_ENUM_EX);
}

DWORD WINAPI SetClusterName(HCLUSTER handle, const WCHAR *name)
{
    struct set_cluster_name_params params = { 0 };
    struct cluster_object *cluster;
    DWORD error;

    TRACE("%p, %s\n", handle, debugstr_w(name));
    if (!(cluster = cluster_from_handle(handle))) return ERROR_INVALID_HANDLE;
    if (!name) error = ERROR_INVALID_PARAMETER;
    else
    {
        params.cluster = cluster->unix_object;
        params.name = name;
        /* ERROR_RESOURCE_PROPERTIES_STORED (5024) is the usual answer: the
         * name takes effect when the network name resource restarts. */
        error = unix_call(unix_set_cluster_name, &params) ? call_error(params.rpc_status, params.result)
                                                          : GetLastError();
    }
    object_release(&cluster->obj);
    return error;
}

DWORD WINAPI GetClusterQuorumResource(HCLUSTER handle, WCHAR *resource_name, DWORD *resource_size,
                                      WCHAR *device_name, DWORD *device_size, DWORD *max_log_size)
{
    struct get_quorum_params params = { 0 };
    struct cluster_object *cluster;
    DWORD error, resource_capacity = 256, device_capacity = MAX_PATH, tries;
    WCHAR *resource = NULL, *device = NULL;

    TRACE("%p, %p, %p, %p, %p, %p\n", handle, resource_name, resource_size, device_name, device_size, max_log_size);
    if (!(cluster = cluster_from_handle(handle))) return ERROR_INVALID_HANDLE;
    if (!resource_size || !device_size || !max_log_size) error = ERROR_INVALID_PARAMETER;
    else for (tries = 0; ; tries++)
    {
        /* names longer than our buffers are fetched again whole, never cut */
        HeapFree(GetProcessHeap(), 0, resource);
        HeapFree(GetProcessHeap(), 0, device);
        resource = HeapAlloc(GetProcessHeap(), 0, resource_capacity * sizeof(WCHAR));
        device = HeapAlloc(GetProcessHeap(), 0, device_capacity * sizeof(WCHAR));
        if (!resource || !device)
        {
            error = ERROR_NOT_ENOUGH_MEMORY;
            break;
        }
        params.cluster = cluster->unix_object;
        params.resource_name.buffer = resource;
        params.resource_name.size = resource_capacity;
        params.device_name.buffer = device;
        params.device_name.size = device_capacity;
        if (!unix_call(unix_get_quorum, &params)) error = GetLastError();
        else error = call_error(params.rpc_status, params.result);
        if (error) break;
        if (params.resource_name.len < resource_capacity && params.device_name.len < device_capacity)
        {
            DWORD resource_error = copy_name_out(resource, params.resource_name.len, resource_name, resource_size);
            DWORD device_error = copy_name_out(device, params.device_name.len, device_name, device_size);

            *max_log_size = params.max_log_size;
            error = resource_error ? resource_error : device_error;
            break;
        }
        if (tries == 4)
        {
            WARN("quorum names keep growing: %u, %u\n", params.resource_name.len, params.device_name.len);
            error = RPC_X_BAD_STUB_DATA;
            break;
        }
        resource_capacity = max(resource_capacity, params.resource_name.len + 1);
        device_capacity = max(device_capacity, params.device_name.len + 1);
    }
    HeapFree(GetProcessHeap(), 0, resource);
    HeapFree(GetProcessHeap(), 0, device);
    object_release(&cluster->obj);
    return error;
}

static DWORD resource_type_call(HCLUSTER handle, const WCHAR *type_name, const WCHAR *display_name,
                                const WCHAR *dll_name, DWORD looks_alive, DWORD is_alive, BOOL create)
{
    struct resource_type_params params = { 0 };
    struct cluster_object *cluster;
    DWORD error;

    if (!(cluster = cluster_from_handle(handle))) return ERROR_INVALID_HANDLE;
    if (!type_name || (create && (!display_name || !dll_name))) error = ERROR_INVALID_PARAMETER;
    else
    {
        params.cluster = cluster->unix_object;
        params.type_name = type_name;
        params.display_name = display_name;
        params.dll_name = dll_name;
        params.looks_alive = looks_alive;
        params.is_alive = is_alive;
        params.create = create;
        error = unix_call(unix_resource_type, &params) ? call_error(params.rpc_status, params.result)
                                                       : GetLastError();
    }
    object_release(&cluster->obj);
    return error;
}

DWORD WINAPI CreateClusterResourceType(HCLUSTER cluster, const WCHAR *type_name, const WCHAR *display_name,
                                       const WCHAR *dll_name, DWORD looks_alive, DWORD is_alive)
{
    TRACE("%p, %s, %s, %s, %lu, %lu\n", cluster, debugstr_w(type_name), debugstr_w(display_name),
          debugstr_w(dll_name), looks_alive, is_alive);
    return resource_type_call(cluster, type_name, display_name, dll_name, looks_alive, is_alive, TRUE);
}

DWORD WINAPI DeleteClusterResourceType(HCLUSTER cluster, const WCHAR *type_name)
{
    TRACE("%p, %s\n", cluster, debugstr_w(type_name));
    return resource_type_call(cluster, type_name, NULL, NULL, 0, 0, FALSE);
}

DWORD WINAPI GetClusterNetInterface(HCLUSTER handle, const WCHAR *node, const WCHAR *network,
                                    WCHAR *name, DWORD *size)
{
    struct get_net_interface_params params = { 0 };
    struct cluster_object *cluster;
    WCHAR buffer[256];
    DWORD error;

    TRACE("%p, %s, %s, %p, %p\n", handle, debugstr_w(node), debugstr_w(network), name, size);
    if (!(cluster = cluster_from_handle(handle))) return ERROR_INVALID_HANDLE;
    if (!node || !network || !size) error = ERROR_INVALID_PARAMETER;
    else
    {
        params.cluster = cluster->unix_object;
        params.node_name = node;
        params.network_name = network;
        params.interface_name.buffer = buffer;
        params.interface_name.size = ARRAY_SIZE(buffer);
        if (!unix_call(unix_get_net_interface, &params)) error = GetLastError();
        else error = call_error(params.rpc_status, params.result);
        if (!error) error = copy_name_out(buffer, min(params.interface_name.len, ARRAY_SIZE(buffer) - 1), name, size);
    }
    object_release(&cluster->obj);
    return error;
}
