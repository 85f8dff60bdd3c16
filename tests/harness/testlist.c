/* Test list of the harness self-test (what Wine's makedep would generate). */
#define STANDALONE
#include "wine/test.h"

extern void func_pass(void);
extern void func_fail(void);
extern void func_todo(void);
extern void func_skip(void);
extern void func_flaky(void);
extern void func_errors(void);
extern void func_dbgstr(void);
extern void func_mainargs(void);
extern void func_threads(void);
extern void func_long(void);

const struct test winetest_testlist[] =
{
    { "pass",     func_pass },
    { "fail",     func_fail },
    { "todo",     func_todo },
    { "skip",     func_skip },
    { "flaky",    func_flaky },
    { "errors",   func_errors },
    { "dbgstr",   func_dbgstr },
    { "mainargs", func_mainargs },
    { "threads",  func_threads },
    { "long",     func_long },
    { 0, 0 }
};
