/*
 * The MS-CMRP codec engine and call tables (see cmrp.h).
 *
 * Wire rules applied here, once, for every call (MS-CMRP IDL, NDR20 LE):
 *  - top-level parameters are marshalled one after the other, each with its
 *    deferred pointees right behind it;
 *  - [string] LPCWSTR: max_count, offset 0, actual_count (UTF-16 units incl.
 *    the NUL), the characters; [unique] adds a referent id in front;
 *  - arrays carry their conformance (and variance) on the wire, before the
 *    parameter that size_is() names: the engine checks the two agree once
 *    the whole direction is pulled (strict NDR, MS-CMRP 3.1.4.2);
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

/* ---- arrays of bytes and UTF-16 units ---- */

/* Pulls count elements of elem_size bytes into a new buffer, after checking
 * they are all there, so a forged count never makes a large allocation. */
static enum ndr_err_code pull_elements(struct ndr_pull *ndr, uint32_t count, uint32_t elem_size, void **out)
{
    uint8_t *data;
    uint32_t i;

    *out = NULL;
    if (!count) return NDR_ERR_SUCCESS;
    if (count > UINT32_MAX / elem_size) return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "array of %u", count);
    NDR_PULL_NEED_BYTES(ndr, count * elem_size);
    if (!(data = talloc_array(ndr->current_mem_ctx, uint8_t, count * elem_size))) return NDR_ERR_ALLOC;
    if (elem_size == 1) NDR_CHECK(ndr_pull_bytes(ndr, data, count));
    else
        for (i = 0; i < count; i++) NDR_CHECK(ndr_pull_uint16(ndr, NDR_SCALARS, (uint16_t *)data + i));
    *out = data;
    return NDR_ERR_SUCCESS;
}

static enum ndr_err_code push_elements(struct ndr_push *ndr, const void *data, uint32_t count, uint32_t elem_size)
{
    uint32_t i;

    if (!count) return NDR_ERR_SUCCESS;
    if (!data) return NDR_ERR_INVALID_POINTER;
    if (elem_size == 1) return ndr_push_bytes(ndr, data, count);
    for (i = 0; i < count; i++) NDR_CHECK(ndr_push_uint16(ndr, NDR_SCALARS, ((const uint16_t *)data)[i]));
    return NDR_ERR_SUCCESS;
}

/* Conformant array: max_count, elements. */
static enum ndr_err_code push_conformant(struct ndr_push *ndr, const void *data, uint32_t count, uint32_t elem_size)
{
    NDR_CHECK(ndr_push_uint3264(ndr, NDR_SCALARS, count));
    return push_elements(ndr, data, count, elem_size);
}

static enum ndr_err_code pull_conformant(struct ndr_pull *ndr, void **data, uint32_t elem_size, uint32_t *count)
{
    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, count));
    return pull_elements(ndr, *count, elem_size, data);
}

/* Conformant varying array: max_count, offset 0, actual_count, elements. */
static enum ndr_err_code push_varying(struct ndr_push *ndr, const uint8_t *data, uint32_t max_count, uint32_t length)
{
    if (length > max_count) return NDR_ERR_LENGTH;
    NDR_CHECK(ndr_push_uint3264(ndr, NDR_SCALARS, max_count));
    NDR_CHECK(ndr_push_uint3264(ndr, NDR_SCALARS, 0));
    NDR_CHECK(ndr_push_uint3264(ndr, NDR_SCALARS, length));
    return push_elements(ndr, data, length, 1);
}

static enum ndr_err_code pull_varying(struct ndr_pull *ndr, uint8_t **data, uint32_t *max_count, uint32_t *length)
{
    uint32_t offset;

    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, max_count));
    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &offset));
    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, length));
    if (offset != 0 || *length > *max_count)
        return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "bad array counts %u/%u/%u", *max_count, offset, *length);
    return pull_elements(ndr, *length, 1, (void **)data);
}

/* ---- structures ---- */

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
    if (!(info = talloc_zero(ndr->current_mem_ctx, struct cmrp_opver_info))) return NDR_ERR_ALLOC;
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &info->size));
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &info->highest_version));
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &info->lowest_version));
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &info->flags));
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &info->reserved));
    *out = info;
    return NDR_ERR_SUCCESS;
}

/* ENUM_LIST: a conformant struct, so its max_count leads; then EntryCount,
 * the entries {Type, Name referent}, then the names in order. */
static enum ndr_err_code push_enum_list_ptr(struct ndr_push *ndr, const struct cmrp_enum_list *list)
{
    uint32_t i;

    NDR_CHECK(ndr_push_unique_ptr(ndr, list));
    if (!list) return NDR_ERR_SUCCESS;
    if (list->count && !list->entries) return NDR_ERR_INVALID_POINTER;
    NDR_CHECK(ndr_push_uint3264(ndr, NDR_SCALARS, list->count));
    NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, list->count));
    for (i = 0; i < list->count; i++)
    {
        NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, list->entries[i].type));
        NDR_CHECK(ndr_push_unique_ptr(ndr, list->entries[i].name));
    }
    for (i = 0; i < list->count; i++)
        if (list->entries[i].name) NDR_CHECK(push_wstring(ndr, list->entries[i].name));
    return NDR_ERR_SUCCESS;
}

static enum ndr_err_code pull_enum_list_ptr(struct ndr_pull *ndr, struct cmrp_enum_list **out)
{
    struct cmrp_enum_list *list;
    uint32_t referent, max_count, i, *name_referents;

    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &referent));
    *out = NULL;
    if (!referent) return NDR_ERR_SUCCESS;
    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &max_count));
    if (!(list = talloc_zero(ndr->current_mem_ctx, struct cmrp_enum_list))) return NDR_ERR_ALLOC;
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &list->count));
    if (list->count != max_count)
        return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "ENUM_LIST count %u, conformance %u", list->count, max_count);
    if (list->count)
    {
        /* Each entry takes 8 bytes on the wire: check before allocating. */
        if (list->count > UINT32_MAX / 8) return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "%u entries", list->count);
        NDR_PULL_NEED_BYTES(ndr, list->count * 8);
        list->entries = talloc_zero_array(list, struct cmrp_enum_entry, list->count);
        name_referents = talloc_array(list, uint32_t, list->count);
        if (!list->entries || !name_referents) return NDR_ERR_ALLOC;
        for (i = 0; i < list->count; i++)
        {
            NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &list->entries[i].type));
            NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &name_referents[i]));
        }
        for (i = 0; i < list->count; i++)
            if (name_referents[i]) NDR_CHECK(pull_wstring(ndr, &list->entries[i].name));
        talloc_free(name_referents);
    }
    *out = list;
    return NDR_ERR_SUCCESS;
}

/* RPC_SECURITY_DESCRIPTOR's scalars and deferred buffer, split because the
 * struct is also embedded in RPC_SECURITY_ATTRIBUTES. */
static enum ndr_err_code push_security_descriptor_scalars(struct ndr_push *ndr, const struct cmrp_security_descriptor *sd)
{
    if (sd->out_size > sd->in_size) return NDR_ERR_LENGTH;
    if (!sd->data && sd->in_size) return NDR_ERR_INVALID_POINTER;
    NDR_CHECK(ndr_push_unique_ptr(ndr, sd->data));
    NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, sd->in_size));
    return ndr_push_uint32(ndr, NDR_SCALARS, sd->out_size);
}

static enum ndr_err_code push_security_descriptor_buffer(struct ndr_push *ndr, const struct cmrp_security_descriptor *sd)
{
    if (!sd->data) return NDR_ERR_SUCCESS;
    return push_varying(ndr, sd->data, sd->in_size, sd->out_size);
}

static enum ndr_err_code pull_security_descriptor_scalars(struct ndr_pull *ndr, struct cmrp_security_descriptor *sd,
                                                          uint32_t *referent)
{
    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, referent));
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &sd->in_size));
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &sd->out_size));
    sd->data = NULL;
    return NDR_ERR_SUCCESS;
}

static enum ndr_err_code pull_security_descriptor_buffer(struct ndr_pull *ndr, struct cmrp_security_descriptor *sd,
                                                         uint32_t referent)
{
    uint32_t max_count, length;

    if (!referent)
    {
        if (sd->in_size || sd->out_size)
            return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "NULL descriptor of %u bytes", sd->in_size);
        return NDR_ERR_SUCCESS;
    }
    NDR_CHECK(pull_varying(ndr, &sd->data, &max_count, &length));
    if (max_count != sd->in_size || length != sd->out_size)
        return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "descriptor counts %u/%u, sizes %u/%u",
                              max_count, length, sd->in_size, sd->out_size);
    return NDR_ERR_SUCCESS;
}

static enum ndr_err_code push_security_descriptor(struct ndr_push *ndr, const struct cmrp_security_descriptor *sd)
{
    NDR_CHECK(push_security_descriptor_scalars(ndr, sd));
    return push_security_descriptor_buffer(ndr, sd);
}

static enum ndr_err_code pull_security_descriptor(struct ndr_pull *ndr, struct cmrp_security_descriptor *sd)
{
    uint32_t referent;

    NDR_CHECK(pull_security_descriptor_scalars(ndr, sd, &referent));
    return pull_security_descriptor_buffer(ndr, sd, referent);
}

static enum ndr_err_code push_security_attributes_ptr(struct ndr_push *ndr, const struct cmrp_security_attributes *sa)
{
    NDR_CHECK(ndr_push_unique_ptr(ndr, sa));
    if (!sa) return NDR_ERR_SUCCESS;
    NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, sa->length));
    NDR_CHECK(push_security_descriptor_scalars(ndr, &sa->descriptor));
    NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, sa->inherit_handle));
    return push_security_descriptor_buffer(ndr, &sa->descriptor);
}

