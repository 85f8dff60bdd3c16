#!/bin/sh
# Checks cmrpd, the simulated cluster, from the outside:
#  - its configuration parser (good file accepted, bad files refused with FILE:LINE);
#  - the cluster model's native unit tests (tests/server/model_tests), one line per area;
#  - over ncacn_ip_tcp and ncalrpc, with tests/server/cmrp_probe (names, versions,
#    handles, the ApiOpenClusterEx access matrix, SetClusterName, faults, and every
#    object family: nodes, groups, resources, types, networks, interfaces, group
#    sets, enumerations, pending states, dependencies, moves, access);
#  - with a read-only client_access;
#  - with the independent judge, the whole of smbtorture rpc.clusapi (72 tests), and
#    its dangerous tests on throwaway servers (test_smbtorture_dangerous.sh);
#  - with rpcclient's clusapi_* commands, through an endpoint mapper, inside a
#    private network namespace (when unshare -n works here);
#  - under valgrind (memcheck, leaks) for one smbtorture + probe run;
#  - clean shutdown on SIGTERM/SIGINT: status 0, socket and pid file gone.
# One line per check ("ok N - ..." / "not ok N - ...", skips as "ok N - ... # SKIP
# why"), then "N passed, N failed, N skipped"; exit status 1 if anything failed.
#
# Run from the build directory (or set BUILDDIR):  tests/server/test_cmrpd.sh
# Environment: BUILDDIR, CMRPD, CMRP_PROBE, MODEL_TESTS, SMBTORTURE, VALGRIND (a path, or "no"),
# and EXPECT_* to change what the example configuration is expected to say.

set -u

script_dir=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/server/common.sh
. "$script_dir/common.sh"
# shellcheck source=tests/server/smbtorture_results.sh
. "$script_dir/smbtorture_results.sh"
CMRP_PROBE=${CMRP_PROBE:-$BUILDDIR/tests/server/cmrp_probe}
SMBTORTURE=${SMBTORTURE:-$(command -v smbtorture || true)}
RPCCLIENT=${RPCCLIENT:-$(command -v rpcclient || true)}
SAMBA_PYTHON=${SAMBA_PYTHON:-/usr/bin/python3}     # a Python with python3-samba
VALGRIND=${VALGRIND:-$(command -v valgrind || echo no)}
CONFIG=$top_srcdir/server/examples/two-node.conf

# What server/examples/two-node.conf describes; set one wrongly to see the test fail.
EXPECT_CLUSTER=${EXPECT_CLUSTER:-FSCLUSTER}
EXPECT_NODE=${EXPECT_NODE:-node1}
EXPECT_OTHER_NODE=${EXPECT_OTHER_NODE:-node2}
EXPECT_VERSION=${EXPECT_VERSION:-10.0.20348}
EXPECT_HIGHEST=${EXPECT_HIGHEST:-0x000b0003}
EXPECT_LOWEST=${EXPECT_LOWEST:-0x000b0003}

# smbtorture rpc.clusapi tests that need opnums this endpoint does not serve
# yet (in older builds: the registry and control methods, ApiCreateGroupEnum).
# While the server answers them with nca_op_rng_error they are skipped; any
# other failure fails.
TORTURE_NOT_SERVED="cluster.ClusterControl
    resourcetype.all_resourcetypes node.NodeControl group.GroupControl group.all_groups
    registry.GetRootKey registry.CloseKey registry.EnumKey registry.QueryValue registry.all_keys"
# Tests of methods that need packet privacy, which cmrpd's unauthenticated
# binds never have: ApiSetServiceAccountPassword (108) answers
# ERROR_ACCESS_DENIED here and ERROR_CALL_NOT_IMPLEMENTED (what smbtorture
# expects) behind the Samba AD DC (tests/samba/test_samba_cluster.sh).  They
# are skipped when they fail with WERR_ACCESS_DENIED; any other failure fails.
TORTURE_NEED_PRIVACY="cluster.SetServiceAccountPassword"
TORTURE_TOTAL=72

forget_server() { servers=$(echo " $servers " | sed "s/ $1 / /; s/^ *//; s/ *\$//"); }

check() { # check DESCRIPTION COMMAND...: pass if the command succeeds
    description=$1; shift
    if "$@"; then pass "$description"; else fail "$description"; fi
}

require_built "server/cmrpd tests/server/cmrp_probe" "$CMRPD" "$CMRP_PROBE"
make_tmp test_cmrpd

# ---- the configuration parser ----

