/* Malformed, truncated and junk lines: warnings, and the rest still shows. */
#include "tests/plugins/inet/test_inet.h"

#define NUMERIC                                                                \
	(NETSTAT_REQ_NUMERIC_HOSTS | NETSTAT_REQ_NUMERIC_PORTS |               \
	 NETSTAT_REQ_NUMERIC_USERS)

/*
 * net-tools' output, except the second tcp row: its line stops after the
 * retransmit count, and net-tools shows the previous row's inode (20001)
 * there; we show 0 rather than stale data.
 */
static const char sockets[] =
	"Active Internet connections (servers and established)\n"
	"Proto Recv-Q Send-Q Local Address           Foreign Address         "
	"State       User       Inode      Timer\n"
	"tcp        0      0 0.0.0.0:22              0.0.0.0:*               "
	"LISTEN      0          20001      off (0.00/0/0)\n"
	"tcp        0      0 192.0.2.10:22           192.0.2.11:54321        "
	"ESTABLISHED 0          0          off (0.00/0/0)\n"
	"tcp        0     -1 127.0.0.0:23            0.0.0.0:*               "
	"LISTEN      -2         20007      off (0.00/0/-3)\n"
	"udp        0      0 0.0.0.0:53              0.0.0.0:*                 "
	"          0          0          off (0.00/0/0)\n"
	"udp        0      0 0.0.0.0:54              0.0.0.0:*                 "
	"          0          0          off (0.00/0/0)\n";

static const char sockets_err[] = "warning, got bogus tcp line.\n"
				  "warning, got bogus tcp line.\n"
				  "warning, got bogus tcp line.\n"
				  "warning, got bogus tcp line.\n"
				  "warning, got bogus tcp line.\n"
				  "warning, got bogus udp line.\n"
				  "warning, got bogus raw line.\n";

static const char sctp[] =
	"Active Internet connections (servers and established)\n"
	"Proto Recv-Q Send-Q Local Address           Foreign Address         "
	"State      \n"
	"\n"
	"sctp                255.255.255.255:7001                            "
	"LISTEN     \n"
	"sctp       0      0 192.0.2.11:7000         0.0.0.1:7001            "
	"ESTABLISHED\n"
	"sctp       0      0 192.0.2.10:7000         192.0.2.11:7002         "
	"UNKNOWN(12)\n";

static const char sctp_err[] = "warning, got bogus sctp eps line.\n"
			       "warning, got bogus sctp assoc line.\n";

static const char groups[] = "IPv6/IPv4 Group Memberships\n"
			     "Interface       RefCnt Group\n"
			     "--------------- ------ ---------------------\n"
			     "lo              4      all-systems.mcast.net\n"
			     "lo              1      ff02::1\n";

static const char groups_err[] = "warning, got bogus igmp line 2.\n"
				 "warning, got bogus igmp line 3.\n"
				 "warning, got bogus igmp6 line 1.\n"
				 "warning, got bogus igmp6 line 2.\n";

START_TEST(bogus_socket_lines)
{
	struct netstat_request req =
		inet_request("tcp,udp,raw,inet,inet6",
			     NUMERIC | NETSTAT_REQ_ALL | NETSTAT_REQ_TIMERS);
	req.extend = 1;
	int status;
	struct netstat_ctx *ctx = inet_run("malformed", &req, &status);
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), sockets);
	ck_assert_str_eq(mock_stderr(ctx), sockets_err);
	mock_ctx_free(ctx);
}
END_TEST

/* An endpoint line without addresses leaves only its (empty) tail; junk
 * addresses read as inet_addr() reads them; an empty local list makes
 * the remote list the local one, as net-tools' tokenising does. */
START_TEST(bogus_sctp_lines)
{
	struct netstat_request req =
		inet_request("sctp,inet,inet6", NETSTAT_REQ_ALL);
	int status;
	struct netstat_ctx *ctx = inet_run("malformed", &req, &status);
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), sctp);
	ck_assert_str_eq(mock_stderr(ctx), sctp_err);
	mock_ctx_free(ctx);
}
END_TEST

START_TEST(bogus_group_lines)
{
	struct netstat_request req = inet_request("groups,inet,inet6", 0);
	struct netstat_ctx *ctx = inet_ctx("malformed", &req);
	inet_add_names(ctx);
	ck_assert_int_eq(inet_run_ctx(ctx, &req), 0);
	ck_assert_str_eq(mock_stdout(ctx), groups);
	ck_assert_str_eq(mock_stderr(ctx), groups_err);
	mock_ctx_free(ctx);
}
END_TEST

Suite *suite_malformed(void)
{
	Suite *s = suite_create("malformed");
	TCase *tc = tcase_create("lines");
	tcase_add_test(tc, bogus_socket_lines);
	tcase_add_test(tc, bogus_sctp_lines);
	tcase_add_test(tc, bogus_group_lines);
	suite_add_tcase(s, tc);
	return s;
}
