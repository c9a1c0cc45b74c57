/*
 * SCTP endpoints and associations in the Internet section. A row may span
 * several lines (one per address), so its classic text is written whole.
 */
#include <inttypes.h>
#include <stdio.h>

#include "plugins/ip_common/ip_sctp.h"

/* Prefix of every line: "sctp" and the queues, or blanks. */
#define LEAD_WIDTH 20
#define EP_ADDR_WIDTH 47
#define AS_ADDR_WIDTH 23
#define STATE_WIDTH 11
/* net-tools keeps an SCTP host text in 64 bytes. */
#define HOST_MAX 63

static void pad_from(struct netstat_text *out, size_t start, size_t width)
{
	size_t n = out->len - start;
	if (n < width)
		netstat_text_fill(out, ' ', width - n);
}

static void state_text(int64_t state, struct netstat_text *out)
{
	if (state >= 0 && state <= 11)
		netstat_text_puts(out, ip_tcp_state_text(state));
	else
		netstat_text_printf(out, "UNKNOWN(%" PRId64 ")", state);
}

/* "host" or "host:port"; SCTP hosts go numeric with any numeric option,
 * ports are never named. */
static void address_text(struct netstat_ctx *ctx,
			 const struct netstat_request *req,
			 const struct netstat_address *a, const uint32_t *port,
			 struct netstat_text *out)
{
	char hbuf[HOST_MAX + 1], pbuf[32];
	netstat_text_puts(
		out,
		ip_host_text(ctx, a,
			     netstat_request_has(req, NETSTAT_REQ_NUMERIC_ANY),
			     hbuf, sizeof hbuf));
	if (port) {
		netstat_text_puts(out, ":");
		netstat_text_puts(out, ip_port_text(ctx, *port, NULL, true,
						    pbuf, sizeof pbuf));
	}
}

static void state_cell(int64_t state, bool first, struct netstat_text *out)
{
	netstat_text_puts(out, " ");
	size_t start = out->len;
	if (first)
		state_text(state, out);
	pad_from(out, start, STATE_WIDTH);
}

static void ep_row(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_record *rec, struct netstat_text *out)
{
	const struct ip_sctp_row *r = rec->priv;
	for (size_t i = 0; i < r->n_local; i++) {
		size_t start = out->len;
		if (i == 0)
			netstat_text_puts(out, "sctp");
		pad_from(out, start, LEAD_WIDTH);
		start = out->len;
		address_text(ctx, req, &r->local[i], &r->local_port, out);
		pad_from(out, start, EP_ADDR_WIDTH);
		state_cell(r->state, i == 0, out);
		if (i + 1 < r->n_local)
			netstat_text_puts(out, "\n");
	}
	/* The -e/-p/-o tail goes on the last line only. */
	ip_render_tail(ctx, req, rec, out);
	netstat_text_puts(out, "\n");
}

static void assoc_side(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_address *list, size_t n, size_t i,
		       uint32_t port, struct netstat_text *out)
{
	size_t start = out->len;
	if (i < n)
		address_text(ctx, req, &list[i], i == 0 ? &port : NULL, out);
	pad_from(out, start, AS_ADDR_WIDTH);
}

static void assoc_row(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_record *rec,
		      struct netstat_text *out)
{
	const struct ip_sctp_row *r = rec->priv;
	size_t lines = r->n_local > r->n_remote ? r->n_local : r->n_remote;
	if (lines == 0)
		lines = 1;
	for (size_t i = 0; i < lines; i++) {
		if (i == 0)
			netstat_text_printf(out,
					    "sctp  %6" PRIu64 " %6" PRIu64 " ",
					    r->rx_queue, r->tx_queue);
		else
			netstat_text_fill(out, ' ', LEAD_WIDTH);
		assoc_side(ctx, req, r->local, r->n_local, i, r->local_port,
			   out);
		netstat_text_puts(out, " ");
		assoc_side(ctx, req, r->remote, r->n_remote, i, r->remote_port,
			   out);
		state_cell(r->state, i == 0, out);
		if (i + 1 < lines)
			netstat_text_puts(out, "\n");
	}
	ip_render_tail(ctx, req, rec, out);
	netstat_text_puts(out, "\n");
}

