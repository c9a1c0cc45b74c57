/*
 * The IPv6 routes over rtnetlink, as /proc/net/ipv6_route shows them.
 *
 * Both walk the tables in the kernel's hash order and each table's tree
 * the same way, so lines come in the same order. What differs, and is
 * made up here the way the kernel makes the file:
 * - a multipath route is one message (RTA_MULTIPATH) but one line per
 *   hop; a nexthop object shows its first hop only;
 * - a table without a ::/0 route shows its root's null entry (metric
 *   0xffffffff, flags !n, on lo) last; the dump leaves it out. main and
 *   local always exist, so they get one even when the dump has none of
 *   their routes;
 * - the flags, which rtnetlink does not carry, are rebuilt from the type,
 *   protocol, metric and attributes (checked against the file by
 *   tests/integration/route6-netlink.sh): U always; instead !n for the
 *   reject types; G per hop with a gateway; e with an expiry; the router
 *   preference bits of RTA_PREF; A (and D for ::/0, RTF_ROUTEINFO
 *   otherwise) for routes from router advertisements (proto ra); the
 *   local flag for local routes, plus n (and anycast instead of local) for
 *   an address's own, which the kernel adds with proto kernel and metric
 *   0; A and RTF_PREFIX_RT for the prefix routes of autoconfigured
 *   addresses, which a second dump filtered with RTM_F_PREFIX names (made
 *   at the first route that may be one: it walks the whole table too).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/inet6/route6_netlink.h"
#include "plugins/lib/sock_diag/dump_reader.h"
#include "plugins/lib/sock_diag/netlink_buffer.h"

#ifdef HAVE_LIBMNL

#include <libmnl/libmnl.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <sys/socket.h>

#include "plugins/lib/sock_diag/netlink_done.h"

/* Never written: libmnl takes the table without const. */
static mnl_cb_t ctl_cbs[NLMSG_MIN_TYPE] = NETLINK_CTL_CBS;

/* The kernel sends at most 32 KiB per read; room for two. */
#define RECV_SIZE (64 * 1024)

#define RTF_UP_ 0x00000001u
#define RTF_GATEWAY_ 0x00000002u
#define RTF_REJECT_ 0x00000200u
#define RTF_DEFAULT_ 0x00010000u
#define RTF_ADDRCONF_ 0x00040000u
#define RTF_PREFIX_RT_ 0x00080000u
#define RTF_ANYCAST_ 0x00100000u
#define RTF_NONEXTHOP_ 0x00200000u
#define RTF_EXPIRES_ 0x00400000u
#define RTF_ROUTEINFO_ 0x00800000u
#define RTF_LOCAL_ 0x80000000u
#define NULL_ENTRY_METRIC 0xffffffffu
#define LOOPBACK_INDEX 1 /* every namespace's lo */
#define HASH_BUCKETS 256 /* FIB6_TABLE_HASHSZ: tables go by id % 256 */

/* Interface names by index, looked up once each. */
#define NAME_CACHE 64

struct name_slot {
	int index;
	char name[IF_NAMESIZE];
};

/* A prefix route of an autoconfigured address (the RTM_F_PREFIX dump). */
struct prefix_key {
	uint32_t table, oif, dest_len;
	uint8_t dest[16];
};

struct r6dump {
	struct netstat_ctx *ctx;
	inet6_route_fn fn;
	void *arg;
	long routes;
	/* The table being listed, and whether it has a ::/0 route. */
	bool in_table, table_has_root;
	uint32_t table;
	bool main_seen, local_seen;
	/* The prefix routes of autoconfigured addresses: asked for (on a
	 * second socket) at the first route that may be one, so a table
	 * without such a route costs no second walk. */
	bool live;	     /* a socket can be opened (not the parse seam) */
	bool prefixes_known; /* asked already */
	bool collect;	     /* this reply is that dump's */
	int prefix_error;    /* -errno of that dump */
	struct prefix_key *prefixes;
	size_t n_prefixes, cap_prefixes;
	struct name_slot names[NAME_CACHE];
};

static void iface_name(struct r6dump *d, uint32_t index, char *out)
{
	out[0] = '\0';
	if (index == 0)
		return;
	struct name_slot *s = &d->names[index % NAME_CACHE];
	if (s->index != (int)index) {
		if (!if_indextoname(index, s->name))
			s->name[0] = '\0';
		s->index = (int)index;
	}
	memcpy(out, s->name, IF_NAMESIZE);
	out[IF_NAMESIZE - 1] = '\0';
}

static void emit(struct r6dump *d, const struct inet6_route *r)
{
	d->routes++;
	d->fn(d->ctx, r, d->arg);
}

