/*
 * The clusapi endpoint's control methods: the sixteen Api*Control opnums
 * 72-79, 88, 89, 97, 98, 105, 106, 173, 174 (see endpoint_internal.h;
 * MS-CMRP 3.1.4.2.74 and the CLUSCTL_* pages; docs: ms-cmrp.md 4, 5).
 *
 * One handler serves them all.  CONTROL_METHODS says, per opnum, which wire
 * shape it has, which handle names the object and which object number
 * (bits 24-31 of dwControlCode) its codes carry; CONTROL_CODES says, per
 * control function, which kinds of object have it and which function
 * answers.  The buffer protocol is common to every code:
 *  - an unknown code, a code of another object, code 0: ERROR_INVALID_FUNCTION;
 *  - a code with CLCTL_MODIFY_MASK needs a handle with "All" access (5);
 *  - the answer fits nOutBufferSize: it goes back, lpBytesReturned its size;
 *    it does not: ERROR_MORE_DATA, no bytes, lpcbRequired its size;
 *    lpBytesReturned never exceeds nOutBufferSize (MS-CMRP pitfall P9).
 *
 * Properties (docs: ms-cmrp.md 3.2, 4.4) are the model's common and private
 * properties plus, for the common ones, what the objects' fields say (Name,
 * Type, a node's versions, ...).  A common property is read-only when the
 * model says so (cmrp_model_property_info) or when it comes from a field the
 * model cannot change; a private property is always writable.  SET_*
 * checks the whole list before changing anything, changes through the model
 * (which queues the CLUSTER_CHANGE_*_PROPERTY events) and answers
 * ERROR_RESOURCE_PROPERTIES_STORED (5024) when the model does (a private
 * property of a resource that is not offline).  EXPAND_SZ properties go out
 * as EXPAND_SZ + EXPANDED_SZ pairs.
 */
#include "server/endpoint_internal.h"
#include "cmrp/proplist.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <talloc.h>
#include <gen_ndr/dcerpc.h>

/* Win32 codes the model does not name (winerror.h). */
#define WIN32_ERROR_INVALID_DATA                13u
#define WIN32_ERROR_NETWORK_NOT_AVAILABLE     5035u
#define WIN32_ERROR_NODE_NOT_AVAILABLE        5036u
#define WIN32_ERROR_RESTYPE_NOT_SUPPORTED     5079u

/* CLUS_OBJECT_* (bits 24-31 of a control code) */
#define CLUS_OBJECT_RESOURCE      1u
#define CLUS_OBJECT_RESOURCE_TYPE 2u
#define CLUS_OBJECT_GROUP         3u
#define CLUS_OBJECT_NODE          4u
#define CLUS_OBJECT_NETWORK       5u
#define CLUS_OBJECT_NETINTERFACE  6u
#define CLUS_OBJECT_CLUSTER       7u
#define CLUS_OBJECT_GROUPSET      8u

#define CLCTL_MODIFY_MASK 0x00400000u

/* CLCTL_* codes: (function << 2) | access | modify, without the object */
#define CLCTL_UNKNOWN                     0x00000000u
#define CLCTL_GET_CHARACTERISTICS         0x00000005u
#define CLCTL_GET_FLAGS                   0x00000009u
#define CLCTL_GET_CLASS_INFO              0x0000000du
#define CLCTL_GET_REQUIRED_DEPENDENCIES   0x00000011u
#define CLCTL_GET_NAME                    0x00000029u
#define CLCTL_GET_RESOURCE_TYPE           0x0000002du
#define CLCTL_GET_NODE                    0x00000031u
#define CLCTL_GET_NETWORK                 0x00000035u
#define CLCTL_GET_ID                      0x00000039u
#define CLCTL_GET_FQDN                    0x0000003du
#define CLCTL_CHECK_VOTER_DOWN            0x00000049u
#define CLCTL_ENUM_COMMON_PROPERTIES      0x00000051u
#define CLCTL_GET_RO_COMMON_PROPERTIES    0x00000055u
#define CLCTL_GET_COMMON_PROPERTIES       0x00000059u
#define CLCTL_SET_COMMON_PROPERTIES       0x0040005eu
#define CLCTL_VALIDATE_COMMON_PROPERTIES  0x00000061u
#define CLCTL_GET_COMMON_PROPERTY_FMTS    0x00000065u
#define CLCTL_ENUM_PRIVATE_PROPERTIES     0x00000079u
#define CLCTL_GET_RO_PRIVATE_PROPERTIES   0x0000007du
#define CLCTL_GET_PRIVATE_PROPERTIES      0x00000081u
#define CLCTL_SET_PRIVATE_PROPERTIES      0x00400086u
#define CLCTL_VALIDATE_PRIVATE_PROPERTIES 0x00000089u
#define CLCTL_GET_PRIVATE_PROPERTY_FMTS   0x0000008du
#define CLCTL_GET_NETWORK_NAME            0x00000169u

/* CLUS_FLAG_CORE */
#define CLUS_FLAG_CORE 0x1u

/* ---- what a control works on ---- */

struct control
{
    TALLOC_CTX *mem_ctx;
    struct cmrp_model *model;
    uint32_t object_type;           /* CLUS_OBJECT_* */
    struct cmrp_object *object;     /* the cluster's own object for cluster controls */
    struct cmrp_resource_type *type; /* resource type controls */
    enum cmrp_property_set set;     /* property functions: which set */
    const uint8_t *in;
    uint32_t in_size;
    uint8_t *out;                   /* the answer, out_size bytes (talloc) */
    size_t out_size;
};

/* The model object a control's properties belong to. */
static struct cmrp_object *target(const struct control *c)
{
    return c->type ? &c->type->obj : c->object;
}

/* Hands a finished property list (or other malloc'ed buffer) to the answer. */
static uint32_t answer_bytes(struct control *c, const void *data, size_t size)
{
    c->out = size ? talloc_memdup(c->mem_ctx, data, size) : NULL;
    if (size && !c->out) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    c->out_size = size;
    return CMRP_ERR_SUCCESS;
}

static uint32_t answer_dword(struct control *c, uint32_t value)
{
    uint8_t bytes[4] = { (uint8_t)value, (uint8_t)(value >> 8), (uint8_t)(value >> 16), (uint8_t)(value >> 24) };

    return answer_bytes(c, bytes, 4);
}

