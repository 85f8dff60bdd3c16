#!/bin/bash
# Checks the simulated cluster hosted by a Samba AD DC (server/samba/clusapi.so,
# started by tools/samba-cluster) with independent clients:
#  - rpcclient, NTLMSSP + packet privacy, the port from the DC's epmapper;
#  - packet privacy is required: [sign], anonymous, ncalrpc without [seal] and a
#    wrong password are refused, never downgraded;
#  - SPNEGO; Kerberos (kinit with the DC's krb5.conf, the SPN
#    MSServerClusterMgmtAPI/<DC host>), also from a password alone; ncalrpc;
#  - rpcclient's 13 clusapi_* commands over [seal];
#  - the whole smbtorture rpc.clusapi suite (72 tests) with [seal] and NTLM
#    credentials: each test passes or is a known failure with its reason;
#    captured by tshark and decrypted with the password (CLUSAPI frames,
#    malformed ones);
#  - the DC (and so the module) runs under valgrind: no invalid access, no
#    definite leak (Samba's own per-process allocations suppressed by
#    tests/samba/samba-dc.supp);
#  - several nodes: node2 answers on 127.0.0.2; `samba-cluster node node2
#    down` drops a connection held to it and refuses new ones, `up` undoes it;
#    ApiEvictNode node2 does the same for good;
#  - the module directory stays private (nothing under Samba's MODULESDIR), the
#    password file is 0600 and the password appears in no log;
#  - timings: connect + bind + ApiOpenCluster, NTLM seal here vs the
#    standalone cmrpd (reported, not asserted).
# One line per check ("ok N - ...", "not ok N - ...", "ok N - ... # SKIP why"),
# then "N passed, N failed, N skipped"; exit status 1 if anything failed.
# When this machine cannot run the DC (packages missing, not root, ports
# 135/88/464 taken), everything is skipped and the exit status is 0.
#
# Run from the build directory (or set BUILDDIR) after `make check-build`:
#   tests/samba/test_samba_cluster.sh
# Environment: BUILDDIR, CMRP_CONNECT, CMRPD, SAMBA_CLUSTER_MODULE, SMBTORTURE,
# TSHARK and VALGRIND (a path, or "no"; without valgrind the timings are
# measured instead), SAMBA_CLUSTER_TEST_DIR (the DC's state directory;
# kept between runs so that only the first run provisions), and
# EXPECT_CLUSTER / EXPECT_NODE to change what the example configuration is
# expected to say (set one wrongly to see the test fail).

set -u

script_dir=$(cd "$(dirname "$0")" && pwd)
top_srcdir=${top_srcdir:-$(cd "$script_dir/../.." && pwd)}
if [ -z "${BUILDDIR:-}" ] && [ -n "${CMRP_CONNECT:-}" ]; then BUILDDIR=$(dirname "$(dirname "$(dirname "$CMRP_CONNECT")")"); fi
BUILDDIR=$(cd "${BUILDDIR:-.}" && pwd)
CMRP_CONNECT=${CMRP_CONNECT:-$BUILDDIR/tests/samba/cmrp_connect}
CMRPD=${CMRPD:-$BUILDDIR/server/cmrpd}
SAMBA_CLUSTER_MODULE=${SAMBA_CLUSTER_MODULE:-$BUILDDIR/server/samba/clusapi.so}
SMBTORTURE=${SMBTORTURE:-$(command -v smbtorture || true)}
TSHARK=${TSHARK:-$(command -v tshark || echo no)}
VALGRIND=${VALGRIND:-$(command -v valgrind || echo no)}
SAMBA_CLUSTER=$top_srcdir/tools/samba-cluster
CONFIG=$top_srcdir/server/examples/two-node.conf
DC_DIR=${SAMBA_CLUSTER_TEST_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/wine-clusapi/samba-dc-test}

EXPECT_CLUSTER=${EXPECT_CLUSTER:-FSCLUSTER}
EXPECT_NODE=${EXPECT_NODE:-node1}
EXPECT_OTHER_NODE=${EXPECT_OTHER_NODE:-node2}

# smbtorture rpc.clusapi: every one of its tests must pass but these known
# failures, NAME|PATTERN|REASON: the test is counted as a known failure only
# when its output matches PATTERN (grep -E), else it fails.
TORTURE_TOTAL=72
TORTURE_KNOWN_FAILURES="cluster.CreateGroupEnum|PROCNUM_OUT_OF_RANGE|ApiCreateGroupEnum (opnum 143) is not in this tree's codec: nca_op_rng_error"

# shellcheck source=tests/server/smbtorture_results.sh
. "$script_dir/../server/smbtorture_results.sh"
# shellcheck source=tests/server/rpcclient_commands.sh
. "$script_dir/../server/rpcclient_commands.sh"

