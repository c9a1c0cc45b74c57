/* Tests of the rose family plugin against fixture /proc trees. */
#include "tests/plugins/legacy/legacy_test.h"

extern const struct netstat_module rose_LTX_netstat_module;

#define PROBLEM "Problem reading data from /proc/net/rose\n"

static void run(const char *tree)
{
	lt_run(&rose_LTX_netstat_module, "rose", tree);
}

START_TEST(test_current)
{
	lt_select("rose");
	run("current");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), "Active ROSE sockets\n"
					   "dest_addr   dest_call  src_addr    "
					   "src_call  dev   lci neigh   "
					   "state\n"
					   "*           *          2624000001  "
					   "G4KLX     ???     0     0   "
					   "LISTENING\n"
					   "*           *          2624000002  "
					   "G4KLX-2   ???     0     0   "
					   "LISTENING\n"
					   "3100000002  K1ABC-2    2624000001  "
					   "G4KLX-1   rose0   1     1   "
					   "ESTABLISHED\n"
					   "2624000099  DL1ABC     2624000001  "
					   "G4KLX     rose0 999     2   "
					   "CONN SENT\n"
					   "5050505050  VK2XX-15   2624000001  "
					   "G4KLX     rose1  AB 65535   "
					   "DISC SENT\n"
					   "5050505051  VK2XX-14   2624000001  "
					   "G4KLX     rose1  42     3   "
					   "ESTABLISHED\n"
					   "5050505052  N0CALL     2624000001  "
					   "G4KLX     rose1  43     3   "
					   "5\n" PROBLEM PROBLEM);
	ck_assert_str_eq(mock_stderr(ctx), "");
}
END_TEST

START_TEST(test_typed_values)
{
	run("current");
	ck_assert_uint_eq(mock_record_count(ctx), 7);
	ck_assert_str_eq(lt_text(2, "destination_address"), "3100000002");
	ck_assert_str_eq(lt_text(2, "destination_callsign"), "K1ABC-2");
	ck_assert_str_eq(lt_text(2, "source_address"), "2624000001");
	ck_assert_str_eq(lt_text(2, "source_callsign"), "G4KLX-1");
	ck_assert_str_eq(lt_value(2, "device")->v.s, "rose0");
	ck_assert_uint_eq(lt_value(3, "lci")->v.u, 0x999);
	ck_assert_uint_eq(lt_value(4, "lci")->v.u, 0xab);
	ck_assert_uint_eq(lt_value(4, "neighbour")->v.u, 65535);
	ck_assert_str_eq(lt_value(4, "state")->v.state.name, "DISC SENT");
	ck_assert_int_eq(lt_value(6, "state")->v.state.code, 5);
	ck_assert_ptr_null(lt_value(6, "state")->v.state.name);
}
END_TEST

START_TEST(test_missing)
{
	lt_select("rose");
	run("missing");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_str_eq(mock_stderr(ctx),
			 "netstat: no support for `AF ROSE' on this system.\n");
}
END_TEST

Suite **test_suites(void)
{
	static Suite *suites[2];
	Suite *s = suite_create("rose");
	TCase *tc = tcase_create("sockets");
	tcase_add_checked_fixture(tc, lt_setup, lt_teardown);
	tcase_add_test(tc, test_current);
	tcase_add_test(tc, test_typed_values);
	tcase_add_test(tc, test_missing);
	suite_add_tcase(s, tc);
	suites[0] = s;
	suites[1] = NULL;
	return suites;
}
