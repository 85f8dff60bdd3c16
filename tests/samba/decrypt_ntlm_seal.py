#!/usr/bin/env python3
# tests/samba/decrypt_ntlm_seal.py PCAP PORT PASSWORD_FILE [PLAIN.pcap]
#
# Decrypts every sealed DCE/RPC request and response of every NTLMSSP stream
# (NTLMv2, extended session security, key exchange: what Samba negotiates) to
# TCP port PORT in PCAP with the password (the first line of PASSWORD_FILE,
# so that it is on no command line), independently of Wireshark, and
# verifies each PDU's signature (MS-NLMP 3.4.4.2: HMAC-MD5 over the sequence
# number and the PDU, its first 8 bytes sealed with the same RC4 stream).
# With PLAIN.pcap it also writes every PDU of those streams, the sealed ones
# unsealed (stub without padding, no auth trailer, auth_len 0), one PDU per
# TCP segment, for Wireshark's CLUSAPI dissector to judge the stubs alone.
#
# Why: Wireshark 4.0's own NTLMSSP decryption loses its RC4 position once a
# sealed request with an empty stub has gone by, and garbles the rest of that
# TCP stream (server/samba/README.md, "tshark").  This shows, PDU by PDU,
# that the traffic itself is right.
#
# Prints one line per stream and "total: N sealed PDUs, E with an empty stub,
# G decrypt and verify, B do not"; exit status 1 if B > 0 or nothing was
# checked.  Pure Python 3 (MD4 is written out: OpenSSL 3 no longer offers it).
import hashlib, hmac, struct, subprocess, sys, collections

def md4(data):
    def f(x, y, z): return (x & y) | (~x & z)
    def g(x, y, z): return (x & y) | (x & z) | (y & z)
    def h(x, y, z): return x ^ y ^ z
    def rol(v, s): v &= 0xffffffff; return ((v << s) | (v >> (32 - s))) & 0xffffffff
    msg = bytearray(data); n = len(data) * 8
    msg.append(0x80)
    while len(msg) % 64 != 56: msg.append(0)
    msg += struct.pack('<Q', n)
    a, b, c, d = 0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476
    for i in range(0, len(msg), 64):
        X = struct.unpack('<16I', msg[i:i + 64]); aa, bb, cc, dd = a, b, c, d
        for k in range(16):
            s = (3, 7, 11, 19)[k % 4]
            if k % 4 == 0: a = rol(a + f(b, c, d) + X[k], s)
            elif k % 4 == 1: d = rol(d + f(a, b, c) + X[k], s)
            elif k % 4 == 2: c = rol(c + f(d, a, b) + X[k], s)
            else: b = rol(b + f(c, d, a) + X[k], s)
        for k in range(16):
            idx = (0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15)[k]; s = (3, 5, 9, 13)[k % 4]
            if k % 4 == 0: a = rol(a + g(b, c, d) + X[idx] + 0x5a827999, s)
            elif k % 4 == 1: d = rol(d + g(a, b, c) + X[idx] + 0x5a827999, s)
            elif k % 4 == 2: c = rol(c + g(d, a, b) + X[idx] + 0x5a827999, s)
            else: b = rol(b + g(c, d, a) + X[idx] + 0x5a827999, s)
        for k in range(16):
            idx = (0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15)[k]; s = (3, 9, 11, 15)[k % 4]
            if k % 4 == 0: a = rol(a + h(b, c, d) + X[idx] + 0x6ed9eba1, s)
            elif k % 4 == 1: d = rol(d + h(a, b, c) + X[idx] + 0x6ed9eba1, s)
            elif k % 4 == 2: c = rol(c + h(d, a, b) + X[idx] + 0x6ed9eba1, s)
            else: b = rol(b + h(c, d, a) + X[idx] + 0x6ed9eba1, s)
        a, b, c, d = [(x + y) & 0xffffffff for x, y in ((a, aa), (b, bb), (c, cc), (d, dd))]
    return struct.pack('<4I', a, b, c, d)

