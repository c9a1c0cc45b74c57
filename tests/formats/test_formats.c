/*
 * Every structured format module over the same records (in the manner of
 * libsigrok's output_all): each value type, NULL, huge numbers, hostile
 * strings, IPv6 and text addresses, a value of the wrong type, empty and
 * repeated passes. Generic checks run over all of them; each format's own
 * checks read its output back with an independent parser.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "formats/common/fmt_utf8.h"
#include "tests/check_main.h"
#include "tests/formats/checks.h"
#include "tests/formats/sample.h"
#include "tests/mock/mock_host.h"

extern const struct netstat_module json_LTX_netstat_module;
extern const struct netstat_module csv_LTX_netstat_module;
extern const struct netstat_module yaml_LTX_netstat_module;

static const struct netstat_module *const formats[] = {
	&json_LTX_netstat_module,
	&csv_LTX_netstat_module,
	&yaml_LTX_netstat_module,
};
#define N_FORMATS (sizeof formats / sizeof formats[0])

/* One run: its output, its stderr and the context behind them. */
struct run {
	struct netstat_request req;
	struct netstat_ctx *ctx;
	struct netstat_text out;
};

static void run_passes(struct run *r, const struct netstat_module *fmt,
		       unsigned flags, int passes)
{
	r->req = sample_request(flags);
	r->ctx = mock_ctx_new(fixtures_dir(), &r->req, fmt);
	mock_add_host(r->ctx, "127.0.0.1", "localhost");
	mock_add_service(r->ctx, 22, "tcp", "ssh");
	mock_add_user(r->ctx, 1000, "alice");
	r->out = sample_text();
	for (int i = 0; i < passes; i++) {
		r->req.iteration = i;
		sample_pass(r->ctx, fmt, &r->req, &r->out);
	}
}

static void run_free(struct run *r)
{
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
	ck_assert_ptr_nonnull(m->format->row);
	/* Notices must go to stderr: stdout stays machine-readable. */
	ck_assert_ptr_null(m->format->notice);
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
	struct netstat_request req = sample_request(0);
	struct netstat_ctx *ctx =
		mock_ctx_new(fixtures_dir(), &req, formats[_i]);
	struct netstat_text out = sample_text();
	const struct netstat_format *f = formats[_i]->format;
	if (f->pass_begin)
		f->pass_begin(ctx, &req, &out);
	if (f->pass_end)
		f->pass_end(ctx, &req, &out);
	netstat_text_cstr(&out);
	if (formats[_i] == &csv_LTX_netstat_module)
		ck_assert_str_eq(out.buf, "");
	else
		ck_assert_int_eq(out.buf[out.len - 1], '\n');
	mock_ctx_free(ctx);
	free(out.buf);
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
	struct netstat_request req = sample_request(0);
	req.report = NETSTAT_REPORT_ROUTES;
	struct netstat_ctx *ctx =
		mock_ctx_new(fixtures_dir(), &req, &json_LTX_netstat_module);
	struct netstat_text out = sample_text();
	json_LTX_netstat_module.format->pass_begin(ctx, &req, &out);
	json_LTX_netstat_module.format->pass_end(ctx, &req, &out);
	ck_assert_str_eq(netstat_text_cstr(&out),
			 "{\"schema\":\"netstat/1\",\"report\":\"routes\","
			 "\"pass\":0,\"sections\":[]}\n");
	mock_ctx_free(ctx);
	free(out.buf);
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

static Suite *suite_formats(void)
{
	Suite *s = suite_create("formats");
	TCase *all = tcase_create("all");
	tcase_add_loop_test(all, test_descriptor, 0, N_FORMATS);
	tcase_add_loop_test(all, test_output_is_clean_utf8, 0, N_FORMATS);
	tcase_add_loop_test(all, test_mismatch_warns_once, 0, N_FORMATS);
	tcase_add_loop_test(all, test_hidden_column_absent, 0, N_FORMATS);
	tcase_add_loop_test(all, test_empty_pass, 0, N_FORMATS);
	suite_add_tcase(s, all);

	TCase *json = tcase_create("json");
	tcase_add_test(json, test_json_values);
	tcase_add_test(json, test_json_numeric);
	tcase_add_test(json, test_json_lines);
	tcase_add_test(json, test_json_empty);
	suite_add_tcase(s, json);

	TCase *csv = tcase_create("csv");
	tcase_add_test(csv, test_csv_values);
	tcase_add_test(csv, test_csv_passes);
	suite_add_tcase(s, csv);

	TCase *yaml = tcase_create("yaml");
	tcase_add_test(yaml, test_yaml_values);
	tcase_add_test(yaml, test_yaml_documents);
	suite_add_tcase(s, yaml);
	return s;
}

Suite **test_suites(void)
{
	static Suite *suites[2];
	suites[0] = suite_formats();
	return suites;
}
