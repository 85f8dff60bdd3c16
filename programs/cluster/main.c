/*
 * cluster.exe for wine-clusapi: command table, usage and dispatch.
 *
 * Written from the public documentation of the Failover Cluster API
 * (clusapi.h) and of the command syntax of Microsoft's cluster.exe.
 *
 * Adding a command: write a handler (see cmd_*.c), add its names and one
 * row to the commands[] table below.  The dispatcher checks the command line
 * against the row (name, value, modifiers) before it opens the cluster.  An
 * object with no row answers "not implemented".
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <wchar.h>

#include "cluster.h"

static const WCHAR *const names_version[]   = { L"version", L"ver", NULL };
static const WCHAR *const names_list[]      = { L"list", L"l", NULL };
static const WCHAR *const names_status[]    = { L"status", L"stat", NULL };
static const WCHAR *const names_pause[]     = { L"pause", NULL };
static const WCHAR *const names_resume[]    = { L"resume", NULL };
static const WCHAR *const names_evict[]     = { L"evict", NULL };
static const WCHAR *const names_online[]    = { L"online", L"on", NULL };
static const WCHAR *const names_offline[]   = { L"offline", L"off", NULL };
static const WCHAR *const names_moveto[]    = { L"moveto", L"move", NULL };
static const WCHAR *const names_create[]    = { L"create", NULL };
static const WCHAR *const names_delete[]    = { L"delete", L"del", NULL };
static const WCHAR *const names_rename[]    = { L"rename", L"ren", NULL };
static const WCHAR *const names_fail[]      = { L"fail", NULL };
static const WCHAR *const names_listowners[] = { L"listowners", L"listown", NULL };
static const WCHAR *const names_addowner[]  = { L"addowner", L"addown", NULL };
static const WCHAR *const names_removeowner[] = { L"removeowner", L"removeown", NULL };
static const WCHAR *const names_listdeps[]  = { L"listdependencies", L"listdep", NULL };
static const WCHAR *const names_adddep[]    = { L"adddependency", L"adddep", NULL };
static const WCHAR *const names_removedep[] = { L"removedependency", L"removedep", NULL };
static const WCHAR *const names_listnetif[] = { L"listinterfaces", L"listnetint", NULL };
static const WCHAR *const names_prop[]      = { L"properties", L"prop", NULL };
static const WCHAR *const names_priv[]      = { L"privproperties", L"priv", NULL };
static const WCHAR *const names_reg[]       = { L"registry", L"reg", NULL };

static const WCHAR *const mod_wait[]        = { L"wait[:]", NULL };
static const WCHAR *const mod_res_create[]  = { L"group:", L"type:", L"separate", NULL };
static const WCHAR *const req_res_create[]  = { L"group", L"type", NULL };
static const WCHAR *const mod_netif[]       = { L"node:", L"network:", NULL };
static const WCHAR *const mod_props[]       = { L"usedefault[:]", NULL };
static const WCHAR *const mod_netif_props[] = { L"node:", L"network:", L"usedefault[:]", NULL };

#define NAME     CL_ALLOW_NAME
#define NEEDNAME (CL_ALLOW_NAME | CL_NEED_NAME)
#define VALUE    CL_ALLOW_VALUE
#define NEEDVAL  (CL_ALLOW_VALUE | CL_NEED_VALUE)
#define PARAMS   CL_ALLOW_PARAMS

/* /prop, /priv and /reg of an object kind: the handlers open what they need
 * (reading needs less access than setting). */
