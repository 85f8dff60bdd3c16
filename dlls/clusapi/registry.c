/*
 * The cluster registry: GetCluster*Key and the ClusterReg* functions.
 *
 * A key is a handle-table object (OBJECT_KEY) holding the Unix side's key,
 * which shares its cluster's connection and keeps the cluster alive.  The
 * Win32 registry rules are applied here to what the server sends: LONG (or
 * DWORD) results, data sizes in bytes and name lengths in characters,
 * ERROR_MORE_DATA with the size needed (the caller's buffer untouched then),
 * a NULL data buffer as a size query.  Values are fetched whole into a
 * buffer of ours first, so that the caller's buffer is only ever written
 * with a value that fits.
 */
#include "clusapi_private.h"
#include "winreg.h"

#include "wine/debug.h"

WINE_DEFAULT_DEBUG_CHANNEL(clusapi);

/* A value fetch asks again when the server says it needs more; a server that
 * keeps asking for more is not followed for ever. */
#define MAX_FETCH_TRIES 8
/* Nor is a size beyond any cluster database's (Windows limits values to 1 MB). */
#define MAX_FETCH_SIZE (64 * 1024 * 1024)

static struct cluster_object *key_from_handle(HKEY key)
{
    return object_from_handle(key, OBJECT_KEY);
}

/* Wraps a Unix key of cluster in a new HKEY; name is what it was opened as
 * (the name of its CLUSTER_CHANGE_HANDLE_CLOSE events). */
static HKEY publish_key(struct cluster_object *cluster, UINT64 unix_key, const WCHAR *name, DWORD *error)
{
    HKEY handle = publish_new_object(cluster, OBJECT_KEY, unix_key, name ? name : L"");

    *error = handle ? ERROR_SUCCESS : GetLastError();
    return handle;
}

/* The root key, an object's key or a resource type's: NULL and the last error on failure. */
static HKEY get_key(HANDLE handle, enum object_type type, const WCHAR *type_name, REGSAM access)
{
    struct get_key_params params = { 0 };
    struct cluster_object *object;
    HKEY key = NULL;
    DWORD error;

    if (!(object = object_from_handle(handle, type))) return NULL;
    params.object = object->unix_object;
    params.type_name = type_name;
    params.desired_access = access;
    if (!unix_call(unix_get_key, &params)) error = GetLastError();
    else if (!(error = call_error(params.rpc_status, params.result)))
        key = publish_key(object->cluster ? object->cluster : object, params.key,
                          type_name ? type_name : object->name, &error);
    object_release(&object->obj);
    SetLastError(error);
    return key;
}

HKEY WINAPI GetClusterKey(HCLUSTER cluster, REGSAM access)
{
    TRACE("%p, %#lx\n", cluster, access);
    return get_key(cluster, OBJECT_CLUSTER, NULL, access);
}

HKEY WINAPI GetClusterNodeKey(HNODE node, REGSAM access)
{
    TRACE("%p, %#lx\n", node, access);
    return get_key(node, OBJECT_NODE, NULL, access);
}

HKEY WINAPI GetClusterGroupKey(HGROUP group, REGSAM access)
{
    TRACE("%p, %#lx\n", group, access);
    return get_key(group, OBJECT_GROUP, NULL, access);
}

HKEY WINAPI GetClusterResourceKey(HRESOURCE resource, REGSAM access)
{
    TRACE("%p, %#lx\n", resource, access);
    return get_key(resource, OBJECT_RESOURCE, NULL, access);
}

HKEY WINAPI GetClusterNetworkKey(HNETWORK network, REGSAM access)
{
    TRACE("%p, %#lx\n", network, access);
    return get_key(network, OBJECT_NETWORK, NULL, access);
}

HKEY WINAPI GetClusterNetInterfaceKey(HNETINTERFACE netif, REGSAM access)
{
    TRACE("%p, %#lx\n", netif, access);
    return get_key(netif, OBJECT_NETINTERFACE, NULL, access);
}

HKEY WINAPI GetClusterResourceTypeKey(HCLUSTER cluster, const WCHAR *type_name, REGSAM access)
{
    struct cluster_object *object;

    TRACE("%p, %s, %#lx\n", cluster, debugstr_w(type_name), access);
    if (!type_name)
    {
        /* The handle first, as everywhere. */
        if ((object = cluster_from_handle(cluster)))
        {
            object_release(&object->obj);
            SetLastError(ERROR_INVALID_PARAMETER);
        }
        return NULL;
    }
    return get_key(cluster, OBJECT_CLUSTER, type_name, access);
}

