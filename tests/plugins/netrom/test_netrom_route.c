/* Tests of the NET/ROM routing table (-r -A netrom). */
#include "tests/plugins/legacy/legacy_route_test.h"

extern const struct netstat_module netrom_LTX_netstat_module;

#define TITLE                                                                  \
	"Kernel NET/ROM routing table\n"                                       \
	"Destination  Mnemonic  Quality  Neighbour  Iface\n"
#define NOT_CONFIGURED "NET/ROM not configured in this system.\n"

static void run(const char *tree)
{
	lt_run(&netrom_LTX_netstat_module, "netrom", tree);
}

START_TEST(test_routes_text)
{
	run("routes");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), TITLE
			 "G8BPQ-2      BPQNOD    192      G8BPQ      nr0 \n"
			 /* the second route is the best one (w = 2) */
			 "WB0ABC-15    ABC       201      WB0ABC     ax0 \n"
			 "K1ABC-2      *          50      K1ABC-2    nr1 \n"
			 "DL1ABC       DLNODE     30      WB0ABC     ax0 \n"
			 /* no neighbour 9; net-tools leaves out the newline */
			 "NOMATCH      NONE      \n"
			 /* best route 3 of 1: not in the line */
			 "BIGW         BIGW      \n"
			 /* the first of two neighbours 4; device cut to 4 */
			 "DUP          DUPNOD     88      DUPA       bpq1\n");
	ck_assert_str_eq(mock_stderr(ctx), "");
	ck_assert_uint_eq(mock_record_count(ctx), 7);
}
END_TEST

START_TEST(test_routes_values)
{
	run("routes");
	ck_assert_str_eq(lt_text(0, "destination"), "G8BPQ-2");
	ck_assert_str_eq(lrt_str(0, "mnemonic"), "BPQNOD");
	ck_assert_int_eq(lrt_int(0, "quality"), 192);
	ck_assert_str_eq(lt_text(0, "neighbour"), "G8BPQ");
	ck_assert_str_eq(lrt_str(0, "iface"), "nr0");
	ck_assert_int_eq(lrt_int(0, "neighbour_id"), 1);
	ck_assert_int_eq(lrt_int(1, "quality"), 201);
	ck_assert_int_eq(lrt_int(1, "neighbour_id"), 3);
	ck_assert_str_eq(lrt_str(2, "mnemonic"), "*");
	/* Known route, unknown neighbour. */
	ck_assert_int_eq(lrt_int(4, "quality"), 100);
	ck_assert_int_eq(lrt_int(4, "neighbour_id"), 9);
	lrt_null(4, "neighbour");
	lrt_null(4, "iface");
	/* No route at all. */
	lrt_null(5, "quality");
	lrt_null(5, "neighbour_id");
	ck_assert_str_eq(lt_text(6, "neighbour"), "DUPA");
}
END_TEST

/* Which route is the best one, as the node line says. */
START_TEST(test_best_route)
{
	run("routes");
	ck_assert_int_eq(lrt_int(0, "best_route"), 1);
	ck_assert_int_eq(lrt_int(1, "best_route"), 2);
	ck_assert_int_eq(lrt_int(3, "best_route"), 3);
	/* Past the routes the line holds: still what it says. */
	ck_assert_int_eq(lrt_int(5, "best_route"), 3);
}
END_TEST

/* Each missing file is named (net-tools' second message may show a
 * clobbered errno), then the note on stdout. */
START_TEST(test_missing_both)
{
	run("missing");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx), NOT_CONFIGURED);
	ck_assert_str_eq(mock_stderr(ctx),
			 "/proc/net/nr_nodes: No such file or directory\n"
			 "/proc/net/nr_neigh: No such file or directory\n");
}
END_TEST

START_TEST(test_missing_neigh)
{
	run("routes-noneigh");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx), NOT_CONFIGURED);
	ck_assert_str_eq(mock_stderr(ctx),
			 "/proc/net/nr_neigh: No such file or directory\n");
	ck_assert_uint_eq(mock_record_count(ctx), 0);
}
END_TEST

/* Control bytes are escaped before each field is padded. */
START_TEST(test_control_bytes)
{
	run("routes-control");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx),
			 TITLE "G8\\001PQ-2    BP\\001NOD   192      "
			       "G8\\001PQ   n\\0010\n"
			       "NOM\\001TCH    NO\\001E   \n");
	ck_assert_str_eq(lt_text(0, "neighbour"), "G8\001PQ");
}
END_TEST

Suite **test_suites(void)
{
	static Suite *suites[2];
	Suite *s = suite_create("netrom_route");
	TCase *tc = tcase_create("routes");
	tcase_add_checked_fixture(tc, lrt_setup, lt_teardown);
	tcase_add_test(tc, test_routes_text);
	tcase_add_test(tc, test_routes_values);
	tcase_add_test(tc, test_best_route);
	tcase_add_test(tc, test_missing_both);
	tcase_add_test(tc, test_missing_neigh);
	tcase_add_test(tc, test_control_bytes);
	suite_add_tcase(s, tc);
	suites[0] = s;
	suites[1] = NULL;
	return suites;
}
