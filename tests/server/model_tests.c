/*
 * Native unit tests of the cluster model (server/model.h): the configuration
 * file, lookups and enumerations, every behaviour (states, dependencies,
 * moves, failover), the registry, notification ports, properties, and
 * hostile input.  Time is a fake clock, so pending transitions are exact.
 */
#define _GNU_SOURCE  /* fmemopen */
#include <stdlib.h>
#include <string.h>

#include "server/model.h"
#include "cmrp/proplist.h"
#include "cmrp/regbatch.h"
#include "wine/test.h"

#ifndef TOP_SRCDIR
#define TOP_SRCDIR "."
#endif
#define EXAMPLE_CONFIG TOP_SRCDIR "/server/examples/two-node.conf"

/* The host side: a clock the tests move, and a count of wake-ups. */
struct fake_host
{
    uint64_t now;
    unsigned int wakeups;
    uint64_t last_port;
    unsigned int evictions;
    const struct cmrp_node *evicted;
};

static uint64_t fake_now(void *data)
{
    return ((struct fake_host *)data)->now;
}

static uint64_t fake_filetime(void *data)
{
    return 133000000000000000ull + ((struct fake_host *)data)->now * 10000;
}

static void fake_event_queued(void *data, uint64_t port)
{
    struct fake_host *host = data;

    host->wakeups++;
    host->last_port = port;
}

static void fake_node_evicted(void *data, const struct cmrp_node *node)
{
    struct fake_host *host = data;

    host->evictions++;
    host->evicted = node;
}

static void attach(struct cmrp_model *model, struct fake_host *host, uint32_t delay_ms)
{
    struct cmrp_model_hooks hooks = { fake_now, fake_filetime, fake_event_queued, host, fake_node_evicted };

    memset(host, 0, sizeof(*host));
    host->now = 1000;
    cmrp_model_set_hooks(model, &hooks);
    model->transition_delay_ms = delay_ms;
}

static struct cmrp_model *load_text(const char *text, char *err, size_t err_size)
{
    FILE *stream = fmemopen((void *)text, strlen(text), "r");
    struct cmrp_model *model;

    if (!stream)
    {
        snprintf(err, err_size, "fmemopen failed");
        return NULL;
    }
    model = cmrp_model_load_stream(stream, "test.conf", err, err_size);
    fclose(stream);
    return model;
}

/* A three-node cluster with a chain of dependencies: app -> name -> ip, and
 * a disk; node3 down so that failover has a choice to make. */
static const char base_config[] =
    "[cluster]\n"
    "name = TESTCLU\n"
    "version = 10.0.20348\n"
    "highest_version = 0x000b0003\n"
    "lowest_version = 0x000b0003\n"
    "local_node = n1\n"
    "quorum = Disk\n"
    "quorum_device = Q:\\\n"
    "[node n1]\n"
    "[node n2]\n"
    "[node n3]\n"
    "state = down\n"
    "[network Net A]\n"
    "role = internal_and_client\n"
    "[network Net B]\n"
    "role = internal\n"
    "[network Net C]\n"
    "role = client\n"
    "[netinterface n1 - Ethernet]\n"
    "node = n1\n"
    "network = Net A\n"
    "[netinterface n2 - Ethernet]\n"
    "node = n2\n"
    "network = Net A\n"
    "[netinterface n2 - Ethernet 2]\n"
    "node = n2\n"
    "network = Net B\n"
    "[group Cluster Group]\n"
    "core = yes\n"
    "[group Role]\n"
    "owner = n1\n"
    "preferred_owners = n2, n1\n"
    "[group Spare]\n"
    "state = offline\n"
    "owner = n2\n"
    "[resource IP]\n"
    "type = IP Address\n"
    "group = Role\n"
    "[resource Name]\n"
    "type = Network Name\n"
    "group = Role\n"
    "depends = IP\n"
    "priv.Name = SZ:ROLE\n"
    "[resource App]\n"
    "type = Generic Service\n"
    "group = Role\n"
    "depends = Name\n"
    "[resource Disk]\n"
    "type = Physical Disk\n"
    "group = Cluster Group\n"
    "core = yes\n"
    "[resource Loose]\n"
    "type = Generic Service\n"
    "group = Spare\n"
    "[groupset Set]\n"
    "groups = Spare\n";

static struct cmrp_model *load_base(struct fake_host *host, uint32_t delay_ms)
{
    char err[512];
    struct cmrp_model *model = load_text(base_config, err, sizeof(err));

    ok(model != NULL, "base config: %s\n", err);
    if (model) attach(model, host, delay_ms);
    return model;
}

static struct cmrp_resource *resource(struct cmrp_model *model, const char *name)
{
    struct cmrp_resource *found = cmrp_model_resource(model, name);

    ok(found != NULL, "no resource %s\n", name);
    return found;
}

static struct cmrp_group *group(struct cmrp_model *model, const char *name)
{
    struct cmrp_group *found = cmrp_model_group(model, name);

    ok(found != NULL, "no group %s\n", name);
    return found;
}

static struct cmrp_node *node(struct cmrp_model *model, const char *name)
{
    struct cmrp_node *found = cmrp_model_node(model, name);

    ok(found != NULL, "no node %s\n", name);
    return found;
}

/* Whether an enumeration holds exactly these names, in this order. */
static bool list_is(const struct cmrp_model_enum_list *list, const char *const *names, size_t count)
{
    size_t i;

    if (list->count != count) return false;
    for (i = 0; i < count; i++)
        if (strcmp(list->entries[i].name, names[i])) return false;
    return true;
}

static char *value_text(const struct cmrp_value *value)
{
    char *text = cmrp_value_to_utf8(value);

    return text ? text : strdup("(null)");
}

/* ---- the configuration file ---- */

static void test_example(void)
{
    struct cmrp_model *model;
    const struct cmrp_value *value;
    const char *quorum, *device;
    char err[512], *text;
    uint32_t log_size, status, dword;
    uint64_t key;

    model = cmrp_model_load(EXAMPLE_CONFIG, err, sizeof(err));
    ok(model != NULL, "example: %s\n", err);
    if (!model) return;
    ok(!strcmp(model->cluster_name, "FSCLUSTER"), "cluster %s\n", model->cluster_name);
    ok(!strcmp(cmrp_model_local_node(model)->name, "node1"), "local node %s\n", cmrp_model_local_node(model)->name);
    ok(model->version.major == 10 && model->version.build == 20348, "version %u.%u\n", model->version.major,
       model->version.build);
    ok(model->num_nodes == 2 && model->num_groups == 3 && model->num_resources == 8, "%zu nodes %zu groups %zu resources\n",
       model->num_nodes, model->num_groups, model->num_resources);
    ok(model->num_networks == 2 && model->num_netinterfaces == 4 && model->num_groupsets == 1,
       "%zu networks %zu interfaces %zu group sets\n", model->num_networks, model->num_netinterfaces, model->num_groupsets);

    /* what smbtorture rpc.clusapi opens */
    ok(cmrp_model_resource(model, "Cluster Name") != NULL, "no Cluster Name\n");
    ok(cmrp_model_resource(model, "Network Name") != NULL, "no Network Name\n");
    ok(cmrp_model_group(model, "Cluster Group") != NULL, "no Cluster Group\n");
    ok(cmrp_model_groupset(model, "Cluster Group") != NULL, "no group set Cluster Group\n");
    ok(cmrp_model_network(model, "Cluster Network 1") != NULL, "no Cluster Network 1\n");
    ok(cmrp_model_netinterface(model, "node1 - Ethernet") != NULL, "no node1 - Ethernet\n");
    ok(cmrp_model_resource_type(model, "Generic Service") != NULL, "no Generic Service\n");
    ok(cmrp_model_resource_type(model, "Storage Pool") != NULL, "no Storage Pool\n");
    ok(cmrp_model_resource_type(model, "Physical Disk")->characteristics == 3, "disk characteristics\n");
    ok(cmrp_model_group(model, "FS1")->state == CMRP_GROUP_ONLINE, "FS1 state %d\n", cmrp_model_group(model, "FS1")->state);

    cmrp_model_get_quorum(model, &quorum, &device, &log_size);
    ok(!strcmp(quorum, "File Share Witness") && !strcmp(device, "\\\\DC1\\Witness$"), "quorum %s %s\n", quorum, device);

    status = cmrp_model_query_value(model, cmrp_model_registry_root(model), "ClusterInstanceID", &value);
    ok(!status && value->type == CMRP_REG_SZ, "ClusterInstanceID: %u\n", status);
    if (!status)
    {
        text = value_text(value);
        ok(!strcmp(text, "5f3c2a61-8d4e-4b7a-9c1f-2e6b8a0d4c37"), "ClusterInstanceID %s\n", text);
        free(text);
    }
    status = cmrp_model_query_value(model, cmrp_model_registry_root(model), "ClusterFunctionalLevel", &value);
    ok(!status && cmrp_value_get_dword(value, &dword) && dword == 11, "ClusterFunctionalLevel %u\n", status);
    ok(!cmrp_model_open_key(model, cmrp_model_registry_root(model), "Checkpoints", &key), "no Checkpoints key\n");
    cmrp_model_free(model);
}

static void test_config_good(void)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 0);
    const struct cmrp_value *value;
    struct cmrp_resource *app;
    char *text;

    if (!model) return;
    ok(model->num_resource_types >= 10, "built-in types: %zu\n", model->num_resource_types);
    app = resource(model, "App");
    ok(app->num_providers == 1 && app->providers[0] == resource(model, "Name"), "App depends on Name\n");
    ok(app->state == CMRP_RESOURCE_ONLINE && app->persistent_online, "App state %d\n", app->state);
    ok(resource(model, "Loose")->state == CMRP_RESOURCE_OFFLINE, "Loose follows its group's state\n");
    ok(group(model, "Spare")->state == CMRP_GROUP_OFFLINE, "Spare state %d\n", group(model, "Spare")->state);
    ok(group(model, "Role")->num_preferred_owners == 2 && group(model, "Role")->preferred_owners[0] == node(model, "n2"),
       "preferred owners\n");
    ok(!strcmp(node(model, "n3")->id, "3") && node(model, "n3")->state == CMRP_NODE_DOWN, "n3\n");
    ok(app->num_possible_owners == 3, "possible owners: %zu\n", app->num_possible_owners);
    ok(strlen(app->obj.id) == 36 && app->obj.id[14] == '4', "a GUID id: %s\n", app->obj.id);
    ok(group(model, "Spare")->groupset == cmrp_model_groupset(model, "Set"), "Spare is in Set\n");

    value = cmrp_object_property(&resource(model, "Name")->obj, CMRP_PROPS_PRIVATE, "name");
    text = value_text(value);
    ok(value && value->type == CMRP_FORMAT_SZ && !strcmp(text, "ROLE"), "priv.Name %s\n", text);
    free(text);
    cmrp_model_free(model);
}

/* Each: a configuration and the start of the expected message. */
static const struct bad_config
{
    const char *text;
    const char *message;
}
bad_configs[] =
{
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[restype T]\nfoo = 1\n", "test.conf:9: unknown key 'foo' in [restype T]" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[group G]\n[resource R]\ngroup = G\n", "test.conf:9: [resource R] lacks 'type'" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[resource R]\ntype = Generic Service\ngroup = Nope\n", "test.conf:10: group 'Nope' is not one of the [group]" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[group G]\n[resource R]\ntype = Nope\ngroup = G\n", "test.conf:10: type 'Nope' is not a resource type" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[group G]\n[resource A]\ntype = Generic Service\ngroup = G\ndepends = B\n"
      "[resource B]\ntype = Generic Service\ngroup = G\ndepends = A\n", "test.conf:16: 'B' cannot depend on 'A': circular" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[group G]\n[resource A]\ntype = Generic Service\ngroup = G\ndepends = Z\n", "test.conf:12: 'A' cannot depend on 'Z': no such" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[group G]\n[resource A]\ntype = Generic Service\ngroup = G\nstate = offline\n"
      "[resource B]\ntype = Generic Service\ngroup = G\ndepends = A\n", "test.conf:13: resource 'B' is online, but 'A'" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[group G]\nprop.Priority = SZ:high\n", "test.conf:9: property 'Priority' is a DWORD, not a SZ" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[group G]\npriv.X = DWORD:0x100000000\n", "test.conf:9: '0x100000000' is not a DWORD" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[group G]\npriv.X = TEXT:a\n", "test.conf:9: unknown value type 'TEXT'" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[group G]\npriv.X = MULTI_SZ:a||b\n", "test.conf:9: MULTI_SZ 'a||b' has an empty item" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[group G]\nid = 1234\n", "test.conf:9: id '1234' is not a GUID" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[group G]\n[group g]\n", "test.conf:9: group 'g' is defined twice" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[registry A\\\\B]\n", "test.conf:8: registry path 'A\\\\B' is not" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[registry]\nV = LONG:1\n", "test.conf:9: unknown value type 'LONG'" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[netinterface X]\nnode = n9\nnetwork = N\n", "test.conf:9: node 'n9' is not one of the [node] sections" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\nquorum = R\n"
      "[node n1]\n[group G]\n[resource R]\ntype = Generic Service\ngroup = G\n",
      "test.conf:7: quorum 'R' is a Generic Service, which cannot be a quorum resource" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n"
      "builtin_types = no\n[node n1]\n[group G]\n[resource R]\ntype = Generic Service\ngroup = G\n",
      "test.conf:11: type 'Generic Service' is not a resource type" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[group G]\npreferred_owners = n1, , n1\n", "test.conf:9: preferred_owners has an empty item" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[node n2]\nstate = down\n[group G]\nowner = n2\n[resource R]\ntype = Generic Service\ngroup = G\n",
      "test.conf:12: resource 'R' is online, but its group's owner 'n2' is down" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[group G]\n[resource R]\ntype = Generic Service\ngroup = G\nprop.RestartAction = SZ:x\n",
      "test.conf:12: property 'RestartAction' is a DWORD, not a SZ" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[frobnicator X]\n", "test.conf:8: unknown section [frobnicator X]" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[group]\n", "test.conf:8: [group] needs a name" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
      "[group G]\nprop.Priority = DWORD:1\nprop.priority = DWORD:2\n", "test.conf:10: 'prop.priority' is set twice" },
    { "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n"
      "transition_delay_ms = 60001\n[node n1]\n", "test.conf:7: transition_delay_ms '60001' is not a number up to 60000" },
};

