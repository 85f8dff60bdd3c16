/*
 * The clusapi endpoint's cluster registry methods, opnums 28-40, and the
 * batches ApiExecuteBatch (113) and ApiExecuteReadBatch(Ex) (145, 157) (see
 * endpoint_internal.h; MS-CMRP 3.1.4.2.29-41, .113, .141, .145; docs:
 * ms-cmrp.md 2.3).  Batch buffers are read and written with cmrp/regbatch.c;
 * batch notification ports (114-116) wait like notification ports and live
 * in endpoint_notify.c.
 *
 * An HKEY_RPC (CMRP_HANDLE_KEY) keeps the key's ref and the access it was
 * opened with; a key deleted while a handle is open answers
 * ERROR_KEY_DELETED (the model's choice).  Windows registry rules, as MS-RRP
 * has them:
 *  - names in characters, data in bytes (ApiQueryInfoKey: the longest subkey
 *    and value names in characters without the terminator, the largest data
 *    in bytes);
 *  - ApiQueryValue: lpData is a conformant array, always exactly cbData
 *    bytes; a short buffer is ERROR_MORE_DATA with lpcbRequired;
 *  - ApiEnumValue: lpData has *lpcbData (out) bytes; a short buffer is
 *    ERROR_MORE_DATA, no data and TotalSize = the size needed;
 *  - ApiGetKeySecurity: a short buffer is ERROR_INSUFFICIENT_BUFFER (122) with
 *    cbInSecurityDescriptor = the size needed (Samba's torture retries so);
 *  - the end of ApiEnumKey / ApiEnumValue is ERROR_NO_MORE_ITEMS, a missing
 *    key or value ERROR_FILE_NOT_FOUND.
 * Changes (create, set, delete, security) need a handle with "All" access.
 *
 * Security descriptors are self-relative (MS-DTYP 2.4.6).  A key without one
 * of its own reports a default: owner BUILTIN\Administrators, group SYSTEM,
 * a DACL giving both full control and Authenticated Users read access.
 * ApiSetKeySecurity replaces the parts its SecurityInformation names;
 * ApiGetKeySecurity returns the parts asked for.
 */
#include "server/endpoint_internal.h"
#include "cmrp/proplist.h"
#include "cmrp/regbatch.h"

#include <stdlib.h>
#include <string.h>
#include <talloc.h>
#include <gen_ndr/dcerpc.h>

#define WIN32_ERROR_INSUFFICIENT_BUFFER 122u

/* Registry access rights (MS-RRP 2.2.3) that mean writing. */
#define KEY_SET_VALUE       0x00000002u
#define KEY_CREATE_SUB_KEY  0x00000004u
#define KEY_CREATE_LINK     0x00000020u
#define DELETE_RIGHT        0x00010000u
#define WRITE_DAC           0x00040000u
#define WRITE_OWNER         0x00080000u
#define KEY_WRITE_RIGHTS    (KEY_SET_VALUE | KEY_CREATE_SUB_KEY | KEY_CREATE_LINK | DELETE_RIGHT | WRITE_DAC \
                             | WRITE_OWNER | CMRP_GENERIC_WRITE | CMRP_GENERIC_ALL)

/* dwOptions of ApiCreateKey: REG_OPTION_NON_VOLATILE 0, REG_OPTION_VOLATILE 1
 * (the simulator keeps nothing on disk, so both are the same). */
#define REG_OPTION_VOLATILE 0x00000001u

/* The largest lpData an ApiQueryValue reply carries: cbData says how many
 * bytes go back, and no value is near this big (CMRP_MAX_REG_VALUE_SIZE). */
#define MAX_QUERY_BUFFER (16u * 1024 * 1024)

/* What an HKEY_RPC remembers. */
struct key_context
{
    uint64_t key;                   /* cmrp_model_* registry ref */
    enum cmrp_access access;
};

static void to_filetime(uint64_t filetime, struct cmrp_filetime *out)
{
    out->low = (uint32_t)filetime;
    out->high = (uint32_t)(filetime >> 32);
}

/* The access a key opened with sam_desired gets, given what the opener is
 * entitled to: 0 and the level, or ERROR_ACCESS_DENIED. */
static uint32_t key_access(enum cmrp_access entitled, uint32_t sam_desired, enum cmrp_access *granted)
{
    *granted = CMRP_ACCESS_NONE;
    if (entitled == CMRP_ACCESS_NONE) return CMRP_ERR_ACCESS_DENIED;
    if (sam_desired & CMRP_MAXIMUM_ALLOWED) *granted = entitled;
    else if (sam_desired & KEY_WRITE_RIGHTS)
    {
        if (entitled != CMRP_ACCESS_ALL) return CMRP_ERR_ACCESS_DENIED;
        *granted = CMRP_ACCESS_ALL;
    }
    else *granted = CMRP_ACCESS_READ;
    return CMRP_ERR_SUCCESS;
}

