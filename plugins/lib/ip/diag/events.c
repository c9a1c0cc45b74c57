/*
 * Destroyed sockets from sock_diag's multicast groups; see ip_events.h.
 *
 * What the kernel puts in a destroy message (inet_diag_handler_get_info):
 * family, state, ports, addresses, interface, cookie, the queues, the
 * protocol (INET_DIAG_PROTOCOL) and, for TCP, tcp_info (INET_DIAG_INFO:
 * the --info columns; the socket's last counters). It leaves uid and
 * inode zero: the record says null for the uid rather than a uid 0 the
 * kernel never meant, and sends no INET_DIAG_CONG (it is read if a
 * kernel does). There is no group for sockets
 * being created, so --events=all is refused with that said.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "plugins/lib/ip/diag/attrs.h"
#include "plugins/lib/ip/diag/ip_events.h"
#include "plugins/lib/ip/internet/ip_internet.h"
#include "plugins/lib/ip/text/ip_text.h"
#include "plugins/lib/sock_diag/netlink_buffer.h"

#define CLASSIC(w, f, s, c)                                                    \
	{                                                                      \
		.width = w, .flags = f, .sep = s, .cell = c                    \
	}

static const struct netstat_column columns[IP_EV_COUNT] = {
	/* The state is the one the socket was in when destroyed. */
	IP_SOCKET_COLUMNS(IP_EV_PROTO, IP_EV_RECV_Q, IP_EV_SEND_Q, IP_EV_LOCAL,
			  IP_EV_FOREIGN, IP_EV_STATE),
	[IP_EV_EVENT] = {.key = "event",
			 .title = "Event",
			 .type = NETSTAT_T_STRING,
			 .classic = CLASSIC(7, 0, " ", NULL)},
	/* The kernel's socket cookie: unique while the system runs. */
	[IP_EV_COOKIE] = {.key = "cookie",
			  .title = "Cookie",
			  .type = NETSTAT_T_UINT,
			  .classic = CLASSIC(0, 0, " ", NULL)},
	[IP_EV_INTERFACE] = {.key = "interface",
			     .title = "Interface",
			     .type = NETSTAT_T_UINT,
			     .flags = NETSTAT_COL_STRUCTURED_ONLY},
	/* Destroy messages carry none: always null (see above). */
	[IP_EV_UID] = {.key = "user",
		       .title = "User",
		       .type = NETSTAT_T_USER,
		       .flags = NETSTAT_COL_STRUCTURED_ONLY},
	/* When netstat read the event (the kernel gives no timestamp). */
	[IP_EV_TIME] = {.key = "time",
			.title = "Time",
			.type = NETSTAT_T_DOUBLE,
			.unit = "seconds",
			.flags = NETSTAT_COL_STRUCTURED_ONLY},
#define IP_INFO_AT IP_EV_INFO
	IP_INFO_COLUMNS
#undef IP_INFO_AT
};

const struct netstat_section ip_events_section = {
	.key = "socket_events",
	.title = "Socket events (destroyed sockets)",
	.order = NETSTAT_ORDER_INTERNET,
	.columns = columns,
	.n_columns = IP_EV_COUNT,
};

#ifdef HAVE_LIBMNL

#include <arpa/inet.h>
#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>

#define EVENTS_RECV_SIZE (64 * 1024)
/* Room for bursts: the kernel drops what does not fit (ENOBUFS). */
#define EVENTS_RCVBUF (4 * 1024 * 1024)

struct events {
	struct mnl_socket *nl;
	int family;
	bool info; /* --info: the record carries the tcp_info block */
	char *rbuf;
};

static struct netstat_address address_of(int family, const __be32 *w)
{
	return family == AF_INET6 ? netstat_addr_inet6(w)
				  : netstat_addr_inet(w);
}

