/*
 * Lists one tcp/udp/udplite/raw table: the live kernel over netlink when
 * the backend allows it, else the /proc file under net-tools' missing-file
 * rules, parsed line by line; either way through -l/-a to the records.
 */
#include <linux/inet_diag.h>
#include <unistd.h>

#include "plugins/lib/ip/diag/ip_diag.h"
#include "plugins/lib/ip/sockets/ip_sockets.h"

/* One listing in progress: what every row needs. */
struct listing {
	struct netstat_ctx *ctx;
	const struct netstat_request *req;
	const struct ip_socket_table *t;
	long hz; /* TCP timer ticks per second */
	struct ip_internet_wants wants;
};

static bool address_is_zero(const struct netstat_address *a)
{
	size_t n = a->family == NETSTAT_ADDR_INET6 ? 16 : 4;
	for (size_t i = 0; i < n; i++)
		if (a->bytes[i])
			return false;
	return true;
}

/* -l/-a (reference §3.1.1): TCP servers have no remote port, UDP and raw
 * servers no remote address. */
static bool row_wanted(const struct netstat_request *req,
		       const struct ip_socket_table *t,
		       const struct ip_socket_row *r)
{
	if (netstat_request_has(req, NETSTAT_REQ_ALL))
		return true;
	bool server = t->proto.kind == IP_KIND_TCP
			      ? r->remote_port == 0
			      : address_is_zero(&r->remote);
	return netstat_request_has(req, NETSTAT_REQ_LISTENING) ? server
							       : !server;
}

static void take_row(const struct ip_socket_row *r, void *arg)
{
	const struct listing *l = arg;
	if (row_wanted(l->req, l->t, r))
		ip_internet_emit(l->ctx, l->req, &l->t->proto, r, l->hz,
				 &l->wants);
}

static void read_rows(struct listing *l, struct netstat_lines *lines)
{
	const struct netstat_host_api *host = netstat_ctx_host(l->ctx);
	struct ip_socket_row row;
	const char *line;

	/* The first line is the kernel's header, whatever it says. */
	if (!host->lines_next(lines, NULL))
		return;
	while ((line = host->lines_next(lines, NULL))) {
		if (ip_parse_socket_row(line, &row) < l->t->min_fields) {
			host->message(l->ctx, NETSTAT_STDERR,
				      "warning, got bogus %s line.\n",
				      l->t->bogus);
			continue;
		}
		take_row(&row, l);
	}
}

#define EXTENSION(attr) (uint8_t)(1u << ((attr)-1))

/* What to ask the kernel for beyond the row: only what will be shown. */
static uint8_t extensions(struct listing *l)
{
	uint8_t ext = 0;
	if (netstat_request_has(l->req, NETSTAT_REQ_INFO) &&
	    l->t->proto.kind == IP_KIND_TCP)
		ext |= EXTENSION(INET_DIAG_INFO) | EXTENSION(INET_DIAG_CONG);
	if (netstat_request_has(l->req, NETSTAT_REQ_MEMORY))
		ext |= EXTENSION(INET_DIAG_SKMEMINFO);
	if (l->wants.tos)
		ext |= EXTENSION(INET_DIAG_TOS) | EXTENSION(INET_DIAG_TCLASS);
	return ext;
}

/* The table over netlink; 0 when it was listed so. */
static int list_netlink(struct listing *l, enum ip_backend backend,
			struct ip_diag **diag)
{
	const struct ip_socket_table *t = l->t;
	struct ip_diag_query q = {
		.name = t->proto.label,
		.family = t->family,
		.protocol = t->protocol,
		.kind = t->proto.kind,
		.timers = t->proto.kind == IP_KIND_TCP &&
			  netstat_request_has(l->req, NETSTAT_REQ_TIMERS),
	};
	q.extensions = extensions(l);
	q.attributes = l->wants.identity;
	int rc = ip_diag_dump(diag, l->ctx, &q, take_row, l);
	if (rc < 0)
		ip_backend_failed(l->ctx, backend, t->proto.label, -rc);
	return rc;
}

int ip_sockets_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct ip_socket_table *t, enum ip_backend backend,
		    struct ip_diag **diag)
{
	/* net-tools divides tcp timer ticks by the user clock rate. */
	long hz = sysconf(_SC_CLK_TCK);
	struct listing l = {
		.ctx = ctx,
		.req = req,
		.t = t,
		.hz = hz > 0 ? hz : 100,
		.wants = ip_internet_wants(ctx),
	};
	if (ip_backend_netlink(ctx, backend) &&
	    list_netlink(&l, backend, diag) == 0)
		return 0;
	struct netstat_lines *lines;
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	int rc = host->table_open(ctx, req, t->path, t->what, t->open_flags,
				  &lines);
	if (lines && t->proto.kind == IP_KIND_TCP &&
	    netstat_request_has(req, NETSTAT_REQ_INFO | NETSTAT_REQ_MEMORY))
		host->message(ctx, NETSTAT_STDERR,
			      "netstat: %s from /proc: --info shows only "
			      "retransmits, probes, rto, ato, cwnd and "
			      "ssthresh, --memory nothing; the rest needs the "
			      "netlink backend\n",
			      t->proto.label);
	if (lines) {
		read_rows(&l, lines);
		host->lines_close(lines);
	}
	return rc;
}
