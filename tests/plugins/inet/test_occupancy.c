/*
 * plugins/lib/ip/diag/occupancy.c: the sockstat counters that let a dump
 * of an empty table be left out, and every case where they must not (a
 * TIME_WAIT socket, a missing file, a counter that does not read).
 */
#include <netinet/in.h>
#include <sys/socket.h>

#include "plugins/lib/ip/diag/occupancy.h"
#include "tests/plugins/inet/test_inet.h"

START_TEST(sockstat_values)
{
	uint64_t v = 99;
	const char *tcp = "TCP: inuse 5 orphan 1 tw 2 alloc 7 mem 1";
	ck_assert(ip_sockstat_value(tcp, "TCP", "inuse", &v));
	ck_assert_uint_eq(v, 5);
	ck_assert(ip_sockstat_value(tcp, "TCP", "tw", &v));
	ck_assert_uint_eq(v, 2);
	ck_assert(ip_sockstat_value(tcp, "TCP", "mem", &v));
	ck_assert_uint_eq(v, 1);
	/* A value is not a key; a prefix of the label is another line. */
	ck_assert(!ip_sockstat_value(tcp, "TCP", "5", &v));
	ck_assert(!ip_sockstat_value(tcp, "TCP6", "inuse", &v));
	ck_assert(!ip_sockstat_value("TCP6: inuse 0", "TCP", "inuse", &v));
	ck_assert(!ip_sockstat_value(tcp, "TCP", "drops", &v));
	ck_assert(!ip_sockstat_value("UDP: inuse x", "UDP", "inuse", &v));
	ck_assert(!ip_sockstat_value("UDP: inuse", "UDP", "inuse", &v));
	ck_assert(!ip_sockstat_value("UDP inuse 0", "UDP", "inuse", &v));
	ck_assert(!ip_sockstat_value("", "UDP", "inuse", &v));
	ck_assert(!ip_sockstat_value("RAW: inuse 18446744073709551616", "RAW",
				     "inuse", &v));
	ck_assert_uint_eq(v, 1); /* untouched by the failures */
}
END_TEST

static bool empty_in(const char *fixture, int family, int protocol)
{
	struct netstat_request req = inet_request("tcp,inet,inet6", 0);
	struct netstat_ctx *ctx = inet_ctx(fixture, &req);
	bool empty = ip_diag_table_empty(ctx, family, protocol);
	mock_ctx_free(ctx);
	return empty;
}

START_TEST(empty_tables)
{
	/* No IPv6 TCP socket and no TIME_WAIT one: tcp6 is skipped. */
	ck_assert(empty_in("occupancy-v6-empty", AF_INET6, IPPROTO_TCP));
	ck_assert(empty_in("occupancy-v6-empty", AF_INET, IPPROTO_UDP));
	ck_assert(empty_in("occupancy-v6-empty", AF_INET6, IPPROTO_RAW));
	ck_assert(empty_in("occupancy-v6-empty", AF_INET6, IPPROTO_UDPLITE));
	/* Tables in use are dumped. */
	ck_assert(!empty_in("occupancy-v6-empty", AF_INET, IPPROTO_TCP));
	ck_assert(!empty_in("occupancy-v6-empty", AF_INET6, IPPROTO_UDP));
	ck_assert(!empty_in("occupancy-v6-empty", AF_INET, IPPROTO_RAW));
	/* SCTP has no counter here: always dumped. */
	ck_assert(!empty_in("occupancy-v6-empty", AF_INET6, IPPROTO_SCTP));
}
END_TEST

START_TEST(time_wait_counts_for_both)
{
	/* "tw" counts TIME_WAIT sockets of either family: either may be
	 * one, so both TCP tables are dumped; UDP is not concerned. */
	ck_assert(!empty_in("occupancy-tw", AF_INET6, IPPROTO_TCP));
	ck_assert(empty_in("occupancy-tw", AF_INET, IPPROTO_UDP));
}
END_TEST

START_TEST(unreadable_counters_dump)
{
	/* No sockstat files at all. */
	ck_assert(!empty_in("basic", AF_INET6, IPPROTO_TCP));
	ck_assert(!empty_in("basic", AF_INET, IPPROTO_UDP));
	/* TCP without its tw counter; inuse not a number, or missing. */
	ck_assert(!empty_in("occupancy-odd", AF_INET, IPPROTO_TCP));
	ck_assert(!empty_in("occupancy-odd", AF_INET6, IPPROTO_TCP));
	ck_assert(!empty_in("occupancy-odd", AF_INET, IPPROTO_UDP));
	ck_assert(!empty_in("occupancy-odd", AF_INET, IPPROTO_UDPLITE));
	ck_assert(!empty_in("occupancy-odd", AF_INET6, IPPROTO_UDP));
	ck_assert(!empty_in("occupancy-odd", AF_INET6, IPPROTO_RAW));
	/* The one counter that reads: raw v4, 0. */
	ck_assert(empty_in("occupancy-odd", AF_INET, IPPROTO_RAW));
}
END_TEST

Suite *suite_occupancy(void)
{
	Suite *s = suite_create("occupancy");
	TCase *tc = tcase_create("occupancy");
	tcase_add_test(tc, sockstat_values);
	tcase_add_test(tc, empty_tables);
	tcase_add_test(tc, time_wait_counts_for_both);
	tcase_add_test(tc, unreadable_counters_dump);
	suite_add_tcase(s, tc);
	return s;
}
