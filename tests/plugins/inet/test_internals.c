/*
 * Socket internals: struct tcp_info read by its length (fields past the
 * payload null, never 0), the inet_diag attribute reader on good, short
 * and malformed input (and on random bytes), the memory counters, and
 * what --info/--memory add to /proc rows and to the classic output.
 */
#include <errno.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/lib/ip/diag/attrs.h"
#include "plugins/lib/ip/diag/ip_events.h"
#include "plugins/lib/ip/internet/ip_internet.h"
#include "tests/plugins/inet/test_inet.h"

/* A tcp_info of `len` bytes whose byte i is i + 1 (i < 248), with the
 * bit-field bytes set apart. */
static void fill_info(unsigned char *p, size_t len)
{
	for (size_t i = 0; i < len; i++)
		p[i] = (unsigned char)(i + 1);
	if (len > 6)
		p[6] = 0xa7; /* snd_wscale 7, rcv_wscale 10 */
	if (len > 7)
		p[7] = 0x05; /* app_limited 1, fastopen_client_fail 2 */
}

static uint32_t le32_at(const unsigned char *p, size_t off)
{
	uint32_t v;
	memcpy(&v, p + off, 4);
	return v;
}

START_TEST(tcp_info_whole)
{
	unsigned char p[248];
	struct netstat_value v[IP_TCPI_COUNT];
	fill_info(p, sizeof p);
	ip_tcp_info_values(p, sizeof p, v);
	for (size_t i = 0; i < IP_TCPI_COUNT; i++)
		ck_assert_uint_eq(v[i].type, NETSTAT_T_UINT);
	ck_assert_uint_eq(v[IP_TCPI_RETRANSMITS].v.u, 3);
	ck_assert_uint_eq(v[IP_TCPI_SND_WSCALE].v.u, 7);
	ck_assert_uint_eq(v[IP_TCPI_RCV_WSCALE].v.u, 10);
	ck_assert_uint_eq(v[IP_TCPI_APP_LIMITED].v.u, 1);
	ck_assert_uint_eq(v[IP_TCPI_FASTOPEN_FAIL].v.u, 2);
	ck_assert_uint_eq(v[IP_TCPI_RTT].v.u, le32_at(p, 68));
	uint64_t pacing;
	memcpy(&pacing, p + 104, 8);
	ck_assert_uint_eq(v[IP_TCPI_PACING_RATE].v.u, pacing);
	uint16_t rto_count;
	memcpy(&rto_count, p + 240, 2);
	ck_assert_uint_eq(v[IP_TCPI_TOTAL_RTO].v.u, rto_count);
	ck_assert_uint_eq(v[IP_TCPI_TOTAL_RTO_TIME].v.u, le32_at(p, 244));
}
END_TEST

/* An older kernel's shorter struct: what it lacks is null. */
START_TEST(tcp_info_short)
{
	unsigned char p[248];
	struct netstat_value v[IP_TCPI_COUNT];
	fill_info(p, sizeof p);

	ip_tcp_info_values(p, 104, v); /* up to total_retrans (3.x) */
	ck_assert_uint_eq(v[IP_TCPI_TOTAL_RETRANS].type, NETSTAT_T_UINT);
	ck_assert_uint_eq(v[IP_TCPI_PACING_RATE].type, NETSTAT_T_NULL);
	ck_assert_uint_eq(v[IP_TCPI_BYTES_ACKED].type, NETSTAT_T_NULL);
	ck_assert_uint_eq(v[IP_TCPI_TOTAL_RTO_TIME].type, NETSTAT_T_NULL);

	ip_tcp_info_values(p, 107, v); /* pacing_rate cut in the middle */
	ck_assert_uint_eq(v[IP_TCPI_PACING_RATE].type, NETSTAT_T_NULL);

	ip_tcp_info_values(p, 7, v); /* the wscale byte, not the next one */
	ck_assert_uint_eq(v[IP_TCPI_SND_WSCALE].type, NETSTAT_T_UINT);
	ck_assert_uint_eq(v[IP_TCPI_APP_LIMITED].type, NETSTAT_T_NULL);
	ck_assert_uint_eq(v[IP_TCPI_RTO].type, NETSTAT_T_NULL);

	ip_tcp_info_values(p, 0, v);
	for (size_t i = 0; i < IP_TCPI_COUNT; i++)
		ck_assert_uint_eq(v[i].type, NETSTAT_T_NULL);
	ip_tcp_info_values(NULL, 248, v);
	for (size_t i = 0; i < IP_TCPI_COUNT; i++)
		ck_assert_uint_eq(v[i].type, NETSTAT_T_NULL);
}
END_TEST

