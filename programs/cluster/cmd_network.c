/*
 * cluster.exe for wine-clusapi: NETWORK, NETINTERFACE and RESOURCETYPE commands.
 *
 *   cluster network [name] [/status]
 *   cluster network name /rename:new-name | /listinterfaces
 *   cluster netinterface [/node:node] [/network:network] [/status]
 *   cluster resourcetype [/list]
 */
#include <stdlib.h>
#include <wchar.h>

#include "cluster.h"

static const struct cl_column network_columns[] =
{
    { L"Network", 20, FALSE }, { L"Status", 6, FALSE },
};

static DWORD network_row(struct cl_table *table, HNETWORK network, const WCHAR *name)
{
    CLUSTER_NETWORK_STATE state;
    const WCHAR *cells[2];
    DWORD err;

    if ((err = cl_network_state(network, &state))) return err;
    cells[0] = name;
    cells[1] = cl_network_state_name(state);
    return cl_table_add(table, cells);
}

static DWORD network_row_by_name(struct cl_table *table, HCLUSTER cluster, const WCHAR *name)
{
    HNETWORK network;
    DWORD err;

    if ((err = cl_open_network(cluster, name, &network))) return err;
    err = network_row(table, network, name);
    CloseClusterNetwork(network);
    return err;
}

DWORD cl_cmd_network_status(struct cl_context *ctx)
{
    const WCHAR *name = ctx->args->object_name;
    struct cl_names networks = { 0 };
    struct cl_table table;
    DWORD err, i;

    cl_table_init(&table, network_columns, ARRAY_SIZE(network_columns));
    if (name) err = network_row_by_name(&table, ctx->cluster, name);
    else if (!(err = cl_enum_cluster(ctx->cluster, CLUSTER_ENUM_NETWORK, &networks)))
        for (i = 0; i < networks.count && !err; i++)
            err = network_row_by_name(&table, ctx->cluster, networks.names[i]);

    if (!err)
    {
        if (name) cl_printf(L"Listing status for network '%ls':\n\n", name);
        else cl_printf(L"Listing status for all available networks:\n\n");
        cl_table_print(&table);
    }
    cl_table_free(&table);
    cl_names_free(&networks);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

DWORD cl_cmd_network_rename(struct cl_context *ctx)
{
    const WCHAR *name = ctx->args->object_name, *new_name = cl_option_value(ctx);
    struct cl_table table;
    HNETWORK network;
    DWORD err;

    if ((err = cl_open_network(ctx->cluster, name, &network))) return cl_print_error(err);
    cl_printf(L"Renaming network '%ls' to '%ls'...\n", name, new_name);
    if (!(err = SetClusterNetworkName(network, new_name)))
    {
        cl_table_init(&table, network_columns, ARRAY_SIZE(network_columns));
        if (!(err = network_row(&table, network, new_name)))
        {
            cl_printf(L"\n");
            cl_table_print(&table);
        }
        cl_table_free(&table);
    }
    CloseClusterNetwork(network);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

DWORD cl_cmd_network_interfaces(struct cl_context *ctx)
{
    const WCHAR *name = ctx->args->object_name;
    HNETWORK network;
    DWORD err;

    /* Open it first, so that an unknown network is ERROR_CLUSTER_NETWORK_NOT_FOUND. */
    if ((err = cl_open_network(ctx->cluster, name, &network))) return cl_print_error(err);
    CloseClusterNetwork(network);
    return cl_print_netinterfaces(ctx->cluster, NULL, name);
}

/* ---- network interfaces ---- */

/* Adds the interfaces of node on network (ClusterNetInterfaceOpenEnum with
 * both filters, so that each row knows its node and network). */
static DWORD add_netinterfaces(struct cl_table *table, HCLUSTER cluster, const WCHAR *node, const WCHAR *network)
{
    CLUSTER_NETINTERFACE_STATE state;
    struct cl_names interfaces;
    HNETINTERFACE netinterface;
    const WCHAR *cells[4];
    DWORD err, i;

    if ((err = cl_enum_netinterfaces(cluster, node, network, &interfaces))) return err;
    for (i = 0; i < interfaces.count && !err; i++)
    {
        if ((err = cl_open_netinterface(cluster, interfaces.names[i], &netinterface))) break;
        if (!(err = cl_netinterface_state(netinterface, &state)))
        {
            cells[0] = node;
            cells[1] = network;
            cells[2] = interfaces.names[i];
            cells[3] = cl_netinterface_state_name(state);
            err = cl_table_add(table, cells);
        }
        CloseClusterNetInterface(netinterface);
    }
    cl_names_free(&interfaces);
    return err;
}

DWORD cl_print_netinterfaces(HCLUSTER cluster, const WCHAR *node, const WCHAR *network)
{
    static const struct cl_column columns[] =
    {
        { L"Node", 15, FALSE }, { L"Network", 20, FALSE }, { L"Interface", 20, FALSE }, { L"Status", 6, FALSE },
    };
    WCHAR *node_name = (WCHAR *)node, *network_name = (WCHAR *)network;
    struct cl_names nodes = { &node_name, 1 }, networks = { &network_name, 1 };
    struct cl_table table;
    DWORD err = ERROR_SUCCESS, i, j;

    /* Every node and every network unless one was named. */
    if (!node && (err = cl_enum_cluster(cluster, CLUSTER_ENUM_NODE, &nodes))) return cl_print_error(err);
    if (!network && (err = cl_enum_cluster(cluster, CLUSTER_ENUM_NETWORK, &networks)))
    {
        if (!node) cl_names_free(&nodes);
        return cl_print_error(err);
    }

    cl_table_init(&table, columns, ARRAY_SIZE(columns));
    for (i = 0; i < nodes.count && !err; i++)
        for (j = 0; j < networks.count && !err; j++)
            err = add_netinterfaces(&table, cluster, nodes.names[i], networks.names[j]);
    if (!err)
    {
        if (node && network) cl_printf(L"Listing status for the network interface of node '%ls' on network '%ls':\n\n",
                                       node, network);
        else if (node) cl_printf(L"Listing status for the network interfaces of node '%ls':\n\n", node);
        else if (network) cl_printf(L"Listing status for the network interfaces on network '%ls':\n\n", network);
        else cl_printf(L"Listing status for all available network interfaces:\n\n");
        cl_table_print(&table);
    }
    cl_table_free(&table);
    if (!node) cl_names_free(&nodes);
    if (!network) cl_names_free(&networks);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

DWORD cl_cmd_netinterface_status(struct cl_context *ctx)
{
    return cl_print_netinterfaces(ctx->cluster, cl_modifier(ctx, L"node", NULL),
                                  cl_modifier(ctx, L"network", NULL));
}

/* ---- resource types ---- */

DWORD cl_cmd_restype_list(struct cl_context *ctx)
{
    static const struct cl_column columns[] = { { L"Resource Type Name", 0, FALSE } };
    struct cl_names types;
    struct cl_table table;
    DWORD err, i;

    if ((err = cl_enum_cluster(ctx->cluster, CLUSTER_ENUM_RESTYPE, &types))) return cl_print_error(err);
    cl_table_init(&table, columns, ARRAY_SIZE(columns));
    for (i = 0; i < types.count && !err; i++) err = cl_table_add(&table, (const WCHAR *const *)&types.names[i]);
    if (!err)
    {
        cl_printf(L"Listing all available resource types:\n\n");
        cl_table_print(&table);
    }
    cl_table_free(&table);
    cl_names_free(&types);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}