static struct netstat_value first_endpoint(const struct netstat_address *a,
					   size_t n, uint32_t port)
{
	if (n == 0)
		return netstat_v_null();
	struct netstat_value v = {.type = NETSTAT_T_ENDPOINT};
	v.v.ep.addr = a[0];
	v.v.ep.port = port;
	v.v.ep.port_table = NULL; /* net-tools never names SCTP ports */
	return v;
}

static void emit_row(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct ip_sctp_row *r)
{
	struct netstat_value v[IP_COL_COUNT];

	v[IP_COL_PROTO] = netstat_v_str("sctp");
	v[IP_COL_RECV_Q] =
		r->assoc ? netstat_v_uint(r->rx_queue) : netstat_v_null();
	v[IP_COL_SEND_Q] =
		r->assoc ? netstat_v_uint(r->tx_queue) : netstat_v_null();
	v[IP_COL_LOCAL] = first_endpoint(r->local, r->n_local, r->local_port);
	v[IP_COL_FOREIGN] =
		first_endpoint(r->remote, r->n_remote, r->remote_port);
	v[IP_COL_STATE] = netstat_v_state(r->state, ip_state_name(r->state));
	v[IP_COL_USER] = netstat_v_user(r->uid);
	v[IP_COL_INODE] = netstat_v_uint(r->inode);
	v[IP_COL_PROGRAM] = netstat_v_null();
	if (r->inode && netstat_request_has(req, NETSTAT_REQ_PROGRAMS |
							 NETSTAT_REQ_CONTEXT)) {
		const struct netstat_process *p =
			ip_host->process_of_inode(ctx, r->inode);
		if (p) {
			v[IP_COL_PROGRAM].type = NETSTAT_T_PROCESS;
			v[IP_COL_PROGRAM].v.proc = *p;
		}
	}
	v[IP_COL_TIMER] = netstat_v_null(); /* net-tools shows none */

	struct netstat_record rec = {
		.section = &ip_internet_section,
		.values = v,
		.n_values = IP_COL_COUNT,
		.classic_row = r->assoc ? assoc_row : ep_row,
		.priv = r,
	};
	ip_host->emit(ctx, &rec);
}

static int list_file(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const char *path, bool assoc)
{
	struct netstat_lines *lines;
	int pending = 0;
	int rc = ip_open(ctx, req, path, "AF INET (sctp)", &lines, &pending);
	if (rc || !lines)
		return rc ? rc : pending;

	struct ip_sctp_row row;
	const char *line;
	if (ip_host->lines_next(lines, NULL)) { /* the header */
		while ((line = ip_host->lines_next(lines, NULL))) {
			bool ok = assoc ? ip_sctp_parse_assoc(line, &row)
					: ip_sctp_parse_ep(line, &row);
			if (ok)
				emit_row(ctx, req, &row);
			else
				ip_host->message(ctx, NETSTAT_STDERR,
						 "warning, got bogus sctp %s "
						 "line.\n",
						 assoc ? "assoc" : "eps");
		}
	}
	ip_host->lines_close(lines);
	return 0;
}

int ip_list_sctp(struct netstat_ctx *ctx, const struct netstat_request *req,
		 const struct netstat_source *src)
{
	bool all = netstat_request_has(req, NETSTAT_REQ_ALL);
	bool listening = netstat_request_has(req, NETSTAT_REQ_LISTENING);
	/* Endpoints are the servers, associations the rest. */
	if (all || listening) {
		int rc = list_file(ctx, req, "net/sctp/eps", false);
		if (rc)
			return rc;
	}
	if (all || !listening)
		return list_file(ctx, req, "net/sctp/assocs", true);
	return 0;
}
