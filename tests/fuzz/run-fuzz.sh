#!/bin/sh
# Builds the libFuzzer targets of tests/fuzz/ with clang (AddressSanitizer and
# UndefinedBehaviorSanitizer) and runs each for a bounded time:
#   fuzz_proplist   cmrp/proplist.c: property lists, value lists, MULTI_SZ, UTF-16
#   fuzz_requests   the codec's ndr_pull of every opnum it knows, NDR_IN and NDR_OUT
#   fuzz_regbatch   cmrp/regbatch.c: CLUSTER_REG_BATCH_UPDATE buffers (registry batches)
# One line per target ("ok N - ..." / "not ok N - ..." with executions and time),
# then "N passed, N failed, N skipped".  Without clang (Debian: apt-get install
# -y clang) every target is skipped.
#
# Usage: tests/fuzz/run-fuzz.sh [SECONDS]      (per target; default 60)
# Environment: CLANG (a path), FUZZ_DIR (build and corpus directory, kept;
# default a temporary one, removed).  A crash leaves its input as
# FUZZ_DIR/crash-* (the directory is then kept and named).

set -u

seconds=${1:-60}
case $seconds in
    ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac
script_dir=$(cd "$(dirname "$0")" && pwd)
top_srcdir=$(cd "$script_dir/../.." && pwd)
CLANG=${CLANG:-$(command -v clang || true)}
targets="fuzz_proplist fuzz_requests fuzz_regbatch"

passed=0 failed=0 skipped=0 number=0
pass() { number=$((number + 1)); passed=$((passed + 1)); echo "ok $number - $*"; }
fail() { number=$((number + 1)); failed=$((failed + 1)); echo "not ok $number - $*"; }
skip() { number=$((number + 1)); skipped=$((skipped + 1)); echo "ok $number - # SKIP $*"; }

if [ -z "$CLANG" ]; then
    for target in $targets; do skip "$target: clang is not installed (apt-get install -y clang)"; done
    echo "$passed passed, $failed failed, $skipped skipped"
    exit 0
fi

if [ -n "${FUZZ_DIR:-}" ]; then
    work=$FUZZ_DIR
    keep=yes
    mkdir -p "$work"
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/run-fuzz.XXXXXX")
    keep=no
fi
cleanup() { [ "$keep" = no ] && rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 1' INT TERM

cflags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -I$top_srcdir"
samba_cflags=$(pkg-config --cflags ndr talloc samba-util 2>/dev/null)
samba_libs=$(pkg-config --libs ndr talloc samba-util 2>/dev/null)

# ---- seeds: valid inputs to start from ----

mkdir -p "$work/corpus_fuzz_proplist" "$work/corpus_fuzz_requests" "$work/corpus_fuzz_regbatch"
seed() { printf "$2" > "$work/corpus_$1/$3"; }
# two properties: "A" = DWORD, "Ab" = WORD, and the list's ENDMARK
seed fuzz_proplist '\002\0\0\0\003\0\004\0\004\0\0\0A\0\0\0\002\0\001\0\004\0\0\0\104\063\042\021\0\0\0\0\003\0\004\0\006\0\0\0A\0b\0\0\0\0\0\013\0\001\0\002\0\0\0\002\001\0\0\0\0\0\0\0\0\0\0' two
# "E" = EXPAND_SZ + EXPANDED_SZ, "M" = MULTI_SZ {"a","b"}
seed fuzz_proplist '\002\0\0\0\003\0\004\0\004\0\0\0E\0\0\0\004\0\001\0\004\0\0\0x\0\0\0\010\0\001\0\004\0\0\0y\0\0\0\0\0\0\0\003\0\004\0\004\0\0\0M\0\0\0\005\0\001\0\012\0\0\0a\0\0\0b\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0' pairs
# a value list: RESCLASS 1, NAME "Disk", ENDMARK
seed fuzz_proplist '\002\0\002\0\004\0\0\0\001\0\0\0\003\0\004\0\012\0\0\0D\0i\0s\0k\0\0\0\0\0\0\0\0\0' values
# a batch: CREATE_KEY "k", SET_VALUE "v" = 3 bytes (padded), DELETE_VALUE of the default value
seed fuzz_regbatch '\001\0\0\0\002\0\0\0\0\0\0\0\004\0\0\0k\0\0\0\0\0\0\0\001\0\0\0\003\0\0\0\004\0\0\0v\0\0\0\003\0\0\0ab\0\0\004\0\0\0\0\0\0\0\002\0\0\0\0\0\0\0\0\0' batch
# every opnum, both directions, over zeros (a stub of NULL pointers and empty strings)
i=0
while [ "$i" -lt 200 ]; do
    seed fuzz_requests "\\$(printf '%03o' "$i")\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000" "in$i"
    seed fuzz_requests "\\$(printf '%03o' "$i")\\001\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000\\000" "out$i"
    i=$((i + 1))
done

# ---- build and run ----

build() {
    case $1 in
        fuzz_proplist) "$CLANG" $cflags -o "$work/$1" "$script_dir/$1.c" "$top_srcdir/cmrp/proplist.c" ;;
        fuzz_regbatch) "$CLANG" $cflags -o "$work/$1" "$script_dir/$1.c" "$top_srcdir/cmrp/regbatch.c" ;;
        fuzz_requests) "$CLANG" $cflags $samba_cflags -o "$work/$1" "$script_dir/$1.c" "$top_srcdir/cmrp/cmrp.c" \
                           $samba_libs ;;
    esac
}

for target in $targets; do
    if ! build "$target" > "$work/$target.build.log" 2>&1; then
        fail "$target: does not build with $CLANG"
        sed 's/^/# /' "$work/$target.build.log" | head -20
        continue
    fi
    start=$(date +%s)
    "$work/$target" -max_total_time="$seconds" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
        -artifact_prefix="$work/" "$work/corpus_$target" > "$work/$target.log" 2>&1
    status=$?
    elapsed=$(( $(date +%s) - start ))
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$target.log" | tail -1)
    corpus=$(ls "$work/corpus_$target" | wc -l)
    if [ "$status" = 0 ] && [ -n "$execs" ]; then
        pass "$target: ${execs} executions in ${elapsed} s (${rate:-?}/s), corpus of $corpus inputs, no crash"
    else
        fail "$target: exit status $status after ${elapsed} s (${execs:-?} executions)"
        grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$work/$target.log" | head -10 | sed 's/^/# /'
        keep=yes
        echo "# inputs and logs kept in $work"
    fi
done

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
