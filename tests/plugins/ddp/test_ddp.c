/* Tests of the ddp family: the AppleTalk routing table (-r -A ddp). */
#include "tests/plugins/legacy/legacy_route_test.h"

#include "plugins/ddp/ddp_route.h"

extern const struct netstat_module ddp_LTX_netstat_module;

#define HEADER "Destination     Gateway         Device          Flags\n"

static void run(const char *tree)
{
	lt_run(&ddp_LTX_netstat_module, "ddp", tree);
}

START_TEST(test_routes_text)
{
	run("routes");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), HEADER
			 "Default         0000:00         eth0            UG\n"
			 "0001:05         0001:01         eth0            U\n"
			 "FF00:FE         0002:80         veth1           UGH\n"
			 "1234:56         0000:00         lo              \n"
			 /* reject: "!" after U and G, not instead */
			 "0001:06         0001:01         eth0            UG!\n"
			 "0001:08         0001:01         eth0            "
			 "UG!HRDMdacoecfpluwin\n");
	ck_assert_str_eq(mock_stderr(ctx), "");
	ck_assert_uint_eq(mock_record_count(ctx), 6);
}
END_TEST

START_TEST(test_routes_values)
{
	run("routes");
	ck_assert_str_eq(lt_text(0, "destination"), "Default");
	ck_assert_str_eq(lt_text(0, "gateway"), "0000:00");
	ck_assert_str_eq(lrt_str(0, "iface"), "eth0");
	ck_assert_str_eq(lrt_str(0, "flags"), "UG");
	ck_assert_str_eq(lrt_str(3, "flags"), "");
	/* The bits behind the letters. */
	ck_assert_uint_eq(lrt_uint(0, "flags_raw"), 3);
	ck_assert_uint_eq(lrt_uint(3, "flags_raw"), 0);
	ck_assert_uint_eq(lrt_uint(4, "flags_raw"), 515);
}
END_TEST

/* Words are read four at a time across lines, as net-tools' fscanf. */
START_TEST(test_word_stream)
{
	run("stream");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), HEADER
			 "AVERYLONGTARGETNAME0001:01         "
			 "averylongdevicenameU\n"
			 "short           two             three           \n"
			 "tok             1               0001:01         U\n");
	ck_assert_uint_eq(mock_record_count(ctx), 3);
}
END_TEST

START_TEST(test_missing)
{
	run("missing");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_str_eq(mock_stderr(ctx),
			 "Error opening /proc/net/atalk_route: No such file "
			 "or directory\n"
			 "DDP (AppleTalk) not configured on this system.\n");
}
END_TEST

/* No socket listing: nothing runs for the connections report. */
START_TEST(test_no_sockets)
{
	req = mock_request(NETSTAT_REPORT_CONNECTIONS);
	run("routes");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_uint_eq(mock_record_count(ctx), 0);
}
END_TEST

START_TEST(test_flags_letters)
{
	char buf[32];
	ddp_flags_text(0x1 | 0x2 | 0x4, buf, sizeof buf);
	ck_assert_str_eq(buf, "UGH");
	ddp_flags_text(0x200, buf, sizeof buf);
	ck_assert_str_eq(buf, "!");
	ddp_flags_text(0x80000000u | 0x40, buf, sizeof buf);
	ck_assert_str_eq(buf, "lu");
	ddp_flags_text(0xffffffffu, buf, 4); /* cut to the buffer */
	ck_assert_str_eq(buf, "UG!");
}
END_TEST

Suite **test_suites(void)
{
	static Suite *suites[2];
	Suite *s = suite_create("ddp");
	TCase *tc = tcase_create("routes");
	tcase_add_checked_fixture(tc, lrt_setup, lt_teardown);
	tcase_add_test(tc, test_routes_text);
	tcase_add_test(tc, test_routes_values);
	tcase_add_test(tc, test_word_stream);
	tcase_add_test(tc, test_missing);
	tcase_add_test(tc, test_no_sockets);
	tcase_add_test(tc, test_flags_letters);
	suite_add_tcase(s, tc);
	suites[0] = s;
	suites[1] = NULL;
	return suites;
}
