# tests/server/common.sh: sourced by the scripts of tests/server that check
# cmrpd from the outside (test_cmrpd.sh, test_registry_notify.sh,
# test_multinode.sh, test_smbtorture_dangerous.sh, test_wine_reconnect.sh), for
# what they all start with.  The script sets script_dir (its own folder) first:
#
#   script_dir=$(cd "$(dirname "$0")" && pwd)
#   . "$script_dir/common.sh"
#
# It sets top_srcdir (given, or two folders up), BUILDDIR (given, or the build
# directory CMRPD was built in, or the current one) and CMRPD (given, or
# BUILDDIR/server/cmrpd), so that each script runs alone from the build
# directory or with BUILDDIR or CMRPD set, as tests/run-all calls it.
# POSIX sh: the scripts run under sh and bash.

top_srcdir=${top_srcdir:-$(cd "$script_dir/../.." && pwd)}
if [ -z "${BUILDDIR:-}" ] && [ -n "${CMRPD:-}" ]; then BUILDDIR=$(dirname "$(dirname "$CMRPD")"); fi
BUILDDIR=${BUILDDIR:-.}
CMRPD=${CMRPD:-$BUILDDIR/server/cmrpd}

# One line per check: "ok N - ...", "not ok N - ...", "ok N - ... # SKIP why";
# the script prints the counts at the end.
passed=0 failed=0 skipped=0 number=0
pass() { number=$((number + 1)); passed=$((passed + 1)); echo "ok $number - $*"; }
fail() { number=$((number + 1)); failed=$((failed + 1)); echo "not ok $number - $*"; }
skip() { number=$((number + 1)); skipped=$((skipped + 1)); echo "ok $number - $1 # SKIP $2"; }

# require_built TARGETS PROGRAM...: exits with status 2 unless every PROGRAM
# is built (TARGETS: what to make, for the message).
require_built() {
    targets=$1; shift
    for program in "$@"; do
        if [ ! -x "$program" ]; then
            echo "missing $program: build it first (make $targets)" >&2
            exit 2
        fi
    done
}

# make_tmp NAME: sets tmp to a new temporary folder, removed at exit after the
# servers still running are killed (server, and each pid in servers).
make_tmp() {
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
    server=${server:-} servers=${servers:-}
    trap remove_tmp EXIT
    trap 'exit 1' INT TERM
}
remove_tmp() {
    for pid in $server $servers; do kill -KILL "$pid" 2>/dev/null; done
    rm -rf "$tmp"
}

# cmrpd_start FILES [WRAPPER...] -- [ARGUMENT...]: runs "$CMRPD" -f -P FILES.pid
# ARGUMENT... in the background (under WRAPPER..., e.g. valgrind), its output
# in FILES.out and FILES.err, and waits until it has written its pid file or
# died (60 s at most: valgrind is slow); sets server to its pid.  Status 0 if
# the pid file was written.
cmrpd_start() {
    files=$1; shift
    # WRAPPER... -- ARGUMENT... becomes WRAPPER... "$CMRPD" -f -P FILES.pid ARGUMENT...
    count=$#
    while [ $count -gt 0 ]; do
        if [ "$1" = -- ]; then set -- "$@" "$CMRPD" -f -P "$files.pid"; else set -- "$@" "$1"; fi
        shift; count=$((count - 1))
    done
    "$@" > "$files.out" 2> "$files.err" &
    server=$!
    waited=0
    while [ ! -s "$files.pid" ] && kill -0 "$server" 2>/dev/null && [ $waited -lt 600 ]; do
        sleep 0.1; waited=$((waited + 1))
    done
    [ -s "$files.pid" ]
}

# cmrpd_port FILES [ADDRESS [NODE]]: the TCP port FILES.out says cmrpd listens
# on at ADDRESS (127.0.0.1), as NODE when given (-n); nothing if it does not.
cmrpd_port() {
    address=$(echo "${2:-127.0.0.1}" | sed 's/\./\\./g')
    sed -n "s/^cmrpd: listening on ncacn_ip_tcp:$address\[\([0-9]*\)\]${3:+ as $3}\$/\1/p" "$1.out"
}
