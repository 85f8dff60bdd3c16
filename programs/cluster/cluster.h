/*
 * cluster.exe for wine-clusapi: shared declarations.
 *
 * The program is split so that a new command costs one table entry and one
 * handler:
 *   args.c         one parser for the cluster.exe command line grammar
 *   output.c       one output helper (console or pipe, tables) and one error printer
 *   main.c         the object and command tables, usage text, dispatch
 *   query.c        the API calls every object command shares: enumerations,
 *                  names and states with the SDK's buffer sizing, status
 *                  tables, waiting for a pending state
 *   cmd_cluster.c  cluster-level commands (/ver, /list)
 *   cmd_node.c, cmd_group.c, cmd_resource.c, cmd_network.c (networks,
 *   interfaces, resource types): the object commands
 *   object.c       any object by kind: open, Cluster*Control, GetCluster*Key
 *   values.c       property and registry values as text
 *   cmd_props.c    /prop and /priv of every object (cmrp/proplist.c parses
 *                  and builds the property lists)
 *   cmd_registry.c /reg: a key of the cluster registry
 * See README.md for the syntax and for how to add a command.
 */
#ifndef WINE_CLUSAPI_CLUSTER_H
#define WINE_CLUSAPI_CLUSTER_H

#include <stdarg.h>

#include <windef.h>
#include <winbase.h>
#include <winerror.h>
#include <winnls.h>
#include <wincon.h>

#include "clusapi.h"

/* ---- command line (args.c) ---- */

/* One "/name[:value]" or "-name[:value]" switch. */
struct cl_option
{
    WCHAR       *name;   /* text between the switch character and ':' (own copy) */
    const WCHAR *value;  /* text after the first ':', or NULL when there is no ':' */
    const WCHAR *text;   /* the argument as typed, for messages */
};

/* Objects of the cluster.exe grammar: "cluster [name] <object> [object-name] /cmd". */
enum cl_object
{
    CL_OBJ_CLUSTER = 0,  /* no object keyword: cluster-level command */
    CL_OBJ_NODE,
    CL_OBJ_GROUP,
    CL_OBJ_RESOURCE,
    CL_OBJ_RESTYPE,
    CL_OBJ_NETWORK,
    CL_OBJ_NETINTERFACE,
    CL_OBJ_COUNT
};

struct cl_object_desc
{
    enum cl_object      type;
    const WCHAR *const *names;    /* names[0] is the display name; NULL-terminated */
};

struct cl_args
{
    const WCHAR      *cluster_name;   /* NULL: the cluster of the local computer */
    enum cl_object    object;
    const WCHAR      *object_name;    /* "Cluster Group" in "group "Cluster Group" /move" */
    struct cl_option *options;        /* options[0] is the command, the rest modifiers */
    int               option_count;
    const WCHAR     **params;         /* positionals after the command (prop=value ...) */
    int               param_count;
    BOOL              help;           /* /? or /help anywhere */
};

extern const struct cl_object_desc cl_objects[CL_OBJ_COUNT];

/* Parses argv[1..argc-1]; on error prints a message and returns a Win32 error. */
DWORD cl_parse_args(int argc, WCHAR **argv, struct cl_args *args);
void  cl_free_args(struct cl_args *args);
/* TRUE when word is one of the NULL-terminated names (case-insensitive). */
BOOL  cl_name_matches(const WCHAR *word, const WCHAR *const *names);

/* ---- output (output.c) ---- */

/* printf-style output; "\n" becomes "\r\n" when the handle is not a console. */
void WINAPIV cl_printf(const WCHAR *format, ...);
void WINAPIV cl_eprintf(const WCHAR *format, ...);
void cl_veprintf(const WCHAR *format, va_list args);
/* Prints "System error N has occurred (0xN)." and the system text for N to
 * stderr; returns err so that handlers can "return cl_print_error(err);". */
