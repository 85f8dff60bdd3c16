/*
 * cluster.exe for wine-clusapi: the API calls the object commands share.
 *
 * Enumerations, opening objects by name, states with their node and group
 * names, node ids, status tables and waiting for a pending state.  Buffers
 * are sized as the SDK documents it: a first try with a buffer that fits
 * most names, then, on ERROR_MORE_DATA, the length the call returned (in
 * characters, without the terminating NUL) plus one.  Nothing here prints
 * an error: every function returns a Win32 error for the handler to report,
 * and closes every handle it opened on every path.
 */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "cluster.h"

/* First buffer size, in characters: NetBIOS-style names and most others fit. */
#define FIRST_NAME_CHARS (MAX_COMPUTERNAME_LENGTH + 1)
/* Largest name accepted from the API, in characters. */
#define MAX_NAME_CHARS   0x10000
/* Tries per name: a name can change (rename) between two calls. */
#define MAX_TRIES        4
/* How often a pending state is polled, in milliseconds. */
#define POLL_INTERVAL    100

/* The next buffer size after ERROR_MORE_DATA reported `needed` characters
 * (without the NUL) for a buffer of `size`; 0 when it would be too big. */
static DWORD grown_size(DWORD size, DWORD needed)
{
    /* Guard against a length that does not grow the buffer. */
    DWORD next = needed >= size ? needed + 1 : size * 2;
    return next > MAX_NAME_CHARS ? 0 : next;
}

static DWORD ensure_buffer(WCHAR **buf, DWORD size)
{
    WCHAR *grown = realloc(*buf, size * sizeof(WCHAR));

    if (!grown) return ERROR_NOT_ENOUGH_MEMORY;
    *buf = grown;
    (*buf)[0] = 0;
    return ERROR_SUCCESS;
}

/* Terminates what the API wrote: cch characters, never past the buffer. */
static void terminate(WCHAR *buf, DWORD size, DWORD cch)
{
    buf[cch < size ? cch : size - 1] = 0;
}

/* ---- name lists ---- */

void cl_names_free(struct cl_names *list)
{
    DWORD i;

    for (i = 0; i < list->count; i++) free(list->names[i]);
    free(list->names);
    list->names = NULL;
    list->count = 0;
}

static DWORD names_add(struct cl_names *list, const WCHAR *name)
{
    WCHAR **grown, *copy;

    if (!(copy = malloc((wcslen(name) + 1) * sizeof(WCHAR)))) return ERROR_NOT_ENOUGH_MEMORY;
    wcscpy(copy, name);
    if (!(grown = realloc(list->names, (list->count + 1) * sizeof(*grown))))
    {
        free(copy);
        return ERROR_NOT_ENOUGH_MEMORY;
    }
    list->names = grown;
    list->names[list->count++] = copy;
    return ERROR_SUCCESS;
}

/* ---- enumerations ---- */

enum enum_kind { ENUM_CLUSTER, ENUM_GROUP, ENUM_RESOURCE, ENUM_NETINTERFACE };

static DWORD enum_item(enum enum_kind kind, HANDLE handle, DWORD index, WCHAR *name, DWORD *cch)
{
    DWORD type;

    switch (kind)
    {
    case ENUM_CLUSTER:      return ClusterEnum((HCLUSENUM)handle, index, &type, name, cch);
    case ENUM_GROUP:        return ClusterGroupEnum((HGROUPENUM)handle, index, &type, name, cch);
    case ENUM_RESOURCE:     return ClusterResourceEnum((HRESENUM)handle, index, &type, name, cch);
    case ENUM_NETINTERFACE: return ClusterNetInterfaceEnum((HNETINTERFACEENUM)handle, index, name, cch);
    }
    return ERROR_INVALID_PARAMETER;
}

/* Reads every entry, index 0 up to ERROR_NO_MORE_ITEMS, into list. */
static DWORD read_enum(enum enum_kind kind, HANDLE handle, struct cl_names *list)
{
    DWORD size = FIRST_NAME_CHARS, index = 0, cch, err;
    WCHAR *buf = NULL;
    int tries = 0;

    if ((err = ensure_buffer(&buf, size))) return err;
    for (;;)
    {
        cch = size;
        err = enum_item(kind, handle, index, buf, &cch);
        if (err == ERROR_NO_MORE_ITEMS)
        {
            err = ERROR_SUCCESS;
            break;
        }
        if (err == ERROR_MORE_DATA)
        {
            if (++tries >= MAX_TRIES || !(size = grown_size(size, cch))) break;
            if ((err = ensure_buffer(&buf, size))) break;
            continue;   /* the same index again */
        }
        if (err) break;
        terminate(buf, size, cch);
        if ((err = names_add(list, buf))) break;
        index++;
        tries = 0;
    }
    free(buf);
    if (err) cl_names_free(list);
    return err;
}

