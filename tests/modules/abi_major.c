/* Test module built for the next ABI major: the host must refuse it. */
#include <netstat/netstat.h>

static const struct netstat_format fmt = {
	.size = sizeof(struct netstat_format),
};

NETSTAT_MODULE(abi_major) = {
	.abi_major = NETSTAT_ABI_MAJOR + 1,
	.abi_minor = 0,
	.kind = NETSTAT_MODULE_FORMAT,
	.name = "abi_major",
	.format = &fmt,
};
