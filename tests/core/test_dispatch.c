/* Which sources run for a request, in which order, and where -A stops
 * the run (core/run/sources.c, core/run/plan.c). */
#include <string.h>

#include "core/run/plan.h"
#include "core/run/sources.h"
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

static const struct netstat_section routes_s = {
	.key = "routes", .order = NETSTAT_ORDER_INTERNET};
static const struct netstat_source route4 = {.name = "route",
					     .selector = "inet",
					     .family = "inet",
					     .report = NETSTAT_REPORT_ROUTES,
					     .section = &routes_s,
					     .flags = NETSTAT_SOURCE_DEFAULT};
static const struct netstat_source route6 = {.name = "route6",
					     .selector = "inet6",
					     .family = "inet6",
					     .report = NETSTAT_REPORT_ROUTES,
					     .section = &routes_s,
					     .order = 1};
static const struct netstat_source stats4 = {.name = "snmp",
					     .selector = "inet",
					     .family = "inet",
					     .report =
						     NETSTAT_REPORT_STATISTICS,
					     .section = &routes_s,
					     .flags = NETSTAT_SOURCE_DEFAULT};

/* Two families as the registry hands them over, each with a state. */
static int state_a, state_b;
static const struct netstat_source fam_a[] = {udp, unx, tcp, route4, stats4};
static const struct netstat_source fam_b[] = {tcp6, route6};
static const struct netstat_family family_a = {.sources = fam_a,
					       .n_sources = 5};
static const struct netstat_family family_b = {.sources = fam_b,
					       .n_sources = 2};
static const struct plan_module mods[] = {{&family_a, &state_a},
					  {&family_b, &state_b}};

START_TEST(plan_sorts_by_section_then_order)
{
	struct netstat_request r = {.report = NETSTAT_REPORT_CONNECTIONS,
				    .families = ""};
	static struct plan p;
	plan_make(&p, &r, mods, 2);
	ck_assert_uint_eq(p.n_steps, 4);
	ck_assert_str_eq(p.steps[0].src->name, "tcp");
	ck_assert_ptr_eq(p.steps[0].state, &state_a);
	ck_assert_str_eq(p.steps[1].src->name, "tcp6");
	ck_assert_ptr_eq(p.steps[1].state, &state_b);
	ck_assert_str_eq(p.steps[2].src->name, "udp");
	ck_assert_str_eq(p.steps[3].src->name, "unix");
	ck_assert(!p.repeat);
	ck_assert_int_eq(p.stop_status, 0);
}
END_TEST

START_TEST(plan_routes_in_list_order)
{
	struct netstat_request r = {.report = NETSTAT_REPORT_ROUTES,
				    .flags = NETSTAT_REQ_CONTINUOUS,
				    .families = "inet6,inet",
				    .explicit_count = 1,
				    .selected = {"inet6", "inet"},
				    .n_selected = 2};
	static struct plan p;
	plan_make(&p, &r, mods, 2);
	ck_assert_uint_eq(p.n_steps, 2);
	ck_assert_str_eq(p.steps[0].src->name, "route6");
	ck_assert_str_eq(p.steps[1].src->name, "route");
	ck_assert(p.repeat);
	/* A family without routes ends the list there, exit 3. */
	r.families = "inet,unix,inet6";
	plan_make(&p, &r, mods, 2);
	ck_assert_uint_eq(p.n_steps, 1);
	ck_assert_int_eq(p.stop_status, NETSTAT_EXIT_USAGE);
	ck_assert_str_eq(p.stop_message,
			 "No routing for address family `unix'.\n");
	ck_assert(!p.repeat);
}
END_TEST

START_TEST(plan_statistics_one_family)
{
	struct netstat_request r = {.report = NETSTAT_REPORT_STATISTICS,
				    .flags = NETSTAT_REQ_CONTINUOUS,
				    .families = "inet",
				    .explicit_count = 1,
				    .selected = {"inet"},
				    .n_selected = 1};
	static struct plan p;
	plan_make(&p, &r, mods, 2);
	ck_assert_uint_eq(p.n_steps, 1);
	ck_assert(!p.repeat); /* -s prints once */
	r.families = "inet,inet6";
	plan_make(&p, &r, mods, 2);
	ck_assert_uint_eq(p.n_steps, 0);
	ck_assert_int_eq(p.stop_status, NETSTAT_EXIT_UNAVAILABLE);
	ck_assert_int_eq(p.stop_stream, NETSTAT_NOTICE);
	ck_assert(strstr(p.stop_message, "No statistics support"));
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
	tcase_add_test(tc, plan_sorts_by_section_then_order);
	tcase_add_test(tc, plan_routes_in_list_order);
	tcase_add_test(tc, plan_statistics_one_family);
	tcase_add_test(tc, default_listing);
	tcase_add_test(tc, selected_listing);
	suite_add_tcase(s, tc);
	return s;
}