static uint32_t new_key_handle(struct dcesrv_call_state *call, uint64_t key, enum cmrp_access access,
                               struct policy_handle *wire_handle)
{
    struct dcesrv_handle *handle = dcesrv_handle_create(call, CMRP_HANDLE_KEY);
    struct key_context *context;

    if (!handle) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    context = talloc_zero(handle, struct key_context);
    if (!context)
    {
        talloc_free(handle);
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    context->key = key;
    context->access = access;
    handle->data = context;
    *wire_handle = handle->wire_handle;
    return CMRP_ERR_SUCCESS;
}

/* The key a handle names: a fault code if it is not a live key handle;
 * otherwise *status is 0, or ERROR_ACCESS_DENIED for a change through a
 * handle without "All". */
static uint32_t resolve_key(struct dcesrv_call_state *call, const struct policy_handle *wire_handle, bool change,
                            const struct key_context **context, uint32_t *status)
{
    struct dcesrv_handle *handle = find_handle(call, wire_handle, CMRP_HANDLE_KEY);

    *status = CMRP_ERR_SUCCESS;
    if (!handle || !handle->data) return DCERPC_FAULT_CONTEXT_MISMATCH;
    *context = handle->data;
    if (change && (*context)->access != CMRP_ACCESS_ALL) *status = CMRP_ERR_ACCESS_DENIED;
    return 0;
}

/* The key an HKEY_RPC names and its access: a fault code if the handle is
 * not a live key handle.  Also used by endpoint_notify.c (ApiAddNotifyKey). */
uint32_t cmrp_handle_key(struct dcesrv_call_state *call, const struct policy_handle *wire_handle, uint64_t *key,
                         enum cmrp_access *access)
{
    const struct key_context *context;
    uint32_t status, fault = resolve_key(call, wire_handle, false, &context, &status);

    if (fault) return fault;
    *key = context->key;
    *access = context->access;
    return 0;
}

/* ---- self-relative security descriptors (MS-DTYP 2.4.6) ---- */

#define OWNER_SECURITY_INFORMATION 0x1u
#define GROUP_SECURITY_INFORMATION 0x2u
#define DACL_SECURITY_INFORMATION  0x4u
#define SACL_SECURITY_INFORMATION  0x8u

#define SE_DACL_PRESENT        0x0004u
#define SE_DACL_DEFAULTED      0x0008u
#define SE_SACL_PRESENT        0x0010u
#define SE_SACL_DEFAULTED      0x0020u
#define SE_DACL_AUTO_INHERITED 0x0400u
#define SE_SACL_AUTO_INHERITED 0x0800u
#define SE_DACL_PROTECTED      0x1000u
#define SE_SACL_PROTECTED      0x2000u
#define SE_SELF_RELATIVE       0x8000u
#define SE_DACL_BITS (SE_DACL_PRESENT | SE_DACL_DEFAULTED | SE_DACL_AUTO_INHERITED | SE_DACL_PROTECTED)
#define SE_SACL_BITS (SE_SACL_PRESENT | SE_SACL_DEFAULTED | SE_SACL_AUTO_INHERITED | SE_SACL_PROTECTED)

#define SD_HEADER_SIZE 20u

/* A descriptor taken apart: pointers into its buffer. */
struct sd_parts
{
    uint16_t control;
    const uint8_t *owner, *group, *sacl, *dacl;
    size_t owner_size, group_size, sacl_size, dacl_size;
};

static uint32_t get32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint16_t get16(const uint8_t *p)
{
    return (uint16_t)(p[0] | p[1] << 8);
}

static void put32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v; p[1] = (uint8_t)(v >> 8); p[2] = (uint8_t)(v >> 16); p[3] = (uint8_t)(v >> 24);
}

/* The size of the SID at data[offset..size), or 0 if it is not a SID. */
static size_t sid_size(const uint8_t *data, size_t size, size_t offset)
{
    size_t length;

    if (offset > size || size - offset < 8 || data[offset] != 1 || data[offset + 1] > 15) return 0;
    length = 8 + 4u * data[offset + 1];
    return length <= size - offset ? length : 0;
}

/* The size of the ACL at data[offset..size), or 0 if it is not an ACL whose
 * ACEs fit inside it. */
