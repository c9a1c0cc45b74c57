/* A family whose init fails: the host warns and goes on without it. */
#include <netstat/netstat.h>

static int init(const struct netstat_host_api *host,
		const struct netstat_option_value *options, void **state)
{
	return NETSTAT_ERR_UNSUPPORTED;
}

static const struct netstat_family fam = {
	.size = sizeof(struct netstat_family),
	.init = init,
};

NETSTAT_MODULE(init_fails) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "init_fails",
	.family = &fam,
};
