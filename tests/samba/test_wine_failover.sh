#!/bin/bash
# Failover of clusapi.dll under Wine against the Samba-hosted simulated
# cluster with several nodes: dlls/clusapi/tests/reconnect.c
# (clusapi_test.exe reconnect) once per authentication - NTLM, SPNEGO
# (negotiate) and Kerberos (a kinit ticket in a private KRB5CCNAME), all at
# packet privacy - against one throwaway Samba AD DC (tools/samba-cluster)
# whose module answers as node1 on 127.0.0.1 and as node2 on 127.0.0.2.
# What the test asks through its control directory is carried out here:
# "node1 down" / "node2 up" with `samba-cluster node` (the node crashes: its
# groups fail over, its connections drop, its binds are refused), "stop" /
# "cont" / "kill" as signals to the DC.  The test ends by killing the DC, so
# it is started again for the next authentication (a few seconds; the
# provisioned state directory is kept).
#
# Then judges the WINEDEBUG trace of each run: every bind at privacy with the
# authentication asked for (NTLMSSP 10, SPNEGO 9, Kerberos 16; Kerberos for
# each node's own service principal MSServerClusterMgmtAPI/<node>), the
# reconnects the client made (and how long they took, printed), no password.
#
# The DC is a machine-wide resource: this script holds /tmp/samba-dc.lock
# (tests/samba/with-dc-lock) while it runs and stops the DC at the end.  When
# this machine cannot run the DC (packages missing, not root, ports 135/88/464
# taken), everything is skipped and the exit status is 0.
#
# Output: each run's test lines (ending with the harness's summary line),
# "ok N - ..." / "not ok N - ..." lines, then "N passed, N failed, N skipped"
# for this script's checks; the exit status is 0 only if neither failed.  Run from the build directory (or set BUILDDIR)
# after `make check-build`.
# Environment: BUILDDIR, SAMBA_CLUSTER_TEST_DIR (the DC's state directory,
# kept between runs so that only the first run provisions), FAILOVER_AUTH
# (the authentications to run, default "ntlm negotiate kerberos"), TIMEOUT
# (seconds per Wine run, default 300), KEEP_TRACE=DIR (keeps the traces).

set -u

if [ -z "${WINE_FAILOVER_LOCKED:-}" ]; then
    WINE_FAILOVER_LOCKED=1 exec "$(dirname "$0")/with-dc-lock" "$0" "$@"
fi

script_dir=$(cd "$(dirname "$0")" && pwd)
top_srcdir=$(cd "$script_dir/../.." && pwd)
# shellcheck source=tests/control-servant.sh
. "$top_srcdir/tests/control-servant.sh"
BUILDDIR=$(cd "${BUILDDIR:-.}" && pwd)
TEST_EXE=$BUILDDIR/dlls/clusapi/tests/clusapi_test.exe
MODULE=$BUILDDIR/server/samba/clusapi.so
CMRPD=$BUILDDIR/server/cmrpd
SAMBA_CLUSTER=$top_srcdir/tools/samba-cluster
WINE_CLUSAPI=$top_srcdir/tools/wine-clusapi
DC_DIR=${SAMBA_CLUSTER_TEST_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/wine-clusapi/samba-dc-test}
TIMEOUT=${TIMEOUT:-300}
AUTH_KINDS=${FAILOVER_AUTH:-ntlm negotiate kerberos}
export WINECLUSAPI_BUILD=$BUILDDIR BUILDDIR
export WINECLUSAPI_HOME=${WINECLUSAPI_HOME:-$BUILDDIR/.wine-clusapi}
# Only what this script sets below may configure the client.
unset WINECLUSAPI_SECURITY WINECLUSAPI_PORT WINECLUSAPI_CREDENTIALS_FILE WINECLUSAPI_CREDENTIALS_CACHE \
      WINECLUSAPI_AUTHENTICATION WINECLUSAPI_TIMEOUT WINECLUSAPI_TCP_NODELAY WINECLUSAPI_HOSTS \
      WINECLUSAPI_TEST_CONTROL PASSWD PASSWD_FILE PASSWD_FD

