/*
 * clusapi.so: the Unix half's call table.  Each entry unpacks one params
 * struct, turns UTF-16 inputs into UTF-8 and calls the Samba client
 * (client.c); UTF-16 outputs are written by the client into the PE buffers.
 */
#if 0
#pragma makedep unix
#endif

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "ntstatus.h"
#define WIN32_NO_STATUS
#include "windef.h"
#include "winbase.h"
#include "winternl.h"
#include "wine/debug.h"

#include "dlls/clusapi/unixlib.h"
#include "dlls/clusapi/unix/client.h"
#include "dlls/clusapi/unix/settings.h"

WINE_DECLARE_DEBUG_CHANNEL(clusapi);

static void log_to_wine(enum client_log_level level, const char *function, const char *fmt, ...)
{
    static const enum __wine_debug_class classes[] =
        { __WINE_DBCL_TRACE, __WINE_DBCL_WARN, __WINE_DBCL_ERR };
    enum __wine_debug_class cls = classes[level];
    va_list args;

    if (!(__wine_dbg_get_channel_flags(&__wine_dbch_clusapi) & (1 << cls))) return;
    va_start(args, fmt);
    wine_dbg_vlog(cls, &__wine_dbch_clusapi, function, fmt, args);
    va_end(args);
}

/* UTF-16 -> UTF-8 on the Unix heap; NULL in, NULL out. */
static char *utf8_dup(const WCHAR *str, BOOL *failed)
{
    DWORD len = 0, chars;
    char *utf8;

    if (!str) return NULL;
    for (chars = 0; str[chars]; chars++) ;
    RtlUnicodeToUTF8N(NULL, 0, &len, str, (chars + 1) * sizeof(WCHAR));
    if (!(utf8 = malloc(len)) ||
        RtlUnicodeToUTF8N(utf8, len, &len, str, (chars + 1) * sizeof(WCHAR)))
    {
        free(utf8);
        *failed = TRUE;
        return NULL;
    }
    return utf8;
}

static struct client_wstr wstr_out(struct unix_string *s)
{
    struct client_wstr out = { (uint16_t *)s->buffer, s->size, &s->len };
    return out;
}

static struct client_object *object_from_handle(UINT64 handle)
{
    return (struct client_object *)(ULONG_PTR)handle;
}

static NTSTATUS process_attach(void *args)
{
    client_log = log_to_wine;
    client_init();
    return STATUS_SUCCESS;
}

/* What an open with kept settings does while it waits for the server. */
struct settings_check
{
    UINT64 user_key;
    const WCHAR *name;
    UINT64 generation;          /* out */
    BOOL done;
};

static void recheck_settings(void *private)
{
    struct settings_check *check = private;

    check->generation = settings_recheck(check->user_key, check->name);
    check->done = TRUE;
}

static NTSTATUS read_settings(void *args)
{
    return settings_read(args);
}

