/* Tests of the netdev plugin's parsers, order and classic text. */
#include <stdio.h>
#include <string.h>

#include "plugins/netdev/netdev.h"
#include "tests/check_main.h"
#include "tests/mock/mock_host.h"

START_TEST(name_order)
{
	static const char *const sorted[] = {
		"b0",	   "eth01",   "eth1",	  "eth2", "eth10",
		"eth10:1", "eth10:2", "eth10:10", "lo",	  "tap0",
		"v0",	   "v0:7",    "v1",
	};
	size_t n = sizeof sorted / sizeof sorted[0];
	for (size_t i = 0; i + 1 < n; i++) {
		ck_assert_msg(netdev_name_cmp(sorted[i], sorted[i + 1]) < 0,
			      "%s < %s", sorted[i], sorted[i + 1]);
		ck_assert_int_gt(netdev_name_cmp(sorted[i + 1], sorted[i]), 0);
	}
	ck_assert_int_eq(netdev_name_cmp("eth0", "eth0"), 0);
	/* The list keeps that order and merges duplicates. */
	struct netdev_list list = {0};
	for (size_t i = n; i-- > 0;)
		netdev_list_add(&list, sorted[i]);
	netdev_list_add(&list, "lo");
	ck_assert_uint_eq(list.n, n);
	for (size_t i = 0; i < n; i++)
		ck_assert_str_eq(list.items[i].name, sorted[i]);
	netdev_list_free(&list);
}
END_TEST

START_TEST(dev_lines)
{
	char path[1024], line[512], name[NETDEV_NAME_MAX];
	snprintf(path, sizeof path, "%s/netdev/dev", fixtures_dir());
	FILE *fp = fopen(path, "r");
	ck_assert_ptr_nonnull(fp);
	struct netdev_stats st;
	ck_assert_ptr_nonnull(fgets(line, sizeof line, fp));
	ck_assert_ptr_nonnull(fgets(line, sizeof line, fp));
	ck_assert_int_eq(netdev_layout(line), 16);
	ck_assert_ptr_nonnull(fgets(line, sizeof line, fp));
	ck_assert(netdev_parse_line(line, 16, name, &st));
	ck_assert_str_eq(name, "lo");
	ck_assert_uint_eq(st.rx_bytes, 1023);
	ck_assert_uint_eq(st.rx_packets, 10);
	ck_assert_uint_eq(st.tx_packets, 11);
	/* Truncated: what is there converts, the rest stays zero. */
	ck_assert_ptr_nonnull(fgets(line, sizeof line, fp));
	ck_assert(netdev_parse_line(line, 16, name, &st));
	ck_assert_str_eq(name, "eth0");
	ck_assert_uint_eq(st.rx_errs, 7);
	ck_assert_uint_eq(st.tx_packets, 0);
	fclose(fp);
	ck_assert(netdev_parse_line("  eth0:1: 5", 11, name, &st));
	ck_assert_str_eq(name, "eth0:1");
	ck_assert_uint_eq(st.rx_packets, 5);
	ck_assert(netdev_parse_line("averyveryverylongname: 1", 13, name, &st));
	ck_assert_str_eq(name, "averyveryverylo");
	/* Exactly 15 bytes: the ':' stays and no counter converts. */
	ck_assert(netdev_parse_line("abcdefghijklmno: 7 8", 16, name, &st));
	ck_assert_str_eq(name, "abcdefghijklmno");
	ck_assert_uint_eq(st.rx_bytes, 0);
	ck_assert_uint_eq(st.rx_packets, 0);
	ck_assert(!netdev_parse_line("   ", 16, name, &st));
	ck_assert_int_eq(netdev_layout(" face |bytes packets"), 13);
	ck_assert_int_eq(netdev_layout(NULL), 11);
}
END_TEST

START_TEST(human_sizes)
{
	char b[32];
	netdev_human(25560757, b, sizeof b);
	ck_assert_str_eq(b, "24.3 MiB");
	netdev_human(40263, b, sizeof b);
	ck_assert_str_eq(b, "39.3 KiB");
	netdev_human(90, b, sizeof b);
	ck_assert_str_eq(b, "90.0 B");
	netdev_human(1024, b, sizeof b);
	ck_assert_str_eq(b, "1024.0 B");
	netdev_human(1099511627776ull, b, sizeof b);
	ck_assert_str_eq(b, "1024.0 GiB");
	netdev_human(UINT64_MAX, b, sizeof b);
	ck_assert_str_eq(b, "16.0 EiB");
}
END_TEST