#define OBJECT_PROPERTY_ROWS(object, kind, prop_modifiers, modifiers) \
    { object, names_prop, prop_modifiers, NULL, NAME | VALUE | PARAMS, 0, cl_cmd_common_properties, \
      L"/PROP[ERTIES][:Name,...] [/USEDEFAULT] [Name=Value ...]", \
      L"Common properties of all " kind L"s or of one; set or reset them." }, \
    { object, names_priv, prop_modifiers, NULL, NAME | VALUE | PARAMS, 0, cl_cmd_private_properties, \
      L"/PRIV[PROPERTIES][:Name,...] [/USEDEFAULT] [Name=Value ...]", \
      L"Private properties, the same way (/USEDEFAULT deletes them)." }, \
    { object, names_reg, modifiers, NULL, NAME | VALUE | PARAMS, 0, cl_cmd_registry, \
      L"/REG[ISTRY] [key\\path]", L"A key under the " kind L"'s cluster registry key." }

static const struct cl_command commands[] =
{
    /* object          names          modifiers required flags             access        handler */
    { CL_OBJ_CLUSTER, names_version, NULL, NULL, 0,              GENERIC_READ, cl_cmd_version,
      L"/VER[SION]", L"Show the cluster name and the Cluster service version." },
    { CL_OBJ_CLUSTER, names_list,    NULL, NULL, VALUE,          0,            cl_cmd_list,
      L"/L[IST][:domain-name]", L"List clusters (for now: the one connected to)." },
    { CL_OBJ_CLUSTER, names_prop,    mod_props, NULL, VALUE | PARAMS, 0,       cl_cmd_common_properties,
      L"/PROP[ERTIES][:Name,...] [/USEDEFAULT] [Name=Value ...]",
      L"List the cluster's common properties, set or reset them." },
    { CL_OBJ_CLUSTER, names_priv,    mod_props, NULL, VALUE | PARAMS, 0,       cl_cmd_private_properties,
      L"/PRIV[PROPERTIES][:Name,...] [/USEDEFAULT] [Name=Value ...]",
      L"Its private properties, the same way (/USEDEFAULT deletes them)." },
    { CL_OBJ_CLUSTER, names_reg,     NULL, NULL, VALUE | PARAMS, 0,            cl_cmd_registry,
      L"/REG[ISTRY] [key\\path]", L"List a key of the cluster registry (the root by default)." },

    { CL_OBJ_NODE, names_status, NULL, NULL, NAME | CL_DEFAULT, GENERIC_READ, cl_cmd_node_status,
      L"[/STAT[US]]", L"Status of all nodes, or of the node named." },
    { CL_OBJ_NODE, names_pause,  NULL, NULL, NEEDNAME, GENERIC_ALL, cl_cmd_node_pause,
      L"/PAUSE", L"Pause the node." },
    { CL_OBJ_NODE, names_resume, NULL, NULL, NEEDNAME, GENERIC_ALL, cl_cmd_node_resume,
      L"/RESUME", L"Resume a paused node." },
    { CL_OBJ_NODE, names_evict,  NULL, NULL, NEEDNAME, GENERIC_ALL, cl_cmd_node_evict,
      L"/EVICT", L"Evict the node from the cluster." },
    { CL_OBJ_NODE, names_listnetif, NULL, NULL, NEEDNAME, GENERIC_READ, cl_cmd_node_interfaces,
      L"/LISTINTERFACES", L"Network interfaces of the node." },
    OBJECT_PROPERTY_ROWS(CL_OBJ_NODE, L"node", mod_props, NULL),

    { CL_OBJ_GROUP, names_status,  NULL, NULL, NAME | CL_DEFAULT, GENERIC_READ, cl_cmd_group_status,
      L"[/STAT[US]]", L"Status of all groups, or of the group named." },
    { CL_OBJ_GROUP, names_online,  mod_wait, NULL, NEEDNAME | VALUE, GENERIC_ALL, cl_cmd_group_online,
      L"/ON[LINE][:node] [/WAIT[:s]]", L"Bring the group online (on that node)." },
    { CL_OBJ_GROUP, names_offline, mod_wait, NULL, NEEDNAME, GENERIC_ALL, cl_cmd_group_offline,
      L"/OFF[LINE] [/WAIT[:s]]", L"Take the group offline." },
    { CL_OBJ_GROUP, names_moveto,  mod_wait, NULL, NEEDNAME | VALUE, GENERIC_ALL, cl_cmd_group_move,
      L"/MOVE[TO][:node] [/WAIT[:s]]", L"Move the group to the node (or the best one)." },
    { CL_OBJ_GROUP, names_create,  NULL, NULL, NEEDNAME, GENERIC_ALL, cl_cmd_group_create,
      L"/CREATE", L"Create an empty group." },
    { CL_OBJ_GROUP, names_delete,  NULL, NULL, NEEDNAME, GENERIC_ALL, cl_cmd_group_delete,
      L"/DEL[ETE]", L"Delete the (empty) group." },
    { CL_OBJ_GROUP, names_rename,  NULL, NULL, NEEDNAME | NEEDVAL, GENERIC_ALL, cl_cmd_group_rename,
      L"/REN[AME]:new-name", L"Rename the group." },
    { CL_OBJ_GROUP, names_listowners, NULL, NULL, NEEDNAME, GENERIC_READ, cl_cmd_group_owners,
      L"/LISTOWNERS", L"Preferred owner nodes of the group." },
    OBJECT_PROPERTY_ROWS(CL_OBJ_GROUP, L"group", mod_props, NULL),

    { CL_OBJ_RESOURCE, names_status,  NULL, NULL, NAME | CL_DEFAULT, GENERIC_READ, cl_cmd_resource_status,
      L"[/STAT[US]]", L"Status of all resources, or of the resource named." },
    { CL_OBJ_RESOURCE, names_online,  mod_wait, NULL, NEEDNAME, GENERIC_ALL, cl_cmd_resource_online,
      L"/ON[LINE] [/WAIT[:s]]", L"Bring the resource online." },
    { CL_OBJ_RESOURCE, names_offline, mod_wait, NULL, NEEDNAME, GENERIC_ALL, cl_cmd_resource_offline,
      L"/OFF[LINE] [/WAIT[:s]]", L"Take the resource offline." },
    { CL_OBJ_RESOURCE, names_fail,    NULL, NULL, NEEDNAME, GENERIC_ALL, cl_cmd_resource_fail,
      L"/FAIL", L"Make the resource fail (to test failover)." },
    { CL_OBJ_RESOURCE, names_create,  mod_res_create, req_res_create, NEEDNAME, GENERIC_ALL,
      cl_cmd_resource_create,
      L"/CREATE /GROUP:g /TYPE:t", L"Create a resource of type t in group g [/SEPARATE: own monitor]." },
    { CL_OBJ_RESOURCE, names_delete,  NULL, NULL, NEEDNAME, GENERIC_ALL, cl_cmd_resource_delete,
      L"/DEL[ETE]", L"Delete the (offline) resource." },
    { CL_OBJ_RESOURCE, names_rename,  NULL, NULL, NEEDNAME | NEEDVAL, GENERIC_ALL, cl_cmd_resource_rename,
      L"/REN[AME]:new-name", L"Rename the resource." },
    { CL_OBJ_RESOURCE, names_listdeps, NULL, NULL, NEEDNAME, GENERIC_READ, cl_cmd_resource_dependencies,
      L"/LISTDEP[ENDENCIES]", L"Status of the resources it depends on." },
    { CL_OBJ_RESOURCE, names_adddep,  NULL, NULL, NEEDNAME | NEEDVAL, GENERIC_ALL,
      cl_cmd_resource_add_dependency,
      L"/ADDDEP[ENDENCY]:resource", L"Make it depend on another resource." },
    { CL_OBJ_RESOURCE, names_removedep, NULL, NULL, NEEDNAME | NEEDVAL, GENERIC_ALL,
      cl_cmd_resource_remove_dependency,
      L"/REMOVEDEP[ENDENCY]:resource", L"Remove a dependency." },
    { CL_OBJ_RESOURCE, names_listowners, NULL, NULL, NEEDNAME, GENERIC_READ, cl_cmd_resource_owners,
      L"/LISTOWNERS", L"Possible owner nodes of the resource." },
    { CL_OBJ_RESOURCE, names_addowner, NULL, NULL, NEEDNAME | NEEDVAL, GENERIC_ALL,
      cl_cmd_resource_add_owner,
      L"/ADDOWNER:node", L"Add a possible owner node." },
    { CL_OBJ_RESOURCE, names_removeowner, NULL, NULL, NEEDNAME | NEEDVAL, GENERIC_ALL,
      cl_cmd_resource_remove_owner,
      L"/REMOVEOWNER:node", L"Remove a possible owner node." },
    { CL_OBJ_RESOURCE, names_moveto,  NULL, NULL, NEEDNAME | NEEDVAL, GENERIC_ALL, cl_cmd_resource_move,
      L"/MOVE[TO]:group", L"Move the resource to another group." },
    OBJECT_PROPERTY_ROWS(CL_OBJ_RESOURCE, L"resource", mod_props, NULL),

    { CL_OBJ_RESTYPE, names_list, NULL, NULL, CL_DEFAULT, GENERIC_READ, cl_cmd_restype_list,
      L"[/L[IST]]", L"List the resource types." },
    OBJECT_PROPERTY_ROWS(CL_OBJ_RESTYPE, L"resource type", mod_props, NULL),

    { CL_OBJ_NETWORK, names_status, NULL, NULL, NAME | CL_DEFAULT, GENERIC_READ, cl_cmd_network_status,
      L"[/STAT[US]]", L"Status of all networks, or of the network named." },
    { CL_OBJ_NETWORK, names_rename, NULL, NULL, NEEDNAME | NEEDVAL, GENERIC_ALL, cl_cmd_network_rename,
      L"/REN[AME]:new-name", L"Rename the network." },
    { CL_OBJ_NETWORK, names_listnetif, NULL, NULL, NEEDNAME, GENERIC_READ, cl_cmd_network_interfaces,
      L"/LISTINTERFACES", L"Network interfaces on the network." },
    OBJECT_PROPERTY_ROWS(CL_OBJ_NETWORK, L"network", mod_props, NULL),

    { CL_OBJ_NETINTERFACE, names_status, mod_netif, NULL, CL_DEFAULT, GENERIC_READ,
      cl_cmd_netinterface_status,
      L"[/NODE:n] [/NETWORK:w] [/STAT[US]]", L"Status of the interfaces (of node n, on network w)." },
    /* documented: cluster netint /node:n /network:w /prop */
    OBJECT_PROPERTY_ROWS(CL_OBJ_NETINTERFACE, L"interface", mod_netif_props, mod_netif),
};

