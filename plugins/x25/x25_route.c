/*
 * X.25 routes (-r -A x25) from /proc/net/x25/route, or /proc/net/x25_routes
 * on older kernels; reference §4.5:
 *
 *   Kernel X.25 routing table
 *   Destination          Iface
 *   2342/4               x25a
 *   *                    lapb0
 *
 * The kernel writes "%-15s  %-6d  %-5s": net-tools takes the significant
 * digits at column 17 (outside 0..15: 15), the first that many characters
 * of the line as the address, and the device from column 25 (at most 10).
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <netstat/netstat.h>

#include "plugins/x25/x25_layout.h"

#define ROUTE_PATH "net/x25/route"
#define OLD_ROUTE_PATH "net/x25_routes"

enum { C_DEST, C_DIGITS, C_DEVICE, C_COUNT };

/*
 * net-tools' destination field: "*" for 0 digits, else the line's first
 * `digits` characters (the padded address), "/" and the digits in
 * "/%-*d   ", which makes the field 21 wide whatever the count (the
 * column's width). Written whole, escaped first, so a control byte in the
 * address does not eat the padding.
 */
static void cell_destination(struct netstat_ctx *ctx,
			     const struct netstat_request *req,
			     const struct netstat_record *rec, size_t column,
			     struct netstat_text *out)
{
	int64_t raw = (int64_t)netstat_value_uint(rec->values, rec->n_values,
						  C_DIGITS, 0);
	int digits = raw < 0 || raw > 15 ? 15 : (int)raw;
	if (digits == 0) {
		netstat_text_puts(out, "*");
		return;
	}
	const struct netstat_value *v = &rec->values[column];
	const char *dest = v->type == NETSTAT_T_ADDRESS && v->v.addr.text
				   ? v->v.addr.text
				   : "";
	char padded[16];
	snprintf(padded, sizeof padded, "%-15s", dest);
	netstat_text_put_untrusted(out, padded, (size_t)digits);
	netstat_text_printf(out, "/%-*d   ", 17 - digits, digits);
}

static const struct netstat_column columns[C_COUNT] = {
	[C_DEST] = {.key = "destination",
		    .title = "Destination",
		    .type = NETSTAT_T_ADDRESS,
		    .classic = {.width = 21, .cell = cell_destination}},
	/* As the kernel gives it; classic shows values outside 0..15 as 15. */
	[C_DIGITS] = {.key = "digits",
		      .type = NETSTAT_T_INT,
		      .measure = NETSTAT_MEASURE_ATTRIBUTE,
		      .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_DEVICE] = {.key = "iface",
		      .title = "Iface",
		      .type = NETSTAT_T_STRING,
		      .classic = {.width = 5}},
};

const struct netstat_section x25_route_section = {
	.key = "x25_routes",
	.title = "Kernel X.25 routing table",
	.order = NETSTAT_ORDER_X25,
	.columns = columns,
	.n_columns = C_COUNT,
};

static void emit_row(struct netstat_ctx *ctx, const char *line, size_t len)
{
	char dest[16], device[16];
	netstat_columns_copy(line, len, 0, 15, dest, sizeof dest);
	netstat_columns_copy(line, len, 25, 35, device, sizeof device);

	struct netstat_value v[C_COUNT];
	v[C_DEST] = dest[0] ? netstat_v_text_address(dest) : netstat_v_null();
	v[C_DIGITS] = netstat_v_int(netstat_atoi_at(line, len, 17));
	v[C_DEVICE] = netstat_v_str(device);
	struct netstat_record rec = {
		.section = &x25_route_section,
		.values = v,
		.n_values = C_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}

int x25_route_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	/* Not table_open()'s rule: whatever fails, only a note. */
	if (host->lines_open(ctx, ROUTE_PATH, &lines) < 0 &&
	    host->lines_open(ctx, OLD_ROUTE_PATH, &lines) < 0) {
		host->message(ctx, NETSTAT_NOTICE,
			      "X.25 not configured in this system.\n");
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	host->section_begin(ctx, &x25_route_section);
	const char *line;
	size_t len;
	host->lines_next(lines, NULL); /* the header */
	while ((line = host->lines_next(lines, &len)))
		if (!netstat_line_blank(line, len))
			emit_row(ctx, line, len);
	host->lines_close(lines);
	return 0;
}