passed=0 failed=0 skipped=0 number=0
pass() { number=$((number + 1)); passed=$((passed + 1)); echo "ok $number - $*"; }
fail() { number=$((number + 1)); failed=$((failed + 1)); echo "not ok $number - $*"; }
skip() { number=$((number + 1)); skipped=$((skipped + 1)); echo "ok $number - $1 # SKIP $2"; }
wine_failures=0
finish()
{
    echo "$passed passed, $failed failed, $skipped skipped"
    [ "$wine_failures" = 0 ] || echo "(and $wine_failures failures of the Wine test, reported above)"
    [ "$failed" = 0 ] && [ "$wine_failures" = 0 ]
    exit
}

for file in "$TEST_EXE" "$MODULE" "$CMRPD"; do
    [ -e "$file" ] || { echo "missing $file: build it first (make check-build)" >&2; exit 2; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/test_wine_failover.XXXXXX")
chmod 700 "$tmp"
dc_started=0 servant=''
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup()
{
    [ -n "$servant" ] && kill "$servant" 2>/dev/null
    if [ "$dc_started" = 1 ]; then
        dc_pid && kill -CONT "$pid" 2>/dev/null
        "$SAMBA_CLUSTER" stop --dir "$DC_DIR" > /dev/null 2>&1
    fi
    wait 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# The DC's pid in $pid: the live process samba-cluster started, from its pid
# file (samba-cluster status would ask the DC's epmapper, which a stopped DC
# does not answer).
dc_pid()
{
    pid=$(tr -dc '0-9' < "$DC_DIR/run/samba.pid" 2>/dev/null)
    [ -n "$pid" ] && [ -d "/proc/$pid" ] && [ "$(readlink "/proc/$pid/exe" 2>/dev/null)" != "" ]
}

start_dc()
{
    local started status
    started=$(date +%s%N)
    "$SAMBA_CLUSTER" start --quiet --dir "$DC_DIR" --module "$MODULE" > "$tmp/start.out" 2>&1
    status=$?
    dc_start_ms=$((($(date +%s%N) - started) / 1000000))
    [ "$status" = 0 ] && dc_started=1
    return "$status"
}

# ---- the DC ----

start_dc
status=$?
if [ "$status" = 77 ]; then
    skip "the Samba AD DC with several nodes starts" "$(grep -m1 'cannot run' "$tmp/start.out")"
    finish
elif [ "$status" != 0 ]; then
    fail "the Samba AD DC with several nodes starts (tools/samba-cluster start: status $status)"
    sed 's/^/# /' "$tmp/start.out"
    finish
fi
pass "the Samba AD DC with several nodes starts ($dc_start_ms ms)"

"$SAMBA_CLUSTER" status --dir "$DC_DIR" --env > "$tmp/status.env"
# shellcheck disable=SC1091 # written just above
. "$tmp/status.env"
password=$(cat "$SAMBA_CLUSTER_PASSWORD_FILE")
cluster=$(sed -n 's/^[ \t]*name[ \t]*=[ \t]*//p' "$SAMBA_CLUSTER_CONFIG" | head -1 | tr -d '"\r ')
node1_address='' node2_address=''
for item in $SAMBA_CLUSTER_NODES; do
    case "$item" in
    node1=*) node1_address=${item#*=} ;;
    node2=*) node2_address=${item#*=} ;;
    esac
done
if [ -z "$cluster" ] || [ -z "$node1_address" ] || [ -z "$node2_address" ]; then
    fail "the cluster has node1 and node2 on their own addresses (nodes: '$SAMBA_CLUSTER_NODES')"
    finish
fi
pass "the DC answers as node1 on $node1_address and as node2 on $node2_address (admin socket $SAMBA_CLUSTER_ADMIN)"
# The cluster name is node1's address, as the DC's: what a client that knows
# no DNS for these names is told.
hosts="$cluster=$node1_address,node1=$node1_address,node2=$node2_address"

# Kerberos: a ticket in a private cache, the DC's KDC.
export KRB5_CONFIG=$SAMBA_CLUSTER_KRB5_CONFIG
have_ticket=0
if ! command -v kinit > /dev/null; then
    skip "kinit into a private KRB5CCNAME" "kinit not found (Debian package krb5-user)"
elif printf '%s\n' "$password" | KRB5CCNAME=FILE:$tmp/krb5cc kinit "$SAMBA_CLUSTER_USER@$SAMBA_CLUSTER_REALM" \
        > "$tmp/kinit.out" 2>&1; then
    pass "kinit $SAMBA_CLUSTER_USER@$SAMBA_CLUSTER_REALM into a private KRB5CCNAME"
    have_ticket=1
else
    fail "kinit $SAMBA_CLUSTER_USER@$SAMBA_CLUSTER_REALM"
    sed "s/$password/(password)/g; s/^/# /" "$tmp/kinit.out"
fi

# ---- what the test asks ----

# What the test asks ("node1 down", "stop", ...: tests/control-servant.sh).
mkdir "$tmp/control"
control_request()
{
    case $1 in
    stop | cont | kill)
        if dc_pid && kill -"$(echo "$1" | tr a-z A-Z)" "$pid" 2>/dev/null; then echo "ok $1"
        else echo "error: no DC to $1"; fi ;;
    "node1 "[a-z]* | "node2 "[a-z]*)
        # shellcheck disable=SC2086 # NODE VERB, two words
        "$SAMBA_CLUSTER" node $1 --dir "$DC_DIR" 2>&1 | tr '\n' ' ' ;;
    *)
        echo "refused: $1" ;;
    esac
}
serve_control "$tmp/control" "$tmp/control.log" control_request &
servant=$!
control_windows="Z:$(printf '%s' "$tmp/control" | tr / '\\')"

