/*
 * Every structured format module over the same records (in the manner of
 * libsigrok's output_all): each value type, NULL, huge numbers, hostile
 * strings, IPv6 and text addresses, a value of the wrong type, empty and
 * repeated passes. Generic checks run over all of them; each format's own
 * checks read its output back with an independent parser.
 */
#include <arpa/inet.h>
#include <check.h>
#include <inttypes.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "formats/common/fmt_number.h"
#include "formats/common/fmt_utf8.h"
#include "formats/json/json_row.h"
#include "tests/check_main.h"
#include "tests/formats/checks.h"
#include "tests/formats/drive.h"
#include "tests/formats/sample.h"
#include "tests/mock/mock_host.h"

extern const struct netstat_module json_LTX_netstat_module;
extern const struct netstat_module csv_LTX_netstat_module;
extern const struct netstat_module yaml_LTX_netstat_module;
extern const struct netstat_module prometheus_LTX_netstat_module;
extern const struct netstat_module openmetrics_LTX_netstat_module;

static const struct netstat_module *const formats[] = {
	&json_LTX_netstat_module,	 &csv_LTX_netstat_module,
	&yaml_LTX_netstat_module,	 &prometheus_LTX_netstat_module,
	&openmetrics_LTX_netstat_module,
};
#define N_FORMATS (sizeof formats / sizeof formats[0])

/* One run: its output, its stderr and the context behind them. */
struct run {
	struct netstat_request req;
	struct netstat_ctx *ctx;
	struct netstat_text out;
	struct drive drive;
};

/* A mock context with the names the sample's values resolve to. */
static struct netstat_ctx *sample_ctx(const struct netstat_request *req)
{
	/* The mock renders nothing here: the drive runs the format. */
	struct netstat_ctx *ctx = mock_ctx_new(fixtures_dir(), req, NULL);
	mock_add_host(ctx, "127.0.0.1", "localhost");
	mock_add_service(ctx, 22, "tcp", "ssh");
	mock_add_user(ctx, 1000, "alice");
	return ctx;
}

static void run_open(struct run *r, const struct netstat_module *fmt,
		     unsigned flags, const char *const *options)
{
	r->req = sample_request(flags);
	r->ctx = sample_ctx(&r->req);
	r->out = sample_text();
	ck_assert_int_eq(
		drive_open(&r->drive, fmt, r->ctx, &r->req, &r->out, options),
		0);
}

static void run_some(struct run *r, int passes)
{
	for (int i = 0; i < passes; i++) {
		mock_set_iteration(r->ctx, i);
		sample_pass(&r->drive);
	}
	ck_assert_int_eq(r->drive.rc, 0);
	netstat_text_cstr(&r->out);
}

static void run_passes_with(struct run *r, const struct netstat_module *fmt,
			    unsigned flags, int passes,
			    const char *const *options)
{
	run_open(r, fmt, flags, options);
	run_some(r, passes);
}

static void run_passes(struct run *r, const struct netstat_module *fmt,
		       unsigned flags, int passes)
{
	run_passes_with(r, fmt, flags, passes, NULL);
}

static void run_free(struct run *r)
{
	drive_close(&r->drive);
	mock_ctx_free(r->ctx);
	free(r->out.buf);
}

static bool contains(const char *hay, const char *needle)
{
	return strstr(hay, needle) != NULL;
}

/* ---- generic checks, every format ---- */

START_TEST(test_descriptor)
{
	const struct netstat_module *m = formats[_i];
	ck_assert_uint_eq(m->abi_major, NETSTAT_ABI_MAJOR);
	ck_assert_uint_le(m->abi_minor, NETSTAT_ABI_MINOR);
	ck_assert_uint_eq(m->kind, NETSTAT_MODULE_FORMAT);
	ck_assert_ptr_nonnull(m->format);
	ck_assert_uint_eq(m->format->size, sizeof(struct netstat_format));
	ck_assert_uint_eq(m->format->view, NETSTAT_VIEW_STRUCTURED);
	ck_assert_ptr_nonnull(m->format->row);
	/* State comes from init() and goes with fini(): nothing global. */
	ck_assert_ptr_nonnull(m->format->init);
	ck_assert_ptr_nonnull(m->format->fini);
	/* Notices must go to stderr: stdout stays machine-readable. */
	ck_assert_ptr_null(m->format->notice);
	for (size_t i = 0; i < m->n_options; i++) {
		ck_assert_ptr_nonnull(m->options[i].key);
		ck_assert_ptr_nonnull(m->options[i].help);
	}
}
END_TEST

START_TEST(test_output_is_clean_utf8)
{
	struct run r;
	run_passes(&r, formats[_i], 0, 1);
	const unsigned char *p = (const unsigned char *)r.out.buf;
	size_t n = r.out.len;
	ck_assert_uint_gt(n, 0);
	ck_assert_int_eq(p[n - 1], '\n');
	bool csv = formats[_i] == &csv_LTX_netstat_module;
	for (size_t i = 0; i < n;) {
		uint32_t cp;
		size_t len = fmt_utf8_decode(p + i, n - i, &cp);
		ck_assert_msg(len > 0, "%s: invalid UTF-8 at byte %zu",
			      formats[_i]->name, i);
		/* Raw controls: only line ends (and in CSV, inside quoted
		 * fields, tab and CR, which RFC 4180 allows). */
		if (fmt_is_control(cp) && cp != '\n')
			ck_assert_msg(csv && (cp == '\r' || cp == '\t'),
				      "%s: raw control U+%04X at byte %zu",
				      formats[_i]->name, (unsigned)cp, i);
		i += len;
	}
	run_free(&r);
}
END_TEST

START_TEST(test_mismatch_warns_once)
{
	struct run r;
	run_passes(&r, formats[_i], 0, 2);
	const char *err = mock_stderr(r.ctx);
	const char *first = strstr(err, "column `count' of section `alpha'");
	ck_assert_msg(first, "no warning in: %s", err);
	ck_assert_ptr_null(strstr(first + 1, "column `count'"));
	ck_assert(contains(err, "column `any' of section `alpha'"));
	run_free(&r);
}
END_TEST

START_TEST(test_hidden_column_absent)
{
	struct run r;
	run_passes(&r, formats[_i], 0, 1);
	ck_assert(!contains(r.out.buf, "hidden"));
	ck_assert(contains(r.out.buf, "program"));
	run_free(&r);
}
END_TEST

START_TEST(test_empty_pass)
{
	struct run r;
	run_open(&r, formats[_i], 0, NULL);
	drive_pass_begin(&r.drive);
	drive_pass_end(&r.drive);
	ck_assert_int_eq(r.drive.rc, 0);
	netstat_text_cstr(&r.out);
	/* CSV and Prometheus text have nothing to say for no records;
	 * OpenMetrics still ends with its # EOF. */
	if (formats[_i] == &csv_LTX_netstat_module ||
	    formats[_i] == &prometheus_LTX_netstat_module)
		ck_assert_str_eq(r.out.buf, "");
	else
		ck_assert_int_eq(r.out.buf[r.out.len - 1], '\n');
	run_free(&r);
}
END_TEST

/* The host shows structured formats every column but classic-only ones
 * (core/run/columns.c): structured-only columns included. */
START_TEST(test_view_columns)
{
	struct run r;
	run_passes(&r, formats[_i], 0, 1);
	ck_assert(!contains(r.out.buf, "classic_cell"));
	ck_assert(!contains(r.out.buf, "424242"));
	ck_assert(contains(r.out.buf, "note"));
	ck_assert(contains(r.out.buf, "hello"));
	run_free(&r);
}
END_TEST

/* A text buffer that cannot grow past `limit` bytes: its grow() fails
 * with NETSTAT_ERR_IO, as the host's does when stdout cannot be
 * written. */