#undef NAME
#undef NEEDNAME
#undef VALUE
#undef NEEDVAL
#undef PARAMS
#undef OBJECT_PROPERTY_ROWS

static const struct cl_command *find_command(enum cl_object object, const WCHAR *name)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(commands); i++)
        if (commands[i].object == object && cl_name_matches(name, commands[i].names))
            return &commands[i];
    return NULL;
}

static const struct cl_command *default_command(enum cl_object object)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(commands); i++)
        if (commands[i].object == object && (commands[i].flags & CL_DEFAULT)) return &commands[i];
    return NULL;
}

static BOOL object_has_commands(enum cl_object object)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(commands); i++)
        if (commands[i].object == object) return TRUE;
    return FALSE;
}

static BOOL object_takes_names(enum cl_object object)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(commands); i++)
        if (commands[i].object == object && (commands[i].flags & (CL_ALLOW_NAME | CL_NEED_NAME))) return TRUE;
    return FALSE;
}

static const WCHAR *object_upper_name(enum cl_object object)
{
    static const WCHAR *const upper[CL_OBJ_COUNT] =
    {
        L"CLUSTER", L"NODE", L"GROUP", L"RESOURCE", L"RESOURCETYPE", L"NETWORK", L"NETINTERFACE"
    };
    return upper[object];
}

