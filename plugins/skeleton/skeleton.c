/*
 * skeleton: the documented template for new family plugins (ABI 2). Copy
 * this directory, rename every "skeleton", and replace the parser; read it
 * with docs/plugin-guide.md beside you.
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
 * It shows every part of the module contract once:
 *   - an option of its own (`address_format`), declared in the descriptor
 *     and read by init() into the module's state;
 *   - a source whose `data` tells the list function which table to read;
 *   - host->table_open() for net-tools' rules on a missing table;
 *   - typed values built with the SDK's constructors;
 *   - columns that lay out the classic header themselves, and one classic
 *     cell renderer for a cell net-tools prints its own way.
 *
 * The module is declared in netstat.yaml with `enabled: false`: it is an
 * example, not something net-tools prints.
 *
 * House rules (ABI 2): no globals that change; the host is reached only
 * through the context (netstat_ctx_host(ctx)); run-time state lives in what
 * init() allocates; everything is static but the descriptor.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <netstat/netstat.h>

/* The kernel prints at most 32 address bytes (MAX_ADDR_LEN). */
#define MAX_ADDR_BYTES 32
#define IFNAME_MAX 64

/* --- options and state ------------------------------------------------ */

/*
 * The configuration keys the module accepts in the `options:` map of its
 * netstat.yaml entry, e.g.
 *
 *     - name: skeleton
 *       options:
 *         address_format: plain
 *
 * The host checks the map against this table (an unknown key or a word
 * not among `choices` is a config error naming FILE:LINE:COLUMN) and hands
 * init() one value per entry, in this order, defaults filled in. When not
 * set-uid, NETSTAT_ADDRESS_FORMAT in the environment overrides it.
 */
enum { OPT_ADDRESS_FORMAT, OPT_COUNT };

/* CHOICE values arrive as their index into `choices` (value.i). */
enum { ADDRESS_COLON, ADDRESS_PLAIN };
static const char *const address_formats[] = {"colon", "plain", NULL};

static const struct netstat_option options[OPT_COUNT] = {
	[OPT_ADDRESS_FORMAT] = {.key = "address_format",
				.type = NETSTAT_OPTION_CHOICE,
				.default_value = "colon",
				.help = "colon: 01:00:5e:00:00:01; plain: "
					"01005e000001, as the kernel writes it",
				.choices = address_formats},
};

/* What the list function needs between calls: here only the options'
 * values. A family with caches or open sockets keeps them here too. */
struct skeleton_state {
	bool plain_addresses;
};

/*
 * Called once after loading. Returns 0 or a negative NETSTAT_ERR_*; the
 * host then goes on without the module (or stops, if the config says
 * `required: true`). A family with nothing to keep sets .init = NULL.
 */
static int skeleton_init(const struct netstat_host_api *host,
			 const struct netstat_option_value *values,
			 void **state)
{
	struct skeleton_state *st = calloc(1, sizeof *st);
	if (!st)
		return NETSTAT_ERR_NOMEM;
	st->plain_addresses = values[OPT_ADDRESS_FORMAT].i == ADDRESS_PLAIN;
	*state = st;
	return 0;
}

/* Called before unloading with what init() stored. */
static void skeleton_fini(void *state)
{
	free(state);
}

/* --- the section: columns and their classic layout -------------------- */

/* Column indexes: records carry one value per column, in this order. */
enum { C_IFACE, C_INDEX, C_USERS, C_GLOBAL, C_ADDRESS, C_COUNT };

/*
 * A classic cell: how net-tools would print a value when the plain
 * rendering is not enough. It may read any value of the record (and only
 * the record: classic output must come from the typed values). Here the
 * "Users" cell folds in the global flag ("1 G"), which structured formats
 * get as a column of its own (C_GLOBAL).
 */
static void users_cell(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec, size_t column,
		       struct netstat_text *out)
{
	uint64_t users =
		netstat_value_uint(rec->values, rec->n_values, C_USERS, 0);
	uint64_t global =
		netstat_value_uint(rec->values, rec->n_values, C_GLOBAL, 0);
	netstat_text_printf(out, "%llu%s", (unsigned long long)users,
			    global ? " G" : "");
}

