#!/bin/bash
# Reconnect under Wine (MS-CMRP 3.2.4.6): runs the "reconnect" test of
# dlls/clusapi/tests/clusapi_test.exe against one cmrpd serving node1 on
# 127.0.0.1 and node2 on 127.0.0.2 (-n), and carries out what the test asks
# through a control directory: it writes "request" ("node1 down", "node2 up",
# "stop", "cont", "kill"), this script runs `cmrpd --admin` (or signals cmrpd)
# and answers in "reply".  The client finds the nodes through WINECLUSAPI_HOSTS.
#
# Prints the test's output, whose last line is the harness summary
# ("reconnect: N tests executed (... X failures), S skipped."); exit status 0
# only if nothing failed.  The whole run is bounded (TIMEOUT seconds, 300).
#
# Run from the build directory:  tests/server/test_wine_reconnect.sh
# Environment: BUILDDIR, CMRPD, TIMEOUT, WINECLUSAPI_HOME (default BUILDDIR/.wine-clusapi).

set -u
script_dir=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/server/common.sh
. "$script_dir/common.sh"
# shellcheck source=tests/control-servant.sh
. "$top_srcdir/tests/control-servant.sh"
BUILDDIR=$(cd "$BUILDDIR" && pwd)
TIMEOUT=${TIMEOUT:-300}
export WINECLUSAPI_HOME=${WINECLUSAPI_HOME:-$BUILDDIR/.wine-clusapi}
test_exe=$BUILDDIR/dlls/clusapi/tests/clusapi_test.exe

for file in "$CMRPD" "$test_exe"; do
    if [ ! -e "$file" ]; then
        echo "missing $file: build it first (make check-build)"
        echo "0 passed, 1 failed"
        exit 1
    fi
done

make_tmp test_wine_reconnect
servant=""
# the servant first: it may be signalling the server
trap '[ -n "$servant" ] && kill "$servant" 2>/dev/null && wait "$servant" 2>/dev/null; remove_tmp' EXIT

mkdir "$tmp/control"
cmrpd_start "$tmp/cmrpd" -- -c "$top_srcdir/server/examples/two-node.conf" -p 0 -n node1=127.0.0.1 \
    -n node2=127.0.0.2 -a "$tmp/admin"
disown "$server"   # the servant kills it: no job report for that
port=$(cmrpd_port "$tmp/cmrpd" 127.0.0.2 node2)
if [ -z "$port" ]; then
    echo "cmrpd did not start:"; cat "$tmp/cmrpd.out" "$tmp/cmrpd.err"
    echo "0 passed, 1 failed"
    exit 1
fi

# What the test asks (tests/control-servant.sh).
control_request()
{
    case $1 in
    kill | stop | cont)
        kill -"$(echo "$1" | tr a-z A-Z)" "$server" 2>/dev/null
        echo "ok $1" ;;
    "node1 "[a-z]* | "node2 "[a-z]*)
        # shellcheck disable=SC2086 # NODE VERB, two words
        "$CMRPD" --admin "$tmp/admin" $1 2>&1 | tr '\n' ' ' ;;
    *)
        echo "refused: $1" ;;
    esac
}
serve_control "$tmp/control" "$tmp/control.log" control_request &
servant=$!

control_windows="Z:$(printf '%s' "$tmp/control" | tr / '\\')"
# The client's own account of each reconnect (node, milliseconds) is a WARN.
# A call timeout short enough for the stopped-server step (3 s).  The
# cluster name resolves to 127.0.0.3, where nothing listens (a reconnect
# finds it refused at once) but while the test listens there without ever
# answering: a hung candidate, which must cost about that Timeout.
WINEDEBUG=${WINEDEBUG:-warn+clusapi} WINECLUSAPI_BUILD="$BUILDDIR" WINECLUSAPI_SECURITY=none WINECLUSAPI_PORT="$port" \
    WINECLUSAPI_TIMEOUT=3000 \
    WINECLUSAPI_HOSTS="FSCLUSTER=127.0.0.3,node1=127.0.0.1,node2=127.0.0.2" \
    WINECLUSAPI_TEST_HUNG_ADDRESS=127.0.0.3 \
    WINECLUSAPI_TEST_CONTROL="$control_windows" \
    timeout -k 10 "$TIMEOUT" "$top_srcdir/tools/wine-clusapi" "$test_exe" reconnect > "$tmp/test.out" 2>&1
status=$?
cat "$tmp/control.log" 2>/dev/null
sed -n 's/^[0-9a-f]*:warn:clusapi:reconnect /# client: /p' "$tmp/test.out"
grep -v ':warn:\|:fixme:\|:err:' "$tmp/test.out"
if [ $status = 124 ] || [ $status = 137 ]; then
    echo "the test did not finish within $TIMEOUT s"
    echo "0 passed, 1 failed"
    exit 1
fi
if ! grep -q 'tests executed' "$tmp/test.out"; then
    echo "cmrpd's stderr:"; sed 's/^/#   /' "$tmp/cmrpd.err"
fi
exit $status
