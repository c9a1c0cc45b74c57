/*
 * IPX routes (-r -A ipx) from /proc/net/ipx/route, or /proc/net/ipx_route
 * before Linux 2.4; reference §4.5:
 *
 *   Kernel IPX routing table
 *   Destination               Router Net                Router Node
 *   DEADBEEF                  00000001                  00A0C9123456
 *
 * net-tools reads the three tokens with its lenient IPX address parser:
 * hex digits up to the first other character, so the kernel's "Directly
 * Connected" shows as 0000000D / C00000000000; a zero (or FFFFFFFF)
 * network and a zero node show empty. Lines without three tokens are
 * skipped.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <netstat/netstat.h>

#include "plugins/ipx/ipx_layout.h"

#define ROUTE_PATH "net/ipx/route"
#define OLD_ROUTE_PATH "net/ipx_route"

enum { C_DEST, C_ROUTER_NET, C_ROUTER_NODE, C_DIRECT, C_COUNT };

/* A route without a router: what net-tools' lenient parser makes of the
 * kernel's "Directly Connected" (a D, then a C filling the node). */
#define DIRECT_NET_TEXT "0000000D"
#define DIRECT_NODE_TEXT "C00000000000"

static void put_router_part(const struct netstat_record *rec, size_t column,
			    const char *direct_text, struct netstat_text *out)
{
	const struct netstat_value *v = &rec->values[column];
	if (netstat_value_uint(rec->values, rec->n_values, C_DIRECT, 0))
		netstat_text_puts(out, direct_text);
	else if (v->type == NETSTAT_T_ADDRESS && v->v.addr.text)
		netstat_text_puts(out, v->v.addr.text);
}

static void cell_router_net(struct netstat_ctx *ctx,
			    const struct netstat_request *req,
			    const struct netstat_record *rec, size_t column,
			    struct netstat_text *out)
{
	put_router_part(rec, column, DIRECT_NET_TEXT, out);
}

static void cell_router_node(struct netstat_ctx *ctx,
			     const struct netstat_request *req,
			     const struct netstat_record *rec, size_t column,
			     struct netstat_text *out)
{
	put_router_part(rec, column, DIRECT_NODE_TEXT, out);
}

/* net-tools' "%-25s %-25s %-25s". */
static const struct netstat_column columns[C_COUNT] = {
	[C_DEST] = {.key = "destination",
		    .title = "Destination",
		    .type = NETSTAT_T_ADDRESS,
		    .classic = {.width = 25, .sep = ""}},
	[C_ROUTER_NET] = {.key = "router_network",
			  .title = "Router Net",
			  .type = NETSTAT_T_ADDRESS,
			  .classic = {.width = 25,
				      .sep = " ",
				      .cell = cell_router_net}},
	/* The title line ends at "Router Node"; the rows are padded. */
	[C_ROUTER_NODE] = {.key = "router_node",
			   .title = "Router Node",
			   .type = NETSTAT_T_ADDRESS,
			   .classic = {.width = 25,
				       .flags = NETSTAT_CLASSIC_NO_TITLE_PAD,
				       .sep = " ",
				       .cell = cell_router_node}},
	/* 1 when the kernel says "Directly Connected" (no router), else 0. */
	[C_DIRECT] = {.key = "directly_connected",
		      .type = NETSTAT_T_UINT,
		      .flags = NETSTAT_COL_STRUCTURED_ONLY},
};

const struct netstat_section ipx_route_section = {
	.key = "ipx_routes",
	.title = "Kernel IPX routing table",
	.order = NETSTAT_ORDER_IPX,
	.columns = columns,
	.n_columns = C_COUNT,
};

/* A network: hex digits kept to 32 bits; 0 and FFFFFFFF print empty. */
static void network_text(const char *s, char *buf, size_t size)
{
	uint32_t net = 0;
	for (int d; (d = netstat_hex_digit(*s)) >= 0; s++)
		net = net << 4 | (uint32_t)d;
	if (net == 0 || net == 0xffffffffu)
		buf[0] = '\0';
	else
		snprintf(buf, size, "%08" PRIX32, net);
}

/* A node: up to 12 hex digits filling its 6 bytes from the left. */
static void node_text(const char *s, char *buf, size_t size)
{
	uint8_t node[6] = {0};
	bool any = false;
	for (int i = 0, d; i < 12 && (d = netstat_hex_digit(s[i])) >= 0; i++) {
		node[i / 2] |= (uint8_t)(i % 2 ? d : d << 4);
		any = any || d;
	}
	if (!any)
		buf[0] = '\0';
	else
		snprintf(buf, size, "%02X%02X%02X%02X%02X%02X", node[0],
			 node[1], node[2], node[3], node[4], node[5]);
}

static struct netstat_value text_or_null(const char *s, bool absent)
{
	return s[0] && !absent ? netstat_v_text_address(s) : netstat_v_null();
}

static void emit_row(struct netstat_ctx *ctx, const char *line)
{
	char tokens[3][64];
	const char *p = line;
	for (int i = 0; i < 3; i++) {
		const char *start;
		size_t n = netstat_token(&p, &start);
		if (n == 0)
			return;
		if (n >= sizeof tokens[i])
			n = sizeof tokens[i] - 1;
		memcpy(tokens[i], start, n);
		tokens[i][n] = '\0';
	}
	/* The texts net-tools prints ("" where it prints nothing). */
	char dest[16], router_net[16], router_node[16];
	network_text(tokens[0], dest, sizeof dest);
	network_text(tokens[1], router_net, sizeof router_net);
	node_text(tokens[2], router_node, sizeof router_node);
	bool direct = strcmp(tokens[1], "Directly") == 0 &&
		      strcmp(tokens[2], "Connected") == 0;

	struct netstat_value v[C_COUNT];
	v[C_DEST] = text_or_null(dest, false);
	v[C_ROUTER_NET] = text_or_null(router_net, direct);
	v[C_ROUTER_NODE] = text_or_null(router_node, direct);
	v[C_DIRECT] = netstat_v_uint(direct);
	struct netstat_record rec = {
		.section = &ipx_route_section,
		.values = v,
		.n_values = C_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}

int ipx_route_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	/* Not table_open()'s rule: the old name is tried, then net-tools'
	 * perror(NULL) (the error text alone) and a note. */
	int rc = host->lines_open(ctx, ROUTE_PATH, &lines);
	if (rc < 0)
		rc = host->lines_open(ctx, OLD_ROUTE_PATH, &lines);
	if (rc < 0) {
		char route[256], old[256];
		host->message(ctx, NETSTAT_STDERR, "%s\n", host->strerror(rc));
		host->message(ctx, NETSTAT_NOTICE,
			      "IPX routing not in file %s or %s found.\n",
			      host->proc_display(ctx, ROUTE_PATH, route,
						 sizeof route),
			      host->proc_display(ctx, OLD_ROUTE_PATH, old,
						 sizeof old));
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	host->section_begin(ctx, &ipx_route_section);
	const char *line;
	host->lines_next(lines, NULL); /* the header */
	while ((line = host->lines_next(lines, NULL)))
		emit_row(ctx, line);
	host->lines_close(lines);
	return 0;
}
