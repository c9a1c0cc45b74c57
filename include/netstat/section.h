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
};

/** Column flags. */
enum netstat_column_flag {
	NETSTAT_COL_RIGHT = 1u << 0,	    /**< classic: right-justify */
	NETSTAT_COL_TRUNCATE = 1u << 1,	    /**< classic: cut text to width */
	NETSTAT_COL_NO_TITLE_PAD = 1u << 2, /**< classic: title not padded */
	/** Not a classic column: only structured formats show it (values
	 *  net-tools folds into another column or never prints). */
	NETSTAT_COL_STRUCTURED_ONLY = 1u << 3,
};

/**
 * Renders one cell the way net-tools does, into `out`.
 * Used by the classic format where a plain rendering of the typed value is
 * not what net-tools prints (shortened addresses, timer texts...).
 */
typedef void (*netstat_classic_cell_fn)(struct netstat_ctx *ctx,
					const struct netstat_request *req,
					const struct netstat_record *rec,
					size_t column,
					struct netstat_text *out);

/** One column of a section. */
struct netstat_column {
	const char *key; /**< structured formats' field name: "local_address" */
	const char *title; /**< classic header text: "Local Address" */
	uint32_t type;	   /**< enum netstat_type of its values (or NULL) */
	uint32_t when;	   /**< enum netstat_column_when: 0 = always shown */
	int width;	   /**< classic width (pad to it; 0 = natural) */
	uint32_t flags;	   /**< enum netstat_column_flag */
	const char *sep;   /**< classic text before the cell ("" or " ") */
	netstat_classic_cell_fn classic; /**< optional net-tools rendering */
};

/** Section flags. */
enum netstat_section_flag {
	/** The header is printed before any source opens its file. */
	NETSTAT_SECTION_EAGER = 1u << 0,
	/** classic: no column-title line (the title text holds it). */
	NETSTAT_SECTION_NO_COLUMN_LINE = 1u << 1,
	/** classic: header only on the first -c pass. */
	NETSTAT_SECTION_HEADER_ONCE = 1u << 2,
};

/** Writes the classic title lines of a section (each ending in '\n'). */
typedef void (*netstat_classic_title_fn)(struct netstat_ctx *ctx,
					 const struct netstat_request *req,
					 struct netstat_text *out);

/** Writes a whole classic row (ending in '\n'), for multi-line rows. */
typedef void (*netstat_classic_row_fn)(struct netstat_ctx *ctx,
				       const struct netstat_request *req,
				       const struct netstat_record *rec,
				       struct netstat_text *out);

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
	netstat_classic_title_fn classic_title; /**< NULL: print `title` */
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
 * One record: a value per column of its section, in column order.
 * Values of columns not shown for this request may be NETSTAT_T_NULL.
 */
struct netstat_record {
	const struct netstat_section *section;
	const struct netstat_value *values;
	size_t n_values;
	/** classic: render the whole row (NULL: cell by cell). */
	netstat_classic_row_fn classic_row;
	/** source-private data for classic_row / classic cells. */
	const void *priv;
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
	return true;
}

#endif
