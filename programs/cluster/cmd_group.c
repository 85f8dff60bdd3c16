/*
 * cluster.exe for wine-clusapi: GROUP commands.
 *
 *   cluster group [name] [/status]
 *   cluster group name /online[:node] | /offline | /moveto[:node]  [/wait[:seconds]]
 *   cluster group name /create | /delete | /rename:new-name | /listowners
 *
 * A state change the cluster accepted but has not finished answers
 * ERROR_IO_PENDING: that is success, and the status printed afterwards says
 * "Pending" (or, with /wait, the state it ended in).
 */
#include <stdlib.h>
#include <wchar.h>

#include "cluster.h"

DWORD cl_cmd_group_status(struct cl_context *ctx)
{
    const WCHAR *name = ctx->args->object_name;
    struct cl_names groups = { 0 };
    struct cl_table table;
    DWORD err, i;

    cl_group_table(&table);
    if (name) err = cl_group_row_by_name(&table, ctx->cluster, name);
    else if (!(err = cl_enum_cluster(ctx->cluster, CLUSTER_ENUM_GROUP, &groups)))
        for (i = 0; i < groups.count && !err; i++)
            err = cl_group_row_by_name(&table, ctx->cluster, groups.names[i]);

    if (!err)
    {
        if (name) cl_printf(L"Listing status for resource group '%ls':\n\n", name);
        else cl_printf(L"Listing status for all available resource groups:\n\n");
        cl_table_print(&table);
    }
    cl_table_free(&table);
    cl_names_free(&groups);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

/* After a state change: ERROR_IO_PENDING is success; with /wait, polls until
 * the pending state ends; then prints the group's status (also when the
 * wait timed out).  Returns the first error, not reported yet. */
static DWORD finish_group(HGROUP group, const WCHAR *name, DWORD err, DWORD timeout)
{
    struct cl_table table;
    DWORD status_err;

    if (err == ERROR_IO_PENDING) err = ERROR_SUCCESS;
    if (err) return err;
    if (timeout) err = cl_wait_group(group, timeout);
    if (err && err != ERROR_TIMEOUT) return err;

    cl_group_table(&table);
    if (!(status_err = cl_group_row(&table, group, name)))
    {
        cl_printf(L"\n");
        cl_table_print(&table);
    }
    cl_table_free(&table);
    return err ? err : status_err;
}

enum group_op { GROUP_ONLINE, GROUP_OFFLINE, GROUP_MOVE };

static DWORD group_op(struct cl_context *ctx, enum group_op op)
{
    const WCHAR *name = ctx->args->object_name, *node_name = cl_option_value(ctx);
    HNODE node = NULL;
    HGROUP group;
    DWORD err, timeout;

    if ((err = cl_wait_timeout(ctx, &timeout))) return err;
    if ((err = cl_open_group(ctx->cluster, name, &group))) return cl_print_error(err);
    if (node_name && (err = cl_open_node(ctx->cluster, node_name, &node)))
    {
        CloseClusterGroup(group);
        return cl_print_error(err);
    }

    switch (op)
    {
    case GROUP_ONLINE:
        if (node) cl_printf(L"Bringing resource group '%ls' online on node '%ls'...\n", name, node_name);
        else cl_printf(L"Bringing resource group '%ls' online...\n", name);
        err = OnlineClusterGroup(group, node);
        break;
    case GROUP_OFFLINE:
        cl_printf(L"Bringing resource group '%ls' offline...\n", name);
        err = OfflineClusterGroup(group);
        break;
    case GROUP_MOVE:
        if (node) cl_printf(L"Moving resource group '%ls' to node '%ls'...\n", name, node_name);
        else cl_printf(L"Moving resource group '%ls'...\n", name);
        /* No node: the cluster picks the best one. */
        err = MoveClusterGroup(group, node);
        break;
    }
    err = finish_group(group, name, err, timeout);

    if (node) CloseClusterNode(node);
    CloseClusterGroup(group);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

DWORD cl_cmd_group_online(struct cl_context *ctx)
{
    return group_op(ctx, GROUP_ONLINE);
}

DWORD cl_cmd_group_offline(struct cl_context *ctx)
{
    return group_op(ctx, GROUP_OFFLINE);
}

DWORD cl_cmd_group_move(struct cl_context *ctx)
{
    return group_op(ctx, GROUP_MOVE);
}

DWORD cl_cmd_group_create(struct cl_context *ctx)
{
    const WCHAR *name = ctx->args->object_name;
    HGROUP group;
    DWORD err;

    cl_printf(L"Creating resource group '%ls'...\n", name);
    SetLastError(ERROR_SUCCESS);
    if (!(group = CreateClusterGroup(ctx->cluster, name)))
    {
        if (!(err = GetLastError())) err = ERROR_INTERNAL_ERROR;
        return cl_print_error(err);
    }
    err = finish_group(group, name, ERROR_SUCCESS, 0);
    CloseClusterGroup(group);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

DWORD cl_cmd_group_delete(struct cl_context *ctx)
{
    const WCHAR *name = ctx->args->object_name;
    HGROUP group;
    DWORD err;

    if ((err = cl_open_group(ctx->cluster, name, &group))) return cl_print_error(err);
    cl_printf(L"Deleting resource group '%ls'...\n", name);
    err = DeleteClusterGroup(group);
    CloseClusterGroup(group);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

DWORD cl_cmd_group_rename(struct cl_context *ctx)
{
    const WCHAR *name = ctx->args->object_name, *new_name = cl_option_value(ctx);
    HGROUP group;
    DWORD err;

    if ((err = cl_open_group(ctx->cluster, name, &group))) return cl_print_error(err);
    cl_printf(L"Renaming resource group '%ls' to '%ls'...\n", name, new_name);
    err = SetClusterGroupName(group, new_name);
    err = finish_group(group, new_name, err, 0);
    CloseClusterGroup(group);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

DWORD cl_cmd_group_owners(struct cl_context *ctx)
{
    static const struct cl_column columns[] = { { L"Preferred Owner Nodes", 0, FALSE } };
    const WCHAR *name = ctx->args->object_name;
    struct cl_names nodes = { 0 };
    struct cl_table table;
    HGROUP group;
    DWORD err, i;

    if ((err = cl_open_group(ctx->cluster, name, &group))) return cl_print_error(err);
    err = cl_enum_group(group, CLUSTER_GROUP_ENUM_NODES, &nodes);
    CloseClusterGroup(group);

    cl_table_init(&table, columns, ARRAY_SIZE(columns));
    for (i = 0; i < nodes.count && !err; i++) err = cl_table_add(&table, (const WCHAR *const *)&nodes.names[i]);
    if (!err)
    {
        cl_printf(L"Listing preferred owners for resource group '%ls':\n\n", name);
        cl_table_print(&table);
    }
    cl_table_free(&table);
    cl_names_free(&nodes);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}
