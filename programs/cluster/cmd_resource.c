/*
 * cluster.exe for wine-clusapi: RESOURCE commands.
 *
 *   cluster resource [name] [/status]
 *   cluster resource name /online | /offline  [/wait[:seconds]]
 *   cluster resource name /fail | /delete | /rename:new-name | /moveto:group
 *   cluster resource name /create /group:group /type:type [/separate]
 *   cluster resource name /listdependencies | /adddependency:r | /removedependency:r
 *   cluster resource name /listowners | /addowner:node | /removeowner:node
 *
 * ERROR_IO_PENDING from a state change is success: the status printed
 * afterwards says "Online Pending" or "Offline Pending" (or, with /wait, the
 * state it ended in).
 */
#include <stdlib.h>
#include <wchar.h>

#include "cluster.h"

/* Prints title (a format for title_name) and the status of the resources
 * named in list; all are queried before anything is printed. */
static DWORD print_resources(HCLUSTER cluster, const struct cl_names *list, const WCHAR *title,
                             const WCHAR *title_name)
{
    struct cl_table table;
    DWORD err = ERROR_SUCCESS, i;

    cl_resource_table(&table);
    for (i = 0; i < list->count && !err; i++)
        err = cl_resource_row_by_name(&table, cluster, list->names[i]);
    if (!err)
    {
        cl_printf(title, title_name);
        cl_table_print(&table);
    }
    cl_table_free(&table);
    return err;
}

