/*
 * The metrics formats' callbacks. Each record gives samples: its numeric
 * columns (by their declared measure: counter, gauge, or untyped when
 * none is declared) are values, its other columns and the numeric
 * NETSTAT_MEASURE_ATTRIBUTE ones are labels. A section without a value
 * column gives one info sample (1) per record. The pass is held in a
 * store and written family by family at its end.
 */
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

#include "formats/common/fmt_value.h"
#include "formats/metrics/metric_format.h"
#include "formats/metrics/metric_store.h"
#include "formats/metrics/metric_text.h"

const struct netstat_option metric_options[METRIC_N_OPTIONS] = {
	[METRIC_OPT_GROUP_BY] =
		{.key = "group_by",
		 .type = NETSTAT_OPTION_STRING,
		 .default_value = "proto,state",
		 .help = "--group-by keys of connection reports "
			 "when none are given"},
	[METRIC_OPT_LISTENING_GROUP_BY] =
		{.key = "listening_group_by",
		 .type = NETSTAT_OPTION_STRING,
		 .default_value = "proto,src,program",
		 .help = "the same under -l (listening "
			 "sockets only)"},
};

#define METRIC_MAX_WARNED 32

struct metric_state {
	const char *name; /* module name, for messages */
	bool openmetrics;
	char *group_by, *listening_group_by;
	struct metric_store store;
	struct metric_buf family, labels, help;
	struct fmt_warnings warnings; /* columns that got a mistyped value */
	/* Counter columns that held a negative value (said once each). */
	struct {
		const char *section;
		size_t column;
	} negative[METRIC_MAX_WARNED];
	size_t n_negative;
};

static bool is_number(uint32_t type)
{
	return type == NETSTAT_T_INT || type == NETSTAT_T_UINT ||
	       type == NETSTAT_T_DOUBLE;
}

/* Columns that are neither labels nor values. */
#define NOT_A_LABEL                                                            \
	(NETSTAT_COL_METRIC_NAME | NETSTAT_COL_METRIC_VALUE |                  \
	 NETSTAT_COL_METRIC_OMIT | NETSTAT_COL_ROW_MEASURE)

/* A value column: numeric, and not declared an attribute. */
static bool is_value_column(const struct netstat_column *c)
{
	return is_number(c->type) && c->measure != NETSTAT_MEASURE_ATTRIBUTE &&
	       !(c->flags &
		 (NETSTAT_COL_ROW_MEASURE | NETSTAT_COL_METRIC_OMIT));
}

static int init(const struct netstat_option_value *options, void **state,
		const char *name, bool openmetrics)
{
	struct metric_state *st = calloc(1, sizeof *st);
	if (!st)
		return NETSTAT_ERR_NOMEM;
	st->name = name;
	st->openmetrics = openmetrics;
	const char *g = options ? options[METRIC_OPT_GROUP_BY].s : NULL;
	const char *l =
		options ? options[METRIC_OPT_LISTENING_GROUP_BY].s : NULL;
	st->group_by = strdup(g ? g : metric_options[0].default_value);
	st->listening_group_by =
		strdup(l ? l : metric_options[1].default_value);
	metric_store_init(&st->store);
	metric_buf_init(&st->family);
	metric_buf_init(&st->labels);
	metric_buf_init(&st->help);
	*state = st;
	if (!st->group_by || !st->listening_group_by)
		return NETSTAT_ERR_NOMEM;
	return 0;
}

static int prometheus_init(const struct netstat_host_api *host,
			   const struct netstat_option_value *options,
			   void **state)
{
	return init(options, state, "prometheus", false);
}

static int openmetrics_init(const struct netstat_host_api *host,
			    const struct netstat_option_value *options,
			    void **state)
{
	return init(options, state, "openmetrics", true);
}

