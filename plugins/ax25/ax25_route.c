/*
 * AX.25 routes (-r -A ax25) from /proc/net/ax25_route, reference §4.5:
 *
 *   Kernel AX.25 routing table
 *   Destination  Iface    Use
 *   G8BPQ-5      ax0        0
 *
 * net-tools reads the callsign (columns 0-8) and the device (10-13) by
 * column and its "Use" as the number at column 15, which on real kernels
 * is the blank before the mode, so it is 0 there.
 */
#include <string.h>

#include <netstat/netstat.h>

#include "plugins/ax25/ax25_layout.h"

#define ROUTE_PATH "net/ax25_route"

enum { C_DEST, C_DEVICE, C_USE, C_MODE, C_DIGIPEATERS, C_COUNT };

struct route_row {
	char dest[16], device[16], mode[16], digipeaters[256];
	int32_t use;
};

/* net-tools' "%-9s    %-5s  %5d". */
static const struct netstat_column columns[C_COUNT] = {
	[C_DEST] = {.key = "destination",
		    .title = "Destination",
		    .type = NETSTAT_T_ADDRESS,
		    .classic = {.width = 9, .sep = ""}},
	[C_DEVICE] = {.key = "iface",
		      .title = "Iface",
		      .type = NETSTAT_T_STRING,
		      .classic = {.width = 5, .sep = "    "}},
	/* What net-tools shows as "Use": the number at column 15. */
	[C_USE] = {.key = "use",
		   .title = "Use",
		   .type = NETSTAT_T_INT,
		   .measure = NETSTAT_MEASURE_COUNTER,
		   .classic = {.width = 5,
			       .flags = NETSTAT_CLASSIC_RIGHT,
			       .sep = "  "}},
	/* The kernel's IP mode ("vc", "dg"), absent for "*". */
	[C_MODE] = {.key = "mode",
		    .type = NETSTAT_T_STRING,
		    .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_DIGIPEATERS] = {.key = "digipeaters",
			   .type = NETSTAT_T_STRING,
			   .flags = NETSTAT_COL_STRUCTURED_ONLY},
};

const struct netstat_section ax25_route_section = {
	.key = "ax25_routes",
	.title = "Kernel AX.25 routing table",
	.order = NETSTAT_ORDER_AX25,
	.columns = columns,
	.n_columns = C_COUNT,
	/* net-tools' titles are not its rows' layout: "Destination" is
	 * wider than its 9-column field. */
	.classic = {.column_line = "Destination  Iface    Use"},
};

/* After the device: the mode, then the digipeaters, joined by commas. */
static void parse_tail(const char *line, size_t len, struct route_row *r)
{
	if (len <= 14)
		return;
	const char *p = line + 14;
	netstat_token_copy(&p, r->mode, sizeof r->mode);
	size_t used = 0;
	const char *start;
	size_t n;
	while ((n = netstat_token(&p, &start)) > 0) {
		if (used + n + 2 > sizeof r->digipeaters)
			break;
		if (used)
			r->digipeaters[used++] = ',';
		memcpy(r->digipeaters + used, start, n);
		used += n;
	}
	r->digipeaters[used] = '\0';
}

static void emit_row(struct netstat_ctx *ctx, const char *line, size_t len)
{
	struct route_row r;
	memset(&r, 0, sizeof r);
	netstat_columns_copy(line, len, 0, 9, r.dest, sizeof r.dest);
	netstat_columns_copy(line, len, 10, 14, r.device, sizeof r.device);
	r.use = netstat_atoi_at(line, len, 15);
	parse_tail(line, len, &r);

	struct netstat_value v[C_COUNT];
	v[C_DEST] = netstat_v_text_address(r.dest);
	v[C_DEVICE] = netstat_v_str(r.device);
	v[C_USE] = netstat_v_int(r.use);
	v[C_MODE] = netstat_v_str(r.mode[0] && strcmp(r.mode, "*") != 0 ? r.mode
									: NULL);
	v[C_DIGIPEATERS] =
		netstat_v_str(r.digipeaters[0] ? r.digipeaters : NULL);
	struct netstat_record rec = {
		.section = &ax25_route_section,
		.values = v,
		.n_values = C_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}

int ax25_route_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	/* Not table_open()'s rule: any failure is perror and a note. */
	int rc = host->lines_open(ctx, ROUTE_PATH, &lines);
	if (rc < 0) {
		host->perror(ctx, ROUTE_PATH, rc);
		host->message(ctx, NETSTAT_NOTICE,
			      "AX.25 not configured in this system.\n");
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	host->section_begin(ctx, &ax25_route_section);
	const char *line;
	size_t len;
	host->lines_next(lines, NULL); /* the header, whatever it says */
	while ((line = host->lines_next(lines, &len)))
		if (!netstat_line_blank(line, len))
			emit_row(ctx, line, len);
	host->lines_close(lines);
	return 0;
}
