/* Tests of the ax25 family plugin against fixture /proc trees. */
#include "tests/plugins/legacy/legacy_test.h"

extern const struct netstat_module ax25_LTX_netstat_module;

#define TITLE                                                                  \
	"Active AX.25 sockets\n"                                               \
	"Dest       Source     Device  State        Vr/Vs    Send-Q  Recv-Q\n"
#define PROBLEM "problem reading data from /proc/net/ax25\n"

static void run(const char *tree)
{
	lt_run(&ax25_LTX_netstat_module, "ax25", tree);
}

START_TEST(test_current)
{
	lt_select("ax25");
	run("current");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(
		mock_stdout(ctx), TITLE
		"G8BPQ-5    G4KLX-1    ax0     ESTABLISHED  002/005  0       0 "
		"    \n"
		"*          G4KLX-1    ax0     LISTENING    000/000  0       0 "
		"    \n"
		"WB0ABC-7   N0CALL-15  bpq1    SABM SENT    000/000  1024    "
		"512   \n"
		"K1ABC-2    VE3XYZ     ax1     RECOVERY     011/012  2       3 "
		"    \n"
		"DL1ABC     G4KLX-1    ax0     DISC SENT    000/000  0       0 "
		"    \n"
		"*          N0CALL*    ax0     LISTENING    000/000  0       0 "
		"    \n"
		"K1ABC-2    G4KLX-1    ax0     ESTABLISHED  100/127  65535   "
		"4294967295\n"
		"SHORT      LONGCALL-15  nr0     7            001/001  5       "
		"6  "
		"   \n" PROBLEM PROBLEM PROBLEM
		"K1ABC      G4KLX-2    ax0     ESTABLISHED  002/001  9       8 "
		"    \n");
	ck_assert_str_eq(mock_stderr(ctx), "");
	ck_assert_uint_eq(mock_record_count(ctx), 9);
}
END_TEST

START_TEST(test_typed_values)
{
	run("current");
	ck_assert_str_eq(lt_text(0, "destination"), "G8BPQ-5");
	ck_assert_str_eq(lt_text(0, "source"), "G4KLX-1");
	ck_assert_str_eq(lt_value(0, "device")->v.s, "ax0");
	ck_assert_int_eq(lt_value(0, "state")->v.state.code, 3);
	ck_assert_str_eq(lt_value(0, "state")->v.state.name, "ESTABLISHED");
	ck_assert_uint_eq(lt_value(0, "vr")->v.u, 2);
	ck_assert_uint_eq(lt_value(0, "vs")->v.u, 5);
	ck_assert_int_eq(lt_value(0, "digipeaters")->type, NETSTAT_T_NULL);
	/* No socket ("*" queues): absent, shown as 0 in classic. */
	ck_assert_int_eq(lt_value(1, "send_queue")->type, NETSTAT_T_NULL);
	ck_assert_int_eq(lt_value(1, "recv_queue")->type, NETSTAT_T_NULL);
	ck_assert_str_eq(lt_value(2, "digipeaters")->v.s, "RELAY*,WIDE2-1");
	ck_assert_str_eq(lt_text(2, "destination"), "WB0ABC-7");
	ck_assert_uint_eq(lt_value(2, "send_queue")->v.u, 1024);
	ck_assert_uint_eq(lt_value(2, "recv_queue")->v.u, 512);
	ck_assert_str_eq(lt_text(5, "source"), "N0CALL*");
	ck_assert_uint_eq(lt_value(6, "recv_queue")->v.u, 4294967295u);
	/* A state outside the table: the code, no name. */
	ck_assert_int_eq(lt_value(7, "state")->v.state.code, 7);
	ck_assert_ptr_null(lt_value(7, "state")->v.state.name);
}
END_TEST

START_TEST(test_old_format)
{
	run("old");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx),
			 TITLE "G8BPQ-5    G4KLX-1    ax0     ESTABLISHED  "
			       "002/005  7       9     \n"
			       "*          G4KLX-1    ax0     LISTENING    "
			       "000/000  0       0     \n"
			       "Problem reading data from /proc/net/ax25\n"
			       "Problem reading data from /proc/net/ax25\n");
}
END_TEST

/* The title needs the file: an empty one still shows it. */
START_TEST(test_empty)
{
	run("empty");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), TITLE);
}
END_TEST

#define NO_SUPPORT "netstat: no support for `AF AX25' on this system.\n"

START_TEST(test_missing_named)
{
	lt_select("ax25");
	run("missing");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_str_eq(mock_stderr(ctx), NO_SUPPORT);
}
END_TEST

START_TEST(test_missing_default)
{
	run("missing");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_str_eq(mock_stderr(ctx), "");
}
END_TEST

/* -v: the note, but the default listing still succeeds. */
START_TEST(test_missing_verbose)
{
	req.flags |= NETSTAT_REQ_VERBOSE | NETSTAT_REQ_PROTOCOLS_IMPLIED;
	run("missing");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stderr(ctx), NO_SUPPORT);
}
END_TEST

START_TEST(test_open_error)
{
	lt_select("ax25");
	run("notdir");
	ck_assert_int_eq(status, 255);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_str_eq(mock_stderr(ctx), "/proc/net/ax25: Not a directory\n");
}
END_TEST

Suite **test_suites(void)
{
	static Suite *suites[2];
	Suite *s = suite_create("ax25");
	TCase *tc = tcase_create("sockets");
	tcase_add_checked_fixture(tc, lt_setup, lt_teardown);
	tcase_add_test(tc, test_current);
	tcase_add_test(tc, test_typed_values);
	tcase_add_test(tc, test_old_format);
	tcase_add_test(tc, test_empty);
	tcase_add_test(tc, test_missing_named);
	tcase_add_test(tc, test_missing_default);
	tcase_add_test(tc, test_missing_verbose);
	tcase_add_test(tc, test_open_error);
	suite_add_tcase(s, tc);
	suites[0] = s;
	suites[1] = NULL;
	return suites;
}
