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
#include <string.h>

#include <netstat/netstat.h>

#include "plugins/legacy_common/legacy.h"
#include "plugins/x25/x25_layout.h"

#define ROUTE_PATH "net/x25/route"
#define OLD_ROUTE_PATH "net/x25_routes"

enum { C_DEST, C_DIGITS, C_DEVICE, C_COUNT };

struct route_row {
	char dest[16], device[16];
	int32_t digits;
};

static const struct netstat_host_api *host;

void x25_route_init(const struct netstat_host_api *h)
{
	host = h;
}

static void title(struct netstat_ctx *ctx, const struct netstat_request *req,
		  struct netstat_text *out)
{
	netstat_text_puts(out, "Kernel X.25 routing table\n"
			       "Destination          Iface\n");
}

static void row(struct netstat_ctx *ctx, const struct netstat_request *req,
		const struct netstat_record *rec, struct netstat_text *out)
{
	const struct route_row *r = rec->priv;
	int digits = r->digits < 0 || r->digits > 15 ? 15 : (int)r->digits;
	if (digits == 0) {
		netstat_text_puts(out, "*                    ");
	} else {
		/* The line's first characters: the padded address. */
		char prefix[16];
		snprintf(prefix, sizeof prefix, "%-15s", r->dest);
		prefix[digits] = '\0';
		netstat_text_put_untrusted(out, prefix, (size_t)digits);
		netstat_text_printf(out, "/%-*d   ", 17 - digits, digits);
	}
	legacy_put_left(out, r->device, 5);
	netstat_text_puts(out, "\n");
}

static const struct netstat_column columns[C_COUNT] = {
	[C_DEST] = {.key = "destination",
		    .title = "Destination",
		    .type = NETSTAT_T_ADDRESS},
	/* As the kernel gives it; classic shows values outside 0..15 as 15. */
	[C_DIGITS] = {.key = "digits",
		      .type = NETSTAT_T_INT,
		      .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_DEVICE] = {.key = "iface",
		      .title = "Iface",
		      .type = NETSTAT_T_STRING},
};

const struct netstat_section x25_route_section = {
	.key = "x25_routes",
	.title = "Kernel X.25 routing table",
	.order = NETSTAT_ORDER_X25,
	.flags = NETSTAT_SECTION_NO_COLUMN_LINE,
	.columns = columns,
	.n_columns = C_COUNT,
	.classic_title = title,
};

static void emit_row(struct netstat_ctx *ctx, const char *line, size_t len)
{
	struct route_row r;
	memset(&r, 0, sizeof r);
	legacy_columns(line, len, 0, 15, r.dest, sizeof r.dest);
	r.digits = legacy_atoi_at(line, len, 17);
	legacy_columns(line, len, 25, 35, r.device, sizeof r.device);

	struct netstat_value v[C_COUNT];
	v[C_DEST] = r.dest[0] ? legacy_v_text(r.dest) : netstat_v_null();
	v[C_DIGITS] = netstat_v_int(r.digits);
	v[C_DEVICE] = netstat_v_str(r.device);
	struct netstat_record rec = {
		.section = &x25_route_section,
		.values = v,
		.n_values = C_COUNT,
		.classic_row = row,
		.priv = &r,
	};
	host->emit(ctx, &rec);
}

int x25_route_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_source *src)
{
	struct netstat_lines *lines;
	if (host->lines_open(ctx, ROUTE_PATH, &lines) < 0 &&
	    host->lines_open(ctx, OLD_ROUTE_PATH, &lines) < 0) {
		host->message(ctx, NETSTAT_NOTICE,
			      "X.25 not configured in this system.\n");
		return 1;
	}
	host->section_begin(ctx, &x25_route_section);
	const char *line;
	size_t len;
	host->lines_next(lines, NULL);
	while ((line = host->lines_next(lines, &len)))
		if (!legacy_blank(line, len))
			emit_row(ctx, line, len);
	host->lines_close(lines);
	return 0;
}