/* A self-relative copy of a security descriptor, for the wire. */
static DWORD self_relative(PSECURITY_DESCRIPTOR sd, BYTE **out, UINT32 *size)
{
    SECURITY_DESCRIPTOR_CONTROL control;
    DWORD revision, len = 0;

    *out = NULL;
    *size = 0;
    if (!sd) return ERROR_SUCCESS;
    if (!IsValidSecurityDescriptor(sd) || !GetSecurityDescriptorControl(sd, &control, &revision))
        return ERROR_INVALID_SECURITY_DESCR;
    if (control & SE_SELF_RELATIVE)
    {
        len = GetSecurityDescriptorLength(sd);
        if (!(*out = HeapAlloc(GetProcessHeap(), 0, len))) return ERROR_NOT_ENOUGH_MEMORY;
        memcpy(*out, sd, len);
    }
    else
    {
        MakeSelfRelativeSD(sd, NULL, &len);
        if (!len) return ERROR_INVALID_SECURITY_DESCR;
        if (!(*out = HeapAlloc(GetProcessHeap(), 0, len))) return ERROR_NOT_ENOUGH_MEMORY;
        if (!MakeSelfRelativeSD(sd, *out, &len))
        {
            HeapFree(GetProcessHeap(), 0, *out);
            *out = NULL;
            return ERROR_INVALID_SECURITY_DESCR;
        }
    }
    *size = len;
    return ERROR_SUCCESS;
}

static LONG open_key(HKEY handle, const WCHAR *subkey, BOOL create, DWORD options, REGSAM access,
                     SECURITY_ATTRIBUTES *sa, HKEY *result, DWORD *disposition)
{
    struct open_key_params params = { 0 };
    struct cluster_object *key;
    BYTE *sd = NULL;
    DWORD error;

    if (!(key = key_from_handle(handle))) return ERROR_INVALID_HANDLE;
    if (!result || !subkey) error = ERROR_INVALID_PARAMETER;
    else if (!(error = self_relative(sa ? sa->lpSecurityDescriptor : NULL, &sd, &params.security_size)))
    {
        *result = NULL;
        params.key = key->unix_object;
        params.subkey = subkey;
        params.create = create;
        params.options = options;
        params.desired_access = access;
        params.security = sd;
        if (!unix_call(unix_open_key, &params)) error = GetLastError();
        else if (!(error = call_error(params.rpc_status, params.result)) &&
                 (*result = publish_key(key->cluster, params.new_key, subkey, &error)) && disposition)
            *disposition = params.disposition;
    }
    HeapFree(GetProcessHeap(), 0, sd);
    object_release(&key->obj);
    return error;
}

LONG WINAPI ClusterRegOpenKey(HKEY key, const WCHAR *subkey, REGSAM access, HKEY *result)
{
    TRACE("%p, %s, %#lx, %p\n", key, debugstr_w(subkey), access, result);
    /* No subkey opens the key itself again, as RegOpenKeyEx does. */
    return open_key(key, subkey ? subkey : L"", FALSE, 0, access, NULL, result, NULL);
}

LONG WINAPI ClusterRegCreateKey(HKEY key, const WCHAR *subkey, DWORD options, REGSAM access,
                                SECURITY_ATTRIBUTES *sa, HKEY *result, DWORD *disposition)
{
    TRACE("%p, %s, %#lx, %#lx, %p, %p, %p\n", key, debugstr_w(subkey), options, access, sa, result, disposition);
    return open_key(key, subkey, TRUE, options, access, sa, result, disposition);
}

LONG WINAPI ClusterRegCloseKey(HKEY key)
{
    struct object *obj;

    TRACE("%p\n", key);
    if (!(obj = handle_remove(key, OBJECT_KEY))) return ERROR_INVALID_HANDLE;
    notify_handle_closed(key);
    object_release(obj);
    return ERROR_SUCCESS;
}

