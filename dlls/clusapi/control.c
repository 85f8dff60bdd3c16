/*
 * The control code functions: Cluster{,Node,Group,Resource,ResourceType,
 * Network,NetInterface,GroupSet}Control, and ClusterResource(Type)ControlAsUser.
 *
 * The AsUser forms: MS-CMRP has no method of their own (no opnum names them,
 * and every v3 call already runs under the identity the client authenticated
 * with, which the server impersonates: MS-CMRP 3.1.4).  The SDK gives them the
 * same parameters and the same meaning as ClusterResource(Type)Control, so
 * they are the same calls here, on the same opnums (73/72, 75/74).
 *
 * The Unix half picks the Api*Control method
 * of the object (its ApiNode*Control form when a host node is given,
 * ms-cmrp.md 4.3); here are the SDK's buffer rules:
 *
 *   - no output buffer is an output buffer of 0 bytes (and no input buffer
 *     one of 0 bytes);
 *   - success: *lpBytesReturned is the number of bytes written, never more
 *     than the buffer (a server claiming more is a bad reply,
 *     RPC_X_BAD_STUB_DATA, and nothing is copied);
 *   - ERROR_MORE_DATA: *lpBytesReturned is the size needed, the buffer is
 *     left alone (SDK ClusterResourceControl: call again with that size).
 */
#include "clusapi_private.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(clusapi);

static DWORD control(HANDLE handle, enum object_type type, const WCHAR *type_name, HNODE host_node, DWORD code,
                     void *in, DWORD in_size, void *out, DWORD out_size, DWORD *returned)
{
    struct control_params params = { 0 };
    struct cluster_object *object, *node = NULL;
    DWORD error;

    if (!(object = object_from_handle(handle, type))) return ERROR_INVALID_HANDLE;
    if (host_node && !(node = object_from_handle(host_node, OBJECT_NODE)))
    {
        object_release(&object->obj);
        return ERROR_INVALID_HANDLE;
    }
    params.object = object->unix_object;
    params.host_node = node ? node->unix_object : 0;
    params.type_name = type_name;
    params.code = code;
    params.in = in;
    params.in_size = in ? in_size : 0;
    params.out = out;
    params.out_size = out ? out_size : 0;
    if (!unix_call(unix_control, &params)) error = GetLastError();
    else
    {
        error = call_error(params.rpc_status, params.result);
        if (!error)
        {
            if (returned) *returned = params.returned;
        }
        else if (error == ERROR_MORE_DATA)
        {
            if (returned) *returned = params.required;
        }
    }
    TRACE("code %#lx: error %lu, %u bytes (%u needed)\n", code, error, params.returned, params.required);
    if (node) object_release(&node->obj);
    object_release(&object->obj);
    return error;
}

DWORD WINAPI ClusterControl(HCLUSTER cluster, HNODE host_node, DWORD code, void *in, DWORD in_size,
                            void *out, DWORD out_size, DWORD *returned)
{
    TRACE("%p, %p, %#lx, %p, %lu, %p, %lu, %p\n", cluster, host_node, code, in, in_size, out, out_size, returned);
    return control(cluster, OBJECT_CLUSTER, NULL, host_node, code, in, in_size, out, out_size, returned);
}

DWORD WINAPI ClusterNodeControl(HNODE node, HNODE host_node, DWORD code, void *in, DWORD in_size,
                                void *out, DWORD out_size, DWORD *returned)
{
    TRACE("%p, %p, %#lx, %p, %lu, %p, %lu, %p\n", node, host_node, code, in, in_size, out, out_size, returned);
    return control(node, OBJECT_NODE, NULL, host_node, code, in, in_size, out, out_size, returned);
}

DWORD WINAPI ClusterGroupControl(HGROUP group, HNODE host_node, DWORD code, void *in, DWORD in_size,
                                 void *out, DWORD out_size, DWORD *returned)
{
    TRACE("%p, %p, %#lx, %p, %lu, %p, %lu, %p\n", group, host_node, code, in, in_size, out, out_size, returned);
    return control(group, OBJECT_GROUP, NULL, host_node, code, in, in_size, out, out_size, returned);
}

