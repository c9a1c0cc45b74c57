/* Fuzz harness: Unix domain sockets. */
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module unix_LTX_netstat_module;

static const struct fuzz_target target = {
	.modules = {&unix_LTX_netstat_module},
	.report = NETSTAT_REPORT_CONNECTIONS,
	.selected = "unix",
	.files = {"net/unix"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_family(&target, data, size);
}
