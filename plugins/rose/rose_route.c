/*
 * ROSE routes (-r -A rose) from /proc/net/rose_nodes and rose_neigh,
 * reference §4.5:
 *
 *   Kernel ROSE routing table
 *   Destination  neigh1 callsign  device  neigh2 callsign  device  ...
 *   3100000002   00001  K1ABC-2      rose0
 *
 * The kernel writes a node as "%-10s %04d %d" (address, mask, count) and
 * " %05d" per neighbour. net-tools takes the address from columns 0-9, the
 * count as the one character at column 16 and the neighbour numbers at 18,
 * 24, 30... (five columns each), and prints after each number every
 * rose_neigh line with that number. (The kernel's rose_routes table is
 * about circuits; net-tools does not read it.)
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include <netstat/netstat.h>

#include "plugins/lib/neighbours/neighbours.h"
#include "plugins/rose/rose_layout.h"

#define NODES_PATH "net/rose_nodes"
#define NEIGH_PATH "net/rose_neigh"

/* The count is one digit; the kernel has at most three neighbours per
 * node (ROSE_MAX_ALTERNATE), which the typed record keeps. */
#define MAX_ENTRIES 9
#define TYPED_ENTRIES 3

/* New columns go last: structured formats keep the others' order. */
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
	C_MASK,
	C_NEIGHBOUR_COUNT,
	C_SHOWN,
	/* Schema 1.4: the rest of each typed neighbour's rose_neigh line,
	 * NEIGH_FIELDS columns per neighbour. */
	C_NEIGH_EXTRA,
	C_COUNT = C_NEIGH_EXTRA + 3 * 7
};

/* "count use mode restart t0 tf digipeaters", by offset. */
enum {
	NX_ROUTES,
	NX_USE,
	NX_MODE,
	NX_RESTARTED,
	NX_T0,
	NX_TF,
	NX_DIGIPEATERS,
	NEIGH_FIELDS
};
_Static_assert(C_COUNT == C_NEIGH_EXTRA + 3 * NEIGH_FIELDS,
	       "three typed neighbours' fields");

#define ENTRY(i)                                                               \
	[C_NEIGH##i] = {.key = "neigh" #i,                                     \
			.measure = NETSTAT_MEASURE_ATTRIBUTE,                  \
			.title = "neigh" #i,                                   \
			.type = NETSTAT_T_INT,                                 \
			.flags = NETSTAT_COL_STRUCTURED_ONLY},                 \
	[C_CALLSIGN##i] = {.key = "neigh" #i "_callsign",                      \
			   .title = "callsign",                                \
			   .type = NETSTAT_T_ADDRESS,                          \
			   .flags = NETSTAT_COL_STRUCTURED_ONLY},              \
	[C_DEVICE##i] = {.key = "neigh" #i "_device",                          \
			 .title = "device",                                    \
			 .type = NETSTAT_T_STRING,                             \
			 .flags = NETSTAT_COL_STRUCTURED_ONLY}

#define NX(i, k, name, ty, u, m)                                               \
	[C_NEIGH_EXTRA + NEIGH_FIELDS * (i - 1) +                              \
		k] = {.key = "neigh" #i "_" name,                              \
		      .type = ty,                                              \
		      .unit = u,                                               \
		      .measure = m,                                            \
		      .flags = NETSTAT_COL_STRUCTURED_ONLY}
/* How many routes use the neighbour and how many sockets, DTE or DCE,
 * whether it restarted, its two timers (seconds), its digipeaters. */
#define EXTRA(i)                                                               \
	NX(i, NX_ROUTES, "routes", NETSTAT_T_UINT, "routes",                   \
	   NETSTAT_MEASURE_GAUGE),                                             \
		NX(i, NX_USE, "use", NETSTAT_T_UINT, NULL,                     \
		   NETSTAT_MEASURE_GAUGE),                                     \
		NX(i, NX_MODE, "mode", NETSTAT_T_STRING, NULL, 0),             \
		NX(i, NX_RESTARTED, "restarted", NETSTAT_T_STRING, NULL, 0),   \
		NX(i, NX_T0, "t0_seconds", NETSTAT_T_UINT, "seconds",          \
		   NETSTAT_MEASURE_GAUGE),                                     \
		NX(i, NX_TF, "tf_seconds", NETSTAT_T_UINT, "seconds",          \
		   NETSTAT_MEASURE_GAUGE),                                     \
		NX(i, NX_DIGIPEATERS, "digipeaters", NETSTAT_T_STRING, NULL,   \
		   0)

