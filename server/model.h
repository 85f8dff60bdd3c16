/*
 * The simulated failover cluster that cmrpd (and later a Samba-hosted
 * module) speaks for.
 *
 * Pure C: no Samba, no NDR, no talloc.  The RPC endpoint turns each call into
 * a question to this model; the model answers in the cluster's own vocabulary,
 * Win32 error codes (MS-CMRP 3.1.4 method tables), so every host gives the
 * same answers.
 *
 * The model is loaded from an INI-like file, documented in server/README.md.
 *
 * Rules for callers (the endpoint):
 *  - The model is not thread-safe: a host serialises every call (cmrpd runs one
 *    tevent loop).
 *  - Structures are readable; change them only through these functions.
 *  - Object pointers die with their object.  A context handle keeps the object's
 *    `ref` (never reused) and resolves it on every call with
 *    cmrp_model_object_by_ref(); NULL then means "deleted meanwhile"
 *    (ERROR_RESOURCE_NOT_AVAILABLE, ERROR_GROUP_NOT_AVAILABLE, ...).
 *  - Every string is UTF-8; names compare case-insensitively (ASCII letters).
 *    Every input may come straight from the wire: it is validated and bounded.
 *  - Values (properties, registry data) are kept as the little-endian bytes
 *    that travel on the wire: strings are UTF-16LE with their terminators.
 */
#ifndef SERVER_MODEL_H
#define SERVER_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ---- Win32 error codes the model answers with (values from winerror.h) ---- */

#define CMRP_ERR_SUCCESS                      0
#define CMRP_ERR_INVALID_FUNCTION             1
#define CMRP_ERR_FILE_NOT_FOUND               2
#define CMRP_ERR_ACCESS_DENIED                5
#define CMRP_ERR_INVALID_HANDLE               6
#define CMRP_ERR_NOT_ENOUGH_MEMORY            8
#define CMRP_ERR_NOT_SUPPORTED               50
#define CMRP_ERR_SHARING_PAUSED              70
#define CMRP_ERR_INVALID_PARAMETER           87
#define CMRP_ERR_CALL_NOT_IMPLEMENTED       120
#define CMRP_ERR_INVALID_NAME               123
#define CMRP_ERR_DIR_NOT_EMPTY              145
#define CMRP_ERR_ALREADY_EXISTS             183
#define CMRP_ERR_MORE_DATA                  234
#define CMRP_ERR_NO_MORE_ITEMS              259
#define CMRP_ERR_IO_PENDING                 997
#define CMRP_ERR_KEY_DELETED               1018
#define CMRP_ERR_CIRCULAR_DEPENDENCY       1059
#define CMRP_ERR_NOT_FOUND                 1168
#define CMRP_ERR_NO_SYSTEM_RESOURCES       1450
#define CMRP_ERR_RPC_S_STRING_TOO_LONG     1743
#define CMRP_ERR_DEPENDENT_RESOURCE_EXISTS 5001
#define CMRP_ERR_DEPENDENCY_NOT_FOUND      5002
#define CMRP_ERR_DEPENDENCY_ALREADY_EXISTS 5003
#define CMRP_ERR_RESOURCE_NOT_ONLINE       5004
#define CMRP_ERR_HOST_NODE_NOT_AVAILABLE   5005
#define CMRP_ERR_RESOURCE_NOT_AVAILABLE    5006
#define CMRP_ERR_RESOURCE_NOT_FOUND        5007
#define CMRP_ERR_CANT_EVICT_ACTIVE_NODE    5009
#define CMRP_ERR_OBJECT_ALREADY_EXISTS     5010
#define CMRP_ERR_GROUP_NOT_AVAILABLE       5012
#define CMRP_ERR_GROUP_NOT_FOUND           5013
#define CMRP_ERR_HOST_NODE_NOT_GROUP_OWNER 5016
#define CMRP_ERR_RESOURCE_ONLINE           5019
#define CMRP_ERR_QUORUM_RESOURCE           5020
#define CMRP_ERR_NOT_QUORUM_CAPABLE        5021
#define CMRP_ERR_INVALID_STATE             5023
#define CMRP_ERR_RESOURCE_PROPERTIES_STORED 5024
#define CMRP_ERR_CORE_RESOURCE             5026
#define CMRP_ERR_RESOURCE_FAILED           5038
#define CMRP_ERR_CLUSTER_NODE_NOT_FOUND    5042
#define CMRP_ERR_CLUSTER_NETWORK_NOT_FOUND 5045
#define CMRP_ERR_CLUSTER_NETINTERFACE_NOT_FOUND 5047
#define CMRP_ERR_CLUSTER_NODE_DOWN         5050
#define CMRP_ERR_CLUSTER_NODE_NOT_PAUSED   5058
#define CMRP_ERR_CLUSTER_NODE_PAUSED       5070
#define CMRP_ERR_NODE_CANT_HOST_RESOURCE   5071
#define CMRP_ERR_CLUSTER_NODE_NOT_READY    5072
#define CMRP_ERR_CLUSTER_RESOURCE_TYPE_NOT_FOUND 5078
#define CMRP_ERR_DEPENDENCY_TREE_TOO_COMPLEX 5929
#define CMRP_ERR_GROUPSET_NOT_AVAILABLE    5991
#define CMRP_ERR_GROUPSET_NOT_FOUND        5992

/* dwDesiredAccess bits of ApiOpenClusterEx (MS-CMRP 3.1.4.2.116). */
#define CMRP_CLUSAPI_READ_ACCESS   0x00000001u
#define CMRP_CLUSAPI_CHANGE_ACCESS 0x00000002u
#define CMRP_MAXIMUM_ALLOWED       0x02000000u
#define CMRP_GENERIC_ALL           0x10000000u
#define CMRP_GENERIC_EXECUTE       0x20000000u
#define CMRP_GENERIC_WRITE         0x40000000u
#define CMRP_GENERIC_READ          0x80000000u

/* CLUSTER_VERSION_FLAG_MIXED_MODE of CLUSTER_OPERATIONAL_VERSION_INFO.dwFlags */
#define CMRP_CLUSTER_VERSION_FLAG_MIXED_MODE 0x00000001u

/* Longest cluster or node name, in UTF-16 units without the terminator
 * (ApiSetClusterName: at most 64 units including it, MS-CMRP 3.1.4.2.3). */
#define CMRP_MAX_NAME_UNITS 63

/* Longest name of a group, resource, type, network, interface or group set,
 * and of a registry key name component (MS-RRP), in UTF-16 units. */
#define CMRP_MAX_OBJECT_NAME_UNITS 255

/* ---- enumeration types (MS-CMRP 2.2.3.4, ENUM_ENTRY.Type) ---- */

