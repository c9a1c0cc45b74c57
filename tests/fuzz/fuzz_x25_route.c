/* Fuzz harness: X.25 routes (-r). */
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module x25_LTX_netstat_module;

static const struct fuzz_target target = {
	.modules = {&x25_LTX_netstat_module},
	.report = NETSTAT_REPORT_ROUTES,
	.families = "x25",
	.files = {"net/x25/route"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_family(&target, data, size);
}