DWORD cl_print_error(DWORD err);
/* The same as a warning ("System warning N has occurred (0xN)."), for a call
 * that succeeded with a remark (ERROR_RESOURCE_PROPERTIES_STORED); returns
 * ERROR_SUCCESS. */
DWORD cl_print_warning(DWORD err);

/* A text table as cluster.exe prints its listings: a title line, a line of
 * dashes, one line per row; each column as wide as its widest cell (at least
 * min_width), one space between columns, no trailing blanks. */
struct cl_column
{
    const WCHAR *title;
    int          min_width;
    BOOL         right;      /* right-aligned (numbers) */
};

struct cl_table
{
    const struct cl_column *columns;
    int                     column_count;
    WCHAR                 **cells;      /* row-major, own copies */
    size_t                  row_count;
    size_t                  capacity;   /* rows */
};

void  cl_table_init(struct cl_table *table, const struct cl_column *columns, int column_count);
/* Adds a row of column_count cells (copied; NULL prints as empty). */
DWORD cl_table_add(struct cl_table *table, const WCHAR *const *cells);
void  cl_table_print(const struct cl_table *table);
void  cl_table_free(struct cl_table *table);

/* ---- commands (main.c) ---- */

struct cl_command;

struct cl_context
{
    const struct cl_args    *args;
    const struct cl_command *command;
    const struct cl_option  *option;   /* the command switch: option->value for "/move:node2";
                                          NULL when the object's default command was implied */
    HCLUSTER                 cluster;  /* opened by the dispatcher when command->access != 0 */
};

typedef DWORD (*cl_handler)(struct cl_context *ctx);

#define CL_ALLOW_VALUE   0x01 /* the command switch takes ":value" (/move:node2) */
#define CL_ALLOW_PARAMS  0x02 /* positional parameters after the command (prop=value) */
#define CL_ALLOW_NAME    0x04 /* an object name before the command ("Cluster Group") */
#define CL_NEED_NAME     0x08 /* ... which must be there (implies CL_ALLOW_NAME) */
#define CL_NEED_VALUE    0x10 /* ":value" must be there and not empty (implies CL_ALLOW_VALUE) */
#define CL_DEFAULT       0x20 /* the command of "cluster OBJECT [name]" with no switch */

struct cl_command
{
    enum cl_object      object;
    const WCHAR *const *names;     /* names[0] is canonical; NULL-terminated */
    const WCHAR *const *modifiers; /* further switches it accepts, or NULL: "separate" takes
                                      no value, "wait[:]" an optional one, "group:" needs one */
    const WCHAR *const *required;  /* modifiers that must be given (names without ':'), or NULL */
    DWORD               flags;     /* CL_ALLOW_*, CL_NEED_*, CL_DEFAULT */
    DWORD               access;    /* 0: the handler opens what it needs; else the
                                      OpenClusterEx access the dispatcher opens with */
    cl_handler          handler;
    const WCHAR        *syntax;    /* usage line, e.g. L"/VER[SION]" */
    const WCHAR        *help;      /* one-line description */
};

/* Who reports what: the dispatcher reports parse errors, unknown commands,
 * switches or arguments a command does not take (checked against its table
 * row before anything is opened) and a failed open of the cluster; a
 * handler reports its own failures (usually "return cl_print_error(err);")
 * and returns the Win32 error, which becomes the exit code. */

/* Prints the usage text to stdout. */
void  cl_usage(void);
/* Prints a one-line reason (printf-style) to stderr and the usage text to
 * stdout; returns ERROR_INVALID_PARAMETER, the exit code of a bad command line. */
DWORD WINAPIV cl_bad_usage(const WCHAR *format, ...);
/* The value of modifier name ("group" for /group:G) or NULL when it was not
 * given; *given (may be NULL) tells a modifier without value from none. */