static const struct netstat_column columns[C_COUNT] = {
	[C_DEST] = {.key = "destination",
		    .title = "Destination",
		    .type = NETSTAT_T_ADDRESS,
		    .classic = {.width = 10}},
	ENTRY(1),
	ENTRY(2),
	ENTRY(3),
	/*
	 * What net-tools prints after the address: each number it reads
	 * ("%05d  "), then "%-10s   %-5s" for every rose_neigh line with that
	 * number. A list of lists no flat record holds, and beyond what a
	 * kernel writes (more than three numbers, numbers repeated in
	 * rose_neigh) only in made-up tables; the neighN columns carry the
	 * kernel's three.
	 */
	[C_SHOWN] = {.key = "classic_neighbours",
		     .type = NETSTAT_T_STRING,
		     .flags = NETSTAT_COL_CLASSIC_ONLY,
		     .classic = {.sep = "   "}},
	/* The kernel's mask: how many leading digits of the address count. */
	[C_MASK] = {.key = "mask",
		    .type = NETSTAT_T_INT,
		    .measure = NETSTAT_MEASURE_ATTRIBUTE,
		    .flags = NETSTAT_COL_STRUCTURED_ONLY},
	/* How many neighbours the node line announces. */
	[C_NEIGHBOUR_COUNT] = {.key = "neighbour_count",
			       .type = NETSTAT_T_INT,
			       /* A unit as netrom's route_count has: a metric
				* name must not end in _count (Prometheus keeps
				* that suffix for histograms and summaries). */
			       .unit = "neighbours",
			       .measure = NETSTAT_MEASURE_GAUGE,
			       .flags = NETSTAT_COL_STRUCTURED_ONLY},
	EXTRA(1),
	EXTRA(2),
	EXTRA(3),
};

/* A neighbour's "dev count use mode restart t0 tf [digi...]" into its
 * NEIGH_FIELDS values `v`; what does not read stays null. */
static void neighbour_fields(const struct neighbour *n, struct netstat_value *v,
			     char words[2][8])
{
	const char *p = n->from_device, *s;
	uint64_t x;
	if (!netstat_token(&p, &s))
		return;
	for (size_t k = NX_ROUTES; k <= NX_USE; k++) {
		if (!netstat_parse_udec(&p, &x))
			return;
		v[k] = netstat_v_uint(x);
	}
	for (size_t k = 0; k < 2; k++) {
		if (!netstat_token_copy(&p, words[k], 8))
			return;
		v[NX_MODE + k] = netstat_v_str(words[k]);
	}
	for (size_t k = NX_T0; k <= NX_TF; k++) {
		if (!netstat_parse_udec(&p, &x))
			return;
		v[k] = netstat_v_uint(x);
	}
	netstat_skip_blanks(&p);
	v[NX_DIGIPEATERS] = netstat_v_str(*p ? p : NULL);
}

const struct netstat_section rose_route_section = {
	.key = "rose_routes",
	.title = "Kernel ROSE routing table",
	.order = NETSTAT_ORDER_ROSE,
	.columns = columns,
	.n_columns = C_COUNT,
	/* net-tools' titles do not line up with its rows. */
	.classic = {.column_line = "Destination  neigh1 callsign  device  "
				   "neigh2 callsign  device  neigh3 callsign  "
				   "device"},
};