static double wall_clock(void)
{
	struct timespec t;
	clock_gettime(CLOCK_REALTIME, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* What msg_cb needs: the run, and the stream's state. */
struct delivery {
	struct netstat_ctx *ctx;
	const struct events *ev;
};

static int msg_cb(const struct nlmsghdr *nlh, void *data)
{
	const struct delivery *d = data;
	const struct inet_diag_msg *m = mnl_nlmsg_get_payload(nlh);
	size_t len = mnl_nlmsg_get_payload_len(nlh);
	if (nlh->nlmsg_type != SOCK_DIAG_BY_FAMILY ||
	    len < MNL_ALIGN(sizeof *m) ||
	    (m->idiag_family != AF_INET && m->idiag_family != AF_INET6))
		return MNL_CB_OK;
	/* The same reading as a dump's, lengths checked: a damaged
	 * message ends the stream (the host says so), never a guess. */
	struct ip_socket_ext ext;
	int bad;
	if (ip_diag_attrs_parse((const char *)m + MNL_ALIGN(sizeof *m),
				len - MNL_ALIGN(sizeof *m), &ext, &bad) < 0) {
		errno = EBADMSG;
		return MNL_CB_ERROR;
	}
	int protocol = ext.has_protocol ? ext.protocol : -1;
	bool v6 = m->idiag_family == AF_INET6;
	const char *proto, *table;
	if (protocol == IPPROTO_TCP) {
		proto = v6 ? "tcp6" : "tcp";
		table = "tcp";
	} else if (protocol == IPPROTO_UDP) {
		proto = v6 ? "udp6" : "udp";
		table = "udp";
	} else if (protocol == IPPROTO_UDPLITE) {
		proto = v6 ? "udpl6" : "udpl";
		table = "udp";
	} else {
		return MNL_CB_OK; /* not a group we joined */
	}
	uint64_t cookie =
		(uint64_t)m->id.idiag_cookie[1] << 32 | m->id.idiag_cookie[0];
	struct netstat_value v[IP_EV_COUNT] = {
		[IP_EV_PROTO] = netstat_v_str(proto),
		[IP_EV_RECV_Q] = netstat_v_uint(m->idiag_rqueue),
		[IP_EV_SEND_Q] = netstat_v_uint(m->idiag_wqueue),
		[IP_EV_LOCAL] = netstat_v_endpoint(
			address_of(m->idiag_family, m->id.idiag_src),
			ntohs(m->id.idiag_sport), table),
		[IP_EV_FOREIGN] = netstat_v_endpoint(
			address_of(m->idiag_family, m->id.idiag_dst),
			ntohs(m->id.idiag_dport), table),
		[IP_EV_STATE] = netstat_v_state(m->idiag_state,
						ip_state_name(m->idiag_state)),
		[IP_EV_EVENT] = netstat_v_str("destroy"),
		[IP_EV_COOKIE] = netstat_v_uint(cookie),
		[IP_EV_INTERFACE] = netstat_v_uint(m->id.idiag_if),
		[IP_EV_UID] = netstat_v_null(),
		[IP_EV_TIME] = netstat_v_double(wall_clock()),
	};
	/* UDP's messages have no INET_DIAG_INFO: its block is null. */
	char options[128];
	if (d->ev->info)
		ip_info_values(&ext, v + IP_EV_INFO, options, sizeof options);
	struct netstat_record rec = {
		.section = &ip_events_section,
		.values = v,
		.n_values = d->ev->info ? IP_EV_COUNT : IP_EV_INFO,
	};
	netstat_ctx_host(d->ctx)->emit(d->ctx, &rec);
	return MNL_CB_OK;
}

static void events_done(void *arg)
{
	struct events *ev = arg;
	if (ev->nl)
		mnl_socket_close(ev->nl);
	free(ev->rbuf);
	free(ev);
}

/* One buffer of events to records: 0, or NETSTAT_ERR_PARSE. */
static int deliver(struct netstat_ctx *ctx, const struct events *ev,
		   const void *buf, size_t len)
{
	if (!netlink_buffer_sane(buf, len))
		return NETSTAT_ERR_PARSE;
	struct delivery d = {.ctx = ctx, .ev = ev};
	return mnl_cb_run(buf, len, 0, 0, msg_cb, &d) < 0 ? NETSTAT_ERR_PARSE
							  : 0;
}

int ip_events_parse(struct netstat_ctx *ctx, bool info, const void *buf,
		    size_t len)
{
	struct events ev = {.info = info};
	return deliver(ctx, &ev, buf, len);
}

/* Reads every message waiting; the host calls it when readable. */
static int events_ready(struct netstat_ctx *ctx, void *arg)
{
	struct events *ev = arg;
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	for (;;) {
		ssize_t n = recv(mnl_socket_get_fd(ev->nl), ev->rbuf,
				 EVENTS_RECV_SIZE, MSG_DONTWAIT);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
			return 0;
		if (n < 0 && errno == ENOBUFS) {
			/* Never silently: the kernel dropped events. */
			host->message(ctx, NETSTAT_STDERR,
				      "netstat: events lost: the kernel's "
				      "queue overflowed\n");
			continue;
		}
		if (n < 0)
			return -errno;
		if (n == 0)
			return NETSTAT_ERR_IO;
		int rc = deliver(ctx, ev, ev->rbuf, (size_t)n);
		if (rc < 0)
			return rc;
	}
}

/* The groups of `family` for the selected protocols. */
static size_t groups_of(const struct netstat_request *req, int family,
			unsigned out[2])
{
	bool any = !netstat_request_selects(req, "tcp") &&
		   !netstat_request_selects(req, "udp");
	size_t n = 0;
	if (any || netstat_request_selects(req, "tcp"))
		out[n++] = family == AF_INET6 ? SKNLGRP_INET6_TCP_DESTROY
					      : SKNLGRP_INET_TCP_DESTROY;
	if (any || netstat_request_selects(req, "udp"))
		out[n++] = family == AF_INET6 ? SKNLGRP_INET6_UDP_DESTROY
					      : SKNLGRP_INET_UDP_DESTROY;
	return n;
}

static int join(struct netstat_ctx *ctx, struct events *ev,
		const unsigned *groups, size_t n)
{
	int fd = mnl_socket_get_fd(ev->nl);
	int size = EVENTS_RCVBUF;
	/* A bigger queue where allowed; the default otherwise. */
	if (setsockopt(fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size) < 0)
		setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
	for (size_t i = 0; i < n; i++) {
		int group = (int)groups[i];
		if (mnl_socket_setsockopt(ev->nl, NETLINK_ADD_MEMBERSHIP,
					  &group, sizeof group) < 0)
			return -errno;
	}
	return 0;
}

int ip_events_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		   int family)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	if (netstat_request_has(req, NETSTAT_REQ_EVENTS_ALL)) {
		host->message(ctx, NETSTAT_STDERR,
			      "netstat: --events=all: the kernel reports "
			      "destroyed sockets only (sock_diag has no group "
			      "for new ones); use --events\n");
		return NETSTAT_EXIT_USAGE;
	}
	unsigned groups[2];
	size_t n = groups_of(req, family, groups);
	if (n == 0)
		return 0;
	struct events *ev = calloc(1, sizeof *ev);
	if (!ev || !(ev->rbuf = malloc(EVENTS_RECV_SIZE))) {
		free(ev);
		return NETSTAT_ERR_NOMEM;
	}
	ev->family = family;
	ev->info = netstat_request_has(req, NETSTAT_REQ_INFO);
	ev->nl = mnl_socket_open2(NETLINK_SOCK_DIAG, SOCK_CLOEXEC);
	int rc = ev->nl ? 0 : -errno;
	if (rc == 0 && mnl_socket_bind(ev->nl, 0, MNL_SOCKET_AUTOPID) < 0)
		rc = -errno;
	if (rc == 0)
		rc = join(ctx, ev, groups, n);
	const char *name = family == AF_INET6 ? "inet6 events" : "inet events";
	if (rc == -EPERM || rc == -EACCES) {
		host->message(ctx, NETSTAT_STDERR,
			      "netstat: --events needs CAP_NET_ADMIN (run it "
			      "as root): joining sock_diag's destroy groups "
			      "was refused\n");
		events_done(ev);
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	if (rc == 0)
		rc = host->stream_watch(ctx, name, mnl_socket_get_fd(ev->nl),
					events_ready, events_done, ev);
	if (rc < 0) {
		events_done(ev);
		return rc;
	}
	return 0;
}

#else /* !HAVE_LIBMNL */

int ip_events_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		   int family)
{
	netstat_ctx_host(ctx)->message(ctx, NETSTAT_STDERR,
				       "netstat: --events needs netlink "
				       "(this build has no libmnl)\n");
	return NETSTAT_EXIT_UNAVAILABLE;
}

int ip_events_parse(struct netstat_ctx *ctx, bool info, const void *buf,
		    size_t len)
{
	return NETSTAT_ERR_PARSE;
}

#endif
