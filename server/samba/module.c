/*
 * clusapi.so: the simulated cluster as a dcerpc_server module of the Samba
 * AD DC (`samba`).
 *
 * The DC dlopen()s every file of MODULESDIR/dcerpc_server/ and calls
 * samba_init_module(), which registers the endpoint server "clusapi"; with
 * `dcerpc endpoint servers = epmapper, clusapi` in smb.conf the DC's rpc task
 * then calls init_server(), which loads the cluster description named by
 * `clusapi:config` and registers the interface of server/endpoint.c on
 * ncacn_ip_tcp (a dynamic port the DC's epmapper resolves, or the port of
 * `rpc server port:clusapi`) and on ncalrpc:[clusapi].
 *
 * The DC supplies what the standalone cmrpd cannot: gensec (NTLMSSP, SPNEGO,
 * Kerberos against its own sam.ldb and KDC).  MS-CMRP 2.1 requires packet
 * privacy, so the interface refuses every call below
 * DCERPC_AUTH_LEVEL_PRIVACY (anonymous, connect, sign).
 *
 * Pending states (online/offline/move taking transition_delay_ms) complete
 * through the endpoint's own timers (cmrp_endpoint_start_timers), as in
 * cmrpd; a dcerpc_server module only sees the DC's event context through
 * calls, so each timer is armed on the event context of the call that left
 * something pending.
 *
 * Only public Samba API: dcesrv_core.h (libdcerpc-server-core), param.h
 * (libsamba-hostconfig), talloc, tevent.  Messages go to stderr, which `samba -i`
 * keeps; Samba's own DEBUG() lives in a private library.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <talloc.h>
#include <tevent.h>
#include <dcesrv_core.h>
#include <param.h>

#include "cmrp/cmrp.h"
#include "server/endpoint.h"
#include "server/model.h"

#define MODULE_NAME       "clusapi"
#define NCALRPC_ENDPOINT  "ncalrpc:[clusapi]"
#define TCP_ENDPOINT      "ncacn_ip_tcp:"

/* The only exported symbol (server/samba/exports.map). */
__attribute__((visibility("default"))) NTSTATUS samba_init_module(TALLOC_CTX *ctx);

/* Exported by libdcerpc-server-core under its public version but declared in
 * no installed header: the sizes the running Samba was built with. */
const struct dcesrv_critical_sizes *dcerpc_module_version(void);

/* One per dcesrv context that enabled "clusapi" (in practice one per DC);
 * a talloc child of that context. */
struct clusapi_module
{
    struct cmrp_model *model;
    struct cmrp_endpoint endpoint;  /* iface.private_data points here */
    struct dcesrv_interface iface;  /* dcesrv_interface_register() copies it */
    char *config_path;
};

/* The last instance set up, for interface_by_uuid/interface_by_name. */
static struct clusapi_module *current_module;

