/* Fuzz harness: IPv4 and IPv6 multicast groups (-g). */
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module inet_LTX_netstat_module;
extern const struct netstat_module inet6_LTX_netstat_module;

static const struct fuzz_target target = {
	.modules = {&inet_LTX_netstat_module, &inet6_LTX_netstat_module},
	.report = NETSTAT_REPORT_CONNECTIONS,
	.selected = "groups,inet,inet6",
	.files = {"net/igmp", "net/igmp6"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_family(&target, data, size);
}
