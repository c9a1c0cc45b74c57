/*
 * Fuzz harness: inet_diag dump replies (plugins/lib/ip/diag through
 * plugins/lib/sock_diag's parsing step). The first byte picks the table
 * and what was asked (bits 0-1: tcp, udp, raw, udplite; 2: IPv6; 3: -o
 * timers; 4: identity attributes; 5: the --info/--memory/TOS
 * extensions; 6: JSON instead of the classic table); the rest is the
 * reply, as netlink messages. Each row goes on to the Internet section's
 * record and its rendering.
 */
#include <linux/inet_diag.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/socket.h>

#include "plugins/lib/ip/diag/ip_diag.h"
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module json_LTX_netstat_module;

static const struct ip_protocol protocols[2][4] = {
	{{"tcp", "tcp", IP_KIND_TCP},
	 {"udp", "udp", IP_KIND_UDP},
	 {"raw", "raw", IP_KIND_RAW},
	 {"udpl", "udp", IP_KIND_UDP}},
	{{"tcp6", "tcp", IP_KIND_TCP},
	 {"udp6", "udp", IP_KIND_UDP},
	 {"raw6", "raw", IP_KIND_RAW},
	 {"udpl6", "udp", IP_KIND_UDP}},
};
static const int protocol_numbers[4] = {IPPROTO_TCP, IPPROTO_UDP, IPPROTO_RAW,
					IPPROTO_UDPLITE};

struct rows {
	struct netstat_ctx *ctx;
	const struct netstat_request *req;
	const struct ip_protocol *proto;
	struct ip_internet_wants wants;
};

static void take_row(const struct ip_socket_row *r, void *arg)
{
	const struct rows *rows = arg;
	ip_internet_emit(rows->ctx, rows->req, rows->proto, r, 100,
			 &rows->wants);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	unsigned pick = data[0];
	bool v6 = pick & 4;
	const struct ip_protocol *proto = &protocols[v6][pick & 3];
	struct ip_diag_query q = {
		.name = proto->label,
		.family = v6 ? AF_INET6 : AF_INET,
		.protocol = protocol_numbers[pick & 3],
		.kind = proto->kind,
		.timers = proto->kind == IP_KIND_TCP && (pick & 8),
		.attributes = pick & 16,
	};
	struct netstat_request req = mock_request(NETSTAT_REPORT_CONNECTIONS);
	req.flags = NETSTAT_REQ_ALL | NETSTAT_REQ_NUMERIC_ANY |
		    NETSTAT_REQ_NUMERIC_HOSTS | NETSTAT_REQ_NUMERIC_PORTS |
		    NETSTAT_REQ_NUMERIC_USERS | NETSTAT_REQ_PROGRAMS |
		    (q.timers ? NETSTAT_REQ_TIMERS : 0);
	req.extend = 2;
	if (pick & 32) {
		q.extensions = (1u << (INET_DIAG_INFO - 1)) |
			       (1u << (INET_DIAG_CONG - 1)) |
			       (1u << (INET_DIAG_SKMEMINFO - 1)) |
			       (1u << (INET_DIAG_TOS - 1));
		req.flags |= NETSTAT_REQ_INFO | NETSTAT_REQ_MEMORY;
	}
	mock_request_select(&req, v6 ? "inet6" : "inet");
	struct netstat_ctx *ctx = mock_ctx_new(
		"", &req, pick & 64 ? &json_LTX_netstat_module : NULL);
	mock_count_records_only(ctx);
	mock_add_process(ctx, 1, 1, "init\033[2J");
	struct rows rows = {ctx, &req, proto, ip_internet_wants(ctx)};
	void *reply = fuzz_copy(data + 1, size - 1);
	ip_diag_parse(ctx, &q, reply, size - 1, take_row, &rows);
	free(reply);
	fuzz_check_output(ctx);
	mock_ctx_free(ctx);
	return 0;
}
