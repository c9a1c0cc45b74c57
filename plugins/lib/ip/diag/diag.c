/*
 * The tcp, udp, udplite and raw tables (v4 and v6) over NETLINK_SOCK_DIAG.
 *
 * Each dump walks the same kernel hash tables, in the same order, as the
 * matching /proc/net file (listeners, then the established hash, bucket by
 * bucket; udp and raw by their hash slots), so rows come out in /proc's
 * order, and the caller hands them to the same filter and record code as
 * parsed lines. Where inet_diag reports a field differently from /proc the
 * row is made to say what /proc says (noted below).
 */
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/lib/ip/diag/attrs.h"
#include "plugins/lib/ip/diag/bytecode.h"
#include "plugins/lib/ip/diag/ip_diag.h"
#include "plugins/lib/ip/diag/occupancy.h"
#include "plugins/lib/ip/text/ip_text.h"
#include "plugins/lib/sock_diag/sock_diag.h"

#ifdef HAVE_LIBMNL

#include <arpa/inet.h>
#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/sock_diag.h>
#include <linux/tcp.h>
#include <netinet/in.h>
#include <sys/socket.h>

/* TCP states /proc lists: 1 (ESTABLISHED) .. 12 (NEW_SYN_RECV); not 13
 * (BOUND_INACTIVE), which only inet_diag can dump. */
#define TCP_STATES 0x1ffeu
#define TCP_LISTEN_STATE 10
#define TCP_SYN_RECV_STATE 3

struct ip_diag {
	struct sock_diag *sd;
};

/* Listeners seen in this dump, so a SYN_RECV request gets its listener's
 * uid as /proc prints it (inet_diag says 0 for requests). */
struct listener {
	uint8_t addr[16];
	uint32_t port, uid;
	int next;
};

struct dump {
	struct netstat_ctx *ctx;
	const struct ip_diag_query *q;
	ip_diag_row_fn fn;
	void *arg;
	long rows;
	bool malformed;	   /* a reply's attributes did not parse */
	int bad_attribute; /* the type of the bad one, or -1 */
	struct listener *ls;
	size_t n_ls, cap_ls;
	int heads[256];
};

static void listener_add(struct dump *d, const struct ip_socket_row *r)
{
	if (d->n_ls == d->cap_ls) {
		size_t cap = d->cap_ls ? d->cap_ls * 2 : 64;
		struct listener *p = realloc(d->ls, cap * sizeof *p);
		if (!p)
			return;
		d->ls = p;
		d->cap_ls = cap;
	}
	struct listener *l = &d->ls[d->n_ls];
	memcpy(l->addr, r->local.bytes, 16);
	l->port = r->local_port;
	l->uid = r->uid;
	l->next = d->heads[r->local_port & 255];
	d->heads[r->local_port & 255] = (int)d->n_ls++;
}

/* The listener a request belongs to: same port, same or wildcard address. */
static bool listener_uid(struct dump *d, const struct ip_socket_row *r,
			 uint32_t *uid)
{
	static const uint8_t any[16];
	bool found = false;
	for (int i = d->heads[r->local_port & 255]; i >= 0; i = d->ls[i].next) {
		const struct listener *l = &d->ls[i];
		if (l->port != r->local_port)
			continue;
		if (memcmp(l->addr, r->local.bytes, 16) == 0) {
			*uid = l->uid;
			return true;
		}
		if (!found && memcmp(l->addr, any, 16) == 0) {
			*uid = l->uid;
			found = true;
		}
	}
	return found;
}

static void set_address(struct netstat_address *a, int family, const __be32 *w)
{
	memset(a, 0, sizeof *a);
	a->family = family == AF_INET6 ? NETSTAT_ADDR_INET6 : NETSTAT_ADDR_INET;
	memcpy(a->bytes, w, family == AF_INET6 ? 16 : 4);
}