static void fini(void *state)
{
	struct metric_state *st = state;
	if (!st)
		return;
	free(st->group_by);
	free(st->listening_group_by);
	metric_store_free(&st->store);
	metric_buf_free(&st->family);
	metric_buf_free(&st->labels);
	metric_buf_free(&st->help);
	free(st);
}

static const char *group_by(void *state, const struct netstat_request *req)
{
	struct metric_state *st = state;
	const char *keys = netstat_request_has(req, NETSTAT_REQ_LISTENING)
				   ? st->listening_group_by
				   : st->group_by;
	return keys && *keys ? keys : NULL;
}

static int pass_begin(struct netstat_ctx *ctx, void *state,
		      const struct netstat_request *req,
		      struct netstat_text *out)
{
	metric_store_clear(&((struct metric_state *)state)->store);
	return 0;
}

/* "netstat_<report>": under -l a connection report lists listeners. */
static int put_prefix(struct netstat_text *t, const struct netstat_request *req)
{
	const char *report = fmt_report_name(req->report);
	if (req->report == NETSTAT_REPORT_CONNECTIONS &&
	    netstat_request_has(req, NETSTAT_REQ_LISTENING))
		report = "listening_sockets";
	int rc = netstat_text_puts(t, "netstat_");
	return rc ? rc : metric_put_name_part(t, report);
}

/* ",key=\"value\"" (the first without the comma). */
static int put_label(struct netstat_text *t, const char *key,
		     const char *suffix, const char *value)
{
	int rc = netstat_text_puts(t, t->len > 1 ? "," : "");
	if (rc == 0)
		rc = metric_put_name_part(t, key);
	if (rc == 0)
		rc = netstat_text_puts(t, suffix);
	if (rc == 0)
		rc = netstat_text_puts(t, "=\"");
	if (rc == 0)
		rc = metric_put_label_value(t, value);
	return rc ? rc : netstat_text_puts(t, "\"");
}

/* The label(s) of one value; nothing for a null one. Addresses and ports
 * are always numeric: a label set must not change with the resolver. */
static int put_value_labels(struct netstat_text *t, struct netstat_ctx *ctx,
			    const struct netstat_request *req, const char *key,
			    const struct netstat_value *v)
{
	char buf[INET6_ADDRSTRLEN + 8];
	const struct netstat_address *a = NULL;
	switch (v->type) {
	case NETSTAT_T_STRING:
		return v->v.s ? put_label(t, key, "", v->v.s) : 0;
	case NETSTAT_T_INT:
		metric_int_text(v->v.i, buf);
		return put_label(t, key, "", buf);
	case NETSTAT_T_UINT:
		metric_uint_text(v->v.u, buf);
		return put_label(t, key, "", buf);
	case NETSTAT_T_DOUBLE:
		metric_double_text(v->v.d, buf);
		return put_label(t, key, "", buf);
	case NETSTAT_T_STATE:
		if (v->v.state.name)
			return put_label(t, key, "", v->v.state.name);
		metric_int_text(v->v.state.code, buf);
		return put_label(t, key, "", buf);
	case NETSTAT_T_USER: {
		const char *name =
			netstat_request_has(req, NETSTAT_REQ_NUMERIC_USERS)
				? NULL
				: netstat_ctx_host(ctx)->user_name(ctx,
								   v->v.uid);
		metric_uint_text(v->v.uid, buf);
		return put_label(t, key, "", name ? name : buf);
	}
	case NETSTAT_T_PROCESS:
		if (v->v.proc.name)
			return put_label(t, key, "", v->v.proc.name);
		metric_int_text(v->v.proc.pid, buf);
		return put_label(t, key, "", buf);
	case NETSTAT_T_ADDRESS:
		a = &v->v.addr;
		break;
	case NETSTAT_T_ENDPOINT:
		a = &v->v.ep.addr;
		break;
	default: /* timers change every run; unknown types are null */
		return 0;
	}
	const char *text = NULL;
	if (a->family == NETSTAT_ADDR_INET)
		text = inet_ntop(AF_INET, a->bytes, buf, sizeof buf);
	else if (a->family == NETSTAT_ADDR_INET6)
		text = inet_ntop(AF_INET6, a->bytes, buf, sizeof buf);
	else if (a->family == NETSTAT_ADDR_TEXT)
		text = a->text;
	if (!text)
		return 0;
	int rc = put_label(t, key, "", text);
	if (rc == 0 && v->type == NETSTAT_T_ENDPOINT) {
		metric_uint_text(v->v.ep.port, buf);
		rc = put_label(t, key, "_port", buf);
	}
	return rc;
}

