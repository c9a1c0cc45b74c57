/* The net-tools command line: parsing and derivation rules. */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/cli/cli.h"
#include "tests/core/core_suites.h"

/* Parses a command line given as words; returns the outcome. */
static enum cli_outcome parse(struct cli_args *args, int *status, ...)
{
	char *argv[32];
	int argc = 0;
	va_list ap;
	va_start(ap, status);
	argv[argc++] = "netstat";
	for (char *w; (w = va_arg(ap, char *)) && argc < 31;)
		argv[argc++] = w;
	va_end(ap);
	argv[argc] = NULL;
	memset(args, 0, sizeof *args);
	optind = 0; /* full getopt reset between parses */
	opterr = 1;
	*status = -1;
	return cli_parse(argc, argv, args, NULL, status);
}

static bool selects(const struct netstat_request *r, const char *k)
{
	return netstat_request_selects(r, k);
}

START_TEST(bundled_options)
{
	struct cli_args a;
	int st;
	ck_assert_int_eq(parse(&a, &st, "-tulpn", NULL), CLI_RUN);
	struct netstat_request r;
	ck_assert_int_eq(cli_build_request(&a, &r, &st), CLI_RUN);
	ck_assert(selects(&r, "tcp") && selects(&r, "udp"));
	ck_assert(selects(&r, "inet") && selects(&r, "inet6"));
	ck_assert(!selects(&r, "unix"));
	ck_assert(netstat_request_has(&r, NETSTAT_REQ_LISTENING));
	ck_assert(netstat_request_has(&r, NETSTAT_REQ_PROGRAMS));
	ck_assert(netstat_request_has(&r, NETSTAT_REQ_NUMERIC_HOSTS));
	ck_assert_int_eq(r.explicit_count, 2);
	ck_assert_int_eq(r.report, NETSTAT_REPORT_CONNECTIONS);
}
END_TEST

START_TEST(family_implies_protocols)
{
	struct cli_args a;
	int st;
	struct netstat_request r;
	parse(&a, &st, "-4", NULL);
	cli_build_request(&a, &r, &st);
	ck_assert(selects(&r, "tcp") && selects(&r, "raw") &&
		  selects(&r, "sctp"));
	ck_assert(selects(&r, "inet") && !selects(&r, "inet6"));
	ck_assert(netstat_request_has(&r, NETSTAT_REQ_PROTOCOLS_IMPLIED));
	ck_assert_int_eq(r.explicit_count, 5);
	ck_assert_str_eq(r.families, "inet");
}
END_TEST

START_TEST(groups_with_family_lists_sockets)
{
	/* -g -4 turns on every inet protocol (rule 2 before rule 3). */
	struct cli_args a;
	int st;
	struct netstat_request r;
	parse(&a, &st, "-g", "-4", NULL);
	cli_build_request(&a, &r, &st);
	ck_assert(selects(&r, "groups") && selects(&r, "tcp"));
	ck_assert_int_eq(r.explicit_count, 6);
	parse(&a, &st, "-g", NULL);
	cli_build_request(&a, &r, &st);
	ck_assert(selects(&r, "groups") && !selects(&r, "tcp"));
	ck_assert(selects(&r, "inet") && selects(&r, "inet6"));
	ck_assert_int_eq(r.explicit_count, 1);
}
END_TEST

START_TEST(ddp_selects_nothing)
{
	struct cli_args a;
	int st;
	struct netstat_request r;
	ck_assert_int_eq(parse(&a, &st, "-A", "ddp", NULL), CLI_RUN);
	cli_build_request(&a, &r, &st);
	ck_assert_int_eq(r.explicit_count, 0);
	ck_assert_str_eq(r.families, "ddp");
}
END_TEST

START_TEST(family_list_and_aliases)
{
	struct cli_args a;
	int st;
	parse(&a, &st, "--protocol=ip,ip6,unix", "-A", "appletalk", NULL);
	ck_assert_str_eq(a.families, "inet,inet6,unix,ddp");
}
END_TEST

START_TEST(unknown_family_exits_1)
{
	struct cli_args a;
	int st;
	ck_assert_int_eq(parse(&a, &st, "-A", "inet,foo", NULL), CLI_EXIT);
	ck_assert_int_eq(st, 1);
	ck_assert_int_eq(parse(&a, &st, "-A", "tcp", NULL), CLI_EXIT);
	ck_assert_int_eq(st, 1);
}
END_TEST