START_TEST(flag_letters)
{
	char b[24];
	netdev_flag_letters(0x1043, b, sizeof b);
	ck_assert_str_eq(b, "BMRU");
	netdev_flag_letters(0, b, sizeof b);
	ck_assert_str_eq(b, "[NO FLAGS]");
	netdev_flag_letters(0x110, b, sizeof b);
	ck_assert_str_eq(b, "PP");
}
END_TEST

/* What one interface's record is made of (the plugin's own inputs). */
struct netdev_row {
	const struct netdev_if *iface;
	const struct netdev_info *info;
	const struct netdev_inet6 *inet6;
	size_t n_inet6;
};

/* Renders one interface's record through a view of the interface
 * section, without its title and column line. */
static const char *render(const struct netstat_section *view,
			  struct netdev_row *row, struct netstat_request *req)
{
	struct netstat_section sec = *view;
	sec.key = "t";
	sec.title = NULL;
	sec.classic.title = NULL;
	sec.classic.flags |= NETSTAT_CLASSIC_NO_COLUMN_LINE;
	struct netdev_record r;
	netdev_record_init(&r);
	ck_assert_int_eq(netdev_record_fill(&r, row->iface, row->info,
					    row->inet6, row->n_inet6),
			 0);
	struct netstat_ctx *ctx = mock_ctx_new("/nonexistent", req, NULL);
	struct netstat_record rec = {
		.section = &sec, .values = r.v, .n_values = NETDEV_COL_COUNT};
	mock_host_api()->emit(ctx, &rec);
	static char out[4096];
	snprintf(out, sizeof out, "%s", mock_stdout(ctx));
	mock_ctx_free(ctx);
	netdev_record_free(&r);
	return out;
}

START_TEST(short_rows)
{
	struct netstat_request req = mock_request(NETSTAT_REPORT_INTERFACES);
	struct netdev_if e = {.name = "v0:7"};
	struct netdev_info in = {.flags = 0x1043, .mtu = 1500};
	struct netdev_row row = {&e, &in, NULL, 0};
	ck_assert_str_eq(render(&netdev_short, &row, &req),
			 "v0:7             1500      - no statistics "
			 "available -                        BMRU\n");
	struct netdev_if d = {.name = "v0", .has_stats = true};
	d.stats.rx_packets = 1;
	d.stats.tx_packets = 3;
	row.iface = &d;
	ck_assert_str_eq(render(&netdev_short, &row, &req),
			 "v0               1500        1      0      0 0     "
			 "        3      0      0      0 BMRU\n");
}
END_TEST

/* Interface names are anyone's choice: control bytes come out escaped and
 * the columns stay where they were (docs/security.md). */
START_TEST(control_bytes_in_names)
{
	struct netstat_request req = mock_request(NETSTAT_REPORT_INTERFACES);
	struct netdev_if e = {.name = "a\033[2J\nb"};
	struct netdev_info in = {.flags = 0x1043, .mtu = 1500};
	struct netdev_row row = {&e, &in, NULL, 0};
	ck_assert_str_eq(render(&netdev_short, &row, &req),
			 "a\\033[2J\\012b    1500      - no statistics "
			 "available -                        BMRU\n");
	req.extend = 1;
	ck_assert_ptr_nonnull(strstr(render(&netdev_long, &row, &req),
				     "a\\033[2J\\012b: flags="));
}
END_TEST