struct limited_text {
	struct netstat_text text; /* first: grow() gets its address */
	size_t limit;
};

static int limited_grow(struct netstat_text *t, size_t need)
{
	struct limited_text *l = (struct limited_text *)t;
	size_t cap = t->cap ? t->cap : 64;
	while (cap - t->len < need)
		cap *= 2;
	if (cap > l->limit)
		cap = l->limit;
	if (cap < t->len || cap - t->len < need)
		return NETSTAT_ERR_IO;
	char *p = realloc(t->buf, cap ? cap : 1);
	if (!p)
		return NETSTAT_ERR_NOMEM;
	t->buf = p;
	t->cap = cap;
	return 0;
}

/* Every append's failure reaches the host: whatever byte the output is
 * cut at, a callback returns the buffer's error; and the next pass, with
 * room again, is whole. */
START_TEST(test_append_failure_propagates)
{
	const struct netstat_module *fmt = formats[_i];
	struct run whole;
	run_passes(&whole, fmt, 0, 1);
	size_t full = whole.out.len;
	ck_assert_uint_gt(full, 0);

	struct netstat_request req = sample_request(0);
	struct netstat_ctx *ctx = sample_ctx(&req);
	struct limited_text cut = {.text = {.grow = limited_grow}};
	struct drive d;
	ck_assert_int_eq(drive_open(&d, fmt, ctx, &req, &cut.text, NULL), 0);
	for (size_t limit = 0; limit < full; limit++) {
		cut.limit = limit;
		cut.text.len = 0;
		d.rc = 0;
		sample_pass(&d);
		ck_assert_msg(d.rc == NETSTAT_ERR_IO,
			      "%s: output cut at %zu of %zu bytes: rc %d",
			      fmt->name, limit, full, d.rc);
	}
	cut.limit = SIZE_MAX;
	cut.text.len = 0;
	d.rc = 0;
	sample_pass(&d);
	ck_assert_int_eq(d.rc, 0);
	ck_assert_uint_eq(cut.text.len, full);
	ck_assert(!memcmp(cut.text.buf, whole.out.buf, full));
	/* The host names the failure; the format adds no message of its
	 * own for a buffer that could not grow. */
	ck_assert(!contains(mock_stderr(ctx), "cannot write"));
	drive_close(&d);
	mock_ctx_free(ctx);
	free(cut.text.buf);
	run_free(&whole);
}
END_TEST

/* Two runs of one module at once (two loaded instances, or two threads
 * some day) share nothing: each output is what a run alone writes, and
 * each run says its own warnings. */
START_TEST(test_runs_are_independent)
{
	const struct netstat_module *fmt = formats[_i];
	struct run alone, a, b;
	run_passes(&alone, fmt, 0, 1);
	run_open(&a, fmt, 0, NULL);
	run_open(&b, fmt, 0, NULL);
	bool more = true;
	for (size_t step = 0; more; step++) {
		more = sample_step(&a.drive, step);
		ck_assert(sample_step(&b.drive, step) == more);
	}
	ck_assert_int_eq(a.drive.rc, 0);
	ck_assert_int_eq(b.drive.rc, 0);
	ck_assert_str_eq(netstat_text_cstr(&a.out), alone.out.buf);
	ck_assert_str_eq(netstat_text_cstr(&b.out), alone.out.buf);
	ck_assert(contains(mock_stderr(a.ctx), "column `count'"));
	ck_assert(contains(mock_stderr(b.ctx), "column `count'"));
	run_free(&a);
	run_free(&b);
	run_free(&alone);
}
END_TEST

/* ---- prometheus, openmetrics ---- */

static size_t occurrences(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = hay; (p = strstr(p, needle)); p++)
		n++;
	return n;
}

/* Both dialects: the families, their types and units, labels from the
 * non-numeric columns escaped, each family's metadata once; and where the
 * specifications differ, each its own. */
START_TEST(test_metrics_values)
{
	bool om = formats[_i] == &openmetrics_LTX_netstat_module;
	struct run r;
	run_passes(&r, formats[_i], 0, 1);
	const char *o = r.out.buf;
	ck_assert(contains(o, "netstat_connections_big_bytes{proto=\"tcp\","
			      "addr=\"127.0.0.1\",local=\"192.0.2.1\","
			      "local_port=\"22\",state=\"ESTABLISHED\","
			      "user=\"alice\",program=\"sshd\","
			      "note=\"hello\",any=\"9\"} 7\n"));
	ck_assert(contains(o, "} 18446744073709551615\n"));
	ck_assert(contains(o, "} 1.0e+20\n"));
	ck_assert(contains(o, "} NaN\n"));
	ck_assert(contains(o, "note=\"q\\\"b\\\\s\\n"));
	ck_assert(!contains(o, "timer"));
	ck_assert_uint_eq(
		occurrences(o, "# TYPE netstat_connections_big_bytes "), 1);
	if (om) {
		ck_assert(contains(o, "# TYPE netstat_connections_big_bytes "
				      "gauge\n# UNIT "
				      "netstat_connections_big_bytes bytes\n"));
		ck_assert(contains(o, "# TYPE netstat_connections_value "
				      "unknown\n"));
		ck_assert(contains(o, "# HELP netstat_connections_big_bytes "
				      "Alpha \\\"quoted\\\", with comma"));
		ck_assert_str_eq(o + r.out.len - 6, "# EOF\n");
	} else {
		ck_assert(contains(o, "# TYPE netstat_connections_value "
				      "untyped\n"));
		ck_assert(contains(o, "# HELP netstat_connections_big_bytes "
				      "Alpha \"quoted\", with comma"));
		ck_assert(!contains(o, "# UNIT"));
		ck_assert(!contains(o, "# EOF"));
	}
	/* The sample's counter holds -42: left out, said on stderr. */
	ck_assert(!contains(o, "count_packets"));
	ck_assert(contains(mock_stderr(r.ctx),
			   "counter `count' of section `alpha' holds -42"));
	run_free(&r);
}
END_TEST

/* Under -c every pass is a whole exposition of its own. */
START_TEST(test_metrics_passes)
{
	struct run one, two;
	run_passes(&one, formats[_i], 0, 1);
	run_passes(&two, formats[_i], 0, 2);
	ck_assert_uint_eq(two.out.len, 2 * one.out.len);
	ck_assert(!memcmp(two.out.buf, one.out.buf, one.out.len));
	ck_assert(!memcmp(two.out.buf + one.out.len, one.out.buf, one.out.len));
	run_free(&one);
	run_free(&two);
}
END_TEST

/* The aggregation the format asks the host for (ABI 2.2), from its
 * options; -l names the listeners' family. */
START_TEST(test_metrics_group_by)
{
	const struct netstat_format *f = formats[_i]->format;
	struct run r;
	run_open(&r, formats[_i], 0, NULL);
	struct netstat_request req = sample_request(0);
	ck_assert_str_eq(f->group_by(r.drive.state, &req), "proto,state");
	req.flags |= NETSTAT_REQ_LISTENING;
	ck_assert_str_eq(f->group_by(r.drive.state, &req), "proto,src,program");
	run_free(&r);

	static const char *const options[] = {"group_by", "", NULL};
	run_open(&r, formats[_i], 0, options);
	req.flags &= ~NETSTAT_REQ_LISTENING;
	ck_assert_ptr_null(f->group_by(r.drive.state, &req));
	run_free(&r);

	run_passes(&r, formats[_i], NETSTAT_REQ_LISTENING, 1);
	ck_assert(
		contains(r.out.buf, "\nnetstat_listening_sockets_big_bytes{"));
	run_free(&r);
}
END_TEST

/* ---- json ---- */

