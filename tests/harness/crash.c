/*
 * Single-file test program: STANDALONE before the include makes START_TEST
 * define the test list.  The test crashes on purpose; the program must end
 * (non-zero) instead of hanging in a debugger.
 */
#define STANDALONE
#ifdef _WIN32
# include <windows.h>
#endif
#include "wine/test.h"

static int *volatile null_pointer;

START_TEST(crash)
{
    ok(1, "before the crash\n");                                /* L:crash */
    *null_pointer = 1;
    ok(0, "not reached\n");
}