/* ApiCreateEnum / ApiCreateEnumEx */
#define CMRP_CLUSTER_ENUM_NODE                   0x00000001u
#define CMRP_CLUSTER_ENUM_RESTYPE                0x00000002u
#define CMRP_CLUSTER_ENUM_RESOURCE               0x00000004u
#define CMRP_CLUSTER_ENUM_GROUP                  0x00000008u
#define CMRP_CLUSTER_ENUM_NETWORK                0x00000010u
#define CMRP_CLUSTER_ENUM_NETINTERFACE           0x00000020u
#define CMRP_CLUSTER_ENUM_ALL                    0x0000003fu
#define CMRP_CLUSTER_ENUM_SHARED_VOLUME_RESOURCE 0x40000000u
#define CMRP_CLUSTER_ENUM_INTERNAL_NETWORK       0x80000000u
/* ApiCreateResEnum */
#define CMRP_RESOURCE_ENUM_DEPENDS  0x1u
#define CMRP_RESOURCE_ENUM_PROVIDES 0x2u
#define CMRP_RESOURCE_ENUM_NODES    0x4u
/* ApiCreateGroupResourceEnum */
#define CMRP_GROUP_ENUM_CONTAINS 0x1u
#define CMRP_GROUP_ENUM_NODES    0x2u
/* ApiCreateNodeEnum(Ex) */
#define CMRP_NODE_ENUM_NETINTERFACES 0x1u
#define CMRP_NODE_ENUM_GROUPS        0x2u
/* ApiCreateNetworkEnum */
#define CMRP_NETWORK_ENUM_NETINTERFACES 0x1u
/* ApiCreateResTypeEnum */
#define CMRP_RESTYPE_ENUM_NODES     0x1u
#define CMRP_RESTYPE_ENUM_RESOURCES 0x2u

/* ---- CLUSTER_CHANGE filter bits of v1 notification ports (MS-CMRP 2.2.2.7) ---- */

#define CMRP_CHANGE_NODE_STATE             0x00000001u
#define CMRP_CHANGE_NODE_DELETED           0x00000002u
#define CMRP_CHANGE_NODE_ADDED             0x00000004u
#define CMRP_CHANGE_NODE_PROPERTY          0x00000008u
#define CMRP_CHANGE_REGISTRY_NAME          0x00000010u
#define CMRP_CHANGE_REGISTRY_ATTRIBUTES    0x00000020u
#define CMRP_CHANGE_REGISTRY_VALUE         0x00000040u
#define CMRP_CHANGE_REGISTRY_SUBTREE       0x00000080u
#define CMRP_CHANGE_RESOURCE_STATE         0x00000100u
#define CMRP_CHANGE_RESOURCE_DELETED       0x00000200u
#define CMRP_CHANGE_RESOURCE_ADDED         0x00000400u
#define CMRP_CHANGE_RESOURCE_PROPERTY      0x00000800u
#define CMRP_CHANGE_GROUP_STATE            0x00001000u
#define CMRP_CHANGE_GROUP_DELETED          0x00002000u
#define CMRP_CHANGE_GROUP_ADDED            0x00004000u
#define CMRP_CHANGE_GROUP_PROPERTY         0x00008000u
#define CMRP_CHANGE_RESOURCE_TYPE_DELETED  0x00010000u
#define CMRP_CHANGE_RESOURCE_TYPE_ADDED    0x00020000u
#define CMRP_CHANGE_RESOURCE_TYPE_PROPERTY 0x00040000u
#define CMRP_CHANGE_CLUSTER_RECONNECT      0x00080000u
#define CMRP_CHANGE_NETWORK_STATE          0x00100000u
#define CMRP_CHANGE_NETWORK_DELETED        0x00200000u
#define CMRP_CHANGE_NETWORK_ADDED          0x00400000u
#define CMRP_CHANGE_NETWORK_PROPERTY       0x00800000u
#define CMRP_CHANGE_NETINTERFACE_STATE     0x01000000u
#define CMRP_CHANGE_NETINTERFACE_DELETED   0x02000000u
#define CMRP_CHANGE_NETINTERFACE_ADDED     0x04000000u
#define CMRP_CHANGE_NETINTERFACE_PROPERTY  0x08000000u
#define CMRP_CHANGE_QUORUM_STATE           0x10000000u
#define CMRP_CHANGE_CLUSTER_STATE          0x20000000u
#define CMRP_CHANGE_CLUSTER_PROPERTY       0x40000000u
#define CMRP_CHANGE_HANDLE_CLOSE           0x80000000u

/* ---- value types ---- */

/* CLUSTER_PROPERTY_FORMAT: the type of a property value (MS-CMRP 2.2.2.2). */
#define CMRP_FORMAT_BINARY              0x0001u
#define CMRP_FORMAT_DWORD               0x0002u
#define CMRP_FORMAT_SZ                  0x0003u
#define CMRP_FORMAT_EXPAND_SZ           0x0004u
#define CMRP_FORMAT_MULTI_SZ            0x0005u
#define CMRP_FORMAT_ULARGE_INTEGER      0x0006u
#define CMRP_FORMAT_LONG                0x0007u
#define CMRP_FORMAT_EXPANDED_SZ         0x0008u
#define CMRP_FORMAT_SECURITY_DESCRIPTOR 0x0009u
#define CMRP_FORMAT_LARGE_INTEGER       0x000au
#define CMRP_FORMAT_WORD                0x000bu
#define CMRP_FORMAT_FILETIME            0x000cu

/* Registry value types (REG_*), for the cluster registry. */
#define CMRP_REG_NONE      0u
#define CMRP_REG_SZ        1u
#define CMRP_REG_EXPAND_SZ 2u
#define CMRP_REG_BINARY    3u
#define CMRP_REG_DWORD     4u
#define CMRP_REG_MULTI_SZ  7u
#define CMRP_REG_QWORD     11u

/* CLUS_CHARACTERISTICS bits used by the model. */
#define CMRP_CHAR_QUORUM                    0x00000001u
#define CMRP_CHAR_DELETE_REQUIRES_ALL_NODES 0x00000002u

/* CLUS_RESOURCE_CLASS_INFO.Class */
#define CMRP_RESCLASS_UNKNOWN 0u
#define CMRP_RESCLASS_STORAGE 1u
#define CMRP_RESCLASS_NETWORK 2u
#define CMRP_RESCLASS_USER    0x8000u

/* dwFlags of ApiCreateResource (CLUSTER_RESOURCE_CREATE_FLAGS) */
#define CMRP_RESOURCE_SEPARATE_MONITOR 0x1u

/* ---- limits: everything a client can make grow is bounded ---- */

