/*
 * The MS-CMRP codec engine and call tables (see cmrp.h).
 *
 * Wire rules applied here, once, for every call (MS-CMRP IDL, NDR20 LE):
 *  - top-level parameters are marshalled one after the other, each with its
 *    deferred pointees right behind it;
 *  - [string] LPCWSTR: max_count, offset 0, actual_count (UTF-16 units incl.
 *    the NUL), the characters; [unique] adds a referent id in front;
 *  - context handles: 20 bytes; a handle-returning method sends the handle
 *    last, after Status and rpc_status.
 */
#include "cmrp/cmrp.h"

#include <string.h>

/* ---- strings ---- */

static enum ndr_err_code push_wstring(struct ndr_push *ndr, const char *s)
{
    uint32_t len;

    if (!s) return NDR_ERR_INVALID_POINTER;
    len = ndr_charset_length(s, CH_UTF16);
    NDR_CHECK(ndr_push_uint3264(ndr, NDR_SCALARS, len));
    NDR_CHECK(ndr_push_uint3264(ndr, NDR_SCALARS, 0));
    NDR_CHECK(ndr_push_uint3264(ndr, NDR_SCALARS, len));
    return ndr_push_charset(ndr, NDR_SCALARS, s, len, 2, CH_UTF16);
}

static enum ndr_err_code pull_wstring(struct ndr_pull *ndr, const char **s)
{
    uint32_t max_count, offset, length;

    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &max_count));
    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &offset));
    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &length));
    /* A conformant-varying [string] starts at 0, fits its conformance and
     * carries at least its terminator. */
    if (offset != 0 || length > max_count || length == 0)
        return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "bad string counts %u/%u/%u",
                              max_count, offset, length);
    NDR_CHECK(ndr_check_string_terminator(ndr, length, 2));
    return ndr_pull_charset(ndr, NDR_SCALARS, s, length, 2, CH_UTF16);
}

static enum ndr_err_code push_unique_wstring(struct ndr_push *ndr, const char *s)
{
    NDR_CHECK(ndr_push_unique_ptr(ndr, s));
    if (!s) return NDR_ERR_SUCCESS;
    return push_wstring(ndr, s);
}

static enum ndr_err_code pull_unique_wstring(struct ndr_pull *ndr, const char **s)
{
    uint32_t referent;

    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &referent));
    *s = NULL;
    if (!referent) return NDR_ERR_SUCCESS;
    return pull_wstring(ndr, s);
}

/* ---- CLUSTER_OPERATIONAL_VERSION_INFO ---- */

static enum ndr_err_code push_opver_ptr(struct ndr_push *ndr, const struct cmrp_opver_info *info)
{
    NDR_CHECK(ndr_push_unique_ptr(ndr, info));
    if (!info) return NDR_ERR_SUCCESS;
    NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, info->size));
    NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, info->highest_version));
    NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, info->lowest_version));
    NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, info->flags));
    return ndr_push_uint32(ndr, NDR_SCALARS, info->reserved);
}

static enum ndr_err_code pull_opver_ptr(struct ndr_pull *ndr, struct cmrp_opver_info **out)
{
    struct cmrp_opver_info *info;
    uint32_t referent;

    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &referent));
    *out = NULL;
    if (!referent) return NDR_ERR_SUCCESS;
    info = talloc_zero(ndr->current_mem_ctx, struct cmrp_opver_info);
    if (!info) return NDR_ERR_ALLOC;
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &info->size));
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &info->highest_version));
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &info->lowest_version));
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &info->flags));
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &info->reserved));
    *out = info;
    return NDR_ERR_SUCCESS;
}

/* ---- the engine ---- */

#define MEMBER(r, param, type) ((type *)((char *)(r) + (param)->offset))

enum ndr_err_code cmrp_push(struct ndr_push *ndr, int flags, const void *r, const struct cmrp_call *call)
{
    unsigned int i;

    for (i = 0; i < call->num_params; i++)
    {
        const struct cmrp_param *p = &call->params[i];
        void *v = MEMBER(r, p, void);

        if (!(p->dir & flags)) continue;
        switch (p->type)
        {
        case CMRP_TYPE_UINT16:
            NDR_CHECK(ndr_push_uint16(ndr, NDR_SCALARS, *(const uint16_t *)v));
            break;
        case CMRP_TYPE_UINT32:
            NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, *(const uint32_t *)v));
            break;
        case CMRP_TYPE_HANDLE:
            NDR_CHECK(ndr_push_policy_handle(ndr, NDR_SCALARS, v));
            break;
        case CMRP_TYPE_STRING:
            NDR_CHECK(push_wstring(ndr, *(const char **)v));
            break;
        case CMRP_TYPE_UNIQUE_STRING:
            NDR_CHECK(push_unique_wstring(ndr, *(const char **)v));
            break;
        case CMRP_TYPE_OPVER_PTR:
            NDR_CHECK(push_opver_ptr(ndr, *(struct cmrp_opver_info **)v));
            break;
        }
    }
    return NDR_ERR_SUCCESS;
}

