/* Fuzz harness: SCTP endpoints and associations (plugins/inet). */
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module inet_LTX_netstat_module;
extern const struct netstat_module inet6_LTX_netstat_module;

static const struct fuzz_target target = {
	.modules = {&inet_LTX_netstat_module, &inet6_LTX_netstat_module},
	.report = NETSTAT_REPORT_CONNECTIONS,
	.selected = "sctp,inet,inet6",
	.files = {"net/sctp/eps", "net/sctp/assocs"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_family(&target, data, size);
}
