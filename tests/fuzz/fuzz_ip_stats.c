/* Fuzz harness: IPv4 statistics (-s): snmp and netstat. */
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module inet_LTX_netstat_module;

static const struct fuzz_target target = {
	.modules = {&inet_LTX_netstat_module},
	.report = NETSTAT_REPORT_STATISTICS,
	.families = "inet",
	.files = {"net/snmp", "net/netstat"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_family(&target, data, size);
}