enum ndr_err_code cmrp_pull(struct ndr_pull *ndr, int flags, void *r, const struct cmrp_call *call)
{
    unsigned int i;

    for (i = 0; i < call->num_params; i++)
    {
        const struct cmrp_param *p = &call->params[i];
        void *v = MEMBER(r, p, void);

        if (!(p->dir & flags)) continue;
        switch (p->type)
        {
        case CMRP_TYPE_UINT16:
            NDR_CHECK(ndr_pull_uint16(ndr, NDR_SCALARS, v));
            break;
        case CMRP_TYPE_UINT32:
            NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, v));
            break;
        case CMRP_TYPE_HANDLE:
            NDR_CHECK(ndr_pull_policy_handle(ndr, NDR_SCALARS, v));
            break;
        case CMRP_TYPE_STRING:
            NDR_CHECK(pull_wstring(ndr, v));
            break;
        case CMRP_TYPE_UNIQUE_STRING:
            NDR_CHECK(pull_unique_wstring(ndr, v));
            break;
        case CMRP_TYPE_OPVER_PTR:
            NDR_CHECK(pull_opver_ptr(ndr, v));
            break;
        }
    }
    return NDR_ERR_SUCCESS;
}

static void print_opver(struct ndr_print *ndr, const char *name, const struct cmrp_opver_info *info)
{
    ndr_print_ptr(ndr, name, info);
    if (!info) return;
    ndr->depth++;
    ndr_print_struct(ndr, name, "CLUSTER_OPERATIONAL_VERSION_INFO");
    ndr->depth++;
    ndr_print_uint32(ndr, "dwSize", info->size);
    ndr_print_uint32(ndr, "dwClusterHighestVersion", info->highest_version);
    ndr_print_uint32(ndr, "dwClusterLowestVersion", info->lowest_version);
    ndr_print_uint32(ndr, "dwFlags", info->flags);
    ndr_print_uint32(ndr, "dwReserved", info->reserved);
    ndr->depth -= 2;
}

static void print_direction(struct ndr_print *ndr, int dir, const void *r, const struct cmrp_call *call)
{
    unsigned int i;

    ndr_print_struct(ndr, dir == NDR_IN ? "in" : "out", call->name);
    ndr->depth++;
    for (i = 0; i < call->num_params; i++)
    {
        const struct cmrp_param *p = &call->params[i];
        const void *v = MEMBER(r, p, void);

        if (!(p->dir & dir)) continue;
        switch (p->type)
        {
        case CMRP_TYPE_UINT16:
            ndr_print_uint16(ndr, p->name, *(const uint16_t *)v);
            break;
        case CMRP_TYPE_UINT32:
            ndr_print_uint32(ndr, p->name, *(const uint32_t *)v);
            break;
        case CMRP_TYPE_HANDLE:
            ndr_print_policy_handle(ndr, p->name, v);
            break;
        case CMRP_TYPE_STRING:
        case CMRP_TYPE_UNIQUE_STRING:
            ndr_print_string(ndr, p->name, *(const char **)v);
            break;
        case CMRP_TYPE_OPVER_PTR:
            print_opver(ndr, p->name, *(struct cmrp_opver_info *const *)v);
            break;
        }
    }
    ndr->depth--;
}

void cmrp_print(struct ndr_print *ndr, const char *name, int flags, const void *r, const struct cmrp_call *call)
{
    ndr_print_struct(ndr, name, call->name);
    ndr->depth++;
    if (flags & NDR_IN) print_direction(ndr, NDR_IN, r, call);
    if (flags & NDR_OUT) print_direction(ndr, NDR_OUT, r, call);
    ndr->depth--;
}

/* ---- parameter tables, in wire order ---- */

#define P(st, member, type, dir) { #member, CMRP_TYPE_##type, CMRP_##dir, offsetof(struct cmrp_##st, member) }

static const struct cmrp_param open_cluster_params[] =
{
    P(open_cluster, status, UINT32, OUT),
    P(open_cluster, cluster, HANDLE, OUT),
};

static const struct cmrp_param close_cluster_params[] =
{
    P(close_cluster, cluster, HANDLE, INOUT),
    P(close_cluster, result, UINT32, OUT),
};

