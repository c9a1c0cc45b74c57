/*
 * Tests of the inet/inet6 reports (-r, -rC, -s) and the shared counter
 * engine, against fixture trees in tests/fixtures/{routes,ip_stats}.
 */
#include <stdio.h>
#include <string.h>

#include "plugins/inet/inet.h"
#include "plugins/lib/ip/stats/ip_stats.h"
#include "tests/check_main.h"
#include "tests/mock/mock_host.h"

extern const struct netstat_module inet_LTX_netstat_module;
extern const struct netstat_module inet6_LTX_netstat_module;
#define INET (&inet_LTX_netstat_module)
#define INET6 (&inet6_LTX_netstat_module)

static struct netstat_request req;
static struct netstat_ctx *ctx;

static void setup(void)
{
	ctx = NULL;
}

static void teardown(void)
{
	if (ctx)
		mock_ctx_free(ctx);
}

/* Runs source `name` of module `m` over tests/fixtures/<tree>; returns
 * its status. */
static int run(const char *tree, const struct netstat_module *m,
	       const char *name)
{
	char root[1024];
	snprintf(root, sizeof root, "%s/%s", fixtures_dir(), tree);
	ctx = mock_ctx_new(root, &req, NULL);
	const struct netstat_family *f = m->family;
	for (size_t i = 0; i < f->n_sources; i++)
		if (strcmp(f->sources[i].name, name) == 0)
			return mock_run_source(ctx, m, &f->sources[i]);
	ck_abort_msg("no source %s", name);
	return -1;
}

/* --- the counter engine --- */

/* Which table keys net-tools' bsearch over unsorted tables finds. */
START_TEST(lookup_reachability)
{
	const struct stats_group *ip = inet_stats_groups.list[0];
	const struct stats_group *tcpext = inet_stats_groups.list[5];
	ck_assert_str_eq(tcpext->name, "TcpExt");
	ck_assert_ptr_null(
		stats_lookup(ip->entries, ip->n_entries, "Forwarding"));
	ck_assert_ptr_nonnull(
		stats_lookup(ip->entries, ip->n_entries, "DefaultTTL"));
	ck_assert_ptr_nonnull(
		stats_lookup(ip->entries, ip->n_entries, "InReceives"));
	static const char *const unreachable[] = {
		"TCPDirectCopyFromPrequeue",
		"TCPDSACKOfoRecv",
		"TCPDSACKOfoSent",
		"TCPDSACKOldSent",
		"TCPDSACKRecv",
		"TCPDSackUndo",
		"TCPDSACKUndo",
		"TCPLoss",
		"TCPPrequeueDropped",
		"TCPRenoRecoveryFailed",
		"TCPRenoRecoveryFail",
		"TCPSackFailures",
		"TCPSackRecoveryFail",
		"TCPSackRecovery",
		"TCPSACKReneging",
		"TCPTimeouts",
		"TWKilled",
	};
	size_t found = 0;
	for (size_t i = 0; i < tcpext->n_entries; i++) {
		const char *k = tcpext->entries[i].key;
		bool expect_lost = false;
		for (size_t u = 0; u < sizeof unreachable / sizeof *unreachable;
		     u++)
			expect_lost |= strcmp(k, unreachable[u]) == 0;
		const struct stats_entry *e =
			stats_lookup(tcpext->entries, tcpext->n_entries, k);
		ck_assert_msg((e == NULL) == expect_lost, "key %s", k);
		found += e != NULL;
	}
	ck_assert_uint_eq(found, 67 - 17);
}
END_TEST

START_TEST(value_like_strtoull)
{
	ck_assert_uint_eq(stats_value("-1", 2), UINT64_MAX);
	ck_assert_uint_eq(stats_value("42x", 3), 42);
	ck_assert_uint_eq(stats_value("99999999999999999999", 20), UINT64_MAX);
}
END_TEST

#define STATS_V4                                                               \
	"Ip:\n"                                                                \
	"    Forwarding: 1\n"                                                  \
	"    10 total packets received\n"                                      \
	"    0 forwarded\n"                                                    \
	"Icmp:\n"                                                              \
	"    3 ICMP messages received\n"                                       \
	"    ICMP input histogram:\n"                                          \
	"        destination unreachable: 2\n"                                 \
	"    0 ICMP messages sent\n"                                           \
	"IcmpMsg:\n"                                                           \
	"    InType3: 2\n"                                                     \
	"Tcp:\n"                                                               \
	"    7 active connection openings\n"                                   \
	"TcpExt:\n"                                                            \
	"    4 TCP sockets finished time wait in fast timer\n"                 \
	"    TCPTimeouts: 5\n"

