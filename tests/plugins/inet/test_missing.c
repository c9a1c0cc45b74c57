/* Missing and unreadable tables (reference §3.2). */
#include "tests/plugins/inet/test_inet.h"

#define NO_TCP "netstat: no support for `AF INET (tcp)' on this system.\n"
#define NO_SCTP "netstat: no support for `AF INET (sctp)' on this system.\n"
#define NO_IGMP "netstat: no support for `AF INET (igmp)' on this system.\n"

/* -t: the note, the IPv6 rows still print, then status 1. */
static const char tcp6_only[] = "Active Internet connections (w/o servers)\n"
				"Proto Recv-Q Send-Q Local Address           "
				"Foreign Address         State      \n"
				"tcp6       0      0 192.0.2.10:http         "
				"192.0.2.11:54322        ESTABLISHED\n"
				"tcp6       1      0 v6alpha.example:https   "
				"v6b:57345               CLOSE_WAIT \n";

static const char groups6_only[] =
	"IPv6/IPv4 Group Memberships\n"
	"Interface       RefCnt Group\n"
	"--------------- ------ ---------------------\n"
	"lo              1      ff02::1\n"
	"eth0            2      ff02::1:ff00:a\n"
	"eth0            1      ff05::1:3\n";

START_TEST(ipv4_missing_named_protocol)
{
	struct netstat_request req = inet_request("tcp,inet,inet6", 0);
	struct netstat_ctx *ctx = inet_ctx("missing-v4", &req);
	inet_add_names(ctx);
	ck_assert_int_eq(inet_run_ctx(ctx, &req), 1);
	ck_assert_str_eq(mock_stdout(ctx), tcp6_only);
	ck_assert_str_eq(mock_stderr(ctx), NO_TCP);
	mock_ctx_free(ctx);
}
END_TEST

/* -t -4: no IPv6 sibling, the IPv4 source ends the run itself. */
START_TEST(ipv4_missing_inet_only)
{
	struct netstat_request req = inet_request("tcp,inet", NETSTAT_REQ_ALL);
	int status;
	struct netstat_ctx *ctx = inet_run("missing-v4", &req, &status);
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx), HDR_ALL "\n");
	ck_assert_str_eq(mock_stderr(ctx), NO_TCP);
	mock_ctx_free(ctx);
}
END_TEST

/* The status ends the run: udp is not listed after a missing tcp. */
START_TEST(status_stops_later_sources)
{
	struct netstat_request req =
		inet_request("tcp,udp,inet,inet6", NETSTAT_REQ_ALL);
	int status;
	struct netstat_ctx *ctx = inet_run("missing-v4", &req, &status);
	ck_assert_int_eq(status, 1);
	ck_assert_uint_eq(mock_record_count(ctx), 3);
	ck_assert_str_eq(mock_value(ctx, 2, "proto")->v.s, "tcp6");
	ck_assert_str_eq(mock_stderr(ctx), NO_TCP);
	mock_ctx_free(ctx);
}
END_TEST

/* -4: protocols implied by the family, so silence and status 0. */
START_TEST(implied_protocols_silent)
{
	struct netstat_request req = inet_request(
		"tcp,sctp,udp,udplite,raw,inet", NETSTAT_REQ_PROTOCOLS_IMPLIED);
	int status;
	struct netstat_ctx *ctx = inet_run("noproc", &req, &status);
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), HDR_CONN "\n");
	ck_assert_str_eq(mock_stderr(ctx), "");
	mock_ctx_free(ctx);
}
END_TEST

/* Default listing: silent; with -v the notes appear, status stays 0. */
START_TEST(default_listing)
{
	struct netstat_request req = inet_request("", 0);
	int status;
	struct netstat_ctx *ctx = inet_run("noproc", &req, &status);
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stderr(ctx), "");
	mock_ctx_free(ctx);

	req = inet_request("", NETSTAT_REQ_VERBOSE);
	ctx = inet_run("missing-v4", &req, &status);
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stderr(ctx),
			 NO_TCP NO_SCTP "netstat: no support for `AF INET "
					"(udp)' on this system.\n"
					"netstat: no support for `AF INET "
					"(udplite)' on this system.\n"
					"netstat: no support for `AF INET "
					"(raw)' on this system.\n");
	mock_ctx_free(ctx);
}
END_TEST

