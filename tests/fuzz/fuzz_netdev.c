/* Fuzz harness: The interface table (-i, -ie): net/dev and if_inet6. */
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module netdev_LTX_netstat_module;

static const struct fuzz_target target = {
	.modules = {&netdev_LTX_netstat_module},
	.report = NETSTAT_REPORT_INTERFACES,
	.files = {"net/dev", "net/if_inet6"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_family(&target, data, size);
}