START_TEST(option_names)
{
	char buf[128];
	ck_assert_str_eq(ip_tcp_option_names(0, buf, sizeof buf), "");
	ck_assert_str_eq(ip_tcp_option_names(7, buf, sizeof buf),
			 "timestamps,sack,wscale");
	ck_assert_str_eq(ip_tcp_option_names(0x18, buf, sizeof buf),
			 "ecn,ecn_seen");
	/* A buffer too small keeps whole names only. */
	ck_assert_str_eq(ip_tcp_option_names(7, buf, 16), "timestamps,sack");
}
END_TEST

START_TEST(memory_short)
{
	uint32_t mem[5] = {1, 2, 3, 4, 5};
	struct netstat_value v[IP_MEM_COUNT];
	ip_memory_values(mem, 5, v);
	ck_assert_uint_eq(v[IP_MEM_RMEM_ALLOC].v.u, 1);
	ck_assert_uint_eq(v[IP_MEM_FWD_ALLOC].v.u, 5);
	ck_assert_uint_eq(v[IP_MEM_WMEM_QUEUED].type, NETSTAT_T_NULL);
	ck_assert_uint_eq(v[IP_MEM_DROPS].type, NETSTAT_T_NULL);
	/* No SK_MEMINFO (--info alone): every counter null. */
	ip_memory_values(NULL, 0, v);
	for (size_t i = 0; i < IP_MEM_COUNT; i++)
		ck_assert_uint_eq(v[i].type, NETSTAT_T_NULL);
	ip_memory_values(mem, 0, v);
	for (size_t i = 0; i < IP_MEM_COUNT; i++)
		ck_assert_uint_eq(v[i].type, NETSTAT_T_NULL);
}
END_TEST

#ifdef HAVE_LIBMNL

/* Appends one attribute (padded) at *len in buf. */
static void put_attr(unsigned char *buf, size_t *len, uint16_t type,
		     const void *data, uint16_t n)
{
	struct nlattr a = {.nla_len = (uint16_t)(NLA_HDRLEN + n),
			   .nla_type = type};
	memcpy(buf + *len, &a, sizeof a);
	memcpy(buf + *len + NLA_HDRLEN, data, n);
	memset(buf + *len + NLA_HDRLEN + n, 0, NLA_ALIGN(n) - n);
	*len += NLA_HDRLEN + NLA_ALIGN(n);
}

