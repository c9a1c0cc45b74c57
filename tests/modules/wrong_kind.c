/* A family module the config will declare as a format: refused. */
#include <netstat/netstat.h>

static const struct netstat_family fam = {
	.size = sizeof(struct netstat_family),
};

NETSTAT_MODULE(wrong_kind) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "wrong_kind",
	.family = &fam,
};
