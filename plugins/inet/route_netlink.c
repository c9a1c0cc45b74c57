/*
 * The IPv4 main routing table over rtnetlink, as /proc/net/route shows it.
 *
 * Both walk the main table's trie leaf by leaf, so routes come in the same
 * order. /proc/net/route's fields are derived here the way the kernel
 * derives them for that file: RefCnt and Use are always 0, MTU is the
 * advertised MSS plus 40, IRTT the rtt metric over 8, flags are U, G when
 * the first next hop has an IPv4 gateway, H for /32, ! for unreachable and
 * prohibit; broadcast and multicast routes are not listed; the interface is
 * the first next hop's ("*" when none).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/inet/route_netlink.h"
#include "plugins/lib/sock_diag/netlink_buffer.h"

#ifdef HAVE_LIBMNL

#include <arpa/inet.h>
#include <libmnl/libmnl.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <sys/socket.h>

#include "plugins/lib/sock_diag/netlink_done.h"

/* Never written: libmnl takes the table without const. */
static mnl_cb_t ctl_cbs[NLMSG_MIN_TYPE] = NETLINK_CTL_CBS;

#define RECV_SIZE (64 * 1024)
#define RTF_UP_ 0x0001
#define RTF_GATEWAY_ 0x0002
#define RTF_HOST_ 0x0004
#define RTF_REJECT_ 0x0200

/* Interface names by index, looked up once each. */
#define NAME_CACHE 64

struct name_slot {
	int index;
	char name[IF_NAMESIZE];
};

struct rdump {
	struct netstat_ctx *ctx;
	inet_route4_fn fn;
	void *arg;
	long routes;
	struct name_slot names[NAME_CACHE];
};

static void iface_name(struct rdump *d, int index, char *out)
{
	if (index <= 0) {
		strcpy(out, "*");
		return;
	}
	struct name_slot *s = &d->names[(unsigned)index % NAME_CACHE];
	if (s->index != index) {
		if (!if_indextoname((unsigned)index, s->name))
			strcpy(s->name, "*");
		s->index = index;
	}
	memcpy(out, s->name, IF_NAMESIZE);
	out[IF_NAMESIZE - 1] = '\0';
}

/* The attributes a route row is made from. */
struct rattrs {
	const struct nlattr *table, *dst, *oif, *gateway, *priority, *prefsrc,
		*metrics, *multipath;
};

/* The attributes by type, the last of a type winning, as mnl_attr_parse
 * would walk them (mnl_attr_ok's bounds) but inline and keeping only the
 * eight a row uses: this runs once per route. */
static void route_attrs(const struct nlmsghdr *nlh, size_t offset,
			struct rattrs *t)
{
	/* From the payload at `offset` to the message's aligned end, as
	 * mnl_attr_for_each; the caller checked the payload holds `offset`. */
	const char *p =
		(const char *)nlh + MNL_NLMSG_HDRLEN + MNL_ALIGN(offset);
	const char *end = (const char *)nlh + MNL_ALIGN(nlh->nlmsg_len);
	while (p < end && (size_t)(end - p) >= sizeof(struct nlattr)) {
		const struct nlattr *a = (const struct nlattr *)p;
		if (a->nla_len < sizeof *a || a->nla_len > (size_t)(end - p))
			break;
		switch (a->nla_type & NLA_TYPE_MASK) {
		case RTA_TABLE:
			t->table = a;
			break;
		case RTA_DST:
			t->dst = a;
			break;
		case RTA_OIF:
			t->oif = a;
			break;
		case RTA_GATEWAY:
			t->gateway = a;
			break;
		case RTA_PRIORITY:
			t->priority = a;
			break;
		case RTA_PREFSRC:
			t->prefsrc = a;
			break;
		case RTA_METRICS:
			t->metrics = a;
			break;
		case RTA_MULTIPATH:
			t->multipath = a;
			break;
		}
		p += MNL_ALIGN(a->nla_len);
	}
}

/* A u32 attribute's value, 0 when absent or short; read in place (as
 * mnl_attr_get_u32 does) since it runs several times per route. */
static uint32_t attr_u32(const struct nlattr *a)
{
	uint32_t v = 0;
	if (a && a->nla_len >= MNL_ATTR_HDRLEN + sizeof v)
		memcpy(&v, (const char *)a + MNL_ATTR_HDRLEN, sizeof v);
	return v;
}

