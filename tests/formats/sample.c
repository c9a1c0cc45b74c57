/* See sample.h. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tests/formats/sample.h"
#include "tests/mock/mock_host.h"

const char sample_note[] = "q\"b\\s\n\r\t\x01\x1f\x7f c1:\xc2\x85 "
			   "ok:\xc3\xa9 bad:\xff\xc0\xaf end\xe2\x80\xa8";
const char sample_note_json[] =
	"\"q\\\"b\\\\s\\n\\r\\t\\u0001\\u001f\\u007f c1:\\u0085 "
	"ok:\xc3\xa9 bad:\\ufffd\\ufffd\\ufffd end\\u2028\"";
#define R "\xef\xbf\xbd"
const char sample_note_csv[] = "q\"b\\s\n\r\t" R R R " c1:" R " ok:\xc3\xa9 "
			       "bad:" R R R " end\xe2\x80\xa8";
const char sample_note_yaml[] = "q\"b\\s\n\r\t\x01\x1f\x7f c1:\xc2\x85 "
				"ok:\xc3\xa9 bad:" R R R " end\xe2\x80\xa8";
#undef R

/* Units and measures are set where they fit: the formats do not write
 * them yet (a schema change), so the output must not change with them.
 * Classic knobs are set too: a structured format ignores them. */
