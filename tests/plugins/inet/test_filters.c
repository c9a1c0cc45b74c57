/* -l / -a filters (reference §3.1.1) and which sources run. */
#include "tests/plugins/inet/test_inet.h"

#define ALL_PROTOS "tcp,udp,udplite,raw,inet,inet6"
#define NUMERIC                                                                \
	(NETSTAT_REQ_NUMERIC_HOSTS | NETSTAT_REQ_NUMERIC_PORTS |               \
	 NETSTAT_REQ_NUMERIC_USERS)

static const char connected[] =
	HDR_CONN "\n"
		 "tcp        0     36 192.0.2.10:22           192.0.2.11:54321 "
		 "       ESTABLISHED\n"
		 "tcp        0      0 192.0.2.10:40000        192.0.2.254:80   "
		 "       ESTABLISHED\n"
		 "tcp        0      0 127.0.0.1:41394         127.0.0.1:3306   "
		 "       TIME_WAIT  \n"
		 "tcp6       0      0 192.0.2.10:80           192.0.2.11:54322 "
		 "       ESTABLISHED\n"
		 "tcp6       1      0 2001:db8::1:443         "
		 "2001:db8::2:57345       CLOSE_WAIT \n"
		 "udp      832      0 192.0.2.10:57346        192.0.2.11:53    "
		 "       ESTABLISHED\n"
		 "udpl6      0     64 2001:db8::1:57347       2001:db8::2:9    "
		 "       ESTABLISHED\n"
		 "raw        0      0 192.0.2.10:17           192.0.2.11:*     "
		 "       1          \n";

static const char listening[] =
	HDR_LISTEN "\n"
		   "tcp        0      0 0.0.0.0:22              0.0.0.0:*      "
		   "         LISTEN     \n"
		   "tcp        2      0 127.0.0.1:3306          0.0.0.0:*      "
		   "         LISTEN     \n"
		   "tcp6       0      0 :::80                   :::*           "
		   "         LISTEN     \n"
		   "udp        0      0 0.0.0.0:53              0.0.0.0:*      "
		   "                    \n"
		   "udp        0      0 192.0.2.10:68           0.0.0.0:*      "
		   "                    \n"
		   "udp6       0      0 :::53                   :::*           "
		   "                    \n"
		   "udpl       0      0 0.0.0.0:9               0.0.0.0:*      "
		   "                    \n"
		   "raw        0      0 0.0.0.0:1               0.0.0.0:*      "
		   "         7          \n"
		   "raw6       0      0 :::58                   :::*           "
		   "         7          \n";

static const char everything[] =
	HDR_ALL "\n"
		"tcp        0      0 0.0.0.0:22              0.0.0.0:*         "
		"      LISTEN     \n"
		"tcp        2      0 127.0.0.1:3306          0.0.0.0:*         "
		"      LISTEN     \n"
		"tcp        0     36 192.0.2.10:22           192.0.2.11:54321  "
		"      ESTABLISHED\n"
		"tcp        0      0 192.0.2.10:40000        192.0.2.254:80    "
		"      ESTABLISHED\n"
		"tcp        0      0 127.0.0.1:41394         127.0.0.1:3306    "
		"      TIME_WAIT  \n"
		"tcp6       0      0 :::80                   :::*              "
		"      LISTEN     \n"
		"tcp6       0      0 192.0.2.10:80           192.0.2.11:54322  "
		"      ESTABLISHED\n"
		"tcp6       1      0 2001:db8::1:443         2001:db8::2:57345 "
		"      CLOSE_WAIT \n"
		"udp        0      0 0.0.0.0:53              0.0.0.0:*         "
		"                 \n"
		"udp      832      0 192.0.2.10:57346        192.0.2.11:53     "
		"      ESTABLISHED\n"
		"udp        0      0 192.0.2.10:68           0.0.0.0:*         "
		"                 \n"
		"udp6       0      0 :::53                   :::*              "
		"                 \n"
		"udpl       0      0 0.0.0.0:9               0.0.0.0:*         "
		"                 \n"
		"udpl6      0     64 2001:db8::1:57347       2001:db8::2:9     "
		"      ESTABLISHED\n"
		"raw        0      0 0.0.0.0:1               0.0.0.0:*         "
		"      7          \n"
		"raw        0      0 192.0.2.10:17           192.0.2.11:*      "
		"      1          \n"
		"raw6       0      0 :::58                   :::*              "
		"      7          \n";

static void check_listing(unsigned flags, const char *want, size_t rows)
{
	struct netstat_request req = inet_request(ALL_PROTOS, NUMERIC | flags);
	int status;
	struct netstat_ctx *ctx = inet_run("basic", &req, &status);
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), want);
	ck_assert_str_eq(mock_stderr(ctx), "");
	ck_assert_uint_eq(mock_record_count(ctx), rows);
	mock_ctx_free(ctx);
}

