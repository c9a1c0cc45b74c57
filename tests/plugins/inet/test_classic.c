/* Classic rendering: names, shortening, -W, -e, -p, -o, typed values. */
#include "tests/plugins/inet/test_inet.h"

#define ALL_PROTOS "tcp,udp,udplite,raw,inet,inet6"
#define NUMERIC                                                                \
	(NETSTAT_REQ_NUMERIC_HOSTS | NETSTAT_REQ_NUMERIC_PORTS |               \
	 NETSTAT_REQ_NUMERIC_USERS)

/* -a -e with names: [::] for the IPv6 wildcard, v4-mapped shown dotted,
 * udplite named from the udp list, raw from the raw list. */
static const char extended[] =
	"Active Internet connections (servers and established)\n"
	"Proto Recv-Q Send-Q Local Address           Foreign Address         "
	"State       User       Inode     \n"
	"tcp        0      0 0.0.0.0:ssh             0.0.0.0:*               "
	"LISTEN      root       20001     \n"
	"tcp        2      0 localhost:mysql         0.0.0.0:*               "
	"LISTEN      106        20002     \n"
	"tcp        0     36 192.0.2.10:ssh          192.0.2.11:54321        "
	"ESTABLISHED root       20003     \n"
	"tcp        0      0 192.0.2.10:40000        gateway.example:http    "
	"ESTABLISHED cloudsdk   20004     \n"
	"tcp        0      0 localhost:41394         localhost:mysql         "
	"TIME_WAIT   root       0         \n"
	"tcp6       0      0 [::]:http               [::]:*                  "
	"LISTEN      root       20101     \n"
	"tcp6       0      0 192.0.2.10:http         192.0.2.11:54322        "
	"ESTABLISHED www-data   20102     \n"
	"tcp6       1      0 v6alpha.example:https   v6b:57345               "
	"CLOSE_WAIT  cloudsdk   20103     \n"
	"udp        0      0 0.0.0.0:domain          0.0.0.0:*                 "
	"          root       20201     \n"
	"udp      832      0 192.0.2.10:57346        192.0.2.11:domain       "
	"ESTABLISHED cloudsdk   20202     \n"
	"udp        0      0 192.0.2.10:bootpc       0.0.0.0:*                 "
	"          root       20203     \n"
	"udp6       0      0 [::]:domain             [::]:*                    "
	"          root       20301     \n"
	"udpl       0      0 0.0.0.0:discard         0.0.0.0:*                 "
	"          root       20401     \n"
	"udpl6      0     64 v6alpha.example:57347   v6b:discard             "
	"ESTABLISHED root       20501     \n"
	"raw        0      0 0.0.0.0:icmp            0.0.0.0:*               7 "
	"          root       20601     \n"
	"raw        0      0 192.0.2.10:udp          192.0.2.11:*            1 "
	"          root       20602     \n"
	"raw6       0      0 [::]:ipv6-icmp          [::]:*                  7 "
	"          root       20701     \n";

/* -aneo: numeric, user/inode, the timer texts of each protocol. */
static const char timers[] =
	"Active Internet connections (servers and established)\n"
	"Proto Recv-Q Send-Q Local Address           Foreign Address         "
	"State       User       Inode      Timer\n"
	"tcp        0      0 0.0.0.0:22              0.0.0.0:*               "
	"LISTEN      0          20001      off (0.00/0/0)\n"
	"tcp        2      0 127.0.0.1:3306          0.0.0.0:*               "
	"LISTEN      106        20002      off (0.00/0/0)\n"
	"tcp        0     36 192.0.2.10:22           192.0.2.11:54321        "
	"ESTABLISHED 0          20003      keepalive (5310.04/0/0)\n"
	"tcp        0      0 192.0.2.10:40000        192.0.2.254:80          "
	"ESTABLISHED 1000       20004      on (0.50/3/2)\n"
	"tcp        0      0 127.0.0.1:41394         127.0.0.1:3306          "
	"TIME_WAIT   0          0          timewait (51.10/0/0)\n"
	"tcp6       0      0 :::80                   :::*                    "
	"LISTEN      0          20101      off (0.00/0/0)\n"
	"tcp6       0      0 192.0.2.10:80           192.0.2.11:54322        "
	"ESTABLISHED 33         20102      off (0.00/0/0)\n"
	"tcp6       1      0 2001:db8::1:443         2001:db8::2:57345       "
	"CLOSE_WAIT  1000       20103      off (0.00/0/0)\n"
	"udp        0      0 0.0.0.0:53              0.0.0.0:*                 "
	"          0          20201      off (0.00/0/0)\n"
	"udp      832      0 192.0.2.10:57346        192.0.2.11:53           "
	"ESTABLISHED 1000       20202      off (0.00/0/0)\n"
	"udp        0      0 192.0.2.10:68           0.0.0.0:*                 "
	"          0          20203      on2 (1.00/0/7)\n"
	"udp6       0      0 :::53                   :::*                      "
	"          0          20301      off (0.00/0/0)\n"
	"udpl       0      0 0.0.0.0:9               0.0.0.0:*                 "
	"          0          20401      off (0.00/0/0)\n"
	"udpl6      0     64 2001:db8::1:57347       2001:db8::2:9           "
	"ESTABLISHED 0          20501      off (0.00/0/0)\n"
	"raw        0      0 0.0.0.0:1               0.0.0.0:*               7 "
	"          0          20601      off (0.00/0/0)\n"
	"raw        0      0 192.0.2.10:17           192.0.2.11:*            1 "
	"          0          20602      unkn-3 (0.32/2/0)\n"
	"raw6       0      0 :::58                   :::*                    7 "
	"          0          20701      off (0.00/0/0)\n";

