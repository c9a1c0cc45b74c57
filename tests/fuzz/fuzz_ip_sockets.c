/* Fuzz harness: IPv4/IPv6 socket rows (plugins/lib/ip/sockets): tcp,
 * udp6, raw. */
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module inet_LTX_netstat_module;
extern const struct netstat_module inet6_LTX_netstat_module;

static const struct fuzz_target target = {
	.modules = {&inet_LTX_netstat_module, &inet6_LTX_netstat_module},
	.report = NETSTAT_REPORT_CONNECTIONS,
	.selected = "tcp,udp,raw,inet,inet6",
	.files = {"net/tcp", "net/udp6", "net/raw"},
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_family(&target, data, size);
}