static const struct netstat_column alpha_columns[S_COUNT_COLS] = {
	[S_PROTO] = {.key = "proto",
		     .title = "Proto",
		     .type = NETSTAT_T_STRING,
		     .classic = {.width = 5}},
	[S_COUNT] = {.key = "count",
		     .title = "Count",
		     .type = NETSTAT_T_INT,
		     .unit = "packets",
		     .measure = NETSTAT_MEASURE_COUNTER,
		     .classic = {.width = 6,
				 .flags = NETSTAT_CLASSIC_RIGHT,
				 .sep = " "}},
	[S_BIG] = {.key = "big",
		   .title = "Big",
		   .type = NETSTAT_T_UINT,
		   .unit = "bytes",
		   .measure = NETSTAT_MEASURE_GAUGE},
	[S_RATIO] = {.key = "ratio",
		     .title = "Ratio",
		     .type = NETSTAT_T_DOUBLE,
		     .unit = "seconds",
		     .measure = NETSTAT_MEASURE_GAUGE},
	[S_ADDR] = {.key = "addr",
		    .title = "Address",
		    .type = NETSTAT_T_ADDRESS},
	[S_LOCAL] = {.key = "local",
		     .title = "Local Address",
		     .type = NETSTAT_T_ENDPOINT},
	[S_STATE] = {.key = "state", .title = "State", .type = NETSTAT_T_STATE},
	[S_USER] = {.key = "user", .title = "User", .type = NETSTAT_T_USER},
	[S_PROGRAM] = {.key = "program",
		       .title = "PID/Program name",
		       .type = NETSTAT_T_PROCESS,
		       .when = NETSTAT_WHEN_PROGRAMS},
	[S_TIMER] = {.key = "timer", .title = "Timer", .type = NETSTAT_T_TIMER},
	[S_NOTE] = {.key = "note",
		    .title = NULL,
		    .type = NETSTAT_T_STRING,
		    .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[S_HIDDEN] = {.key = "hidden",
		      .title = "Hidden",
		      .type = NETSTAT_T_UINT,
		      .when = NETSTAT_WHEN_EXTEND},
	[S_ANY] = {.key = "any", .title = "Any", .type = NETSTAT_T_NULL},
	[S_CLASSIC] = {.key = "classic_cell",
		       .title = "Classic",
		       .type = NETSTAT_T_UINT,
		       .flags = NETSTAT_COL_CLASSIC_ONLY},
};

const struct netstat_section sample_alpha = {
	.key = "alpha",
	.title = "Alpha \"quoted\", with comma",
	.order = 1,
	.columns = alpha_columns,
	.n_columns = S_COUNT_COLS,
};

static const struct netstat_column beta_columns[] = {
	{.key = "name", .title = "Name", .type = NETSTAT_T_STRING},
	{.key = "value", .title = "Value", .type = NETSTAT_T_UINT},
};

const struct netstat_section sample_beta = {
	.key = "beta",
	.title = "Beta",
	.order = 3,
	.columns = beta_columns,
	.n_columns = 2,
};

const struct netstat_section sample_gamma = {
	.key = "gamma",
	.title = "Gamma (empty)",
	.order = 2,
	.flags = NETSTAT_SECTION_EAGER,
	.columns = beta_columns,
	.n_columns = 2,
};

static struct netstat_value inet(uint8_t a, uint8_t b, uint8_t c, uint8_t d)
{
	struct netstat_value v = {.type = NETSTAT_T_ADDRESS};
	v.v.addr.family = NETSTAT_ADDR_INET;
	v.v.addr.bytes[0] = a;
	v.v.addr.bytes[1] = b;
	v.v.addr.bytes[2] = c;
	v.v.addr.bytes[3] = d;
	return v;
}

static struct netstat_value endpoint(struct netstat_value addr, uint32_t port,
				     const char *table)
{
	struct netstat_value v = {.type = NETSTAT_T_ENDPOINT};
	v.v.ep.addr = addr.v.addr;
	v.v.ep.port = port;
	v.v.ep.port_table = table;
	return v;
}

static struct netstat_value process(int32_t pid, const char *name)
{
	struct netstat_value v = {.type = NETSTAT_T_PROCESS};
	v.v.proc.pid = pid;
	v.v.proc.name = name;
	return v;
}

static struct netstat_value timer(int32_t code, const char *name, double s,
				  int64_t retr, int64_t probes)
{
	struct netstat_value v = {.type = NETSTAT_T_TIMER};
	v.v.timer.code = code;
	v.v.timer.name = name;
	v.v.timer.seconds = s;
	v.v.timer.retransmits = retr;
	v.v.timer.probes = probes;
	return v;
}

static struct netstat_value text_addr(const char *text)
{
	struct netstat_value v = {.type = NETSTAT_T_ADDRESS};
	v.v.addr.family = NETSTAT_ADDR_TEXT;
	v.v.addr.text = text;
	return v;
}

static struct netstat_value inet6_doc(void)
{
	/* 2001:db8::1 */
	struct netstat_value v = {.type = NETSTAT_T_ADDRESS};
	v.v.addr.family = NETSTAT_ADDR_INET6;
	v.v.addr.bytes[0] = 0x20;
	v.v.addr.bytes[1] = 0x01;
	v.v.addr.bytes[2] = 0x0d;
	v.v.addr.bytes[3] = 0xb8;
	v.v.addr.bytes[15] = 1;
	return v;
}

static struct netstat_value plain_row[S_COUNT_COLS], edge_row[S_COUNT_COLS],
	null_row[3], text_row[S_COUNT_COLS], bad_row[S_COUNT_COLS],
	beta_values[2];

const struct netstat_record sample_alpha_rows[SAMPLE_ALPHA_ROWS] = {
	{.section = &sample_alpha,
	 .values = plain_row,
	 .n_values = S_COUNT_COLS},
	{.section = &sample_alpha,
	 .values = edge_row,
	 .n_values = S_COUNT_COLS},
	{.section = &sample_alpha, .values = null_row, .n_values = 3},
	{.section = &sample_alpha,
	 .values = text_row,
	 .n_values = S_COUNT_COLS},
	{.section = &sample_alpha, .values = bad_row, .n_values = S_COUNT_COLS},
};

const struct netstat_record sample_beta_row = {
	.section = &sample_beta, .values = beta_values, .n_values = 2};

/* Values are built at run time: unions are awkward in initializers. */
static void fill_values(void)
{
	struct netstat_value *p = plain_row;
	p[S_PROTO] = netstat_v_str("tcp");
	p[S_COUNT] = netstat_v_int(-42);
	p[S_BIG] = netstat_v_uint(7);
	p[S_RATIO] = netstat_v_double(0.25);
	p[S_ADDR] = inet(127, 0, 0, 1);
	p[S_LOCAL] = endpoint(inet(192, 0, 2, 1), 22, "tcp");
	p[S_STATE] = netstat_v_state(1, "ESTABLISHED");
	p[S_USER] = netstat_v_user(1000);
	p[S_PROGRAM] = process(1234, "sshd");
	p[S_TIMER] = timer(1, "on", 0.2, 0, 3);
	p[S_NOTE] = netstat_v_str("hello");
	p[S_HIDDEN] = netstat_v_uint(5);
	p[S_ANY] = netstat_v_uint(9);
	p[S_CLASSIC] = netstat_v_uint(424242);

	struct netstat_value *e = edge_row;
	e[S_PROTO] = netstat_v_str("tcp6");
	e[S_COUNT] = netstat_v_int(INT64_MIN);
	e[S_BIG] = netstat_v_uint(UINT64_MAX);
	e[S_RATIO] = netstat_v_double(1e20);
	e[S_ADDR] = inet6_doc();
	e[S_LOCAL] = endpoint(inet6_doc(), 0, "tcp");
	memset(e[S_LOCAL].v.ep.addr.bytes, 0, 16); /* [::]:0 */
	e[S_STATE] = netstat_v_state(7, NULL);
	e[S_USER] = netstat_v_user(0);
	e[S_PROGRAM] = process(99, NULL);
	e[S_TIMER] = timer(0, NULL, 0.0, 0, 0);
	e[S_NOTE] = netstat_v_str(sample_note);
	e[S_HIDDEN] = netstat_v_uint(5);
	e[S_ANY] = netstat_v_str("123");
	e[S_CLASSIC] = netstat_v_uint(424242);

	/* null_row: proto set, the rest NULL or missing altogether. */
	null_row[0] = netstat_v_str(NULL);
	null_row[1] = netstat_v_null();
	null_row[2] = netstat_v_uint(0);

	struct netstat_value *t = text_row;
	for (size_t i = 0; i < S_COUNT_COLS; i++)
		t[i] = netstat_v_null();
	t[S_PROTO] = netstat_v_str("ax25");
	t[S_RATIO] = netstat_v_double(NAN);
	t[S_ADDR] = text_addr("N0CALL-1");
	t[S_LOCAL] = endpoint(text_addr("NODE"), 5, NULL);
	t[S_NOTE] = netstat_v_str("");
	t[S_ANY] = netstat_v_double(2.0);

	struct netstat_value *b = bad_row;
	for (size_t i = 0; i < S_COUNT_COLS; i++)
		b[i] = netstat_v_null();
	b[S_COUNT] = netstat_v_str("oops"); /* a string in an int column */
	b[S_ADDR].type = NETSTAT_T_ADDRESS; /* of no family: null */
	b[S_ANY] = netstat_v_state(1, "X"); /* compound in an untyped one */

	beta_values[0] = netstat_v_str("x");
	beta_values[1] = netstat_v_uint(1);
}

struct netstat_request sample_request(unsigned flags)
{
	struct netstat_request r = mock_request(NETSTAT_REPORT_CONNECTIONS);
	r.flags = NETSTAT_REQ_PROGRAMS | flags;
	return r;
}

static int test_grow(struct netstat_text *t, size_t need)
{
	size_t cap = t->cap ? t->cap : 256;
	while (cap - t->len < need + 1)
		cap *= 2;
	char *p = realloc(t->buf, cap);
	if (!p)
		return NETSTAT_ERR_NOMEM;
	t->buf = p;
	t->cap = cap;
	return 0;
}

struct netstat_text sample_text(void)
{
	struct netstat_text t = {.grow = test_grow};
	test_grow(&t, 1);
	return t;
}

bool sample_step(struct drive *d, size_t step)
{
	switch (step) {
	case 0:
		fill_values();
		drive_pass_begin(d);
		return true;
	case 1:
		drive_section_begin(d, &sample_alpha);
		return true;
	case 2 + SAMPLE_ALPHA_ROWS:
		drive_section_begin(d, &sample_gamma); /* eager: no rows */
		return true;
	case 3 + SAMPLE_ALPHA_ROWS:
		drive_emit(d, &sample_beta_row);
		return true;
	case 4 + SAMPLE_ALPHA_ROWS:
		drive_pass_end(d);
		return true;
	default:
		if (step < 2 + SAMPLE_ALPHA_ROWS) {
			drive_emit(d, &sample_alpha_rows[step - 2]);
			return true;
		}
		return false;
	}
}

void sample_pass(struct drive *d)
{
	for (size_t step = 0; sample_step(d, step); step++)
		continue;
}