/* The 22/18/23 shortening rule... */
static const char shortened[] =
	"Active Internet connections (servers and established)\n"
	"Proto Recv-Q Send-Q Local Address           Foreign Address         "
	"State      \n"
	"tcp        0      0 a-real:clc-build-daemon twenty-one-chars.:50004 "
	"ESTABLISHED\n"
	"tcp        0      0 localh:clc-build-daemon 0.0.0.0:*               "
	"LISTEN     \n"
	"tcp        0      0 twenty-one-chars:domain localhost:postgresql    "
	"ESTABLISHED\n"
	"tcp6       0      0 2001:d:clc-build-daemon a-very-long-ipv6-:65535 "
	"ESTABLISHED\n";

/* ...and -W, which keeps everything and misaligns the row. */
static const char wide_text[] =
	"Active Internet connections (servers and established)\n"
	"Proto Recv-Q Send-Q Local Address           Foreign Address         "
	"State      \n"
	"tcp        0      0 "
	"a-really-quite-long-host-name-for-truncation.example.net:clc-build-"
	"daemon twenty-one-chars.test:50004 ESTABLISHED\n"
	"tcp        0      0 localhost:clc-build-daemon 0.0.0.0:*              "
	" LISTEN     \n"
	"tcp        0      0 twenty-one-chars.test:domain localhost:postgresql "
	"   ESTABLISHED\n"
	"tcp6       0      0 "
	"2001:db8:1234:5678:9abc:def0:1234:5678:clc-build-daemon "
	"a-very-long-ipv6-host-name-that-overflows-every-column.example.org:"
	"65535 ESTABLISHED\n";

START_TEST(names_and_users)
{
	struct netstat_request req = inet_request(ALL_PROTOS, NETSTAT_REQ_ALL);
	req.extend = 1;
	struct netstat_ctx *ctx = inet_ctx("basic", &req);
	inet_add_names(ctx);
	ck_assert_int_eq(inet_run_ctx(ctx, &req), 0);
	ck_assert_str_eq(mock_stdout(ctx), extended);
	mock_ctx_free(ctx);
}
END_TEST

START_TEST(numeric_timers)
{
	struct netstat_request req = inet_request(
		ALL_PROTOS, NUMERIC | NETSTAT_REQ_ALL | NETSTAT_REQ_TIMERS);
	req.extend = 1;
	struct netstat_ctx *ctx = inet_ctx("basic", &req);
	inet_add_names(ctx); /* must not be used */
	ck_assert_int_eq(inet_run_ctx(ctx, &req), 0);
	ck_assert_str_eq(mock_stdout(ctx), timers);
	mock_ctx_free(ctx);
}
END_TEST