static void test_config_errors(void)
{
    size_t i;

    for (i = 0; i < sizeof(bad_configs) / sizeof(bad_configs[0]); i++)
    {
        char err[512] = "";
        struct cmrp_model *model = load_text(bad_configs[i].text, err, sizeof(err));

        ok(!model, "bad config %zu was accepted\n", i);
        ok(!strncmp(err, bad_configs[i].message, strlen(bad_configs[i].message)),
           "bad config %zu: got '%s', wanted '%s...'\n", i, err, bad_configs[i].message);
        cmrp_model_free(model);
    }
}

static void test_config_values(void)
{
    static const char text[] =
        "[cluster]\nname = C1\nversion = 1.2.3\nhighest_version = 1\nlowest_version = 1\nlocal_node = n1\n[node n1]\n"
        "[group G]\n"
        "priv.D = DWORD:0x10\n"
        "priv.L = LONG:-2\n"
        "priv.W = WORD:513\n"
        "priv.Q = ULARGE_INTEGER:0x0102030405060708\n"
        "priv.B = BINARY:01 ab:FF\n"
        "priv.M = MULTI_SZ:a|bc\n"
        "priv.E = MULTI_SZ:\n"
        "priv.S = \"SZ:  two blanks\"\n"
        "priv.T = SZ:   trimmed\n"
        "[registry Sub\\Deeper]\n"
        "@ = SZ:default\n"
        "Big = QWORD:18446744073709551615\n";
    static const uint8_t multi[] = { 'a', 0, 0, 0, 'b', 0, 'c', 0, 0, 0, 0, 0 };
    static const uint8_t binary[] = { 0x01, 0xab, 0xff };
    const struct cmrp_value *value;
    struct cmrp_object *g;
    struct cmrp_model *model;
    char err[512], *s;
    uint64_t key;
    uint32_t dword;

    model = load_text(text, err, sizeof(err));
    ok(model != NULL, "values: %s\n", err);
    if (!model) return;
    g = &cmrp_model_group(model, "G")->obj;
    value = cmrp_object_property(g, CMRP_PROPS_PRIVATE, "D");
    ok(cmrp_value_get_dword(value, &dword) && dword == 16 && value->type == CMRP_FORMAT_DWORD, "DWORD\n");
    value = cmrp_object_property(g, CMRP_PROPS_PRIVATE, "L");
    ok(cmrp_value_get_dword(value, &dword) && dword == 0xfffffffe && value->type == CMRP_FORMAT_LONG, "LONG\n");
    value = cmrp_object_property(g, CMRP_PROPS_PRIVATE, "W");
    ok(value && value->size == 2 && value->data[0] == 1 && value->data[1] == 2, "WORD\n");
    value = cmrp_object_property(g, CMRP_PROPS_PRIVATE, "Q");
    ok(value && value->size == 8 && value->data[0] == 8 && value->data[7] == 1, "ULARGE_INTEGER\n");
    value = cmrp_object_property(g, CMRP_PROPS_PRIVATE, "B");
    ok(value && value->size == 3 && !memcmp(value->data, binary, 3), "BINARY\n");
    value = cmrp_object_property(g, CMRP_PROPS_PRIVATE, "M");
    ok(value && value->size == sizeof(multi) && !memcmp(value->data, multi, sizeof(multi)), "MULTI_SZ\n");
    value = cmrp_object_property(g, CMRP_PROPS_PRIVATE, "E");
    ok(value && value->size == 2 && !value->data[0] && !value->data[1], "empty MULTI_SZ size %u\n", value ? value->size : 0);
    s = value_text(cmrp_object_property(g, CMRP_PROPS_PRIVATE, "S"));
    ok(!strcmp(s, "  two blanks"), "quoted SZ '%s'\n", s);
    free(s);
    s = value_text(cmrp_object_property(g, CMRP_PROPS_PRIVATE, "T"));
    ok(!strcmp(s, "trimmed"), "unquoted SZ '%s'\n", s);
    free(s);

    ok(!cmrp_model_open_key(model, cmrp_model_registry_root(model), "sub\\DEEPER", &key), "registry path\n");
    ok(!cmrp_model_query_value(model, key, "", &value) && value->type == CMRP_REG_SZ, "default value\n");
    ok(!cmrp_model_query_value(model, key, "big", &value) && value->type == CMRP_REG_QWORD && value->size == 8
       && value->data[7] == 0xff, "QWORD\n");
    cmrp_model_free(model);
}

static void test_generator(void)
{
    char *text = NULL, err[512];
    size_t size = 0;
    struct cmrp_model *model;
    FILE *out = open_memstream(&text, &size);
    struct cmrp_resource *last;

    ok(cmrp_model_write_generated(out, 250, 10), "generate\n");
    fclose(out);
    model = load_text(text, err, sizeof(err));
    ok(model != NULL, "generated: %s\n", err);
    if (model)
    {
        ok(model->num_resources == 252 && model->num_groups == 26, "%zu resources, %zu groups\n", model->num_resources,
           model->num_groups);
        last = cmrp_model_resource(model, "Service 000250");
        ok(last && last->num_providers == 1 && !strcmp(last->providers[0]->obj.name, "Service 000241"),
           "Service 000250 depends on the first of its role\n");
        ok(cmrp_model_group(model, "Role 00002")->owner == cmrp_model_node(model, "node2"), "roles alternate\n");
        ok(!strcmp(model->cluster_name, "FSCLUSTER"), "same cluster identity\n");
    }
    cmrp_model_free(model);
    free(text);
    ok(!cmrp_model_write_generated(stdout, 10, 0), "zero per group accepted\n");
    ok(!cmrp_model_write_generated(stdout, CMRP_MAX_RESOURCES, 10), "too many accepted\n");
}

START_TEST(model_config)
{
    test_example();
    test_config_good();
    test_config_errors();
    test_config_values();
    test_generator();
}

/* ---- lookups and enumerations ---- */

static void test_lookups(void)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 0);
    struct cmrp_resource *r;
    struct cmrp_group *g;
    struct cmrp_node *n;
    struct cmrp_network *net;
    struct cmrp_netinterface *nif;
    struct cmrp_groupset *set;
    uint64_t ref;

    if (!model) return;
    ok(cmrp_model_open_resource(model, "app", &r) == 0 && r == cmrp_model_resource(model, "App"), "case-insensitive\n");
    ok(cmrp_model_open_resource(model, r->obj.id, &r) == 0 && r == cmrp_model_resource(model, "App"), "by id\n");
    ok(cmrp_model_open_resource(model, "", &r) == CMRP_ERR_RESOURCE_NOT_FOUND && !r, "empty name\n");
    ok(cmrp_model_open_resource(model, "jfUF38fjSNcfn", &r) == CMRP_ERR_RESOURCE_NOT_FOUND, "random name\n");
    ok(cmrp_model_open_group(model, "nope", &g) == CMRP_ERR_GROUP_NOT_FOUND, "group\n");
    ok(cmrp_model_open_node(model, "nope", &n) == CMRP_ERR_CLUSTER_NODE_NOT_FOUND, "node\n");
    ok(cmrp_model_open_network(model, "nope", &net) == CMRP_ERR_CLUSTER_NETWORK_NOT_FOUND, "network\n");
    ok(cmrp_model_open_netinterface(model, "nope", &nif) == CMRP_ERR_CLUSTER_NETINTERFACE_NOT_FOUND, "interface\n");
    ok(cmrp_model_open_groupset(model, "nope", &set) == CMRP_ERR_GROUPSET_NOT_FOUND, "group set\n");
    ok(cmrp_model_open_node(model, "N2", &n) == 0 && !strcmp(n->id, "2"), "node by name\n");
    /* an id of one kind does not open another */
    r = cmrp_model_resource(model, "App");
    ok(cmrp_model_open_group(model, r->obj.id, &g) == CMRP_ERR_GROUP_NOT_FOUND, "resource id as a group\n");

    ok(cmrp_model_netinterface_of(model, "n2", "Net B", &nif) == 0 && !strcmp(nif->obj.name, "n2 - Ethernet 2"),
       "interface of n2 on Net B\n");
    ok(cmrp_model_netinterface_of(model, "n1", "Net B", &nif) == CMRP_ERR_CLUSTER_NETINTERFACE_NOT_FOUND, "none\n");
    ok(cmrp_model_netinterface_of(model, "zz", "Net B", &nif) == CMRP_ERR_CLUSTER_NODE_NOT_FOUND, "bad node\n");
    ok(cmrp_model_netinterface_of(model, "n1", "zz", &nif) == CMRP_ERR_CLUSTER_NETWORK_NOT_FOUND, "bad network\n");

    /* refs: kind-checked, dead after deletion */
    r = cmrp_model_resource(model, "Loose");
    ref = r->obj.ref;
    ok(cmrp_model_object_by_ref(model, ref, CMRP_OBJECT_RESOURCE) == &r->obj, "by ref\n");
    ok(!cmrp_model_object_by_ref(model, ref, CMRP_OBJECT_GROUP), "ref of another kind\n");
    ok(!cmrp_model_object_by_ref(model, 987654321, CMRP_OBJECT_RESOURCE), "unknown ref\n");
    ok(cmrp_model_delete_resource(model, r) == 0, "delete Loose\n");
    ok(!cmrp_model_object_by_ref(model, ref, CMRP_OBJECT_RESOURCE), "ref after deletion\n");
    ok(!cmrp_model_resource(model, "Loose"), "name after deletion\n");
    cmrp_model_free(model);
}

static void test_enumerations(void)
{
    static const char *const nodes_and_types[] = { "n1", "n2", "n3" };
    static const char *const all_groups[] = { "Cluster Group", "Role", "Spare" };
    static const char *const internal_nets[] = { "Net A", "Net B" };
    static const char *const reordered[] = { "Net B", "Net A" };
    static const char *const app_chain[] = { "Name" };
    static const char *const ip_dependents[] = { "Name" };
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 0);
    struct cmrp_model_enum_list list;
    const uint32_t invalid[] = { 0x40, 0x80, 0x100, 0x80000001, 0x40000001, 0xc0000000 };
    size_t i;

    if (!model) return;
    ok(cmrp_model_enum_cluster(model, CMRP_CLUSTER_ENUM_NODE, &list) == 0 && list_is(&list, nodes_and_types, 3)
       && !strcmp(list.entries[2].id, "3") && list.entries[0].type == CMRP_CLUSTER_ENUM_NODE, "nodes\n");
    cmrp_model_enum_list_free(&list);
    ok(cmrp_model_enum_cluster(model, CMRP_CLUSTER_ENUM_GROUP, &list) == 0 && list_is(&list, all_groups, 3), "groups\n");
    cmrp_model_enum_list_free(&list);
    for (i = 0; i < sizeof(invalid) / sizeof(invalid[0]); i++)
    {
        ok(cmrp_model_enum_cluster(model, invalid[i], &list) == CMRP_ERR_INVALID_PARAMETER && !list.count,
           "type %#x accepted\n", invalid[i]);
        ok(cmrp_model_enum_cluster_ex(model, invalid[i], 0, &list) == CMRP_ERR_INVALID_PARAMETER, "ex %#x\n", invalid[i]);
    }
    ok(cmrp_model_enum_cluster(model, CMRP_CLUSTER_ENUM_ALL, &list) == 0, "all\n");
    ok(list.count == 3 + model->num_resource_types + 5 + 3 + 3 + 3, "all: %zu entries\n", list.count);
    ok(list.count && list.entries[0].type == CMRP_CLUSTER_ENUM_NODE
       && list.entries[list.count - 1].type == CMRP_CLUSTER_ENUM_NETINTERFACE, "kinds in bit order\n");
    cmrp_model_enum_list_free(&list);
    ok(cmrp_model_enum_cluster_ex(model, CMRP_CLUSTER_ENUM_RESTYPE, 1, &list) == CMRP_ERR_INVALID_PARAMETER, "options\n");
    ok(cmrp_model_enum_cluster_ex(model, CMRP_CLUSTER_ENUM_RESTYPE, 0, &list) == 0 && list.count
       && !strcmp(list.entries[0].id, ""), "resource types have no id\n");
    cmrp_model_enum_list_free(&list);
    ok(cmrp_model_enum_cluster(model, CMRP_CLUSTER_ENUM_INTERNAL_NETWORK, &list) == 0 && list_is(&list, internal_nets, 2)
       && list.entries[0].type == CMRP_CLUSTER_ENUM_INTERNAL_NETWORK, "internal networks\n");
    cmrp_model_enum_list_free(&list);
    ok(cmrp_model_set_network_priority_order(model, reordered, 2) == 0, "priority order\n");
    ok(cmrp_model_enum_cluster(model, CMRP_CLUSTER_ENUM_INTERNAL_NETWORK, &list) == 0 && list_is(&list, reordered, 2),
       "internal networks by priority\n");
    cmrp_model_enum_list_free(&list);
    ok(cmrp_model_set_network_priority_order(model, reordered, 1) == CMRP_ERR_INVALID_PARAMETER, "one short\n");
    ok(cmrp_model_set_network_priority_order(model, (const char *const[]){ "Net A", "Net C" }, 2)
       == CMRP_ERR_INVALID_PARAMETER, "a client network\n");
    ok(cmrp_model_set_network_priority_order(model, (const char *const[]){ "Net A", "Net A" }, 2)
       == CMRP_ERR_INVALID_PARAMETER, "twice\n");
    ok(cmrp_model_set_network_priority_order(model, (const char *const[]){ "Net A", "zz" }, 2)
       == CMRP_ERR_CLUSTER_NETWORK_NOT_FOUND, "unknown\n");
    ok(cmrp_model_enum_cluster(model, CMRP_CLUSTER_ENUM_SHARED_VOLUME_RESOURCE, &list) == 0 && !list.count, "no CSV\n");
    cmrp_model_enum_list_free(&list);

    ok(cmrp_model_enum_resource(model, resource(model, "App"), 0xff, &list) == 0, "resource enum\n");
    ok(list.count == 1 + 0 + 3 && list.entries[0].type == CMRP_RESOURCE_ENUM_DEPENDS
       && list.entries[1].type == CMRP_RESOURCE_ENUM_NODES, "resource enum: %zu\n", list.count);
    cmrp_model_enum_list_free(&list);
    ok(cmrp_model_enum_resource(model, resource(model, "App"), CMRP_RESOURCE_ENUM_DEPENDS, &list) == 0
       && list_is(&list, app_chain, 1), "depends\n");
    cmrp_model_enum_list_free(&list);
    ok(cmrp_model_enum_resource(model, resource(model, "IP"), CMRP_RESOURCE_ENUM_PROVIDES, &list) == 0
       && list_is(&list, ip_dependents, 1), "provides\n");
    cmrp_model_enum_list_free(&list);
    ok(cmrp_model_enum_group(model, group(model, "Role"), 0x40, &list) == 0 && !list.count, "unknown bits ignored\n");
    ok(cmrp_model_enum_group(model, group(model, "Role"), 3, &list) == 0 && list.count == 5
       && list.entries[3].type == CMRP_GROUP_ENUM_NODES && !strcmp(list.entries[3].name, "n2"), "group enum\n");
    cmrp_model_enum_list_free(&list);
    ok(cmrp_model_enum_node(model, node(model, "n2"), 3, &list) == 0 && list.count == 3
       && !strcmp(list.entries[2].name, "Spare"), "node enum: %zu\n", list.count);
    cmrp_model_enum_list_free(&list);
    ok(cmrp_model_enum_node_ex(model, node(model, "n2"), 3, 2, &list) == CMRP_ERR_INVALID_PARAMETER, "node ex\n");
    ok(cmrp_model_enum_network(model, cmrp_model_network(model, "Net A"), 1, &list) == 0 && list.count == 2, "network\n");
    cmrp_model_enum_list_free(&list);
    ok(cmrp_model_enum_resource_type(model, "Physical Disk", 0x1c3, &list) == 0 && list.count == 3 + 1, "type enum\n");
    cmrp_model_enum_list_free(&list);
    ok(cmrp_model_enum_resource_type(model, "INVALID_TYPE_XXXX", 1, &list) == CMRP_ERR_CLUSTER_RESOURCE_TYPE_NOT_FOUND,
       "unknown type\n");
    ok(cmrp_model_enum_netinterfaces(model, "n2", NULL, &list) == 0 && list.count == 2, "interfaces of n2\n");
    cmrp_model_enum_list_free(&list);
    ok(cmrp_model_enum_netinterfaces(model, NULL, "Net A", &list) == 0 && list.count == 2, "interfaces on Net A\n");
    cmrp_model_enum_list_free(&list);
    ok(cmrp_model_enum_netinterfaces(model, "n2", "Net B", &list) == 0 && list.count == 1, "both\n");
    cmrp_model_enum_list_free(&list);
    ok(cmrp_model_enum_netinterfaces(model, "nn", NULL, &list) == CMRP_ERR_CLUSTER_NODE_NOT_FOUND, "unknown node\n");
    ok(cmrp_model_enum_groupsets(model, &list) == 0 && list.count == 1 && !strcmp(list.entries[0].name, "Set"), "sets\n");
    cmrp_model_enum_list_free(&list);
    cmrp_model_free(model);
}