/* RTAX_* values from RTA_METRICS. */
static void metrics(const struct nlattr *m, uint32_t *advmss, uint32_t *window,
		    uint32_t *rtt)
{
	const struct nlattr *a;
	if (!m)
		return;
	mnl_attr_for_each_nested(a, m)
	{
		switch (mnl_attr_get_type(a)) {
		case RTAX_ADVMSS:
			*advmss = attr_u32(a);
			break;
		case RTAX_WINDOW:
			*window = attr_u32(a);
			break;
		case RTAX_RTT:
			*rtt = attr_u32(a);
			break;
		}
	}
}

/* First next hop of a multipath route: its interface and gateway. */
static void first_hop(const struct nlattr *mp, int *oif, uint32_t *gw)
{
	const struct rtnexthop *nh = mnl_attr_get_payload(mp);
	size_t len = mnl_attr_get_payload_len(mp);
	if (len < sizeof *nh || nh->rtnh_len < sizeof *nh || nh->rtnh_len > len)
		return;
	*oif = nh->rtnh_ifindex;
	size_t off = RTNH_ALIGN(sizeof *nh);
	while (off + sizeof(struct nlattr) <= nh->rtnh_len) {
		const struct nlattr *a =
			(const struct nlattr *)((const char *)nh + off);
		if (a->nla_len < sizeof *a || off + a->nla_len > nh->rtnh_len)
			break;
		if (mnl_attr_get_type(a) == RTA_GATEWAY)
			*gw = attr_u32(a);
		off += MNL_ALIGN(a->nla_len);
	}
}

static int route_cb(const struct nlmsghdr *nlh, void *data)
{
	struct rdump *d = data;
	/* mnl_nlmsg_get_payload and _len, inline (mnl_cb_run2 checked the
	 * header fits) */
	const struct rtmsg *rm =
		(const struct rtmsg *)((const char *)nlh + MNL_NLMSG_HDRLEN);
	if (nlh->nlmsg_type != RTM_NEWROUTE ||
	    nlh->nlmsg_len - MNL_NLMSG_HDRLEN < MNL_ALIGN(sizeof *rm) ||
	    rm->rtm_family != AF_INET)
		return MNL_CB_OK;
	struct rattrs t = {0};
	route_attrs(nlh, sizeof *rm, &t);
	uint32_t table = t.table ? attr_u32(t.table) : rm->rtm_table;
	if (rm->rtm_dst_len > 32) {
		/* No IPv4 prefix is longer: a damaged reply. */
		errno = EBADMSG;
		return MNL_CB_ERROR;
	}
	if (table != RT_TABLE_MAIN || rm->rtm_type == RTN_BROADCAST ||
	    rm->rtm_type == RTN_MULTICAST || (rm->rtm_flags & RTM_F_CLONED))
		return MNL_CB_OK;

	struct inet_route4 r; /* every field set below */
	int oif = (int)attr_u32(t.oif);
	uint32_t gw = t.gateway ? attr_u32(t.gateway) : 0;
	if (t.multipath)
		first_hop(t.multipath, &oif, &gw);
	uint32_t advmss = 0, window = 0, rtt = 0;
	metrics(t.metrics, &advmss, &window, &rtt);

	r.dest = attr_u32(t.dst);
	r.gateway = gw;
	uint32_t mask = rm->rtm_dst_len ? ~0u << (32 - rm->rtm_dst_len) : 0;
	r.mask = htonl(mask);
	r.flags = RTF_UP_;
	if (rm->rtm_type == RTN_UNREACHABLE || rm->rtm_type == RTN_PROHIBIT)
		r.flags |= RTF_REJECT_;
	if (gw)
		r.flags |= RTF_GATEWAY_;
	if (rm->rtm_dst_len == 32)
		r.flags |= RTF_HOST_;
	r.metric = (int32_t)attr_u32(t.priority);
	r.mtu = advmss ? (int32_t)(advmss + 40) : 0;
	r.window = (int32_t)window;
	r.irtt = (int32_t)(rtt >> 3);
	r.table = table;
	r.oif = (uint32_t)oif;
	r.protocol = rm->rtm_protocol;
	r.scope = rm->rtm_scope;
	r.type = rm->rtm_type;
	r.has_prefsrc = t.prefsrc != NULL;
	r.prefsrc = attr_u32(t.prefsrc);
	iface_name(d, oif, r.iface);
	d->routes++;
	d->fn(d->ctx, &r, d->arg);
	return MNL_CB_OK;
}

