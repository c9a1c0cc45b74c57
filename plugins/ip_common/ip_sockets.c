/*
 * Lists one tcp/udp/udplite/raw table: open it under net-tools' missing-file
 * rules, parse each row, apply -l/-a, emit a typed record.
 */
#include "plugins/ip_common/ip_common.h"

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
		       const struct ip_table *t, const struct ip_socket_row *r)
{
	if (netstat_request_has(req, NETSTAT_REQ_ALL))
		return true;
	bool server = t->kind == IP_KIND_TCP ? r->remote_port == 0
					     : address_is_zero(&r->remote);
	return netstat_request_has(req, NETSTAT_REQ_LISTENING) ? server
							       : !server;
}

static struct netstat_value endpoint(const struct netstat_address *a,
				     uint32_t port, const char *table)
{
	struct netstat_value v = {.type = NETSTAT_T_ENDPOINT};
	v.v.ep.addr = *a;
	v.v.ep.port = port;
	v.v.ep.port_table = table;
	return v;
}

static struct netstat_value timer(const struct ip_table *t,
				  const struct ip_socket_row *r)
{
	struct netstat_value v = {.type = NETSTAT_T_TIMER};
	/* net-tools divides UDP and raw ticks by a fixed 100. */
	double hz = t->kind == IP_KIND_TCP ? (double)ip_clk_tck : 100.0;
	v.v.timer.code = (int32_t)r->timer_code;
	v.v.timer.name = ip_timer_name((int32_t)r->timer_code);
	v.v.timer.seconds = (double)r->timer_when / hz;
	v.v.timer.retransmits = (int64_t)r->retransmits;
	v.v.timer.probes = r->timeout;
	return v;
}

static void emit_row(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct ip_table *t, const struct ip_socket_row *r)
{
	struct netstat_value v[IP_COL_COUNT];

	v[IP_COL_PROTO] = netstat_v_str(t->name);
	v[IP_COL_RECV_Q] = netstat_v_uint(r->rx_queue);
	v[IP_COL_SEND_Q] = netstat_v_uint(r->tx_queue);
	v[IP_COL_LOCAL] = endpoint(&r->local, r->local_port, t->port_table);
	v[IP_COL_FOREIGN] = endpoint(&r->remote, r->remote_port, t->port_table);
	v[IP_COL_STATE] = netstat_v_state(r->state, ip_state_name(r->state));
	v[IP_COL_USER] = netstat_v_user(r->uid);
	v[IP_COL_INODE] = netstat_v_uint(r->inode);
	v[IP_COL_PROGRAM] = netstat_v_null();
	/* The inode->process map is costly: only look when it is shown. */
	if (r->inode && netstat_request_has(req, NETSTAT_REQ_PROGRAMS |
							 NETSTAT_REQ_CONTEXT)) {
		const struct netstat_process *p =
			ip_host->process_of_inode(ctx, r->inode);
		if (p) {
			v[IP_COL_PROGRAM].type = NETSTAT_T_PROCESS;
			v[IP_COL_PROGRAM].v.proc = *p;
		}
	}
	v[IP_COL_TIMER] = timer(t, r);

	struct netstat_record rec = {
		.section = &ip_internet_section,
		.values = v,
		.n_values = IP_COL_COUNT,
		.priv = t,
	};
	ip_host->emit(ctx, &rec);
}

void ip_socket_row_emit(struct netstat_ctx *ctx,
			const struct netstat_request *req,
			const struct ip_table *t, const struct ip_socket_row *r)
{
	if (row_wanted(req, t, r))
		emit_row(ctx, req, t, r);
}

static void read_rows(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct ip_table *t, struct netstat_lines *lines)
{
	struct ip_socket_row row;
	const char *line;

	/* The first line is the kernel's header, whatever it says. */
	if (!ip_host->lines_next(lines, NULL))
		return;
	while ((line = ip_host->lines_next(lines, NULL))) {
		if (ip_parse_socket_row(line, &row) < t->min_fields) {
			ip_host->message(ctx, NETSTAT_STDERR,
					 "warning, got bogus %s line.\n",
					 t->bogus);
			continue;
		}
		if (row_wanted(req, t, &row))
			emit_row(ctx, req, t, &row);
	}
}

int ip_list_sockets(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_source *src)
{
	const struct ip_table *t = ip_table_by_name(src->name);
	if (!t)
		return 0;
	/* The live kernel over netlink when it answers (ip_diag.c). */
	if (ip_backend_netlink(ctx) && ip_diag_list(ctx, req, t) == 0)
		return 0;
	struct netstat_lines *lines;
	int pending = 0;
	int rc = ip_open(ctx, req, t->path, t->what, &lines, &pending);
	if (rc)
		return rc;
	if (lines) {
		read_rows(ctx, req, t, lines);
		ip_host->lines_close(lines);
	}
	return ip_pending_status(pending);
}