static enum ndr_err_code pull_security_attributes_ptr(struct ndr_pull *ndr, struct cmrp_security_attributes **out)
{
    struct cmrp_security_attributes *sa;
    uint32_t referent, descriptor_referent;

    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &referent));
    *out = NULL;
    if (!referent) return NDR_ERR_SUCCESS;
    if (!(sa = talloc_zero(ndr->current_mem_ctx, struct cmrp_security_attributes))) return NDR_ERR_ALLOC;
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &sa->length));
    NDR_CHECK(pull_security_descriptor_scalars(ndr, &sa->descriptor, &descriptor_referent));
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &sa->inherit_handle));
    NDR_CHECK(pull_security_descriptor_buffer(ndr, &sa->descriptor, descriptor_referent));
    *out = sa;
    return NDR_ERR_SUCCESS;
}

static enum ndr_err_code push_group_info_ptr(struct ndr_push *ndr, const struct cmrp_create_group_info *info)
{
    NDR_CHECK(ndr_push_unique_ptr(ndr, info));
    if (!info) return NDR_ERR_SUCCESS;
    NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, info->version));
    return ndr_push_uint32(ndr, NDR_SCALARS, info->group_type);
}

static enum ndr_err_code pull_group_info_ptr(struct ndr_pull *ndr, struct cmrp_create_group_info **out)
{
    struct cmrp_create_group_info *info;
    uint32_t referent;

    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &referent));
    *out = NULL;
    if (!referent) return NDR_ERR_SUCCESS;
    if (!(info = talloc_zero(ndr->current_mem_ctx, struct cmrp_create_group_info))) return NDR_ERR_ALLOC;
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &info->version));
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &info->group_type));
    *out = info;
    return NDR_ERR_SUCCESS;
}

/* An array of [string] pointers (ApiSetNetworkPriorityOrder): max_count,
 * one referent per element, then the strings; the count is the member
 * size_is() names, already on the wire before it, at most 1000. */
static enum ndr_err_code push_string_array(struct ndr_push *ndr, const char *const *strings, uint32_t count)
{
    uint32_t i;

    if (count > CMRP_MAX_PRIORITY_NETWORKS) return NDR_ERR_RANGE;
    if (count && !strings) return NDR_ERR_INVALID_POINTER;
    NDR_CHECK(ndr_push_uint3264(ndr, NDR_SCALARS, count));
    for (i = 0; i < count; i++) NDR_CHECK(ndr_push_unique_ptr(ndr, strings[i]));
    for (i = 0; i < count; i++)
        if (strings[i]) NDR_CHECK(push_wstring(ndr, strings[i]));
    return NDR_ERR_SUCCESS;
}

static enum ndr_err_code pull_string_array(struct ndr_pull *ndr, const char ***out, uint32_t count)
{
    uint32_t max_count, i, *referents;
    const char **strings;

    *out = NULL;
    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &max_count));
    if (max_count != count || count > CMRP_MAX_PRIORITY_NETWORKS)
        return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "%u strings for a count of %u", max_count, count);
    if (!count) return NDR_ERR_SUCCESS;
    NDR_PULL_NEED_BYTES(ndr, count * 4);
    strings = talloc_zero_array(ndr->current_mem_ctx, const char *, count);
    referents = talloc_array(strings, uint32_t, count);
    if (!strings || !referents) return NDR_ERR_ALLOC;
    for (i = 0; i < count; i++) NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &referents[i]));
    for (i = 0; i < count; i++)
        if (referents[i]) NDR_CHECK(pull_wstring(ndr, &strings[i]));
    talloc_free(referents);
    *out = strings;
    return NDR_ERR_SUCCESS;
}

/* GROUP_ENUM_LIST and RESOURCE_ENUM_LIST: conformant structs of entries
 * made of strings, DWORDs and byte arrays sized by a DWORD before them.  One
 * layout table per entry type drives one push and one pull: each entry's
 * scalars (string and array referents inline), then, entry by entry, the
 * strings and arrays in member order. */
enum entry_member_type
{
    ENTRY_STRING,            /* [string] LPWSTR */
    ENTRY_UINT32,
    ENTRY_BYTES,             /* [size_is(size_offset)] UCHAR* */
};

struct entry_member
{
    enum entry_member_type type;
    uint16_t offset;
    uint16_t size_offset;    /* ENTRY_BYTES */
};

struct entry_layout
{
    size_t entry_size;
    const struct entry_member *members;
    unsigned int num_members;
};

/* The two list structs have this shape (count, entries). */
struct entry_list
{
    uint32_t count;
    void *entries;
};
_Static_assert(offsetof(struct cmrp_group_enum_list, entries) == offsetof(struct entry_list, entries), "list");
_Static_assert(offsetof(struct cmrp_resource_enum_list, entries) == offsetof(struct entry_list, entries), "list");

#define ENTRY_MEMBER(st, member, type) { ENTRY_##type, offsetof(struct cmrp_##st, member), 0 }
#define ENTRY_ARRAY(st, member, size) { ENTRY_BYTES, offsetof(struct cmrp_##st, member), offsetof(struct cmrp_##st, size) }

static const struct entry_member group_entry_members[] =
{
    ENTRY_MEMBER(group_enum_entry, name, STRING),
    ENTRY_MEMBER(group_enum_entry, id, STRING),
    ENTRY_MEMBER(group_enum_entry, state, UINT32),
    ENTRY_MEMBER(group_enum_entry, owner, STRING),
    ENTRY_MEMBER(group_enum_entry, flags, UINT32),
    ENTRY_MEMBER(group_enum_entry, properties_size, UINT32),
    ENTRY_ARRAY(group_enum_entry, properties, properties_size),
    ENTRY_MEMBER(group_enum_entry, ro_properties_size, UINT32),
    ENTRY_ARRAY(group_enum_entry, ro_properties, ro_properties_size),
};

static const struct entry_member resource_entry_members[] =
{
    ENTRY_MEMBER(resource_enum_entry, name, STRING),
    ENTRY_MEMBER(resource_enum_entry, id, STRING),
    ENTRY_MEMBER(resource_enum_entry, owner_name, STRING),
    ENTRY_MEMBER(resource_enum_entry, owner_id, STRING),
    ENTRY_MEMBER(resource_enum_entry, properties_size, UINT32),
    ENTRY_ARRAY(resource_enum_entry, properties, properties_size),
    ENTRY_MEMBER(resource_enum_entry, ro_properties_size, UINT32),
    ENTRY_ARRAY(resource_enum_entry, ro_properties, ro_properties_size),
};

static const struct entry_layout group_entry_layout =
{
    sizeof(struct cmrp_group_enum_entry), group_entry_members,
    sizeof(group_entry_members) / sizeof(group_entry_members[0])
};

static const struct entry_layout resource_entry_layout =
{
    sizeof(struct cmrp_resource_enum_entry), resource_entry_members,
    sizeof(resource_entry_members) / sizeof(resource_entry_members[0])
};

static enum ndr_err_code push_entry_list_ptr(struct ndr_push *ndr, const struct entry_list *list,
                                             const struct entry_layout *layout)
{
    uint32_t i;
    unsigned int m;

    NDR_CHECK(ndr_push_unique_ptr(ndr, list));
    if (!list) return NDR_ERR_SUCCESS;
    if (list->count && !list->entries) return NDR_ERR_INVALID_POINTER;
    NDR_CHECK(ndr_push_uint3264(ndr, NDR_SCALARS, list->count));
    NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, list->count));
    for (i = 0; i < list->count; i++)
    {
        const char *entry = (const char *)list->entries + i * layout->entry_size;

        for (m = 0; m < layout->num_members; m++)
        {
            const struct entry_member *member = &layout->members[m];
            const void *v = entry + member->offset;

            if (member->type == ENTRY_UINT32) NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, *(const uint32_t *)v));
            else
            {
                if (member->type == ENTRY_BYTES && !*(const void *const *)v && *(const uint32_t *)(entry + member->size_offset))
                    return NDR_ERR_INVALID_POINTER;
                NDR_CHECK(ndr_push_unique_ptr(ndr, *(const void *const *)v));
            }
        }
    }
    for (i = 0; i < list->count; i++)
    {
        const char *entry = (const char *)list->entries + i * layout->entry_size;

        for (m = 0; m < layout->num_members; m++)
        {
            const struct entry_member *member = &layout->members[m];
            const void *pointee = member->type == ENTRY_UINT32 ? NULL : *(const void *const *)(entry + member->offset);

            if (!pointee) continue;
            if (member->type == ENTRY_STRING) NDR_CHECK(push_wstring(ndr, pointee));
            else NDR_CHECK(push_conformant(ndr, pointee, *(const uint32_t *)(entry + member->size_offset), 1));
        }
    }
    return NDR_ERR_SUCCESS;
}

