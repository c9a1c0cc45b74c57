/* Fuzz harness: AX.25 sockets. */
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module ax25_LTX_netstat_module;

static const struct fuzz_target target = {
	.modules = {&ax25_LTX_netstat_module},
	.report = NETSTAT_REPORT_CONNECTIONS,
	.selected = "ax25",
	.files = {"net/ax25"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_family(&target, data, size);
}