#define CMRP_MAX_NODES              64      /* Windows' own limit */
#define CMRP_MAX_GROUPS         100000
#define CMRP_MAX_RESOURCES      200000
#define CMRP_MAX_RESOURCE_TYPES   1024
#define CMRP_MAX_NETWORKS          256
#define CMRP_MAX_NETINTERFACES    4096
#define CMRP_MAX_GROUPSETS        1024
#define CMRP_MAX_DEPENDENCY_DEPTH  100      /* MS-CMRP 3.1.4.2.20 */
#define CMRP_MAX_PROPERTIES        256      /* per object and set */
#define CMRP_MAX_VALUE_SIZE     (64u * 1024)          /* property value, bytes */
#define CMRP_MAX_REG_VALUE_SIZE (1024u * 1024)        /* registry value, bytes */
#define CMRP_MAX_REG_VALUE_NAME_UNITS 16383           /* MS-RRP */
#define CMRP_MAX_REG_KEYS       1000000
#define CMRP_MAX_REG_VALUES_PER_KEY 10000
#define CMRP_MAX_REG_DEPTH          64
#define CMRP_MAX_REG_BYTES      (256u * 1024 * 1024)  /* all value data together */
#define CMRP_MAX_SECURITY_SIZE  (64u * 1024)
#define CMRP_MAX_NOTIFY_PORTS     1024
#define CMRP_MAX_NOTIFY_REGISTRATIONS 4096  /* per port */
#define CMRP_MAX_NOTIFY_EVENTS    4096      /* queued per port; the oldest are dropped */
#define CMRP_MAX_STRING_BYTES     4096      /* device names, expressions, ... */

/* ---- state enums, with their wire values ---- */

/* The access level a context handle carries (MS-CMRP 3.1.4), ordered. */
enum cmrp_access
{
    CMRP_ACCESS_NONE = 0,
    CMRP_ACCESS_READ = 1,
    CMRP_ACCESS_ALL  = 2,
};

/* CLUSTER_NODE_STATE */
enum cmrp_node_state
{
    CMRP_NODE_UP      = 0,
    CMRP_NODE_DOWN    = 1,
    CMRP_NODE_PAUSED  = 2,
    CMRP_NODE_JOINING = 3,
};

/* CLUSTER_GROUP_STATE */
enum cmrp_group_state
{
    CMRP_GROUP_ONLINE         = 0,
    CMRP_GROUP_OFFLINE        = 1,
    CMRP_GROUP_FAILED         = 2,
    CMRP_GROUP_PARTIAL_ONLINE = 3,
    CMRP_GROUP_PENDING        = 4,
};

/* CLUSTER_RESOURCE_STATE */
enum cmrp_resource_state
{
    CMRP_RESOURCE_INITIALIZING    = 1,
    CMRP_RESOURCE_ONLINE          = 2,
    CMRP_RESOURCE_OFFLINE         = 3,
    CMRP_RESOURCE_FAILED          = 4,
    CMRP_RESOURCE_ONLINE_PENDING  = 0x81,
    CMRP_RESOURCE_OFFLINE_PENDING = 0x82,
};

/* CLUSTER_NETWORK_STATE */
enum cmrp_network_state
{
    CMRP_NETWORK_UNAVAILABLE = 0,
    CMRP_NETWORK_DOWN        = 1,
    CMRP_NETWORK_PARTITIONED = 2,
    CMRP_NETWORK_UP          = 3,
};

/* CLUSTER_NETWORK_ROLE */
enum cmrp_network_role
{
    CMRP_NETWORK_ROLE_NONE                = 0,
    CMRP_NETWORK_ROLE_INTERNAL            = 1,
    CMRP_NETWORK_ROLE_CLIENT              = 2,
    CMRP_NETWORK_ROLE_INTERNAL_AND_CLIENT = 3,
};

/* An interface's state as the model knows it.  Its number on the wire is
 * cmrp_netinterface_state_wire(): MS-CMRP and the Win32 headers disagree
 * (docs: ms-cmrp.md pitfall P6), so this enum carries no wire values. */
enum cmrp_netinterface_state
{
    CMRP_NETINTERFACE_UP,
    CMRP_NETINTERFACE_FAILED,
    CMRP_NETINTERFACE_UNREACHABLE,
    CMRP_NETINTERFACE_UNAVAILABLE,
};

/* The kinds of objects, numbered as CLUSTER_OBJECT_TYPE (MS-CMRP 2.2.2.12)
 * so that v2 notifications can use them as they are. */
enum cmrp_object_kind
{
    CMRP_OBJECT_CLUSTER       = 1,
    CMRP_OBJECT_GROUP         = 2,
    CMRP_OBJECT_RESOURCE      = 3,
    CMRP_OBJECT_RESOURCE_TYPE = 4,
    CMRP_OBJECT_NETINTERFACE  = 5,
    CMRP_OBJECT_NETWORK       = 6,
    CMRP_OBJECT_NODE          = 7,
    CMRP_OBJECT_GROUPSET      = 0xd,
};

/* ---- values and property bags ---- */

/* A typed value: a property (type is a CMRP_FORMAT_*) or registry data (type
 * is a CMRP_REG_*).  data holds size bytes as on the wire, NULL if size is 0. */
struct cmrp_value
{
    uint32_t type;
    uint32_t size;
    uint8_t *data;
};

struct cmrp_property
{
    char *name;
    struct cmrp_value value;
};

/* Properties in the order they were first set. */
struct cmrp_property_list
{
    struct cmrp_property *items;
    size_t count;
};

enum cmrp_property_set
{
    CMRP_PROPS_COMMON,
    CMRP_PROPS_PRIVATE,
};

/* A common property the model knows: its format and whether clients may set it. */
struct cmrp_property_info
{
    const char *name;
    uint32_t format;
    bool read_only;
    uint32_t default_dword;          /* DWORD, LONG and WORD formats */
    const char *default_string;      /* SZ, EXPAND_SZ; MULTI_SZ items joined by '|' */
};

/* ---- the objects ---- */

/* What every object has. */
struct cmrp_object
{
    enum cmrp_object_kind kind;
    uint64_t ref;                   /* unique for the model's life, never reused */
    char *name;
    char *id;                       /* GUID string; a node's decimal id; "" for resource types */
    uint32_t state_sequence;        /* counts state changes (ApiAddNotify*, ApiReAddNotify*) */
    struct cmrp_property_list common;
    struct cmrp_property_list private_props;
};

struct cmrp_node
{
    struct cmrp_object obj;
    /* obj.name and obj.id again, for older callers: nodes are never renamed. */
    char *name;                     /* computer name, e.g. "node1" */
    char *id;                       /* decimal node id, e.g. "1" */
    enum cmrp_node_state state;
    bool evicted;                   /* ApiEvictNode: gone, but its slot stays */
};

struct cmrp_group
{
    struct cmrp_object obj;
    struct cmrp_node *owner;
    struct cmrp_node **preferred_owners;    /* ApiSetGroupNodeList, in order */
    size_t num_preferred_owners;
    struct cmrp_resource **resources;       /* in the order they joined */
    size_t num_resources;
    enum cmrp_group_state state;            /* derived from the resources */
    bool core;                              /* "Cluster Group", "Available Storage" */
    struct cmrp_node *move_target;          /* a move waiting for its resources to stop */
    struct cmrp_groupset *groupset;
    struct cmrp_group **provider_groups;    /* the groups this one depends on */
    size_t num_provider_groups;
    struct cmrp_groupset *provider_set;     /* the one group set it depends on, or NULL */
};

