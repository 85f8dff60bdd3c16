#!/bin/sh
# Checks cmrpd serving several nodes of one cluster (-n NODE=ADDRESS) and its
# admin socket (-a PATH, cmrpd --admin PATH NODE down|up|status):
#  - each address answers ApiGetClusterName with its own node's name;
#  - "node2 down": a connection to node2 drops, 127.0.0.2 refuses connections,
#    node1 reports node2 Down (ApiGetNodeState) and FS1, which node2 owned,
#    has failed over to node1 (ApiGetGroupState);
#  - "node2 up": node2 answers again and is Up;
#  - with every node down, the first node back takes the groups (and brings
#    them online) that had nowhere to go;
#  - bad -n/-a uses are refused; SIGTERM stops it cleanly.
# The client is a small DCE/RPC speaker in Python (no Samba client needed).
# One line per check ("ok N - ..." / "not ok N - ..."), then "N passed, N failed";
# exit status 1 if anything failed.
#
# Run from the build directory (or set BUILDDIR or CMRPD):  tests/server/test_multinode.sh
# Environment: BUILDDIR, CMRPD, PYTHON, and EXPECT_CLUSTER / EXPECT_NODE1 / EXPECT_NODE2 /
# EXPECT_GROUP to change what is expected (set one wrongly to see the test fail).

set -u

script_dir=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=tests/server/common.sh
. "$script_dir/common.sh"
PYTHON=${PYTHON:-python3}
EXPECT_CLUSTER=${EXPECT_CLUSTER:-FSCLUSTER}
EXPECT_NODE1=${EXPECT_NODE1:-node1}
EXPECT_NODE2=${EXPECT_NODE2:-node2}
EXPECT_GROUP=${EXPECT_GROUP:-FS1}
ADDRESS1=127.0.0.1
ADDRESS2=127.0.0.2

# expect DESCRIPTION EXPECTED ACTUAL
expect() {
    if [ "$2" = "$3" ]; then pass "$1"; else fail "$1"; echo "#   expected '$2', got '$3'"; fi
}

require_built server/cmrpd "$CMRPD"
if ! command -v "$PYTHON" > /dev/null 2>&1; then
    echo "missing $PYTHON" >&2
    exit 2
fi

make_tmp test_multinode

# The example cluster, with FS1 (and nothing else) on node2, so that node2's
# death has a group to fail over.
sed "/^\[group $EXPECT_GROUP\]/,/^owner/ s/^owner = .*/owner = $EXPECT_NODE2/" \
    "$top_srcdir/server/examples/two-node.conf" > "$tmp/cluster.conf"

# client.py HOST PORT name | nodestate NODE | group GROUP | drop COMMAND...
# prints the answer; "refused" (status 3) if nothing listens.
cat > "$tmp/client.py" <<'PYTHON_END'
import socket, struct, subprocess, sys, uuid

def syntax(text, major, minor):
    return uuid.UUID(text).bytes_le + struct.pack('<HH', major, minor)

CLUSAPI_V3 = syntax('b97db8b2-4c63-11cf-bff6-08002be23f2f', 3, 0)
NDR32 = uuid.UUID('8a885d04-1ceb-11c9-9fe8-08002b104860').bytes_le + struct.pack('<I', 2)

class Connection:
    def __init__(self, host, port):
        self.sock = socket.create_connection((host, port), timeout=10)
        self.call_id = 1
        # bind: max_xmit, max_recv, assoc_group, one context (id 0, one transfer syntax)
        body = struct.pack('<HHIB3x', 4280, 4280, 0, 1) + struct.pack('<HBx', 0, 1) + CLUSAPI_V3 + NDR32
        ptype, _ = self.exchange(11, body)
        if ptype != 12:
            raise RuntimeError('bind refused (PDU type %d)' % ptype)

    def exchange(self, ptype, body):
        header = struct.pack('<BBBB4sHHI', 5, 0, ptype, 3, b'\x10\0\0\0', 16 + len(body), 0, self.call_id)
        self.call_id += 1
        self.sock.sendall(header + body)
        return self.receive()

    def exactly(self, size):
        data = b''
        while len(data) < size:
            chunk = self.sock.recv(size - len(data))
            if not chunk:
                raise EOFError('connection closed')
            data += chunk
        return data

    def receive(self):
        stub = b''
        while True:
            header = self.exactly(16)
            ptype, flags = header[2], header[3]
            body = self.exactly(struct.unpack('<H', header[8:10])[0] - 16)
            if ptype not in (2, 3):
                return ptype, body
            stub += body[8:]        # response/fault: alloc_hint, context id, cancel count
            if flags & 2 or ptype == 3:
                return ptype, stub

    def call(self, opnum, stub=b''):
        ptype, out = self.exchange(0, struct.pack('<IHH', len(stub), 0, opnum) + stub)
        if ptype == 3:
            raise RuntimeError('fault 0x%08x' % struct.unpack('<I', out[:4])[0])
        return out

def string_in(text):
    data = (text + '\0').encode('utf-16-le')
    count = len(data) // 2
    data = struct.pack('<III', count, 0, count) + data
    return data + b'\0' * (-len(data) % 4)