/* Checks every line is one JSON document; returns their number. */
static int json_lines(const char *text)
{
	int docs = 0;
	char err[128];
	for (const char *p = text; *p;) {
		const char *nl = strchr(p, '\n');
		ck_assert_msg(nl, "json: last line has no newline");
		ck_assert_msg(json_check(p, (size_t)(nl - p), err, sizeof err),
			      "json: line %d: %s", docs + 1, err);
		docs++;
		p = nl + 1;
	}
	return docs;
}

START_TEST(test_json_values)
{
	struct run r;
	run_passes(&r, &json_LTX_netstat_module, 0, 1);
	const char *o = r.out.buf;
	ck_assert_int_eq(json_lines(o), 1);
	ck_assert(!strncmp(o,
			   "{\"schema\":\"netstat/1\",\"report\":"
			   "\"connections\",\"pass\":0,\"sections\":[",
			   60));
	ck_assert(
		contains(o, "\"title\":\"Alpha \\\"quoted\\\", with comma\""));
	ck_assert(contains(o, "{\"key\":\"local\",\"title\":\"Local Address\","
			      "\"type\":\"endpoint\"}"));
	ck_assert(contains(o, "{\"key\":\"note\",\"title\":null,"
			      "\"type\":\"string\"}"));
	ck_assert(contains(o, "{\"key\":\"any\",\"title\":\"Any\","
			      "\"type\":\"any\"}"));
	/* plain row */
	ck_assert(contains(o, "{\"proto\":\"tcp\",\"count\":-42,\"big\":7,"
			      "\"ratio\":0.25,\"addr\":{\"family\":\"inet\","
			      "\"address\":\"127.0.0.1\",\"host\":"
			      "\"localhost\"},\"local\":{\"family\":\"inet\","
			      "\"address\":\"192.0.2.1\",\"port\":22,"
			      "\"host\":null,\"service\":\"ssh\"},\"state\":"
			      "{\"code\":1,\"name\":\"ESTABLISHED\"},\"user\":"
			      "{\"uid\":1000,\"name\":\"alice\"},\"program\":"
			      "{\"pid\":1234,\"name\":\"sshd\"},\"timer\":"
			      "{\"code\":1,\"name\":\"on\",\"seconds\":0.2,"
			      "\"retransmits\":0,\"probes\":3},\"note\":"
			      "\"hello\",\"any\":9}"));
	/* edge row */
	ck_assert(contains(o, "\"count\":-9223372036854775808,"
			      "\"big\":18446744073709551615,"
			      "\"ratio\":1.0e+20,"));
	ck_assert(contains(o, "\"address\":\"2001:db8::1\",\"host\":null}"));
	ck_assert(contains(o, "\"local\":{\"family\":\"inet6\",\"address\":"
			      "\"::\",\"port\":0,\"host\":null,"
			      "\"service\":null}"));
	ck_assert(contains(o, "\"state\":{\"code\":7,\"name\":null}"));
	ck_assert(contains(o, "\"user\":{\"uid\":0,\"name\":null}"));
	ck_assert(contains(o, "\"program\":{\"pid\":99,\"name\":null}"));
	ck_assert(contains(o, "\"seconds\":0.0,"));
	ck_assert_msg(contains(o, sample_note_json), "note: %s", o);
	ck_assert(contains(o, "\"any\":\"123\""));
	/* nulls row: missing values are null, not absent */
	ck_assert(contains(o, "{\"proto\":null,\"count\":null,\"big\":0,"
			      "\"ratio\":null,\"addr\":null,\"local\":null,"));
	/* text row */
	ck_assert(contains(o, "\"ratio\":null,\"addr\":{\"family\":\"other\","
			      "\"address\":\"N0CALL-1\",\"host\":null},"
			      "\"local\":{\"family\":\"other\",\"address\":"
			      "\"NODE\",\"port\":5,\"host\":null,"
			      "\"service\":null}"));
	ck_assert(contains(o, "\"note\":\"\",\"any\":2.0}"));
	/* mismatch row: wrong types become null */
	ck_assert(contains(o, "{\"proto\":null,\"count\":null,"));
	ck_assert(contains(o, "\"any\":null}]}"));
	/* the empty section, then beta */
	ck_assert(contains(o, "{\"key\":\"gamma\",\"title\":\"Gamma (empty)\","
			      "\"columns\":[{\"key\":\"name\",\"title\":"
			      "\"Name\",\"type\":\"string\"},{\"key\":"
			      "\"value\",\"title\":\"Value\",\"type\":"
			      "\"uint\"}],\"rows\":[]},"));
	ck_assert(contains(o, "\"rows\":[{\"name\":\"x\",\"value\":1}]}]}\n"));
	run_free(&r);
}
END_TEST

START_TEST(test_json_numeric)
{
	struct run r;
	run_passes(&r, &json_LTX_netstat_module,
		   NETSTAT_REQ_NUMERIC_HOSTS | NETSTAT_REQ_NUMERIC_PORTS |
			   NETSTAT_REQ_NUMERIC_USERS,
		   1);
	const char *o = r.out.buf;
	ck_assert(contains(o, "\"address\":\"127.0.0.1\",\"host\":null}"));
	ck_assert(contains(o, "\"port\":22,\"host\":null,\"service\":null}"));
	ck_assert(contains(o, "\"user\":{\"uid\":1000,\"name\":null}"));
	run_free(&r);
}
END_TEST

/* Doubles: the shortest text that reads back the same, always with a dot
 * or an exponent; integral values take a shortcut that must agree. */
START_TEST(test_double_text)
{
	static const struct {
		double d;
		const char *text;
	} cases[] = {
		{0.0, "0.0"},
		{-0.0, "-0.0"},
		{1.0, "1.0"},
		{9.0, "9.0"},
		{10.0, "1.0e+01"},
		{15.0, "15.0"},
		{100.0, "1.0e+02"},
		{101.0, "101.0"},
		{120.0, "1.2e+02"},
		{4294967295.0, "4294967295.0"},
		{999999999999999.0, "999999999999999.0"},
		{1e15, "1.0e+15"},
		{1e15 + 1, "1000000000000001.0"},
		{0.5, "0.5"},
		{-3.0, "-3.0"},
		{0.1, "0.1"},
	};
	char buf[FMT_DOUBLE_SIZE];
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		ck_assert(fmt_double(cases[i].d, buf));
		ck_assert_str_eq(buf, cases[i].text);
	}
	ck_assert(!fmt_double(NAN, buf));
}
END_TEST

/* A double's text as counting up from 1 digit finds the fewest that read
 * back, with the dot or ".0" the formats add. */
static void count_up_text(double d, char out[FMT_DOUBLE_SIZE])
{
	char tmp[FMT_DOUBLE_SIZE - 4];
	int prec = 1;
	for (; prec < 17; prec++) {
		snprintf(tmp, sizeof tmp, "%.*g", prec, d);
		if (strtod(tmp, NULL) == d)
			break;
	}
	snprintf(tmp, sizeof tmp, "%.*g", prec, d);
	char *e = strchr(tmp, 'e');
	if (strchr(tmp, '.')) {
		snprintf(out, FMT_DOUBLE_SIZE, "%s", tmp);
	} else if (e) {
		*e = '\0';
		snprintf(out, FMT_DOUBLE_SIZE, "%s.0e%s", tmp, e + 1);
	} else {
		snprintf(out, FMT_DOUBLE_SIZE, "%s.0", tmp);
	}
}

static void expect_fewest_digits(double d)
{
	if (!isfinite(d))
		return;
	char want[FMT_DOUBLE_SIZE], got[FMT_DOUBLE_SIZE];
	count_up_text(d, want);
	ck_assert(fmt_double(d, got));
	ck_assert_msg(strcmp(got, want) == 0, "%a: %s, not %s", d, got, want);
}

