/*
 * cluster.exe for wine-clusapi: NODE commands.
 *
 *   cluster node [name] [/status]
 *   cluster node name /pause | /resume | /evict | /listinterfaces
 */
#include <stdlib.h>
#include <wchar.h>

#include "cluster.h"

DWORD cl_cmd_node_status(struct cl_context *ctx)
{
    const WCHAR *name = ctx->args->object_name;
    struct cl_names nodes = { 0 };
    struct cl_table table;
    DWORD err, i;

    cl_node_table(&table);
    if (name) err = cl_node_row_by_name(&table, ctx->cluster, name);
    else if (!(err = cl_enum_cluster(ctx->cluster, CLUSTER_ENUM_NODE, &nodes)))
        for (i = 0; i < nodes.count && !err; i++)
            err = cl_node_row_by_name(&table, ctx->cluster, nodes.names[i]);

    if (!err)
    {
        if (name) cl_printf(L"Listing status for node '%ls':\n\n", name);
        else cl_printf(L"Listing status for all available nodes:\n\n");
        cl_table_print(&table);
    }
    cl_table_free(&table);
    cl_names_free(&nodes);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

enum node_op { NODE_PAUSE, NODE_RESUME, NODE_EVICT };

static DWORD node_op(struct cl_context *ctx, enum node_op op)
{
    static const WCHAR *const verbs[] = { L"Pausing", L"Resuming", L"Evicting" };
    const WCHAR *name = ctx->args->object_name;
    struct cl_table table;
    HNODE node;
    DWORD err;

    if ((err = cl_open_node(ctx->cluster, name, &node))) return cl_print_error(err);

    cl_printf(L"%ls node '%ls'...\n", verbs[op], name);
    switch (op)
    {
    case NODE_PAUSE:  err = PauseClusterNode(node); break;
    case NODE_RESUME: err = ResumeClusterNode(node); break;
    case NODE_EVICT:  err = EvictClusterNode(node); break;
    }
    /* Accepted, still in progress: the status below shows where it is. */
    if (err == ERROR_IO_PENDING) err = ERROR_SUCCESS;

    /* An evicted node has no status left to show. */
    if (!err && op != NODE_EVICT)
    {
        cl_node_table(&table);
        if (!(err = cl_node_row(&table, node, name)))
        {
            cl_printf(L"\n");
            cl_table_print(&table);
        }
        cl_table_free(&table);
    }
    CloseClusterNode(node);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

DWORD cl_cmd_node_pause(struct cl_context *ctx)
{
    return node_op(ctx, NODE_PAUSE);
}

DWORD cl_cmd_node_resume(struct cl_context *ctx)
{
    return node_op(ctx, NODE_RESUME);
}

DWORD cl_cmd_node_evict(struct cl_context *ctx)
{
    return node_op(ctx, NODE_EVICT);
}

DWORD cl_cmd_node_interfaces(struct cl_context *ctx)
{
    const WCHAR *name = ctx->args->object_name;
    HNODE node;
    DWORD err;

    /* Open it first, so that an unknown node is ERROR_CLUSTER_NODE_NOT_FOUND. */
    if ((err = cl_open_node(ctx->cluster, name, &node))) return cl_print_error(err);
    CloseClusterNode(node);
    return cl_print_netinterfaces(ctx->cluster, name, NULL);
}