static enum ndr_err_code pull_entry_list_ptr(struct ndr_pull *ndr, struct entry_list **out,
                                             const struct entry_layout *layout)
{
    struct entry_list *list;
    uint32_t referent, max_count, count, i, *referents;
    unsigned int m;

    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &referent));
    *out = NULL;
    if (!referent) return NDR_ERR_SUCCESS;
    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &max_count));
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &count));
    if (count != max_count)
        return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "enum list count %u, conformance %u", count, max_count);
    /* Every member takes 4 bytes inline: check before allocating. */
    if (count > UINT32_MAX / (4 * layout->num_members))
        return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "%u entries", count);
    NDR_PULL_NEED_BYTES(ndr, count * 4 * layout->num_members);
    /* the list struct is one of the two shapes of struct entry_list */
    if (!(list = talloc_zero_size(ndr->current_mem_ctx, sizeof(*list)))) return NDR_ERR_ALLOC;
    list->count = count;
    if (!count)
    {
        *out = list;
        return NDR_ERR_SUCCESS;
    }
    list->entries = talloc_zero_size(list, count * layout->entry_size);
    referents = talloc_array(list, uint32_t, count * layout->num_members);
    if (!list->entries || !referents) return NDR_ERR_ALLOC;
    for (i = 0; i < count; i++)
    {
        char *entry = (char *)list->entries + i * layout->entry_size;

        for (m = 0; m < layout->num_members; m++)
        {
            const struct entry_member *member = &layout->members[m];

            if (member->type == ENTRY_UINT32)
                NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, (uint32_t *)(entry + member->offset)));
            else NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &referents[i * layout->num_members + m]));
        }
    }
    for (i = 0; i < count; i++)
    {
        char *entry = (char *)list->entries + i * layout->entry_size;

        for (m = 0; m < layout->num_members; m++)
        {
            const struct entry_member *member = &layout->members[m];
            uint32_t size, wire_size;

            if (member->type == ENTRY_UINT32) continue;
            size = member->type == ENTRY_BYTES ? *(uint32_t *)(entry + member->size_offset) : 0;
            if (!referents[i * layout->num_members + m])
            {
                if (size) return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "NULL array of %u bytes", size);
                continue;
            }
            if (member->type == ENTRY_STRING) NDR_CHECK(pull_wstring(ndr, (const char **)(entry + member->offset)));
            else
            {
                NDR_CHECK(pull_conformant(ndr, (void **)(entry + member->offset), 1, &wire_size));
                if (wire_size != size)
                    return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "%u bytes for a size of %u", wire_size, size);
            }
        }
    }
    talloc_free(referents);
    *out = list;
    return NDR_ERR_SUCCESS;
}

/* NOTIFY_FILTER_AND_TYPE_RPC: a struct with a hyper, so 8-aligned. */
static enum ndr_err_code push_notify_filter(struct ndr_push *ndr, const struct cmrp_notify_filter *filter)
{
    NDR_CHECK(ndr_push_align(ndr, 8));
    NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, filter->object_type));
    return ndr_push_hyper(ndr, NDR_SCALARS, filter->flags);
}

static enum ndr_err_code pull_notify_filter(struct ndr_pull *ndr, struct cmrp_notify_filter *filter)
{
    NDR_CHECK(ndr_pull_align(ndr, 8));
    NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &filter->object_type));
    return ndr_pull_hyper(ndr, NDR_SCALARS, &filter->flags);
}

/* NOTIFICATION_RPC on the wire: 48 bytes of scalars, 8-aligned (key, pad,
 * the filter, the buffer's referent and size, four string referents), the
 * pointees of every element after the whole array, element by element. */
#define NOTIFICATION_WIRE_SIZE 48

static enum ndr_err_code push_notifications(struct ndr_push *ndr, const struct cmrp_notification *n, uint32_t count)
{
    uint32_t i;

    NDR_CHECK(ndr_push_unique_ptr(ndr, n));
    if (!n)
    {
        if (count) return NDR_ERR_INVALID_POINTER;
        return NDR_ERR_SUCCESS;
    }
    NDR_CHECK(ndr_push_uint3264(ndr, NDR_SCALARS, count));
    for (i = 0; i < count; i++)
    {
        if (!n[i].buffer && n[i].buffer_size) return NDR_ERR_INVALID_POINTER;
        NDR_CHECK(ndr_push_align(ndr, 8));
        NDR_CHECK(ndr_push_uint3264(ndr, NDR_SCALARS, n[i].notify_key));
        NDR_CHECK(push_notify_filter(ndr, &n[i].filter));
        NDR_CHECK(ndr_push_unique_ptr(ndr, n[i].buffer));
        NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, n[i].buffer_size));
        NDR_CHECK(ndr_push_unique_ptr(ndr, n[i].object_id));
        NDR_CHECK(ndr_push_unique_ptr(ndr, n[i].parent_id));
        NDR_CHECK(ndr_push_unique_ptr(ndr, n[i].name));
        NDR_CHECK(ndr_push_unique_ptr(ndr, n[i].type));
        NDR_CHECK(ndr_push_trailer_align(ndr, 8));
    }
    for (i = 0; i < count; i++)
    {
        if (n[i].buffer) NDR_CHECK(push_conformant(ndr, n[i].buffer, n[i].buffer_size, 1));
        if (n[i].object_id) NDR_CHECK(push_wstring(ndr, n[i].object_id));
        if (n[i].parent_id) NDR_CHECK(push_wstring(ndr, n[i].parent_id));
        if (n[i].name) NDR_CHECK(push_wstring(ndr, n[i].name));
        if (n[i].type) NDR_CHECK(push_wstring(ndr, n[i].type));
    }
    return NDR_ERR_SUCCESS;
}

static enum ndr_err_code pull_notifications(struct ndr_pull *ndr, struct cmrp_notification **out, uint32_t *count,
                                            bool *is_null)
{
    struct referents { uint32_t buffer, object_id, parent_id, name, type; } *refs;
    struct cmrp_notification *n;
    uint32_t referent, i, size;

    *out = NULL;
    *count = 0;
    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &referent));
    if (!(*is_null = !referent)) NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, count));
    if (!*count) return NDR_ERR_SUCCESS;
    if (*count > UINT32_MAX / NOTIFICATION_WIRE_SIZE)
        return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "%u notifications", *count);
    NDR_PULL_NEED_BYTES(ndr, *count * NOTIFICATION_WIRE_SIZE);
    n = talloc_zero_array(ndr->current_mem_ctx, struct cmrp_notification, *count);
    refs = talloc_array(ndr, struct referents, *count);
    if (!n || !refs) return NDR_ERR_ALLOC;
    for (i = 0; i < *count; i++)
    {
        NDR_CHECK(ndr_pull_align(ndr, 8));
        NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &n[i].notify_key));
        NDR_CHECK(pull_notify_filter(ndr, &n[i].filter));
        NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &refs[i].buffer));
        NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &n[i].buffer_size));
        NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &refs[i].object_id));
        NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &refs[i].parent_id));
        NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &refs[i].name));
        NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &refs[i].type));
        NDR_CHECK(ndr_pull_trailer_align(ndr, 8));
    }
    for (i = 0; i < *count; i++)
    {
        if (refs[i].buffer)
        {
            NDR_CHECK(pull_conformant(ndr, (void **)&n[i].buffer, 1, &size));
            if (size != n[i].buffer_size)
                return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "notification buffer of %u bytes, size %u",
                                      size, n[i].buffer_size);
        }
        else if (n[i].buffer_size)
            return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "NULL notification buffer of %u bytes",
                                  n[i].buffer_size);
        if (refs[i].object_id) NDR_CHECK(pull_wstring(ndr, &n[i].object_id));
        if (refs[i].parent_id) NDR_CHECK(pull_wstring(ndr, &n[i].parent_id));
        if (refs[i].name) NDR_CHECK(pull_wstring(ndr, &n[i].name));
        if (refs[i].type) NDR_CHECK(pull_wstring(ndr, &n[i].type));
    }
    talloc_free(refs);
    *out = n;
    return NDR_ERR_SUCCESS;
}

/* IDL_CLUSTER_SET_PASSWORD_STATUS[]: conformant varying; each element is
 * 4-aligned {NodeId, SetAttempted (1 byte), 3 bytes of padding, ReturnStatus}. */
#define PASSWORD_STATUS_WIRE_SIZE 12

static enum ndr_err_code push_password_statuses(struct ndr_push *ndr, const struct cmrp_password_status *statuses,
                                                uint32_t max_count, uint32_t length)
{
    uint32_t i;

    if (length > max_count) return NDR_ERR_LENGTH;
    if (length && !statuses) return NDR_ERR_INVALID_POINTER;
    NDR_CHECK(ndr_push_uint3264(ndr, NDR_SCALARS, max_count));
    NDR_CHECK(ndr_push_uint3264(ndr, NDR_SCALARS, 0));
    NDR_CHECK(ndr_push_uint3264(ndr, NDR_SCALARS, length));
    for (i = 0; i < length; i++)
    {
        NDR_CHECK(ndr_push_align(ndr, 4));
        NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, statuses[i].node_id));
        NDR_CHECK(ndr_push_uint8(ndr, NDR_SCALARS, statuses[i].set_attempted));
        NDR_CHECK(ndr_push_align(ndr, 4));
        NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, statuses[i].return_status));
    }
    return NDR_ERR_SUCCESS;
}

static enum ndr_err_code pull_password_statuses(struct ndr_pull *ndr, struct cmrp_password_status **out,
                                                uint32_t *max_count, uint32_t *length)
{
    struct cmrp_password_status *statuses;
    uint32_t offset, i;

    *out = NULL;
    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, max_count));
    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, &offset));
    NDR_CHECK(ndr_pull_uint3264(ndr, NDR_SCALARS, length));
    if (offset != 0 || *length > *max_count)
        return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "bad array counts %u/%u/%u", *max_count, offset, *length);
    if (!*length) return NDR_ERR_SUCCESS;
    /* every element is on the wire before anything is allocated */
    if (*length > UINT32_MAX / PASSWORD_STATUS_WIRE_SIZE)
        return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "%u statuses", *length);
    NDR_PULL_NEED_BYTES(ndr, *length * PASSWORD_STATUS_WIRE_SIZE);
    if (!(statuses = talloc_zero_array(ndr->current_mem_ctx, struct cmrp_password_status, *length)))
        return NDR_ERR_ALLOC;
    for (i = 0; i < *length; i++)
    {
        NDR_CHECK(ndr_pull_align(ndr, 4));
        NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &statuses[i].node_id));
        NDR_CHECK(ndr_pull_uint8(ndr, NDR_SCALARS, &statuses[i].set_attempted));
        NDR_CHECK(ndr_pull_align(ndr, 4));
        NDR_CHECK(ndr_pull_uint32(ndr, NDR_SCALARS, &statuses[i].return_status));
    }
    *out = statuses;
    return NDR_ERR_SUCCESS;
}