class Reader:
    def __init__(self, data):
        self.data, self.offset = data, 0
    def u32(self):
        self.offset += -self.offset % 4
        value = struct.unpack_from('<I', self.data, self.offset)[0]
        self.offset += 4
        return value
    def string_out(self):
        if not self.u32():
            return None
        self.u32(); self.u32()
        count = self.u32()
        text = self.data[self.offset:self.offset + 2 * count].decode('utf-16-le').rstrip('\0')
        self.offset += 2 * count
        return text
    def bytes(self, size):
        value = self.data[self.offset:self.offset + size]
        self.offset += size
        return value

def open_object(connection, opnum, name):
    reader = Reader(connection.call(opnum, string_in(name)))
    status = reader.u32()
    reader.u32()
    if status:
        raise RuntimeError('cannot open %s: error %d' % (name, status))
    return reader.bytes(20)

def main():
    host, port, what = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    try:
        connection = Connection(host, port)
        if what == 'name':              # ApiGetClusterName
            reader = Reader(connection.call(3))
            print(reader.string_out(), reader.string_out())
        elif what == 'nodestate':       # ApiOpenNode, ApiGetNodeState
            reader = Reader(connection.call(68, open_object(connection, 66, sys.argv[4])))
            state = reader.u32()
            print(['up', 'down', 'paused', 'joining'][state] if state < 4 else state)
        elif what == 'group':           # ApiOpenGroup, ApiGetGroupState: state and owner
            reader = Reader(connection.call(45, open_object(connection, 41, sys.argv[4])))
            state = reader.u32()
            names = ['online', 'offline', 'failed', 'partialonline', 'pending']
            print(names[state] if state < len(names) else state, reader.string_out())
        elif what == 'drop':            # a live connection; run the command; does it drop?
            connection.call(3)
            subprocess.run(sys.argv[4:], check=True, stdout=subprocess.DEVNULL)
            try:
                connection.call(3)
                print('still answering')
            except (EOFError, OSError):
                print('dropped')
    except ConnectionRefusedError:
        print('refused')
        sys.exit(3)
    except (EOFError, OSError, RuntimeError) as error:
        print('error: %s' % error)
        sys.exit(1)

main()
PYTHON_END

client() { "$PYTHON" "$tmp/client.py" "$@" 2>&1; }
admin() { "$CMRPD" --admin "$tmp/admin" "$@"; }

# ---- refused configurations ----
"$CMRPD" -c "$tmp/cluster.conf" -n "$EXPECT_NODE1=$ADDRESS1" -f > /dev/null 2>&1
expect "-n without -p is refused" 2 $?
"$CMRPD" -c "$tmp/cluster.conf" -p 0 -n "nosuchnode=$ADDRESS1" -f > /dev/null 2>&1
expect "-n with a node the cluster does not have is refused" 1 $?
"$CMRPD" -c "$tmp/cluster.conf" -p 0 -l "$ADDRESS1" -n "$EXPECT_NODE1=$ADDRESS1" -f > /dev/null 2>&1
expect "-l and -n together are refused" 2 $?

# ---- two nodes, one process ----
cmrpd_start "$tmp/cmrpd" -- -c "$tmp/cluster.conf" -p 0 -n "$EXPECT_NODE1=$ADDRESS1" -n "$EXPECT_NODE2=$ADDRESS2" \
    -a "$tmp/admin"
port1=$(cmrpd_port "$tmp/cmrpd" "$ADDRESS1" "$EXPECT_NODE1")
port2=$(cmrpd_port "$tmp/cmrpd" "$ADDRESS2" "$EXPECT_NODE2")
if [ -s "$tmp/cmrpd.pid" ] && [ -n "$port1" ] && [ "$port1" = "$port2" ]; then
    pass "cmrpd serves $EXPECT_NODE1 on $ADDRESS1 and $EXPECT_NODE2 on $ADDRESS2, one port ($port1)"
else
    fail "cmrpd serves $EXPECT_NODE1 on $ADDRESS1 and $EXPECT_NODE2 on $ADDRESS2, one port"
    sed 's/^/#   /' "$tmp/cmrpd.out" "$tmp/cmrpd.err"
    echo "$passed passed, $failed failed"
    exit 1
fi
port=$port1

expect "$ADDRESS1 answers as $EXPECT_NODE1 (ApiGetClusterName)" "$EXPECT_CLUSTER $EXPECT_NODE1" "$(client $ADDRESS1 $port name)"
expect "$ADDRESS2 answers as $EXPECT_NODE2 (ApiGetClusterName)" "$EXPECT_CLUSTER $EXPECT_NODE2" "$(client $ADDRESS2 $port name)"
expect "$EXPECT_NODE1 reports $EXPECT_NODE2 up" up "$(client $ADDRESS1 $port nodestate "$EXPECT_NODE2")"
expect "$EXPECT_NODE2 reports $EXPECT_NODE1 up" up "$(client $ADDRESS2 $port nodestate "$EXPECT_NODE1")"
expect "$EXPECT_GROUP is online on $EXPECT_NODE2" "online $EXPECT_NODE2" "$(client $ADDRESS1 $port group "$EXPECT_GROUP")"
expect "admin status: every node up" "ok|$EXPECT_NODE1 up ncacn_ip_tcp:$ADDRESS1[$port]|$EXPECT_NODE2 up ncacn_ip_tcp:$ADDRESS2[$port]" \
    "$(admin status | tr '\n' '|' | sed 's/|$//')"