/* A UTF-16LE string with its NUL. */
static uint32_t answer_string(struct control *c, const char *utf8)
{
    size_t size;
    uint8_t *utf16 = cmrp_utf8_to_utf16le(utf8 ? utf8 : "", &size);
    uint32_t status;

    if (!utf16) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    status = answer_bytes(c, utf16, size);
    free(utf16);
    return status;
}

static uint32_t finish_list(struct control *c, struct cmrp_proplist_builder *builder)
{
    enum cmrp_proplist_status status;
    uint8_t *data = NULL;
    size_t size = 0;
    uint32_t result;

    status = cmrp_proplist_finish(builder, &data, &size);
    if (status == CMRP_PROPLIST_NO_MEMORY) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    if (status != CMRP_PROPLIST_OK) return WIN32_ERROR_INVALID_DATA;
    result = answer_bytes(c, data, size);
    free(data);
    return result;
}

/* ---- properties made from the objects' fields ---- */

/* A property of the object the model keeps as a field rather than in its
 * property lists.  Writable ones are written by rename. */
struct field_property
{
    enum cmrp_object_kind kind;
    const char *name;
    uint32_t format;
    bool writable;
    /* fills value; false when out of memory */
    bool (*get)(const struct control *c, const struct cmrp_object *object, struct cmrp_value *value);
};

static bool get_name(const struct control *c, const struct cmrp_object *object, struct cmrp_value *value)
{
    return cmrp_value_set_string(value, CMRP_FORMAT_SZ, object->name);
}

static bool get_resource_type_name(const struct control *c, const struct cmrp_object *object,
                                   struct cmrp_value *value)
{
    return cmrp_value_set_string(value, CMRP_FORMAT_SZ, ((const struct cmrp_resource *)object)->type->obj.name);
}

static bool get_persistent_state(const struct control *c, const struct cmrp_object *object,
                                 struct cmrp_value *value)
{
    return cmrp_value_set_dword(value, CMRP_FORMAT_DWORD, ((const struct cmrp_resource *)object)->persistent_online);
}

static bool get_type_display_name(const struct control *c, const struct cmrp_object *object,
                                  struct cmrp_value *value)
{
    return cmrp_value_set_string(value, CMRP_FORMAT_SZ, ((const struct cmrp_resource_type *)object)->display_name);
}

static bool get_type_dll_name(const struct control *c, const struct cmrp_object *object, struct cmrp_value *value)
{
    return cmrp_value_set_string(value, CMRP_FORMAT_SZ, ((const struct cmrp_resource_type *)object)->dll_name);
}

static bool get_network_role(const struct control *c, const struct cmrp_object *object, struct cmrp_value *value)
{
    return cmrp_value_set_dword(value, CMRP_FORMAT_DWORD, ((const struct cmrp_network *)object)->role);
}

static bool get_netinterface_node(const struct control *c, const struct cmrp_object *object,
                                  struct cmrp_value *value)
{
    return cmrp_value_set_string(value, CMRP_FORMAT_SZ, ((const struct cmrp_netinterface *)object)->node->obj.name);
}

static bool get_netinterface_network(const struct control *c, const struct cmrp_object *object,
                                     struct cmrp_value *value)
{
    return cmrp_value_set_string(value, CMRP_FORMAT_SZ,
                                 ((const struct cmrp_netinterface *)object)->network->obj.name);
}

static bool get_netinterface_adapter(const struct control *c, const struct cmrp_object *object,
                                     struct cmrp_value *value)
{
    const char *adapter = ((const struct cmrp_netinterface *)object)->adapter;

    return cmrp_value_set_string(value, CMRP_FORMAT_SZ, adapter ? adapter : "");
}

static bool get_netinterface_address(const struct control *c, const struct cmrp_object *object,
                                     struct cmrp_value *value)
{
    const char *address = ((const struct cmrp_netinterface *)object)->address;

    return cmrp_value_set_string(value, CMRP_FORMAT_SZ, address ? address : "");
}

/* A node's read-only common properties, as a Windows Server node sends them
 * (Samba's capture 2, docs: ms-cmrp.md 4.4). */
static bool get_node_highest(const struct control *c, const struct cmrp_object *object, struct cmrp_value *value)
{
    return cmrp_value_set_dword(value, CMRP_FORMAT_DWORD, c->model->version.highest_version);
}

static bool get_node_lowest(const struct control *c, const struct cmrp_object *object, struct cmrp_value *value)
{
    return cmrp_value_set_dword(value, CMRP_FORMAT_DWORD, c->model->version.lowest_version);
}

static bool get_node_major(const struct control *c, const struct cmrp_object *object, struct cmrp_value *value)
{
    return cmrp_value_set_dword(value, CMRP_FORMAT_DWORD, c->model->version.major);
}

static bool get_node_minor(const struct control *c, const struct cmrp_object *object, struct cmrp_value *value)
{
    return cmrp_value_set_dword(value, CMRP_FORMAT_DWORD, c->model->version.minor);
}

static bool get_node_build(const struct control *c, const struct cmrp_object *object, struct cmrp_value *value)
{
    return cmrp_value_set_dword(value, CMRP_FORMAT_DWORD, c->model->version.build);
}

static bool get_node_csd(const struct control *c, const struct cmrp_object *object, struct cmrp_value *value)
{
    return cmrp_value_set_string(value, CMRP_FORMAT_SZ, c->model->version.csd_version ? c->model->version.csd_version : "");
}

/* Nodes have no GUID here: one made from the node id, stable across runs. */
static bool get_node_instance_id(const struct control *c, const struct cmrp_object *object,
                                 struct cmrp_value *value)
{
    char guid[40];

    snprintf(guid, sizeof(guid), "00000000-0000-0000-0000-%012lu", strtoul(object->id, NULL, 10));
    return cmrp_value_set_string(value, CMRP_FORMAT_SZ, guid);
}

static bool get_zero(const struct control *c, const struct cmrp_object *object, struct cmrp_value *value)
{
    return cmrp_value_set_dword(value, CMRP_FORMAT_DWORD, 0);
}

static bool get_one(const struct control *c, const struct cmrp_object *object, struct cmrp_value *value)
{
    return cmrp_value_set_dword(value, CMRP_FORMAT_DWORD, 1);
}

static bool get_no_node(const struct control *c, const struct cmrp_object *object, struct cmrp_value *value)
{
    return cmrp_value_set_dword(value, CMRP_FORMAT_DWORD, 0xffffffffu);
}

