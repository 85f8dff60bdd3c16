/*
 * Notification ports (MS-CMRP 3.1.4.2.56-66, .136-138, .150): a port holds
 * registrations - the whole cluster, one object, a registry key or (v2) a
 * resource type by name - each with the client's 32-bit key, and a queue of
 * the events that matched.  ApiGetNotify(V2) takes them oldest first.  When
 * an event is queued, the host's event_queued hook can wake a blocked
 * ApiGetNotify.  A full queue drops its oldest event.
 *
 * A version 1 port's registrations filter on CLUSTER_CHANGE bits; a
 * version 2 port's on an object type and its CLUSTER_CHANGE_<TYPE>_V2 bits.
 * The model raises every event once, in v1 terms; a table here gives each v1
 * bit its v2 object type and bit, and the v2 event is filled as
 * ApiGetNotifyV2's tables say (ids, parent ids, a payload such as the new
 * state).
 *
 * Property changes are told apart: a property set (SET_*_PROPERTIES, a
 * rename: Name is a common property) raises the v1 *_PROPERTY event and the
 * v2 *_COMMON_PROPERTY_V2 or *_PRIVATE_PROPERTY_V2 event, whose payload is
 * "a Property List (section 2.2.3.10) containing one or more Property Values
 * (section 2.2.3.10.1) with updated values" - here the one property set -
 * except a resource's and a resource type's private ones, "Empty."
 * (MS-CMRP 3.1.4.2.138).  The other v1 *_PROPERTY events (dependencies,
 * owners, moves, a removed property) have no v2 property form: v2 has other
 * flags for them, not modelled.
 */
#include "server/model_internal.h"
#include "cmrp/proplist.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <stdio.h>

enum registration_kind
{
    REGISTRATION_CLUSTER,
    REGISTRATION_OBJECT,
    REGISTRATION_KEY,
    REGISTRATION_RESOURCE_TYPE,     /* v2: one resource type, by name */
};

struct registration
{
    enum registration_kind kind;
    uint64_t ref;                   /* the object or key; 0 for the cluster */
    uint32_t filter;                /* v1: CLUSTER_CHANGE bits */
    uint32_t notify_key;
    bool subtree;
    uint32_t object_type;           /* v2: CLUSTER_OBJECT_TYPE */
    uint64_t flags;                 /* v2: that type's CLUSTER_CHANGE_*_V2 bits */
    char *type_name;                /* REGISTRATION_RESOURCE_TYPE */
};

struct notify_port
{
    uint64_t ref;
    uint32_t version;               /* 1 or 2 */
    struct registration *registrations;
    size_t num_registrations;
    struct cmrp_event *events;      /* a ring: head is the oldest */
    size_t capacity, head, count;
    size_t dropped;
};

/* ---- the CLUSTER_CHANGE bits of each kind of object ---- */

static const struct
{
    enum cmrp_object_kind kind;
    uint32_t state, deleted, added, property;
}
change_bits[] =
{
    { CMRP_OBJECT_NODE, CMRP_CHANGE_NODE_STATE, CMRP_CHANGE_NODE_DELETED, CMRP_CHANGE_NODE_ADDED,
      CMRP_CHANGE_NODE_PROPERTY },
    { CMRP_OBJECT_RESOURCE, CMRP_CHANGE_RESOURCE_STATE, CMRP_CHANGE_RESOURCE_DELETED, CMRP_CHANGE_RESOURCE_ADDED,
      CMRP_CHANGE_RESOURCE_PROPERTY },
    { CMRP_OBJECT_GROUP, CMRP_CHANGE_GROUP_STATE, CMRP_CHANGE_GROUP_DELETED, CMRP_CHANGE_GROUP_ADDED,
      CMRP_CHANGE_GROUP_PROPERTY },
    { CMRP_OBJECT_RESOURCE_TYPE, 0, CMRP_CHANGE_RESOURCE_TYPE_DELETED, CMRP_CHANGE_RESOURCE_TYPE_ADDED,
      CMRP_CHANGE_RESOURCE_TYPE_PROPERTY },
    { CMRP_OBJECT_NETWORK, CMRP_CHANGE_NETWORK_STATE, CMRP_CHANGE_NETWORK_DELETED, CMRP_CHANGE_NETWORK_ADDED,
      CMRP_CHANGE_NETWORK_PROPERTY },
    { CMRP_OBJECT_NETINTERFACE, CMRP_CHANGE_NETINTERFACE_STATE, CMRP_CHANGE_NETINTERFACE_DELETED,
      CMRP_CHANGE_NETINTERFACE_ADDED, CMRP_CHANGE_NETINTERFACE_PROPERTY },
    /* CLUSTER_STATE is never sent (MS-CMRP 2.2.2.7); group sets have no v1 bits */
    { CMRP_OBJECT_CLUSTER, 0, 0, 0, CMRP_CHANGE_CLUSTER_PROPERTY },
};