START_TEST(stats_v4_classic_and_typed)
{
	req = mock_request(NETSTAT_REPORT_STATISTICS);
	mock_request_select(&req, "raw");
	mock_request_select(&req, "tcp");
	ck_assert_int_eq(run("ip_stats/full", INET, "snmp"), 0);
	ck_assert_str_eq(mock_stdout(ctx), STATS_V4);
	ck_assert_str_eq(mock_stderr(ctx), "");
	/* Every counter is a record, printed or not (MaxConn is -1). */
	ck_assert_uint_eq(mock_record_count(ctx), 4 + 3 + 1 + 2 + 3);
	const struct netstat_value *v = mock_value(ctx, 9, "value");
	ck_assert_ptr_nonnull(v);
	ck_assert_int_eq(v->type, NETSTAT_T_UINT);
	ck_assert_uint_eq(v->v.u, UINT64_MAX);
	ck_assert_str_eq(mock_value(ctx, 9, "counter")->v.s, "MaxConn");
	ck_assert_str_eq(mock_value(ctx, 9, "group")->v.s, "Tcp");
}
END_TEST

START_TEST(stats_v4_switch_off_keeps_unknown_groups)
{
	req = mock_request(NETSTAT_REPORT_STATISTICS);
	mock_request_select(&req, "udp");
	ck_assert_int_eq(run("ip_stats/full", INET, "snmp"), 0);
	ck_assert_str_eq(mock_stdout(ctx), "IcmpMsg:\n    InType3: 2\n");
}
END_TEST

START_TEST(stats_v4_parse_problem)
{
	req = mock_request(NETSTAT_REPORT_STATISTICS);
	mock_request_select(&req, "raw");
	ck_assert_int_eq(run("ip_stats/bad", INET, "snmp"), 0);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_ptr_nonnull(
		strstr(mock_stderr(ctx), "Problem while parsing "));
}
END_TEST

START_TEST(stats_v4_missing_snmp)
{
	req = mock_request(NETSTAT_REPORT_STATISTICS);
	ck_assert_int_eq(run("routes/empty", INET, "snmp"), 0);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_ptr_nonnull(strstr(mock_stderr(ctx), "cannot open "));
	ck_assert_ptr_nonnull(strstr(mock_stderr(ctx),
				     "net/snmp: No such file or directory\n"));
}
END_TEST

START_TEST(stats_v6_with_ipv4_tcp)
{
	req = mock_request(NETSTAT_REPORT_STATISTICS);
	mock_request_select(&req, "raw");
	mock_request_select(&req, "tcp");
	mock_request_select(&req, "udp");
	ck_assert_int_eq(run("ip_stats/v6", INET6, "snmp6"), 0);
	ck_assert_str_eq(mock_stdout(ctx),
			 "Ip6:\n"
			 "    1 total packets received\n"
			 "    0 forwarded\n"
			 "Icmp6:\n"
			 "    ICMP input histogram:\n"
			 "        destination unreachable: 1\n"
			 "        ICMP output histogram:\n"
			 "        neighbor solicits: 4\n"
			 "        Icmp6InType1: 1\n"
			 "Udp6:\n"
			 "    0 packets received\n"
			 "UdpLite6:\n"
			 "Tcp:\n"
			 "    3 active connection openings\n");
}
END_TEST

/* --- routes --- */

#define FIB_TITLE "Kernel IP routing table\n"
#define FIB_L2                                                                 \
	"Destination     Gateway         Genmask         Flags   MSS Window  " \
	"irtt Iface\n"

START_TEST(routes_numeric_level2)
{
	req = mock_request(NETSTAT_REPORT_ROUTES);
	req.flags = NETSTAT_REQ_NUMERIC_HOSTS;
	ck_assert_int_eq(run("routes/full", INET, "route"), 0);
	ck_assert_str_eq(mock_stdout(ctx), FIB_TITLE FIB_L2
			 "0.0.0.0         10.1.2.1        0.0.0.0         UG  "
			 "      0 0          0 v0\n"
			 "10.50.0.0       -               255.255.0.0     !   "
			 "      - -          - -\n"
			 "10.70.0.0       0.0.0.0         255.254.0.0     U   "
			 "      0 0          0 v1\n");
	ck_assert_uint_eq(mock_record_count(ctx), 3);
	const struct netstat_value *m = mock_value(ctx, 2, "metric");
	ck_assert_int_eq(m->type, NETSTAT_T_INT);
	ck_assert_int_eq(m->v.i, -1);
	const struct netstat_value *gw = mock_value(ctx, 0, "gateway");
	ck_assert_int_eq(gw->type, NETSTAT_T_ADDRESS);
	ck_assert_uint_eq(gw->v.addr.bytes[0], 10);
	ck_assert_uint_eq(gw->v.addr.bytes[3], 1);
}
END_TEST

START_TEST(routes_names_and_levels)
{
	req = mock_request(NETSTAT_REPORT_ROUTES);
	req.extend = 1;
	ck_assert_int_eq(run("routes/full", INET, "route"), 0);
	ck_assert_str_eq(mock_stdout(ctx), FIB_TITLE
			 "Destination     Gateway         Genmask         "
			 "Flags Metric Ref    Use Iface\n"
			 "default         10.1.2.1        0.0.0.0         UG  "
			 "  0      0        0 v0\n"
			 "10.50.0.0       -               255.255.0.0     !   "
			 "  0      -        0 -\n"
			 "10.70.0.0       0.0.0.0         255.254.0.0     U   "
			 "  -1     0        0 v1\n");
	ck_assert_int_eq(inet_route_level(0), 2);
	ck_assert_int_eq(inet_route_level(2), 3);
	ck_assert_int_eq(inet_route_level(3), 0);
	ck_assert_int_eq(inet_route_level(4), 1);
}
END_TEST

