/* A minimal valid format, for registry tests: it writes each row's first
 * value's text, if it is one. */
#include <string.h>

#include <netstat/netstat.h>

static int row(struct netstat_ctx *ctx, void *state,
	       const struct netstat_request *req,
	       const struct netstat_record *rec, const size_t *columns,
	       size_t n_columns, struct netstat_text *out)
{
	if (rec->n_values && rec->values[0].type == NETSTAT_T_STRING)
		return netstat_text_printf(out, "%s\n", rec->values[0].v.s);
	return 0;
}

static const struct netstat_format fmt = {
	.size = sizeof(struct netstat_format),
	.view = NETSTAT_VIEW_STRUCTURED,
	.row = row,
};

NETSTAT_MODULE(good_format) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FORMAT,
	.name = "good_format",
	.description = "test format",
	.format = &fmt,
};
