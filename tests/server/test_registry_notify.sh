#!/bin/sh
# Checks cmrpd's cluster registry, notification ports and controls from the
# outside:
#  - tests/server/registry_notify_probe over ncacn_ip_tcp and ncalrpc: registry
#    round trips of every value type and the sizing dances, notifications
#    caused by a second client (an ApiGetNotify waiting until the change,
#    ApiUnblockGetNotifyCall, ApiCloseNotify, a client vanishing while it
#    waits), controls with NULL, short, exact and large buffers, property
#    round trips of every format;
#  - every connection the probes made is torn down by the server while it
#    runs (none is kept alive by a waiting call);
#  - Samba's smbtorture rpc.clusapi tests of the registry and the controls;
#  - all of it with cmrpd under valgrind (no invalid access, no definite leak)
#    and a clean SIGTERM.
# One line per check ("ok N - ..." / "not ok N - ..."), then "N passed, N failed";
# exit status 1 if anything failed.
#
# Run from the build directory (or set BUILDDIR):  tests/server/test_registry_notify.sh
# Environment: BUILDDIR, CMRPD, PROBE, SMBTORTURE (a path, or "no"), VALGRIND (a path, or "no").

set -u

script_dir=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/server/common.sh
. "$script_dir/common.sh"
PROBE=${PROBE:-$BUILDDIR/tests/server/registry_notify_probe}
SMBTORTURE=${SMBTORTURE:-$(command -v smbtorture || echo no)}
VALGRIND=${VALGRIND:-$(command -v valgrind || echo no)}
CONFIG=$top_srcdir/server/examples/two-node.conf

TORTURE_TESTS="registry.GetRootKey registry.CloseKey registry.EnumKey registry.QueryValue registry.all_keys
cluster.ClusterControl node.NodeControl group.GroupControl group.all_groups resourcetype.all_resourcetypes
resource.all_resources"

require_built "server/cmrpd tests/server/registry_notify_probe" "$CMRPD" "$PROBE"
make_tmp test_registry_notify

# ---- the server, under valgrind when there is one ----

mkdir -p "$tmp/ncalrpc"
if [ "$VALGRIND" != no ]; then
    set -- "$VALGRIND" --quiet --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
        --log-file="$tmp/valgrind.log"
else
    set --
fi
cmrpd_start "$tmp/cmrpd" "$@" -- -c "$CONFIG" -p 0 -s "$tmp/ncalrpc" -d 3
port=$(cmrpd_port "$tmp/cmrpd")
if [ -z "$port" ]; then
    fail "cmrpd starts${VALGRIND:+ (valgrind: $VALGRIND)}"
    sed 's/^/# /' "$tmp/cmrpd.err" "$tmp/cmrpd.out"
    echo "$passed passed, $failed failed"
    exit 1
fi
pass "cmrpd listens on port $port and on $tmp/ncalrpc/clusapi$([ "$VALGRIND" != no ] && echo ' (under valgrind)')"

# ---- the probe, over both transports ----

# run_probe LABEL ARGS...: each of the probe's lines becomes a check here
run_probe() {
    label=$1; shift
    "$PROBE" -l "$label" "$@" > "$tmp/probe.$label" 2>&1
    status=$?
    while IFS= read -r line; do
        case $line in
            "ok - "*) pass "${line#ok - }" ;;
            "not ok - "*) fail "${line#not ok - }" ;;
            *) echo "$line" ;;
        esac
    done < "$tmp/probe.$label"
    if [ "$status" -gt 1 ] || ! grep -q '^ok - ' "$tmp/probe.$label"; then
        fail "$label: the probe ran to its end (exit status $status)"
    fi
}

run_probe tcp "ncacn_ip_tcp:127.0.0.1[$port]"
run_probe ncalrpc -s "$tmp/ncalrpc" "ncalrpc:[clusapi]"

# Every connection is gone while the server still runs, including the one
# that vanished with an ApiGetNotify waiting.
sleep 1
opened=$(grep -c ': connection from ' "$tmp/cmrpd.err")
closed=$(grep -c ': connection closed' "$tmp/cmrpd.err")
if [ "$opened" -gt 0 ] && [ "$opened" = "$closed" ]; then
    pass "the server closed all $opened connections of the probes (none left behind by a waiting call)"
else
    fail "the server closed $closed of $opened connections"
fi

# ---- smbtorture ----

if [ "$SMBTORTURE" = no ] || [ ! -x "$SMBTORTURE" ]; then
    echo "# smbtorture not installed (Debian: samba-testsuite): its checks are skipped"
else
    for test in $TORTURE_TESTS; do
        timeout 300 "$SMBTORTURE" "ncacn_ip_tcp:127.0.0.1[$port]" -U% "rpc.clusapi.$test" > "$tmp/torture.log" 2>&1
        if grep -q "^success: $test\$" "$tmp/torture.log"; then
            pass "smbtorture rpc.clusapi.$test"
        else
            fail "smbtorture rpc.clusapi.$test"
            grep -E '^(failure|error|skip)|assert|Status' "$tmp/torture.log" | head -5 | sed 's/^/# /'
        fi
    done
fi

# ---- shutdown ----

kill -TERM "$server"
wait "$server"
status=$?
server=
if [ "$status" = 0 ]; then pass "cmrpd stops on SIGTERM with status 0"; else fail "cmrpd stopped with status $status"; fi
if [ "$VALGRIND" != no ]; then
    if [ -s "$tmp/valgrind.log" ]; then
        fail "valgrind found problems in cmrpd"
        sed 's/^/# /' "$tmp/valgrind.log" | head -60
    else
        pass "valgrind: no invalid access, no definite leak in cmrpd"
    fi
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
