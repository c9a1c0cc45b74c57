/* Tests of the X.25 routing table (-r -A x25). */
#include "tests/plugins/legacy/legacy_route_test.h"

extern const struct netstat_module x25_LTX_netstat_module;

#define TITLE                                                                  \
	"Kernel X.25 routing table\n"                                          \
	"Destination          Iface\n"

static void run(const char *tree)
{
	lt_run(&x25_LTX_netstat_module, "x25", tree);
}

START_TEST(test_routes_text)
{
	run("routes");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx),
			 TITLE "2342/4               x25a \n"
			       "234212345678901/15   x25b \n"
			       "*                    lapb0\n"
			       /* the line's first 5 characters, blanks too */
			       "31   /5              x25c \n"
			       /* outside 0..15: 15 */
			       "31             /15   x25d \n"
			       "31             /15   x25e \n"
			       "9/1                  averylongd\n"
			       /* short line: no digits, no device */
			       "*                         \n");
	ck_assert_str_eq(mock_stderr(ctx), "");
	ck_assert_uint_eq(mock_record_count(ctx), 8);
}
END_TEST

START_TEST(test_routes_values)
{
	run("routes");
	ck_assert_str_eq(lt_text(0, "destination"), "2342");
	ck_assert_int_eq(lrt_int(0, "digits"), 4);
	ck_assert_str_eq(lrt_str(0, "iface"), "x25a");
	ck_assert_str_eq(lt_text(1, "destination"), "234212345678901");
	lrt_null(2, "destination");
	ck_assert_int_eq(lrt_int(2, "digits"), 0);
	/* Typed: as the kernel wrote it, not clamped. */
	ck_assert_int_eq(lrt_int(4, "digits"), -3);
	ck_assert_int_eq(lrt_int(5, "digits"), 16);
	ck_assert_str_eq(lrt_str(6, "iface"), "averylongd");
}
END_TEST

/* /proc/net/x25 is the old socket file: the old route file is read. */
START_TEST(test_old_file)
{
	run("routes-old");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx),
			 TITLE "31/2                 ???  \n");
}
END_TEST

/* Missing: the note alone, on stdout. */
START_TEST(test_missing)
{
	run("missing");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx),
			 "X.25 not configured in this system.\n");
	ck_assert_str_eq(mock_stderr(ctx), "");
}
END_TEST

/* A directory without route: the same note. */
START_TEST(test_dir_without_route)
{
	run("dir");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx),
			 "X.25 not configured in this system.\n");
}
END_TEST

/* A control byte in the address is escaped before the field is padded. */
START_TEST(test_control_bytes)
{
	run("routes-control");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx),
			 TITLE "23\\0012/4               "
			       "x2\\001a\n"
			       "*                    25b  \n");
}
END_TEST

Suite **test_suites(void)
{
	static Suite *suites[2];
	Suite *s = suite_create("x25_route");
	TCase *tc = tcase_create("routes");
	tcase_add_checked_fixture(tc, lrt_setup, lt_teardown);
	tcase_add_test(tc, test_routes_text);
	tcase_add_test(tc, test_routes_values);
	tcase_add_test(tc, test_old_file);
	tcase_add_test(tc, test_missing);
	tcase_add_test(tc, test_dir_without_route);
	tcase_add_test(tc, test_control_bytes);
	suite_add_tcase(s, tc);
	suites[0] = s;
	suites[1] = NULL;
	return suites;
}
