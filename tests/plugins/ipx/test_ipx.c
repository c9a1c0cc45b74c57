/* Tests of the ipx family plugin against fixture /proc trees. */
#include "tests/plugins/legacy/legacy_test.h"

extern const struct netstat_module ipx_LTX_netstat_module;

#define TITLE                                                                  \
	"Active IPX sockets\n"                                                 \
	"Proto Recv-Q Send-Q Local Address              Foreign Address      " \
	"      State"
#define ROW1 "IPX        0      0 00000001:0000C0FFEE01:5104 -               "
#define ROW2                                                                   \
	"IPX      512     64 00000001:0000C0FFEE01:0340 "                      \
	"DEADBEEF:00A0C9123456:5204 ESTAB"
#define ROW3                                                                   \
	"IPX       16     32 00000001:0000C0FFEE02:0440 "                      \
	"DEADBEEF:00A0C9123456:5304 ESTAB"
#define ROW4                                                                   \
	"IPX        0      0 FFFFFFFE:FFFFFFFFFFFE:FFFF -                    " \
	"      UNK. "
#define ROW5 "IPX        5      6 00000010:0000              -               "
#define ROW6                                                                   \
	"IPX        0      0 :0100                      :3412                " \
	"      ESTAB"
#define ROW7 "IPX        0      0 0000ABCD:0040              -               "
#define PAD16 "                "
#define PROBLEM "Problem reading data from /proc/net/ipx/socket\n"

static void run(const char *tree)
{
	lt_run(&ipx_LTX_netstat_module, "ipx", tree);
}

/* Queues swapped and ports byte-swapped, as net-tools 2.10 prints them. */
START_TEST(test_current)
{
	lt_select("ipx");
	run("current");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx),
			 TITLE "\n" ROW1 PAD16 "\n" ROW2 "\n" ROW3 "\n" ROW4
			       "\n" ROW5 PAD16 "\n" ROW6 "\n" ROW7 PAD16
			       "\n" PROBLEM);
	ck_assert_str_eq(mock_stderr(ctx), "");
}
END_TEST

START_TEST(test_extend_users)
{
	lt_select("ipx");
	req.extend = 1;
	lt_open("ipx", "current");
	mock_add_user(ctx, 0, "root");
	mock_add_user(ctx, 1000, "alice");
	mock_add_user(ctx, 65534, "nobody");
	run("current");
	ck_assert_str_eq(mock_stdout(ctx), TITLE
			 " User\n" ROW1 PAD16 " root      \n" ROW2
			 " alice     \n" ROW3 " alice     \n" ROW4
			 " nobody    \n" ROW5 PAD16 " 12345     \n" ROW6
			 " root      \n" ROW7 PAD16 " root      \n" PROBLEM);
}
END_TEST

START_TEST(test_typed_values)
{
	run("current");
	ck_assert_uint_eq(mock_record_count(ctx), 7);
	ck_assert_str_eq(lt_value(0, "proto")->v.s, "IPX");
	const struct netstat_value *local = lt_value(1, "local_address");
	ck_assert_int_eq(local->type, NETSTAT_T_ENDPOINT);
	ck_assert_str_eq(local->v.ep.addr.text, "00000001:0000C0FFEE01");
	ck_assert_uint_eq(local->v.ep.port, 0x4003);
	const struct netstat_value *remote = lt_value(1, "foreign_address");
	ck_assert_str_eq(remote->v.ep.addr.text, "DEADBEEF:00A0C9123456");
	ck_assert_uint_eq(remote->v.ep.port, 0x0452);
	/* True queues in the records. */
	ck_assert_uint_eq(lt_value(1, "recv_queue")->v.u, 0x40);
	ck_assert_uint_eq(lt_value(1, "send_queue")->v.u, 0x200);
	ck_assert_str_eq(lt_value(1, "state")->v.state.name, "ESTABLISHED");
	ck_assert_int_eq(lt_value(1, "user")->type, NETSTAT_T_USER);
	ck_assert_uint_eq(lt_value(1, "user")->v.uid, 1000);
	ck_assert_int_eq(lt_value(0, "foreign_address")->type, NETSTAT_T_NULL);
	ck_assert_str_eq(lt_value(0, "state")->v.state.name, "CLOSE");
	ck_assert_ptr_null(lt_value(3, "state")->v.state.name);
	ck_assert_str_eq(lt_value(6, "local_address")->v.ep.addr.text,
			 "0000ABCD");
}
END_TEST

/* No colon: net-tools' internal error, after the rows before it. */
START_TEST(test_bad_source)
{
	lt_select("ipx");
	run("badsource");
	ck_assert_int_eq(status, 255);
	ck_assert_str_eq(mock_stdout(ctx), TITLE "\n" ROW1 PAD16 "\n");
	ck_assert_str_eq(mock_stderr(ctx),
			 "netstat.c: Internal Error `ipx socket format error "
			 "in source port'.\n");
}
END_TEST

START_TEST(test_bad_destination)
{
	lt_select("ipx");
	run("baddest");
	ck_assert_int_eq(status, 255);
	ck_assert_str_eq(mock_stdout(ctx), TITLE "\n");
	ck_assert_str_eq(mock_stderr(ctx),
			 "netstat.c: Internal Error `ipx socket format error "
			 "in destination port'.\n");
}
END_TEST

/* A pre-2.4 net/ipx file makes net/ipx/socket fail with ENOTDIR, which
 * net-tools 2.10 reports instead of reading the file. */
START_TEST(test_old_file)
{
	lt_select("ipx");
	run("oldfile");
	ck_assert_int_eq(status, 255);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_str_eq(mock_stderr(ctx),
			 "/proc/net/ipx/socket: Not a directory\n");
}
END_TEST

START_TEST(test_missing)
{
	lt_select("ipx");
	run("missing");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stderr(ctx),
			 "netstat: no support for `AF IPX' on this system.\n");
}
END_TEST

Suite **test_suites(void)
{
	static Suite *suites[2];
	Suite *s = suite_create("ipx");
	TCase *tc = tcase_create("sockets");
	tcase_add_checked_fixture(tc, lt_setup, lt_teardown);
	tcase_add_test(tc, test_current);
	tcase_add_test(tc, test_extend_users);
	tcase_add_test(tc, test_typed_values);
	tcase_add_test(tc, test_bad_source);
	tcase_add_test(tc, test_bad_destination);
	tcase_add_test(tc, test_old_file);
	tcase_add_test(tc, test_missing);
	suite_add_tcase(s, tc);
	suites[0] = s;
	suites[1] = NULL;
	return suites;
}
