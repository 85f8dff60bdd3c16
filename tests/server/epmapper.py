#!/usr/bin/python3
"""A minimal DCE/RPC endpoint mapper for tests: answers ept_map for one interface.

rpcclient ignores the port of an ncacn_ip_tcp binding and always asks the
endpoint mapper on TCP 135 (docs: samba-api.md 3.3); cmrpd has none.  This
serves just enough of the epmapper interface (v3.0) for that lookup: binds
(NDR only, unauthenticated) and epm_Map, which returns a tower for
ncacn_ip_tcp:ADDRESS[PORT] when the clusapi interface is asked for, and no
tower otherwise.  Everything is marshalled by Samba's own NDR (python3-samba).

Meant to run inside a private network namespace (unshare -n): port 135 there
touches nothing on the host.

usage: epmapper.py PORT [LISTEN_ADDRESS]   (serves until killed; prints
"epmapper: listening" once ready)
"""
import socket
import struct
import sys
import threading

from samba import ndr
from samba.dcerpc import dcerpc, epmapper, misc

CLUSAPI = misc.GUID("b97db8b2-4c63-11cf-bff6-08002be23f2f")
EPMAPPER = misc.GUID("e1af8308-5d1f-11c9-91a4-08002b14a0fa")
NDR32 = misc.GUID("8a885d04-1ceb-11c9-9fe8-08002b104860")
EPM_MAP = 3
NCA_OP_RNG_ERROR = 0x1C010002
EPMAPPER_STATUS_NO_MORE_ENTRIES = 0x16C9A0D6


def read_pdu(conn):
    """One whole PDU, or None at the end of the stream."""
    header = b""
    while len(header) < 16:
        chunk = conn.recv(16 - len(header))
        if not chunk:
            return None
        header += chunk
    length = struct.unpack_from("<H", header, 8)[0]
    body = b""
    while len(header) + len(body) < length:
        chunk = conn.recv(length - len(header) - len(body))
        if not chunk:
            return None
        body += chunk
    return header + body


def packet(ptype, call_id, payload):
    pkt = dcerpc.ncacn_packet()
    pkt.rpc_vers = 5
    pkt.rpc_vers_minor = 0
    pkt.ptype = ptype
    pkt.pfc_flags = dcerpc.DCERPC_PFC_FLAG_FIRST | dcerpc.DCERPC_PFC_FLAG_LAST
    pkt.drep = [dcerpc.DCERPC_DREP_LE, 0, 0, 0]
    pkt.auth_length = 0
    pkt.call_id = call_id
    pkt.u = payload
    pkt.frag_length = 0
    pkt.frag_length = len(ndr.ndr_pack(pkt))
    return ndr.ndr_pack(pkt)


def bind_ack(request):
    ack = dcerpc.bind_ack()
    ack.max_xmit_frag = ack.max_recv_frag = 4280
    ack.assoc_group_id = 0x4D50
    ack.secondary_address = "135"
    ack.secondary_address_size = 4
    results = []
    for ctx in request.u.ctx_list:
        result = dcerpc.ack_ctx()
        ndr32 = [s for s in ctx.transfer_syntaxes if s.uuid == NDR32 and s.if_version == 2]
        if ctx.abstract_syntax.uuid == EPMAPPER and ndr32:
            result.result = dcerpc.DCERPC_BIND_ACK_RESULT_ACCEPTANCE
            result.reason = 0
            result.syntax = ndr32[0]
        else:
            result.result = dcerpc.DCERPC_BIND_ACK_RESULT_PROVIDER_REJECTION
            result.reason = dcerpc.DCERPC_BIND_ACK_REASON_TRANSFER_SYNTAXES_NOT_SUPPORTED
            result.syntax = misc.ndr_syntax_id()
        results.append(result)
    ack.ctx_list = results
    ack.num_results = len(results)
    ack.auth_info = b""
    return packet(dcerpc.DCERPC_PKT_BIND_ACK, request.call_id, ack)


def fault(request, status):
    answer = dcerpc.fault()
    answer.alloc_hint = 0
    answer.context_id = request.u.context_id
    answer.cancel_count = 0
    answer.flags = 0
    answer.status = status
    answer.reserved = 0
    answer.error_and_verifier = b""
    return packet(dcerpc.DCERPC_PKT_FAULT, request.call_id, answer)


def ept_map(request, address, port):
    call = epmapper.epm_Map()
    ndr.ndr_unpack_in(call, request.u.stub_and_verifier, allow_remaining=True)
    call.out_entry_handle = misc.policy_handle()
    call.out_towers = []
    call.out_num_towers = 0
    call.result = EPMAPPER_STATUS_NO_MORE_ENTRIES
    asked = call.in_map_tower.tower if call.in_map_tower else None
    floors = list(asked.floors) if asked else []
    # uuid, transfer syntax, ncacn, tcp, ip: the clusapi interface over TCP
    if len(floors) == 5 and floors[0].lhs.lhs_data[:16] == ndr.ndr_pack(CLUSAPI) \
            and floors[3].lhs.protocol == epmapper.EPM_PROTOCOL_TCP:
        floors[3].rhs.port = port
        floors[4].rhs.ipaddr = address
        tower = epmapper.epm_tower()
        tower.floors = floors
        tower.num_floors = len(floors)
        twr = epmapper.epm_twr_t()
        twr.tower = tower           # tower_length is computed by the push
        entry = epmapper.epm_twr_p_t()
        entry.twr = twr
        call.out_towers = [entry]
        call.out_num_towers = 1
        call.result = 0
    answer = dcerpc.response()
    answer.alloc_hint = 0
    answer.context_id = request.u.context_id
    answer.cancel_count = 0
    answer.reserved = 0
    answer.stub_and_verifier = ndr.ndr_pack_out(call)
    answer.alloc_hint = len(answer.stub_and_verifier)
    return packet(dcerpc.DCERPC_PKT_RESPONSE, request.call_id, answer)


def serve(conn, address, port):
    with conn:
        while True:
            data = read_pdu(conn)
            if data is None:
                return
            request = ndr.ndr_unpack(dcerpc.ncacn_packet, data, allow_remaining=True)
            if request.ptype in (dcerpc.DCERPC_PKT_BIND, dcerpc.DCERPC_PKT_ALTER):
                reply = bind_ack(request)
                if request.ptype == dcerpc.DCERPC_PKT_ALTER:
                    reply = reply[:2] + bytes([dcerpc.DCERPC_PKT_ALTER_RESP]) + reply[3:]
            elif request.ptype == dcerpc.DCERPC_PKT_REQUEST and request.u.opnum == EPM_MAP:
                reply = ept_map(request, address, port)
            elif request.ptype == dcerpc.DCERPC_PKT_REQUEST:
                reply = fault(request, NCA_OP_RNG_ERROR)
            else:
                return
            conn.sendall(reply)


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    port = int(sys.argv[1])
    address = sys.argv[2] if len(sys.argv) == 3 else "127.0.0.1"
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind((address, 135))
    listener.listen(16)
    print("epmapper: listening", flush=True)
    while True:
        conn, _ = listener.accept()
        threading.Thread(target=serve, args=(conn, address, port), daemon=True).start()


if __name__ == "__main__":
    main()
