/*
 * The ipx family: IPX sockets from /proc/net/ipx/socket, or /proc/net/ipx
 * on kernels before 2.4; reference §3.14. Linux dropped IPX
 * in 4.18, so this is for old kernels and offline snapshots.
 */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <netstat/netstat.h>

#include "plugins/ipx/ipx_layout.h"
#include "plugins/lib/socket_rows/socket_rows.h"

#define IPX_PATH "net/ipx/socket"
#define IPX_OLD_PATH "net/ipx" /* a file before Linux 2.4 */

struct ipx_endpoint {
	char address[64]; /* "NETWORK:NODE" or "NETWORK" */
	uint32_t port;
	bool connected;
};

struct ipx_row {
	struct ipx_endpoint local, remote;
	uint64_t tx_queue, rx_queue, state, uid;
};

/* Splits "ADDRESS:PORT" at its last colon; false when there is none. */
static bool split_endpoint(struct ipx_endpoint *e)
{
	char *colon = strrchr(e->address, ':');
	if (!colon)
		return false;
	*colon = '\0';
	const char *p = colon + 1;
	uint64_t port = 0;
	netstat_parse_hex(&p, &port); /* leniently: no digits is port 0 */
	e->port = (uint32_t)(port & 0xffffu);
	e->connected = true;
	return true;
}

/* "local remote tx_queue rx_queue state uid"; the state is hexadecimal in
 * the kernel's text (net-tools reads decimal: the same for 0 to 9). */
static bool parse_row(const char *line, struct ipx_row *r)
{
	const char *p = line;
	return netstat_token_copy(&p, r->local.address,
				  sizeof r->local.address) &&
	       netstat_token_copy(&p, r->remote.address,
				  sizeof r->remote.address) &&
	       netstat_parse_hex(&p, &r->tx_queue) &&
	       netstat_parse_hex(&p, &r->rx_queue) &&
	       netstat_parse_hex(&p, &r->state) &&
	       netstat_parse_udec(&p, &r->uid);
}

static struct netstat_value endpoint_value(const struct ipx_endpoint *e)
{
	if (!e->connected)
		return netstat_v_null();
	/* IPX ports have no service names. */
	return netstat_v_endpoint(netstat_addr_text(e->address), e->port, NULL);
}

static void emit_row(struct netstat_ctx *ctx, const struct ipx_row *r)
{
	struct netstat_value v[IPX_COL_COUNT];

	v[IPX_COL_PROTO] = netstat_v_str("IPX");
	v[IPX_COL_RECV_Q] = netstat_v_uint(r->rx_queue);
	v[IPX_COL_SEND_Q] = netstat_v_uint(r->tx_queue);
	v[IPX_COL_LOCAL] = endpoint_value(&r->local);
	v[IPX_COL_REMOTE] = endpoint_value(&r->remote);
	v[IPX_COL_STATE] =
		netstat_v_state((int64_t)r->state, ipx_state_name(r->state));
	v[IPX_COL_USER] = netstat_v_user((uint32_t)r->uid);

	struct netstat_record rec = {
		.section = &ipx_section,
		.values = v,
		.n_values = IPX_COL_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}

static void format_error(struct netstat_ctx *ctx, const char *which)
{
	netstat_ctx_host(ctx)->message(
		ctx, NETSTAT_STDERR,
		"netstat.c: Internal Error `ipx socket format error in "
		"%s port'.\n",
		which);
}

static int list_lines(struct netstat_ctx *ctx, struct netstat_lines *lines,
		      const char *path)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	const char *line;
	host->lines_next(lines, NULL); /* the header */
	while ((line = host->lines_next(lines, NULL))) {
		struct ipx_row r;
		memset(&r, 0, sizeof r);
		if (!parse_row(line, &r)) {
			socket_row_unreadable(ctx, "Problem", path);
			continue;
		}
		if (!split_endpoint(&r.local)) {
			format_error(ctx, "source");
			return NETSTAT_EXIT_READ_ERROR;
		}
		if (strcmp(r.remote.address, "Not_Connected") != 0 &&
		    !split_endpoint(&r.remote)) {
			format_error(ctx, "destination");
			return NETSTAT_EXIT_READ_ERROR;
		}
		emit_row(ctx, &r);
	}
	return 0;
}

static int ipx_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	struct stat st;

	/*
	 * As net-tools 2.10 does: the old name is tried only when the new
	 * one does not exist; any other failure (ENOTDIR when net/ipx is the
	 * old file) is reported against the new name.
	 */
	const char *path = IPX_PATH;
	int rc = host->proc_stat(ctx, IPX_PATH, &st);
	if (rc == -ENOENT) {
		path = IPX_OLD_PATH;
	} else if (rc < 0) {
		host->perror(ctx, IPX_PATH, rc);
		return NETSTAT_EXIT_READ_ERROR;
	}
	/* Flags 0: only ENOENT is "missing", and implied protocols do not
	 * silence it (reference §3.2, the legacy families). */
	int status = host->table_open(ctx, req, path, "AF IPX", 0, &lines);
	if (!lines)
		return status;
	host->section_begin(ctx, &ipx_section);
	status = list_lines(ctx, lines, path);
	host->lines_close(lines);
	return status;
}

static const struct netstat_source sources[] = {
	{
		.name = "ipx",
		.selector = "ipx",
		.family = "ipx",
		.report = NETSTAT_REPORT_CONNECTIONS,
		.section = &ipx_section,
		.flags = NETSTAT_SOURCE_DEFAULT,
		.list = ipx_list,
	},
	{
		/* Not a default: plain -r shows inet only. */
		.name = "ipx_route",
		.selector = "ipx",
		.family = "ipx",
		.report = NETSTAT_REPORT_ROUTES,
		.section = &ipx_route_section,
		.list = ipx_route_list,
	},
};

static const struct netstat_family ipx_family = {
	.size = sizeof(struct netstat_family),
	.sources = sources,
	.n_sources = sizeof sources / sizeof sources[0],
};

NETSTAT_MODULE(ipx) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "ipx",
	.description = "IPX sockets and routes (/proc/net/ipx/*)",
	.family = &ipx_family,
};
