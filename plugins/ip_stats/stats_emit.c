/*
 * The counter engine: each counter becomes one typed record; its classic
 * text (net-tools' sentence, indent and histogram titles) is decided here,
 * in order, because it depends on the counters before it.
 */
#include <stdio.h>
#include <string.h>

#include "plugins/ip_stats/ip_stats.h"

static const struct netstat_column stats_columns[] = {
	[STATS_COL_GROUP] = {.key = "group",
			     .title = "Group",
			     .type = NETSTAT_T_STRING},
	[STATS_COL_COUNTER] = {.key = "counter",
			       .title = "Counter",
			       .type = NETSTAT_T_STRING},
	[STATS_COL_VALUE] = {.key = "value",
			     .title = "Value",
			     .type = NETSTAT_T_UINT},
};

/* net-tools prints no title or column line: the group lines say it all. */
static void stats_classic_title(struct netstat_ctx *ctx,
				const struct netstat_request *req,
				struct netstat_text *out)
{
}

const struct netstat_section stats_section = {
	.key = "statistics",
	.title = "Statistics",
	.order = 0,
	.flags = NETSTAT_SECTION_NO_COLUMN_LINE,
	.columns = stats_columns,
	.n_columns = STATS_COL_COUNT,
	.classic_title = stats_classic_title,
};

/* The classic text of the record being emitted (emit renders at once). */
struct stats_text {
	char buf[4096];
	size_t len;
};

static void stats_classic_row(struct netstat_ctx *ctx,
			      const struct netstat_request *req,
			      const struct netstat_record *rec,
			      struct netstat_text *out)
{
	const struct stats_text *t = rec->priv;
	netstat_text_append(out, t->buf, t->len);
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void
text_add(struct stats_text *t, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(t->buf + t->len, sizeof t->buf - t->len, fmt, ap);
	va_end(ap);
	if (n > 0)
		t->len += (size_t)n < sizeof t->buf - t->len
				  ? (size_t)n
				  : sizeof t->buf - t->len - 1;
}

static int indent_of(int kind)
{
	return kind == STATS_ICMP_IN || kind == STATS_ICMP_OUT ? 8 : 4;
}

const struct stats_entry *stats_lookup(const struct stats_entry *entries,
				       size_t n, const char *key)
{
	/* glibc's bsearch: probe the middle of [lo, hi). */
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(key, entries[mid].key);
		if (c < 0)
			hi = mid;
		else if (c > 0)
			lo = mid + 1;
		else
			return &entries[mid];
	}
	return NULL;
}

uint64_t stats_value(const char *s, size_t n)
{
	/* strtoull: optional sign, digits; a minus negates modulo 2^64;
	 * overflow saturates. */
	size_t i = 0;
	bool neg = false;
	if (i < n && (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	uint64_t v = 0;
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
		uint64_t d = (uint64_t)(s[i] - '0');
		if (v > (UINT64_MAX - d) / 10)
			return UINT64_MAX;
		v = v * 10 + d;
	}
	return neg ? 0 - v : v;
}

void stats_run_init(struct stats_run *run, struct netstat_ctx *ctx,
		    const struct netstat_request *req,
		    const struct netstat_host_api *host)
{
	memset(run, 0, sizeof *run);
	run->ctx = ctx;
	run->req = req;
	run->host = host;
	run->kind = STATS_NUMBER;
	static const struct {
		const char *kw;
		unsigned sw;
	} map[] = {
		{"raw", STATS_SW_RAW},
		{"tcp", STATS_SW_TCP},
		{"udp", STATS_SW_UDP},
		{"sctp", STATS_SW_SCTP},
	};
	for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
		if (netstat_request_selects(req, map[i].kw))
			run->switches |= map[i].sw;
}

static void emit(struct stats_run *run, const char *key, size_t n,
		 const struct netstat_value *value, struct stats_text *text)
{
	char keybuf[256];
	if (n >= sizeof keybuf)
		n = sizeof keybuf - 1;
	if (key)
		memcpy(keybuf, key, n);
	keybuf[n] = '\0';
	struct netstat_value values[STATS_COL_COUNT] = {
		[STATS_COL_GROUP] = netstat_v_str(run->group_name),
		[STATS_COL_COUNTER] =
			key ? netstat_v_str(keybuf) : netstat_v_null(),
		[STATS_COL_VALUE] = *value,
	};
	struct netstat_record rec = {
		.section = &stats_section,
		.values = values,
		.n_values = STATS_COL_COUNT,
		.classic_row = stats_classic_row,
		.priv = text,
	};
	run->host->emit(run->ctx, &rec);
}

/* Puts the pending "Group:" line in front of the record's text. */
static void take_title(struct stats_run *run, struct stats_text *t)
{
	if (run->title_pending)
		text_add(t, "%s:\n", run->group_name);
	run->title_pending = false;
}

void stats_group_begin(struct stats_run *run, const char *name, size_t n,
		       const struct stats_group *groups, size_t n_groups)
{
	if (n >= sizeof run->group_name)
		n = sizeof run->group_name - 1;
	memcpy(run->group_name, name, n);
	run->group_name[n] = '\0';
	run->group = NULL;
	for (size_t i = 0; i < n_groups; i++)
		if (strcmp(groups[i].name, run->group_name) == 0)
			run->group = &groups[i];
	if (run->group) {
		/* A known group resets the indent even when not shown. */
		run->shown = (run->switches & run->group->sw) != 0;
		run->kind = STATS_NUMBER;
	} else {
		/* Unknown groups print whatever the switches say. */
		run->shown = true;
	}
	run->title_pending = run->shown;
}

/* The classic text of one counter; updates the indent state. */
static void counter_text(struct stats_run *run, const char *key, uint64_t value,
			 struct stats_text *t)
{
	const struct stats_entry *e =
		run->group ? stats_lookup(run->group->entries,
					  run->group->n_entries, key)
			   : NULL;
	unsigned long long v = (unsigned long long)value;
	if (!e) {
		if (value)
			text_add(t, "%*s%s: %llu\n", indent_of(run->kind), "",
				 key, v);
		return;
	}
	if ((e->flags & STATS_STATIC) || !e->text[0])
		return;
	int kind = e->kind;
	if ((e->flags & STATS_TITLE) && run->kind != kind)
		text_add(t, "%*s%s\n", indent_of(run->kind), "",
			 kind == STATS_ICMP_IN ? "ICMP input histogram:"
					       : "ICMP output histogram:");
	bool print = kind == STATS_NUMBER || value != 0;
	if (print) {
		text_add(t, "%*s", indent_of(kind), "");
		text_add(t, e->text, v);
		text_add(t, "\n");
	}
	run->kind = kind;
}

void stats_counter(struct stats_run *run, const char *key, size_t n,
		   uint64_t value)
{
	if (!run->shown)
		return;
	char name[256];
	if (n >= sizeof name)
		n = sizeof name - 1;
	memcpy(name, key, n);
	name[n] = '\0';
	static struct stats_text text;
	text.len = 0;
	take_title(run, &text);
	counter_text(run, name, value, &text);
	struct netstat_value v = netstat_v_uint(value);
	emit(run, name, n, &v, &text);
}

void stats_group_end(struct stats_run *run)
{
	if (!run->title_pending)
		return;
	static struct stats_text text;
	text.len = 0;
	take_title(run, &text);
	struct netstat_value v = netstat_v_null();
	emit(run, NULL, 0, &v, &text);
}
