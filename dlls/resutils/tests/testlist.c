/* The test list of resutils_test.exe. */
#define STANDALONE
#include "wine/test.h"

extern void func_resutils(void);

const struct test winetest_testlist[] =
{
    { "resutils", func_resutils },
    { 0, 0 }
};
