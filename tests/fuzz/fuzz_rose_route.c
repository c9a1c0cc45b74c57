/* Fuzz harness: ROSE nodes and neighbours (-r). */
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module rose_LTX_netstat_module;

static const struct fuzz_target target = {
	.modules = {&rose_LTX_netstat_module},
	.report = NETSTAT_REPORT_ROUTES,
	.families = "rose",
	.files = {"net/rose_nodes", "net/rose_neigh"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_family(&target, data, size);
}
