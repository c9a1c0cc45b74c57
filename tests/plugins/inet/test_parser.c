/* The /proc/net socket-row parser: fields, counts, address decoding. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "plugins/lib/ip/sockets/ip_sockets.h"
#include "plugins/lib/ip/text/ip_text.h"
#include "tests/plugins/inet/test_inet.h"

static void assert_bytes(const struct netstat_address *a, int family,
			 const uint8_t *want, size_t n)
{
	ck_assert_int_eq(a->family, family);
	ck_assert_mem_eq(a->bytes, want, n);
}

START_TEST(ipv4_full_row)
{
	struct ip_socket_row r;
	int n = ip_parse_socket_row(
		"   2: 0A0200C0:0016 0B0200C0:D431 01 00000024:00000007 "
		"02:00081A3C 00000005  1000        3 20003 4 0000000000000000 "
		"20 4 31 10 -1",
		&r);
	static const uint8_t local[] = {192, 0, 2, 10},
			     remote[] = {192, 0, 2, 11};
	ck_assert_int_eq(n, IP_ROW_FIELDS);
	ck_assert_int_eq(r.slot, 2);
	assert_bytes(&r.local, NETSTAT_ADDR_INET, local, 4);
	assert_bytes(&r.remote, NETSTAT_ADDR_INET, remote, 4);
	ck_assert_uint_eq(r.local_port, 22);
	ck_assert_uint_eq(r.remote_port, 54321);
	ck_assert_uint_eq(r.state, 1);
	ck_assert_uint_eq(r.tx_queue, 0x24);
	ck_assert_uint_eq(r.rx_queue, 7);
	ck_assert_uint_eq(r.timer_code, 2);
	ck_assert_uint_eq(r.timer_when, 0x81A3C);
	ck_assert_uint_eq(r.retransmits, 5);
	ck_assert_uint_eq(r.uid, 1000);
	ck_assert_int_eq(r.timeout, 3);
	ck_assert_uint_eq(r.inode, 20003);
}
END_TEST

START_TEST(ipv6_row)
{
	struct ip_socket_row r;
	int n = ip_parse_socket_row(
		"   2: B80D0120000000000000000001000000:01BB "
		"B80D0120000000000000000002000000:E001 08 00000000:00000001 "
		"00:00000000 00000000  1000        0 20103 1",
		&r);
	static const uint8_t local[16] = {0x20, 0x01, 0x0d, 0xb8, [15] = 1};
	static const uint8_t remote[16] = {0x20, 0x01, 0x0d, 0xb8, [15] = 2};
	ck_assert_int_eq(n, IP_ROW_FIELDS);
	assert_bytes(&r.local, NETSTAT_ADDR_INET6, local, 16);
	assert_bytes(&r.remote, NETSTAT_ADDR_INET6, remote, 16);
	ck_assert_uint_eq(r.local_port, 443);
	ck_assert_uint_eq(r.state, 8);
	ck_assert_uint_eq(r.rx_queue, 1);
}
END_TEST

START_TEST(v4_mapped_row)
{
	struct ip_socket_row r;
	ip_parse_socket_row("   1: 0000000000000000FFFF00000A0200C0:0050 "
			    "0000000000000000FFFF00000B0200C0:D432 01 "
			    "00000000:00000000 00:00000000 00000000 33 0 1",
			    &r);
	static const uint8_t mapped[16] = {[10] = 0xff, [11] = 0xff, [12] = 192,
					   [13] = 0,	[14] = 2,    [15] = 10};
	assert_bytes(&r.local, NETSTAT_ADDR_INET6, mapped, 16);
}
END_TEST

START_TEST(field_counts)
{
	struct ip_socket_row r;
	ck_assert_int_eq(ip_parse_socket_row("", &r), 0);
	ck_assert_int_eq(ip_parse_socket_row("garbage", &r), 0);
	ck_assert_int_eq(ip_parse_socket_row("  8: garbage", &r), 1);
	ck_assert_int_eq(
		ip_parse_socket_row("   1: 0100007F:0016 0100007F", &r), 4);
	/* UDP's minimum: up to the timer expiry. */
	ck_assert_int_eq(ip_parse_socket_row("9: 00000000:0035 00000000:0000 "
					     "07 00000000:00000000 "
					     "00:00000000",
					     &r),
			 10);
	/* TCP's minimum: up to the retransmit count. */
	ck_assert_int_eq(ip_parse_socket_row("4: 0A0200C0:0016 "
					     "0B0200C0:D431 01 "
					     "00000000:00000000 00:00000000 "
					     "00000000",
					     &r),
			 11);
	ck_assert_uint_eq(r.uid, 0);
	ck_assert_uint_eq(r.inode, 0);
}
END_TEST

