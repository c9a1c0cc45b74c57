/*
 * The classic rows of SCTP endpoints and associations: a line per
 * address, the first with the queues and the state, the -e/-p/-o tail on
 * the last. Written whole, from the records' values (the address lists
 * are the numeric text of the local_addresses / foreign_addresses
 * columns).
 */
#include <arpa/inet.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "plugins/inet/sctp.h"
#include "plugins/lib/ip/internet/ip_internet.h"
#include "plugins/lib/ip/text/ip_text.h"

/* Prefix of every line: "sctp" and the queues, or blanks. */
#define LEAD_WIDTH 20
#define EP_ADDR_WIDTH 47
#define AS_ADDR_WIDTH 23
#define STATE_WIDTH 11
/* net-tools keeps an SCTP host text in 64 bytes. */
#define HOST_MAX 63

/* Walks the addresses of a list column. */
struct address_list {
	const char *next; /* NULL or at the next address */
};

static struct address_list list_of(const struct netstat_record *rec,
				   size_t column)
{
	struct address_list l = {
		netstat_value_str(rec->values, rec->n_values, column, NULL)};
	return l;
}

static size_t list_count(struct address_list l)
{
	size_t n = 0;
	for (const char *p = l.next; p && *p; n++) {
		p = strchr(p, ' ');
		p = p ? p + 1 : NULL;
	}
	return n;
}

/* The next address; false at the end. */
static bool list_next(struct address_list *l, struct netstat_address *out)
{
	if (!l->next || !*l->next)
		return false;
	const char *end = strchr(l->next, ' ');
	size_t n = end ? (size_t)(end - l->next) : strlen(l->next);
	char text[INET6_ADDRSTRLEN];
	if (n >= sizeof text)
		n = sizeof text - 1;
	memcpy(text, l->next, n);
	text[n] = '\0';
	l->next = end ? end + 1 : NULL;
	memset(out, 0, sizeof *out);
	if (memchr(text, ':', n)) {
		out->family = NETSTAT_ADDR_INET6;
		inet_pton(AF_INET6, text, out->bytes);
	} else {
		out->family = NETSTAT_ADDR_INET;
		inet_pton(AF_INET, text, out->bytes);
	}
	return true;
}

static uint32_t port_of(const struct netstat_record *rec, size_t column)
{
	const struct netstat_value *v = &rec->values[column];
	return v->type == NETSTAT_T_ENDPOINT ? v->v.ep.port : 0;
}

static void pad_from(struct netstat_text *out, size_t start, size_t width)
{
	size_t n = out->len - start;
	if (n < width)
		netstat_text_fill(out, ' ', width - n);
}

static void state_cell(const struct netstat_record *rec, bool first,
		       struct netstat_text *out)
{
	netstat_text_puts(out, " ");
	size_t start = out->len;
	const struct netstat_value *v = &rec->values[IP_COL_STATE];
	if (first && v->type == NETSTAT_T_STATE) {
		int64_t state = v->v.state.code;
		if (state >= 0 && state <= 11)
			netstat_text_puts(out, ip_tcp_state_text(state));
		else
			netstat_text_printf(out, "UNKNOWN(%" PRId64 ")", state);
	}
	pad_from(out, start, STATE_WIDTH);
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

/* The classic cells of the row tail (user, inode, program, timer) shown
 * for `req`, each with its separator and padding. */
static void tail(struct netstat_ctx *ctx, const struct netstat_request *req,
		 const struct netstat_record *rec, struct netstat_text *out)
{
	const struct netstat_section *s = rec->section;
	for (size_t c = IP_COL_USER; c <= IP_COL_TIMER && c < rec->n_values;
	     c++) {
		const struct netstat_column *col = &s->columns[c];
		if (!netstat_column_shown(col, req))
			continue;
		if (col->classic.sep)
			netstat_text_puts(out, col->classic.sep);
		size_t start = out->len;
		const struct netstat_value *v = &rec->values[c];
		if (col->type == NETSTAT_T_PROCESS)
			program_text(v, out);
		else if (col->classic.cell)
			col->classic.cell(ctx, req, rec, c, out);
		else if (v->type == NETSTAT_T_UINT)
			netstat_text_printf(out, "%" PRIu64, v->v.u);
		if (col->classic.width > 0)
			pad_from(out, start, (size_t)col->classic.width);
	}
}

static void endpoint_row(struct netstat_ctx *ctx,
			 const struct netstat_request *req,
			 const struct netstat_record *rec,
			 struct netstat_text *out)
{
	struct address_list local = list_of(rec, IP_COL_LOCAL_ADDRESSES);
	uint32_t port = port_of(rec, IP_COL_LOCAL);
	struct netstat_address a;
	for (bool first = true; list_next(&local, &a); first = false) {
		if (!first)
			netstat_text_puts(out, "\n");
		size_t start = out->len;
		if (first)
			netstat_text_puts(out, "sctp");
		pad_from(out, start, LEAD_WIDTH);
		start = out->len;
		address_text(ctx, req, &a, &port, out);
		pad_from(out, start, EP_ADDR_WIDTH);
		state_cell(rec, first, out);
	}
	/* The -e/-p/-o tail goes on the last line only. */
	tail(ctx, req, rec, out);
	netstat_text_puts(out, "\n");
}

/* One side of an association line: its i-th address (the first with
 * the port), padded. */
static void association_side(struct netstat_ctx *ctx,
			     const struct netstat_request *req,
			     struct address_list *list, bool first,
			     uint32_t port, struct netstat_text *out)
{
	size_t start = out->len;
	struct netstat_address a;
	if (list_next(list, &a))
		address_text(ctx, req, &a, first ? &port : NULL, out);
	pad_from(out, start, AS_ADDR_WIDTH);
}

static void association_row(struct netstat_ctx *ctx,
			    const struct netstat_request *req,
			    const struct netstat_record *rec,
			    struct netstat_text *out)
{
	struct address_list local = list_of(rec, IP_COL_LOCAL_ADDRESSES);
	struct address_list remote = list_of(rec, IP_COL_FOREIGN_ADDRESSES);
	size_t n_local = list_count(local), n_remote = list_count(remote);
	size_t lines = n_local > n_remote ? n_local : n_remote;
	if (lines == 0)
		lines = 1;
	uint32_t lport = port_of(rec, IP_COL_LOCAL);
	uint32_t rport = port_of(rec, IP_COL_FOREIGN);
	for (size_t i = 0; i < lines; i++) {
		if (i == 0)
			netstat_text_printf(
				out, "sctp  %6" PRIu64 " %6" PRIu64 " ",
				netstat_value_uint(rec->values, rec->n_values,
						   IP_COL_RECV_Q, 0),
				netstat_value_uint(rec->values, rec->n_values,
						   IP_COL_SEND_Q, 0));
		else
			netstat_text_fill(out, ' ', LEAD_WIDTH);
		association_side(ctx, req, &local, i == 0, lport, out);
		netstat_text_puts(out, " ");
		association_side(ctx, req, &remote, i == 0, rport, out);
		state_cell(rec, i == 0, out);
		if (i + 1 < lines)
			netstat_text_puts(out, "\n");
	}
	tail(ctx, req, rec, out);
	netstat_text_puts(out, "\n");
}

const struct netstat_section sctp_endpoint_section =
	IP_INTERNET_SECTION(endpoint_row);
const struct netstat_section sctp_association_section =
	IP_INTERNET_SECTION(association_row);