/* The error of an Open call that returned NULL. */
static DWORD open_error(void)
{
    DWORD err = GetLastError();
    /* A NULL handle with no error code would otherwise look like success. */
    return err ? err : ERROR_INTERNAL_ERROR;
}

DWORD cl_enum_cluster(HCLUSTER cluster, DWORD type, struct cl_names *list)
{
    HCLUSENUM handle;
    DWORD err;

    memset(list, 0, sizeof(*list));
    SetLastError(ERROR_SUCCESS);
    if (!(handle = ClusterOpenEnum(cluster, type))) return open_error();
    err = read_enum(ENUM_CLUSTER, handle, list);
    ClusterCloseEnum(handle);
    return err;
}

DWORD cl_enum_group(HGROUP group, DWORD type, struct cl_names *list)
{
    HGROUPENUM handle;
    DWORD err;

    memset(list, 0, sizeof(*list));
    SetLastError(ERROR_SUCCESS);
    if (!(handle = ClusterGroupOpenEnum(group, type))) return open_error();
    err = read_enum(ENUM_GROUP, handle, list);
    ClusterGroupCloseEnum(handle);
    return err;
}

DWORD cl_enum_resource(HRESOURCE resource, DWORD type, struct cl_names *list)
{
    HRESENUM handle;
    DWORD err;

    memset(list, 0, sizeof(*list));
    SetLastError(ERROR_SUCCESS);
    if (!(handle = ClusterResourceOpenEnum(resource, type))) return open_error();
    err = read_enum(ENUM_RESOURCE, handle, list);
    ClusterResourceCloseEnum(handle);
    return err;
}

DWORD cl_enum_netinterfaces(HCLUSTER cluster, const WCHAR *node, const WCHAR *network, struct cl_names *list)
{
    HNETINTERFACEENUM handle;
    DWORD err;

    memset(list, 0, sizeof(*list));
    SetLastError(ERROR_SUCCESS);
    if (!(handle = ClusterNetInterfaceOpenEnum(cluster, node, network))) return open_error();
    err = read_enum(ENUM_NETINTERFACE, handle, list);
    ClusterNetInterfaceCloseEnum(handle);
    return err;
}

/* ---- opening by name ---- */

#define DEFINE_OPEN(func, type, api)                                       \
    DWORD func(HCLUSTER cluster, const WCHAR *name, type *object)          \
    {                                                                      \
        SetLastError(ERROR_SUCCESS);                                       \
        if (!(*object = api(cluster, name))) return open_error();          \
        return ERROR_SUCCESS;                                              \
    }

DEFINE_OPEN(cl_open_node, HNODE, OpenClusterNode)
DEFINE_OPEN(cl_open_group, HGROUP, OpenClusterGroup)
DEFINE_OPEN(cl_open_resource, HRESOURCE, OpenClusterResource)
DEFINE_OPEN(cl_open_network, HNETWORK, OpenClusterNetwork)
DEFINE_OPEN(cl_open_netinterface, HNETINTERFACE, OpenClusterNetInterface)

DWORD cl_netinterface_name(HCLUSTER cluster, const WCHAR *node, const WCHAR *network, WCHAR **name)
{
    DWORD size = FIRST_NAME_CHARS * 2, cch, err = ERROR_MORE_DATA;
    WCHAR *buf = NULL;
    int tries;

    *name = NULL;
    for (tries = 0; tries < MAX_TRIES; tries++)
    {
        if ((err = ensure_buffer(&buf, size))) break;
        cch = size;
        err = GetClusterNetInterface(cluster, node, network, buf, &cch);
        if (err == ERROR_MORE_DATA)
        {
            if (!(size = grown_size(size, cch))) break;
            continue;
        }
        if (err) break;
        terminate(buf, size, cch);
        *name = buf;
        return ERROR_SUCCESS;
    }
    free(buf);
    return err;
}