static const struct field_property field_properties[] =
{
    { CMRP_OBJECT_RESOURCE,      "Name", CMRP_FORMAT_SZ, true, get_name },
    { CMRP_OBJECT_RESOURCE,      "Type", CMRP_FORMAT_SZ, false, get_resource_type_name },
    { CMRP_OBJECT_RESOURCE,      "PersistentState", CMRP_FORMAT_DWORD, false, get_persistent_state },
    { CMRP_OBJECT_GROUP,         "Name", CMRP_FORMAT_SZ, true, get_name },
    { CMRP_OBJECT_NETWORK,       "Name", CMRP_FORMAT_SZ, true, get_name },
    { CMRP_OBJECT_NETWORK,       "Role", CMRP_FORMAT_DWORD, false, get_network_role },
    { CMRP_OBJECT_RESOURCE_TYPE, "Name", CMRP_FORMAT_SZ, false, get_name },
    { CMRP_OBJECT_RESOURCE_TYPE, "DisplayName", CMRP_FORMAT_SZ, false, get_type_display_name },
    { CMRP_OBJECT_RESOURCE_TYPE, "DllName", CMRP_FORMAT_SZ, false, get_type_dll_name },
    { CMRP_OBJECT_NETINTERFACE,  "Name", CMRP_FORMAT_SZ, false, get_name },
    { CMRP_OBJECT_NETINTERFACE,  "Node", CMRP_FORMAT_SZ, false, get_netinterface_node },
    { CMRP_OBJECT_NETINTERFACE,  "Network", CMRP_FORMAT_SZ, false, get_netinterface_network },
    { CMRP_OBJECT_NETINTERFACE,  "Adapter", CMRP_FORMAT_SZ, false, get_netinterface_adapter },
    { CMRP_OBJECT_NETINTERFACE,  "Address", CMRP_FORMAT_SZ, false, get_netinterface_address },
    { CMRP_OBJECT_NODE,          "NodeName", CMRP_FORMAT_SZ, false, get_name },
    { CMRP_OBJECT_NODE,          "NodeHighestVersion", CMRP_FORMAT_DWORD, false, get_node_highest },
    { CMRP_OBJECT_NODE,          "NodeLowestVersion", CMRP_FORMAT_DWORD, false, get_node_lowest },
    { CMRP_OBJECT_NODE,          "MajorVersion", CMRP_FORMAT_DWORD, false, get_node_major },
    { CMRP_OBJECT_NODE,          "MinorVersion", CMRP_FORMAT_DWORD, false, get_node_minor },
    { CMRP_OBJECT_NODE,          "BuildNumber", CMRP_FORMAT_DWORD, false, get_node_build },
    { CMRP_OBJECT_NODE,          "CSDVersion", CMRP_FORMAT_SZ, false, get_node_csd },
    { CMRP_OBJECT_NODE,          "NodeInstanceID", CMRP_FORMAT_SZ, false, get_node_instance_id },
    { CMRP_OBJECT_NODE,          "NodeDrainStatus", CMRP_FORMAT_DWORD, false, get_zero },
    { CMRP_OBJECT_NODE,          "NodeDrainTarget", CMRP_FORMAT_DWORD, false, get_no_node },
    { CMRP_OBJECT_NODE,          "DynamicWeight", CMRP_FORMAT_DWORD, false, get_one },
    { CMRP_OBJECT_NODE,          "NeedsPreventQuorum", CMRP_FORMAT_DWORD, false, get_zero },
    { CMRP_OBJECT_GROUPSET,      "Name", CMRP_FORMAT_SZ, false, get_name },
};

static const struct field_property *field_property(enum cmrp_object_kind kind, const char *name)
{
    size_t i;

    for (i = 0; i < sizeof(field_properties) / sizeof(field_properties[0]); i++)
        if (field_properties[i].kind == kind && !strcasecmp(field_properties[i].name, name))
            return &field_properties[i];
    return NULL;
}

/* Renames through a writable field property ("Name"). */
static uint32_t set_field_property(struct control *c, const struct field_property *field, const char *value)
{
    struct cmrp_object *object = target(c);

    switch (object->kind)
    {
    case CMRP_OBJECT_RESOURCE:
        return cmrp_model_set_resource_name(c->model, (struct cmrp_resource *)object, value);
    case CMRP_OBJECT_GROUP:
        return cmrp_model_set_group_name(c->model, (struct cmrp_group *)object, value);
    case CMRP_OBJECT_NETWORK:
        return cmrp_model_set_network_name(c->model, (struct cmrp_network *)object, value);
    default:
        return CMRP_ERR_INVALID_PARAMETER;
    }
}

/* Whether a property the model keeps is read-only. */
static bool model_read_only(enum cmrp_object_kind kind, enum cmrp_property_set set, const char *name)
{
    const struct cmrp_property_info *info;

    if (set != CMRP_PROPS_COMMON) return false;
    info = cmrp_model_property_info(kind, name);
    return info && info->read_only;
}

/* ---- EXPAND_SZ ---- */

/* What %VAR% stands for on a Windows Server node, as far as the simulation
 * goes; other variables stay as they are (ExpandEnvironmentStrings does so). */
static const struct { const char *name, *value; } environment[] =
{
    { "SystemRoot", "C:\\Windows" },
    { "windir", "C:\\Windows" },
    { "SystemDrive", "C:" },
    { "ProgramFiles", "C:\\Program Files" },
    { "ProgramData", "C:\\ProgramData" },
    { "TEMP", "C:\\Windows\\TEMP" },
    { "TMP", "C:\\Windows\\TEMP" },
};

static char *expand(const char *text)
{
    size_t length = strlen(text) + 1, at = 0, i;
    char *out = malloc(length), *grown;
    const char *p = text;

    if (!out) return NULL;
    while (*p)
    {
        const char *end = *p == '%' ? strchr(p + 1, '%') : NULL;
        const char *value = NULL;
        size_t n = 1;

        if (end)
            for (i = 0; i < sizeof(environment) / sizeof(environment[0]); i++)
                if (strlen(environment[i].name) == (size_t)(end - p - 1)
                    && !strncasecmp(environment[i].name, p + 1, end - p - 1))
                    value = environment[i].value;
        if (value) n = strlen(value);
        if (at + n + 1 > length)
        {
            length = (at + n + 1) * 2;
            if (!(grown = realloc(out, length)))
            {
                free(out);
                return NULL;
            }
            out = grown;
        }
        if (value)
        {
            memcpy(out + at, value, n);
            p = end + 1;
        }
        else out[at] = *p++;
        at += n;
    }
    out[at] = 0;
    return out;
}