START_TEST(long_block)
{
	struct netstat_request req = mock_request(NETSTAT_REPORT_INTERFACES);
	req.extend = 1;
	struct netdev_if e = {.name = "eth0", .has_stats = true};
	e.stats.rx_packets = 791;
	e.stats.rx_bytes = 25560757;
	e.stats.tx_packets = 471;
	e.stats.tx_bytes = 40263;
	struct netdev_info in = {
		.flags = 0x1043,
		.mtu = 1400,
		.has_hw = true,
		.hw_type = 1,
		.hw_addr = {2, 0xfc, 0, 0, 0, 1},
		.has_txqlen = true,
		.txqlen = 1000,
		.has_addr = true,
		.addr = {192, 0, 2, 2},
		.netmask = {255, 255, 255, 0},
		.broadcast = {192, 0, 2, 255},
	};
	struct netdev_inet6 six[2] = {
		{.name = "eth0",
		 .addr = {0xfe, 0x80, [15] = 1},
		 .plen = 64,
		 .scope = 0x20},
		{.name = "eth1", .plen = 64},
	};
	struct netdev_row row = {&e, &in, six, 2};
	ck_assert_str_eq(
		render(&netdev_long, &row, &req),
		"eth0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1400\n"
		"        inet 192.0.2.2  netmask 255.255.255.0  broadcast "
		"192.0.2.255\n"
		"        inet6 fe80::1  prefixlen 64  scopeid 0x20<link>\n"
		"        ether 02:fc:00:00:00:01  txqueuelen 1000  (Ethernet)\n"
		"        RX packets 791  bytes 25560757 (24.3 MiB)\n"
		"        RX errors 0  dropped 0  overruns 0  frame 0\n"
		"        TX packets 471  bytes 40263 (39.3 KiB)\n"
		"        TX errors 0  dropped 0 overruns 0  carrier 0  "
		"collisions 0\n"
		"\n");
	/* flags=0 loses its '>'; no counters for alias labels. */
	struct netdev_if alias = {.name = "v0:7"};
	struct netdev_info none = {.mtu = 1500};
	row.iface = &alias;
	row.info = &none;
	ck_assert_str_eq(render(&netdev_long, &row, &req),
			 "v0:7: flags=0<  mtu 1500\n\n");
}
END_TEST

/* Through the real sections: the title once under -c, the short table's
 * column line (made from the columns) on every pass, none for -e. */
static const char *render_pass(const struct netstat_section *view, int extend,
			       int iteration)
{
	struct netstat_request req = mock_request(NETSTAT_REPORT_INTERFACES);
	req.extend = extend;
	struct netdev_if e = {.name = "lo", .has_stats = true};
	struct netdev_info in = {.flags = 0x49, .mtu = 65536};
	struct netdev_record r;
	netdev_record_init(&r);
	ck_assert_int_eq(netdev_record_fill(&r, &e, &in, NULL, 0), 0);
	struct netstat_ctx *ctx = mock_ctx_new("/nonexistent", &req, NULL);
	mock_set_iteration(ctx, iteration);
	struct netstat_record rec = {
		.section = view, .values = r.v, .n_values = NETDEV_COL_COUNT};
	mock_host_api()->emit(ctx, &rec);
	static char out[4096];
	snprintf(out, sizeof out, "%s", mock_stdout(ctx));
	mock_ctx_free(ctx);
	netdev_record_free(&r);
	return out;
}

#define SHORT_COLUMNS                                                          \
	"Iface             MTU    RX-OK RX-ERR RX-DRP RX-OVR    TX-OK TX-ERR " \
	"TX-DRP TX-OVR Flg\n"
#define LO_ROW                                                                 \
	"lo              65536        0      0      0 0             0      0 " \
	"     0      0 LRU\n"
#define LO_BLOCK                                                               \
	"lo: flags=73<UP,LOOPBACK,RUNNING>  mtu 65536\n"                       \
	"        RX packets 0  bytes 0 (0.0 B)\n"                              \
	"        RX errors 0  dropped 0  overruns 0  frame 0\n"                \
	"        TX packets 0  bytes 0 (0.0 B)\n"                              \
	"        TX errors 0  dropped 0 overruns 0  carrier 0  collisions 0\n" \
	"\n"

START_TEST(headers_and_passes)
{
	ck_assert_str_eq(render_pass(&netdev_short, 0, 0),
			 "Kernel Interface table\n" SHORT_COLUMNS LO_ROW);
	ck_assert_str_eq(render_pass(&netdev_short, 0, 1),
			 SHORT_COLUMNS LO_ROW);
	ck_assert_str_eq(render_pass(&netdev_long, 1, 0),
			 "Kernel Interface table\n" LO_BLOCK);
	ck_assert_str_eq(render_pass(&netdev_long, 1, 1), LO_BLOCK);
}
END_TEST