static size_t change_row(enum cmrp_object_kind kind)
{
    size_t i;

    for (i = 0; i < sizeof(change_bits) / sizeof(change_bits[0]); i++)
        if (change_bits[i].kind == kind) return i;
    return i;
}

uint32_t change_state_bit(enum cmrp_object_kind kind)
{
    size_t row = change_row(kind);

    return row < sizeof(change_bits) / sizeof(change_bits[0]) ? change_bits[row].state : 0;
}

uint32_t change_added_bit(enum cmrp_object_kind kind)
{
    size_t row = change_row(kind);

    return row < sizeof(change_bits) / sizeof(change_bits[0]) ? change_bits[row].added : 0;
}

uint32_t change_deleted_bit(enum cmrp_object_kind kind)
{
    size_t row = change_row(kind);

    return row < sizeof(change_bits) / sizeof(change_bits[0]) ? change_bits[row].deleted : 0;
}

uint32_t change_property_bit(enum cmrp_object_kind kind)
{
    size_t row = change_row(kind);

    return row < sizeof(change_bits) / sizeof(change_bits[0]) ? change_bits[row].property : 0;
}

/* ---- events ---- */

void cmrp_event_clear(struct cmrp_event *event)
{
    free(event->buffer);
    free(event->name);
    free(event->id);
    free(event->parent_id);
    free(event->type_name);
    memset(event, 0, sizeof(*event));
}

/* An event before it is queued: its strings are borrowed from the objects.
 * A v2 event has an object type (and its v2 bit in flags); a v1 event none. */
struct event_view
{
    uint32_t filter;
    uint32_t state_sequence;
    enum cmrp_object_kind kind;
    const char *name;
    const char *id;
    const char *parent_id;
    const char *type_name;
    uint32_t object_type;
    uint64_t flags;
    const void *buffer;
    uint32_t buffer_size;
};

static bool event_fill(struct cmrp_event *event, const char *name, const char *id, const char *parent_id,
                       const char *type_name)
{
    event->name = strdup(name);
    event->id = strdup(id);
    event->parent_id = strdup(parent_id);
    event->type_name = strdup(type_name);
    if (event->name && event->id && event->parent_id && event->type_name) return true;
    cmrp_event_clear(event);
    return false;
}

/* Queues a copy of event on port; drops the oldest when the queue is full. */
static bool port_queue(struct notify_port *port, const struct event_view *event, uint32_t notify_key)
{
    struct cmrp_event copy = { 0 };

    if (port->count == port->capacity && port->capacity < CMRP_MAX_NOTIFY_EVENTS)
    {
        size_t capacity = port->capacity ? port->capacity * 2 : 16, i;
        struct cmrp_event *grown = malloc(capacity * sizeof(*grown));

        if (grown)
        {
            for (i = 0; i < port->count; i++) grown[i] = port->events[(port->head + i) % port->capacity];
            free(port->events);
            port->events = grown;
            port->capacity = capacity;
            port->head = 0;
        }
    }
    if (!port->capacity) return false;
    if (port->count == port->capacity)
    {
        cmrp_event_clear(&port->events[port->head]);
        port->head = (port->head + 1) % port->capacity;
        port->count--;
        port->dropped++;
    }
    if (!event_fill(&copy, event->name, event->id, event->parent_id, event->type_name)) return false;
    if (event->buffer_size)
    {
        if (!(copy.buffer = malloc(event->buffer_size)))
        {
            cmrp_event_clear(&copy);
            return false;
        }
        memcpy(copy.buffer, event->buffer, event->buffer_size);
        copy.buffer_size = event->buffer_size;
    }
    copy.object_type = event->object_type;
    copy.flags = event->flags;
    copy.filter = event->filter;
    copy.state_sequence = event->state_sequence;
    copy.kind = event->kind;
    copy.notify_key = notify_key;
    port->events[(port->head + port->count) % port->capacity] = copy;
    port->count++;
    return true;
}

