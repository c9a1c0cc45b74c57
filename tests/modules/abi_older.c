/* Test module built for ABI 1.0, older than the host's minor: it loads. */
#include <netstat/netstat.h>

static int row(struct netstat_ctx *ctx, const struct netstat_request *req,
	       const struct netstat_record *rec, const size_t *columns,
	       size_t n_columns, struct netstat_text *out)
{
	return 0;
}

static const struct netstat_format fmt = {
	.size = sizeof(struct netstat_format),
	.row = row,
};

NETSTAT_MODULE(abi_older) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = 0,
	.kind = NETSTAT_MODULE_FORMAT,
	.name = "abi_older",
	.description = "built for ABI 1.0",
	.format = &fmt,
};
