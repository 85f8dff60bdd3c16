#!/bin/bash
# Checks include/wine/test.h by building tests/harness/selftest.c natively
# (gcc) and as Windows programs (winegcc, plus plain mingw when available),
# running them and comparing exit codes, counts and messages.
#
# Usage: tests/harness/check-harness.sh [--native-only]
# Environment:
#   HARNESS_BUILD       build directory (default: a fresh temp dir, removed at the end)
#   HARNESS_WINEPREFIX  Wine prefix for the PE runs
#                       (default /tmp/wine-clusapi-harness-$UID; created on first use)
#   CC, WINEGCC, MINGW_CC, WINE64   tools (defaults: gcc, winegcc,
#                       x86_64-w64-mingw32-gcc, wine64 or /usr/lib/wine/wine64)
# Prints "N passed, N failed" at the end; exits 1 if anything failed.

set -u

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
src=$here/selftest.c

native_only=0
[ "${1:-}" = "--native-only" ] && native_only=1

CC=${CC:-gcc}
WINEGCC=${WINEGCC:-winegcc}
MINGW_CC=${MINGW_CC:-x86_64-w64-mingw32-gcc}
if [ -z "${WINE64:-}" ]; then
    WINE64=$(command -v wine64 2>/dev/null || echo /usr/lib/wine/wine64)
fi

if [ -n "${HARNESS_BUILD:-}" ]; then
    build=$HARNESS_BUILD
    mkdir -p "$build"
    cleanup_build=0
else
    build=$(mktemp -d /tmp/check-harness.XXXXXX)
    cleanup_build=1
fi
prefix=${HARNESS_WINEPREFIX:-/tmp/wine-clusapi-harness-$(id -u)}
server_started=0

passed=0
failed=0

cleanup()
{
    if [ "$server_started" = 1 ]; then
        WINEPREFIX=$prefix "$wineserver" -k >/dev/null 2>&1
    fi
    [ "$cleanup_build" = 1 ] && rm -rf "$build"
}
trap cleanup EXIT

pass() { passed=$((passed + 1)); }
fail() { failed=$((failed + 1)); echo "FAIL: [$variant] $*"; }

# line number of the line tagged "L:<tag>" in selftest.c
L() { grep -n "L:$1 \*/" "$src" | cut -d: -f1; }

# ---- running one case ----
# run [VAR=value...] -- ARGS...   (runs the current $variant's program)
run()
{
    local envs=()
    while [ "$1" != "--" ]; do envs+=("$1"); shift; done
    shift
    out=$build/$variant.out
    err=$build/$variant.err
    # the subshell absorbs bash's "Segmentation fault" notice for the crash case
    (
        case $variant in
        native)
            env ${envs[@]+"${envs[@]}"} timeout 60 "$build/native/$prog" "$@" >"$out" 2>"$err" ;;
        *)
            env ${envs[@]+"${envs[@]}"} WINEPREFIX="$prefix" WINEDEBUG=-all \
                timeout 60 "$WINE64" "$build/$variant/$prog.exe" "$@" >"$out" 2>"$err" ;;
        esac
        echo $? >"$build/rc"
    ) 2>/dev/null
    rc=$(cat "$build/rc")
    what="$prog $* ${envs[*]+${envs[*]}}"
}

expect_rc()
{
    if [ "$rc" = "$1" ]; then pass; else fail "$what: exit code $rc, expected $1"; fi
}

# expect_line FIXED-STRING: one whole output line equals it
expect_line()
{
    if grep -qxF -- "$1" "$out"; then pass; else fail "$what: no line '$1'"; sed 's/^/    | /' "$out" | head -20; fi
}

expect_no_match()
{
    if grep -qE -- "$1" "$out"; then fail "$what: unexpected match for /$1/"; else pass; fi
}

expect_count()   # expect_count N REGEX
{
    local n
    n=$(grep -cE -- "$2" "$out")
    if [ "$n" = "$1" ]; then pass; else fail "$what: $n lines match /$2/, expected $1"; fi
}

# expect_summary NAME EXECUTED TODO FLAKY FAILURES SKIPPED
expect_summary()
{
    local word=failures
    [ "$5" = 1 ] && word=failure
    local re="^[0-9a-f]{4}:$1: $2 tests executed \\($3 marked as todo, $4 as flaky, $5 $word\\), $6 skipped\\.\$"
    if grep -qE -- "$re" "$out"; then pass; else
        fail "$what: no summary '$1: $2 tests executed ($3 todo, $4 flaky, $5 $word), $6 skipped'"
        sed 's/^/    | /' "$out" | tail -5
    fi
}

