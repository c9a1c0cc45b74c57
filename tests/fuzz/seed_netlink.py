#!/usr/bin/env python3
"""Writes the seed corpora of the netlink harnesses (tests/fuzz/README.md):
crafted replies, well-formed and damaged (truncated attributes, lengths
that run past the buffer, unknown attribute types, NLMSG_ERROR and
NLMSG_DONE in the middle of a dump). Run from the source tree:
tests/fuzz/seed_netlink.py (rewrites corpus/{inet_diag,unix_diag,
route_netlink,route6_netlink,ip_events}/seed-*)."""
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))

NLMSG_NOOP, NLMSG_ERROR, NLMSG_DONE = 1, 2, 3
NLM_F_MULTI = 2
SOCK_DIAG_BY_FAMILY = 20
RTM_NEWROUTE = 24
AF_INET, AF_INET6, AF_UNIX = 2, 10, 1


def align(b):
    return b + b'\0' * (-len(b) % 4)


def attr(kind, payload, length=None):
    """One attribute; `length` overrides nla_len (to lie about it)."""
    n = 4 + len(payload) if length is None else length
    return align(struct.pack('<HH', n, kind) + payload)


def msg(kind, payload, flags=NLM_F_MULTI, length=None, seq=0):
    n = 16 + len(payload) if length is None else length
    return align(struct.pack('<IHHII', n, kind, flags, seq, 0) + payload)


def done(err=0):
    return msg(NLMSG_DONE, struct.pack('<i', err))


def error(err):
    # nlmsgerr: the error, then the request's header.
    return msg(NLMSG_ERROR, struct.pack('<i', err) + struct.pack(
        '<IHHII', 16, SOCK_DIAG_BY_FAMILY, 0, 0, 0), flags=0)


# --- inet_diag ---------------------------------------------------------

def inet_diag_msg(family=AF_INET, state=1, timer=0, retrans=0, sport=22,
                  dport=40000, src=b'\x7f\0\0\x01', dst=b'\x7f\0\0\x01',
                  ifindex=0, cookie=(1, 0), expires=0, rq=0, wq=0,
                  uid=1000, inode=12345):
    src = src.ljust(16, b'\0')
    dst = dst.ljust(16, b'\0')
    return (struct.pack('<BBBB', family, state, timer, retrans) +
            struct.pack('>HH', sport, dport) + src + dst +
            struct.pack('<III', ifindex, *cookie) +
            struct.pack('<IIIII', expires, rq, wq, uid, inode))


def tcp_info(n=232):
    # state, ca_state, retransmits, probes, backoff, options, wscale...
    b = bytes([1, 0, 2, 1, 0, 7, 0x77, 0]) + struct.pack('<I', 200000)
    b += bytes(range(256))[: max(0, n - len(b))]
    return b[:n]


def inet_attrs_full():
    return (attr(2, tcp_info()) + attr(4, b'cubic\0') + attr(5, b'\x10') +
            attr(6, b'\x00') + attr(7, struct.pack('<9I', *range(9))) +
            attr(10, b'\x06') + attr(15, struct.pack('<I', 0x42)) +
            attr(21, struct.pack('<Q', 0x1234)))


