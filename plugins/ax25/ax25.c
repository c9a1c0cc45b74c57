/*
 * The ax25 family: AX.25 sockets from /proc/net/ax25 (reference §3.15).
 * Current kernels write no header line; 2.0 kernels wrote one starting with
 * "dest_addr" and a column layout of their own.
 */
#include <string.h>

#include <netstat/netstat.h>

#include "plugins/ax25/ax25_layout.h"
#include "plugins/lib/socket_rows/socket_rows.h"

#define AX25_PATH "net/ax25"

/* Numbers between vr and the queues in the current layout (va, timers,
 * idle, n2, rtt, window, paclen). */
#define AX25_EXTRA 14

struct ax25_row {
	char dest[32], digipeaters[256], source[32], device[32];
	uint64_t state, vs, vr, send_q, recv_q;
	bool has_queues;
	/* The current layout's numbers classic does not show, in order
	 * (AX25_COL_VA...), and the inode after the queues. */
	size_t n_extra;
	uint64_t extra[AX25_EXTRA];
	bool has_inode;
	uint64_t inode;
};

/*
 * The queues end the line. Like net-tools' scanf, a field that does not
 * read ends the parse: before the send queue that is fine (a socketless
 * connection shows "*", read as 0), between the two queues it is not.
 */
static bool parse_queues(const char **p, struct ax25_row *r)
{
	if (!netstat_parse_udec(p, &r->send_q))
		return true;
	if (!netstat_parse_udec(p, &r->recv_q))
		return false;
	r->has_queues = true;
	return true;
}

static bool parse_state(const char **p, struct ax25_row *r)
{
	return netstat_parse_udec(p, &r->state) &&
	       netstat_parse_udec(p, &r->vs) && netstat_parse_udec(p, &r->vr);
}

/* "magic dev src dest[,digi...] st vs vr va t1 t1max ... sndq rcvq inode" */
static bool parse_current(const char *line, struct ax25_row *r)
{
	const char *p = line;
	char magic[64], dest[sizeof r->digipeaters];

	if (!netstat_token_copy(&p, magic, sizeof magic) ||
	    !netstat_token_copy(&p, r->device, sizeof r->device) ||
	    !netstat_token_copy(&p, r->source, sizeof r->source) ||
	    !netstat_token_copy(&p, dest, sizeof dest))
		return false;
	char *comma = strchr(dest, ',');
	if (comma) {
		*comma = '\0';
		strcpy(r->digipeaters, comma + 1);
	}
	if (strlen(dest) >= sizeof r->dest)
		return false;
	strcpy(r->dest, dest);
	if (!parse_state(&p, r))
		return false;
	for (r->n_extra = 0; r->n_extra < AX25_EXTRA; r->n_extra++)
		if (!netstat_parse_udec(&p, &r->extra[r->n_extra]))
			return true;
	if (!parse_queues(&p, r))
		return false;
	r->has_inode = r->has_queues && netstat_parse_udec(&p, &r->inode);
	return true;
}

/* 2.0: "dest_addr src_addr  dev  st  vs  vr  va  t1/  t2/  t3/  idle/  n2/
 * rtt wnd paclen Snd-Q Rcv-Q", the two callsigns in fixed columns. */
static bool parse_old(const char *line, size_t len, struct ax25_row *r)
{
	netstat_columns_copy(line, len, 0, 9, r->dest, sizeof r->dest);
	netstat_columns_copy(line, len, 10, 19, r->source, sizeof r->source);
	if (len < 20)
		return false;
	const char *p = line + 20;
	if (!netstat_token_copy(&p, r->device, sizeof r->device) ||
	    !parse_state(&p, r))
		return false;
	uint64_t skipped;
	if (!netstat_parse_udec(&p, &skipped))
		return true;
	for (int i = 0; i < 5; i++)
		if (!netstat_parse_udec(&p, &skipped) ||
		    !netstat_expect(&p, '/') ||
		    !netstat_parse_udec(&p, &skipped))
			return true;
	for (int i = 0; i < 3; i++)
		if (!netstat_parse_udec(&p, &skipped))
			return true;
	return parse_queues(&p, r);
}