static size_t acl_size(const uint8_t *data, size_t size, size_t offset)
{
    size_t length, at, count, i;

    if (offset > size || size - offset < 8) return 0;
    if (data[offset] != 2 && data[offset] != 4) return 0;           /* ACL_REVISION(_DS) */
    length = get16(data + offset + 2);
    count = get16(data + offset + 4);
    if (length < 8 || length > size - offset) return 0;
    for (at = 8, i = 0; i < count; i++)
    {
        size_t ace;

        if (length - at < 4) return 0;
        ace = get16(data + offset + at + 2);
        if (ace < 4 || ace > length - at) return 0;
        at += ace;
    }
    return length;
}

/* Takes a self-relative descriptor apart; false if it is not one. */
static bool sd_parse(const uint8_t *data, size_t size, struct sd_parts *parts)
{
    uint32_t owner, group, sacl, dacl;

    memset(parts, 0, sizeof(*parts));
    if (!data || size < SD_HEADER_SIZE || data[0] != 1) return false;
    parts->control = get16(data + 2);
    if (!(parts->control & SE_SELF_RELATIVE)) return false;
    owner = get32(data + 4);
    group = get32(data + 8);
    sacl = get32(data + 12);
    dacl = get32(data + 16);
    if (owner && !(parts->owner_size = sid_size(data, size, owner))) return false;
    if (group && !(parts->group_size = sid_size(data, size, group))) return false;
    if (sacl && !(parts->sacl_size = acl_size(data, size, sacl))) return false;
    if (dacl && !(parts->dacl_size = acl_size(data, size, dacl))) return false;
    if (owner) parts->owner = data + owner;
    if (group) parts->group = data + group;
    if (sacl) parts->sacl = data + sacl;
    if (dacl) parts->dacl = data + dacl;
    /* an ACL without the PRESENT bit is not there */
    if (!(parts->control & SE_SACL_PRESENT)) parts->sacl = NULL, parts->sacl_size = 0;
    if (!(parts->control & SE_DACL_PRESENT)) parts->dacl = NULL, parts->dacl_size = 0;
    return true;
}

/* The parts named by information, as a new self-relative descriptor. */
static uint8_t *sd_build(TALLOC_CTX *mem_ctx, const struct sd_parts *parts, uint32_t information, size_t *size)
{
    size_t owner = information & OWNER_SECURITY_INFORMATION ? parts->owner_size : 0;
    size_t group = information & GROUP_SECURITY_INFORMATION ? parts->group_size : 0;
    size_t sacl = information & SACL_SECURITY_INFORMATION ? parts->sacl_size : 0;
    size_t dacl = information & DACL_SECURITY_INFORMATION ? parts->dacl_size : 0;
    uint16_t control = SE_SELF_RELATIVE;
    size_t at = SD_HEADER_SIZE;
    uint8_t *sd;

    if (information & SACL_SECURITY_INFORMATION) control |= parts->control & SE_SACL_BITS;
    if (information & DACL_SECURITY_INFORMATION) control |= parts->control & SE_DACL_BITS;
    *size = SD_HEADER_SIZE + owner + group + sacl + dacl;
    sd = talloc_zero_array(mem_ctx, uint8_t, *size);
    if (!sd) return NULL;
    sd[0] = 1;
    sd[2] = (uint8_t)control;
    sd[3] = (uint8_t)(control >> 8);
#define PLACE(part, length, field) \
    if (length) \
    { \
        memcpy(sd + at, parts->part, length); \
        put32(sd + (field), (uint32_t)at); \
        at += length; \
    }
    PLACE(owner, owner, 4)
    PLACE(group, group, 8)
    PLACE(sacl, sacl, 12)
    PLACE(dacl, dacl, 16)
#undef PLACE
    return sd;
}

/* The descriptor of a key without one of its own (see the top). */
static const uint8_t default_sd[] =
{
    0x01, 0x00, 0x04, 0x84,                                 /* revision 1; SELF_RELATIVE|DACL_AUTO_INHERITED|DACL_PRESENT */
    0x14, 0x00, 0x00, 0x00,                                 /* owner at 20 */
    0x24, 0x00, 0x00, 0x00,                                 /* group at 36 */
    0x00, 0x00, 0x00, 0x00,                                 /* no SACL */
    0x30, 0x00, 0x00, 0x00,                                 /* DACL at 48 */
    /* S-1-5-32-544 */
    0x01, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x20, 0x00, 0x00, 0x00, 0x20, 0x02, 0x00, 0x00,
    /* S-1-5-18 */
    0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x12, 0x00, 0x00, 0x00,
    /* ACL revision 2, 72 bytes, 3 ACEs */
    0x02, 0x00, 0x48, 0x00, 0x03, 0x00, 0x00, 0x00,
    /* ACCESS_ALLOWED, CONTAINER_INHERIT, 24 bytes, KEY_ALL_ACCESS, S-1-5-32-544 */
    0x00, 0x02, 0x18, 0x00, 0x3f, 0x00, 0x0f, 0x00,
    0x01, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x20, 0x00, 0x00, 0x00, 0x20, 0x02, 0x00, 0x00,
    /* ACCESS_ALLOWED, CONTAINER_INHERIT, 20 bytes, KEY_ALL_ACCESS, S-1-5-18 */
    0x00, 0x02, 0x14, 0x00, 0x3f, 0x00, 0x0f, 0x00,
    0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x12, 0x00, 0x00, 0x00,
    /* ACCESS_ALLOWED, CONTAINER_INHERIT, 20 bytes, KEY_READ, S-1-5-11 */
    0x00, 0x02, 0x14, 0x00, 0x19, 0x00, 0x02, 0x00,
    0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x0b, 0x00, 0x00, 0x00,
};

