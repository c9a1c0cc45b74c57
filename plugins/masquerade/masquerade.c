/*
 * The masquerade module (-M): typed records of masqueraded connections,
 * and net-tools' "IP masquerading entries" table.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/masquerade/masq.h"

enum {
	C_PROTO,
	C_EXPIRES,
	C_EXPIRES_CS,
	C_INITSEQ,
	C_DELTA,
	C_PDELTA,
	C_SOURCE,
	C_SPORT,
	C_DEST,
	C_DPORT,
	C_MPORT,
	/* nf_conntrack only (structured, schema 1.4); null from
	 * ip_masquerade. */
	C_PROTOCOL,
	C_STATE,
	C_REPLY_SOURCE,
	C_REPLY_SPORT,
	C_REPLY_DEST,
	C_STATUS,
	C_MARK,
	C_ZONE,
	C_USE,
	C_COUNT
};

/* The classic layout is the row function's and the title's below, so the
 * columns carry no classic knobs. */
static const struct netstat_column masq_columns[C_COUNT] = {
	[C_PROTO] = {.key = "proto", .title = "prot", .type = NETSTAT_T_STRING},
	[C_EXPIRES] = {.key = "expires",
		       .title = "expire",
		       .type = NETSTAT_T_DOUBLE,
		       .measure = NETSTAT_MEASURE_GAUGE,
		       .unit = "seconds"},
	/* The same time in the kernel's 1/100 s, exact, for net-tools'
	 * integer "M:SS.hh" arithmetic. */
	[C_EXPIRES_CS] = {.key = "expires_centiseconds",
			  .type = NETSTAT_T_INT,
			  .flags = NETSTAT_COL_CLASSIC_ONLY,
			  .unit = "centiseconds"},
	[C_INITSEQ] = {.key = "initseq",
		       .title = "initseq",
		       .type = NETSTAT_T_UINT,
		       .measure = NETSTAT_MEASURE_ATTRIBUTE,
		       .flags = NETSTAT_COL_ALWAYS_STRUCTURED,
		       .when = NETSTAT_WHEN_EXTEND},
	[C_DELTA] = {.key = "delta",
		     .title = "delta",
		     .type = NETSTAT_T_INT,
		     .measure = NETSTAT_MEASURE_ATTRIBUTE,
		     .flags = NETSTAT_COL_ALWAYS_STRUCTURED,
		     .when = NETSTAT_WHEN_EXTEND},
	[C_PDELTA] = {.key = "prevd",
		      .title = "prevd",
		      .type = NETSTAT_T_INT,
		      .measure = NETSTAT_MEASURE_ATTRIBUTE,
		      .flags = NETSTAT_COL_ALWAYS_STRUCTURED,
		      .when = NETSTAT_WHEN_EXTEND},
	[C_SOURCE] = {.key = "source",
		      .title = "source",
		      .type = NETSTAT_T_ADDRESS},
	[C_SPORT] = {.key = "source_port",
		     .title = "sport",
		     .type = NETSTAT_T_UINT},
	[C_DEST] = {.key = "destination",
		    .title = "destination",
		    .type = NETSTAT_T_ADDRESS},
	[C_DPORT] = {.key = "destination_port",
		     .title = "dport",
		     .type = NETSTAT_T_UINT},
	[C_MPORT] = {.key = "masquerade_port",
		     .title = "mport",
		     .type = NETSTAT_T_UINT},
#define CONNTRACK(k, ty, m)                                                    \
	{                                                                      \
		.key = k, .type = ty, .measure = m,                            \
		.flags = NETSTAT_COL_STRUCTURED_ONLY                           \
	}
	[C_PROTOCOL] = CONNTRACK("protocol", NETSTAT_T_UINT,
				 NETSTAT_MEASURE_ATTRIBUTE),
	[C_STATE] = CONNTRACK("state", NETSTAT_T_STRING, 0),
	/* The reply tuple: its destination is the address the connection
	 * is masqueraded as (its port is masquerade_port). */
	[C_REPLY_SOURCE] = CONNTRACK("reply_source", NETSTAT_T_ADDRESS, 0),
	[C_REPLY_SPORT] = CONNTRACK("reply_source_port", NETSTAT_T_UINT,
				    NETSTAT_MEASURE_ATTRIBUTE),
	[C_REPLY_DEST] = CONNTRACK("reply_destination", NETSTAT_T_ADDRESS, 0),
	[C_STATUS] = CONNTRACK("flag_names", NETSTAT_T_STRING_LIST, 0),
	[C_MARK] = CONNTRACK("mark", NETSTAT_T_UINT, NETSTAT_MEASURE_ATTRIBUTE),
	[C_ZONE] = CONNTRACK("zone", NETSTAT_T_UINT, NETSTAT_MEASURE_ATTRIBUTE),
	[C_USE] = CONNTRACK("use", NETSTAT_T_UINT, NETSTAT_MEASURE_GAUGE),
#undef CONNTRACK
};