# ---- the assertions, identical for every variant ----
check_variant()
{
    local f=selftest.c
    prog=selftest

    run -- pass
    expect_rc 0
    expect_summary pass 4 0 0 0 0
    expect_line "$f:$(L trace): tracing 42"
    expect_line "$f:$(L trace2): ctx1: traced in context"
    expect_no_match "Test (failed|succeeded)"

    run WINETEST_REPORT_SUCCESS=1 -- pass
    expect_rc 0
    expect_line "$f:$(L pass2): Test succeeded"
    expect_count 4 ": Test succeeded$"

    run WINETEST_DEBUG=0 -- pass
    expect_rc 0
    expect_count 0 "."

    run -- fail
    expect_rc 3
    expect_summary fail 5 0 0 3 0
    expect_line "$f:$(L fail1): Test failed: forced failure 1"
    expect_line "$f:$(L fail2): Test failed: outer: inner 7: forced failure two"
    expect_line "other.c:1234: Test failed: explicit location"

    run -- todo
    expect_rc 2
    expect_summary todo 8 5 0 2 0
    expect_line "$f:$(L todo1): Test marked todo: expected todo failure"
    expect_line "$f:$(L todo2): Test succeeded inside todo block: unexpected success"
    expect_line "$f:$(L todo3): Test marked todo: todo_wine_if(1) fails"
    expect_line "$f:$(L todo4): Test failed: todo_wine_if(0) fails"
    expect_line "$f:$(L todo7): Test marked todo: nested"

    run WINETEST_PLATFORM=windows -- todo
    expect_rc 5
    expect_summary todo 8 1 0 5 0
    expect_line "$f:$(L todo1): Test failed: expected todo failure"
    expect_line "$f:$(L todo7): Test marked todo: nested"

    run -- skip
    expect_rc 2
    expect_summary skip 2 0 0 2 2
    expect_line "$f:$(L skip1): Tests skipped: not available 1"
    expect_line "$f:$(L winskip): Test failed: old windows"
    expect_line "$f:$(L broken): Test failed: v is 2"

    run WINETEST_PLATFORM=windows -- skip
    expect_rc 0
    expect_summary skip 1 0 0 0 3
    expect_line "$f:$(L winskip): Tests skipped: old windows"

    run -- flaky
    expect_rc 0
    expect_summary flaky 3 0 1 0 0
    expect_line "$f:$(L flaky1): Test marked flaky: flaky failure"

    run WINETEST_REPORT_FLAKY=1 -- flaky
    expect_rc 1
    expect_summary flaky 3 0 0 1 0
    expect_line "$f:$(L flaky1): Test failed: flaky failure"

    run -- errors
    expect_rc 0
    expect_no_match "Test failed"

    run -- dbgstr
    expect_rc 0
    expect_no_match "Test failed"

    run -- mainargs extra
    expect_rc 0
    expect_summary mainargs 3 0 0 0 0

    run -- threads
    expect_rc 4
    expect_summary threads 4009 0 0 4 0
    local i
    for i in 0 1 2 3; do
        expect_line "$f:$(L thread): Test failed: thread $i: forced failure in thread $i"
    done
    expect_no_match "main: "

    run -- long
    expect_rc 1
    expect_line "$f:$(L long): Test failed: <$(printf '%03000d' 0 | tr 0 x)>"

    run -- foo
    expect_rc 1
    if grep -qxF "Fatal: test 'foo' does not exist." "$err"; then pass; else fail "$what: no Fatal message on stderr"; fi

    run -- --list
    expect_rc 0
    expect_line "Valid test names:"
    expect_line "    threads"

    # every test of the list: 3 + 2 + 2 + 4 + 1 (long) failures, and the
    # mainargs case fails once without its arguments
    run --
    expect_rc 13
    expect_count 10 "^[0-9a-f]{4}:[a-z]+: [0-9]+ tests executed"

    prog=selftest_good
    run --
    expect_rc 0
    expect_count 4 "^[0-9a-f]{4}:[a-z]+: [0-9]+ tests executed"

    # single-file STANDALONE program that crashes
    prog=crash
    run -- crash
    if [ "$rc" != 0 ] && [ "$rc" != 124 ]; then pass; else fail "$what: exit code $rc, expected a crash"; fi
    if [ "$variant" != native ]; then
        expect_line "crash.c:$(grep -n 'L:crash' "$here/crash.c" | cut -d: -f1): this is the last test seen before the exception"
        expect_count 1 "^[0-9a-f]{4}:crash: unhandled exception c0000005 at "
    fi
}

# ---- building ----
build_step()   # build_step DESC COMMAND...
{
    local desc=$1; shift
    if "$@" >"$build/build.log" 2>&1; then pass; return 0; fi
    fail "build: $desc"
    sed 's/^/    | /' "$build/build.log" | head -30
    return 1
}

