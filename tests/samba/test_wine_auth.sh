#!/bin/bash
# Authentication, packet privacy and timeouts of clusapi.dll, under Wine:
# dlls/clusapi/tests/security.c (clusapi_test.exe security) against
#  - the simulated cluster inside a throwaway Samba AD DC (tools/samba-cluster:
#    NTLM, SPNEGO, Kerberos; packet privacy required), with a Kerberos ticket
#    from kinit in a private KRB5CCNAME and the DC's krb5.conf;
#  - an unauthenticated cmrpd (a server that cannot give privacy; and the
#    server this script SIGSTOPs when the test asks, for the call timeout);
#  - a TCP listener that accepts and never answers (the connect timeout).
# Then judges the test's WINEDEBUG=+clusapi trace: which authentication each
# bind got (NTLMSSP 10, SPNEGO 9, Kerberos 16, all at level 6), the warnings
# that name the fix, and that the password appears nowhere.
#
# The DC is a machine-wide resource: this script holds /tmp/samba-dc.lock
# (flock, through tests/samba/with-dc-lock) while it runs and stops the DC at the end.  When this machine
# cannot run the DC (packages missing, not root, ports 135/88/464 taken), the
# DC parts are skipped and the exit status is 0.
#
# Output: the Wine test's own lines, "ok N - ..." / "not ok N - ..." lines,
# then "N passed, N failed, N skipped" for this script's checks.
# Run from the build directory (or set BUILDDIR) after `make check-build`.
# Environment: BUILDDIR, SAMBA_CLUSTER_TEST_DIR (the DC's state directory,
# kept between runs so that only the first run provisions), KEEP_TRACE=FILE.

set -u

if [ -z "${WINE_AUTH_LOCKED:-}" ]; then
    WINE_AUTH_LOCKED=1 exec "$(dirname "$0")/with-dc-lock" "$0" "$@"
fi

script_dir=$(cd "$(dirname "$0")" && pwd)
top_srcdir=$(cd "$script_dir/../.." && pwd)
BUILDDIR=$(cd "${BUILDDIR:-.}" && pwd)
CMRPD=$BUILDDIR/server/cmrpd
TEST_EXE=$BUILDDIR/dlls/clusapi/tests/clusapi_test.exe
MODULE=$BUILDDIR/server/samba/clusapi.so
SAMBA_CLUSTER=$top_srcdir/tools/samba-cluster
WINE_CLUSAPI=$top_srcdir/tools/wine-clusapi
DC_DIR=${SAMBA_CLUSTER_TEST_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/wine-clusapi/samba-dc-test}
export WINECLUSAPI_BUILD=$BUILDDIR
export WINECLUSAPI_HOME=${WINECLUSAPI_HOME:-$BUILDDIR/.wine-clusapi}
# The per-cluster registry keys the test writes must not be overridden.
unset WINECLUSAPI_SECURITY WINECLUSAPI_PORT WINECLUSAPI_CREDENTIALS_FILE WINECLUSAPI_CREDENTIALS_CACHE \
      WINECLUSAPI_AUTHENTICATION WINECLUSAPI_TIMEOUT WINECLUSAPI_TCP_NODELAY PASSWD PASSWD_FILE PASSWD_FD

passed=0 failed=0 skipped=0 number=0
pass() { number=$((number + 1)); passed=$((passed + 1)); echo "ok $number - $*"; }
fail() { number=$((number + 1)); failed=$((failed + 1)); echo "not ok $number - $*"; }
skip() { number=$((number + 1)); skipped=$((skipped + 1)); echo "ok $number - $1 # SKIP $2"; }
finish()
{
    echo "$passed passed, $failed failed, $skipped skipped"
    [ "$failed" = 0 ]
    exit
}