DWORD WINAPI ClusterResourceControl(HRESOURCE resource, HNODE host_node, DWORD code, void *in, DWORD in_size,
                                    void *out, DWORD out_size, DWORD *returned)
{
    TRACE("%p, %p, %#lx, %p, %lu, %p, %lu, %p\n", resource, host_node, code, in, in_size, out, out_size, returned);
    return control(resource, OBJECT_RESOURCE, NULL, host_node, code, in, in_size, out, out_size, returned);
}

DWORD WINAPI ClusterResourceControlAsUser(HRESOURCE resource, HNODE host_node, DWORD code, void *in,
                                          DWORD in_size, void *out, DWORD out_size, DWORD *returned)
{
    TRACE("%p, %p, %#lx, %p, %lu, %p, %lu, %p\n", resource, host_node, code, in, in_size, out, out_size, returned);
    return control(resource, OBJECT_RESOURCE, NULL, host_node, code, in, in_size, out, out_size, returned);
}

DWORD WINAPI ClusterResourceTypeControl(HCLUSTER cluster, const WCHAR *type_name, HNODE host_node, DWORD code,
                                        void *in, DWORD in_size, void *out, DWORD out_size, DWORD *returned)
{
    struct cluster_object *object;

    TRACE("%p, %s, %p, %#lx, %p, %lu, %p, %lu, %p\n", cluster, debugstr_w(type_name), host_node, code, in, in_size,
          out, out_size, returned);
    if (!type_name)
    {
        if (!(object = cluster_from_handle(cluster))) return ERROR_INVALID_HANDLE;
        object_release(&object->obj);
        return ERROR_INVALID_PARAMETER;
    }
    return control(cluster, OBJECT_CLUSTER, type_name, host_node, code, in, in_size, out, out_size, returned);
}

DWORD WINAPI ClusterNetworkControl(HNETWORK network, HNODE host_node, DWORD code, void *in, DWORD in_size,
                                   void *out, DWORD out_size, DWORD *returned)
{
    TRACE("%p, %p, %#lx, %p, %lu, %p, %lu, %p\n", network, host_node, code, in, in_size, out, out_size, returned);
    return control(network, OBJECT_NETWORK, NULL, host_node, code, in, in_size, out, out_size, returned);
}

DWORD WINAPI ClusterGroupSetControl(HGROUPSET groupset, HNODE host_node, DWORD code, void *in, DWORD in_size,
                                    void *out, DWORD out_size, DWORD *returned)
{
    TRACE("%p, %p, %#lx, %p, %lu, %p, %lu, %p\n", groupset, host_node, code, in, in_size, out, out_size, returned);
    return control(groupset, OBJECT_GROUPSET, NULL, host_node, code, in, in_size, out, out_size, returned);
}

DWORD WINAPI ClusterNetInterfaceControl(HNETINTERFACE netif, HNODE host_node, DWORD code, void *in, DWORD in_size,
                                        void *out, DWORD out_size, DWORD *returned)
{
    TRACE("%p, %p, %#lx, %p, %lu, %p, %lu, %p\n", netif, host_node, code, in, in_size, out, out_size, returned);
    return control(netif, OBJECT_NETINTERFACE, NULL, host_node, code, in, in_size, out, out_size, returned);
}

DWORD WINAPI ClusterResourceTypeControlAsUser(HCLUSTER cluster, const WCHAR *type_name, HNODE host_node, DWORD code,
                                              void *in, DWORD in_size, void *out, DWORD out_size, DWORD *returned)
{
    TRACE("%p, %s, %p, %#lx, %p, %lu, %p, %lu, %p\n", cluster, debugstr_w(type_name), host_node, code, in, in_size,
          out, out_size, returned);
    return ClusterResourceTypeControl(cluster, type_name, host_node, code, in, in_size, out, out_size, returned);
}