/* The value of column `c`, or NULL when it has none or one that does not
 * fit the column's type (said once per column on stderr, as the other
 * structured formats say it). */
static const struct netstat_value *
checked_value(struct metric_state *st, struct netstat_ctx *ctx,
	      const struct netstat_request *req,
	      const struct netstat_record *rec, size_t c)
{
	const struct netstat_value *v = fmt_record_value(rec, c);
	if (!v || v->type == NETSTAT_T_NULL)
		return NULL;
	struct fmt_env env = fmt_env_of(ctx, req, st->name, &st->warnings);
	struct fmt_cell cell;
	fmt_cell_fill(&cell, &env, rec->section, c, v);
	return cell.null ? NULL : v;
}

/* "{labels}" of a record, or "" when it has none. */
static int record_labels(struct metric_state *st, struct netstat_ctx *ctx,
			 const struct netstat_request *req,
			 const struct netstat_record *rec,
			 const size_t *columns, size_t n_columns)
{
	struct netstat_text *t = &st->labels.text;
	t->len = 0;
	int rc = netstat_text_puts(t, "{");
	char kbuf[32];
	for (size_t i = 0; i < n_columns && rc == 0; i++) {
		size_t c = columns[i];
		const struct netstat_column *col = &rec->section->columns[c];
		if ((col->flags & NOT_A_LABEL) || is_value_column(col))
			continue;
		const struct netstat_value *v =
			checked_value(st, ctx, req, rec, c);
		if (v)
			rc = put_value_labels(
				t, ctx, req,
				fmt_column_key(col, c, kbuf, sizeof kbuf), v);
	}
	if (rc == 0)
		rc = t->len == 1 ? (t->len = 0, 0) : netstat_text_puts(t, "}");
	if (rc == 0)
		metric_buf_cstr(&st->labels);
	return rc;
}

/* The record's measure override (NETSTAT_COL_ROW_MEASURE), or 0. */
static uint64_t row_measure(const struct netstat_record *rec)
{
	const struct netstat_section *s = rec->section;
	for (size_t c = 0; c < s->n_columns; c++)
		if (s->columns[c].flags & NETSTAT_COL_ROW_MEASURE)
			return netstat_value_uint(rec->values, rec->n_values, c,
						  0);
	return 0;
}

/* Appends "_<value>" of each NETSTAT_COL_METRIC_NAME column to the name
 * and " <value>" to the help. */
static int put_name_columns(struct metric_state *st,
			    const struct netstat_record *rec,
			    const size_t *columns, size_t n_columns)
{
	int rc = 0;
	for (size_t i = 0; i < n_columns && rc == 0; i++) {
		size_t c = columns[i];
		if (!(rec->section->columns[c].flags & NETSTAT_COL_METRIC_NAME))
			continue;
		const char *s =
			netstat_value_str(rec->values, rec->n_values, c, NULL);
		if (!s)
			continue;
		rc = netstat_text_puts(&st->family.text, "_");
		if (rc == 0)
			rc = metric_put_name_part(&st->family.text, s);
		if (rc == 0)
			rc = netstat_text_puts(&st->help.text, " ");
		if (rc == 0)
			rc = netstat_text_puts(&st->help.text, s);
	}
	return rc;
}