struct cmrp_resource_type
{
    struct cmrp_object obj;                 /* obj.name is the type name */
    char *display_name;
    char *dll_name;
    uint32_t looks_alive_ms;
    uint32_t is_alive_ms;
    uint32_t characteristics;               /* CLUS_CHAR_* */
    uint32_t resource_class;                /* CLUS_RESCLASS_* */
    uint32_t resource_subclass;
};

struct cmrp_resource
{
    struct cmrp_object obj;
    struct cmrp_group *group;
    struct cmrp_resource_type *type;
    enum cmrp_resource_state state;
    /* What the cluster keeps it in (PersistentState): set by online and
     * offline requests, restored after a move or failover. */
    bool persistent_online;
    struct cmrp_resource **providers;       /* what this resource depends on */
    size_t num_providers;
    struct cmrp_resource **dependents;      /* what depends on this resource */
    size_t num_dependents;
    struct cmrp_node **possible_owners;
    size_t num_possible_owners;
    bool core;                              /* cannot be deleted (CLUS_FLAG_CORE) */
    bool shared_volume;                     /* a cluster shared volume */
    bool fail_online;                       /* simulation: online attempts fail */
    bool separate_monitor;
    uint64_t pending_deadline_ms;           /* when a pending transition may complete */
    bool pending_waiting;                   /* still waiting for providers/dependents */
    /* the model's bookkeeping: its place in the pending list, graph walks */
    size_t pending_slot;
    bool pending_listed;
    uint32_t walk_mark, walk_value;
};

struct cmrp_network
{
    struct cmrp_object obj;
    enum cmrp_network_state state;
    enum cmrp_network_role role;
    uint32_t priority;                      /* lower first, among internal networks */
};

struct cmrp_netinterface
{
    struct cmrp_object obj;
    struct cmrp_node *node;
    struct cmrp_network *network;
    char *adapter;                          /* e.g. "Ethernet" */
    char *address;                          /* e.g. "10.0.0.1" */
    enum cmrp_netinterface_state state;
};

struct cmrp_groupset
{
    struct cmrp_object obj;
    struct cmrp_group **groups;
    size_t num_groups;
    struct cmrp_groupset **provider_sets;   /* the group sets this one depends on */
    size_t num_provider_sets;
};

struct cmrp_cluster_version
{
    uint16_t major;
    uint16_t minor;
    uint16_t build;
    char *vendor_id;                /* e.g. "Microsoft(R) Cluster Service" */
    char *csd_version;              /* service pack string, often "" */
    uint32_t highest_version;       /* dwClusterHighestVersion */
    uint32_t lowest_version;        /* dwClusterLowestVersion */
};

/* What the host provides; every member may be NULL (then the model uses
 * CLOCK_MONOTONIC, CLOCK_REALTIME and no wake-up). */
struct cmrp_model_hooks
{
    uint64_t (*now_ms)(void *data);                 /* monotonic milliseconds */
    uint64_t (*now_filetime)(void *data);           /* 100 ns since 1601, for registry times */
    /* An event (or a batch) was queued on a port: a blocked ApiGetNotify(V2)
     * or ApiGetBatchNotification can be answered.  Port refs are unique. */
    void (*event_queued)(void *data, uint64_t port_ref);
    void *data;
    /* A node left the cluster (ApiEvictNode).  A host serving that node
     * stops answering for it (MS-CMRP 3.1.4.2.72: the evicted node cleans
     * itself up).  Called during the evicting call: defer any teardown. */
    void (*node_evicted)(void *data, const struct cmrp_node *node);
};

struct cmrp_model_state;            /* indexes, registry, ports: model.c's business */

struct cmrp_model
{
    char *cluster_name;
    /* Set by ApiSetClusterName: Windows only renames when the cluster's
     * network name resource restarts, so the current name stays. */
    char *pending_cluster_name;
    struct cmrp_cluster_version version;
    /* What every (unauthenticated) client is entitled to. */
    enum cmrp_access client_access;
    struct cmrp_node *nodes;        /* fixed at load; evicted nodes keep their slot */
    size_t num_nodes;
    size_t local_node;              /* index in nodes of the node served */

    struct cmrp_object cluster;     /* cluster.name is cluster_name, cluster.id the ClusterInstanceID */
    struct cmrp_group **groups;
    size_t num_groups;
    struct cmrp_resource **resources;
    size_t num_resources;
    struct cmrp_resource_type **resource_types;
    size_t num_resource_types;
    struct cmrp_network **networks;
    size_t num_networks;
    struct cmrp_netinterface **netinterfaces;
    size_t num_netinterfaces;
    struct cmrp_groupset **groupsets;
    size_t num_groupsets;

    struct cmrp_resource *quorum_resource;  /* NULL: node majority */
    char *quorum_device;                    /* ApiGetQuorumResource lpszDeviceName */
    uint32_t quorum_log_size;

    /* How long a pending online/offline transition takes; 0 = immediate. */
    uint32_t transition_delay_ms;
    struct cmrp_model_hooks hooks;
    struct cmrp_model_state *state;
};

/* ---- loading ---- */

/* Parse the file at path.  On failure returns NULL and writes a one-line
 * message ("path:line: what is wrong") into err. */
struct cmrp_model *cmrp_model_load(const char *path, char *err, size_t err_size);

/* The same from an open stream; origin names it in messages. */
struct cmrp_model *cmrp_model_load_stream(FILE *stream, const char *origin, char *err, size_t err_size);

void cmrp_model_free(struct cmrp_model *model);

/* Write the description of a large cluster: the two-node file server cluster
 * plus num_resources generic service resources spread over groups of
 * per_group resources (server/README.md, "Generated clusters").  Returns
 * false on a write error or a count beyond the limits. */
bool cmrp_model_write_generated(FILE *out, unsigned int num_resources, unsigned int per_group);

const char *cmrp_node_state_name(enum cmrp_node_state state);
const char *cmrp_access_name(enum cmrp_access access);
const char *cmrp_group_state_name(enum cmrp_group_state state);
const char *cmrp_resource_state_name(enum cmrp_resource_state state);

/* CLUSTER_NETINTERFACE_STATE as this server sends it: the Win32-header
 * numbering (Unavailable 0, Failed 1, Unreachable 2, Up 3; P6). */
uint32_t cmrp_netinterface_state_wire(enum cmrp_netinterface_state state);

/* ---- time ---- */

void cmrp_model_set_hooks(struct cmrp_model *model, const struct cmrp_model_hooks *hooks);