passed=0 failed=0 skipped=0 number=0
pass() { number=$((number + 1)); passed=$((passed + 1)); echo "ok $number - $*"; }
fail() { number=$((number + 1)); failed=$((failed + 1)); echo "not ok $number - $*"; }
skip() { number=$((number + 1)); skipped=$((skipped + 1)); echo "ok $number - $1 # SKIP $2"; }
diag() { sed 's/^/# /'; }
finish()
{
    echo "$passed passed, $failed failed, $skipped skipped"
    [ "$failed" = 0 ]
    exit
}

for program in "$CMRP_CONNECT" "$CMRPD"; do
    if [ ! -x "$program" ]; then
        echo "missing $program: build it first (make check-build)" >&2
        exit 2
    fi
done
if [ ! -f "$SAMBA_CLUSTER_MODULE" ]; then
    echo "missing $SAMBA_CLUSTER_MODULE: build it first (make server/samba/clusapi.so)" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/test_samba_cluster.XXXXXX")
wrapper=()
if [ "$VALGRIND" != no ] && [ -x "$VALGRIND" ]; then
    # The whole DC under valgrind: the module runs inside it.
    wrapper=(--wrapper "$VALGRIND --log-file=$tmp/valgrind.%p.log --suppressions=$script_dir/samba-dc.supp
        --child-silent-after-fork=yes --leak-check=full --show-leak-kinds=definite
        --errors-for-leak-kinds=definite --num-callers=40")
fi
dc_started=0 cmrpd_pid='' tshark_pid=''
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup()
{
    [ -n "$tshark_pid" ] && kill "$tshark_pid" 2>/dev/null
    [ -n "$cmrpd_pid" ] && kill "$cmrpd_pid" 2>/dev/null
    [ "$dc_started" = 1 ] && "$SAMBA_CLUSTER" stop --dir "$DC_DIR" > /dev/null 2>&1
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# ---- the DC ----

"$SAMBA_CLUSTER" stop --dir "$DC_DIR" > /dev/null 2>&1   # a DC left running would not be ours to check
"$SAMBA_CLUSTER" start --quiet --dir "$DC_DIR" --config "$CONFIG" --module "$SAMBA_CLUSTER_MODULE" \
    "${wrapper[@]}" > "$tmp/start.out" 2>&1
status=$?
if [ "$status" = 77 ]; then
    skip "the Samba AD DC with the clusapi module starts" "$(grep -m1 'cannot run' "$tmp/start.out")"
    finish
elif [ "$status" != 0 ]; then
    fail "the Samba AD DC with the clusapi module starts (tools/samba-cluster start: status $status)"
    diag < "$tmp/start.out"
    finish
fi
dc_started=1
pass "the Samba AD DC with the clusapi module starts (tools/samba-cluster start${wrapper:+, under valgrind})"

"$SAMBA_CLUSTER" status --dir "$DC_DIR" --env > "$tmp/status.env" || true
# shellcheck disable=SC1091 # written just above
. "$tmp/status.env"
PORT=${SAMBA_CLUSTER_PORT:-}
check_port() { case "$PORT" in [1-9]*) return 0 ;; *) return 1 ;; esac; }
if check_port; then pass "the DC's epmapper hands out clusapi's TCP port ($PORT)"
else fail "the DC's epmapper hands out clusapi's TCP port (got '$PORT')"; fi

PASSWORD=$(cat "$SAMBA_CLUSTER_PASSWORD_FILE")
USER_SPEC="$SAMBA_CLUSTER_DOMAIN\\$SAMBA_CLUSTER_USER"
CLIENTCONF=$SAMBA_CLUSTER_CLIENT_CONF
AUTHFILE=$SAMBA_CLUSTER_AUTHFILE
NCALRPC_OPT="ncalrpc dir=$SAMBA_CLUSTER_NCALRPC_DIR"
# What every client output is filtered through before it is shown.
hide() { sed "s/$PASSWORD/(password)/g"; }

# ---- rpcclient: NTLMSSP + privacy through the epmapper; refusals ----

rpcclient -s "$CLIENTCONF" -A "$AUTHFILE" -c clusapi_get_cluster_name 'ncacn_ip_tcp:127.0.0.1[seal]' \
    > "$tmp/rpcclient.out" 2>&1
if grep -qx "ClusterName: $EXPECT_CLUSTER" "$tmp/rpcclient.out" && grep -qx "NodeName: $EXPECT_NODE" "$tmp/rpcclient.out"; then
    pass "rpcclient -c clusapi_get_cluster_name 'ncacn_ip_tcp:127.0.0.1[seal]' (NTLMSSP, port via the epmapper): $EXPECT_CLUSTER/$EXPECT_NODE"