static bool registration_matches(const struct cmrp_model *model, const struct notify_port *port,
                                 const struct registration *registration, const struct event_view *event,
                                 uint64_t ref)
{
    if ((port->version == 2) != (event->object_type != 0)) return false;
    if (event->object_type)
    {
        if (registration->object_type != event->object_type || !(registration->flags & event->flags))
            return false;
        switch (registration->kind)
        {
        case REGISTRATION_CLUSTER: return true;
        case REGISTRATION_OBJECT:  return registration->ref == ref;
        case REGISTRATION_KEY:     return registry_key_covers(model, registration->ref, ref, registration->subtree);
        case REGISTRATION_RESOURCE_TYPE:
            return event->name && !strcasecmp(registration->type_name, event->name);
        }
        return false;
    }
    if (!(registration->filter & event->filter)) return false;
    switch (registration->kind)
    {
    case REGISTRATION_CLUSTER: return true;
    case REGISTRATION_OBJECT:  return event->kind && registration->ref == ref;
    case REGISTRATION_KEY:
        return !event->kind && registry_key_covers(model, registration->ref, ref, registration->subtree);
    case REGISTRATION_RESOURCE_TYPE:
        return false;
    }
    return false;
}

/* Hands event (about ref) to every matching registration of every port. */
static void deliver(struct cmrp_model *model, const struct event_view *event, uint64_t ref)
{
    struct cmrp_model_state *state = model->state;
    size_t i, j;

    for (i = 0; i < state->num_ports; i++)
    {
        struct notify_port *port = state->ports[i];
        bool queued = false;

        for (j = 0; j < port->num_registrations; j++)
            if (registration_matches(model, port, &port->registrations[j], event, ref)
                && port_queue(port, event, port->registrations[j].notify_key))
                queued = true;
        if (queued && model->hooks.event_queued) model->hooks.event_queued(model->hooks.data, port->ref);
    }
}

/* ---- version 2: each v1 bit's object type and bit ---- */

/* Which object a targeted v2 registration must name to see the event. */
enum v2_target
{
    TARGET_SELF,                    /* the object itself */
    TARGET_CLUSTER,                 /* an event of the cluster object */
    TARGET_GROUP,                   /* a resource's group */
    TARGET_NODE,                    /* an interface's node */
};

/* What the payload of a v2 event is. */
enum v2_payload
{
    PAYLOAD_NONE,
    PAYLOAD_STATE,                  /* the object's state, a DWORD */
    PAYLOAD_GROUP_TYPE,             /* the group's GroupType, a DWORD */
    PAYLOAD_GROUP_ID,               /* a resource's group id, a UTF-16 string */
    PAYLOAD_NODE_ID,                /* an interface's node id, a UTF-16 string */
};

static const struct
{
    uint32_t v1;
    uint32_t object_type;
    uint64_t flag;
    enum v2_target target;
    enum v2_payload payload;
}
v2_events[] =
{
    { CMRP_CHANGE_NODE_STATE,        CMRP_OBJECT_NODE,     0x10, TARGET_SELF, PAYLOAD_STATE },
    { CMRP_CHANGE_NODE_DELETED,      CMRP_OBJECT_NODE,     0x02, TARGET_SELF, PAYLOAD_STATE },
    { CMRP_CHANGE_NODE_ADDED,        CMRP_OBJECT_CLUSTER,  0x20, TARGET_CLUSTER, PAYLOAD_STATE },
    { CMRP_CHANGE_RESOURCE_STATE,    CMRP_OBJECT_RESOURCE, 0x04, TARGET_SELF, PAYLOAD_STATE },
    { CMRP_CHANGE_RESOURCE_DELETED,  CMRP_OBJECT_RESOURCE, 0x80, TARGET_SELF, PAYLOAD_GROUP_ID },
    { CMRP_CHANGE_RESOURCE_ADDED,    CMRP_OBJECT_GROUP,    0x40, TARGET_GROUP, PAYLOAD_GROUP_ID },
    { CMRP_CHANGE_GROUP_STATE,       CMRP_OBJECT_GROUP,    0x08, TARGET_SELF, PAYLOAD_STATE },
    { CMRP_CHANGE_GROUP_DELETED,     CMRP_OBJECT_GROUP,    0x01, TARGET_SELF, PAYLOAD_NONE },
    { CMRP_CHANGE_GROUP_ADDED,       CMRP_OBJECT_CLUSTER,  0x04, TARGET_CLUSTER, PAYLOAD_GROUP_TYPE },
    { CMRP_CHANGE_RESOURCE_TYPE_DELETED,  CMRP_OBJECT_RESOURCE_TYPE, 0x01, TARGET_SELF, PAYLOAD_NONE },
    { CMRP_CHANGE_RESOURCE_TYPE_ADDED,    CMRP_OBJECT_CLUSTER,       0x40, TARGET_CLUSTER, PAYLOAD_NONE },
    { CMRP_CHANGE_NETWORK_STATE,     CMRP_OBJECT_NETWORK,  0x08, TARGET_SELF, PAYLOAD_STATE },
    { CMRP_CHANGE_NETWORK_DELETED,   CMRP_OBJECT_NETWORK,  0x01, TARGET_SELF, PAYLOAD_NONE },
    { CMRP_CHANGE_NETWORK_ADDED,     CMRP_OBJECT_CLUSTER,  0x10, TARGET_CLUSTER, PAYLOAD_NONE },
    { CMRP_CHANGE_NETINTERFACE_STATE,    CMRP_OBJECT_NETINTERFACE, 0x08, TARGET_SELF, PAYLOAD_STATE },
    { CMRP_CHANGE_NETINTERFACE_DELETED,  CMRP_OBJECT_NETINTERFACE, 0x01, TARGET_SELF, PAYLOAD_NONE },
    { CMRP_CHANGE_NETINTERFACE_ADDED,    CMRP_OBJECT_NODE,         0x01, TARGET_NODE, PAYLOAD_NODE_ID },
    { CMRP_CHANGE_QUORUM_STATE,      CMRP_V2_TYPE_QUORUM,  0x01, TARGET_CLUSTER, PAYLOAD_STATE },
    { CMRP_CHANGE_REGISTRY_ATTRIBUTES, CMRP_V2_TYPE_REGISTRY, 0x01, TARGET_SELF, PAYLOAD_NONE },
    { CMRP_CHANGE_REGISTRY_NAME,     CMRP_V2_TYPE_REGISTRY, 0x02, TARGET_SELF, PAYLOAD_NONE },
    { CMRP_CHANGE_REGISTRY_VALUE,    CMRP_V2_TYPE_REGISTRY, 0x08, TARGET_SELF, PAYLOAD_NONE },
};