START_TEST(without_servers)
{
	check_listing(0, connected, 8);
}
END_TEST

START_TEST(only_servers)
{
	check_listing(NETSTAT_REQ_LISTENING, listening, 9);
}
END_TEST

START_TEST(all_rows)
{
	check_listing(NETSTAT_REQ_ALL, everything, 17);
}
END_TEST

/* A TCP row is a server by its remote port alone, whatever its state. */
START_TEST(tcp_server_by_remote_port)
{
	struct netstat_request req =
		inet_request("tcp,inet", NUMERIC | NETSTAT_REQ_LISTENING);
	int status;
	struct netstat_ctx *ctx = inet_run("basic", &req, &status);
	ck_assert_uint_eq(mock_record_count(ctx), 2);
	for (size_t i = 0; i < 2; i++) {
		const struct netstat_value *v =
			mock_value(ctx, i, "foreign_address");
		ck_assert_uint_eq(v->v.ep.port, 0);
	}
	mock_ctx_free(ctx);
}
END_TEST

/* UDP and raw servers have no remote address; the port is not looked at
 * (the raw row 192.0.2.11:0 is a connection). */
START_TEST(udp_raw_server_by_remote_address)
{
	struct netstat_request req = inet_request("raw,inet", NUMERIC);
	int status;
	struct netstat_ctx *ctx = inet_run("basic", &req, &status);
	ck_assert_uint_eq(mock_record_count(ctx), 1);
	const struct netstat_value *v = mock_value(ctx, 0, "foreign_address");
	ck_assert_uint_eq(v->v.ep.port, 0);
	ck_assert_uint_eq(v->v.ep.addr.bytes[3], 11);
	mock_ctx_free(ctx);
}
END_TEST

/* Protocol-major order across the two modules: tcp, tcp6, udp, udp6... */
START_TEST(protocol_major_order)
{
	struct netstat_request req =
		inet_request(ALL_PROTOS, NUMERIC | NETSTAT_REQ_ALL);
	int status;
	struct netstat_ctx *ctx = inet_run("basic", &req, &status);
	static const char *const labels[] = {
		"tcp",	"tcp",	 "tcp", "tcp", "tcp",  "tcp6",
		"tcp6", "tcp6",	 "udp", "udp", "udp",  "udp6",
		"udpl", "udpl6", "raw", "raw", "raw6",
	};
	ck_assert_uint_eq(mock_record_count(ctx), 17);
	for (size_t i = 0; i < 17; i++)
		ck_assert_str_eq(mock_value(ctx, i, "proto")->v.s, labels[i]);
	mock_ctx_free(ctx);
}
END_TEST

/* -6 -t: only the IPv6 file is read. */
START_TEST(family_selects_files)
{
	struct netstat_request req =
		inet_request("tcp,inet6", NUMERIC | NETSTAT_REQ_ALL);
	int status;
	struct netstat_ctx *ctx = inet_run("basic", &req, &status);
	ck_assert_uint_eq(mock_record_count(ctx), 3);
	for (size_t i = 0; i < 3; i++)
		ck_assert_str_eq(mock_value(ctx, i, "proto")->v.s, "tcp6");
	mock_ctx_free(ctx);
}
END_TEST

/* Groups are not part of the default listing. */
START_TEST(groups_not_default)
{
	struct netstat_request req = inet_request("", NETSTAT_REQ_ALL);
	const struct netstat_family *f = inet_LTX_netstat_module.family;
	for (size_t i = 0; i < f->n_sources; i++)
		if (f->sources[i].report != NETSTAT_REPORT_CONNECTIONS)
			continue;
		else if (f->sources[i].section == f->sources[0].section)
			ck_assert(f->sources[i].flags & NETSTAT_SOURCE_DEFAULT);
		else
			ck_assert(!(f->sources[i].flags &
				    NETSTAT_SOURCE_DEFAULT));
	int status;
	struct netstat_ctx *ctx = inet_run("groups", &req, &status);
	ck_assert_str_eq(mock_stdout(ctx), HDR_ALL "\n");
	mock_ctx_free(ctx);
}
END_TEST

Suite *suite_filters(void)
{
	Suite *s = suite_create("filters");
	TCase *tc = tcase_create("listen-all");
	tcase_add_test(tc, without_servers);
	tcase_add_test(tc, only_servers);
	tcase_add_test(tc, all_rows);
	tcase_add_test(tc, tcp_server_by_remote_port);
	tcase_add_test(tc, udp_raw_server_by_remote_address);
	tcase_add_test(tc, protocol_major_order);
	tcase_add_test(tc, family_selects_files);
	tcase_add_test(tc, groups_not_default);
	suite_add_tcase(s, tc);
	return s;
}
