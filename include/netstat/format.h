/* For authors of output formats: the interface a format implements. */
#ifndef NETSTAT_FORMAT_H
#define NETSTAT_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#include <netstat/host.h>
#include <netstat/request.h>
#include <netstat/section.h>
#include <netstat/text.h>

/**
 * The format interface (netstat_module.format).
 *
 * A format sees sections, columns and typed values, never which family
 * produced them. All callbacks append to `out`, the host's buffered
 * stdout; `columns` lists the indexes of the columns shown for this request.
 * Each callback returns 0 or a negative NETSTAT_ERR_*.
 */
struct netstat_format {
	size_t size; /**< sizeof(struct netstat_format) */
	/** Called once after loading; may be NULL. */
	int (*init)(const struct netstat_host_api *host);
	/** Called before unloading; may be NULL. */
	void (*fini)(void);
	/** Start of one pass (each -c iteration is a pass). */
	int (*pass_begin)(struct netstat_ctx *ctx,
			  const struct netstat_request *req,
			  struct netstat_text *out);
	/** A section starts. */
	int (*section_begin)(struct netstat_ctx *ctx,
			     const struct netstat_request *req,
			     const struct netstat_section *section,
			     const size_t *columns, size_t n_columns,
			     struct netstat_text *out);
	/** One record of the current section. */
	int (*row)(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_record *rec, const size_t *columns,
		   size_t n_columns, struct netstat_text *out);
	/** The current section ends. */
	int (*section_end)(struct netstat_ctx *ctx,
			   const struct netstat_request *req,
			   const struct netstat_section *section,
			   struct netstat_text *out);
	/** A notice (see NETSTAT_NOTICE) to write in order with rows; NULL:
	 *  the host writes it to stderr. */
	int (*notice)(struct netstat_ctx *ctx, const char *text,
		      struct netstat_text *out);
	/** End of one pass. */
	int (*pass_end)(struct netstat_ctx *ctx,
			const struct netstat_request *req,
			struct netstat_text *out);
};

#endif