/* The column line is written here: net-tools' "ports" heads three columns
 * (sport -> dport (mport)), which the columns' titles cannot say. */
static void masq_title(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       struct netstat_text *out)
{
	netstat_text_puts(out, "IP masquerading entries\n");
	netstat_text_puts(out, req->extend > 0
				       ? "prot   expire    initseq delta prevd "
					 "source               destination    "
					 "      ports\n"
				       : "prot   expire source               "
					 "destination          ports\n");
}

static const char *host_text(struct netstat_ctx *ctx,
			     const struct netstat_request *req,
			     const struct netstat_value *v)
{
	static const uint8_t any[4];
	unsigned flags = netstat_request_has(req, NETSTAT_REQ_NUMERIC_HOSTS)
				 ? NETSTAT_NAME_NUMERIC
				 : 0;
	if (memcmp(v->v.addr.bytes, any, 4) == 0)
		flags = NETSTAT_NAME_NUMERIC;
	return netstat_ctx_host(ctx)->host_name(ctx, &v->v.addr, flags);
}

static const char *port_text(struct netstat_ctx *ctx,
			     const struct netstat_request *req, uint64_t port,
			     const char *proto, char *buf, size_t size)
{
	if (port == 0)
		return "*";
	const char *name = netstat_request_has(req, NETSTAT_REQ_NUMERIC_PORTS)
				   ? NULL
				   : netstat_ctx_host(ctx)->service_name(
					     ctx, (uint32_t)port, proto);
	if (name)
		return name;
	snprintf(buf, size, "%u", (unsigned)port);
	return buf;
}

/* One row as net-tools prints it, from the record's values alone. */
static void masq_row(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_record *rec, struct netstat_text *out)
{
	const struct netstat_value *v = rec->values;
	size_t n = rec->n_values;
	const char *proto = netstat_value_str(v, n, C_PROTO, "");
	long x = (long)netstat_value_uint(v, n, C_EXPIRES_CS, 0);
	netstat_text_printf(out, "%-4s%3ld:%02ld.%02ld ", proto, x / 6000,
			    (x / 100) % 60, x % 100);
	if (req->extend > 0) {
		unsigned long initseq =
			(unsigned long)netstat_value_uint(v, n, C_INITSEQ, 0);
		short delta = (short)netstat_value_uint(v, n, C_DELTA, 0);
		if (v[C_INITSEQ].type == NETSTAT_T_NULL)
			netstat_text_puts(out, "         -     -     - ");
		else if (v[C_PDELTA].type != NETSTAT_T_NULL)
			netstat_text_printf(
				out, "%10lu %5hd %5hd ", initseq, delta,
				(short)netstat_value_uint(v, n, C_PDELTA, 0));
		else
			netstat_text_printf(out, "%10lu %5hd     - ", initseq,
					    delta);
	}
	/* host_name's text lives until its next call: print one by one. */
	netstat_text_printf(out, "%-20s ", host_text(ctx, req, &v[C_SOURCE]));
	netstat_text_printf(out, "%-20s ", host_text(ctx, req, &v[C_DEST]));
	char a[16];
	netstat_text_printf(out, "%s -> ",
			    port_text(ctx, req,
				      netstat_value_uint(v, n, C_SPORT, 0),
				      proto, a, sizeof a));
	netstat_text_printf(out, "%s ",
			    port_text(ctx, req,
				      netstat_value_uint(v, n, C_DPORT, 0),
				      proto, a, sizeof a));
	netstat_text_printf(out, "(%s)\n",
			    port_text(ctx, req,
				      netstat_value_uint(v, n, C_MPORT, 0),
				      proto, a, sizeof a));
}

static const struct netstat_section masq_section = {
	.key = "masquerade",
	.title = "IP masquerading entries",
	.columns = masq_columns,
	.n_columns = C_COUNT,
	.classic = {.flags = NETSTAT_CLASSIC_NO_COLUMN_LINE,
		    .title = masq_title,
		    .row = masq_row},
};

