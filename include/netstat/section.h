/* For modules and formats: sections, columns and records. */
#ifndef NETSTAT_SECTION_H
#define NETSTAT_SECTION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <netstat/request.h>
#include <netstat/value.h>

struct netstat_ctx;
struct netstat_record;
struct netstat_text;

/** When a column is shown (netstat_column.when); 0 = always. */
enum netstat_column_when {
	NETSTAT_WHEN_EXTEND = 1u << 0,	 /**< -e given */
	NETSTAT_WHEN_PROGRAMS = 1u << 1, /**< -p or -Z given */
	NETSTAT_WHEN_CONTEXT = 1u << 2,	 /**< -Z given */
	NETSTAT_WHEN_TIMERS = 1u << 3,	 /**< -o given */
	NETSTAT_WHEN_EXTEND2 = 1u << 4,	 /**< -e given twice or more */
	/** --info given (ABI 2.2): the column exists only then, in every
	 *  format, so rows do not carry dozens of nulls without it. */
	NETSTAT_WHEN_INFO = 1u << 5,
	NETSTAT_WHEN_MEMORY = 1u << 6, /**< --memory given (ABI 2.2) */
};

/** Which views show a column (netstat_column.flags). */
enum netstat_column_flag {
	/** Not a classic column: only structured formats show it (values
	 *  net-tools folds into another column or never prints). */
	NETSTAT_COL_STRUCTURED_ONLY = 1u << 0,
	/** Only the classic view shows it: a value net-tools needs in a
	 *  form the structured columns already carry another way. */
	NETSTAT_COL_CLASSIC_ONLY = 1u << 1,
	/** (ABI 2.2) Not a column of the classic table: when shown, classic
	 *  writes it as a `key:value` item of the one indented detail line
	 *  that follows the row (nulls left out). Structured formats show
	 *  it as any other column. Used with NETSTAT_WHEN_INFO/_MEMORY. */
	NETSTAT_COL_DETAIL = 1u << 2,
	/* ABI 2.2: what metrics formats (prometheus, openmetrics) make of a
	 * column beyond its measure (docs/openmetrics.md). */
	/** The value (text) is part of the metric's name, not a label: in a
	 *  section of name-value records each record is another quantity
	 *  (the -s counters: group and counter name). */
	NETSTAT_COL_METRIC_NAME = 1u << 3,
	/** The record's one value: the metric is named by the report and
	 *  the NETSTAT_COL_METRIC_NAME columns, not by this column's key
	 *  (a -s counter's value, a group's count). */
	NETSTAT_COL_METRIC_VALUE = 1u << 4,
	/** Never a label: a text that restates the values (a sentence
	 *  holding the number) or changes on every run. */
	NETSTAT_COL_METRIC_OMIT = 1u << 5,
	/** A NETSTAT_T_UINT holding, per record, the enum netstat_measure
	 *  of the record's samples where it differs from the columns' own
	 *  (0: theirs): a -s gauge among counters. No view shows it as a
	 *  field; metrics formats read it from the record. */
	NETSTAT_COL_ROW_MEASURE = 1u << 6,
	/** (ABI 2.2) Identifies a record among its section's records from
	 *  one pass to the next (an interface name; a group and counter
	 *  name): --rate and --delta match records by the values of these
	 *  columns. A section without one is not rated. */
	NETSTAT_COL_KEY = 1u << 7,
	/** (ABI 2.3) The column's `when` gates the classic view only:
	 *  structured formats always carry it. For values the kernel
	 *  always gives that net-tools prints only with an option (the
	 *  User and Inode of -e, the Timer of -o). */
	NETSTAT_COL_ALWAYS_STRUCTURED = 1u << 8,
};

/** What a numeric column measures (netstat_column.measure), for formats
 *  that tell counters from gauges (metrics). */
enum netstat_measure {
	/** Not declared. Metrics formats write such a numeric column as an
	 *  untyped sample (docs/openmetrics.md); declare identifiers and
	 *  attributes NETSTAT_MEASURE_ATTRIBUTE. */
	NETSTAT_MEASURE_NONE = 0,
	NETSTAT_MEASURE_GAUGE = 1,   /**< a level that goes up and down */
	NETSTAT_MEASURE_COUNTER = 2, /**< only grows (until a reset) */
	/** ABI 2.2: a number that identifies or describes (an inode, a
	 *  flag word, a route metric): metrics formats make it a label. */
	NETSTAT_MEASURE_ATTRIBUTE = 3,
};

/** What a column is to queries that name ends rather than columns
 *  (netstat_column.role): --filter's `src`/`sport` mean the LOCAL column,
 *  `dst`/`dport` the REMOTE one, whatever the family calls them. */
enum netstat_column_role {
	NETSTAT_ROLE_NONE = 0,
	NETSTAT_ROLE_LOCAL = 1,	 /**< the local end (an endpoint or address) */
	NETSTAT_ROLE_REMOTE = 2, /**< the remote end */
};

/** Classic alignment knobs of a column (netstat_classic_column.flags). */
enum netstat_classic_flag {
	NETSTAT_CLASSIC_RIGHT = 1u << 0,	/**< right-justify */
	NETSTAT_CLASSIC_TRUNCATE = 1u << 1,	/**< cut text to width */
	NETSTAT_CLASSIC_NO_TITLE_PAD = 1u << 2, /**< title not padded */
};

/**
 * Renders one cell the way net-tools does, into `out`, from the record's
 * typed values only. Used by the classic format where a plain rendering
 * of the value is not what net-tools prints (shortened addresses, timer
 * texts...).
 */
typedef void (*netstat_classic_cell_fn)(struct netstat_ctx *ctx,
					const struct netstat_request *req,
					const struct netstat_record *rec,
					size_t column,
					struct netstat_text *out);