static void module_message(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void module_message(const char *fmt, ...)
{
    va_list ap;

    fputs(MODULE_NAME ": ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    fflush(stderr);
}

static void trace_to_stderr(void *trace_data, int level, const char *message)
{
    module_message("%s", message);
}

/* The struct layouts this module was compiled against must be the running
 * Samba's: dcesrv_core.h is public but its structs change between releases. */
static bool abi_matches(void)
{
    const struct dcesrv_critical_sizes *sizes = dcerpc_module_version();

    if (sizes->interface_version == DCERPC_MODULE_VERSION
        && sizes->sizeof_dcesrv_context == (int)sizeof(struct dcesrv_context)
        && sizes->sizeof_dcesrv_endpoint == (int)sizeof(struct dcesrv_endpoint)
        && sizes->sizeof_dcesrv_endpoint_server == (int)sizeof(struct dcesrv_endpoint_server)
        && sizes->sizeof_dcesrv_interface == (int)sizeof(struct dcesrv_interface)
        && sizes->sizeof_dcesrv_if_list == (int)sizeof(struct dcesrv_if_list)
        && sizes->sizeof_dcesrv_connection == (int)sizeof(struct dcesrv_connection)
        && sizes->sizeof_dcesrv_call_state == (int)sizeof(struct dcesrv_call_state)
        && sizes->sizeof_dcesrv_auth == (int)sizeof(struct dcesrv_auth)
        && sizes->sizeof_dcesrv_handle == (int)sizeof(struct dcesrv_handle))
        return true;

    module_message("built for another Samba (dcerpc module version %d, this Samba has %d, or struct sizes differ): "
                   "rebuild wine-clusapi against this Samba's samba-dev", DCERPC_MODULE_VERSION,
                   sizes->interface_version);
    return false;
}

/* ---- the endpoint server ---- */

static int module_destructor(struct clusapi_module *module)
{
    if (current_module == module) current_module = NULL;
    cmrp_endpoint_stop_timers(&module->endpoint);
    if (module->model) cmrp_model_free(module->model);
    module->model = NULL;
    return 0;
}

static NTSTATUS register_endpoint(struct dcesrv_context *dce_ctx, struct clusapi_module *module, const char *ep_name)
{
    NTSTATUS status = dcesrv_interface_register(dce_ctx, ep_name, NULL, &module->iface, NULL);

    if (!NT_STATUS_IS_OK(status)) module_message("cannot register %s: %s", ep_name, nt_errstr(status));
    return status;
}

static NTSTATUS clusapi_init_server(struct dcesrv_context *dce_ctx, const struct dcesrv_endpoint_server *ep_server)
{
    struct clusapi_module *module;
    const char *config;
    char error[512];
    NTSTATUS status;

    if (!abi_matches()) return NT_STATUS_REVISION_MISMATCH;

    config = lpcfg_parm_string(dce_ctx->lp_ctx, NULL, MODULE_NAME, "config");
    if (!config || !*config)
    {
        module_message("no cluster description: set 'clusapi:config = FILE' in smb.conf "
                       "(format: server/README.md)");
        return NT_STATUS_INVALID_PARAMETER;
    }

    module = talloc_zero(dce_ctx, struct clusapi_module);
    if (!module) return NT_STATUS_NO_MEMORY;
    talloc_set_destructor(module, module_destructor);
    module->config_path = talloc_strdup(module, config);
    if (!module->config_path)
    {
        talloc_free(module);
        return NT_STATUS_NO_MEMORY;
    }

    module->model = cmrp_model_load(config, error, sizeof(error));
    if (!module->model)
    {
        module_message("%s", error);
        talloc_free(module);
        return NT_STATUS_INVALID_PARAMETER;
    }

    module->endpoint.model = module->model;
    /* MS-CMRP 2.1: nothing below PKT_PRIVACY, on every transport. */
    module->endpoint.require_privacy = true;
    module->endpoint.trace_level = lpcfg_parm_int(dce_ctx->lp_ctx, NULL, MODULE_NAME, "trace", 0);
    if (module->endpoint.trace_level > 0)
    {
        module->endpoint.trace = trace_to_stderr;
        module->endpoint.trace_data = module;
    }
    cmrp_endpoint_interface(&module->iface, &module->endpoint);
    /* NULL: no event context yet; each call's arms the timer */
    if (!cmrp_endpoint_start_timers(&module->endpoint, module, NULL))
    {
        talloc_free(module);
        return NT_STATUS_NO_MEMORY;
    }

    /* "ncacn_ip_tcp:" without a port: dcesrv_interface_register() applies
     * `rpc server port:clusapi` if set, else the rpc task binds a port from
     * `rpc server dynamic port range` and the epmapper hands it out. */
    status = register_endpoint(dce_ctx, module, TCP_ENDPOINT);
    if (NT_STATUS_IS_OK(status)) status = register_endpoint(dce_ctx, module, NCALRPC_ENDPOINT);
    if (!NT_STATUS_IS_OK(status))
    {
        /* dcesrv_core keeps what was registered; the DC's rpc task fails
         * with this status and the DC stops, so nothing uses the model. */
        talloc_steal(NULL, module);
        return status;
    }

    current_module = module;
    module_message("serving cluster %s as node %s (%s) on %s and %s; packet privacy required",
                   module->model->cluster_name, cmrp_model_local_node(module->model)->name,
                   module->config_path, TCP_ENDPOINT, NCALRPC_ENDPOINT);
    return NT_STATUS_OK;
}

static NTSTATUS clusapi_shutdown_server(struct dcesrv_context *dce_ctx, const struct dcesrv_endpoint_server *ep_server)
{
    /* The registered interfaces point at the instance until dce_ctx goes;
     * it is freed with dce_ctx (its talloc parent). */
    return NT_STATUS_OK;
}

static bool clusapi_interface_by_uuid(struct dcesrv_interface *iface, const struct GUID *uuid, uint32_t if_version)
{
    if (!current_module) return false;
    if (!GUID_equal(uuid, &current_module->iface.syntax_id.uuid)
        || if_version != current_module->iface.syntax_id.if_version)
        return false;
    *iface = current_module->iface;
    return true;
}

static bool clusapi_interface_by_name(struct dcesrv_interface *iface, const char *name)
{
    if (!current_module || strcmp(name, current_module->iface.name) != 0) return false;
    *iface = current_module->iface;
    return true;
}

NTSTATUS samba_init_module(TALLOC_CTX *ctx)
{
    static const struct dcesrv_endpoint_server ep_server =
    {
        .name = MODULE_NAME,
        .init_server = clusapi_init_server,
        .shutdown_server = clusapi_shutdown_server,
        .interface_by_uuid = clusapi_interface_by_uuid,
        .interface_by_name = clusapi_interface_by_name,
    };

    /* dcerpc_register_ep_server() copies the struct. */
    return dcerpc_register_ep_server(&ep_server);
}