/* Complete the pending transitions due at now_ms (the host's timer calls it).
 * Calls queue their events as they happen. */
void cmrp_model_tick(struct cmrp_model *model, uint64_t now_ms);

/* When the next pending transition may complete: false if none is pending. */
bool cmrp_model_next_deadline(const struct cmrp_model *model, uint64_t *when_ms);

/* ---- questions ---- */

const struct cmrp_node *cmrp_model_local_node(const struct cmrp_model *model);

/* Case-insensitive, as cluster object names are; NULL if there is none.
 * Evicted nodes are not found. */
const struct cmrp_node *cmrp_model_find_node(const struct cmrp_model *model, const char *name);

/* dwFlags of CLUSTER_OPERATIONAL_VERSION_INFO. */
uint32_t cmrp_model_version_flags(const struct cmrp_model *model);

/* Lookups by name (or, for resources and groups, also by id, as Windows'
 * ApiOpenResource/ApiOpenGroup accept): NULL if there is none. */
struct cmrp_node *cmrp_model_node(struct cmrp_model *model, const char *name);
struct cmrp_group *cmrp_model_group(struct cmrp_model *model, const char *name_or_id);
struct cmrp_resource *cmrp_model_resource(struct cmrp_model *model, const char *name_or_id);
struct cmrp_resource_type *cmrp_model_resource_type(struct cmrp_model *model, const char *name);
struct cmrp_network *cmrp_model_network(struct cmrp_model *model, const char *name_or_id);
struct cmrp_netinterface *cmrp_model_netinterface(struct cmrp_model *model, const char *name_or_id);
struct cmrp_groupset *cmrp_model_groupset(struct cmrp_model *model, const char *name_or_id);

/* The object a context handle refers to, if it still exists and is of that
 * kind; NULL otherwise. */
struct cmrp_object *cmrp_model_object_by_ref(struct cmrp_model *model, uint64_t ref, enum cmrp_object_kind kind);

/* Open*: the Win32 status for a name, and the object. */
uint32_t cmrp_model_open_node(struct cmrp_model *model, const char *name, struct cmrp_node **node);
uint32_t cmrp_model_open_group(struct cmrp_model *model, const char *name, struct cmrp_group **group);
uint32_t cmrp_model_open_resource(struct cmrp_model *model, const char *name, struct cmrp_resource **resource);
uint32_t cmrp_model_open_network(struct cmrp_model *model, const char *name, struct cmrp_network **network);
uint32_t cmrp_model_open_netinterface(struct cmrp_model *model, const char *name,
                                      struct cmrp_netinterface **netinterface);
uint32_t cmrp_model_open_groupset(struct cmrp_model *model, const char *name, struct cmrp_groupset **groupset);

/* ApiGetNetInterface: the interface that connects node to network. */
uint32_t cmrp_model_netinterface_of(struct cmrp_model *model, const char *node_name, const char *network_name,
                                    struct cmrp_netinterface **netinterface);

/* ---- rules, each answering a Win32 error code ---- */

/* ApiOpenCluster: requires and grants "All". */
uint32_t cmrp_model_open_cluster(const struct cmrp_model *model, enum cmrp_access *granted);

/* ApiOpenClusterEx: maps dwDesiredAccess to a level and checks it against
 * what the client is entitled to.  The other *Ex opens use the same rule. */
uint32_t cmrp_model_open_cluster_ex(const struct cmrp_model *model, uint32_t desired_access,
                                    enum cmrp_access *granted);

/* lpdwGrantedAccess for a granted level: GENERIC_READ or GENERIC_ALL. */
uint32_t cmrp_access_granted_mask(enum cmrp_access granted);

/* ApiSetClusterName: validates the name and records it as pending. */
uint32_t cmrp_model_set_cluster_name(struct cmrp_model *model, const char *new_name);

/* Whether name is a usable cluster or node name: a DNS label (RFC 1035
 * letters, digits, hyphens, no hyphen at either end) of 1 to 63 characters. */
bool cmrp_model_valid_name(const char *name);

/* Whether name is a usable group, resource, type, network or interface name:
 * well-formed UTF-8 of 1 to CMRP_MAX_OBJECT_NAME_UNITS UTF-16 units, no
 * control characters. */
bool cmrp_model_valid_object_name(const char *name);

/* ApiGetQuorumResource: the resource's name ("" for node majority), the
 * device and the log size. */
void cmrp_model_get_quorum(const struct cmrp_model *model, const char **resource_name, const char **device,
                           uint32_t *max_log_size);

/* ApiSetQuorumResource: the resource's type must be quorum capable. */
uint32_t cmrp_model_set_quorum(struct cmrp_model *model, struct cmrp_resource *resource, const char *device,
                               uint32_t max_log_size);

/* ---- nodes ---- */

uint32_t cmrp_model_pause_node(struct cmrp_model *model, struct cmrp_node *node);
uint32_t cmrp_model_resume_node(struct cmrp_model *model, struct cmrp_node *node);
/* Any node but the last, the local one included (local_node then moves to
 * another member); its groups fail over; hooks.node_evicted is called. */
uint32_t cmrp_model_evict_node(struct cmrp_model *model, struct cmrp_node *node);

/* Administration (not an opnum): a node goes down (its groups fail over to
 * an Up node, else a Paused one) or comes back (it takes the groups left on
 * down nodes). */
uint32_t cmrp_model_set_node_state(struct cmrp_model *model, struct cmrp_node *node, enum cmrp_node_state state);

/* ---- groups ---- */

uint32_t cmrp_model_create_group(struct cmrp_model *model, const char *name, struct cmrp_group **group);
/* ApiCreateGroupEx: version must be 1; group_type becomes the GroupType property. */
uint32_t cmrp_model_create_group_ex(struct cmrp_model *model, const char *name, uint32_t version,
                                    uint32_t group_type, struct cmrp_group **group);
uint32_t cmrp_model_delete_group(struct cmrp_model *model, struct cmrp_group *group, bool force);
uint32_t cmrp_model_set_group_name(struct cmrp_model *model, struct cmrp_group *group, const char *name);
/* ApiSetGroupNodeList: the preferred owners, by name, in order. */
uint32_t cmrp_model_set_group_node_list(struct cmrp_model *model, struct cmrp_group *group,
                                        const char *const *node_names, size_t count);
uint32_t cmrp_model_online_group(struct cmrp_model *model, struct cmrp_group *group);
uint32_t cmrp_model_offline_group(struct cmrp_model *model, struct cmrp_group *group);
/* node NULL: the best other node (ApiMoveGroup). */
uint32_t cmrp_model_move_group(struct cmrp_model *model, struct cmrp_group *group, struct cmrp_node *node);

/* ---- resources ---- */

uint32_t cmrp_model_create_resource(struct cmrp_model *model, struct cmrp_group *group, const char *name,
                                    const char *type_name, uint32_t flags, struct cmrp_resource **resource);