static struct netstat_ctx *long_names(unsigned flags)
{
	static struct netstat_request req;
	req = inet_request("tcp,inet,inet6", NETSTAT_REQ_ALL | flags);
	struct netstat_ctx *ctx = inet_ctx("long-names", &req);
	inet_add_names(ctx);
	mock_add_host(
		ctx, "192.0.2.3",
		"a-really-quite-long-host-name-for-truncation.example.net");
	mock_add_host(ctx, "192.0.2.4", "twenty-one-chars.test");
	mock_add_service(ctx, 8990, "tcp", "clc-build-daemon");
	mock_add_service(ctx, 53, "tcp", "domain");
	mock_add_service(ctx, 5432, "tcp", "postgresql");
	ck_assert_int_eq(inet_run_ctx(ctx, &req), 0);
	return ctx;
}

START_TEST(shortening)
{
	struct netstat_ctx *ctx = long_names(0);
	ck_assert_str_eq(mock_stdout(ctx), shortened);
	mock_ctx_free(ctx);
}
END_TEST

START_TEST(wide_rows)
{
	struct netstat_ctx *ctx = long_names(NETSTAT_REQ_WIDE);
	ck_assert_str_eq(mock_stdout(ctx), wide_text);
	mock_ctx_free(ctx);
}
END_TEST

/* A port name over 18 characters is cut to 18, the host to the rest. */
START_TEST(long_port_name)
{
	struct netstat_request req =
		inet_request("tcp,inet", NETSTAT_REQ_LISTENING);
	struct netstat_ctx *ctx = inet_ctx("basic", &req);
	mock_add_service(ctx, 22, "tcp", "a-service-name-of-20");
	ck_assert_int_eq(inet_run_ctx(ctx, &req), 0);
	ck_assert_str_eq(mock_stdout(ctx), HDR_LISTEN
			 "\n"
			 "tcp        0      0 0.0.:a-service-name-of- "
			 "0.0.0.0:*               LISTEN     \n"
			 "tcp        2      0 127.0.0.1:3306          "
			 "0.0.0.0:*               LISTEN     \n");
	mock_ctx_free(ctx);
}
END_TEST

START_TEST(programs)
{
	struct netstat_request req =
		inet_request("tcp,inet", NUMERIC | NETSTAT_REQ_PROGRAMS);
	struct netstat_ctx *ctx = inet_ctx("basic", &req);
	mock_add_process(ctx, 20003, 77, "a-very-long-program-name");
	mock_add_process(ctx, 20004, 4242, "curl");
	ck_assert_int_eq(inet_run_ctx(ctx, &req), 0);
	ck_assert_str_eq(
		mock_stdout(ctx),
		"Active Internet connections (w/o servers)\n"
		"Proto Recv-Q Send-Q Local Address           Foreign Address  "
		"       State       PID/Program name    \n"
		"tcp        0     36 192.0.2.10:22           192.0.2.11:54321 "
		"       ESTABLISHED 77/a-very-long-prog \n"
		"tcp        0      0 192.0.2.10:40000        192.0.2.254:80   "
		"       ESTABLISHED 4242/curl           \n"
		"tcp        0      0 127.0.0.1:41394         127.0.0.1:3306   "
		"       TIME_WAIT   -                   \n");
	const struct netstat_value *v = mock_value(ctx, 1, "program");
	ck_assert_int_eq(v->type, NETSTAT_T_PROCESS);
	ck_assert_int_eq(v->v.proc.pid, 4242);
	ck_assert_str_eq(v->v.proc.name, "curl");
	ck_assert_int_eq(mock_value(ctx, 2, "program")->type, NETSTAT_T_NULL);
	mock_ctx_free(ctx);
}
END_TEST

/* Without -p the process map is never asked for. */
START_TEST(no_programs_no_lookup)
{
	struct netstat_request req = inet_request("tcp,inet", NUMERIC);
	struct netstat_ctx *ctx = inet_ctx("basic", &req);
	mock_add_process(ctx, 20003, 77, "sshd");
	ck_assert_int_eq(inet_run_ctx(ctx, &req), 0);
	ck_assert_int_eq(mock_value(ctx, 0, "program")->type, NETSTAT_T_NULL);
	mock_ctx_free(ctx);
}
END_TEST

