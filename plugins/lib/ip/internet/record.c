/* One socket of a kernel table (a /proc line or a netlink message) as a
 * record of the Internet section. */
#include "plugins/lib/ip/internet/ip_internet.h"
#include "plugins/lib/ip/text/ip_text.h"

struct netstat_value ip_internet_program(struct netstat_ctx *ctx,
					 const struct netstat_request *req,
					 uint64_t inode)
{
	if (!inode || !netstat_request_has(req, NETSTAT_REQ_PROGRAMS |
							NETSTAT_REQ_CONTEXT))
		return netstat_v_null();
	return netstat_v_process(
		netstat_ctx_host(ctx)->process_of_inode(ctx, inode));
}

struct netstat_value ip_internet_processes(struct netstat_ctx *ctx,
					   const struct netstat_request *req,
					   uint64_t inode)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	if (!inode ||
	    !netstat_column_shown(&ip_internet_columns[IP_COL_PROCESSES],
				  req) ||
	    !host->column_needed(ctx, &ip_internet_section, IP_COL_PROCESSES))
		return netstat_v_null();
	return netstat_v_processes(host->processes_of_inode(ctx, inode));
}

static struct netstat_value timer(const struct ip_protocol *p,
				  const struct ip_socket_row *r, long hz)
{
	/* net-tools divides UDP and raw ticks by a fixed 100. */
	double div = p->kind == IP_KIND_TCP ? (double)hz : 100.0;
	return netstat_v_timer((int32_t)r->timer_code,
			       ip_timer_name((int32_t)r->timer_code),
			       (double)r->timer_when / div,
			       (int64_t)r->retransmits, r->timeout);
}

void ip_internet_emit(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct ip_protocol *p,
		      const struct ip_socket_row *r, long hz)
{
	struct netstat_value v[IP_COL_COUNT];

	v[IP_COL_PROTO] = netstat_v_str(p->label);
	v[IP_COL_RECV_Q] = netstat_v_uint(r->rx_queue);
	v[IP_COL_SEND_Q] = netstat_v_uint(r->tx_queue);
	v[IP_COL_LOCAL] =
		netstat_v_endpoint(r->local, r->local_port, p->port_table);
	v[IP_COL_FOREIGN] =
		netstat_v_endpoint(r->remote, r->remote_port, p->port_table);
	v[IP_COL_STATE] = netstat_v_state(r->state, ip_state_name(r->state));
	v[IP_COL_USER] = netstat_v_user(r->uid);
	v[IP_COL_INODE] = netstat_v_uint(r->inode);
	v[IP_COL_PROGRAM] = ip_internet_program(ctx, req, r->inode);
	v[IP_COL_TIMER] = timer(p, r, hz);
	/* One address each: the endpoints say it all. */
	v[IP_COL_LOCAL_ADDRESSES] = netstat_v_null();
	v[IP_COL_FOREIGN_ADDRESSES] = netstat_v_null();
	v[IP_COL_PROCESSES] = ip_internet_processes(ctx, req, r->inode);

	struct netstat_record rec = {
		.section = &ip_internet_section,
		.values = v,
		.n_values = IP_COL_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}