START_TEST(model_lookup)
{
    test_lookups();
    test_enumerations();
}

/* ---- nodes ---- */

START_TEST(model_nodes)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 0);
    struct cmrp_node *n1, *n2, *n3;
    struct cmrp_group *role, *spare;
    struct cmrp_model_enum_list list;

    if (!model) return;
    n1 = node(model, "n1");
    n2 = node(model, "n2");
    n3 = node(model, "n3");
    role = group(model, "Role");
    spare = group(model, "Spare");

    ok(cmrp_model_resume_node(model, n1) == CMRP_ERR_CLUSTER_NODE_NOT_PAUSED, "resume an up node\n");
    ok(cmrp_model_pause_node(model, n3) == CMRP_ERR_CLUSTER_NODE_DOWN, "pause a down node\n");
    ok(cmrp_model_pause_node(model, n2) == 0 && n2->state == CMRP_NODE_PAUSED, "pause\n");
    ok(n2->obj.state_sequence == 1, "sequence %u\n", n2->obj.state_sequence);
    ok(cmrp_model_pause_node(model, n2) == 0 && n2->obj.state_sequence == 1, "pause again is a no-op\n");
    /* nothing starts on a paused node, nothing moves there */
    ok(cmrp_model_online_group(model, spare) == CMRP_ERR_SHARING_PAUSED, "online on a paused node\n");
    ok(cmrp_model_move_group(model, role, n2) == CMRP_ERR_CLUSTER_NODE_PAUSED, "move to a paused node\n");
    ok(cmrp_model_move_group(model, role, n3) == CMRP_ERR_CLUSTER_NODE_DOWN, "move to a down node\n");
    ok(cmrp_model_move_group(model, role, NULL) == CMRP_ERR_HOST_NODE_NOT_AVAILABLE, "nowhere to go\n");
    ok(cmrp_model_resume_node(model, n2) == 0 && n2->state == CMRP_NODE_UP, "resume\n");

    /* a node that dies: its groups fail over to the best node, and come back online */
    ok(cmrp_model_move_group(model, role, n2) == 0 && role->owner == n2, "move to n2\n");
    ok(role->state == CMRP_GROUP_ONLINE, "online on n2: %d\n", role->state);
    ok(cmrp_model_set_node_state(model, n2, CMRP_NODE_DOWN) == 0, "n2 down\n");
    ok(role->owner == n1 && role->state == CMRP_GROUP_ONLINE, "Role failed over to n1 (owner %s, state %d)\n",
       role->owner->name, role->state);
    ok(spare->owner == n1 && spare->state == CMRP_GROUP_OFFLINE, "Spare follows, still offline\n");
    ok(cmrp_model_netinterface(model, "n2 - Ethernet")->state == CMRP_NETINTERFACE_UNAVAILABLE, "its interfaces\n");
    ok(cmrp_netinterface_state_wire(CMRP_NETINTERFACE_UNAVAILABLE) == 0
       && cmrp_netinterface_state_wire(CMRP_NETINTERFACE_FAILED) == 1
       && cmrp_netinterface_state_wire(CMRP_NETINTERFACE_UP) == 3, "Win32 numbering\n");
    ok(cmrp_model_set_node_state(model, n2, CMRP_NODE_UP) == 0
       && cmrp_model_netinterface(model, "n2 - Ethernet")->state == CMRP_NETINTERFACE_UP, "n2 back\n");
    ok(cmrp_model_set_node_state(model, n2, 7) == CMRP_ERR_INVALID_PARAMETER, "bad state\n");

    /* eviction (of the local node: model_membership) */
    ok(cmrp_model_move_group(model, spare, n2) == 0, "Spare to n2\n");
    ok(cmrp_model_evict_node(model, n2) == 0 && n2->evicted, "evict n2\n");
    ok(spare->owner == n1, "its group moved\n");
    ok(role->num_preferred_owners == 1 && role->preferred_owners[0] == n1, "gone from the preferred owners\n");
    ok(resource(model, "App")->num_possible_owners == 2, "gone from the possible owners\n");
    ok(!cmrp_model_netinterface(model, "n2 - Ethernet") && model->num_netinterfaces == 1, "its interfaces went\n");
    ok(!cmrp_model_node(model, "n2") && !cmrp_model_find_node(model, "n2"), "not found any more\n");
    ok(cmrp_model_enum_cluster(model, CMRP_CLUSTER_ENUM_NODE, &list) == 0 && list.count == 2, "not enumerated\n");
    cmrp_model_enum_list_free(&list);
    ok(cmrp_model_evict_node(model, n2) == CMRP_ERR_INVALID_PARAMETER, "evict twice\n");
    cmrp_model_free(model);
}

/* ---- membership: where groups go when nodes leave and come back ---- */

/* MS-CMRP 3.1.4.2.70: the groups of a node that fails go to an Up node if
 * there is one, else to a Paused one, where they stay offline. */
static void test_failover_to_paused(void)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 0);
    struct cmrp_node *n1, *n2;
    struct cmrp_group *role, *core;

    if (!model) return;
    n1 = node(model, "n1");
    n2 = node(model, "n2");
    role = group(model, "Role");
    core = group(model, "Cluster Group");
    ok(role->owner == n1 && role->state == CMRP_GROUP_ONLINE, "Role online on n1\n");
    ok(cmrp_model_pause_node(model, n2) == 0, "pause n2\n");
    ok(cmrp_model_set_node_state(model, n1, CMRP_NODE_DOWN) == 0, "n1 dies\n");
    ok(role->owner == n2 && role->state == CMRP_GROUP_OFFLINE, "Role parked on paused n2, offline (owner %s, state %d)\n",
       role->owner->name, role->state);
    ok(core->owner == n2, "the core group too (owner %s)\n", core->owner->name);
    ok(resource(model, "App")->persistent_online, "its persistent state stays online\n");
    ok(cmrp_model_online_group(model, role) == CMRP_ERR_SHARING_PAUSED, "nothing starts on a paused node\n");
    ok(cmrp_model_resume_node(model, n2) == 0, "resume n2\n");
    ok(cmrp_model_online_group(model, role) == 0 && role->state == CMRP_GROUP_ONLINE, "online on n2 now\n");
    cmrp_model_free(model);
}

/* A group whose node is down with nowhere to go stays there; when a node
 * comes back it takes the group, as a failover would have, and brings it to
 * its persistent state.  ApiOnlineGroup never answers ERROR_CLUSTER_NODE_DOWN
 * (a reconnect code, MS-CMRP 3.2.4.6) for another node being down. */
static void test_orphans_adopted(void)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 0);
    struct cmrp_node *n1, *n2;
    struct cmrp_group *role;
    struct cmrp_resource *app;

    if (!model) return;
    n1 = node(model, "n1");
    n2 = node(model, "n2");
    role = group(model, "Role");
    app = resource(model, "App");
    ok(cmrp_model_set_node_state(model, n2, CMRP_NODE_DOWN) == 0, "n2 dies\n");
    ok(cmrp_model_set_node_state(model, n1, CMRP_NODE_DOWN) == 0, "n1 dies: every node is down\n");
    ok(role->owner == n1 && role->state == CMRP_GROUP_OFFLINE, "Role stays on n1, offline\n");
    ok(cmrp_model_online_group(model, role) == CMRP_ERR_HOST_NODE_NOT_AVAILABLE, "online with no node up: %u\n",
       cmrp_model_online_group(model, role));
    ok(cmrp_model_online_resource(model, app) == CMRP_ERR_HOST_NODE_NOT_AVAILABLE, "a resource of it: %u\n",
       cmrp_model_online_resource(model, app));
    ok(cmrp_model_set_node_state(model, n2, CMRP_NODE_UP) == 0, "n2 comes back\n");
    ok(role->owner == n2 && role->state == CMRP_GROUP_ONLINE, "n2 took Role and brought it online (owner %s, state %d)\n",
       role->owner->name, role->state);
    ok(group(model, "Spare")->owner == n2 && group(model, "Spare")->state == CMRP_GROUP_OFFLINE, "Spare: taken, offline\n");
    cmrp_model_free(model);

    /* a description with a group on a down node: the cluster forms with it on a live node */
    model = load_text("[cluster]\nname = C\nversion = 10.0.1\nhighest_version = 1\nlowest_version = 1\nlocal_node = a\n"
                      "[node a]\n[node b]\nstate = down\n"
                      "[group G]\nowner = b\nstate = offline\n[resource R]\ntype = Generic Service\ngroup = G\n",
                      (char[256]){ 0 }, 256);
    ok(model != NULL, "orphan configuration\n");
    if (!model) return;
    attach(model, &host, 0);
    role = group(model, "G");
    ok(role->owner == node(model, "a"), "G is on a (owner %s)\n", role->owner->name);
    ok(cmrp_model_online_group(model, role) == 0 && role->state == CMRP_GROUP_ONLINE, "and comes online there\n");
    cmrp_model_free(model);
}

/* MS-CMRP 3.1.4.2.72: a node may be evicted, the one this server is
 * included; its groups fail over.  The last node is refused: a cluster
 * without nodes is destroyed, not evicted. */
static void test_evict_local(void)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 0);
    struct cmrp_node *n1, *n2, *n3;
    struct cmrp_group *role, *created;

    if (!model) return;
    n1 = node(model, "n1");
    n2 = node(model, "n2");
    n3 = node(model, "n3");
    role = group(model, "Role");
    ok(cmrp_model_evict_node(model, n1) == 0 && n1->evicted, "evict n1, the node this server is\n");
    ok(host.evictions == 1 && host.evicted == n1, "the host is told (%u)\n", host.evictions);
    ok(role->owner == n2 && role->state == CMRP_GROUP_ONLINE, "Role failed over to n2 (owner %s, state %d)\n",
       role->owner->name, role->state);
    ok(group(model, "Cluster Group")->owner == n2, "the core group too\n");
    ok(!cmrp_model_netinterface(model, "n1 - Ethernet"), "its interface went\n");
    ok(cmrp_model_local_node(model) == n2, "the server speaks for n2 now\n");
    ok(cmrp_model_create_group(model, "After", &created) == 0 && created->owner == n2, "new groups go to n2\n");
    ok(cmrp_model_evict_node(model, n3) == 0, "evict n3, which is down\n");
    ok(cmrp_model_evict_node(model, n2) == CMRP_ERR_NOT_SUPPORTED && !n2->evicted, "not the last node\n");
    ok(host.evictions == 2, "two evictions told (%u)\n", host.evictions);
    cmrp_model_free(model);
}

START_TEST(model_membership)
{
    test_failover_to_paused();
    test_orphans_adopted();
    test_evict_local();
}

/* ---- groups ---- */

