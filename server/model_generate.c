/*
 * Descriptions of large clusters, for benchmarks: the core of a two-node
 * cluster (FSCLUSTER, node1 served, as server/examples/two-node.conf) and
 * "roles" of generic services, each role a group whose services depend on
 * its first one.  The output is an ordinary configuration file.
 */
#include "server/model_internal.h"

#include <errno.h>

/* The fixed part, one section per entry: a table, so that it reads as the file it makes. */
static const char *const core_sections[] =
{
    "[cluster]\n"
    "name = FSCLUSTER\n"
    "version = 10.0.20348\n"
    "highest_version = 0x000b0003\n"
    "lowest_version = 0x000b0003\n"
    "local_node = node1\n"
    "client_access = all\n",

    "[node node1]\nid = 1\n",
    "[node node2]\nid = 2\n",

    "[network Cluster Network 1]\n"
    "role = internal_and_client\n"
    "address = 10.0.0.0\n"
    "mask = 255.255.0.0\n",

    "[netinterface node1 - Ethernet]\nnode = node1\nnetwork = Cluster Network 1\naddress = 10.0.0.1\n",
    "[netinterface node2 - Ethernet]\nnode = node2\nnetwork = Cluster Network 1\naddress = 10.0.0.2\n",

    "[group Cluster Group]\ncore = yes\nprop.GroupType = DWORD:1\n",

    "[resource Cluster IP Address]\n"
    "type = IP Address\n"
    "group = Cluster Group\n"
    "core = yes\n"
    "priv.Address = SZ:10.0.0.10\n"
    "priv.SubnetMask = SZ:255.255.0.0\n",

    "[resource Cluster Name]\n"
    "type = Network Name\n"
    "group = Cluster Group\n"
    "core = yes\n"
    "depends = Cluster IP Address\n"
    "priv.Name = SZ:FSCLUSTER\n",
};

bool cmrp_model_write_generated(FILE *out, unsigned int num_resources, unsigned int per_group)
{
    unsigned int groups, group, resource = 0, i;

    if (!per_group || per_group > 1000 || num_resources > CMRP_MAX_RESOURCES - 16) return false;
    groups = (num_resources + per_group - 1) / per_group;
    if (groups > CMRP_MAX_GROUPS - 16) return false;

    fprintf(out, "# Generated: %u generic services in %u roles of up to %u (server/README.md).\n\n",
            num_resources, groups, per_group);
    for (i = 0; i < sizeof(core_sections) / sizeof(core_sections[0]); i++) fprintf(out, "%s\n", core_sections[i]);

    for (group = 1; group <= groups; group++)
    {
        /* roles alternate between the nodes, preferring the one they run on */
        const char *owner = group % 2 ? "node1" : "node2", *other = group % 2 ? "node2" : "node1";
        unsigned int first = resource + 1;

        fprintf(out, "[group Role %05u]\nowner = %s\npreferred_owners = %s, %s\nprop.GroupType = DWORD:9999\n\n",
                group, owner, owner, other);
        for (i = 0; i < per_group && resource < num_resources; i++)
        {
            resource++;
            fprintf(out, "[resource Service %06u]\ntype = Generic Service\ngroup = Role %05u\n", resource, group);
            if (resource != first) fprintf(out, "depends = Service %06u\n", first);
            fprintf(out, "priv.ServiceName = SZ:svc%06u\n\n", resource);
        }
    }
    fflush(out);
    return !ferror(out);
}