static NTSTATUS open_cluster(void *args)
{
    struct open_cluster_params *params = args;
    const struct cluster_endpoint *in = &params->endpoint;
    struct client_endpoint endpoint = { 0 };
    struct client_object *cluster = NULL;
    struct settings_check check = { params->user_key, in->name, params->settings_generation, FALSE };
    const struct client_open_work recheck = { recheck_settings, &check };
    BOOL failed = FALSE;

    endpoint.name = utf8_dup(in->name, &failed);
    endpoint.address = utf8_dup(in->address, &failed);
    endpoint.credentials_file = utf8_dup(in->credentials_file, &failed);
    endpoint.credentials_cache = utf8_dup(in->credentials_cache, &failed);
    endpoint.ncalrpc_dir = utf8_dup(in->ncalrpc_dir, &failed);
    endpoint.port = in->port;
    endpoint.security = in->security;
    endpoint.authentication = in->authentication;
    endpoint.tcp_nodelay = in->tcp_nodelay != 0;
    endpoint.local_transport = in->local_transport;
    endpoint.timeout_ms = in->timeout_ms;

    if (failed)
        params->rpc_status = ERROR_NO_UNICODE_TRANSLATION;
    else
        params->rpc_status = client_open_cluster(&endpoint, params->use_ex, params->desired_access,
                                                 &params->granted_access, &params->result, &cluster,
                                                 params->check_settings ? &recheck : NULL);
    /* The open never waited long enough to do it meanwhile. */
    if (params->check_settings && !check.done) recheck_settings(&check);
    params->settings_changed = params->check_settings && check.generation != params->settings_generation;
    if (params->settings_changed)
    {
        /* Made with stale settings: the caller opens again with the new ones. */
        UINT32 ignored;

        TRACE_(clusapi)("%s: opening again with the configuration as it is now\n", debugstr_w(in->name));
        if (cluster) client_close_object(cluster, &ignored);
        cluster = NULL;
    }
    params->cluster = (ULONG_PTR)cluster;

    free((char *)endpoint.name);
    free((char *)endpoint.address);
    free((char *)endpoint.credentials_file);
    free((char *)endpoint.credentials_cache);
    free((char *)endpoint.ncalrpc_dir);
    return STATUS_SUCCESS;
}

static NTSTATUS close_object(void *args)
{
    struct close_object_params *params = args;

    params->rpc_status = client_close_object(object_from_handle(params->object), &params->result);
    return STATUS_SUCCESS;
}

static NTSTATUS get_cluster_name(void *args)
{
    struct get_cluster_name_params *params = args;

    params->rpc_status = client_get_cluster_name(object_from_handle(params->cluster),
                                                 wstr_out(&params->cluster_name),
                                                 wstr_out(&params->node_name), &params->result);
    return STATUS_SUCCESS;
}

static NTSTATUS get_cluster_version(void *args)
{
    struct get_cluster_version_params *params = args;
    struct client_version version = { 0 };

    params->rpc_status = client_get_cluster_version(object_from_handle(params->cluster),
                                                    wstr_out(&params->vendor_id),
                                                    wstr_out(&params->csd_version),
                                                    &version, &params->result);
    params->major_version = version.major_version;
    params->minor_version = version.minor_version;
    params->build_number = version.build_number;
    params->has_operational_version = version.has_operational_version;
    params->highest_version = version.highest_version;
    params->lowest_version = version.lowest_version;
    params->flags = version.flags;
    return STATUS_SUCCESS;
}

static NTSTATUS open_object(void *args)
{
    struct open_object_params *params = args;
    struct client_object *object = NULL;
    BOOL failed = FALSE;
    char *name = utf8_dup(params->name, &failed);

    if (failed || !name) params->rpc_status = failed ? ERROR_NO_UNICODE_TRANSLATION : ERROR_INVALID_PARAMETER;
    else params->rpc_status = client_open_object(object_from_handle(params->cluster), params->kind, name,
                                                 params->use_ex, params->desired_access,
                                                 &params->granted_access, &params->result, &object);
    params->object = (ULONG_PTR)object;
    free(name);
    return STATUS_SUCCESS;
}

static NTSTATUS create_object(void *args)
{
    struct create_object_params *params = args;
    struct client_object *object = NULL;
    BOOL failed = FALSE;
    char *name = utf8_dup(params->name, &failed), *type_name = utf8_dup(params->type_name, &failed);

    if (failed || !name) params->rpc_status = failed ? ERROR_NO_UNICODE_TRANSLATION : ERROR_INVALID_PARAMETER;
    else
    {
        struct client_group_info info = { params->group_info_version, params->group_type };

        params->rpc_status = client_create_object(object_from_handle(params->cluster), params->kind, name,
                                                  params->group ? object_from_handle(params->group) : NULL,
                                                  type_name, params->flags, params->use_ex,
                                                  params->has_group_info ? &info : NULL, &params->result, &object);
    }
    params->object = (ULONG_PTR)object;
    free(name);
    free(type_name);
    return STATUS_SUCCESS;
}