/* A key's current descriptor taken apart (its own, or the default). */
static uint32_t key_sd(struct cmrp_model *model, uint64_t key, struct sd_parts *parts)
{
    const uint8_t *data;
    size_t size;
    uint32_t status = cmrp_model_get_key_security(model, key, &data, &size);

    if (status) return status;
    if (!size || !sd_parse(data, size, parts)) sd_parse(default_sd, sizeof(default_sd), parts);
    return CMRP_ERR_SUCCESS;
}

/* The size of the whole descriptor of a key (ApiQueryInfoKey). */
static uint32_t key_sd_size(TALLOC_CTX *mem_ctx, struct cmrp_model *model, uint64_t key)
{
    struct sd_parts parts;
    size_t size = 0;
    uint8_t *sd;

    if (key_sd(model, key, &parts)) return 0;
    sd = sd_build(mem_ctx, &parts, OWNER_SECURITY_INFORMATION | GROUP_SECURITY_INFORMATION
                  | DACL_SECURITY_INFORMATION | SACL_SECURITY_INFORMATION, &size);
    talloc_free(sd);
    return (uint32_t)size;
}

/* Replaces the parts information names with those of the new descriptor. */
static uint32_t set_key_sd(TALLOC_CTX *mem_ctx, struct cmrp_model *model, uint64_t key, uint32_t information,
                           const uint8_t *data, size_t size)
{
    struct sd_parts current, incoming;
    size_t merged_size;
    uint8_t *merged;
    uint32_t status;

    if (!sd_parse(data, size, &incoming)) return CMRP_ERR_INVALID_PARAMETER;
    if (((information & OWNER_SECURITY_INFORMATION) && !incoming.owner)
        || ((information & GROUP_SECURITY_INFORMATION) && !incoming.group))
        return CMRP_ERR_INVALID_PARAMETER;
    if ((status = key_sd(model, key, &current))) return status;
    if (information & OWNER_SECURITY_INFORMATION)
        current.owner = incoming.owner, current.owner_size = incoming.owner_size;
    if (information & GROUP_SECURITY_INFORMATION)
        current.group = incoming.group, current.group_size = incoming.group_size;
    if (information & DACL_SECURITY_INFORMATION)
    {
        current.dacl = incoming.dacl, current.dacl_size = incoming.dacl_size;
        current.control = (current.control & ~SE_DACL_BITS) | (incoming.control & SE_DACL_BITS);
    }
    if (information & SACL_SECURITY_INFORMATION)
    {
        current.sacl = incoming.sacl, current.sacl_size = incoming.sacl_size;
        current.control = (current.control & ~SE_SACL_BITS) | (incoming.control & SE_SACL_BITS);
    }
    merged = sd_build(mem_ctx, &current, OWNER_SECURITY_INFORMATION | GROUP_SECURITY_INFORMATION
                      | DACL_SECURITY_INFORMATION | SACL_SECURITY_INFORMATION, &merged_size);
    if (!merged) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    status = cmrp_model_set_key_security(model, key, merged, merged_size);
    talloc_free(merged);
    return status;
}

/* ---- the methods ---- */

/* Opnum 28 */
static uint32_t api_get_root_key(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                 void *call_struct)
{
    struct cmrp_get_root_key *r = call_struct;
    enum cmrp_access granted;

    memset(&r->handle, 0, sizeof(r->handle));
    r->rpc_status = 0;
    r->status = key_access(endpoint->model->client_access, r->sam_desired, &granted);
    if (r->status == CMRP_ERR_SUCCESS)
        r->status = new_key_handle(call, cmrp_model_registry_root(endpoint->model), granted, &r->handle);
    return 0;
}