static void emit_row(struct netstat_ctx *ctx, const struct ax25_row *r)
{
	struct netstat_value v[AX25_COL_COUNT];

	v[AX25_COL_DEST] = netstat_v_text_address(r->dest);
	v[AX25_COL_DIGIPEATERS] =
		netstat_v_str(r->digipeaters[0] ? r->digipeaters : NULL);
	v[AX25_COL_SOURCE] = netstat_v_text_address(r->source);
	v[AX25_COL_DEVICE] = netstat_v_str(r->device);
	v[AX25_COL_STATE] =
		netstat_v_state((int64_t)r->state, ax25_state_name(r->state));
	v[AX25_COL_VR] = netstat_v_uint(r->vr);
	v[AX25_COL_VS] = netstat_v_uint(r->vs);
	v[AX25_COL_SEND_Q] =
		r->has_queues ? netstat_v_uint(r->send_q) : netstat_v_null();
	v[AX25_COL_RECV_Q] =
		r->has_queues ? netstat_v_uint(r->recv_q) : netstat_v_null();
	for (size_t i = 0; i < AX25_EXTRA; i++)
		v[AX25_COL_VA + i] = i < r->n_extra
					     ? netstat_v_uint(r->extra[i])
					     : netstat_v_null();
	for (size_t c = AX25_COL_IDLE; c <= AX25_COL_IDLE_MAX; c++)
		if (v[c].type == NETSTAT_T_UINT)
			v[c].v.u *= SOCKET_ROW_MINUTE;
	v[AX25_COL_INODE] =
		r->has_inode ? netstat_v_uint(r->inode) : netstat_v_null();

	struct netstat_record rec = {
		.section = &ax25_section,
		.values = v,
		.n_values = AX25_COL_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}

static int ax25_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	/* Flags 0: only ENOENT is "missing", and implied protocols do not
	 * silence it (reference §3.2, the legacy families). */
	int status =
		host->table_open(ctx, req, AX25_PATH, "AF AX25", 0, &lines);
	if (!lines)
		return status;
	host->section_begin(ctx, &ax25_section);

	const char *line;
	size_t len;
	bool old = false;
	for (bool first = true; (line = host->lines_next(lines, &len));
	     first = false) {
		if (first && strncmp(line, "dest_addr", 9) == 0) {
			old = true;
			continue;
		}
		struct ax25_row r;
		memset(&r, 0, sizeof r);
		if (old ? parse_old(line, len, &r) : parse_current(line, &r))
			emit_row(ctx, &r);
		else /* net-tools words the two cases differently */
			socket_row_unreadable(ctx, old ? "Problem" : "problem",
					      AX25_PATH);
	}
	host->lines_close(lines);
	return 0;
}

static const struct netstat_source sources[] = {
	{
		.name = "ax25",
		.selector = "ax25",
		.family = "ax25",
		.report = NETSTAT_REPORT_CONNECTIONS,
		.section = &ax25_section,
		.flags = NETSTAT_SOURCE_DEFAULT,
		.list = ax25_list,
	},
	{
		/* Not a default: plain -r shows inet only. */
		.name = "ax25_route",
		.selector = "ax25",
		.family = "ax25",
		.report = NETSTAT_REPORT_ROUTES,
		.section = &ax25_route_section,
		.list = ax25_route_list,
	},
};

static const struct netstat_family ax25_family = {
	.size = sizeof(struct netstat_family),
	.sources = sources,
	.n_sources = sizeof sources / sizeof sources[0],
};

NETSTAT_MODULE(ax25) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "ax25",
	.description = "AX.25 sockets and routes (/proc/net/ax25*)",
	.family = &ax25_family,
};
