/* Multicast group memberships (reference §3.11). */
#include "tests/plugins/inet/test_inet.h"

static const char named[] = "IPv6/IPv4 Group Memberships\n"
			    "Interface       RefCnt Group\n"
			    "--------------- ------ ---------------------\n"
			    "lo              1      all-systems.mcast.net\n"
			    "eth0            3      239.0.2.10\n"
			    "eth0            1      all-systems.mcast.net\n"
			    "lo              1      ff02::1\n"
			    "eth0            2      ff02::1:ff00:a\n"
			    "eth0            1      ff05::1:3\n";

static const char numeric[] = "IPv6/IPv4 Group Memberships\n"
			      "Interface       RefCnt Group\n"
			      "--------------- ------ ---------------------\n"
			      "lo              1      224.0.0.1\n"
			      "eth0            3      239.0.2.10\n"
			      "eth0            1      224.0.0.1\n"
			      "lo              1      ff02::1\n"
			      "eth0            2      ff02::1:ff00:a\n"
			      "eth0            1      ff05::1:3\n";

static struct netstat_ctx *run_groups(const char *selected, unsigned flags)
{
	static struct netstat_request req;
	req = inet_request(selected, flags);
	struct netstat_ctx *ctx = inet_ctx("groups", &req);
	inet_add_names(ctx);
	ck_assert_int_eq(inet_run_ctx(ctx, &req), 0);
	ck_assert_str_eq(mock_stderr(ctx), "");
	return ctx;
}

START_TEST(groups_named)
{
	struct netstat_ctx *ctx = run_groups("groups,inet,inet6", 0);
	ck_assert_str_eq(mock_stdout(ctx), named);
	mock_ctx_free(ctx);
}
END_TEST

START_TEST(groups_numeric)
{
	struct netstat_ctx *ctx =
		run_groups("groups,inet,inet6",
			   NETSTAT_REQ_NUMERIC_HOSTS | NETSTAT_REQ_NUMERIC_ANY);
	ck_assert_str_eq(mock_stdout(ctx), numeric);
	mock_ctx_free(ctx);
}
END_TEST

/* --numeric-ports alone does not make groups numeric. */
START_TEST(groups_ports_flag_ignored)
{
	struct netstat_ctx *ctx =
		run_groups("groups,inet,inet6",
			   NETSTAT_REQ_NUMERIC_PORTS | NETSTAT_REQ_NUMERIC_ANY);
	ck_assert_str_eq(mock_stdout(ctx), named);
	mock_ctx_free(ctx);
}
END_TEST

START_TEST(groups_inet6_only)
{
	struct netstat_ctx *ctx = run_groups("groups,inet6", 0);
	ck_assert_uint_eq(mock_record_count(ctx), 3);
	ck_assert_str_eq(mock_value(ctx, 0, "interface")->v.s, "lo");
	mock_ctx_free(ctx);
}
END_TEST

START_TEST(groups_typed)
{
	struct netstat_ctx *ctx = run_groups("groups,inet,inet6", 0);
	const struct netstat_value *v;

	/* The device name loses the kernel's pad and colon. */
	v = mock_value(ctx, 1, "interface");
	ck_assert_int_eq(v->type, NETSTAT_T_STRING);
	ck_assert_str_eq(v->v.s, "eth0");
	v = mock_value(ctx, 1, "refcnt");
	ck_assert_int_eq(v->type, NETSTAT_T_INT);
	ck_assert_int_eq(v->v.i, 3);
	v = mock_value(ctx, 1, "group");
	ck_assert_int_eq(v->type, NETSTAT_T_ADDRESS);
	ck_assert_int_eq(v->v.addr.family, NETSTAT_ADDR_INET);
	ck_assert_mem_eq(v->v.addr.bytes, "\xef\x00\x02\x0a", 4);
	/* igmp6 addresses are in network order in the file. */
	v = mock_value(ctx, 4, "group");
	ck_assert_int_eq(v->v.addr.family, NETSTAT_ADDR_INET6);
	ck_assert_mem_eq(v->v.addr.bytes,
			 "\xff\x02\0\0\0\0\0\0\0\0\0\x01\xff\0\0\x0a", 16);
	ck_assert_int_eq(mock_value(ctx, 4, "refcnt")->v.i, 2);
	mock_ctx_free(ctx);
}
END_TEST

Suite *suite_groups(void)
{
	Suite *s = suite_create("groups");
	TCase *tc = tcase_create("igmp");
	tcase_add_test(tc, groups_named);
	tcase_add_test(tc, groups_numeric);
	tcase_add_test(tc, groups_ports_flag_ignored);
	tcase_add_test(tc, groups_inet6_only);
	tcase_add_test(tc, groups_typed);
	suite_add_tcase(s, tc);
	return s;
}
