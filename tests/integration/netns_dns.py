"""A one-answer DNS server for netns.sh: every PTR query on 127.0.0.1:53
gets the name given on the command line, so a test can tell in which
network namespace netstat's resolver ran."""
import socket
import struct
import sys

name = sys.argv[1]
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 53))
print("ready", flush=True)
rdata = b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"
while True:
    q, peer = s.recvfrom(512)
    qid = q[:2]
    end = 12
    while q[end]:
        end += q[end] + 1
    question = q[12:end + 5]
    header = qid + struct.pack(">HHHHH", 0x8180, 1, 1, 0, 0)
    answer = (b"\xc0\x0c" + struct.pack(">HHIH", 12, 1, 60, len(rdata)) +
              rdata)
    s.sendto(header + question + answer, peer)
