/* The test list of tests/codec: one entry per test file. */
#define STANDALONE
#include "wine/test.h"

extern void func_codec(void);
extern void func_proplist(void);

const struct test winetest_testlist[] =
{
    { "codec", func_codec },
    { "proplist", func_proplist },
    { 0, 0 }
};
