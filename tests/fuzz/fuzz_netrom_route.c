/* Fuzz harness: NET/ROM nodes and neighbours (-r). */
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module netrom_LTX_netstat_module;

static const struct fuzz_target target = {
	.modules = {&netrom_LTX_netstat_module},
	.report = NETSTAT_REPORT_ROUTES,
	.families = "netrom",
	.files = {"net/nr_nodes", "net/nr_neigh"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_family(&target, data, size);
}