/* Modifier specs: "wait[:]" takes an optional value, "group:" needs one,
 * "separate" takes none.  Returns TRUE if name is the spec's modifier. */
enum value_rule { VALUE_NONE, VALUE_OPTIONAL, VALUE_NEEDED };

static BOOL modifier_matches(const WCHAR *spec, const WCHAR *name, enum value_rule *rule)
{
    size_t len = wcslen(spec);

    *rule = VALUE_NONE;
    if (len > 3 && !wcscmp(spec + len - 3, L"[:]"))
    {
        len -= 3;
        *rule = VALUE_OPTIONAL;
    }
    else if (len > 1 && spec[len - 1] == ':')
    {
        len--;
        *rule = VALUE_NEEDED;
    }
    return wcslen(name) == len && !_wcsnicmp(spec, name, len);
}

static const WCHAR *find_modifier_spec(const struct cl_command *command, const WCHAR *name,
                                       enum value_rule *rule)
{
    const WCHAR *const *spec;

    if (!command->modifiers) return NULL;
    for (spec = command->modifiers; *spec; spec++)
        if (modifier_matches(*spec, name, rule)) return *spec;
    return NULL;
}

static void print_command_usage(const struct cl_command *command)
{
    if (wcslen(command->syntax) <= 24)
        cl_printf(L"  %-24ls %ls\n", command->syntax, command->help);
    else
        cl_printf(L"  %ls\n  %-24ls %ls\n", command->syntax, L"", command->help);
}

