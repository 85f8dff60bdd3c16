#!/bin/sh
# smbtorture's "dangerous" rpc.clusapi tests (-X: resource.FailResource,
# resource.OfflineResource, node.PauseNode, node.EvictNode, group.OfflineGroup)
# against cmrpd.  They change the cluster for good, so each run below gets a
# throwaway cmrpd of its own, and the tests run where their preconditions hold:
#
#  - transitions complete within the call (transition_delay_ms = 0).  Samba's
#    sequences need it: FailResource, OnlineResource, then OfflineResource
#    expects the resource online again, and OfflineGroup expects WERR_OK.
#    MS-CMRP lets a server complete either way (3.1.4.2.18, .19, .51: it MAY
#    answer ERROR_IO_PENDING and finish later); with cmrpd's default 50 ms,
#    OfflineResource meets an OnlinePending resource, which the spec says
#    MUST fail with ERROR_INVALID_STATE (3.1.4.2.19), and OfflineGroup answers
#    ERROR_IO_PENDING (both checked in tests/server/model_tests).
#  - node.PauseNode runs alone: node.ResumeNode, after it in the node tcase,
#    expects a running node (ERROR_CLUSTER_NODE_NOT_PAUSED); resuming the node
#    PauseNode paused succeeds (3.1.4.2.71).  That is checked too.
#  - node.EvictNode evicts the node smbtorture talks to, which then serves no
#    more (3.1.4.2.72: the evicted node cleans itself up): no other tcase may
#    come after it on that server.  That it refuses connections is checked.
#
# One line per check ("ok N - ..." / "not ok N - ..."), then
# "N passed, N failed, N skipped"; exit status 1 if anything failed.
#
# Run from the build directory (or set BUILDDIR):  tests/server/test_smbtorture_dangerous.sh
# Environment: BUILDDIR, CMRPD, SMBTORTURE.

set -u

script_dir=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/server/common.sh
. "$script_dir/common.sh"
# shellcheck source=tests/server/smbtorture_results.sh
. "$script_dir/smbtorture_results.sh"
SMBTORTURE=${SMBTORTURE:-$(command -v smbtorture || true)}
CONFIG=$top_srcdir/server/examples/two-node.conf
DANGEROUS="resource.FailResource resource.OfflineResource node.PauseNode node.EvictNode group.OfflineGroup"

finish() { echo "$passed passed, $failed failed, $skipped skipped"; [ $failed -eq 0 ]; exit $?; }

require_built server/cmrpd "$CMRPD"
if [ -z "$SMBTORTURE" ]; then
    skip "smbtorture rpc.clusapi dangerous tests" "smbtorture not found (samba-testsuite)"
    finish
fi

make_tmp test_smbtorture_dangerous

sed 's/^transition_delay_ms = .*/transition_delay_ms = 0/' "$CONFIG" > "$tmp/sync.conf"
if ! grep -q '^transition_delay_ms = 0$' "$tmp/sync.conf"; then
    fail "could not derive a transition_delay_ms = 0 configuration from $CONFIG"
    finish
fi

# start NAME: a throwaway cmrpd on a free port; sets server and port
start() {
    cmrpd_start "$tmp/$1" -- -c "$tmp/sync.conf" -p 0
    port=$(cmrpd_port "$tmp/$1")
    [ -n "$port" ] && return 0
    fail "$1: cmrpd did not start: $(cat "$tmp/$1.err")"
    return 1
}

stop() {
    kill "$server" 2>/dev/null
    wait "$server" 2>/dev/null
    server=""
}

# torture NAME ARGS...: smbtorture -X with ARGS against the server; its results in $tmp/NAME.results
torture() {
    name=$1; shift
    timeout 300 "$SMBTORTURE" "ncacn_ip_tcp:127.0.0.1[$port]" -U% -X "$@" > "$tmp/$name.torture" 2>&1
    smbtorture_results "$tmp/$name.torture" > "$tmp/$name.results"
    if [ ! -s "$tmp/$name.results" ]; then
        fail "$name: smbtorture gave no result: $(tail -3 "$tmp/$name.torture" | tr '\n' ' ')"
    fi
}

# report NAME: one check per test of a run
report() {
    while read -r result test refused why; do
        case $result in
        success) pass "$1: rpc.clusapi.$test" ;;
        skip) skip "$1: rpc.clusapi.$test" "$why" ;;
        *) fail "$1: rpc.clusapi.$test: $result: $why" ;;
        esac
    done < "$tmp/$1.results"
}

# The resource and group tcases whole, dangerous tests in Samba's order.
for tcase in resource group; do
    if start "$tcase"; then
        torture "$tcase" "rpc.clusapi.$tcase"
        report "$tcase"
        stop
    fi
done

# The node tcase but PauseNode: EvictNode and all_nodes after it.
if start node; then
    "$SMBTORTURE" --list rpc.clusapi 2> /dev/null | sed -n 's/^rpc\.clusapi\.\(node\.[A-Za-z_]*\)$/\1/p' \
        | grep -vx 'node.PauseNode' > "$tmp/node.list"
    if ! grep -qx 'node.EvictNode' "$tmp/node.list"; then
        fail "node: smbtorture --list rpc.clusapi has no node.EvictNode"
    else
        torture node --load-list="$tmp/node.list" rpc.clusapi.node
        report node
        torture after-evict rpc.clusapi.cluster.GetClusterName
        if grep -q 'NT_STATUS_CONNECTION_REFUSED' "$tmp/after-evict.torture"; then
            pass "node: the evicted node (the one smbtorture used) takes no connection any more"
        else
            fail "node: the evicted node still answers: $(head -1 "$tmp/after-evict.results")"
        fi
    fi
    stop
fi

# PauseNode alone; then ResumeNode finds the node paused and resumes it.
if start pause; then
    torture pause rpc.clusapi.node.PauseNode
    report pause
    torture resume rpc.clusapi.node.ResumeNode
    if grep -q 'was WERR_OK, expected WERR_CLUSTER_NODE_NOT_PAUSED' "$tmp/resume.torture"; then
        pass "pause: then ResumeNode resumes the paused node: ERROR_SUCCESS (smbtorture expects a running node)"
    else
        fail "pause: ResumeNode after PauseNode: $(head -1 "$tmp/resume.results")"
    fi
    stop
fi

ran=0 ok=0
for test in $DANGEROUS; do
    result=$(cat "$tmp"/resource.results "$tmp"/group.results "$tmp"/node.results "$tmp"/pause.results 2> /dev/null \
             | awk -v t="$test" '$2 == t { print $1 }')
    [ -n "$result" ] && ran=$((ran + 1))
    [ "$result" = success ] && ok=$((ok + 1))
done
echo "# smbtorture's dangerous tests: $ok of 5 passed ($ran ran)"
[ "$ran" -eq 5 ] || fail "not every dangerous test ran ($ran of 5)"
finish
