#!/bin/sh
# compile-matrix.sh: compile include/clusapi.h and include/resapi.h in every
# supported configuration and link against import libraries generated from
# dlls/clusapi/clusapi.spec.
#
#   tests/headers/compile-matrix.sh            (from anywhere)
#   BUILDDIR=/path/to/build tests/headers/compile-matrix.sh
#
# Matrix: {x86_64, i686} x {C, C++} x _WIN32_WINNT {0x0502, 0x0600, 0x0601,
# 0x0602, 0x0A00} x {windows.h first, clusapi.h first}, all -Wall -Wextra
# -Werror; winegcc/wineg++ with Wine's headers in both orders; i686 stdcall
# decorations of the import library; a link test of every declared function
# on both architectures; the example program built against the headers and
# import library, and, when BUILDDIR names a configured build tree, built
# again from a `make install` into a staging directory through pkg-config;
# and a self-check that a deliberately wrong value does not compile.
#
# Prints "ok N - ..." / "not ok N - ..." (a toolchain that is not installed
# gives "ok N - ... # SKIP ..."), then "N passed, N failed, N skipped".
# Exit status 1 if anything failed.

here=$(cd "$(dirname "$0")" && pwd)
srcdir=${SRCDIR:-$(cd "$here/../.." && pwd)}
incdir=$srcdir/include
spec=$srcdir/dlls/clusapi/clusapi.spec
WINEBUILD=${WINEBUILD:-winebuild}
WINEGCC=${WINEGCC:-winegcc}
WINEGXX=${WINEGXX:-wineg++}
CWARN="-Wall -Wextra -Werror"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/compile-matrix.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

n=0 passed=0 failed=0 skipped=0

ok()   { n=$((n + 1)); passed=$((passed + 1)); echo "ok $n - $1"; }
skip() { n=$((n + 1)); skipped=$((skipped + 1)); echo "ok $n - $1 # SKIP $2"; }
fail()
{
    n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"
    [ -s "$tmp/log" ] && sed -n '1,15s/^/#   /p' "$tmp/log"
}

# run DESCRIPTION COMMAND...: ok if the command succeeds
run()
{
    desc=$1; shift
    if "$@" > "$tmp/log" 2>&1; then ok "$desc"; else fail "$desc"; fi
}

have() { command -v "$1" > /dev/null 2>&1; }

# ---- 1. mingw-w64: arch x language x _WIN32_WINNT x include order ----
for arch in x86_64 i686; do
    for lang in C C++; do
        if [ "$lang" = C ]; then cc=$arch-w64-mingw32-gcc; x="-x c"; else cc=$arch-w64-mingw32-g++; x="-x c++"; fi
        for winnt in 0x0502 0x0600 0x0601 0x0602 0x0A00; do
            for order in windows-first clusapi-first; do
                desc="$arch $lang _WIN32_WINNT=$winnt $order"
                if ! have "$cc"; then skip "$desc" "$cc not installed"; continue; fi
                def=; [ "$order" = clusapi-first ] && def=-DHEADER_TEST_CLUSAPI_FIRST
                run "$desc" "$cc" $CWARN -D_WIN32_WINNT=$winnt $def -I"$incdir" $x -c "$here/api-test.c" \
                    -o "$tmp/api.o"
            done
        done
    done
done

# ---- 2. Wine's headers (the project's own PE build flags) ----
for lang in C C++; do
    if [ "$lang" = C ]; then cc=$WINEGCC; else cc=$WINEGXX; fi
    for order in windows-first clusapi-first; do
        desc="winegcc ($cc, Wine headers) $lang $order"
        if ! have "$cc"; then skip "$desc" "$cc not installed"; continue; fi
        def=; [ "$order" = clusapi-first ] && def=-DHEADER_TEST_CLUSAPI_FIRST
        if [ "$lang" = C ]; then src=$here/api-test.c; else cp "$here/api-test.c" "$tmp/api-test.cpp"; src=$tmp/api-test.cpp; fi
        run "$desc" "$cc" -b x86_64-w64-mingw32 -mno-cygwin -D__WINESRC__ -D_UCRT -I"$incdir" $CWARN $def \
            -c "$src" -o "$tmp/api-wine.o"
    done
done

