/*
 * cluster.exe for wine-clusapi: command table, usage and dispatch.
 *
 * Written from the public documentation of the Failover Cluster API
 * (clusapi.h) and of the command syntax of Microsoft's cluster.exe.
 *
 * Adding a command: write a handler (see cmd_cluster.c), add its names and
 * one row to the commands[] table below.  The object keywords (node, group,
 * resource, ...) are already parsed; an object with no row yet answers
 * "not implemented".
 */
#include <stdlib.h>
#include <wchar.h>

#include "cluster.h"

static const WCHAR *const names_version[] = { L"version", L"ver", NULL };
static const WCHAR *const names_list[]    = { L"list", L"l", NULL };

static const struct cl_command commands[] =
{
    /* object          names          modifiers flags           access        handler */
    { CL_OBJ_CLUSTER, names_version, NULL,     0,              GENERIC_READ, cl_cmd_version,
      L"/VER[SION]", L"Show the cluster name and the Cluster service version." },
    { CL_OBJ_CLUSTER, names_list,    NULL,     CL_ALLOW_VALUE, 0,            cl_cmd_list,
      L"/L[IST][:domain-name]", L"List clusters (for now: the one connected to)." },
};

static const struct cl_command *find_command(enum cl_object object, const WCHAR *name)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(commands); i++)
        if (commands[i].object == object && cl_name_matches(name, commands[i].names))
            return &commands[i];
    return NULL;
}

static BOOL object_has_commands(enum cl_object object)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(commands); i++)
        if (commands[i].object == object) return TRUE;
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

void cl_usage(void)
{
    BOOL pending = FALSE;
    size_t i;
    int obj;

    cl_printf(L"Manage a failover cluster from the command line.\n\n");
    cl_printf(L"Usage: CLUSTER [[/CLUSTER:]cluster-name] /option\n");
    cl_printf(L"       CLUSTER [[/CLUSTER:]cluster-name] object [object-name] /option\n\n");

    for (obj = CL_OBJ_CLUSTER; obj < CL_OBJ_COUNT; obj++)
    {
        if (!object_has_commands(obj)) continue;
        if (obj == CL_OBJ_CLUSTER) cl_printf(L"Cluster options:\n");
        else cl_printf(L"%ls options (CLUSTER %ls [name] /option):\n",
                       object_upper_name(obj), object_upper_name(obj));
        for (i = 0; i < ARRAY_SIZE(commands); i++)
            if (commands[i].object == (enum cl_object)obj)
                cl_printf(L"  %-22ls %ls\n", commands[i].syntax, commands[i].help);
        if (obj == CL_OBJ_CLUSTER)
            cl_printf(L"  %-22ls %ls\n", L"/? | /HELP", L"Show this help.");
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
              L"Options start with / or - and are not case-sensitive; quote names that\n"
              L"contain spaces.  On failure the exit code is the Win32 error code.\n");
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
    const WCHAR *const *allowed = ctx->command->modifiers;
    const struct cl_args *args = ctx->args;
    DWORD flags = ctx->command->flags;
    int i;

    if (ctx->option->value && !(flags & CL_ALLOW_VALUE))
    {
        cl_eprintf(L"The option '%ls' does not take a value.\n", ctx->option->text);
        goto invalid;
    }
    if (args->object_name && !(flags & CL_ALLOW_NAME))
    {
        cl_eprintf(L"The option '%ls' does not take a name ('%ls').\n", ctx->option->text,
                   args->object_name);
        goto invalid;
    }
    for (i = 1; i < args->option_count; i++)
    {
        if (allowed && cl_name_matches(args->options[i].name, allowed)) continue;
        cl_eprintf(L"The option '%ls' is not valid with '%ls'.\n", args->options[i].text,
                   ctx->option->text);
        goto invalid;
    }
    if (args->param_count && !(flags & CL_ALLOW_PARAMS))
    {
        cl_eprintf(L"Unexpected argument '%ls' after '%ls'.\n", args->params[0], ctx->option->text);
        goto invalid;
    }
    return ERROR_SUCCESS;

invalid:
    cl_usage();
    return ERROR_INVALID_PARAMETER;
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

    if (!args.option_count)
    {
        /* Object commands default to /status in cluster.exe; none is wired yet. */
        cl_eprintf(L"No option given for %ls.\n", object_upper_name(args.object));
        cl_usage();
        cl_free_args(&args);
        return ERROR_INVALID_PARAMETER;
    }

    ctx.args = &args;
    ctx.option = &args.options[0];
    if (!(ctx.command = find_command(args.object, ctx.option->name)))
    {
        cl_eprintf(L"The option '%ls' is not valid.\n", ctx.option->text);
        cl_usage();
        cl_free_args(&args);
        return ERROR_INVALID_PARAMETER;
    }

    if ((err = check_command_args(&ctx)))
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
