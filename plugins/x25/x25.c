/*
 * The x25 family: X.25 sockets from /proc/net/x25 (reference §3.16).
 * On current kernels that path is a directory (the table moved to
 * net/x25/socket); net-tools then prints the title and no rows, and so
 * does this module.
 */
#include <string.h>
#include <sys/stat.h>

#include <netstat/netstat.h>

#include "plugins/lib/socket_rows/socket_rows.h"
#include "plugins/x25/x25_layout.h"

#define X25_PATH "net/x25"

/* Numbers between vr and the queues: va, t, t2, t21, t22, t23. */
#define X25_TIMERS 6

struct x25_row {
	char dest[32], source[32], device[32];
	uint64_t lci, state, vs, vr, send_q, recv_q;
	uint64_t timers[X25_TIMERS]; /* va, then the timers in seconds */
	bool has_inode;
	uint64_t inode;
};

/*
 * "dest src dev lci st vs vr va t t2 t21 t22 t23 sndq rcvq inode", read as
 * blank-separated fields (net-tools cuts fixed columns, which breaks on
 * addresses longer than the kernel's 10 columns).
 */
static bool parse_row(const char *line, struct x25_row *r)
{
	const char *p = line;

	if (!netstat_token_copy(&p, r->dest, sizeof r->dest) ||
	    !netstat_token_copy(&p, r->source, sizeof r->source) ||
	    !netstat_token_copy(&p, r->device, sizeof r->device) ||
	    !netstat_parse_hex(&p, &r->lci) ||
	    !netstat_parse_udec(&p, &r->state) ||
	    !netstat_parse_udec(&p, &r->vs) || !netstat_parse_udec(&p, &r->vr))
		return false;
	for (int i = 0; i < X25_TIMERS; i++)
		if (!netstat_parse_udec(&p, &r->timers[i]))
			return false;
	if (!netstat_parse_udec(&p, &r->send_q) ||
	    !netstat_parse_udec(&p, &r->recv_q))
		return false;
	/* Classic never shows it: a line without it still lists. */
	r->has_inode = netstat_parse_udec(&p, &r->inode);
	return true;
}

static void emit_row(struct netstat_ctx *ctx, const struct x25_row *r)
{
	struct netstat_value v[X25_COL_COUNT];

	v[X25_COL_DEST] = netstat_v_text_address(r->dest);
	v[X25_COL_SOURCE] = netstat_v_text_address(r->source);
	v[X25_COL_DEVICE] = netstat_v_str(r->device);
	v[X25_COL_LCI] = netstat_v_uint(r->lci);
	v[X25_COL_STATE] =
		netstat_v_state((int64_t)r->state, x25_state_name(r->state));
	v[X25_COL_VR] = netstat_v_uint(r->vr);
	v[X25_COL_VS] = netstat_v_uint(r->vs);
	v[X25_COL_SEND_Q] = netstat_v_uint(r->send_q);
	v[X25_COL_RECV_Q] = netstat_v_uint(r->recv_q);
	for (int i = 0; i < X25_TIMERS; i++)
		v[X25_COL_VA + i] = netstat_v_uint(r->timers[i]);
	v[X25_COL_INODE] =
		r->has_inode ? netstat_v_uint(r->inode) : netstat_v_null();

	struct netstat_record rec = {
		.section = &x25_section,
		.values = v,
		.n_values = X25_COL_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}

static int x25_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	struct stat st;

	if (host->proc_stat(ctx, X25_PATH, &st) == 0 && S_ISDIR(st.st_mode)) {
		host->section_begin(ctx, &x25_section);
		return 0;
	}
	/* Flags 0: only ENOENT is "missing", and implied protocols do not
	 * silence it (reference §3.2, the legacy families). */
	int status = host->table_open(ctx, req, X25_PATH, "AF X25", 0, &lines);
	if (!lines)
		return status;
	host->section_begin(ctx, &x25_section);

	const char *line;
	host->lines_next(lines, NULL); /* the header */
	while ((line = host->lines_next(lines, NULL))) {
		struct x25_row r;
		memset(&r, 0, sizeof r);
		if (!parse_row(line, &r)) {
			/* net-tools does not check; say so rather than
			 * print garbage */
			socket_row_unreadable(ctx, "Problem", X25_PATH);
			continue;
		}
		/* LCI 0 is a socket without a call: only with -a. */
		if (r.lci != 0 || netstat_request_has(req, NETSTAT_REQ_ALL))
			emit_row(ctx, &r);
	}
	host->lines_close(lines);
	return 0;
}

static const struct netstat_source sources[] = {
	{
		.name = "x25",
		.selector = "x25",
		.family = "x25",
		.report = NETSTAT_REPORT_CONNECTIONS,
		.section = &x25_section,
		.flags = NETSTAT_SOURCE_DEFAULT,
		.list = x25_list,
	},
	{
		/* Not a default: plain -r shows inet only. */
		.name = "x25_route",
		.selector = "x25",
		.family = "x25",
		.report = NETSTAT_REPORT_ROUTES,
		.section = &x25_route_section,
		.list = x25_route_list,
	},
};

static const struct netstat_family x25_family = {
	.size = sizeof(struct netstat_family),
	.sources = sources,
	.n_sources = sizeof sources / sizeof sources[0],
};

NETSTAT_MODULE(x25) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "x25",
	.description = "X.25 sockets and routes (/proc/net/x25*)",
	.family = &x25_family,
};
