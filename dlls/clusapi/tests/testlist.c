/* The test list of clusapi_test.exe: one entry per test file. */
#define STANDALONE
#include "wine/test.h"

extern void func_cluster(void);
extern void func_objects(void);
extern void func_registry(void);
extern void func_control(void);
extern void func_notify(void);
extern void func_badinput(void);
extern void func_changes(void);
extern void func_reconnect(void);
extern void func_enumex(void);
extern void func_groupsets(void);
extern void func_security(void);
extern void func_config(void);

const struct test winetest_testlist[] =
{
    { "cluster", func_cluster },
    { "objects", func_objects },
    { "registry", func_registry },
    { "control", func_control },
    { "notify", func_notify },
    { "badinput", func_badinput },
    { "changes", func_changes },
    { "reconnect", func_reconnect },
    { "enumex", func_enumex },
    { "groupsets", func_groupsets },
    { "security", func_security },
    { "config", func_config },
    { 0, 0 }
};