else
    fail "rpcclient -c clusapi_get_cluster_name 'ncacn_ip_tcp:127.0.0.1[seal]' answers $EXPECT_CLUSTER/$EXPECT_NODE"
    hide < "$tmp/rpcclient.out" | diag
fi

# rpcclient's 13 clusapi_* commands (tests/server/rpcclient_commands.sh), sealed
n=0
while IFS='|' read -r command want_status text; do
    n=$((n + 1))
    # shellcheck disable=SC2086 # the command's argument is split on purpose
    timeout 120 rpcclient -s "$CLIENTCONF" -A "$AUTHFILE" -c "$command" 'ncacn_ip_tcp:127.0.0.1[seal]' \
        > "$tmp/rpcclient.$n.out" 2>&1
    got=$?
    if [ "$got" = "$want_status" ] && grep -qF -- "$text" "$tmp/rpcclient.$n.out"; then
        pass "rpcclient [seal]: $command: exit $want_status, '$text'"
    else
        fail "rpcclient [seal]: $command: exit $got, expected $want_status and '$text'"
        hide < "$tmp/rpcclient.$n.out" | diag
    fi
done <<END
$(rpcclient_commands "$EXPECT_CLUSTER" "$EXPECT_OTHER_NODE")
END

# refused RPCCLIENT-ARGS...: the call must fail with access denied, no names
refused_rpcclient()
{
    local description=$1; shift
    rpcclient -s "$CLIENTCONF" "$@" -c clusapi_get_cluster_name > "$tmp/refused.out" 2>&1
    local status=$?
    if [ "$status" != 0 ] && grep -q 'ACCESS_DENIED' "$tmp/refused.out" && ! grep -q '^ClusterName:' "$tmp/refused.out"; then
        pass "$description: refused (access denied)"
    else
        fail "$description: refused (status $status)"
        hide < "$tmp/refused.out" | diag
    fi
}
refused_rpcclient "rpcclient [sign] with the Administrator's password (integrity only)" \
    -A "$AUTHFILE" 'ncacn_ip_tcp:127.0.0.1[sign]'
refused_rpcclient "rpcclient anonymous (-U%)" -U% 'ncacn_ip_tcp:127.0.0.1'

# ---- cmrp_connect: the auth type and level each bind got ----

# connect_ok DESCRIPTION AUTH_TYPE CMRP_CONNECT-ARGS...
connect_ok()
{
    local description=$1 auth_type=$2; shift 2
    "$CMRP_CONNECT" "$@" > "$tmp/connect.out" 2>&1
    local status=$?
    if [ "$status" = 0 ] && grep -q "auth_type=$auth_type auth_level=6\$" "$tmp/connect.out" \
        && grep -qx "ApiGetClusterName: cluster $EXPECT_CLUSTER node $EXPECT_NODE" "$tmp/connect.out"; then
        pass "$description: auth_type $auth_type, level 6 (privacy)"
    else
        fail "$description: auth_type $auth_type, level 6, $EXPECT_CLUSTER/$EXPECT_NODE (status $status)"
        hide < "$tmp/connect.out" | diag
    fi
}
# connect_refused DESCRIPTION CMRP_CONNECT-ARGS...: no answer, whatever the bind got
connect_refused()
{
    local description=$1; shift
    "$CMRP_CONNECT" "$@" > "$tmp/connect.out" 2>&1
    local status=$?
    if [ "$status" = 1 ] && grep -q '^error: ' "$tmp/connect.out" && ! grep -q '^ApiGetClusterName: cluster' "$tmp/connect.out"; then
        pass "$description: refused ($(sed -n 's/^error: //p' "$tmp/connect.out" | head -1))"
    else
        fail "$description: refused (status $status)"
        hide < "$tmp/connect.out" | diag
    fi
}

connect_ok "NTLMSSP [seal,ntlm] via the epmapper" 10 -b 'ncacn_ip_tcp:127.0.0.1[seal,ntlm]' -A "$AUTHFILE"
connect_ok "SPNEGO [seal,spnego] on port $PORT" 9 -b "ncacn_ip_tcp:127.0.0.1[$PORT,seal,spnego]" -A "$AUTHFILE"
connect_refused "NTLMSSP [sign,ntlm] (integrity only)" -b 'ncacn_ip_tcp:127.0.0.1[sign,ntlm]' -A "$AUTHFILE"
connect_refused "SPNEGO [sign,spnego] (integrity only)" -b 'ncacn_ip_tcp:127.0.0.1[sign,spnego]' -A "$AUTHFILE"
connect_refused "anonymous bind" -b 'ncacn_ip_tcp:127.0.0.1'
connect_refused "NTLMSSP [seal,ntlm] with a wrong password" -b 'ncacn_ip_tcp:127.0.0.1[seal,ntlm]' \
    -U "$USER_SPEC%not-the-password-1A"