static DWORD key_name_op(HKEY handle, enum clusapi_key_name_op op, const WCHAR *name)
{
    struct key_name_op_params params = { 0 };
    struct cluster_object *key;
    DWORD error;

    if (!(key = key_from_handle(handle))) return ERROR_INVALID_HANDLE;
    if (!name) error = ERROR_INVALID_PARAMETER;
    else
    {
        params.key = key->unix_object;
        params.op = op;
        params.name = name;
        error = unix_call(unix_key_name_op, &params) ? call_error(params.rpc_status, params.result) : GetLastError();
    }
    object_release(&key->obj);
    return error;
}

LONG WINAPI ClusterRegDeleteKey(HKEY key, const WCHAR *subkey)
{
    TRACE("%p, %s\n", key, debugstr_w(subkey));
    return key_name_op(key, CLUSAPI_KEY_DELETE_KEY, subkey);
}

DWORD WINAPI ClusterRegDeleteValue(HKEY key, const WCHAR *name)
{
    TRACE("%p, %s\n", key, debugstr_w(name));
    /* No name is the key's default value. */
    return key_name_op(key, CLUSAPI_KEY_DELETE_VALUE, name ? name : L"");
}

static void filetime_out(UINT64 value, FILETIME *time)
{
    time->dwLowDateTime = (DWORD)value;
    time->dwHighDateTime = value >> 32;
}

LONG WINAPI ClusterRegEnumKey(HKEY handle, DWORD index, WCHAR *name, DWORD *size, FILETIME *last_write)
{
    struct enum_key_params params = { 0 };
    struct cluster_object *key;
    DWORD error, capacity = 256;   /* a registry key name has at most 255 characters */
    WCHAR *text = NULL;

    TRACE("%p, %lu, %p, %p, %p\n", handle, index, name, size, last_write);
    if (!(key = key_from_handle(handle))) return ERROR_INVALID_HANDLE;
    if (!size) error = ERROR_INVALID_PARAMETER;
    else for (;;)
    {
        if (!(text = HeapAlloc(GetProcessHeap(), 0, capacity * sizeof(WCHAR))))
        {
            error = ERROR_NOT_ENOUGH_MEMORY;
            break;
        }
        params.key = key->unix_object;
        params.index = index;
        params.name.buffer = text;
        params.name.size = capacity;
        error = unix_call(unix_enum_key, &params) ? call_error(params.rpc_status, params.result) : GetLastError();
        if (error || params.name.len < capacity) break;
        capacity = params.name.len + 1;
        HeapFree(GetProcessHeap(), 0, text);
        text = NULL;
    }
    if (!error)
    {
        error = copy_name_out(text, params.name.len, name, size);
        if (!error && last_write) filetime_out(params.last_write, last_write);
    }
    HeapFree(GetProcessHeap(), 0, text);
    object_release(&key->obj);
    return error;
}

/* A value, whole: the name (ApiEnumValue), the type and the data, in new
 * heap buffers; capacity is a first guess at the data's size. */
struct value
{
    WCHAR *name;
    DWORD name_len;
    DWORD type;
    BYTE *data;
    DWORD size;
};

static void free_value(struct value *value)
{
    HeapFree(GetProcessHeap(), 0, value->name);
    HeapFree(GetProcessHeap(), 0, value->data);
}

static DWORD fetch_value(struct cluster_object *key, BOOL enumerate, DWORD index, const WCHAR *name,
                         DWORD capacity, struct value *value)
{
    struct query_value_params params = { 0 };
    DWORD error = ERROR_MORE_DATA, name_capacity = 64, tries;

    memset(value, 0, sizeof(*value));
    for (tries = 0; tries < MAX_FETCH_TRIES; tries++)
    {
        if (!(value->data = HeapAlloc(GetProcessHeap(), 0, max(capacity, 1))) ||
            (enumerate && !(value->name = HeapAlloc(GetProcessHeap(), 0, name_capacity * sizeof(WCHAR)))))
        {
            error = ERROR_NOT_ENOUGH_MEMORY;
            break;
        }
        params.key = key->unix_object;
        params.enumerate = enumerate;
        params.index = index;
        params.name = name;
        params.value_name.buffer = value->name;
        params.value_name.size = enumerate ? name_capacity : 0;
        params.data = value->data;
        params.capacity = capacity;
        if (!unix_call(unix_query_value, &params))
        {
            error = GetLastError();
            break;
        }
        error = call_error(params.rpc_status, params.result);
        if (!error && enumerate && params.value_name.len >= name_capacity)
            name_capacity = params.value_name.len + 1;
        else if (error == ERROR_MORE_DATA && params.required > capacity && params.required <= MAX_FETCH_SIZE)
            capacity = params.required;
        else break;
        free_value(value);
        memset(value, 0, sizeof(*value));
        error = ERROR_MORE_DATA;
    }
    if (!error)
    {
        value->name_len = params.value_name.len;
        value->type = params.type;
        value->size = params.size;
    }
    else
    {
        if (error == ERROR_MORE_DATA) WARN("the server keeps asking for more than %lu bytes\n", capacity);
        free_value(value);
        memset(value, 0, sizeof(*value));
    }
    return error;
}