/** How the classic view lays a column out. */
struct netstat_classic_column {
	int width;		      /**< pad to it; 0 = natural width */
	uint32_t flags;		      /**< enum netstat_classic_flag */
	const char *sep;	      /**< text before the cell ("" or " ") */
	netstat_classic_cell_fn cell; /**< NULL: the value's plain text */
};

/** One column of a section. */
struct netstat_column {
	const char *key; /**< structured formats' field name: "local_address" */
	const char *title; /**< classic column title: "Local Address" */
	uint32_t type;	   /**< enum netstat_type of its values (or NULL) */
	uint32_t when;	   /**< enum netstat_column_when: 0 = always shown */
	uint32_t flags;	   /**< enum netstat_column_flag */
	const char *unit;  /**< "bytes", "seconds", "packets"...; NULL: none */
	uint32_t measure;  /**< enum netstat_measure */
	uint32_t role;	   /**< enum netstat_column_role */
	struct netstat_classic_column classic;
};

/** Section flags (netstat_section.flags). */
enum netstat_section_flag {
	/** The header is printed before any source opens its file. */
	NETSTAT_SECTION_EAGER = 1u << 0,
};

/** Classic knobs of a section (netstat_classic_layout.flags). */
enum netstat_classic_section_flag {
	/** No column-title line: net-tools prints none, or the title
	 *  function writes it because it changes with the request. */
	NETSTAT_CLASSIC_NO_COLUMN_LINE = 1u << 0,
	/** Title and column line only on the first -c pass. */
	NETSTAT_CLASSIC_HEADER_ONCE = 1u << 1,
	/** Widths come from the rows: the classic format holds the
	 *  section's rows and pads each column to its widest cell (tables
	 *  of the host's own, such as --group-by results). */
	NETSTAT_CLASSIC_MEASURE = 1u << 2,
};

/** Writes the classic title lines of a section (each ending in '\n'). */
typedef void (*netstat_classic_title_fn)(struct netstat_ctx *ctx,
					 const struct netstat_request *req,
					 struct netstat_text *out);

/** Writes a whole classic row (ending in '\n') from the record's typed
 *  values: multi-line rows, sentence templates. */
typedef void (*netstat_classic_row_fn)(struct netstat_ctx *ctx,
				       const struct netstat_request *req,
				       const struct netstat_record *rec,
				       struct netstat_text *out);

/**
 * How the classic view prints a section. By default: the section title,
 * then the column-title line made from the shown columns' titles, widths
 * and separators, then one line per record, cell by cell.
 */
struct netstat_classic_layout {
	uint32_t flags; /**< enum netstat_classic_section_flag */
	netstat_classic_title_fn title; /**< NULL: `title` and a newline */
	/** The column-title line (without its newline) where net-tools'
	 *  differs from the columns' own titles laid out; NULL: made from
	 *  the columns. */
	const char *column_line;
	netstat_classic_row_fn row; /**< NULL: cell by cell */
};

/**
 * A section: one table of the output. Several sources (even of several
 * families) may feed one section; the host orders sections by `order`.
 * Sections are identified by `key`: definitions with the same key (say, in
 * the inet and inet6 modules) are one section, and the first one begun
 * supplies the header.
 */
struct netstat_section {
	const char *key;   /**< stable id for structured formats: "internet" */
	const char *title; /**< plain title: "Active Internet connections" */
	int order;	   /**< position among sections (NETSTAT_ORDER_*) */
	uint32_t flags;	   /**< enum netstat_section_flag */
	const struct netstat_column *columns;
	size_t n_columns;
	struct netstat_classic_layout classic;
};

/**
 * Well-known section positions of the connection listing, in net-tools
 * order. Out-of-tree families pick a value between or after them.
 */
enum netstat_section_order {
	NETSTAT_ORDER_INTERNET = 100,
	NETSTAT_ORDER_GROUPS = 200,
	NETSTAT_ORDER_UNIX = 300,
	NETSTAT_ORDER_IPX = 400,
	NETSTAT_ORDER_AX25 = 500,
	NETSTAT_ORDER_X25 = 600,
	NETSTAT_ORDER_NETROM = 700,
	NETSTAT_ORDER_ROSE = 800,
	NETSTAT_ORDER_BLUETOOTH = 900,
	NETSTAT_ORDER_VENDOR = 1000,
};

/**
 * One record: a value per column of its section, in column order. Every
 * view renders from these values alone. Values of columns not shown for
 * this request may be NETSTAT_T_NULL.
 */
struct netstat_record {
	const struct netstat_section *section;
	const struct netstat_value *values;
	size_t n_values;
};

/** True when column `c` is shown for request `r` (see netstat_column.when). */
static inline bool netstat_column_shown(const struct netstat_column *c,
					const struct netstat_request *r)
{
	uint32_t w = c->when;
	if ((w & NETSTAT_WHEN_EXTEND) && r->extend < 1)
		return false;
	if ((w & NETSTAT_WHEN_EXTEND2) && r->extend < 2)
		return false;
	if ((w & NETSTAT_WHEN_PROGRAMS) &&
	    !(r->flags & (NETSTAT_REQ_PROGRAMS | NETSTAT_REQ_CONTEXT)))
		return false;
	if ((w & NETSTAT_WHEN_CONTEXT) && !(r->flags & NETSTAT_REQ_CONTEXT))
		return false;
	if ((w & NETSTAT_WHEN_TIMERS) && !(r->flags & NETSTAT_REQ_TIMERS))
		return false;
	if ((w & NETSTAT_WHEN_INFO) && !(r->flags & NETSTAT_REQ_INFO))
		return false;
	if ((w & NETSTAT_WHEN_MEMORY) && !(r->flags & NETSTAT_REQ_MEMORY))
		return false;
	return true;
}

#endif