# ---- node2 dies ----
expect "a connection to $EXPECT_NODE2 drops when it goes down" dropped \
    "$(client $ADDRESS2 $port drop "$CMRPD" --admin "$tmp/admin" "$EXPECT_NODE2" down)"
expect "$ADDRESS2 refuses connections while $EXPECT_NODE2 is down" refused "$(client $ADDRESS2 $port name)"
expect "$EXPECT_NODE1 reports $EXPECT_NODE2 down (ApiGetNodeState)" down "$(client $ADDRESS1 $port nodestate "$EXPECT_NODE2")"
# the failover may pass through pending states (transition_delay_ms)
i=0
while state=$(client $ADDRESS1 $port group "$EXPECT_GROUP"); [ "$state" != "online $EXPECT_NODE1" ] && [ $i -lt 30 ]; do
    sleep 0.1; i=$((i + 1))
done
expect "$EXPECT_GROUP failed over to $EXPECT_NODE1 and is online there" "online $EXPECT_NODE1" "$state"
expect "$ADDRESS1 still answers as $EXPECT_NODE1" "$EXPECT_CLUSTER $EXPECT_NODE1" "$(client $ADDRESS1 $port name)"
expect "admin status: $EXPECT_NODE2 down, its listener closed" "$EXPECT_NODE2 down ncacn_ip_tcp:$ADDRESS2[$port] (closed)" \
    "$(admin "$EXPECT_NODE2" status | sed -n 2p)"
admin "$EXPECT_NODE2" down > /dev/null
expect "taking a down node down again is harmless" "0 refused" "$? $(client $ADDRESS2 $port name)"
admin nosuchnode down > /dev/null 2>&1
expect "the admin command fails for a node the cluster does not have" 1 $?
admin "$EXPECT_NODE2" explode > /dev/null 2>&1
expect "the admin command fails for an unknown verb" 1 $?

# ---- node2 comes back ----
admin "$EXPECT_NODE2" up > /dev/null
expect "the admin command brings $EXPECT_NODE2 up" 0 $?
expect "$ADDRESS2 answers as $EXPECT_NODE2 again" "$EXPECT_CLUSTER $EXPECT_NODE2" "$(client $ADDRESS2 $port name)"
expect "$EXPECT_NODE1 reports $EXPECT_NODE2 up again" up "$(client $ADDRESS1 $port nodestate "$EXPECT_NODE2")"
expect "$EXPECT_NODE2 reports itself up" up "$(client $ADDRESS2 $port nodestate "$EXPECT_NODE2")"

# ---- node1 dies too: node2 takes everything ----
admin "$EXPECT_NODE1" down > /dev/null
expect "$ADDRESS1 refuses connections while $EXPECT_NODE1 is down" refused "$(client $ADDRESS1 $port name)"
i=0
while state=$(client $ADDRESS2 $port group "$EXPECT_GROUP"); [ "$state" != "online $EXPECT_NODE2" ] && [ $i -lt 30 ]; do
    sleep 0.1; i=$((i + 1))
done
expect "$EXPECT_GROUP failed back over to $EXPECT_NODE2" "online $EXPECT_NODE2" "$state"
admin "$EXPECT_NODE1" up > /dev/null
expect "$ADDRESS1 answers as $EXPECT_NODE1 after coming back" "$EXPECT_CLUSTER $EXPECT_NODE1" "$(client $ADDRESS1 $port name)"

# ---- every node down: the first back takes the groups and brings them online ----
admin "$EXPECT_NODE1" down > /dev/null
admin "$EXPECT_NODE2" down > /dev/null
admin "$EXPECT_NODE1" up > /dev/null
i=0
while state=$(client $ADDRESS1 $port group "$EXPECT_GROUP"); [ "$state" != "online $EXPECT_NODE1" ] && [ $i -lt 30 ]; do
    sleep 0.1; i=$((i + 1))
done
expect "every node down, $EXPECT_NODE1 back: it took $EXPECT_GROUP from $EXPECT_NODE2, online" "online $EXPECT_NODE1" "$state"
admin "$EXPECT_NODE2" up > /dev/null

# ---- shutdown ----
kill -TERM "$server"
wait "$server"
status=$?
server=""
if [ $status -eq 0 ] && [ ! -e "$tmp/admin" ] && [ ! -e "$tmp/cmrpd.pid" ]; then
    pass "SIGTERM: status 0, admin socket and pid file removed"
else
    fail "SIGTERM: status 0, admin socket and pid file removed (status $status)"
fi
if grep -qi "error\|assert\|segv" "$tmp/cmrpd.err"; then
    fail "nothing alarming on cmrpd's stderr"
    sed 's/^/#   /' "$tmp/cmrpd.err"
else
    pass "nothing alarming on cmrpd's stderr"
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
