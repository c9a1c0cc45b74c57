/* SCTP endpoints and associations (reference §3.13). */
#include "tests/plugins/inet/test_inet.h"

/* -Sa: multi-line rows, IPv6 names cut to 63 bytes, ports never named. */
static const char all[] =
	"Active Internet connections (servers and established)\n"
	"Proto Recv-Q Send-Q Local Address           Foreign Address         "
	"State      \n"
	"sctp                192.0.2.10:5060                                 "
	"LISTEN     \n"
	"                    198.51.100.20:5060                                "
	"         \n"
	"sctp                v6alpha.example:2905                            "
	"LISTEN     \n"
	"sctp       0      0 192.0.2.10:5060         192.0.2.11:5061         "
	"ESTABLISHED\n"
	"                    198.51.100.20                                     "
	"         \n"
	"sctp     200    100 v6alpha.example:2905    v6b:40000               "
	"ESTABLISHED\n"
	"                                            "
	"a-very-long-ipv6-host-name-that-overflows-every-column.example.       "
	"     \n";

/* Any numeric option (here -N alone) makes SCTP hosts numeric. */
static const char numeric[] =
	"Active Internet connections (servers and established)\n"
	"Proto Recv-Q Send-Q Local Address           Foreign Address         "
	"State      \n"
	"sctp                192.0.2.10:5060                                 "
	"LISTEN     \n"
	"                    198.51.100.20:5060                                "
	"         \n"
	"sctp                2001:db8::1:2905                                "
	"LISTEN     \n"
	"sctp       0      0 192.0.2.10:5060         192.0.2.11:5061         "
	"ESTABLISHED\n"
	"                    198.51.100.20                                     "
	"         \n"
	"sctp     200    100 2001:db8::1:2905        2001:db8::2:40000       "
	"ESTABLISHED\n"
	"                                            2001:db8::3               "
	"         \n";

static const char connected[] = "Active Internet connections (w/o servers)\n"
				"Proto Recv-Q Send-Q Local Address           "
				"Foreign Address         State      \n"
				"sctp       0      0 192.0.2.10:5060         "
				"192.0.2.11:5061         ESTABLISHED\n"
				"                    198.51.100.20             "
				"                                 \n"
				"sctp     200    100 v6alpha.example:2905    "
				"v6b:40000               ESTABLISHED\n"
				"                                            "
				"a-very-long-ipv6-host-name-that-overflows-"
				"every-column.example.            \n";

static const char listening[] = "Active Internet connections (only servers)\n"
				"Proto Recv-Q Send-Q Local Address           "
				"Foreign Address         State      \n"
				"sctp                192.0.2.10:5060           "
				"                      LISTEN     \n"
				"                    198.51.100.20:5060        "
				"                                 \n"
				"sctp                v6alpha.example:2905      "
				"                      LISTEN     \n";

/* -e/-o: the tail on the last line of each row; the timer is empty. */
static const char extended[] =
	"Active Internet connections (servers and established)\n"
	"Proto Recv-Q Send-Q Local Address           Foreign Address         "
	"State       User       Inode      Timer\n"
	"sctp                192.0.2.10:5060                                 "
	"LISTEN     \n"
	"                    198.51.100.20:5060                                "
	"          root       30001      \n"
	"sctp                v6alpha.example:2905                            "
	"LISTEN      cloudsdk   30002      \n"
	"sctp       0      0 192.0.2.10:5060         192.0.2.11:5061         "
	"ESTABLISHED\n"
	"                    198.51.100.20                                     "
	"          root       30003      \n"
	"sctp     200    100 v6alpha.example:2905    v6b:40000               "
	"ESTABLISHED\n"
	"                                            "
	"a-very-long-ipv6-host-name-that-overflows-every-column.example.       "
	"      cloudsdk   30004      \n";

static struct netstat_ctx *run_sctp(unsigned flags, int extend)
{
	static struct netstat_request req;
	req = inet_request("sctp,inet,inet6", flags);
	req.extend = extend;
	struct netstat_ctx *ctx = inet_ctx("sctp", &req);
	inet_add_names(ctx);
	mock_add_service(ctx, 5060, "tcp", "sip"); /* must not be used */
	ck_assert_int_eq(inet_run_ctx(ctx, &req), 0);
	ck_assert_str_eq(mock_stderr(ctx), "");
	return ctx;
}

