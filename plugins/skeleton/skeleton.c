/*
 * skeleton: a documented template for new family plugins. Copy this
 * directory, rename every "skeleton", and replace the parser.
 *
 * It lists the link-layer multicast addresses of /proc/net/dev_mcast
 * (`netstat -A skeleton`), one row per line of the file:
 *
 *   2    eth0            1     0     01005e000001
 *   ifindex name       users global address (hex bytes)
 *
 * as the classic table
 *
 *   Link-layer multicast memberships (skeleton)
 *   Iface           Index Users Address
 *   eth0                2 1     01:00:5e:00:00:01
 *
 * The module is declared in netstat.yaml with `enabled: false`: it is an
 * example, not something net-tools prints. See docs/plugin-guide.md.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <netstat/netstat.h>

/* Below the proc root: the host prefixes /proc, or --proc-root. */
#define SKELETON_PATH "net/dev_mcast"

/* The kernel prints at most 32 address bytes (MAX_ADDR_LEN). */
#define MAX_ADDR_BYTES 32
#define IFNAME_MAX 64

/* The host API table, kept by init: the only way to reach the host. */
static const struct netstat_host_api *host;

static int skeleton_init(const struct netstat_host_api *h)
{
	/* Refuse a host of another major ABI: its table has another shape. */
	if (h->abi_major != NETSTAT_ABI_MAJOR)
		return NETSTAT_ERR_ABI;
	host = h;
	return 0;
}

/* Column indexes: records carry one value per column, in this order. */
enum { C_IFACE, C_INDEX, C_USERS, C_GLOBAL, C_ADDRESS, C_COUNT };

/*
 * A classic cell: how net-tools would print a value when plain rendering
 * is not enough. Here the "Users" cell folds in the global flag ("1 G"),
 * which structured formats get as a column of its own (C_GLOBAL).
 */
static void users_cell(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec, size_t column,
		       struct netstat_text *out)
{
	const struct netstat_value *users = &rec->values[C_USERS];
	const struct netstat_value *global = &rec->values[C_GLOBAL];
	char text[32];
	snprintf(text, sizeof text, "%llu%s", (unsigned long long)users->v.u,
		 global->type == NETSTAT_T_UINT && global->v.u ? " G" : "");
	netstat_text_pad(out, text, 5);
}

static const struct netstat_column columns[C_COUNT] = {
	/*
	 * key:   the field name structured formats (json, csv...) use;
	 *        stable once released, snake_case.
	 * title: the classic header text.
	 * type:  enum netstat_type; every value of the column has it (or
	 *        is NETSTAT_T_NULL).
	 * width: classic pads the cell to it (0: natural width).
	 * sep:   classic text before the cell.
	 * flags: classic alignment and truncation (NETSTAT_COL_*).
	 * when:  0 = always shown; NETSTAT_WHEN_EXTEND etc. tie a column
	 *        to -e, -p, -o.
	 */
	[C_IFACE] = {.key = "iface",
		     .title = "Iface",
		     .type = NETSTAT_T_STRING,
		     .width = 15,
		     .flags = NETSTAT_COL_TRUNCATE,
		     .sep = ""},
	[C_INDEX] = {.key = "index",
		     .title = "Index",
		     .type = NETSTAT_T_UINT,
		     .width = 5,
		     .flags = NETSTAT_COL_RIGHT,
		     .sep = " "},
	/* classic: a cell renderer of its own (see users_cell). */
	[C_USERS] = {.key = "users",
		     .title = "Users",
		     .type = NETSTAT_T_UINT,
		     .width = 5,
		     .sep = " ",
		     .classic = users_cell},
	/* ABI 1.1: a value classic never prints as a column. */
	[C_GLOBAL] = {.key = "global",
		      .title = "Global",
		      .type = NETSTAT_T_UINT,
		      .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_ADDRESS] = {.key = "address",
		       .title = "Address",
		       .type = NETSTAT_T_ADDRESS,
		       .sep = " "},
};

/* The classic title line(s); NULL would print `title` as is. */
static void skeleton_title(struct netstat_ctx *ctx,
			   const struct netstat_request *req,
			   struct netstat_text *out)
{
	netstat_text_puts(out, "Link-layer multicast memberships (skeleton)\n");
}

static const struct netstat_section skeleton_section = {
	/* key: the section's stable id in structured output; sections of
	 * several modules with one key are one section. */
	.key = "skeleton",
	.title = "Link-layer multicast memberships",
	/* order: where the section goes among the others; out-of-tree
	 * families use NETSTAT_ORDER_VENDOR or later. */
	.order = NETSTAT_ORDER_VENDOR,
	/* flags: NETSTAT_SECTION_EAGER would print the header before the
	 * file is opened (as net-tools does for Internet and UNIX). */
	.flags = 0,
	.columns = columns,
	.n_columns = C_COUNT,
	.classic_title = skeleton_title,
};

