/*
 * Fuzz harness: sock_diag destroy events (--events; plugins/lib/ip/diag/
 * events.c). The first byte says whether --info's block is read (bit 0)
 * and whether JSON renders the records instead of the classic table
 * (bit 1); the rest is what one read of the multicast socket gave, as
 * netlink messages.
 */
#include <stdlib.h>

#include "plugins/lib/ip/diag/ip_events.h"
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module json_LTX_netstat_module;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	bool info = data[0] & 1;
	struct netstat_request req = mock_request(NETSTAT_REPORT_EVENTS);
	req.flags = NETSTAT_REQ_NUMERIC_ANY | NETSTAT_REQ_NUMERIC_HOSTS |
		    NETSTAT_REQ_NUMERIC_PORTS | NETSTAT_REQ_STREAM |
		    (info ? NETSTAT_REQ_INFO : 0);
	struct netstat_ctx *ctx = mock_ctx_new(
		"", &req, data[0] & 2 ? &json_LTX_netstat_module : NULL);
	void *reply = fuzz_copy(data + 1, size - 1);
	ip_events_parse(ctx, info, reply, size - 1);
	free(reply);
	fuzz_check_output(ctx);
	mock_ctx_free(ctx);
	return 0;
}