uint32_t cmrp_model_delete_resource(struct cmrp_model *model, struct cmrp_resource *resource);
uint32_t cmrp_model_set_resource_name(struct cmrp_model *model, struct cmrp_resource *resource, const char *name);
uint32_t cmrp_model_online_resource(struct cmrp_model *model, struct cmrp_resource *resource);
uint32_t cmrp_model_offline_resource(struct cmrp_model *model, struct cmrp_resource *resource);
uint32_t cmrp_model_fail_resource(struct cmrp_model *model, struct cmrp_resource *resource);
/* ApiRestartResource: offline, then online again. */
uint32_t cmrp_model_restart_resource(struct cmrp_model *model, struct cmrp_resource *resource);
/* Simulation: whether later online attempts of resource fail. */
void cmrp_model_set_resource_fault(struct cmrp_model *model, struct cmrp_resource *resource, bool fail_online);

uint32_t cmrp_model_add_dependency(struct cmrp_model *model, struct cmrp_resource *resource,
                                   struct cmrp_resource *provider);
uint32_t cmrp_model_remove_dependency(struct cmrp_model *model, struct cmrp_resource *resource,
                                      struct cmrp_resource *provider);
/* ApiCanResourceBeDependent(hResource, hResourceDependent): whether resource
 * may depend on provider; 0 if so. */
uint32_t cmrp_model_can_depend(struct cmrp_model *model, struct cmrp_resource *resource,
                               struct cmrp_resource *provider);
/* ApiGetResourceDependencyExpression: "[A] and [B]"; "" without providers.
 * Returns a malloc'ed string or NULL when out of memory. */
char *cmrp_model_dependency_expression(const struct cmrp_resource *resource);
/* ApiSetResourceDependencyExpression: "[A] and [B] ...", "" or NULL to
 * remove every dependency.  "or" expressions are refused (87). */
uint32_t cmrp_model_set_dependency_expression(struct cmrp_model *model, struct cmrp_resource *resource,
                                              const char *expression);

uint32_t cmrp_model_add_possible_owner(struct cmrp_model *model, struct cmrp_resource *resource,
                                       struct cmrp_node *node);
uint32_t cmrp_model_remove_possible_owner(struct cmrp_model *model, struct cmrp_resource *resource,
                                          struct cmrp_node *node);
/* ApiChangeResourceGroup: moves the resource with its whole dependency tree. */
uint32_t cmrp_model_change_resource_group(struct cmrp_model *model, struct cmrp_resource *resource,
                                          struct cmrp_group *group);
/* ApiGetResourceNetworkName: the "Name" private property (else the resource
 * name) of the Network Name resource this one depends on, malloc'ed (see
 * server/README.md for the fallbacks); 5002 if there is none. */
uint32_t cmrp_model_resource_network_name(struct cmrp_model *model, const struct cmrp_resource *resource,
                                          char **name);
/* The node a resource is on: its group's owner. */
const struct cmrp_node *cmrp_model_resource_owner(const struct cmrp_resource *resource);

/* ---- resource types ---- */

uint32_t cmrp_model_create_resource_type(struct cmrp_model *model, const char *name, const char *display_name,
                                         const char *dll_name, uint32_t looks_alive_ms, uint32_t is_alive_ms);
uint32_t cmrp_model_delete_resource_type(struct cmrp_model *model, const char *name);

/* ---- networks ---- */

uint32_t cmrp_model_set_network_name(struct cmrp_model *model, struct cmrp_network *network, const char *name);
/* ApiSetNetworkPriorityOrder: every internal network, by name, exactly once. */
uint32_t cmrp_model_set_network_priority_order(struct cmrp_model *model, const char *const *names, size_t count);

/* ---- group sets ---- */

uint32_t cmrp_model_create_groupset(struct cmrp_model *model, const char *name, struct cmrp_groupset **groupset);
uint32_t cmrp_model_delete_groupset(struct cmrp_model *model, struct cmrp_groupset *groupset);
uint32_t cmrp_model_add_group_to_groupset(struct cmrp_model *model, struct cmrp_groupset *groupset,
                                          struct cmrp_group *group);
uint32_t cmrp_model_remove_group_from_groupset(struct cmrp_model *model, struct cmrp_group *group);

/* ---- dependencies between groups and group sets ----
 * (MS-CMRP 3.1.1.1.2-4: a group depends on groups and on at most one group
 * set, a group set on group sets.)  They are configuration only: nothing
 * starts or stops in their order.  A link that would close a loop (through
 * groups, the groups of a set, and sets), or whose provider has more than
 * CMRP_MAX_DEPENDENCY_DEPTH levels below it (the check is bounded), is 87; an existing one 5003; removing one that
 * does not exist 5002.  Expressions are "[name or id] and [...]" with "{ }"
 * and "( )" ignored and no "or" (87), "" clearing them; an unknown name is
 * 5013 (groups) or 5992 (group sets); they replace every link of their kind. */
uint32_t cmrp_model_remove_group_dependency(struct cmrp_model *model, struct cmrp_group *group,
                                            struct cmrp_group *provider);
uint32_t cmrp_model_set_group_dependency_expression(struct cmrp_model *model, struct cmrp_group *group,
                                                    const char *expression);
/* ApiAddGroupSetDependency: 87 also when either set is empty (MS-CMRP 3.1.4.2.153). */
uint32_t cmrp_model_add_groupset_dependency(struct cmrp_model *model, struct cmrp_groupset *groupset,
                                            struct cmrp_groupset *provider);
uint32_t cmrp_model_remove_groupset_dependency(struct cmrp_model *model, struct cmrp_groupset *groupset,
                                               struct cmrp_groupset *provider);
uint32_t cmrp_model_set_groupset_dependency_expression(struct cmrp_model *model, struct cmrp_groupset *groupset,
                                                       const char *expression);
/* ApiAddGroupToGroupSetDependency: a group depending on another set already
 * is ERROR_NOT_SUPPORTED (50; one set per group). */
uint32_t cmrp_model_add_group_to_groupset_dependency(struct cmrp_model *model, struct cmrp_group *group,
                                                     struct cmrp_groupset *provider);
uint32_t cmrp_model_remove_group_to_groupset_dependency(struct cmrp_model *model, struct cmrp_group *group,
                                                        struct cmrp_groupset *provider);

/* ---- enumerations ---- */

struct cmrp_model_enum_entry
{
    uint32_t type;                  /* the CLUSTER_*_ENUM_* bit the entry answers */
    char *name;
    char *id;                       /* "" for resource types (MS-CMRP 3.1.4.2.124) */
};

struct cmrp_model_enum_list
{
    struct cmrp_model_enum_entry *entries;
    size_t count;
};

/* Frees the entries; the list itself is the caller's. */
void cmrp_model_enum_list_free(struct cmrp_model_enum_list *list);

