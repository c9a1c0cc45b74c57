/* Fuzz harness: ROSE sockets. */
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module rose_LTX_netstat_module;

static const struct fuzz_target target = {
	.modules = {&rose_LTX_netstat_module},
	.report = NETSTAT_REPORT_CONNECTIONS,
	.selected = "rose",
	.files = {"net/rose"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_family(&target, data, size);
}
