/*
 * Streams of documents, for the formats that write one document per pass
 * (json, yaml). A stream (--events, NETSTAT_REQ_STREAM) makes each record
 * a whole document of its own, written as it comes: readers get every
 * event at once, in the shape of any other document.
 *
 * A format writes its document callbacks once, in a struct netstat_format
 * of their own, and names these in the one it exports. Its state's first
 * member is a struct fmt_stream that points at those document callbacks.
 */
#ifndef FMT_STREAM_H
#define FMT_STREAM_H

#include <netstat/netstat.h>

struct fmt_stream {
	/* pass_begin, section_begin, row, section_end, pass_end of one
	 * document per pass; the other members are not used. */
	const struct netstat_format *document;
};

int fmt_stream_pass_begin(struct netstat_ctx *ctx, void *state,
			  const struct netstat_request *req,
			  struct netstat_text *out);
int fmt_stream_section_begin(struct netstat_ctx *ctx, void *state,
			     const struct netstat_request *req,
			     const struct netstat_section *section,
			     const size_t *columns, size_t n_columns,
			     struct netstat_text *out);
int fmt_stream_row(struct netstat_ctx *ctx, void *state,
		   const struct netstat_request *req,
		   const struct netstat_record *rec, const size_t *columns,
		   size_t n_columns, struct netstat_text *out);
int fmt_stream_section_end(struct netstat_ctx *ctx, void *state,
			   const struct netstat_request *req,
			   const struct netstat_section *section,
			   struct netstat_text *out);
int fmt_stream_pass_end(struct netstat_ctx *ctx, void *state,
			const struct netstat_request *req,
			struct netstat_text *out);

#endif