START_TEST(model_groups)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 0);
    struct cmrp_group *g, *other, *role;
    struct cmrp_resource *r;
    const struct cmrp_value *value;
    char long_name[300];
    uint32_t dword;

    if (!model) return;
    role = group(model, "Role");
    ok(cmrp_model_create_group(model, "New", &g) == 0 && g->owner == node(model, "n1")
       && g->state == CMRP_GROUP_OFFLINE, "create\n");
    ok(cmrp_model_create_group(model, "NEW", &other) == CMRP_ERR_OBJECT_ALREADY_EXISTS, "exists\n");
    ok(cmrp_model_create_group(model, "", &other) == CMRP_ERR_INVALID_NAME, "empty name\n");
    ok(cmrp_model_create_group(model, "a\tb", &other) == CMRP_ERR_INVALID_NAME, "control character\n");
    memset(long_name, 'x', 256);
    long_name[256] = 0;
    ok(cmrp_model_create_group(model, long_name, &other) == CMRP_ERR_INVALID_NAME, "256 characters\n");
    long_name[255] = 0;
    ok(cmrp_model_create_group(model, long_name, &other) == 0, "255 characters\n");
    ok(cmrp_model_create_group_ex(model, "Ex", 2, 100, &other) == CMRP_ERR_INVALID_PARAMETER, "version 2\n");
    ok(cmrp_model_create_group_ex(model, "Ex", 1, 100, &other) == 0, "create ex\n");
    value = cmrp_object_property(&other->obj, CMRP_PROPS_COMMON, "GroupType");
    ok(cmrp_value_get_dword(value, &dword) && dword == 100, "GroupType\n");

    ok(cmrp_model_set_group_name(model, g, "Role") == CMRP_ERR_ALREADY_EXISTS, "rename onto another\n");
    ok(cmrp_model_set_group_name(model, g, "") == CMRP_ERR_INVALID_NAME, "rename to nothing\n");
    ok(cmrp_model_set_group_name(model, g, "new") == 0 && !strcmp(g->obj.name, "new"), "rename to itself\n");
    ok(cmrp_model_set_group_name(model, g, "Renamed") == 0 && cmrp_model_group(model, "renamed") == g
       && !cmrp_model_group(model, "new"), "rename\n");

    ok(cmrp_model_set_group_node_list(model, g, (const char *const[]){ "n2", "zz" }, 2)
       == CMRP_ERR_CLUSTER_NODE_NOT_FOUND, "unknown node\n");
    ok(cmrp_model_set_group_node_list(model, g, (const char *const[]){ "n2", "N2", "n1" }, 3) == 0
       && g->num_preferred_owners == 2 && g->preferred_owners[1] == node(model, "n1"), "node list\n");
    ok(cmrp_model_set_group_node_list(model, g, NULL, 0) == 0 && !g->num_preferred_owners, "empty node list\n");

    /* deleting */
    ok(cmrp_model_delete_group(model, group(model, "Cluster Group"), true) == CMRP_ERR_CORE_RESOURCE, "core group\n");
    ok(cmrp_model_delete_group(model, role, false) == CMRP_ERR_DIR_NOT_EMPTY, "not empty\n");
    ok(cmrp_model_delete_group(model, role, true) == 0, "forced\n");
    ok(!cmrp_model_resource(model, "App") && !cmrp_model_resource(model, "IP") && !cmrp_model_group(model, "Role"),
       "its resources went with it\n");
    ok(cmrp_model_delete_group(model, g, false) == 0 && !cmrp_model_group(model, "Renamed"), "delete\n");

    /* group states follow the resources */
    ok(cmrp_model_create_group(model, "States", &g) == 0, "create\n");
    ok(cmrp_model_create_resource(model, g, "S1", "Generic Service", 0, &r) == 0, "S1\n");
    ok(cmrp_model_create_resource(model, g, "S2", "Generic Service", 0, NULL) == 0, "S2\n");
    ok(g->state == CMRP_GROUP_OFFLINE, "offline\n");
    ok(cmrp_model_online_resource(model, r) == 0 && g->state == CMRP_GROUP_PARTIAL_ONLINE, "partial %d\n", g->state);
    ok(cmrp_model_online_group(model, g) == 0 && g->state == CMRP_GROUP_ONLINE, "online\n");
    ok(cmrp_model_online_group(model, g) == 0, "online again\n");
    ok(cmrp_model_fail_resource(model, r) == 0 && g->state == CMRP_GROUP_PARTIAL_ONLINE, "one failed, one online\n");
    ok(cmrp_model_offline_resource(model, cmrp_model_resource(model, "S2")) == 0 && g->state == CMRP_GROUP_FAILED,
       "failed %d\n", g->state);
    ok(cmrp_model_offline_group(model, g) == 0 && g->state == CMRP_GROUP_OFFLINE && r->state == CMRP_RESOURCE_OFFLINE,
       "offline group takes the failed one offline\n");
    cmrp_model_free(model);
}

/* ---- resources and dependencies ---- */

static void test_resource_life(void)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 0);
    struct cmrp_resource *r, *other, *app;
    struct cmrp_group *role;
    char *name;

    if (!model) return;
    role = group(model, "Role");
    app = resource(model, "App");
    ok(cmrp_model_create_resource(model, role, "wurst", "Generic Service", 2, &r) == CMRP_ERR_INVALID_PARAMETER, "flags\n");
    ok(cmrp_model_create_resource(model, role, "wurst", "Nope", 0, &r) == CMRP_ERR_CLUSTER_RESOURCE_TYPE_NOT_FOUND,
       "type\n");
    ok(cmrp_model_create_resource(model, role, "", "Generic Service", 0, &r) == CMRP_ERR_INVALID_NAME, "name\n");
    ok(cmrp_model_create_resource(model, role, "APP", "Generic Service", 0, &r) == CMRP_ERR_OBJECT_ALREADY_EXISTS,
       "exists\n");
    ok(cmrp_model_create_resource(model, role, "wurst", "Generic Service", 1, &r) == 0, "create\n");
    ok(r->state == CMRP_RESOURCE_OFFLINE && r->obj.state_sequence == 0 && r->num_possible_owners == 3
       && r->separate_monitor && r->group == role && role->num_resources == 4, "a new resource\n");
    ok(role->state == CMRP_GROUP_PARTIAL_ONLINE, "group %d\n", role->state);
    ok(cmrp_model_set_resource_name(model, r, "wurst") == 0, "rename to itself (Samba torture)\n");
    ok(cmrp_model_set_resource_name(model, r, "App") == CMRP_ERR_ALREADY_EXISTS, "rename onto another\n");
    ok(cmrp_model_set_resource_name(model, r, "Wurst 2") == 0 && cmrp_model_resource(model, "wurst 2") == r, "rename\n");

    ok(cmrp_model_delete_resource(model, resource(model, "Disk")) == CMRP_ERR_CORE_RESOURCE, "core\n");
    ok(cmrp_model_delete_resource(model, resource(model, "IP")) == CMRP_ERR_RESOURCE_ONLINE, "online\n");
    ok(cmrp_model_offline_resource(model, resource(model, "IP")) == 0, "offline IP\n");
    ok(app->state == CMRP_RESOURCE_OFFLINE, "offline takes dependents down first\n");
    ok(cmrp_model_delete_resource(model, resource(model, "IP")) == CMRP_ERR_DEPENDENT_RESOURCE_EXISTS, "dependents\n");
    ok(cmrp_model_delete_resource(model, r) == 0 && role->num_resources == 3, "delete\n");

    /* the quorum resource stays */
    cmrp_model_create_resource(model, role, "Witness", "File Share Witness", 0, &other);
    ok(cmrp_model_set_quorum(model, app, "x", 0) == CMRP_ERR_NOT_QUORUM_CAPABLE, "not quorum capable\n");
    ok(cmrp_model_set_quorum(model, other, "\\\\dc\\w", 100) == 0 && model->quorum_resource == other
       && model->quorum_log_size == 100, "set quorum\n");
    ok(cmrp_model_delete_resource(model, other) == CMRP_ERR_QUORUM_RESOURCE, "quorum\n");

    /* network names: its providers, its group, the cluster's in a core group */
    ok(cmrp_model_resource_network_name(model, app, &name) == 0 && !strcmp(name, "ROLE"), "App: %s\n", name);
    free(name);
    ok(cmrp_model_resource_network_name(model, resource(model, "IP"), &name) == 0 && !strcmp(name, "ROLE"),
       "IP: the group's\n");
    free(name);
    ok(cmrp_model_resource_network_name(model, resource(model, "Disk"), &name) == 0 && !strcmp(name, "TESTCLU"),
       "Disk: the cluster's\n");
    free(name);
    ok(cmrp_model_resource_network_name(model, resource(model, "Loose"), &name) == CMRP_ERR_DEPENDENCY_NOT_FOUND && !name,
       "Loose: none\n");
    cmrp_model_free(model);
}

static void test_dependencies(void)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 0);
    struct cmrp_resource *ip, *name, *app, *loose, *x, *chain[101];
    struct cmrp_group *g;
    char *expression, label[32];
    size_t i;

    if (!model) return;
    ip = resource(model, "IP");
    name = resource(model, "Name");
    app = resource(model, "App");
    loose = resource(model, "Loose");
    ok(cmrp_model_add_dependency(model, app, app) == CMRP_ERR_INVALID_PARAMETER, "itself\n");
    ok(cmrp_model_add_dependency(model, app, loose) == CMRP_ERR_INVALID_PARAMETER, "another group\n");
    ok(cmrp_model_add_dependency(model, app, name) == CMRP_ERR_DEPENDENCY_ALREADY_EXISTS, "already\n");
    ok(cmrp_model_add_dependency(model, ip, app) == CMRP_ERR_CIRCULAR_DEPENDENCY, "circular\n");
    ok(cmrp_model_can_depend(model, ip, app) == CMRP_ERR_CIRCULAR_DEPENDENCY, "can: circular\n");
    ok(cmrp_model_add_dependency(model, app, ip) == 0 && app->num_providers == 2, "a second provider\n");
    ok(cmrp_model_remove_dependency(model, app, ip) == 0 && app->num_providers == 1, "remove\n");
    ok(cmrp_model_remove_dependency(model, app, ip) == CMRP_ERR_DEPENDENCY_NOT_FOUND, "remove again\n");

    /* a running resource may only gain an online provider */
    ok(cmrp_model_create_resource(model, app->group, "X", "Generic Service", 0, &x) == 0, "X\n");
    ok(cmrp_model_can_depend(model, app, x) == CMRP_ERR_RESOURCE_ONLINE, "can: online on offline\n");
    ok(cmrp_model_add_dependency(model, app, x) == CMRP_ERR_RESOURCE_ONLINE, "online on offline\n");
    ok(cmrp_model_add_dependency(model, x, app) == 0, "offline on online\n");

    expression = cmrp_model_dependency_expression(x);
    ok(expression && !strcmp(expression, "[App]"), "expression %s\n", expression);
    free(expression);
    ok(cmrp_model_set_dependency_expression(model, x, "([IP]) AND [Name]") == 0 && x->num_providers == 2
       && x->providers[0] == ip && x->providers[1] == name, "set expression\n");
    expression = cmrp_model_dependency_expression(x);
    ok(expression && !strcmp(expression, "[IP] and [Name]"), "expression %s\n", expression);
    free(expression);
    ok(cmrp_model_set_dependency_expression(model, x, "[IP] or [Name]") == CMRP_ERR_INVALID_PARAMETER, "or\n");
    ok(cmrp_model_set_dependency_expression(model, x, "[Nope]") == CMRP_ERR_RESOURCE_NOT_FOUND, "unknown\n");
    ok(cmrp_model_set_dependency_expression(model, x, "[IP] and") == CMRP_ERR_INVALID_PARAMETER, "dangling and\n");
    ok(cmrp_model_set_dependency_expression(model, x, "[Loose]") == CMRP_ERR_INVALID_PARAMETER, "another group\n");
    ok(cmrp_model_set_dependency_expression(model, ip, "[X]") == CMRP_ERR_CIRCULAR_DEPENDENCY, "circular\n");
    ok(x->num_providers == 2, "a refused expression changes nothing\n");
    ok(cmrp_model_set_dependency_expression(model, x, NULL) == 0 && !x->num_providers && ip->num_dependents == 1,
       "none\n");

    /* at most 100 deep */
    ok(cmrp_model_create_group(model, "Deep", &g) == 0, "Deep\n");
    for (i = 0; i < 101; i++)
    {
        snprintf(label, sizeof(label), "C%zu", i);
        cmrp_model_create_resource(model, g, label, "Generic Service", 0, &chain[i]);
    }
    for (i = 1; i < 100; i++)
        if (cmrp_model_add_dependency(model, chain[i], chain[i - 1])) break;
    ok(i == 100, "a chain of 100: stopped at %zu\n", i);
    ok(cmrp_model_add_dependency(model, chain[100], chain[99]) == CMRP_ERR_DEPENDENCY_TREE_TOO_COMPLEX, "101\n");
    ok(cmrp_model_add_dependency(model, chain[0], chain[100]) == CMRP_ERR_DEPENDENCY_TREE_TOO_COMPLEX, "below\n");
    ok(cmrp_model_add_dependency(model, chain[99], chain[100]) == 0, "a second branch is not deeper\n");
    ok(cmrp_model_online_resource(model, chain[99]) == 0 && chain[0]->state == CMRP_RESOURCE_ONLINE, "online a chain\n");

    /* possible owners */
    ok(cmrp_model_add_possible_owner(model, app, node(model, "n2")) == CMRP_ERR_OBJECT_ALREADY_EXISTS, "owner twice\n");
    ok(cmrp_model_remove_possible_owner(model, app, node(model, "n1")) == CMRP_ERR_RESOURCE_ONLINE, "where it runs\n");
    ok(cmrp_model_remove_possible_owner(model, app, node(model, "n2")) == 0 && app->num_possible_owners == 2, "remove\n");
    ok(cmrp_model_remove_possible_owner(model, app, node(model, "n2")) == CMRP_ERR_NOT_FOUND, "remove again\n");
    ok(cmrp_model_move_group(model, app->group, node(model, "n2")) == CMRP_ERR_NODE_CANT_HOST_RESOURCE,
       "move where it cannot run\n");
    ok(cmrp_model_add_possible_owner(model, app, node(model, "n2")) == 0, "add back\n");
    ok(cmrp_model_remove_possible_owner(model, loose, node(model, "n2")) == 0, "Loose cannot run on n2\n");
    ok(cmrp_model_online_resource(model, loose) == CMRP_ERR_NODE_CANT_HOST_RESOURCE, "online where it cannot\n");

    /* changing group moves the whole tree; both groups on one node */
    ok(cmrp_model_change_resource_group(model, name, group(model, "Spare")) == CMRP_ERR_HOST_NODE_NOT_GROUP_OWNER,
       "groups on two nodes\n");
    ok(cmrp_model_change_resource_group(model, name, g) == 0, "change group\n");
    /* X has no dependencies any more: it stays */
    ok(ip->group == g && app->group == g && name->group == g && x->group != g, "the tree moved\n");
    ok(x->group->num_resources == 1 && x->group->state == CMRP_GROUP_OFFLINE, "what is left of Role: %zu, %d\n",
       x->group->num_resources, x->group->state);
    ok(cmrp_model_change_resource_group(model, name, g) == 0, "same group\n");
    cmrp_model_free(model);
}

