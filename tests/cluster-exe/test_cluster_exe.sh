#!/bin/bash
# Checks programs/cluster (cluster.exe) from the outside: runs it under Wine
# (tools/wine-clusapi, with our clusapi.dll) against a cmrpd this script
# starts, and compares its output and exit codes with what the cluster
# description says:
#  - /?, no arguments, /ver, /list, /list:domain;
#  - bad command lines (exit code 87, reason on stderr, usage on stdout);
#  - an unreachable cluster (System error 1722);
#  - the node, group, resource, network, netinterface and resourcetype
#    listings, single objects, unknown names (5042, 5013, 5007, 5045);
#  - owners and dependencies, and state changes (pause/resume, offline,
#    online, move with /wait, create/rename/delete of a group);
#  - /prop and /priv of every kind: the description's prop.X and priv.X
#    values and the read-only properties made from its fields; setting
#    common and private properties (format from the property, or :format)
#    and reading them back; refused settings (no such common property, a
#    read-only one, a value that is no number, :security, no '=');
#    /prop:Name1,Name2 and /priv:... listing only those (an unknown name: 87);
#    /prop:Names /usedefault back to the defaults, private ones deleted;
#  - /reg: the root key, Groups and a group's key against the description's
#    ids and [registry] values, a resource's key, missing keys (2).
# A check whose server call answers 1745 (RPC_S_PROCNUM_OUT_OF_RANGE: the
# simulated cluster does not implement it yet) is skipped, not failed, so the
# test tightens by itself as the server catches up.
#
# One line per check ("ok N - ...", "not ok N - ...", "ok N - ... # SKIP ..."),
# then "N passed, N failed, N skipped"; exit status 1 if anything failed.
#
# Run from the build directory (or set BUILDDIR):  tests/cluster-exe/test_cluster_exe.sh
# Environment: BUILDDIR, CMRPD, CLUSTER_EXE, CONFIG (a cluster description,
# default server/examples/two-node.conf; the expected names come from it),
# WINE_CLUSAPI (the runner), VERBOSE=1 (print every run's output).

set -u

script_dir=$(cd "$(dirname "$0")" && pwd)
top_srcdir=${top_srcdir:-$(cd "$script_dir/../.." && pwd)}
BUILDDIR=${BUILDDIR:-.}
BUILDDIR=$(cd "$BUILDDIR" && pwd)
CMRPD=${CMRPD:-$BUILDDIR/server/cmrpd}
CLUSTER_EXE=${CLUSTER_EXE:-$BUILDDIR/programs/cluster/cluster.exe}
CONFIG=${CONFIG:-$top_srcdir/server/examples/two-node.conf}
WINE_CLUSAPI=${WINE_CLUSAPI:-$top_srcdir/tools/wine-clusapi}
VERBOSE=${VERBOSE:-0}

passed=0 failed=0 skipped=0 number=0

pass() { number=$((number + 1)); passed=$((passed + 1)); echo "ok $number - $*"; }
fail() { number=$((number + 1)); failed=$((failed + 1)); echo "not ok $number - $*"; show_run; }
skip() { number=$((number + 1)); skipped=$((skipped + 1)); echo "ok $number - $1 # SKIP $2"; }

for file in "$CMRPD" "$CLUSTER_EXE" "$WINE_CLUSAPI"; do
    if [ ! -e "$file" ]; then
        echo "missing $file: build it first (make server/cmrpd programs/cluster/cluster.exe" \
             "dlls/clusapi/clusapi.dll dlls/clusapi/clusapi.so)" >&2
        exit 2
    fi
done
if ! command -v wine >/dev/null 2>&1 && ! command -v wine64 >/dev/null 2>&1; then
    echo "wine is not installed: cluster.exe cannot run here"
    echo "0 passed, 0 failed, 1 skipped"
    exit 0
fi

# A first use creates the Wine prefix and says so on stderr; do it now, so
# that the checks of cluster.exe's own stderr see only cluster.exe.
WINECLUSAPI_BUILD="$BUILDDIR" "$WINE_CLUSAPI" --setup > /dev/null 2>&1 || { echo "wine-clusapi --setup failed" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/test_cluster_exe.XXXXXX")
cmrpd_pid=
cleanup() {
    [ -n "$cmrpd_pid" ] && kill "$cmrpd_pid" 2>/dev/null && wait "$cmrpd_pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

# ---- what the cluster description says ----
# One line per object, fields separated by tabs:
#   cluster NAME | node NAME ID STATE | group NAME OWNER STATE CORE PREFERRED
#   resource NAME GROUP DEPENDS | network NAME | netinterface NAME NODE NETWORK | restype NAME
awk '
function flush() {
    if (kind == "node") print "node\t" name "\t" kv["id"] "\t" kv["state"]
    else if (kind == "group") print "group\t" name "\t" kv["owner"] "\t" kv["state"] "\t" kv["core"] "\t" kv["preferred_owners"]
    else if (kind == "resource") print "resource\t" name "\t" kv["group"] "\t" kv["depends"]
    else if (kind == "network") print "network\t" name
    else if (kind == "netinterface") print "netinterface\t" name "\t" kv["node"] "\t" kv["network"]
    else if (kind == "restype") print "restype\t" name
    else if (kind == "cluster") print "cluster\t" kv["name"]
    kind = ""; delete kv
}
/^[ \t]*#/ || /^[ \t]*$/ { next }
/^\[/ {
    flush()
    header = $0; sub(/^\[[ \t]*/, "", header); sub(/[ \t]*\][ \t]*$/, "", header)
    kind = header; sub(/[ \t].*/, "", kind)
    name = header; sub(/^[^ \t]+[ \t]*/, "", name)
    next
}
kind != "" && /=/ {
    key = $0; sub(/[ \t]*=.*/, "", key); sub(/^[ \t]+/, "", key)
    value = $0; sub(/^[^=]*=[ \t]*/, "", value); sub(/[ \t]+$/, "", value)
    gsub(/^"|"$/, "", value)
    kv[key] = value
}
END { flush() }
' "$CONFIG" > "$tmp/config.tsv"

# Every line of every section, as KIND NAME KEY VALUE (tab-separated; NAME
# is empty for [cluster] and [registry], PATH for [registry PATH]): the
# properties (prop.X, priv.X), ids, registry values and object fields.  A
# section also gives a line with an empty KEY (sections without lines too).
awk '
/^[ \t]*#/ || /^[ \t]*$/ { next }
/^\[/ {
    header = $0; sub(/^\[[ \t]*/, "", header); sub(/[ \t]*\][ \t]*$/, "", header)
    kind = header; sub(/[ \t].*/, "", kind)
    name = header; sub(/^[^ \t]+[ \t]*/, "", name)
    print kind "\t" name "\t\t"
    next
}
kind != "" && /=/ {
    key = $0; sub(/[ \t]*=.*/, "", key); sub(/^[ \t]+/, "", key)
    value = $0; sub(/^[^=]*=[ \t]*/, "", value); sub(/[ \t]+$/, "", value)
    gsub(/^"|"$/, "", value)
    print kind "\t" name "\t" key "\t" value
}
' "$CONFIG" > "$tmp/kv.tsv"

field() { awk -F '\t' -v k="$1" -v n="$2" '$1 == k { print $n }' "$tmp/config.tsv"; }
# kv KIND NAME KEY: the value of KEY in section [KIND NAME]
kv() { awk -F '\t' -v k="$1" -v n="$2" -v key="$3" '$1 == k && $2 == n && $3 == key { print $4; exit }' "$tmp/kv.tsv"; }
count() { awk -F '\t' -v k="$1" '$1 == k' "$tmp/config.tsv" | wc -l; }
cluster_name=$(field cluster 2)

# The state words cluster.exe prints for the description's states.
node_state_word() {
    case "${1:-up}" in
        up) echo Up ;; down) echo Down ;; paused) echo Paused ;; joining) echo Joining ;; *) echo "?" ;;
    esac
}
group_state_word() {
    case "${1:-offline}" in
        online) echo Online ;; offline) echo Offline ;; failed) echo Failed ;;
        partial*) echo "Partially Online" ;; pending) echo Pending ;; *) echo "?" ;;
    esac
}