static const struct netstat_value *col(struct netdev_record *r,
				       enum netdev_column c)
{
	return &r->v[c];
}

/* Structured formats get every counter and every field of the block. */
START_TEST(typed_values)
{
	struct netdev_if e = {.name = "eth0", .has_stats = true};
	e.stats.rx_compressed = 5;
	e.stats.rx_multicast = 6;
	e.stats.tx_compressed = 7;
	e.stats.tx_colls = 8;
	struct netdev_info in = {
		.flags = 0x3043, /* with IFF_PORTSEL */
		.mtu = 1500,
		.has_hw = true,
		.hw_type = 1,
		.hw_addr = {2, 0xfc, 0, 0, 0, 1},
		.has_map = true,
		.irq = 11,
		.base_addr = 0x300,
		.mem_start = 0xd0000,
		.mem_end = 0xdffff,
		.dma = 3,
		.port = 2,
	};
	struct netdev_inet6 six[3] = {
		{.name = "eth0",
		 .addr = {0xfe, 0x80, [15] = 1},
		 .plen = 64,
		 .scope = 0x20},
		{.name = "eth1", .plen = 48},
		{.name = "eth0", .addr = {0xfd, [15] = 2}, .plen = 8},
	};
	struct netdev_record r;
	netdev_record_init(&r);
	ck_assert_int_eq(netdev_record_fill(&r, &e, &in, six, 3), 0);
	ck_assert_uint_eq(col(&r, NETDEV_COL_FLAGS)->v.u, 0x3043);
	ck_assert_str_eq(col(&r, NETDEV_COL_FLG)->v.s, "BMRU");
	ck_assert_uint_eq(col(&r, NETDEV_COL_RX_COMPRESSED)->v.u, 5);
	ck_assert_uint_eq(col(&r, NETDEV_COL_RX_MULTICAST)->v.u, 6);
	ck_assert_uint_eq(col(&r, NETDEV_COL_TX_COMPRESSED)->v.u, 7);
	ck_assert_uint_eq(col(&r, NETDEV_COL_COLLISIONS)->v.u, 8);
	ck_assert_str_eq(col(&r, NETDEV_COL_INET6)->v.s,
			 "fe80::1/64 fd00::2/8");
	ck_assert_str_eq(col(&r, NETDEV_COL_INET6_SCOPES)->v.s, "0x20 0x0");
	ck_assert_str_eq(col(&r, NETDEV_COL_HWTYPE)->v.s, "ether");
	ck_assert_uint_eq(col(&r, NETDEV_COL_HW_TYPE_CODE)->v.u, 1);
	ck_assert_str_eq(col(&r, NETDEV_COL_HWADDR)->v.s, "02:fc:00:00:00:01");
	ck_assert_str_eq(col(&r, NETDEV_COL_MEDIA)->v.s, "10baseT");
	ck_assert_uint_eq(col(&r, NETDEV_COL_IRQ)->v.u, 11);
	ck_assert_uint_eq(col(&r, NETDEV_COL_BASE_ADDRESS)->v.u, 0x300);
	ck_assert_uint_eq(col(&r, NETDEV_COL_MEM_START)->v.u, 0xd0000);
	ck_assert_uint_eq(col(&r, NETDEV_COL_MEM_END)->v.u, 0xdffff);
	ck_assert_uint_eq(col(&r, NETDEV_COL_DMA)->v.u, 3);
	/* No IPv4 address, no queue length known: nulls. */
	ck_assert_int_eq(col(&r, NETDEV_COL_ADDR)->type, NETSTAT_T_NULL);
	ck_assert_int_eq(col(&r, NETDEV_COL_TXQLEN)->type, NETSTAT_T_NULL);

	/* An alias label: no counters at all; no device map, no media. */
	struct netdev_if alias = {.name = "eth0:1"};
	struct netdev_info plain = {
		.flags = 0x1, .has_hw = true, .hw_type = 772};
	ck_assert_int_eq(netdev_record_fill(&r, &alias, &plain, six, 3), 0);
	ck_assert_int_eq(col(&r, NETDEV_COL_RX_OK)->type, NETSTAT_T_NULL);
	ck_assert_int_eq(col(&r, NETDEV_COL_RX_MULTICAST)->type,
			 NETSTAT_T_NULL);
	ck_assert_int_eq(col(&r, NETDEV_COL_INET6)->type, NETSTAT_T_NULL);
	ck_assert_int_eq(col(&r, NETDEV_COL_MEDIA)->type, NETSTAT_T_NULL);
	ck_assert_int_eq(col(&r, NETDEV_COL_IRQ)->type, NETSTAT_T_NULL);
	/* A loopback has no address to show; a tunnel an empty one. */
	ck_assert_str_eq(col(&r, NETDEV_COL_HWTYPE)->v.s, "loop");
	ck_assert_int_eq(col(&r, NETDEV_COL_HWADDR)->type, NETSTAT_T_NULL);
	plain.hw_type = 768;
	ck_assert_int_eq(netdev_record_fill(&r, &alias, &plain, NULL, 0), 0);
	ck_assert_str_eq(col(&r, NETDEV_COL_HWADDR)->v.s, "");
	/* Types net-tools does not know keep their number. */
	plain.hw_type = 65534;
	ck_assert_int_eq(netdev_record_fill(&r, &alias, &plain, NULL, 0), 0);
	ck_assert_str_eq(col(&r, NETDEV_COL_HWTYPE)->v.s, "unspec");
	ck_assert_uint_eq(col(&r, NETDEV_COL_HW_TYPE_CODE)->v.u, 65534);
	netdev_record_free(&r);
}
END_TEST

