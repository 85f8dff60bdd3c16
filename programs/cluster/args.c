/*
 * cluster.exe for wine-clusapi: the command line parser.
 *
 * Grammar (documented cluster.exe syntax):
 *
 *   cluster [[/cluster:]ClusterName] [object [ObjectName]] /command[:value] [/modifier[:value] ...] [param ...]
 *
 * Switches start with '/' or '-' and are case-insensitive.  The first
 * positional word is an object keyword (node, group, ...) when it is one,
 * and the cluster name otherwise; use /cluster:NAME for a cluster whose
 * name is also a keyword.  "/?" and "/help" are recognised anywhere.
 */
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "cluster.h"

static const WCHAR *const cluster_switch[] = { L"cluster", L"c", NULL };
static const WCHAR *const help_switch[]    = { L"?", L"help", NULL };

static const WCHAR *const obj_cluster[]  = { L"cluster", NULL };
static const WCHAR *const obj_node[]     = { L"node", NULL };
static const WCHAR *const obj_group[]    = { L"group", L"resourcegroup", L"resgroup", NULL };
static const WCHAR *const obj_resource[] = { L"resource", L"res", NULL };
static const WCHAR *const obj_restype[]  = { L"resourcetype", L"restype", L"type", NULL };
static const WCHAR *const obj_network[]  = { L"network", L"net", NULL };
static const WCHAR *const obj_netif[]    = { L"netinterface", L"netint", NULL };

const struct cl_object_desc cl_objects[CL_OBJ_COUNT] =
{
    { CL_OBJ_CLUSTER,      obj_cluster },
    { CL_OBJ_NODE,         obj_node },
    { CL_OBJ_GROUP,        obj_group },
    { CL_OBJ_RESOURCE,     obj_resource },
    { CL_OBJ_RESTYPE,      obj_restype },
    { CL_OBJ_NETWORK,      obj_network },
    { CL_OBJ_NETINTERFACE, obj_netif },
};

BOOL cl_name_matches(const WCHAR *word, const WCHAR *const *names)
{
    for (; *names; names++)
        if (!_wcsicmp(word, *names)) return TRUE;
    return FALSE;
}

static BOOL is_switch(const WCHAR *arg)
{
    return arg[0] == '/' || arg[0] == '-';
}

/* The object keyword a positional word names, or CL_OBJ_CLUSTER for none
 * (the "cluster" keyword itself is not an object word on the command line). */
static enum cl_object object_keyword(const WCHAR *word)
{
    int i;

    for (i = CL_OBJ_CLUSTER + 1; i < CL_OBJ_COUNT; i++)
        if (cl_name_matches(word, cl_objects[i].names)) return cl_objects[i].type;
    return CL_OBJ_CLUSTER;
}

/* Splits "/name:value" into an option; name is copied, value points into arg. */
static DWORD split_switch(const WCHAR *arg, struct cl_option *opt)
{
    const WCHAR *start = arg + 1, *colon = wcschr(start, ':');
    size_t len = colon ? (size_t)(colon - start) : wcslen(start);

    if (!(opt->name = malloc((len + 1) * sizeof(WCHAR)))) return ERROR_NOT_ENOUGH_MEMORY;
    memcpy(opt->name, start, len * sizeof(WCHAR));
    opt->name[len] = 0;
    opt->value = colon ? colon + 1 : NULL;
    opt->text = arg;
    return ERROR_SUCCESS;
}

void cl_free_args(struct cl_args *args)
{
    int i;

    for (i = 0; i < args->option_count; i++) free(args->options[i].name);
    free(args->options);
    free(args->params);
    memset(args, 0, sizeof(*args));
}

DWORD cl_parse_args(int argc, WCHAR **argv, struct cl_args *args)
{
    enum { BEFORE_OBJECT, AFTER_OBJECT, AFTER_COMMAND } phase = BEFORE_OBJECT;
    struct cl_option opt;
    DWORD err;
    int i;

    memset(args, 0, sizeof(*args));
    args->object = CL_OBJ_CLUSTER;
    if (argc < 1) argc = 1;
    args->options = calloc(argc, sizeof(*args->options));
    args->params = calloc(argc, sizeof(*args->params));
    if (!args->options || !args->params)
    {
        cl_free_args(args);
        return ERROR_NOT_ENOUGH_MEMORY;
    }

    for (i = 1; i < argc; i++)
    {
        const WCHAR *arg = argv[i];

        if (is_switch(arg))
        {
            if ((err = split_switch(arg, &opt))) goto failed;

            if (cl_name_matches(opt.name, help_switch) && !opt.value)
            {
                args->help = TRUE;
                free(opt.name);
                continue;
            }
            if (phase == BEFORE_OBJECT && cl_name_matches(opt.name, cluster_switch))
            {
                free(opt.name);
                if (!opt.value || !opt.value[0])
                {
                    cl_eprintf(L"The option '%ls' needs a cluster name, as in /cluster:NAME.\n", arg);
                    err = ERROR_INVALID_PARAMETER;
                    goto failed;
                }
                if (args->cluster_name)
                {
                    cl_eprintf(L"More than one cluster name was given ('%ls' and '%ls').\n",
                               args->cluster_name, opt.value);
                    err = ERROR_INVALID_PARAMETER;
                    goto failed;
                }
                args->cluster_name = opt.value;
                continue;
            }
            args->options[args->option_count++] = opt;
            phase = AFTER_COMMAND;
            continue;
        }

        switch (phase)
        {
        case BEFORE_OBJECT:
            if ((args->object = object_keyword(arg)) != CL_OBJ_CLUSTER)
                phase = AFTER_OBJECT;
            else if (!args->cluster_name)
                args->cluster_name = arg;
            else
            {
                cl_eprintf(L"Unexpected argument '%ls' (the cluster name is already '%ls').\n",
                           arg, args->cluster_name);
                err = ERROR_INVALID_PARAMETER;
                goto failed;
            }
            break;
        case AFTER_OBJECT:
            if (args->object_name)
            {
                cl_eprintf(L"Unexpected argument '%ls' (the %ls name is already '%ls').\n",
                           arg, cl_objects[args->object].names[0], args->object_name);
                err = ERROR_INVALID_PARAMETER;
                goto failed;
            }
            args->object_name = arg;
            break;
        case AFTER_COMMAND:
            args->params[args->param_count++] = arg;
            break;
        }
    }
    return ERROR_SUCCESS;

failed:
    cl_free_args(args);
    return err;
}