/* Each fills a zeroed list in a stable order (objects in creation order,
 * kinds in the order of their bits) or returns an error and leaves it empty. */

/* ApiCreateEnum: bits 0x3f, or INTERNAL_NETWORK or SHARED_VOLUME_RESOURCE
 * alone; anything else is 87 as on Windows (pitfall P13). */
uint32_t cmrp_model_enum_cluster(struct cmrp_model *model, uint32_t type, struct cmrp_model_enum_list *list);
/* ApiCreateEnumEx: the same, options must be 0. */
uint32_t cmrp_model_enum_cluster_ex(struct cmrp_model *model, uint32_t type, uint32_t options,
                                    struct cmrp_model_enum_list *list);
/* The per-object enumerations ignore bits they do not know (Windows does,
 * Samba's torture checks it). */
uint32_t cmrp_model_enum_resource(struct cmrp_model *model, const struct cmrp_resource *resource, uint32_t type,
                                  struct cmrp_model_enum_list *list);
uint32_t cmrp_model_enum_group(struct cmrp_model *model, const struct cmrp_group *group, uint32_t type,
                               struct cmrp_model_enum_list *list);
uint32_t cmrp_model_enum_node(struct cmrp_model *model, const struct cmrp_node *node, uint32_t type,
                              struct cmrp_model_enum_list *list);
/* ApiCreateNodeEnumEx: options must be 0. */
uint32_t cmrp_model_enum_node_ex(struct cmrp_model *model, const struct cmrp_node *node, uint32_t type,
                                 uint32_t options, struct cmrp_model_enum_list *list);
uint32_t cmrp_model_enum_network(struct cmrp_model *model, const struct cmrp_network *network, uint32_t type,
                                 struct cmrp_model_enum_list *list);
/* ApiCreateResTypeEnum: 5078 for an unknown type. */
uint32_t cmrp_model_enum_resource_type(struct cmrp_model *model, const char *type_name, uint32_t type,
                                       struct cmrp_model_enum_list *list);
/* ApiCreateNetInterfaceEnum: NULL names match everything. */
uint32_t cmrp_model_enum_netinterfaces(struct cmrp_model *model, const char *node_name, const char *network_name,
                                       struct cmrp_model_enum_list *list);
/* ApiCreateGroupSetEnum */
uint32_t cmrp_model_enum_groupsets(struct cmrp_model *model, struct cmrp_model_enum_list *list);

/* ---- properties ---- */

/* The value of a property, or NULL. */
const struct cmrp_value *cmrp_object_property(const struct cmrp_object *object, enum cmrp_property_set set,
                                              const char *name);
/* What the model knows of a common property of a kind of object, or NULL. */
const struct cmrp_property_info *cmrp_model_property_info(enum cmrp_object_kind kind, const char *name);
/* Sets a property (SET_COMMON/PRIVATE_PROPERTIES): 87 for a read-only common
 * property or a known one in the wrong format; 5024 for a private property of
 * a resource that is not offline (it takes effect at the next online). */
uint32_t cmrp_model_set_property(struct cmrp_model *model, struct cmrp_object *object, enum cmrp_property_set set,
                                 const char *name, const struct cmrp_value *value);
/* Deletes a property: a private one, or a common one the description gave,
 * is removed (1168 when there is none of that name); a known common property
 * gets its default back (87 when it is read-only). */
uint32_t cmrp_model_delete_property(struct cmrp_model *model, struct cmrp_object *object,
                                    enum cmrp_property_set set, const char *name);

/* Value helpers: each replaces what value held; false when out of memory or
 * beyond CMRP_MAX_VALUE_SIZE / CMRP_MAX_REG_VALUE_SIZE. */
bool cmrp_value_set_bytes(struct cmrp_value *value, uint32_t type, const void *data, size_t size);
bool cmrp_value_set_dword(struct cmrp_value *value, uint32_t type, uint32_t dword);
bool cmrp_value_set_qword(struct cmrp_value *value, uint32_t type, uint64_t qword);
/* UTF-8 in, UTF-16LE with terminator stored. */
bool cmrp_value_set_string(struct cmrp_value *value, uint32_t type, const char *utf8);
bool cmrp_value_set_multi_string(struct cmrp_value *value, uint32_t type, const char *const *items, size_t count);
void cmrp_value_clear(struct cmrp_value *value);
/* A string value as malloc'ed UTF-8 (the first string of a MULTI_SZ); NULL
 * if it is not well-formed UTF-16 or out of memory. */
char *cmrp_value_to_utf8(const struct cmrp_value *value);
bool cmrp_value_get_dword(const struct cmrp_value *value, uint32_t *dword);

/* ---- the cluster registry ---- */

/* Keys are addressed by ref (never reused): a deleted key's ref answers
 * ERROR_KEY_DELETED.  Paths are relative, '\'-separated, "" is the key itself. */
uint64_t cmrp_model_registry_root(const struct cmrp_model *model);

/* ApiCreateKey: disposition 1 REG_CREATED_NEW_KEY, 2 REG_OPENED_EXISTING_KEY. */
uint32_t cmrp_model_create_key(struct cmrp_model *model, uint64_t parent, const char *path, uint64_t *key,
                               uint32_t *disposition);
/* ApiOpenKey: 2 ERROR_FILE_NOT_FOUND for a missing key. */
uint32_t cmrp_model_open_key(struct cmrp_model *model, uint64_t parent, const char *path, uint64_t *key);
/* ApiDeleteKey: the key must have no subkeys (5). */
uint32_t cmrp_model_delete_key(struct cmrp_model *model, uint64_t parent, const char *path);
/* ApiEnumKey: 259 past the end.  *name is the model's, valid until the next change. */
uint32_t cmrp_model_enum_key(struct cmrp_model *model, uint64_t key, uint32_t index, const char **name,
                             uint64_t *last_write_filetime);
uint32_t cmrp_model_set_value(struct cmrp_model *model, uint64_t key, const char *name, uint32_t type,
                              const void *data, size_t size);
uint32_t cmrp_model_delete_value(struct cmrp_model *model, uint64_t key, const char *name);
/* ApiQueryValue: 2 for a missing value.  *value is the model's. */
uint32_t cmrp_model_query_value(struct cmrp_model *model, uint64_t key, const char *name,
                                const struct cmrp_value **value);
/* ApiEnumValue: 259 past the end. */
uint32_t cmrp_model_enum_value(struct cmrp_model *model, uint64_t key, uint32_t index, const char **name,
                               const struct cmrp_value **value);

/* ApiQueryInfoKey; name lengths in UTF-16 units, data in bytes. */
struct cmrp_key_info
{
    uint32_t subkeys;
    uint32_t max_subkey_name_units;
    uint32_t values;
    uint32_t max_value_name_units;
    uint32_t max_value_size;
    uint32_t security_size;
    uint64_t last_write_filetime;
};
uint32_t cmrp_model_query_info_key(struct cmrp_model *model, uint64_t key, struct cmrp_key_info *info);
/* A key's self-relative security descriptor as last set (size 0: none set;
 * the endpoint then answers with its default). */