const WCHAR *cl_modifier(const struct cl_context *ctx, const WCHAR *name, BOOL *given);
/* The command switch's value (/online:node2), or NULL if none or empty. */
const WCHAR *cl_option_value(const struct cl_context *ctx);
/* Opens the cluster named on the command line (NULL: local) with the given
 * access (GENERIC_READ / GENERIC_ALL); returns a Win32 error, reports nothing. */
DWORD cl_open_cluster(const struct cl_args *args, DWORD access, HCLUSTER *cluster);

/* GetClusterInformation with the buffer sized as the SDK documents: *name is
 * allocated (free() it); info may be NULL.  Returns a Win32 error, reports nothing. */
DWORD cl_get_cluster_info(HCLUSTER cluster, WCHAR **name, CLUSTERVERSIONINFO *info);

/* ---- shared object calls (query.c) ----
 * Every function returns a Win32 error and reports nothing, so that the
 * handler decides; every handle it opens it closes on every path. */

/* A list of names, as an enumeration returns them (in its order). */
struct cl_names
{
    WCHAR **names;
    DWORD   count;
};
void  cl_names_free(struct cl_names *list);

/* ClusterOpenEnum(type) / ClusterGroupOpenEnum / ClusterResourceOpenEnum /
 * ClusterNetInterfaceOpenEnum(node, network): all the names of one type. */
DWORD cl_enum_cluster(HCLUSTER cluster, DWORD type, struct cl_names *list);
DWORD cl_enum_group(HGROUP group, DWORD type, struct cl_names *list);
DWORD cl_enum_resource(HRESOURCE resource, DWORD type, struct cl_names *list);
DWORD cl_enum_netinterfaces(HCLUSTER cluster, const WCHAR *node, const WCHAR *network,
                            struct cl_names *list);

/* Opens an object by name; the error is GetLastError() of the Open call. */
DWORD cl_open_node(HCLUSTER cluster, const WCHAR *name, HNODE *node);
DWORD cl_open_group(HCLUSTER cluster, const WCHAR *name, HGROUP *group);
DWORD cl_open_resource(HCLUSTER cluster, const WCHAR *name, HRESOURCE *resource);
DWORD cl_open_network(HCLUSTER cluster, const WCHAR *name, HNETWORK *network);
DWORD cl_open_netinterface(HCLUSTER cluster, const WCHAR *name, HNETINTERFACE *netinterface);
/* GetClusterNetInterface: the name of node's interface on network (free() it). */
DWORD cl_netinterface_name(HCLUSTER cluster, const WCHAR *node, const WCHAR *network, WCHAR **name);

/* States.  Group and resource: *node and *group (may be NULL) get heap names
 * (free() them), sized as the SDK says: grown to the returned length + 1 on
 * ERROR_MORE_DATA. */
DWORD cl_node_state(HNODE node, CLUSTER_NODE_STATE *state);
DWORD cl_group_state(HGROUP group, CLUSTER_GROUP_STATE *state, WCHAR **node);
DWORD cl_resource_state(HRESOURCE resource, CLUSTER_RESOURCE_STATE *state, WCHAR **node, WCHAR **group);
DWORD cl_network_state(HNETWORK network, CLUSTER_NETWORK_STATE *state);
DWORD cl_netinterface_state(HNETINTERFACE netinterface, CLUSTER_NETINTERFACE_STATE *state);
/* GetClusterNodeId into a heap string. */
DWORD cl_node_id(HNODE node, WCHAR **id);

/* The words cluster.exe prints for each state ("Online Pending"). */
const WCHAR *cl_node_state_name(CLUSTER_NODE_STATE state);
const WCHAR *cl_group_state_name(CLUSTER_GROUP_STATE state);
const WCHAR *cl_resource_state_name(CLUSTER_RESOURCE_STATE state);
const WCHAR *cl_network_state_name(CLUSTER_NETWORK_STATE state);
const WCHAR *cl_netinterface_state_name(CLUSTER_NETINTERFACE_STATE state);

/* Status tables: init with the object's columns, add rows (from an open
 * handle, or by name: opened, queried, closed), print. */
