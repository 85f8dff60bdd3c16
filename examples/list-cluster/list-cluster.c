/*
 * list-cluster: print a failover cluster's nodes and groups, with their state.
 *
 *   list-cluster [CLUSTER]
 *
 * Without CLUSTER it opens the cluster this machine belongs to.  A plain
 * Windows console program: it uses only the documented cluster API
 * (clusapi.h) and builds with mingw-w64 against wine-clusapi's installed
 * headers and import library (see Makefile and docs/headers.md).
 *
 * Every failure is reported as "FUNCTION: System error N" on stderr, N being
 * the Win32 error code, and the program exits with status 1.
 */

#include <windows.h>
#include <stdio.h>
#include <stdlib.h>
#include <clusapi.h>

static int failed;

static void report(const char *function, DWORD error)
{
    fprintf(stderr, "%s: System error %lu\n", function, (unsigned long)error);
    failed = 1;
}

/* UTF-16 to UTF-8 for printing; falls back to "?" if conversion fails. */
static void print_wide(const WCHAR *text)
{
    char buffer[1024];

    if (!WideCharToMultiByte(CP_UTF8, 0, text, -1, buffer, sizeof(buffer), NULL, NULL))
        strcpy(buffer, "?");
    fputs(buffer, stdout);
}

static const char *node_state_name(CLUSTER_NODE_STATE state)
{
    switch (state)
    {
    case ClusterNodeUp:      return "Up";
    case ClusterNodeDown:    return "Down";
    case ClusterNodePaused:  return "Paused";
    case ClusterNodeJoining: return "Joining";
    default:                 return "Unknown";
    }
}

static const char *group_state_name(CLUSTER_GROUP_STATE state)
{
    switch (state)
    {
    case ClusterGroupOnline:        return "Online";
    case ClusterGroupOffline:       return "Offline";
    case ClusterGroupFailed:        return "Failed";
    case ClusterGroupPartialOnline: return "Partially online";
    case ClusterGroupPending:       return "Pending";
    default:                        return "Unknown";
    }
}

static void print_node(HCLUSTER cluster, const WCHAR *name)
{
    CLUSTER_NODE_STATE state;
    HNODE node;

    printf("  ");
    print_wide(name);
    if (!(node = OpenClusterNode(cluster, name)))
    {
        printf("\n");
        report("OpenClusterNode", GetLastError());
        return;
    }
    state = GetClusterNodeState(node);
    if (state == ClusterNodeStateUnknown) report("GetClusterNodeState", GetLastError());
    printf("  %s\n", node_state_name(state));
    CloseClusterNode(node);
}

static void print_group(HCLUSTER cluster, const WCHAR *name)
{
    WCHAR owner[256];
    DWORD owner_len = ARRAYSIZE(owner);
    CLUSTER_GROUP_STATE state;
    HGROUP group;

    printf("  ");
    print_wide(name);
    if (!(group = OpenClusterGroup(cluster, name)))
    {
        printf("\n");
        report("OpenClusterGroup", GetLastError());
        return;
    }
    state = GetClusterGroupState(group, owner, &owner_len);
    if (state == ClusterGroupStateUnknown)
    {
        report("GetClusterGroupState", GetLastError());
        owner[0] = 0;
    }
    printf("  %s", group_state_name(state));
    if (owner[0])
    {
        printf(" on ");
        print_wide(owner);
    }
    printf("\n");
    CloseClusterGroup(group);
}

/* Enumerate one kind of object (CLUSTER_ENUM_NODE or CLUSTER_ENUM_GROUP). */
static void list_objects(HCLUSTER cluster, DWORD type, const char *title)
{
    DWORD index, kind, len, size = 64, error;
    WCHAR *name;
    HCLUSENUM enumeration;

    printf("%s:\n", title);
    if (!(enumeration = ClusterOpenEnum(cluster, type)))
    {
        report("ClusterOpenEnum", GetLastError());
        return;
    }
    if (!(name = malloc(size * sizeof(WCHAR))))
    {
        report("malloc", ERROR_NOT_ENOUGH_MEMORY);
        ClusterCloseEnum(enumeration);
        return;
    }
    for (index = 0;; index++)
    {
        len = size;
        error = ClusterEnum(enumeration, index, &kind, name, &len);
        if (error == ERROR_MORE_DATA)
        {
            /* len is the length without the terminating NUL */
            WCHAR *bigger = realloc(name, (len + 1) * sizeof(WCHAR));
            if (!bigger)
            {
                report("realloc", ERROR_NOT_ENOUGH_MEMORY);
                break;
            }
            name = bigger;
            size = len + 1;
            len = size;
            error = ClusterEnum(enumeration, index, &kind, name, &len);
        }
        if (error == ERROR_NO_MORE_ITEMS) break;
        if (error != ERROR_SUCCESS)
        {
            report("ClusterEnum", error);
            break;
        }
        if (kind == CLUSTER_ENUM_NODE) print_node(cluster, name);
        else if (kind == CLUSTER_ENUM_GROUP) print_group(cluster, name);
    }
    free(name);
    error = ClusterCloseEnum(enumeration);
    if (error != ERROR_SUCCESS) report("ClusterCloseEnum", error);
}

int main(int argc, char **argv)
{
    WCHAR cluster_name[MAX_CLUSTERNAME_LENGTH + 1], wide_arg[256];
    DWORD len = ARRAYSIZE(cluster_name), error;
    CLUSTERVERSIONINFO info;
    HCLUSTER cluster;

    if (argc > 2 || (argc == 2 && !strcmp(argv[1], "/?")))
    {
        fprintf(stderr, "usage: list-cluster [CLUSTER]\n");
        return 2;
    }
    if (argc == 2 && !MultiByteToWideChar(CP_ACP, 0, argv[1], -1, wide_arg, ARRAYSIZE(wide_arg)))
    {
        report("MultiByteToWideChar", GetLastError());
        return 1;
    }

    if (!(cluster = OpenCluster(argc == 2 ? wide_arg : NULL)))
    {
        report("OpenCluster", GetLastError());
        return 1;
    }

    info.dwVersionInfoSize = sizeof(info);
    error = GetClusterInformation(cluster, cluster_name, &len, &info);
    if (error == ERROR_SUCCESS)
    {
        printf("Cluster ");
        print_wide(cluster_name);
        printf(" (version %u.%u, build %u)\n", info.MajorVersion, info.MinorVersion, info.BuildNumber);
    }
    else report("GetClusterInformation", error);

    list_objects(cluster, CLUSTER_ENUM_NODE, "Nodes");
    list_objects(cluster, CLUSTER_ENUM_GROUP, "Groups");

    if (!CloseCluster(cluster)) report("CloseCluster", GetLastError());
    return failed ? 1 : 0;
}
