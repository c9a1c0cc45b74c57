/* Tests of the masquerade plugin against tests/fixtures/masquerade. */
#include <stdio.h>
#include <string.h>

#include "plugins/masquerade/masq.h"
#include "tests/check_main.h"
#include "tests/mock/mock_host.h"

extern const struct netstat_module masquerade_LTX_netstat_module;

static struct netstat_request req;
static struct netstat_ctx *ctx;

static void setup(void)
{
	req = mock_request(NETSTAT_REPORT_MASQUERADE);
	req.flags = NETSTAT_REQ_NUMERIC_HOSTS | NETSTAT_REQ_NUMERIC_PORTS;
	ctx = NULL;
}

static void teardown(void)
{
	if (ctx)
		mock_ctx_free(ctx);
}

static int run(const char *tree)
{
	char root[1024];
	snprintf(root, sizeof root, "%s/masquerade/%s", fixtures_dir(), tree);
	ctx = mock_ctx_new(root, &req, NULL);
	return mock_run_family(ctx, &masquerade_LTX_netstat_module);
}

#define HEAD "IP masquerading entries\n"

START_TEST(table_numeric)
{
	ck_assert_int_eq(run("table"), 0);
	ck_assert_str_eq(mock_stdout(ctx),
			 HEAD "prot   expire source               destination  "
			      "        ports\n"
			      "tcp 149:59.50 10.1.2.3             10.1.2.4     "
			      "        1025 -> 22 (61441)\n"
			      "icmp  0:00.50 10.1.2.3             10.1.2.4     "
			      "        8 -> * (61443)\n");
	const struct netstat_value *v = mock_value(ctx, 0, "source");
	ck_assert_int_eq(v->type, NETSTAT_T_ADDRESS);
	ck_assert_uint_eq(v->v.addr.bytes[0], 10);
	ck_assert_uint_eq(v->v.addr.bytes[3], 3);
	ck_assert_uint_eq(mock_value(ctx, 0, "masquerade_port")->v.u, 61441);
	ck_assert_int_eq(mock_value(ctx, 0, "prevd")->v.i, -3);
}
END_TEST

START_TEST(table_extend_and_names)
{
	req.extend = 1;
	req.flags = NETSTAT_REQ_NUMERIC_HOSTS;
	char root[1024];
	snprintf(root, sizeof root, "%s/masquerade/table", fixtures_dir());
	ctx = mock_ctx_new(root, &req, NULL);
	mock_add_service(ctx, 22, "tcp", "ssh");
	ck_assert_int_eq(mock_run_family(ctx, &masquerade_LTX_netstat_module),
			 0);
	ck_assert_ptr_nonnull(strstr(
		mock_stdout(ctx), "tcp 149:59.50       4660     5    -3 "
				  "10.1.2.3             10.1.2.4             "
				  "1025 -> ssh (61441)\n"));
}
END_TEST

START_TEST(bad_field_count)
{
	ck_assert_int_eq(run("badline"), 255);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_str_eq(mock_stderr(ctx), "masq_info.c: Internal Error "
					   "`ip_masquerade format error'.\n");
}
END_TEST

START_TEST(unknown_protocol)
{
	ck_assert_int_eq(run("badproto"), 255);
	ck_assert_str_eq(mock_stderr(ctx), "masq_info.c: Internal Error "
					   "`ip_masquerade unknown type'.\n");
}
END_TEST

START_TEST(neither_file)
{
	ck_assert_int_eq(run("none"), 1);
	ck_assert_str_eq(mock_stdout(ctx), "");
	ck_assert_str_eq(mock_stderr(ctx), "netstat: no support for "
					   "`ip_masquerade' on this system.\n");
}
END_TEST

START_TEST(conntrack_snat_only)
{
	ck_assert_int_eq(run("conntrack"), 0);
	ck_assert_uint_eq(mock_record_count(ctx), 1);
	ck_assert_str_eq(mock_stdout(ctx), HEAD
			 "prot   expire source               destination  "
			 "        ports\n"
			 "tcp 7199:59.00 10.0.0.2             192.0.2.9    "
			 "        40000 -> 22 (61000)\n");
}
END_TEST

/* -e without a PDelta column: "-" in its place. */
START_TEST(table_without_pdelta)
{
	req.extend = 1;
	ck_assert_int_eq(run("nopdelta"), 0);
	ck_assert_str_eq(mock_stdout(ctx), HEAD
			 "prot   expire    initseq delta prevd source     "
			 "          destination          ports\n"
			 "udp   0:12.34      43981    -7     - 10.1.2.3   "
			 "          10.1.2.4             53 -> 53 (61442)\n");
	ck_assert_int_eq(mock_value(ctx, 0, "prevd")->type, NETSTAT_T_NULL);
	ck_assert_int_eq(mock_value(ctx, 0, "delta")->v.i, -7);
	ck_assert(mock_value(ctx, 0, "expires")->v.d == 12.34);
}
END_TEST

/* -e over conntrack: no sequence numbers to show. */
START_TEST(conntrack_extend)
{
	req.extend = 1;
	ck_assert_int_eq(run("conntrack"), 0);
	ck_assert_str_eq(mock_stdout(ctx), HEAD
			 "prot   expire    initseq delta prevd source     "
			 "          destination          ports\n"
			 "tcp 7199:59.00          -     -     - 10.0.0.2   "
			 "          192.0.2.9            40000 -> 22 "
			 "(61000)\n");
	ck_assert_int_eq(mock_value(ctx, 0, "initseq")->type, NETSTAT_T_NULL);
}
END_TEST

static Suite *masq_suite(void)
{
	Suite *s = suite_create("masquerade");
	TCase *tc = tcase_create("classic");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, table_numeric);
	tcase_add_test(tc, table_extend_and_names);
	tcase_add_test(tc, bad_field_count);
	tcase_add_test(tc, unknown_protocol);
	tcase_add_test(tc, neither_file);
	tcase_add_test(tc, conntrack_snat_only);
	tcase_add_test(tc, table_without_pdelta);
	tcase_add_test(tc, conntrack_extend);
	suite_add_tcase(s, tc);
	return s;
}

Suite **test_suites(void)
{
	static Suite *suites[2];
	suites[0] = masq_suite();
	return suites;
}