/* ---- states ---- */

/* The state getters return the state; an error is the Unknown state with a
 * last error.  The last error is cleared first, so that an Unknown state
 * the server really reports is not mistaken for a failure. */

DWORD cl_node_state(HNODE node, CLUSTER_NODE_STATE *state)
{
    DWORD err;

    SetLastError(ERROR_SUCCESS);
    *state = GetClusterNodeState(node);
    if (*state == ClusterNodeStateUnknown && (err = GetLastError())) return err;
    return ERROR_SUCCESS;
}

DWORD cl_network_state(HNETWORK network, CLUSTER_NETWORK_STATE *state)
{
    DWORD err;

    SetLastError(ERROR_SUCCESS);
    *state = GetClusterNetworkState(network);
    if (*state == ClusterNetworkStateUnknown && (err = GetLastError())) return err;
    return ERROR_SUCCESS;
}

DWORD cl_netinterface_state(HNETINTERFACE netinterface, CLUSTER_NETINTERFACE_STATE *state)
{
    DWORD err;

    SetLastError(ERROR_SUCCESS);
    *state = GetClusterNetInterfaceState(netinterface);
    if (*state == ClusterNetInterfaceStateUnknown && (err = GetLastError())) return err;
    return ERROR_SUCCESS;
}

DWORD cl_group_state(HGROUP group, CLUSTER_GROUP_STATE *state, WCHAR **node)
{
    DWORD size = FIRST_NAME_CHARS, cch, err;
    WCHAR *buf = NULL;
    int tries;

    if (node) *node = NULL;
    for (tries = 0; tries < MAX_TRIES; tries++)
    {
        if ((err = ensure_buffer(&buf, size))) break;
        cch = size;
        SetLastError(ERROR_SUCCESS);
        *state = GetClusterGroupState(group, buf, &cch);
        err = GetLastError();
        /* The name did not fit (whatever state came back with it). */
        if (err == ERROR_MORE_DATA)
        {
            if (!(size = grown_size(size, cch))) break;
            continue;
        }
        if (*state != ClusterGroupStateUnknown) err = ERROR_SUCCESS;
        if (err) break;
        terminate(buf, size, cch);
        if (node) *node = buf;
        else free(buf);
        return ERROR_SUCCESS;
    }
    free(buf);
    return err;
}

DWORD cl_resource_state(HRESOURCE resource, CLUSTER_RESOURCE_STATE *state, WCHAR **node, WCHAR **group)
{
    DWORD node_size = FIRST_NAME_CHARS, group_size = FIRST_NAME_CHARS, node_cch, group_cch, err;
    WCHAR *node_buf = NULL, *group_buf = NULL;
    int tries;

    if (node) *node = NULL;
    if (group) *group = NULL;
    for (tries = 0; tries < MAX_TRIES; tries++)
    {
        if ((err = ensure_buffer(&node_buf, node_size)) || (err = ensure_buffer(&group_buf, group_size))) break;
        node_cch = node_size;
        group_cch = group_size;
        SetLastError(ERROR_SUCCESS);
        *state = GetClusterResourceState(resource, node_buf, &node_cch, group_buf, &group_cch);
        err = GetLastError();
        if (err == ERROR_MORE_DATA)
        {
            /* Grow the buffer(s) whose length did not fit. */
            BOOL node_short = node_cch >= node_size, group_short = group_cch >= group_size;

            if (!node_short && !group_short) node_short = group_short = TRUE;
            if (node_short && !(node_size = grown_size(node_size, node_cch))) break;
            if (group_short && !(group_size = grown_size(group_size, group_cch))) break;
            continue;
        }
        if (*state != ClusterResourceStateUnknown) err = ERROR_SUCCESS;
        if (err) break;
        terminate(node_buf, node_size, node_cch);
        terminate(group_buf, group_size, group_cch);
        if (node) *node = node_buf;
        else free(node_buf);
        if (group) *group = group_buf;
        else free(group_buf);
        return ERROR_SUCCESS;
    }
    free(node_buf);
    free(group_buf);
    return err;
}

