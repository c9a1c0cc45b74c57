/* For authors of output formats: the interface a format implements. */
#ifndef NETSTAT_FORMAT_H
#define NETSTAT_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#include <netstat/error.h>
#include <netstat/host.h>
#include <netstat/options.h>
#include <netstat/request.h>
#include <netstat/section.h>
#include <netstat/text.h>

/** Which columns a format is shown (netstat_format.view). */
enum netstat_format_view {
	/** Every shown column but NETSTAT_COL_CLASSIC_ONLY ones. */
	NETSTAT_VIEW_STRUCTURED = 0,
	/** The net-tools view: every shown column but
	 *  NETSTAT_COL_STRUCTURED_ONLY ones, with the sections' classic
	 *  layouts. */
	NETSTAT_VIEW_CLASSIC = 1,
};

/**
 * The format interface (netstat_module.format).
 *
 * A format sees sections, columns and typed values, never which family
 * produced them. All callbacks append to `out`, the host's buffered
 * stdout; `columns` lists the indexes of the columns shown for this request
 * in this format's view; `state` is what init() stored. Each callback
 * returns 0 or a negative error (<netstat/error.h>); the host remembers the
 * first failure, as it does a failed write, and ends the run with
 * "netstat: output format `NAME': error text" and a non-zero status.
 */
struct netstat_format {
	size_t size;   /**< sizeof(struct netstat_format) */
	uint32_t view; /**< enum netstat_format_view */
	/** Called once after loading with the module's option values; may
	 *  store a state pointer in *state. May be NULL. */
	int (*init)(const struct netstat_host_api *host,
		    const struct netstat_option_value *options, void **state);
	/** Called before unloading; may be NULL. */
	void (*fini)(void *state);
	/** Start of one pass (each -c iteration is a pass). */
	int (*pass_begin)(struct netstat_ctx *ctx, void *state,
			  const struct netstat_request *req,
			  struct netstat_text *out);
	/** A section starts. */
	int (*section_begin)(struct netstat_ctx *ctx, void *state,
			     const struct netstat_request *req,
			     const struct netstat_section *section,
			     const size_t *columns, size_t n_columns,
			     struct netstat_text *out);
	/** One record of the current section. */
	int (*row)(struct netstat_ctx *ctx, void *state,
		   const struct netstat_request *req,
		   const struct netstat_record *rec, const size_t *columns,
		   size_t n_columns, struct netstat_text *out);
	/** The current section ends. */
	int (*section_end)(struct netstat_ctx *ctx, void *state,
			   const struct netstat_request *req,
			   const struct netstat_section *section,
			   struct netstat_text *out);
	/** A notice (see NETSTAT_NOTICE) to write in order with rows; NULL:
	 *  the host writes it to stderr. */
	int (*notice)(struct netstat_ctx *ctx, void *state, const char *text,
		      struct netstat_text *out);
	/** End of one pass. */
	int (*pass_end)(struct netstat_ctx *ctx, void *state,
			const struct netstat_request *req,
			struct netstat_text *out);
	/**
	 * ABI 2.2: the format renders connection reports only as
	 * aggregates (metrics). Returns the --group-by keys the host
	 * applies to a connection report when neither --group-by nor
	 * --count was given (keys no section of the report has are left
	 * out), or NULL for the records as they are. NULL member: never
	 * asked. Check `size` before reading it.
	 */
	const char *(*group_by)(void *state, const struct netstat_request *req);
};

#endif