connect_ok "ncalrpc:[clusapi,seal] (SPNEGO)" 9 -b 'ncalrpc:[clusapi,seal]' -A "$AUTHFILE" -o "$NCALRPC_OPT"
connect_refused "ncalrpc:[clusapi] anonymous" -b 'ncalrpc:[clusapi]' -o "$NCALRPC_OPT"

# ---- Kerberos ----

export KRB5_CONFIG=$SAMBA_CLUSTER_KRB5_CONFIG
export KRB5CCNAME=FILE:$tmp/krb5cc
KRB_BINDING="ncacn_ip_tcp:127.0.0.1[seal,krb5,target_hostname=$SAMBA_CLUSTER_DC_HOST]"
connect_ok "Kerberos from the password alone, SPN $SAMBA_CLUSTER_SPN" 16 -b "$KRB_BINDING" -A "$AUTHFILE" \
    -k yes -o "realm=$SAMBA_CLUSTER_REALM"
if command -v kinit > /dev/null; then
    if printf '%s\n' "$PASSWORD" | kinit "$SAMBA_CLUSTER_USER@$SAMBA_CLUSTER_REALM" > "$tmp/kinit.out" 2>&1; then
        pass "kinit $SAMBA_CLUSTER_USER@$SAMBA_CLUSTER_REALM against the DC's KDC (KRB5_CONFIG=$KRB5_CONFIG)"
        rpcclient -s "$CLIENTCONF" --use-kerberos=required --use-krb5-ccache="$KRB5CCNAME" \
            -c clusapi_get_cluster_name "$KRB_BINDING" > "$tmp/rpcclient-krb5.out" 2>&1
        if grep -qx "ClusterName: $EXPECT_CLUSTER" "$tmp/rpcclient-krb5.out" \
            && klist 2>/dev/null | grep -qi "$SAMBA_CLUSTER_SPN@$SAMBA_CLUSTER_REALM"; then
            pass "rpcclient with the kinit ticket ([seal,krb5]): $EXPECT_CLUSTER, service ticket for $SAMBA_CLUSTER_SPN in the cache"
        else
            fail "rpcclient with the kinit ticket ([seal,krb5]) answers $EXPECT_CLUSTER with a ticket for $SAMBA_CLUSTER_SPN"
            { cat "$tmp/rpcclient-krb5.out"; klist 2>&1; } | hide | diag
        fi
        connect_ok "cmrp_connect with the kinit ticket" 16 -b "$KRB_BINDING" -K "$KRB5CCNAME" \
            -o "realm=$SAMBA_CLUSTER_REALM"
        connect_refused "Kerberos [sign,krb5] (integrity only)" \
            -b "ncacn_ip_tcp:127.0.0.1[sign,krb5,target_hostname=$SAMBA_CLUSTER_DC_HOST]" -K "$KRB5CCNAME" \
            -o "realm=$SAMBA_CLUSTER_REALM"
    else
        fail "kinit $SAMBA_CLUSTER_USER@$SAMBA_CLUSTER_REALM against the DC's KDC"
        hide < "$tmp/kinit.out" | diag
    fi
else
    skip "kinit against the DC's KDC" "kinit not found (Debian package krb5-user)"
fi
unset KRB5CCNAME KRB5_CONFIG

# ---- smbtorture rpc.clusapi, [seal] + NTLM credentials, under tshark ----

capture=no
if [ "$TSHARK" != no ] && [ -x "$TSHARK" ]; then
    "$TSHARK" -q -i lo -f "tcp port 135 or tcp port $PORT" -w "$tmp/torture.pcapng" > "$tmp/tshark.out" 2>&1 &
    tshark_pid=$!
    for _ in $(seq 100); do
        grep -q 'Capturing on' "$tmp/tshark.out" 2>/dev/null && break
        kill -0 "$tshark_pid" 2>/dev/null || break
        sleep 0.1
    done
    if grep -q 'Capturing on' "$tmp/tshark.out"; then capture=yes; sleep 0.5; fi
fi

if [ -z "$SMBTORTURE" ]; then
    skip "smbtorture rpc.clusapi against the DC" "smbtorture not found (Debian package samba-testsuite)"
