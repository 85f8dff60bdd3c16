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

static struct client_connection *connection_from_handle(UINT64 handle)
{
    return (struct client_connection *)(ULONG_PTR)handle;
}

static NTSTATUS process_attach(void *args)
{
    client_log = log_to_wine;
    client_init();
    return STATUS_SUCCESS;
}

static NTSTATUS open_cluster(void *args)
{
    struct open_cluster_params *params = args;
    const struct cluster_endpoint *in = &params->endpoint;
    struct client_endpoint endpoint = { 0 };
    struct client_connection *connection = NULL;
    BOOL failed = FALSE;

    endpoint.name = utf8_dup(in->name, &failed);
    endpoint.address = utf8_dup(in->address, &failed);
    endpoint.credentials_file = utf8_dup(in->credentials_file, &failed);
    endpoint.ncalrpc_dir = utf8_dup(in->ncalrpc_dir, &failed);
    endpoint.port = in->port;
    endpoint.security = in->security;
    endpoint.local_transport = in->local_transport;
    endpoint.timeout_ms = in->timeout_ms;

    params->cluster = 0;
    if (failed)
        params->rpc_status = ERROR_NO_UNICODE_TRANSLATION;
    else
        params->rpc_status = client_open_cluster(&endpoint, params->use_ex, params->desired_access,
                                                 &params->granted_access, &params->result, &connection);
    params->cluster = (ULONG_PTR)connection;

    free((char *)endpoint.name);
    free((char *)endpoint.address);
    free((char *)endpoint.credentials_file);
    free((char *)endpoint.ncalrpc_dir);
    return STATUS_SUCCESS;
}

static NTSTATUS close_cluster(void *args)
{
    struct close_cluster_params *params = args;

    params->rpc_status = client_close_cluster(connection_from_handle(params->cluster), &params->result);
    return STATUS_SUCCESS;
}

static NTSTATUS get_cluster_name(void *args)
{
    struct get_cluster_name_params *params = args;

    params->rpc_status = client_get_cluster_name(connection_from_handle(params->cluster),
                                                 wstr_out(&params->cluster_name),
                                                 wstr_out(&params->node_name), &params->result);
    return STATUS_SUCCESS;
}

static NTSTATUS get_cluster_version(void *args)
{
    struct get_cluster_version_params *params = args;
    struct client_version version = { 0 };

    params->rpc_status = client_get_cluster_version(connection_from_handle(params->cluster),
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

DECLSPEC_UNIX_EXPORT const unixlib_entry_t __wine_unix_call_funcs[] =
{
    process_attach,
    open_cluster,
    close_cluster,
    get_cluster_name,
    get_cluster_version,
};

C_ASSERT(ARRAYSIZE(__wine_unix_call_funcs) == unix_funcs_count);
