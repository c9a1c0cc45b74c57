/*
 * The IPv6 route dump's parsing (plugins/inet6/route6_netlink.c) over
 * crafted replies: the lines /proc/net/ipv6_route would have (flags,
 * multipath hops, null entries of tables without a ::/0 route, in the
 * file's order), and damaged replies refused as a whole.
 */
#include <errno.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

#include <arpa/inet.h>
#include <stdlib.h>

#include "plugins/inet6/route6_netlink.h"
#include "plugins/lib/ip/text/ip_text.h"
#include "tests/check_main.h"
#include "tests/mock/mock_host.h"

/* A reply being built: messages appended to one buffer. */
struct reply {
	unsigned char buf[4096];
	size_t len;
	struct nlmsghdr *msg; /* the one attributes go to */
};

static void *put(struct reply *r, const void *p, size_t n)
{
	void *at = r->buf + r->len;
	ck_assert_uint_le(r->len + NLMSG_ALIGN(n), sizeof r->buf);
	memset(at, 0, NLMSG_ALIGN(n));
	if (p)
		memcpy(at, p, n);
	r->len += NLMSG_ALIGN(n);
	if (r->msg)
		r->msg->nlmsg_len = (uint32_t)((unsigned char *)at + n -
					       (unsigned char *)r->msg);
	return at;
}

static void route(struct reply *r, uint8_t dst_len, uint8_t table, uint8_t type,
		  uint8_t protocol, uint32_t flags)
{
	struct nlmsghdr h = {.nlmsg_type = RTM_NEWROUTE,
			     .nlmsg_flags = NLM_F_MULTI};
	r->msg = NULL;
	r->msg = put(r, &h, sizeof h);
	r->msg->nlmsg_len = sizeof h;
	struct rtmsg rm = {.rtm_family = AF_INET6,
			   .rtm_dst_len = dst_len,
			   .rtm_table = table,
			   .rtm_protocol = protocol,
			   .rtm_type = type,
			   .rtm_flags = flags};
	put(r, &rm, sizeof rm);
}

static void attr(struct reply *r, uint16_t type, const void *p, size_t n)
{
	struct nlattr a = {.nla_len = (uint16_t)(sizeof a + n),
			   .nla_type = type};
	put(r, &a, sizeof a);
	if (n)
		put(r, p, n); /* the header is 4 bytes: no padding between */
	if (r->msg)
		r->msg->nlmsg_len =
			(uint32_t)(r->len - ((unsigned char *)r->msg - r->buf));
}

static void attr_u32(struct reply *r, uint16_t type, uint32_t v)
{
	attr(r, type, &v, sizeof v);
}

static void done(struct reply *r, int err)
{
	struct nlmsghdr h = {.nlmsg_len = NLMSG_LENGTH(sizeof err),
			     .nlmsg_type = NLMSG_DONE,
			     .nlmsg_flags = NLM_F_MULTI};
	r->msg = NULL;
	put(r, &h, sizeof h);
	put(r, &err, sizeof err);
}

static const uint8_t addr1[16] = {0x20, 0x01, 0x0d, 0xb8, 0, 1};
static const uint8_t gw1[16] = {0xfe, 0x80, [15] = 1};
static const uint8_t gw2[16] = {0xfe, 0x80, [15] = 2};

#define MAX_LINES 16
struct seen {
	size_t n;
	struct inet6_route r[MAX_LINES];
};

static void take(struct netstat_ctx *ctx, const struct inet6_route *r,
		 void *arg)
{
	struct seen *s = arg;
	ck_assert_uint_lt(s->n, MAX_LINES);
	s->r[s->n++] = *r;
}

static long parse(struct reply *r, struct seen *s, struct netstat_ctx **ctx)
{
	static struct netstat_request req;
	req = mock_request(NETSTAT_REPORT_ROUTES);
	*ctx = mock_ctx_new("", &req, NULL);
	memset(s, 0, sizeof *s);
	return inet6_route_parse(*ctx, r->buf, r->len, take, s);
}