check_config() { "$CMRPD" -t -c "$1" > "$tmp/summary.out"; }
check "the example configuration is accepted (cmrpd -t)" check_config "$CONFIG"
sed 's/^/# /' "$tmp/summary.out"

# bad_config NAME EXPECTED-MESSAGE-PART CONTENT: cmrpd -t must exit 1 with the message
bad_config() {
    name=$1; expected=$2; shift 2
    printf '%s' "$1" > "$tmp/$name.conf"
    "$CMRPD" -t -c "$tmp/$name.conf" > /dev/null 2> "$tmp/$name.err"
    status=$?
    if [ $status -eq 1 ] && grep -qF -- "$expected" "$tmp/$name.err"; then
        pass "bad configuration refused: $name ($(cat "$tmp/$name.err"))"
    else
        fail "bad configuration refused: $name (status $status, wanted '$expected', got '$(cat "$tmp/$name.err")')"
    fi
}
good_cluster='[cluster]
name = C1
version = 10.0.1
highest_version = 1
lowest_version = 1
local_node = n1
'
bad_config unknown-key "unknown-key.conf:2: unknown key 'nmae'" '[cluster]
nmae = C1
'
bad_config missing-key "[cluster] lacks 'local_node'" '[cluster]
name = C1
version = 10.0.1
highest_version = 1
lowest_version = 1
[node n1]
'
bad_config duplicate-key "duplicate-key.conf:3: 'name' is set twice in [cluster]" '[cluster]
name = C1
name = C2
'
bad_config duplicate-node "duplicate-node.conf:8: node 'N1' is defined twice" "${good_cluster}[node n1]
[node N1]
"
bad_config bad-version "bad-version.conf:3: version '10.0' is not MAJOR.MINOR.BUILD" '[cluster]
name = C1
version = 10.0
'
bad_config big-number "big-number.conf:4: highest_version '0x100000000'" '[cluster]
name = C1
version = 1.2.3
highest_version = 0x100000000
'
bad_config no-node "no [node NAME] section" "$good_cluster"
bad_config unknown-local-node "unknown-local-node.conf:6: local_node 'n1' is not one of the [node] sections" \
    "${good_cluster}[node n2]
"
bad_config bad-state "bad-state.conf:8: node state 'sleeping'" "${good_cluster}[node n1]
state = sleeping
"
bad_config bad-name "bad-name.conf:2: cluster name 'my cluster'" '[cluster]
name = my cluster
'
bad_config outside-section "outside-section.conf:1: 'name' is outside any section" 'name = C1
'
bad_config unterminated-header "unterminated-header.conf:1: section header must end with ']'" '[cluster
'
bad_config empty-file "no [cluster] section" ''
bad_config not-utf8 "not-utf8.conf:2: line is not valid UTF-8" "$(printf '[cluster]\nname = \377\n')"
printf '[cluster]\nname = C\0001\n' > "$tmp/nul-byte.conf"
"$CMRPD" -t -c "$tmp/nul-byte.conf" > /dev/null 2> "$tmp/nul-byte.err"
check "a NUL byte in the file is an error, not a crash ($(cat "$tmp/nul-byte.err"))" \
    grep -qF "nul-byte.conf:2: NUL byte in line" "$tmp/nul-byte.err"
"$CMRPD" -t -c "$tmp/does-not-exist.conf" > /dev/null 2> "$tmp/missing.err"
check "a missing file is reported ($(cat "$tmp/missing.err"))" \
    grep -qF "does-not-exist.conf: No such file or directory" "$tmp/missing.err"

# ---- the model's unit tests (tests/server/model_tests), one check per area ----

MODEL_TESTS=${MODEL_TESTS:-$BUILDDIR/tests/server/model_tests}
if [ -x "$MODEL_TESTS" ]; then
    "$MODEL_TESTS" > "$tmp/model.out" 2>&1
    status=$?
    before=$failed
    # "PID:AREA: N tests executed (T marked as todo, F as flaky, X failures), S skipped."
    sed -n 's/^[0-9a-f]*:\([a-z_]*\): \([0-9]*\) tests executed ([0-9]* marked as todo, [0-9]* as flaky, \([0-9]*\) failures\{0,1\}), [0-9]* skipped\.$/\1 \2 \3/p' \
        "$tmp/model.out" > "$tmp/model.summary"
    while read -r area checks failures; do
        if [ "$failures" = 0 ]; then pass "model unit tests: $area ($checks checks)"
        else fail "model unit tests: $area ($failures of $checks checks failed)"; fi
    done < "$tmp/model.summary"
    grep -v 'tests executed' "$tmp/model.out" | sed 's/^/# /'
    # a crash must not look like success
    if [ $status -ne 0 ] && [ $failed -eq $before ]; then fail "model unit tests: exit status $status"; fi
    if [ ! -s "$tmp/model.summary" ]; then fail "model unit tests: no result from $MODEL_TESTS"; fi
