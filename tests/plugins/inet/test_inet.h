/* Shared helpers of the inet/inet6 unit tests. */
#ifndef TEST_INET_H
#define TEST_INET_H

#include <check.h>

#include "tests/check_main.h"
#include "tests/mock/mock_host.h"

extern const struct netstat_module inet_LTX_netstat_module;
extern const struct netstat_module inet6_LTX_netstat_module;

/*
 * A connection-report request. `selected` is a comma-separated keyword
 * list ("tcp,inet,inet6"); protocol keywords count as explicit, as the
 * host counts them.
 */
struct netstat_request inet_request(const char *selected, unsigned flags);

/* Runs the sources of inet and inet6 the request selects, merged in the
 * host's (section, source) order, over fixture tree `name` (below
 * tests/fixtures/inet). Returns the first non-zero status in *status. */
struct netstat_ctx *inet_run(const char *name,
			     const struct netstat_request *req, int *status);
/* The same without running anything yet (to fill name tables first). */
struct netstat_ctx *inet_ctx(const char *name,
			     const struct netstat_request *req);
int inet_run_ctx(struct netstat_ctx *ctx, const struct netstat_request *req);

/* Name tables matching the conformance scenario's /etc files. */
void inet_add_names(struct netstat_ctx *ctx);

/* Header lines of the Internet section. */
#define HDR_ALL                                                                \
	"Active Internet connections (servers and established)\n"              \
	"Proto Recv-Q Send-Q Local Address           Foreign Address         " \
	"State      "
#define HDR_LISTEN                                                             \
	"Active Internet connections (only servers)\n"                         \
	"Proto Recv-Q Send-Q Local Address           Foreign Address         " \
	"State      "
#define HDR_CONN                                                               \
	"Active Internet connections (w/o servers)\n"                          \
	"Proto Recv-Q Send-Q Local Address           Foreign Address         " \
	"State      "

Suite *suite_parser(void);
Suite *suite_filters(void);
Suite *suite_classic(void);
Suite *suite_missing(void);
Suite *suite_malformed(void);
Suite *suite_sctp(void);
Suite *suite_groups(void);
Suite *suite_backend(void);
Suite *suite_bytecode(void);
Suite *suite_internals(void);
Suite *suite_occupancy(void);

#endif