def inet_seeds():
    ok = msg(SOCK_DIAG_BY_FAMILY, inet_diag_msg() + inet_attrs_full())
    listen = msg(SOCK_DIAG_BY_FAMILY, inet_diag_msg(
        state=10, dport=0, dst=b'\0\0\0\0', wq=128, inode=100))
    synrecv = msg(SOCK_DIAG_BY_FAMILY, inet_diag_msg(
        state=3, uid=0, inode=0, timer=2, retrans=3, expires=1500))
    v6 = msg(SOCK_DIAG_BY_FAMILY, inet_diag_msg(
        family=AF_INET6, src=b'\xfe\x80' + b'\0' * 13 + b'\x01',
        dst=b'\0' * 15 + b'\x01', ifindex=2) + attr(6, b'\x20'))
    seeds = {
        # pick byte: see fuzz_inet_diag.c
        'tcp-full': bytes([0x38]) + ok + listen + synrecv + done(),
        'tcp-json': bytes([0x78]) + listen + ok + done(),
        'tcp-plain': bytes([0x00]) + listen + synrecv + done(),
        'udp6': bytes([0x15]) + v6 + done(),
        'raw': bytes([0x12]) + msg(SOCK_DIAG_BY_FAMILY, inet_diag_msg(
            state=7, sport=255, dport=0)) + done(),
        'udplite': bytes([0x13]) + msg(SOCK_DIAG_BY_FAMILY,
                                       inet_diag_msg(state=7)) + done(),
        # An attribute whose length runs past its message.
        'attr-past-msg': bytes([0x30]) + msg(
            SOCK_DIAG_BY_FAMILY, inet_diag_msg() + attr(2, tcp_info(40),
                                                         length=400)) +
        done(),
        # Truncated: the tcp_info shorter than any kernel's, a mark
        # of 2 bytes, an empty congestion name.
        'attr-short': bytes([0x38]) + msg(
            SOCK_DIAG_BY_FAMILY, inet_diag_msg() + attr(2, b'\x01\x00')) +
        msg(SOCK_DIAG_BY_FAMILY, inet_diag_msg() + attr(15, b'\x01\x02')) +
        msg(SOCK_DIAG_BY_FAMILY, inet_diag_msg() + attr(4, b'')) + done(),
        'attr-unknown': bytes([0x30]) + msg(
            SOCK_DIAG_BY_FAMILY, inet_diag_msg() + attr(99, b'xyzw') +
            attr(0x7fff, b'') + attr(14, b'\0' * 4)) + done(),
        # The message's own length past the buffer.
        'msg-past-buffer': bytes([0x38]) + ok + msg(
            SOCK_DIAG_BY_FAMILY, inet_diag_msg(), length=4000),
        'msg-short': bytes([0x38]) + msg(SOCK_DIAG_BY_FAMILY, b'\x02\x01'
                                         ) + done(),
        'error-mid-dump': bytes([0x38]) + ok + error(-16) + ok + done(),
        'done-mid-dump': bytes([0x38]) + ok + done() + ok,
        'done-error': bytes([0x38]) + done(-2),
        'no-done': bytes([0x38]) + ok + listen,
        'noop-and-other-types': bytes([0x38]) + msg(NLMSG_NOOP, b'') +
        msg(21, inet_diag_msg()) + ok + done(),
    }
    return seeds


# --- unix_diag ---------------------------------------------------------

def unix_msg(kind=1, state=10, ino=1000):
    return struct.pack('<BBBBIII', AF_UNIX, kind, state, 0, ino, 7, 0)


def unix_seeds():
    full = unix_msg() + attr(0, b'/run/x.sock\0') + attr(
        1, struct.pack('<II', 2049, 77)) + attr(2, struct.pack('<I', 0)) + \
        attr(3, struct.pack('<3I', 1001, 1002, 1003)) + attr(
            4, struct.pack('<II', 3, 128)) + attr(
                5, struct.pack('<9I', *range(9))) + attr(6, b'\x00') + \
        attr(7, struct.pack('<I', 1000))
    peer = unix_msg(kind=1, state=1, ino=1001) + attr(
        2, struct.pack('<I', 1000)) + attr(4, struct.pack('<II', 10, 20))
    return {
        'full': msg(SOCK_DIAG_BY_FAMILY, full) + msg(SOCK_DIAG_BY_FAMILY,
                                                     peer) + done(),
        'many': b''.join(msg(SOCK_DIAG_BY_FAMILY, unix_msg(ino=i) + attr(
            2, struct.pack('<I', i + 1))) for i in range(1, 80)) + done(),
        'dup-inode': msg(SOCK_DIAG_BY_FAMILY, peer) * 3 + done(),
        'peer-short': msg(SOCK_DIAG_BY_FAMILY, unix_msg() + attr(
            2, b'\x01\x02')) + done(),
        'icons-odd': msg(SOCK_DIAG_BY_FAMILY, unix_msg() + attr(
            3, b'\x01\x02\x03\x04\x05\x06')) + done(),
        'meminfo-long': msg(SOCK_DIAG_BY_FAMILY, unix_msg() + attr(
            5, struct.pack('<16I', *range(16)))) + done(),
        'attr-past-msg': msg(SOCK_DIAG_BY_FAMILY, unix_msg() + attr(
            3, struct.pack('<I', 5), length=300)) + done(),
        'attr-unknown': msg(SOCK_DIAG_BY_FAMILY, unix_msg() + attr(
            42, b'abcd') + attr(7, struct.pack('<I', 0))) + done(),
        'msg-past-buffer': msg(SOCK_DIAG_BY_FAMILY, full) + msg(
            SOCK_DIAG_BY_FAMILY, unix_msg(), length=9000),
        'msg-short': msg(SOCK_DIAG_BY_FAMILY, b'\x01\x01') + done(),
        'error-mid-dump': msg(SOCK_DIAG_BY_FAMILY, peer) + error(-22) +
        done(),
        'done-mid-dump': msg(SOCK_DIAG_BY_FAMILY, peer) + done() +
        msg(SOCK_DIAG_BY_FAMILY, full),
        'no-done': msg(SOCK_DIAG_BY_FAMILY, full),
    }