/* fmt_double's search for the fewest digits against counting up: random
 * bit patterns, every power of two (where the values that read back lie
 * unevenly around it), its neighbours, and short decimals. */
START_TEST(test_double_fewest_digits)
{
	uint64_t x = 0x9e3779b97f4a7c15u;
	for (int i = 0; i < 20000; i++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		double d;
		memcpy(&d, &x, sizeof d);
		expect_fewest_digits(d);
	}
	for (int e = -1074; e <= 1023; e++) {
		double d = ldexp(1.0, e);
		expect_fewest_digits(d);
		expect_fewest_digits(nextafter(d, 0.0));
		expect_fewest_digits(nextafter(d, INFINITY));
		expect_fewest_digits(-d);
	}
	for (int i = 1; i < 20000; i++) {
		expect_fewest_digits(i / 1000.0);
		expect_fewest_digits(i * 0.1);
	}
}
END_TEST

START_TEST(test_json_lines)
{
	struct run r;
	run_passes(&r, &json_LTX_netstat_module, NETSTAT_REQ_CONTINUOUS, 3);
	ck_assert_int_eq(json_lines(r.out.buf), 3);
	ck_assert(contains(r.out.buf, "\"pass\":2,"));
	run_free(&r);
}
END_TEST

START_TEST(test_json_empty)
{
	struct run r;
	run_open(&r, &json_LTX_netstat_module, 0, NULL);
	r.req.report = NETSTAT_REPORT_ROUTES;
	drive_pass_begin(&r.drive);
	drive_pass_end(&r.drive);
	ck_assert_int_eq(r.drive.rc, 0);
	ck_assert_str_eq(netstat_text_cstr(&r.out),
			 "{\"schema\":\"netstat/1\",\"report\":\"routes\","
			 "\"pass\":0,\"sections\":[]}\n");
	run_free(&r);
}
END_TEST

static const char *const json_pretty[] = {"pretty", "true", NULL};

/* `text` without the white space between JSON tokens. */
static char *json_squeeze(const char *text)
{
	char *out = malloc(strlen(text) + 1), *o = out;
	bool in_string = false;
	for (const char *p = text; *p; p++) {
		if (in_string) {
			*o++ = *p;
			if (*p == '\\' && p[1])
				*o++ = *++p;
			else if (*p == '"')
				in_string = false;
		} else if (*p == '"') {
			*o++ = *p;
			in_string = true;
		} else if (!strchr(" \n", *p)) {
			*o++ = *p;
		}
	}
	*o = '\0';
	return out;
}

static const char json_pretty_head[] =
	"{\n"
	"  \"schema\": \"netstat/1\",\n"
	"  \"report\": \"connections\",\n"
	"  \"pass\": 0,\n"
	"  \"sections\": [\n"
	"    {\n"
	"      \"key\": \"alpha\",\n"
	"      \"title\": \"Alpha \\\"quoted\\\", with comma\",\n"
	"      \"columns\": [\n"
	"        {\"key\": \"proto\", \"title\": \"Proto\", \"type\": "
	"\"string\"},\n"
	"        {\"key\": \"count\",";

START_TEST(test_json_pretty)
{
	struct run compact, pretty;
	run_passes(&compact, &json_LTX_netstat_module, 0, 1);
	run_passes_with(&pretty, &json_LTX_netstat_module, 0, 1, json_pretty);
	const char *o = pretty.out.buf;
	char err[128];
	ck_assert_msg(json_check(o, strlen(o), err, sizeof err), "json: %s",
		      err);
	ck_assert_msg(!strncmp(o, json_pretty_head, strlen(json_pretty_head)),
		      "json pretty:\n%s", o);
	/* one row a line, compound values inline */
	ck_assert(contains(o, "\n      \"rows\": [\n        {\"proto\": "
			      "\"tcp\", \"count\": -42, \"big\": 7, "
			      "\"ratio\": 0.25, \"addr\": {\"family\": "
			      "\"inet\", \"address\": \"127.0.0.1\", "
			      "\"host\": \"localhost\"}, "));
	ck_assert(contains(o, "\"note\": \"hello\", \"any\": 9},\n        {"));
	ck_assert(contains(o, "\"any\": null}\n      ]\n    },\n    {\n"));
	ck_assert(contains(o, "\n      \"rows\": []\n    },\n"));
	ck_assert(contains(o,
			   "\n      \"rows\": [\n        {\"name\": "
			   "\"x\", \"value\": 1}\n      ]\n    }\n  ]\n}\n"));
	/* The same document, white space aside (the compact one has none
	 * but its final newline). */
	char *a = json_squeeze(o), *b = json_squeeze(compact.out.buf);
	size_t at = 0;
	while (a[at] && a[at] == b[at])
		at++;
	ck_assert_msg(!a[at] && !b[at],
		      "pretty and compact differ at byte %zu: ...%.40s", at,
		      a + at);
	ck_assert_uint_eq(strlen(b) + 1, compact.out.len);
	free(a);
	free(b);
	run_free(&compact);
	run_free(&pretty);
}
END_TEST

START_TEST(test_json_pretty_empty)
{
	struct run r;
	run_open(&r, &json_LTX_netstat_module, 0, json_pretty);
	mock_set_iteration(r.ctx, 4);
	drive_pass_begin(&r.drive);
	drive_pass_end(&r.drive);
	ck_assert_int_eq(r.drive.rc, 0);
	ck_assert_str_eq(netstat_text_cstr(&r.out),
			 "{\n  \"schema\": \"netstat/1\",\n"
			 "  \"report\": \"connections\",\n"
			 "  \"pass\": 4,\n  \"sections\": []\n}\n");
	run_free(&r);
}
END_TEST

/* -c with pretty: one indented document after another. */
START_TEST(test_json_pretty_passes)
{
	struct run r;
	run_passes_with(&r, &json_LTX_netstat_module, NETSTAT_REQ_CONTINUOUS, 2,
			json_pretty);
	const char *second = strstr(r.out.buf, "\n}\n{\n  \"schema\"");
	ck_assert_ptr_nonnull(second);
	char err[128];
	size_t first_len = (size_t)(second - r.out.buf) + 3;
	ck_assert(json_check(r.out.buf, first_len, err, sizeof err));
	ck_assert(json_check(second + 3, strlen(second + 3), err, sizeof err));
	ck_assert(contains(second, "\"pass\": 1,"));
	run_free(&r);
}
END_TEST

/* ---- csv ---- */

static const char csv_alpha_header[] =
	"section,proto,count,big,ratio,addr.family,addr.address,addr.host,"
	"local.family,local.address,local.port,local.host,local.service,"
	"state.code,state.name,user.uid,user.name,program.pid,program.name,"
	"timer.code,timer.name,timer.seconds,timer.retransmits,"
	"timer.probes,note,any\r\n";