START_TEST(attrs_good)
{
	unsigned char buf[1024], info[60];
	size_t len = 0;
	uint32_t mem[9] = {0, 131072, 0, 16384, 0, 0, 0, 0, 7};
	uint32_t mark = 0x2a;
	uint64_t cg = 4242;
	uint8_t tos = 0x10;
	memset(info, 0, sizeof info);
	put_attr(buf, &len, INET_DIAG_INFO, info, sizeof info);
	put_attr(buf, &len, INET_DIAG_CONG, "cubic", 6);
	put_attr(buf, &len, INET_DIAG_SKMEMINFO, mem, sizeof mem);
	put_attr(buf, &len, INET_DIAG_MARK, &mark, 4);
	put_attr(buf, &len, INET_DIAG_CGROUP_ID, &cg, 8);
	put_attr(buf, &len, INET_DIAG_TOS, &tos, 1);
	uint8_t proto = 6; /* IPPROTO_TCP, as destroy messages say it */
	put_attr(buf, &len, INET_DIAG_PROTOCOL, &proto, 1);
	put_attr(buf, &len, INET_DIAG_SHUTDOWN, &tos, 1); /* not ours */

	struct ip_socket_ext e;
	int bad;
	ck_assert_int_eq(ip_diag_attrs_parse(buf, len, &e, &bad), 0);
	ck_assert_uint_eq(e.tcp_info_len, sizeof info);
	ck_assert_str_eq(e.cong, "cubic");
	ck_assert_uint_eq(e.n_skmem, 9);
	ck_assert_uint_eq(e.skmem[8], 7);
	ck_assert(e.has_mark && e.mark == 0x2a);
	ck_assert(e.has_cgroup && e.cgroup_id == 4242);
	ck_assert(e.has_tos && e.tos == 0x10);
	ck_assert(!e.has_tclass);
	ck_assert(e.has_protocol && e.protocol == 6);

	/* Nothing at all is fine too. */
	ck_assert_int_eq(ip_diag_attrs_parse(buf, 0, &e, &bad), 0);
	ck_assert_ptr_null(e.tcp_info);
	ck_assert(!e.has_cgroup && !e.has_protocol);

	/* A protocol without its byte. */
	len = 0;
	put_attr(buf, &len, INET_DIAG_PROTOCOL, &proto, 0);
	ck_assert_int_eq(ip_diag_attrs_parse(buf, len, &e, &bad), -EBADMSG);
	ck_assert_int_eq(bad, INET_DIAG_PROTOCOL);
}
END_TEST

START_TEST(attrs_malformed)
{
	unsigned char buf[256];
	size_t len = 0;
	struct ip_socket_ext e;
	int bad;

	/* A name without its NUL. */
	put_attr(buf, &len, INET_DIAG_CONG, "cubic", 5);
	ck_assert_int_eq(ip_diag_attrs_parse(buf, len, &e, &bad), -EBADMSG);
	ck_assert_int_eq(bad, INET_DIAG_CONG);

	/* Memory counters that are not whole 32-bit words. */
	len = 0;
	put_attr(buf, &len, INET_DIAG_SKMEMINFO, "abcdefg", 7);
	ck_assert_int_eq(ip_diag_attrs_parse(buf, len, &e, &bad), -EBADMSG);
	ck_assert_int_eq(bad, INET_DIAG_SKMEMINFO);

	/* A cgroup id too short. */
	len = 0;
	put_attr(buf, &len, INET_DIAG_CGROUP_ID, "abcd", 4);
	ck_assert_int_eq(ip_diag_attrs_parse(buf, len, &e, &bad), -EBADMSG);

	/* An attribute longer than what is left of the message. */
	len = 0;
	put_attr(buf, &len, INET_DIAG_INFO, "abcdefgh", 8);
	ck_assert_int_eq(ip_diag_attrs_parse(buf, len - 4, &e, &bad), -EBADMSG);
	ck_assert_int_eq(bad, INET_DIAG_INFO);

	/* A stray tail shorter than an attribute header. */
	ck_assert_int_eq(ip_diag_attrs_parse(buf, 2, &e, &bad), -EBADMSG);
	ck_assert_int_eq(bad, -1);

	/* A length below the header's own. */
	struct nlattr a = {.nla_len = 2, .nla_type = INET_DIAG_INFO};
	memcpy(buf, &a, sizeof a);
	ck_assert_int_eq(ip_diag_attrs_parse(buf, 8, &e, &bad), -EBADMSG);
}
END_TEST

/* The --info block both sections carry, from one socket's attributes:
 * the name, the options spelled, tcp_info by its length; nothing for a
 * socket without attributes (UDP's destroy messages have none). */