else
    fail "model unit tests: $MODEL_TESTS is missing (make check-build)"
fi

# ---- servers ----

# start_cmrpd NAME CONFIG [WRAPPER...]: runs cmrpd in the foreground with a free
# TCP port and an ncalrpc directory; sets port and pid.
start_cmrpd() {
    name=$1; config=$2; shift 2
    cmrpd_start "$tmp/$name" "$@" -- -c "$config" -p 0 -s "$tmp/$name.ncalrpc" -d 1
    pid=$server server=
    servers="$servers $pid"
    port=$(cmrpd_port "$tmp/$name")
    if [ -s "$tmp/$name.pid" ] && [ -n "$port" ] && [ -S "$tmp/$name.ncalrpc/clusapi" ]; then
        pass "$name: cmrpd listens on port $port and $tmp/$name.ncalrpc/clusapi, pid file written"
        return 0
    fi
    fail "$name: cmrpd did not start: $(cat "$tmp/$name.err")"
    return 1
}

# stop_cmrpd NAME SIGNAL: the server must exit 0 and remove its socket and pid file
stop_cmrpd() {
    name=$1; signal=$2
    kill -"$signal" "$pid"
    wait "$pid"
    status=$?
    forget_server "$pid"
    if [ $status -eq 0 ] && [ ! -e "$tmp/$name.pid" ] && [ ! -e "$tmp/$name.ncalrpc/clusapi" ]; then
        pass "$name: SIG$signal stops cmrpd with status 0, socket and pid file removed"
    else
        fail "$name: after SIG$signal: status $status, files left: $(ls "$tmp/$name.pid" "$tmp/$name.ncalrpc/clusapi" 2>/dev/null)"
    fi
}

# probe LABEL BINDING [ARGS...]: runs cmrp_probe and renumbers its lines
probe() {
    label=$1; binding=$2; shift 2
    timeout 120 "$CMRP_PROBE" -L "$label" -b "$binding" -C "$EXPECT_CLUSTER" -N "$EXPECT_NODE" \
        -O "$EXPECT_OTHER_NODE" -V "$EXPECT_VERSION" -H "$EXPECT_HIGHEST" -W "$EXPECT_LOWEST" "$@" \
        > "$tmp/probe.out" 2>&1
    status=$?
    before=$failed
    while IFS= read -r line; do
        case $line in
        "ok - "*) pass "${line#ok - }" ;;
        "not ok - "*) fail "${line#not ok - }" ;;
        *) echo "$line" ;;
        esac
    done < "$tmp/probe.out"
    # a crash or hang must not look like success
    if [ $status -ne 0 ] && [ $failed -eq $before ]; then
        fail "$label: cmrp_probe exited with status $status"
    fi
}

# torture LABEL BINDING: the whole rpc.clusapi suite, one check per test
torture() {
    label=$1; binding=$2
    if [ -z "$SMBTORTURE" ]; then
        skip "$label: smbtorture rpc.clusapi" "smbtorture not found (samba-testsuite)"
        return
    fi
    timeout 900 "$SMBTORTURE" "$binding" -U% rpc.clusapi > "$tmp/torture.out" 2>&1
    smbtorture_results "$tmp/torture.out" > "$tmp/torture.results"
    while read -r result name refused why; do
        case $result in
        success) pass "$label: smbtorture rpc.clusapi.$name" ;;
        skip) skip "$label: smbtorture rpc.clusapi.$name" "$why" ;;
        *)
            if [ "$refused" = 1 ] && echo " $TORTURE_NOT_SERVED " | tr '\n' ' ' | grep -qF " $name "; then
                skip "$label: smbtorture rpc.clusapi.$name" "needs an opnum not served yet (nca_op_rng_error)"
            elif echo " $TORTURE_NEED_PRIVACY " | grep -qF " $name " && echo "$why" | grep -q 'was WERR_ACCESS_DENIED'; then
                skip "$label: smbtorture rpc.clusapi.$name" "needs packet privacy, which cmrpd lacks (ERROR_ACCESS_DENIED)"
            else
                fail "$label: smbtorture rpc.clusapi.$name: $result: $why"
            fi ;;
        esac
    done < "$tmp/torture.results"
    total=$(wc -l < "$tmp/torture.results")
    echo "# $label: smbtorture rpc.clusapi: $(grep -c '^success ' "$tmp/torture.results") success," \
        "$(grep -cE '^(failure|error) ' "$tmp/torture.results") failure," \
        "$(grep -c '^skip ' "$tmp/torture.results") skip, of $total"
    check "$label: smbtorture ran all $TORTURE_TOTAL rpc.clusapi tests (ran $total)" test "$total" -eq "$TORTURE_TOTAL"
}

