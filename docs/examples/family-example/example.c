/*
 * example: a tiny out-of-tree family plugin for netstat, as an example.
 *
 * `netstat -A example` lists the kernel's packet type handlers from
 * /proc/net/ptype (below the proc root, so --proc-root works):
 *
 *   Type Device      Function
 *   ALL  eth0     packet_rcv
 *   0800          ip_rcv
 *
 * It uses only the installed SDK (<netstat/netstat.h>, ABI 2); it keeps no
 * state, so it needs no init or fini, and reaches the host through the
 * context of each call. Everything is static but the descriptor. See
 * docs/plugin-guide.md and, for every member explained, the in-tree
 * template plugins/skeleton/skeleton.c.
 */
#include <stdbool.h>
#include <string.h>

#include <netstat/netstat.h>

#define PTYPE_PATH "net/ptype"
#define WORD_MAX 128

enum { C_TYPE, C_DEVICE, C_FUNCTION, C_COUNT };

/* The classic header line is these titles laid out like the cells. */
static const struct netstat_column columns[C_COUNT] = {
	[C_TYPE] = {.key = "type",
		    .title = "Type",
		    .type = NETSTAT_T_STRING,
		    .classic = {.width = 4, .sep = ""}},
	[C_DEVICE] = {.key = "device",
		      .title = "Device",
		      .type = NETSTAT_T_STRING,
		      .classic = {.width = 8, .sep = " "}},
	[C_FUNCTION] = {.key = "function",
			.title = "Function",
			.type = NETSTAT_T_STRING,
			.classic = {.sep = " "}},
};

static const struct netstat_section example_section = {
	.key = "example",
	.title = "Packet type handlers (example)",
	/* After every net-tools section. */
	.order = NETSTAT_ORDER_VENDOR + 10,
	.columns = columns,
	.n_columns = C_COUNT,
};

/* Copies the next blank-delimited word into buf; false when none. */
static bool next_word(const char **p, char *buf)
{
	const char *start;
	size_t n = netstat_token(p, &start);
	if (n == 0)
		return false;
	if (n >= WORD_MAX)
		n = WORD_MAX - 1;
	memcpy(buf, start, n);
	buf[n] = '\0';
	return true;
}

/* "0800 eth0     ip_rcv" or "0800          ip_rcv": the device field
 * starts at offset 5 and is blank for handlers of every device. */
static bool emit_line(struct netstat_ctx *ctx, const char *line, size_t len)
{
	char type[WORD_MAX], device[WORD_MAX] = "", function[WORD_MAX];
	const char *p = line;
	if (!next_word(&p, type))
		return false;
	if (len > 5 && !netstat_is_blank(line[5]) && !next_word(&p, device))
		return false;
	if (!next_word(&p, function))
		return false;

	struct netstat_value v[C_COUNT];
	v[C_TYPE] = netstat_v_str(type);
	v[C_DEVICE] = device[0] ? netstat_v_str(device) : netstat_v_null();
	v[C_FUNCTION] = netstat_v_str(function);
	struct netstat_record rec = {
		.section = &example_section,
		.values = v,
		.n_values = C_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
	return true;
}

static int example_list(struct netstat_ctx *ctx,
			const struct netstat_request *req,
			const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	/* Missing: "netstat: no support for `example' on this system." and
	 * status 1 (-A example named it); other errors: "/proc/net/ptype:
	 * <error>" and status 255. */
	int rc = host->table_open(ctx, req, PTYPE_PATH, "example", 0, &lines);
	if (!lines)
		return rc;
	host->section_begin(ctx, &example_section);
	size_t len;
	const char *line = host->lines_next(lines, NULL); /* the header */
	while (line && (line = host->lines_next(lines, &len)))
		if (!emit_line(ctx, line, len))
			host->message(ctx, NETSTAT_STDERR,
				      "warning, got bogus ptype line.\n");
	host->lines_close(lines);
	return 0;
}

static const struct netstat_source sources[] = {
	{
		.name = "ptype",
		.selector = "example",
		.family = "example",
		.report = NETSTAT_REPORT_CONNECTIONS,
		.section = &example_section,
		.list = example_list,
	},
};

static const struct netstat_family example_family = {
	.size = sizeof(struct netstat_family),
	.sources = sources,
	.n_sources = sizeof sources / sizeof sources[0],
};

NETSTAT_MODULE(example) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "example",
	.description = "packet type handlers (/proc/net/ptype; example)",
	.family = &example_family,
};
