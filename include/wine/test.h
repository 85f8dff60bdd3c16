/*
 * wine-clusapi test harness: a conformance-test framework with the semantics
 * of Wine's include/wine/test.h, written from scratch for this project.
 *
 * One header, two build modes:
 *   - Windows (_WIN32): test programs built with winegcc/mingw, run under Wine
 *     (or on Windows).  Uses only kernel32 and the C runtime.
 *   - Native (no _WIN32): plain C99 programs built with the host gcc (links
 *     with -pthread on old glibc; glibc >= 2.34 needs nothing extra).
 *
 * A test program is made of test files plus one test list:
 *
 *   foo.c:       #include "wine/test.h"
 *                START_TEST(foo) { ok(1 + 1 == 2, "math is broken\n"); }
 *
 *   testlist.c:  #define STANDALONE
 *                #include "wine/test.h"
 *                extern void func_foo(void);
 *                const struct test winetest_testlist[] =
 *                    { { "foo", func_foo }, { 0, 0 } };
 *
 * (A single file compiled with STANDALONE defined before the include gets a
 * one-entry test list from START_TEST itself.)
 *
 * Command line of the resulting program:
 *   prog            run every test of the list, one summary line per test
 *   prog NAME ...   run test NAME; further arguments are left for the test
 *                   (winetest_get_mainargs), e.g. for child processes
 *   prog --list     list the test names
 *   unknown NAME    "Fatal: test 'NAME' does not exist." on stderr, exit 1
 *
 * Macros and functions:
 *   ok(cond, fmt, ...)        check; failure prints "file.c:N: Test failed: msg"
 *   ok_(file, line)(cond, fmt, ...)   same with an explicit location
 *   skip(fmt, ...)            "file.c:N: Tests skipped: msg", counted as skipped
 *   win_skip(fmt, ...)        a skip on Windows, a failure everywhere else
 *   trace(fmt, ...)           "file.c:N: msg" (only when WINETEST_DEBUG > 0)
 *   todo_wine / todo_wine_if(cond) / todo_if(cond) { ... }
 *                             a failing ok inside is "Test marked todo" (not a
 *                             failure); a passing ok inside is a failure
 *                             ("Test succeeded inside todo block")
 *   flaky / flaky_wine / flaky_if(cond) / flaky_wine_if(cond) { ... }
 *                             a failing ok inside is "Test marked flaky" and
 *                             counted as flaky (a failure if
 *                             WINETEST_REPORT_FLAKY=1)
 *   broken(cond)              cond on WINETEST_PLATFORM=windows, 0 otherwise
 *   winetest_push_context(fmt, ...) / winetest_pop_context()
 *                             per-thread message prefixes: "Test failed: ctx: msg"
 *   winetest_get_mainargs(&argv), winetest_get_failures(),
 *   winetest_add_failures(n)
 *   Windows only: winetest_wait_child_process(HANDLE), wine_dbgstr_w/wn/a/an,
 *   wine_dbgstr_guid, wine_dbgstr_longlong (the wide ones are not declared if
 *   wine/debug.h was included first; its versions are then used).
 *
 * Summary, once per test run:
 *   "PID:name: N tests executed (T marked as todo, F as flaky, X failures), S skipped."
 *   (PID as 4 hex digits; "failure" when X == 1, as in Wine.)
 *   Exit code: failures + successes inside todo blocks, capped at 255.
 *   On Windows an unhandled exception prints
 *   "PID:name: unhandled exception XXXXXXXX at ADDR" and exits with a non-zero code.
 *
 * Environment:
 *   WINETEST_PLATFORM        platform name, default "wine" (todo_wine applies
 *                            only when it is "wine"; broken() only on "windows")
 *   WINETEST_DEBUG           debug level, default 1 (0 silences traces, todo
 *                            messages and the summary line)
 *   WINETEST_REPORT_SUCCESS  1: print "file.c:N: Test succeeded" for each pass
 *   WINETEST_REPORT_FLAKY    1: flaky failures count as failures
 *   WINETEST_INTERACTIVE     sets winetest_interactive
 *
 * Counters are protected by a lock (critical section / pthread mutex), the
 * location, todo/flaky state and contexts are per thread, so ok() may be
 * called from several threads.  Every harness entry point preserves errno
 * and, on Windows, GetLastError().
 */

