/* The rose family: ROSE sockets from /proc/net/rose (reference §3.18). */
#include <string.h>

#include <netstat/netstat.h>

#include "plugins/lib/socket_rows/socket_rows.h"
#include "plugins/rose/rose_layout.h"

#define ROSE_PATH "net/rose"

struct rose_row {
	char dest_addr[32], dest_call[32], src_addr[32], src_call[32];
	char device[32];
	uint64_t lci, neighbour, state;
	/* What follows the state (ROSE_COL_VS on), as far as it reads:
	 * classic shows none of it. */
	size_t n_extra;
	uint64_t extra[ROSE_COL_COUNT - ROSE_COL_VS];
};

/* "vs vr va t t1 t2 t3 hb idle/idle_max sndq rcvq inode". */
static void parse_extra(const char **p, struct rose_row *r)
{
	const size_t max = sizeof r->extra / sizeof r->extra[0];
	const size_t idle_max = ROSE_COL_IDLE_MAX - ROSE_COL_VS;
	for (r->n_extra = 0; r->n_extra < max; r->n_extra++) {
		if (r->n_extra == idle_max && !netstat_expect(p, '/'))
			return;
		/* The inode is a signed long in the kernel's format. */
		int64_t i;
		if (r->n_extra + 1 == max) {
			if (!netstat_parse_sdec(p, &i) || i < 0)
				return;
			r->extra[r->n_extra] = (uint64_t)i;
		} else if (!netstat_parse_udec(p, &r->extra[r->n_extra])) {
			return;
		}
	}
}

/* "dest_addr dest_call src_addr src_call dev lci neigh st ...": the
 * kernel writes the lci in hexadecimal, the neighbour in decimal. */
static bool parse_row(const char *line, struct rose_row *r)
{
	const char *p = line;
	return netstat_token_copy(&p, r->dest_addr, sizeof r->dest_addr) &&
	       netstat_token_copy(&p, r->dest_call, sizeof r->dest_call) &&
	       netstat_token_copy(&p, r->src_addr, sizeof r->src_addr) &&
	       netstat_token_copy(&p, r->src_call, sizeof r->src_call) &&
	       netstat_token_copy(&p, r->device, sizeof r->device) &&
	       netstat_parse_hex(&p, &r->lci) &&
	       netstat_parse_udec(&p, &r->neighbour) &&
	       netstat_parse_udec(&p, &r->state) && (parse_extra(&p, r), true);
}

static void emit_row(struct netstat_ctx *ctx, const struct rose_row *r)
{
	struct netstat_value v[ROSE_COL_COUNT];

	v[ROSE_COL_DEST_ADDR] = netstat_v_text_address(r->dest_addr);
	v[ROSE_COL_DEST_CALL] = netstat_v_text_address(r->dest_call);
	v[ROSE_COL_SRC_ADDR] = netstat_v_text_address(r->src_addr);
	v[ROSE_COL_SRC_CALL] = netstat_v_text_address(r->src_call);
	v[ROSE_COL_DEVICE] = netstat_v_str(r->device);
	v[ROSE_COL_LCI] = netstat_v_uint(r->lci);
	v[ROSE_COL_NEIGHBOUR] = netstat_v_uint(r->neighbour);
	v[ROSE_COL_STATE] =
		netstat_v_state((int64_t)r->state, rose_state_name(r->state));
	for (size_t i = 0; i < ROSE_COL_COUNT - ROSE_COL_VS; i++)
		v[ROSE_COL_VS + i] = i < r->n_extra
					     ? netstat_v_uint(r->extra[i])
					     : netstat_v_null();
	for (size_t c = ROSE_COL_IDLE; c <= ROSE_COL_IDLE_MAX; c++)
		if (v[c].type == NETSTAT_T_UINT)
			v[c].v.u *= SOCKET_ROW_MINUTE;

	struct netstat_record rec = {
		.section = &rose_section,
		.values = v,
		.n_values = ROSE_COL_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}

static int rose_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	/* Flags 0: only ENOENT is "missing", and implied protocols do not
	 * silence it (reference §3.2, the legacy families). */
	int status =
		host->table_open(ctx, req, ROSE_PATH, "AF ROSE", 0, &lines);
	if (!lines)
		return status;
	host->section_begin(ctx, &rose_section);

	const char *line;
	host->lines_next(lines, NULL); /* the header */
	while ((line = host->lines_next(lines, NULL))) {
		struct rose_row r;
		memset(&r, 0, sizeof r);
		if (parse_row(line, &r))
			emit_row(ctx, &r);
		else
			socket_row_unreadable(ctx, "Problem", ROSE_PATH);
	}
	host->lines_close(lines);
	return 0;
}

static const struct netstat_source sources[] = {
	{
		.name = "rose",
		.selector = "rose",
		.family = "rose",
		.report = NETSTAT_REPORT_CONNECTIONS,
		.section = &rose_section,
		.flags = NETSTAT_SOURCE_DEFAULT,
		.list = rose_list,
	},
	{
		/* Not a default: plain -r shows inet only. */
		.name = "rose_route",
		.selector = "rose",
		.family = "rose",
		.report = NETSTAT_REPORT_ROUTES,
		.section = &rose_route_section,
		.list = rose_route_list,
	},
};

static const struct netstat_family rose_family = {
	.size = sizeof(struct netstat_family),
	.sources = sources,
	.n_sources = sizeof sources / sizeof sources[0],
};

NETSTAT_MODULE(rose) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "rose",
	.description = "ROSE sockets and routes (/proc/net/rose*)",
	.family = &rose_family,
};
