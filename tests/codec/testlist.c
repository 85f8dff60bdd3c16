/* The test list of tests/codec: one entry per test file. */
#define STANDALONE
#include "wine/test.h"

extern void func_codec(void);
extern void func_proplist(void);
extern void func_batch_notify(void);

const struct test winetest_testlist[] =
{
    { "codec", func_codec },
    { "proplist", func_proplist },
    { "batch_notify", func_batch_notify },
    { 0, 0 }
};
