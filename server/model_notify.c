/*
 * Notification ports, version 1 (MS-CMRP 3.1.4.2.56-66): a port holds
 * registrations - the whole cluster, one object, or a registry key - each
 * with a filter of CLUSTER_CHANGE bits and the client's 32-bit key, and a
 * queue of the events that matched.  ApiGetNotify takes them oldest first.
 * When an event is queued, the host's event_queued hook can wake a blocked
 * ApiGetNotify.  A full queue drops its oldest event.
 */
#include "server/model_internal.h"

#include <stdlib.h>
#include <string.h>

enum registration_kind
{
    REGISTRATION_CLUSTER,
    REGISTRATION_OBJECT,
    REGISTRATION_KEY,
};

struct registration
{
    enum registration_kind kind;
    uint64_t ref;                   /* the object or key; 0 for the cluster */
    uint32_t filter;
    uint32_t notify_key;
    bool subtree;
};

struct notify_port
{
    uint64_t ref;
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
    free(event->name);
    free(event->id);
    free(event->parent_id);
    free(event->type_name);
    memset(event, 0, sizeof(*event));
}

/* An event before it is queued: its strings are borrowed from the objects. */
struct event_view
{
    uint32_t filter;
    uint32_t state_sequence;
    enum cmrp_object_kind kind;
    const char *name;
    const char *id;
    const char *parent_id;
    const char *type_name;
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
    copy.filter = event->filter;
    copy.state_sequence = event->state_sequence;
    copy.kind = event->kind;
    copy.notify_key = notify_key;
    port->events[(port->head + port->count) % port->capacity] = copy;
    port->count++;
    return true;
}

static bool registration_matches(const struct cmrp_model *model, const struct registration *registration,
                                 const struct event_view *event, uint64_t ref)
{
    if (!(registration->filter & event->filter)) return false;
    switch (registration->kind)
    {
    case REGISTRATION_CLUSTER: return true;
    case REGISTRATION_OBJECT:  return event->kind && registration->ref == ref;
    case REGISTRATION_KEY:
        return !event->kind && registry_key_covers(model, registration->ref, ref, registration->subtree);
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
            if (registration_matches(model, &port->registrations[j], event, ref)
                && port_queue(port, event, port->registrations[j].notify_key))
                queued = true;
        if (queued && model->hooks.event_queued) model->hooks.event_queued(model->hooks.data, port->ref);
    }
}

void notify_object(struct cmrp_model *model, const struct cmrp_object *obj, uint32_t filter)
{
    struct event_view event = { 0 };

    if (!filter || !model->state->num_ports) return;
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

void notify_registry(struct cmrp_model *model, uint64_t key, uint32_t filter, const char *name)
{
    struct event_view event = { 0 };

    if (!model->state->num_ports) return;
    event.filter = filter;
    event.name = name;
    event.id = event.parent_id = event.type_name = "";
    deliver(model, &event, key);
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
