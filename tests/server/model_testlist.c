/* The test list of tests/server/model_tests: one entry per area of the model. */
#define STANDALONE
#include "wine/test.h"

extern void func_model_config(void);
extern void func_model_lookup(void);
extern void func_model_nodes(void);
extern void func_model_membership(void);
extern void func_model_groups(void);
extern void func_model_groupdeps(void);
extern void func_model_resources(void);
extern void func_model_transitions(void);
extern void func_model_types(void);
extern void func_model_properties(void);
extern void func_model_registry(void);
extern void func_model_notify(void);
extern void func_model_notify_v2(void);
extern void func_model_notify_v2_properties(void);
extern void func_model_hostile(void);

const struct test winetest_testlist[] =
{
    { "model_config", func_model_config },
    { "model_lookup", func_model_lookup },
    { "model_nodes", func_model_nodes },
    { "model_membership", func_model_membership },
    { "model_groups", func_model_groups },
    { "model_groupdeps", func_model_groupdeps },
    { "model_resources", func_model_resources },
    { "model_transitions", func_model_transitions },
    { "model_types", func_model_types },
    { "model_properties", func_model_properties },
    { "model_registry", func_model_registry },
    { "model_notify", func_model_notify },
    { "model_notify_v2", func_model_notify_v2 },
    { "model_notify_v2_properties", func_model_notify_v2_properties },
    { "model_hostile", func_model_hostile },
    { 0, 0 }
};
