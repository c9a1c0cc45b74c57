/* Tests of the netrom family plugin against fixture /proc trees. */
#include "tests/plugins/legacy/legacy_test.h"

extern const struct netstat_module netrom_LTX_netstat_module;

#define TITLE                                                                  \
	"Active NET/ROM sockets\n"                                             \
	"User       Dest       Source     Device  State        Vr/Vs    "      \
	"Send-Q  Recv-Q\n"
#define PROBLEM "Problem reading data from /proc/net/nr\n"

static void run(const char *tree)
{
	lt_run(&netrom_LTX_netstat_module, "netrom", tree);
}

START_TEST(test_current)
{
	lt_select("netrom");
	run("current");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx),
			 TITLE "G4KLX      *          G4KLX-9    ???     "
			       "LISTENING    000/000  "
			       "0       0     \n"
			       "G4KLX      *          G4KLX-10   ???     "
			       "LISTENING    000/000  "
			       "0       0     \n"
			       "G4KLX      G8BPQ-2    G4KLX-9    nr0     "
			       "ESTABLISHED  002/001  "
			       "4       0     \n"
			       "N0CALL-1   WB0ABC-15  G4KLX-9    nr0     CONN "
			       "SENT    000/000  "
			       "0       0     \n"
			       "VE3XYZ     K1ABC-2    G4KLX-9    nr1     DISC "
			       "SENT    100/099  "
			       "1024    65535 \n"
			       "DL1ABC-15  K1ABC-2    G4KLX-9    nr1     "
			       "ESTABLISHED  007/007  "
			       "1       2     \n"
			       "K1ABC      G4KLX      G4KLX-9    nr0     9     "
			       "       000/000  "
			       "0       0     \n" PROBLEM PROBLEM
			       "G4KLX-2    G8BPQ-2    G4KLX-9    nr0     "
			       "ESTABLISHED  004/003  "
			       "5       6     \n");
	ck_assert_str_eq(mock_stderr(ctx), "");
}
END_TEST

START_TEST(test_typed_values)
{
	run("current");
	ck_assert_uint_eq(mock_record_count(ctx), 8);
	/* Fixed columns come without their padding. */
	ck_assert_str_eq(lt_text(0, "user"), "G4KLX");
	ck_assert_str_eq(lt_text(0, "destination"), "*");
	ck_assert_str_eq(lt_text(1, "source"), "G4KLX-10");
	ck_assert_str_eq(lt_value(2, "device")->v.s, "nr0");
	ck_assert_str_eq(lt_value(2, "state")->v.state.name, "ESTABLISHED");
	ck_assert_uint_eq(lt_value(4, "vr")->v.u, 100);
	ck_assert_uint_eq(lt_value(4, "vs")->v.u, 99);
	ck_assert_uint_eq(lt_value(4, "send_queue")->v.u, 1024);
	ck_assert_uint_eq(lt_value(4, "recv_queue")->v.u, 65535);
	ck_assert_str_eq(lt_text(5, "user"), "DL1ABC-15");
	ck_assert_ptr_null(lt_value(6, "state")->v.state.name);
	ck_assert_int_eq(lt_value(6, "state")->v.state.code, 9);
}
END_TEST

START_TEST(test_missing)
{
	lt_select("netrom");
	run("missing");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_str_eq(
		mock_stderr(ctx),
		"netstat: no support for `AF NETROM' on this system.\n");
}
END_TEST

/* Another family named: this one does not run. */
START_TEST(test_not_selected)
{
	lt_select("ax25");
	run("current");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), "");
}
END_TEST

Suite **test_suites(void)
{
	static Suite *suites[2];
	Suite *s = suite_create("netrom");
	TCase *tc = tcase_create("sockets");
	tcase_add_checked_fixture(tc, lt_setup, lt_teardown);
	tcase_add_test(tc, test_current);
	tcase_add_test(tc, test_typed_values);
	tcase_add_test(tc, test_missing);
	tcase_add_test(tc, test_not_selected);
	suite_add_tcase(s, tc);
	suites[0] = s;
	suites[1] = NULL;
	return suites;
}