void  cl_node_table(struct cl_table *table);
DWORD cl_node_row(struct cl_table *table, HNODE node, const WCHAR *name);
DWORD cl_node_row_by_name(struct cl_table *table, HCLUSTER cluster, const WCHAR *name);
void  cl_group_table(struct cl_table *table);
DWORD cl_group_row(struct cl_table *table, HGROUP group, const WCHAR *name);
DWORD cl_group_row_by_name(struct cl_table *table, HCLUSTER cluster, const WCHAR *name);
void  cl_resource_table(struct cl_table *table);
DWORD cl_resource_row(struct cl_table *table, HRESOURCE resource, const WCHAR *name);
DWORD cl_resource_row_by_name(struct cl_table *table, HCLUSTER cluster, const WCHAR *name);

/* The /wait[:seconds] modifier: *timeout is 0 (no /wait), INFINITE (/wait)
 * or milliseconds; a bad value is reported as a bad command line. */
DWORD cl_wait_timeout(const struct cl_context *ctx, DWORD *timeout);
/* Polls until the object leaves its pending states or timeout (ms, INFINITE)
 * runs out: ERROR_TIMEOUT then. */
DWORD cl_wait_group(HGROUP group, DWORD timeout);
DWORD cl_wait_resource(HRESOURCE resource, DWORD timeout);

/* ---- any object of the command line, by kind (object.c) ---- */

/* The object the command line names, opened for its controls and its key. */
struct cl_object_ref
{
    enum cl_object type;
    HCLUSTER       cluster;
    const WCHAR   *name;     /* as named; for the cluster, its name (GetClusterInformation) */
    HANDLE         handle;   /* HNODE, HGROUP, ...; NULL for the cluster and a resource type */
    WCHAR         *owned;    /* the cluster's name, allocated */
};

/* The kind's words: "Resource" (a column title), "resource", "resources". */
const WCHAR *cl_kind_title(enum cl_object type);
const WCHAR *cl_kind_noun(enum cl_object type);
const WCHAR *cl_kind_plural(enum cl_object type);
/* Every object of the kind (ClusterOpenEnum), in the enumeration's order. */
DWORD cl_enum_kind(HCLUSTER cluster, enum cl_object type, struct cl_names *list);
/* The object the command line names.  A network interface can also be
 * named as cluster.exe documents it, by /node:n /network:w; check (before
 * the cluster is opened) reports a bad combination as a bad command line,
 * lookup (after) asks the cluster for the interface's name.  *name is NULL
 * when no object is named; *owned (free() it) holds a looked-up name. */
DWORD cl_object_name_check(const struct cl_context *ctx);
DWORD cl_object_name_lookup(const struct cl_context *ctx, const WCHAR **name, WCHAR **owned);
/* Opens the object (name is ignored for the cluster); returns a Win32 error. */
DWORD cl_object_open(HCLUSTER cluster, enum cl_object type, const WCHAR *name, struct cl_object_ref *object);
void  cl_object_close(struct cl_object_ref *object);
/* Cluster*Control with the kind's code for CLCTL function (CLCTL_GET_COMMON_PROPERTIES, ...). */
DWORD cl_object_control(const struct cl_object_ref *object, DWORD function, void *in, DWORD in_size,
                        void *out, DWORD out_size, DWORD *returned);
/* The same, the whole output into a heap buffer (free() it), sized as the
 * SDK says: ERROR_MORE_DATA tells the bytes needed. */
DWORD cl_object_control_alloc(const struct cl_object_ref *object, DWORD function, BYTE **out, DWORD *size);
/* GetCluster*Key of the object: a cluster registry key (ClusterRegCloseKey it). */
DWORD cl_object_key(const struct cl_object_ref *object, REGSAM access, HKEY *key);

/* ---- values as text (values.c) ---- */