/* The null entry a table's root holds while it has no ::/0 route. */
static void null_entry(struct r6dump *d, uint32_t table)
{
	struct inet6_route r;
	memset(&r, 0, sizeof r);
	r.metric = NULL_ENTRY_METRIC;
	r.flags = RTF_REJECT_ | RTF_NONEXTHOP_;
	r.table = table;
	r.oif = LOOPBACK_INDEX;
	r.protocol = RTPROT_KERNEL;
	r.type = RTN_UNREACHABLE;
	iface_name(d, LOOPBACK_INDEX, r.iface);
	emit(d, &r);
}

/* The tables every namespace has, in the order they sit in their hash
 * buckets' lists (each the oldest, so the last, of its bucket). */
static void fixed_tables_before(struct r6dump *d, uint32_t table, bool end)
{
	uint32_t bucket = table % HASH_BUCKETS;
	if (!d->main_seen && table != RT_TABLE_MAIN &&
	    (end || bucket > RT_TABLE_MAIN)) {
		d->main_seen = true;
		null_entry(d, RT_TABLE_MAIN);
	}
	if (!d->local_seen && table != RT_TABLE_LOCAL && end) {
		d->local_seen = true;
		null_entry(d, RT_TABLE_LOCAL);
	}
}

static void close_table(struct r6dump *d)
{
	if (d->in_table && !d->table_has_root)
		null_entry(d, d->table);
	d->in_table = false;
}

static void open_table(struct r6dump *d, uint32_t table)
{
	if (d->in_table && d->table == table)
		return;
	close_table(d);
	fixed_tables_before(d, table, false);
	d->in_table = true;
	d->table_has_root = false;
	d->table = table;
	if (table == RT_TABLE_MAIN)
		d->main_seen = true;
	if (table == RT_TABLE_LOCAL)
		d->local_seen = true;
}

struct rattrs {
	const struct nlattr *a[RTA_MAX + 1];
};

/* The attributes by type, the last of a type winning (mnl_attr_parse's
 * walk without a callback per attribute: this runs once per route). */
static void route_attrs(const struct nlmsghdr *nlh, size_t offset,
			struct rattrs *t)
{
	const struct nlattr *a;
	mnl_attr_for_each(a, nlh, offset)
	{
		unsigned type = a->nla_type & NLA_TYPE_MASK;
		if (type <= RTA_MAX)
			t->a[type] = a;
	}
}

/* A u32 attribute's value, 0 when absent; false when it is short. */
static bool attr_u32(const struct nlattr *a, uint32_t *out)
{
	*out = 0;
	if (!a)
		return true;
	if (mnl_attr_get_payload_len(a) < sizeof *out)
		return false;
	memcpy(out, mnl_attr_get_payload(a), sizeof *out);
	return true;
}

/* An IPv6 address attribute, :: when absent; false when not 16 bytes. */
static bool attr_in6(const struct nlattr *a, uint8_t out[16])
{
	memset(out, 0, 16);
	if (!a)
		return true;
	if (mnl_attr_get_payload_len(a) != 16)
		return false;
	memcpy(out, mnl_attr_get_payload(a), 16);
	return true;
}

static bool is_reject(uint8_t type)
{
	return type == RTN_UNREACHABLE || type == RTN_PROHIBIT ||
	       type == RTN_BLACKHOLE || type == RTN_THROW;
}

static bool is_prefix_route(const struct r6dump *d, const struct inet6_route *r)
{
	for (size_t i = 0; i < d->n_prefixes; i++) {
		const struct prefix_key *k = &d->prefixes[i];
		if (k->table == r->table && k->oif == r->oif &&
		    k->dest_len == r->dest_len &&
		    memcmp(k->dest, r->dest, 16) == 0)
			return true;
	}
	return false;
}

static int load_prefixes(struct r6dump *d);

/* A route that may be an autoconfigured prefix's: the kernel's, unicast,
 * not link-local (router advertisements give no link-local prefix). */
static bool may_be_prefix(const struct rtmsg *rm, const struct inet6_route *r)
{
	return rm->rtm_protocol == RTPROT_KERNEL &&
	       rm->rtm_type == RTN_UNICAST &&
	       !(r->dest[0] == 0xfe && (r->dest[1] & 0xc0) == 0x80);
}