static NTSTATUS object_op(void *args)
{
    struct object_op_params *params = args;

    params->rpc_status = client_object_op(object_from_handle(params->object), params->op, &params->result);
    return STATUS_SUCCESS;
}

static NTSTATUS object_value_op(void *args)
{
    struct object_op_params *params = args;

    params->rpc_status = client_object_value_op(object_from_handle(params->object), params->op,
                                                params->value, &params->result);
    return STATUS_SUCCESS;
}

static NTSTATUS pair_op(void *args)
{
    struct pair_op_params *params = args;

    params->rpc_status = client_pair_op(object_from_handle(params->object), object_from_handle(params->other),
                                        params->op, &params->result);
    return STATUS_SUCCESS;
}

static NTSTATUS args_op(void *args)
{
    struct args_op_params *params = args;

    params->rpc_status = client_args_op(object_from_handle(params->object),
                                        params->other ? object_from_handle(params->other) : NULL, params->op,
                                        params->value1, params->value2, params->flags, &params->result);
    return STATUS_SUCCESS;
}

static NTSTATUS get_string(void *args)
{
    struct get_string_params *params = args;

    params->rpc_status = client_get_string(object_from_handle(params->object), params->op,
                                           wstr_out(&params->string), &params->result);
    return STATUS_SUCCESS;
}

static NTSTATUS set_string(void *args)
{
    struct set_string_params *params = args;
    BOOL failed = FALSE;
    char *string = utf8_dup(params->string, &failed);

    if (failed) params->rpc_status = ERROR_NO_UNICODE_TRANSLATION;
    else params->rpc_status = client_set_string(object_from_handle(params->object), params->op, string,
                                                &params->result);
    free(string);
    return STATUS_SUCCESS;
}

static NTSTATUS get_state(void *args)
{
    struct get_state_params *params = args;

    params->rpc_status = client_get_state(object_from_handle(params->object), &params->state,
                                          wstr_out(&params->node_name), wstr_out(&params->group_name),
                                          &params->result);
    return STATUS_SUCCESS;
}

static NTSTATUS create_enum(void *args)
{
    struct create_enum_params *params = args;
    struct client_enum *list = NULL;
    BOOL failed = FALSE;
    char *name = utf8_dup(params->name, &failed), *name2 = utf8_dup(params->name2, &failed);

    if (failed) params->rpc_status = ERROR_NO_UNICODE_TRANSLATION;
    else params->rpc_status = client_create_enum(object_from_handle(params->object), params->kind, params->type,
                                                 params->with_ids, name, name2, &params->result, &list,
                                                 &params->count);
    params->list = (ULONG_PTR)list;
    free(name);
    free(name2);
    return STATUS_SUCCESS;
}

static NTSTATUS enum_entry(void *args)
{
    struct enum_entry_params *params = args;

    params->found = client_enum_entry((struct client_enum *)(ULONG_PTR)params->list, params->index,
                                      &params->type, wstr_out(&params->name), wstr_out(&params->id));
    return STATUS_SUCCESS;
}

static NTSTATUS free_enum(void *args)
{
    struct free_enum_params *params = args;

    client_free_enum((struct client_enum *)(ULONG_PTR)params->list);
    return STATUS_SUCCESS;
}

static NTSTATUS create_object_enum(void *args)
{
    struct create_object_enum_params *params = args;
    struct client_enum *list = NULL;

    params->rpc_status = client_create_object_enum(object_from_handle(params->cluster), params->kind,
                                                   params->properties, params->properties_size,
                                                   params->ro_properties, params->ro_properties_size,
                                                   &params->result, &list, &params->count);
    params->list = (ULONG_PTR)list;
    return STATUS_SUCCESS;
}

static struct client_bytes bytes_out(struct unix_bytes *b)
{
    struct client_bytes out = { b->buffer, b->size, &b->len };
    return out;
}

