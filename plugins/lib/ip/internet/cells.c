/*
 * Classic renderers of the Internet columns where net-tools has rules of
 * its own. Several depend on the protocol, which the proto column says.
 */
#include <inttypes.h>
#include <string.h>

#include "plugins/lib/ip/internet/ip_internet.h"
#include "plugins/lib/ip/text/ip_text.h"

/* Without -W, "host:port" is kept to the 23-column field this way. */
#define ADDR_ROOM 22
#define PORT_MAX 18

enum ip_kind ip_internet_kind(const struct netstat_record *rec)
{
	/* Labels: tcp, tcp6, udp, udp6, udpl, udpl6, raw, raw6, sctp. */
	const char *p =
		netstat_value_str(rec->values, rec->n_values, IP_COL_PROTO, "");
	if (strncmp(p, "tcp", 3) == 0)
		return IP_KIND_TCP;
	if (strncmp(p, "udp", 3) == 0)
		return IP_KIND_UDP;
	if (strncmp(p, "raw", 3) == 0)
		return IP_KIND_RAW;
	return IP_KIND_SCTP;
}

void ip_cell_queue(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_record *rec, size_t column,
		   struct netstat_text *out)
{
	const struct netstat_value *v = &rec->values[column];
	/* net-tools prints the parsed unsigned long with %ld. */
	if (v->type == NETSTAT_T_UINT) {
		char num[24];
		netstat_text_append(out, num, ip_fmt_i64(num, (int64_t)v->v.u));
	}
}

void ip_cell_address(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_record *rec, size_t column,
		     struct netstat_text *out)
{
	const struct netstat_value *v = &rec->values[column];
	if (v->type != NETSTAT_T_ENDPOINT)
		return;
	char hbuf[256], pbuf[64];
	const char *host = ip_host_text(
		ctx, &v->v.ep.addr,
		netstat_request_has(req, NETSTAT_REQ_NUMERIC_HOSTS), hbuf,
		sizeof hbuf);
	const char *port = ip_port_text(
		ctx, v->v.ep.port, v->v.ep.port_table,
		netstat_request_has(req, NETSTAT_REQ_NUMERIC_PORTS), pbuf,
		sizeof pbuf);
	size_t hl = strlen(host), pl = strlen(port);
	if (!netstat_request_has(req, NETSTAT_REQ_WIDE) &&
	    hl + pl > ADDR_ROOM) {
		if (pl > PORT_MAX)
			pl = PORT_MAX;
		if (hl > ADDR_ROOM - pl)
			hl = ADDR_ROOM - pl;
	}
	netstat_text_append(out, host, hl);
	netstat_text_append(out, ":", 1);
	netstat_text_append(out, port, pl);
}

void ip_cell_state(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_record *rec, size_t column,
		   struct netstat_text *out)
{
	const struct netstat_value *v = &rec->values[column];
	if (v->type != NETSTAT_T_STATE)
		return;
	int64_t code = v->v.state.code;
	switch (ip_internet_kind(rec)) {
	case IP_KIND_UDP:
		if (code == 1)
			netstat_text_puts(out, "ESTABLISHED");
		else if (code != 7)
			netstat_text_puts(out, "UNKNOWN");
		break;
	case IP_KIND_RAW: {
		char num[24];
		netstat_text_append(out, num, ip_fmt_i64(num, (int)code));
		break;
	}
	default:
		netstat_text_puts(out, ip_tcp_state_text(code));
		break;
	}
}

void ip_cell_user(struct netstat_ctx *ctx, const struct netstat_request *req,
		  const struct netstat_record *rec, size_t column,
		  struct netstat_text *out)
{
	const struct netstat_value *v = &rec->values[column];
	if (v->type == NETSTAT_T_USER)
		ip_user_text(ctx, req, v->v.uid, out);
}

void ip_cell_timer(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_record *rec, size_t column,
		   struct netstat_text *out)
{
	const struct netstat_value *v = &rec->values[column];
	if (v->type != NETSTAT_T_TIMER)
		return; /* SCTP rows: net-tools prints an empty timer */
	enum ip_kind kind = ip_internet_kind(rec);
	const struct netstat_timer *tm = &v->v.timer;
	int code = tm->code;
	int probes = (int)tm->probes;
	int64_t retr = tm->retransmits;

	if (kind == IP_KIND_TCP) {
		const char *name = ip_timer_name(code);
		if (code == 0)
			netstat_text_printf(out, "off (0.00/%" PRId64 "/%d)",
					    retr, probes);
		else if (name)
			netstat_text_printf(out, "%s (%2.2f/%" PRId64 "/%d)",
					    name, tm->seconds, retr, probes);
		else
			netstat_text_printf(out,
					    "unkn-%d (%2.2f/%" PRId64 "/%d)",
					    code, tm->seconds, retr, probes);
		return;
	}
	/* UDP and UDP-Lite always show 0 retransmits; raw the real count. */
	if (kind != IP_KIND_RAW)
		retr = 0;
	if (code == 0)
		netstat_text_printf(out, "off (0.00/%" PRId64 "/%d)", retr,
				    probes);
	else if (code == 1 || code == 2)
		netstat_text_printf(out, "on%d (%2.2f/%" PRId64 "/%d)", code,
				    tm->seconds, retr, probes);
	else
		netstat_text_printf(out, "unkn-%d (%2.2f/%" PRId64 "/%d)", code,
				    tm->seconds, retr, probes);
}