# ---- the simulated cluster ----
start_cmrpd() { # start_cmrpd TAG: sets port, cmrpd_pid
    "$CMRPD" -f -c "$CONFIG" -p 0 > "$tmp/cmrpd-$1.out" 2> "$tmp/cmrpd-$1.err" &
    cmrpd_pid=$!
    port=
    for _ in $(seq 100); do
        port=$(sed -n 's/.*ncacn_ip_tcp:127\.0\.0\.1\[\([0-9]*\)\].*/\1/p' "$tmp/cmrpd-$1.out" | head -1)
        [ -n "$port" ] && return 0
        kill -0 "$cmrpd_pid" 2>/dev/null || break
        sleep 0.05
    done
    return 1
}
stop_cmrpd() {
    [ -n "$cmrpd_pid" ] && kill "$cmrpd_pid" 2>/dev/null && wait "$cmrpd_pid" 2>/dev/null
    cmrpd_pid=
}

# A port where nothing listens: one that a cmrpd just gave back.
if start_cmrpd closed; then closed_port=$port; else closed_port=1; fi
stop_cmrpd

if ! start_cmrpd main; then
    fail "cmrpd starts with $CONFIG"
    cat "$tmp/cmrpd-main.out" "$tmp/cmrpd-main.err"
    echo "$passed passed, $failed failed, $skipped skipped"
    exit 1
fi

# ---- running cluster.exe ----
# run [--port P] ARGS...: stdout (without \r) in $tmp/out, stderr in $tmp/err,
# the exit status in $status.  Wine passes on only the low 8 bits of the
# Win32 exit code: use code N to compare.
last_args=
run() {
    local run_port=$port
    if [ "${1:-}" = --port ]; then run_port=$2; shift 2; fi
    last_args="$*"
    WINECLUSAPI_BUILD="$BUILDDIR" WINECLUSAPI_SECURITY=none WINECLUSAPI_PORT="$run_port" \
        "$WINE_CLUSAPI" "$CLUSTER_EXE" "$@" > "$tmp/out.raw" 2> "$tmp/err.raw" < /dev/null
    status=$?
    tr -d '\r' < "$tmp/out.raw" > "$tmp/out"
    tr -d '\r' < "$tmp/err.raw" > "$tmp/err"
    if [ "$VERBOSE" = 1 ]; then show_run; fi
}
code() { echo $(($1 & 255)); }

show_run() {
    [ -n "$last_args" ] || return 0
    echo "#   cluster $last_args  -> exit status $status"
    sed -n '1,40s/^/#   out: /p' "$tmp/out"
    sed -n '1,10s/^/#   err: /p' "$tmp/err"
}

# The server does not implement a call the command made (yet).
not_implemented() { grep -q '^System error 1745 ' "$tmp/err"; }

# The rows of the table in $tmp/out that follows the line of dashes (the
# first table, or the one after line N), as tab-separated fields, trimmed.
rows() {
    awk -v after="${1:-0}" '
    NR <= after { next }
    !started && /^-+( -+)*$/ {
        n = 0; line = $0; pos = 1
        while (match(substr(line, pos), /-+/)) {
            n++; start[n] = pos + RSTART - 1; width[n] = RLENGTH; pos = start[n] + RLENGTH
        }
        started = 1; next
    }
    started && /^$/ { exit }
    started {
        out = ""
        for (i = 1; i <= n; i++) {
            cell = (i < n) ? substr($0, start[i], width[i]) : substr($0, start[i])
            gsub(/^ +| +$/, "", cell)
            out = out (i > 1 ? "\t" : "") cell
        }
        print out
    }' "$tmp/out"
}

row_count() { rows | wc -l; }

# The rows of the second table of /reg (after its "Value Type Data" title).
value_rows() { rows "$(($(grep -n '^Value  *Type  *Data$' "$tmp/out" | head -1 | cut -d: -f1) - 1))"; }