static const struct cmrp_param set_cluster_name_params[] =
{
    P(set_cluster_name, new_cluster_name, STRING, IN),
    P(set_cluster_name, rpc_status, UINT32, OUT),
    P(set_cluster_name, result, UINT32, OUT),
};

static const struct cmrp_param get_cluster_name_params[] =
{
    P(get_cluster_name, cluster_name, UNIQUE_STRING, OUT),
    P(get_cluster_name, node_name, UNIQUE_STRING, OUT),
    P(get_cluster_name, result, UINT32, OUT),
};

static const struct cmrp_param get_cluster_version_params[] =
{
    P(get_cluster_version, major_version, UINT16, OUT),
    P(get_cluster_version, minor_version, UINT16, OUT),
    P(get_cluster_version, build_number, UINT16, OUT),
    P(get_cluster_version, vendor_id, UNIQUE_STRING, OUT),
    P(get_cluster_version, csd_version, UNIQUE_STRING, OUT),
    P(get_cluster_version, result, UINT32, OUT),
};

static const struct cmrp_param get_cluster_version2_params[] =
{
    P(get_cluster_version2, major_version, UINT16, OUT),
    P(get_cluster_version2, minor_version, UINT16, OUT),
    P(get_cluster_version2, build_number, UINT16, OUT),
    P(get_cluster_version2, vendor_id, UNIQUE_STRING, OUT),
    P(get_cluster_version2, csd_version, UNIQUE_STRING, OUT),
    P(get_cluster_version2, opver, OPVER_PTR, OUT),
    P(get_cluster_version2, rpc_status, UINT32, OUT),
    P(get_cluster_version2, result, UINT32, OUT),
};

static const struct cmrp_param open_cluster_ex_params[] =
{
    P(open_cluster_ex, desired_access, UINT32, IN),
    P(open_cluster_ex, granted_access, UINT32, OUT),
    P(open_cluster_ex, status, UINT32, OUT),
    P(open_cluster_ex, cluster, HANDLE, OUT),
};

#undef P

/* ---- per-call descriptions and libndr entry points, from CMRP_CALL_LIST ---- */

#define CMRP_X(num, up, low, api) \
    static const struct cmrp_call low##_call = \
    { \
        num, #api, sizeof(struct cmrp_##low), \
        low##_params, sizeof(low##_params) / sizeof(low##_params[0]) \
    }; \
    static enum ndr_err_code push_##low(struct ndr_push *ndr, int flags, const void *r) \
    { \
        return cmrp_push(ndr, flags, r, &low##_call); \
    } \
    static enum ndr_err_code pull_##low(struct ndr_pull *ndr, int flags, void *r) \
    { \
        return cmrp_pull(ndr, flags, r, &low##_call); \
    } \
    static void print_##low(struct ndr_print *ndr, const char *name, int flags, const void *r) \
    { \
        cmrp_print(ndr, name, flags, r, &low##_call); \
    }
CMRP_CALL_LIST(CMRP_X)
#undef CMRP_X

static const struct cmrp_call *const calls_by_opnum[CMRP_NUM_CALLS] =
{
#define CMRP_X(num, up, low, api) [num] = &low##_call,
    CMRP_CALL_LIST(CMRP_X)
#undef CMRP_X
};

static const struct ndr_interface_call ndr_calls[CMRP_NUM_CALLS] =
{
#define CMRP_X(num, up, low, api) \
    [num] = { #api, sizeof(struct cmrp_##low), push_##low, pull_##low, print_##low, { 0, NULL }, { 0, NULL } },
    CMRP_CALL_LIST(CMRP_X)
#undef CMRP_X
};

const struct cmrp_call *cmrp_call_by_opnum(uint32_t opnum)
{
    if (opnum >= CMRP_NUM_CALLS) return NULL;
    return calls_by_opnum[opnum];
}

static const char *const endpoint_names[] = { "ncacn_ip_tcp:" };
static const struct ndr_interface_string_array endpoints = { 1, endpoint_names };

static const char *const authservice_names[] = { CMRP_AUTH_SERVICE };
static const struct ndr_interface_string_array authservices = { 1, authservice_names };

const struct ndr_interface_table cmrp_table =
{
    .name = "clusapi",
    .syntax_id =
    {
        { 0xb97db8b2, 0x4c63, 0x11cf, { 0xbf, 0xf6 }, { 0x08, 0x00, 0x2b, 0xe2, 0x3f, 0x2f } },
        CMRP_VERSION_MAJOR | (CMRP_VERSION_MINOR << 16)
    },
    .helpstring = "Failover Cluster Management API (MS-CMRP)",
    .num_calls = CMRP_NUM_CALLS,
    .calls = ndr_calls,
    .endpoints = &endpoints,
    .authservices = &authservices,
};
