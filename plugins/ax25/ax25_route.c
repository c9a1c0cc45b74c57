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
#include <inttypes.h>
#include <string.h>

#include <netstat/netstat.h>

#include "plugins/ax25/ax25_layout.h"
#include "plugins/legacy_common/legacy.h"

#define ROUTE_PATH "net/ax25_route"

enum { C_DEST, C_DEVICE, C_USE, C_MODE, C_DIGIPEATERS, C_COUNT };

struct route_row {
	char dest[16], device[16], mode[16], digipeaters[256];
	int32_t use;
};

static const struct netstat_host_api *host;

void ax25_route_init(const struct netstat_host_api *h)
{
	host = h;
}

static void title(struct netstat_ctx *ctx, const struct netstat_request *req,
		  struct netstat_text *out)
{
	netstat_text_puts(out, "Kernel AX.25 routing table\n"
			       "Destination  Iface    Use\n");
}

static void row(struct netstat_ctx *ctx, const struct netstat_request *req,
		const struct netstat_record *rec, struct netstat_text *out)
{
	const struct route_row *r = rec->priv;
	legacy_put_left(out, r->dest, 9);
	netstat_text_puts(out, "    ");
	legacy_put_left(out, r->device, 5);
	netstat_text_printf(out, "  %5" PRId32 "\n", r->use);
}

static const struct netstat_column columns[C_COUNT] = {
	[C_DEST] = {.key = "destination",
		    .title = "Destination",
		    .type = NETSTAT_T_ADDRESS},
	[C_DEVICE] = {.key = "iface",
		      .title = "Iface",
		      .type = NETSTAT_T_STRING},
	/* What net-tools shows as "Use": the number at column 15. */
	[C_USE] = {.key = "use", .title = "Use", .type = NETSTAT_T_INT},
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
	.flags = NETSTAT_SECTION_NO_COLUMN_LINE,
	.columns = columns,
	.n_columns = C_COUNT,
	.classic_title = title,
};

/* After the device: the mode, then the digipeaters, joined by commas. */
static void parse_tail(const char *line, size_t len, struct route_row *r)
{
	if (len <= 14)
		return;
	const char *p = line + 14;
	legacy_token(&p, r->mode, sizeof r->mode);
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
	legacy_columns(line, len, 0, 9, r.dest, sizeof r.dest);
	legacy_columns(line, len, 10, 14, r.device, sizeof r.device);
	r.use = legacy_atoi_at(line, len, 15);
	parse_tail(line, len, &r);

	struct netstat_value v[C_COUNT];
	v[C_DEST] = legacy_v_text(r.dest);
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
		.classic_row = row,
		.priv = &r,
	};
	host->emit(ctx, &rec);
}

int ax25_route_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_source *src)
{
	struct netstat_lines *lines;
	int rc = host->lines_open(ctx, ROUTE_PATH, &lines);
	if (rc < 0) {
		legacy_perror(host, ctx, ROUTE_PATH, -rc);
		host->message(ctx, NETSTAT_NOTICE,
			      "AX.25 not configured in this system.\n");
		return 1;
	}
	host->section_begin(ctx, &ax25_route_section);
	const char *line;
	size_t len;
	host->lines_next(lines, NULL); /* the header, whatever it says */
	while ((line = host->lines_next(lines, &len)))
		if (!legacy_blank(line, len))
			emit_row(ctx, line, len);
	host->lines_close(lines);
	return 0;
}