# row_with FIELD...: the table has a row of exactly these fields; a field
# "*" matches anything, "~RE" a whole field matching the extended regular
# expression RE.  Names are compared as strings (they hold '\', '(', ...).
# ROWS=value_rows row_with ...: the same in the second table of /reg.
row_with() {
    local spec
    spec=$(printf '%s\037' "$@")
    ${ROWS:-rows} | ROW_SPEC=$spec awk -F '\t' '
    BEGIN { n = split(ENVIRON["ROW_SPEC"], want, "\037") - 1 }
    NF == n {
        ok = 1
        for (i = 1; i <= n; i++) {
            if (want[i] == "*") continue
            if (substr(want[i], 1, 1) == "~") { if ($i !~ ("^(" substr(want[i], 2) ")$")) ok = 0 }
            else if ($i != want[i]) ok = 0
        }
        if (ok) found = 1
    }
    END { exit !found }'
}
q() { printf '%q' "$1"; }   # a word for the conditions check evaluates
has_line() { grep -qxF -- "$1" "$tmp/out"; }

# check DESCRIPTION CONDITION...: after a run; skips when the server answered
# 1745, passes when every condition (a shell command) holds.
check() {
    local description=$1 condition
    shift
    if not_implemented; then
        skip "$description" "server: call not implemented yet (1745)"
        return
    fi
    for condition in "$@"; do
        if ! eval "$condition"; then
            fail "$description (failed: $condition)"
            return
        fi
    done
    pass "$description"
}

# check_error DESCRIPTION WIN32-ERROR: the run failed with that error.
check_error() {
    local hex
    hex=$(printf '0x%08x' "$2")
    check "$1" "[ \$status = $(code "$2") ]" "grep -qxF 'System error $2 has occurred ($hex).' \$tmp/err"
}

# check_usage DESCRIPTION REASON-PATTERN: a bad command line.
check_usage() {
    check "$1" "[ \$status = 87 ]" "grep -q -- \"$2\" \$tmp/err" "grep -q '^Usage: CLUSTER' \$tmp/out"
}

C=/cluster:127.0.0.1

# ---- help, version, list ----
run /?
check "/? prints the usage and exits with 0" '[ $status = 0 ]' "grep -q '^Usage: CLUSTER' \$tmp/out" \
    "grep -q '^NODE options' \$tmp/out" "grep -q '^GROUP options' \$tmp/out" "grep -q '^RESOURCE options' \$tmp/out" \
    "grep -q '^NETWORK options' \$tmp/out" "[ ! -s \$tmp/err ]"
run
check "no arguments prints the usage and exits with 0" '[ $status = 0 ]' "grep -q '^Usage: CLUSTER' \$tmp/out"
run $C /ver
check "/ver names the cluster ($cluster_name)" '[ $status = 0 ]' \
    "has_line $(q "Cluster Name:     $cluster_name")" "grep -q '^Cluster Version:  ' \$tmp/out"
run $C /list
check "/list prints the cluster name" '[ $status = 0 ]' "[ \"\$(cat \$tmp/out)\" = $(q "$cluster_name") ]"
run $C /list:example.com
check_error "/list:domain is not implemented (120)" 120

# ---- bad command lines: 87, a reason on stderr, the usage on stdout ----
run $C /frobnicate
check_usage "an unknown option is refused" "The option '/frobnicate' is not valid."
run $C node /frobnicate
check_usage "an unknown node option is refused" "The option '/frobnicate' is not valid."
run $C group /online
check_usage "group /online without a group name is refused" "needs a group name"
run $C group "Cluster Group" /rename
check_usage "/rename without a new name is refused" "needs a value"
run $C resource R /create /group:G
check_usage "resource /create without /type is refused" "needs /type"
run $C group G /online /wait:soon
check_usage "/wait with a value that is not seconds is refused" "is not a number of seconds"
run $C node node1 /pause:now
check_usage "/pause takes no value" "does not take a value"
run $C group G /offline /node:node1
check_usage "a modifier the command does not take is refused" "is not valid with"
run $C netinterface /node
check_usage "/node without a node name is refused" "needs a value"
run $C /ver extra
check_usage "an argument after the command is refused" "Unexpected argument 'extra'"

# ---- an unreachable cluster ----
run --port "$closed_port" $C /ver
check_error "/ver against a port where nothing listens: 1722" 1722
run --port "$closed_port" $C group
check_error "group against a port where nothing listens: 1722" 1722

# ---- nodes ----
run $C node
expect=()
while IFS=$'\t' read -r _ name id state; do
    expect+=("row_with $(q "$name") $(q "$id") $(node_state_word "$state")")
done < <(awk -F '\t' '$1 == "node"' "$tmp/config.tsv")
check "node lists the $(count node) nodes with id and status" '[ $status = 0 ]' \
    "grep -qx 'Listing status for all available nodes:' \$tmp/out" \
    "grep -q '^Node  *Node ID Status\$' \$tmp/out" "! grep -q ' \$' \$tmp/out" \
    "[ \$(row_count) = $(count node) ]" "${expect[@]}"

first_node=$(field node 2 | head -1)
other_node=$(field node 2 | sed -n 2p)
run $C node "$first_node"
check "node $first_node /status shows one node" '[ $status = 0 ]' \
    "has_line $(q "Listing status for node '$first_node':")" "[ \$(row_count) = 1 ]" \
    "row_with $(q "$first_node") $(q "$(field node 3 | head -1)") $(node_state_word "$(field node 4 | head -1)")"
run $C node nosuchnode /status
check_error "an unknown node: 5042 (ERROR_CLUSTER_NODE_NOT_FOUND)" 5042

# ---- groups ----
run $C group
expect=()
while IFS=$'\t' read -r _ name owner state _ _; do
    expect+=("row_with $(q "$name") $(q "$owner") $(q "$(group_state_word "$state")")")