if start_cmrpd main "$CONFIG"; then
    "$CMRPD" -c "$CONFIG" -s "$tmp/main.ncalrpc" -f > /dev/null 2> "$tmp/second.err"
    status=$?
    check "main: a second cmrpd on the same ncalrpc directory is refused (status $status: $(cat "$tmp/second.err"))" \
        test $status -eq 1 -a -S "$tmp/main.ncalrpc/clusapi"
    probe tcp "ncacn_ip_tcp:127.0.0.1[$port]"
    probe ncalrpc "ncalrpc:[clusapi]" -n "$tmp/main.ncalrpc"
    torture tcp "ncacn_ip_tcp:127.0.0.1[$port]"
    if [ -n "$SMBTORTURE" ]; then
        # NTLMSSP needs gensec, which a public-API host lacks: bind_nak
        timeout 60 "$SMBTORTURE" "ncacn_ip_tcp:127.0.0.1[$port,seal]" -U 'someone%secret' \
            rpc.clusapi.cluster.GetClusterName > "$tmp/auth.out" 2>&1
        check "tcp: an authenticated (NTLMSSP, seal) bind is refused" \
            grep -q "^error: cluster.GetClusterName" "$tmp/auth.out"
    fi
    check "main: cmrpd is still running after all of that" kill -0 "$pid"
    stop_cmrpd main TERM
fi

# a killed server leaves its socket behind; the next one must take its place
if start_cmrpd stale "$CONFIG"; then
    kill -KILL "$pid"
    wait "$pid" 2>/dev/null
    forget_server "$pid"
    rm -f "$tmp/stale.pid"
    check "stale: SIGKILL leaves the socket file behind" test -S "$tmp/stale.ncalrpc/clusapi"
    if start_cmrpd stale "$CONFIG"; then
        probe stale "ncalrpc:[clusapi]" -n "$tmp/stale.ncalrpc"
        stop_cmrpd stale TERM
    fi
fi

sed 's/^client_access = all$/client_access = read/' "$CONFIG" > "$tmp/read-only.conf"
if ! grep -q '^client_access = read$' "$tmp/read-only.conf"; then
    fail "read-only: could not derive a client_access = read configuration from $CONFIG"
elif start_cmrpd read-only "$tmp/read-only.conf"; then
    probe read-only "ncacn_ip_tcp:127.0.0.1[$port]" -r
    stop_cmrpd read-only INT
fi

# ---- smbtorture's dangerous tests, each on a throwaway cmrpd ----

dangerous() {
    CMRPD=$CMRPD SMBTORTURE=$SMBTORTURE timeout 900 sh "$script_dir/test_smbtorture_dangerous.sh" \
        > "$tmp/dangerous.out" 2>&1
    status=$?
    before=$failed
    while IFS= read -r line; do
        case $line in
        "ok "*" # SKIP "*) line=${line#ok * - }; skip "dangerous: ${line% \# SKIP *}" "${line#* \# SKIP }" ;;
        "ok "*) pass "dangerous: ${line#ok * - }" ;;
        "not ok "*) fail "dangerous: ${line#not ok * - }" ;;
        *" passed, "*" failed, "*) ;;
        *) echo "$line" ;;
        esac
    done < "$tmp/dangerous.out"
    # a crash or hang must not look like success
    if [ $status -ne 0 ] && [ $failed -eq $before ]; then
        fail "dangerous: test_smbtorture_dangerous.sh exited with status $status"
    fi
}
if [ -n "$SMBTORTURE" ]; then dangerous
else skip "smbtorture rpc.clusapi dangerous tests" "smbtorture not found (samba-testsuite)"; fi

# ---- rpcclient, through an endpoint mapper ----
# rpcclient ignores the port of ncacn_ip_tcp bindings and asks the endpoint
# mapper on TCP 135 (samba-api.md 3.3).  In a private network namespace
# (unshare -n; -rn as a normal user) a fresh cmrpd and tests/server/epmapper.py
# answer on 127.0.0.1, touching nothing on the host.  Each command's output
# goes to a file, checked outside.