variant=build
warn="-Wall -Wextra -Werror"
mkdir -p "$build/native"
native_ok=1
for std in c99 gnu17; do
    build_step "gcc -std=$std selftest" $CC -std=$std $warn -pedantic -I"$top/include" \
        -o "$build/native/selftest" "$src" "$here/testlist.c" -pthread || native_ok=0
done
build_step "gcc selftest_good" $CC -std=c99 $warn -I"$top/include" \
    -o "$build/native/selftest_good" "$src" "$here/testlist_good.c" -pthread || native_ok=0
build_step "gcc crash" $CC -std=c99 $warn -I"$top/include" -o "$build/native/crash" "$here/crash.c" || native_ok=0

pe_variants=""
if [ "$native_only" = 0 ]; then
    # what the project's PE_CFLAGS/PE_LIBS use (Makefile.am)
    pecc="$WINEGCC -b x86_64-w64-mingw32 -mno-cygwin"
    pecflags="-O2 $warn -D__WINESRC__ -D_UCRT -DWINE_NO_LONG_TYPES -I$top/include"
    pelibs="-nodefaultlibs -lwinecrt0 -lucrtbase -lkernel32 -lntdll"
    d=$build/winegcc
    mkdir -p "$d"
    ok_pe=1
    for f in selftest testlist testlist_good crash; do
        build_step "winegcc -c $f.c" $pecc -c $pecflags -o "$d/$f.o" "$here/$f.c" || ok_pe=0
    done
    # Wine's own tests are built without WINE_NO_LONG_TYPES (DWORD is then
    # unsigned long and printed with %lu): the header must be clean that way too
    for f in selftest testlist; do
        build_step "winegcc -c $f.c (long types)" $pecc -c ${pecflags/-DWINE_NO_LONG_TYPES/} \
            -o "$d/$f.long.o" "$here/$f.c"
    done
    if [ "$ok_pe" = 1 ]; then
        build_step "winegcc link selftest.exe" $pecc -mconsole -o "$d/selftest.exe" "$d/selftest.o" "$d/testlist.o" $pelibs &&
        build_step "winegcc link selftest_good.exe" $pecc -mconsole -o "$d/selftest_good.exe" "$d/selftest.o" "$d/testlist_good.o" $pelibs &&
        build_step "winegcc link crash.exe" $pecc -mconsole -o "$d/crash.exe" "$d/crash.o" $pelibs &&
        pe_variants="winegcc"
        # -municode (the project's PE_EXE_LINKFLAGS): the harness's wmain is the entry
        mkdir -p "$build/municode"
        build_step "winegcc link -municode" $pecc -mconsole -municode -o "$build/municode/selftest.exe" "$d/selftest.o" "$d/testlist.o" $pelibs &&
            pe_variants="$pe_variants municode"
    fi
    # plain mingw headers and CRT (a binary that could also run on Windows)
    if command -v "$MINGW_CC" >/dev/null 2>&1; then
        d=$build/mingw
        mkdir -p "$d"
        build_step "mingw selftest.exe" $MINGW_CC -O2 $warn -I"$top/include" -o "$d/selftest.exe" "$src" "$here/testlist.c" &&
        build_step "mingw selftest_good.exe" $MINGW_CC -O2 $warn -I"$top/include" -o "$d/selftest_good.exe" "$src" "$here/testlist_good.c" &&
        build_step "mingw crash.exe" $MINGW_CC -O2 $warn -I"$top/include" -o "$d/crash.exe" "$here/crash.c" &&
        pe_variants="$pe_variants mingw"
    fi
fi

# ---- running ----
if [ "$native_ok" = 1 ]; then
    variant=native
    check_variant
fi

if [ -n "$pe_variants" ]; then
    variant=prefix
    wineserver=/usr/lib/wine/wineserver64
    [ -x "$wineserver" ] || wineserver=$(command -v wineserver)
    if [ ! -f "$prefix/system.reg" ]; then
        echo "creating Wine prefix $prefix (first use, ~10 s)"
        WINEPREFIX=$prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" \
            "$WINE64" wineboot -i >"$build/wineboot.log" 2>&1 || { fail "wineboot -i"; cat "$build/wineboot.log"; }
    fi
    # one persistent server for all the runs, killed at exit
    if WINEPREFIX=$prefix "$wineserver" -p >/dev/null 2>&1; then server_started=1; fi
    for variant in $pe_variants; do
        if [ "$variant" = municode ]; then
            # only the argument conversion differs; check it and one failing case
            prog=selftest
            run -- mainargs extra; expect_rc 0; expect_summary mainargs 3 0 0 0 0
            run -- fail; expect_rc 3
        else
            check_variant
        fi
    done
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