/* The Win32 rules for a value's data: a NULL buffer asks for the size. */
static DWORD copy_data_out(const struct value *value, BYTE *data, DWORD *size)
{
    DWORD error = ERROR_SUCCESS;

    if (!size) return ERROR_SUCCESS;
    if (data)
    {
        if (*size < value->size) error = ERROR_MORE_DATA;
        else memcpy(data, value->data, value->size);
    }
    *size = value->size;
    return error;
}

/* The first guess at a value's size: the caller's buffer, within reason
 * (ApiQueryValue carries the whole buffer whatever the value's size). */
static DWORD first_capacity(const BYTE *data, const DWORD *size)
{
    return data && size ? min(*size, 64 * 1024) : 256;
}

DWORD WINAPI ClusterRegEnumValue(HKEY handle, DWORD index, WCHAR *name, DWORD *name_size, DWORD *type,
                                 BYTE *data, DWORD *data_size)
{
    struct cluster_object *key;
    struct value value;
    DWORD error;

    TRACE("%p, %lu, %p, %p, %p, %p, %p\n", handle, index, name, name_size, type, data, data_size);
    if (!(key = key_from_handle(handle))) return ERROR_INVALID_HANDLE;
    if (!name_size || (data && !data_size)) error = ERROR_INVALID_PARAMETER;
    else if (!(error = fetch_value(key, TRUE, index, NULL, first_capacity(data, data_size), &value)))
    {
        /* A name that does not fit leaves the data buffer alone too: only the sizes come back. */
        if (!(error = copy_name_out(value.name, value.name_len, name, name_size)))
            error = copy_data_out(&value, data, data_size);
        else if (data_size) *data_size = value.size;
        if (type) *type = value.type;
        free_value(&value);
    }
    object_release(&key->obj);
    return error;
}

LONG WINAPI ClusterRegQueryValue(HKEY handle, const WCHAR *name, DWORD *type, BYTE *data, DWORD *size)
{
    struct cluster_object *key;
    struct value value;
    DWORD error;

    TRACE("%p, %s, %p, %p, %p\n", handle, debugstr_w(name), type, data, size);
    if (!(key = key_from_handle(handle))) return ERROR_INVALID_HANDLE;
    /* lpcbData may be NULL only if lpData is (SDK). */
    if (data && !size) error = ERROR_INVALID_PARAMETER;
    else if (!(error = fetch_value(key, FALSE, 0, name ? name : L"", first_capacity(data, size), &value)))
    {
        if (type) *type = value.type;
        error = copy_data_out(&value, data, size);
        free_value(&value);
    }
    object_release(&key->obj);
    return error;
}

DWORD WINAPI ClusterRegSetValue(HKEY handle, const WCHAR *name, DWORD type, const BYTE *data, DWORD size)
{
    struct set_value_params params = { 0 };
    struct cluster_object *key;
    DWORD error;

    TRACE("%p, %s, %lu, %p, %lu\n", handle, debugstr_w(name), type, data, size);
    if (!(key = key_from_handle(handle))) return ERROR_INVALID_HANDLE;
    if (!data && size) error = ERROR_INVALID_PARAMETER;
    else
    {
        params.key = key->unix_object;
        params.name = name ? name : L"";
        params.type = type;
        params.data = data;
        params.size = data ? size : 0;
        error = unix_call(unix_set_value, &params) ? call_error(params.rpc_status, params.result) : GetLastError();
    }
    object_release(&key->obj);
    return error;
}

