/* Tests of the AX.25 routing table (-r -A ax25). */
#include "tests/plugins/legacy/legacy_route_test.h"

extern const struct netstat_module ax25_LTX_netstat_module;

#define TITLE                                                                  \
	"Kernel AX.25 routing table\n"                                         \
	"Destination  Iface    Use\n"

static void run(const char *tree)
{
	lt_run(&ax25_LTX_netstat_module, "ax25", tree);
}

START_TEST(test_routes_text)
{
	run("routes");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), TITLE
			 "G8BPQ-5      ax0        0\n"
			 "WB0ABC-7     bpq1       0\n"
			 "default      ax1        0\n"
			 /* columns, not words: as net-tools cuts them */
			 "LONGCALL-    5 ax       0\n"
			 "N0CALL       bpq1       3\n"
			 "K1ABC        ax0       42\n"
			 /* atoi: 64-bit value cut to an int */
			 "K3ABC        ax0    1215752191\n"
			 /* short line: empty fields, not the last row's */
			 "SHORT                   0\n"
			 "VE3XYZ-1     ax2        0\n");
	ck_assert_str_eq(mock_stderr(ctx), "");
	/* The blank line is no row. */
	ck_assert_uint_eq(mock_record_count(ctx), 9);
}
END_TEST

START_TEST(test_routes_values)
{
	run("routes");
	ck_assert_str_eq(lt_text(0, "destination"), "G8BPQ-5");
	ck_assert_str_eq(lrt_str(0, "iface"), "ax0");
	ck_assert_int_eq(lrt_int(0, "use"), 0);
	lrt_null(0, "mode");
	lrt_null(0, "digipeaters");
	ck_assert_str_eq(lrt_str(1, "mode"), "vc");
	ck_assert_str_eq(lrt_str(1, "digipeaters"), "RELAY,WIDE2-1");
	ck_assert_str_eq(lrt_str(2, "mode"), "dg");
	ck_assert_str_eq(lt_text(3, "destination"), "LONGCALL-");
	ck_assert_int_eq(lrt_int(4, "use"), 3);
	ck_assert_int_eq(lrt_int(6, "use"), 1215752191);
	ck_assert_str_eq(lt_text(7, "destination"), "SHORT");
	ck_assert_str_eq(lrt_str(7, "iface"), "");
	ck_assert_str_eq(lrt_str(8, "digipeaters"), "DIGI1*,DIGI2,DIGI3");
}
END_TEST

/* Missing: perror on stderr, the note on stdout, status 1. */
START_TEST(test_missing)
{
	run("missing");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx),
			 "AX.25 not configured in this system.\n");
	ck_assert_str_eq(mock_stderr(ctx),
			 "/proc/net/ax25_route: No such file or directory\n");
	ck_assert_uint_eq(mock_record_count(ctx), 0);
}
END_TEST

START_TEST(test_open_error)
{
	run("notdir");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx),
			 "AX.25 not configured in this system.\n");
	ck_assert_str_eq(mock_stderr(ctx),
			 "/proc/net/ax25_route: Not a directory\n");
}
END_TEST

/* The socket table alone is no route table: only the route source runs. */
START_TEST(test_sockets_not_listed)
{
	run("current");
	ck_assert_int_eq(status, 1);
	ck_assert_uint_eq(mock_record_count(ctx), 0);
}
END_TEST

/* -e, -n and -C change nothing in this table. */
START_TEST(test_options_ignored)
{
	req.extend = 3;
	req.flags |= NETSTAT_REQ_NUMERIC_HOSTS | NETSTAT_REQ_CACHE;
	run("routes");
	ck_assert_int_eq(status, 0);
	ck_assert_uint_eq(mock_record_count(ctx), 9);
	ck_assert_ptr_nonnull(
		strstr(mock_stdout(ctx), TITLE "G8BPQ-5      ax0        0\n"));
}
END_TEST

/* A control byte is escaped before the field is padded, so the blanks
 * after it stay (the destination is cut to 9 bytes first). */
START_TEST(test_control_bytes)
{
	run("routes-control");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx),
			 TITLE "G8\\001PQ-5    ax\\0010      0\n"
			       "CALL\\001ABCD     ax0       0\n");
	ck_assert_str_eq(lt_text(0, "destination"), "G8\001PQ-5");
}
END_TEST

Suite **test_suites(void)
{
	static Suite *suites[2];
	Suite *s = suite_create("ax25_route");
	TCase *tc = tcase_create("routes");
	tcase_add_checked_fixture(tc, lrt_setup, lt_teardown);
	tcase_add_test(tc, test_routes_text);
	tcase_add_test(tc, test_routes_values);
	tcase_add_test(tc, test_missing);
	tcase_add_test(tc, test_open_error);
	tcase_add_test(tc, test_sockets_not_listed);
	tcase_add_test(tc, test_options_ignored);
	tcase_add_test(tc, test_control_bytes);
	suite_add_tcase(s, tc);
	suites[0] = s;
	suites[1] = NULL;
	return suites;
}
