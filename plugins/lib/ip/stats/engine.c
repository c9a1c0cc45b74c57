/*
 * The counter engine: each counter becomes one typed record. net-tools'
 * text of a counter (its sentence, indent and the headings before it)
 * depends on the counters before it, so it is worked out here, in order,
 * and the record carries it.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "plugins/lib/ip/stats/ip_stats.h"

/* The layout of one record as net-tools prints it. */
struct layout {
	char lead[128]; /* lines before the counter's own */
	size_t lead_len;
	unsigned indent;       /* of the counter's line; 0: none printed */
	char description[512]; /* net-tools' sentence; "" when none */
};

static int indent_of(int kind)
{
	return kind == STATS_ICMP_IN || kind == STATS_ICMP_OUT ? 8 : 4;
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void
lead_add(struct layout *l, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	size_t room = sizeof l->lead - l->lead_len;
	int n = vsnprintf(l->lead + l->lead_len, room, fmt, ap);
	va_end(ap);
	if (n > 0)
		l->lead_len += (size_t)n < room ? (size_t)n : room - 1;
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
		    const struct netstat_request *req)
{
	memset(run, 0, sizeof *run);
	run->ctx = ctx;
	run->req = req;
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

static void emit(struct stats_run *run, const char *key,
		 const struct netstat_value *value, const struct layout *l)
{
	struct netstat_value values[STATS_COL_COUNT] = {
		[STATS_COL_GROUP] = netstat_v_str(run->group_name),
		[STATS_COL_COUNTER] = netstat_v_str(key),
		[STATS_COL_VALUE] = *value,
		[STATS_COL_DESCRIPTION] = netstat_v_str(
			l->description[0] ? l->description : NULL),
		[STATS_COL_CLASSIC_LEAD] =
			netstat_v_str(l->lead_len ? l->lead : NULL),
		[STATS_COL_CLASSIC_INDENT] = netstat_v_uint(l->indent),
	};
	struct netstat_record rec = {
		.section = stats_is_gauge(run->group_name, key)
				   ? &stats_gauge_section
				   : &stats_section,
		.values = values,
		.n_values = STATS_COL_COUNT,
	};
	netstat_ctx_host(run->ctx)->emit(run->ctx, &rec);
}

/* The pending "Group:" line goes before the record's own text. */
static void take_title(struct stats_run *run, struct layout *l)
{
	if (run->title_pending)
		lead_add(l, "%s:\n", run->group_name);
	run->title_pending = false;
}

void stats_group_begin(struct stats_run *run, const char *name, size_t n,
		       const struct stats_groups *groups)
{
	if (n >= sizeof run->group_name)
		n = sizeof run->group_name - 1;
	memcpy(run->group_name, name, n);
	run->group_name[n] = '\0';
	run->group = NULL;
	for (size_t i = 0; i < groups->n; i++)
		if (strcmp(groups->list[i]->name, run->group_name) == 0)
			run->group = groups->list[i];
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

/* net-tools' text of one counter; updates the indent state. */
static void counter_layout(struct stats_run *run, const char *key,
			   uint64_t value, struct layout *l)
{
	const struct stats_entry *e =
		run->group ? stats_lookup(run->group->entries,
					  run->group->n_entries, key)
			   : NULL;
	if (!e) {
		if (value) /* "Name: value" at the current indent */
			l->indent = (unsigned)indent_of(run->kind);
		return;
	}
	if ((e->flags & STATS_STATIC) || !e->text[0])
		return;
	int kind = e->kind;
	if ((e->flags & STATS_TITLE) && run->kind != kind)
		lead_add(l, "%*s%s\n", indent_of(run->kind), "",
			 kind == STATS_ICMP_IN ? "ICMP input histogram:"
					       : "ICMP output histogram:");
	/* The table's own templates: one %llu each. */
	snprintf(l->description, sizeof l->description, e->text,
		 (unsigned long long)value);
	if (kind == STATS_NUMBER || value != 0)
		l->indent = (unsigned)indent_of(kind);
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
	struct layout l = {.lead_len = 0};
	take_title(run, &l);
	counter_layout(run, name, value, &l);
	struct netstat_value v = netstat_v_uint(value);
	emit(run, name, &v, &l);
}

void stats_group_end(struct stats_run *run)
{
	if (!run->title_pending)
		return;
	struct layout l = {.lead_len = 0};
	take_title(run, &l);
	struct netstat_value v = netstat_v_null();
	emit(run, NULL, &v, &l);
}