static NTSTATUS object_enum_item(void *args)
{
    struct object_enum_item_params *params = args;

    params->found = client_object_enum_item((struct client_enum *)(ULONG_PTR)params->list, params->index,
                                            wstr_out(&params->name), wstr_out(&params->id),
                                            wstr_out(&params->owner), wstr_out(&params->owner_id),
                                            &params->state, &params->flags, bytes_out(&params->properties),
                                            bytes_out(&params->ro_properties));
    return STATUS_SUCCESS;
}

static NTSTATUS set_cluster_name(void *args)
{
    struct set_cluster_name_params *params = args;
    BOOL failed = FALSE;
    char *name = utf8_dup(params->name, &failed);

    if (failed) params->rpc_status = ERROR_NO_UNICODE_TRANSLATION;
    else params->rpc_status = client_set_cluster_name(object_from_handle(params->cluster), name, &params->result);
    free(name);
    return STATUS_SUCCESS;
}

static NTSTATUS get_quorum(void *args)
{
    struct get_quorum_params *params = args;

    params->rpc_status = client_get_quorum(object_from_handle(params->cluster), wstr_out(&params->resource_name),
                                           wstr_out(&params->device_name), &params->max_log_size, &params->result);
    return STATUS_SUCCESS;
}

static NTSTATUS set_quorum(void *args)
{
    struct set_quorum_params *params = args;
    BOOL failed = FALSE;
    char *device = utf8_dup(params->device_name, &failed);

    if (failed) params->rpc_status = ERROR_NO_UNICODE_TRANSLATION;
    else params->rpc_status = client_set_quorum(object_from_handle(params->resource), device,
                                                params->max_log_size, &params->result);
    free(device);
    return STATUS_SUCCESS;
}

static NTSTATUS resource_type(void *args)
{
    struct resource_type_params *params = args;
    BOOL failed = FALSE;
    char *type_name = utf8_dup(params->type_name, &failed);
    static const WCHAR empty[] = { 0 };   /* not L"": wchar_t is 4 bytes here */
    char *display_name = params->create ? utf8_dup(params->display_name ? params->display_name : empty, &failed) : NULL;
    char *dll_name = utf8_dup(params->dll_name, &failed);

    if (failed) params->rpc_status = ERROR_NO_UNICODE_TRANSLATION;
    else params->rpc_status = client_resource_type(object_from_handle(params->cluster), type_name, display_name,
                                                   dll_name, params->looks_alive, params->is_alive, &params->result);
    free(type_name);
    free(display_name);
    free(dll_name);
    return STATUS_SUCCESS;
}

static NTSTATUS get_net_interface(void *args)
{
    struct get_net_interface_params *params = args;
    BOOL failed = FALSE;
    char *node = utf8_dup(params->node_name, &failed), *network = utf8_dup(params->network_name, &failed);

    if (failed) params->rpc_status = ERROR_NO_UNICODE_TRANSLATION;
    else params->rpc_status = client_get_net_interface(object_from_handle(params->cluster), node, network,
                                                       wstr_out(&params->interface_name), &params->result);
    free(node);
    free(network);
    return STATUS_SUCCESS;
}

static NTSTATUS set_group_node_list(void *args)
{
    struct set_group_node_list_params *params = args;

    params->rpc_status = client_set_group_node_list(object_from_handle(params->group),
                                                    (const uint16_t *)params->node_list, params->node_list_len,
                                                    &params->result);
    return STATUS_SUCCESS;
}

static NTSTATUS object_ex_op(void *args)
{
    struct object_ex_op_params *params = args;

    params->rpc_status = client_object_ex_op(object_from_handle(params->object),
                                             params->node ? object_from_handle(params->node) : NULL, params->op,
                                             params->flags, params->buffer, params->size, &params->result);
    return STATUS_SUCCESS;
}