static int msg_cb(const struct nlmsghdr *nlh, void *data)
{
	struct dump *d = data;
	const struct inet_diag_msg *m = mnl_nlmsg_get_payload(nlh);
	struct ip_socket_row r;

	if (mnl_nlmsg_get_payload_len(nlh) < sizeof *m)
		return MNL_CB_OK;
	memset(&r, 0, sizeof r);
	set_address(&r.local, m->idiag_family, m->id.idiag_src);
	set_address(&r.remote, m->idiag_family, m->id.idiag_dst);
	r.local_port = ntohs(m->id.idiag_sport);
	r.remote_port = ntohs(m->id.idiag_dport);
	r.state = m->idiag_state;
	r.rx_queue = m->idiag_rqueue;
	r.tx_queue = m->idiag_wqueue;
	r.uid = m->idiag_uid;
	r.inode = m->idiag_inode;

	struct ip_socket_ext ext = {0};
	if (d->q->attributes || d->q->extensions || d->q->timers) {
		int bad;
		if (ip_diag_attrs_parse((const char *)m + MNL_ALIGN(sizeof *m),
					mnl_nlmsg_get_payload_len(nlh) -
						MNL_ALIGN(sizeof *m),
					&ext, &bad) < 0) {
			d->malformed = true;
			d->bad_attribute = bad;
			errno = EBADMSG;
			return MNL_CB_ERROR;
		}
	}
	ext.cookie = (uint64_t)m->id.idiag_cookie[0] |
		     (uint64_t)m->id.idiag_cookie[1] << 32;
	ext.ifindex = m->id.idiag_if;
	r.ext = &ext;

	if (d->q->kind == IP_KIND_TCP) {
		r.timer_code = m->idiag_timer;
		/* /proc: clock ticks (USER_HZ, 100/s); inet_diag: ms. */
		r.timer_when = m->idiag_expires / 10;
		r.retransmits = m->idiag_retrans;
		if (r.state == TCP_LISTEN_STATE) {
			/* inet_diag puts the backlog limit in wqueue;
			 * /proc shows write_seq - snd_una, 0 here. */
			r.tx_queue = 0;
			listener_add(d, &r);
		} else if (r.state == TCP_SYN_RECV_STATE && r.inode == 0) {
			listener_uid(d, &r, &r.uid);
		}
		if (d->q->timers) {
			/* /proc: icsk_retransmits, then icsk_probes_out;
			 * inet_diag folds them into one field by timer. */
			/* Bytes, not the struct: the attribute is only
			 * 4-byte aligned, struct tcp_info needs 8. */
			const uint8_t *tcp = ext.tcp_info;
			if (tcp && ext.tcp_info_len >= 4) {
				r.retransmits = tcp[offsetof(struct tcp_info,
							     tcpi_retransmits)];
				r.timeout = tcp[offsetof(struct tcp_info,
							 tcpi_probes)];
			} else if (r.timer_code == 3) {
				r.retransmits = 0; /* TIME_WAIT */
			}
		} else if (r.timer_code == 2 || r.timer_code == 4) {
			/* Here inet_diag's count is the probes. */
			r.timeout = (int64_t)r.retransmits;
			r.retransmits = 0;
		}
	} else if (d->q->kind == IP_KIND_RAW) {
		/* /proc: the protocol as local port, no remote port. */
		r.remote_port = 0;
	}
	d->rows++;
	d->fn(&r, d->arg);
	return MNL_CB_OK;
}

void ip_diag_close(struct ip_diag *diag)
{
	if (!diag)
		return;
	sock_diag_close(diag->sd);
	free(diag);
}

static int open_socket(struct ip_diag **out)
{
	if (*out)
		return 0;
	struct ip_diag *diag = calloc(1, sizeof *diag);
	if (!diag)
		return -ENOMEM;
	int rc = sock_diag_open(&diag->sd);
	if (rc < 0) {
		free(diag);
		return rc;
	}
	*out = diag;
	return 0;
}

/*
 * The TCP states the run's --filter may keep (all of them without one):
 * the kernel then skips the others. A SYN_RECV request takes its
 * listener's uid from the listener row, so listeners stay with it.
 */
static uint32_t wanted_states(struct netstat_ctx *ctx)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	uint32_t states = 0;
	for (int s = 1; s < 32; s++) {
		if (!(TCP_STATES & (1u << s)))
			continue;
		struct netstat_value v = netstat_v_state(s, ip_state_name(s));
		if (host->filter_may_match(ctx, &ip_internet_section,
					   IP_COL_STATE, &v))
			states |= 1u << s;
	}
	if (states & (1u << TCP_SYN_RECV_STATE))
		states |= 1u << TCP_LISTEN_STATE;
	return states;
}

/* The port ranges the filter allows, as a program the kernel runs; 0
 * bytes when it allows any port. Not for raw sockets, whose "port" is
 * the protocol. */
static size_t port_program(struct netstat_ctx *ctx, int proto, void *prog)
{
	if (proto == IPPROTO_RAW)
		return 0;
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	uint32_t local[IP_BYTECODE_MAX_RANGES][2];
	uint32_t remote[IP_BYTECODE_MAX_RANGES][2];
	size_t nl = host->filter_port_ranges(ctx, &ip_internet_section,
					     NETSTAT_ROLE_LOCAL, local,
					     IP_BYTECODE_MAX_RANGES);
	size_t nr = host->filter_port_ranges(ctx, &ip_internet_section,
					     NETSTAT_ROLE_REMOTE, remote,
					     IP_BYTECODE_MAX_RANGES);
	return ip_bytecode_ports(local, nl, remote, nr, prog);
}