# ---- 3. the checks can fail: a wrong value must not compile ----
cc=x86_64-w64-mingw32-gcc
desc="self-check: a deliberately wrong value is rejected"
if have "$cc"; then
    if "$cc" $CWARN -DHEADER_TEST_WRONG_VALUE -I"$incdir" -c "$here/api-test.c" -o "$tmp/wrong.o" > "$tmp/log" 2>&1
    then : > "$tmp/log"; fail "$desc"; else ok "$desc"; fi
else skip "$desc" "$cc not installed"; fi

# ---- 4. import libraries from the spec, decorations, link test ----
sed -n 's/^@ stdcall \([A-Za-z0-9_]*\)(.*/    FN(\1)/p' "$spec" > "$tmp/link-list.h"
for arch in x86_64 i686; do
    triplet=$arch-w64-mingw32
    mkdir -p "$tmp/$arch"
    desc="$arch import library generated from clusapi.spec (290 exports)"
    if ! have "$triplet-dlltool"; then
        skip "$desc" "$triplet-dlltool not installed"
    elif "$WINEBUILD" -b "$triplet" -w --implib -o "$tmp/$arch/libclusapi.a" --export "$spec" > "$tmp/log" 2>&1 \
         && [ "$(wc -l < "$tmp/link-list.h")" -eq 290 ]; then
        ok "$desc"
    else
        fail "$desc"
    fi

    if [ "$arch" = i686 ]; then
        desc="i686 stdcall decorations (Name@N) match the documented argument sizes"
        if [ ! -f "$tmp/$arch/libclusapi.a" ]; then skip "$desc" "no i686 import library"
        else
            nm "$tmp/$arch/libclusapi.a" 2>/dev/null | sed -n 's/^[0-9a-f]* T //p' > "$tmp/syms"
            missing=
            for sym in _OpenCluster@4 _OpenClusterEx@12 _CloseCluster@4 _GetClusterInformation@16 \
                       _ClusterEnum@20 _ClusterResourceControl@32 _ClusterResourceTypeControl@36 \
                       _RegisterClusterNotifyV2@28 _ClusterSharedVolumeSetSnapshotState@24 \
                       _ChangeClusterResourceGroupEx@16 _RegisterClusterResourceTypeNotifyV2@24 \
                       _GetClusterNotifyV2@56 _ClusterRegQueryInfoKey@32 _CCHlpConfigureNode@0; do
                grep -qx "$sym" "$tmp/syms" || missing="$missing $sym"
            done
            if [ -z "$missing" ]; then ok "$desc"; else echo "missing:$missing" > "$tmp/log"; fail "$desc"; fi
        fi
    fi

    for lang in C C++; do
        if [ "$lang" = C ]; then cc=$triplet-gcc; x="-x c"; else cc=$triplet-g++; x="-x c++"; fi
        desc="$arch $lang link test: every declared function against the import libraries"
        if ! have "$cc"; then skip "$desc" "$cc not installed"; continue; fi
        if [ ! -f "$tmp/$arch/libclusapi.a" ]; then skip "$desc" "no $arch import library"; continue; fi
        resutils=
        for lib in resutils resutil; do
            if "$cc" -print-file-name=lib$lib.a | grep -q /; then resutils=-l$lib; break; fi
        done
        run "$desc" "$cc" $CWARN -I"$incdir" -I"$tmp" $x "$here/link-test.c" -x none -o "$tmp/$arch/link.exe" \
            -L"$tmp/$arch" -lclusapi $resutils
    done

    cc=$triplet-gcc
    desc="$arch examples/list-cluster builds against the headers and import library"
    if ! have "$cc"; then skip "$desc" "$cc not installed"
    elif [ ! -f "$tmp/$arch/libclusapi.a" ]; then skip "$desc" "no $arch import library"
    else
        run "$desc" "$cc" $CWARN -I"$incdir" -o "$tmp/$arch/list-cluster.exe" \
            "$srcdir/examples/list-cluster/list-cluster.c" -L"$tmp/$arch" -lclusapi
    fi
done

# ---- 5. the installed files, through pkg-config ----
desc="make install (DESTDIR) + pkg-config: examples/list-cluster/build.sh"
if [ -n "$BUILDDIR" ] && [ -f "$BUILDDIR/Makefile" ]; then
    run "$desc" sh "$srcdir/examples/list-cluster/build.sh" "$BUILDDIR" "$tmp"
else
    skip "$desc" "set BUILDDIR to a configured build tree"
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
