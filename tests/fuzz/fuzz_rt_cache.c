/* Fuzz harness: IPv4 route cache (-rC). */
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module inet_LTX_netstat_module;

static const struct fuzz_target target = {
	.modules = {&inet_LTX_netstat_module},
	.report = NETSTAT_REPORT_ROUTES,
	.families = "inet",
	.flags = NETSTAT_REQ_CACHE,
	.files = {"net/rt_cache"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_family(&target, data, size);
}