else
    # NTLMSSP inside SPNEGO (no Kerberos), so that tshark can decrypt with the password
    timeout 1800 "$SMBTORTURE" -s "$CLIENTCONF" -A "$AUTHFILE" --use-kerberos=off 'ncacn_ip_tcp:127.0.0.1[seal]' \
        rpc.clusapi > "$tmp/torture.out" 2>&1
    smbtorture_results "$tmp/torture.out" > "$tmp/torture.results"
    known=0
    while read -r result name _ why; do
        case $result in
        success) pass "smbtorture rpc.clusapi.$name over [seal]" ;;
        skip) skip "smbtorture rpc.clusapi.$name over [seal]" "smbtorture skipped it: $why" ;;
        *)
            entry=$(printf '%s\n' "$TORTURE_KNOWN_FAILURES" | grep -F "$name|" | head -1)
            pattern=$(echo "$entry" | cut -d'|' -f2)
            # the known symptom must be in the test's reason (smbtorture_results)
            if [ -n "$entry" ] && echo "$why" | grep -qE "$pattern"; then
                known=$((known + 1))
                skip "smbtorture rpc.clusapi.$name over [seal]" "known failure: $(echo "$entry" | cut -d'|' -f3-)"
            else
                fail "smbtorture rpc.clusapi.$name over [seal]: $result: $(echo "$why" | hide)"
            fi ;;
        esac
    done < "$tmp/torture.results"
    t_total=$(wc -l < "$tmp/torture.results")
    t_success=$(grep -c '^success ' "$tmp/torture.results")
    echo "# smbtorture rpc.clusapi [seal], NTLM credentials: $t_success success," \
         "$(grep -cE '^(failure|error) ' "$tmp/torture.results") failure ($known known)," \
         "$(grep -c '^skip ' "$tmp/torture.results") skip, of $t_total"
    if [ "$t_total" -eq "$TORTURE_TOTAL" ]; then pass "smbtorture ran all $TORTURE_TOTAL rpc.clusapi tests"
    else fail "smbtorture ran all $TORTURE_TOTAL rpc.clusapi tests (ran $t_total): $(tail -3 "$tmp/torture.out" | tr '\n' ' ' | hide)"; fi
fi

rpcclient -s "$CLIENTCONF" -A "$AUTHFILE" -c clusapi_get_cluster_name 'ncacn_ip_tcp:127.0.0.1[seal]' > "$tmp/after.out" 2>&1
if grep -qx "ClusterName: $EXPECT_CLUSTER" "$tmp/after.out"; then pass "the DC still answers after smbtorture"
else fail "the DC still answers after smbtorture"; hide < "$tmp/after.out" | diag; fi

if [ -n "$tshark_pid" ]; then
    sleep 0.5; kill -INT "$tshark_pid" 2>/dev/null; wait "$tshark_pid" 2>/dev/null; tshark_pid=
fi

# ---- several nodes: node2 on its own address, crashed and back (admin socket), evicted ----

# NODE-NAME the DC answers as on ADDRESS ("" if the call fails: $tmp/node.out)
node_at()
{
    rpcclient -s "$CLIENTCONF" -A "$AUTHFILE" -c clusapi_get_cluster_name "ncacn_ip_tcp:$1[seal]" > "$tmp/node.out" 2>&1
    sed -n 's/^NodeName: //p' "$tmp/node.out"
}
node2_address=$(for item in ${SAMBA_CLUSTER_NODES:-}; do case $item in node2=*) echo "${item#*=}" ;; esac; done)
# A connection to node2 calling ApiGetClusterName in a loop (held_pid), once the DC counts it.
hold_node2()
{
    "$CMRP_CONNECT" -b "ncacn_ip_tcp:$node2_address[seal,ntlm]" -A "$AUTHFILE" -c 10000000 > "$tmp/held.out" 2>&1 &
    held_pid=$!
    for _ in $(seq 300); do
        "$SAMBA_CLUSTER" node node2 status --dir "$DC_DIR" 2>/dev/null | grep -q ', [1-9][0-9]* connections\?$' && break
        sleep 0.1
    done
}
# A new bind on node2's address is refused (the connection drops), 127.0.0.1 still answers: WHEN.
check_node2_refused()
{
    got=$(node_at "$node2_address")
    if [ -z "$got" ] && grep -q 'NT_STATUS_CONNECTION_DISCONNECTED' "$tmp/node.out"; then
        pass "a new bind on $node2_address is refused $1 (the connection drops)"
    else fail "a new bind on $node2_address is refused $1 (got '$got')"; hide < "$tmp/node.out" | diag; fi
    got=$(node_at 127.0.0.1)
    if [ "$got" = "$EXPECT_NODE" ]; then pass "127.0.0.1 still answers as $EXPECT_NODE $1"
    else fail "127.0.0.1 still answers as $EXPECT_NODE $1 (got '$got')"; hide < "$tmp/node.out" | diag; fi
}
# The held connection ended with an error within 30 s, after WHAT happened.
check_held_dropped()
{
    for _ in $(seq 300); do kill -0 "$held_pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$held_pid" 2>/dev/null; then
        kill "$held_pid" 2>/dev/null
        fail "the connection held to node2 is dropped when $1 (still calling 30 s later)"
    elif grep -q '^error: ' "$tmp/held.out"; then
        pass "the connection held to node2 is dropped when $1 ($(grep -m1 '^error: ' "$tmp/held.out"))"
    else
        fail "the connection held to node2 is dropped when $1"; hide < "$tmp/held.out" | diag
    fi
    wait "$held_pid" 2>/dev/null
}
if [ -z "$node2_address" ]; then
    skip "node2 answers on its own address" "tools/samba-cluster gave no node2 address (SAMBA_CLUSTER_NODES='${SAMBA_CLUSTER_NODES:-}')"
