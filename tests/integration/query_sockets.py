#!/usr/bin/env python3
"""Opens a varied, stable set of sockets for tests/integration/queries.sh.

Run inside a private network namespace (lo up, the documentation addresses
192.0.2.1/24, 192.0.2.2/24, 2001:db8::1/64 and 2001:db8::2/64 present,
see queries.sh). Prints "ready" on stdout once every socket is in place,
then holds them until it is killed, its stdin closes, or --lifetime
seconds have passed; each line read on stdin adds a fresh TIME_WAIT
socket and is answered with "ready". Nothing leaves the namespace.

Sockets: TCP listeners (IPv4, IPv6-only, dual-stack so accepted IPv4
peers show as v4-mapped), established pairs, unread data (recv_q > 0), a
full send buffer (send_q > 0), an unaccepted connection (a listener's
recv_q), FIN_WAIT2/CLOSE_WAIT and TIME_WAIT, UDP bound, connected and with
queued datagrams, raw ICMP sockets, UNIX stream, datagram and seqpacket
sockets (named under --dir, unnamed, abstract), and a few TCP, UDP and
UNIX sockets held by children running as other uids (65534 and 1000).
"""
import argparse
import os
import select
import signal
import socket
import sys
import time

V4A, V4B = "192.0.2.1", "192.0.2.2"
V6A, V6B = "2001:db8::1", "2001:db8::2"

keep = []


def hold(*socks):
    keep.extend(socks)
    return socks[0] if len(socks) == 1 else socks


def listener(family, addr, port, backlog=8, v6only=None):
    s = socket.socket(family, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if v6only is not None:
        s.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, int(v6only))
    s.bind((addr, port))
    s.listen(backlog)
    return hold(s)


def pair(lsock, family, addr, port, src=None):
    """A connection to lsock: (client, server side)."""
    c = socket.socket(family, socket.SOCK_STREAM)
    if src:
        c.bind((src, 0))
    c.connect((addr, port))
    a, _ = lsock.accept()
    return hold(c, a)


def tcp_sockets(l1, dual):
    listener(socket.AF_INET, "0.0.0.0", 2222)
    l3 = listener(socket.AF_INET, V4A, 443)
    l4 = listener(socket.AF_INET6, "::1", 22, v6only=True)
    l5 = listener(socket.AF_INET6, V6A, 80, v6only=True)
    # Established pairs, some with unread data on either end.
    c, a = pair(l1, socket.AF_INET, "127.0.0.1", 8080)
    c.sendall(b"x" * 5)
    c, a = pair(l1, socket.AF_INET, "127.0.0.1", 8080)
    a.sendall(b"y" * 300)
    pair(l1, socket.AF_INET, "127.0.0.1", 8080, src="127.0.0.2")
    c, a = pair(l3, socket.AF_INET, V4A, 443, src=V4B)
    c.sendall(b"hello")
    c, a = pair(l4, socket.AF_INET6, "::1", 22)
    a.sendall(b"SSH-2.0-qtest\r\n")
    pair(l5, socket.AF_INET6, V6A, 80, src=V6B)
    # A full send buffer: the receiver never reads and has a small buffer.
    c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    c.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    c.connect((V4A, 443))
    a, _ = l3.accept()
    hold(c, a)
    a.setblocking(False)
    try:
        while True:
            a.send(b"z" * 65536)
    except BlockingIOError:
        pass
    time.sleep(0.1)
    # Unaccepted connections: a listener's recv_q.
    listener(socket.AF_INET, V4A, 3306)
    hold(socket.create_connection((V4A, 3306)))
    hold(socket.create_connection((V4A, 3306)))
    # FIN_WAIT2 / CLOSE_WAIT: one end shut down, the other never closes.
    c, a = pair(l1, socket.AF_INET, "127.0.0.1", 8080)
    c.shutdown(socket.SHUT_WR)
    # A dual-stack listener: the IPv4 peers it accepts are v4-mapped.
    c, a = pair(dual, socket.AF_INET, "127.0.0.1", 8443)
    c.sendall(b"mapped")
    pair(dual, socket.AF_INET6, "::1", 8443)


def udp_sockets():
    u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u1.bind(("127.0.0.1", 53))
    u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u2.bind(("0.0.0.0", 5353))
    u3 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    u3.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
    u3.bind(("::", 5353))
    u4 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u4.connect(("127.0.0.1", 53))
    u4.send(b"query")  # queued, unread: u1's recv_q
    u5 = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    u5.bind((V6A, 0))
    u5.connect((V6B, 9))
    u6 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u6.bind((V4B, 123))
    hold(u1, u2, u3, u4, u5, u6)