static bool has_name_columns(const struct netstat_section *s,
			     const size_t *columns, size_t n_columns)
{
	for (size_t i = 0; i < n_columns; i++)
		if (s->columns[columns[i]].flags & NETSTAT_COL_METRIC_NAME)
			return true;
	return false;
}

static bool ends_with(const struct netstat_text *t, const char *suffix)
{
	size_t n = strlen(suffix);
	return t->len > n && t->buf[t->len - n - 1] == '_' &&
	       memcmp(t->buf + t->len - n, suffix, n) == 0;
}

static void warn(struct metric_state *st, struct netstat_ctx *ctx,
		 struct metric_family *f, const char *what)
{
	if (f->warned)
		return;
	f->warned = true;
	netstat_ctx_host(ctx)->message(
		ctx, NETSTAT_STDERR, "netstat: %s: %s `%s' left out\n",
		st->name, what, metric_store_text(&st->store, f->name));
}

/* Adds one sample; the family name and help are in st->family/help. */
static int add_sample(struct metric_state *st, struct netstat_ctx *ctx,
		      enum metric_type type, const char *unit,
		      const char *value)
{
	size_t family;
	int rc = metric_store_add(&st->store, metric_buf_cstr(&st->family),
				  type, unit, metric_buf_cstr(&st->help),
				  metric_buf_cstr(&st->labels), value, &family);
	if (rc == METRIC_DUPLICATE)
		warn(st, ctx, &st->store.families[family],
		     "a second sample with the labels of another in");
	else if (rc == METRIC_TYPE_CLASH)
		warn(st, ctx, &st->store.families[family],
		     "a sample of another type or unit in");
	return rc < 0 ? rc : 0;
}

/* The value text of a numeric value in the unit's base; false: null. */
static bool value_text(const struct netstat_value *v, double divisor,
		       char buf[METRIC_NUMBER_SIZE])
{
	if (!v || !is_number(v->type))
		return false;
	if (divisor != 1) {
		double d = v->type == NETSTAT_T_UINT  ? (double)v->v.u
			   : v->type == NETSTAT_T_INT ? (double)v->v.i
						      : v->v.d;
		metric_double_text(d / divisor, buf);
	} else if (v->type == NETSTAT_T_UINT) {
		metric_uint_text(v->v.u, buf);
	} else if (v->type == NETSTAT_T_INT) {
		metric_int_text(v->v.i, buf);
	} else {
		metric_double_text(v->v.d, buf);
	}
	return true;
}

/* True the first time column `c` of `s` holds a negative counter in this
 * run: a module's bug is said once per column, not per row. */
static bool first_negative(struct metric_state *st,
			   const struct netstat_section *s, size_t c)
{
	for (size_t i = 0; i < st->n_negative; i++)
		if (st->negative[i].column == c &&
		    !strcmp(st->negative[i].section, s->key))
			return false;
	if (st->n_negative < METRIC_MAX_WARNED) {
		st->negative[st->n_negative].section = s->key;
		st->negative[st->n_negative++].column = c;
	}
	return true;
}

