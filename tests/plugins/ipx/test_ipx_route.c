/* Tests of the IPX routing table (-r -A ipx). */
#include "tests/plugins/legacy/legacy_route_test.h"

extern const struct netstat_module ipx_LTX_netstat_module;

#define TITLE                                                                  \
	"Kernel IPX routing table\n"                                           \
	"Destination               Router Net                Router Node\n"
#define PAD "             " /* after a 12-digit node */
#define EMPTY "                         "

static void run(const char *tree)
{
	lt_run(&ipx_LTX_netstat_module, "ipx", tree);
}

START_TEST(test_routes_text)
{
	run("routes");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(
		mock_stdout(ctx), TITLE
		/* "Directly Connected" through the lenient parser */
		"00000001                  0000000D                  "
		"C00000000000" PAD "\n"
		"DEADBEEF                  00000001                  "
		"00A0C9123456" PAD "\n"
		"0000CAFE                  DEADBEEF                  "
		"0000000000FE" PAD "\n"
		/* FFFFFFFF shows empty; an 11-digit node fills from the left */
		EMPTY " 00000001                  00A0C9123450" PAD "\n"
		/* kept to 32 bits; "G" and ":" end the digits */
		"23456789                  " EMPTY " 00A0C9000000" PAD "\n"
		/* lower case; a zero node shows empty */
		"0000DEAD                  0000BEEF                  " EMPTY
		"\n");
	ck_assert_str_eq(mock_stderr(ctx), "");
	/* The two-word line is skipped. */
	ck_assert_uint_eq(mock_record_count(ctx), 6);
}
END_TEST

START_TEST(test_routes_values)
{
	run("routes");
	ck_assert_str_eq(lt_text(0, "destination"), "00000001");
	/* Directly connected: no router, whatever classic shows. */
	lrt_null(0, "router_network");
	lrt_null(0, "router_node");
	ck_assert_str_eq(lt_text(1, "router_network"), "00000001");
	ck_assert_str_eq(lt_text(1, "router_node"), "00A0C9123456");
	lrt_null(3, "destination");
	lrt_null(5, "router_node");
	ck_assert_uint_eq(lrt_uint(0, "directly_connected"), 1);
	ck_assert_uint_eq(lrt_uint(1, "directly_connected"), 0);
	/* No router node, but a router: not direct. */
	ck_assert_uint_eq(lrt_uint(5, "directly_connected"), 0);
}
END_TEST

START_TEST(test_old_file)
{
	run("routes-old");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx),
			 TITLE "0000BEEF                  00000001        "
			       "          00A0C9123456" PAD "\n");
}
END_TEST

/* Missing: perror(NULL) (the bare text), then the note on stdout. */
START_TEST(test_missing)
{
	run("missing");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx),
			 "IPX routing not in file /proc/net/ipx/route or "
			 "/proc/net/ipx_route found.\n");
	ck_assert_str_eq(mock_stderr(ctx), "No such file or directory\n");
}
END_TEST

/* net/ipx is the old socket file and there is no ipx_route. */
START_TEST(test_missing_old_socket_file)
{
	run("oldfile");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stderr(ctx), "No such file or directory\n");
}
END_TEST

Suite **test_suites(void)
{
	static Suite *suites[2];
	Suite *s = suite_create("ipx_route");
	TCase *tc = tcase_create("routes");
	tcase_add_checked_fixture(tc, lrt_setup, lt_teardown);
	tcase_add_test(tc, test_routes_text);
	tcase_add_test(tc, test_routes_values);
	tcase_add_test(tc, test_old_file);
	tcase_add_test(tc, test_missing);
	tcase_add_test(tc, test_missing_old_socket_file);
	suite_add_tcase(s, tc);
	suites[0] = s;
	suites[1] = NULL;
	return suites;
}