done < <(awk -F '\t' '$1 == "group"' "$tmp/config.tsv")
check "group lists the $(count group) groups with owner node and status" '[ $status = 0 ]' \
    "grep -qx 'Listing status for all available resource groups:' \$tmp/out" \
    "grep -q '^Group  *Node  *Status\$' \$tmp/out" \
    "[ \$(row_count) = $(count group) ]" "${expect[@]}"

first_group=$(field group 2 | head -1)
if [ -n "$first_group" ]; then
    run $C group "$first_group"
    check "group \"$first_group\" shows one group" '[ $status = 0 ]' \
        "has_line $(q "Listing status for resource group '$first_group':")" "[ \$(row_count) = 1 ]"
fi
run $C group nosuchgroup
check_error "an unknown group: 5013 (ERROR_GROUP_NOT_FOUND)" 5013

# preferred owners of the first group that lists them
owners_line=$(awk -F '\t' '$1 == "group" && $6 != "" { print $2 "\t" $6; exit }' "$tmp/config.tsv")
if [ -n "$owners_line" ]; then
    owners_group=${owners_line%%	*}
    owners=$(echo "${owners_line#*	}" | tr ',' '\n' | sed 's/^ *//; s/ *$//')
    run $C group "$owners_group" /listowners
    check "group \"$owners_group\" /listowners lists its preferred owners in order" '[ $status = 0 ]' \
        "grep -q '^Preferred Owner Nodes\$' \$tmp/out" "[ \"\$(rows)\" = $(q "$owners") ]"
fi

# ---- resources ----
resource_states='Inherited|Initializing|Online|Offline|Failed|Pending|Online Pending|Offline Pending'
run $C resource
expect=()
while IFS=$'\t' read -r _ name group _; do
    owner=$(awk -F '\t' -v g="$group" '$1 == "group" && $2 == g { print $3 }' "$tmp/config.tsv")
    expect+=("row_with $(q "$name") $(q "$group") $(q "$owner") $(q "~$resource_states")")
done < <(awk -F '\t' '$1 == "resource"' "$tmp/config.tsv")
check "resource lists the $(count resource) resources with group, node and status" '[ $status = 0 ]' \
    "grep -qx 'Listing status for all available resources:' \$tmp/out" \
    "grep -q '^Resource  *Group  *Node  *Status\$' \$tmp/out" \
    "[ \$(row_count) = $(count resource) ]" "${expect[@]}"
run $C resource nosuchresource
check_error "an unknown resource: 5007 (ERROR_RESOURCE_NOT_FOUND)" 5007

# dependencies of the first resource that has some
deps_line=$(awk -F '\t' '$1 == "resource" && $4 != "" { print $2 "\t" $4; exit }' "$tmp/config.tsv")
if [ -n "$deps_line" ]; then
    deps_resource=${deps_line%%	*}
    deps=$(echo "${deps_line#*	}" | tr ',' '\n' | sed 's/^ *//; s/ *$//' | sort)
    run $C resource "$deps_resource" /listdependencies
    check "resource \"$deps_resource\" /listdependencies lists what it depends on" '[ $status = 0 ]' \
        "[ \"\$(rows | cut -f1 | sort)\" = $(q "$deps") ]"
fi
first_resource=$(field resource 2 | head -1)
if [ -n "$first_resource" ]; then
    run $C resource "$first_resource" /listowners
    check "resource \"$first_resource\" /listowners lists possible owner nodes" '[ $status = 0 ]' \
        "grep -q '^Possible Owner Nodes\$' \$tmp/out" "[ \$(row_count) -ge 1 ]" \
        "row_with $(q "$first_node")"
fi

# ---- networks, interfaces, resource types ----
run $C network
expect=()
while IFS=$'\t' read -r _ name; do
    expect+=("row_with $(q "$name") '~Up|Down|Partitioned|Unavailable'")
done < <(awk -F '\t' '$1 == "network"' "$tmp/config.tsv")
check "network lists the $(count network) networks with status" '[ $status = 0 ]' \
    "grep -qx 'Listing status for all available networks:' \$tmp/out" \
    "[ \$(row_count) = $(count network) ]" "${expect[@]}"
run $C network nosuchnetwork
check_error "an unknown network: 5045 (ERROR_CLUSTER_NETWORK_NOT_FOUND)" 5045

run $C netinterface
expect=()
while IFS=$'\t' read -r _ name node network; do
    expect+=("row_with $(q "$node") $(q "$network") $(q "$name") '~Up|Unreachable|Failed|Unavailable'")
done < <(awk -F '\t' '$1 == "netinterface"' "$tmp/config.tsv")
check "netinterface lists the $(count netinterface) interfaces with node, network and status" '[ $status = 0 ]' \
    "[ \$(row_count) = $(count netinterface) ]" "${expect[@]}"
run $C netinterface /node:"$first_node"
check "netinterface /node:$first_node lists only that node's interfaces" '[ $status = 0 ]' \
    "[ \$(row_count) = $(awk -F '\t' -v n="$first_node" '$1 == "netinterface" && $3 == n' "$tmp/config.tsv" | wc -l) ]" \
    "[ -z \"\$(rows | cut -f1 | grep -vxF -- $(q "$first_node"))\" ]"

run $C resourcetype
expect=()
while IFS=$'\t' read -r _ name; do
    expect+=("row_with $(q "$name")")
done < <(awk -F '\t' '$1 == "restype"' "$tmp/config.tsv")
check "resourcetype lists the resource types (at least the $(count restype) described)" '[ $status = 0 ]' \
    "grep -qx 'Listing all available resource types:' \$tmp/out" "[ \$(row_count) -ge $(count restype) ]" \
    "${expect[@]}"

# ---- properties: /prop and /priv of every kind (values from the description) ----