/* ---- the engine ---- */

#define MEMBER(r, offset, type) ((type *)((char *)(r) + (offset)))

enum ndr_err_code cmrp_push(struct ndr_push *ndr, int flags, const void *r, const struct cmrp_call *call)
{
    unsigned int i;

    for (i = 0; i < call->num_params; i++)
    {
        const struct cmrp_param *p = &call->params[i];
        const void *v = MEMBER(r, p->offset, const void);
        uint32_t size = p->size_offset ? *MEMBER(r, p->size_offset, const uint32_t) : 0;
        const void *data;

        if (!(p->dir & flags)) continue;
        switch (p->type)
        {
        case CMRP_TYPE_UINT16:
            NDR_CHECK(ndr_push_uint16(ndr, NDR_SCALARS, *(const uint16_t *)v));
            break;
        case CMRP_TYPE_UINT32:
            NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, *(const uint32_t *)v));
            break;
        case CMRP_TYPE_HYPER:
            NDR_CHECK(ndr_push_hyper(ndr, NDR_SCALARS, *(const uint64_t *)v));
            break;
        case CMRP_TYPE_HANDLE:
            NDR_CHECK(ndr_push_policy_handle(ndr, NDR_SCALARS, v));
            break;
        case CMRP_TYPE_STRING:
        case CMRP_TYPE_SECRET_STRING:
            NDR_CHECK(push_wstring(ndr, *(const char *const *)v));
            break;
        case CMRP_TYPE_UNIQUE_STRING:
            NDR_CHECK(push_unique_wstring(ndr, *(const char *const *)v));
            break;
        case CMRP_TYPE_OPVER_PTR:
            NDR_CHECK(push_opver_ptr(ndr, *(struct cmrp_opver_info *const *)v));
            break;
        case CMRP_TYPE_ENUM_LIST_PTR:
            NDR_CHECK(push_enum_list_ptr(ndr, *(struct cmrp_enum_list *const *)v));
            break;
        case CMRP_TYPE_FILETIME:
            NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, ((const struct cmrp_filetime *)v)->low));
            NDR_CHECK(ndr_push_uint32(ndr, NDR_SCALARS, ((const struct cmrp_filetime *)v)->high));
            break;
        case CMRP_TYPE_UNIQUE_BYTES:
        case CMRP_TYPE_UNIQUE_WCHARS:
            data = *(const void *const *)v;
            /* Windows servers refuse a NULL pointer with a non-zero size. */
            if (!data && size) return NDR_ERR_INVALID_POINTER;
            NDR_CHECK(ndr_push_unique_ptr(ndr, data));
            if (data) NDR_CHECK(push_conformant(ndr, data, size, p->type == CMRP_TYPE_UNIQUE_WCHARS ? 2 : 1));
            break;
        case CMRP_TYPE_REF_BYTES:
        case CMRP_TYPE_CONFORMANT_BYTES:
            NDR_CHECK(push_conformant(ndr, *(const void *const *)v, size, 1));
            break;
        case CMRP_TYPE_VARYING_BYTES:
            NDR_CHECK(push_varying(ndr, *(const uint8_t *const *)v, size, *MEMBER(r, p->length_offset, const uint32_t)));
            break;
        case CMRP_TYPE_SECURITY_DESCRIPTOR:
            NDR_CHECK(push_security_descriptor(ndr, v));
            break;
        case CMRP_TYPE_SECURITY_ATTRIBUTES_PTR:
            NDR_CHECK(push_security_attributes_ptr(ndr, *(struct cmrp_security_attributes *const *)v));
            break;
        case CMRP_TYPE_GROUP_INFO_PTR:
            NDR_CHECK(push_group_info_ptr(ndr, *(struct cmrp_create_group_info *const *)v));
            break;
        case CMRP_TYPE_GROUP_ENUM_LIST_PTR:
            NDR_CHECK(push_entry_list_ptr(ndr, *(const struct entry_list *const *)v, &group_entry_layout));
            break;
        case CMRP_TYPE_RESOURCE_ENUM_LIST_PTR:
            NDR_CHECK(push_entry_list_ptr(ndr, *(const struct entry_list *const *)v, &resource_entry_layout));
            break;
        case CMRP_TYPE_STRING_ARRAY:
            NDR_CHECK(push_string_array(ndr, *(const char *const *const *)v, size));
            break;
        case CMRP_TYPE_NOTIFY_FILTER:
            NDR_CHECK(push_notify_filter(ndr, v));
            break;
        case CMRP_TYPE_NOTIFICATIONS_PTR:
            NDR_CHECK(push_notifications(ndr, *(const struct cmrp_notification *const *)v, size));
            break;
        case CMRP_TYPE_PASSWORD_STATUSES:
            NDR_CHECK(push_password_statuses(ndr, *(const struct cmrp_password_status *const *)v, size,
                                             *MEMBER(r, p->length_offset, const uint32_t)));
            break;
        }
    }
    return NDR_ERR_SUCCESS;
}

/* What an array parameter brought on the wire, to check against the members
 * that size_is()/length_is() name once they are pulled too. */
struct wire_counts
{
    bool present;            /* an array was pulled (or a NULL unique one) */
    bool is_null;
    uint32_t size;
    uint32_t length;
};

static enum ndr_err_code check_counts(struct ndr_pull *ndr, int flags, const void *r, const struct cmrp_call *call,
                                      const struct wire_counts *counts)
{
    unsigned int i;

    for (i = 0; i < call->num_params; i++)
    {
        const struct cmrp_param *p = &call->params[i];
        uint32_t size;

        if (!counts[i].present) continue;
        size = *MEMBER(r, p->size_offset, const uint32_t);
        if (counts[i].is_null)
        {
            if (size) return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "%s: NULL with size %u", p->name, size);
            continue;
        }
        if (counts[i].size != size)
            return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "%s: %u elements for a size of %u",
                                  p->name, counts[i].size, size);
        if ((p->type == CMRP_TYPE_VARYING_BYTES || p->type == CMRP_TYPE_PASSWORD_STATUSES)
            && counts[i].length != *MEMBER(r, p->length_offset, const uint32_t))
            return ndr_pull_error(ndr, NDR_ERR_ARRAY_SIZE, "%s: %u bytes for a length of %u",
                                  p->name, counts[i].length, *MEMBER(r, p->length_offset, const uint32_t));
    }
    return NDR_ERR_SUCCESS;
}

/* Calls have a handful of parameters: their counts fit on the stack. */
#define MAX_STACK_PARAMS 16

enum ndr_err_code cmrp_pull(struct ndr_pull *ndr, int flags, void *r, const struct cmrp_call *call)
{
    struct wire_counts stack_counts[MAX_STACK_PARAMS] = { { 0 } }, *counts = stack_counts;
    enum ndr_err_code err = NDR_ERR_SUCCESS;
    unsigned int i;

    if (call->num_params > MAX_STACK_PARAMS
        && !(counts = talloc_zero_array(ndr, struct wire_counts, call->num_params)))
        return NDR_ERR_ALLOC;
    for (i = 0; i < call->num_params && err == NDR_ERR_SUCCESS; i++)
    {
        const struct cmrp_param *p = &call->params[i];
        void *v = MEMBER(r, p->offset, void);
        uint32_t referent;

        if (!(p->dir & flags)) continue;
        switch (p->type)
        {
        case CMRP_TYPE_UINT16:
            err = ndr_pull_uint16(ndr, NDR_SCALARS, v);
            break;
        case CMRP_TYPE_UINT32:
            err = ndr_pull_uint32(ndr, NDR_SCALARS, v);
            if (err == NDR_ERR_SUCCESS && p->range_max && *(uint32_t *)v > p->range_max)
                err = ndr_pull_error(ndr, NDR_ERR_RANGE, "%s: %u above %u", p->name, *(uint32_t *)v, p->range_max);
            break;
        case CMRP_TYPE_HYPER:
            err = ndr_pull_hyper(ndr, NDR_SCALARS, v);
            break;
        case CMRP_TYPE_HANDLE:
            err = ndr_pull_policy_handle(ndr, NDR_SCALARS, v);
            break;
        case CMRP_TYPE_STRING:
        case CMRP_TYPE_SECRET_STRING:
            err = pull_wstring(ndr, v);
            break;
        case CMRP_TYPE_UNIQUE_STRING:
            err = pull_unique_wstring(ndr, v);
            break;
        case CMRP_TYPE_OPVER_PTR:
            err = pull_opver_ptr(ndr, v);
            break;
        case CMRP_TYPE_ENUM_LIST_PTR:
            err = pull_enum_list_ptr(ndr, v);
            break;
        case CMRP_TYPE_FILETIME:
            err = ndr_pull_uint32(ndr, NDR_SCALARS, &((struct cmrp_filetime *)v)->low);
            if (err == NDR_ERR_SUCCESS) err = ndr_pull_uint32(ndr, NDR_SCALARS, &((struct cmrp_filetime *)v)->high);
            break;
        case CMRP_TYPE_UNIQUE_BYTES:
        case CMRP_TYPE_UNIQUE_WCHARS:
            counts[i].present = true;
            *(void **)v = NULL;
            err = ndr_pull_uint3264(ndr, NDR_SCALARS, &referent);
            if (err != NDR_ERR_SUCCESS) break;
            if (!referent) counts[i].is_null = true;
            else err = pull_conformant(ndr, v, p->type == CMRP_TYPE_UNIQUE_WCHARS ? 2 : 1, &counts[i].size);
            break;
        case CMRP_TYPE_REF_BYTES:
        case CMRP_TYPE_CONFORMANT_BYTES:
            counts[i].present = true;
            err = pull_conformant(ndr, v, 1, &counts[i].size);
            break;
        case CMRP_TYPE_VARYING_BYTES:
            counts[i].present = true;
            err = pull_varying(ndr, v, &counts[i].size, &counts[i].length);
            break;
        case CMRP_TYPE_SECURITY_DESCRIPTOR:
            err = pull_security_descriptor(ndr, v);
            break;
        case CMRP_TYPE_SECURITY_ATTRIBUTES_PTR:
            err = pull_security_attributes_ptr(ndr, v);
            break;
        case CMRP_TYPE_GROUP_INFO_PTR:
            err = pull_group_info_ptr(ndr, v);
            break;
        case CMRP_TYPE_GROUP_ENUM_LIST_PTR:
            err = pull_entry_list_ptr(ndr, v, &group_entry_layout);
            break;
        case CMRP_TYPE_RESOURCE_ENUM_LIST_PTR:
            err = pull_entry_list_ptr(ndr, v, &resource_entry_layout);
            break;
        case CMRP_TYPE_STRING_ARRAY:
            /* its count came first: NetworkCount precedes NetworkIdList */
            err = pull_string_array(ndr, v, *MEMBER(r, p->size_offset, const uint32_t));
            break;
        case CMRP_TYPE_NOTIFY_FILTER:
            err = pull_notify_filter(ndr, v);
            break;
        case CMRP_TYPE_NOTIFICATIONS_PTR:
            counts[i].present = true;
            err = pull_notifications(ndr, v, &counts[i].size, &counts[i].is_null);
            break;
        case CMRP_TYPE_PASSWORD_STATUSES:
            counts[i].present = true;
            err = pull_password_statuses(ndr, v, &counts[i].size, &counts[i].length);
            break;
        }
    }
    if (err == NDR_ERR_SUCCESS) err = check_counts(ndr, flags, r, call, counts);
    if (counts != stack_counts) talloc_free(counts);
    return err;
}

