/* The `backend` option of inet and inet6 (netlink or /proc). */
#include <string.h>

#include "tests/plugins/inet/test_inet.h"

#define NUMERIC                                                                \
	(NETSTAT_REQ_NUMERIC_HOSTS | NETSTAT_REQ_NUMERIC_PORTS |               \
	 NETSTAT_REQ_NUMERIC_USERS)

static void check_option(const struct netstat_module *m, size_t n_options)
{
	ck_assert_uint_eq(m->n_options, n_options);
	const struct netstat_option *o = &m->options[0];
	ck_assert_str_eq(o->key, "backend");
	ck_assert_int_eq(o->type, NETSTAT_OPTION_CHOICE);
	ck_assert_str_eq(o->default_value, "auto");
	ck_assert_ptr_nonnull(o->help);
	ck_assert_str_eq(o->choices[0], "auto");
	ck_assert_str_eq(o->choices[1], "netlink");
	ck_assert_str_eq(o->choices[2], "proc");
	ck_assert_ptr_null(o->choices[3]);
}

START_TEST(both_declare_it)
{
	check_option(&inet_LTX_netstat_module, 1);
	check_option(&inet6_LTX_netstat_module, 2);
	/* inet6's second: the IPv6 route count up to which auto reads
	 * /proc/net/ipv6_route. */
	const struct netstat_option *limit =
		&inet6_LTX_netstat_module.options[1];
	ck_assert_str_eq(limit->key, "route_proc_limit");
	ck_assert_int_eq(limit->type, NETSTAT_OPTION_INT);
	ck_assert_str_eq(limit->default_value, "5000");
	ck_assert_int_eq(limit->min, 0);
}
END_TEST

/* The live kernel with backend=proc: the files are read all the same
 * (here a fixture standing in for them). */
START_TEST(proc_reads_files_when_live)
{
	struct netstat_request req =
		inet_request("tcp,inet,inet6", NUMERIC | NETSTAT_REQ_ALL);
	struct netstat_ctx *ctx = inet_ctx("basic", &req);
	mock_set_proc_live(ctx, true);
	mock_set_option(ctx, "backend", "proc");
	ck_assert_int_eq(inet_run_ctx(ctx, &req), 0);
	ck_assert_uint_eq(mock_record_count(ctx), 8);
	ck_assert_str_eq(mock_value(ctx, 0, "proto")->v.s, "tcp");
	ck_assert_str_eq(mock_value(ctx, 7, "proto")->v.s, "tcp6");
	ck_assert_str_eq(mock_stderr(ctx), "");
	mock_ctx_free(ctx);
}
END_TEST

/* A proc root that is not the live kernel's is read as files, whatever
 * the option says, and nothing is reported. */
START_TEST(netlink_needs_live_proc)
{
	static const char *const choices[] = {"auto", "netlink", "proc"};
	for (size_t i = 0; i < 3; i++) {
		struct netstat_request req = inet_request(
			"tcp,udp,inet,inet6", NUMERIC | NETSTAT_REQ_ALL);
		struct netstat_ctx *ctx = inet_ctx("basic", &req);
		mock_set_option(ctx, "backend", choices[i]);
		ck_assert_int_eq(inet_run_ctx(ctx, &req), 0);
		ck_assert_uint_eq(mock_record_count(ctx), 12);
		ck_assert_str_eq(mock_stderr(ctx), "");
		mock_ctx_free(ctx);
	}
}
END_TEST

/* The IPv4 routes follow the option too. */
START_TEST(routes_proc_when_live)
{
	struct netstat_request req = mock_request(NETSTAT_REPORT_ROUTES);
	req.flags = NETSTAT_REQ_NUMERIC_HOSTS;
	char root[1024];
	snprintf(root, sizeof root, "%s/routes/full", fixtures_dir());
	struct netstat_ctx *ctx = mock_ctx_new(root, &req, NULL);
	mock_set_proc_live(ctx, true);
	mock_set_option(ctx, "backend", "proc");
	ck_assert_int_eq(mock_run_family(ctx, &inet_LTX_netstat_module), 0);
	ck_assert_uint_eq(mock_record_count(ctx), 3);
	ck_assert_str_eq(mock_stderr(ctx), "");
	mock_ctx_free(ctx);
}
END_TEST

/* A value that is not a choice is a configuration error. */
START_TEST(bad_value_refused)
{
	struct netstat_request req = inet_request("tcp,inet", NETSTAT_REQ_ALL);
	struct netstat_ctx *ctx = inet_ctx("basic", &req);
	mock_set_option(ctx, "backend", "sysfs");
	ck_assert_int_eq(inet_run_ctx(ctx, &req), 255);
	ck_assert_uint_eq(mock_record_count(ctx), 0);
	mock_ctx_free(ctx);
}
END_TEST

Suite *suite_backend(void)
{
	Suite *s = suite_create("backend");
	TCase *tc = tcase_create("option");
	tcase_add_test(tc, both_declare_it);
	tcase_add_test(tc, proc_reads_files_when_live);
	tcase_add_test(tc, netlink_needs_live_proc);
	tcase_add_test(tc, routes_proc_when_live);
	tcase_add_test(tc, bad_value_refused);
	suite_add_tcase(s, tc);
	return s;
}