else
    got=$(node_at "$node2_address")
    if [ "$got" = node2 ]; then pass "the DC answers as node2 on $node2_address (and as $EXPECT_NODE on 127.0.0.1)"
    else fail "the DC answers as node2 on $node2_address (got '$got')"; hide < "$tmp/node.out" | diag; fi

    # A connection held open across the crash: ApiGetClusterName in a loop.
    hold_node2
    "$SAMBA_CLUSTER" node node2 down --dir "$DC_DIR" > "$tmp/down.out" 2>&1
    if grep -qx "node2 down $node2_address (refused), 0 connections" "$tmp/down.out"; then
        pass "samba-cluster node node2 down: node2 Down, its address refused, no connection left"
    else
        fail "samba-cluster node node2 down: node2 Down, its address refused, no connection left"; diag < "$tmp/down.out"
    fi
    check_held_dropped "node2 goes down"
    check_node2_refused "while node2 is down"
    "$SAMBA_CLUSTER" node node2 up --dir "$DC_DIR" > "$tmp/up.out" 2>&1
    got=$(node_at "$node2_address")
    if grep -q "^node2 up $node2_address," "$tmp/up.out" && [ "$got" = node2 ]; then
        pass "samba-cluster node node2 up: $node2_address answers as node2 again"
    else fail "samba-cluster node node2 up: $node2_address answers as node2 again (got '$got')"; diag < "$tmp/up.out"; fi

    # Evicted (ApiEvictNode, asked of node1): node2 is no ClusAPI server any
    # more (MS-CMRP 3.1.4.2.72) - its connections drop, new binds are refused.
    # Last of the node2 checks: an eviction is for good.
    hold_node2
    "$CMRP_CONNECT" -b "ncacn_ip_tcp:127.0.0.1[seal,ntlm]" -A "$AUTHFILE" -e node2 > "$tmp/evict.out" 2>&1
    if grep -qx "ApiEvictNode node2: result 0" "$tmp/evict.out"; then pass "ApiEvictNode node2 through node1: evicted"
    else fail "ApiEvictNode node2 through node1: evicted"; hide < "$tmp/evict.out" | diag; fi
    check_held_dropped "node2 is evicted"
    check_node2_refused "once node2 is evicted"
fi
if [ "$capture" != yes ] || [ ! -s "$tmp/torture.pcapng" ] || [ -z "$SMBTORTURE" ]; then
    skip "tshark decodes the sealed smbtorture traffic" "no capture (tshark missing or not permitted on lo)"
