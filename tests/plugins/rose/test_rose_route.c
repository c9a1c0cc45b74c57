/* Tests of the ROSE routing table (-r -A rose). */
#include "tests/plugins/legacy/legacy_route_test.h"

extern const struct netstat_module rose_LTX_netstat_module;

#define TITLE                                                                  \
	"Kernel ROSE routing table\n"                                          \
	"Destination  neigh1 callsign  device  neigh2 callsign  device  "      \
	"neigh3 callsign  device\n"
#define NOT_CONFIGURED "ROSE not configured in this system.\n"

static void run(const char *tree)
{
	lt_run(&rose_LTX_netstat_module, "rose", tree);
}

START_TEST(test_routes_text)
{
	run("routes");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(
		mock_stdout(ctx), TITLE
		"3100000002   00001  K1ABC-2      rose0\n"
		/* net-tools puts no blank between two neighbours */
		"2624000000   00001  K1ABC-2      rose000002  DL1ABC       "
		"rose0\n"
		"5050505050   00002  DL1ABC       rose000001  K1ABC-2      "
		"rose000003  RSLOOP-0     ???  \n"
		/* every neighbour 4 is shown; 9 is unknown */
		"1111111111   00004  DUPA         rose1DUPB         rose100009 "
		" "
		"\n"
		"2222222222   \n"
		/* five announced, one in the line */
		"3333333333   00001  K1ABC-2      rose0\n");
	ck_assert_str_eq(mock_stderr(ctx), "");
	ck_assert_uint_eq(mock_record_count(ctx), 6);
}
END_TEST

START_TEST(test_routes_values)
{
	run("routes");
	ck_assert_str_eq(lt_text(0, "destination"), "3100000002");
	ck_assert_int_eq(lrt_int(0, "neigh1"), 1);
	ck_assert_str_eq(lt_text(0, "neigh1_callsign"), "K1ABC-2");
	ck_assert_str_eq(lrt_str(0, "neigh1_device"), "rose0");
	lrt_null(0, "neigh2");
	lrt_null(0, "neigh2_callsign");
	ck_assert_str_eq(lt_text(2, "neigh3_callsign"), "RSLOOP-0");
	ck_assert_str_eq(lrt_str(2, "neigh3_device"), "???");
	ck_assert_int_eq(lrt_int(3, "neigh2"), 9);
	lrt_null(3, "neigh2_callsign");
	lrt_null(3, "neigh2_device");
	ck_assert_str_eq(lt_text(3, "neigh1_callsign"), "DUPA");
	lrt_null(4, "neigh1");
	lrt_null(5, "neigh2");
}
END_TEST

/* The node line's mask and neighbour count, as the kernel writes them. */
START_TEST(test_mask_and_count)
{
	run("routes");
	ck_assert_int_eq(lrt_int(0, "mask"), 10);
	ck_assert_int_eq(lrt_int(1, "mask"), 4);
	ck_assert_int_eq(lrt_int(0, "neighbour_count"), 1);
	ck_assert_int_eq(lrt_int(2, "neighbour_count"), 3);
	ck_assert_int_eq(lrt_int(4, "neighbour_count"), 0);
	/* Five announced, one in the line. */
	ck_assert_int_eq(lrt_int(5, "neighbour_count"), 5);
}
END_TEST

START_TEST(test_missing_nodes)
{
	run("missing");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_str_eq(mock_stderr(ctx), "/proc/net/rose_nodes: No such file "
					   "or directory\n" NOT_CONFIGURED);
}
END_TEST

/* net-tools crashes here (reference §10 item 31). */
START_TEST(test_missing_neigh)
{
	run("routes-noneigh");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_str_eq(mock_stderr(ctx), "/proc/net/rose_neigh: No such file "
					   "or directory\n" NOT_CONFIGURED);
}
END_TEST

/* Control bytes are escaped before each field is padded. */
START_TEST(test_control_bytes)
{
	run("routes-control");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx),
			 TITLE "31000\\0010002   00001  K1\\001BC-2   "
			       "ro\\001e000002  DL\\011ABC    rose1\n");
	ck_assert_str_eq(lt_text(0, "neigh2_callsign"), "DL\tABC");
}
END_TEST

Suite **test_suites(void)
{
	static Suite *suites[2];
	Suite *s = suite_create("rose_route");
	TCase *tc = tcase_create("routes");
	tcase_add_checked_fixture(tc, lrt_setup, lt_teardown);
	tcase_add_test(tc, test_routes_text);
	tcase_add_test(tc, test_routes_values);
	tcase_add_test(tc, test_mask_and_count);
	tcase_add_test(tc, test_missing_nodes);
	tcase_add_test(tc, test_missing_neigh);
	tcase_add_test(tc, test_control_bytes);
	suite_add_tcase(s, tc);
	suites[0] = s;
	suites[1] = NULL;
	return suites;
}