/* One sample of value column `c`. */
static int column_sample(struct metric_state *st, struct netstat_ctx *ctx,
			 const struct netstat_request *req,
			 const struct netstat_record *rec, size_t c,
			 const size_t *columns, size_t n_columns,
			 uint64_t measure)
{
	const struct netstat_section *s = rec->section;
	const struct netstat_column *col = &s->columns[c];
	char value[METRIC_NUMBER_SIZE], kbuf[32];
	struct metric_unit unit = metric_unit_of(col->unit);
	if (!value_text(checked_value(st, ctx, req, rec, c), unit.divisor,
			value))
		return 0; /* absent is not 0 */
	if (!measure)
		measure = col->measure;
	enum metric_type type =
		measure == NETSTAT_MEASURE_COUNTER ? METRIC_COUNTER
		: measure == NETSTAT_MEASURE_GAUGE ? METRIC_GAUGE
						   : METRIC_UNTYPED;
	struct netstat_text *name = &st->family.text, *help = &st->help.text;
	name->len = help->len = 0;
	int rc = put_prefix(name, req);
	if (rc == 0)
		rc = netstat_text_puts(help, s->title ? s->title : s->key);
	if (rc == 0)
		rc = netstat_text_puts(help, ":");
	/* A counter only grows from 0: a negative one is a module's bug,
	 * and OpenMetrics parsers refuse it. */
	bool negative = value[0] == '-' || strcmp(value, "NaN") == 0;
	if (rc == 0)
		rc = put_name_columns(st, rec, columns, n_columns);
	if (rc == 0 && !(col->flags & NETSTAT_COL_METRIC_VALUE)) {
		const char *key = fmt_column_key(col, c, kbuf, sizeof kbuf);
		rc = netstat_text_puts(name, "_");
		if (rc == 0)
			rc = metric_put_name_part(name, key);
		if (rc == 0)
			rc = netstat_text_puts(help, " ");
		if (rc == 0)
			rc = netstat_text_puts(help, col->title && *col->title
							     ? col->title
							     : key);
	} else if (rc == 0 && col->title && *col->title &&
		   !has_name_columns(s, columns, n_columns)) {
		rc = netstat_text_puts(help, " ");
		if (rc == 0)
			rc = netstat_text_puts(help, col->title);
	}
	/* Counters' samples end in _total: the base name must not. */
	if (rc == 0 && type == METRIC_COUNTER && ends_with(name, "total"))
		name->len -= strlen("_total");
	if (rc == 0 && unit.suffix && !ends_with(name, unit.suffix)) {
		rc = netstat_text_puts(name, "_");
		if (rc == 0)
			rc = metric_put_name_part(name, unit.suffix);
	}
	if (rc == 0 && unit.suffix) {
		rc = netstat_text_puts(help, " (");
		if (rc == 0)
			rc = netstat_text_puts(help, unit.suffix);
		if (rc == 0)
			rc = netstat_text_puts(help, ")");
	}
	if (rc == 0 && type == METRIC_COUNTER && negative) {
		if (first_negative(st, s, c))
			netstat_ctx_host(ctx)->message(
				ctx, NETSTAT_STDERR,
				"netstat: %s: counter `%s' of section `%s' "
				"holds %s; such samples are left out\n",
				st->name,
				fmt_column_key(col, c, kbuf, sizeof kbuf),
				s->key, value);
		return 0;
	}
	return rc ? rc : add_sample(st, ctx, type, unit.suffix, value);
}

/* A record of a section without value columns: "<prefix>[_<section>]_info
 * {labels} 1" (the section key only when it is not the report's name). */
static int info_sample(struct metric_state *st, struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec)
{
	const struct netstat_section *s = rec->section;
	struct netstat_text *name = &st->family.text, *help = &st->help.text;
	name->len = help->len = 0;
	int rc = put_prefix(name, req);
	if (rc == 0 && strcmp(s->key, fmt_report_name(req->report)) != 0) {
		rc = netstat_text_puts(name, "_");
		if (rc == 0)
			rc = metric_put_name_part(name, s->key);
	}
	if (rc == 0)
		rc = netstat_text_puts(name, "_info");
	if (rc == 0)
		rc = netstat_text_puts(help, s->title ? s->title : s->key);
	return rc ? rc : add_sample(st, ctx, METRIC_INFO, NULL, "1");
}