static size_t v2_row(uint32_t v1)
{
    size_t i;

    for (i = 0; i < sizeof(v2_events) / sizeof(v2_events[0]); i++)
        if (v2_events[i].v1 == v1) return i;
    return i;
}

static bool v2_wanted(const struct cmrp_model *model)
{
    size_t i;

    for (i = 0; i < model->state->num_ports; i++)
        if (model->state->ports[i]->version == 2) return true;
    return false;
}

/* The state an object's state events carry, as its Get*State method says it. */
static uint32_t object_state(const struct cmrp_object *obj)
{
    switch (obj->kind)
    {
    case CMRP_OBJECT_NODE:         return ((const struct cmrp_node *)obj)->state;
    case CMRP_OBJECT_GROUP:        return ((const struct cmrp_group *)obj)->state;
    case CMRP_OBJECT_RESOURCE:     return ((const struct cmrp_resource *)obj)->state;
    case CMRP_OBJECT_NETWORK:      return ((const struct cmrp_network *)obj)->state;
    case CMRP_OBJECT_NETINTERFACE:
        return cmrp_netinterface_state_wire(((const struct cmrp_netinterface *)obj)->state);
    default:                       return 0;
    }
}

static uint32_t group_type(const struct cmrp_object *obj)
{
    size_t i;

    for (i = 0; i < obj->common.count; i++)
    {
        const struct cmrp_property *p = &obj->common.items[i];

        if (!strcmp(p->name, "GroupType") && p->value.size == 4)
            return p->value.data[0] | p->value.data[1] << 8 | p->value.data[2] << 16 | (uint32_t)p->value.data[3] << 24;
    }
    return 9999;   /* ClusGroupTypeUnknown */
}

/* A UTF-8 string as UTF-16LE with its NUL, malloc'ed. */
static uint8_t *utf16_payload(const char *s, uint32_t *size)
{
    size_t bytes = 0;
    uint8_t *text = utf8_to_utf16le(s, &bytes);

    *size = text ? bytes : 0;
    return text;
}

/* Fills a v2 event of object_type/flag about obj (its ids as ApiGetNotifyV2
 * says) and delivers it to the registrations target (enum v2_target) names. */
static void deliver_v2(struct cmrp_model *model, const struct cmrp_object *obj, uint32_t object_type, uint64_t flag,
                       enum v2_target target_kind, const void *buffer, uint32_t buffer_size)
{
    struct event_view event = { 0 };
    uint64_t target = obj->ref;