for file in "$CMRPD" "$TEST_EXE" "$MODULE"; do
    [ -e "$file" ] || { echo "missing $file: build it first (make check-build)" >&2; exit 2; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/test_wine_auth.XXXXXX")
chmod 700 "$tmp"
dc_started=0 cmrpd_pid='' hung_pid='' watcher_pid=''
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup()
{
    [ -n "$watcher_pid" ] && kill "$watcher_pid" 2>/dev/null
    if [ -n "$cmrpd_pid" ]; then kill -CONT "$cmrpd_pid" 2>/dev/null; kill "$cmrpd_pid" 2>/dev/null; fi
    [ -n "$hung_pid" ] && kill "$hung_pid" 2>/dev/null
    [ "$dc_started" = 1 ] && "$SAMBA_CLUSTER" stop --dir "$DC_DIR" > /dev/null 2>&1
    wait 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# ---- the unauthenticated cmrpd and the listener that never answers ----

"$CMRPD" -f -c "$top_srcdir/server/examples/two-node.conf" -p 0 -P "$tmp/cmrpd.pid" > "$tmp/cmrpd.out" 2>&1 &
cmrpd_pid=$!
plain_port=
for _ in $(seq 100); do
    plain_port=$(sed -n 's/.*ncacn_ip_tcp:127\.0\.0\.1\[\([0-9]*\)\].*/\1/p' "$tmp/cmrpd.out" | head -1)
    [ -n "$plain_port" ] && break
    sleep 0.05
done
[ -n "$plain_port" ] || { fail "cmrpd starts"; cat "$tmp/cmrpd.out"; finish; }

hung_port=
if command -v python3 > /dev/null; then
    # Accepts every connection and keeps it open without reading a byte; ends
    # by itself after five minutes.
    python3 -c '
import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(16); s.settimeout(1)
print(s.getsockname()[1], flush=True)
held, end = [], time.time() + 300
while time.time() < end:
    try: held.append(s.accept()[0])
    except socket.timeout: pass
' > "$tmp/hung.port" 2>&1 &
    hung_pid=$!
    for _ in $(seq 200); do [ -s "$tmp/hung.port" ] && break; sleep 0.05; done
    hung_port=$(head -1 "$tmp/hung.port" | tr -dc 0-9)
fi

# SIGSTOP/SIGCONT of cmrpd on the test's request (files in the freeze
# directory); gives up after five minutes.
mkdir -p "$tmp/freeze"
(
    end=$((SECONDS + 300))
    while [ $SECONDS -lt $end ]; do
        if [ -e "$tmp/freeze/stop" ] && [ ! -e "$tmp/freeze/stopped" ]; then
            kill -STOP "$cmrpd_pid" && touch "$tmp/freeze/stopped"
        fi
        if [ -e "$tmp/freeze/cont" ]; then kill -CONT "$cmrpd_pid"; rm -f "$tmp/freeze/cont"; fi
        sleep 0.05
    done
) &
watcher_pid=$!
freeze_dir="Z:$(echo "$tmp/freeze" | tr / '\\')"

# ---- the DC ----

export CLUSAPI_PLAIN_PORT=$plain_port CLUSAPI_FREEZE_DIR=$freeze_dir
[ -n "$hung_port" ] && export CLUSAPI_HUNG_PORT=$hung_port

"$SAMBA_CLUSTER" start --quiet --dir "$DC_DIR" --module "$MODULE" > "$tmp/start.out" 2>&1
status=$?
have_dc=0
if [ "$status" = 77 ]; then
    skip "the Samba AD DC starts" "$(grep -m1 'cannot run' "$tmp/start.out")"
elif [ "$status" != 0 ]; then
    fail "the Samba AD DC starts (tools/samba-cluster start: status $status)"
    sed 's/^/# /' "$tmp/start.out"
else
    dc_started=1 have_dc=1
    pass "the Samba AD DC with the clusapi module starts"
fi

password=''
if [ "$have_dc" = 1 ]; then
    "$SAMBA_CLUSTER" status --dir "$DC_DIR" --env > "$tmp/status.env"
    # shellcheck disable=SC1091 # written just above
    . "$tmp/status.env"
    password=$(cat "$SAMBA_CLUSTER_PASSWORD_FILE")
    printf 'username = %s\npassword = not-the-Password-9\ndomain = %s\n' \
        "$SAMBA_CLUSTER_USER" "$SAMBA_CLUSTER_DOMAIN" > "$tmp/bad.auth"
    export CLUSAPI_AUTH_FILE=$SAMBA_CLUSTER_AUTHFILE CLUSAPI_AUTH_BAD_FILE=$tmp/bad.auth
    cluster=$(sed -n 's/^[ \t]*name[ \t]*=[ \t]*//p' "$SAMBA_CLUSTER_CONFIG" | head -1 | tr -d '"\r ')
    export CLUSAPI_AUTH_CLUSTER=${cluster:-FSCLUSTER}
    krb_name=$(echo "${cluster:-FSCLUSTER}.$SAMBA_CLUSTER_REALM" | tr 'A-Z' 'a-z')
    # Kerberos: a ticket in a private cache, the DC's KDC.
    export KRB5_CONFIG=$SAMBA_CLUSTER_KRB5_CONFIG KRB5CCNAME=FILE:$tmp/krb5cc
    if ! command -v kinit > /dev/null; then
        skip "kinit into a private KRB5CCNAME" "kinit not found (Debian package krb5-user)"
    elif printf '%s\n' "$password" | kinit "$SAMBA_CLUSTER_USER@$SAMBA_CLUSTER_REALM" > "$tmp/kinit.out" 2>&1; then
        pass "kinit $SAMBA_CLUSTER_USER@$SAMBA_CLUSTER_REALM into a private KRB5CCNAME"
        export CLUSAPI_AUTH_KRB_NAME=$krb_name
        export CLUSAPI_AUTH_NOSPN_NAME=nospn.$(echo "$SAMBA_CLUSTER_REALM" | tr 'A-Z' 'a-z')
    else
        fail "kinit $SAMBA_CLUSTER_USER@$SAMBA_CLUSTER_REALM"
        sed "s/$password/(password)/g; s/^/# /" "$tmp/kinit.out"
    fi
fi

# ---- the Wine test ----

WINEDEBUG=+clusapi "$WINE_CLUSAPI" "$TEST_EXE" security > "$tmp/test.out" 2> "$tmp/trace.txt"
test_status=$?
cat "$tmp/test.out"
[ -n "${KEEP_TRACE:-}" ] && cp "$tmp/trace.txt" "$KEEP_TRACE"
if grep -qE 'security: [0-9]+ tests? executed' "$tmp/test.out"; then
    pass "clusapi_test.exe security ran to its end under Wine (exit status $test_status)"
else
    fail "clusapi_test.exe security ran to its end under Wine (exit status $test_status)"
    tail -20 "$tmp/trace.txt" | sed 's/^/# /'
fi

# trace_has DESCRIPTION EXTENDED-REGEX
trace_has()
{
    if grep -qE -- "$2" "$tmp/trace.txt"; then pass "$1"
    else fail "$1 (no trace line matching /$2/)"; fi
}

trace_has "the unauthenticated server is refused at privacy, never retried weaker" \
    "127\.0\.0\.1\[$plain_port,seal,spnego(,[^]]*)?\]: NT_STATUS_[A-Z_]+ -> 5\$"
# Unauthenticated connects to it: only the two clusters configured with
# Security=none (plain-none, frozen-server), none from a refused privacy bind.
unauthenticated=$(grep -cE "connecting to ncacn_ip_tcp:127\.0\.0\.1\[$plain_port\]\$" "$tmp/trace.txt")
if [ "$unauthenticated" = 2 ]; then
    pass "unauthenticated binds only where Security=none is set for that cluster (2)"
else
    fail "unauthenticated binds only where Security=none is set for that cluster (expected 2, got $unauthenticated)"
fi
if [ -n "$hung_port" ]; then
    trace_has "a connect that gets no answer is abandoned at the Timeout, with a warning naming the setting" \
        "warn:clusapi:connect_pipe ncacn_ip_tcp:127\.0\.0\.1\[$hung_port,seal,spnego(,[^]]*)?\]: no answer within 1500 ms"
else
    skip "a connect that gets no answer is abandoned at the Timeout" "python3 not found"
fi
trace_has "TCP_NODELAY is set on the connection's socket after the bind" "trace:clusapi:connect_pipe TCP_NODELAY on [1-9]"

if [ "$have_dc" = 1 ]; then
    trace_has "NTLMSSP bind at privacy (auth type 10, level 6)" "\[seal,ntlm(,[^]]*)?\]: bound, auth type 10, auth level 6"
    trace_has "SPNEGO bind at privacy (auth type 9, level 6)" "\[seal,spnego(,target_hostname=auth-[^]]*)?\]: bound, auth type 9, auth level 6"
    if [ -n "${CLUSAPI_AUTH_KRB_NAME:-}" ]; then
        trace_has "Kerberos bind at privacy from the kinit ticket, SPN MSServerClusterMgmtAPI/$krb_name (auth type 16, level 6)" \
            "\[seal,krb5,target_hostname=$krb_name\]: bound, auth type 16, auth level 6"
        trace_has "SPNEGO bind from the kinit ticket alone (auth type 9, level 6)" \
            "\[seal,spnego,target_hostname=$krb_name\]: bound, auth type 9, auth level 6"
        if klist 2>/dev/null | grep -qi "MSServerClusterMgmtAPI/$krb_name@"; then
            pass "the ticket cache holds a service ticket for MSServerClusterMgmtAPI/$krb_name"
        else
            fail "the ticket cache holds a service ticket for MSServerClusterMgmtAPI/$krb_name"
        fi
        trace_has "an unknown SPN gives a warning about the service principal" \
            "warn:clusapi:connect_pipe nospn\.[a-z.]+: Kerberos failed: the cluster needs the service principal"
    fi
    trace_has "no credentials: a warning naming kinit and the credentials file" \
        "warn:clusapi:make_credentials auth-none-found: no credentials found: run kinit user@REALM"
    trace_has "a wrong password: a warning naming the credentials" \
        "warn:clusapi:connect_pipe auth-bad-negotiate: the server rejected the credentials"
    trace_has "a wrong password over NTLM: the same warning at the verifying call" \
        "warn:clusapi:connect_pipe auth-bad-ntlm: the server rejected the credentials"
    if grep -qF -- "$password" "$tmp/trace.txt" "$tmp/test.out"; then
        fail "the password appears in the WINEDEBUG=+clusapi trace or the test's output"
    elif [ "$(wc -l < "$tmp/trace.txt")" -lt 20 ]; then
        fail "the password appears in the WINEDEBUG=+clusapi trace (the trace is empty: nothing was checked)"
    else
        pass "the password appears nowhere in the WINEDEBUG=+clusapi trace ($(wc -l < "$tmp/trace.txt") lines) or the output"
    fi
fi

# ---- stop ----
if [ "$dc_started" = 1 ]; then
    "$SAMBA_CLUSTER" stop --dir "$DC_DIR" > /dev/null 2>&1
    dc_started=0
    if "$SAMBA_CLUSTER" status --dir "$DC_DIR" > /dev/null 2>&1; then fail "tools/samba-cluster stop ends the DC"
    else pass "tools/samba-cluster stop ends the DC"; fi
fi
finish