static struct client_object *optional_object(UINT64 handle)
{
    return handle ? object_from_handle(handle) : NULL;
}

/* ---- the cluster registry ---- */

static NTSTATUS get_key(void *args)
{
    struct get_key_params *params = args;
    struct client_object *key = NULL;
    BOOL failed = FALSE;
    char *type_name = utf8_dup(params->type_name, &failed);

    if (failed) params->rpc_status = ERROR_NO_UNICODE_TRANSLATION;
    else params->rpc_status = client_get_key(object_from_handle(params->object), type_name, params->desired_access,
                                             &params->result, &key);
    params->key = (ULONG_PTR)key;
    free(type_name);
    return STATUS_SUCCESS;
}

static NTSTATUS open_key(void *args)
{
    struct open_key_params *params = args;
    struct client_object *key = NULL;
    BOOL failed = FALSE;
    char *subkey = utf8_dup(params->subkey, &failed);

    if (failed || !subkey) params->rpc_status = failed ? ERROR_NO_UNICODE_TRANSLATION : ERROR_INVALID_PARAMETER;
    else params->rpc_status = client_open_key(object_from_handle(params->key), subkey, params->create,
                                              params->options, params->desired_access, params->security,
                                              params->security_size, &params->disposition, &params->result, &key);
    params->new_key = (ULONG_PTR)key;
    free(subkey);
    return STATUS_SUCCESS;
}

static NTSTATUS key_name_op(void *args)
{
    struct key_name_op_params *params = args;
    BOOL failed = FALSE;
    char *name = utf8_dup(params->name, &failed);

    if (failed || !name) params->rpc_status = failed ? ERROR_NO_UNICODE_TRANSLATION : ERROR_INVALID_PARAMETER;
    else params->rpc_status = client_key_name_op(object_from_handle(params->key), params->op, name, &params->result);
    free(name);
    return STATUS_SUCCESS;
}

static NTSTATUS enum_key(void *args)
{
    struct enum_key_params *params = args;
    uint64_t last_write = 0;

    params->rpc_status = client_enum_key(object_from_handle(params->key), params->index, wstr_out(&params->name),
                                         &last_write, &params->result);
    params->last_write = last_write;
    return STATUS_SUCCESS;
}

static NTSTATUS query_value(void *args)
{
    struct query_value_params *params = args;
    BOOL failed = FALSE;
    char *name = params->enumerate ? NULL : utf8_dup(params->name, &failed);

    if (failed || (!params->enumerate && !name))
        params->rpc_status = failed ? ERROR_NO_UNICODE_TRANSLATION : ERROR_INVALID_PARAMETER;
    else params->rpc_status = client_query_value(object_from_handle(params->key), params->enumerate, params->index,
                                                 name, wstr_out(&params->value_name), &params->type, params->data,
                                                 params->capacity, &params->size, &params->required,
                                                 &params->result);
    free(name);
    return STATUS_SUCCESS;
}

static NTSTATUS set_value(void *args)
{
    struct set_value_params *params = args;
    BOOL failed = FALSE;
    char *name = utf8_dup(params->name, &failed);

    if (failed || !name) params->rpc_status = failed ? ERROR_NO_UNICODE_TRANSLATION : ERROR_INVALID_PARAMETER;
    else params->rpc_status = client_set_value(object_from_handle(params->key), name, params->type, params->data,
                                               params->size, &params->result);
    free(name);
    return STATUS_SUCCESS;
}

static NTSTATUS query_info_key(void *args)
{
    struct query_info_key_params *params = args;
    struct client_key_info info = { 0 };

    params->rpc_status = client_query_info_key(object_from_handle(params->key), &info, &params->result);
    params->subkeys = info.subkeys;
    params->max_subkey_len = info.max_subkey_len;
    params->values = info.values;
    params->max_value_name_len = info.max_value_name_len;
    params->max_value_len = info.max_value_len;
    params->security_size = info.security_size;
    params->last_write = info.last_write;
    return STATUS_SUCCESS;
}