# COMMAND|EXIT|TEXT: what each of rpcclient's 13 clusapi commands must give.
# shellcheck source=tests/server/rpcclient_commands.sh
. "$script_dir/rpcclient_commands.sh"
RPCCLIENT_COMMANDS=$(rpcclient_commands "$EXPECT_CLUSTER" "$EXPECT_OTHER_NODE")

# run in the namespace: $1 cmrpd, $2 config, $3 output dir, $4 python, $5 epmapper.py, $6 rpcclient
netns_script='
ip link set lo up || exit 3
"$1" -c "$2" -p 0 -P "$3/netns.pid" -f > "$3/netns.out" 2> "$3/netns.err" &
server=$!
waited=0
while [ ! -s "$3/netns.pid" ] && [ $waited -lt 100 ]; do sleep 0.1; waited=$((waited + 1)); done
port=$(sed -n "s/^cmrpd: listening on ncacn_ip_tcp:127\.0\.0\.1\[\([0-9]*\)\]\$/\1/p" "$3/netns.out")
"$4" "$5" "$port" > "$3/epmapper.out" 2>&1 &
mapper=$!
waited=0
while ! grep -q listening "$3/epmapper.out" && [ $waited -lt 100 ]; do sleep 0.1; waited=$((waited + 1)); done
n=0
while IFS="|" read -r command status text; do
    n=$((n + 1))
    timeout 30 "$6" -U% -c "$command" ncacn_ip_tcp:127.0.0.1 > "$3/rpcclient.$n.out" 2>&1
    echo $? > "$3/rpcclient.$n.status"
done < "$3/rpcclient.commands"
kill $mapper $server
wait $server
'

if [ -z "$RPCCLIENT" ]; then
    skip "rpcclient: clusapi commands" "rpcclient not found (smbclient)"
elif ! "$SAMBA_PYTHON" -c 'import samba.dcerpc.epmapper' 2> /dev/null; then
    skip "rpcclient: clusapi commands" "$SAMBA_PYTHON cannot import samba (python3-samba) for the endpoint mapper"
else
    unshare=""
    if unshare -n true 2> /dev/null; then unshare="unshare -n"
    elif unshare -rn true 2> /dev/null; then unshare="unshare -rn"; fi
    if [ -z "$unshare" ]; then
        skip "rpcclient: clusapi commands" "no private network namespace here (unshare -n) for an endpoint mapper on port 135"
    else
        mkdir -p "$tmp/netns"
        echo "$RPCCLIENT_COMMANDS" > "$tmp/netns/rpcclient.commands"
        $unshare sh -c "$netns_script" sh "$CMRPD" "$CONFIG" "$tmp/netns" "$SAMBA_PYTHON" \
            "$script_dir/epmapper.py" "$RPCCLIENT" > "$tmp/netns/run.out" 2>&1
        n=0
        while IFS="|" read -r command status text; do
            n=$((n + 1))
            got=$(cat "$tmp/netns/rpcclient.$n.status" 2> /dev/null)
            if [ "$got" = "$status" ] && grep -qF -- "$text" "$tmp/netns/rpcclient.$n.out"; then
                pass "rpcclient (endpoint mapper, $unshare): $command: exit $status, '$text'"
            else
                fail "rpcclient (endpoint mapper, $unshare): $command: exit ${got:-none}," \
                    "$(tr '\n' ' ' < "$tmp/netns/rpcclient.$n.out" 2> /dev/null) $(tr '\n' ' ' < "$tmp/netns/run.out")"
            fi
        done < "$tmp/netns/rpcclient.commands"
    fi
fi

# ---- valgrind ----

if [ "$VALGRIND" = no ]; then
    echo "# valgrind not found or VALGRIND=no: skipping the memory check"
elif start_cmrpd valgrind "$CONFIG" "$VALGRIND" --quiet --leak-check=full --show-leak-kinds=definite \
        --errors-for-leak-kinds=definite \
        --error-exitcode=99 --log-file="$tmp/valgrind.log"; then
    torture valgrind "ncacn_ip_tcp:127.0.0.1[$port]"
    probe valgrind "ncacn_ip_tcp:127.0.0.1[$port]"
    stop_cmrpd valgrind TERM
    if [ -s "$tmp/valgrind.log" ]; then
        fail "valgrind: no invalid accesses and no definite leaks"
        sed 's/^/# /' "$tmp/valgrind.log"
    else
        pass "valgrind: no invalid accesses and no definite leaks"
    fi
fi

echo "$passed passed, $failed failed, $skipped skipped"
[ $failed -eq 0 ]