/* ---- printing (the [print] binding flag, server debug dumps) ---- */

static void print_enum_list(struct ndr_print *ndr, const char *name, const struct cmrp_enum_list *list)
{
    uint32_t i;

    ndr_print_ptr(ndr, name, list);
    if (!list) return;
    ndr->depth++;
    ndr_print_uint32(ndr, "EntryCount", list->count);
    for (i = 0; i < list->count; i++)
    {
        ndr_print_uint32(ndr, "Type", list->entries[i].type);
        ndr_print_string(ndr, "Name", list->entries[i].name);
    }
    ndr->depth--;
}

/* Entries of a GROUP/RESOURCE_ENUM_LIST: their strings and DWORDs, the
 * property lists as bytes. */
static void print_entry_list(struct ndr_print *ndr, const char *name, const struct entry_list *list,
                             const struct entry_layout *layout)
{
    uint32_t i;
    unsigned int m;

    ndr_print_ptr(ndr, name, list);
    if (!list) return;
    ndr->depth++;
    ndr_print_uint32(ndr, "EntryCount", list->count);
    for (i = 0; i < list->count; i++)
    {
        const char *entry = (const char *)list->entries + i * layout->entry_size;

        for (m = 0; m < layout->num_members; m++)
        {
            const struct entry_member *member = &layout->members[m];
            const void *v = entry + member->offset;

            if (member->type == ENTRY_UINT32) ndr_print_uint32(ndr, "DWORD", *(const uint32_t *)v);
            else if (member->type == ENTRY_STRING) ndr_print_string(ndr, "String", *(const char *const *)v);
            else ndr_print_array_uint8(ndr, "Properties", *(const uint8_t *const *)v,
                                       *(const void *const *)v ? *(const uint32_t *)(entry + member->size_offset) : 0);
        }
    }
    ndr->depth--;
}

static void print_notify_filter(struct ndr_print *ndr, const char *name, const struct cmrp_notify_filter *filter)
{
    ndr_print_struct(ndr, name, "NOTIFY_FILTER_AND_TYPE_RPC");
    ndr->depth++;
    ndr_print_uint32(ndr, "dwObjectType", filter->object_type);
    ndr_print_hyper(ndr, "FilterFlags", filter->flags);
    ndr->depth--;
}

static void print_notifications(struct ndr_print *ndr, const char *name, const struct cmrp_notification *n,
                                uint32_t count)
{
    uint32_t i;

    ndr_print_ptr(ndr, name, n);
    if (!n) return;
    ndr->depth++;
    for (i = 0; i < count; i++)
    {
        ndr_print_uint32(ndr, "dwNotifyKey", n[i].notify_key);
        print_notify_filter(ndr, "FilterAndType", &n[i].filter);
        ndr_print_array_uint8(ndr, "buffer", n[i].buffer, n[i].buffer ? n[i].buffer_size : 0);
        ndr_print_string(ndr, "ObjectId", n[i].object_id);
        ndr_print_string(ndr, "ParentId", n[i].parent_id);
        ndr_print_string(ndr, "Name", n[i].name);
        ndr_print_string(ndr, "Type", n[i].type);
    }
    ndr->depth--;
}

static void print_password_statuses(struct ndr_print *ndr, const char *name, const struct cmrp_password_status *statuses,
                                    uint32_t length)
{
    uint32_t i;

    ndr_print_ptr(ndr, name, statuses);
    if (!statuses) return;
    ndr->depth++;
    for (i = 0; i < length; i++)
    {
        ndr_print_uint32(ndr, "NodeId", statuses[i].node_id);
        ndr_print_uint8(ndr, "SetAttempted", statuses[i].set_attempted);
        ndr_print_uint32(ndr, "ReturnStatus", statuses[i].return_status);
    }
    ndr->depth--;
}

static void print_param(struct ndr_print *ndr, const struct cmrp_param *p, const void *r)
{
    const void *v = MEMBER(r, p->offset, const void);
    uint32_t size = p->size_offset ? *MEMBER(r, p->size_offset, const uint32_t) : 0;
    const struct cmrp_security_descriptor *sd;
    const struct cmrp_opver_info *opver;
    uint32_t i;

    switch (p->type)
    {
    case CMRP_TYPE_UINT16:
        ndr_print_uint16(ndr, p->name, *(const uint16_t *)v);
        break;
    case CMRP_TYPE_UINT32:
        ndr_print_uint32(ndr, p->name, *(const uint32_t *)v);
        break;
    case CMRP_TYPE_HYPER:
        ndr_print_hyper(ndr, p->name, *(const uint64_t *)v);
        break;
    case CMRP_TYPE_HANDLE:
        ndr_print_policy_handle(ndr, p->name, v);
        break;
    case CMRP_TYPE_STRING:
    case CMRP_TYPE_UNIQUE_STRING:
        ndr_print_string(ndr, p->name, *(const char *const *)v);
        break;
    case CMRP_TYPE_OPVER_PTR:
        opver = *(const struct cmrp_opver_info *const *)v;
        ndr_print_ptr(ndr, p->name, opver);
        if (opver)
            ndr_print_array_uint8(ndr, "CLUSTER_OPERATIONAL_VERSION_INFO", (const uint8_t *)opver, sizeof(*opver));
        break;
    case CMRP_TYPE_ENUM_LIST_PTR:
        print_enum_list(ndr, p->name, *(const struct cmrp_enum_list *const *)v);
        break;
    case CMRP_TYPE_STRING_ARRAY:
        for (i = 0; *(const char *const *const *)v && i < size; i++)
            ndr_print_string(ndr, p->name, (*(const char *const *const *)v)[i]);
        break;
    case CMRP_TYPE_GROUP_ENUM_LIST_PTR:
        print_entry_list(ndr, p->name, *(const struct entry_list *const *)v, &group_entry_layout);
        break;
    case CMRP_TYPE_RESOURCE_ENUM_LIST_PTR:
        print_entry_list(ndr, p->name, *(const struct entry_list *const *)v, &resource_entry_layout);
        break;
    case CMRP_TYPE_FILETIME:
        ndr_print_hyper(ndr, p->name, ((uint64_t)((const struct cmrp_filetime *)v)->high << 32) |
                        ((const struct cmrp_filetime *)v)->low);
        break;
    case CMRP_TYPE_UNIQUE_BYTES:
    case CMRP_TYPE_REF_BYTES:
    case CMRP_TYPE_CONFORMANT_BYTES:
        ndr_print_array_uint8(ndr, p->name, *(const uint8_t *const *)v, *(const void *const *)v ? size : 0);
        break;
    case CMRP_TYPE_VARYING_BYTES:
        ndr_print_array_uint8(ndr, p->name, *(const uint8_t *const *)v,
                              *(const void *const *)v ? *MEMBER(r, p->length_offset, const uint32_t) : 0);
        break;
    case CMRP_TYPE_UNIQUE_WCHARS:
        ndr_print_array_uint8(ndr, p->name, *(const uint8_t *const *)v, *(const void *const *)v ? size * 2 : 0);
        break;
    case CMRP_TYPE_SECURITY_DESCRIPTOR:
        sd = v;
        ndr_print_array_uint8(ndr, p->name, sd->data, sd->data ? sd->out_size : 0);
        break;
    case CMRP_TYPE_SECURITY_ATTRIBUTES_PTR:
    case CMRP_TYPE_GROUP_INFO_PTR:
        ndr_print_ptr(ndr, p->name, *(const void *const *)v);
        break;
    case CMRP_TYPE_NOTIFY_FILTER:
        print_notify_filter(ndr, p->name, v);
        break;
    case CMRP_TYPE_NOTIFICATIONS_PTR:
        print_notifications(ndr, p->name, *(const struct cmrp_notification *const *)v, size);
        break;
    case CMRP_TYPE_SECRET_STRING:
        /* a password: never in a trace or an NDR dump */
        ndr_print_string(ndr, p->name, *(const char *const *)v ? "(secret)" : NULL);
        break;
    case CMRP_TYPE_PASSWORD_STATUSES:
        print_password_statuses(ndr, p->name, *(const struct cmrp_password_status *const *)v,
                                *MEMBER(r, p->length_offset, const uint32_t));
        break;
    }
}