#ifndef __WINE_WINE_TEST_H
#define __WINE_WINE_TEST_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef _WIN32
# include <windef.h>
# include <winbase.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

#ifdef __GNUC__
# define WINETEST_PRINTF_ATTR(fmt, args) __attribute__((format(printf, fmt, args)))
#else
# define WINETEST_PRINTF_ATTR(fmt, args)
#endif

#ifndef ARRAY_SIZE
# define ARRAY_SIZE(x) (sizeof(x) / sizeof((x)[0]))
#endif

/* one entry of the test list */
struct test
{
    const char *name;
    void (*func)(void);
};

extern int winetest_debug;
extern int winetest_interactive;
extern int winetest_report_success;
extern int winetest_report_flaky;
extern const char *winetest_platform;

extern void winetest_set_location(const char *file, int line);
extern int  winetest_vok(int condition, const char *msg, va_list args);
extern void winetest_vskip(const char *msg, va_list args);
extern void winetest_ok(int condition, const char *msg, ...) WINETEST_PRINTF_ATTR(2, 3);
extern void winetest_skip(const char *msg, ...) WINETEST_PRINTF_ATTR(1, 2);
extern void winetest_win_skip(const char *msg, ...) WINETEST_PRINTF_ATTR(1, 2);
extern void winetest_trace(const char *msg, ...) WINETEST_PRINTF_ATTR(1, 2);
extern void winetest_push_context(const char *fmt, ...) WINETEST_PRINTF_ATTR(1, 2);
extern void winetest_pop_context(void);
extern void winetest_start_todo(int is_todo);
extern int  winetest_loop_todo(void);
extern void winetest_end_todo(void);
extern void winetest_start_flaky(int is_flaky);
extern int  winetest_loop_flaky(void);
extern void winetest_end_flaky(void);
extern int  broken(int condition);
extern int  winetest_get_mainargs(char ***pargv);
extern int  winetest_get_failures(void);
extern void winetest_add_failures(int count);
extern const char *wine_dbgstr_an(const char *str, int n);
static inline const char *wine_dbgstr_a(const char *str) { return wine_dbgstr_an(str, -1); }

#ifdef _WIN32
extern void winetest_wait_child_process(HANDLE process);
extern const char *wine_dbgstr_guid(const GUID *guid);
extern const char *wine_dbgstr_longlong(ULONGLONG value);
# ifndef __WINE_WINE_DEBUG_H
extern const char *wine_dbgstr_wn(const WCHAR *str, int n);
static inline const char *wine_dbgstr_w(const WCHAR *str) { return wine_dbgstr_wn(str, -1); }
# endif
#endif

/* The location is recorded first (the comma operator sequences it before the
 * arguments of the call are evaluated), then the macro name is followed by
 * the caller's argument list, which becomes the call of the checking
 * function. */
#define winetest_located_(file, line, fn) \
    (winetest_set_location((file), (line)), 0) ? (void)0 : fn

#define ok_(file, line)       winetest_located_(file, line, winetest_ok)
#define skip_(file, line)     winetest_located_(file, line, winetest_skip)
#define win_skip_(file, line) winetest_located_(file, line, winetest_win_skip)
#define trace_(file, line)    winetest_located_(file, line, winetest_trace)

#define ok        ok_(__FILE__, __LINE__)
#define skip      skip_(__FILE__, __LINE__)
#define win_skip  win_skip_(__FILE__, __LINE__)
#define trace     trace_(__FILE__, __LINE__)

#define winetest_on_wine() (strcmp(winetest_platform, "wine") == 0)

/* A for statement that runs its body exactly once with the todo (flaky)
 * state pushed, then pops it. */
#define todo_if(is_todo) \
    for (winetest_start_todo(is_todo); winetest_loop_todo(); winetest_end_todo())
#define todo_wine              todo_if(winetest_on_wine())
#define todo_wine_if(is_todo)  todo_if((is_todo) && winetest_on_wine())

#define flaky_if(is_flaky) \
    for (winetest_start_flaky(is_flaky); winetest_loop_flaky(); winetest_end_flaky())
#define flaky                  flaky_if(1)
#define flaky_wine             flaky_if(winetest_on_wine())
#define flaky_wine_if(is_flaky) flaky_if((is_flaky) && winetest_on_wine())