# --- rtnetlink routes --------------------------------------------------

def rtmsg(dst_len=24, table=254, rtype=1, flags=0, family=AF_INET):
    return struct.pack('<BBBBBBBBI', family, dst_len, 0, 0, table, 4, 0,
                       rtype, flags)


def u32(v):
    return struct.pack('<I', v)


def route_seeds():
    plain = rtmsg() + attr(15, u32(254)) + attr(1, bytes([192, 168, 1, 0])
                                                 ) + attr(4, u32(1))
    default = rtmsg(dst_len=0) + attr(15, u32(254)) + attr(
        5, bytes([192, 168, 1, 1])) + attr(4, u32(1)) + attr(6, u32(100))
    metrics = attr(8, attr(8, u32(1460)) + attr(3, u32(65535)) +
                   attr(4, u32(800)) + attr(2, u32(1500)))
    host = rtmsg(dst_len=32) + attr(1, bytes([10, 0, 0, 1])) + metrics + \
        attr(4, u32(1))
    nh = struct.pack('<HBBi', 8 + 8, 0, 0, 3) + attr(5, bytes([10, 1, 1, 1]))
    multipath = rtmsg(dst_len=16) + attr(1, bytes([10, 2, 0, 0])) + attr(
        9, nh + struct.pack('<HBBi', 8, 0, 0, 4))
    return {
        'main': msg(RTM_NEWROUTE, default) + msg(RTM_NEWROUTE, plain) +
        msg(RTM_NEWROUTE, host) + done(),
        'multipath': msg(RTM_NEWROUTE, multipath) + done(),
        'reject-bcast-local': msg(RTM_NEWROUTE, rtmsg(rtype=7)) + msg(
            RTM_NEWROUTE, rtmsg(rtype=3)) + msg(RTM_NEWROUTE, rtmsg(
                table=255, rtype=2)) + msg(RTM_NEWROUTE, rtmsg(
                    flags=0x200)) + done(),
        'dst-len-33': msg(RTM_NEWROUTE, rtmsg(dst_len=33)) + done(),
        'other-family': msg(RTM_NEWROUTE, rtmsg(family=AF_INET6)) + done(),
        'nexthop-past-attr': msg(RTM_NEWROUTE, rtmsg() + attr(
            9, struct.pack('<HBBi', 200, 0, 0, 3))) + done(),
        'nexthop-attr-past': msg(RTM_NEWROUTE, rtmsg() + attr(
            9, struct.pack('<HBBi', 16, 0, 0, 3) + struct.pack(
                '<HH', 40, 5) + b'\1\2\3\4')) + done(),
        'metrics-truncated': msg(RTM_NEWROUTE, rtmsg() + attr(
            8, attr(8, b'\x01\x02'))) + done(),
        'attr-past-msg': msg(RTM_NEWROUTE, rtmsg() + attr(
            1, b'\1\2\3\4', length=90)) + done(),
        'attr-short': msg(RTM_NEWROUTE, rtmsg() + attr(4, b'\x01') + attr(
            5, b'\x01\x02') + attr(15, b'')) + done(),
        'attr-unknown': msg(RTM_NEWROUTE, rtmsg() + attr(250, b'zz') +
                            attr(0x8001, u32(1))) + done(),
        'ifindex-big': msg(RTM_NEWROUTE, rtmsg() + attr(
            4, u32(0x7fffffff))) + msg(RTM_NEWROUTE, rtmsg() + attr(
                4, u32(0xffffffff))) + done(),
        'msg-past-buffer': msg(RTM_NEWROUTE, plain) + msg(
            RTM_NEWROUTE, plain, length=5000),
        'error-mid-dump': msg(RTM_NEWROUTE, plain) + error(-4) + msg(
            RTM_NEWROUTE, plain) + done(),
        'done-mid-dump': msg(RTM_NEWROUTE, plain) + done() + msg(
            RTM_NEWROUTE, plain),
        'done-error': done(-95),
        'no-done': msg(RTM_NEWROUTE, plain),
    }