/* One property of the model as it goes out; values the list would refuse
 * (none should exist) are left out. */
static void add_model_property(struct cmrp_proplist_builder *builder, const char *name,
                               const struct cmrp_value *value)
{
    uint32_t syntax = CMRP_SYNTAX(CMRP_PROPTYPE_LIST_VALUE, value->type);
    char *text, *expanded;

    if (cmrp_propvalue_check(syntax, value->data, value->size) != CMRP_PROPLIST_OK) return;
    if (value->type != CMRP_FORMAT_EXPAND_SZ)
    {
        cmrp_proplist_add_property(builder, name, syntax, value->data, value->size);
        return;
    }
    text = cmrp_utf16le_to_utf8(value->data, value->size);
    expanded = text ? expand(text) : NULL;
    if (expanded) cmrp_proplist_add_expand_sz(builder, name, text, expanded);
    free(text);
    free(expanded);
}

/* Which properties a list holds. */
enum selection
{
    WRITABLE,                       /* GET_COMMON/PRIVATE_PROPERTIES, ENUM_*, *_FMTS */
    READ_ONLY,                      /* GET_RO_COMMON/PRIVATE_PROPERTIES */
};

/* Calls visit for every property of the selection: field ones first (they
 * lead on Windows: Name, Type), then the model's in their order. */
typedef void (*visit_fn)(void *ctx, const char *name, const struct cmrp_value *value, uint32_t format);

static bool visit_properties(struct control *c, enum selection selection, visit_fn visit, void *ctx)
{
    const struct cmrp_object *object = target(c);
    const struct cmrp_property_list *list = c->set == CMRP_PROPS_COMMON ? &object->common : &object->private_props;
    size_t i;

    if (c->set == CMRP_PROPS_COMMON)
        for (i = 0; i < sizeof(field_properties) / sizeof(field_properties[0]); i++)
        {
            const struct field_property *field = &field_properties[i];
            struct cmrp_value value = { 0 };

            if (field->kind != object->kind || field->writable != (selection == WRITABLE)) continue;
            if (!field->get(c, object, &value)) return false;
            visit(ctx, field->name, &value, field->format);
            cmrp_value_clear(&value);
        }
    for (i = 0; i < list->count; i++)
    {
        const struct cmrp_property *property = &list->items[i];

        if (model_read_only(object->kind, c->set, property->name) != (selection == READ_ONLY)) continue;
        visit(ctx, property->name, &property->value, property->value.type);
    }
    return true;
}

static void visit_values(void *ctx, const char *name, const struct cmrp_value *value, uint32_t format)
{
    add_model_property(ctx, name, value);
}

static void visit_formats(void *ctx, const char *name, const struct cmrp_value *value, uint32_t format)
{
    cmrp_proplist_add_word(ctx, name, (uint16_t)format);
}

struct name_list
{
    const char **names;
    size_t count;
};

static void visit_names(void *ctx, const char *name, const struct cmrp_value *value, uint32_t format)
{
    struct name_list *list = ctx;

    list->names[list->count++] = name;
}

/* ---- property lists of the enumerations with properties ---- */

/* Which properties ApiCreateGroupEnum / ApiCreateResourceEnum asked for. */
struct requested
{
    struct cmrp_proplist_builder *builder;
    const uint8_t *names;           /* MULTI_SZ of names */
    size_t names_size;
    bool all;                       /* the single name "*" */
};

static bool is_requested(const struct requested *request, const char *name)
{
    const uint8_t *item;
    size_t offset = 0, item_size;
    bool found = false;

    if (request->all) return true;
    while (!found && cmrp_multi_sz_next(request->names, request->names_size, &offset, &item, &item_size))
    {
        char *utf8 = cmrp_utf16le_to_utf8(item, item_size);

        found = utf8 && !strcasecmp(utf8, name);
        free(utf8);
    }
    return found;
}

static void visit_requested(void *ctx, const char *name, const struct cmrp_value *value, uint32_t format)
{
    struct requested *request = ctx;

    if (is_requested(request, name)) add_model_property(request->builder, name, value);
}