    event.object_type = object_type;
    event.flags = flag;
    event.buffer = buffer;
    event.buffer_size = buffer_size;
    event.kind = obj->kind;
    event.state_sequence = obj->state_sequence;
    event.id = obj->id;
    event.name = obj->name;
    event.parent_id = event.type_name = "";
    switch (obj->kind)
    {
    case CMRP_OBJECT_RESOURCE:
        event.parent_id = ((const struct cmrp_resource *)obj)->group->obj.id;
        event.type_name = ((const struct cmrp_resource *)obj)->type->obj.name;
        break;
    case CMRP_OBJECT_GROUP:
        if (((const struct cmrp_group *)obj)->owner) event.parent_id = ((const struct cmrp_group *)obj)->owner->obj.id;
        break;
    case CMRP_OBJECT_NETINTERFACE:
        event.parent_id = ((const struct cmrp_netinterface *)obj)->node->obj.id;
        break;
    case CMRP_OBJECT_RESOURCE_TYPE:
        event.id = "";            /* resource types are known by name */
        break;
    default:
        break;
    }
    switch (target_kind)
    {
    case TARGET_SELF:    break;
    case TARGET_CLUSTER: target = model->cluster.ref; break;
    case TARGET_GROUP:   target = ((const struct cmrp_resource *)obj)->group->obj.ref; break;
    case TARGET_NODE:    target = ((const struct cmrp_netinterface *)obj)->node->obj.ref; break;
    }
    if (event.object_type == CMRP_OBJECT_CLUSTER)
    {
        /* the cluster's own events say nothing of an object; added ones name it */
        event.type_name = "";
        if (obj->kind == CMRP_OBJECT_CLUSTER) event.id = event.name = event.parent_id = "";
        else if (obj->kind != CMRP_OBJECT_GROUP) event.parent_id = "";
        if (obj->kind == CMRP_OBJECT_RESOURCE_TYPE) event.id = "";
    }
    deliver(model, &event, target);
}

/* Delivers the v2 form of an object's v1 event to the v2 ports. */
static void notify_object_v2(struct cmrp_model *model, const struct cmrp_object *obj, uint32_t v1)
{
    size_t row = v2_row(v1);
    uint8_t state_bytes[4], *text = NULL;
    const void *buffer = NULL;
    uint32_t value, size = 0;

    if (row == sizeof(v2_events) / sizeof(v2_events[0])) return;
    switch (v2_events[row].payload)
    {
    case PAYLOAD_NONE:
        break;
    case PAYLOAD_STATE:
    case PAYLOAD_GROUP_TYPE:
        value = v2_events[row].payload == PAYLOAD_STATE ? object_state(obj) : group_type(obj);
        state_bytes[0] = value;
        state_bytes[1] = value >> 8;
        state_bytes[2] = value >> 16;
        state_bytes[3] = value >> 24;
        buffer = state_bytes;
        size = 4;
        break;
    case PAYLOAD_GROUP_ID:
        buffer = text = utf16_payload(((const struct cmrp_resource *)obj)->group->obj.id, &size);
        break;
    case PAYLOAD_NODE_ID:
        buffer = text = utf16_payload(((const struct cmrp_netinterface *)obj)->node->obj.id, &size);
        break;
    }
    deliver_v2(model, obj, v2_events[row].object_type, v2_events[row].flag, v2_events[row].target, buffer, size);
    free(text);
}

/* Each object type's CLUSTER_CHANGE_<TYPE>_COMMON/PRIVATE_PROPERTY_V2 bits
 * (MS-CMRP 2.2.2.12-18), and whether the private event carries the list:
 * ApiGetNotifyV2's tables give resources and resource types "Empty.". */
static const struct
{
    enum cmrp_object_kind kind;
    uint64_t common, private_flag;
    bool private_payload;
}
v2_property_events[] =
{
    { CMRP_OBJECT_CLUSTER,       0x80, 0x100, true },
    { CMRP_OBJECT_GROUP,         0x02, 0x04,  true },
    { CMRP_OBJECT_RESOURCE,      0x01, 0x02,  false },
    { CMRP_OBJECT_RESOURCE_TYPE, 0x02, 0x04,  false },
    { CMRP_OBJECT_NETINTERFACE,  0x02, 0x04,  true },
    { CMRP_OBJECT_NETWORK,       0x02, 0x04,  true },
    { CMRP_OBJECT_NODE,          0x04, 0x08,  true },
};

void notify_property_changed(struct cmrp_model *model, const struct cmrp_object *obj, enum cmrp_property_set set,
                             const char *name, const struct cmrp_value *value)
{
    struct cmrp_proplist_builder builder;
    uint8_t *list = NULL;
    size_t row, size = 0;
    bool payload;

    notify_object(model, obj, change_property_bit(obj->kind));
    if (!v2_wanted(model)) return;
    for (row = 0; row < sizeof(v2_property_events) / sizeof(v2_property_events[0]); row++)
        if (v2_property_events[row].kind == obj->kind) break;
    if (row == sizeof(v2_property_events) / sizeof(v2_property_events[0])) return;
    payload = set == CMRP_PROPS_COMMON || v2_property_events[row].private_payload;
    if (payload)
    {
        cmrp_proplist_builder_init(&builder, 0);
        cmrp_proplist_add_property(&builder, name, CMRP_SYNTAX(CMRP_PROPTYPE_LIST_VALUE, value->type), value->data,
                                   value->size);
        /* out of memory, no event: an empty one would break the table's rule */
        if (cmrp_proplist_finish(&builder, &list, &size) != CMRP_PROPLIST_OK) return;
    }
    deliver_v2(model, obj, obj->kind,
               set == CMRP_PROPS_COMMON ? v2_property_events[row].common : v2_property_events[row].private_flag,
               TARGET_SELF, list, size);
    free(list);
}