START_TEST(bad_option_exits_3)
{
	struct cli_args a;
	int st;
	ck_assert_int_eq(parse(&a, &st, "-tQn", NULL), CLI_EXIT);
	ck_assert_int_eq(st, 3);
	ck_assert_int_eq(parse(&a, &st, "--bogus", NULL), CLI_EXIT);
	ck_assert_int_eq(st, 3);
	ck_assert_int_eq(parse(&a, &st, "--in", NULL), CLI_EXIT);
	ck_assert_int_eq(st, 3);
}
END_TEST

START_TEST(version_and_help_act_in_order)
{
	struct cli_args a;
	int st;
	ck_assert_int_eq(parse(&a, &st, "-hV", NULL), CLI_EXIT);
	ck_assert_int_eq(st, 0);
	ck_assert_int_eq(parse(&a, &st, "-A", "foo", "-V", NULL), CLI_EXIT);
	ck_assert_int_eq(st, 1);
	ck_assert_int_eq(parse(&a, &st, "-Z", "-V", NULL), CLI_EXIT);
	ck_assert_int_eq(st, 1);
}
END_TEST

START_TEST(report_conflicts_are_counted)
{
	struct cli_args a;
	int st;
	struct netstat_request r;
	parse(&a, &st, "-rr", NULL);
	ck_assert_int_eq(cli_build_request(&a, &r, &st), CLI_EXIT);
	ck_assert_int_eq(st, 3);
	parse(&a, &st, "-r", "-g", NULL);
	ck_assert_int_eq(cli_build_request(&a, &r, &st), CLI_RUN);
	ck_assert_int_eq(r.report, NETSTAT_REPORT_ROUTES);
}
END_TEST

START_TEST(abbreviated_family_option)
{
	/* "--ine" matches --inet and --inet6, which share one value: not
	 * ambiguous, the first wins. */
	struct cli_args a;
	int st;
	ck_assert_int_eq(parse(&a, &st, "--ine", NULL), CLI_RUN);
	ck_assert_str_eq(a.families, "inet");
	ck_assert_int_eq(parse(&a, &st, "--tcpip", NULL), CLI_RUN);
	ck_assert_str_eq(a.families, "");
}
END_TEST

START_TEST(own_options_only_in_full)
{
	struct cli_args a;
	int st;
	ck_assert_int_eq(parse(&a, &st, "--format=json", "--proc-root",
			       "/tmp/x", "-t", NULL),
			 CLI_RUN);
	ck_assert_str_eq(a.format, "json");
	ck_assert_str_eq(a.proc_root, "/tmp/x");
	/* "--f" still means --fib, as in net-tools. */
	ck_assert_int_eq(parse(&a, &st, "--f", NULL), CLI_RUN);
	ck_assert(a.flags & NETSTAT_REQ_FIB);
	ck_assert_int_eq(parse(&a, &st, "--format", NULL), CLI_EXIT);
	ck_assert_int_eq(st, 3);
}
END_TEST

START_TEST(all_wins_over_listening)
{
	struct cli_args a;
	int st;
	struct netstat_request r;
	parse(&a, &st, "-la", NULL);
	cli_build_request(&a, &r, &st);
	ck_assert(netstat_request_has(&r, NETSTAT_REQ_ALL));
	ck_assert(!netstat_request_has(&r, NETSTAT_REQ_LISTENING));
}
END_TEST

START_TEST(bluetooth_protocols)
{
	struct cli_args a;
	int st;
	struct netstat_request r;
	parse(&a, &st, "--l2cap", NULL);
	cli_build_request(&a, &r, &st);
	ck_assert(selects(&r, "l2cap") && selects(&r, "bluetooth"));
	ck_assert(!selects(&r, "rfcomm"));
	parse(&a, &st, "-A", "bluetooth", NULL);
	cli_build_request(&a, &r, &st);
	ck_assert(selects(&r, "l2cap") && selects(&r, "rfcomm"));
	ck_assert_int_eq(r.explicit_count, 2);
}
END_TEST

Suite *suite_cli(void)
{
	Suite *s = suite_create("cli");
	TCase *tc = tcase_create("parse");
	tcase_add_test(tc, bundled_options);
	tcase_add_test(tc, family_implies_protocols);
	tcase_add_test(tc, groups_with_family_lists_sockets);
	tcase_add_test(tc, ddp_selects_nothing);
	tcase_add_test(tc, family_list_and_aliases);
	tcase_add_test(tc, unknown_family_exits_1);
	tcase_add_test(tc, bad_option_exits_3);
	tcase_add_test(tc, version_and_help_act_in_order);
	tcase_add_test(tc, report_conflicts_are_counted);
	tcase_add_test(tc, abbreviated_family_option);
	tcase_add_test(tc, own_options_only_in_full);
	tcase_add_test(tc, all_wins_over_listening);
	tcase_add_test(tc, bluetooth_protocols);
	suite_add_tcase(s, tc);
	return s;
}
