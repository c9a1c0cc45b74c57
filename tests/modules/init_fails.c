/* A family whose init fails: the host warns and goes on without it. It
 * has a source for the tcp listing, so a run that lists tcp starts it. */
#include <netstat/netstat.h>

static int init(const struct netstat_host_api *host,
		const struct netstat_option_value *options, void **state)
{
	return NETSTAT_ERR_UNSUPPORTED;
}

static int list(struct netstat_ctx *ctx, const struct netstat_request *req,
		const struct netstat_source *src, void *state)
{
	return 0; /* never reached: init failed */
}

static const struct netstat_section section = {
	.key = "init_fails",
	.title = "Never shown",
	.order = NETSTAT_ORDER_VENDOR,
};

static const struct netstat_source sources[] = {
	{.name = "init_fails",
	 .selector = "tcp",
	 .family = "init_fails",
	 .report = NETSTAT_REPORT_CONNECTIONS,
	 .section = &section,
	 .flags = NETSTAT_SOURCE_DEFAULT,
	 .list = list},
};

static const struct netstat_family fam = {
	.size = sizeof(struct netstat_family),
	.init = init,
	.sources = sources,
	.n_sources = 1,
};

NETSTAT_MODULE(init_fails) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "init_fails",
	.description = "a family whose init fails",
	.family = &fam,
};