/* fib6_flags without the per-hop gateway bit (see the top comment). */
static uint32_t route_flags(struct r6dump *d, const struct rtmsg *rm,
			    const struct inet6_route *r)
{
	if (is_reject(rm->rtm_type))
		return RTF_REJECT_ | RTF_NONEXTHOP_;
	uint32_t f = RTF_UP_;
	bool own = rm->rtm_protocol == RTPROT_KERNEL && r->metric == 0;
	if (rm->rtm_type == RTN_LOCAL)
		f |= RTF_LOCAL_ | (own ? RTF_NONEXTHOP_ : 0);
	if (rm->rtm_type == RTN_ANYCAST && own)
		f |= RTF_ANYCAST_ | RTF_NONEXTHOP_;
	if (rm->rtm_protocol == RTPROT_RA)
		f |= RTF_ADDRCONF_ |
		     (r->dest_len == 0 ? RTF_DEFAULT_ : RTF_ROUTEINFO_);
	if (r->has_expires && r->expires != 0)
		f |= RTF_EXPIRES_;
	if (r->has_preference)
		f |= (uint32_t)(r->preference & 3) << 27;
	if (may_be_prefix(rm, r)) {
		if (!d->prefixes_known)
			d->prefix_error = load_prefixes(d);
		if (is_prefix_route(d, r))
			f |= RTF_ADDRCONF_ | RTF_PREFIX_RT_;
	}
	return f;
}

/* One line per hop of RTA_MULTIPATH (the first only for a nexthop
 * object); false when the attribute is damaged. */
static bool multipath_lines(struct r6dump *d, const struct nlattr *mp,
			    struct inet6_route *r)
{
	const char *p = mnl_attr_get_payload(mp);
	size_t len = mnl_attr_get_payload_len(mp);
	uint32_t flags = r->flags;
	while (len > 0) {
		struct rtnexthop nh;
		if (len < sizeof nh)
			return false;
		memcpy(&nh, p, sizeof nh);
		if (nh.rtnh_len < sizeof nh || nh.rtnh_len > len)
			return false;
		memset(r->gateway, 0, 16);
		size_t off = RTNH_ALIGN(sizeof nh);
		while (off + sizeof(struct nlattr) <= nh.rtnh_len) {
			struct nlattr a;
			memcpy(&a, p + off, sizeof a);
			if (a.nla_len < sizeof a ||
			    off + a.nla_len > nh.rtnh_len)
				return false;
			if ((a.nla_type & NLA_TYPE_MASK) == RTA_GATEWAY) {
				if (a.nla_len != MNL_ATTR_HDRLEN + 16)
					return false;
				memcpy(r->gateway, p + off + MNL_ATTR_HDRLEN,
				       16);
			}
			off += MNL_ALIGN(a.nla_len);
		}
		static const uint8_t none[16];
		bool gw = memcmp(r->gateway, none, 16) != 0;
		r->flags = flags | (gw ? RTF_GATEWAY_ : 0);
		r->oif = (uint32_t)nh.rtnh_ifindex;
		iface_name(d, r->oif, r->iface);
		emit(d, r);
		if (r->nexthop_id)
			break;
		size_t step = RTNH_ALIGN(nh.rtnh_len);
		if (step >= len)
			break;
		p += step;
		len -= step;
	}
	return true;
}

static bool remember_prefix(struct r6dump *d, const struct inet6_route *r)
{
	if (d->n_prefixes == d->cap_prefixes) {
		size_t cap = d->cap_prefixes ? 2 * d->cap_prefixes : 16;
		struct prefix_key *p =
			realloc(d->prefixes, cap * sizeof *d->prefixes);
		if (!p)
			return false;
		d->prefixes = p;
		d->cap_prefixes = cap;
	}
	struct prefix_key *k = &d->prefixes[d->n_prefixes++];
	k->table = r->table;
	k->oif = r->oif;
	k->dest_len = r->dest_len;
	memcpy(k->dest, r->dest, 16);
	return true;
}

static int damaged(void)
{
	errno = EBADMSG;
	return MNL_CB_ERROR;
}