else
    decode=(-r "$tmp/torture.pcapng" -d "tcp.port==$PORT,dcerpc")
    decrypt=(-o "ntlmssp.nt_password:$PASSWORD")
    plain_malformed=$("$TSHARK" "${decode[@]}" -Y '_ws.malformed' 2>/dev/null | wc -l)
    if [ "$plain_malformed" = 0 ]; then pass "tshark: 0 malformed frames without decryption (DCE/RPC headers, auth trailers)"
    else fail "tshark: $plain_malformed malformed frames without decryption"; fi

    # Our own decryption (decrypt_ntlm_seal.py): every sealed PDU must decrypt
    # and verify with the password; Wireshark's CLUSAPI dissector then judges
    # the unsealed stubs: 0 malformed frames.
    if command -v python3 > /dev/null; then
        python3 "$script_dir/decrypt_ntlm_seal.py" "$tmp/torture.pcapng" "$PORT" "$SAMBA_CLUSTER_PASSWORD_FILE" \
            "$tmp/unsealed.pcap" \
            > "$tmp/unseal.out" 2>&1
        unseal_status=$?
        unsealed_total=$(sed -n 's/^total: //p' "$tmp/unseal.out")
        if [ "$unseal_status" = 0 ]; then pass "every sealed PDU of the run decrypts and its NTLMSSP signature verifies: $unsealed_total"
        else fail "every sealed PDU decrypts and verifies: ${unsealed_total:-$(tail -2 "$tmp/unseal.out" | hide)}"; fi
        unsealed=(-r "$tmp/unsealed.pcap" -d "tcp.port==$PORT,dcerpc")
        frames=$("$TSHARK" "${unsealed[@]}" -Y clusapi 2>/dev/null | wc -l)
        malformed=$("$TSHARK" "${unsealed[@]}" -Y 'clusapi && _ws.malformed' 2>/dev/null | wc -l)
        warnings=$("$TSHARK" "${unsealed[@]}" -Y 'clusapi && _ws.expert.severity >= warning' -T fields \
            -e frame.number -e _ws.col.Info 2>/dev/null)
        echo "# tshark $("$TSHARK" --version | head -1 | sed 's/^TShark (Wireshark) //'), decrypted by decrypt_ntlm_seal.py:" \
             "$frames CLUSAPI frames, $malformed malformed, $(printf '%s' "$warnings" | grep -c .) with a dissector warning"
        [ -n "$warnings" ] && printf '%s\n' "$warnings" | head -5 | diag
        if [ "$frames" -gt 0 ] && [ "$malformed" = 0 ]; then
            pass "tshark: the decrypted smbtorture run is $frames CLUSAPI frames, 0 malformed"
        else
            fail "tshark: the decrypted smbtorture run: $frames CLUSAPI frames, $malformed malformed"
        fi
    else
        skip "our own decryption of the sealed run" "python3 not found"
    fi

    # Wireshark's own decryption, reported: a known Wireshark 4.0 artefact
    # (server/samba/README.md, "tshark"): once a sealed request with an empty
    # stub (alloc hint 0: ApiGetClusterVersion2, ApiOpenCluster, ...) has gone
    # by, it garbles the rest of that TCP stream, although (above) every PDU
    # decrypts and verifies.  Malformed frames are split accordingly.
    ws_frames=$("$TSHARK" "${decode[@]}" "${decrypt[@]}" -Y clusapi 2>/dev/null | wc -l)
    # frame|stream|packet type|alloc hint|auth level|malformed, for every DCE/RPC PDU
    "$TSHARK" "${decode[@]}" "${decrypt[@]}" -Y "dcerpc && tcp.port==$PORT" -T fields -E separator='|' \
        -e frame.number -e tcp.stream -e dcerpc.pkt_type -e dcerpc.cn_alloc_hint -e dcerpc.auth_level \
        -e _ws.malformed 2>/dev/null > "$tmp/pdus.txt"
    awk -F'|' '
        $3 == 0 && $4 == 0 && $5 == 6 && !($2 in first) { first[$2] = $1 }
        $6 != "" { if (($2 in first) && $1 > first[$2]) after++; else unexplained++ }
        END { printf "%d %d\n", after + 0, unexplained + 0 }' "$tmp/pdus.txt" > "$tmp/malformed.txt"
    read -r after_empty unexplained < "$tmp/malformed.txt"
    echo "# tshark's own NTLMSSP decryption (-o ntlmssp.nt_password): $ws_frames CLUSAPI frames;" \
         "malformed: $((after_empty + unexplained)) ($after_empty after a sealed empty-stub request in the same" \
         "stream, $unexplained otherwise)"
    if [ "$unexplained" = 0 ]; then
        pass "tshark's own decryption: every malformed frame follows a sealed empty-stub request (Wireshark artefact, $after_empty frames)"
    else
        fail "tshark's own decryption: $unexplained malformed frames not explained by the empty-stub artefact"
        awk -F'|' '$6 != ""' "$tmp/pdus.txt" | head -10 | diag
    fi
fi

# ---- privacy of the set-up ----

modulesdir=$(samba -b 2>/dev/null | sed -n 's/^ *MODULESDIR: *//p')
if [ -n "$modulesdir" ] && [ ! -e "$modulesdir/dcerpc_server/clusapi.so" ]; then
    pass "nothing under $modulesdir/dcerpc_server outside the DC's mount namespace"
else
    fail "nothing under ${modulesdir:-MODULESDIR}/dcerpc_server outside the DC's mount namespace"
fi
mode=$(stat -c %a "$SAMBA_CLUSTER_PASSWORD_FILE" "$AUTHFILE" | sort -u | tr '\n' ' ')
if [ "$mode" = "600 " ]; then pass "the password and authentication files are mode 0600"
else fail "the password and authentication files are mode 0600 (got $mode)"; fi
if grep -rqF -- "$PASSWORD" "$DC_DIR/log" 2>/dev/null; then fail "the password appears in the DC's logs"
else pass "the password appears in none of the DC's logs ($DC_DIR/log)"; fi

# ---- timings (reported, not asserted) ----