uint32_t cmrp_object_property_list(TALLOC_CTX *mem_ctx, struct cmrp_model *model, struct cmrp_object *object,
                                   bool read_only, const uint8_t *names, uint32_t names_size,
                                   uint8_t **data, uint32_t *size)
{
    struct control c = { .mem_ctx = mem_ctx, .model = model, .object = object, .set = CMRP_PROPS_COMMON };
    struct cmrp_proplist_builder builder;
    struct requested request = { &builder, names, names_size, false };
    const uint8_t *item;
    size_t offset = 0, item_size;
    uint32_t count, status;

    *data = NULL;
    *size = 0;
    if (!names_size) return CMRP_ERR_SUCCESS;       /* nothing asked for: no list */
    if (cmrp_multi_sz_check(names, names_size, &count) != CMRP_PROPLIST_OK) return CMRP_ERR_INVALID_PARAMETER;
    if (count == 1 && cmrp_multi_sz_next(names, names_size, &offset, &item, &item_size))
        request.all = item_size == 4 && item[0] == '*' && !item[1];
    cmrp_proplist_builder_init(&builder, 0);
    if (!visit_properties(&c, read_only ? READ_ONLY : WRITABLE, visit_requested, &request))
    {
        cmrp_proplist_builder_free(&builder);
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    status = finish_list(&c, &builder);
    if (status == CMRP_ERR_SUCCESS)
    {
        *data = c.out;
        *size = c.out_size;
    }
    return status;
}

/* ---- the control functions ---- */

typedef uint32_t (*control_fn)(struct control *c);

static uint32_t ctl_unknown(struct control *c)
{
    /* CLCTL_UNKNOWN: the path to the object works; nothing comes back */
    return CMRP_ERR_SUCCESS;
}

static uint32_t ctl_characteristics(struct control *c)
{
    const struct cmrp_object *object = target(c);

    if (object->kind == CMRP_OBJECT_RESOURCE_TYPE)
        return answer_dword(c, ((const struct cmrp_resource_type *)object)->characteristics);
    if (object->kind == CMRP_OBJECT_RESOURCE)
        return answer_dword(c, ((const struct cmrp_resource *)object)->type->characteristics);
    return answer_dword(c, 0);      /* CLUS_CHAR_UNKNOWN */
}

static uint32_t ctl_flags(struct control *c)
{
    const struct cmrp_object *object = target(c);

    if (object->kind == CMRP_OBJECT_RESOURCE)
        return answer_dword(c, ((const struct cmrp_resource *)object)->core ? CLUS_FLAG_CORE : 0);
    if (object->kind == CMRP_OBJECT_GROUP)
        return answer_dword(c, ((const struct cmrp_group *)object)->core ? CLUS_FLAG_CORE : 0);
    return answer_dword(c, 0);
}

static const struct cmrp_resource_type *type_of(const struct control *c)
{
    const struct cmrp_object *object = target(c);

    if (object->kind == CMRP_OBJECT_RESOURCE) return ((const struct cmrp_resource *)object)->type;
    return (const struct cmrp_resource_type *)object;
}

/* CLUS_RESOURCE_CLASS_INFO: Class, SubClass */
static uint32_t ctl_class_info(struct control *c)
{
    const struct cmrp_resource_type *type = type_of(c);
    uint8_t bytes[8];
    uint32_t i;

    for (i = 0; i < 4; i++)
    {
        bytes[i] = (uint8_t)(type->resource_class >> (8 * i));
        bytes[4 + i] = (uint8_t)(type->resource_subclass >> (8 * i));
    }
    return answer_bytes(c, bytes, 8);
}

/* What each kind of resource needs to depend on before it can come online
 * (Windows' own rules for its types; the rest need nothing). */
static const struct { const char *type, *needs; } required_types[] =
{
    { "Network Name", "IP Address" },
    { "Distributed Network Name", NULL },
    { "File Server", "Network Name" },
};

static uint32_t ctl_required_dependencies(struct control *c)
{
    const struct cmrp_resource_type *type = type_of(c);
    struct cmrp_proplist_builder builder;
    size_t i, size;
    uint8_t *name;

    cmrp_valuelist_builder_init(&builder, 0);
    for (i = 0; i < sizeof(required_types) / sizeof(required_types[0]); i++)
    {
        if (strcasecmp(required_types[i].type, type->obj.name) || !required_types[i].needs) continue;
        if (!(name = cmrp_utf8_to_utf16le(required_types[i].needs, &size)))
        {
            cmrp_proplist_builder_free(&builder);
            return CMRP_ERR_NOT_ENOUGH_MEMORY;
        }
        cmrp_proplist_add_value(&builder, CMRP_SYNTAX_NAME, name, size);
        free(name);
    }
    return finish_list(c, &builder);
}

static uint32_t ctl_name(struct control *c)
{
    return answer_string(c, target(c)->name);
}

static uint32_t ctl_id(struct control *c)
{
    return answer_string(c, target(c)->id);
}

static uint32_t ctl_resource_type(struct control *c)
{
    return answer_string(c, ((const struct cmrp_resource *)c->object)->type->obj.name);
}

static uint32_t ctl_node(struct control *c)
{
    return answer_string(c, ((const struct cmrp_netinterface *)c->object)->node->obj.name);
}

static uint32_t ctl_network(struct control *c)
{
    return answer_string(c, ((const struct cmrp_netinterface *)c->object)->network->obj.name);
}

/* The cluster's name is all the simulation knows of its DNS name. */
static uint32_t ctl_fqdn(struct control *c)
{
    return answer_string(c, c->model->cluster_name);
}

/* Whether quorum would be lost with a node down: never in the simulation
 * (a BOOL). */
static uint32_t ctl_check_voter_down(struct control *c)
{
    return answer_dword(c, 0);
}

static uint32_t ctl_network_name(struct control *c)
{
    char *name = NULL;
    uint32_t status = cmrp_model_resource_network_name(c->model, (const struct cmrp_resource *)c->object, &name);

    if (status == CMRP_ERR_SUCCESS) status = answer_string(c, name);
    free(name);
    return status;
}

static uint32_t ctl_get_properties(struct control *c, enum selection selection)
{
    struct cmrp_proplist_builder builder;

    cmrp_proplist_builder_init(&builder, 0);
    if (!visit_properties(c, selection, visit_values, &builder))
    {
        cmrp_proplist_builder_free(&builder);
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    return finish_list(c, &builder);
}

static uint32_t ctl_get_writable(struct control *c)
{
    return ctl_get_properties(c, WRITABLE);
}

static uint32_t ctl_get_read_only(struct control *c)
{
    return ctl_get_properties(c, READ_ONLY);
}

static uint32_t ctl_get_formats(struct control *c)
{
    struct cmrp_proplist_builder builder;

    cmrp_proplist_builder_init(&builder, 0);
    if (!visit_properties(c, WRITABLE, visit_formats, &builder))
    {
        cmrp_proplist_builder_free(&builder);
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    return finish_list(c, &builder);
}

/* A MULTI_SZ of the writable property names. */
static uint32_t ctl_enum_properties(struct control *c)
{
    const struct cmrp_object *object = target(c);
    struct name_list list;
    size_t size = 0;
    uint8_t *multi;
    uint32_t status;

    list.count = 0;
    list.names = talloc_array(c->mem_ctx, const char *,
                              object->common.count + object->private_props.count
                              + sizeof(field_properties) / sizeof(field_properties[0]) + 1);
    if (!list.names || !visit_properties(c, WRITABLE, visit_names, &list)) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    if (!(multi = cmrp_multi_sz_from_utf8(list.names, list.count, &size))) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    status = answer_bytes(c, multi, size);
    free(multi);
    return status;
}

/* SET_* and VALIDATE_*: every property is checked before any is set. */
static uint32_t change_properties(struct control *c, bool apply)
{
    struct cmrp_object *object = target(c);
    struct cmrp_proplist_iter iter;
    struct cmrp_prop prop;
    uint32_t count, status = CMRP_ERR_SUCCESS, result;
    bool stored = false;
    int pass;

    if (!c->in || !c->in_size) return CMRP_ERR_INVALID_PARAMETER;
    if (cmrp_proplist_validate(c->in, c->in_size, &count, NULL) != CMRP_PROPLIST_OK) return WIN32_ERROR_INVALID_DATA;
    if (count > CMRP_MAX_PROPERTIES) return CMRP_ERR_INVALID_PARAMETER;

    for (pass = 0; pass < (apply ? 2 : 1); pass++)
    {
        cmrp_proplist_begin(&iter, c->in, c->in_size);
        while (cmrp_proplist_next(&iter, &prop))
        {
            const struct field_property *field;
            struct cmrp_propvalue first;
            struct cmrp_value value;
            char *name = cmrp_prop_name_utf8(&prop), *text;
            uint32_t format;
            bool reset;

            cmrp_prop_value(&prop, 0, &first);
            format = CMRP_SYNTAX_FORMAT(first.syntax);
            /* No value (format UNKNOWN, no data): back to the default, i.e.
             * the stored value is deleted (README: "Use the default"). */
            reset = CMRP_SYNTAX_TYPE(first.syntax) == CMRP_PROPTYPE_LIST_VALUE
                    && format == CMRP_PROPFMT_UNKNOWN && !first.size;
            field = c->set == CMRP_PROPS_COMMON && name ? field_property(object->kind, name) : NULL;
            if (pass == 0)
            {
                /* what is sent is a value of a known format, not an
                 * EXPANDED_SZ (the server makes those), within the limits;
                 * the fields (Name, ...) have no default */
                if (!name || !cmrp_model_valid_object_name(name)
                    || CMRP_SYNTAX_TYPE(first.syntax) != CMRP_PROPTYPE_LIST_VALUE
                    || (!reset && (format == CMRP_PROPFMT_UNKNOWN || format > CMRP_PROPFMT_FILETIME))
                    || format == CMRP_PROPFMT_EXPANDED_SZ || first.size > CMRP_MAX_VALUE_SIZE
                    || (field && (reset || !field->writable || format != field->format))
                    || model_read_only(object->kind, c->set, name))
                    status = CMRP_ERR_INVALID_PARAMETER;
                else if (c->set == CMRP_PROPS_COMMON && !field)
                {
                    const struct cmrp_property_info *info = cmrp_model_property_info(object->kind, name);

                    /* A common property is one the server defines (or the
                     * description gave this object): others are refused,
                     * not stored (ResUtilVerifyPropertyTable's 87). */
                    if (info ? !reset && info->format != format
                             : !cmrp_object_property(object, CMRP_PROPS_COMMON, name))
                        status = CMRP_ERR_INVALID_PARAMETER;
                }
                if (status == CMRP_ERR_SUCCESS && field)
                {
                    text = cmrp_propvalue_to_utf8(&first);
                    if (!text || !cmrp_model_valid_object_name(text)) status = CMRP_ERR_INVALID_PARAMETER;
                    free(text);
                }
            }
            else if (field)
            {
                text = cmrp_propvalue_to_utf8(&first);
                result = text ? set_field_property(c, field, text) : CMRP_ERR_NOT_ENOUGH_MEMORY;
                free(text);
                if (result && status == CMRP_ERR_SUCCESS) status = result;
            }
            else if (reset)
            {
                /* A private property without a stored value already has its default. */
                result = cmrp_model_delete_property(c->model, object, c->set, name);
                if (result && result != CMRP_ERR_NOT_FOUND && status == CMRP_ERR_SUCCESS) status = result;
            }
            else
            {
                /* the model queues the *_PROPERTY event */
                value.type = format;
                value.size = first.size;
                value.data = (uint8_t *)first.data;
                result = cmrp_model_set_property(c->model, object, c->set, name, &value);
                if (result == CMRP_ERR_RESOURCE_PROPERTIES_STORED) stored = true;
                else if (result && status == CMRP_ERR_SUCCESS) status = result;
            }
            free(name);
            if (pass == 0 && status) return status;
        }
    }
    if (status == CMRP_ERR_SUCCESS && stored) status = CMRP_ERR_RESOURCE_PROPERTIES_STORED;
    return status;
}

static uint32_t ctl_set_properties(struct control *c)
{
    return change_properties(c, true);
}

static uint32_t ctl_validate_properties(struct control *c)
{
    return change_properties(c, false);
}

/* ---- the table of control functions ---- */

#define OBJ(n) (1u << (n))
#define OBJECTS_NAMED (OBJ(CLUS_OBJECT_RESOURCE) | OBJ(CLUS_OBJECT_GROUP) | OBJ(CLUS_OBJECT_NODE) \
                       | OBJ(CLUS_OBJECT_NETWORK) | OBJ(CLUS_OBJECT_NETINTERFACE) | OBJ(CLUS_OBJECT_GROUPSET))
#define OBJECTS_ALL (OBJECTS_NAMED | OBJ(CLUS_OBJECT_RESOURCE_TYPE) | OBJ(CLUS_OBJECT_CLUSTER))

static const struct control_code
{
    uint32_t clctl;                 /* the code without its object */
    uint32_t objects;               /* OBJ() of the objects that have it */
    enum cmrp_property_set set;     /* for the property functions */
    control_fn fn;
}
control_codes[] =
{
    { CLCTL_UNKNOWN,                     OBJECTS_ALL, 0, ctl_unknown },
    { CLCTL_GET_CHARACTERISTICS,         OBJECTS_ALL, 0, ctl_characteristics },
    { CLCTL_GET_FLAGS,                   OBJECTS_ALL, 0, ctl_flags },
    { CLCTL_GET_CLASS_INFO,              OBJ(CLUS_OBJECT_RESOURCE) | OBJ(CLUS_OBJECT_RESOURCE_TYPE), 0, ctl_class_info },
    { CLCTL_GET_REQUIRED_DEPENDENCIES,   OBJ(CLUS_OBJECT_RESOURCE) | OBJ(CLUS_OBJECT_RESOURCE_TYPE), 0,
      ctl_required_dependencies },
    { CLCTL_GET_NAME,                    OBJECTS_NAMED, 0, ctl_name },
    { CLCTL_GET_RESOURCE_TYPE,           OBJ(CLUS_OBJECT_RESOURCE), 0, ctl_resource_type },
    { CLCTL_GET_NODE,                    OBJ(CLUS_OBJECT_NETINTERFACE), 0, ctl_node },
    { CLCTL_GET_NETWORK,                 OBJ(CLUS_OBJECT_NETINTERFACE), 0, ctl_network },
    { CLCTL_GET_ID,                      OBJECTS_NAMED, 0, ctl_id },
    { CLCTL_GET_FQDN,                    OBJ(CLUS_OBJECT_CLUSTER), 0, ctl_fqdn },
    { CLCTL_CHECK_VOTER_DOWN,            OBJ(CLUS_OBJECT_CLUSTER), 0, ctl_check_voter_down },
    { CLCTL_GET_NETWORK_NAME,            OBJ(CLUS_OBJECT_RESOURCE), 0, ctl_network_name },
    { CLCTL_ENUM_COMMON_PROPERTIES,      OBJECTS_ALL, CMRP_PROPS_COMMON, ctl_enum_properties },
    { CLCTL_GET_RO_COMMON_PROPERTIES,    OBJECTS_ALL, CMRP_PROPS_COMMON, ctl_get_read_only },
    { CLCTL_GET_COMMON_PROPERTIES,       OBJECTS_ALL, CMRP_PROPS_COMMON, ctl_get_writable },
    { CLCTL_SET_COMMON_PROPERTIES,       OBJECTS_ALL, CMRP_PROPS_COMMON, ctl_set_properties },
    { CLCTL_VALIDATE_COMMON_PROPERTIES,  OBJECTS_ALL, CMRP_PROPS_COMMON, ctl_validate_properties },
    { CLCTL_GET_COMMON_PROPERTY_FMTS,    OBJECTS_ALL, CMRP_PROPS_COMMON, ctl_get_formats },
    { CLCTL_ENUM_PRIVATE_PROPERTIES,     OBJECTS_ALL, CMRP_PROPS_PRIVATE, ctl_enum_properties },
    { CLCTL_GET_RO_PRIVATE_PROPERTIES,   OBJECTS_ALL, CMRP_PROPS_PRIVATE, ctl_get_read_only },
    { CLCTL_GET_PRIVATE_PROPERTIES,      OBJECTS_ALL, CMRP_PROPS_PRIVATE, ctl_get_writable },
    { CLCTL_SET_PRIVATE_PROPERTIES,      OBJECTS_ALL, CMRP_PROPS_PRIVATE, ctl_set_properties },
    { CLCTL_VALIDATE_PRIVATE_PROPERTIES, OBJECTS_ALL, CMRP_PROPS_PRIVATE, ctl_validate_properties },
    { CLCTL_GET_PRIVATE_PROPERTY_FMTS,   OBJECTS_ALL, CMRP_PROPS_PRIVATE, ctl_get_formats },
};

static const struct control_code *control_code(uint32_t code, uint32_t object_type)
{
    size_t i;

    if ((code >> 24) != object_type) return NULL;
    for (i = 0; i < sizeof(control_codes) / sizeof(control_codes[0]); i++)
        if (control_codes[i].clctl == (code & 0x00ffffffu) && (control_codes[i].objects & OBJ(object_type)))
            return &control_codes[i];
    return NULL;
}

/* ---- the sixteen methods ---- */

enum control_shape
{
    SHAPE_OBJECT,                   /* struct cmrp_object_control */
    SHAPE_NODE_OBJECT,              /* struct cmrp_node_object_control */
    SHAPE_TYPE,                     /* struct cmrp_type_control */
    SHAPE_NODE_TYPE,                /* struct cmrp_node_type_control */
};

static const struct control_method
{
    uint16_t opnum;
    enum control_shape shape;
    enum cmrp_handle_type type;     /* the first handle */
    uint32_t object_type;           /* CLUS_OBJECT_* of its codes */
}
control_methods[] =
{
    { CMRP_NODE_RESOURCE_CONTROL,      SHAPE_NODE_OBJECT, CMRP_HANDLE_RESOURCE,     CLUS_OBJECT_RESOURCE },
    { CMRP_RESOURCE_CONTROL,           SHAPE_OBJECT,      CMRP_HANDLE_RESOURCE,     CLUS_OBJECT_RESOURCE },
    { CMRP_NODE_RESOURCE_TYPE_CONTROL, SHAPE_NODE_TYPE,   CMRP_HANDLE_CLUSTER,      CLUS_OBJECT_RESOURCE_TYPE },
    { CMRP_RESOURCE_TYPE_CONTROL,      SHAPE_TYPE,        CMRP_HANDLE_CLUSTER,      CLUS_OBJECT_RESOURCE_TYPE },
    { CMRP_NODE_GROUP_CONTROL,         SHAPE_NODE_OBJECT, CMRP_HANDLE_GROUP,        CLUS_OBJECT_GROUP },
    { CMRP_GROUP_CONTROL,              SHAPE_OBJECT,      CMRP_HANDLE_GROUP,        CLUS_OBJECT_GROUP },
    { CMRP_NODE_NODE_CONTROL,          SHAPE_NODE_OBJECT, CMRP_HANDLE_NODE,         CLUS_OBJECT_NODE },
    { CMRP_NODE_CONTROL,               SHAPE_OBJECT,      CMRP_HANDLE_NODE,         CLUS_OBJECT_NODE },
    { CMRP_NODE_NETWORK_CONTROL,       SHAPE_NODE_OBJECT, CMRP_HANDLE_NETWORK,      CLUS_OBJECT_NETWORK },
    { CMRP_NETWORK_CONTROL,            SHAPE_OBJECT,      CMRP_HANDLE_NETWORK,      CLUS_OBJECT_NETWORK },
    { CMRP_NODE_NET_INTERFACE_CONTROL, SHAPE_NODE_OBJECT, CMRP_HANDLE_NETINTERFACE, CLUS_OBJECT_NETINTERFACE },
    { CMRP_NET_INTERFACE_CONTROL,      SHAPE_OBJECT,      CMRP_HANDLE_NETINTERFACE, CLUS_OBJECT_NETINTERFACE },
    { CMRP_NODE_CLUSTER_CONTROL,       SHAPE_NODE_OBJECT, CMRP_HANDLE_CLUSTER,      CLUS_OBJECT_CLUSTER },
    { CMRP_CLUSTER_CONTROL,            SHAPE_OBJECT,      CMRP_HANDLE_CLUSTER,      CLUS_OBJECT_CLUSTER },
    { CMRP_NODE_GROUP_SET_CONTROL,     SHAPE_NODE_OBJECT, CMRP_HANDLE_GROUPSET,     CLUS_OBJECT_GROUPSET },
    { CMRP_GROUP_SET_CONTROL,          SHAPE_OBJECT,      CMRP_HANDLE_GROUPSET,     CLUS_OBJECT_GROUPSET },
};

/* The parameters every shape has, by pointer into the call struct. */
struct control_params
{
    const struct policy_handle *handle;
    const struct policy_handle *node;   /* NULL without a host node */
    const char *type_name;              /* NULL unless a resource type control */
    uint32_t code;
    const uint8_t *in_buffer;
    uint32_t in_size;
    uint32_t out_size;
    uint8_t **out_buffer;
    uint32_t *returned, *required, *rpc_status, *result;
};

#define CONTROL_PARAMS(p, r) \
    do { \
        (p)->code = (r)->code; \
        (p)->in_buffer = (r)->in_buffer; \
        (p)->in_size = (r)->in_size; \
        (p)->out_size = (r)->out_size; \
        (p)->out_buffer = &(r)->out_buffer; \
        (p)->returned = &(r)->returned; \
        (p)->required = &(r)->required; \
        (p)->rpc_status = &(r)->rpc_status; \
        (p)->result = &(r)->result; \
    } while (0)

static void control_params(const struct control_method *method, void *call_struct, struct control_params *p)
{
    memset(p, 0, sizeof(*p));
    switch (method->shape)
    {
    case SHAPE_OBJECT:
    {
        struct cmrp_object_control *r = call_struct;

        p->handle = &r->handle;
        CONTROL_PARAMS(p, r);
        break;
    }
    case SHAPE_NODE_OBJECT:
    {
        struct cmrp_node_object_control *r = call_struct;

        p->handle = &r->handle;
        p->node = &r->node;
        CONTROL_PARAMS(p, r);
        break;
    }
    case SHAPE_TYPE:
    {
        struct cmrp_type_control *r = call_struct;

        p->handle = &r->cluster;
        p->type_name = r->type_name;
        CONTROL_PARAMS(p, r);
        break;
    }
    case SHAPE_NODE_TYPE:
    {
        struct cmrp_node_type_control *r = call_struct;

        p->handle = &r->cluster;
        p->type_name = r->type_name;
        p->node = &r->node;
        CONTROL_PARAMS(p, r);
        break;
    }
    }
}

/* Resource types Windows does not answer controls for (Samba's torture
 * expects ERROR_CLUSTER_RESTYPE_NOT_SUPPORTED from them). */
static bool unsupported_type(const char *name)
{
    return !strcasecmp(name, "MSMQ") || !strcasecmp(name, "MSMQTriggers");
}

/* Every Api*Control */
static uint32_t api_control(struct dcesrv_call_state *call, const struct cmrp_endpoint *endpoint, void *call_struct)
{
    uint16_t opnum = call->pkt.u.request.opnum;
    const struct control_method *method = NULL;
    const struct control_code *code;
    struct control_params p;
    struct control c;
    struct cmrp_object *object, *node;
    enum cmrp_access access, node_access;
    uint32_t fault, status;
    size_t i;

    for (i = 0; i < sizeof(control_methods) / sizeof(control_methods[0]); i++)
        if (control_methods[i].opnum == opnum) method = &control_methods[i];
    if (!method) return DCERPC_FAULT_OP_RNG_ERROR;
    control_params(method, call_struct, &p);
    *p.out_buffer = NULL;
    *p.returned = *p.required = *p.rpc_status = 0;

    /* the handles first: a stale one is a fault whatever the code */
    if ((fault = cmrp_handle_object(call, p.handle, method->type, &object, &access, p.result))) return fault;
    if (p.node && (fault = cmrp_handle_object(call, p.node, CMRP_HANDLE_NODE, &node, &node_access, &status)))
        return fault;
    if (*p.result) return 0;
    if (p.node)
    {
        /* the host node must be there to run it */
        if (status) *p.result = status;
        else if (((struct cmrp_node *)node)->state == CMRP_NODE_DOWN) *p.result = CMRP_ERR_CLUSTER_NODE_DOWN;
        if (*p.result) return 0;
    }

    memset(&c, 0, sizeof(c));
    c.mem_ctx = call_struct;
    c.model = endpoint->model;
    c.object_type = method->object_type;
    c.object = object;
    c.in = p.in_buffer;
    c.in_size = p.in_buffer ? p.in_size : 0;
    if (p.type_name)
    {
        if (!(c.type = cmrp_model_resource_type(endpoint->model, p.type_name)))
        {
            *p.result = CMRP_ERR_CLUSTER_RESOURCE_TYPE_NOT_FOUND;
            return 0;
        }
        if (unsupported_type(c.type->obj.name))
        {
            *p.result = WIN32_ERROR_RESTYPE_NOT_SUPPORTED;
            return 0;
        }
    }

    if (!(code = control_code(p.code, method->object_type)))
    {
        *p.result = CMRP_ERR_INVALID_FUNCTION;
        return 0;
    }
    if ((p.code & CLCTL_MODIFY_MASK) && access != CMRP_ACCESS_ALL)
    {
        *p.result = CMRP_ERR_ACCESS_DENIED;
        return 0;
    }
    c.set = code->set;
    status = code->fn(&c);

    /* the buffer protocol: all of the answer or none of it */
    if (status == CMRP_ERR_SUCCESS || status == CMRP_ERR_RESOURCE_PROPERTIES_STORED)
    {
        *p.required = (uint32_t)c.out_size;
        if (c.out_size > p.out_size) status = CMRP_ERR_MORE_DATA;
        else
        {
            *p.out_buffer = c.out;
            *p.returned = (uint32_t)c.out_size;
        }
    }
    *p.result = status;
    return 0;
}

const struct cmrp_handler_entry cmrp_control_handlers[] =
{
    { CMRP_NODE_RESOURCE_CONTROL,      api_control },
    { CMRP_RESOURCE_CONTROL,           api_control },
    { CMRP_NODE_RESOURCE_TYPE_CONTROL, api_control },
    { CMRP_RESOURCE_TYPE_CONTROL,      api_control },
    { CMRP_NODE_GROUP_CONTROL,         api_control },
    { CMRP_GROUP_CONTROL,              api_control },
    { CMRP_NODE_NODE_CONTROL,          api_control },
    { CMRP_NODE_CONTROL,               api_control },
    { CMRP_NODE_NETWORK_CONTROL,       api_control },
    { CMRP_NETWORK_CONTROL,            api_control },
    { CMRP_NODE_NET_INTERFACE_CONTROL, api_control },
    { CMRP_NET_INTERFACE_CONTROL,      api_control },
    { CMRP_NODE_CLUSTER_CONTROL,       api_control },
    { CMRP_CLUSTER_CONTROL,            api_control },
    { CMRP_NODE_GROUP_SET_CONTROL,     api_control },
    { CMRP_GROUP_SET_CONTROL,          api_control },
    { 0, NULL }
};
