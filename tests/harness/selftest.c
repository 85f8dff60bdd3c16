/*
 * Self-test of include/wine/test.h.  Each START_TEST below is a case that
 * tests/harness/check-harness.sh runs by name and whose exit code, counts
 * and messages it checks.  Lines tagged "L:<tag>" are looked up by the
 * script to know the expected line numbers.
 *
 * Builds natively (gcc) and as a Windows program (winegcc/mingw).
 */
#ifdef _WIN32
# include <windows.h>
#else
# include <pthread.h>
#endif
#include <errno.h>
#include <string.h>

#include "wine/test.h"

/* all checks hold: exit 0 */
START_TEST(pass)
{
    ok(1, "never printed\n");
    ok(2 + 2 == 4, "arithmetic\n");                             /* L:pass2 */
    trace("tracing %d\n", 42);                                  /* L:trace */
    winetest_push_context("ctx%d", 1);
    ok(1, "inside a context\n");
    trace("traced in context\n");                               /* L:trace2 */
    winetest_pop_context();
    todo_wine_if(0) ok(1, "todo_wine_if(0) holds\n");
}

/* three forced failures: exit 3 */
START_TEST(fail)
{
    ok(0, "forced failure %d\n", 1);                            /* L:fail1 */
    ok(1, "holds\n");
    winetest_push_context("outer");
    winetest_push_context("inner %d", 7);
    ok(0, "forced failure %s\n", "two");                        /* L:fail2 */
    winetest_pop_context();
    winetest_pop_context();
    ok_("elsewhere/other.c", 1234)(0, "explicit location\n");
    ok(1, "holds again\n");
}

/* todo semantics; on wine: 5 todo, 2 failures; on windows: 1 todo, 5 failures */
START_TEST(todo)
{
    todo_wine ok(0, "expected todo failure\n");                 /* L:todo1 */
    todo_wine ok(1, "unexpected success\n");                    /* L:todo2 */
    todo_wine_if(1) ok(0, "todo_wine_if(1) fails\n");           /* L:todo3 */
    todo_wine_if(0) ok(0, "todo_wine_if(0) fails\n");           /* L:todo4 */
    todo_wine
    {
        ok(0, "block a\n");
        ok(0, "block b\n");
    }
    todo_if(1) todo_wine_if(0) ok(0, "nested\n");               /* L:todo7 */
    ok(1, "after the todo blocks\n");
}

/* skip counting, win_skip and broken(): on wine 2 skipped + 2 failures */
START_TEST(skip)
{
    int v = 2;

    skip("not available %d\n", 1);                              /* L:skip1 */
    skip("again\n");
    win_skip("old windows\n");                                  /* L:winskip */
    ok(v == 1 || broken(v == 2), "v is %d\n", v);               /* L:broken */
}

/* flaky: a failure inside is counted as flaky, not as a failure */
START_TEST(flaky)
{
    flaky ok(0, "flaky failure\n");                             /* L:flaky1 */
    flaky_wine ok(1, "flaky holds\n");
    ok(1, "holds\n");
}

/* errno / GetLastError survive harness calls that print */
START_TEST(errors)
{
    int saved_errno;
#ifdef _WIN32
    DWORD saved_last_error;
    SetLastError(0xdeadbeef);
#endif
    errno = ERANGE;
    todo_if(1) ok(0, "printing a todo\n");
    trace("printing a trace\n");
    winetest_push_context("c");
    winetest_pop_context();
    saved_errno = errno;
#ifdef _WIN32
    saved_last_error = GetLastError();
    ok(saved_last_error == 0xdeadbeef, "GetLastError() is %u\n", (unsigned int)saved_last_error);
#endif
    ok(saved_errno == ERANGE, "errno is %d\n", saved_errno);
}

/* wine_dbgstr_* helpers */
START_TEST(dbgstr)
{
    const char *s;

    s = wine_dbgstr_a("a\"b\n");
    ok(!strcmp(s, "\"a\\\"b\\n\""), "got %s\n", s);
    s = wine_dbgstr_a(NULL);
    ok(!strcmp(s, "(null)"), "got %s\n", s);
    s = wine_dbgstr_an("abcdef", 3);
    ok(!strcmp(s, "\"abc\""), "got %s\n", s);
#ifdef _WIN32
    {
        static const WCHAR w[] = {'x', 0x263a, '\t', 0};
        static const GUID g = {0x12345678, 0x9abc, 0xdef0, {1, 2, 3, 4, 5, 6, 7, 8}};

        s = wine_dbgstr_w(w);
        ok(!strcmp(s, "L\"x\\263a\\t\""), "got %s\n", s);
        s = wine_dbgstr_guid(&g);
        ok(!strcmp(s, "{12345678-9abc-def0-0102-030405060708}"), "got %s\n", s);
        s = wine_dbgstr_longlong(((ULONGLONG)0x1 << 32) | 0x2);
        ok(!strcmp(s, "100000002"), "got %s\n", s);
    }
#endif
}

/* winetest_get_mainargs: run as "prog mainargs extra" */
START_TEST(mainargs)
{
    char **argv;
    int argc = winetest_get_mainargs(&argv);

    ok(argc == 3, "argc %d\n", argc);
    if (argc == 3)
    {
        ok(!strcmp(argv[1], "mainargs"), "argv[1] %s\n", argv[1]);
        ok(!strcmp(argv[2], "extra"), "argv[2] %s\n", argv[2]);
    }
}

/* ok() from several threads: exact counts, per-thread contexts */
#define THREADS 4
#define CHECKS_PER_THREAD 1000

static void thread_body(int id)
{
    int i;

    winetest_push_context("thread %d", id);
    for (i = 0; i < CHECKS_PER_THREAD; i++) ok(1, "holds\n");
    ok(0, "forced failure in thread %d\n", id);                 /* L:thread */
    winetest_pop_context();
}

#ifdef _WIN32
static DWORD WINAPI thread_proc(void *arg)
{
    thread_body((int)(INT_PTR)arg);
    return 0;
}
#else
static void *thread_proc(void *arg)
{
    thread_body((int)(long)arg);
    return NULL;
}
#endif

START_TEST(threads)
{
    int i;
#ifdef _WIN32
    HANDLE h[THREADS];
#else
    pthread_t h[THREADS];
#endif

    winetest_push_context("main");
    for (i = 0; i < THREADS; i++)
    {
#ifdef _WIN32
        h[i] = CreateThread(NULL, 0, thread_proc, (void *)(INT_PTR)i, 0, NULL);
        ok(h[i] != NULL, "CreateThread failed\n");
#else
        ok(!pthread_create(&h[i], NULL, thread_proc, (void *)(long)i), "pthread_create failed\n");
#endif
    }
    for (i = 0; i < THREADS; i++)
    {
#ifdef _WIN32
        WaitForSingleObject(h[i], INFINITE);
        CloseHandle(h[i]);
#else
        pthread_join(h[i], NULL);
#endif
    }
    winetest_pop_context();
    ok(winetest_get_failures() == THREADS, "failures %d\n", winetest_get_failures());
}

/* a message longer than the harness's internal line buffer */
START_TEST(long)
{
    static char big[3001];

    memset(big, 'x', sizeof(big) - 1);
    ok(0, "<%s>\n", big);                                       /* L:long */
}