START_TEST(info_block)
{
	unsigned char p[60];
	fill_info(p, sizeof p);
	p[5] = 0x03; /* timestamps, sack */
	struct ip_socket_ext e = {
		.cong = "bbr", .tcp_info = p, .tcp_info_len = sizeof p};
	struct netstat_value v[IP_INFO_COUNT];
	char options[64];
	ip_info_values(&e, v, options, sizeof options);
	ck_assert_str_eq(v[IP_INFO_CONG].v.s, "bbr");
	ck_assert_str_eq(v[IP_INFO_OPTION_NAMES].v.s, "timestamps,sack");
	const struct netstat_value *tcpi = v + IP_INFO_TCP_INFO;
	ck_assert_uint_eq(tcpi[IP_TCPI_LAST_ACK_RECV].type, NETSTAT_T_UINT);
	ck_assert_uint_eq(tcpi[IP_TCPI_LAST_ACK_RECV].v.u, le32_at(p, 56));
	ck_assert_uint_eq(tcpi[IP_TCPI_PMTU].type, NETSTAT_T_NULL);
	ck_assert_uint_eq(tcpi[IP_TCPI_BYTES_ACKED].type, NETSTAT_T_NULL);

	ip_info_values(NULL, v, options, sizeof options);
	for (size_t i = 0; i < IP_INFO_COUNT; i++)
		ck_assert_uint_eq(v[i].type, NETSTAT_T_NULL);
}
END_TEST

/* The option names of the block (a table for the common bits) spell every
 * value of tcpi_options as ip_tcp_option_names() does. */
START_TEST(info_block_option_names)
{
	unsigned char p[60];
	fill_info(p, sizeof p);
	struct ip_socket_ext e = {.tcp_info = p, .tcp_info_len = sizeof p};
	struct netstat_value v[IP_INFO_COUNT];
	char options[128], expected[128];
	for (unsigned bits = 0; bits < 256; bits++) {
		p[5] = (unsigned char)bits;
		ip_info_values(&e, v, options, sizeof options);
		ck_assert_str_eq(
			v[IP_INFO_OPTION_NAMES].v.s,
			ip_tcp_option_names(bits, expected, sizeof expected));
		/* A small buffer: the names are cut as before. */
		ip_info_values(&e, v, options, 16);
		ck_assert_str_eq(v[IP_INFO_OPTION_NAMES].v.s,
				 ip_tcp_option_names(bits, expected, 16));
	}
}
END_TEST

/* --events --info carries the same columns as the listing's --info. */
START_TEST(events_info_columns)
{
	const struct netstat_column *ev = ip_events_section.columns;
	ck_assert_uint_eq(ip_events_section.n_columns, IP_EV_COUNT);
	for (size_t i = 0; i < IP_INFO_COUNT; i++) {
		const struct netstat_column *a = &ev[IP_EV_INFO + i];
		const struct netstat_column *b =
			&ip_internet_columns[IP_COL_CONG + i];
		ck_assert_str_eq(a->key, b->key);
		ck_assert_uint_eq(a->type, b->type);
		ck_assert_uint_eq(a->when, NETSTAT_WHEN_INFO);
		ck_assert_uint_eq(a->flags, NETSTAT_COL_DETAIL);
		ck_assert_uint_eq(a->measure, b->measure);
		ck_assert(a->unit == b->unit ||
			  (a->unit && b->unit && !strcmp(a->unit, b->unit)));
	}
	ck_assert_str_eq(
		ev[IP_EV_INFO + IP_INFO_TCP_INFO + IP_TCPI_BYTES_ACKED].key,
		"bytes_acked");
}
END_TEST

/* Random attribute streams: never a crash, and what is accepted points
 * inside the buffer. */
