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

#include "plugins/legacy_common/legacy.h"
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
	C_COUNT
};

struct route_row {
	char dest[16], mnemonic[16];
	bool has_route;
	int32_t quality, neighbour_id;
	const struct legacy_neighbour *neighbour; /* NULL: none matches */
};

static const struct netstat_host_api *host;

void netrom_route_init(const struct netstat_host_api *h)
{
	host = h;
}

static void title(struct netstat_ctx *ctx, const struct netstat_request *req,
		  struct netstat_text *out)
{
	netstat_text_puts(out, "Kernel NET/ROM routing table\n"
			       "Destination  Mnemonic  Quality  Neighbour  "
			       "Iface\n");
}

/* Without a matching neighbour net-tools ends the row without its
 * newline (reference §10 item 21); the row is ended here. */
static void row(struct netstat_ctx *ctx, const struct netstat_request *req,
		const struct netstat_record *rec, struct netstat_text *out)
{
	const struct route_row *r = rec->priv;
	legacy_put_left(out, r->dest, 9);
	netstat_text_puts(out, "    ");
	legacy_put_left(out, r->mnemonic, 7);
	netstat_text_puts(out, "   ");
	if (r->neighbour) {
		netstat_text_printf(out, "%3" PRId32 "      ", r->quality);
		legacy_put_left(out, r->neighbour->callsign, 9);
		netstat_text_puts(out, "  ");
		legacy_put_left(out, r->neighbour->device, 4);
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
	[C_QUALITY] = {.key = "quality",
		       .title = "Quality",
		       .type = NETSTAT_T_INT},
	[C_NEIGHBOUR] = {.key = "neighbour",
			 .title = "Neighbour",
			 .type = NETSTAT_T_ADDRESS},
	[C_DEVICE] = {.key = "iface",
		      .title = "Iface",
		      .type = NETSTAT_T_STRING},
	/* The neighbour's number, even when nr_neigh does not list it. */
	[C_NEIGHBOUR_ID] = {.key = "neighbour_id",
			    .type = NETSTAT_T_INT,
			    .flags = NETSTAT_COL_STRUCTURED_ONLY},
};

const struct netstat_section netrom_route_section = {
	.key = "netrom_routes",
	.title = "Kernel NET/ROM routing table",
	.order = NETSTAT_ORDER_NETROM,
	.flags = NETSTAT_SECTION_NO_COLUMN_LINE,
	.columns = columns,
	.n_columns = C_COUNT,
	.classic_title = title,
};

static void emit_row(struct netstat_ctx *ctx, const char *line, size_t len,
		     const struct legacy_vec *neighbours)
{
	struct route_row r;
	memset(&r, 0, sizeof r);
	legacy_columns(line, len, 0, 9, r.dest, sizeof r.dest);
	legacy_columns(line, len, 10, 17, r.mnemonic, sizeof r.mnemonic);
	/* A best route outside the line has no quality nor neighbour. */
	int64_t w = (int64_t)legacy_atoi_at(line, len, 19) - 1;
	int64_t quality_col = 24 + 15 * w, neighbour_col = 32 + 15 * w;
	if (quality_col >= 0 && neighbour_col < (int64_t)len) {
		r.has_route = true;
		r.quality = legacy_atoi_at(line, len, (size_t)quality_col);
		r.neighbour_id =
			legacy_atoi_at(line, len, (size_t)neighbour_col);
		r.neighbour = legacy_find_neighbour(neighbours, r.neighbour_id);
	}

	struct netstat_value v[C_COUNT];
	v[C_DEST] = legacy_v_text(r.dest);
	v[C_MNEMONIC] = netstat_v_str(r.mnemonic);
	v[C_QUALITY] =
		r.has_route ? netstat_v_int(r.quality) : netstat_v_null();
	v[C_NEIGHBOUR] = r.neighbour ? legacy_v_text(r.neighbour->callsign)
				     : netstat_v_null();
	v[C_DEVICE] = netstat_v_str(r.neighbour ? r.neighbour->device : NULL);
	v[C_NEIGHBOUR_ID] =
		r.has_route ? netstat_v_int(r.neighbour_id) : netstat_v_null();
	struct netstat_record rec = {
		.section = &netrom_route_section,
		.values = v,
		.n_values = C_COUNT,
		.classic_row = row,
		.priv = &r,
	};
	host->emit(ctx, &rec);
}

int netrom_route_list(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_source *src)
{
	struct netstat_lines *nodes = NULL, *neigh = NULL;
	/* Both are tried, so each missing file is named. */
	int rc_nodes = host->lines_open(ctx, NODES_PATH, &nodes);
	if (rc_nodes < 0)
		legacy_perror(host, ctx, NODES_PATH, -rc_nodes);
	int rc_neigh = host->lines_open(ctx, NEIGH_PATH, &neigh);
	if (rc_neigh < 0)
		legacy_perror(host, ctx, NEIGH_PATH, -rc_neigh);
	if (rc_nodes < 0 || rc_neigh < 0) {
		if (rc_nodes >= 0)
			host->lines_close(nodes);
		if (rc_neigh >= 0)
			host->lines_close(neigh);
		host->message(ctx, NETSTAT_NOTICE,
			      "NET/ROM not configured in this system.\n");
		return 1;
	}

	struct legacy_vec neighbours = {
		.size = sizeof(struct legacy_neighbour)};
	int status = 0;
	if (!legacy_load_neighbours(host, neigh, 20, &neighbours)) {
		host->message(ctx, NETSTAT_STDERR, "out of virtual memory\n");
		status = 2;
	} else {
		host->section_begin(ctx, &netrom_route_section);
		const char *line;
		size_t len;
		host->lines_next(nodes, NULL);
		while ((line = host->lines_next(nodes, &len)))
			if (!legacy_blank(line, len))
				emit_row(ctx, line, len, &neighbours);
	}
	legacy_vec_free(&neighbours);
	host->lines_close(nodes);
	host->lines_close(neigh);
	return status;
}
