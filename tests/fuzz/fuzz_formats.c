/*
 * Fuzz harness: the structured formats (json, compact and pretty; csv;
 * yaml) over untrusted text. The input, split at NUL bytes, gives the
 * strings of one record (text, a path, a text address, a process name, a
 * state name, an untyped value); its first 8 bytes also give the numbers
 * (any int, uint or double bit pattern, NaN included). Each output must
 * parse back with the test readers (tests/formats/) and be well-formed
 * UTF-8 with no raw control byte but line ends, or the harness aborts.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "formats/common/fmt_utf8.h"
#include "tests/formats/checks.h"
#include "tests/formats/drive.h"
#include "tests/fuzz/fuzz.h"

extern const struct netstat_module json_LTX_netstat_module;
extern const struct netstat_module csv_LTX_netstat_module;
extern const struct netstat_module yaml_LTX_netstat_module;

enum {
	C_TEXT,
	C_PATH,
	C_INT,
	C_UINT,
	C_DOUBLE,
	C_PEER,
	C_PROG,
	C_STATE,
	C_ANY,
	N_COLS
};

static const struct netstat_column columns[N_COLS] = {
	[C_TEXT] = {.key = "text", .title = "Text", .type = NETSTAT_T_STRING},
	[C_PATH] = {.key = "path", .title = "Path", .type = NETSTAT_T_STRING},
	[C_INT] = {.key = "int", .title = "Int", .type = NETSTAT_T_INT},
	[C_UINT] = {.key = "uint", .title = "Uint", .type = NETSTAT_T_UINT},
	[C_DOUBLE] = {.key = "double",
		      .title = "Double",
		      .type = NETSTAT_T_DOUBLE},
	[C_PEER] = {.key = "peer", .title = "Peer", .type = NETSTAT_T_ENDPOINT},
	[C_PROG] = {.key = "program",
		    .title = "Program",
		    .type = NETSTAT_T_PROCESS},
	[C_STATE] = {.key = "state", .title = "State", .type = NETSTAT_T_STATE},
	[C_ANY] = {.key = "any", .title = "Any", .type = NETSTAT_T_NULL},
};

static const struct netstat_section section = {
	.key = "fuzz",
	.title = "Fuzzed values",
	.columns = columns,
	.n_columns = N_COLS,
};

#define N_STRINGS 6

static int text_grow(struct netstat_text *t, size_t need)
{
	/* Most records' output fits 16 KiB: one allocation, not a chain of
	 * reallocs, which ASan makes dear. */
	size_t cap = t->cap ? t->cap : 16384;
	while (cap - t->len < need + 1)
		cap *= 2;
	char *p = realloc(t->buf, cap);
	if (!p)
		return NETSTAT_ERR_NOMEM;
	t->buf = p;
	t->cap = cap;
	return 0;
}

/*
 * Well-formed UTF-8 (shortest forms, no surrogates, at most U+10FFFF);
 * raw controls (C0, DEL, C1) only '\n' (CSV: also CR and tab, which RFC
 * 4180 keeps inside quoted fields). Its own decoder, not the formats':
 * the check does not lean on the code it checks.
 */
static void check_clean(const char *s, size_t n, bool csv)
{
	const unsigned char *p = (const unsigned char *)s;
	for (size_t i = 0; i < n;) {
		unsigned c = p[i];
		size_t len = c < 0x80		      ? 1
			     : c >= 0xc2 && c <= 0xdf ? 2
			     : c >= 0xe0 && c <= 0xef ? 3
			     : c >= 0xf0 && c <= 0xf4 ? 4
						      : 0;
		if (len == 0 || len > n - i)
			abort();
		uint32_t cp = len == 1 ? c : c & (0x7fu >> len);
		for (size_t k = 1; k < len; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				abort();
			cp = cp << 6 | (p[i + k] & 0x3fu);
		}
		if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
		    cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			abort();
		bool control = cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
		if (control && cp != '\n' &&
		    !(csv && (cp == '\r' || cp == '\t')))
			abort();
		i += len;
	}
}

static void check_yaml(const char *s, size_t n)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, (const unsigned char *)s, n);
	for (;;) {
		if (!yaml_parser_parse(&parser, &ev))
			abort();
		yaml_event_type_t type = ev.type;
		yaml_event_delete(&ev);
		if (type == YAML_STREAM_END_EVENT)
			break;
	}
	yaml_parser_delete(&parser);
}

