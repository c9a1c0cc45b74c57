/*
 * Tests of the skeleton family plugin against the mock host: the typed
 * records, the classic table, the bogus line, the missing file. Copy it
 * with the skeleton (docs/plugin-guide.md).
 */
#include <stdio.h>
#include <string.h>

#include "tests/check_main.h"
#include "tests/mock/mock_host.h"

extern const struct netstat_module skeleton_LTX_netstat_module;

static struct netstat_request req;
static struct netstat_ctx *ctx;
static int status;

static void setup(void)
{
	/* `netstat -A skeleton`: the family and its selector are named. */
	req = mock_request(NETSTAT_REPORT_CONNECTIONS);
	mock_request_select(&req, "skeleton");
	req.explicit_count = 1;
	ctx = NULL;
	status = -1;
}

static void teardown(void)
{
	if (ctx)
		mock_ctx_free(ctx);
}

/* A context over a fixture tree below tests/fixtures/skeleton. */
static void open_tree(const char *tree)
{
	char root[1024];
	snprintf(root, sizeof root, "%s/skeleton/%s", fixtures_dir(), tree);
	ctx = mock_ctx_new(root, &req, NULL);
}

/* Runs the module as the host would: init() with its options, the
 * sources the request selects, fini(). */
static void run(const char *tree)
{
	if (!ctx)
		open_tree(tree);
	status = mock_run_family(ctx, &skeleton_LTX_netstat_module);
}

START_TEST(typed_records)
{
	run("basic");
	ck_assert_int_eq(status, 0);
	ck_assert_uint_eq(mock_record_count(ctx), 3);

	const struct netstat_value *v = mock_value(ctx, 0, "index");
	ck_assert_int_eq(v->type, NETSTAT_T_UINT);
	ck_assert_uint_eq(v->v.u, 2);
	v = mock_value(ctx, 1, "global");
	ck_assert_int_eq(v->type, NETSTAT_T_UINT);
	ck_assert_uint_eq(v->v.u, 1);
	v = mock_value(ctx, 1, "address");
	ck_assert_int_eq(v->type, NETSTAT_T_ADDRESS);
	ck_assert_int_eq(v->v.addr.family, NETSTAT_ADDR_TEXT);
	ck_assert_str_eq(v->v.addr.text, "33:33:00:00:00:01");
	/* Structured formats get the name untruncated. */
	v = mock_value(ctx, 2, "iface");
	ck_assert_int_eq(v->type, NETSTAT_T_STRING);
	ck_assert_str_eq(v->v.s, "a-very-long-interface-name");
}
END_TEST

START_TEST(classic_table)
{
	run("basic");
	ck_assert_str_eq(mock_stdout(ctx),
			 "Link-layer multicast memberships (skeleton)\n"
			 "Iface           Index Users Address\n"
			 "eth0                2 1     01:00:5e:00:00:01\n"
			 "eth0                2 2 G   33:33:00:00:00:01\n"
			 "a-very-long-int     3 1     33:33:ff:00:00:aa\n");
}
END_TEST

START_TEST(bogus_line_warned)
{
	run("basic");
	ck_assert_str_eq(mock_stderr(ctx),
			 "warning, got bogus skeleton line.\n");
}
END_TEST

START_TEST(missing_file)
{
	run("missing");
	ck_assert_int_eq(status, 1);
	ck_assert_uint_eq(mock_record_count(ctx), 0);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_str_eq(
		mock_stderr(ctx),
		"netstat: no support for `skeleton' on this system.\n");
}
END_TEST

/* The default listing never runs it: the source is not a default one. */
START_TEST(not_in_default_listing)
{
	req = mock_request(NETSTAT_REPORT_CONNECTIONS);
	run("basic");
	ck_assert_int_eq(status, 0);
	ck_assert_uint_eq(mock_record_count(ctx), 0);
}
END_TEST

/* The module's option, as `options: {address_format: plain}` sets it. */
START_TEST(option_plain_addresses)
{
	open_tree("basic");
	mock_set_option(ctx, "address_format", "plain");
	run("basic");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_value(ctx, 0, "address")->v.addr.text,
			 "01005e000001");
	ck_assert_str_eq(mock_stdout(ctx),
			 "Link-layer multicast memberships (skeleton)\n"
			 "Iface           Index Users Address\n"
			 "eth0                2 1     01005e000001\n"
			 "eth0                2 2 G   333300000001\n"
			 "a-very-long-int     3 1     3333ff0000aa\n");
}
END_TEST

/* A word outside the option's choices: the module does not start. */
START_TEST(option_bad_choice)
{
	open_tree("basic");
	mock_set_option(ctx, "address_format", "dotted");
	run("basic");
	ck_assert_int_eq(status, 255);
	ck_assert_uint_eq(mock_record_count(ctx), 0);
}
END_TEST

Suite **test_suites(void)
{
	static Suite *suites[2];
	Suite *s = suite_create("skeleton");
	TCase *tc = tcase_create("dev_mcast");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, typed_records);
	tcase_add_test(tc, classic_table);
	tcase_add_test(tc, bogus_line_warned);
	tcase_add_test(tc, missing_file);
	tcase_add_test(tc, not_in_default_listing);
	tcase_add_test(tc, option_plain_addresses);
	tcase_add_test(tc, option_bad_choice);
	suite_add_tcase(s, tc);
	suites[0] = s;
	suites[1] = NULL;
	return suites;
}