static const struct netstat_column columns[C_COUNT] = {
	/*
	 * key:     the field name structured formats (json, csv...) use;
	 *          stable once released, snake_case.
	 * title:   the classic column title.
	 * type:    enum netstat_type; every value of the column has it (or
	 *          is NETSTAT_T_NULL).
	 * when:    0 = always shown; NETSTAT_WHEN_EXTEND etc. tie a column
	 *          to -e, -p, -o.
	 * flags:   NETSTAT_COL_STRUCTURED_ONLY (classic never shows it as a
	 *          cell) or NETSTAT_COL_CLASSIC_ONLY.
	 * unit, measure: what a number means, for formats that care
	 *          (metrics): "bytes", "packets"...; counter or gauge.
	 * classic: the classic view's layout of the cell. width pads to it
	 *          (0: natural width); flags NETSTAT_CLASSIC_RIGHT,
	 *          _TRUNCATE, _NO_TITLE_PAD; sep is the text before the
	 *          cell; cell a renderer (NULL: the value's plain text).
	 *          The classic column-title line is these titles laid out
	 *          the same way, so header and rows cannot disagree.
	 */
	[C_IFACE] = {.key = "iface",
		     .title = "Iface",
		     .type = NETSTAT_T_STRING,
		     .classic = {.width = 15,
				 .flags = NETSTAT_CLASSIC_TRUNCATE,
				 .sep = ""}},
	[C_INDEX] = {.key = "index",
		     .title = "Index",
		     .type = NETSTAT_T_UINT,
		     .measure = NETSTAT_MEASURE_ATTRIBUTE,
		     .classic = {.width = 5,
				 .flags = NETSTAT_CLASSIC_RIGHT,
				 .sep = " "}},
	[C_USERS] = {.key = "users",
		     .title = "Users",
		     .type = NETSTAT_T_UINT,
		     .measure = NETSTAT_MEASURE_GAUGE,
		     .classic = {.width = 5, .sep = " ", .cell = users_cell}},
	/* Folded into the Users cell: no classic column of its own. */
	[C_GLOBAL] = {.key = "global",
		      .title = "Global",
		      .type = NETSTAT_T_UINT,
		      .measure = NETSTAT_MEASURE_GAUGE,
		      .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_ADDRESS] = {.key = "address",
		       .title = "Address",
		       .type = NETSTAT_T_ADDRESS,
		       .classic = {.sep = " "}},
};

/* The classic title line(s). Without a title function the classic view
 * prints `title` and a newline. */
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
	/* title: the plain title structured formats show. */
	.title = "Link-layer multicast memberships",
	/* order: where the section goes among the others; out-of-tree
	 * families use NETSTAT_ORDER_VENDOR or later. */
	.order = NETSTAT_ORDER_VENDOR,
	/* flags: NETSTAT_SECTION_EAGER would print the header before the
	 * file is opened (as net-tools does for Internet and UNIX). */
	.flags = 0,
	.columns = columns,
	.n_columns = C_COUNT,
	/*
	 * classic: the classic view of the section. flags
	 * NETSTAT_CLASSIC_NO_COLUMN_LINE (no column line, or the title
	 * function writes one that changes with the request) and
	 * _HEADER_ONCE (header on the first -c pass only); column_line, a
	 * fixed line where net-tools' differs from the columns' titles; row,
	 * a renderer of whole rows (multi-line blocks, sentences) where cell
	 * by cell will not do. Here: the title function only.
	 */
	.classic = {.title = skeleton_title},
};

/* --- reading the table ------------------------------------------------ */

/*
 * A source's read-only data (netstat_source.data): which table it reads
 * and the word net-tools' "no support for `WHAT'" message names. One list
 * function can serve several sources this way (tcp, udp, raw...).
 */
struct skeleton_table {
	const char *path; /* below the proc root: the host adds /proc */
	const char *what;
};

static const struct skeleton_table dev_mcast = {
	.path = "net/dev_mcast",
	.what = "skeleton",
};

