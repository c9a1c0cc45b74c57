/* See fmt_stream.h. Outside a stream each call is the document's own; in
 * one, a row is a pass of its own and the pass and section calls around
 * it write nothing. */
#include "formats/common/fmt_stream.h"

static const struct netstat_format *document(void *state)
{
	const struct fmt_stream *stream = state; /* the state's first member */
	return stream->document;
}

static bool streaming(const struct netstat_request *req)
{
	return netstat_request_has(req, NETSTAT_REQ_STREAM);
}

int fmt_stream_pass_begin(struct netstat_ctx *ctx, void *state,
			  const struct netstat_request *req,
			  struct netstat_text *out)
{
	return streaming(req)
		       ? 0
		       : document(state)->pass_begin(ctx, state, req, out);
}

int fmt_stream_section_begin(struct netstat_ctx *ctx, void *state,
			     const struct netstat_request *req,
			     const struct netstat_section *section,
			     const size_t *columns, size_t n_columns,
			     struct netstat_text *out)
{
	return streaming(req) ? 0
			      : document(state)->section_begin(ctx, state, req,
							       section, columns,
							       n_columns, out);
}

int fmt_stream_row(struct netstat_ctx *ctx, void *state,
		   const struct netstat_request *req,
		   const struct netstat_record *rec, const size_t *columns,
		   size_t n_columns, struct netstat_text *out)
{
	const struct netstat_format *doc = document(state);
	if (!streaming(req))
		return doc->row(ctx, state, req, rec, columns, n_columns, out);
	int rc = doc->pass_begin(ctx, state, req, out);
	if (rc == 0)
		rc = doc->row(ctx, state, req, rec, columns, n_columns, out);
	return rc ? rc : doc->pass_end(ctx, state, req, out);
}

int fmt_stream_section_end(struct netstat_ctx *ctx, void *state,
			   const struct netstat_request *req,
			   const struct netstat_section *section,
			   struct netstat_text *out)
{
	return streaming(req) ? 0
			      : document(state)->section_end(ctx, state, req,
							     section, out);
}

int fmt_stream_pass_end(struct netstat_ctx *ctx, void *state,
			const struct netstat_request *req,
			struct netstat_text *out)
{
	return streaming(req) ? 0
			      : document(state)->pass_end(ctx, state, req, out);
}
