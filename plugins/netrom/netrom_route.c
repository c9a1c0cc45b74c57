/*
 * NET/ROM routes (-r -A netrom) from /proc/net/nr_nodes and nr_neigh,
 * reference §4.5:
 *
 *   Kernel NET/ROM routing table
 *   Destination  Mnemonic  Quality  Neighbour  Iface
 *   G8BPQ-2      BPQNOD    192      G8BPQ      nr0
 *
 * Each node line names its best route w (column 19, from 1); that route's
 * quality and neighbour number sit at columns 24 + 15(w-1) and 32 + 15(w-1).
 * The neighbour's callsign and device come from the first nr_neigh line
 * with that number. net-tools reads both files' first line as a header.
 */
#include <inttypes.h>
#include <string.h>

#include <netstat/netstat.h>

#include "plugins/lib/neighbours/neighbours.h"
#include "plugins/netrom/netrom_layout.h"

#define NODES_PATH "net/nr_nodes"
#define NEIGH_PATH "net/nr_neigh"

enum {
	C_DEST,
	C_MNEMONIC,
	C_QUALITY,
	C_NEIGHBOUR,
	C_DEVICE,
	C_NEIGHBOUR_ID,
	C_BEST_ROUTE,
	/* Structured only (schema 1.4): every route of the node. */
	C_ROUTE_COUNT,
	C_ROUTE_QUALITIES,
	C_ROUTE_OBSOLESCENCE,
	C_ROUTE_NEIGHBOURS,
	/* The best route's neighbour, from the rest of its nr_neigh line. */
	C_NEIGH_QUALITY,
	C_NEIGH_LOCKED,
	C_NEIGH_ROUTES,
	C_NEIGH_FAILED,
	C_NEIGH_DIGIPEATERS,
	C_COUNT
};

/* The kernel keeps at most three routes per node. */
#define NODE_ROUTES 3

/* The text of a text address or string value; "" when absent. */
static const char *text_of(const struct netstat_value *v)
{
	if (v->type == NETSTAT_T_ADDRESS && v->v.addr.text)
		return v->v.addr.text;
	if (v->type == NETSTAT_T_STRING)
		return v->v.s;
	return "";
}

/* Untrusted `s`, escaped, then padded to `width` (net-tools' %-Ns). */
static void put_left(struct netstat_text *out, const char *s, size_t width)
{
	size_t before = out->len;
	netstat_text_put_untrusted(out, s, strlen(s));
	size_t n = out->len - before;
	if (n < width)
		netstat_text_fill(out, ' ', width - n);
}

/*
 * net-tools' "%-9s    %-7s   " then, for a matching neighbour only,
 * "%3d      %-9s  %-4s". Without one it ends the row without its newline
 * (reference §10 item 21); the row is ended here.
 */
static void row(struct netstat_ctx *ctx, const struct netstat_request *req,
		const struct netstat_record *rec, struct netstat_text *out)
{
	const struct netstat_value *v = rec->values;
	put_left(out, text_of(&v[C_DEST]), 9);
	netstat_text_puts(out, "    ");
	put_left(out, text_of(&v[C_MNEMONIC]), 7);
	netstat_text_puts(out, "   ");
	if (v[C_NEIGHBOUR].type != NETSTAT_T_NULL) {
		int64_t quality = (int64_t)netstat_value_uint(v, rec->n_values,
							      C_QUALITY, 0);
		netstat_text_printf(out, "%3" PRId64 "      ", quality);
		put_left(out, text_of(&v[C_NEIGHBOUR]), 9);
		netstat_text_puts(out, "  ");
		put_left(out, text_of(&v[C_DEVICE]), 4);
	}
	netstat_text_puts(out, "\n");
}

