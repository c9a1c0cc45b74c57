/* Tests of the bluetooth family plugin (Debian's unsupported behaviour). */
#include "tests/plugins/legacy/legacy_test.h"

extern const struct netstat_module bluetooth_LTX_netstat_module;

#define NOT_SUPPORTED                                                          \
	"netstat: feature `AF BLUETOOTH' not supported.\n"                     \
	"Please recompile `net-tools' with newer kernel source or full "       \
	"configuration.\n"

static void run(void)
{
	lt_run(&bluetooth_LTX_netstat_module, "bluetooth", "empty");
}

/* -A bluetooth selects both protocols: the message once, status 1. */
START_TEST(test_family_named)
{
	lt_select("bluetooth");
	lt_select("l2cap");
	lt_select("rfcomm");
	run();
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_str_eq(mock_stderr(ctx), NOT_SUPPORTED);
}
END_TEST

START_TEST(test_rfcomm_named)
{
	lt_select("bluetooth");
	lt_select("rfcomm");
	run();
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stderr(ctx), NOT_SUPPORTED);
}
END_TEST

/* The default listing says nothing about Bluetooth, even with -v. */
START_TEST(test_default_silent)
{
	req.flags |= NETSTAT_REQ_VERBOSE;
	run();
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_str_eq(mock_stderr(ctx), "");
}
END_TEST

START_TEST(test_other_family_named)
{
	lt_select("unix");
	run();
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stderr(ctx), "");
}
END_TEST

Suite **test_suites(void)
{
	static Suite *suites[2];
	Suite *s = suite_create("bluetooth");
	TCase *tc = tcase_create("debian");
	tcase_add_checked_fixture(tc, lt_setup, lt_teardown);
	tcase_add_test(tc, test_family_named);
	tcase_add_test(tc, test_rfcomm_named);
	tcase_add_test(tc, test_default_silent);
	tcase_add_test(tc, test_other_family_named);
	suite_add_tcase(s, tc);
	suites[0] = s;
	suites[1] = NULL;
	return suites;
}