# The words naming an object of a description section: OBJ=(node node1), () for the cluster.
object_args() {
    case "$1" in
        cluster) OBJ=() ;;
        node) OBJ=(node "$2") ;;
        group) OBJ=(group "$2") ;;
        resource) OBJ=(resource "$2") ;;
        restype) OBJ=(resourcetype "$2") ;;
        network) OBJ=(network "$2") ;;
        netinterface) OBJ=(netint "$2") ;;
        *) OBJ=("$1" "$2") ;;
    esac
}
# The listing's column title for the objects of a kind.
kind_title() {
    case "$1" in
        cluster) echo Cluster ;; node) echo Node ;; group) echo Group ;; resource) echo Resource ;;
        restype) echo "Resource Type" ;; network) echo Network ;; netinterface) echo "Net Interface" ;;
    esac
}
# A DWORD as cluster.exe shows it: "11 (0xb)".
dword_text() { printf '%u (0x%x)' "$1" "$1"; }
# The row conditions for the description's "NAME = TYPE:VALUE" of an object
# shown as DISPLAY: the type letter (R: read-only, either way) and the value;
# a MULTI_SZ is a row per item.  Types the listing shows otherwise are left out.
property_rows() { # DISPLAY NAME TYPE:VALUE
    local type=${3%%:*} data=${3#*:} item
    data=${data#"${data%%[! ]*}"}
    case "$type" in
        DWORD) echo "row_with '~DR?' $(q "$1") $(q "$2") $(q "$(dword_text "$data")")" ;;
        SZ) echo "row_with '~SR?' $(q "$1") $(q "$2") $(q "$data")" ;;
        EXPAND_SZ) echo "row_with '~ER?' $(q "$1") $(q "$2") $(q "$data")" ;;
        MULTI_SZ)
            while IFS= read -r item; do
                [ -n "$item" ] && echo "row_with '~MR?' $(q "$1") $(q "$2") $(q "$item")"
            done < <(printf '%s\n' "$data" | tr '|' '\n')
            ;;
    esac
}

# Every object with prop.X or priv.X lines: its listing shows each of them.
while IFS=$'\t' read -r kind name set; do
    display=$name
    [ "$kind" = cluster ] && display=$cluster_name
    object_args "$kind" "$name"
    if [ "$set" = prop ]; then switch=/prop what=properties; else switch=/priv what="private properties"; fi
    expect=()
    while IFS=$'\t' read -r key value; do
        while IFS= read -r condition; do expect+=("$condition"); done < <(property_rows "$display" "$key" "$value")
    done < <(awk -F '\t' -v k="$kind" -v n="$name" -v s="$set." \
                 '$1 == k && $2 == n && substr($3, 1, length(s)) == s { print substr($3, length(s) + 1) "\t" $4 }' \
                 "$tmp/kv.tsv")
    run $C "${OBJ[@]}" $switch
    check "${OBJ[*]:-cluster} $switch lists the described $what" '[ $status = 0 ]' \
        "has_line $(q "Listing $what for '$display':")" \
        "grep -q '^T  *$(kind_title "$kind")  *Name  *Value\$' \$tmp/out" "! grep -q ' \$' \$tmp/out" "${expect[@]}"
done < <(awk -F '\t' '$3 ~ /^(prop|priv)\./ { s = substr($3, 1, 4); if (!seen[$1 FS $2 FS s]++) print $1 "\t" $2 "\t" s }' \
             "$tmp/kv.tsv")

# All objects of a kind at once: a row per private property of every resource.
run $C resource /priv
check "resource /priv lists the private properties of all $(count resource) resources" '[ $status = 0 ]' \
    "has_line 'Listing private properties for all resources:'" \
    "[ \$(row_count) = $(awk -F '\t' '$1 == "resource" && $3 ~ /^priv\./' "$tmp/kv.tsv" | wc -l) ]"

# Read-only common properties made from the objects themselves.
version=$(kv cluster '' version)
while IFS= read -r node; do
    run $C node "$node" /prop
    check "node $node /prop: read-only NodeName, versions" '[ $status = 0 ]' \
        "row_with SR $(q "$node") NodeName $(q "$node")" \
        "row_with DR $(q "$node") NodeHighestVersion $(q "$(dword_text "$(kv cluster '' highest_version)")")" \
        "row_with DR $(q "$node") NodeLowestVersion $(q "$(dword_text "$(kv cluster '' lowest_version)")")" \
        "row_with DR $(q "$node") MajorVersion $(q "$(dword_text "${version%%.*}")")" \
        "row_with DR $(q "$node") BuildNumber $(q "$(dword_text "${version##*.}")")"
done < <(field node 2)
while IFS= read -r network; do
    run $C network "$network" /prop
    check "network \"$network\" /prop: Name, read-only Address and AddressMask" '[ $status = 0 ]' \
        "row_with S $(q "$network") Name $(q "$network")" \
        "row_with SR $(q "$network") Address $(q "$(kv network "$network" address)")" \
        "row_with SR $(q "$network") AddressMask $(q "$(kv network "$network" mask)")"
done < <(field network 2)
while IFS= read -r netif; do
    run $C netint "$netif" /prop
    check "netint \"$netif\" /prop: read-only Node, Network, Adapter, Address" '[ $status = 0 ]' \
        "row_with SR $(q "$netif") Node $(q "$(kv netinterface "$netif" node)")" \
        "row_with SR $(q "$netif") Network $(q "$(kv netinterface "$netif" network)")" \
        "row_with SR $(q "$netif") Adapter $(q "$(kv netinterface "$netif" adapter)")" \
        "row_with SR $(q "$netif") Address $(q "$(kv netinterface "$netif" address)")"
done < <(field netinterface 2)
first_netif=$(field netinterface 2 | head -1)
if [ -n "$first_netif" ]; then
    netif_node=$(kv netinterface "$first_netif" node)
    netif_network=$(kv netinterface "$first_netif" network)
    run $C netint /node:"$netif_node" /network:"$netif_network" /prop
    check "netint /node:$netif_node /network:\"$netif_network\" /prop names \"$first_netif\"" '[ $status = 0 ]' \
        "has_line $(q "Listing properties for '$first_netif':")" \
        "row_with SR $(q "$first_netif") Address $(q "$(kv netinterface "$first_netif" address)")"
    run $C netint /node:"$netif_node" /prop
    check_usage "netint /node without /network is refused" "named by its name or by /node"