START_TEST(model_resources)
{
    test_resource_life();
    test_dependencies();
}

/* ---- transitions with a delay ---- */

static void test_pending_online(void)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 50);
    struct cmrp_resource *ip, *name, *app;
    struct cmrp_group *role;
    uint64_t when;

    if (!model) return;
    ip = resource(model, "IP");
    name = resource(model, "Name");
    app = resource(model, "App");
    role = group(model, "Role");
    ok(!cmrp_model_next_deadline(model, &when), "nothing pending\n");

    /* offline: dependents first, one delay each */
    ok(cmrp_model_offline_resource(model, ip) == CMRP_ERR_IO_PENDING, "offline IP\n");
    ok(app->state == CMRP_RESOURCE_OFFLINE_PENDING && name->state == CMRP_RESOURCE_OFFLINE_PENDING
       && ip->state == CMRP_RESOURCE_OFFLINE_PENDING, "all pending\n");
    ok(role->state == CMRP_GROUP_PENDING, "group pending\n");
    ok(cmrp_model_next_deadline(model, &when) && when == 1050, "deadline %llu\n", (unsigned long long)when);
    ok(cmrp_model_offline_resource(model, ip) == CMRP_ERR_INVALID_STATE, "offline while pending\n");
    ok(cmrp_model_online_resource(model, app) == CMRP_ERR_INVALID_STATE, "online while pending\n");
    cmrp_model_tick(model, 1049);
    ok(app->state == CMRP_RESOURCE_OFFLINE_PENDING, "not yet\n");
    cmrp_model_tick(model, 1050);
    ok(app->state == CMRP_RESOURCE_OFFLINE && name->state == CMRP_RESOURCE_OFFLINE_PENDING, "App first\n");
    cmrp_model_tick(model, 1100);
    ok(name->state == CMRP_RESOURCE_OFFLINE && ip->state == CMRP_RESOURCE_OFFLINE_PENDING, "then Name\n");
    cmrp_model_tick(model, 5000);
    ok(ip->state == CMRP_RESOURCE_OFFLINE && role->state == CMRP_GROUP_OFFLINE, "then IP\n");
    ok(!ip->persistent_online && !app->persistent_online, "persistent state offline\n");

    /* online: providers first */
    host.now = 10000;
    ok(cmrp_model_online_resource(model, app) == CMRP_ERR_IO_PENDING, "online App\n");
    ok(ip->state == CMRP_RESOURCE_ONLINE_PENDING && !ip->pending_waiting, "IP starts\n");
    ok(name->state == CMRP_RESOURCE_ONLINE_PENDING && name->pending_waiting, "Name waits for IP\n");
    ok(app->state == CMRP_RESOURCE_ONLINE_PENDING && app->pending_waiting, "App waits for Name\n");
    cmrp_model_tick(model, 10050);
    ok(ip->state == CMRP_RESOURCE_ONLINE && name->state == CMRP_RESOURCE_ONLINE_PENDING, "IP online\n");
    ok(cmrp_model_next_deadline(model, &when) && when == 10100, "Name's deadline %llu\n", (unsigned long long)when);
    /* a late tick completes what was due in order: each one delay after its provider */
    cmrp_model_tick(model, 20000);
    ok(name->state == CMRP_RESOURCE_ONLINE && app->state == CMRP_RESOURCE_ONLINE && role->state == CMRP_GROUP_ONLINE,
       "all online\n");
    /* offline pending, offline, online pending, online */
    ok(app->obj.state_sequence == 4, "App changed state %u times\n", app->obj.state_sequence);

    /* a simulated failure */
    cmrp_model_set_resource_fault(model, ip, true);
    ok(cmrp_model_offline_group(model, role) == CMRP_ERR_IO_PENDING, "offline the group\n");
    cmrp_model_tick(model, 30000);
    ok(role->state == CMRP_GROUP_OFFLINE, "offline\n");
    host.now = 40000;
    ok(cmrp_model_online_group(model, role) == CMRP_ERR_IO_PENDING, "online the group\n");
    cmrp_model_tick(model, 40050);
    ok(ip->state == CMRP_RESOURCE_FAILED && name->state == CMRP_RESOURCE_FAILED && app->state == CMRP_RESOURCE_FAILED,
       "IP failed, what waited for it too\n");
    ok(role->state == CMRP_GROUP_FAILED && !cmrp_model_next_deadline(model, &when), "group failed\n");
    ok(cmrp_model_offline_resource(model, ip) == CMRP_ERR_RESOURCE_FAILED, "offline a failed resource\n");
    cmrp_model_set_resource_fault(model, ip, false);
    model->transition_delay_ms = 0;
    ok(cmrp_model_online_group(model, role) == 0 && role->state == CMRP_GROUP_ONLINE, "online again at once\n");
    ok(cmrp_model_fail_resource(model, ip) == 0 && ip->state == CMRP_RESOURCE_FAILED
       && name->state == CMRP_RESOURCE_OFFLINE && app->state == CMRP_RESOURCE_OFFLINE, "fail IP\n");
    /* MS-CMRP 3.1.4.2.17: only Online, OnlinePending and OfflinePending resources fail */
    ok(cmrp_model_fail_resource(model, ip) == CMRP_ERR_INVALID_STATE, "fail a failed one\n");
    ok(app->persistent_online, "failure keeps the persistent state\n");
    ok(cmrp_model_restart_resource(model, app) == 0 && ip->state == CMRP_RESOURCE_ONLINE
       && app->state == CMRP_RESOURCE_ONLINE, "restart brings the chain back\n");
    cmrp_model_set_resource_fault(model, app, true);
    ok(cmrp_model_restart_resource(model, app) == CMRP_ERR_RESOURCE_FAILED && app->state == CMRP_RESOURCE_FAILED,
       "restart into a failure\n");
    ok(cmrp_model_online_resource(model, app) == CMRP_ERR_RESOURCE_FAILED, "online into a failure\n");
    cmrp_model_free(model);
}

static void test_pending_move(void)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 50);
    struct cmrp_group *role;
    struct cmrp_node *n1, *n2;
    struct cmrp_resource *app, *ip;

    if (!model) return;
    role = group(model, "Role");
    app = resource(model, "App");
    ip = resource(model, "IP");
    n1 = node(model, "n1");
    n2 = node(model, "n2");
    ok(cmrp_model_move_group(model, role, n1) == 0, "already there\n");
    /* anywhere: the first preferred owner that can take it */
    ok(cmrp_model_move_group(model, role, NULL) == CMRP_ERR_IO_PENDING && role->move_target == n2, "move\n");
    ok(role->owner == n1 && app->state == CMRP_RESOURCE_OFFLINE_PENDING, "stopping on n1\n");
    ok(cmrp_model_move_group(model, role, n2) == CMRP_ERR_INVALID_STATE, "a second move\n");
    ok(cmrp_model_online_group(model, role) == CMRP_ERR_INVALID_STATE, "online while moving\n");
    cmrp_model_tick(model, 1150);
    ok(role->owner == n2 && !role->move_target, "now on n2\n");
    ok(ip->state == CMRP_RESOURCE_ONLINE_PENDING && app->state == CMRP_RESOURCE_ONLINE_PENDING, "starting on n2\n");
    ok(app->persistent_online, "persistent state kept across the move\n");
    cmrp_model_tick(model, 1300);
    ok(role->state == CMRP_GROUP_ONLINE && app->state == CMRP_RESOURCE_ONLINE, "online on n2\n");

    /* the destination dies during a move: the group stays home */
    host.now = 2000;
    ok(cmrp_model_move_group(model, role, n1) == CMRP_ERR_IO_PENDING, "move back\n");
    ok(cmrp_model_set_node_state(model, n1, CMRP_NODE_DOWN) == 0, "n1 dies\n");
    cmrp_model_tick(model, 3000);
    ok(role->owner == n2 && !role->move_target, "stayed on n2\n");
    cmrp_model_tick(model, 4000);
    ok(role->state == CMRP_GROUP_ONLINE, "and came back online: %d\n", role->state);
    cmrp_model_free(model);
}

/* MS-CMRP 3.1.4.2.17: a pending resource can be failed too. */
static void test_fail_pending(void)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 50);
    struct cmrp_resource *ip, *name, *app;
    struct cmrp_group *role;

    if (!model) return;
    role = group(model, "Role");
    ip = resource(model, "IP");
    name = resource(model, "Name");
    app = resource(model, "App");
    ok(cmrp_model_offline_group(model, role) == CMRP_ERR_IO_PENDING, "offline Role\n");
    cmrp_model_tick(model, 5000);
    ok(role->state == CMRP_GROUP_OFFLINE, "offline\n");
    ok(cmrp_model_fail_resource(model, ip) == CMRP_ERR_INVALID_STATE, "fail an offline resource\n");
    host.now = 6000;
    ok(cmrp_model_online_resource(model, app) == CMRP_ERR_IO_PENDING, "online App\n");
    ok(ip->state == CMRP_RESOURCE_ONLINE_PENDING && name->pending_waiting, "IP starting, Name waiting\n");
    ok(cmrp_model_fail_resource(model, ip) == 0 && ip->state == CMRP_RESOURCE_FAILED, "fail IP while it starts\n");
    ok(name->state != CMRP_RESOURCE_ONLINE_PENDING && app->state != CMRP_RESOURCE_ONLINE_PENDING,
       "what waited for it does not start (%d, %d)\n", name->state, app->state);
    cmrp_model_tick(model, 7000);
    ok(role->state == CMRP_GROUP_FAILED, "group failed: %d\n", role->state);

    /* failing a resource that is stopping lets its providers stop */
    model->transition_delay_ms = 0;
    ok(cmrp_model_online_group(model, role) == 0 && role->state == CMRP_GROUP_ONLINE, "back online\n");
    model->transition_delay_ms = 50;
    host.now = 8000;
    ok(cmrp_model_offline_resource(model, ip) == CMRP_ERR_IO_PENDING, "offline IP\n");
    ok(app->state == CMRP_RESOURCE_OFFLINE_PENDING && ip->pending_waiting, "App stopping, IP waiting\n");
    ok(cmrp_model_fail_resource(model, app) == 0 && app->state == CMRP_RESOURCE_FAILED, "fail App while it stops\n");
    cmrp_model_tick(model, 8050);
    ok(name->state == CMRP_RESOURCE_OFFLINE, "Name stopped: %d\n", name->state);
    cmrp_model_tick(model, 8100);
    ok(ip->state == CMRP_RESOURCE_OFFLINE, "then IP: %d\n", ip->state);
    cmrp_model_free(model);
}

START_TEST(model_transitions)
{
    test_pending_online();
    test_pending_move();
    test_fail_pending();
}

/* ---- resource types, networks, group sets ---- */

START_TEST(model_types)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 0);
    struct cmrp_resource_type *type;
    struct cmrp_network *net;
    struct cmrp_groupset *set, *other;
    struct cmrp_group *g;

    if (!model) return;
    ok(cmrp_model_create_resource_type(model, "My Type", "My Type", "my.dll", 1, 2) == 0, "create type\n");
    type = cmrp_model_resource_type(model, "my type");
    ok(type && type->looks_alive_ms == 1 && type->is_alive_ms == 2 && !strcmp(type->obj.id, ""), "its fields\n");
    ok(cmrp_model_create_resource_type(model, "MY TYPE", "x", "x", 1, 2) == CMRP_ERR_OBJECT_ALREADY_EXISTS, "exists\n");
    ok(cmrp_model_create_resource_type(model, "a\\b", "x", "x", 1, 2) == CMRP_ERR_INVALID_NAME, "backslash\n");
    ok(cmrp_model_create_resource_type(model, "T2", NULL, "x", 1, 2) == CMRP_ERR_INVALID_PARAMETER, "NULL display\n");
    ok(cmrp_model_create_resource(model, group(model, "Role"), "Mine", "My Type", 0, NULL) == 0, "use it\n");
    ok(cmrp_model_delete_resource_type(model, "My Type") == CMRP_ERR_DIR_NOT_EMPTY, "in use\n");
    ok(cmrp_model_delete_resource(model, resource(model, "Mine")) == 0, "delete its resource\n");
    ok(cmrp_model_delete_resource_type(model, "My Type") == 0 && !cmrp_model_resource_type(model, "My Type"), "delete\n");
    ok(cmrp_model_delete_resource_type(model, "My Type") == CMRP_ERR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, "again\n");

    net = cmrp_model_network(model, "Net A");
    ok(cmrp_model_set_network_name(model, net, "Net B") == CMRP_ERR_ALREADY_EXISTS, "network name taken\n");
    ok(cmrp_model_set_network_name(model, net, "Public") == 0 && cmrp_model_network(model, "public") == net, "rename\n");

    ok(cmrp_model_create_groupset(model, "Set", &set) == CMRP_ERR_OBJECT_ALREADY_EXISTS, "set exists\n");
    ok(cmrp_model_create_groupset(model, "Set 2", &set) == 0, "create set\n");
    g = group(model, "Spare");
    ok(cmrp_model_add_group_to_groupset(model, set, g) == CMRP_ERR_OBJECT_ALREADY_EXISTS, "already in a set\n");
    other = cmrp_model_groupset(model, "Set");
    ok(cmrp_model_remove_group_from_groupset(model, g) == 0 && !g->groupset && !other->num_groups, "remove\n");
    ok(cmrp_model_remove_group_from_groupset(model, g) == CMRP_ERR_NOT_SUPPORTED, "remove again\n");
    ok(cmrp_model_add_group_to_groupset(model, set, g) == 0 && g->groupset == set, "add\n");
    ok(cmrp_model_delete_group(model, g, true) == 0 && !set->num_groups, "a deleted group leaves its set\n");
    ok(cmrp_model_delete_groupset(model, set) == 0 && !cmrp_model_groupset(model, "Set 2"), "delete set\n");
    cmrp_model_free(model);
}

/* ---- properties ---- */