class RC4:
    def __init__(self, key):
        S = list(range(256)); j = 0
        for i in range(256):
            j = (j + S[i] + key[i % len(key)]) & 255; S[i], S[j] = S[j], S[i]
        self.S, self.i, self.j = S, 0, 0
    def crypt(self, data):
        S, i, j, out = self.S, self.i, self.j, bytearray()
        for byte in data:
            i = (i + 1) & 255; j = (j + S[i]) & 255; S[i], S[j] = S[j], S[i]
            out.append(byte ^ S[(S[i] + S[j]) & 255])
        self.i, self.j = i, j
        return bytes(out)

pcap, port = sys.argv[1], int(sys.argv[2])
with open(sys.argv[3]) as f:
    password = f.readline().rstrip('\n')
rows = subprocess.run(['tshark', '-r', pcap, '-Y', 'tcp.port==%d && tcp.len > 0' % port, '-T', 'fields',
                       '-E', 'separator=|', '-e', 'frame.number', '-e', 'tcp.stream', '-e', 'tcp.srcport',
                       '-e', 'tcp.dstport', '-e', 'tcp.payload'], capture_output=True, text=True).stdout.splitlines()
data = collections.defaultdict(bytearray)     # (stream, to_server) -> bytes
frames = collections.defaultdict(list)        # (stream, to_server) -> [(offset, frame)]
client_port = {}
for row in rows:
    frame, stream, src, dst, payload = row.split('|')
    key = (int(stream), int(dst) == port)
    frames[key].append((len(data[key]), int(frame)))
    data[key] += bytes.fromhex(payload.replace(':', ''))
    client_port[int(stream)] = int(src) if int(dst) == port else int(dst)

class PDU(bytes):
    frame = 0
    plain = None      # the PDU unsealed, once verified

def pdus(key):
    buf, off, marks = data[key], 0, frames[key]
    while off + 16 <= len(buf):
        frag_len = struct.unpack_from('<H', buf, off + 8)[0]
        p = PDU(buf[off:off + frag_len])
        p.frame = max(f for o, f in marks if o <= off)
        yield p
        off += frag_len

def ntlmssp_token(pdu):
    i = pdu.find(b'NTLMSSP\0')
    return pdu[i:] if i >= 0 else None

def field(msg, at):
    length, _, offset = struct.unpack_from('<HHI', msg, at)
    return msg[offset:offset + length]