DWORD cl_node_id(HNODE node, WCHAR **id)
{
    DWORD size = 16, cch, err = ERROR_MORE_DATA;
    WCHAR *buf = NULL;
    int tries;

    *id = NULL;
    for (tries = 0; tries < MAX_TRIES; tries++)
    {
        if ((err = ensure_buffer(&buf, size))) break;
        cch = size;
        err = GetClusterNodeId(node, buf, &cch);
        if (err == ERROR_MORE_DATA)
        {
            if (!(size = grown_size(size, cch))) break;
            continue;
        }
        if (err) break;
        terminate(buf, size, cch);
        *id = buf;
        return ERROR_SUCCESS;
    }
    free(buf);
    return err;
}

/* ---- state names, as cluster.exe prints them ---- */

const WCHAR *cl_node_state_name(CLUSTER_NODE_STATE state)
{
    switch (state)
    {
    case ClusterNodeUp:      return L"Up";
    case ClusterNodeDown:    return L"Down";
    case ClusterNodePaused:  return L"Paused";
    case ClusterNodeJoining: return L"Joining";
    default:                 return L"Unknown";
    }
}

const WCHAR *cl_group_state_name(CLUSTER_GROUP_STATE state)
{
    switch (state)
    {
    case ClusterGroupOnline:        return L"Online";
    case ClusterGroupOffline:       return L"Offline";
    case ClusterGroupFailed:        return L"Failed";
    case ClusterGroupPartialOnline: return L"Partially Online";
    case ClusterGroupPending:       return L"Pending";
    default:                        return L"Unknown";
    }
}

const WCHAR *cl_resource_state_name(CLUSTER_RESOURCE_STATE state)
{
    switch (state)
    {
    case ClusterResourceInherited:      return L"Inherited";
    case ClusterResourceInitializing:   return L"Initializing";
    case ClusterResourceOnline:         return L"Online";
    case ClusterResourceOffline:        return L"Offline";
    case ClusterResourceFailed:         return L"Failed";
    case ClusterResourcePending:        return L"Pending";
    case ClusterResourceOnlinePending:  return L"Online Pending";
    case ClusterResourceOfflinePending: return L"Offline Pending";
    default:                            return L"Unknown";
    }
}

const WCHAR *cl_network_state_name(CLUSTER_NETWORK_STATE state)
{
    switch (state)
    {
    case ClusterNetworkUnavailable: return L"Unavailable";
    case ClusterNetworkDown:        return L"Down";
    case ClusterNetworkPartitioned: return L"Partitioned";
    case ClusterNetworkUp:          return L"Up";
    default:                        return L"Unknown";
    }
}

const WCHAR *cl_netinterface_state_name(CLUSTER_NETINTERFACE_STATE state)
{
    switch (state)
    {
    case ClusterNetInterfaceUnavailable: return L"Unavailable";
    case ClusterNetInterfaceFailed:      return L"Failed";
    case ClusterNetInterfaceUnreachable: return L"Unreachable";
    case ClusterNetInterfaceUp:          return L"Up";
    default:                             return L"Unknown";
    }
}

/* ---- status tables ---- */

static const struct cl_column node_columns[] =
{
    { L"Node", 15, FALSE }, { L"Node ID", 7, TRUE }, { L"Status", 6, FALSE },
};
static const struct cl_column group_columns[] =
{
    { L"Group", 20, FALSE }, { L"Node", 15, FALSE }, { L"Status", 6, FALSE },
};
static const struct cl_column resource_columns[] =
{
    { L"Resource", 20, FALSE }, { L"Group", 20, FALSE }, { L"Node", 15, FALSE }, { L"Status", 6, FALSE },
};

void cl_node_table(struct cl_table *table)
{
    cl_table_init(table, node_columns, ARRAY_SIZE(node_columns));
}

void cl_group_table(struct cl_table *table)
{
    cl_table_init(table, group_columns, ARRAY_SIZE(group_columns));
}

void cl_resource_table(struct cl_table *table)
{
    cl_table_init(table, resource_columns, ARRAY_SIZE(resource_columns));
}

DWORD cl_node_row(struct cl_table *table, HNODE node, const WCHAR *name)
{
    CLUSTER_NODE_STATE state;
    const WCHAR *cells[3];
    WCHAR *id;
    DWORD err;

    if ((err = cl_node_id(node, &id))) return err;
    if (!(err = cl_node_state(node, &state)))
    {
        cells[0] = name;
        cells[1] = id;
        cells[2] = cl_node_state_name(state);
        err = cl_table_add(table, cells);
    }
    free(id);
    return err;
}