START_TEST(test_csv_values)
{
	struct run r;
	run_passes(&r, &csv_LTX_netstat_module, 0, 1);
	const char *o = r.out.buf;
	ck_assert(!strncmp(o, csv_alpha_header, strlen(csv_alpha_header)));
	ck_assert(contains(o, "\r\nalpha,tcp,-42,7,0.25,inet,127.0.0.1,"
			      "localhost,inet,192.0.2.1,22,,ssh,1,"
			      "ESTABLISHED,1000,alice,1234,sshd,1,on,0.2,0,3,"
			      "hello,9\r\n"));
	ck_assert(contains(o, "\r\nalpha,tcp6,-9223372036854775808,"
			      "18446744073709551615,1.0e+20,inet6,"
			      "2001:db8::1,,inet6,::,0,,,7,,0,,99,,0,,0.0,0,0,"
			      "\"q\"\"b\\s\n\r\t"));
	/* null: empty field; empty string: "" */
	ck_assert(contains(o, "\r\nalpha,,,0,,,,,,,,,,,,,,,,,,,,,,\r\n"));
	ck_assert(contains(o, ",\"\",2.0\r\n"));
	ck_assert(contains(o, "\r\nsection,name,value\r\nsection,name,value"
			      "\r\nbeta,x,1\r\n"));

	struct csv_file f;
	ck_assert_msg(csv_read(o, &f), "csv: does not parse");
	size_t width = 0;
	int headers = 0;
	for (size_t i = 0; i < f.n_records; i++) {
		struct csv_record *rec = &f.records[i];
		if (!strcmp(rec->fields[0].text, "section")) {
			width = rec->n_fields;
			headers++;
			continue;
		}
		ck_assert_uint_eq(rec->n_fields, width);
	}
	ck_assert_int_eq(headers, 3);
	ck_assert_uint_eq(f.n_records, 3 + SAMPLE_ALPHA_ROWS + 1);
	/* the edge row: note column is the second-to-last field */
	struct csv_record *edge = &f.records[2];
	ck_assert_str_eq(edge->fields[edge->n_fields - 2].text,
			 sample_note_csv);
	ck_assert_str_eq(edge->fields[edge->n_fields - 1].text, "123");
	struct csv_record *text = &f.records[4];
	ck_assert(text->fields[text->n_fields - 2].quoted);
	ck_assert_str_eq(text->fields[text->n_fields - 2].text, "");
	ck_assert(!f.records[3].fields[1].quoted);
	csv_file_free(&f);
	run_free(&r);
}
END_TEST

START_TEST(test_csv_passes)
{
	struct run r;
	run_passes(&r, &csv_LTX_netstat_module, NETSTAT_REQ_CONTINUOUS, 2);
	const char *second = strstr(r.out.buf + 1, csv_alpha_header);
	ck_assert_msg(second, "csv: pass 2 has no header");
	run_free(&r);
}
END_TEST

/* ---- yaml ---- */

/* Reads YAML text with libyaml's parser: counts documents and finds the
 * scalar following the key `key` in document `doc` (0-based). */
struct yaml_probe {
	int documents;
	char value[512];
	yaml_scalar_style_t style;
	bool found;
};

static bool yaml_read(const char *text, const char *key, int nth,
		      struct yaml_probe *probe)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	memset(probe, 0, sizeof *probe);
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, (const unsigned char *)text,
				     strlen(text));
	bool ok = true, take = false;
	int seen = 0;
	/* Per open collection: is it a mapping, and is a key next? */
	bool mapping[64] = {false}, key_next[64] = {false};
	int depth = 0;
	for (;;) {
		if (!yaml_parser_parse(&parser, &ev)) {
			ok = false;
			break;
		}
		yaml_event_type_t type = ev.type;
		bool node = type == YAML_SCALAR_EVENT ||
			    type == YAML_MAPPING_START_EVENT ||
			    type == YAML_SEQUENCE_START_EVENT;
		bool is_key = node && depth > 0 && mapping[depth - 1] &&
			      key_next[depth - 1];
		if (node && depth > 0 && mapping[depth - 1])
			key_next[depth - 1] = !key_next[depth - 1];
		if (type == YAML_DOCUMENT_START_EVENT)
			probe->documents++;
		if (type == YAML_SCALAR_EVENT && take && !probe->found) {
			size_t n = ev.data.scalar.length;
			if (n >= sizeof probe->value)
				n = sizeof probe->value - 1;
			memcpy(probe->value, ev.data.scalar.value, n);
			probe->value[n] = '\0';
			probe->style = ev.data.scalar.style;
			probe->found = true;
		}
		take = type == YAML_SCALAR_EVENT && is_key && key &&
		       !strcmp((const char *)ev.data.scalar.value, key) &&
		       seen++ == nth;
		if ((type == YAML_MAPPING_START_EVENT ||
		     type == YAML_SEQUENCE_START_EVENT) &&
		    depth < 64) {
			mapping[depth] = type == YAML_MAPPING_START_EVENT;
			key_next[depth++] = true;
		}
		if (type == YAML_MAPPING_END_EVENT ||
		    type == YAML_SEQUENCE_END_EVENT)
			depth--;
		yaml_event_delete(&ev);
		if (type == YAML_STREAM_END_EVENT)
			break;
	}
	yaml_parser_delete(&parser);
	return ok;
}

static void yaml_expect(const char *text, const char *key, int nth,
			const char *value, bool plain)
{
	struct yaml_probe probe;
	ck_assert_msg(yaml_read(text, key, nth, &probe), "yaml: no parse");
	ck_assert_msg(probe.found, "yaml: no `%s' #%d", key, nth);
	ck_assert_str_eq(probe.value, value);
	if (plain)
		ck_assert_int_eq(probe.style, YAML_PLAIN_SCALAR_STYLE);
	else
		ck_assert_int_ne(probe.style, YAML_PLAIN_SCALAR_STYLE);
}

START_TEST(test_yaml_values)
{
	struct run r;
	run_passes(&r, &yaml_LTX_netstat_module, 0, 1);
	const char *o = r.out.buf;
	struct yaml_probe probe;
	ck_assert_msg(yaml_read(o, NULL, 0, &probe), "yaml: no parse:\n%s", o);
	ck_assert_int_eq(probe.documents, 1);
	ck_assert(!strncmp(o,
			   "---\nschema: netstat/1\nreport: connections\n"
			   "pass: 0\nsections:\n",
			   55));
	yaml_expect(o, "big", 0, "7", true);
	yaml_expect(o, "big", 1, "18446744073709551615", true);
	yaml_expect(o, "count", 1, "-9223372036854775808", true);
	yaml_expect(o, "ratio", 1, "1.0e+20", true);
	yaml_expect(o, "note", 1, sample_note_yaml, false);
	/* a string that looks like a number stays a string */
	yaml_expect(o, "any", 1, "123", false);
	yaml_expect(o, "any", 3, "2.0", true);
	yaml_expect(o, "proto", 2, "null", true);
	yaml_expect(o, "note", 3, "", false);
	/* Dotted quads are floats to YAML 1.1 readers: quoted. */
	ck_assert_msg(contains(o, "local: {family: inet, address: '192.0.2.1',"
				  " port: 22, host: null, service: ssh}"),
		      "yaml:\n%s", o);
	ck_assert(contains(o, "name: 'on',"));
	ck_assert(contains(o, "- {key: note, title: null, type: string}"));
	ck_assert(contains(o, "rows: []"));
	run_free(&r);
}
END_TEST

START_TEST(test_yaml_documents)
{
	struct run r;
	run_passes(&r, &yaml_LTX_netstat_module, NETSTAT_REQ_CONTINUOUS, 3);
	struct yaml_probe probe;
	ck_assert(yaml_read(r.out.buf, "pass", 0, &probe));
	ck_assert_int_eq(probe.documents, 3);
	yaml_expect(r.out.buf, "pass", 2, "2", true);
	run_free(&r);
}
END_TEST

/* A stream (--events) makes each record a document of its own, and the
 * pass and sections around the records write nothing. */
START_TEST(test_streamed_documents)
{
	enum { ROWS = SAMPLE_ALPHA_ROWS + 1 }; /* alpha's rows and beta's */
	struct run r;
	run_passes(&r, &json_LTX_netstat_module, NETSTAT_REQ_STREAM, 1);
	ck_assert_int_eq(json_lines(r.out.buf), ROWS);
	ck_assert(!contains(r.out.buf, "\"gamma\"")); /* no rows: no document */
	run_free(&r);

	run_passes(&r, &yaml_LTX_netstat_module, NETSTAT_REQ_STREAM, 1);
	struct yaml_probe probe;
	ck_assert(yaml_read(r.out.buf, "pass", 0, &probe));
	ck_assert_int_eq(probe.documents, ROWS);
	run_free(&r);
}
END_TEST