# ---- one run per authentication ----

# expected auth type (WINEDEBUG trace "bound, auth type N, auth level 6")
auth_type_of() { case $1 in ntlm) echo 10 ;; negotiate) echo 9 ;; kerberos) echo 16 ;; esac; }
auth_name_of() { case $1 in ntlm) echo NTLM ;; negotiate) echo SPNEGO ;; kerberos) echo Kerberos ;; esac; }

run_failover()
{
    local kind=$1 name type log trace status binds good wrong reconnects times
    name=$(auth_name_of "$kind") type=$(auth_type_of "$kind")
    log=$tmp/$kind.out trace=$tmp/$kind.trace

    if ! dc_pid; then
        if start_dc; then pass "$name: the DC starts again after the previous run killed it ($dc_start_ms ms)"
        else
            fail "$name: the DC starts again (tools/samba-cluster start)"
            sed 's/^/# /' "$tmp/start.out"
            return
        fi
    fi
    # every node up, whatever the previous run left
    "$SAMBA_CLUSTER" node node1 up --dir "$DC_DIR" > /dev/null 2>&1
    "$SAMBA_CLUSTER" node node2 up --dir "$DC_DIR" > /dev/null 2>&1
    : > "$tmp/control.log"

    local -a settings=(WINECLUSAPI_AUTHENTICATION="$kind" WINECLUSAPI_HOSTS="$hosts"
                       WINECLUSAPI_TIMEOUT=3000 WINECLUSAPI_TEST_CONTROL="$control_windows")
    if [ "$kind" = kerberos ]; then
        # the ticket alone: no password anywhere
        settings+=(KRB5CCNAME="FILE:$tmp/krb5cc")
    else
        settings+=(WINECLUSAPI_CREDENTIALS_FILE="$SAMBA_CLUSTER_AUTHFILE" KRB5CCNAME="FILE:$tmp/no-ticket")
    fi
    # trace+clusapi: the binds (connect_pipe) and the reconnects; the PE
    # side's per-call traces are left out (thousands of calls).
    env "${settings[@]}" WINEDEBUG=warn+clusapi,trace+clusapi \
        timeout -k 10 "$TIMEOUT" "$WINE_CLUSAPI" "$TEST_EXE" reconnect > "$log" 2> "$trace"
    status=$?
    [ -n "${KEEP_TRACE:-}" ] && mkdir -p "$KEEP_TRACE" && cp "$trace" "$KEEP_TRACE/$kind.trace"

    echo "# ---- $name: clusapi_test.exe reconnect ----"
    sed 's/^/# /' "$tmp/control.log"
    grep -v ':warn:\|:fixme:\|:err:\|:trace:' "$log"
    if [ "$status" = 124 ] || [ "$status" = 137 ]; then
        fail "$name: the test finished within $TIMEOUT s"
        return
    fi
    if grep -qE 'reconnect: [0-9]+ tests? executed' "$log"; then
        pass "$name: clusapi_test.exe reconnect ran to its end under Wine (exit status $status)"
    else
        fail "$name: clusapi_test.exe reconnect ran to its end under Wine (exit status $status)"
        tail -20 "$trace" | sed 's/^/# /'
        return
    fi

    # Every bind: the authentication asked for, at privacy.
    binds=$(grep -c ': bound, auth type [0-9]*, auth level [0-9]*$' "$trace")
    good=$(grep -c ": bound, auth type $type, auth level 6\$" "$trace")
    wrong=$((binds - good))
    if [ "$binds" -gt 2 ] && [ "$wrong" = 0 ]; then
        pass "$name: all $binds binds (the open, every reconnect) are auth type $type at level 6 (privacy)"
    else
        fail "$name: every bind is auth type $type at level 6 ($good of $binds)"
        grep ': bound, auth type' "$trace" | grep -v "auth type $type, auth level 6\$" | head -5 | sed 's/^/# /'
    fi
    if [ "$kind" = kerberos ]; then
        if grep -qE "127\.0\.0\.2\[seal,krb5,target_hostname=node2\]: bound, auth type 16, auth level 6\$" "$trace"; then
            pass "$name: the reconnect to node2 bound with a ticket for MSServerClusterMgmtAPI/node2"
        else
            fail "$name: the reconnect to node2 bound with Kerberos for target_hostname=node2"
        fi
        if KRB5CCNAME=FILE:$tmp/krb5cc klist 2>/dev/null | grep -qi "MSServerClusterMgmtAPI/node2@"; then
            pass "$name: the ticket cache holds a service ticket for MSServerClusterMgmtAPI/node2"
        else
            fail "$name: the ticket cache holds a service ticket for MSServerClusterMgmtAPI/node2"
        fi
    fi
    # The reconnects to the other node, and how long they took.
    reconnects=$(grep -c 'warn:clusapi:reconnect reconnected to node[12] in ' "$trace")
    times=$(sed -n 's/.*warn:clusapi:reconnect reconnected to \(node[12]\) in \([0-9.]*\) ms.*/\1 \2/p' "$trace" \
            | awk '{ printf "%s%s %s ms", (NR > 1 ? ", " : ""), $1, $2 }')
    if [ "$reconnects" -ge 3 ]; then
        pass "$name: the client reconnected to the surviving node $reconnects times ($times)"
    else
        fail "$name: the client reconnected to the surviving node at least 3 times (got $reconnects: $times)"
    fi
    if grep -qF -- "$password" "$trace" "$log"; then
        fail "$name: the password appears in the WINEDEBUG trace or the test's output"
    else
        pass "$name: the password appears nowhere in the trace ($(wc -l < "$trace") lines) or the output"
    fi
    # The Wine test's own summary line, printed above, is counted by
    # tests/run-all; here its failures only decide the exit status.
    wine_line=$(grep -E 'reconnect: [0-9]+ tests? executed' "$log" | tail -1)
    if [[ $wine_line =~ ([0-9]+)\ failures?\) ]] && [ "${BASH_REMATCH[1]}" != 0 ]; then
        wine_failures=$((wine_failures + BASH_REMATCH[1]))
    fi
}

for kind in $AUTH_KINDS; do
    case $kind in
    ntlm | negotiate) run_failover "$kind" ;;
    kerberos)
        if [ "$have_ticket" = 1 ]; then run_failover kerberos
        else skip "Kerberos: clusapi_test.exe reconnect" "no kinit ticket"; fi ;;
    *) fail "FAILOVER_AUTH: unknown authentication '$kind'" ;;
    esac
done

# ---- stop ----
if dc_pid; then
    "$SAMBA_CLUSTER" stop --dir "$DC_DIR" > /dev/null 2>&1
    if "$SAMBA_CLUSTER" status --dir "$DC_DIR" > /dev/null 2>&1; then fail "tools/samba-cluster stop ends the DC"
    else pass "tools/samba-cluster stop ends the DC"; fi
fi
dc_started=0
if grep -qF -- "$password" "$DC_DIR"/log/* 2>/dev/null; then fail "the password appears in the DC's logs"
else pass "the password appears in none of the DC's logs"; fi
finish
