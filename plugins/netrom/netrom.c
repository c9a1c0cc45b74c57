/*
 * The netrom family: NET/ROM sockets from /proc/net/nr (reference §3.17).
 * The three callsigns sit in fixed columns; the rest is blank-separated.
 */
#include <string.h>

#include <netstat/netstat.h>

#include "plugins/lib/socket_rows/socket_rows.h"
#include "plugins/netrom/netrom_layout.h"

#define NETROM_PATH "net/nr"

struct netrom_row {
	char user[16], dest[16], source[16], device[32];
	uint64_t state, vs, vr, send_q, recv_q;
	/* The numbers classic does not show, by column (NETROM_COL_MY_INDEX
	 * on); the inode only where the line has it. */
	uint64_t extra[NETROM_COL_COUNT - NETROM_COL_MY_INDEX];
	bool has_inode;
};

#define EXTRA(r, col) (&(r)->extra[(col)-NETROM_COL_MY_INDEX])

/* "a/b": two numbers, hexadecimal or decimal. */
static bool read_pair(const char **p, bool hex, uint64_t *a, uint64_t *b)
{
	bool (*number)(const char **, uint64_t *) =
		hex ? netstat_parse_hex : netstat_parse_udec;
	return number(p, a) && netstat_expect(p, '/') && number(p, b);
}

/*
 * From column 30: "dev my/my your/your st vs vr va t1/t1 t2/t2 t4/t4
 * idle/idle n2/n2 wnd sndq rcvq inode"; every field up to rcvq must read.
 */
static bool parse_row(const char *line, size_t len, struct netrom_row *r)
{
	if (len < 30)
		return false;
	netstat_columns_copy(line, len, 0, 9, r->user, sizeof r->user);
	netstat_columns_copy(line, len, 10, 19, r->dest, sizeof r->dest);
	netstat_columns_copy(line, len, 20, 29, r->source, sizeof r->source);

	const char *p = line + 30;
	if (!netstat_token_copy(&p, r->device, sizeof r->device) ||
	    !read_pair(&p, true, EXTRA(r, NETROM_COL_MY_INDEX),
		       EXTRA(r, NETROM_COL_MY_ID)) ||
	    !read_pair(&p, true, EXTRA(r, NETROM_COL_YOUR_INDEX),
		       EXTRA(r, NETROM_COL_YOUR_ID)) ||
	    !netstat_parse_udec(&p, &r->state) ||
	    !netstat_parse_udec(&p, &r->vs) ||
	    !netstat_parse_udec(&p, &r->vr) ||
	    !netstat_parse_udec(&p, EXTRA(r, NETROM_COL_VA)))
		return false;
	/* t1, t2, t4, idle and n2, each "left/configured". */
	for (int i = 0; i < 5; i++)
		if (!read_pair(&p, false, EXTRA(r, NETROM_COL_T1 + 2 * i),
			       EXTRA(r, NETROM_COL_T1_MAX + 2 * i)))
			return false;
	if (!netstat_parse_udec(&p, EXTRA(r, NETROM_COL_WINDOW)) ||
	    !netstat_parse_udec(&p, &r->send_q) ||
	    !netstat_parse_udec(&p, &r->recv_q))
		return false;
	r->has_inode = netstat_parse_udec(&p, EXTRA(r, NETROM_COL_INODE));
	return true;
}

static void emit_row(struct netstat_ctx *ctx, const struct netrom_row *r)
{
	struct netstat_value v[NETROM_COL_COUNT];

	v[NETROM_COL_USER] = netstat_v_text_address(r->user);
	v[NETROM_COL_DEST] = netstat_v_text_address(r->dest);
	v[NETROM_COL_SOURCE] = netstat_v_text_address(r->source);
	v[NETROM_COL_DEVICE] = netstat_v_str(r->device);
	v[NETROM_COL_STATE] =
		netstat_v_state((int64_t)r->state, netrom_state_name(r->state));
	v[NETROM_COL_VR] = netstat_v_uint(r->vr);
	v[NETROM_COL_VS] = netstat_v_uint(r->vs);
	v[NETROM_COL_SEND_Q] = netstat_v_uint(r->send_q);
	v[NETROM_COL_RECV_Q] = netstat_v_uint(r->recv_q);
	for (size_t c = NETROM_COL_MY_INDEX; c < NETROM_COL_COUNT; c++)
		v[c] = netstat_v_uint(*EXTRA(r, c));
	if (!r->has_inode)
		v[NETROM_COL_INODE] = netstat_v_null();
	v[NETROM_COL_IDLE].v.u *= SOCKET_ROW_MINUTE;
	v[NETROM_COL_IDLE_MAX].v.u *= SOCKET_ROW_MINUTE;

	struct netstat_record rec = {
		.section = &netrom_section,
		.values = v,
		.n_values = NETROM_COL_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}

static int netrom_list(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	/* Flags 0: only ENOENT is "missing", and implied protocols do not
	 * silence it (reference §3.2, the legacy families). */
	int status =
		host->table_open(ctx, req, NETROM_PATH, "AF NETROM", 0, &lines);
	if (!lines)
		return status;
	host->section_begin(ctx, &netrom_section);

	const char *line;
	size_t len;
	host->lines_next(lines, NULL); /* the header */
	while ((line = host->lines_next(lines, &len))) {
		struct netrom_row r;
		memset(&r, 0, sizeof r);
		if (parse_row(line, len, &r))
			emit_row(ctx, &r);
		else
			socket_row_unreadable(ctx, "Problem", NETROM_PATH);
	}
	host->lines_close(lines);
	return 0;
}

static const struct netstat_source sources[] = {
	{
		.name = "netrom",
		.selector = "netrom",
		.family = "netrom",
		.report = NETSTAT_REPORT_CONNECTIONS,
		.section = &netrom_section,
		.flags = NETSTAT_SOURCE_DEFAULT,
		.list = netrom_list,
	},
	{
		/* Not a default: plain -r shows inet only. */
		.name = "netrom_route",
		.selector = "netrom",
		.family = "netrom",
		.report = NETSTAT_REPORT_ROUTES,
		.section = &netrom_route_section,
		.list = netrom_route_list,
	},
};

static const struct netstat_family netrom_family = {
	.size = sizeof(struct netstat_family),
	.sources = sources,
	.n_sources = sizeof sources / sizeof sources[0],
};

NETSTAT_MODULE(netrom) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "netrom",
	.description = "NET/ROM sockets and routes (/proc/net/nr*)",
	.family = &netrom_family,
};