START_TEST(model_properties)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 0);
    struct cmrp_resource *app;
    struct cmrp_value value = { 0 };
    const struct cmrp_value *found;
    const struct cmrp_property_info *info;
    uint32_t dword;
    char *text;

    if (!model) return;
    app = resource(model, "App");
    found = cmrp_object_property(&app->obj, CMRP_PROPS_COMMON, "RestartAction");
    ok(cmrp_value_get_dword(found, &dword) && dword == 2, "RestartAction default\n");
    info = cmrp_model_property_info(CMRP_OBJECT_RESOURCE, "restartaction");
    ok(info && info->format == CMRP_FORMAT_DWORD && !info->read_only, "info\n");
    ok(!cmrp_model_property_info(CMRP_OBJECT_RESOURCE, "Nope"), "unknown\n");

    cmrp_value_set_dword(&value, CMRP_FORMAT_DWORD, 1);
    ok(cmrp_model_set_property(model, &app->obj, CMRP_PROPS_COMMON, "RestartAction", &value) == 0, "set\n");
    found = cmrp_object_property(&app->obj, CMRP_PROPS_COMMON, "RESTARTACTION");
    ok(cmrp_value_get_dword(found, &dword) && dword == 1, "changed\n");
    ok(cmrp_model_set_property(model, &app->obj, CMRP_PROPS_COMMON, "MonitorProcessId", &value)
       == CMRP_ERR_INVALID_PARAMETER, "read-only\n");
    cmrp_value_set_string(&value, CMRP_FORMAT_SZ, "text");
    ok(cmrp_model_set_property(model, &app->obj, CMRP_PROPS_COMMON, "RestartAction", &value)
       == CMRP_ERR_INVALID_PARAMETER, "wrong format\n");
    ok(cmrp_model_set_property(model, &app->obj, CMRP_PROPS_COMMON, "NoSuchCommonProperty", &value)
       == CMRP_ERR_INVALID_PARAMETER, "unknown common property\n");
    ok(!cmrp_object_property(&app->obj, CMRP_PROPS_COMMON, "NoSuchCommonProperty"), "unknown one not stored\n");
    ok(cmrp_model_set_property(model, &app->obj, CMRP_PROPS_PRIVATE, "ServiceName", &value)
       == CMRP_ERR_RESOURCE_PROPERTIES_STORED, "private of an online resource\n");
    ok(cmrp_model_set_property(model, &resource(model, "Loose")->obj, CMRP_PROPS_PRIVATE, "ServiceName", &value) == 0,
       "private of an offline resource\n");
    text = cmrp_value_to_utf8(cmrp_object_property(&app->obj, CMRP_PROPS_PRIVATE, "servicename"));
    ok(text && !strcmp(text, "text"), "private value %s\n", text);
    free(text);
    /* deleting a known common property brings back its default (2, RestartNotify): it was set to 1 above */
    ok(cmrp_model_delete_property(model, &app->obj, CMRP_PROPS_COMMON, "restartaction") == 0,
       "delete a known common one\n");
    found = cmrp_object_property(&app->obj, CMRP_PROPS_COMMON, "RestartAction");
    ok(cmrp_value_get_dword(found, &dword) && dword == 2, "default back: %u\n", dword);
    ok(cmrp_model_delete_property(model, &app->obj, CMRP_PROPS_COMMON, "MonitorProcessId") == CMRP_ERR_INVALID_PARAMETER,
       "delete a read-only common one\n");
    ok(cmrp_object_property(&app->obj, CMRP_PROPS_COMMON, "MonitorProcessId") != NULL, "read-only one kept\n");
    ok(cmrp_model_delete_property(model, &app->obj, CMRP_PROPS_PRIVATE, "ServiceName") == 0, "delete\n");
    ok(cmrp_model_delete_property(model, &app->obj, CMRP_PROPS_PRIVATE, "ServiceName") == CMRP_ERR_NOT_FOUND, "again\n");

    /* malformed values from the wire */
    ok(cmrp_value_set_bytes(&value, CMRP_FORMAT_SZ, "a\0b", 3), "odd string\n");
    ok(cmrp_model_set_property(model, &app->obj, CMRP_PROPS_PRIVATE, "Odd", &value) == CMRP_ERR_INVALID_PARAMETER,
       "odd-sized string\n");
    ok(cmrp_value_set_bytes(&value, CMRP_FORMAT_SZ, "a\0b\0", 4), "unterminated\n");
    ok(cmrp_model_set_property(model, &app->obj, CMRP_PROPS_PRIVATE, "Unterminated", &value)
       == CMRP_ERR_INVALID_PARAMETER, "unterminated string\n");
    ok(cmrp_value_set_bytes(&value, CMRP_FORMAT_DWORD, "abc", 3), "short\n");
    ok(cmrp_model_set_property(model, &app->obj, CMRP_PROPS_PRIVATE, "Short", &value) == CMRP_ERR_INVALID_PARAMETER,
       "short DWORD\n");
    ok(cmrp_value_set_bytes(&value, 0x1234, "abcd", 4), "unknown format\n");
    ok(cmrp_model_set_property(model, &app->obj, CMRP_PROPS_PRIVATE, "Unknown", &value) == CMRP_ERR_INVALID_PARAMETER,
       "unknown format\n");
    ok(cmrp_model_set_property(model, &app->obj, CMRP_PROPS_PRIVATE, "", &value) == CMRP_ERR_INVALID_PARAMETER,
       "no name\n");
    ok(!cmrp_value_set_bytes(&value, CMRP_FORMAT_BINARY, "", CMRP_MAX_REG_VALUE_SIZE + 1), "too big a value\n");
    ok(cmrp_value_set_bytes(&value, 0xbad, "\0\xd8", 2) && !cmrp_value_to_utf8(&value), "lone surrogate\n");
    cmrp_value_clear(&value);
    cmrp_model_free(model);
}

/* ---- the registry ---- */

START_TEST(model_registry)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 0);
    const struct cmrp_value *value;
    struct cmrp_key_info info;
    struct cmrp_group *g;
    const uint8_t *sd;
    const char *name;
    uint64_t root, key, sub, filetime;
    uint32_t disposition, i;
    size_t size;
    char path[80], *text;

    if (!model) return;
    root = cmrp_model_registry_root(model);
    ok(!cmrp_model_query_value(model, root, "clusterinstanceid", &value) && value->type == CMRP_REG_SZ, "instance\n");
    ok(cmrp_model_query_value(model, root, "Nope", &value) == CMRP_ERR_FILE_NOT_FOUND, "missing value\n");
    g = group(model, "Role");
    snprintf(path, sizeof(path), "Groups\\%s", g->obj.id);
    ok(!cmrp_model_open_key(model, root, path, &key), "the group's key\n");
    ok(!cmrp_model_query_value(model, key, "Name", &value), "its Name\n");
    text = cmrp_value_to_utf8(value);
    ok(text && !strcmp(text, "Role"), "Name %s\n", text);
    free(text);
    ok(cmrp_model_set_group_name(model, g, "Role 2") == 0 && !cmrp_model_query_value(model, key, "Name", &value), "rename\n");
    text = cmrp_value_to_utf8(value);
    ok(text && !strcmp(text, "Role 2"), "Name follows: %s\n", text);
    free(text);

    ok(cmrp_model_create_key(model, root, "Test\\Sub", &sub, &disposition) == 0 && disposition == 1, "create\n");
    ok(cmrp_model_create_key(model, root, "test\\SUB", &key, &disposition) == 0 && disposition == 2 && key == sub,
       "open existing\n");
    ok(cmrp_model_open_key(model, root, "Test\\Nope", &key) == CMRP_ERR_FILE_NOT_FOUND, "missing key\n");
    ok(cmrp_model_open_key(model, sub, "", &key) == 0 && key == sub, "empty path\n");
    ok(cmrp_model_create_key(model, root, "\\Lead", &key, &disposition) == CMRP_ERR_INVALID_PARAMETER, "leading\n");
    ok(cmrp_model_create_key(model, root, "A\\\\B", &key, &disposition) == CMRP_ERR_INVALID_PARAMETER, "empty name\n");
    ok(cmrp_model_create_key(model, root, "A\\", &key, &disposition) == CMRP_ERR_INVALID_PARAMETER, "trailing\n");
    ok(cmrp_model_create_key(model, root, "Bad\x01", &key, &disposition) == CMRP_ERR_INVALID_PARAMETER, "control\n");
    ok(cmrp_model_set_value(model, sub, "V", CMRP_REG_DWORD, "\x01\0\0\0", 4) == 0, "set value\n");
    ok(cmrp_model_set_value(model, sub, "", CMRP_REG_SZ, "a\0\0", 4) == 0, "default value\n");
    ok(cmrp_model_set_value(model, sub, "v", CMRP_REG_BINARY, "xyz", 3) == 0, "replace, any case\n");
    ok(!cmrp_model_query_value(model, sub, "V", &value) && value->type == CMRP_REG_BINARY && value->size == 3, "query\n");
    ok(cmrp_model_set_value(model, sub, "Big", CMRP_REG_BINARY, "", CMRP_MAX_REG_VALUE_SIZE + 1)
       == CMRP_ERR_INVALID_PARAMETER, "too big\n");
    ok(cmrp_model_set_value(model, sub, "Null", CMRP_REG_BINARY, NULL, 4) == CMRP_ERR_INVALID_PARAMETER, "NULL data\n");
    ok(cmrp_model_enum_value(model, sub, 0, &name, &value) == 0 && !strcmp(name, "V"), "enum value\n");
    ok(cmrp_model_enum_value(model, sub, 2, &name, &value) == CMRP_ERR_NO_MORE_ITEMS, "end of values\n");
    ok(cmrp_model_query_info_key(model, sub, &info) == 0 && info.values == 2 && !info.subkeys
       && info.max_value_name_units == 1 && info.max_value_size == 4, "info\n");
    ok(cmrp_model_enum_key(model, root, 0, &name, &filetime) == 0 && filetime, "enum key\n");
    for (i = 0; !cmrp_model_enum_key(model, root, i, &name, &filetime); i++) continue;
    ok(cmrp_model_query_info_key(model, root, &info) == 0 && i == info.subkeys && i >= 7, "%u root subkeys\n", i);
    ok(cmrp_model_set_key_security(model, sub, "\x01\x00\x04\x80", 4) == 0, "security\n");
    ok(cmrp_model_get_key_security(model, sub, &sd, &size) == 0 && size == 4 && sd[0] == 1, "security back\n");
    ok(cmrp_model_set_key_security(model, sub, "", CMRP_MAX_SECURITY_SIZE + 1) == CMRP_ERR_INVALID_PARAMETER, "big\n");
    text = cmrp_model_key_path(model, sub);
    ok(text && !strcmp(text, "Test\\Sub"), "path %s\n", text);
    free(text);

    ok(cmrp_model_delete_value(model, sub, "nope") == CMRP_ERR_FILE_NOT_FOUND, "delete missing value\n");
    ok(cmrp_model_delete_value(model, sub, "v") == 0, "delete value\n");
    ok(cmrp_model_delete_key(model, root, "Test") == CMRP_ERR_ACCESS_DENIED, "a key with subkeys\n");
    ok(cmrp_model_delete_key(model, root, "") == CMRP_ERR_INVALID_PARAMETER, "itself\n");
    ok(cmrp_model_delete_key(model, root, "Test\\Sub") == 0, "delete key\n");
    ok(cmrp_model_set_value(model, sub, "V", CMRP_REG_DWORD, "\0\0\0\0", 4) == CMRP_ERR_KEY_DELETED, "deleted key\n");
    ok(cmrp_model_query_info_key(model, sub, &info) == CMRP_ERR_KEY_DELETED, "deleted key info\n");
    ok(!cmrp_model_key_path(model, sub), "deleted key path\n");
    ok(cmrp_model_delete_key(model, root, "Test\\Sub") == CMRP_ERR_FILE_NOT_FOUND, "delete again\n");

    /* an object's key goes with it */
    snprintf(path, sizeof(path), "Resources\\%s", resource(model, "Loose")->obj.id);
    ok(!cmrp_model_open_key(model, root, path, &key), "resource key\n");
    ok(cmrp_model_delete_resource(model, resource(model, "Loose")) == 0, "delete Loose\n");
    ok(cmrp_model_open_key(model, root, path, &key) == CMRP_ERR_FILE_NOT_FOUND, "its key went\n");
    cmrp_model_free(model);
}

/* ---- notification ports ---- */