/* ---- process lists (NETSTAT_T_PROCESSES), every structured format ---- */

static const struct netstat_column list_columns[] = {
	{.key = "inode", .title = "I-Node", .type = NETSTAT_T_UINT},
	{.key = "processes", .type = NETSTAT_T_PROCESSES},
	{.key = "inodes", .type = NETSTAT_T_UINT_LIST},
};
static const struct netstat_section list_section = {.key = "lists",
						    .title = "Lists",
						    .columns = list_columns,
						    .n_columns = 3};

/* One record with two holders (the second in a container, "x\ny" as
 * its name) and two inodes, one with no holder and an empty inode list;
 * returns the output of `fmt`. */
static void run_lists(struct run *r, const struct netstat_module *fmt)
{
	static const struct netstat_process_entry a = {
		.pid = 10,
		.name = "sshd",
		.uid = 1000,
		.command_line = "sshd -D",
		.cgroup = "/system.slice/ssh.service",
		.unit = "ssh.service"};
	static const struct netstat_process_entry b = {.pid = 11,
						       .name = "x\ny",
						       .uid = -1,
						       .cgroup = "/docker/abc",
						       .container_runtime =
							       "docker",
						       .container_id = "abc"};
	static const struct netstat_process_entry *const items[] = {&a, &b};
	static const uint64_t inodes[] = {81, 18446744073709551615u};
	struct netstat_value v[2][3] = {
		{netstat_v_uint(7),
		 netstat_v_processes((struct netstat_processes){items, 2}),
		 netstat_v_uint_list(inodes, 2)},
		{netstat_v_uint(8),
		 netstat_v_processes((struct netstat_processes){NULL, 0}),
		 netstat_v_uint_list(NULL, 0)},
	};
	run_open(r, fmt, 0, NULL);
	drive_pass_begin(&r->drive);
	drive_section_begin(&r->drive, &list_section);
	for (int i = 0; i < 2; i++) {
		struct netstat_record rec = {&list_section, v[i], 3};
		drive_emit(&r->drive, &rec);
	}
	drive_pass_end(&r->drive);
	ck_assert_int_eq(r->drive.rc, 0);
	netstat_text_cstr(&r->out);
}

START_TEST(test_json_process_list)
{
	struct run r;
	run_lists(&r, &json_LTX_netstat_module);
	const char *o = r.out.buf;
	ck_assert_msg(contains(o, "{\"key\":\"processes\",\"title\":null,"
				  "\"type\":\"processes\"}"),
		      "%s", o);
	ck_assert_msg(
		contains(o,
			 "{\"inode\":7,\"processes\":[{\"pid\":10,\"name\":"
			 "\"sshd\",\"uid\":1000,\"user\":\"alice\","
			 "\"command_line\":\"sshd -D\",\"cgroup\":"
			 "\"/system.slice/ssh.service\",\"container_runtime\":"
			 "null,\"container_id\":null,\"pod_uid\":null,"
			 "\"unit\":\"ssh.service\"},{\"pid\":11,\"name\":"
			 "\"x\\ny\",\"uid\":null,\"user\":null,"
			 "\"command_line\":null,\"cgroup\":\"/docker/abc\","
			 "\"container_runtime\":\"docker\",\"container_id\":"
			 "\"abc\",\"pod_uid\":null,\"unit\":null}],"
			 "\"inodes\":[81,18446744073709551615]}"),
		"%s", o);
	/* No holder: null, not an empty list; an empty uint list is []. */
	ck_assert(contains(o, "{\"inode\":8,\"processes\":null,"
			      "\"inodes\":[]}"));
	ck_assert(contains(o, "{\"key\":\"inodes\",\"title\":null,"
			      "\"type\":\"uint_list\"}"));
	run_free(&r);
}
END_TEST

START_TEST(test_csv_process_list)
{
	struct run r;
	run_lists(&r, &csv_LTX_netstat_module);
	const char *o = r.out.buf;
	ck_assert_msg(contains(o, "section,inode,processes.pid,processes.name,"
				  "processes.uid,processes.user,"
				  "processes.command_line,processes.cgroup,"
				  "processes.container_runtime,"
				  "processes.container_id,processes.pod_uid,"
				  "processes.unit,inodes\r\n"),
		      "%s", o);
	/* One line per holder inside each field; the name's line break
	 * becomes U+FFFD so it cannot pass for a second holder. */
	ck_assert_msg(contains(o, "lists,7,\"10\n11\",\"sshd\nx\xef\xbf\xbdy\","
				  "\"1000\n\",\"alice\n\",\"sshd -D\n\","
				  "\"/system.slice/ssh.service\n/docker/abc\","
				  "\"\ndocker\",\"\nabc\",\"\n\","
				  "\"ssh.service\n\","
				  "\"81\n18446744073709551615\"\r\n"),
		      "%s", o);
	/* No holder: empty fields; an empty list: the empty string. */
	ck_assert_msg(contains(o, "lists,8,,,,,,,,,,,\"\"\r\n"), "%s", o);
	run_free(&r);
}
END_TEST

START_TEST(test_yaml_process_list)
{
	struct run r;
	run_lists(&r, &yaml_LTX_netstat_module);
	const char *o = r.out.buf;
	ck_assert_msg(contains(o, "processes:\n"), "%s", o);
	ck_assert_msg(contains(o, "- {pid: 10, name: sshd, uid: 1000, user: "
				  "alice, command_line: sshd -D,"),
		      "%s", o);
	ck_assert_msg(contains(o, "container_runtime: docker, container_id: "
				  "abc, pod_uid: null, unit: null}"),
		      "%s", o);
	ck_assert(contains(o, "processes: null"));
	ck_assert_msg(contains(o, "inodes: [81, 18446744073709551615]"), "%s",
		      o);
	ck_assert(contains(o, "inodes: []"));
	run_free(&r);
}
END_TEST

/* ---- classic: the detail line (--info, --memory) ---- */

extern const struct netstat_module classic_LTX_netstat_module;

enum { D_NAME, D_A, D_ZERO, D_NONE, D_TXT, D_NEG, D_IZERO, D_BIG, D_COLS };
static const struct netstat_column detail_columns[D_COLS] = {
	[D_NAME] = {.key = "name", .title = "Name", .type = NETSTAT_T_STRING},
#define DETAIL_COL(k, t)                                                       \
	{                                                                      \
		.key = k, .type = NETSTAT_T_##t, .flags = NETSTAT_COL_DETAIL   \
	}
	[D_A] = DETAIL_COL("a", UINT),
	[D_ZERO] = DETAIL_COL("zero", UINT),
	[D_NONE] = DETAIL_COL("none", UINT),
	[D_TXT] = DETAIL_COL("txt", STRING),
	[D_NEG] = DETAIL_COL("neg", INT),
	[D_IZERO] = DETAIL_COL("izero", INT),
	[D_BIG] = DETAIL_COL("delivery_rate_app_limited", UINT),
#undef DETAIL_COL
};
static const struct netstat_section detail_section = {
	.key = "details",
	.title = "Details",
	.columns = detail_columns,
	.n_columns = D_COLS,
};

/* A buffer whose grow() flushes what it holds to `sink` first, as the
 * host's does: a writer must not keep positions across a grow. */
struct flushing_text {
	struct netstat_text text; /* first: grow() gets its address */
	size_t cap;
	struct netstat_text sink;
};