/* How a property's or registry value's bytes read. */
enum cl_value_kind
{
    CL_VALUE_SZ,          /* UTF-16 string (up to its NUL or the end) */
    CL_VALUE_MULTI_SZ,    /* strings, one row each */
    CL_VALUE_DWORD,       /* "11 (0xb)" */
    CL_VALUE_LONG,        /* signed: "-1 (0xffffffff)" */
    CL_VALUE_WORD,
    CL_VALUE_QWORD,       /* unsigned 64-bit */
    CL_VALUE_SQWORD,      /* signed 64-bit */
    CL_VALUE_BINARY,      /* "01 ab ff" */
};

/* Adds the value's rows to table: each row is the prefix cells, then the
 * value's text (a MULTI_SZ has a row per string, at least one).  A number of
 * the wrong size reads as binary. */
DWORD cl_value_rows(struct cl_table *table, const WCHAR *const *prefix, int prefix_count,
                    enum cl_value_kind kind, const BYTE *data, DWORD size);

/* ---- handlers (cmd_*.c) ---- */
DWORD cl_cmd_version(struct cl_context *ctx);
DWORD cl_cmd_list(struct cl_context *ctx);

DWORD cl_cmd_node_status(struct cl_context *ctx);
DWORD cl_cmd_node_pause(struct cl_context *ctx);
DWORD cl_cmd_node_resume(struct cl_context *ctx);
DWORD cl_cmd_node_evict(struct cl_context *ctx);
DWORD cl_cmd_node_interfaces(struct cl_context *ctx);

DWORD cl_cmd_group_status(struct cl_context *ctx);
DWORD cl_cmd_group_online(struct cl_context *ctx);
DWORD cl_cmd_group_offline(struct cl_context *ctx);
DWORD cl_cmd_group_move(struct cl_context *ctx);
DWORD cl_cmd_group_create(struct cl_context *ctx);
DWORD cl_cmd_group_delete(struct cl_context *ctx);
DWORD cl_cmd_group_rename(struct cl_context *ctx);
DWORD cl_cmd_group_owners(struct cl_context *ctx);

DWORD cl_cmd_resource_status(struct cl_context *ctx);
DWORD cl_cmd_resource_online(struct cl_context *ctx);
DWORD cl_cmd_resource_offline(struct cl_context *ctx);
DWORD cl_cmd_resource_fail(struct cl_context *ctx);
DWORD cl_cmd_resource_create(struct cl_context *ctx);
DWORD cl_cmd_resource_delete(struct cl_context *ctx);
DWORD cl_cmd_resource_rename(struct cl_context *ctx);
DWORD cl_cmd_resource_dependencies(struct cl_context *ctx);
DWORD cl_cmd_resource_add_dependency(struct cl_context *ctx);
DWORD cl_cmd_resource_remove_dependency(struct cl_context *ctx);
DWORD cl_cmd_resource_owners(struct cl_context *ctx);
DWORD cl_cmd_resource_add_owner(struct cl_context *ctx);
DWORD cl_cmd_resource_remove_owner(struct cl_context *ctx);
DWORD cl_cmd_resource_move(struct cl_context *ctx);

DWORD cl_cmd_network_status(struct cl_context *ctx);
DWORD cl_cmd_network_rename(struct cl_context *ctx);
DWORD cl_cmd_network_interfaces(struct cl_context *ctx);
DWORD cl_cmd_netinterface_status(struct cl_context *ctx);
/* Status of the network interfaces of node on network (NULL: every node,
 * every network), one row per interface; reports its own errors. */
DWORD cl_print_netinterfaces(HCLUSTER cluster, const WCHAR *node, const WCHAR *network);
DWORD cl_cmd_restype_list(struct cl_context *ctx);

DWORD cl_cmd_common_properties(struct cl_context *ctx);
DWORD cl_cmd_private_properties(struct cl_context *ctx);
DWORD cl_cmd_registry(struct cl_context *ctx);

#endif /* WINE_CLUSAPI_CLUSTER_H */