fi
while IFS= read -r restype; do
    expect=()
    [ -n "$(kv restype "$restype" dll)" ] && expect+=("row_with SR $(q "$restype") DllName $(q "$(kv restype "$restype" dll)")")
    [ -n "$(kv restype "$restype" display_name)" ] &&
        expect+=("row_with SR $(q "$restype") DisplayName $(q "$(kv restype "$restype" display_name)")")
    run $C resourcetype "$restype" /prop
    check "resourcetype \"$restype\" /prop: read-only DllName, DisplayName" '[ $status = 0 ]' "${expect[@]}"
done < <(field restype 2)
if [ -n "$first_resource" ]; then
    run $C resource "$first_resource" /prop
    check "resource \"$first_resource\" /prop: Name, read-only Type" '[ $status = 0 ]' \
        "row_with S $(q "$first_resource") Name $(q "$first_resource")" \
        "row_with SR $(q "$first_resource") Type $(q "$(kv resource "$first_resource" type)")"
fi

# ---- setting properties, read back ----
run $C /prop "Description=cluster-exe cluster description"
check "/prop Description=...: exit 0, nothing printed" '[ $status = 0 ]' "[ ! -s \$tmp/out ]" "[ ! -s \$tmp/err ]"
run $C /prop
check "/prop shows the cluster's new Description" '[ $status = 0 ]' \
    "row_with S $(q "$cluster_name") Description 'cluster-exe cluster description'"

if [ -n "$first_group" ]; then
    run $C group "$first_group" /prop "Description=cluster-exe group description" FailoverPeriod=0x10
    check "group \"$first_group\" /prop: two properties set at once, DWORD in hex" '[ $status = 0 ]'
    run $C group "$first_group" /prop
    check "group \"$first_group\" /prop shows them" '[ $status = 0 ]' \
        "row_with S $(q "$first_group") Description 'cluster-exe group description'" \
        "row_with D $(q "$first_group") FailoverPeriod '16 (0x10)'"
fi

if [ -n "$first_resource" ]; then
    run $C resource "$first_resource" /prop RestartThreshold=7
    check "resource \"$first_resource\" /prop RestartThreshold=7 (format from the property)" '[ $status = 0 ]'
    run $C resource "$first_resource" /prop
    check "resource \"$first_resource\" /prop shows RestartThreshold 7" '[ $status = 0 ]' \
        "row_with D $(q "$first_resource") RestartThreshold '7 (0x7)'"
fi

# A described DWORD private property of a resource: its new value; a resource
# that is not offline stores it with 5024 (ERROR_RESOURCE_PROPERTIES_STORED), a warning.
priv_line=$(awk -F '\t' '$1 == "resource" && $3 ~ /^priv\./ && $4 ~ /^DWORD:/ { print $2 "\t" substr($3, 6) "\t" substr($4, 7); exit }' \
                "$tmp/kv.tsv")
if [ -n "$priv_line" ]; then
    IFS=$'\t' read -r priv_resource priv_name priv_value <<< "$priv_line"
    new_value=$(( (priv_value + 1) & 0xffffffff ))
    priv_group=$(kv resource "$priv_resource" group)
    priv_state=$(kv resource "$priv_resource" state)
    [ -n "$priv_state" ] || priv_state=$(kv group "$priv_group" state)
    [ -n "$priv_state" ] || priv_state=online
    if [ "$priv_state" = offline ]; then
        stored="[ ! -s \$tmp/err ]"
    else
        stored="grep -qxF 'System warning 5024 has occurred (0x000013a0).' \$tmp/err"
    fi
    run $C resource "$priv_resource" /priv "$priv_name=$new_value"
    check "resource \"$priv_resource\" /priv $priv_name=$new_value: exit 0 (5024 a warning when $priv_state)" \
        '[ $status = 0 ]' "$stored" "! grep -q 'System error' \$tmp/err"
    run $C resource "$priv_resource" /priv
    check "resource \"$priv_resource\" /priv shows $priv_name $new_value" '[ $status = 0 ]' \
        "row_with D $(q "$priv_resource") $(q "$priv_name") $(q "$(dword_text "$new_value")")"
fi

# New private properties of each format.
run $C node "$first_node" /priv cluster-exe-string=hello cluster-exe-dword=5:dword \
    "cluster-exe-multi=one,two words:multistr" cluster-exe-binary=12,0xab,255:binary cluster-exe-ularge=0x100000000:ularge
check "node $first_node /priv: new properties of five formats" '[ $status = 0 ]' "[ ! -s \$tmp/err ]"
run $C node "$first_node" /priv
check "node $first_node /priv shows them, each in its format" '[ $status = 0 ]' \
    "row_with S $(q "$first_node") cluster-exe-string hello" \
    "row_with D $(q "$first_node") cluster-exe-dword '5 (0x5)'" \
    "row_with M $(q "$first_node") cluster-exe-multi one" \
    "row_with M $(q "$first_node") cluster-exe-multi 'two words'" \
    "row_with B $(q "$first_node") cluster-exe-binary '0c ab ff'" \
    "row_with U $(q "$first_node") cluster-exe-ularge '4294967296 (0x100000000)'"

# ---- bad property settings ----
if [ -n "$first_group" ]; then
    run $C group "$first_group" /prop cluster-exe-no-such-property=1
    check_error "group /prop with a name that is no common property: 87" 87
    check "... says why" "grep -qF \"'cluster-exe-no-such-property' is not a common property\" \$tmp/err"
    run $C group "$first_group" /prop
    check "... and sets nothing" '[ $status = 0 ]' "! grep -q cluster-exe-no-such-property \$tmp/out"
fi
run $C node "$first_node" /prop NodeName=renamed
check_error "node /prop NodeName=...: a read-only property, refused by the cluster: 87" 87
if [ -n "$first_resource" ]; then
    run $C resource "$first_resource" /prop RestartThreshold=seven
    check_error "a DWORD property with a value that is no number: 87" 87
    check "... says why" "grep -qF \"The value 'seven' of property 'RestartThreshold' is not a number\" \$tmp/err"
    run $C resource "$first_resource" /priv cluster-exe-sd=1:security
    check_error "a :security value (not supported): 50" 50
    run $C resource "$first_resource" /prop RestartThreshold
    check_usage "a parameter without '=' is refused" "is not a property assignment"