static int route_cb(const struct nlmsghdr *nlh, void *data)
{
	struct r6dump *d = data;
	const struct rtmsg *rm = mnl_nlmsg_get_payload(nlh);
	if (nlh->nlmsg_type != RTM_NEWROUTE ||
	    mnl_nlmsg_get_payload_len(nlh) < sizeof *rm ||
	    rm->rtm_family != AF_INET6)
		return MNL_CB_OK;
	if (rm->rtm_dst_len > 128 || rm->rtm_src_len > 128)
		return damaged(); /* no IPv6 prefix is longer */
	if (rm->rtm_flags & RTM_F_CLONED)
		return MNL_CB_OK; /* the cache: not in the file */
	struct rattrs t;
	memset(&t, 0, sizeof t);
	route_attrs(nlh, sizeof *rm, &t);

	struct inet6_route r;
	memset(&r, 0, sizeof r);
	uint32_t oif;
	if (!attr_in6(t.a[RTA_DST], r.dest) ||
	    !attr_in6(t.a[RTA_SRC], r.source) ||
	    !attr_in6(t.a[RTA_GATEWAY], r.gateway) ||
	    !attr_u32(t.a[RTA_TABLE], &r.table) ||
	    !attr_u32(t.a[RTA_OIF], &oif) ||
	    !attr_u32(t.a[RTA_PRIORITY], &r.metric) ||
	    !attr_u32(t.a[RTA_NH_ID], &r.nexthop_id))
		return damaged();
	if (!t.a[RTA_TABLE])
		r.table = rm->rtm_table;
	r.dest_len = rm->rtm_dst_len;
	r.source_len = rm->rtm_src_len;
	r.oif = oif;
	r.protocol = rm->rtm_protocol;
	r.scope = rm->rtm_scope;
	r.type = rm->rtm_type;
	if (t.a[RTA_PREFSRC]) {
		if (!attr_in6(t.a[RTA_PREFSRC], r.prefsrc))
			return damaged();
		r.has_prefsrc = true;
	}
	if (t.a[RTA_PREF]) {
		if (mnl_attr_get_payload_len(t.a[RTA_PREF]) < 1)
			return damaged();
		r.preference = mnl_attr_get_u8(t.a[RTA_PREF]);
		r.has_preference = true;
	}
	if (t.a[RTA_CACHEINFO]) {
		struct rta_cacheinfo ci;
		if (mnl_attr_get_payload_len(t.a[RTA_CACHEINFO]) < sizeof ci)
			return damaged();
		memcpy(&ci, mnl_attr_get_payload(t.a[RTA_CACHEINFO]),
		       sizeof ci);
		r.expires = (int32_t)ci.rta_expires;
		r.has_expires = ci.rta_expires != 0;
	}
	if (d->collect)
		return remember_prefix(d, &r) ? MNL_CB_OK : MNL_CB_ERROR;

	open_table(d, r.table);
	if (r.dest_len == 0 && r.source_len == 0)
		d->table_has_root = true;
	r.flags = route_flags(d, rm, &r);
	if (d->prefix_error) {
		errno = -d->prefix_error;
		return MNL_CB_ERROR;
	}
	if (t.a[RTA_MULTIPATH] && !is_reject(rm->rtm_type))
		return multipath_lines(d, t.a[RTA_MULTIPATH], &r) ? MNL_CB_OK
								  : damaged();
	static const uint8_t none[16];
	if (!is_reject(rm->rtm_type) && memcmp(r.gateway, none, 16) != 0)
		r.flags |= RTF_GATEWAY_;
	iface_name(d, r.oif, r.iface);
	emit(d, &r);
	return MNL_CB_OK;
}

/* One buffer of the reply: MNL_CB_OK for more, MNL_CB_STOP at its end,
 * or MNL_CB_ERROR (errno set). */
static int parse_reply(struct r6dump *d, const void *buf, size_t len,
		       unsigned seq, unsigned portid)
{
	if (!netlink_buffer_sane(buf, len)) {
		errno = EBADMSG;
		return MNL_CB_ERROR;
	}
	int cb = mnl_cb_run2(buf, len, seq, portid, route_cb, d, ctl_cbs,
			     NLMSG_MIN_TYPE);
	if (cb == MNL_CB_STOP && !d->collect) {
		/* The dump's end: the last table, then main and local
		 * when they had no route at all. */
		close_table(d);
		fixed_tables_before(d, 0, true);
	}
	return cb;
}

/* The dump's end: the number of lines, or -errno when there were none
 * (a failure after some is said). */
static long dump_end(struct r6dump *d, int rc)
{
	free(d->prefixes);
	if (rc < 0 && d->routes == 0)
		return rc;
	if (rc < 0) { /* too late to switch sources without repeating rows */
		const struct netstat_host_api *host = netstat_ctx_host(d->ctx);
		host->message(d->ctx, NETSTAT_STDERR,
			      "netstat: netlink IPv6 route dump: %s\n",
			      host->strerror(rc));
	}
	return d->routes;
}

long inet6_route_parse(struct netstat_ctx *ctx, const void *buf, size_t len,
		       inet6_route_fn fn, void *arg)
{
	struct r6dump d = {.ctx = ctx, .fn = fn, .arg = arg};
	errno = 0;
	int cb = parse_reply(&d, buf, len, 0, 0);
	int rc = netlink_run_status(cb);
	return dump_end(&d, rc);
}

