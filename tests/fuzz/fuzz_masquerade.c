/* Fuzz harness: Masqueraded connections (-M): old table and conntrack. */
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module masquerade_LTX_netstat_module;

static const struct fuzz_target target = {
	.modules = {&masquerade_LTX_netstat_module},
	.report = NETSTAT_REPORT_MASQUERADE,
	.files = {"net/ip_masquerade", "net/nf_conntrack"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_family(&target, data, size);
}