def raw_sockets():
    for fam, proto in ((socket.AF_INET, socket.IPPROTO_ICMP),
                       (socket.AF_INET6, socket.IPPROTO_ICMPV6)):
        try:
            hold(socket.socket(fam, socket.SOCK_RAW, proto))
        except OSError:
            pass


def unix_sockets(d, tag):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(os.path.join(d, tag + "-stream.sock"))
    s.listen(4)
    hold(s)
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect(os.path.join(d, tag + "-stream.sock"))
    a, _ = s.accept()
    hold(c, a)
    g = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    g.bind(os.path.join(d, tag + "-dgram.sock"))
    hold(g)
    hold(*socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM))
    hold(*socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM))
    ab = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    ab.bind("\0qtest-" + tag)
    ab.listen(1)
    hold(ab)
    sp = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    sp.bind(os.path.join(d, tag + ".seq"))
    sp.listen(1)
    hold(sp)


def other_user(uid, d, port):
    """A child running as uid with a few sockets; returns its pid once
    they are in place."""
    r, w = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid:
        os.close(w)
        os.read(r, 1)
        os.close(r)
        return pid
    try:
        os.close(r)
        # No socket of the parent's (the listener on 8080) in the child.
        os.closerange(3, w)
        os.closerange(w + 1, 65536)
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
        listener(socket.AF_INET, "127.0.0.1", port)
        listener(socket.AF_INET6, "::", port + 1, v6only=True)
        u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        u.bind((V4A, port))
        hold(u)
        c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        c.connect(("127.0.0.1", 8080))
        hold(c)
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.bind(os.path.join(d, "u%d.sock" % uid))
        s.listen(1)
        hold(s)
        os.write(w, b"!")
        os.close(w)
        signal.signal(signal.SIGTERM, lambda *a: os._exit(0))
        # Until the parent goes away.
        while os.getppid() == parent:
            time.sleep(0.2)
    except BaseException as e:  # a child never returns into main()
        print("query_sockets: uid %d child: %r" % (uid, e), file=sys.stderr)
    os._exit(0)


def time_wait(server):
    """A connection to `server` closed by the client first, so the
    client's end stays in TIME_WAIT (for 60 s)."""
    c = socket.create_connection(server.getsockname())
    a, _ = server.accept()
    c.close()
    time.sleep(0.05)
    a.close()
    time.sleep(0.2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", required=True, help="for UNIX socket paths")
    ap.add_argument("--lifetime", type=float, default=300)
    args = ap.parse_args()
    deadline = time.monotonic() + args.lifetime

    os.chmod(args.dir, 0o755)  # the children (other uids) reach shared/
    shared = os.path.join(args.dir, "shared")
    os.makedirs(shared, exist_ok=True)
    os.chmod(shared, 0o1777)
    children = []

    # Children first: they hold no socket of the parent's.
    l1 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    l1.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    l1.bind(("127.0.0.1", 8080))
    l1.listen(16)
    children.append(other_user(65534, shared, 9000))
    children.append(other_user(1000, shared, 9100))
    # The children's connections to 8080 wait in l1's backlog: accept
    # them so the listener's recv_q does not depend on timing.
    hold(l1, *[l1.accept()[0] for _ in children])

    dual = listener(socket.AF_INET6, "::", 8443, v6only=False)
    tcp_sockets(l1, dual)
    udp_sockets()
    raw_sockets()
    unix_sockets(args.dir, "root")

    # The TIME_WAIT end: created last so it is the newest.
    l9 = listener(socket.AF_INET, "127.0.0.1", 7070)
    time_wait(l9)

    print("ready", flush=True)

    def bye(*_):
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
            except OSError:
                pass
        os._exit(0)

    signal.signal(signal.SIGTERM, bye)
    # A line on stdin asks for a new TIME_WAIT socket (the kernel keeps
    # one for 60 s only), answered with "ready"; end of input stops.
    while time.monotonic() < deadline:
        r, _, _ = select.select([sys.stdin], [], [], 0.5)
        if not r:
            continue
        if not sys.stdin.buffer.readline():
            break
        time_wait(l9)
        print("ready", flush=True)
    bye()


if __name__ == "__main__":
    main()