static int flushing_grow(struct netstat_text *t, size_t need)
{
	struct flushing_text *f = (struct flushing_text *)t;
	int rc = netstat_text_append(&f->sink, t->buf, t->len);
	if (rc < 0)
		return rc;
	t->len = 0;
	size_t cap = need > f->cap ? need : f->cap;
	if (t->cap < cap) {
		char *p = realloc(t->buf, cap);
		if (!p)
			return NETSTAT_ERR_NOMEM;
		t->buf = p;
		t->cap = cap;
	}
	return 0;
}

/* Numbers in place (zero and null left out, the largest whole), text
 * escaped with blanks as '_', other types as their cells; whatever the
 * buffer's size, so with a flush at any point of the line. */
START_TEST(test_classic_detail_line)
{
	struct netstat_value full[D_COLS], quiet[D_COLS];
	full[D_NAME] = netstat_v_str("r1");
	full[D_A] = netstat_v_uint(7);
	full[D_ZERO] = netstat_v_uint(0);
	full[D_NONE] = netstat_v_null();
	full[D_TXT] = netstat_v_str("two words\001x\x7f");
	full[D_NEG] = netstat_v_int(-5);
	full[D_IZERO] = netstat_v_int(0);
	full[D_BIG] = netstat_v_uint(UINT64_MAX);
	for (size_t i = 0; i < D_COLS; i++)
		quiet[i] =
			i == D_NAME ? netstat_v_str("r2") : netstat_v_uint(0);
	quiet[D_TXT] = netstat_v_str("");
	const struct netstat_record rows[] = {
		{.section = &detail_section,
		 .values = full,
		 .n_values = D_COLS},
		{.section = &detail_section,
		 .values = quiet,
		 .n_values = D_COLS},
		/* Values past the record's end are not there. */
		{.section = &detail_section, .values = full, .n_values = D_TXT},
	};
	const char *expect = "Details\nName\n"
			     "r1\n\ta:7 txt:two_words\\001x\\177 neg:-5 "
			     "delivery_rate_app_limited:18446744073709551615\n"
			     "r2\n"
			     "r1\n\ta:7\n";
	struct netstat_request req = sample_request(0);
	for (size_t cap = 1; cap <= 160; cap++) {
		struct netstat_ctx *ctx = sample_ctx(&req);
		struct flushing_text out = {.text = {.grow = flushing_grow},
					    .cap = cap,
					    .sink = sample_text()};
		struct drive d;
		ck_assert_int_eq(drive_open(&d, &classic_LTX_netstat_module,
					    ctx, &req, &out.text, NULL),
				 0);
		drive_pass_begin(&d);
		drive_section_begin(&d, &detail_section);
		for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++)
			drive_emit(&d, &rows[r]);
		drive_pass_end(&d);
		ck_assert_int_eq(d.rc, 0);
		netstat_text_append(&out.sink, out.text.buf, out.text.len);
		ck_assert_msg(
			out.sink.len == strlen(expect) &&
				!memcmp(out.sink.buf, expect, out.sink.len),
			"buffer of %zu: %.*s", cap, (int)out.sink.len,
			out.sink.buf);
		drive_close(&d);
		mock_ctx_free(ctx);
		free(out.text.buf);
		free(out.sink.buf);
	}
}
END_TEST

/* The JSON rows through a host buffer that flushes when full, from one
 * byte up (the row writer reserves once a row and writes through a cursor
 * that must follow every flush): the same document each time. */
START_TEST(test_json_flushing_buffer)
{
	struct run whole;
	run_passes(&whole, &json_LTX_netstat_module, 0, 1);
	const char *expect = whole.out.buf;
	static const size_t caps[] = {1, 2, 7, 31, 64, 100, 333, 1000, 4096};
	for (size_t i = 0; i < sizeof caps / sizeof caps[0]; i++) {
		struct netstat_request req = sample_request(0);
		struct netstat_ctx *ctx = sample_ctx(&req);
		struct flushing_text out = {.text = {.grow = flushing_grow},
					    .cap = caps[i],
					    .sink = sample_text()};
		struct drive d;
		ck_assert_int_eq(drive_open(&d, &json_LTX_netstat_module, ctx,
					    &req, &out.text, NULL),
				 0);
		sample_pass(&d);
		ck_assert_int_eq(d.rc, 0);
		netstat_text_append(&out.sink, out.text.buf, out.text.len);
		ck_assert_msg(
			out.sink.len == strlen(expect) &&
				!memcmp(out.sink.buf, expect, out.sink.len),
			"buffer of %zu: %.*s", caps[i], (int)out.sink.len,
			out.sink.buf);
		drive_close(&d);
		mock_ctx_free(ctx);
		free(out.text.buf);
		free(out.sink.buf);
	}
	run_free(&whole);
}
END_TEST

/* The row writer's direct path against the generic one it stands in for
 * (fmt_cell_fill and json_put_cell after each key), on every sample row
 * and a section of long keys and long strings, in both styles, with and
 * without names. */
static const struct netstat_column long_columns[] = {
	{.key = "a_key_longer_than_the_padded_copy_of_32",
	 .type = NETSTAT_T_STRING},
	{.key = "another_rather_long_key_for_an_endpoint",
	 .type = NETSTAT_T_ENDPOINT},
	{.key = "n", .type = NETSTAT_T_UINT},
};
static const struct netstat_section long_section = {
	.key = "long",
	.title = "Long",
	.columns = long_columns,
	.n_columns = 3,
};

static void generic_row(struct netstat_text *t, const struct json_row_plan *p,
			const struct netstat_record *rec,
			const struct fmt_env *env, const struct json_members *m)
{
	netstat_text_puts(t, "{");
	for (size_t i = 0; i < p->n; i++) {
		size_t from = i ? p->end[i - 1] : 0;
		netstat_text_append(t, p->text + from, p->end[i] - from);
		struct fmt_cell cell;
		size_t c = p->columns[i];
		fmt_cell_fill(&cell, env, rec->section, c,
			      fmt_record_value(rec, c));
		ck_assert_int_eq(
			json_put_cell(
				t, &cell,
				fmt_column_shape(&rec->section->columns[c]), m),
			0);
	}
	netstat_text_puts(t, "}");
}

static void compare_rows(const struct netstat_record *rec,
			 const struct fmt_env *env,
			 const struct json_members *m)
{
	const struct netstat_section *s = rec->section;
	size_t columns[S_COUNT_COLS];
	for (size_t c = 0; c < s->n_columns; c++)
		columns[c] = c;
	struct json_row_plan plan = {0};
	ck_assert_int_eq(json_row_plan_set(&plan, s, columns, s->n_columns, m),
			 0);
	ck_assert(json_row_plan_matches(&plan, s, columns, s->n_columns));
	struct netstat_text fast = sample_text(), slow = sample_text();
	ck_assert_int_eq(json_row_write(&fast, &plan, rec, env, m), 0);
	generic_row(&slow, &plan, rec, env, m);
	ck_assert_msg(fast.len == slow.len &&
			      !memcmp(fast.buf, slow.buf, fast.len),
		      "fast %.*s\nslow %.*s", (int)fast.len, fast.buf,
		      (int)slow.len, slow.buf);
	free(fast.buf);
	free(slow.buf);
	json_row_plan_free(&plan);
}