/* A gateway route, a reject route in table 100, an address's local
 * route, an RA default route: their flags, and a null entry after each
 * table without ::/0 (main gets none: it has the default route). */
START_TEST(lines_and_flags)
{
	struct reply r = {0};
	route(&r, 48, 100, RTN_UNREACHABLE, RTPROT_BOOT, 0);
	attr_u32(&r, RTA_TABLE, 100);
	attr(&r, RTA_DST, addr1, 16);
	attr_u32(&r, RTA_PRIORITY, 1024);
	attr_u32(&r, RTA_OIF, 1);
	route(&r, 48, RT_TABLE_MAIN, RTN_UNICAST, RTPROT_BOOT, 0);
	attr_u32(&r, RTA_TABLE, RT_TABLE_MAIN);
	attr(&r, RTA_DST, addr1, 16);
	attr(&r, RTA_GATEWAY, gw1, 16);
	attr_u32(&r, RTA_PRIORITY, 5);
	uint8_t high = 1;
	attr(&r, RTA_PREF, &high, 1);
	route(&r, 0, RT_TABLE_MAIN, RTN_UNICAST, RTPROT_RA, 0);
	attr_u32(&r, RTA_TABLE, RT_TABLE_MAIN);
	attr(&r, RTA_GATEWAY, gw2, 16);
	struct rta_cacheinfo ci = {.rta_expires = 180000};
	attr(&r, RTA_CACHEINFO, &ci, sizeof ci);
	route(&r, 128, RT_TABLE_LOCAL, RTN_LOCAL, RTPROT_KERNEL, 0);
	attr_u32(&r, RTA_TABLE, RT_TABLE_LOCAL);
	attr(&r, RTA_DST, addr1, 16);
	attr_u32(&r, RTA_PRIORITY, 0);
	route(&r, 48, RT_TABLE_MAIN, RTN_UNICAST, 0, RTM_F_CLONED);
	done(&r, 0);

	struct seen s;
	struct netstat_ctx *ctx;
	ck_assert_int_eq(parse(&r, &s, &ctx), 6);
	ck_assert_uint_eq(s.n, 6);
	/* table 100: the reject route, then its null entry */
	ck_assert_uint_eq(s.r[0].flags, 0x00200200);
	ck_assert_uint_eq(s.r[0].table, 100);
	ck_assert_uint_eq(s.r[0].dest_len, 48);
	ck_assert_mem_eq(s.r[0].dest, addr1, 16);
	ck_assert_uint_eq(s.r[1].metric, 0xffffffff);
	ck_assert_uint_eq(s.r[1].flags, 0x00200200);
	ck_assert_uint_eq(s.r[1].table, 100);
	/* main: gateway with preference high, then the RA default route */
	ck_assert_uint_eq(s.r[2].flags, 0x08000003);
	ck_assert_uint_eq(s.r[2].metric, 5);
	ck_assert_mem_eq(s.r[2].gateway, gw1, 16);
	ck_assert(s.r[2].has_preference);
	ck_assert_uint_eq(s.r[3].flags, 0x00450003); /* UG D A e */
	ck_assert(s.r[3].has_expires);
	ck_assert_int_eq(s.r[3].expires, 180000);
	/* local: the address's route, then the null entry */
	ck_assert_uint_eq(s.r[4].flags, 0x80200001);
	ck_assert_uint_eq(s.r[4].table, RT_TABLE_LOCAL);
	ck_assert_uint_eq(s.r[5].metric, 0xffffffff);
	ck_assert_uint_eq(s.r[5].table, RT_TABLE_LOCAL);
	ck_assert_str_eq(mock_stderr(ctx), "");
	mock_ctx_free(ctx);
}
END_TEST