void notify_cluster_renamed(struct cmrp_model *model)
{
    struct event_view event = { 0 };

    notify_object(model, &model->cluster, CMRP_CHANGE_CLUSTER_PROPERTY);
    if (!v2_wanted(model)) return;
    /* CLUSTER_RENAME_V2: no payload, no ids, Name the new name (ApiGetNotifyV2) */
    event.object_type = CMRP_OBJECT_CLUSTER;
    event.flags = 0x400;
    event.kind = CMRP_OBJECT_CLUSTER;
    event.state_sequence = model->cluster.state_sequence;
    event.name = model->cluster.name;
    event.id = event.parent_id = event.type_name = "";
    deliver(model, &event, model->cluster.ref);
}

void notify_object(struct cmrp_model *model, const struct cmrp_object *obj, uint32_t filter)
{
    struct event_view event = { 0 };

    if (!filter || !model->state->num_ports) return;
    if (v2_wanted(model)) notify_object_v2(model, obj, filter);
    event.filter = filter;
    event.kind = obj->kind;
    event.state_sequence = obj->state_sequence;
    event.name = obj->name;
    event.id = obj->id;
    event.parent_id = "";
    event.type_name = "";
    if (obj->kind == CMRP_OBJECT_RESOURCE)
    {
        const struct cmrp_resource *resource = (const struct cmrp_resource *)obj;

        event.parent_id = resource->group->obj.id;
        event.type_name = resource->type->obj.name;
    }
    else if (obj->kind == CMRP_OBJECT_NETINTERFACE)
        event.parent_id = ((const struct cmrp_netinterface *)obj)->node->obj.id;
    deliver(model, &event, obj->ref);
}

void notify_registry(struct cmrp_model *model, uint64_t key, uint32_t filter, const char *path,
                     const char *value_name)
{
    struct event_view event = { 0 };
    size_t row = v2_row(filter);
    char *text = NULL;

    if (!model->state->num_ports) return;
    /* v2: ObjectId is the value's name, Name the key's (ApiGetNotifyV2) */
    if (row < sizeof(v2_events) / sizeof(v2_events[0]) && v2_wanted(model))
    {
        event.object_type = v2_events[row].object_type;
        event.flags = v2_events[row].flag;
        event.name = path;
        event.id = value_name ? value_name : "";
        event.parent_id = event.type_name = "";
        deliver(model, &event, key);
    }
    /* v1: the key's path, and with a value, "path\value" */
    if (value_name && (text = malloc(strlen(path) + strlen(value_name) + 2)))
        sprintf(text, "%s%s%s", path, *path ? "\\" : "", value_name);
    memset(&event, 0, sizeof(event));
    event.filter = filter;
    event.name = text ? text : path;
    event.id = event.parent_id = event.type_name = "";
    deliver(model, &event, key);
    free(text);
}

void notify_forget_object(struct cmrp_model *model, uint64_t ref)
{
    struct cmrp_model_state *state = model->state;
    size_t i, j;

    for (i = 0; i < state->num_ports; i++)
    {
        struct notify_port *port = state->ports[i];

        for (j = port->num_registrations; j > 0; j--)
            if (port->registrations[j - 1].kind == REGISTRATION_OBJECT && port->registrations[j - 1].ref == ref)
                array_remove_at(port->registrations, &port->num_registrations, sizeof(*port->registrations), j - 1);
    }
}

/* ---- ports ---- */

static void port_free(struct notify_port *port)
{
    size_t i;

    for (i = 0; i < port->count; i++) cmrp_event_clear(&port->events[(port->head + i) % port->capacity]);
    for (i = 0; i < port->num_registrations; i++) free(port->registrations[i].type_name);
    free(port->events);
    free(port->registrations);
    free(port);
}

void notify_free_all(struct cmrp_model *model)
{
    size_t i;

    for (i = 0; i < model->state->num_ports; i++) port_free(model->state->ports[i]);
    free(model->state->ports);
    model->state->ports = NULL;
    model->state->num_ports = 0;
}

static struct notify_port *find_port(const struct cmrp_model *model, uint64_t ref)
{
    size_t i;

