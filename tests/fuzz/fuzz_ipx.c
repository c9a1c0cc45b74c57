/* Fuzz harness: IPX sockets. */
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module ipx_LTX_netstat_module;

static const struct fuzz_target target = {
	.modules = {&ipx_LTX_netstat_module},
	.report = NETSTAT_REPORT_CONNECTIONS,
	.selected = "ipx",
	.files = {"net/ipx/socket"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_family(&target, data, size);
}
