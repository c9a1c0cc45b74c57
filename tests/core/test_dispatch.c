/* Which sources run for a request, and in which order. */
#include "core/run/dispatch.h"
#include "tests/core/core_suites.h"

static const struct netstat_section internet = {
	.key = "internet", .order = NETSTAT_ORDER_INTERNET};
static const struct netstat_section unix_s = {.key = "unix",
					      .order = NETSTAT_ORDER_UNIX};

static const struct netstat_source tcp6 = {.name = "tcp6",
					   .selector = "tcp",
					   .family = "inet6",
					   .section = &internet,
					   .order = 11,
					   .flags = NETSTAT_SOURCE_DEFAULT};
static const struct netstat_source tcp = {.name = "tcp",
					  .selector = "tcp",
					  .family = "inet",
					  .section = &internet,
					  .order = 10,
					  .flags = NETSTAT_SOURCE_DEFAULT};
static const struct netstat_source udp = {.name = "udp",
					  .selector = "udp",
					  .family = "inet",
					  .section = &internet,
					  .order = 30,
					  .flags = NETSTAT_SOURCE_DEFAULT};
static const struct netstat_source unx = {.name = "unix",
					  .selector = "unix",
					  .family = "unix",
					  .section = &unix_s,
					  .order = 0,
					  .flags = NETSTAT_SOURCE_DEFAULT};
static const struct netstat_source groups = {.name = "igmp",
					     .selector = "groups",
					     .family = "inet",
					     .section = &unix_s,
					     .order = 0};

START_TEST(sorts_by_section_then_order)
{
	const struct netstat_source *s[] = {&unx, &udp, &tcp6, &tcp};
	dispatch_sort(s, 4);
	ck_assert_ptr_eq(s[0], &tcp);
	ck_assert_ptr_eq(s[1], &tcp6);
	ck_assert_ptr_eq(s[2], &udp);
	ck_assert_ptr_eq(s[3], &unx);
}
END_TEST

START_TEST(default_listing)
{
	struct netstat_request r = {.report = NETSTAT_REPORT_CONNECTIONS};
	ck_assert(dispatch_source_runs(&r, &tcp));
	ck_assert(dispatch_source_runs(&r, &unx));
	ck_assert(!dispatch_source_runs(&r, &groups));
}
END_TEST

START_TEST(selected_listing)
{
	struct netstat_request r = {.report = NETSTAT_REPORT_CONNECTIONS,
				    .explicit_count = 1,
				    .selected = {"tcp", "inet"},
				    .n_selected = 2};
	ck_assert(dispatch_source_runs(&r, &tcp));
	ck_assert(!dispatch_source_runs(&r, &tcp6));
	ck_assert(!dispatch_source_runs(&r, &udp));
	ck_assert(!dispatch_source_runs(&r, &unx));
	r.report = NETSTAT_REPORT_ROUTES;
	ck_assert(!dispatch_source_runs(&r, &tcp));
}
END_TEST

Suite *suite_dispatch(void)
{
	Suite *s = suite_create("dispatch");
	TCase *tc = tcase_create("sources");
	tcase_add_test(tc, sorts_by_section_then_order);
	tcase_add_test(tc, default_listing);
	tcase_add_test(tc, selected_listing);
	suite_add_tcase(s, tc);
	return s;
}