    for (i = 0; i < model->state->num_ports; i++)
        if (model->state->ports[i]->ref == ref) return model->state->ports[i];
    return NULL;
}

uint32_t cmrp_model_create_notify(struct cmrp_model *model, uint64_t *port_ref)
{
    return cmrp_model_create_notify_version(model, 1, port_ref);
}

uint32_t cmrp_model_create_notify_version(struct cmrp_model *model, uint32_t version, uint64_t *port_ref)
{
    struct cmrp_model_state *state = model->state;
    struct notify_port *port;
    void *ports = state->ports;

    if (state->num_ports >= CMRP_MAX_NOTIFY_PORTS) return CMRP_ERR_NO_SYSTEM_RESOURCES;
    port = calloc(1, sizeof(*port));
    if (!port) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    if (!array_append(&ports, &state->num_ports, sizeof(port), &port))
    {
        free(port);
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    }
    state->ports = ports;
    port->version = version;
    port->ref = model_new_ref(model);
    *port_ref = port->ref;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_close_notify(struct cmrp_model *model, uint64_t port_ref)
{
    struct notify_port *port = find_port(model, port_ref);

    if (!port) return CMRP_ERR_INVALID_HANDLE;
    pointer_remove((void **)model->state->ports, &model->state->num_ports, port);
    port_free(port);
    return CMRP_ERR_SUCCESS;
}

static uint32_t add_registration(struct cmrp_model *model, uint64_t port_ref, const struct registration *added)
{
    struct notify_port *port = find_port(model, port_ref);
    void *registrations;

    if (!port) return CMRP_ERR_INVALID_HANDLE;
    if (port->num_registrations >= CMRP_MAX_NOTIFY_REGISTRATIONS) return CMRP_ERR_NO_SYSTEM_RESOURCES;
    registrations = port->registrations;
    if (!array_append(&registrations, &port->num_registrations, sizeof(*added), added))
        return CMRP_ERR_NOT_ENOUGH_MEMORY;
    port->registrations = registrations;
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_add_notify_cluster(struct cmrp_model *model, uint64_t port, uint32_t filter,
                                       uint32_t notify_key)
{
    struct registration added = { REGISTRATION_CLUSTER, 0, filter, notify_key, false };

    return add_registration(model, port, &added);
}

static bool notifiable(const struct cmrp_object *object)
{
    switch (object->kind)
    {
    case CMRP_OBJECT_NODE:
    case CMRP_OBJECT_GROUP:
    case CMRP_OBJECT_RESOURCE:
    case CMRP_OBJECT_NETWORK:
    case CMRP_OBJECT_NETINTERFACE:
        return true;
    default:
        return false;
    }
}

uint32_t cmrp_model_add_notify_object(struct cmrp_model *model, uint64_t port, struct cmrp_object *object,
                                      uint32_t filter, uint32_t notify_key, uint32_t *state_sequence)
{
    struct registration added = { REGISTRATION_OBJECT, 0, filter, notify_key, false };
    uint32_t status;

    if (!object || !notifiable(object)) return CMRP_ERR_INVALID_PARAMETER;
    added.ref = object->ref;
    status = add_registration(model, port, &added);
    if (!status && state_sequence) *state_sequence = object->state_sequence;
    return status;
}

uint32_t cmrp_model_readd_notify_object(struct cmrp_model *model, uint64_t port, struct cmrp_object *object,
                                        uint32_t filter, uint32_t notify_key, uint32_t state_sequence)
{
    struct notify_port *target = find_port(model, port);
    struct event_view event = { 0 };
    uint32_t status = cmrp_model_add_notify_object(model, port, object, filter, notify_key, NULL);

    if (status) return status;
    /* It changed while the client was away (a reconnect): tell it at once. */
    event.filter = change_state_bit(object->kind) & filter;
    if (state_sequence != object->state_sequence && event.filter)
    {
        event.kind = object->kind;
        event.state_sequence = object->state_sequence;
        event.name = object->name;
        event.id = object->id;
        event.parent_id = event.type_name = "";
        if (port_queue(target, &event, notify_key) && model->hooks.event_queued)
            model->hooks.event_queued(model->hooks.data, port);
    }
    return CMRP_ERR_SUCCESS;
}

uint32_t cmrp_model_add_notify_key(struct cmrp_model *model, uint64_t port, uint64_t key, uint32_t filter,
                                   uint32_t notify_key, bool watch_subtree)
{
    struct registration added = { REGISTRATION_KEY, key, filter, notify_key, watch_subtree };

    if (!registry_key_exists(model, key)) return CMRP_ERR_KEY_DELETED;
    return add_registration(model, port, &added);
}

/* ---- version 2 registrations ---- */

/* The CLUSTER_CHANGE_*_V2 bits a client may ask for, per object type
 * (ApiAddNotifyV2: HANDLE_CLOSE, RECONNECT and STATE of the cluster are not). */
static uint64_t v2_allowed(uint32_t object_type)
{
    switch (object_type)
    {
    case CMRP_OBJECT_CLUSTER:       return 0x1fff & ~(uint64_t)(0x1 | 0x2 | 0x8);
    case CMRP_OBJECT_GROUP:         return 0x3ff & ~(uint64_t)0x200;
    case CMRP_OBJECT_RESOURCE:      return 0x7ff & ~(uint64_t)0x200;
    case CMRP_OBJECT_RESOURCE_TYPE: return 0x3f;
    case CMRP_OBJECT_NETINTERFACE:  return 0x1f & ~(uint64_t)0x10;
    case CMRP_OBJECT_NETWORK:       return 0x1f & ~(uint64_t)0x10;
    case CMRP_OBJECT_NODE:          return 0xff & ~(uint64_t)0x80;
    case CMRP_V2_TYPE_REGISTRY:     return 0x1f & ~(uint64_t)0x10;
    case CMRP_V2_TYPE_QUORUM:       return 0x1;
    default:                        return 0;
    }
}

uint32_t cmrp_model_add_notify_v2(struct cmrp_model *model, uint64_t port_ref, const struct cmrp_object *object,
                                  uint64_t key, uint32_t object_type, uint64_t flags, uint32_t notify_key)
{
    struct registration added = { REGISTRATION_CLUSTER, 0, 0, notify_key, false, object_type, flags, NULL };
    struct notify_port *port = find_port(model, port_ref);

    if (!port) return CMRP_ERR_INVALID_HANDLE;
    if (port->version != 2 || !flags || (flags & ~v2_allowed(object_type))) return CMRP_ERR_INVALID_PARAMETER;
    if (object_type == CMRP_V2_TYPE_REGISTRY)
    {
        if (!registry_key_exists(model, key)) return CMRP_ERR_KEY_DELETED;
        added.kind = REGISTRATION_KEY;
        added.ref = key;
        added.subtree = (flags & 0x4) != 0;
    }
    else if (object && object->kind != CMRP_OBJECT_CLUSTER)
    {
        if ((uint32_t)object->kind != object_type) return CMRP_ERR_INVALID_PARAMETER;
        added.kind = REGISTRATION_OBJECT;
        added.ref = object->ref;
    }
    return add_registration(model, port_ref, &added);
}

uint32_t cmrp_model_add_notify_resource_type_v2(struct cmrp_model *model, uint64_t port_ref, const char *type_name,
                                                uint64_t flags, uint32_t notify_key)
{
    struct registration added = { REGISTRATION_RESOURCE_TYPE, 0, 0, notify_key, false, CMRP_OBJECT_RESOURCE_TYPE,
                                  flags, NULL };
    struct notify_port *port = find_port(model, port_ref);
    uint32_t status;

    if (!port) return CMRP_ERR_INVALID_HANDLE;
    if (port->version != 2 || !flags || (flags & ~v2_allowed(CMRP_OBJECT_RESOURCE_TYPE)))
        return CMRP_ERR_INVALID_PARAMETER;
    if (!cmrp_model_resource_type(model, type_name)) return CMRP_ERR_CLUSTER_RESOURCE_TYPE_NOT_FOUND;
    if (!(added.type_name = strdup(type_name))) return CMRP_ERR_NOT_ENOUGH_MEMORY;
    if ((status = add_registration(model, port_ref, &added))) free(added.type_name);
    return status;
}

uint32_t cmrp_model_notify_version(const struct cmrp_model *model, uint64_t port_ref)
{
    const struct notify_port *port = find_port(model, port_ref);

    return port ? port->version : 0;
}

uint32_t cmrp_model_get_notify(struct cmrp_model *model, uint64_t port_ref, struct cmrp_event *event)
{
    struct notify_port *port = find_port(model, port_ref);

    memset(event, 0, sizeof(*event));
    if (!port) return CMRP_ERR_INVALID_HANDLE;
    if (!port->count) return CMRP_ERR_NO_MORE_ITEMS;
    *event = port->events[port->head];
    memset(&port->events[port->head], 0, sizeof(*event));
    port->head = (port->head + 1) % port->capacity;
    port->count--;
    return CMRP_ERR_SUCCESS;
}

size_t cmrp_model_notify_pending(const struct cmrp_model *model, uint64_t port_ref)
{
    const struct notify_port *port = find_port(model, port_ref);

    return port ? port->count : 0;
}