static void check_csv(const char *s)
{
	struct csv_file f;
	if (!csv_read(s, &f) || f.n_records != 2 ||
	    f.records[0].n_fields != f.records[1].n_fields)
		abort();
	csv_file_free(&f);
}

static void run(const struct netstat_module *m, const char *const *options,
		const struct netstat_record *rec, struct netstat_ctx *ctx,
		const struct netstat_request *req)
{
	struct netstat_text out = {.grow = text_grow};
	struct drive d;
	if (drive_open(&d, m, ctx, req, &out, options) < 0)
		abort();
	drive_pass_begin(&d);
	drive_emit(&d, rec);
	drive_pass_end(&d);
	if (d.rc < 0)
		abort();
	drive_close(&d);
	const char *s = netstat_text_cstr(&out);
	char err[128];
	check_clean(s, out.len, m == &csv_LTX_netstat_module);
	if (m == &json_LTX_netstat_module &&
	    !json_check(s, out.len, err, sizeof err))
		abort();
	if (m == &csv_LTX_netstat_module)
		check_csv(s);
	if (m == &yaml_LTX_netstat_module)
		check_yaml(s, out.len);
	free(out.buf);
}

/* One host context for every input while it stays clean: the formats
 * only ask it for the host API, and a fresh one per input (zeroing its
 * tables) was a sixteenth of a run. One that took a message, output or a
 * record is dropped, so no input sees another's state. */
static struct netstat_ctx *kept_ctx;

static struct netstat_ctx *host_ctx(struct netstat_request *req)
{
	*req = mock_request(NETSTAT_REPORT_CONNECTIONS);
	if (!kept_ctx)
		kept_ctx = mock_ctx_new("/nonexistent", req, NULL);
	return kept_ctx;
}

static void host_ctx_done(struct netstat_ctx *ctx)
{
	if (*mock_stdout(ctx) || *mock_stderr(ctx) || mock_record_count(ctx)) {
		mock_ctx_free(ctx);
		kept_ctx = NULL;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* The strings: the input's NUL-separated pieces, copied so each
	 * ends in a NUL. */
	char *copy = malloc(size + 1);
	if (!copy)
		return 0;
	memcpy(copy, data, size);
	copy[size] = '\0';
	const char *s[N_STRINGS];
	size_t k = 0;
	for (char *p = copy; k < N_STRINGS; k++) {
		s[k] = p;
		size_t n = strlen(p);
		p += n < (size_t)(copy + size - p) ? n + 1 : n;
	}
	uint64_t bits = 0;
	memcpy(&bits, data, size < sizeof bits ? size : sizeof bits);
	double d;
	memcpy(&d, &bits, sizeof d);

	struct netstat_value v[N_COLS];
	v[C_TEXT] = netstat_v_str(s[0]);
	v[C_PATH] = netstat_v_str(s[1]);
	v[C_INT] = netstat_v_int((int64_t)bits);
	v[C_UINT] = netstat_v_uint(bits);
	v[C_DOUBLE] = netstat_v_double(d);
	v[C_PEER] = netstat_v_endpoint(netstat_addr_text(s[2]), (uint32_t)bits,
				       NULL);
	struct netstat_process proc = {.pid = (int32_t)bits, .name = s[3]};
	v[C_PROG] = netstat_v_process(&proc);
	v[C_STATE] = netstat_v_state((int64_t)bits, s[4]);
	v[C_ANY] = (bits & 1) ? netstat_v_str(s[5]) : netstat_v_double(d);
	struct netstat_record rec = {&section, v, N_COLS};

	static struct netstat_request req;
	struct netstat_ctx *ctx = host_ctx(&req);
	static const char *const pretty[] = {"pretty", "true", NULL};
	/* Under libFuzzer one format per input, by its length (four times
	 * the executions); a replay writes every one. */
	if (fuzz_replaying || size % 4 == 0)
		run(&json_LTX_netstat_module, NULL, &rec, ctx, &req);
	if (fuzz_replaying || size % 4 == 1)
		run(&json_LTX_netstat_module, pretty, &rec, ctx, &req);
	if (fuzz_replaying || size % 4 == 2)
		run(&csv_LTX_netstat_module, NULL, &rec, ctx, &req);
	if (fuzz_replaying || size % 4 == 3)
		run(&yaml_LTX_netstat_module, NULL, &rec, ctx, &req);
	host_ctx_done(ctx);
	free(copy);
	return 0;
}