static void print_direction(struct ndr_print *ndr, int dir, const void *r, const struct cmrp_call *call)
{
    unsigned int i;

    ndr_print_struct(ndr, dir == NDR_IN ? "in" : "out", call->name);
    ndr->depth++;
    for (i = 0; i < call->num_params; i++)
        if (call->params[i].dir & dir) print_param(ndr, &call->params[i], r);
    ndr->depth--;
}

void cmrp_print(struct ndr_print *ndr, const char *name, int flags, const void *r, const struct cmrp_call *call)
{
    if (flags & NDR_IN) print_direction(ndr, NDR_IN, r, call);
    if (flags & NDR_OUT) print_direction(ndr, NDR_OUT, r, call);
}

/* ---- parameter tables, one per shape, in wire order ---- */

#define P(st, member, type, dir) \
    { #member, CMRP_TYPE_##type, CMRP_##dir, offsetof(struct cmrp_##st, member), 0, 0 }
#define ARRAY(st, member, type, dir, size) \
    { #member, CMRP_TYPE_##type, CMRP_##dir, offsetof(struct cmrp_##st, member), offsetof(struct cmrp_##st, size), 0 }
#define VARYING(st, member, dir, size, length) \
    { #member, CMRP_TYPE_VARYING_BYTES, CMRP_##dir, offsetof(struct cmrp_##st, member), \
      offsetof(struct cmrp_##st, size), offsetof(struct cmrp_##st, length) }
#define RESULT(st) P(st, result, UINT32, OUT)
#define RPC_STATUS_AND_RESULT(st) P(st, rpc_status, UINT32, OUT), P(st, result, UINT32, OUT)

static const struct cmrp_param open_cluster_params[] =
{
    P(open_cluster, status, UINT32, OUT),
    P(open_cluster, handle, HANDLE, OUT),
};

static const struct cmrp_param open_cluster_ex_params[] =
{
    P(open_cluster_ex, desired_access, UINT32, IN),
    P(open_cluster_ex, granted_access, UINT32, OUT),
    P(open_cluster_ex, status, UINT32, OUT),
    P(open_cluster_ex, handle, HANDLE, OUT),
};

static const struct cmrp_param close_handle_params[] =
{
    P(close_handle, handle, HANDLE, INOUT),
    RESULT(close_handle),
};

static const struct cmrp_param handle_in_params[] =
{
    P(handle_in, handle, HANDLE, IN),
    RESULT(handle_in),
};

static const struct cmrp_param string_in_params[] =
{
    P(string_in, string, STRING, IN),
    RPC_STATUS_AND_RESULT(string_in),
};

static const struct cmrp_param get_cluster_name_params[] =
{
    P(get_cluster_name, cluster_name, UNIQUE_STRING, OUT),
    P(get_cluster_name, node_name, UNIQUE_STRING, OUT),
    RESULT(get_cluster_name),
};

static const struct cmrp_param get_cluster_version_params[] =
{
    P(get_cluster_version, major_version, UINT16, OUT),
    P(get_cluster_version, minor_version, UINT16, OUT),
    P(get_cluster_version, build_number, UINT16, OUT),
    P(get_cluster_version, vendor_id, UNIQUE_STRING, OUT),
    P(get_cluster_version, csd_version, UNIQUE_STRING, OUT),
    RESULT(get_cluster_version),
};

static const struct cmrp_param get_cluster_version2_params[] =
{
    P(get_cluster_version2, major_version, UINT16, OUT),
    P(get_cluster_version2, minor_version, UINT16, OUT),
    P(get_cluster_version2, build_number, UINT16, OUT),
    P(get_cluster_version2, vendor_id, UNIQUE_STRING, OUT),
    P(get_cluster_version2, csd_version, UNIQUE_STRING, OUT),
    P(get_cluster_version2, opver, OPVER_PTR, OUT),
    RPC_STATUS_AND_RESULT(get_cluster_version2),
};

static const struct cmrp_param get_quorum_resource_params[] =
{
    P(get_quorum_resource, resource_name, UNIQUE_STRING, OUT),
    P(get_quorum_resource, device_name, UNIQUE_STRING, OUT),
    P(get_quorum_resource, max_log_size, UINT32, OUT),
    RPC_STATUS_AND_RESULT(get_quorum_resource),
};

static const struct cmrp_param set_quorum_resource_params[] =
{
    P(set_quorum_resource, handle, HANDLE, IN),
    P(set_quorum_resource, device_name, STRING, IN),
    P(set_quorum_resource, max_log_size, UINT32, IN),
    RPC_STATUS_AND_RESULT(set_quorum_resource),
};

static const struct cmrp_param create_enum_params[] =
{
    P(create_enum, type, UINT32, IN),
    P(create_enum, list, ENUM_LIST_PTR, OUT),
    RPC_STATUS_AND_RESULT(create_enum),
};

static const struct cmrp_param open_object_params[] =
{
    P(open_object, name, STRING, IN),
    P(open_object, status, UINT32, OUT),
    P(open_object, rpc_status, UINT32, OUT),
    P(open_object, handle, HANDLE, OUT),
};

static const struct cmrp_param open_object_ex_params[] =
{
    P(open_object_ex, name, STRING, IN),
    P(open_object_ex, desired_access, UINT32, IN),
    P(open_object_ex, granted_access, UINT32, OUT),
    P(open_object_ex, status, UINT32, OUT),
    P(open_object_ex, rpc_status, UINT32, OUT),
    P(open_object_ex, handle, HANDLE, OUT),
};

static const struct cmrp_param create_handle_params[] =
{
    P(create_handle, status, UINT32, OUT),
    P(create_handle, rpc_status, UINT32, OUT),
    P(create_handle, handle, HANDLE, OUT),
};

static const struct cmrp_param create_resource_params[] =
{
    P(create_resource, group, HANDLE, IN),
    P(create_resource, name, STRING, IN),
    P(create_resource, type_name, STRING, IN),
    P(create_resource, flags, UINT32, IN),
    P(create_resource, status, UINT32, OUT),
    P(create_resource, rpc_status, UINT32, OUT),
    P(create_resource, handle, HANDLE, OUT),
};

static const struct cmrp_param create_group_ex_params[] =
{
    P(create_group_ex, name, STRING, IN),
    P(create_group_ex, info, GROUP_INFO_PTR, IN),
    P(create_group_ex, status, UINT32, OUT),
    P(create_group_ex, rpc_status, UINT32, OUT),
    P(create_group_ex, handle, HANDLE, OUT),
};

static const struct cmrp_param handle_op_params[] =
{
    P(handle_op, handle, HANDLE, IN),
    RPC_STATUS_AND_RESULT(handle_op),
};

static const struct cmrp_param handle_pair_params[] =
{
    P(handle_pair, handle, HANDLE, IN),
    P(handle_pair, other, HANDLE, IN),
    RPC_STATUS_AND_RESULT(handle_pair),
};

static const struct cmrp_param handle_pair_hyper_params[] =
{
    P(handle_pair_hyper, handle, HANDLE, IN),
    P(handle_pair_hyper, other, HANDLE, IN),
    P(handle_pair_hyper, flags, HYPER, IN),
    RPC_STATUS_AND_RESULT(handle_pair_hyper),
};

static const struct cmrp_param add_group_to_group_set_ex_params[] =
{
    P(add_group_to_group_set_ex, handle, HANDLE, IN),
    P(add_group_to_group_set_ex, group, HANDLE, IN),
    P(add_group_to_group_set_ex, fault_domain, UINT32, IN),
    P(add_group_to_group_set_ex, update_domain, UINT32, IN),
    P(add_group_to_group_set_ex, use_domains, UINT32, IN),
    P(add_group_to_group_set_ex, reserved, UINT32, IN),
    RPC_STATUS_AND_RESULT(add_group_to_group_set_ex),
};

static const struct cmrp_param set_network_priority_order_params[] =
{
    P(set_network_priority_order, count, UINT32, IN),
    ARRAY(set_network_priority_order, ids, STRING_ARRAY, IN, count),
    RPC_STATUS_AND_RESULT(set_network_priority_order),
};

static const struct cmrp_param handle_dword_params[] =
{
    P(handle_dword, handle, HANDLE, IN),
    P(handle_dword, value, UINT32, IN),
    RPC_STATUS_AND_RESULT(handle_dword),
};

static const struct cmrp_param handle_two_dwords_params[] =
{
    P(handle_two_dwords, handle, HANDLE, IN),
    P(handle_two_dwords, value1, UINT32, IN),
    P(handle_two_dwords, value2, UINT32, IN),
    RPC_STATUS_AND_RESULT(handle_two_dwords),
};

static const struct cmrp_param pause_node_drain_target_params[] =
{
    P(pause_node_drain_target, handle, HANDLE, IN),
    P(pause_node_drain_target, flags, UINT32, IN),
    P(pause_node_drain_target, target, HANDLE, IN),
    RPC_STATUS_AND_RESULT(pause_node_drain_target),
};

static const struct cmrp_param handle_string_params[] =
{
    P(handle_string, handle, HANDLE, IN),
    P(handle_string, string, STRING, IN),
    RPC_STATUS_AND_RESULT(handle_string),
};

static const struct cmrp_param handle_unique_string_params[] =
{
    P(handle_unique_string, handle, HANDLE, IN),
    P(handle_unique_string, string, UNIQUE_STRING, IN),
    RPC_STATUS_AND_RESULT(handle_unique_string),
};

static const struct cmrp_param get_string_params[] =
{
    P(get_string, handle, HANDLE, IN),
    P(get_string, string, UNIQUE_STRING, OUT),
    RPC_STATUS_AND_RESULT(get_string),
};

static const struct cmrp_param get_state_params[] =
{
    P(get_state, handle, HANDLE, IN),
    P(get_state, state, UINT32, OUT),
    RPC_STATUS_AND_RESULT(get_state),
};

static const struct cmrp_param get_resource_state_params[] =
{
    P(get_resource_state, handle, HANDLE, IN),
    P(get_resource_state, state, UINT32, OUT),
    P(get_resource_state, node_name, UNIQUE_STRING, OUT),
    P(get_resource_state, group_name, UNIQUE_STRING, OUT),
    RPC_STATUS_AND_RESULT(get_resource_state),
};

static const struct cmrp_param get_group_state_params[] =
{
    P(get_group_state, handle, HANDLE, IN),
    P(get_group_state, state, UINT32, OUT),
    P(get_group_state, node_name, UNIQUE_STRING, OUT),
    RPC_STATUS_AND_RESULT(get_group_state),
};

static const struct cmrp_param handle_enum_params[] =
{
    P(handle_enum, handle, HANDLE, IN),
    P(handle_enum, type, UINT32, IN),
    P(handle_enum, list, ENUM_LIST_PTR, OUT),
    RPC_STATUS_AND_RESULT(handle_enum),
};

static const struct cmrp_param handle_enum_only_params[] =
{
    P(handle_enum_only, handle, HANDLE, IN),
    P(handle_enum_only, list, ENUM_LIST_PTR, OUT),
    RPC_STATUS_AND_RESULT(handle_enum_only),
};

static const struct cmrp_param create_enum_ex_params[] =
{
    P(create_enum_ex, handle, HANDLE, IN),
    P(create_enum_ex, type, UINT32, IN),
    P(create_enum_ex, options, UINT32, IN),
    P(create_enum_ex, id_list, ENUM_LIST_PTR, OUT),
    P(create_enum_ex, name_list, ENUM_LIST_PTR, OUT),
    RPC_STATUS_AND_RESULT(create_enum_ex),
};

#define OBJECT_ENUM_REQUEST_PARAMS(st) \
    P(st, handle, HANDLE, IN), \
    ARRAY(st, properties, UNIQUE_BYTES, IN, properties_size), \
    P(st, properties_size, UINT32, IN), \
    ARRAY(st, ro_properties, UNIQUE_BYTES, IN, ro_properties_size), \
    P(st, ro_properties_size, UINT32, IN)

static const struct cmrp_param create_group_enum_params[] =
{
    OBJECT_ENUM_REQUEST_PARAMS(create_group_enum),
    P(create_group_enum, list, GROUP_ENUM_LIST_PTR, OUT),
    RPC_STATUS_AND_RESULT(create_group_enum),
};

static const struct cmrp_param create_resource_enum_params[] =
{
    OBJECT_ENUM_REQUEST_PARAMS(create_resource_enum),
    P(create_resource_enum, list, RESOURCE_ENUM_LIST_PTR, OUT),
    RPC_STATUS_AND_RESULT(create_resource_enum),
};

static const struct cmrp_param create_res_type_enum_params[] =
{
    P(create_res_type_enum, type_name, STRING, IN),
    P(create_res_type_enum, type, UINT32, IN),
    P(create_res_type_enum, list, ENUM_LIST_PTR, OUT),
    RPC_STATUS_AND_RESULT(create_res_type_enum),
};

static const struct cmrp_param create_net_interface_enum_params[] =
{
    P(create_net_interface_enum, handle, HANDLE, IN),
    P(create_net_interface_enum, node_name, STRING, IN),
    P(create_net_interface_enum, network_name, STRING, IN),
    P(create_net_interface_enum, list, ENUM_LIST_PTR, OUT),
    RPC_STATUS_AND_RESULT(create_net_interface_enum),
};

static const struct cmrp_param create_resource_type_params[] =
{
    P(create_resource_type, type_name, STRING, IN),
    P(create_resource_type, display_name, STRING, IN),
    P(create_resource_type, dll_name, STRING, IN),
    P(create_resource_type, looks_alive, UINT32, IN),
    P(create_resource_type, is_alive, UINT32, IN),
    RPC_STATUS_AND_RESULT(create_resource_type),
};

static const struct cmrp_param get_net_interface_params[] =
{
    P(get_net_interface, node_name, STRING, IN),
    P(get_net_interface, network_name, STRING, IN),
    P(get_net_interface, interface_name, UNIQUE_STRING, OUT),
    RPC_STATUS_AND_RESULT(get_net_interface),
};

static const struct cmrp_param set_group_node_list_params[] =
{
    P(set_group_node_list, handle, HANDLE, IN),
    ARRAY(set_group_node_list, node_list, UNIQUE_WCHARS, IN, node_list_len),
    P(set_group_node_list, node_list_len, UINT32, IN),
    RPC_STATUS_AND_RESULT(set_group_node_list),
};

static const struct cmrp_param get_root_key_params[] =
{
    P(get_root_key, sam_desired, UINT32, IN),
    P(get_root_key, status, UINT32, OUT),
    P(get_root_key, rpc_status, UINT32, OUT),
    P(get_root_key, handle, HANDLE, OUT),
};

static const struct cmrp_param create_key_params[] =
{
    P(create_key, key, HANDLE, IN),
    P(create_key, subkey, STRING, IN),
    P(create_key, options, UINT32, IN),
    P(create_key, sam_desired, UINT32, IN),
    P(create_key, security, SECURITY_ATTRIBUTES_PTR, IN),
    P(create_key, disposition, UINT32, OUT),
    P(create_key, status, UINT32, OUT),
    P(create_key, rpc_status, UINT32, OUT),
    P(create_key, handle, HANDLE, OUT),
};

static const struct cmrp_param open_key_params[] =
{
    P(open_key, key, HANDLE, IN),
    P(open_key, subkey, STRING, IN),
    P(open_key, sam_desired, UINT32, IN),
    P(open_key, status, UINT32, OUT),
    P(open_key, rpc_status, UINT32, OUT),
    P(open_key, handle, HANDLE, OUT),
};

static const struct cmrp_param enum_key_params[] =
{
    P(enum_key, key, HANDLE, IN),
    P(enum_key, index, UINT32, IN),
    P(enum_key, name, UNIQUE_STRING, OUT),
    P(enum_key, last_write_time, FILETIME, OUT),
    RPC_STATUS_AND_RESULT(enum_key),
};

static const struct cmrp_param set_value_params[] =
{
    P(set_value, key, HANDLE, IN),
    P(set_value, name, STRING, IN),
    P(set_value, type, UINT32, IN),
    ARRAY(set_value, data, REF_BYTES, IN, size),
    P(set_value, size, UINT32, IN),
    RPC_STATUS_AND_RESULT(set_value),
};

static const struct cmrp_param query_value_params[] =
{
    P(query_value, key, HANDLE, IN),
    P(query_value, name, STRING, IN),
    P(query_value, type, UINT32, OUT),
    ARRAY(query_value, data, CONFORMANT_BYTES, OUT, size),
    P(query_value, size, UINT32, IN),
    P(query_value, required, UINT32, OUT),
    RPC_STATUS_AND_RESULT(query_value),
};

static const struct cmrp_param enum_value_params[] =
{
    P(enum_value, key, HANDLE, IN),
    P(enum_value, index, UINT32, IN),
    P(enum_value, name, UNIQUE_STRING, OUT),
    P(enum_value, type, UINT32, OUT),
    ARRAY(enum_value, data, CONFORMANT_BYTES, OUT, size),
    P(enum_value, size, UINT32, INOUT),
    P(enum_value, total_size, UINT32, OUT),
    RPC_STATUS_AND_RESULT(enum_value),
};

static const struct cmrp_param query_info_key_params[] =
{
    P(query_info_key, key, HANDLE, IN),
    P(query_info_key, subkeys, UINT32, OUT),
    P(query_info_key, max_subkey_len, UINT32, OUT),
    P(query_info_key, values, UINT32, OUT),
    P(query_info_key, max_value_name_len, UINT32, OUT),
    P(query_info_key, max_value_len, UINT32, OUT),
    P(query_info_key, security_descriptor_size, UINT32, OUT),
    P(query_info_key, last_write_time, FILETIME, OUT),
    RPC_STATUS_AND_RESULT(query_info_key),
};

/* ApiSetKeySecurity only sends the descriptor; ApiGetKeySecurity sends it
 * (as the buffer size) and gets it back: the opnum table entry picks. */
static const struct cmrp_param set_key_security_params[] =
{
    P(key_security, key, HANDLE, IN),
    P(key_security, security_information, UINT32, IN),
    P(key_security, descriptor, SECURITY_DESCRIPTOR, IN),
    RPC_STATUS_AND_RESULT(key_security),
};

static const struct cmrp_param get_key_security_params[] =
{
    P(key_security, key, HANDLE, IN),
    P(key_security, security_information, UINT32, IN),
    P(key_security, descriptor, SECURITY_DESCRIPTOR, INOUT),
    RPC_STATUS_AND_RESULT(key_security),
};

static const struct cmrp_param add_notify_cluster_params[] =
{
    P(add_notify_cluster, notify, HANDLE, IN),
    P(add_notify_cluster, cluster, HANDLE, IN),
    P(add_notify_cluster, filter, UINT32, IN),
    P(add_notify_cluster, notify_key, UINT32, IN),
    RPC_STATUS_AND_RESULT(add_notify_cluster),
};

static const struct cmrp_param add_notify_object_params[] =
{
    P(add_notify_object, notify, HANDLE, IN),
    P(add_notify_object, object, HANDLE, IN),
    P(add_notify_object, filter, UINT32, IN),
    P(add_notify_object, notify_key, UINT32, IN),
    P(add_notify_object, state_sequence, UINT32, OUT),
    RPC_STATUS_AND_RESULT(add_notify_object),
};

static const struct cmrp_param readd_notify_object_params[] =
{
    P(readd_notify_object, notify, HANDLE, IN),
    P(readd_notify_object, object, HANDLE, IN),
    P(readd_notify_object, filter, UINT32, IN),
    P(readd_notify_object, notify_key, UINT32, IN),
    P(readd_notify_object, state_sequence, UINT32, IN),
    RPC_STATUS_AND_RESULT(readd_notify_object),
};

static const struct cmrp_param add_notify_key_params[] =
{
    P(add_notify_key, notify, HANDLE, IN),
    P(add_notify_key, key, HANDLE, IN),
    P(add_notify_key, notify_key, UINT32, IN),
    P(add_notify_key, filter, UINT32, IN),
    P(add_notify_key, watch_subtree, UINT32, IN),
    RPC_STATUS_AND_RESULT(add_notify_key),
};

static const struct cmrp_param get_notify_params[] =
{
    P(get_notify, notify, HANDLE, IN),
    P(get_notify, notify_key, UINT32, OUT),
    P(get_notify, filter, UINT32, OUT),
    P(get_notify, state_sequence, UINT32, OUT),
    P(get_notify, name, UNIQUE_STRING, OUT),
    RPC_STATUS_AND_RESULT(get_notify),
};

static const struct cmrp_param add_notify_v2_params[] =
{
    P(add_notify_v2, notify, HANDLE, IN),
    P(add_notify_v2, object, HANDLE, IN),
    P(add_notify_v2, filter, NOTIFY_FILTER, IN),
    P(add_notify_v2, notify_key, UINT32, IN),
    P(add_notify_v2, version, UINT32, IN),
    P(add_notify_v2, targeted, UINT32, IN),
    RPC_STATUS_AND_RESULT(add_notify_v2),
};

static const struct cmrp_param get_notify_v2_params[] =
{
    P(get_notify_v2, notify, HANDLE, IN),
    ARRAY(get_notify_v2, notifications, NOTIFICATIONS_PTR, OUT, count),
    P(get_notify_v2, count, UINT32, OUT),
    RESULT(get_notify_v2),
};

static const struct cmrp_param add_notify_resource_type_v2_params[] =
{
    P(add_notify_resource_type_v2, notify, HANDLE, IN),
    P(add_notify_resource_type_v2, filter, HYPER, IN),
    P(add_notify_resource_type_v2, notify_key, UINT32, IN),
    P(add_notify_resource_type_v2, type_name, STRING, IN),
    P(add_notify_resource_type_v2, version, UINT32, IN),
    RPC_STATUS_AND_RESULT(add_notify_resource_type_v2),
};

static const struct cmrp_param execute_batch_params[] =
{
    P(execute_batch, key, HANDLE, IN),
    P(execute_batch, size, UINT32, IN),
    ARRAY(execute_batch, data, REF_BYTES, IN, size),
    P(execute_batch, failed_command, UINT32, OUT),
    RPC_STATUS_AND_RESULT(execute_batch),
};

static const struct cmrp_param create_batch_port_params[] =
{
    P(create_batch_port, key, HANDLE, IN),
    P(create_batch_port, port, HANDLE, OUT),
    RPC_STATUS_AND_RESULT(create_batch_port),
};

static const struct cmrp_param get_batch_notification_params[] =
{
    P(get_batch_notification, port, HANDLE, IN),
    P(get_batch_notification, size, UINT32, OUT),
    ARRAY(get_batch_notification, data, UNIQUE_BYTES, OUT, size),
    RESULT(get_batch_notification),
};

static const struct cmrp_param execute_read_batch_params[] =
{
    P(execute_read_batch, key, HANDLE, IN),
    P(execute_read_batch, in_size, UINT32, IN),
    ARRAY(execute_read_batch, in_data, REF_BYTES, IN, in_size),
    P(execute_read_batch, out_size, UINT32, OUT),
    ARRAY(execute_read_batch, out_data, UNIQUE_BYTES, OUT, out_size),
    RPC_STATUS_AND_RESULT(execute_read_batch),
};

static const struct cmrp_param execute_read_batch_ex_params[] =
{
    P(execute_read_batch, key, HANDLE, IN),
    P(execute_read_batch, in_size, UINT32, IN),
    ARRAY(execute_read_batch, in_data, REF_BYTES, IN, in_size),
    P(execute_read_batch, flags, UINT32, IN),
    P(execute_read_batch, out_size, UINT32, OUT),
    ARRAY(execute_read_batch, out_data, UNIQUE_BYTES, OUT, out_size),
    RPC_STATUS_AND_RESULT(execute_read_batch),
};

static const struct cmrp_param set_service_account_password_params[] =
{
    P(set_service_account_password, new_password, SECRET_STRING, IN),
    P(set_service_account_password, flags, UINT32, IN),
    { "statuses", CMRP_TYPE_PASSWORD_STATUSES, CMRP_OUT, offsetof(struct cmrp_set_service_account_password, statuses),
      offsetof(struct cmrp_set_service_account_password, buffer_size),
      offsetof(struct cmrp_set_service_account_password, returned), 0 },
    { "buffer_size", CMRP_TYPE_UINT32, CMRP_IN, offsetof(struct cmrp_set_service_account_password, buffer_size), 0, 0,
      CMRP_SET_PASSWORD_MAX_STATUSES },
    P(set_service_account_password, returned, UINT32, OUT),
    P(set_service_account_password, expected_size, UINT32, OUT),
    RESULT(set_service_account_password),
};

/* The common tail of the sixteen Api*Control methods. */
#define CONTROL_BUFFER_PARAMS(st) \
    P(st, code, UINT32, IN), \
    ARRAY(st, in_buffer, UNIQUE_BYTES, IN, in_size), \
    P(st, in_size, UINT32, IN), \
    VARYING(st, out_buffer, OUT, out_size, returned), \
    P(st, out_size, UINT32, IN), \
    P(st, returned, UINT32, OUT), \
    P(st, required, UINT32, OUT), \
    RPC_STATUS_AND_RESULT(st)

static const struct cmrp_param object_control_params[] =
{
    P(object_control, handle, HANDLE, IN),
    CONTROL_BUFFER_PARAMS(object_control),
};

static const struct cmrp_param node_object_control_params[] =
{
    P(node_object_control, handle, HANDLE, IN),
    P(node_object_control, node, HANDLE, IN),
    CONTROL_BUFFER_PARAMS(node_object_control),
};

static const struct cmrp_param type_control_params[] =
{
    P(type_control, cluster, HANDLE, IN),
    P(type_control, type_name, STRING, IN),
    CONTROL_BUFFER_PARAMS(type_control),
};

static const struct cmrp_param node_type_control_params[] =
{
    P(node_type_control, cluster, HANDLE, IN),
    P(node_type_control, type_name, STRING, IN),
    P(node_type_control, node, HANDLE, IN),
    CONTROL_BUFFER_PARAMS(node_type_control),
};

static const struct cmrp_param handle_flags_buffer_params[] =
{
    P(handle_flags_buffer, handle, HANDLE, IN),
    P(handle_flags_buffer, flags, UINT32, IN),
    ARRAY(handle_flags_buffer, buffer, REF_BYTES, IN, size),
    P(handle_flags_buffer, size, UINT32, IN),
    RPC_STATUS_AND_RESULT(handle_flags_buffer),
};

static const struct cmrp_param pair_flags_buffer_params[] =
{
    P(pair_flags_buffer, handle, HANDLE, IN),
    P(pair_flags_buffer, node, HANDLE, IN),
    P(pair_flags_buffer, flags, UINT32, IN),
    ARRAY(pair_flags_buffer, buffer, REF_BYTES, IN, size),
    P(pair_flags_buffer, size, UINT32, IN),
    RPC_STATUS_AND_RESULT(pair_flags_buffer),
};

#undef P
#undef ARRAY
#undef VARYING
#undef RESULT
#undef RPC_STATUS_AND_RESULT

/* ---- per-call descriptions and libndr entry points, from CMRP_CALL_LIST ---- */

#define CMRP_X(num, up, shape, api) \
    static const struct cmrp_call api##_call = \
    { \
        num, #api, sizeof(struct cmrp_##shape), \
        shape##_params, sizeof(shape##_params) / sizeof(shape##_params[0]) \
    }; \
    static enum ndr_err_code push_##api(struct ndr_push *ndr, int flags, const void *r) \
    { \
        return cmrp_push(ndr, flags, r, &api##_call); \
    } \
    static enum ndr_err_code pull_##api(struct ndr_pull *ndr, int flags, void *r) \
    { \
        return cmrp_pull(ndr, flags, r, &api##_call); \
    } \
    static void print_##api(struct ndr_print *ndr, const char *name, int flags, const void *r) \
    { \
        cmrp_print(ndr, name, flags, r, &api##_call); \
    }
CMRP_CALL_LIST(CMRP_X)
#undef CMRP_X

static const struct cmrp_call *const calls_by_opnum[CMRP_NUM_CALLS] =
{
#define CMRP_X(num, up, shape, api) [num] = &api##_call,
    CMRP_CALL_LIST(CMRP_X)
#undef CMRP_X
};

static const struct ndr_interface_call ndr_calls[CMRP_NUM_CALLS] =
{
#define CMRP_X(num, up, shape, api) \
    [num] = { #api, sizeof(struct cmrp_##shape), push_##api, pull_##api, print_##api, { 0, NULL }, { 0, NULL } },
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