/* "01005e000001" -> "01:00:5e:00:00:01" (or kept as it is, `plain`);
 * false on anything but pairs of hex digits. */
static bool hex_address(const char *hex, size_t len, bool plain, char *buf,
			size_t size)
{
	if (len == 0 || len % 2 || len / 2 > MAX_ADDR_BYTES ||
	    size < len / 2 * 3)
		return false;
	size_t n = 0;
	for (size_t i = 0; i < len; i += 2) {
		if (netstat_hex_digit(hex[i]) < 0 ||
		    netstat_hex_digit(hex[i + 1]) < 0)
			return false;
		if (n && !plain)
			buf[n++] = ':';
		buf[n++] = hex[i];
		buf[n++] = hex[i + 1];
	}
	buf[n] = '\0';
	return true;
}

/* One line of the file into a record; false when it is malformed.
 * Never trust the kernel's field count or widths. */
static bool emit_line(struct netstat_ctx *ctx, const struct skeleton_state *st,
		      const char *line)
{
	const char *p = line, *word;
	uint64_t index, users, global;
	char name[IFNAME_MAX], addr[MAX_ADDR_BYTES * 3];

	/* <netstat/parse.h>: each helper moves p past what it read and
	 * fails (rather than wraps) on overflow. */
	if (!netstat_parse_udec(&p, &index) ||
	    !netstat_token_copy(&p, name, sizeof name) ||
	    !netstat_parse_udec(&p, &users) || !netstat_parse_udec(&p, &global))
		return false;
	size_t n = netstat_token(&p, &word);
	if (!hex_address(word, n, st->plain_addresses, addr, sizeof addr))
		return false;

	/* Typed values: numbers stay numbers, the address an address. Fill
	 * every column, shown or not (netstat_v_null() when absent). */
	struct netstat_value v[C_COUNT];
	v[C_IFACE] = netstat_v_str(name);
	v[C_INDEX] = netstat_v_uint(index);
	v[C_USERS] = netstat_v_uint(users);
	v[C_GLOBAL] = netstat_v_uint(global);
	v[C_ADDRESS] = netstat_v_text_address(addr);

	struct netstat_record rec = {
		.section = &skeleton_section,
		.values = v,
		.n_values = C_COUNT,
	};
	/* The host renders or copies the record before emit() returns, so
	 * stack buffers are fine. */
	netstat_ctx_host(ctx)->emit(ctx, &rec);
	return true;
}

/*
 * The source's list function: reads the table and emits its records.
 * `state` is what init() stored; `src->data` the source's own data.
 * Returns 0 (the run goes on), an exit status that ends the run
 * (NETSTAT_EXIT_UNAVAILABLE, _READ_ERROR...; with NETSTAT_EXIT_DEFERRED
 * it ends only after the other sources of the selector), or a negative
 * error, which the host reports.
 */
static int skeleton_list(struct netstat_ctx *ctx,
			 const struct netstat_request *req,
			 const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	const struct skeleton_table *table = src->data;
	struct netstat_lines *lines;
	/*
	 * net-tools' rules for a table that cannot be opened (reference
	 * §3.2): a missing one is "netstat: no support for `skeleton' on
	 * this system." when the family was named (status 1) or under -v;
	 * any other error is "/proc/net/dev_mcast: <error>" and status 255.
	 * lines is NULL then, and rc what to return.
	 */
	int rc =
		host->table_open(ctx, req, table->path, table->what, 0, &lines);
	if (!lines)
		return rc;
	/* The header is printed even when the file has no lines. */
	host->section_begin(ctx, &skeleton_section);
	const char *line;
	while ((line = host->lines_next(lines, NULL))) {
		if (!emit_line(ctx, state, line))
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
		/* data: handed to list() as src->data. */
		.data = &dev_mcast,
	},
};

static const struct netstat_family skeleton_family = {
	/* size: lets a newer host see which members this module knows. */
	.size = sizeof(struct netstat_family),
	.init = skeleton_init,
	.fini = skeleton_fini,
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
	.options = options,
	.n_options = OPT_COUNT,
	.family = &skeleton_family,
};