/* An empty dump still shows main's and local's null entries. */
START_TEST(empty_dump)
{
	struct reply r = {0};
	done(&r, 0);
	struct seen s;
	struct netstat_ctx *ctx;
	ck_assert_int_eq(parse(&r, &s, &ctx), 2);
	ck_assert_uint_eq(s.r[0].table, RT_TABLE_MAIN);
	ck_assert_uint_eq(s.r[1].table, RT_TABLE_LOCAL);
	ck_assert_uint_eq(s.r[0].oif, 1);
	mock_ctx_free(ctx);
}
END_TEST

/* RTA_MULTIPATH: a line per hop, each with its own gateway and device;
 * with a nexthop object, the first hop only. */
static void hop(struct reply *r, int ifindex, const uint8_t gw[16])
{
	struct rtnexthop nh = {.rtnh_len = sizeof nh + 20,
			       .rtnh_ifindex = ifindex};
	put(r, &nh, sizeof nh);
	struct nlattr a = {.nla_len = 20, .nla_type = RTA_GATEWAY};
	put(r, &a, sizeof a);
	put(r, gw, 16);
}

static void multipath(struct reply *r, uint32_t nh_id)
{
	route(r, 48, RT_TABLE_MAIN, RTN_UNICAST, RTPROT_BOOT, 0);
	attr(r, RTA_DST, addr1, 16);
	attr_u32(r, RTA_PRIORITY, 1024);
	if (nh_id)
		attr_u32(r, RTA_NH_ID, nh_id);
	size_t at = r->len;
	attr(r, RTA_MULTIPATH, NULL, 0);
	hop(r, 2, gw1);
	hop(r, 3, gw2);
	struct nlattr *mp = (struct nlattr *)(r->buf + at);
	mp->nla_len = (uint16_t)(r->len - at);
	r->msg->nlmsg_len =
		(uint32_t)(r->len - ((unsigned char *)r->msg - r->buf));
}

START_TEST(multipath_hops)
{
	struct reply r = {0};
	multipath(&r, 0);
	done(&r, 0);
	struct seen s;
	struct netstat_ctx *ctx;
	/* two hops, main's null entry (no ::/0), local's */
	ck_assert_int_eq(parse(&r, &s, &ctx), 4);
	ck_assert_uint_eq(s.r[0].oif, 2);
	ck_assert_mem_eq(s.r[0].gateway, gw1, 16);
	ck_assert_uint_eq(s.r[1].oif, 3);
	ck_assert_mem_eq(s.r[1].gateway, gw2, 16);
	ck_assert_uint_eq(s.r[0].flags, 0x3);
	ck_assert_uint_eq(s.r[1].metric, 1024);
	mock_ctx_free(ctx);

	struct reply o = {0};
	multipath(&o, 10);
	done(&o, 0);
	ck_assert_int_eq(parse(&o, &s, &ctx), 3);
	ck_assert_uint_eq(s.r[0].nexthop_id, 10);
	ck_assert_uint_eq(s.r[1].metric, 0xffffffff);
	mock_ctx_free(ctx);
}
END_TEST

