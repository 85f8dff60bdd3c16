/*
 * cluster.exe for wine-clusapi: shared declarations.
 *
 * The program is split in four parts so that a new command costs one table
 * entry and one handler:
 *   args.c        one parser for the cluster.exe command line grammar
 *   output.c      one output helper (console or pipe) and one error printer
 *   main.c        the object and command tables, usage text, dispatch
 *   cmd_cluster.c handlers of the cluster-level commands (/ver, /list)
 * See README.md for the syntax and for how to add a command.
 */
#ifndef WINE_CLUSAPI_CLUSTER_H
#define WINE_CLUSAPI_CLUSTER_H

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
/* Prints "System error N has occurred (0xN)." and the system text for N to
 * stderr; returns err so that handlers can "return cl_print_error(err);". */
DWORD cl_print_error(DWORD err);

/* ---- commands (main.c) ---- */

struct cl_command;

struct cl_context
{
    const struct cl_args    *args;
    const struct cl_command *command;
    const struct cl_option  *option;   /* the command switch: option->value for "/move:node2" */
    HCLUSTER                 cluster;  /* opened by the dispatcher when command->access != 0 */
};

typedef DWORD (*cl_handler)(struct cl_context *ctx);

#define CL_ALLOW_VALUE   0x1  /* the command switch takes ":value" (/move:node2) */
#define CL_ALLOW_PARAMS  0x2  /* positional parameters after the command (prop=value) */
#define CL_ALLOW_NAME    0x4  /* an object name before the command ("Cluster Group") */

struct cl_command
{
    enum cl_object      object;
    const WCHAR *const *names;     /* names[0] is canonical; NULL-terminated */
    const WCHAR *const *modifiers; /* further switches it accepts (/wait ...), or NULL */
    DWORD               flags;     /* CL_ALLOW_* */
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
/* Opens the cluster named on the command line (NULL: local) with the given
 * access (GENERIC_READ / GENERIC_ALL); returns a Win32 error, reports nothing. */
DWORD cl_open_cluster(const struct cl_args *args, DWORD access, HCLUSTER *cluster);

/* GetClusterInformation with the buffer sized as the SDK documents: *name is
 * allocated (free() it); info may be NULL.  Returns a Win32 error, reports nothing. */
DWORD cl_get_cluster_info(HCLUSTER cluster, WCHAR **name, CLUSTERVERSIONINFO *info);

/* ---- handlers (cmd_cluster.c) ---- */
DWORD cl_cmd_version(struct cl_context *ctx);
DWORD cl_cmd_list(struct cl_context *ctx);

#endif /* WINE_CLUSAPI_CLUSTER_H */