START_TEST(sctp_all)
{
	struct netstat_ctx *ctx = run_sctp(NETSTAT_REQ_ALL, 0);
	ck_assert_str_eq(mock_stdout(ctx), all);
	ck_assert_uint_eq(mock_record_count(ctx), 4);
	mock_ctx_free(ctx);
}
END_TEST

START_TEST(sctp_numeric_any)
{
	struct netstat_ctx *ctx =
		run_sctp(NETSTAT_REQ_ALL | NETSTAT_REQ_SYMBOLIC, 0);
	ck_assert_str_eq(mock_stdout(ctx), numeric);
	mock_ctx_free(ctx);
}
END_TEST

START_TEST(sctp_connected_only)
{
	struct netstat_ctx *ctx = run_sctp(0, 0);
	ck_assert_str_eq(mock_stdout(ctx), connected);
	mock_ctx_free(ctx);
}
END_TEST

START_TEST(sctp_listening_only)
{
	struct netstat_ctx *ctx = run_sctp(NETSTAT_REQ_LISTENING, 0);
	ck_assert_str_eq(mock_stdout(ctx), listening);
	mock_ctx_free(ctx);
}
END_TEST

START_TEST(sctp_tail)
{
	struct netstat_ctx *ctx =
		run_sctp(NETSTAT_REQ_ALL | NETSTAT_REQ_TIMERS, 1);
	ck_assert_str_eq(mock_stdout(ctx), extended);
	mock_ctx_free(ctx);
}
END_TEST

START_TEST(sctp_typed)
{
	struct netstat_ctx *ctx = run_sctp(NETSTAT_REQ_ALL, 0);
	const struct netstat_value *v;

	/* Endpoint: no queues, no peer; the first address and its port. */
	ck_assert_str_eq(mock_value(ctx, 0, "proto")->v.s, "sctp");
	ck_assert_int_eq(mock_value(ctx, 0, "recv_q")->type, NETSTAT_T_NULL);
	ck_assert_int_eq(mock_value(ctx, 0, "foreign_address")->type,
			 NETSTAT_T_NULL);
	v = mock_value(ctx, 0, "local_address");
	ck_assert_int_eq(v->type, NETSTAT_T_ENDPOINT);
	ck_assert_mem_eq(v->v.ep.addr.bytes, "\xc0\x00\x02\x0a", 4);
	ck_assert_uint_eq(v->v.ep.port, 5060);
	ck_assert_ptr_null(v->v.ep.port_table);
	v = mock_value(ctx, 0, "state");
	ck_assert_int_eq(v->v.state.code, 10);
	ck_assert_str_eq(v->v.state.name, "LISTEN");

	/* Association with IPv6 ends and queues. */
	v = mock_value(ctx, 3, "recv_q");
	ck_assert_int_eq(v->type, NETSTAT_T_UINT);
	ck_assert_uint_eq(v->v.u, 200);
	ck_assert_uint_eq(mock_value(ctx, 3, "send_q")->v.u, 100);
	v = mock_value(ctx, 3, "foreign_address");
	ck_assert_int_eq(v->v.ep.addr.family, NETSTAT_ADDR_INET6);
	ck_assert_uint_eq(v->v.ep.addr.bytes[15], 2);
	ck_assert_uint_eq(v->v.ep.port, 40000);
	ck_assert_uint_eq(mock_value(ctx, 3, "user")->v.uid, 1000);
	ck_assert_uint_eq(mock_value(ctx, 3, "inode")->v.u, 30004);
	ck_assert_int_eq(mock_value(ctx, 3, "timer")->type, NETSTAT_T_NULL);
	mock_ctx_free(ctx);
}
END_TEST

/* Linux has no sctp6 files: SCTP belongs to inet alone. */
START_TEST(sctp_inet6_has_none)
{
	const struct netstat_family *f = inet6_LTX_netstat_module.family;
	for (size_t i = 0; i < f->n_sources; i++)
		ck_assert_str_ne(f->sources[i].selector, "sctp");
}
END_TEST

Suite *suite_sctp(void)
{
	Suite *s = suite_create("sctp");
	TCase *tc = tcase_create("rows");
	tcase_add_test(tc, sctp_all);
	tcase_add_test(tc, sctp_numeric_any);
	tcase_add_test(tc, sctp_connected_only);
	tcase_add_test(tc, sctp_listening_only);
	tcase_add_test(tc, sctp_tail);
	tcase_add_test(tc, sctp_typed);
	tcase_add_test(tc, sctp_inet6_has_none);
	suite_add_tcase(s, tc);
	return s;
}