START_TEST(model_notify)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 50);
    struct cmrp_resource *app, *ip;
    struct cmrp_group *spare;
    struct cmrp_event event;
    uint64_t port, port2, root, key;
    uint32_t sequence, status, disposition;
    unsigned int i, count;

    if (!model) return;
    app = resource(model, "App");
    ip = resource(model, "IP");
    root = cmrp_model_registry_root(model);
    ok(cmrp_model_create_notify(model, &port) == 0, "create port\n");
    ok(cmrp_model_get_notify(model, port, &event) == CMRP_ERR_NO_MORE_ITEMS, "empty\n");
    ok(cmrp_model_add_notify_cluster(model, port, CMRP_CHANGE_RESOURCE_STATE | CMRP_CHANGE_GROUP_STATE, 7) == 0, "add\n");
    ok(cmrp_model_add_notify_object(model, port, &app->obj, CMRP_CHANGE_RESOURCE_STATE, 9, &sequence) == 0
       && sequence == app->obj.state_sequence, "add App\n");
    ok(cmrp_model_add_notify_object(model, port, &model->resource_types[0]->obj, 0xffffffff, 1, &sequence)
       == CMRP_ERR_INVALID_PARAMETER, "a type has no state to watch\n");
    ok(cmrp_model_add_notify_cluster(model, 12345, 1, 1) == CMRP_ERR_INVALID_HANDLE, "unknown port\n");

    ok(cmrp_model_offline_resource(model, ip) == CMRP_ERR_IO_PENDING, "offline IP\n");
    ok(host.wakeups > 0 && host.last_port == port, "the host was woken\n");
    /* App, Name, IP pending; the group pending; App's own registration too */
    ok(cmrp_model_notify_pending(model, port) == 5, "%zu queued\n", cmrp_model_notify_pending(model, port));
    ok(cmrp_model_get_notify(model, port, &event) == 0 && event.filter == CMRP_CHANGE_RESOURCE_STATE
       && !strcmp(event.name, "App") && event.notify_key == 7 && event.kind == CMRP_OBJECT_RESOURCE
       && event.state_sequence == 1 && !strcmp(event.parent_id, app->group->obj.id)
       && !strcmp(event.type_name, "Generic Service"), "first: App, cluster-wide\n");
    cmrp_event_clear(&event);
    ok(cmrp_model_get_notify(model, port, &event) == 0 && !strcmp(event.name, "App") && event.notify_key == 9,
       "then App's own registration\n");
    cmrp_event_clear(&event);
    ok(cmrp_model_get_notify(model, port, &event) == 0 && event.filter == CMRP_CHANGE_GROUP_STATE
       && !strcmp(event.name, "Role"), "the group: %s\n", event.name);
    cmrp_event_clear(&event);
    while (!cmrp_model_get_notify(model, port, &event)) cmrp_event_clear(&event);

    /* a reconnecting client catches up */
    cmrp_model_tick(model, 5000);
    while (!cmrp_model_get_notify(model, port, &event)) cmrp_event_clear(&event);
    ok(cmrp_model_create_notify(model, &port2) == 0, "second port\n");
    ok(cmrp_model_readd_notify_object(model, port2, &app->obj, CMRP_CHANGE_RESOURCE_STATE, 3, 1) == 0, "readd\n");
    ok(cmrp_model_get_notify(model, port2, &event) == 0 && event.notify_key == 3
       && event.state_sequence == app->obj.state_sequence, "a state event at once\n");
    cmrp_event_clear(&event);
    ok(cmrp_model_readd_notify_object(model, port2, &app->obj, CMRP_CHANGE_RESOURCE_STATE, 3, app->obj.state_sequence)
       == 0 && cmrp_model_notify_pending(model, port2) == 0, "nothing if nothing changed\n");

    /* registry keys, with and without the subtree */
    ok(cmrp_model_create_key(model, root, "Watched", &key, &disposition) == 0, "key\n");
    ok(cmrp_model_add_notify_key(model, port2, key, CMRP_CHANGE_REGISTRY_VALUE | CMRP_CHANGE_REGISTRY_NAME, 4, true)
       == 0, "watch key\n");
    ok(cmrp_model_create_key(model, key, "Child", &key, &disposition) == 0, "child\n");
    ok(cmrp_model_set_value(model, key, "V", CMRP_REG_DWORD, "\0\0\0\0", 4) == 0, "value below\n");
    ok(cmrp_model_notify_pending(model, port2) == 2, "%zu registry events\n", cmrp_model_notify_pending(model, port2));
    ok(cmrp_model_get_notify(model, port2, &event) == 0 && event.filter == CMRP_CHANGE_REGISTRY_NAME && !event.kind
       && !strcmp(event.name, "Watched"), "name event: %s\n", event.name);
    cmrp_event_clear(&event);
    ok(cmrp_model_get_notify(model, port2, &event) == 0 && event.filter == CMRP_CHANGE_REGISTRY_VALUE
       && !strcmp(event.name, "Watched\\Child\\V"), "value event: %s\n", event.name);
    cmrp_event_clear(&event);
    ok(cmrp_model_add_notify_key(model, port2, 999999, 1, 1, false) == CMRP_ERR_KEY_DELETED, "unknown key\n");

    /* deletion: the event, then the registration is gone */
    ok(cmrp_model_add_notify_object(model, port2, &resource(model, "Loose")->obj, CMRP_CHANGE_RESOURCE_DELETED, 5,
                                    &sequence) == 0, "watch Loose\n");
    ok(cmrp_model_delete_resource(model, resource(model, "Loose")) == 0, "delete Loose\n");
    ok(cmrp_model_get_notify(model, port2, &event) == 0 && event.filter == CMRP_CHANGE_RESOURCE_DELETED
       && !strcmp(event.name, "Loose") && event.notify_key == 5, "deleted event\n");
    cmrp_event_clear(&event);

    /* a full queue drops its oldest events */
    ok(cmrp_model_add_notify_cluster(model, port2, CMRP_CHANGE_GROUP_PROPERTY, 6) == 0, "group properties\n");
    spare = group(model, "Spare");
    for (i = 0; i < CMRP_MAX_NOTIFY_EVENTS + 10; i++) cmrp_model_set_group_name(model, spare, i % 2 ? "Spare" : "Spare 2");
    ok(cmrp_model_notify_pending(model, port2) == CMRP_MAX_NOTIFY_EVENTS, "bounded queue\n");
    count = 0;
    while (!(status = cmrp_model_get_notify(model, port2, &event)))
    {
        count++;
        cmrp_event_clear(&event);
    }
    ok(count == CMRP_MAX_NOTIFY_EVENTS && status == CMRP_ERR_NO_MORE_ITEMS, "drained %u\n", count);

    ok(cmrp_model_close_notify(model, port) == 0, "close\n");
    ok(cmrp_model_get_notify(model, port, &event) == CMRP_ERR_INVALID_HANDLE, "closed port\n");
    ok(cmrp_model_close_notify(model, port) == CMRP_ERR_INVALID_HANDLE, "close twice\n");
    /* the model frees what is still queued */
    cmrp_model_set_group_name(model, spare, "Spare 3");
    cmrp_model_free(model);
}

/* version 2 ports and registry batches */
START_TEST(model_notify_v2)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 50);
    struct cmrp_batch_command commands[4];
    struct cmrp_resource *app, *ip;
    const struct cmrp_value *value;
    struct cmrp_batch batch;
    struct cmrp_event event;
    uint64_t port, v1, root, key, bport;
    uint32_t failed, disposition;

    if (!model) return;
    app = resource(model, "App");
    ip = resource(model, "IP");
    root = cmrp_model_registry_root(model);
    ok(cmrp_model_create_notify_version(model, 2, &port) == 0 && cmrp_model_notify_version(model, port) == 2,
       "v2 port\n");
    ok(cmrp_model_create_notify(model, &v1) == 0, "v1 port\n");
    ok(cmrp_model_add_notify_v2(model, v1, NULL, 0, CMRP_OBJECT_GROUP, 0x8, 1) == CMRP_ERR_INVALID_PARAMETER,
       "v2 registration on a v1 port\n");
    ok(cmrp_model_add_notify_v2(model, port, NULL, 0, CMRP_OBJECT_GROUP, 0x200, 1) == CMRP_ERR_INVALID_PARAMETER,
       "GROUP_HANDLE_CLOSE_V2 asked of the server\n");
    ok(cmrp_model_add_notify_v2(model, port, &app->obj, 0, CMRP_OBJECT_GROUP, 0x8, 1) == CMRP_ERR_INVALID_PARAMETER,
       "a resource for a GROUP registration\n");
    ok(cmrp_model_add_notify_v2(model, port, &app->obj, 0, CMRP_OBJECT_RESOURCE, 0x4, 11) == 0, "App's state\n");
    ok(cmrp_model_add_notify_v2(model, port, NULL, 0, CMRP_OBJECT_GROUP, 0x8, 12) == 0, "every group's state\n");
    ok(cmrp_model_add_notify_cluster(model, v1, CMRP_CHANGE_RESOURCE_STATE, 13) == 0, "v1 registration\n");

    ok(cmrp_model_offline_resource(model, ip) == CMRP_ERR_IO_PENDING, "offline IP\n");
    /* only App's (targeted) and the group's: not IP's or Name's state */
    ok(cmrp_model_get_notify(model, port, &event) == 0 && event.object_type == CMRP_OBJECT_RESOURCE &&
       event.flags == 0x4 && event.notify_key == 11 && !strcmp(event.name, "App") &&
       !strcmp(event.type_name, "Generic Service") && !strcmp(event.parent_id, app->group->obj.id) &&
       event.buffer_size == 4 && event.buffer[0] == app->state, "App's v2 state event\n");
    cmrp_event_clear(&event);
    ok(cmrp_model_get_notify(model, port, &event) == 0 && event.object_type == CMRP_OBJECT_GROUP &&
       event.flags == 0x8 && event.notify_key == 12 && !strcmp(event.name, "Role") && event.buffer_size == 4,
       "the group's v2 state event\n");
    cmrp_event_clear(&event);
    ok(cmrp_model_notify_pending(model, port) == 0, "%zu more\n", cmrp_model_notify_pending(model, port));
    ok(cmrp_model_notify_pending(model, v1) == 3 , "the v1 port: %zu\n", cmrp_model_notify_pending(model, v1));
    ok(cmrp_model_get_notify(model, v1, &event) == 0 && !event.object_type && event.filter == CMRP_CHANGE_RESOURCE_STATE,
       "v1 events stay v1\n");
    cmrp_event_clear(&event);

    /* resource types by name; registry values */
    ok(cmrp_model_add_notify_resource_type_v2(model, port, "no such type", 1, 1)
       == CMRP_ERR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, "unknown type\n");
    ok(cmrp_model_create_key(model, root, "V2", &key, &disposition) == 0, "key\n");
    ok(cmrp_model_add_notify_v2(model, port, NULL, key, CMRP_V2_TYPE_REGISTRY, 0x8, 14) == 0, "watch the key\n");
    ok(cmrp_model_set_value(model, key, "val", CMRP_REG_DWORD, "\1\0\0\0", 4) == 0, "set\n");
    ok(cmrp_model_get_notify(model, port, &event) == 0 && event.object_type == CMRP_V2_TYPE_REGISTRY &&
       event.flags == 0x8 && !strcmp(event.id, "val") && !strcmp(event.name, "V2"), "registry v2: %s %s\n",
       event.id, event.name);
    cmrp_event_clear(&event);

    /* batches: checked whole first; numbers from 1 */
    ok(cmrp_model_create_batch_port(model, root, &bport) == 0, "batch port\n");
    commands[0] = (struct cmrp_batch_command){ CMRP_REGBATCH_CREATE_KEY, 0, "V2\\B", NULL, 0 };
    commands[1] = (struct cmrp_batch_command){ CMRP_REGBATCH_SET_VALUE, CMRP_REG_DWORD, "x", (const uint8_t *)"\2\0\0\0", 4 };
    commands[2] = (struct cmrp_batch_command){ CMRP_REGBATCH_DELETE_KEY, 0, "V2\\Nothing", NULL, 0 };
    commands[3] = (struct cmrp_batch_command){ CMRP_REGBATCH_DELETE_VALUE, 0, "x", NULL, 0 };
    ok(cmrp_model_execute_batch(model, root, commands, 4, &failed) == CMRP_ERR_INVALID_PARAMETER && failed == 4,
       "a value after DELETE_KEY: command %u\n", failed);
    ok(cmrp_model_open_key(model, root, "V2\\B", &key) == CMRP_ERR_FILE_NOT_FOUND, "nothing applied\n");
    ok(cmrp_model_batch_pending(model, bport) == 0, "no batch delivered\n");
    ok(cmrp_model_execute_batch(model, root, commands, 2, &failed) == 0 && failed == 0, "run\n");
    commands[1].data = (const uint8_t *)"\3\0\0\0";
    ok(cmrp_model_execute_batch(model, root, commands, 2, &failed) == 0, "run again\n");
    ok(cmrp_model_open_key(model, root, "V2\\B", &key) == 0 && cmrp_model_query_value(model, key, "x", &value) == 0 &&
       value->size == 4 && value->data[0] == 3, "applied\n");
    ok(cmrp_model_batch_pending(model, bport) == 2, "%zu batches\n", cmrp_model_batch_pending(model, bport));
    ok(cmrp_model_get_batch(model, bport, &batch) == 0 && batch.count == 2, "first batch: %u\n", batch.count);
    cmrp_batch_free(&batch);
    ok(cmrp_model_get_batch(model, bport, &batch) == 0 && batch.count == 3 &&
       batch.commands[1].command == CMRP_REGBATCH_VALUE_DELETED && batch.commands[1].size == 4 &&
       batch.commands[1].data[0] == 2 && batch.commands[2].command == CMRP_REGBATCH_SET_VALUE,
       "second batch: the old data first\n");
    cmrp_batch_free(&batch);
    ok(cmrp_model_close_batch_port(model, bport) == 0, "close batch port\n");
    ok(cmrp_model_get_batch(model, bport, &batch) == CMRP_ERR_INVALID_HANDLE, "closed batch port\n");
    cmrp_model_free(model);
}

/* A v2 property event's payload: one property of that name and value (a
 * DWORD, or an SZ given in UTF-8), parsed as the property list it must be. */
static bool payload_is(const struct cmrp_event *event, const char *name, uint32_t format, uint32_t dword,
                       const char *text)
{
    struct cmrp_propvalue value;
    struct cmrp_prop prop;
    uint32_t count, got;
    char *got_text;
    bool same;

    if (!event->buffer_size || cmrp_proplist_validate(event->buffer, event->buffer_size, &count, NULL)
        != CMRP_PROPLIST_OK || count != 1) return false;
    if (cmrp_proplist_find(event->buffer, event->buffer_size, name, &prop) != CMRP_PROPLIST_OK
        || !cmrp_prop_value(&prop, 0, &value) || CMRP_SYNTAX_FORMAT(value.syntax) != format) return false;
    if (format == CMRP_PROPFMT_DWORD) return cmrp_propvalue_get_dword(&value, &got) && got == dword;
    got_text = cmrp_propvalue_to_utf8(&value);
    same = got_text && !strcmp(got_text, text);
    free(got_text);
    return same;
}

/* Property events of v2 ports carry what changed (MS-CMRP 3.1.4.2.138): a
 * property list of the new values, but nothing for a resource's or a
 * resource type's private properties; the cluster's have no ids. */