/* One dump request: the sockets in `states` that pass `prog`. */
static int run_dump(struct ip_diag *diag, struct dump *d, uint32_t states,
		    const void *prog, size_t prog_len)
{
	int proto = d->q->protocol;
	char req_buf[1024];
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(req_buf);
	nlh->nlmsg_type = SOCK_DIAG_BY_FAMILY;
	nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	struct inet_diag_req_raw *r =
		mnl_nlmsg_put_extra_header(nlh, sizeof *r);
	r->sdiag_family = (uint8_t)d->q->family;
	r->sdiag_protocol = (uint8_t)proto;
	/* raw_diag: IPPROTO_RAW as the raw protocol means every protocol. */
	r->sdiag_raw_protocol = proto == IPPROTO_RAW ? IPPROTO_RAW : 0;
	r->idiag_states = states;
	r->idiag_ext = d->q->extensions;
	if (d->q->timers)
		r->idiag_ext |= 1u << (INET_DIAG_INFO - 1);
	if (prog_len)
		mnl_attr_put(nlh, INET_DIAG_REQ_BYTECODE, prog_len, prog);

	return sock_diag_dump(diag->sd, nlh, msg_cb, d);
}

/*
 * The dump, asking the kernel only for what the run's --filter may keep:
 * the TCP states it allows, and a port program. A TCP request (SYN_RECV)
 * takes its uid from its listener's row, which a port program could drop,
 * so then the listeners come first in a dump of their own, unfiltered, as
 * the kernel lists them first anyway: the rows keep /proc's order.
 */
static int dump_filtered(struct ip_diag *diag, struct dump *d)
{
	int proto = d->q->protocol;
	uint32_t states = proto == IPPROTO_TCP ? wanted_states(d->ctx) : ~0u;
	unsigned char prog[IP_BYTECODE_MAX_LEN];
	size_t prog_len = port_program(d->ctx, proto, prog);
	uint32_t listen = 1u << TCP_LISTEN_STATE;
	if (proto != IPPROTO_TCP || !prog_len || !(states & listen))
		return run_dump(diag, d, states, prog, prog_len);
	int rc = run_dump(diag, d, listen, NULL, 0);
	if (rc == 0 && (states & ~listen))
		rc = run_dump(diag, d, states & ~listen, prog, prog_len);
	return rc;
}

static void dump_start(struct dump *d, struct netstat_ctx *ctx,
		       const struct ip_diag_query *q, ip_diag_row_fn fn,
		       void *arg)
{
	*d = (struct dump){
		.ctx = ctx, .q = q, .fn = fn, .arg = arg, .bad_attribute = -1};
	memset(d->heads, -1, sizeof d->heads);
}

/* The dump's end: what went wrong said, and 0 when rows were emitted. */
static int dump_end(struct dump *d, int rc)
{
	free(d->ls);
	struct netstat_ctx *ctx = d->ctx;
	const struct ip_diag_query *q = d->q;
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	if (rc < 0 && d->malformed && d->bad_attribute >= 0)
		host->message(ctx, NETSTAT_STDERR,
			      "netstat: netlink dump of %s: malformed "
			      "attribute (type %d)\n",
			      q->name, d->bad_attribute);
	else if (rc < 0 && d->malformed)
		host->message(ctx, NETSTAT_STDERR,
			      "netstat: netlink dump of %s: attributes run "
			      "past the message\n",
			      q->name);
	if (rc < 0 && d->rows > 0) {
		/* Too late to switch sources without repeating rows. */
		host->message(ctx, NETSTAT_STDERR,
			      "netstat: netlink dump of %s: %s\n", q->name,
			      host->strerror(rc));
		return 0;
	}
	return rc;
}

int ip_diag_dump(struct ip_diag **diag, struct netstat_ctx *ctx,
		 const struct ip_diag_query *q, ip_diag_row_fn fn, void *arg)
{
	/* No row to find: the walk of a shared hash is left out. */
	if (ip_diag_table_empty(ctx, q->family, q->protocol))
		return 0;
	struct dump d;
	dump_start(&d, ctx, q, fn, arg);
	int rc = open_socket(diag);
	if (rc == 0)
		rc = dump_filtered(*diag, &d);
	rc = dump_end(&d, rc);
	if (rc < 0) {
		/* The socket may hold the rest of a failed exchange. */
		ip_diag_close(*diag);
		*diag = NULL;
	}
	return rc;
}

int ip_diag_parse(struct netstat_ctx *ctx, const struct ip_diag_query *q,
		  const void *buf, size_t len, ip_diag_row_fn fn, void *arg)
{
	struct dump d;
	dump_start(&d, ctx, q, fn, arg);
	int rc = sock_diag_parse(buf, len, 0, 0, msg_cb, &d);
	return dump_end(&d, rc > 0 ? -EPROTO : rc);
}

#else /* !HAVE_LIBMNL */

int ip_diag_dump(struct ip_diag **diag, struct netstat_ctx *ctx,
		 const struct ip_diag_query *q, ip_diag_row_fn fn, void *arg)
{
	return -ENOSYS;
}

int ip_diag_parse(struct netstat_ctx *ctx, const struct ip_diag_query *q,
		  const void *buf, size_t len, ip_diag_row_fn fn, void *arg)
{
	return -ENOSYS;
}

void ip_diag_close(struct ip_diag *diag)
{
}

#endif