if [ ${#wrapper[@]} -gt 0 ]; then
    echo "# timings: not measured, the DC runs under valgrind (VALGRIND=no measures them)"
else
timing() { "$CMRP_CONNECT" "$@" 2>&1 | sed -n 's/^connect+bind+ApiOpenCluster: //p'; }
echo "# connect+bind+ApiOpenCluster, NTLMSSP seal via the DC:        $(timing -b "ncacn_ip_tcp:127.0.0.1[$PORT,seal,ntlm]" -A "$AUTHFILE" -n 20)"
echo "# the same with TCP_NODELAY on the client socket (-D):          $(timing -b "ncacn_ip_tcp:127.0.0.1[$PORT,seal,ntlm]" -A "$AUTHFILE" -n 20 -D)"
echo "# SPNEGO(NTLMSSP) seal via the DC:                              $(timing -b "ncacn_ip_tcp:127.0.0.1[$PORT,seal,spnego]" -A "$AUTHFILE" -n 20)"
"$CMRPD" -f -c "$CONFIG" -p 0 -P "$tmp/cmrpd.pid" > "$tmp/cmrpd.out" 2> "$tmp/cmrpd.err" &
cmrpd_pid=$!
for _ in $(seq 100); do [ -s "$tmp/cmrpd.pid" ] && break; sleep 0.05; done
cmrpd_port=$(sed -n 's/.*ncacn_ip_tcp:127\.0\.0\.1\[\([0-9]*\)\].*/\1/p' "$tmp/cmrpd.out" | head -1)
if [ -n "$cmrpd_port" ]; then
    echo "# unauthenticated, the standalone cmrpd:                       $(timing -b "ncacn_ip_tcp:127.0.0.1[$cmrpd_port]" -n 200)"
else
    echo "# the standalone cmrpd did not start: $(head -2 "$tmp/cmrpd.err")"
fi
kill "$cmrpd_pid" 2>/dev/null; wait "$cmrpd_pid" 2>/dev/null; cmrpd_pid=
fi

# ---- stop ----

dc_pid=${SAMBA_CLUSTER_PID:-}
"$SAMBA_CLUSTER" stop --dir "$DC_DIR" > "$tmp/stop.out" 2>&1
dc_started=0
if [ -n "$dc_pid" ] && [ ! -d "/proc/$dc_pid" ] && ! "$SAMBA_CLUSTER" status --dir "$DC_DIR" > /dev/null 2>&1; then
    pass "tools/samba-cluster stop ends the DC"
else
    fail "tools/samba-cluster stop ends the DC (pid $dc_pid)"
    diag < "$tmp/stop.out"
fi

# ---- valgrind: the DC's log, written as it exited ----

if [ ${#wrapper[@]} -eq 0 ]; then
    skip "valgrind: the DC hosting the module" "valgrind not found (VALGRIND=$VALGRIND)"
elif [ "$dc_pid" = "" ] || [ ! -s "$tmp/valgrind.$dc_pid.log" ] || ! grep -q 'ERROR SUMMARY' "$tmp/valgrind.$dc_pid.log"; then
    fail "valgrind: a complete log of the DC (pid ${dc_pid:-unknown}) in $tmp"
else
    vlog=$tmp/valgrind.$dc_pid.log
    errors=$(sed -n 's/.*ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' "$vlog" | tail -1)
    invalid=$(grep -cE 'Invalid (read|write|free)|uninitialised|Mismatched free|overlap' "$vlog")
    definite=$(sed -n 's/.*definitely lost: \([0-9,]*\) bytes.*/\1/p' "$vlog" | tail -1 | tr -d ,)
    suppressed=$(sed -n 's/.*ERROR SUMMARY: .*(suppressed: \([0-9]*\) from.*/\1/p' "$vlog" | tail -1)
    ours=$(awk '/^==[0-9]+== [^ ]/ { if (record ~ /clusapi\.so/) n++; record = "" } { record = record $0 }
                END { if (record ~ /clusapi\.so/) n++; print n + 0 }' "$vlog")
    echo "# valgrind: $errors errors ($ours naming clusapi.so), $invalid invalid accesses or uses of uninitialised memory," \
         "${definite:-0} bytes definitely lost, $suppressed suppressed (Samba's own, $script_dir/samba-dc.supp)"
    if [ "$errors" = 0 ] && [ "$invalid" = 0 ] && [ "${definite:-0}" = 0 ]; then
        pass "valgrind: the DC hosting the module ran smbtorture, rpcclient and the rest without an invalid access or a definite leak"
    else
        fail "valgrind: the DC hosting the module: $errors errors, ${definite:-0} bytes definitely lost"
        grep -A12 -E 'Invalid|uninitialised|definitely lost in' "$vlog" | head -60 | diag
    fi
fi

finish