static void emit(struct netstat_ctx *ctx, const struct masq_entry *e)
{
	struct netstat_value v[C_COUNT] = {
		[C_PROTO] = netstat_v_str(e->proto),
		[C_EXPIRES] = netstat_v_double((double)e->expires / 100.0),
		[C_EXPIRES_CS] = netstat_v_int((int64_t)e->expires),
		[C_INITSEQ] = e->has_seq ? netstat_v_uint(e->initseq)
					 : netstat_v_null(),
		[C_DELTA] =
			e->has_seq ? netstat_v_int(e->delta) : netstat_v_null(),
		[C_PDELTA] = e->has_pdelta ? netstat_v_int(e->pdelta)
					   : netstat_v_null(),
		[C_SOURCE] = netstat_v_address(netstat_addr_inet(e->src)),
		[C_SPORT] = netstat_v_uint(e->sport),
		[C_DEST] = netstat_v_address(netstat_addr_inet(e->dst)),
		[C_DPORT] = netstat_v_uint(e->dport),
		[C_MPORT] = netstat_v_uint(e->mport),
	};
	if (e->conntrack) {
		v[C_PROTOCOL] = netstat_v_uint(e->protocol);
		v[C_STATE] = netstat_v_str(e->state[0] ? e->state : NULL);
		v[C_REPLY_SOURCE] =
			netstat_v_address(netstat_addr_inet(e->reply_src));
		v[C_REPLY_SPORT] = netstat_v_uint(e->reply_sport);
		v[C_REPLY_DEST] =
			netstat_v_address(netstat_addr_inet(e->reply_dst));
		v[C_STATUS] =
			netstat_v_string_list(e->status_names, e->n_status);
		if (e->has_mark)
			v[C_MARK] = netstat_v_uint(e->mark);
		if (e->has_zone)
			v[C_ZONE] = netstat_v_uint(e->zone);
		if (e->has_use)
			v[C_USE] = netstat_v_uint(e->use);
	}
	struct netstat_record rec = {
		.section = &masq_section,
		.values = v,
		.n_values = C_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}

/* net-tools reads the whole table before printing: a bad line means no
 * table at all. */
static int list_ip_masquerade(struct netstat_ctx *ctx,
			      struct netstat_lines *lines)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	const char *header = host->lines_next(lines, NULL);
	bool pdelta = header && strstr(header, "PDelta");
	struct masq_entry *all = NULL;
	size_t n = 0, cap = 0;
	int status = 0;
	const char *line;
	while (header && (line = host->lines_next(lines, NULL))) {
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			void *p = realloc(all, cap * sizeof *all);
			if (!p) {
				host->message(ctx, NETSTAT_STDERR,
					      "out of virtual memory\n");
				status = NETSTAT_EXIT_NOMEM;
				break;
			}
			all = p;
		}
		int rc = masq_parse_line(line, pdelta, &all[n]);
		if (rc < 0) {
			host->message(ctx, NETSTAT_STDERR,
				      "masq_info.c: Internal Error "
				      "`ip_masquerade %s'.\n",
				      rc == MASQ_FORMAT ? "format error"
							: "unknown type");
			status = NETSTAT_EXIT_READ_ERROR;
			break;
		}
		n++;
	}
	for (size_t i = 0; status == 0 && i < n; i++)
		emit(ctx, &all[i]);
	free(all);
	return status;
}

static int list_conntrack(struct netstat_ctx *ctx, struct netstat_lines *lines)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	const char *line;
	while ((line = host->lines_next(lines, NULL))) {
		struct masq_entry e;
		if (masq_parse_conntrack(line, &e))
			emit(ctx, &e);
	}
	return 0;
}

/*
 * Not host->table_open(): -M names no selector, yet net-tools says "no
 * support" and fails whenever the table is missing (reference §7), and a
 * missing ip_masquerade sends us on to conntrack first.
 */
static int list_masquerade(struct netstat_ctx *ctx,
			   const struct netstat_request *req,
			   const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	int rc = host->lines_open(ctx, "net/ip_masquerade", &lines);
	if (rc == 0) {
		int status = list_ip_masquerade(ctx, lines);
		host->lines_close(lines);
		return status;
	}
	if (rc != -ENOENT) {
		host->perror(ctx, "net/ip_masquerade", rc);
		return NETSTAT_EXIT_READ_ERROR;
	}
	/* Not net-tools: today's kernels keep this in conntrack. */
	if (host->lines_open(ctx, "net/nf_conntrack", &lines) == 0) {
		int status = list_conntrack(ctx, lines);
		host->lines_close(lines);
		return status;
	}
	host->message(ctx, NETSTAT_STDERR,
		      "netstat: no support for `ip_masquerade' on this "
		      "system.\n");
	return NETSTAT_EXIT_UNAVAILABLE;
}

static const struct netstat_source masq_sources[] = {
	{
		.name = "ip_masquerade",
		.selector = "masquerade",
		.family = "masquerade",
		.report = NETSTAT_REPORT_MASQUERADE,
		.section = &masq_section,
		.flags = NETSTAT_SOURCE_DEFAULT,
		.list = list_masquerade,
	},
};

static const struct netstat_family masq_family = {
	.size = sizeof(struct netstat_family),
	.sources = masq_sources,
	.n_sources = sizeof masq_sources / sizeof masq_sources[0],
};

NETSTAT_MODULE(masquerade) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "masquerade",
	.description = "masqueraded connections (ip_masquerade, conntrack)",
	.family = &masq_family,
};
