/* The test list of clusapi_test.exe: one entry per test file. */
#define STANDALONE
#include "wine/test.h"

extern void func_cluster(void);
extern void func_objects(void);

const struct test winetest_testlist[] =
{
    { "cluster", func_cluster },
    { "objects", func_objects },
    { 0, 0 }
};