#ifdef STANDALONE
# define START_TEST(name) \
    static void func_##name(void); \
    const struct test winetest_testlist[] = { { #name, func_##name }, { 0, 0 } }; \
    static void func_##name(void)
#else
# define START_TEST(name) \
    void func_##name(void); \
    void func_##name(void)
#endif

#ifdef __cplusplus
}
#endif

/**************************************************************************
 * Implementation: compiled once per program, in the file that defines
 * STANDALONE (normally testlist.c).
 */
#ifdef STANDALONE

#include <errno.h>

#ifdef _WIN32
# include <winnls.h>
# include <io.h>
# include <fcntl.h>
#else
# include <pthread.h>
# include <unistd.h>
#endif

#ifdef __cplusplus
extern "C" {
#endif

extern const struct test winetest_testlist[];

int winetest_debug = 1;
int winetest_interactive = 0;
int winetest_report_success = 0;
int winetest_report_flaky = 0;
const char *winetest_platform = "wine";

#define WINETEST_MAX_CONTEXTS   8
#define WINETEST_CONTEXT_SIZE   128
#define WINETEST_STRBUF_SIZE    4096

/* state private to one thread */
struct winetest_thread
{
    const char  *file;          /* base name of the file of the current check */
    int          line;          /* its line */
    unsigned int todo_level;    /* stack of todo flags, one bit per level */
    int          todo_pending;  /* the todo for loop still has to run its body */
    unsigned int flaky_level;
    int          flaky_pending;
    unsigned int context_depth;
    char         context[WINETEST_MAX_CONTEXTS][WINETEST_CONTEXT_SIZE];
    size_t       strpos;        /* ring buffer for the wine_dbgstr_* results */
    char         strbuf[WINETEST_STRBUF_SIZE];
};

/* counters of the test being run; only touched with the lock held */
static struct
{
    int passed;         /* ok() that held */
    int failed;         /* ok() that failed */
    int todo_failed;    /* failing ok() inside todo: expected ("marked as todo") */
    int todo_passed;    /* passing ok() inside todo: counted as a failure */
    int flaky_failed;   /* failing ok() inside flaky */
    int skipped;
} winetest_counts;

static const struct test *winetest_current;
static int winetest_argc;
static char **winetest_argv;
static struct winetest_thread winetest_fallback_thread;   /* if allocation fails */

/* ---- platform layer: lock, thread-local data, errors, pid ---- */

#ifdef _WIN32

static CRITICAL_SECTION winetest_cs;
static DWORD winetest_tls = TLS_OUT_OF_INDEXES;

static void winetest_platform_init(void)
{
    InitializeCriticalSection(&winetest_cs);
    winetest_tls = TlsAlloc();
    /* "\n", not "\r\n": the output is read by Unix tools */
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
}
static void winetest_lock(void)   { EnterCriticalSection(&winetest_cs); }
static void winetest_unlock(void) { LeaveCriticalSection(&winetest_cs); }
static unsigned int winetest_pid(void) { return (unsigned int)GetCurrentProcessId(); }

static struct winetest_thread *winetest_thread_get(void)
{
    struct winetest_thread *t;

    if (winetest_tls == TLS_OUT_OF_INDEXES) return &winetest_fallback_thread;
    t = (struct winetest_thread *)TlsGetValue(winetest_tls);
    if (!t)
    {
        t = (struct winetest_thread *)HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, sizeof(*t));
        if (!t) return &winetest_fallback_thread;
        TlsSetValue(winetest_tls, t);
    }
    return t;
}

struct winetest_saved_errors { int err; DWORD last_error; };
static struct winetest_saved_errors winetest_save_errors(void)
{
    struct winetest_saved_errors s;
    s.err = errno;
    s.last_error = GetLastError();
    return s;
}
static void winetest_restore_errors(struct winetest_saved_errors s)
{
    errno = s.err;
    SetLastError(s.last_error);
}

#else /* native */

static pthread_mutex_t winetest_mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_key_t winetest_key;
static int winetest_key_ok;

static void winetest_thread_free(void *p)
{
    if (p != &winetest_fallback_thread) free(p);
}
static void winetest_platform_init(void)
{
    winetest_key_ok = !pthread_key_create(&winetest_key, winetest_thread_free);
}
static void winetest_lock(void)   { pthread_mutex_lock(&winetest_mutex); }
static void winetest_unlock(void) { pthread_mutex_unlock(&winetest_mutex); }
static unsigned int winetest_pid(void) { return (unsigned int)getpid(); }

static struct winetest_thread *winetest_thread_get(void)
{
    struct winetest_thread *t;

    if (!winetest_key_ok) return &winetest_fallback_thread;
    t = (struct winetest_thread *)pthread_getspecific(winetest_key);
    if (!t)
    {
        t = (struct winetest_thread *)calloc(1, sizeof(*t));
        if (!t) return &winetest_fallback_thread;
        pthread_setspecific(winetest_key, t);
    }
    return t;
}

struct winetest_saved_errors { int err; };
static struct winetest_saved_errors winetest_save_errors(void)
{
    struct winetest_saved_errors s;
    s.err = errno;
    return s;
}
static void winetest_restore_errors(struct winetest_saved_errors s)
{
    errno = s.err;
}

#endif /* _WIN32 */

/* ---- formatting and output ---- */

/* Length vsnprintf would produce; portable to msvcrt's non-C99 vsnprintf. */
static int winetest_vlength(const char *fmt, va_list args)
{
#ifdef _WIN32
    return _vscprintf(fmt, args);
#else
    return vsnprintf(NULL, 0, fmt, args);
#endif
}

/* Growable output line, so that one message is written with one call. */
struct winetest_line
{
    char  *buf;
    size_t len, size;
    char   small[512];
};

static void winetest_line_init(struct winetest_line *l)
{
    l->buf = l->small;
    l->len = 0;
    l->size = sizeof(l->small);
    l->small[0] = 0;
}

static int winetest_line_reserve(struct winetest_line *l, size_t extra)
{
    size_t want = l->len + extra + 1;
    char *p;

    if (want <= l->size) return 1;
    if (want < 2 * l->size) want = 2 * l->size;
    p = (char *)malloc(want);
    if (!p) return 0;
    memcpy(p, l->buf, l->len + 1);
    if (l->buf != l->small) free(l->buf);
    l->buf = p;
    l->size = want;
    return 1;
}

static void winetest_line_vadd(struct winetest_line *l, const char *fmt, va_list args)
{
    va_list copy;
    int n;

    va_copy(copy, args);
    n = winetest_vlength(fmt, copy);
    va_end(copy);
    if (n < 0) return;
    if (!winetest_line_reserve(l, (size_t)n))
    {
        /* out of memory: keep what fits */
        if (l->size - l->len <= 1) return;
        n = (int)(l->size - l->len - 1);
    }
    vsnprintf(l->buf + l->len, (size_t)n + 1, fmt, args);
    l->len += (size_t)n;
    l->buf[l->len] = 0;
}

static void winetest_line_add(struct winetest_line *l, const char *fmt, ...) WINETEST_PRINTF_ATTR(2, 3);
static void winetest_line_add(struct winetest_line *l, const char *fmt, ...)
{
    va_list args;
    va_start(args, fmt);
    winetest_line_vadd(l, fmt, args);
    va_end(args);
}

static void winetest_line_free(struct winetest_line *l)
{
    if (l->buf != l->small) free(l->buf);
}

/* Writes a finished line; the caller holds the lock. */
static void winetest_write_locked(const struct winetest_line *l)
{
    fwrite(l->buf, 1, l->len, stdout);
    fflush(stdout);
}

/* "file.c:LINE: " + kind + the contexts of this thread */
static void winetest_line_prefix(struct winetest_line *l, const struct winetest_thread *t,
                                 const char *kind)
{
    unsigned int i;

    winetest_line_add(l, "%s:%d: %s", t->file ? t->file : "(unknown)", t->line, kind);
    for (i = 0; i < t->context_depth && i < WINETEST_MAX_CONTEXTS; i++)
        winetest_line_add(l, "%s: ", t->context[i]);
}

/* ---- the public functions ---- */

void winetest_set_location(const char *file, int line)
{
    struct winetest_saved_errors saved = winetest_save_errors();
    struct winetest_thread *t = winetest_thread_get();
    const char *p, *base = file;

    for (p = file; *p; p++)
        if (*p == '/' || *p == '\\') base = p + 1;
    t->file = base;
    t->line = line;
    winetest_restore_errors(saved);
}

int broken(int condition)
{
    return strcmp(winetest_platform, "windows") == 0 && condition;
}

int winetest_vok(int condition, const char *msg, va_list args)
{
    struct winetest_saved_errors saved = winetest_save_errors();
    struct winetest_thread *t = winetest_thread_get();
    struct winetest_line l;
    const char *kind = NULL;   /* message to print, if any */
    int *counter;
    int result;

    if (t->todo_level)
    {
        if (condition)
        {
            kind = "Test succeeded inside todo block: ";
            counter = &winetest_counts.todo_passed;
            result = 0;
        }
        else
        {
            if (winetest_debug > 0) kind = "Test marked todo: ";
            counter = &winetest_counts.todo_failed;
            result = 1;
        }
    }
    else if (condition)
    {
        counter = &winetest_counts.passed;
        result = 1;
    }
    else if (t->flaky_level && !winetest_report_flaky)
    {
        kind = "Test marked flaky: ";
        counter = &winetest_counts.flaky_failed;
        result = 1;
    }
    else
    {
        kind = "Test failed: ";
        counter = &winetest_counts.failed;
        result = 0;
    }

    winetest_line_init(&l);
    if (kind)
    {
        winetest_line_prefix(&l, t, kind);
        winetest_line_vadd(&l, msg, args);
    }
    else if (winetest_report_success)
        winetest_line_add(&l, "%s:%d: Test succeeded\n", t->file ? t->file : "(unknown)", t->line);

    winetest_lock();
    ++*counter;
    if (l.len) winetest_write_locked(&l);
    winetest_unlock();
    winetest_line_free(&l);
    winetest_restore_errors(saved);
    return result;
}

void winetest_ok(int condition, const char *msg, ...)
{
    va_list args;
    va_start(args, msg);
    winetest_vok(condition, msg, args);
    va_end(args);
}

void winetest_vskip(const char *msg, va_list args)
{
    struct winetest_saved_errors saved = winetest_save_errors();
    struct winetest_thread *t = winetest_thread_get();
    struct winetest_line l;

    winetest_line_init(&l);
    winetest_line_prefix(&l, t, "Tests skipped: ");
    winetest_line_vadd(&l, msg, args);
    winetest_lock();
    winetest_counts.skipped++;
    winetest_write_locked(&l);
    winetest_unlock();
    winetest_line_free(&l);
    winetest_restore_errors(saved);
}

void winetest_skip(const char *msg, ...)
{
    va_list args;
    va_start(args, msg);
    winetest_vskip(msg, args);
    va_end(args);
}

void winetest_win_skip(const char *msg, ...)
{
    va_list args;
    va_start(args, msg);
    if (strcmp(winetest_platform, "windows") == 0)
        winetest_vskip(msg, args);
    else
        winetest_vok(0, msg, args);
    va_end(args);
}

void winetest_trace(const char *msg, ...)
{
    struct winetest_saved_errors saved;
    struct winetest_line l;
    va_list args;

    if (winetest_debug <= 0) return;
    saved = winetest_save_errors();
    winetest_line_init(&l);
    winetest_line_prefix(&l, winetest_thread_get(), "");
    va_start(args, msg);
    winetest_line_vadd(&l, msg, args);
    va_end(args);
    winetest_lock();
    winetest_write_locked(&l);
    winetest_unlock();
    winetest_line_free(&l);
    winetest_restore_errors(saved);
}

void winetest_push_context(const char *fmt, ...)
{
    struct winetest_saved_errors saved = winetest_save_errors();
    struct winetest_thread *t = winetest_thread_get();
    va_list args;

    if (t->context_depth < WINETEST_MAX_CONTEXTS)
    {
        va_start(args, fmt);
        vsnprintf(t->context[t->context_depth], WINETEST_CONTEXT_SIZE, fmt, args);
        va_end(args);
        t->context[t->context_depth][WINETEST_CONTEXT_SIZE - 1] = 0;
    }
    t->context_depth++;   /* deeper levels are counted but not shown */
    winetest_restore_errors(saved);
}

void winetest_pop_context(void)
{
    struct winetest_saved_errors saved = winetest_save_errors();
    struct winetest_thread *t = winetest_thread_get();

    if (t->context_depth) t->context_depth--;
    winetest_restore_errors(saved);
}

void winetest_start_todo(int is_todo)
{
    struct winetest_saved_errors saved = winetest_save_errors();
    struct winetest_thread *t = winetest_thread_get();

    t->todo_level = (t->todo_level << 1) | (is_todo ? 1u : 0u);
    t->todo_pending = 1;
    winetest_restore_errors(saved);
}

int winetest_loop_todo(void)
{
    struct winetest_saved_errors saved = winetest_save_errors();
    struct winetest_thread *t = winetest_thread_get();
    int run = t->todo_pending;

    t->todo_pending = 0;
    winetest_restore_errors(saved);
    return run;
}

void winetest_end_todo(void)
{
    struct winetest_saved_errors saved = winetest_save_errors();
    winetest_thread_get()->todo_level >>= 1;
    winetest_restore_errors(saved);
}

void winetest_start_flaky(int is_flaky)
{
    struct winetest_saved_errors saved = winetest_save_errors();
    struct winetest_thread *t = winetest_thread_get();

    t->flaky_level = (t->flaky_level << 1) | (is_flaky ? 1u : 0u);
    t->flaky_pending = 1;
    winetest_restore_errors(saved);
}

int winetest_loop_flaky(void)
{
    struct winetest_saved_errors saved = winetest_save_errors();
    struct winetest_thread *t = winetest_thread_get();
    int run = t->flaky_pending;

    t->flaky_pending = 0;
    winetest_restore_errors(saved);
    return run;
}

void winetest_end_flaky(void)
{
    struct winetest_saved_errors saved = winetest_save_errors();
    winetest_thread_get()->flaky_level >>= 1;
    winetest_restore_errors(saved);
}

int winetest_get_mainargs(char ***pargv)
{
    *pargv = winetest_argv;
    return winetest_argc;
}

int winetest_get_failures(void)
{
    int n;
    winetest_lock();
    n = winetest_counts.failed;
    winetest_unlock();
    return n;
}

void winetest_add_failures(int count)
{
    if (count <= 0) return;
    winetest_lock();
    winetest_counts.failed += count;
    winetest_unlock();
}

/* ---- debug strings (per-thread ring buffer, like Wine's) ---- */

static char *winetest_strbuf(size_t size)
{
    struct winetest_thread *t = winetest_thread_get();
    char *p;

    if (size > WINETEST_STRBUF_SIZE) size = WINETEST_STRBUF_SIZE;
    if (t->strpos + size > WINETEST_STRBUF_SIZE) t->strpos = 0;
    p = t->strbuf + t->strpos;
    t->strpos += size;
    return p;
}

/* Quotes one character into dst (at least 7 bytes); returns the length. */
static int winetest_quote_char(char *dst, unsigned int c)
{
    switch (c)
    {
    case '\n': dst[0] = '\\'; dst[1] = 'n'; return 2;
    case '\r': dst[0] = '\\'; dst[1] = 'r'; return 2;
    case '\t': dst[0] = '\\'; dst[1] = 't'; return 2;
    case '"':  dst[0] = '\\'; dst[1] = '"'; return 2;
    case '\\': dst[0] = '\\'; dst[1] = '\\'; return 2;
    }
    if (c >= 0x20 && c < 0x7f) { dst[0] = (char)c; return 1; }
    if (c < 0x100) return sprintf(dst, "\\x%02x", c);
    return sprintf(dst, "\\%04x", c);
}

#define WINETEST_DBGSTR_MAX 300   /* characters shown before "..." */

const char *wine_dbgstr_an(const char *str, int n)
{
    struct winetest_saved_errors saved;
    char *res, *dst;
    int i;

    if (!str) return "(null)";
    saved = winetest_save_errors();
    if (n < 0) n = (int)strlen(str);
    res = dst = winetest_strbuf(WINETEST_DBGSTR_MAX * 5 + 8);
    *dst++ = '"';
    for (i = 0; i < n && i < WINETEST_DBGSTR_MAX; i++)
        dst += winetest_quote_char(dst, (unsigned char)str[i]);
    *dst++ = '"';
    if (i < n) { memcpy(dst, "...", 3); dst += 3; }
    *dst = 0;
    winetest_restore_errors(saved);
    return res;
}

#ifdef _WIN32

# ifndef __WINE_WINE_DEBUG_H
const char *wine_dbgstr_wn(const WCHAR *str, int n)
{
    struct winetest_saved_errors saved;
    char *res, *dst;
    int i;

    if (!str) return "(null)";
    saved = winetest_save_errors();
    if (!((ULONG_PTR)str >> 16))   /* an atom / resource id */
    {
        res = winetest_strbuf(8);
        sprintf(res, "#%04x", (unsigned int)(ULONG_PTR)str);
        winetest_restore_errors(saved);
        return res;
    }
    if (n < 0) for (n = 0; str[n]; n++) ;
    res = dst = winetest_strbuf(WINETEST_DBGSTR_MAX * 5 + 8);
    *dst++ = 'L';
    *dst++ = '"';
    for (i = 0; i < n && i < WINETEST_DBGSTR_MAX; i++)
        dst += winetest_quote_char(dst, str[i]);
    *dst++ = '"';
    if (i < n) { memcpy(dst, "...", 3); dst += 3; }
    *dst = 0;
    winetest_restore_errors(saved);
    return res;
}
# endif

const char *wine_dbgstr_guid(const GUID *guid)
{
    struct winetest_saved_errors saved;
    char *res;

    if (!guid) return "(null)";
    saved = winetest_save_errors();
    res = winetest_strbuf(40);
    sprintf(res, "{%08x-%04x-%04x-%02x%02x-%02x%02x%02x%02x%02x%02x}",
            (unsigned int)guid->Data1, guid->Data2, guid->Data3,
            guid->Data4[0], guid->Data4[1], guid->Data4[2], guid->Data4[3],
            guid->Data4[4], guid->Data4[5], guid->Data4[6], guid->Data4[7]);
    winetest_restore_errors(saved);
    return res;
}

const char *wine_dbgstr_longlong(ULONGLONG value)
{
    struct winetest_saved_errors saved = winetest_save_errors();
    char *res = winetest_strbuf(24);

    if (value >> 32)
        sprintf(res, "%x%08x", (unsigned int)(value >> 32), (unsigned int)value);
    else
        sprintf(res, "%x", (unsigned int)value);
    winetest_restore_errors(saved);
    return res;
}

void winetest_wait_child_process(HANDLE process)
{
    DWORD code = 1;
    const char *name = winetest_current ? winetest_current->name : "?";

    if (WaitForSingleObject(process, 30000) != WAIT_OBJECT_0)
    {
        printf("%s: child process wait failed\n", name);
        fflush(stdout);
    }
    else
        GetExitCodeProcess(process, &code);

    if (!code) return;
    winetest_lock();
    if (code > 255)
    {
        printf("%s: exception 0x%08x in child process\n", name, (unsigned int)code);
        winetest_counts.failed++;
    }
    else
    {
        printf("%s: %u failures in child process\n", name, (unsigned int)code);
        winetest_counts.failed += (int)code;
    }
    fflush(stdout);
    winetest_unlock();
}

static LONG WINAPI winetest_exception_filter(EXCEPTION_POINTERS *ptrs)
{
    struct winetest_thread *t = winetest_thread_get();
    BOOL locked;
    int code;

    /* the crashing thread may hold the lock already: do not wait for it */
    locked = TryEnterCriticalSection(&winetest_cs);
    if (t->file)
        printf("%s:%d: this is the last test seen before the exception\n", t->file, t->line);
    printf("%04x:%s: unhandled exception %08x at %p\n", winetest_pid() & 0xffff,
           winetest_current ? winetest_current->name : "?",
           (unsigned int)ptrs->ExceptionRecord->ExceptionCode,
           ptrs->ExceptionRecord->ExceptionAddress);
    fflush(stdout);
    /* exit non-zero even when the exception code's low byte is 0 */
    code = winetest_counts.failed + winetest_counts.todo_passed + 1;
    if (locked) winetest_unlock();
    ExitProcess(code > 255 ? 255 : (UINT)code);
    return EXCEPTION_EXECUTE_HANDLER;
}

#endif /* _WIN32 */

/* ---- running tests ---- */

static const char *winetest_getenv_str(const char *name, const char *def)
{
    const char *v = getenv(name);
    return (v && *v) ? v : def;
}

static int winetest_getenv_int(const char *name, int def)
{
    const char *v = getenv(name);
    return (v && *v) ? atoi(v) : def;
}

static int winetest_run(const struct test *test)
{
    struct winetest_thread *t = winetest_thread_get();
    int total, bad;

    memset(&winetest_counts, 0, sizeof(winetest_counts));
    t->todo_level = t->flaky_level = 0;
    t->context_depth = 0;
    winetest_current = test;

    test->func();

    winetest_lock();
    total = winetest_counts.passed + winetest_counts.failed + winetest_counts.todo_failed
          + winetest_counts.todo_passed + winetest_counts.flaky_failed;
    bad = winetest_counts.failed + winetest_counts.todo_passed;
    if (winetest_debug > 0)
        printf("%04x:%s: %d tests executed (%d marked as todo, %d as flaky, %d %s), %d skipped.\n",
               winetest_pid() & 0xffff, test->name, total, winetest_counts.todo_failed,
               winetest_counts.flaky_failed, bad, bad == 1 ? "failure" : "failures",
               winetest_counts.skipped);
    fflush(stdout);
    winetest_unlock();
    return bad;
}

static void winetest_list(void)
{
    const struct test *test;

    printf("Valid test names:\n");
    for (test = winetest_testlist; test->name; test++) printf("    %s\n", test->name);
    fflush(stdout);
}

static int winetest_main(int argc, char **argv)
{
    const struct test *test;
    int bad = 0;

    winetest_argc = argc;
    winetest_argv = argv;
    winetest_platform      = winetest_getenv_str("WINETEST_PLATFORM", "wine");
    winetest_debug         = winetest_getenv_int("WINETEST_DEBUG", 1);
    winetest_interactive   = winetest_getenv_int("WINETEST_INTERACTIVE", 0);
    winetest_report_success = winetest_getenv_int("WINETEST_REPORT_SUCCESS", 0);
    winetest_report_flaky  = winetest_getenv_int("WINETEST_REPORT_FLAKY", 0);
    winetest_platform_init();
#ifdef _WIN32
    SetUnhandledExceptionFilter(winetest_exception_filter);
#endif

    if (argc > 1)
    {
        if (!strcmp(argv[1], "--list"))
        {
            winetest_list();
            return 0;
        }
        if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))
        {
            printf("Usage: %s [--list | TESTNAME [ARGS...]]\n", argv[0]);
            winetest_list();
            return 0;
        }
        for (test = winetest_testlist; test->name; test++)
            if (!strcmp(test->name, argv[1])) break;
        if (!test->name)
        {
            fprintf(stderr, "Fatal: test '%s' does not exist.\n", argv[1]);
            fflush(stdout);
            fflush(stderr);
            return 1;
        }
        bad = winetest_run(test);
    }
    else
    {
        for (test = winetest_testlist; test->name; test++)
            bad += winetest_run(test);
    }
    fflush(stdout);
    return bad > 255 ? 255 : bad;
}

int main(int argc, char **argv)
{
    return winetest_main(argc, argv);
}

#ifdef _WIN32
/* Entry point for programs linked with -municode: convert to the ANSI
 * code page and share the narrow main. */
int wmain(int argc, WCHAR **wargv);
int wmain(int argc, WCHAR **wargv)
{
    char **argv = (char **)HeapAlloc(GetProcessHeap(), HEAP_ZERO_MEMORY, (argc + 1) * sizeof(char *));
    int i, len;

    if (!argv) return 255;
    for (i = 0; i < argc; i++)
    {
        len = WideCharToMultiByte(CP_ACP, 0, wargv[i], -1, NULL, 0, NULL, NULL);
        argv[i] = (char *)HeapAlloc(GetProcessHeap(), 0, len > 0 ? len : 1);
        if (!argv[i]) return 255;
        argv[i][0] = 0;
        if (len > 0) WideCharToMultiByte(CP_ACP, 0, wargv[i], -1, argv[i], len, NULL, NULL);
    }
    return winetest_main(argc, argv);
}
#endif

#ifdef __cplusplus
}
#endif

#endif /* STANDALONE */

#endif /* __WINE_WINE_TEST_H */