START_TEST(address_too_long)
{
	/* 68 hex digits: net-tools reads 64, then misses the ':'. */
	struct ip_socket_row r;
	ck_assert_int_eq(
		ip_parse_socket_row("6: 000000000000000000000000000000000000"
				    "00000000000000000000000000000000:0016 "
				    "00000000:0000 0A 0:0 0:0 0 0 0 1",
				    &r),
		2);
}
END_TEST

START_TEST(signed_and_short_fields)
{
	struct ip_socket_row r;
	int n = ip_parse_socket_row("7: 7F:0017 00000000:0000 0A "
				    "FFFFFFFFFFFFFFFF:00000000 00:00000000 "
				    "00000000 4294967294       -3 20007 1",
				    &r);
	static const uint8_t addr[] = {127, 0, 0, 0};
	ck_assert_int_eq(n, IP_ROW_FIELDS);
	assert_bytes(&r.local, NETSTAT_ADDR_INET, addr, 4);
	ck_assert_uint_eq(r.tx_queue, UINT64_MAX);
	ck_assert_uint_eq(r.uid, 4294967294u);
	ck_assert_int_eq(r.timeout, -3);
	ck_assert_uint_eq(r.inode, 20007);
}
END_TEST

START_TEST(inode_overflow_stops)
{
	struct ip_socket_row r;
	ck_assert_int_eq(ip_parse_socket_row("0: 00000000:0016 00000000:0000 "
					     "0A 0:0 0:0 0 0 0 "
					     "99999999999999999999",
					     &r),
			 13);
}
END_TEST

START_TEST(decode_partial_ipv6)
{
	struct netstat_address a;
	ip_decode_address("B80D012000000000", 16, true, &a);
	static const uint8_t want[16] = {0x20, 0x01, 0x0d, 0xb8};
	assert_bytes(&a, NETSTAT_ADDR_INET6, want, 16);
}
END_TEST

/* The octet table against printf, every octet value in every position,
 * and nothing written past the 16 bytes the function may use. */
START_TEST(ipv4_text_every_octet)
{
	for (unsigned v = 0; v < 256; v++) {
		for (int pos = 0; pos < 4; pos++) {
			uint8_t b[4] = {10, 200, 3, 255};
			b[pos] = (uint8_t)v;
			char want[32], got[24];
			snprintf(want, sizeof want, "%u.%u.%u.%u", b[0], b[1],
				 b[2], b[3]);
			memset(got, '#', sizeof got);
			size_t n = ip_fmt_ipv4(got, b);
			ck_assert_uint_eq(n, strlen(want));
			ck_assert_mem_eq(got, want, n);
			for (size_t i = 16; i < sizeof got; i++)
				ck_assert_int_eq(got[i], '#');
		}
	}
}
END_TEST

START_TEST(decimal_text)
{
	static const int64_t cases[] = {0,  9,	 10,	    99,	      100,
					-1, -10, INT64_MAX, INT64_MIN};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char want[32], got[24];
		snprintf(want, sizeof want, "%lld", (long long)cases[i]);
		size_t n = ip_fmt_i64(got, cases[i]);
		ck_assert_uint_eq(n, strlen(want));
		ck_assert_mem_eq(got, want, n);
	}
}
END_TEST

Suite *suite_parser(void)
{
	Suite *s = suite_create("parser");
	TCase *tc = tcase_create("rows");
	tcase_add_test(tc, ipv4_full_row);
	tcase_add_test(tc, ipv6_row);
	tcase_add_test(tc, v4_mapped_row);
	tcase_add_test(tc, field_counts);
	tcase_add_test(tc, address_too_long);
	tcase_add_test(tc, signed_and_short_fields);
	tcase_add_test(tc, inode_overflow_stops);
	tcase_add_test(tc, decode_partial_ipv6);
	tcase_add_test(tc, ipv4_text_every_octet);
	tcase_add_test(tc, decimal_text);
	suite_add_tcase(s, tc);
	return s;
}