START_TEST(attrs_random)
{
	unsigned char buf[512];
	uint32_t seed = 12345;
	for (int round = 0; round < 20000; round++) {
		size_t len = 0;
		/* Mostly well-framed attributes with random types and sizes,
		 * then random damage. */
		while (len + 64 < sizeof buf) {
			seed = seed * 1103515245u + 12345u;
			uint16_t type = (uint16_t)((seed >> 16) % 32);
			uint16_t n = (uint16_t)((seed >> 8) % 40);
			unsigned char data[40];
			for (int k = 0; k < n; k++)
				data[k] = (unsigned char)(seed >> (k % 24));
			put_attr(buf, &len, type, data, n);
			if ((seed >> 28) == 0)
				break;
		}
		seed = seed * 1103515245u + 12345u;
		if (seed & 1)
			buf[(seed >> 8) % len] ^= (unsigned char)(seed >> 16);
		size_t cut = (seed & 2) ? len - (seed >> 20) % (len + 1) : len;
		struct ip_socket_ext e;
		int bad;
		int rc = ip_diag_attrs_parse(buf, cut, &e, &bad);
		ck_assert(rc == 0 || rc == -EBADMSG);
		if (rc)
			continue;
		const unsigned char *end = buf + cut;
		if (e.tcp_info)
			ck_assert((const unsigned char *)e.tcp_info +
					  e.tcp_info_len <=
				  end);
		if (e.skmem)
			ck_assert((const unsigned char *)(e.skmem +
							  e.n_skmem) <= end);
		if (e.cong)
			ck_assert(memchr(
				e.cong, '\0',
				(size_t)(end - (const unsigned char *)e.cong)));
	}
}
END_TEST

#endif

/* --info over /proc: what the file has (retransmits, probes, uid, and
 * after the inode rto, ato, cwnd, ssthresh), the rest null, a note on
 * stderr; the classic row keeps its bytes and gets a detail line. */