void cl_usage(void)
{
    BOOL pending = FALSE;
    size_t i;
    int obj;

    cl_printf(L"Manage a failover cluster from the command line.\n\n");
    cl_printf(L"Usage: CLUSTER [[/CLUSTER:]cluster-name] /option\n");
    cl_printf(L"       CLUSTER [[/CLUSTER:]cluster-name] object [object-name] /option[:value] [/modifier]\n\n");

    for (obj = CL_OBJ_CLUSTER; obj < CL_OBJ_COUNT; obj++)
    {
        if (!object_has_commands(obj)) continue;
        if (obj == CL_OBJ_CLUSTER) cl_printf(L"Cluster options:\n");
        else cl_printf(L"%ls options (CLUSTER %ls%ls /option):\n", object_upper_name(obj),
                       object_upper_name(obj), object_takes_names(obj) ? L" [name]" : L"");
        for (i = 0; i < ARRAY_SIZE(commands); i++)
            if (commands[i].object == (enum cl_object)obj) print_command_usage(&commands[i]);
        if (obj == CL_OBJ_CLUSTER)
            cl_printf(L"  %-24ls %ls\n", L"/? | /HELP", L"Show this help.");
        cl_printf(L"\n");
    }

    for (obj = CL_OBJ_CLUSTER + 1; obj < CL_OBJ_COUNT; obj++)
    {
        if (object_has_commands(obj)) continue;
        cl_printf(pending ? L", %ls" : L"Objects not implemented yet:\n  %ls", object_upper_name(obj));
        pending = TRUE;
    }
    if (pending) cl_printf(L".\n\n");

    cl_printf(L"cluster-name is the name of the cluster or of one of its nodes (NetBIOS name,\n"
              L"DNS name or IP address); without it the cluster of this computer is used.\n"
              L"Use /CLUSTER:name when the name is also an object keyword (NODE, GROUP, ...).\n"
              L"Objects: NODE, GROUP (RESGROUP), RESOURCE (RES), RESOURCETYPE (RESTYPE, TYPE),\n"
              L"NETWORK (NET), NETINTERFACE (NETINT); with no option, an object's status is\n"
              L"listed.  /WAIT waits for a pending state to end (seconds, default: no limit).\n"
              L"/PROP and /PRIV set properties given as Name=Value[,Value...][:format], format\n"
              L"one of DWORD, STR[ING], EXPANDSTR, MULTISTR (values separated by commas), BINARY\n"
              L"(bytes separated by commas), ULARGE; without it the property's own format.\n"
              L"Options start with / or - and are not case-sensitive; quote names that\n"
              L"contain spaces.  On failure the exit code is the Win32 error code.\n");
}

