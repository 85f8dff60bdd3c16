/* The test list of clusapi_test.exe: one entry per test file. */
#define STANDALONE
#include "wine/test.h"

extern void func_cluster(void);

const struct test winetest_testlist[] =
{
    { "cluster", func_cluster },
    { 0, 0 }
};