nt_hash = md4(password.encode('utf-16-le'))
all_pdus = {}
total = collections.Counter()
for stream in sorted({s for s, _ in data}):
    to_server, to_client = list(pdus((stream, True))), list(pdus((stream, False)))
    all_pdus[stream] = sorted(to_server + to_client, key=lambda p: p.frame)
    challenge = auth = None
    for p in to_client:
        t = ntlmssp_token(p)
        if t and struct.unpack_from('<I', t, 8)[0] == 2: challenge = t
    for p in to_server:
        t = ntlmssp_token(p)
        if t and struct.unpack_from('<I', t, 8)[0] == 3: auth = t
    if not challenge or not auth:
        print('stream %d: no NTLMSSP exchange captured, not checked' % stream); continue
    server_challenge = challenge[24:32]
    nt_response, domain, user = field(auth, 20), field(auth, 28), field(auth, 36)
    encrypted_session_key = field(auth, 52)
    flags = struct.unpack_from('<I', auth, 60)[0]
    response_key = hmac.new(nt_hash, (user.decode('utf-16-le').upper()).encode('utf-16-le') + domain, 'md5').digest()
    nt_proof = hmac.new(response_key, server_challenge + nt_response[16:], 'md5').digest()
    if nt_proof != nt_response[:16]:
        print('stream %d: the password does not match the NTLMv2 response' % stream); continue
    session_base_key = hmac.new(response_key, nt_proof, 'md5').digest()
    exported = RC4(session_base_key).crypt(encrypted_session_key) if flags & 0x40000000 else session_base_key
    def key(kind, direction):
        return hashlib.md5(exported + ('session key to %s %s key magic constant\0' % (direction, kind)).encode()).digest()
    results = {}
    for to_server, plist, dname in ((True, to_server, 'client-to-server'), (False, to_client, 'server-to-client')):
        seal_key, sign_key = key('sealing', dname), key('signing', dname)
        rc4 = RC4(seal_key)
        good = bad = empty = sealed = 0
        first_bad = None
        for p in plist:
            frag_len, auth_len = struct.unpack_from('<HH', p, 8)
            # requests (0) and responses (2) with a 16-byte NTLMSSP verifier at PKT_PRIVACY (6)
            if p[2] not in (0, 2) or auth_len != 16 or p[frag_len - auth_len - 8 + 1] != 6: continue
            sealed += 1
            header = 24                                 # common header + alloc hint, context, opnum/cancel
            trailer = frag_len - auth_len - 8           # the auth trailer: type, level, pad length, ...
            pad = p[trailer + 2]
            plain = rc4.crypt(p[header:trailer])        # the stub and its padding
            verifier = p[frag_len - auth_len:]          # version, sealed checksum, sequence number
            checksum = rc4.crypt(verifier[4:12])
            signed = p[:header] + plain + p[trailer:frag_len - auth_len]
            if trailer == header: empty += 1
            if hmac.new(sign_key, verifier[12:16] + signed, 'md5').digest()[:8] == checksum:
                good += 1
                hdr = bytearray(p[:header])
                struct.pack_into('<HH', hdr, 8, header + len(plain) - pad, 0)
                p.plain = bytes(hdr) + plain[:len(plain) - pad]
            else:
                bad += 1
                if first_bad is None: first_bad = p.frame
        results[dname] = (sealed, good, bad, empty, first_bad)
        total['pdus'] += sealed; total['good'] += good; total['bad'] += bad; total['empty'] += empty
    print('stream %d: ' % stream + '; '.join('%s %d sealed PDUs (%d with an empty stub), %d signatures verify, %d do not%s'
          % (d, n, e, g, b, '' if not b else ' (first bad: frame %d)' % fb) for d, (n, g, b, e, fb) in results.items()))
print('total: %(pdus)d sealed PDUs, %(empty)d with an empty stub, %(good)d decrypt and verify, %(bad)d do not' % total)
status = 1 if total['bad'] or not total['pdus'] else 0

if len(sys.argv) > 4:
    # One PDU per TCP segment, raw IPv4 (LINKTYPE_RAW), in the captured order.
    out = open(sys.argv[4], 'wb')
    out.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, 101))
    seq = collections.defaultdict(lambda: 1000)
    def checksum(b):
        if len(b) % 2: b += b'\0'
        s = sum(struct.unpack('!%dH' % (len(b) // 2), b)); s = (s & 0xffff) + (s >> 16); s += s >> 16
        return ~s & 0xffff
    t = 0
    for stream, plist in sorted(all_pdus.items()):
        for p in plist:
            payload = p.plain if p.plain is not None else bytes(p)
            # direction: requests (0), binds (11), alter (14), auth3 (16) go to the server
            to_server = p[2] in (0, 11, 14, 16)
            sport, dport = (client_port[stream], port) if to_server else (port, client_port[stream])
            tcp = struct.pack('!HHIIBBHHH', sport, dport, seq[(stream, to_server)], seq[(stream, not to_server)],
                              5 << 4, 0x18, 65535, 0, 0) + payload
            seq[(stream, to_server)] += len(payload)
            ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(tcp), 0, 0x4000, 64, 6, 0,
                             bytes([127, 0, 0, 1]), bytes([127, 0, 0, 1]))
            ip = ip[:10] + struct.pack('!H', checksum(ip)) + ip[12:]
            packet = ip + tcp
            t += 1
            out.write(struct.pack('<IIII', t // 1000, (t % 1000) * 1000, len(packet), len(packet)) + packet)
    out.close()

sys.exit(status)