/* Damaged replies: nothing listed, the errno returned. */
START_TEST(damaged_refused)
{
	struct seen s;
	struct netstat_ctx *ctx;
	/* a destination of 4 bytes */
	struct reply a = {0};
	route(&a, 48, RT_TABLE_MAIN, RTN_UNICAST, 0, 0);
	attr(&a, RTA_DST, "\1\2\3\4", 4);
	done(&a, 0);
	ck_assert_int_eq(parse(&a, &s, &ctx), -EBADMSG);
	mock_ctx_free(ctx);
	/* a prefix longer than an address */
	struct reply b = {0};
	route(&b, 129, RT_TABLE_MAIN, RTN_UNICAST, 0, 0);
	done(&b, 0);
	ck_assert_int_eq(parse(&b, &s, &ctx), -EBADMSG);
	mock_ctx_free(ctx);
	/* a next hop longer than its attribute */
	struct reply c = {0};
	multipath(&c, 0);
	((struct rtnexthop *)((unsigned char *)c.msg + c.msg->nlmsg_len - 56))
		->rtnh_len = 200;
	done(&c, 0);
	ck_assert_int_eq(parse(&c, &s, &ctx), -EBADMSG);
	mock_ctx_free(ctx);
	/* a message running past the buffer */
	struct reply d = {0};
	route(&d, 48, RT_TABLE_MAIN, RTN_UNICAST, 0, 0);
	d.msg->nlmsg_len = 5000;
	ck_assert_int_eq(parse(&d, &s, &ctx), -EBADMSG);
	mock_ctx_free(ctx);
	/* the dump's error, and a reply cut short */
	struct reply e = {0};
	done(&e, -EINTR);
	ck_assert_int_eq(parse(&e, &s, &ctx), -EINTR);
	mock_ctx_free(ctx);
	struct reply f = {0};
	route(&f, 48, RT_TABLE_MAIN, RTN_UNICAST, 0, 0);
	ck_assert_int_eq(parse(&f, &s, &ctx), 1);
	ck_assert_str_ne(mock_stderr(ctx), "");
	mock_ctx_free(ctx);
}
END_TEST

/* ip_fmt_ipv6 writes what inet_ntop does, for the forms with their own
 * rules (runs of zeros, the first longest one, dotted tails) and for
 * random addresses of few non-zero words. */
static void same_as_inet_ntop(const uint8_t b[16])
{
	char want[INET6_ADDRSTRLEN], got[INET6_ADDRSTRLEN + 8];
	ck_assert_ptr_nonnull(inet_ntop(AF_INET6, b, want, sizeof want));
	size_t n = ip_fmt_ipv6(got, b);
	ck_assert_uint_lt(n, sizeof got);
	got[n] = '\0';
	ck_assert_str_eq(got, want);
}

START_TEST(ipv6_text)
{
	static const uint8_t forms[][16] = {
		{0},
		{[15] = 1},
		{[15] = 2},
		{[12] = 192, 0, 2, 1},
		{[10] = 0xff, 0xff, 192, 0, 2, 1},
		{[10] = 0xff, 0xfe, 192, 0, 2, 1},
		{[8] = 0, 0, 0xff, 0xff, 192, 0, 2, 1},
		{[11] = 1, 192, 0, 2, 1},
		{0x20, 0x01, 0x0d, 0xb8, [15] = 1},
		{0x20, 0x01, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1},
		{0xfe, 0x80, [8] = 0xab, 0xcd, 0, 0, 0, 0, 0x12, 0x34},
		{1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0},
		{0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
		 0xff, 0xff, 0xff, 0xff, 0xff, 0xff},
	};
	for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
		same_as_inet_ntop(forms[i]);
	srand(20);
	for (int k = 0; k < 20000; k++) {
		uint8_t b[16] = {0};
		for (int w = 0; w < 8; w++)
			if (rand() % 3 == 0) {
				unsigned x = (unsigned)rand();
				/* words of 1 to 4 digits */
				x >>= (unsigned)(rand() % 4) * 4;
				b[2 * w] = (uint8_t)(x >> 8);
				b[2 * w + 1] = (uint8_t)x;
			}
		same_as_inet_ntop(b);
	}
}
END_TEST

static Suite *suite_route6_netlink(void)
{
	Suite *s = suite_create("route6_netlink");
	TCase *tc = tcase_create("parse");
	tcase_add_test(tc, lines_and_flags);
	tcase_add_test(tc, empty_dump);
	tcase_add_test(tc, multipath_hops);
	tcase_add_test(tc, damaged_refused);
	suite_add_tcase(s, tc);
	TCase *text = tcase_create("text");
	tcase_add_test(text, ipv6_text);
	suite_add_tcase(s, text);
	return s;
}

Suite **test_suites(void)
{
	static Suite *suites[2];
	suites[0] = suite_route6_netlink();
	return suites;
}