LONG WINAPI ClusterRegQueryInfoKey(HKEY handle, DWORD *subkeys, DWORD *max_subkey_len, DWORD *values,
                                   DWORD *max_value_name_len, DWORD *max_value_len, DWORD *sd_size,
                                   FILETIME *last_write)
{
    struct query_info_key_params params = { 0 };
    struct cluster_object *key;
    DWORD error;

    TRACE("%p, %p, %p, %p, %p, %p, %p, %p\n", handle, subkeys, max_subkey_len, values, max_value_name_len,
          max_value_len, sd_size, last_write);
    if (!(key = key_from_handle(handle))) return ERROR_INVALID_HANDLE;
    params.key = key->unix_object;
    if (!unix_call(unix_query_info_key, &params)) error = GetLastError();
    else if (!(error = call_error(params.rpc_status, params.result)))
    {
        if (subkeys) *subkeys = params.subkeys;
        if (max_subkey_len) *max_subkey_len = params.max_subkey_len;
        if (values) *values = params.values;
        if (max_value_name_len) *max_value_name_len = params.max_value_name_len;
        if (max_value_len) *max_value_len = params.max_value_len;
        if (sd_size) *sd_size = params.security_size;
        if (last_write) filetime_out(params.last_write, last_write);
    }
    object_release(&key->obj);
    return error;
}

LONG WINAPI ClusterRegGetKeySecurity(HKEY handle, SECURITY_INFORMATION information, PSECURITY_DESCRIPTOR sd,
                                     DWORD *size)
{
    struct key_security_params params = { 0 };
    struct cluster_object *key;
    DWORD error = ERROR_INSUFFICIENT_BUFFER, capacity, tries;
    BYTE *buffer = NULL;

    TRACE("%p, %#lx, %p, %p\n", handle, information, sd, size);
    if (!(key = key_from_handle(handle))) return ERROR_INVALID_HANDLE;
    if (!size)
    {
        object_release(&key->obj);
        return ERROR_INVALID_PARAMETER;
    }
    capacity = max(sd ? *size : 0, 256);
    for (tries = 0; tries < MAX_FETCH_TRIES; tries++)
    {
        if (!(buffer = HeapAlloc(GetProcessHeap(), 0, capacity)))
        {
            error = ERROR_NOT_ENOUGH_MEMORY;
            break;
        }
        params.key = key->unix_object;
        params.information = information;
        params.descriptor = buffer;
        params.capacity = capacity;
        if (!unix_call(unix_key_security, &params))
        {
            error = GetLastError();
            break;
        }
        error = call_error(params.rpc_status, params.result);
        if (error != ERROR_INSUFFICIENT_BUFFER || params.required <= capacity || params.required > MAX_FETCH_SIZE)
            break;
        capacity = params.required;
        HeapFree(GetProcessHeap(), 0, buffer);
        buffer = NULL;
    }
    if (!error)
    {
        /* As RegGetKeySecurity: the size needed when the buffer is short or absent. */
        if (!sd || *size < params.size) error = ERROR_INSUFFICIENT_BUFFER;
        else memcpy(sd, buffer, params.size);
        *size = params.size;
    }
    HeapFree(GetProcessHeap(), 0, buffer);
    object_release(&key->obj);
    return error;
}

LONG WINAPI ClusterRegSetKeySecurity(HKEY handle, SECURITY_INFORMATION information, PSECURITY_DESCRIPTOR sd)
{
    struct key_security_params params = { 0 };
    struct cluster_object *key;
    BYTE *buffer = NULL;
    UINT32 len;
    DWORD error;

    TRACE("%p, %#lx, %p\n", handle, information, sd);
    if (!(key = key_from_handle(handle))) return ERROR_INVALID_HANDLE;
    if (!sd) error = ERROR_INVALID_PARAMETER;
    else if (!(error = self_relative(sd, &buffer, &len)))
    {
        params.key = key->unix_object;
        params.set = TRUE;
        params.information = information;
        params.descriptor = buffer;
        params.capacity = len;
        error = unix_call(unix_key_security, &params) ? call_error(params.rpc_status, params.result) : GetLastError();
    }
    HeapFree(GetProcessHeap(), 0, buffer);
    object_release(&key->obj);
    return error;
}