DWORD WINAPIV cl_bad_usage(const WCHAR *format, ...)
{
    va_list args;

    va_start(args, format);
    cl_veprintf(format, args);
    va_end(args);
    cl_usage();
    return ERROR_INVALID_PARAMETER;
}

const WCHAR *cl_modifier(const struct cl_context *ctx, const WCHAR *name, BOOL *given)
{
    int i;

    if (given) *given = FALSE;
    for (i = 0; i < ctx->args->option_count; i++)
    {
        const struct cl_option *opt = &ctx->args->options[i];

        if (opt == ctx->option || _wcsicmp(opt->name, name)) continue;
        if (given) *given = TRUE;
        return opt->value;
    }
    return NULL;
}

const WCHAR *cl_option_value(const struct cl_context *ctx)
{
    if (!ctx->option || !ctx->option->value || !ctx->option->value[0]) return NULL;
    return ctx->option->value;
}

DWORD cl_open_cluster(const struct cl_args *args, DWORD access, HCLUSTER *cluster)
{
    HCLUSTER handle;
    DWORD granted = 0, err;

    *cluster = NULL;
    SetLastError(ERROR_SUCCESS);
    handle = OpenClusterEx(args->cluster_name, access ? access : GENERIC_READ, &granted);
    /* The documented answer of servers that predate OpenClusterEx. */
    if (!handle && GetLastError() == RPC_S_PROCNUM_OUT_OF_RANGE)
    {
        SetLastError(ERROR_SUCCESS);
        handle = OpenCluster(args->cluster_name);
    }

    if (!handle)
    {
        /* A NULL handle with no error code would otherwise exit with 0. */
        if (!(err = GetLastError())) err = ERROR_INTERNAL_ERROR;
        return err;
    }
    *cluster = handle;
    return ERROR_SUCCESS;
}

/* Rejects what the command's table row does not allow; prints the reason
 * and the usage and returns ERROR_INVALID_PARAMETER. */
static DWORD check_command_args(const struct cl_context *ctx)
{
    const struct cl_command *command = ctx->command;
    const struct cl_args *args = ctx->args;
    const WCHAR *const *required;
    DWORD flags = command->flags;
    WCHAR implied[64];
    const WCHAR *label;
    enum value_rule rule;
    int i, j;

    if (ctx->option) label = ctx->option->text;
    else
    {
        swprintf(implied, ARRAY_SIZE(implied), L"/%ls", command->names[0]);
        label = implied;
    }

    if (flags & CL_NEED_NAME) flags |= CL_ALLOW_NAME;
    if (flags & CL_NEED_VALUE) flags |= CL_ALLOW_VALUE;

    if (ctx->option && ctx->option->value && !(flags & CL_ALLOW_VALUE))
        return cl_bad_usage(L"The option '%ls' does not take a value.\n", label);
    if ((flags & CL_NEED_VALUE) && !cl_option_value(ctx))
        return cl_bad_usage(L"The option '%ls' needs a value, as in %ls.\n", label, command->syntax);
    if (args->object_name && !(flags & CL_ALLOW_NAME))
    {
        if (!ctx->option)
            return cl_bad_usage(L"%ls takes no name ('%ls').\n", object_upper_name(args->object),
                                args->object_name);
        return cl_bad_usage(L"The option '%ls' does not take a name ('%ls').\n", label, args->object_name);
    }
    if ((flags & CL_NEED_NAME) && (!args->object_name || !args->object_name[0]))
        return cl_bad_usage(L"The option '%ls' needs a %ls name, as in CLUSTER %ls name %ls.\n", label,
                            cl_objects[args->object].names[0], object_upper_name(args->object),
                            command->syntax);

    for (i = 0; i < args->option_count; i++)
    {
        const struct cl_option *opt = &args->options[i];

        if (opt == ctx->option) continue;
        if (!find_modifier_spec(command, opt->name, &rule))
            return cl_bad_usage(L"The option '%ls' is not valid with '%ls'.\n", opt->text, label);
        if (rule == VALUE_NONE && opt->value)
            return cl_bad_usage(L"The option '%ls' does not take a value.\n", opt->text);
        if (rule == VALUE_NEEDED && (!opt->value || !opt->value[0]))
            return cl_bad_usage(L"The option '%ls' needs a value, as in /%ls:value.\n", opt->text, opt->name);
        for (j = 0; j < i; j++)
            if (&args->options[j] != ctx->option && !_wcsicmp(args->options[j].name, opt->name))
                return cl_bad_usage(L"The option '%ls' is given more than once.\n", opt->text);
    }
    for (required = command->required; required && *required; required++)
    {
        BOOL given;

        cl_modifier(ctx, *required, &given);
        if (!given)
            return cl_bad_usage(L"The option '%ls' needs /%ls:value.\n", label, *required);
    }
    if (args->param_count && !(flags & CL_ALLOW_PARAMS))
        return cl_bad_usage(L"Unexpected argument '%ls' after '%ls'.\n", args->params[0], label);
    return ERROR_SUCCESS;
}

