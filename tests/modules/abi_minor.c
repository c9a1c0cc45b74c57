/* Test module needing a newer ABI minor than the host has: refused. */
#include <netstat/netstat.h>

static int row(struct netstat_ctx *ctx, void *state,
	       const struct netstat_request *req,
	       const struct netstat_record *rec, const size_t *columns,
	       size_t n_columns, struct netstat_text *out)
{
	return 0;
}

static const struct netstat_format fmt = {
	.size = sizeof(struct netstat_format),
	.row = row,
};

NETSTAT_MODULE(abi_minor) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR + 1,
	.kind = NETSTAT_MODULE_FORMAT,
	.name = "abi_minor",
	.format = &fmt,
};