fi
run $C resource /prop RestartThreshold=1
check_usage "setting properties without an object name is refused" "needs a resource name"
run $C resource nosuchresource /prop
check_error "properties of an unknown resource: 5007" 5007
run $C resourcetype "no such type" /prop
check_error "properties of an unknown resource type: 5078" 5078

# ---- only the properties named: /prop:Name1,Name2 ----
if [ -n "$first_group" ]; then
    # names are not case-sensitive; the rows keep the cluster's spelling and order
    run $C group "$first_group" /prop:failoverperiod,Description
    check "group \"$first_group\" /prop:failoverperiod,Description lists those two only" '[ $status = 0 ]' \
        "has_line $(q "Listing properties for '$first_group':")" "[ \$(row_count) = 2 ]" \
        "row_with S $(q "$first_group") Description 'cluster-exe group description'" \
        "row_with D $(q "$first_group") FailoverPeriod '16 (0x10)'" "! grep -q ' \$' \$tmp/out"
    run $C group "$first_group" /prop:Description,cluster-exe-nope
    check_error "group /prop: with a name the group does not have: 87" 87
    check "... says which, and lists nothing" "[ ! -s \$tmp/out ]" \
        "grep -qxF $(q "'cluster-exe-nope' is not a common property of resource group '$first_group'.") \$tmp/err"
fi
run $C resource /prop:RestartThreshold
check "resource /prop:RestartThreshold: one row per resource, of that property" '[ $status = 0 ]' \
    "has_line 'Listing properties for all resources:'" "[ \$(row_count) = $(count resource) ]" \
    "[ -z \"\$(rows | cut -f3 | grep -vx RestartThreshold)\" ]"
run $C node /priv:cluster-exe-string
check "node /priv:cluster-exe-string: only the node that has it" '[ $status = 0 ]' \
    "[ \$(row_count) = 1 ]" "row_with S $(q "$first_node") cluster-exe-string hello"
run $C node /priv:cluster-exe-nope
check_error "node /priv: with a name no node has: 87" 87
check "... says so" "grep -qxF \"'cluster-exe-nope' is not a private property of any node.\" \$tmp/err"
run $C group /prop:Description,
check_usage "an empty name in /prop:Names is a bad command line" "is not a list of property names"

# ---- back to the default: /prop:Names /usedefault ----
# The defaults are the SDK's ("Group Common Properties": FailoverPeriod 6,
# Description empty), which the simulated cluster keeps.
run $C /prop:Description /usedefault
check "/prop:Description /usedefault: exit 0, nothing printed" '[ $status = 0 ]' "[ ! -s \$tmp/out ]" "[ ! -s \$tmp/err ]"
run $C /prop:Description
check "... the cluster's Description is empty again (was set above)" '[ $status = 0 ]' \
    "row_with S $(q "$cluster_name") Description ''"
if [ -n "$first_group" ]; then
    run $C group "$first_group" /prop:FailoverPeriod,Description /usedefault
    check "group \"$first_group\" /prop:FailoverPeriod,Description /usedefault: exit 0" '[ $status = 0 ]' \
        "[ ! -s \$tmp/err ]"
    run $C group "$first_group" /prop:FailoverPeriod,Description
    check "... FailoverPeriod 16 -> 6, Description -> empty" '[ $status = 0 ]' \
        "row_with D $(q "$first_group") FailoverPeriod '6 (0x6)'" "row_with S $(q "$first_group") Description ''"
    run $C group "$first_group" /prop:cluster-exe-nope /usedefault
    check_error "/usedefault of a name that is no common property: 87" 87
    check "... says why" "grep -qF \"'cluster-exe-nope' is not a common property\" \$tmp/err"
    run $C group "$first_group" /prop FailoverPeriod=9
    run $C group "$first_group" /usedefault:FailoverPeriod /prop
    check "/prop /usedefault:Name is taken too" '[ $status = 0 ]'
    run $C group "$first_group" /prop:FailoverPeriod
    check "... FailoverPeriod 9 -> 6" '[ $status = 0 ]' "row_with D $(q "$first_group") FailoverPeriod '6 (0x6)'"
    run $C group "$first_group" /prop /usedefault
    check_usage "/usedefault without names is a bad command line" "needs the names"
    run $C group "$first_group" /prop:Description /usedefault Description=x
    check_usage "/usedefault with Name=Value is a bad command line" "cannot be combined"
fi
run $C group /prop:Description /usedefault
check_usage "/usedefault without an object name is a bad command line" "needs a resource group name"
# private properties are deleted
run $C node "$first_node" /priv:cluster-exe-string,CLUSTER-EXE-DWORD /usedefault
check "node $first_node /priv:cluster-exe-string,CLUSTER-EXE-DWORD /usedefault: exit 0" '[ $status = 0 ]' \
    "[ ! -s \$tmp/err ]"
run $C node "$first_node" /priv
check "... both are gone, the others stay" '[ $status = 0 ]' \
    "! grep -q 'cluster-exe-string\|cluster-exe-dword' \$tmp/out" "row_with M $(q "$first_node") cluster-exe-multi one"
run $C node "$first_node" /priv:cluster-exe-string /usedefault
check_error "/usedefault of a private property the node no longer has: 87" 87
run $C node "$first_node" /prop:NodeName /usedefault
check_error "node /prop:NodeName /usedefault: read-only, refused by the cluster: 87" 87

# ---- the cluster registry: /reg ----
run $C /reg
expect=()
for subkey in Nodes Groups Resources ResourceTypes Networks NetworkInterfaces; do expect+=("row_with $subkey"); done
while IFS= read -r path; do
    [ -n "$path" ] && [ "${path#*\\}" = "$path" ] && expect+=("row_with $(q "$path")")