DWORD cl_cmd_resource_status(struct cl_context *ctx)
{
    WCHAR *name = (WCHAR *)ctx->args->object_name;
    struct cl_names resources = { 0 }, one = { &name, 1 };
    DWORD err;

    if (name)
        err = print_resources(ctx->cluster, &one, L"Listing status for resource '%ls':\n\n", name);
    else if (!(err = cl_enum_cluster(ctx->cluster, CLUSTER_ENUM_RESOURCE, &resources)))
        err = print_resources(ctx->cluster, &resources, L"Listing status for all available resources:\n\n", NULL);
    cl_names_free(&resources);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

/* After a change: ERROR_IO_PENDING is success; with /wait, polls until the
 * pending state ends; then prints the resource's status (also when the wait
 * timed out).  Returns the first error, not reported yet. */
static DWORD finish_resource(HRESOURCE resource, const WCHAR *name, DWORD err, DWORD timeout)
{
    struct cl_table table;
    DWORD status_err;

    if (err == ERROR_IO_PENDING) err = ERROR_SUCCESS;
    if (err) return err;
    if (timeout) err = cl_wait_resource(resource, timeout);
    if (err && err != ERROR_TIMEOUT) return err;

    cl_resource_table(&table);
    if (!(status_err = cl_resource_row(&table, resource, name)))
    {
        cl_printf(L"\n");
        cl_table_print(&table);
    }
    cl_table_free(&table);
    return err ? err : status_err;
}

enum resource_op { RES_ONLINE, RES_OFFLINE, RES_FAIL };

static DWORD resource_op(struct cl_context *ctx, enum resource_op op)
{
    const WCHAR *name = ctx->args->object_name;
    HRESOURCE resource;
    DWORD err, timeout = 0;

    if (op != RES_FAIL && (err = cl_wait_timeout(ctx, &timeout))) return err;
    if ((err = cl_open_resource(ctx->cluster, name, &resource))) return cl_print_error(err);

    switch (op)
    {
    case RES_ONLINE:
        cl_printf(L"Bringing resource '%ls' online...\n", name);
        err = OnlineClusterResource(resource);
        break;
    case RES_OFFLINE:
        cl_printf(L"Bringing resource '%ls' offline...\n", name);
        err = OfflineClusterResource(resource);
        break;
    case RES_FAIL:
        cl_printf(L"Failing resource '%ls'...\n", name);
        err = FailClusterResource(resource);
        break;
    }
    err = finish_resource(resource, name, err, timeout);
    CloseClusterResource(resource);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

DWORD cl_cmd_resource_online(struct cl_context *ctx)
{
    return resource_op(ctx, RES_ONLINE);
}

DWORD cl_cmd_resource_offline(struct cl_context *ctx)
{
    return resource_op(ctx, RES_OFFLINE);
}

DWORD cl_cmd_resource_fail(struct cl_context *ctx)
{
    return resource_op(ctx, RES_FAIL);
}

DWORD cl_cmd_resource_create(struct cl_context *ctx)
{
    const WCHAR *name = ctx->args->object_name;
    const WCHAR *group_name = cl_modifier(ctx, L"group", NULL), *type = cl_modifier(ctx, L"type", NULL);
    BOOL separate;
    HRESOURCE resource;
    HGROUP group;
    DWORD err;

    cl_modifier(ctx, L"separate", &separate);
    if ((err = cl_open_group(ctx->cluster, group_name, &group))) return cl_print_error(err);

    cl_printf(L"Creating resource '%ls'...\n", name);
    SetLastError(ERROR_SUCCESS);
    resource = CreateClusterResource(group, name, type, separate ? CLUSTER_RESOURCE_SEPARATE_MONITOR : 0);
    if (!resource && !(err = GetLastError())) err = ERROR_INTERNAL_ERROR;
    CloseClusterGroup(group);
    if (!resource) return cl_print_error(err);

    err = finish_resource(resource, name, ERROR_SUCCESS, 0);
    CloseClusterResource(resource);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

DWORD cl_cmd_resource_delete(struct cl_context *ctx)
{
    const WCHAR *name = ctx->args->object_name;
    HRESOURCE resource;
    DWORD err;

    if ((err = cl_open_resource(ctx->cluster, name, &resource))) return cl_print_error(err);
    cl_printf(L"Deleting resource '%ls'...\n", name);
    err = DeleteClusterResource(resource);
    CloseClusterResource(resource);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

DWORD cl_cmd_resource_rename(struct cl_context *ctx)
{
    const WCHAR *name = ctx->args->object_name, *new_name = cl_option_value(ctx);
    HRESOURCE resource;
    DWORD err;

    if ((err = cl_open_resource(ctx->cluster, name, &resource))) return cl_print_error(err);
    cl_printf(L"Renaming resource '%ls' to '%ls'...\n", name, new_name);
    err = SetClusterResourceName(resource, new_name);
    err = finish_resource(resource, new_name, err, 0);
    CloseClusterResource(resource);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

DWORD cl_cmd_resource_move(struct cl_context *ctx)
{
    const WCHAR *name = ctx->args->object_name, *group_name = cl_option_value(ctx);
    HRESOURCE resource;
    HGROUP group;
    DWORD err;

    if ((err = cl_open_resource(ctx->cluster, name, &resource))) return cl_print_error(err);
    if ((err = cl_open_group(ctx->cluster, group_name, &group)))
    {
        CloseClusterResource(resource);
        return cl_print_error(err);
    }
    cl_printf(L"Moving resource '%ls' to group '%ls'...\n", name, group_name);
    err = ChangeClusterResourceGroup(resource, group);
    err = finish_resource(resource, name, err, 0);
    CloseClusterGroup(group);
    CloseClusterResource(resource);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

DWORD cl_cmd_resource_dependencies(struct cl_context *ctx)
{
    const WCHAR *name = ctx->args->object_name;
    struct cl_names depends = { 0 };
    HRESOURCE resource;
    DWORD err;

    if ((err = cl_open_resource(ctx->cluster, name, &resource))) return cl_print_error(err);
    err = cl_enum_resource(resource, CLUSTER_RESOURCE_ENUM_DEPENDS, &depends);
    CloseClusterResource(resource);
    if (!err)
        err = print_resources(ctx->cluster, &depends, L"Listing resource dependencies for '%ls':\n\n", name);
    cl_names_free(&depends);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

enum dependency_op { DEP_ADD, DEP_REMOVE };

static DWORD dependency_op(struct cl_context *ctx, enum dependency_op op)
{
    const WCHAR *name = ctx->args->object_name, *other_name = cl_option_value(ctx);
    HRESOURCE resource, other;
    DWORD err;

    if ((err = cl_open_resource(ctx->cluster, name, &resource))) return cl_print_error(err);
    if ((err = cl_open_resource(ctx->cluster, other_name, &other)))
    {
        CloseClusterResource(resource);
        return cl_print_error(err);
    }
    if (op == DEP_ADD)
    {
        cl_printf(L"Making resource '%ls' depend on resource '%ls'...\n", name, other_name);
        err = AddClusterResourceDependency(resource, other);
    }
    else
    {
        cl_printf(L"Removing the dependency of resource '%ls' on resource '%ls'...\n", name, other_name);
        err = RemoveClusterResourceDependency(resource, other);
    }
    CloseClusterResource(other);
    CloseClusterResource(resource);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

DWORD cl_cmd_resource_add_dependency(struct cl_context *ctx)
{
    return dependency_op(ctx, DEP_ADD);
}

DWORD cl_cmd_resource_remove_dependency(struct cl_context *ctx)
{
    return dependency_op(ctx, DEP_REMOVE);
}

DWORD cl_cmd_resource_owners(struct cl_context *ctx)
{
    static const struct cl_column columns[] = { { L"Possible Owner Nodes", 0, FALSE } };
    const WCHAR *name = ctx->args->object_name;
    struct cl_names nodes = { 0 };
    struct cl_table table;
    HRESOURCE resource;
    DWORD err, i;

    if ((err = cl_open_resource(ctx->cluster, name, &resource))) return cl_print_error(err);
    err = cl_enum_resource(resource, CLUSTER_RESOURCE_ENUM_NODES, &nodes);
    CloseClusterResource(resource);

    cl_table_init(&table, columns, ARRAY_SIZE(columns));
    for (i = 0; i < nodes.count && !err; i++) err = cl_table_add(&table, (const WCHAR *const *)&nodes.names[i]);
    if (!err)
    {
        cl_printf(L"Listing possible owners for resource '%ls':\n\n", name);
        cl_table_print(&table);
    }
    cl_table_free(&table);
    cl_names_free(&nodes);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

enum owner_op { OWNER_ADD, OWNER_REMOVE };

static DWORD owner_op(struct cl_context *ctx, enum owner_op op)
{
    const WCHAR *name = ctx->args->object_name, *node_name = cl_option_value(ctx);
    HRESOURCE resource;
    HNODE node;
    DWORD err;

    if ((err = cl_open_resource(ctx->cluster, name, &resource))) return cl_print_error(err);
    if ((err = cl_open_node(ctx->cluster, node_name, &node)))
    {
        CloseClusterResource(resource);
        return cl_print_error(err);
    }
    if (op == OWNER_ADD)
    {
        cl_printf(L"Adding node '%ls' to the possible owners of resource '%ls'...\n", node_name, name);
        err = AddClusterResourceNode(resource, node);
    }
    else
    {
        cl_printf(L"Removing node '%ls' from the possible owners of resource '%ls'...\n", node_name, name);
        err = RemoveClusterResourceNode(resource, node);
    }
    CloseClusterNode(node);
    CloseClusterResource(resource);
    return err ? cl_print_error(err) : ERROR_SUCCESS;
}

DWORD cl_cmd_resource_add_owner(struct cl_context *ctx)
{
    return owner_op(ctx, OWNER_ADD);
}

DWORD cl_cmd_resource_remove_owner(struct cl_context *ctx)
{
    return owner_op(ctx, OWNER_REMOVE);
}