START_TEST(model_notify_v2_properties)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 50);
    struct cmrp_value value = { 0 };
    struct cmrp_resource *app;
    struct cmrp_group *role;
    struct cmrp_event event;
    uint64_t port;
    char err[512];

    if (!model) return;
    app = resource(model, "App");
    role = group(model, "Role");
    ok(cmrp_model_create_notify_version(model, 2, &port) == 0, "v2 port\n");
    ok(cmrp_model_add_notify_v2(model, port, NULL, 0, CMRP_OBJECT_RESOURCE, 0x1 | 0x2, 21) == 0, "resources\n");
    ok(cmrp_model_add_notify_v2(model, port, NULL, 0, CMRP_OBJECT_GROUP, 0x2 | 0x4, 22) == 0, "groups\n");
    ok(cmrp_model_add_notify_v2(model, port, NULL, 0, CMRP_OBJECT_CLUSTER, 0x80 | 0x100, 23) == 0, "cluster\n");
    ok(cmrp_model_add_notify_v2(model, port, NULL, 0, CMRP_OBJECT_NODE, 0x4 | 0x8, 24) == 0, "nodes\n");

    cmrp_value_set_dword(&value, CMRP_FORMAT_DWORD, 1);
    ok(cmrp_model_set_property(model, &app->obj, CMRP_PROPS_COMMON, "RestartAction", &value) == 0, "set\n");
    ok(cmrp_model_get_notify(model, port, &event) == 0 && event.object_type == CMRP_OBJECT_RESOURCE &&
       event.flags == 0x1 && event.notify_key == 21 && !strcmp(event.name, "App"), "RESOURCE_COMMON_PROPERTY_V2\n");
    ok(payload_is(&event, "RestartAction", CMRP_PROPFMT_DWORD, 1, NULL), "common payload of %u bytes\n",
       event.buffer_size);
    cmrp_event_clear(&event);
    /* reset to its default (cluster.exe /usedefault): the value it has again */
    ok(cmrp_model_delete_property(model, &app->obj, CMRP_PROPS_COMMON, "RestartAction") == 0, "reset\n");
    ok(cmrp_model_get_notify(model, port, &event) == 0 && event.object_type == CMRP_OBJECT_RESOURCE &&
       event.flags == 0x1, "RESOURCE_COMMON_PROPERTY_V2 of a reset\n");
    ok(payload_is(&event, "RestartAction", CMRP_PROPFMT_DWORD, 2, NULL), "reset payload: the default\n");
    cmrp_event_clear(&event);

    cmrp_value_set_string(&value, CMRP_FORMAT_SZ, "svc");
    ok(cmrp_model_set_property(model, &app->obj, CMRP_PROPS_PRIVATE, "ServiceName", &value)
       == CMRP_ERR_RESOURCE_PROPERTIES_STORED, "set private\n");
    ok(cmrp_model_get_notify(model, port, &event) == 0 && event.object_type == CMRP_OBJECT_RESOURCE &&
       event.flags == 0x2, "RESOURCE_PRIVATE_PROPERTY_V2: type %u flags %#llx\n", event.object_type,
       (unsigned long long)event.flags);
    ok(event.buffer_size == 0, "a resource's private event is empty: %u bytes\n", event.buffer_size);
    cmrp_event_clear(&event);

    cmrp_value_set_string(&value, CMRP_FORMAT_SZ, "watched");
    ok(cmrp_model_set_property(model, &role->obj, CMRP_PROPS_PRIVATE, "Tag", &value) == 0, "group private\n");
    ok(cmrp_model_get_notify(model, port, &event) == 0 && event.object_type == CMRP_OBJECT_GROUP &&
       event.flags == 0x4 && !strcmp(event.id, role->obj.id), "GROUP_PRIVATE_PROPERTY_V2\n");
    ok(payload_is(&event, "Tag", CMRP_PROPFMT_SZ, 0, "watched"), "group private payload\n");
    cmrp_event_clear(&event);

    /* a rename changes the common property Name */
    ok(cmrp_model_set_group_name(model, role, "Role 2") == 0, "rename\n");
    ok(cmrp_model_get_notify(model, port, &event) == 0 && event.object_type == CMRP_OBJECT_GROUP &&
       event.flags == 0x2 && !strcmp(event.name, "Role 2"), "GROUP_COMMON_PROPERTY_V2 of a rename\n");
    ok(payload_is(&event, "Name", CMRP_PROPFMT_SZ, 0, "Role 2"), "rename payload\n");
    cmrp_event_clear(&event);

    cmrp_value_set_dword(&value, CMRP_FORMAT_DWORD, 4);
    ok(cmrp_model_set_property(model, &model->cluster, CMRP_PROPS_COMMON, "ClusterLogLevel", &value) == 0,
       "cluster common\n");
    ok(cmrp_model_get_notify(model, port, &event) == 0 && event.object_type == CMRP_OBJECT_CLUSTER &&
       event.flags == 0x80 && !*event.id && !*event.name && !*event.parent_id, "CLUSTER_COMMON_PROPERTY_V2\n");
    ok(payload_is(&event, "ClusterLogLevel", CMRP_PROPFMT_DWORD, 4, NULL), "cluster payload\n");
    cmrp_event_clear(&event);

    cmrp_value_set_dword(&value, CMRP_FORMAT_DWORD, 7);
    ok(cmrp_model_set_property(model, &node(model, "n1")->obj, CMRP_PROPS_PRIVATE, "Weight", &value) == 0,
       "node private\n");
    ok(cmrp_model_get_notify(model, port, &event) == 0 && event.object_type == CMRP_OBJECT_NODE &&
       event.flags == 0x8 && payload_is(&event, "Weight", CMRP_PROPFMT_DWORD, 7, NULL), "NODE_PRIVATE_PROPERTY_V2\n");
    cmrp_event_clear(&event);

    /* changes that are not property values have other v2 flags: no empty property event */
    ok(cmrp_model_remove_possible_owner(model, resource(model, "Loose"), node(model, "n1")) == 0, "possible owner\n");
    ok(cmrp_model_notify_pending(model, port) == 0, "%zu events without a property list\n",
       cmrp_model_notify_pending(model, port));
    cmrp_value_clear(&value);
    cmrp_model_free(model);

    /* the cluster's rename: CLUSTER_RENAME_V2 once it takes effect, no payload */
    model = cmrp_model_load(EXAMPLE_CONFIG, err, sizeof(err));
    ok(model != NULL, "example config: %s\n", err);
    if (!model) return;
    attach(model, &host, 0);
    ok(cmrp_model_create_notify_version(model, 2, &port) == 0, "v2 port\n");
    ok(cmrp_model_add_notify_v2(model, port, NULL, 0, CMRP_OBJECT_CLUSTER, 0x400, 25) == 0, "cluster renames\n");
    ok(cmrp_model_set_cluster_name(model, "WINERENAMED") == CMRP_ERR_RESOURCE_PROPERTIES_STORED, "rename\n");
    ok(cmrp_model_notify_pending(model, port) == 0, "renamed before it took effect\n");
    ok(cmrp_model_offline_resource(model, resource(model, "Cluster Name")) == 0, "offline\n");
    ok(cmrp_model_online_resource(model, resource(model, "Cluster Name")) == 0, "online\n");
    ok(cmrp_model_get_notify(model, port, &event) == 0 && event.object_type == CMRP_OBJECT_CLUSTER &&
       event.flags == 0x400 && !strcmp(event.name, "WINERENAMED") && !*event.id && !event.buffer_size,
       "CLUSTER_RENAME_V2: %#llx %s\n", (unsigned long long)event.flags, event.name);
    cmrp_event_clear(&event);
    cmrp_model_free(model);
}

/* ---- hostile input ---- */

START_TEST(model_hostile)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 0);
    struct cmrp_group *g;
    struct cmrp_resource *r;
    struct cmrp_model_enum_list list;
    char *text = NULL, err[512], big[5000];
    uint64_t key;
    uint32_t disposition;
    size_t size = 0, i;
    FILE *stream;

    if (!model) return;
    /* not UTF-8, too long, NULL */
    ok(cmrp_model_create_group(model, "\xff\xfe", &g) == CMRP_ERR_INVALID_NAME, "not UTF-8\n");
    ok(cmrp_model_create_group(model, "\xed\xa0\x80", &g) == CMRP_ERR_INVALID_NAME, "surrogate in UTF-8\n");
    ok(cmrp_model_create_group(model, NULL, &g) == CMRP_ERR_INVALID_NAME, "NULL name\n");
    ok(cmrp_model_create_resource(model, NULL, "x", "Generic Service", 0, &r) == CMRP_ERR_INVALID_PARAMETER, "NULL group\n");
    ok(cmrp_model_create_resource(model, group(model, "Role"), "x", NULL, 0, &r)
       == CMRP_ERR_CLUSTER_RESOURCE_TYPE_NOT_FOUND, "NULL type\n");
    ok(!cmrp_model_resource(model, NULL) && !cmrp_model_group(model, NULL), "NULL lookups\n");
    ok(cmrp_model_online_resource(model, NULL) == CMRP_ERR_INVALID_PARAMETER, "NULL resource\n");
    ok(cmrp_model_set_cluster_name(model, NULL) == CMRP_ERR_INVALID_NAME, "NULL cluster name\n");
    memset(big, 'a', sizeof(big) - 1);
    big[sizeof(big) - 1] = 0;
    ok(cmrp_model_set_dependency_expression(model, resource(model, "App"), big) == CMRP_ERR_INVALID_PARAMETER,
       "huge expression\n");
    ok(cmrp_model_set_quorum(model, resource(model, "Disk"), big, 0) == CMRP_ERR_INVALID_PARAMETER, "huge device\n");
    big[300] = 0;
    ok(cmrp_model_set_dependency_expression(model, resource(model, "App"), "[") == CMRP_ERR_INVALID_PARAMETER,
       "unterminated bracket\n");
    ok(cmrp_model_open_key(model, cmrp_model_registry_root(model), big, &key) == CMRP_ERR_INVALID_PARAMETER,
       "key name over 255\n");
    for (i = 0; i < 70; i++) memcpy(big + 2 * i, "a\\", 2);
    big[139] = 0;
    ok(cmrp_model_create_key(model, cmrp_model_registry_root(model), big, &key, &disposition)
       == CMRP_ERR_INVALID_PARAMETER, "70 levels deep\n");
    ok(cmrp_model_enum_cluster(model, 0, &list) == 0 && !list.count, "no type, no entries\n");
    cmrp_model_enum_list_free(&list);
    cmrp_model_free(model);

    /* the example, mangled byte by byte, never crashes the parser */
    stream = fopen(EXAMPLE_CONFIG, "r");
    ok(stream != NULL, "example\n");
    if (!stream) return;
    text = malloc(65536);
    size = fread(text, 1, 65535, stream);
    fclose(stream);
    text[size] = 0;
    for (i = 0; i < 400; i++)
    {
        char *copy = strdup(text);
        size_t at = (i * 7919) % size;

        /* deterministic damage: a character replaced by another */
        copy[at] = "x=[]\\,|:\"\t\x01"[i % 11];
        if (!copy[at]) copy[at] = ' ';
        model = load_text(copy, err, sizeof(err));
        cmrp_model_free(model);
        free(copy);
    }
    ok(1, "survived\n");
    free(text);
}

/* ---- dependencies between groups and group sets ---- */

START_TEST(model_groupdeps)
{
    struct fake_host host;
    struct cmrp_model *model = load_base(&host, 0);
    struct cmrp_group *role, *spare, *chain[CMRP_MAX_DEPENDENCY_DEPTH + 3], *doomed;
    struct cmrp_groupset *set, *other;
    char name[32], expression[64];
    size_t i, made;

    if (!model) return;
    role = group(model, "Role");
    spare = group(model, "Spare");
    set = cmrp_model_groupset(model, "Set");
    ok(set && set->num_groups == 1 && set->groups[0] == spare, "the base config's set\n");
    if (!role || !spare || !set) goto done;

    /* the expression grammar */
    ok(cmrp_model_set_group_dependency_expression(model, role, "[Spare]AND[Cluster Group]") == 0
       && role->num_provider_groups == 2, "no spaces, upper-case and\n");
    ok(cmrp_model_set_group_dependency_expression(model, role, "[Spare] and [spare]") == 0
       && role->num_provider_groups == 1, "a group named twice is one link\n");
    ok(cmrp_model_set_group_dependency_expression(model, role, "[Spare] andy [Cluster Group]")
       == CMRP_ERR_INVALID_PARAMETER, "andy\n");
    ok(cmrp_model_set_group_dependency_expression(model, role, "[]") == CMRP_ERR_INVALID_PARAMETER, "[]\n");
    ok(cmrp_model_set_group_dependency_expression(model, role, "[Spare") == CMRP_ERR_INVALID_PARAMETER, "[Spare\n");
    ok(cmrp_model_set_group_dependency_expression(model, role, "[Spare] [Cluster Group]")
       == CMRP_ERR_INVALID_PARAMETER, "no and\n");
    ok(cmrp_model_set_group_dependency_expression(model, role, "and [Spare]") == CMRP_ERR_INVALID_PARAMETER,
       "a leading and\n");
    ok(role->num_provider_groups == 1 && role->provider_groups[0] == spare, "refused expressions changed links\n");
    ok(cmrp_model_set_group_dependency_expression(model, role, NULL) == 0 && !role->num_provider_groups, "NULL\n");

    /* a chain as deep as the loop check walks (from the new provider down:
     * CMRP_MAX_DEPENDENCY_DEPTH links below it), and one link more */
    for (made = 0; made < sizeof(chain) / sizeof(chain[0]); made++)
    {
        snprintf(name, sizeof(name), "Chain %03zu", made);
        if (cmrp_model_create_group(model, name, &chain[made])) break;
    }
    ok(made == sizeof(chain) / sizeof(chain[0]), "created %zu groups\n", made);
    for (i = 1; i < made; i++)
    {
        uint32_t status;

        snprintf(expression, sizeof(expression), "[Chain %03zu]", i - 1);
        status = cmrp_model_set_group_dependency_expression(model, chain[i], expression);
        if (i <= CMRP_MAX_DEPENDENCY_DEPTH + 1) ok(!status, "link %zu: %u\n", i, status);
        else ok(status == CMRP_ERR_INVALID_PARAMETER, "link %zu beyond the depth: %u\n", i, status);
    }
    /* deleting a provider unlinks it from its dependents */
    doomed = chain[0];
    ok(cmrp_model_delete_group(model, doomed, false) == 0, "delete\n");
    ok(!chain[1]->num_provider_groups, "the deleted group is still a provider\n");

    /* sets: deleting one unlinks the groups and sets depending on it */
    ok(cmrp_model_create_groupset(model, "Other", &other) == 0, "create set\n");
    ok(cmrp_model_add_group_to_groupset(model, other, role) == 0, "add Role\n");
    ok(cmrp_model_add_groupset_dependency(model, other, set) == 0 && other->num_provider_sets == 1, "Other on Set\n");
    ok(cmrp_model_add_group_to_groupset_dependency(model, chain[1], set) == 0 && chain[1]->provider_set == set,
       "a group on Set\n");
    ok(cmrp_model_add_group_to_groupset_dependency(model, chain[1], other) == CMRP_ERR_NOT_SUPPORTED,
       "a second set\n");
    ok(cmrp_model_add_group_to_groupset_dependency(model, spare, other) == CMRP_ERR_INVALID_PARAMETER,
       "Spare (in Set) on Other, which depends on Set\n");
    ok(cmrp_model_delete_groupset(model, set) == 0, "delete Set\n");
    ok(!other->num_provider_sets && !chain[1]->provider_set, "Set is still a provider\n");
done:
    cmrp_model_free(model);
}