START_TEST(routes_level0_title_only)
{
	req = mock_request(NETSTAT_REPORT_ROUTES);
	req.extend = 3;
	ck_assert_int_eq(run("routes/full", INET, "route"), 0);
	ck_assert_str_eq(mock_stdout(ctx), FIB_TITLE);
}
END_TEST

START_TEST(routes_missing_file)
{
	req = mock_request(NETSTAT_REPORT_ROUTES);
	ck_assert_int_eq(run("ip_stats/v6", INET, "route"), 1);
	ck_assert_str_eq(mock_stdout(ctx),
			 "INET (IPv4) not configured in this system.\n");
	ck_assert_ptr_nonnull(strstr(mock_stderr(ctx),
				     "net/route: No such file or directory"));
}
END_TEST

START_TEST(routes_missing_field)
{
	req = mock_request(NETSTAT_REPORT_ROUTES);
	ck_assert_int_eq(run("routes/nofield", INET, "route"), 1);
	ck_assert_str_eq(mock_stdout(ctx), FIB_TITLE FIB_L2);
	ck_assert_ptr_nonnull(strstr(mock_stderr(ctx),
				     "does not contain required field "
				     "RefCnt\n"));
}
END_TEST

START_TEST(routes_empty_file)
{
	req = mock_request(NETSTAT_REPORT_ROUTES);
	ck_assert_int_eq(run("routes/empty", INET, "route"), 1);
	ck_assert_str_eq(mock_stdout(ctx), FIB_TITLE FIB_L2);
	ck_assert_str_eq(mock_stderr(ctx), "");
}
END_TEST

START_TEST(routes_cache_only_with_C)
{
	req = mock_request(NETSTAT_REPORT_ROUTES);
	req.flags = NETSTAT_REQ_CACHE;
	ck_assert_int_eq(run("routes/full", INET, "route"),
			 NETSTAT_LIST_SKIPPED);
	ck_assert_str_eq(mock_stdout(ctx), "");
}
END_TEST

START_TEST(routes6_reuse_bogus_line)
{
	req = mock_request(NETSTAT_REPORT_ROUTES);
	req.flags = NETSTAT_REQ_NUMERIC_HOSTS;
	ck_assert_int_eq(run("routes/full", INET6, "ipv6_route"), 0);
	/* "bogus" converts nothing: the previous line's values repeat. */
	ck_assert_str_eq(mock_stdout(ctx),
			 "Kernel IPv6 routing table\n"
			 "Destination                    Next Hop            "
			 "       Flag Met Ref  Use If\n"
			 "2001:db8::/64                  ::                  "
			 "       U    256 1      0 v0\n"
			 "2001:db8::/64                  ::                  "
			 "       U    256 1      0 v0\n");
	ck_assert_uint_eq(mock_value(ctx, 0, "prefix_length")->v.u, 64);
}
END_TEST

START_TEST(routes6_cache_lines)
{
	req = mock_request(NETSTAT_REPORT_ROUTES);
	req.flags = NETSTAT_REQ_CACHE;
	ck_assert_int_eq(run("routes/full", INET6, "ipv6_route"), 0);
	ck_assert_str_eq(mock_stdout(ctx),
			 "Kernel IPv6 routing cache\n"
			 "Destination                    Next Hop            "
			 "       Flag Met Ref  Use If\n"
			 "2001:db8::77/128               [::]                "
			 "       UC   0   0      0 v0\n");
}
END_TEST

static Suite *reports_suite(void)
{
	Suite *s = suite_create("ip_reports");
	TCase *tc = tcase_create("stats");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, lookup_reachability);
	tcase_add_test(tc, value_like_strtoull);
	tcase_add_test(tc, stats_v4_classic_and_typed);
	tcase_add_test(tc, stats_v4_switch_off_keeps_unknown_groups);
	tcase_add_test(tc, stats_v4_parse_problem);
	tcase_add_test(tc, stats_v4_missing_snmp);
	tcase_add_test(tc, stats_v6_with_ipv4_tcp);
	suite_add_tcase(s, tc);
	tc = tcase_create("routes");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, routes_numeric_level2);
	tcase_add_test(tc, routes_names_and_levels);
	tcase_add_test(tc, routes_level0_title_only);
	tcase_add_test(tc, routes_missing_file);
	tcase_add_test(tc, routes_missing_field);
	tcase_add_test(tc, routes_empty_file);
	tcase_add_test(tc, routes_cache_only_with_C);
	tcase_add_test(tc, routes6_reuse_bogus_line);
	tcase_add_test(tc, routes6_cache_lines);
	suite_add_tcase(s, tc);
	return s;
}

Suite **test_suites(void)
{
	static Suite *suites[2];
	suites[0] = reports_suite();
	return suites;
}
