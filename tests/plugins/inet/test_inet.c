/* Runner and helpers of the inet/inet6 unit tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/plugins/inet/test_inet.h"

static const char *const protocol_words[] = {
	"tcp", "sctp", "udp", "udplite", "raw", "groups",
};

/* Keywords must outlive the request: keep them in a static pool. */
static char pool[512];
static size_t pool_used;

struct netstat_request inet_request(const char *selected, unsigned flags)
{
	struct netstat_request req = mock_request(NETSTAT_REPORT_CONNECTIONS);
	req.flags = flags;
	if (flags & (NETSTAT_REQ_NUMERIC_HOSTS | NETSTAT_REQ_NUMERIC_PORTS |
		     NETSTAT_REQ_NUMERIC_USERS | NETSTAT_REQ_SYMBOLIC))
		req.flags |= NETSTAT_REQ_NUMERIC_ANY;
	size_t len = strlen(selected) + 1;
	if (pool_used + len > sizeof pool)
		pool_used = 0;
	char *copy = memcpy(pool + pool_used, selected, len);
	pool_used += len;
	for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
		mock_request_select(&req, tok);
		for (size_t i = 0;
		     i < sizeof protocol_words / sizeof protocol_words[0]; i++)
			if (strcmp(tok, protocol_words[i]) == 0)
				req.explicit_count++;
	}
	return req;
}

struct netstat_ctx *inet_ctx(const char *name,
			     const struct netstat_request *req)
{
	char root[1024];
	snprintf(root, sizeof root, "%s/inet/%s", fixtures_dir(), name);
	return mock_ctx_new(root, req, NULL);
}

int inet_run_ctx(struct netstat_ctx *ctx, const struct netstat_request *req)
{
	const struct netstat_module *mods[] = {&inet_LTX_netstat_module,
					       &inet6_LTX_netstat_module};
	return mock_run_modules(ctx, mods, 2);
}

struct netstat_ctx *inet_run(const char *name,
			     const struct netstat_request *req, int *status)
{
	struct netstat_ctx *ctx = inet_ctx(name, req);
	*status = inet_run_ctx(ctx, req);
	return ctx;
}

void inet_add_names(struct netstat_ctx *ctx)
{
	mock_add_host(ctx, "127.0.0.1", "localhost");
	mock_add_host(ctx, "::1", "localhost");
	mock_add_host(ctx, "192.0.2.254", "gateway.example");
	mock_add_host(ctx, "224.0.0.1", "all-systems.mcast.net");
	mock_add_host(ctx, "2001:db8::1", "v6alpha.example");
	mock_add_host(ctx, "2001:db8::2", "v6b");
	mock_add_host(ctx, "2001:db8::3",
		      "a-very-long-ipv6-host-name-that-overflows-every-column."
		      "example.org");
	mock_add_service(ctx, 22, "tcp", "ssh");
	mock_add_service(ctx, 80, "tcp", "http");
	mock_add_service(ctx, 443, "tcp", "https");
	mock_add_service(ctx, 3306, "tcp", "mysql");
	mock_add_service(ctx, 53, "udp", "domain");
	mock_add_service(ctx, 68, "udp", "bootpc");
	mock_add_service(ctx, 9, "udp", "discard");
	mock_add_service(ctx, 1, "raw", "icmp");
	mock_add_service(ctx, 17, "raw", "udp");
	mock_add_service(ctx, 58, "raw", "ipv6-icmp");
	mock_add_user(ctx, 0, "root");
	mock_add_user(ctx, 33, "www-data");
	mock_add_user(ctx, 1000, "cloudsdk");
}

Suite **test_suites(void)
{
	static Suite *suites[12];
	suites[0] = suite_parser();
	suites[1] = suite_filters();
	suites[2] = suite_classic();
	suites[3] = suite_missing();
	suites[4] = suite_malformed();
	suites[5] = suite_sctp();
	suites[6] = suite_groups();
	suites[7] = suite_backend();
	suites[8] = suite_bytecode();
	suites[9] = suite_internals();
	suites[10] = suite_occupancy();
	suites[11] = NULL;
	return suites;
}