uint32_t cmrp_model_get_key_security(struct cmrp_model *model, uint64_t key, const uint8_t **data, size_t *size);
uint32_t cmrp_model_set_key_security(struct cmrp_model *model, uint64_t key, const void *data, size_t size);
/* The key's path from the root ("" for the root), malloc'ed; NULL if deleted. */
char *cmrp_model_key_path(struct cmrp_model *model, uint64_t key);

/* ---- registry batches (ApiExecuteBatch, batch notification ports) ---- */

/* One BATCH_UPDATE_COMMAND, its name in UTF-8. */
struct cmrp_batch_command
{
    uint32_t command;               /* CMRP_REGBATCH_* (cmrp/regbatch.h) */
    uint32_t value_type;
    const char *name;
    const uint8_t *data;
    uint32_t size;
};

/* ApiExecuteBatch: runs the commands relative to key.  The whole batch is
 * checked before anything changes, so a failing command leaves the registry
 * as it was; *failed is its 1-based number (0 on success).  Key paths are
 * relative to key; SET/DELETE_VALUE apply to the last CREATE_KEY's key (key
 * itself at first) and fail with 87 after a DELETE_KEY until the next
 * CREATE_KEY.  Deleting what does not exist succeeds.  Batch ports on key or
 * above it get the batch, with a VALUE_DELETED carrying the old data before
 * each change of a value that had data. */
uint32_t cmrp_model_execute_batch(struct cmrp_model *model, uint64_t key, const struct cmrp_batch_command *commands,
                                  uint32_t count, uint32_t *failed);

/* A batch as a batch port delivers it; free with cmrp_batch_free. */
struct cmrp_batch
{
    struct cmrp_batch_command *commands;    /* names and data owned */
    uint32_t count;
};
void cmrp_batch_free(struct cmrp_batch *batch);

uint32_t cmrp_model_create_batch_port(struct cmrp_model *model, uint64_t key, uint64_t *port);
uint32_t cmrp_model_close_batch_port(struct cmrp_model *model, uint64_t port);
/* The oldest batch of port: 0 and *batch (the caller frees it), 259 if none. */
uint32_t cmrp_model_get_batch(struct cmrp_model *model, uint64_t port, struct cmrp_batch *batch);
size_t cmrp_model_batch_pending(const struct cmrp_model *model, uint64_t port);

/* ---- notification ports (v1: ApiCreateNotify, ApiAddNotify*, ApiGetNotify) ---- */

/* CLUSTER_OBJECT_TYPE values of v2 events that are no kind of object. */
#define CMRP_V2_TYPE_REGISTRY 8u
#define CMRP_V2_TYPE_QUORUM   9u

struct cmrp_event
{
    uint32_t notify_key;            /* dwNotifyKey of the registration that matched */
    uint32_t filter;                /* v1: one CMRP_CHANGE_* bit */
    uint32_t object_type;           /* v2: CLUSTER_OBJECT_TYPE (0 in a v1 event) */
    uint64_t flags;                 /* v2: one CLUSTER_CHANGE_<TYPE>_V2 bit */
    uint8_t *buffer;                /* v2: the payload (a state, an id), malloc'ed */
    uint32_t buffer_size;
    uint32_t state_sequence;        /* the object's sequence at the time */
    enum cmrp_object_kind kind;     /* 0 for registry events */
    char *name;                     /* object name; registry: v1 key path or "path\value", v2 key path */
    char *id;                       /* object id, "" if none; v2 registry: the value name */
    char *parent_id;                /* a resource's group id, an interface's node id; "" otherwise */
    char *type_name;                /* a resource's type name; "" otherwise */
};

void cmrp_event_clear(struct cmrp_event *event);

uint32_t cmrp_model_create_notify(struct cmrp_model *model, uint64_t *port);
/* ApiCreateNotify (1) or ApiCreateNotifyV2 (2). */
uint32_t cmrp_model_create_notify_version(struct cmrp_model *model, uint32_t version, uint64_t *port);
/* 1 or 2; 0 for an unknown port. */
uint32_t cmrp_model_notify_version(const struct cmrp_model *model, uint64_t port);
/* ApiAddNotifyV2: object_type and CLUSTER_CHANGE_<TYPE>_V2 flags; object is
 * the targeted object (NULL or the cluster: every object of the type); key
 * the registry key for CMRP_V2_TYPE_REGISTRY.  87 for flags the type does not
 * have or a client may not ask for, or a port of version 1. */
uint32_t cmrp_model_add_notify_v2(struct cmrp_model *model, uint64_t port, const struct cmrp_object *object,
                                  uint64_t key, uint32_t object_type, uint64_t flags, uint32_t notify_key);
/* ApiAddNotifyResourceTypeV2: one resource type's events, by name. */
uint32_t cmrp_model_add_notify_resource_type_v2(struct cmrp_model *model, uint64_t port, const char *type_name,
                                                uint64_t flags, uint32_t notify_key);
/* Drops the port and its queue (ApiCloseNotify). */
uint32_t cmrp_model_close_notify(struct cmrp_model *model, uint64_t port);
/* ApiAddNotifyCluster: every event matching filter, from any object. */
uint32_t cmrp_model_add_notify_cluster(struct cmrp_model *model, uint64_t port, uint32_t filter,
                                       uint32_t notify_key);
/* ApiAddNotify{Node,Group,Resource,Network,NetInterface}: the object's own
 * events; *state_sequence receives its current sequence. */
uint32_t cmrp_model_add_notify_object(struct cmrp_model *model, uint64_t port, struct cmrp_object *object,
                                      uint32_t filter, uint32_t notify_key, uint32_t *state_sequence);
/* ApiReAddNotify*: as add, and if the object changed state since
 * state_sequence, a state event is queued at once. */
uint32_t cmrp_model_readd_notify_object(struct cmrp_model *model, uint64_t port, struct cmrp_object *object,
                                        uint32_t filter, uint32_t notify_key, uint32_t state_sequence);
/* ApiAddNotifyKey */
uint32_t cmrp_model_add_notify_key(struct cmrp_model *model, uint64_t port, uint64_t key, uint32_t filter,
                                   uint32_t notify_key, bool watch_subtree);
/* ApiGetNotify without the wait: 0 and the oldest event, 259 if the queue is
 * empty, 6 if the port is gone.  The caller clears the event. */
uint32_t cmrp_model_get_notify(struct cmrp_model *model, uint64_t port, struct cmrp_event *event);
/* Events queued on a port; 0 for an unknown port. */
size_t cmrp_model_notify_pending(const struct cmrp_model *model, uint64_t port);

#endif /* SERVER_MODEL_H */
