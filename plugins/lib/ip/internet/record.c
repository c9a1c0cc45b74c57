/* One socket of a kernel table (a /proc line or a netlink message) as a
 * record of the Internet section. */
#include <net/if.h>

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

/* Scratch text a record's values point into until it is emitted. */
struct texts {
	char ifname[IF_NAMESIZE];
	char options[128];
};

/* Type and number only: the identity values are set on every row, and
 * the rest of a value's union is never read for these types. */
static void uint_if(struct netstat_value *v, bool present, uint64_t u)
{
	v->type = present ? NETSTAT_T_UINT : NETSTAT_T_NULL;
	v->v.u = u;
}

struct ip_internet_wants ip_internet_wants(struct netstat_ctx *ctx)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	const struct netstat_section *s = &ip_internet_section;
	struct ip_internet_wants w = {
		.tos = host->column_needed(ctx, s, IP_COL_TOS) ||
		       host->column_needed(ctx, s, IP_COL_TCLASS),
		.interface = host->column_needed(ctx, s, IP_COL_INTERFACE),
		.cgroup = host->column_needed(ctx, s, IP_COL_CGROUP),
	};
	for (size_t c = IP_COL_COOKIE; c <= IP_COL_CGROUP; c++)
		w.identity = w.identity || host->column_needed(ctx, s, c);
	return w;
}

/* The identity columns; names (the device's, the cgroup's path) only
 * where the run prints or queries them. */
static void identity(struct netstat_ctx *ctx, const struct ip_socket_row *r,
		     const struct ip_internet_wants *w, struct netstat_value *v,
		     struct texts *t)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	const struct ip_socket_ext *e = r->ext;
	uint_if(&v[IP_COL_UID], true, r->uid);
	for (size_t c = IP_COL_COOKIE; c <= IP_COL_CGROUP; c++)
		uint_if(&v[c], false, 0);
	if (!e)
		return;
	uint_if(&v[IP_COL_COOKIE], true, e->cookie);
	if (e->ifindex) {
		uint_if(&v[IP_COL_IFINDEX], true, e->ifindex);
		if (w->interface && if_indextoname(e->ifindex, t->ifname))
			v[IP_COL_INTERFACE] = netstat_v_str(t->ifname);
	}
	uint_if(&v[IP_COL_MARK], e->has_mark, e->mark);
	uint_if(&v[IP_COL_TOS], e->has_tos, e->tos);
	uint_if(&v[IP_COL_TCLASS], e->has_tclass, e->tclass);
	uint_if(&v[IP_COL_CGROUP_ID], e->has_cgroup, e->cgroup_id);
	if (w->cgroup && e->has_cgroup)
		v[IP_COL_CGROUP] =
			netstat_v_str(host->cgroup_path(ctx, e->cgroup_id));
}

/* What only a /proc line says (null over netlink): the reference count
 * and TCP's delayed-ack state. */
static void proc_only(const struct ip_protocol *p,
		      const struct ip_socket_row *r, struct netstat_value *v)
{
	bool ack = p->kind == IP_KIND_TCP && r->tail_fields > IP_TAIL_FIRST + 2;
	uint_if(&v[IP_COL_REFCOUNT],
		r->tail_fields >= IP_TAIL_REFCOUNT && r->refcount >= 0,
		(uint64_t)r->refcount);
	uint_if(&v[IP_COL_QUICK_ACKS], ack, r->tail[2] >> 1);
	uint_if(&v[IP_COL_PINGPONG], ack, r->tail[2] & 1);
}

/* A /proc line's st of a listening TCP socket (the kernel's TCP_LISTEN). */
#define TCP_LISTEN_STATE 10

/* Clock ticks to microseconds. */
static uint64_t ticks_us(uint64_t ticks, long hz)
{
	return ticks * 1000000u / (uint64_t)hz;
}

/* --info from a /proc TCP line: what it has of tcp_info. Its ssthresh
 * -1 is tcp_info's "infinite" (0x7fffffff); a listener's is not one. */
static void proc_internals(const struct ip_socket_row *r, long hz,
			   struct netstat_value *tcpi)
{
	tcpi[IP_TCPI_RETRANSMITS] = netstat_v_uint(r->retransmits);
	tcpi[IP_TCPI_PROBES] = netstat_v_uint((uint64_t)r->timeout);
	unsigned n = r->tail_fields;
	if (n > IP_TAIL_FIRST - 1)
		tcpi[IP_TCPI_RTO] = netstat_v_uint(ticks_us(r->tail[0], hz));
	if (n > IP_TAIL_FIRST)
		tcpi[IP_TCPI_ATO] = netstat_v_uint(ticks_us(r->tail[1], hz));
	if (n >= IP_TAIL_CWND)
		tcpi[IP_TCPI_SND_CWND] = netstat_v_uint(r->tail[3]);
	if (n >= IP_TAIL_SSTHRESH && r->state != TCP_LISTEN_STATE)
		tcpi[IP_TCPI_SND_SSTHRESH] = netstat_v_uint(
			r->ssthresh < 0 ? 0x7fffffffu : (uint64_t)r->ssthresh);
}

/* --info: tcp_info and the congestion control over netlink; from a
 * /proc line what it has. */
static void internals(const struct ip_protocol *p,
		      const struct ip_socket_row *r, long hz,
		      struct netstat_value *v, struct texts *t)
{
	ip_info_values(r->ext, v + IP_COL_CONG, t->options, sizeof t->options);
	if (!r->ext && p->kind == IP_KIND_TCP)
		proc_internals(r, hz, v + IP_COL_TCP_INFO);
}

void ip_internet_emit(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct ip_protocol *p,
		      const struct ip_socket_row *r, long hz,
		      const struct ip_internet_wants *wants)
{
	struct netstat_value v[IP_COL_COUNT];
	struct texts t;

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
	identity(ctx, r, wants, v, &t);
	proc_only(p, r, v);
	size_t n = IP_COL_MEMORY;
	if (netstat_request_has(req, NETSTAT_REQ_MEMORY | NETSTAT_REQ_INFO)) {
		ip_memory_values(r->ext ? r->ext->skmem : NULL,
				 r->ext ? r->ext->n_skmem : 0,
				 v + IP_COL_MEMORY);
		/* A /proc UDP or raw line counts its drops. */
		if (!r->ext && p->kind != IP_KIND_TCP &&
		    r->tail_fields >= IP_TAIL_FIRST)
			v[IP_COL_MEMORY + IP_MEM_DROPS] =
				netstat_v_uint(r->tail[0]);
		n = IP_COL_CONG;
	}
	if (netstat_request_has(req, NETSTAT_REQ_INFO)) {
		internals(p, r, hz, v, &t);
		n = IP_COL_COUNT;
	}

	struct netstat_record rec = {
		.section = &ip_internet_section,
		.values = v,
		.n_values = n,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}