/* "01005e000001" -> "01:00:5e:00:00:01"; false on anything else. */
static bool hex_address(const char *hex, size_t len, char *buf, size_t size)
{
	if (len == 0 || len % 2 || len / 2 > MAX_ADDR_BYTES ||
	    size < len / 2 * 3)
		return false;
	size_t n = 0;
	for (size_t i = 0; i < len; i += 2) {
		if (netstat_hex_digit(hex[i]) < 0 ||
		    netstat_hex_digit(hex[i + 1]) < 0)
			return false;
		if (n)
			buf[n++] = ':';
		buf[n++] = hex[i];
		buf[n++] = hex[i + 1];
	}
	buf[n] = '\0';
	return true;
}

/* One line of the file into a record; false when it is malformed.
 * Never trust the kernel's field count or widths. */
static bool emit_line(struct netstat_ctx *ctx, const char *line)
{
	const char *p = line, *word;
	uint64_t index, users, global;
	char name[IFNAME_MAX], addr[MAX_ADDR_BYTES * 3];

	if (!netstat_parse_udec(&p, &index))
		return false;
	size_t n = netstat_token(&p, &word);
	if (n == 0 || n >= sizeof name)
		return false;
	memcpy(name, word, n);
	name[n] = '\0';
	if (!netstat_parse_udec(&p, &users) || !netstat_parse_udec(&p, &global))
		return false;
	n = netstat_token(&p, &word);
	if (!hex_address(word, n, addr, sizeof addr))
		return false;

	/* Typed values: numbers stay numbers, the address an address. */
	struct netstat_value v[C_COUNT];
	v[C_IFACE] = netstat_v_str(name);
	v[C_INDEX] = netstat_v_uint(index);
	v[C_USERS] = netstat_v_uint(users);
	v[C_GLOBAL] = netstat_v_uint(global);
	v[C_ADDRESS] = (struct netstat_value){.type = NETSTAT_T_ADDRESS};
	v[C_ADDRESS].v.addr.family = NETSTAT_ADDR_TEXT;
	v[C_ADDRESS].v.addr.text = addr;

	struct netstat_record rec = {
		.section = &skeleton_section,
		.values = v,
		.n_values = C_COUNT,
	};
	/* The host copies or renders the record before emit returns, so
	 * stack buffers are fine. */
	host->emit(ctx, &rec);
	return true;
}

/*
 * The source's list function. Returns 0 (go on), an exit status that
 * ends the run (1..255), or NETSTAT_STATUS_DEFERRED | status to end it
 * after the other sources with the same selector have run.
 */
static int skeleton_list(struct netstat_ctx *ctx,
			 const struct netstat_request *req,
			 const struct netstat_source *src)
{
	struct netstat_lines *lines;
	int rc = host->lines_open(ctx, SKELETON_PATH, &lines);
	if (rc < 0) {
		/* A missing table means the kernel lacks the feature: say
		 * so in net-tools' words, and fail only when asked for. */
		if (rc == -ENOENT) {
			host->message(ctx, NETSTAT_STDERR,
				      "netstat: no support for `%s' on this "
				      "system.\n",
				      src->family);
		} else {
			char shown[256];
			host->message(ctx, NETSTAT_STDERR, "%s: %s\n",
				      host->proc_display(ctx, SKELETON_PATH,
							 shown, sizeof shown),
				      host->errno_text(-rc));
		}
		return req->explicit_count > 0 ? 1 : 0;
	}
	/* The header is printed even when the file has no lines. */
	host->section_begin(ctx, &skeleton_section);
	const char *line;
	while ((line = host->lines_next(lines, NULL))) {
		if (!emit_line(ctx, line))
			host->message(ctx, NETSTAT_STDERR,
				      "warning, got bogus skeleton line.\n");
	}
	host->lines_close(lines);
	return 0;
}

static const struct netstat_source sources[] = {
	{
		/* name: shown in messages. */
		.name = "skeleton",
		/* selector: the keyword that selects it; with `family` this
		 * makes `-A skeleton` run it. */
		.selector = "skeleton",
		/* family: the owning family keyword (the module name for an
		 * out-of-tree family). */
		.family = "skeleton",
		/* report: which listing it fills (enum netstat_report). */
		.report = NETSTAT_REPORT_CONNECTIONS,
		.section = &skeleton_section,
		/* order: position among the sources of the same section. */
		.order = 0,
		/* flags: NETSTAT_SOURCE_DEFAULT would run it in the default
		 * listing too; an example must not. */
		.flags = 0,
		.list = skeleton_list,
	},
};

static const struct netstat_family skeleton_family = {
	/* size: lets a newer host see which members this module knows. */
	.size = sizeof(struct netstat_family),
	.init = skeleton_init,
	.fini = NULL, /* nothing to free */
	.sources = sources,
	.n_sources = sizeof sources / sizeof sources[0],
};

/* The one exported symbol: skeleton_LTX_netstat_module. */
NETSTAT_MODULE(skeleton) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "skeleton", /* must equal the file name skeleton.la/.so */
	.description = "template family plugin: link-layer multicast "
		       "memberships (/proc/net/dev_mcast)",
	.family = &skeleton_family,
};