/* Every counter is a UINT with a unit and measure=counter; the raw flags
 * are shown without -e too, but never as a classic cell. */
START_TEST(column_metadata)
{
	static const enum netdev_column counters[] = {
		NETDEV_COL_RX_OK,	 NETDEV_COL_RX_ERR,
		NETDEV_COL_RX_DRP,	 NETDEV_COL_RX_OVR,
		NETDEV_COL_TX_OK,	 NETDEV_COL_TX_ERR,
		NETDEV_COL_TX_DRP,	 NETDEV_COL_TX_OVR,
		NETDEV_COL_RX_BYTES,	 NETDEV_COL_TX_BYTES,
		NETDEV_COL_RX_FRAME,	 NETDEV_COL_TX_CARRIER,
		NETDEV_COL_COLLISIONS,	 NETDEV_COL_RX_COMPRESSED,
		NETDEV_COL_RX_MULTICAST, NETDEV_COL_TX_COMPRESSED,
	};
	for (size_t i = 0; i < sizeof counters / sizeof counters[0]; i++) {
		const struct netstat_column *c =
			&netdev_short.columns[counters[i]];
		ck_assert_int_eq(c->type, NETSTAT_T_UINT);
		ck_assert_int_eq(c->measure, NETSTAT_MEASURE_COUNTER);
		ck_assert_ptr_nonnull(c->unit);
	}
	ck_assert_str_eq(netdev_short.columns[NETDEV_COL_RX_BYTES].unit,
			 "bytes");
	const struct netstat_column *flags =
		&netdev_short.columns[NETDEV_COL_FLAGS];
	ck_assert_uint_eq(flags->when, 0);
	ck_assert_uint_eq(flags->flags, NETSTAT_COL_STRUCTURED_ONLY);
}
END_TEST

static Suite *netdev_suite(void)
{
	Suite *s = suite_create("netdev");
	TCase *tc = tcase_create("parts");
	tcase_add_test(tc, name_order);
	tcase_add_test(tc, dev_lines);
	tcase_add_test(tc, human_sizes);
	tcase_add_test(tc, flag_letters);
	tcase_add_test(tc, short_rows);
	tcase_add_test(tc, long_block);
	tcase_add_test(tc, control_bytes_in_names);
	tcase_add_test(tc, headers_and_passes);
	tcase_add_test(tc, typed_values);
	tcase_add_test(tc, column_metadata);
	suite_add_tcase(s, tc);
	return s;
}

Suite **test_suites(void)
{
	static Suite *suites[2];
	suites[0] = netdev_suite();
	return suites;
}