static const struct netstat_column columns[C_COUNT] = {
	[C_DEST] = {.key = "destination",
		    .title = "Destination",
		    .type = NETSTAT_T_ADDRESS},
	[C_MNEMONIC] = {.key = "mnemonic",
			.title = "Mnemonic",
			.type = NETSTAT_T_STRING},
	/* The best route's quality (0-255). */
	[C_QUALITY] = {.key = "quality",
		       .title = "Quality",
		       .type = NETSTAT_T_INT,
		       .measure = NETSTAT_MEASURE_ATTRIBUTE},
	/* The best route's neighbour (from nr_neigh). */
	[C_NEIGHBOUR] = {.key = "neighbour",
			 .title = "Neighbour",
			 .type = NETSTAT_T_ADDRESS},
	[C_DEVICE] = {.key = "iface",
		      .title = "Iface",
		      .type = NETSTAT_T_STRING},
	/* The neighbour's number, even when nr_neigh does not list it. */
	[C_NEIGHBOUR_ID] = {.key = "neighbour_id",
			    .type = NETSTAT_T_INT,
			    .measure = NETSTAT_MEASURE_ATTRIBUTE,
			    .flags = NETSTAT_COL_STRUCTURED_ONLY},
	/* Which of the node's routes is the best one (from 1), as the
	 * kernel writes it. */
	[C_BEST_ROUTE] = {.key = "best_route",
			  .type = NETSTAT_T_INT,
			  .measure = NETSTAT_MEASURE_ATTRIBUTE,
			  .flags = NETSTAT_COL_STRUCTURED_ONLY},
	/* "n" and, for each route in line order, "qual obs neigh". */
	[C_ROUTE_COUNT] = {.key = "route_count",
			   .type = NETSTAT_T_UINT,
			   .unit = "routes",
			   .measure = NETSTAT_MEASURE_GAUGE,
			   .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_ROUTE_QUALITIES] = {.key = "route_qualities",
			       .type = NETSTAT_T_UINT_LIST,
			       .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_ROUTE_OBSOLESCENCE] = {.key = "route_obsolescence",
				  .type = NETSTAT_T_UINT_LIST,
				  .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_ROUTE_NEIGHBOURS] = {.key = "route_neighbour_ids",
				.type = NETSTAT_T_UINT_LIST,
				.flags = NETSTAT_COL_STRUCTURED_ONLY},
	/* nr_neigh's "qual lock count failed digipeaters" of the best
	 * route's neighbour. */
	[C_NEIGH_QUALITY] = {.key = "neighbour_quality",
			     .type = NETSTAT_T_UINT,
			     .measure = NETSTAT_MEASURE_ATTRIBUTE,
			     .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_NEIGH_LOCKED] = {.key = "neighbour_locked",
			    .type = NETSTAT_T_UINT,
			    .measure = NETSTAT_MEASURE_ATTRIBUTE,
			    .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_NEIGH_ROUTES] = {.key = "neighbour_routes",
			    .type = NETSTAT_T_UINT,
			    .unit = "routes",
			    .measure = NETSTAT_MEASURE_GAUGE,
			    .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_NEIGH_FAILED] = {.key = "neighbour_failed",
			    .type = NETSTAT_T_UINT,
			    .measure = NETSTAT_MEASURE_GAUGE,
			    .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_NEIGH_DIGIPEATERS] = {.key = "neighbour_digipeaters",
				 .type = NETSTAT_T_STRING,
				 .flags = NETSTAT_COL_STRUCTURED_ONLY},
};

/* "dev qual lock count failed [digi...]" of a neighbour into v. */
static void neighbour_fields(const struct neighbour *n, struct netstat_value *v)
{
	const char *p = n->from_device, *s;
	uint64_t x[4];
	if (!netstat_token(&p, &s))
		return;
	for (size_t i = 0; i < 4; i++) {
		if (!netstat_parse_udec(&p, &x[i]))
			return;
		v[C_NEIGH_QUALITY + i] = netstat_v_uint(x[i]);
	}
	netstat_skip_blanks(&p);
	v[C_NEIGH_DIGIPEATERS] = netstat_v_str(*p ? p : NULL);
}

/* Every route of a node line, read as blank-separated numbers from the
 * best-route field on (classic reads fixed columns instead). */
struct node_routes {
	bool has_count;
	uint64_t count;
	size_t n;
	uint64_t quality[NODE_ROUTES], obsolescence[NODE_ROUTES],
		neighbour[NODE_ROUTES];
};

static void read_node_routes(const char *line, size_t len,
			     struct node_routes *r)
{
	memset(r, 0, sizeof *r);
	if (len <= 19)
		return;
	const char *p = line + 19;
	uint64_t best;
	if (!netstat_parse_udec(&p, &best) ||
	    !netstat_parse_udec(&p, &r->count))
		return;
	r->has_count = true;
	while (r->n < NODE_ROUTES && r->n < r->count &&
	       netstat_parse_udec(&p, &r->quality[r->n]) &&
	       netstat_parse_udec(&p, &r->obsolescence[r->n]) &&
	       netstat_parse_udec(&p, &r->neighbour[r->n]))
		r->n++;
}

const struct netstat_section netrom_route_section = {
	.key = "netrom_routes",
	.title = "Kernel NET/ROM routing table",
	.order = NETSTAT_ORDER_NETROM,
	.columns = columns,
	.n_columns = C_COUNT,
	/* net-tools' titles are wider than the fields of its rows, which
	 * the row renderer writes. */
	.classic = {.column_line = "Destination  Mnemonic  Quality  "
				   "Neighbour  Iface",
		    .row = row},
};