/* Other errors: perror-style line and status 255 at once. */
START_TEST(other_errno_fails)
{
	struct netstat_request req = inet_request("tcp,inet,inet6", 0);
	int status;
	struct netstat_ctx *ctx = inet_run("notdir", &req, &status);
	ck_assert_int_eq(status, 255);
	ck_assert_str_eq(mock_stderr(ctx), "/proc/net/tcp: Not a directory\n");
	ck_assert_str_eq(mock_stdout(ctx), HDR_CONN "\n");
	mock_ctx_free(ctx);
}
END_TEST

/* A missing IPv6 file is skipped silently, whatever was asked. */
START_TEST(ipv6_missing_silent)
{
	struct netstat_request req = inet_request("raw,inet6", 0);
	int status;
	struct netstat_ctx *ctx = inet_run("noproc", &req, &status);
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stderr(ctx), "");
	mock_ctx_free(ctx);
}
END_TEST

/* -S: the header, the note, status 1. */
START_TEST(sctp_missing)
{
	struct netstat_request req = inet_request("sctp,inet,inet6", 0);
	int status;
	struct netstat_ctx *ctx = inet_run("noproc", &req, &status);
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx), HDR_CONN "\n");
	ck_assert_str_eq(mock_stderr(ctx), NO_SCTP);
	mock_ctx_free(ctx);
}
END_TEST

/* -S -a: the endpoints' failure ends the run before the associations. */
START_TEST(sctp_missing_all_once)
{
	struct netstat_request req =
		inet_request("sctp,inet,inet6", NETSTAT_REQ_ALL);
	int status;
	struct netstat_ctx *ctx = inet_run("noproc", &req, &status);
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stderr(ctx), NO_SCTP);
	mock_ctx_free(ctx);
}
END_TEST

/* -v -a (default listing): both files noted, status 0. */
START_TEST(sctp_missing_verbose_twice)
{
	struct netstat_request req =
		inet_request("", NETSTAT_REQ_ALL | NETSTAT_REQ_VERBOSE);
	int status = -1;
	struct netstat_ctx *ctx = inet_ctx("noproc", &req);
	const struct netstat_family *f = inet_LTX_netstat_module.family;
	for (size_t i = 0; i < f->n_sources; i++)
		if (f->sources[i].list && f->sources[i].order == 20 &&
		    f->sources[i].report == NETSTAT_REPORT_CONNECTIONS)
			status = mock_run_source(ctx, &inet_LTX_netstat_module,
						 &f->sources[i]);
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stderr(ctx), NO_SCTP NO_SCTP);
	mock_ctx_free(ctx);
}
END_TEST

/* -g with /proc/net/igmp missing: header, IPv6 groups, note, status 1. */
START_TEST(igmp_missing)
{
	struct netstat_request req = inet_request("groups,inet,inet6", 0);
	struct netstat_ctx *ctx = inet_ctx("missing-v4", &req);
	inet_add_names(ctx);
	ck_assert_int_eq(inet_run_ctx(ctx, &req), 1);
	ck_assert_str_eq(mock_stdout(ctx), groups6_only);
	ck_assert_str_eq(mock_stderr(ctx), NO_IGMP);
	mock_ctx_free(ctx);
}
END_TEST

/* -g -4 with nothing there: the header alone, silently. */
START_TEST(groups_header_without_files)
{
	struct netstat_request req =
		inet_request("tcp,sctp,udp,udplite,raw,groups,inet",
			     NETSTAT_REQ_PROTOCOLS_IMPLIED);
	int status;
	struct netstat_ctx *ctx = inet_run("noproc", &req, &status);
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx),
			 HDR_CONN "\n"
				  "IPv6/IPv4 Group Memberships\n"
				  "Interface       RefCnt Group\n"
				  "--------------- ------ "
				  "---------------------\n");
	ck_assert_str_eq(mock_stderr(ctx), "");
	mock_ctx_free(ctx);
}
END_TEST

Suite *suite_missing(void)
{
	Suite *s = suite_create("missing");
	TCase *tc = tcase_create("files");
	tcase_add_test(tc, ipv4_missing_named_protocol);
	tcase_add_test(tc, ipv4_missing_inet_only);
	tcase_add_test(tc, status_stops_later_sources);
	tcase_add_test(tc, implied_protocols_silent);
	tcase_add_test(tc, default_listing);
	tcase_add_test(tc, other_errno_fails);
	tcase_add_test(tc, ipv6_missing_silent);
	tcase_add_test(tc, sctp_missing);
	tcase_add_test(tc, sctp_missing_all_once);
	tcase_add_test(tc, sctp_missing_verbose_twice);
	tcase_add_test(tc, igmp_missing);
	tcase_add_test(tc, groups_header_without_files);
	suite_add_tcase(s, tc);
	return s;
}
