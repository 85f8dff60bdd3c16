/*
 * The cluster objects and the operations on them that the PE half asks the
 * Unix half for.  The Unix half alone knows which MS-CMRP method carries
 * which (object, operation): these enums keep protocol details out of the
 * PE half.  Shared by all three layers, so no Windows or Samba types.
 */
#ifndef CLUSAPI_OPERATIONS_H
#define CLUSAPI_OPERATIONS_H

enum clusapi_object_kind
{
    CLUSAPI_OBJECT_CLUSTER,
    CLUSAPI_OBJECT_NODE,
    CLUSAPI_OBJECT_GROUP,
    CLUSAPI_OBJECT_RESOURCE,
    CLUSAPI_OBJECT_NETWORK,
    CLUSAPI_OBJECT_NETINTERFACE,
    CLUSAPI_OBJECT_GROUPSET,
    CLUSAPI_OBJECT_KEY,              /* a cluster registry key (HKEY_RPC) */
    CLUSAPI_OBJECT_COUNT
};

/* One object in, nothing but a status out. */
enum clusapi_object_op
{
    CLUSAPI_OP_ONLINE,
    CLUSAPI_OP_OFFLINE,
    CLUSAPI_OP_FAIL,
    CLUSAPI_OP_DELETE,
    CLUSAPI_OP_MOVE,                 /* a group, to the best other node */
    CLUSAPI_OP_PAUSE,
    CLUSAPI_OP_RESUME,
    CLUSAPI_OP_EVICT,
    CLUSAPI_OP_REMOVE_FROM_GROUPSET, /* a group, out of its group set */
    CLUSAPI_OP_COUNT
};

/* One object and a DWORD in. */
enum clusapi_object_value_op
{
    CLUSAPI_VALUE_OP_DELETE_GROUP,   /* BOOL force */
    CLUSAPI_VALUE_OP_CANCEL,         /* cancel flags */
    CLUSAPI_VALUE_OP_RESTART,        /* restart flags */
    CLUSAPI_VALUE_OP_COUNT
};

/* Two objects in. */
enum clusapi_pair_op
{
    CLUSAPI_PAIR_ADD_DEPENDENCY,
    CLUSAPI_PAIR_REMOVE_DEPENDENCY,
    CLUSAPI_PAIR_CAN_BE_DEPENDENT,
    CLUSAPI_PAIR_ADD_OWNER,          /* resource, node */
    CLUSAPI_PAIR_REMOVE_OWNER,
    CLUSAPI_PAIR_CHANGE_GROUP,       /* resource, group */
    CLUSAPI_PAIR_MOVE_TO_NODE,       /* group, node */
    CLUSAPI_PAIR_ADD_TO_GROUPSET,    /* group set, group */
    CLUSAPI_PAIR_REMOVE_GROUP_DEPENDENCY,        /* group, group */
    CLUSAPI_PAIR_ADD_GROUPSET_DEPENDENCY,        /* group set, group set */
    CLUSAPI_PAIR_REMOVE_GROUPSET_DEPENDENCY,     /* group set, group set */
    CLUSAPI_PAIR_ADD_GROUP_TO_SET_DEPENDENCY,    /* group, group set */
    CLUSAPI_PAIR_REMOVE_GROUP_TO_SET_DEPENDENCY, /* group, group set */
    CLUSAPI_PAIR_COUNT
};

/* An object, an optional second one and two DWORDs or a ULONGLONG in. */
enum clusapi_args_op
{
    CLUSAPI_ARGS_PAUSE_NODE,         /* node [, drain target]: BOOL drain, flags */
    CLUSAPI_ARGS_RESUME_NODE,        /* node: failback type, flags */
    CLUSAPI_ARGS_CHANGE_GROUP,       /* resource, group: ULONGLONG flags */
    CLUSAPI_ARGS_ADD_TO_GROUPSET,    /* group set, group: fault domain, update domain */
    CLUSAPI_ARGS_OP_COUNT
};

/* A string out. */
enum clusapi_get_string_op
{
    CLUSAPI_GET_ID,
    CLUSAPI_GET_RESOURCE_TYPE,
    CLUSAPI_GET_DEPENDENCY_EXPRESSION,
    CLUSAPI_GET_NETWORK_NAME,
    CLUSAPI_GET_STRING_COUNT
};

/* A string in. */
enum clusapi_set_string_op
{
    CLUSAPI_SET_NAME,
    CLUSAPI_SET_DEPENDENCY_EXPRESSION,  /* may be NULL: no dependencies */
    CLUSAPI_SET_STRING_COUNT
};

/* What an enumeration lists, by the object it starts from. */
enum clusapi_enum_kind
{
    CLUSAPI_ENUM_CLUSTER,            /* ApiCreateEnum(Ex) */
    CLUSAPI_ENUM_NODE,
    CLUSAPI_ENUM_GROUP,
    CLUSAPI_ENUM_RESOURCE,
    CLUSAPI_ENUM_NETWORK,
    CLUSAPI_ENUM_RESOURCE_TYPE,      /* by type name */
    CLUSAPI_ENUM_NETINTERFACE,       /* by node and network names */
    CLUSAPI_ENUM_GROUPSET,           /* the cluster's group sets */
    CLUSAPI_ENUM_COUNT
};

/* A cluster registry key and a name in. */
enum clusapi_key_name_op
{
    CLUSAPI_KEY_DELETE_KEY,          /* ApiDeleteKey: a subkey */
    CLUSAPI_KEY_DELETE_VALUE,        /* ApiDeleteValue */
    CLUSAPI_KEY_NAME_OP_COUNT
};

/* What a notification wait ended with (struct notify_get_params.outcome). */
enum clusapi_notify_outcome
{
    CLUSAPI_NOTIFY_EVENT,            /* an event, taken off the queue */
    CLUSAPI_NOTIFY_MORE_DATA,        /* an event whose name does not fit: left queued */
    CLUSAPI_NOTIFY_TIMEOUT,          /* nothing within the time asked */
    CLUSAPI_NOTIFY_CLOSED,           /* the port is being closed */
};

/* The strings of a notification, in GetClusterNotifyV2's order; a version 1
 * event has only its name. */
enum clusapi_notify_text
{
    CLUSAPI_NOTIFY_OBJECT_ID,
    CLUSAPI_NOTIFY_PARENT_ID,
    CLUSAPI_NOTIFY_NAME,
    CLUSAPI_NOTIFY_TYPE,
    CLUSAPI_NOTIFY_TEXT_COUNT
};

#endif /* CLUSAPI_OPERATIONS_H */