/* Finds the command: the first switch that names one of the object's
 * commands; with none, the object's default command, provided every switch
 * is one of its modifiers (cluster netinterface /node:n1). */
static DWORD select_command(struct cl_context *ctx)
{
    const struct cl_args *args = ctx->args;
    enum value_rule rule;
    int i;

    for (i = 0; i < args->option_count; i++)
    {
        if ((ctx->command = find_command(args->object, args->options[i].name)))
        {
            ctx->option = &args->options[i];
            return ERROR_SUCCESS;
        }
    }
    ctx->option = NULL;
    if (!(ctx->command = default_command(args->object)))
    {
        if (args->option_count)
            return cl_bad_usage(L"The option '%ls' is not valid.\n", args->options[0].text);
        return cl_bad_usage(L"No option given for %ls.\n", object_upper_name(args->object));
    }
    for (i = 0; i < args->option_count; i++)
        if (!find_modifier_spec(ctx->command, args->options[i].name, &rule))
            return cl_bad_usage(L"The option '%ls' is not valid.\n", args->options[i].text);
    return ERROR_SUCCESS;
}

int __cdecl wmain(int argc, WCHAR *argv[])
{
    struct cl_context ctx = { 0 };
    struct cl_args args;
    DWORD err;

    if ((err = cl_parse_args(argc, argv, &args)))
    {
        if (err != ERROR_INVALID_PARAMETER) return cl_print_error(err);
        cl_usage();
        return err;
    }

    if (args.help || (!args.option_count && args.object == CL_OBJ_CLUSTER))
    {
        cl_usage();
        cl_free_args(&args);
        return ERROR_SUCCESS;
    }

    if (!object_has_commands(args.object))
    {
        cl_eprintf(L"%ls commands are not implemented yet.\n", object_upper_name(args.object));
        cl_free_args(&args);
        return cl_print_error(ERROR_CALL_NOT_IMPLEMENTED);
    }

    ctx.args = &args;
    if ((err = select_command(&ctx)) || (err = check_command_args(&ctx)))
    {
        cl_free_args(&args);
        return err;
    }

    if (ctx.command->access && (err = cl_open_cluster(&args, ctx.command->access, &ctx.cluster)))
    {
        cl_free_args(&args);
        return cl_print_error(err);
    }

    err = ctx.command->handler(&ctx);

    if (ctx.cluster) CloseCluster(ctx.cluster);
    cl_free_args(&args);
    return err;
}
