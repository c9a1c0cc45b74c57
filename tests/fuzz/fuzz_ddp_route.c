/* Fuzz harness: AppleTalk routes (-r). */
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module ddp_LTX_netstat_module;

static const struct fuzz_target target = {
	.modules = {&ddp_LTX_netstat_module},
	.report = NETSTAT_REPORT_ROUTES,
	.families = "ddp",
	.files = {"net/atalk_route"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_family(&target, data, size);
}