START_TEST(test_json_row_as_cells)
{
	static const unsigned flag_sets[] = {
		0, NETSTAT_REQ_NUMERIC_HOSTS | NETSTAT_REQ_NUMERIC_PORTS |
			   NETSTAT_REQ_NUMERIC_USERS};
	static char long_text[5000];
	memset(long_text, 'x', sizeof long_text - 1);
	struct netstat_value long_row[3] = {
		netstat_v_str(long_text),
		netstat_v_endpoint(
			(struct netstat_address){.family = NETSTAT_ADDR_INET,
						 .bytes = {127, 0, 0, 1}},
			22, "tcp"),
		netstat_v_uint(1234567890123),
	};
	const struct netstat_record long_rec = {
		.section = &long_section, .values = long_row, .n_values = 3};
	for (int style = 0; style < 2; style++) {
		struct json_members m;
		ck_assert_int_eq(json_members_init(&m, style ? &json_spaced
							     : &json_compact),
				 0);
		for (size_t f = 0; f < 2; f++) {
			struct run r; /* fills the sample values */
			run_passes(&r, &json_LTX_netstat_module, flag_sets[f],
				   1);
			struct fmt_warnings warnings = {0};
			struct fmt_env env =
				fmt_env_of(r.ctx, &r.req, "json", &warnings);
			for (size_t i = 0; i < SAMPLE_ALPHA_ROWS; i++)
				compare_rows(&sample_alpha_rows[i], &env, &m);
			compare_rows(&sample_beta_row, &env, &m);
			compare_rows(&long_rec, &env, &m);
			run_free(&r);
		}
	}
}
END_TEST

/* Integers and dotted quads without printf: the same text as printf and
 * inet_ntop, at every digit count and for every octet. */
START_TEST(test_integer_text)
{
	char buf[FMT_INT_SIZE + 1], want[32];
	uint64_t u = 1;
	for (int digits = 1; digits <= 20; digits++, u *= 10) {
		const uint64_t cases[] = {u - 1, u, u + 1, u * 9 / 8 + 3};
		for (size_t i = 0; i < 4; i++) {
			buf[fmt_u64(cases[i], buf)] = '\0';
			snprintf(want, sizeof want, "%" PRIu64, cases[i]);
			ck_assert_str_eq(buf, want);
			/* The SDK's writer under it: its digits, not a byte
			 * past them (callers give room for the digits). */
			memset(buf, 'x', sizeof buf);
			char *end = netstat_put_decimal(buf, cases[i]);
			ck_assert_uint_eq((size_t)(end - buf), strlen(want));
			ck_assert_uint_eq(netstat_decimal_digits(cases[i]),
					  strlen(want));
			ck_assert_int_eq(*end, 'x');
			buf[fmt_i64(-(int64_t)(cases[i] >> 1), buf)] = '\0';
			snprintf(want, sizeof want, "%" PRId64,
				 -(int64_t)(cases[i] >> 1));
			ck_assert_str_eq(buf, want);
		}
	}
	buf[fmt_u64(UINT64_MAX, buf)] = '\0';
	ck_assert_str_eq(buf, "18446744073709551615");
	buf[fmt_i64(INT64_MIN, buf)] = '\0';
	ck_assert_str_eq(buf, "-9223372036854775808");
	for (unsigned v = 0; v < 100000; v++) {
		buf[fmt_u64(v, buf)] = '\0';
		snprintf(want, sizeof want, "%u", v);
		ck_assert_str_eq(buf, want);
	}
	char quad[FMT_IPV4_SIZE], ntop[INET_ADDRSTRLEN];
	for (unsigned v = 0; v < 256; v++)
		for (int at = 0; at < 4; at++) {
			uint8_t b[4] = {1, 22, 255, 0};
			b[at] = (uint8_t)v;
			size_t n = fmt_ipv4(b, quad);
			ck_assert(inet_ntop(AF_INET, b, ntop, sizeof ntop));
			ck_assert_uint_eq(n, strlen(ntop));
			ck_assert(!memcmp(quad, ntop, n));
		}
	/* The longest quad fills its 15 bytes and writes none past them. */
	memset(quad, 'x', sizeof quad);
	static const uint8_t widest[4] = {255, 255, 255, 255};
	ck_assert_uint_eq(fmt_ipv4(widest, quad), 15);
	ck_assert_int_eq(quad[15], 'x');
}
END_TEST

/* IPv6 text without inet_ntop, against it: words drawn mostly from 0,
 * 0xffff and a few small values, so every zero-run layout and both
 * dotted forms come up, then fully random addresses. */
START_TEST(test_ipv6_text)
{
	static const unsigned picks[] = {0, 0, 0, 0xffff, 1, 0x10, 0xabc};
	uint64_t seed = 88172645463325252u;
	char mine[FMT_IPV6_SIZE + 1], want[INET6_ADDRSTRLEN];
	for (int n = 0; n < 60000; n++) {
		uint8_t b[16];
		for (int i = 0; i < 8; i++) {
			seed ^= seed << 13;
			seed ^= seed >> 7;
			seed ^= seed << 17;
			unsigned w = n < 40000
					     ? picks[seed % 7]
					     : (unsigned)(seed >> 20) & 0xffff;
			b[2 * i] = (uint8_t)(w >> 8);
			b[2 * i + 1] = (uint8_t)w;
		}
		mine[fmt_ipv6(b, mine)] = '\0';
		if (!inet_ntop(AF_INET6, b, want, sizeof want) ||
		    strcmp(mine, want) != 0)
			ck_abort_msg("fmt_ipv6 %s, inet_ntop %s", mine, want);
	}
}
END_TEST

static Suite *suite_formats(void)
{
	Suite *s = suite_create("formats");
	TCase *all = tcase_create("all");
	tcase_add_loop_test(all, test_descriptor, 0, N_FORMATS);
	tcase_add_loop_test(all, test_output_is_clean_utf8, 0, N_FORMATS);
	tcase_add_loop_test(all, test_mismatch_warns_once, 0, N_FORMATS);
	tcase_add_loop_test(all, test_hidden_column_absent, 0, N_FORMATS);
	tcase_add_loop_test(all, test_empty_pass, 0, N_FORMATS);
	tcase_add_loop_test(all, test_view_columns, 0, N_FORMATS);
	tcase_add_loop_test(all, test_append_failure_propagates, 0, N_FORMATS);
	tcase_add_loop_test(all, test_runs_are_independent, 0, N_FORMATS);
	suite_add_tcase(s, all);

	TCase *metrics = tcase_create("metrics");
	tcase_add_loop_test(metrics, test_metrics_values, 3, 5);
	tcase_add_loop_test(metrics, test_metrics_passes, 3, 5);
	tcase_add_loop_test(metrics, test_metrics_group_by, 3, 5);
	suite_add_tcase(s, metrics);

	TCase *json = tcase_create("json");
	tcase_add_test(json, test_json_values);
	tcase_add_test(json, test_json_process_list);
	tcase_add_test(json, test_json_numeric);
	tcase_add_test(json, test_double_text);
	tcase_add_test(json, test_double_fewest_digits);
	tcase_add_test(json, test_json_lines);
	tcase_add_test(json, test_json_empty);
	tcase_add_test(json, test_json_pretty);
	tcase_add_test(json, test_json_pretty_empty);
	tcase_add_test(json, test_json_pretty_passes);
	tcase_add_test(json, test_json_flushing_buffer);
	tcase_add_test(json, test_json_row_as_cells);
	tcase_add_test(json, test_integer_text);
	tcase_add_test(json, test_ipv6_text);
	suite_add_tcase(s, json);

	TCase *csv = tcase_create("csv");
	tcase_add_test(csv, test_csv_values);
	tcase_add_test(csv, test_csv_process_list);
	tcase_add_test(csv, test_csv_passes);
	suite_add_tcase(s, csv);

	TCase *yaml = tcase_create("yaml");
	tcase_add_test(yaml, test_yaml_values);
	tcase_add_test(yaml, test_yaml_process_list);
	tcase_add_test(yaml, test_yaml_documents);
	tcase_add_test(yaml, test_streamed_documents);
	suite_add_tcase(s, yaml);

	TCase *classic = tcase_create("classic");
	tcase_add_test(classic, test_classic_detail_line);
	suite_add_tcase(s, classic);
	return s;
}

Suite **test_suites(void)
{
	static Suite *suites[2];
	suites[0] = suite_formats();
	return suites;
}