static int row(struct netstat_ctx *ctx, void *state,
	       const struct netstat_request *req,
	       const struct netstat_record *rec, const size_t *columns,
	       size_t n_columns, struct netstat_text *out)
{
	struct metric_state *st = state;
	int rc = record_labels(st, ctx, req, rec, columns, n_columns);
	uint64_t measure = row_measure(rec);
	bool any_value_column = false;
	for (size_t i = 0; i < n_columns && rc == 0; i++) {
		size_t c = columns[i];
		if (!is_value_column(&rec->section->columns[c]))
			continue;
		any_value_column = true;
		rc = column_sample(st, ctx, req, rec, c, columns, n_columns,
				   measure);
	}
	if (rc == 0 && !any_value_column)
		rc = info_sample(st, ctx, req, rec);
	return rc;
}

static const char *type_name(const struct metric_state *st,
			     enum metric_type type)
{
	switch (type) {
	case METRIC_COUNTER:
		return "counter";
	case METRIC_GAUGE:
		return "gauge";
	case METRIC_INFO:
		return st->openmetrics ? "info" : "gauge";
	default:
		return st->openmetrics ? "unknown" : "untyped";
	}
}

/* The name a family's samples carry: OpenMetrics types counters and
 * info on the base name and suffixes the samples; Prometheus 0.0.4 has
 * one name for both (a counter's ends in _total there too). */
static const char *sample_suffix(enum metric_type type)
{
	return type == METRIC_COUNTER ? "_total" : "";
}

static int write_family(const struct metric_state *st,
			const struct metric_family *f, struct netstat_text *out)
{
	const struct metric_store *store = &st->store;
	const char *name = metric_store_text(store, f->name);
	const char *help = metric_store_text(store, f->help);
	/* OpenMetrics names the family without the samples' suffix. */
	const char *meta_suffix = st->openmetrics ? "" : sample_suffix(f->type);
	int len = (int)strlen(name);
	if (st->openmetrics && f->type == METRIC_INFO)
		len -= (int)strlen("_info");
	int rc = netstat_text_printf(out, "# HELP %.*s%s ", len, name,
				     meta_suffix);
	if (rc == 0)
		rc = metric_put_help(out, help, st->openmetrics);
	if (rc == 0)
		rc = netstat_text_printf(out, "\n# TYPE %.*s%s %s\n", len, name,
					 meta_suffix, type_name(st, f->type));
	if (rc == 0 && st->openmetrics && f->has_unit)
		rc = netstat_text_printf(out, "# UNIT %.*s %s\n", len, name,
					 metric_store_text(store, f->unit));
	return rc;
}

static int pass_end(struct netstat_ctx *ctx, void *state,
		    const struct netstat_request *req, struct netstat_text *out)
{
	struct metric_state *st = state;
	struct metric_store *store = &st->store;
	metric_store_sort(store);
	int rc = 0;
	size_t family = SIZE_MAX;
	for (size_t i = 0; i < store->n_samples && rc == 0; i++) {
		const struct metric_sample *s = &store->samples[i];
		const struct metric_family *f = &store->families[s->family];
		if (s->family != family) {
			family = s->family;
			rc = write_family(st, f, out);
		}
		const char *suffix = sample_suffix(f->type);
		if (st->openmetrics && f->type == METRIC_INFO)
			suffix = "";
		if (rc == 0)
			rc = netstat_text_printf(
				out, "%s%s%s %s\n",
				metric_store_text(store, f->name), suffix,
				metric_store_text(store, s->labels),
				metric_store_text(store, s->value));
	}
	if (rc == 0 && st->openmetrics)
		rc = netstat_text_puts(out, "# EOF\n");
	metric_store_clear(store);
	return rc;
}

#define METRIC_FORMAT(init_fn)                                                 \
	{                                                                      \
		.size = sizeof(struct netstat_format),                         \
		.view = NETSTAT_VIEW_STRUCTURED, .init = init_fn,              \
		.fini = fini, .pass_begin = pass_begin, .row = row,            \
		.pass_end = pass_end, .group_by = group_by,                    \
	}

const struct netstat_format metric_prometheus_format =
	METRIC_FORMAT(prometheus_init);
const struct netstat_format metric_openmetrics_format =
	METRIC_FORMAT(openmetrics_init);
