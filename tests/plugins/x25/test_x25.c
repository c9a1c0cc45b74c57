/* Tests of the x25 family plugin against fixture /proc trees. */
#include "tests/plugins/legacy/legacy_test.h"

extern const struct netstat_module x25_LTX_netstat_module;

#define TITLE                                                                  \
	"Active X.25 sockets\n"                                                \
	"Dest         Source          Device  LCI  State        Vr/Vs  "       \
	"Send-Q  Recv-Q\n"
#define LISTENERS                                                              \
	"*               2342001         ???     0    LISTENING    00/00  "    \
	"0       0     \n"                                                     \
	"*               2342002         ???     0    LISTENING    00/00  "    \
	"0       0     \n"
#define CALLS                                                                  \
	"2342123456      2342001         x25a    1    ESTABLISHED  05/02  "    \
	"256     1024  \n"                                                     \
	"2342999         234200199       x25a    12   SABM_SENT    00/00  "    \
	"0       0     \n"                                                     \
	"1               2               lapb0   999  RECOVERY     07/07  "    \
	"2       1     \n"                                                     \
	"3106            3106            x25b    1A   DISC_SENT    01/01  "    \
	"0       0     \n"                                                     \
	"234212345678901 2342001         x25b    FFF  ESTABLISHED  00/00  "    \
	"0       0     \n"                                                     \
	"5               5               x25a    42   6            01/01  "    \
	"0       0     \n"                                                     \
	"Problem reading data from /proc/net/x25\n"

static void run(const char *tree)
{
	lt_run(&x25_LTX_netstat_module, "x25", tree);
}

/* LCI 0 (no call) is shown only with -a; -l changes nothing. */
START_TEST(test_calls)
{
	lt_select("x25");
	req.flags |= NETSTAT_REQ_LISTENING;
	run("current");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), TITLE CALLS);
}
END_TEST

START_TEST(test_all)
{
	lt_select("x25");
	req.flags |= NETSTAT_REQ_ALL;
	run("current");
	ck_assert_str_eq(mock_stdout(ctx), TITLE LISTENERS CALLS);
}
END_TEST

START_TEST(test_typed_values)
{
	req.flags |= NETSTAT_REQ_ALL;
	run("current");
	ck_assert_uint_eq(mock_record_count(ctx), 8);
	ck_assert_str_eq(lt_text(0, "destination"), "*");
	ck_assert_uint_eq(lt_value(0, "lci")->v.u, 0);
	ck_assert_uint_eq(lt_value(2, "lci")->v.u, 1);
	ck_assert_uint_eq(lt_value(2, "vr")->v.u, 5);
	ck_assert_uint_eq(lt_value(2, "vs")->v.u, 2);
	ck_assert_uint_eq(lt_value(2, "send_queue")->v.u, 256);
	ck_assert_uint_eq(lt_value(2, "recv_queue")->v.u, 1024);
	/* The whole source; classic shows 9 characters of it. */
	ck_assert_str_eq(lt_text(3, "source"), "2342001999");
	/* LCIs are hexadecimal. */
	ck_assert_uint_eq(lt_value(3, "lci")->v.u, 0x12);
	ck_assert_uint_eq(lt_value(5, "lci")->v.u, 0x1a);
	ck_assert_str_eq(lt_value(5, "state")->v.state.name, "DISC_SENT");
	ck_assert_str_eq(lt_text(6, "destination"), "234212345678901");
	ck_assert_ptr_null(lt_value(7, "state")->v.state.name);
}
END_TEST

/* Current kernels: net/x25 is a directory; the title and nothing else. */
START_TEST(test_directory)
{
	lt_select("x25");
	run("dir");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), TITLE);
	ck_assert_str_eq(mock_stderr(ctx), "");
}
END_TEST

START_TEST(test_missing)
{
	lt_select("x25");
	run("missing");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stderr(ctx),
			 "netstat: no support for `AF X25' on this system.\n");
}
END_TEST

Suite **test_suites(void)
{
	static Suite *suites[2];
	Suite *s = suite_create("x25");
	TCase *tc = tcase_create("sockets");
	tcase_add_checked_fixture(tc, lt_setup, lt_teardown);
	tcase_add_test(tc, test_calls);
	tcase_add_test(tc, test_all);
	tcase_add_test(tc, test_typed_values);
	tcase_add_test(tc, test_directory);
	tcase_add_test(tc, test_missing);
	suite_add_tcase(s, tc);
	suites[0] = s;
	suites[1] = NULL;
	return suites;
}