DWORD cl_group_row(struct cl_table *table, HGROUP group, const WCHAR *name)
{
    CLUSTER_GROUP_STATE state;
    const WCHAR *cells[3];
    WCHAR *node;
    DWORD err;

    if ((err = cl_group_state(group, &state, &node))) return err;
    cells[0] = name;
    cells[1] = node;
    cells[2] = cl_group_state_name(state);
    err = cl_table_add(table, cells);
    free(node);
    return err;
}

DWORD cl_resource_row(struct cl_table *table, HRESOURCE resource, const WCHAR *name)
{
    CLUSTER_RESOURCE_STATE state;
    const WCHAR *cells[4];
    WCHAR *node, *group;
    DWORD err;

    if ((err = cl_resource_state(resource, &state, &node, &group))) return err;
    cells[0] = name;
    cells[1] = group;
    cells[2] = node;
    cells[3] = cl_resource_state_name(state);
    err = cl_table_add(table, cells);
    free(node);
    free(group);
    return err;
}

DWORD cl_node_row_by_name(struct cl_table *table, HCLUSTER cluster, const WCHAR *name)
{
    HNODE node;
    DWORD err;

    if ((err = cl_open_node(cluster, name, &node))) return err;
    err = cl_node_row(table, node, name);
    CloseClusterNode(node);
    return err;
}

DWORD cl_group_row_by_name(struct cl_table *table, HCLUSTER cluster, const WCHAR *name)
{
    HGROUP group;
    DWORD err;

    if ((err = cl_open_group(cluster, name, &group))) return err;
    err = cl_group_row(table, group, name);
    CloseClusterGroup(group);
    return err;
}

DWORD cl_resource_row_by_name(struct cl_table *table, HCLUSTER cluster, const WCHAR *name)
{
    HRESOURCE resource;
    DWORD err;

    if ((err = cl_open_resource(cluster, name, &resource))) return err;
    err = cl_resource_row(table, resource, name);
    CloseClusterResource(resource);
    return err;
}

/* ---- waiting for a pending state to end ---- */

DWORD cl_wait_timeout(const struct cl_context *ctx, DWORD *timeout)
{
    const WCHAR *value, *p;
    ULONGLONG seconds = 0;
    BOOL given;

    *timeout = 0;
    value = cl_modifier(ctx, L"wait", &given);
    if (!given) return ERROR_SUCCESS;
    if (!value || !value[0])
    {
        *timeout = INFINITE;
        return ERROR_SUCCESS;
    }
    for (p = value; *p; p++)
    {
        if (*p < '0' || *p > '9' || (seconds = seconds * 10 + (*p - '0')) >= INFINITE / 1000)
            return cl_bad_usage(L"The value of '/wait:%ls' is not a number of seconds (0 to %u).\n",
                                value, (unsigned int)(INFINITE / 1000 - 1));
    }
    *timeout = (DWORD)seconds * 1000;
    return ERROR_SUCCESS;
}

/* TRUE when the timeout (ms, INFINITE) counted from start is over. */
static BOOL timed_out(ULONGLONG start, DWORD timeout)
{
    return timeout != INFINITE && GetTickCount64() - start >= timeout;
}

DWORD cl_wait_group(HGROUP group, DWORD timeout)
{
    ULONGLONG start = GetTickCount64();
    CLUSTER_GROUP_STATE state;
    DWORD err;

    for (;;)
    {
        if ((err = cl_group_state(group, &state, NULL))) return err;
        if (state != ClusterGroupPending) return ERROR_SUCCESS;
        if (timed_out(start, timeout)) return ERROR_TIMEOUT;
        Sleep(POLL_INTERVAL);
    }
}

DWORD cl_wait_resource(HRESOURCE resource, DWORD timeout)
{
    ULONGLONG start = GetTickCount64();
    CLUSTER_RESOURCE_STATE state;
    DWORD err;

    for (;;)
    {
        if ((err = cl_resource_state(resource, &state, NULL, NULL))) return err;
        if (state != ClusterResourceInitializing && state != ClusterResourcePending &&
            state != ClusterResourceOnlinePending && state != ClusterResourceOfflinePending)
            return ERROR_SUCCESS;
        if (timed_out(start, timeout)) return ERROR_TIMEOUT;
        Sleep(POLL_INTERVAL);
    }
}