done < <(awk -F '\t' '$1 == "registry" && $3 == "" { print $2 }' "$tmp/kv.tsv")
while IFS=$'\t' read -r key value; do
    case "${value%%:*}" in
        DWORD) expect+=("ROWS=value_rows row_with $(q "$key") REG_DWORD $(q "$(dword_text "${value#*:}")")") ;;
        SZ) expect+=("ROWS=value_rows row_with $(q "$key") REG_SZ $(q "${value#*:}")") ;;
    esac
done < <(awk -F '\t' '$1 == "registry" && $2 == "" && $3 != "" { print $3 "\t" $4 }' "$tmp/kv.tsv")
cluster_id=$(kv cluster '' id)
[ -n "$cluster_id" ] && expect+=("ROWS=value_rows row_with ClusterInstanceID REG_SZ $(q "$cluster_id")")
check "/reg lists the root key: the object keys, the described keys and values" '[ $status = 0 ]' \
    "has_line 'Listing the root key of the cluster registry:'" "grep -q '^Subkey\$' \$tmp/out" \
    "ROWS=value_rows row_with ClusterName REG_SZ $(q "$cluster_name")" "! grep -q ' \$' \$tmp/out" "${expect[@]}"

group_ids=$(awk -F '\t' '$1 == "group" && $3 == "id" { print $4 }' "$tmp/kv.tsv" | sort)
if [ "$(echo "$group_ids" | wc -l)" = "$(count group)" ]; then
    run $C /reg Groups
    check "/reg Groups lists a key per group, named by its id" '[ $status = 0 ]' \
        "has_line $(q "Listing cluster registry key 'Groups':")" "[ \"\$(rows | sort)\" = $(q "$group_ids") ]"
    first_group_id=$(kv group "$first_group" id)
    run $C /reg "Groups\\$first_group_id"
    check "/reg Groups\\<id> has the group's Name" '[ $status = 0 ]' \
        "ROWS=value_rows row_with Name REG_SZ $(q "$first_group")"
fi
if [ -n "$first_resource" ]; then
    run $C resource "$first_resource" /reg
    check "resource \"$first_resource\" /reg: its key's Name and Type" '[ $status = 0 ]' \
        "has_line $(q "Listing the registry key of resource '$first_resource':")" \
        "ROWS=value_rows row_with Name REG_SZ $(q "$first_resource")" \
        "ROWS=value_rows row_with Type REG_SZ $(q "$(kv resource "$first_resource" type)")"
fi
run $C /reg cluster-exe-no-such-key
check_error "/reg of a key that does not exist: 2" 2
run $C resource nosuchresource /reg
check_error "/reg of an unknown resource: 5007" 5007
run $C group /reg
check_usage "/reg of an object kind without a name is refused" "needs a group name"
run $C /reg Groups Nodes
check_usage "/reg with two key paths is refused" "takes one key path"

# ---- state changes (they change this script's own cmrpd only) ----
if [ -n "$other_node" ]; then
    run $C node "$other_node" /pause
    check "node $other_node /pause: Paused" '[ $status = 0 ]' "row_with $(q "$other_node") '*' Paused"
    run $C node "$other_node" /resume
    check "node $other_node /resume: Up" '[ $status = 0 ]' "row_with $(q "$other_node") '*' Up"
fi

# a group that is not a core group, and a node that does not own it
role=$(awk -F '\t' '$1 == "group" && $5 != "yes" { print $2 "\t" $3; exit }' "$tmp/config.tsv")
if [ -n "$role" ]; then
    role_group=${role%%	*}
    role_owner=${role#*	}
    target=$(field node 2 | grep -vxF "$role_owner" | head -1)
    run $C group "$role_group" /offline /wait:20
    check "group \"$role_group\" /offline /wait: Offline" '[ $status = 0 ]' \
        "grep -qxF \"Bringing resource group '$role_group' offline...\" \$tmp/out" \
        "row_with $(q "$role_group") $(q "$role_owner") Offline"
    run $C group "$role_group" /online
    check "group \"$role_group\" /online without /wait: exit 0, Online or Pending" '[ $status = 0 ]' \
        "row_with $(q "$role_group") $(q "$role_owner") '~Online|Pending'"
    sleep 1   # let the pending online end (the description's transition_delay_ms)
    if [ -n "$target" ]; then
        run $C group "$role_group" /move:"$target" /wait:20
        check "group \"$role_group\" /moveto:$target /wait: Online on $target" '[ $status = 0 ]' \
            "row_with $(q "$role_group") $(q "$target") Online"
        run $C group "$role_group" /move /wait:20
        check "group \"$role_group\" /moveto (best node) /wait: Online" '[ $status = 0 ]' \
            "row_with $(q "$role_group") '*' Online"
    fi
    role_resource=$(awk -F '\t' -v g="$role_group" '$1 == "resource" && $3 == g { print $2; exit }' "$tmp/config.tsv")
    if [ -n "$role_resource" ]; then
        run $C resource "$role_resource" /offline
        check "resource \"$role_resource\" /offline: exit 0, Offline Pending or Offline" '[ $status = 0 ]' \
            "row_with $(q "$role_resource") $(q "$role_group") '*' '~Offline Pending|Offline'"
        run $C resource "$role_resource" /online /wait:20
        check "resource \"$role_resource\" /online /wait: Online" '[ $status = 0 ]' \
            "row_with $(q "$role_resource") $(q "$role_group") '*' Online"
    fi
fi

run $C group "cluster-exe test group" /create
check "group /create: a new group, Offline" '[ $status = 0 ]' \
    "row_with 'cluster-exe test group' '*' Offline"
run $C group "cluster-exe test group" /rename:"cluster-exe renamed group"
check "group /rename: the new name" '[ $status = 0 ]' "row_with 'cluster-exe renamed group' '*' '*'"
run $C group "cluster-exe renamed group" /delete
check "group /delete" '[ $status = 0 ]'
run $C group "cluster-exe renamed group"
check_error "the deleted group is gone: 5013" 5013

# ---- the end ----
stop_cmrpd
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