/* Opnum 29 */
static uint32_t api_create_key(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                               void *call_struct)
{
    struct cmrp_create_key *r = call_struct;
    const struct cmrp_security_attributes *sa = r->security;
    const struct key_context *parent;
    enum cmrp_access granted;
    uint64_t key = 0;
    uint32_t fault;

    memset(&r->handle, 0, sizeof(r->handle));
    r->disposition = 0;
    r->rpc_status = 0;
    if ((fault = resolve_key(call, &r->key, true, &parent, &r->status)) || r->status) return fault;
    /* bInheritHandle MUST be 0 (MS-CMRP 2.2.3.2); only the two documented options */
    if ((sa && sa->inherit_handle) || (r->options & ~REG_OPTION_VOLATILE))
    {
        r->status = CMRP_ERR_INVALID_PARAMETER;
        return 0;
    }
    if ((r->status = key_access(parent->access, r->sam_desired, &granted))) return 0;
    if (sa && sa->descriptor.data && sa->descriptor.out_size
        && !sd_parse(sa->descriptor.data, sa->descriptor.out_size, &(struct sd_parts){ 0 }))
    {
        r->status = CMRP_ERR_INVALID_PARAMETER;     /* refused before anything is created */
        return 0;
    }
    r->status = cmrp_model_create_key(endpoint->model, parent->key, r->subkey, &key, &r->disposition);
    /* a new key gets the descriptor it was created with */
    if (r->status == CMRP_ERR_SUCCESS && r->disposition == 1 && sa && sa->descriptor.data && sa->descriptor.out_size)
        r->status = set_key_sd(r, endpoint->model, key, OWNER_SECURITY_INFORMATION | GROUP_SECURITY_INFORMATION
                               | DACL_SECURITY_INFORMATION | SACL_SECURITY_INFORMATION,
                               sa->descriptor.data, sa->descriptor.out_size);
    if (r->status == CMRP_ERR_SUCCESS) r->status = new_key_handle(call, key, granted, &r->handle);
    if (r->status != CMRP_ERR_SUCCESS) r->disposition = 0;
    return 0;
}

/* Opnum 30 */
static uint32_t api_open_key(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                             void *call_struct)
{
    struct cmrp_open_key *r = call_struct;
    const struct key_context *parent;
    enum cmrp_access granted;
    uint64_t key = 0;
    uint32_t fault;

    memset(&r->handle, 0, sizeof(r->handle));
    r->rpc_status = 0;
    if ((fault = resolve_key(call, &r->key, false, &parent, &r->status))) return fault;
    if ((r->status = key_access(parent->access, r->sam_desired, &granted))) return 0;
    r->status = cmrp_model_open_key(endpoint->model, parent->key, r->subkey, &key);
    if (r->status == CMRP_ERR_SUCCESS) r->status = new_key_handle(call, key, granted, &r->handle);
    return 0;
}

/* Opnum 31 */
static uint32_t api_enum_key(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint, void *call_struct)
{
    struct cmrp_enum_key *r = call_struct;
    const struct key_context *key;
    const char *name = NULL;
    uint64_t last_write = 0;
    uint32_t fault;

    r->rpc_status = 0;
    r->name = "";
    if ((fault = resolve_key(call, &r->key, false, &key, &r->result))) return fault;
    r->result = cmrp_model_enum_key(endpoint->model, key->key, r->index, &name, &last_write);
    if (r->result == CMRP_ERR_SUCCESS)
    {
        /* the model's string lives until its next change: copy it */
        if (!(r->name = talloc_strdup(r, name))) r->result = CMRP_ERR_NOT_ENOUGH_MEMORY;
        to_filetime(last_write, &r->last_write_time);
    }
    if (r->result != CMRP_ERR_SUCCESS) r->name = "";
    return 0;
}

/* Opnum 32 */
static uint32_t api_set_value(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                              void *call_struct)
{
    struct cmrp_set_value *r = call_struct;
    const struct key_context *key;
    uint32_t fault;

    r->rpc_status = 0;
    if ((fault = resolve_key(call, &r->key, true, &key, &r->result)) || r->result) return fault;
    r->result = cmrp_model_set_value(endpoint->model, key->key, r->name, r->type, r->data, r->size);
    return 0;
}

/* Opnum 33 */
static uint32_t api_delete_value(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                 void *call_struct)
{
    struct cmrp_handle_string *r = call_struct;
    const struct key_context *key;
    uint32_t fault;

    r->rpc_status = 0;
    if ((fault = resolve_key(call, &r->handle, true, &key, &r->result)) || r->result) return fault;
    r->result = cmrp_model_delete_value(endpoint->model, key->key, r->string);
    return 0;
}

