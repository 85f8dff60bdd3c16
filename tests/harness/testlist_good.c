/* A second test list over the same test file holding only passing cases, to
 * check that running every test of a list exits 0. */
#define STANDALONE
#include "wine/test.h"

extern void func_pass(void);
extern void func_flaky(void);
extern void func_errors(void);
extern void func_dbgstr(void);

const struct test winetest_testlist[] =
{
    { "pass",   func_pass },
    { "flaky",  func_flaky },
    { "errors", func_errors },
    { "dbgstr", func_dbgstr },
    { 0, 0 }
};