static NTSTATUS key_security(void *args)
{
    struct key_security_params *params = args;

    params->rpc_status = client_key_security(object_from_handle(params->key), params->set, params->information,
                                             params->descriptor, params->capacity, &params->size,
                                             &params->required, &params->result);
    return STATUS_SUCCESS;
}

/* ---- control codes ---- */

static NTSTATUS control(void *args)
{
    struct control_params *params = args;
    BOOL failed = FALSE;
    char *type_name = utf8_dup(params->type_name, &failed);

    if (failed) params->rpc_status = ERROR_NO_UNICODE_TRANSLATION;
    else params->rpc_status = client_control(object_from_handle(params->object), optional_object(params->host_node),
                                             type_name, params->code, params->in, params->in_size, params->out,
                                             params->out_size, &params->returned, &params->required,
                                             &params->result);
    free(type_name);
    return STATUS_SUCCESS;
}

/* ---- notification ports ---- */

static struct client_notify_port *port_from_handle(UINT64 handle)
{
    return (struct client_notify_port *)(ULONG_PTR)handle;
}

static NTSTATUS notify_create(void *args)
{
    struct notify_create_params *params = args;

    params->port = (ULONG_PTR)client_notify_create(params->version);
    return STATUS_SUCCESS;
}

static NTSTATUS notify_register(void *args)
{
    struct notify_register_params *params = args;
    struct client_notify_session *session = NULL;

    params->rpc_status = client_notify_register(port_from_handle(params->port), object_from_handle(params->object),
                                                params->filter, params->cookie, params->watch_subtree,
                                                &params->state_sequence, &session, &params->result);
    params->new_session = (ULONG_PTR)session;
    return STATUS_SUCCESS;
}

static NTSTATUS notify_pump(void *args)
{
    struct notify_pump_params *params = args;

    params->rpc_status = client_notify_pump((struct client_notify_session *)(ULONG_PTR)params->session,
                                            &params->result);
    return STATUS_SUCCESS;
}

static NTSTATUS notify_register_v2(void *args)
{
    struct notify_register_v2_params *params = args;
    struct client_notify_session *session = NULL;
    BOOL failed = FALSE;
    char *type_name = utf8_dup(params->type_name, &failed);

    if (failed)
    {
        params->rpc_status = ERROR_NO_UNICODE_TRANSLATION;
        return STATUS_SUCCESS;
    }
    params->rpc_status = client_notify_register_v2(port_from_handle(params->port),
                                                   object_from_handle(params->object), params->object_type,
                                                   params->flags, params->targeted, type_name, params->watch_only,
                                                   params->cookie, &session, &params->result);
    params->new_session = (ULONG_PTR)session;
    free(type_name);
    return STATUS_SUCCESS;
}

static NTSTATUS notify_get(void *args)
{
    struct notify_get_params *params = args;
    struct client_notify_out out = { .want = params->want };
    unsigned int i;

    for (i = 0; i < CLUSAPI_NOTIFY_TEXT_COUNT; i++) out.text[i] = wstr_out(&params->text[i]);
    if (params->want_buffer)
    {
        out.buffer = params->buffer;
        out.buffer_capacity = params->buffer_capacity;
        out.buffer_size = &params->buffer_size;
    }
    params->outcome = client_notify_get(port_from_handle(params->port), params->timeout_ms, &out);
    params->cookie = out.cookie;
    params->filter = out.filter;
    params->object_type = out.object_type;
    params->flags = out.flags;
    params->remaining = out.remaining;
    return STATUS_SUCCESS;
}

static NTSTATUS notify_post(void *args)
{
    struct notify_post_params *params = args;

    return client_notify_post(port_from_handle(params->port), params->cookie, params->filter, params->object_type,
                              params->flags, (const uint16_t *)params->name) ? STATUS_SUCCESS : STATUS_NO_MEMORY;
}