static int text_grow(struct netstat_text *t, size_t need)
{
	size_t cap = t->cap ? t->cap : 256;
	while (cap - t->len < need + 1)
		cap *= 2;
	char *p = realloc(t->buf, cap);
	if (!p)
		return NETSTAT_ERR_NOMEM;
	t->buf = p;
	t->cap = cap;
	return 0;
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

/* Appends net-tools' text for neighbour number `id` to `shown`. */
static void show_entry(struct netstat_text *shown, int32_t id,
		       const struct neighbour_table *neighbours)
{
	netstat_text_printf(shown, "%05" PRId32 "  ", id);
	for (const struct neighbour *n =
		     neighbour_table_next(neighbours, id, NULL);
	     n; n = neighbour_table_next(neighbours, id, n)) {
		put_left(shown, n->callsign, 10);
		netstat_text_puts(shown, "   ");
		put_left(shown, n->device, 5);
	}
}

static void emit_row(struct netstat_ctx *ctx, const char *line, size_t len,
		     const struct neighbour_table *neighbours,
		     struct netstat_text *shown)
{
	char dest[16];
	netstat_columns_copy(line, len, 0, 10, dest, sizeof dest);
	int32_t count = len > 16 ? netstat_atoi(line + 16, 1) : 0;

	struct netstat_value v[C_COUNT];
	v[C_DEST] = netstat_v_text_address(dest);
	v[C_MASK] = len > 11 ? netstat_v_int(netstat_atoi(
				       line + 11, len - 11 < 4 ? len - 11 : 4))
			     : netstat_v_null();
	v[C_NEIGHBOUR_COUNT] =
		len > 16 ? netstat_v_int(count) : netstat_v_null();
	for (size_t c = C_NEIGH_EXTRA; c < C_COUNT; c++)
		v[c] = netstat_v_null();
	char words[TYPED_ENTRIES][2][8];
	for (int i = 0; i < TYPED_ENTRIES; i++) {
		v[C_NEIGH1 + 3 * i] = netstat_v_null();
		v[C_CALLSIGN1 + 3 * i] = netstat_v_null();
		v[C_DEVICE1 + 3 * i] = netstat_v_null();
	}
	shown->len = 0;
	/* Numbers the line does not hold are not made up. */
	for (int i = 0; i < count && i < MAX_ENTRIES; i++) {
		size_t col = 18 + 6 * (size_t)i;
		if (col >= len)
			break;
		char num[8];
		size_t n = netstat_columns_copy(line, len, col, col + 5, num,
						sizeof num);
		int32_t id = netstat_atoi(num, n);
		show_entry(shown, id, neighbours);
		if (i >= TYPED_ENTRIES)
			continue;
		const struct neighbour *nb =
			neighbour_table_next(neighbours, id, NULL);
		v[C_NEIGH1 + 3 * i] = netstat_v_int(id);
		if (nb) {
			v[C_CALLSIGN1 + 3 * i] =
				netstat_v_text_address(nb->callsign);
			v[C_DEVICE1 + 3 * i] = netstat_v_str(nb->device);
			neighbour_fields(nb,
					 &v[C_NEIGH_EXTRA + NEIGH_FIELDS * i],
					 words[i]);
		}
	}
	v[C_SHOWN] = netstat_v_str(netstat_text_cstr(shown));
	struct netstat_record rec = {
		.section = &rose_route_section,
		.values = v,
		.n_values = C_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}

/* Either file missing: net-tools' words, on stderr (not table_open()'s
 * rule). net-tools itself crashes when only rose_neigh is missing:
 * reference §10 item 31. */
static int not_configured(struct netstat_ctx *ctx, const char *path, int rc)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	host->perror(ctx, path, rc);
	host->message(ctx, NETSTAT_STDERR,
		      "ROSE not configured in this system.\n");
	return NETSTAT_EXIT_UNAVAILABLE;
}

int rose_route_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *nodes, *neigh;
	int rc = host->lines_open(ctx, NODES_PATH, &nodes);
	if (rc < 0)
		return not_configured(ctx, NODES_PATH, rc);
	rc = host->lines_open(ctx, NEIGH_PATH, &neigh);
	if (rc < 0) {
		host->lines_close(nodes);
		return not_configured(ctx, NEIGH_PATH, rc);
	}

	struct neighbour_table neighbours = {0};
	struct netstat_text shown = {.grow = text_grow};
	int status = 0;
	if (neighbour_table_load(host, neigh, 21, &neighbours) < 0 ||
	    text_grow(&shown, 1) < 0) {
		host->message(ctx, NETSTAT_STDERR, "out of virtual memory\n");
		status = NETSTAT_EXIT_NOMEM;
	} else {
		host->section_begin(ctx, &rose_route_section);
		const char *line;
		size_t len;
		host->lines_next(nodes, NULL); /* the header */
		while ((line = host->lines_next(nodes, &len)))
			if (!netstat_line_blank(line, len))
				emit_row(ctx, line, len, &neighbours, &shown);
	}
	free(shown.buf);
	neighbour_table_free(&neighbours);
	host->lines_close(nodes);
	host->lines_close(neigh);
	return status;
}