/* One buffer of the reply: MNL_CB_OK for more, MNL_CB_STOP at its end,
 * or MNL_CB_ERROR (errno set). */
static int parse_reply(struct rdump *d, const void *buf, size_t len,
		       unsigned seq, unsigned portid)
{
	if (!netlink_buffer_sane(buf, len)) {
		errno = EBADMSG;
		return MNL_CB_ERROR;
	}
	return mnl_cb_run2(buf, len, seq, portid, route_cb, d, ctl_cbs,
			   NLMSG_MIN_TYPE);
}

/* The dump's end: the number of routes, or -errno when there were none
 * (a failure after some is said). */
static long dump_end(struct rdump *d, int rc)
{
	if (rc < 0 && d->routes == 0)
		return rc;
	if (rc < 0) { /* too late to switch sources without repeating rows */
		const struct netstat_host_api *host = netstat_ctx_host(d->ctx);
		host->message(d->ctx, NETSTAT_STDERR,
			      "netstat: netlink route dump: %s\n",
			      host->strerror(rc));
	}
	return d->routes;
}

long inet_route4_parse(struct netstat_ctx *ctx, const void *buf, size_t len,
		       inet_route4_fn fn, void *arg)
{
	struct rdump d = {.ctx = ctx, .fn = fn, .arg = arg};
	errno = 0;
	int cb = parse_reply(&d, buf, len, 0, 0);
	int rc = netlink_run_status(cb);
	return dump_end(&d, rc);
}

long inet_route4_netlink(struct netstat_ctx *ctx, inet_route4_fn fn, void *arg)
{
	struct rdump d = {.ctx = ctx, .fn = fn, .arg = arg};
	char *rbuf = malloc(RECV_SIZE);
	if (!rbuf)
		return -ENOMEM;
	struct mnl_socket *nl = mnl_socket_open2(NETLINK_ROUTE, SOCK_CLOEXEC);
	if (!nl) {
		int err = errno;
		free(rbuf);
		return -err;
	}
	int rc = 0;
	if (mnl_socket_bind(nl, 0, MNL_SOCKET_AUTOPID) < 0) {
		rc = -errno;
		goto out;
	}
	/* Ask the kernel to dump the main table only (strict checking);
	 * older kernels ignore the filter and route_cb filters anyway. */
	int one = 1;
	mnl_socket_setsockopt(nl, NETLINK_GET_STRICT_CHK, &one, sizeof one);

	char req_buf[1024];
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(req_buf);
	nlh->nlmsg_type = RTM_GETROUTE;
	nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	nlh->nlmsg_seq = 1;
	struct rtmsg *rm = mnl_nlmsg_put_extra_header(nlh, sizeof *rm);
	rm->rtm_family = AF_INET;
	rm->rtm_table = RT_TABLE_MAIN;
	mnl_attr_put_u32(nlh, RTA_TABLE, RT_TABLE_MAIN);
	if (mnl_socket_sendto(nl, nlh, nlh->nlmsg_len) < 0) {
		rc = -errno;
		goto out;
	}
	unsigned portid = mnl_socket_get_portid(nl);
	for (;;) {
		ssize_t n = mnl_socket_recvfrom(nl, rbuf, RECV_SIZE);
		if (n <= 0) {
			rc = n < 0 ? -errno : -EPROTO;
			break;
		}
		int cb = parse_reply(&d, rbuf, (size_t)n, 1, portid);
		if (cb == MNL_CB_STOP)
			break;
		if (cb < 0) {
			rc = errno ? -errno : -EPROTO;
			break;
		}
	}
out:
	mnl_socket_close(nl);
	free(rbuf);
	return dump_end(&d, rc);
}

#else /* !HAVE_LIBMNL */

long inet_route4_netlink(struct netstat_ctx *ctx, inet_route4_fn fn, void *arg)
{
	return -ENOSYS;
}

long inet_route4_parse(struct netstat_ctx *ctx, const void *buf, size_t len,
		       inet_route4_fn fn, void *arg)
{
	return -ENOSYS;
}

#endif