/* Opnum 34 */
static uint32_t api_query_value(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                void *call_struct)
{
    struct cmrp_query_value *r = call_struct;
    const struct key_context *key;
    const struct cmrp_value *value = NULL;
    uint32_t fault;

    r->rpc_status = 0;
    r->type = 0;
    r->required = 0;
    /* lpData is conformant: exactly cbData bytes go back, whatever happens */
    if (r->size > MAX_QUERY_BUFFER) return DCERPC_NCA_S_OUT_ARGS_TOO_BIG;
    if (!(r->data = talloc_zero_array(r, uint8_t, r->size ? r->size : 1))) return DCERPC_FAULT_OTHER;
    if ((fault = resolve_key(call, &r->key, false, &key, &r->result))) return fault;
    r->result = cmrp_model_query_value(endpoint->model, key->key, r->name, &value);
    if (r->result != CMRP_ERR_SUCCESS) return 0;
    r->type = value->type;
    r->required = value->size;
    if (value->size > r->size) r->result = CMRP_ERR_MORE_DATA;
    else if (value->size) memcpy(r->data, value->data, value->size);
    return 0;
}

/* Opnum 35 */
static uint32_t api_delete_key(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                               void *call_struct)
{
    struct cmrp_handle_string *r = call_struct;
    const struct key_context *key;
    uint32_t fault;

    r->rpc_status = 0;
    if ((fault = resolve_key(call, &r->handle, true, &key, &r->result)) || r->result) return fault;
    r->result = cmrp_model_delete_key(endpoint->model, key->key, r->string);
    return 0;
}

/* Opnum 36 */
static uint32_t api_enum_value(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                               void *call_struct)
{
    struct cmrp_enum_value *r = call_struct;
    const struct key_context *key;
    const struct cmrp_value *value = NULL;
    const char *name = NULL;
    uint32_t fault, capacity = r->size;

    r->rpc_status = 0;
    r->name = "";
    r->type = 0;
    r->data = NULL;
    r->size = 0;                    /* bytes sent back: none unless it fits */
    r->total_size = 0;
    if ((fault = resolve_key(call, &r->key, false, &key, &r->result))) return fault;
    r->result = cmrp_model_enum_value(endpoint->model, key->key, r->index, &name, &value);
    if (r->result != CMRP_ERR_SUCCESS) return 0;
    if (!(r->name = talloc_strdup(r, name)))
    {
        r->name = "";
        r->result = CMRP_ERR_NOT_ENOUGH_MEMORY;
        return 0;
    }
    r->type = value->type;
    r->total_size = value->size;
    if (value->size > capacity)
    {
        r->result = CMRP_ERR_MORE_DATA;
        return 0;
    }
    if (value->size && !(r->data = talloc_memdup(r, value->data, value->size)))
    {
        r->result = CMRP_ERR_NOT_ENOUGH_MEMORY;
        return 0;
    }
    r->size = value->size;
    return 0;
}

/* Opnum 37 */
static uint32_t api_close_key(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                              void *call_struct)
{
    /* also for a key deleted meanwhile */
    return close_handle_of_type(call, call_struct, CMRP_HANDLE_KEY);
}

/* Opnum 38 */
static uint32_t api_query_info_key(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                   void *call_struct)
{
    struct cmrp_query_info_key *r = call_struct;
    const struct key_context *key;
    struct cmrp_key_info info;
    uint32_t fault;

    r->rpc_status = 0;
    if ((fault = resolve_key(call, &r->key, false, &key, &r->result))) return fault;
    r->result = cmrp_model_query_info_key(endpoint->model, key->key, &info);
    if (r->result != CMRP_ERR_SUCCESS) return 0;
    r->subkeys = info.subkeys;
    r->max_subkey_len = info.max_subkey_name_units;
    r->values = info.values;
    r->max_value_name_len = info.max_value_name_units;
    r->max_value_len = info.max_value_size;
    r->security_descriptor_size = key_sd_size(r, endpoint->model, key->key);
    to_filetime(info.last_write_filetime, &r->last_write_time);
    return 0;
}

/* Opnum 39 */
static uint32_t api_set_key_security(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                     void *call_struct)
{
    struct cmrp_key_security *r = call_struct;
    const struct key_context *key;
    uint32_t fault;

    r->rpc_status = 0;
    if ((fault = resolve_key(call, &r->key, true, &key, &r->result)) || r->result) return fault;
    if (!(r->security_information & (OWNER_SECURITY_INFORMATION | GROUP_SECURITY_INFORMATION
                                     | DACL_SECURITY_INFORMATION | SACL_SECURITY_INFORMATION)))
    {
        r->result = CMRP_ERR_SUCCESS;                /* nothing to change */
        return 0;
    }
    r->result = set_key_sd(r, endpoint->model, key->key, r->security_information, r->descriptor.data,
                           r->descriptor.out_size);
    return 0;
}

