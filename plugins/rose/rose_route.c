/*
 * ROSE routes (-r -A rose) from /proc/net/rose_nodes and rose_neigh,
 * reference §4.5:
 *
 *   Kernel ROSE routing table
 *   Destination  neigh1 callsign  device  neigh2 callsign  device  ...
 *   3100000002   00001  K1ABC-2      rose0
 *
 * A node line holds its address (columns 0-9), the neighbour count as the
 * one character at column 16, and the neighbour numbers at 18, 24, 30 (five
 * columns each). Every rose_neigh line with that number is printed after
 * it. (The kernel's rose_routes table is about circuits; net-tools does not
 * read it.)
 */
#include <inttypes.h>
#include <string.h>

#include <netstat/netstat.h>

#include "plugins/legacy_common/legacy.h"
#include "plugins/rose/rose_layout.h"

#define NODES_PATH "net/rose_nodes"
#define NEIGH_PATH "net/rose_neigh"

/* The count is one digit; the typed record keeps the first three, as many
 * as the kernel has. */
#define MAX_ENTRIES 9
#define TYPED_ENTRIES 3

enum {
	C_DEST,
	C_NEIGH1,
	C_CALLSIGN1,
	C_DEVICE1,
	C_NEIGH2,
	C_CALLSIGN2,
	C_DEVICE2,
	C_NEIGH3,
	C_CALLSIGN3,
	C_DEVICE3,
	C_COUNT
};

struct route_row {
	char dest[16];
	int n;
	int32_t ids[MAX_ENTRIES];
	const struct legacy_vec *neighbours;
};

static const struct netstat_host_api *host;

void rose_route_init(const struct netstat_host_api *h)
{
	host = h;
}

static void title(struct netstat_ctx *ctx, const struct netstat_request *req,
		  struct netstat_text *out)
{
	netstat_text_puts(out, "Kernel ROSE routing table\n"
			       "Destination  neigh1 callsign  device  neigh2 "
			       "callsign  device  neigh3 callsign  device\n");
}

static void row(struct netstat_ctx *ctx, const struct netstat_request *req,
		const struct netstat_record *rec, struct netstat_text *out)
{
	const struct route_row *r = rec->priv;
	const struct legacy_neighbour *n = r->neighbours->items;
	legacy_put_left(out, r->dest, 10);
	netstat_text_puts(out, "   ");
	for (int i = 0; i < r->n; i++) {
		netstat_text_printf(out, "%05" PRId32 "  ", r->ids[i]);
		for (size_t k = 0; k < r->neighbours->n; k++) {
			if (n[k].id != r->ids[i])
				continue;
			legacy_put_left(out, n[k].callsign, 10);
			netstat_text_puts(out, "   ");
			legacy_put_left(out, n[k].device, 5);
		}
	}
	netstat_text_puts(out, "\n");
}

#define ENTRY(i)                                                               \
	[C_NEIGH##i] = {.key = "neigh" #i,                                     \
			.title = "neigh" #i,                                   \
			.type = NETSTAT_T_INT},                                \
	[C_CALLSIGN##i] = {.key = "neigh" #i "_callsign",                      \
			   .title = "callsign",                                \
			   .type = NETSTAT_T_ADDRESS},                         \
	[C_DEVICE##i] = {.key = "neigh" #i "_device",                          \
			 .title = "device",                                    \
			 .type = NETSTAT_T_STRING}

static const struct netstat_column columns[C_COUNT] = {
	[C_DEST] = {.key = "destination",
		    .title = "Destination",
		    .type = NETSTAT_T_ADDRESS},
	ENTRY(1),
	ENTRY(2),
	ENTRY(3),
};

const struct netstat_section rose_route_section = {
	.key = "rose_routes",
	.title = "Kernel ROSE routing table",
	.order = NETSTAT_ORDER_ROSE,
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
	r.neighbours = neighbours;
	legacy_columns(line, len, 0, 10, r.dest, sizeof r.dest);
	int32_t count = len > 16 ? legacy_atoi(line + 16, 1) : 0;
	/* Numbers the line does not hold are not made up. */
	for (int i = 0; i < count && i < MAX_ENTRIES; i++) {
		size_t col = 18 + 6 * (size_t)i;
		if (col >= len)
			break;
		char num[8];
		size_t n = legacy_columns(line, len, col, col + 5, num,
					  sizeof num);
		r.ids[r.n++] = legacy_atoi(num, n);
	}

	struct netstat_value v[C_COUNT];
	v[C_DEST] = legacy_v_text(r.dest);
	for (int i = 0; i < TYPED_ENTRIES; i++) {
		const struct legacy_neighbour *nb =
			i < r.n ? legacy_find_neighbour(neighbours, r.ids[i])
				: NULL;
		v[C_NEIGH1 + 3 * i] =
			i < r.n ? netstat_v_int(r.ids[i]) : netstat_v_null();
		v[C_CALLSIGN1 + 3 * i] =
			nb ? legacy_v_text(nb->callsign) : netstat_v_null();
		v[C_DEVICE1 + 3 * i] = netstat_v_str(nb ? nb->device : NULL);
	}
	struct netstat_record rec = {
		.section = &rose_route_section,
		.values = v,
		.n_values = C_COUNT,
		.classic_row = row,
		.priv = &r,
	};
	host->emit(ctx, &rec);
}

/* Either file missing: net-tools' words, on stderr. (net-tools itself
 * crashes when only rose_neigh is missing: reference §10 item 31.) */
static int not_configured(struct netstat_ctx *ctx, const char *path, int rc)
{
	legacy_perror(host, ctx, path, -rc);
	host->message(ctx, NETSTAT_STDERR,
		      "ROSE not configured in this system.\n");
	return 1;
}

int rose_route_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_source *src)
{
	struct netstat_lines *nodes, *neigh;
	int rc = host->lines_open(ctx, NODES_PATH, &nodes);
	if (rc < 0)
		return not_configured(ctx, NODES_PATH, rc);
	rc = host->lines_open(ctx, NEIGH_PATH, &neigh);
	if (rc < 0) {
		host->lines_close(nodes);
		return not_configured(ctx, NEIGH_PATH, rc);
	}

	struct legacy_vec neighbours = {
		.size = sizeof(struct legacy_neighbour)};
	int status = 0;
	if (!legacy_load_neighbours(host, neigh, 21, &neighbours)) {
		host->message(ctx, NETSTAT_STDERR, "out of virtual memory\n");
		status = 2;
	} else {
		host->section_begin(ctx, &rose_route_section);
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