static NTSTATUS notify_wait(void *args)
{
    struct notify_wait_params *params = args;
    uint64_t arrivals = params->arrivals;

    params->outcome = client_notify_wait_arrival(port_from_handle(params->port), !params->poll, &arrivals,
                                                 &params->queued)
                      ? CLUSAPI_NOTIFY_EVENT : CLUSAPI_NOTIFY_CLOSED;
    params->arrivals = arrivals;
    return STATUS_SUCCESS;
}

static NTSTATUS notify_shutdown(void *args)
{
    struct notify_port_params *params = args;

    client_notify_shutdown(port_from_handle(params->port));
    return STATUS_SUCCESS;
}

static NTSTATUS notify_free(void *args)
{
    struct notify_port_params *params = args;

    client_notify_free(port_from_handle(params->port));
    return STATUS_SUCCESS;
}

/* ---- registry batches ---- */

static NTSTATUS batch(void *args)
{
    struct batch_params *params = args;
    void *reply = NULL;

    if (params->op == CLUSAPI_BATCH_EXECUTE)
        params->rpc_status = client_execute_batch(object_from_handle(params->key), params->data, params->size,
                                                  &params->failed_command, &params->result);
    else
    {
        params->rpc_status = client_read_batch(object_from_handle(params->key), params->op == CLUSAPI_BATCH_READ_EX,
                                               params->flags, params->data, params->size, &reply,
                                               &params->reply_size, &params->result);
        params->reply = (ULONG_PTR)reply;
    }
    return STATUS_SUCCESS;
}

static NTSTATUS blob_take(void *args)
{
    struct blob_take_params *params = args;

    client_blob_take((void *)(ULONG_PTR)params->blob, params->buffer, params->capacity);
    return STATUS_SUCCESS;
}

static NTSTATUS batch_port(void *args)
{
    struct batch_port_params *params = args;
    struct client_batch_port *port = (struct client_batch_port *)(ULONG_PTR)params->port;
    void *reply = NULL;

    switch (params->op)
    {
    case CLUSAPI_BATCH_PORT_CREATE:
        params->rpc_status = client_batch_port_create(object_from_handle(params->key), &port, &params->result);
        params->port = (ULONG_PTR)port;
        break;
    case CLUSAPI_BATCH_PORT_GET:
        params->rpc_status = client_batch_port_get(port, &reply, &params->reply_size, &params->result);
        params->reply = (ULONG_PTR)reply;
        break;
    case CLUSAPI_BATCH_PORT_CLOSE:
        client_batch_port_close(port);
        break;
    case CLUSAPI_BATCH_PORT_FREE:
        client_batch_port_free(port);
        break;
    default:
        return STATUS_INVALID_PARAMETER;
    }
    return STATUS_SUCCESS;
}

DECLSPEC_UNIX_EXPORT const unixlib_entry_t __wine_unix_call_funcs[] =
{
    process_attach,
    open_cluster,
    close_object,
    get_cluster_name,
    get_cluster_version,
    open_object,
    create_object,
    object_op,
    object_value_op,
    pair_op,
    get_string,
    set_string,
    get_state,
    create_enum,
    enum_entry,
    free_enum,
    set_cluster_name,
    get_quorum,
    set_quorum,
    resource_type,
    get_net_interface,
    set_group_node_list,
    object_ex_op,
    get_key,
    open_key,
    key_name_op,
    enum_key,
    query_value,
    set_value,
    query_info_key,
    key_security,
    control,
    notify_create,
    notify_register,
    notify_pump,
    notify_get,
    notify_post,
    notify_shutdown,
    notify_free,
    args_op,
    create_object_enum,
    object_enum_item,
    notify_register_v2,
    notify_wait,
    batch,
    blob_take,
    batch_port,
    read_settings,
};

C_ASSERT(ARRAYSIZE(__wine_unix_call_funcs) == unix_funcs_count);