/* Asks for one dump of every table (`rtm_flags` RTM_F_PREFIX: only the
 * prefix routes of autoconfigured addresses) and reads it into `d`. The
 * first batch is received here; the rest of a big table comes from a
 * reader thread (plugins/lib/sock_diag/dump_reader.h), so the kernel
 * fills the next batch while this one becomes lines. */
static int dump(struct mnl_socket *nl, struct r6dump *d, char *rbuf,
		unsigned seq, unsigned rtm_flags)
{
	char req_buf[256];
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(req_buf);
	nlh->nlmsg_type = RTM_GETROUTE;
	nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	nlh->nlmsg_seq = seq;
	struct rtmsg *rm = mnl_nlmsg_put_extra_header(nlh, sizeof *rm);
	rm->rtm_family = AF_INET6;
	rm->rtm_flags = rtm_flags;
	if (mnl_socket_sendto(nl, nlh, nlh->nlmsg_len) < 0)
		return -errno;
	unsigned portid = mnl_socket_get_portid(nl);
	const char *buf = rbuf;
	ssize_t n = mnl_socket_recvfrom(nl, rbuf, RECV_SIZE);
	if (n < 0)
		return -errno;
	struct dump_reader *reader = NULL;
	bool last = n == 0 || dump_batch_ends(buf, (size_t)n, seq);
	if (!last)
		dump_reader_start(&reader, nl, RECV_SIZE, seq);
	int rc;
	for (;;) {
		if (n <= 0) {
			rc = n < 0 ? (int)n : -EPROTO;
			break;
		}
		errno = 0;
		int cb = parse_reply(d, buf, (size_t)n, seq, portid);
		if (cb == MNL_CB_STOP) {
			rc = 0;
			break;
		}
		if (cb < 0 || (reader && last)) {
			/* A batch said to end the dump that did not is bad. */
			rc = cb < 0 && errno ? -errno : -EPROTO;
			break;
		}
		if (reader) {
			n = dump_reader_next(reader, &buf, &last);
		} else {
			n = mnl_socket_recvfrom(nl, rbuf, RECV_SIZE);
			if (n < 0)
				n = -errno;
		}
	}
	dump_reader_finish(reader);
	return rc;
}

/* A socket bound for one dump: NULL with errno set. No strict checking:
 * the kernel then honours RTM_F_PREFIX, and every table is wanted. */
static struct mnl_socket *route_socket(void)
{
	struct mnl_socket *nl = mnl_socket_open2(NETLINK_ROUTE, SOCK_CLOEXEC);
	if (nl && mnl_socket_bind(nl, 0, MNL_SOCKET_AUTOPID) < 0) {
		int err = errno;
		mnl_socket_close(nl);
		errno = err;
		return NULL;
	}
	return nl;
}

/* The RTM_F_PREFIX dump into d->prefixes, on a socket of its own (the
 * main dump is still being read): 0 or -errno. */
static int load_prefixes(struct r6dump *d)
{
	d->prefixes_known = true;
	if (!d->live)
		return 0;
	char *rbuf = malloc(RECV_SIZE);
	struct mnl_socket *nl = rbuf ? route_socket() : NULL;
	int rc = !rbuf ? -ENOMEM : !nl ? -errno : 0;
	if (rc == 0) {
		d->collect = true;
		rc = dump(nl, d, rbuf, 1, RTM_F_PREFIX);
		d->collect = false;
	}
	if (nl)
		mnl_socket_close(nl);
	free(rbuf);
	return rc;
}

long inet6_route_netlink(struct netstat_ctx *ctx, inet6_route_fn fn, void *arg)
{
	struct r6dump d = {.ctx = ctx, .fn = fn, .arg = arg, .live = true};
	char *rbuf = malloc(RECV_SIZE);
	if (!rbuf)
		return -ENOMEM;
	struct mnl_socket *nl = route_socket();
	if (!nl) {
		int err = errno;
		free(rbuf);
		return -err;
	}
	int rc = dump(nl, &d, rbuf, 1, 0);
	mnl_socket_close(nl);
	free(rbuf);
	return dump_end(&d, rc);
}

#else /* !HAVE_LIBMNL */

long inet6_route_netlink(struct netstat_ctx *ctx, inet6_route_fn fn, void *arg)
{
	return -ENOSYS;
}

long inet6_route_parse(struct netstat_ctx *ctx, const void *buf, size_t len,
		       inet6_route_fn fn, void *arg)
{
	return -ENOSYS;
}

#endif