static void emit_row(struct netstat_ctx *ctx, const char *line, size_t len,
		     const struct neighbour_table *neighbours)
{
	char dest[16], mnemonic[16];
	netstat_columns_copy(line, len, 0, 9, dest, sizeof dest);
	netstat_columns_copy(line, len, 10, 17, mnemonic, sizeof mnemonic);
	int32_t best = netstat_atoi_at(line, len, 19);

	struct netstat_value v[C_COUNT];
	v[C_DEST] = netstat_v_text_address(dest);
	v[C_MNEMONIC] = netstat_v_str(mnemonic);
	v[C_QUALITY] = netstat_v_null();
	v[C_NEIGHBOUR] = netstat_v_null();
	v[C_DEVICE] = netstat_v_null();
	v[C_NEIGHBOUR_ID] = netstat_v_null();
	v[C_BEST_ROUTE] = len > 19 ? netstat_v_int(best) : netstat_v_null();
	struct node_routes routes;
	read_node_routes(line, len, &routes);
	v[C_ROUTE_COUNT] = routes.has_count ? netstat_v_uint(routes.count)
					    : netstat_v_null();
	v[C_ROUTE_QUALITIES] = netstat_v_uint_list(routes.quality, routes.n);
	v[C_ROUTE_OBSOLESCENCE] =
		netstat_v_uint_list(routes.obsolescence, routes.n);
	v[C_ROUTE_NEIGHBOURS] = netstat_v_uint_list(routes.neighbour, routes.n);
	for (size_t c = C_NEIGH_QUALITY; c <= C_NEIGH_DIGIPEATERS; c++)
		v[c] = netstat_v_null();
	/* A best route outside the line has no quality nor neighbour. */
	int64_t w = (int64_t)best - 1;
	int64_t quality_col = 24 + 15 * w, neighbour_col = 32 + 15 * w;
	if (quality_col >= 0 && neighbour_col < (int64_t)len) {
		int32_t id = netstat_atoi_at(line, len, (size_t)neighbour_col);
		const struct neighbour *n =
			neighbour_table_next(neighbours, id, NULL);
		v[C_QUALITY] = netstat_v_int(
			netstat_atoi_at(line, len, (size_t)quality_col));
		v[C_NEIGHBOUR_ID] = netstat_v_int(id);
		if (n) {
			v[C_NEIGHBOUR] = netstat_v_text_address(n->callsign);
			v[C_DEVICE] = netstat_v_str(n->device);
			neighbour_fields(n, v);
		}
	}
	struct netstat_record rec = {
		.section = &netrom_route_section,
		.values = v,
		.n_values = C_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}

/* Both files are tried, so each missing one is named (not table_open()'s
 * rule: perror for any failure, then a note). */
static int open_tables(struct netstat_ctx *ctx, struct netstat_lines **nodes,
		       struct netstat_lines **neigh)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	*nodes = *neigh = NULL;
	int rc_nodes = host->lines_open(ctx, NODES_PATH, nodes);
	if (rc_nodes < 0)
		host->perror(ctx, NODES_PATH, rc_nodes);
	int rc_neigh = host->lines_open(ctx, NEIGH_PATH, neigh);
	if (rc_neigh < 0)
		host->perror(ctx, NEIGH_PATH, rc_neigh);
	if (rc_nodes >= 0 && rc_neigh >= 0)
		return 0;
	if (rc_nodes >= 0)
		host->lines_close(*nodes);
	if (rc_neigh >= 0)
		host->lines_close(*neigh);
	host->message(ctx, NETSTAT_NOTICE,
		      "NET/ROM not configured in this system.\n");
	return NETSTAT_EXIT_UNAVAILABLE;
}

int netrom_route_list(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *nodes, *neigh;
	int status = open_tables(ctx, &nodes, &neigh);
	if (status != 0)
		return status;

	struct neighbour_table neighbours = {0};
	if (neighbour_table_load(host, neigh, 20, &neighbours) < 0) {
		host->message(ctx, NETSTAT_STDERR, "out of virtual memory\n");
		status = NETSTAT_EXIT_NOMEM;
	} else {
		host->section_begin(ctx, &netrom_route_section);
		const char *line;
		size_t len;
		host->lines_next(nodes, NULL); /* the header */
		while ((line = host->lines_next(nodes, &len)))
			if (!netstat_line_blank(line, len))
				emit_row(ctx, line, len, &neighbours);
	}
	neighbour_table_free(&neighbours);
	host->lines_close(nodes);
	host->lines_close(neigh);
	return status;
}