/* Opnum 40 */
static uint32_t api_get_key_security(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                     void *call_struct)
{
    struct cmrp_key_security *r = call_struct;
    struct cmrp_security_descriptor *out = &r->descriptor;
    const struct key_context *key;
    struct sd_parts parts;
    uint32_t fault, capacity = out->in_size;
    size_t size = 0;
    uint8_t *sd;

    r->rpc_status = 0;
    /* nothing goes back unless it fits: the buffer's size, no bytes */
    out->out_size = 0;
    if (!(out->data = talloc_zero_array(r, uint8_t, 1))) return DCERPC_FAULT_OTHER;
    if ((fault = resolve_key(call, &r->key, false, &key, &r->result))) return fault;
    if ((r->result = key_sd(endpoint->model, key->key, &parts))) return 0;
    if (!(sd = sd_build(r, &parts, r->security_information, &size)))
    {
        r->result = CMRP_ERR_NOT_ENOUGH_MEMORY;
        return 0;
    }
    if (size > capacity)
    {
        /* what a retry needs (Samba's torture allocates cbInSecurityDescriptor) */
        out->in_size = (uint32_t)size;
        r->result = WIN32_ERROR_INSUFFICIENT_BUFFER;
        return 0;
    }
    out->data = sd;
    out->out_size = (uint32_t)size;
    r->result = CMRP_ERR_SUCCESS;
    return 0;
}

/* ---- batches ---- */

/* The largest batch accepted and the largest read batch answer. */
#define MAX_BATCH_BYTES (4u << 20)

/* The commands of a CLUSTER_REG_BATCH_UPDATE, names in UTF-8 (talloc'ed on
 * mem): 0, or ERROR_INVALID_PARAMETER for a malformed buffer. */
static uint32_t parse_batch(TALLOC_CTX *mem, const uint8_t *data, uint32_t size,
                            struct cmrp_batch_command **out, uint32_t *count)
{
    struct cmrp_regbatch_command command;
    struct cmrp_batch_command *commands;
    size_t offset;
    bool end = false;
    int total = cmrp_regbatch_count(data, size), i = 0;

    *out = NULL;
    *count = 0;
    if (total < 0) return CMRP_ERR_INVALID_PARAMETER;
    if (!(commands = talloc_zero_array(mem, struct cmrp_batch_command, total ? total : 1)))
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    cmrp_regbatch_start(data, size, &offset);
    while (cmrp_regbatch_next(data, size, &offset, &command, &end))
    {
        char *name = cmrp_utf16le_to_utf8(command.name, command.name_size);

        if (!name) return CMRP_ERR_INVALID_PARAMETER;
        commands[i].name = talloc_strdup(commands, name);
        free(name);
        if (!commands[i].name) return CMRP_ERR_NOT_ENOUGH_MEMORY;
        commands[i].command = command.command;
        commands[i].value_type = command.value_type;
        commands[i].data = command.data;
        commands[i].size = command.data_size;
        i++;
    }
    *out = commands;
    *count = total;
    return CMRP_ERR_SUCCESS;
}

/* Appends a command whose name is UTF-8. */
static bool add_utf8(struct cmrp_regbatch *batch, uint32_t command, uint32_t value_type, const char *name,
                     const void *data, uint32_t size)
{
    size_t name_size = 0;
    uint8_t *name16 = cmrp_utf8_to_utf16le(name, &name_size);
    bool ok = name16 && cmrp_regbatch_add(batch, command, value_type, name16, name_size, data, size);

    free(name16);
    return ok;
}

/* Opnum 113 */
static uint32_t api_execute_batch(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                  void *call_struct)
{
    struct cmrp_execute_batch *r = call_struct;
    struct cmrp_batch_command *commands;
    const struct key_context *key;
    uint32_t fault, count;

    r->rpc_status = 0;
    r->failed_command = 0;
    if ((fault = resolve_key(call, &r->key, true, &key, &r->result)) || r->result) return fault;
    if (r->size > MAX_BATCH_BYTES)
    {
        r->result = CMRP_ERR_INVALID_PARAMETER;
        return 0;
    }
    if ((r->result = parse_batch(r, r->data, r->size, &commands, &count))) return 0;
    r->result = cmrp_model_execute_batch(endpoint->model, key->key, commands, count, &r->failed_command);
    return 0;
}

/* Opnums 145, 157: each READ_KEY (relative to hKey) is answered with
 * itself, each READ_VALUE with the value (READ_VALUE, its type and data) or
 * READ_ERROR whose ValueType is the Win32 code. */