START_TEST(proc_info)
{
	struct netstat_request req = inet_request(
		"tcp,inet", NETSTAT_REQ_ALL | NETSTAT_REQ_NUMERIC_HOSTS |
				    NETSTAT_REQ_NUMERIC_PORTS);
	int status;
	struct netstat_ctx *plain = inet_run("basic", &req, &status);
	req.flags |= NETSTAT_REQ_INFO | NETSTAT_REQ_MEMORY;
	struct netstat_ctx *ctx = inet_run("basic", &req, &status);
	ck_assert_int_eq(status, 0);
	ck_assert_uint_gt(mock_record_count(ctx), 0);
	/* Row 3 of the fixture: retrnsmt 3, timeout (probes) 2. */
	const struct netstat_value *v = mock_value(ctx, 3, "retransmits");
	ck_assert_ptr_nonnull(v);
	ck_assert_uint_eq(v->type, NETSTAT_T_UINT);
	ck_assert_uint_eq(v->v.u, 3);
	v = mock_value(ctx, 3, "probes");
	ck_assert_uint_eq(v->type, NETSTAT_T_UINT);
	ck_assert_uint_eq(v->v.u, 2);
	ck_assert_uint_eq(mock_value(ctx, 2, "retransmits")->v.u, 0);
	ck_assert_uint_eq(mock_value(ctx, 2, "rtt_us")->type, NETSTAT_T_NULL);
	ck_assert_uint_eq(mock_value(ctx, 2, "rmem_alloc")->type,
			  NETSTAT_T_NULL);
	ck_assert_uint_eq(mock_value(ctx, 2, "cookie")->type, NETSTAT_T_NULL);
	ck_assert_uint_eq(mock_value(ctx, 2, "uid")->type, NETSTAT_T_UINT);
	ck_assert_ptr_nonnull(strstr(mock_stderr(ctx), "netlink backend"));
	/* Row 3's tail: rto 20 and ato 4 ticks (at 100 Hz), qack 30, cwnd
	 * 10, ssthresh -1 (tcp_info's "infinite"). */
	ck_assert_uint_eq(mock_value(ctx, 3, "rto_us")->v.u, 200000);
	ck_assert_uint_eq(mock_value(ctx, 3, "ato_us")->v.u, 40000);
	ck_assert_uint_eq(mock_value(ctx, 3, "snd_cwnd")->v.u, 10);
	ck_assert_uint_eq(mock_value(ctx, 3, "snd_ssthresh")->v.u, 2147483647);
	ck_assert_uint_eq(mock_value(ctx, 3, "quick_acks")->v.u, 15);
	ck_assert_uint_eq(mock_value(ctx, 3, "pingpong")->v.u, 0);
	ck_assert_uint_eq(mock_value(ctx, 3, "refcount")->v.u, 2);
	/* A listener's last field is its fastopen queue, not a ssthresh. */
	ck_assert_uint_eq(mock_value(ctx, 0, "snd_ssthresh")->type,
			  NETSTAT_T_NULL);
	ck_assert_uint_eq(mock_value(ctx, 0, "snd_cwnd")->v.u, 10);
	/* A TIME_WAIT line ends at ref and pointer. */
	ck_assert_uint_eq(mock_value(ctx, 4, "rto_us")->type, NETSTAT_T_NULL);
	ck_assert_uint_eq(mock_value(ctx, 4, "refcount")->type, NETSTAT_T_UINT);
	/* Rows with a value other than zero get a detail line. */
	int want_details = 0;
	for (size_t i = 0; i < mock_record_count(ctx); i++)
		want_details +=
			mock_value(ctx, i, "rto_us")->type == NETSTAT_T_UINT;

	/* Classic: the same rows; a detail line after those with a value
	 * other than zero (here only row 3's). */
	const char *out = mock_stdout(ctx), *base = mock_stdout(plain);
	char *kept = calloc(1, strlen(out) + 1);
	size_t n = 0;
	int details = 0;
	for (const char *line = out; *line;) {
		const char *nl = strchr(line, '\n');
		size_t len = nl ? (size_t)(nl - line + 1) : strlen(line);
		if (line[0] == '\t') {
			if (!strncmp(line, "\tretransmits:", 14))
				ck_assert(!strncmp(
					line,
					"\tretransmits:3 probes:2 "
					"rto_us:200000 "
					"ato_us:40000 snd_ssthresh:2147483647 "
					"snd_cwnd:10\n",
					len));
			details++;
		} else {
			memcpy(kept + n, line, len);
			n += len;
		}
		line += len;
	}
	ck_assert_str_eq(kept, base);
	ck_assert_int_gt(want_details, 1);
	ck_assert_int_eq(details, want_details);
	free(kept);
	mock_ctx_free(ctx);
	mock_ctx_free(plain);
}
END_TEST

/* Without the options no record carries the internals' values. */
START_TEST(plain_rows_small)
{
	struct netstat_request req = inet_request("tcp,inet", NETSTAT_REQ_ALL);
	int status;
	struct netstat_ctx *ctx = inet_run("basic", &req, &status);
	ck_assert_uint_gt(mock_record_count(ctx), 0);
	ck_assert_uint_eq(mock_record_at(ctx, 0)->n_values, IP_COL_MEMORY);
	ck_assert_ptr_null(strstr(mock_stdout(ctx), "\t"));
	mock_ctx_free(ctx);
}
END_TEST

Suite *suite_internals(void)
{
	Suite *s = suite_create("internals");
	TCase *tc = tcase_create("internals");
	tcase_add_test(tc, tcp_info_whole);
	tcase_add_test(tc, tcp_info_short);
	tcase_add_test(tc, option_names);
	tcase_add_test(tc, memory_short);
	tcase_add_test(tc, info_block);
	tcase_add_test(tc, info_block_option_names);
	tcase_add_test(tc, events_info_columns);
#ifdef HAVE_LIBMNL
	tcase_add_test(tc, attrs_good);
	tcase_add_test(tc, attrs_malformed);
	tcase_add_test(tc, attrs_random);
#endif
	tcase_add_test(tc, proc_info);
	tcase_add_test(tc, plain_rows_small);
	suite_add_tcase(s, tc);
	return s;
}