def in6(*words):
    """An IPv6 address from up to eight 16-bit words (the rest zero)."""
    w = list(words) + [0] * (8 - len(words))
    return struct.pack('>8H', *w)


def rtmsg6(dst_len=48, table=254, rtype=1, proto=3, flags=0):
    return struct.pack('<BBBBBBBBI', AF_INET6, dst_len, 0, 0, table, proto,
                       0, rtype, flags)


def route6_seeds():
    plain = rtmsg6() + attr(15, u32(254)) + attr(1, in6(0x2001, 0xdb8, 1)
                                                  ) + attr(4, u32(2)) + \
        attr(6, u32(1024)) + attr(20, b'\0')
    gateway = rtmsg6(dst_len=0) + attr(15, u32(254)) + attr(
        5, in6(0xfe80, 0, 0, 0, 0, 0, 0, 1)) + attr(4, u32(2)) + attr(
            6, u32(1024)) + attr(20, b'\1')
    cacheinfo = struct.pack('<IIiIIIII', 0, 0, 0, 60000, 0, 0, 0, 0)
    expiring = rtmsg6(proto=9) + attr(15, u32(254)) + attr(
        1, in6(0x2001, 0xdb8, 2)) + attr(5, in6(0xfe80, 0, 0, 0, 0, 0, 0, 2)
                                         ) + attr(12, cacheinfo)
    local = rtmsg6(dst_len=128, table=255, rtype=2, proto=2) + attr(
        15, u32(255)) + attr(1, in6(0, 0, 0, 0, 0, 0, 0, 1)) + attr(
            4, u32(1)) + attr(6, u32(0))
    unreachable = rtmsg6(rtype=7) + attr(15, u32(100)) + attr(
        1, in6(0x2001, 0xdb8, 3)) + attr(4, u32(1))
    nh = struct.pack('<HBBi', 8 + 20, 0, 0, 2) + attr(
        5, in6(0x2001, 0xdb8, 1, 0, 0, 0, 0, 2))
    nh2 = struct.pack('<HBBi', 8 + 20, 0, 0, 3) + attr(
        5, in6(0x2001, 0xdb8, 2, 0, 0, 0, 0, 2))
    multipath = rtmsg6() + attr(1, in6(0x2001, 0xdb8, 4)) + attr(
        9, nh + nh2 + struct.pack('<HBBi', 8, 0, 0, 4))
    nhobject = rtmsg6() + attr(1, in6(0x2001, 0xdb8, 5)) + attr(
        30, u32(10)) + attr(9, nh + nh2)
    return {
        'tables': msg(RTM_NEWROUTE, unreachable) + msg(
            RTM_NEWROUTE, plain) + msg(RTM_NEWROUTE, gateway) + msg(
                RTM_NEWROUTE, local) + done(),
        'expiring-ra': msg(RTM_NEWROUTE, expiring) + done(),
        'multipath': msg(RTM_NEWROUTE, multipath) + msg(
            RTM_NEWROUTE, nhobject) + done(),
        'empty': done(),
        'cloned': msg(RTM_NEWROUTE, rtmsg6(flags=0x200)) + done(),
        'dst-len-129': msg(RTM_NEWROUTE, rtmsg6(dst_len=129)) + done(),
        'other-family': msg(RTM_NEWROUTE, rtmsg()) + done(),
        'dst-short': msg(RTM_NEWROUTE, rtmsg6() + attr(1, b'\1\2\3\4')
                         ) + done(),
        'cacheinfo-short': msg(RTM_NEWROUTE, rtmsg6() + attr(
            12, b'\1\2\3\4')) + done(),
        'pref-empty': msg(RTM_NEWROUTE, rtmsg6() + attr(20, b'')) + done(),
        'nexthop-past-attr': msg(RTM_NEWROUTE, rtmsg6() + attr(
            9, struct.pack('<HBBi', 200, 0, 0, 3))) + done(),
        'nexthop-gateway-short': msg(RTM_NEWROUTE, rtmsg6() + attr(
            9, struct.pack('<HBBi', 16, 0, 0, 3) + attr(5, b'\1\2\3\4'))
        ) + done(),
        'nexthop-attr-past': msg(RTM_NEWROUTE, rtmsg6() + attr(
            9, struct.pack('<HBBi', 16, 0, 0, 3) + struct.pack(
                '<HH', 40, 5) + b'\1\2\3\4')) + done(),
        'attr-past-msg': msg(RTM_NEWROUTE, rtmsg6() + attr(
            1, in6(1), length=90)) + done(),
        'attr-unknown': msg(RTM_NEWROUTE, rtmsg6() + attr(250, b'zz') +
                            attr(0x8001, u32(1))) + done(),
        'msg-past-buffer': msg(RTM_NEWROUTE, plain) + msg(
            RTM_NEWROUTE, plain, length=5000),
        'error-mid-dump': msg(RTM_NEWROUTE, plain) + error(-4) + msg(
            RTM_NEWROUTE, plain) + done(),
        'done-error': done(-95),
        'no-done': msg(RTM_NEWROUTE, plain),
    }