START_TEST(typed_values)
{
	struct netstat_request req = inet_request(ALL_PROTOS, NETSTAT_REQ_ALL);
	int status;
	struct netstat_ctx *ctx = inet_run("basic", &req, &status);
	const struct netstat_value *v;

	/* tcp row 2: 192.0.2.10:22 -> 192.0.2.11:54321, keepalive. */
	v = mock_value(ctx, 2, "proto");
	ck_assert_int_eq(v->type, NETSTAT_T_STRING);
	ck_assert_str_eq(v->v.s, "tcp");
	v = mock_value(ctx, 2, "send_q");
	ck_assert_int_eq(v->type, NETSTAT_T_UINT);
	ck_assert_uint_eq(v->v.u, 36);
	v = mock_value(ctx, 2, "local_address");
	ck_assert_int_eq(v->type, NETSTAT_T_ENDPOINT);
	ck_assert_int_eq(v->v.ep.addr.family, NETSTAT_ADDR_INET);
	ck_assert_mem_eq(v->v.ep.addr.bytes, "\xc0\x00\x02\x0a", 4);
	ck_assert_uint_eq(v->v.ep.port, 22);
	ck_assert_str_eq(v->v.ep.port_table, "tcp");
	v = mock_value(ctx, 2, "state");
	ck_assert_int_eq(v->type, NETSTAT_T_STATE);
	ck_assert_int_eq(v->v.state.code, 1);
	ck_assert_str_eq(v->v.state.name, "ESTABLISHED");
	v = mock_value(ctx, 2, "user");
	ck_assert_int_eq(v->type, NETSTAT_T_USER);
	ck_assert_uint_eq(v->v.uid, 0);
	v = mock_value(ctx, 2, "inode");
	ck_assert_int_eq(v->type, NETSTAT_T_UINT);
	ck_assert_uint_eq(v->v.u, 20003);
	v = mock_value(ctx, 2, "timer");
	ck_assert_int_eq(v->type, NETSTAT_T_TIMER);
	ck_assert_int_eq(v->v.timer.code, 2);
	ck_assert_str_eq(v->v.timer.name, "keepalive");
	ck_assert(v->v.timer.seconds > 5310.039 &&
		  v->v.timer.seconds < 5310.041);

	/* udp row 10 keeps its real retransmit count (classic shows 0). */
	v = mock_value(ctx, 10, "timer");
	ck_assert_int_eq(v->v.timer.retransmits, 4);
	ck_assert_int_eq(v->v.timer.probes, 7);
	/* udplite uses the udp service list; raw states stay numbers. */
	ck_assert_str_eq(mock_value(ctx, 12, "local_address")->v.ep.port_table,
			 "udp");
	v = mock_value(ctx, 14, "state");
	ck_assert_int_eq(v->v.state.code, 7);
	ck_assert_str_eq(v->v.state.name, "CLOSE");
	/* tcp6 v4-mapped keeps its IPv6 form in the typed value. */
	v = mock_value(ctx, 6, "local_address");
	ck_assert_int_eq(v->v.ep.addr.family, NETSTAT_ADDR_INET6);
	ck_assert_uint_eq(v->v.ep.addr.bytes[10], 0xff);
	mock_ctx_free(ctx);
}
END_TEST

/* uid 4294967294 prints as -2; Send-Q 2^64-1 as -1 (net-tools' %ld). */
START_TEST(signed_rendering)
{
	struct netstat_request req =
		inet_request("tcp,inet", NUMERIC | NETSTAT_REQ_LISTENING);
	req.extend = 1;
	int status;
	struct netstat_ctx *ctx = inet_run("malformed", &req, &status);
	ck_assert_str_eq(
		mock_stdout(ctx),
		"Active Internet connections (only servers)\n"
		"Proto Recv-Q Send-Q Local Address           Foreign Address  "
		"       State       User       Inode     \n"
		"tcp        0      0 0.0.0.0:22              0.0.0.0:*        "
		"       LISTEN      0          20001     \n"
		"tcp        0     -1 127.0.0.0:23            0.0.0.0:*        "
		"       LISTEN      -2         20007     \n");
	mock_ctx_free(ctx);
}
END_TEST

Suite *suite_classic(void)
{
	Suite *s = suite_create("classic");
	TCase *tc = tcase_create("rendering");
	tcase_add_test(tc, names_and_users);
	tcase_add_test(tc, numeric_timers);
	tcase_add_test(tc, shortening);
	tcase_add_test(tc, wide_rows);
	tcase_add_test(tc, long_port_name);
	tcase_add_test(tc, programs);
	tcase_add_test(tc, no_programs_no_lookup);
	tcase_add_test(tc, typed_values);
	tcase_add_test(tc, signed_rendering);
	suite_add_tcase(s, tc);
	return s;
}
