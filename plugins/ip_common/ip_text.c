/* net-tools' text for hosts, ports, states and users of Internet rows. */
#include <arpa/inet.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "plugins/ip_common/ip_common.h"

static const char *const tcp_states[] = {
	"",	      "ESTABLISHED", "SYN_SENT",  "SYN_RECV",
	"FIN_WAIT1",  "FIN_WAIT2",   "TIME_WAIT", "CLOSE",
	"CLOSE_WAIT", "LAST_ACK",    "LISTEN",	  "CLOSING",
};

/* Names for typed values: the kernel's TCP state numbers (also used for
 * the sk_state of UDP, raw and SCTP sockets). */
static const char *const state_names[] = {
	NULL,		"ESTABLISHED",	  "SYN_SENT",  "SYN_RECV",
	"FIN_WAIT1",	"FIN_WAIT2",	  "TIME_WAIT", "CLOSE",
	"CLOSE_WAIT",	"LAST_ACK",	  "LISTEN",    "CLOSING",
	"NEW_SYN_RECV", "BOUND_INACTIVE",
};

static const char *const timer_names[] = {
	"off", "on", "keepalive", "timewait", "probe",
};

const char *ip_tcp_state_text(int64_t state)
{
	/* Past the table net-tools reads out of bounds; print nothing. */
	if (state < 0 ||
	    state >= (int64_t)(sizeof tcp_states / sizeof tcp_states[0]))
		return "";
	return tcp_states[state];
}

const char *ip_state_name(int64_t state)
{
	if (state < 0 ||
	    state >= (int64_t)(sizeof state_names / sizeof state_names[0]))
		return NULL;
	return state_names[state];
}

const char *ip_timer_name(int32_t code)
{
	if (code < 0 ||
	    code >= (int32_t)(sizeof timer_names / sizeof timer_names[0]))
		return NULL;
	return timer_names[code];
}

static bool all_zero(const uint8_t *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (b[i])
			return false;
	return true;
}

static bool v4_mapped(const struct netstat_address *a)
{
	static const uint8_t prefix[12] = {0, 0, 0, 0, 0,    0,
					   0, 0, 0, 0, 0xff, 0xff};
	return memcmp(a->bytes, prefix, sizeof prefix) == 0;
}

/* "::ffff:192.0.2.1" -> "192.0.2.1": the text after the last ':' before
 * the first '.'; a resolved name is left alone. */
static const char *mapped_cut(const char *text)
{
	const char *dot = strchr(text, '.');
	if (!dot)
		return text;
	for (const char *p = dot; p > text; p--)
		if (p[-1] == ':')
			return p;
	return text;
}

const char *ip_host_text(struct netstat_ctx *ctx,
			 const struct netstat_address *addr, bool numeric,
			 char *buf, size_t size)
{
	unsigned flags = numeric ? NETSTAT_NAME_NUMERIC : 0;
	const char *text;

	/* Numeric text is made here: no lookup, no cache, no printf. */
	if (numeric && addr->family == NETSTAT_ADDR_INET && size >= 16) {
		buf[ip_fmt_ipv4(buf, addr->bytes)] = '\0';
		return buf;
	}
	if (numeric && addr->family == NETSTAT_ADDR_INET6 &&
	    size >= INET6_ADDRSTRLEN &&
	    inet_ntop(AF_INET6, addr->bytes, buf, (socklen_t)size)) {
		if (v4_mapped(addr))
			return mapped_cut(buf);
		return buf;
	}
	switch (addr->family) {
	case NETSTAT_ADDR_INET:
		if (!numeric && all_zero(addr->bytes, 4))
			return "0.0.0.0";
		/* net-tools' byte-order mask sends 0.x.y.z to the network
		 * database (on the little-endian reference). */
		if (!numeric && addr->bytes[0] == 0)
			flags |= NETSTAT_NAME_NETWORK;
		text = ip_host->host_name(ctx, addr, flags);
		break;
	case NETSTAT_ADDR_INET6:
		if (!numeric && all_zero(addr->bytes, 16))
			return "[::]";
		text = ip_host->host_name(ctx, addr, flags);
		if (text && v4_mapped(addr))
			text = mapped_cut(text);
		break;
	default:
		text = ip_host->host_name(ctx, addr, flags);
		break;
	}
	if (!text)
		text = "";
	size_t n = strlen(text);
	if (n >= size)
		n = size - 1;
	memcpy(buf, text, n);
	buf[n] = '\0';
	return buf;
}

const char *ip_port_text(struct netstat_ctx *ctx, uint32_t port,
			 const char *table, bool numeric, char *buf,
			 size_t size)
{
	if (port == 0)
		return "*";
	if (!numeric && table) {
		const char *name = ip_host->service_name(ctx, port, table);
		if (name) /* the host's cached copy lives as long */
			return name;
	}
	if (size < 11)
		return "";
	buf[ip_fmt_u64(buf, port)] = '\0';
	return buf;
}

void ip_user_text(struct netstat_ctx *ctx, const struct netstat_request *req,
		  uint32_t uid, struct netstat_text *out)
{
	const char *name = NULL;
	if (!netstat_request_has(req, NETSTAT_REQ_NUMERIC_USERS))
		name = ip_host->user_name(ctx, uid);
	if (name) {
		netstat_text_puts(out, name);
	} else { /* net-tools keeps the uid in a C int */
		char num[24];
		netstat_text_append(out, num, ip_fmt_i64(num, (int32_t)uid));
	}
}

/* net-tools' "PID/name", cut to 19 bytes; "-" when no owner is known. */
static void program_text(const struct netstat_value *v,
			 struct netstat_text *out)
{
	if (v->type != NETSTAT_T_PROCESS) {
		netstat_text_puts(out, "-");
		return;
	}
	char text[20];
	snprintf(text, sizeof text, "%" PRId32 "/%s", v->v.proc.pid,
		 v->v.proc.name ? v->v.proc.name : "");
	netstat_text_puts(out, text);
}

void ip_render_tail(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_record *rec, struct netstat_text *out)
{
	const struct netstat_section *s = rec->section;
	for (size_t c = IP_COL_USER; c < s->n_columns && c < rec->n_values;
	     c++) {
		const struct netstat_column *col = &s->columns[c];
		if (!netstat_column_shown(col, req))
			continue;
		if (col->sep)
			netstat_text_puts(out, col->sep);
		size_t start = out->len;
		const struct netstat_value *v = &rec->values[c];
		if (col->type == NETSTAT_T_PROCESS)
			program_text(v, out);
		else if (col->classic)
			col->classic(ctx, req, rec, c, out);
		else if (v->type == NETSTAT_T_UINT)
			netstat_text_printf(out, "%" PRIu64, v->v.u);
		size_t n = out->len - start;
		if (col->width > 0 && n < (size_t)col->width)
			netstat_text_fill(out, ' ', (size_t)col->width - n);
	}
}