# --- sock_diag destroy events -------------------------------------------

def event_seeds():
    tcp = msg(SOCK_DIAG_BY_FAMILY, inet_diag_msg(state=7) + attr(
        10, b'\x06') + attr(2, tcp_info()) + attr(4, b'bbr\0'), flags=0)
    udp6 = msg(SOCK_DIAG_BY_FAMILY, inet_diag_msg(
        family=AF_INET6, state=7) + attr(10, b'\x11'), flags=0)
    return {
        'tcp-info': bytes([3]) + tcp + udp6,
        'tcp': bytes([0]) + tcp,
        'udplite-json': bytes([2]) + msg(SOCK_DIAG_BY_FAMILY, inet_diag_msg(
        ) + attr(10, b'\x88'), flags=0),
        'no-protocol': bytes([0]) + msg(SOCK_DIAG_BY_FAMILY,
                                        inet_diag_msg(), flags=0),
        'attr-past-msg': bytes([1]) + msg(SOCK_DIAG_BY_FAMILY, inet_diag_msg(
        ) + attr(10, b'\x06') + attr(2, tcp_info(16), length=64), flags=0),
        'attr-short': bytes([1]) + msg(SOCK_DIAG_BY_FAMILY, inet_diag_msg(
        ) + attr(10, b'') + attr(21, b'\1'), flags=0),
        'msg-past-buffer': bytes([1]) + tcp + msg(
            SOCK_DIAG_BY_FAMILY, inet_diag_msg(), length=3000),
        'error-done-between': bytes([1]) + tcp + error(-105) + done() + tcp,
        'family-unix': bytes([0]) + msg(SOCK_DIAG_BY_FAMILY, inet_diag_msg(
            family=AF_UNIX) + attr(10, b'\x06'), flags=0),
    }


def main():
    for name, seeds in (('inet_diag', inet_seeds()),
                        ('unix_diag', unix_seeds()),
                        ('route_netlink', route_seeds()),
                        ('route6_netlink', route6_seeds()),
                        ('ip_events', event_seeds())):
        d = os.path.join(HERE, 'corpus', name)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.startswith('seed-'):
                os.unlink(os.path.join(d, f))
        for k, v in seeds.items():
            with open(os.path.join(d, 'seed-' + k), 'wb') as fp:
                fp.write(v)
        print(name, len(seeds), 'seeds')


if __name__ == '__main__':
    main()