static uint32_t api_execute_read_batch(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint,
                                       void *call_struct)
{
    struct cmrp_execute_read_batch *r = call_struct;
    struct cmrp_batch_command *commands;
    const struct key_context *key;
    struct cmrp_regbatch out;
    uint64_t current;
    uint32_t fault, count, i, key_status = CMRP_ERR_SUCCESS;

    r->rpc_status = 0;
    r->out_size = 0;
    r->out_data = NULL;
    if ((fault = resolve_key(call, &r->key, false, &key, &r->result)) || r->result) return fault;
    if (r->in_size > MAX_BATCH_BYTES)
    {
        r->result = CMRP_ERR_INVALID_PARAMETER;
        return 0;
    }
    if ((r->result = parse_batch(r, r->in_data, r->in_size, &commands, &count))) return 0;
    for (i = 0; i < count; i++)
        if (commands[i].command != CMRP_REGBATCH_READ_KEY && commands[i].command != CMRP_REGBATCH_READ_VALUE)
        {
            r->result = CMRP_ERR_INVALID_PARAMETER;
            return 0;
        }
    if (!cmrp_regbatch_init(&out))
    {
        r->result = CMRP_ERR_NOT_ENOUGH_MEMORY;
        return 0;
    }
    /* the model answers within one call: no write can come between the reads,
     * so every read batch is isolated (CLUSREG_DATABASE_ISOLATE_READ) */
    current = key->key;
    for (i = 0; i < count && !r->result; i++)
    {
        const struct cmrp_batch_command *c = &commands[i];
        const struct cmrp_value *value = NULL;
        uint32_t status;
        bool ok;

        if (c->command == CMRP_REGBATCH_READ_KEY)
        {
            key_status = cmrp_model_open_key(endpoint->model, key->key, c->name, &current);
            ok = add_utf8(&out, CMRP_REGBATCH_READ_KEY, 0, c->name, NULL, 0);
        }
        else
        {
            status = key_status ? key_status : cmrp_model_query_value(endpoint->model, current, c->name, &value);
            if (status) ok = add_utf8(&out, CMRP_REGBATCH_READ_ERROR, status, c->name, NULL, 0);
            else ok = add_utf8(&out, CMRP_REGBATCH_READ_VALUE, value->type, c->name, value->data, value->size);
        }
        if (!ok) r->result = CMRP_ERR_NOT_ENOUGH_MEMORY;
        else if (out.size > MAX_BATCH_BYTES) r->result = CMRP_ERR_NO_SYSTEM_RESOURCES;
    }
    if (!r->result)
    {
        if ((r->out_data = talloc_memdup(r, out.data, out.size))) r->out_size = out.size;
        else r->result = CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    cmrp_regbatch_free(&out);
    return 0;
}

/* A batch as CLUSTER_REG_BATCH_UPDATE bytes, talloc'ed on mem (ApiGetBatchNotification). */
uint32_t cmrp_batch_bytes(TALLOC_CTX *mem, const struct cmrp_batch *batch, uint8_t **data, uint32_t *size)
{
    struct cmrp_regbatch out;
    uint32_t i, status = CMRP_ERR_SUCCESS;

    *data = NULL;
    *size = 0;
    if (!cmrp_regbatch_init(&out)) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    for (i = 0; i < batch->count && !status; i++)
        if (!add_utf8(&out, batch->commands[i].command, batch->commands[i].value_type, batch->commands[i].name,
                      batch->commands[i].data, batch->commands[i].size))
            status = CMRP_ERR_NOT_ENOUGH_MEMORY;
    if (!status && !(*data = talloc_memdup(mem, out.data, out.size))) status = CMRP_ERR_NOT_ENOUGH_MEMORY;
    if (!status) *size = out.size;
    cmrp_regbatch_free(&out);
    return status;
}

const struct cmrp_handler_entry cmrp_registry_handlers[] =
{
    { CMRP_GET_ROOT_KEY,     api_get_root_key },
    { CMRP_CREATE_KEY,       api_create_key },
    { CMRP_OPEN_KEY,         api_open_key },
    { CMRP_ENUM_KEY,         api_enum_key },
    { CMRP_SET_VALUE,        api_set_value },
    { CMRP_DELETE_VALUE,     api_delete_value },
    { CMRP_QUERY_VALUE,      api_query_value },
    { CMRP_DELETE_KEY,       api_delete_key },
    { CMRP_ENUM_VALUE,       api_enum_value },
    { CMRP_CLOSE_KEY,        api_close_key },
    { CMRP_QUERY_INFO_KEY,   api_query_info_key },
    { CMRP_SET_KEY_SECURITY, api_set_key_security },
    { CMRP_GET_KEY_SECURITY, api_get_key_security },
    { CMRP_EXECUTE_BATCH,    api_execute_batch },
    { CMRP_EXECUTE_READ_BATCH, api_execute_read_batch },
    { CMRP_EXECUTE_READ_BATCH_EX, api_execute_read_batch },
    { 0, NULL }
};
