/*
 * The statistics section (-s) and its classic rendering: each record is
 * one counter; its line is net-tools' sentence (or "Name: value"), after
 * the headings and at the indent the engine worked out from the counters
 * before it.
 */
#include <inttypes.h>
#include <string.h>

#include "plugins/lib/ip/stats/ip_stats.h"

static void stats_row(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_record *rec,
		      struct netstat_text *out)
{
	const struct netstat_value *v = rec->values;
	size_t n = rec->n_values;
	const char *lead =
		netstat_value_str(v, n, STATS_COL_CLASSIC_LEAD, NULL);
	if (lead)
		netstat_text_puts(out, lead);
	uint64_t indent = netstat_value_uint(v, n, STATS_COL_CLASSIC_INDENT, 0);
	const char *counter = netstat_value_str(v, n, STATS_COL_COUNTER, NULL);
	if (indent == 0 || !counter)
		return; /* net-tools prints no line for it */
	netstat_text_fill(out, ' ', (size_t)indent);
	const char *sentence =
		netstat_value_str(v, n, STATS_COL_DESCRIPTION, NULL);
	if (sentence)
		netstat_text_puts(out, sentence);
	else /* a counter net-tools' tables do not know */
		netstat_text_printf(
			out, "%s: %" PRIu64, counter,
			netstat_value_uint(v, n, STATS_COL_VALUE, 0));
	netstat_text_puts(out, "\n");
}

static const struct netstat_column stats_columns[STATS_COL_COUNT] = {
	/* Group and counter name a record: metrics are named by them
	 * (netstat_statistics_tcp_active_opens_total for Tcp ActiveOpens),
	 * and --rate and --delta match records by them. */
	[STATS_COL_GROUP] = {.key = "group",
			     .title = "Group",
			     .type = NETSTAT_T_STRING,
			     .flags =
				     NETSTAT_COL_METRIC_NAME | NETSTAT_COL_KEY},
	[STATS_COL_COUNTER] = {.key = "counter",
			       .title = "Counter",
			       .type = NETSTAT_T_STRING,
			       .flags = NETSTAT_COL_METRIC_NAME |
					NETSTAT_COL_KEY},
	[STATS_COL_VALUE] = {.key = "value",
			     .title = "Value",
			     .type = NETSTAT_T_UINT,
			     .flags = NETSTAT_COL_METRIC_VALUE,
			     .measure = NETSTAT_MEASURE_COUNTER},
	/* The sentence holds the value: never a label. */
	[STATS_COL_DESCRIPTION] = {.key = "description",
				   .title = "Description",
				   .type = NETSTAT_T_STRING,
				   .flags = NETSTAT_COL_METRIC_OMIT},
	/* net-tools' layout: the lines before the counter's own (the group
	 * title, a histogram heading) and the indent of its line (0: none
	 * printed). They depend on the counters before it. */
	[STATS_COL_CLASSIC_LEAD] = {.key = "classic_lead",
				    .title = "Lead",
				    .type = NETSTAT_T_STRING,
				    .flags = NETSTAT_COL_CLASSIC_ONLY},
	[STATS_COL_CLASSIC_INDENT] = {.key = "classic_indent",
				      .title = "Indent",
				      .type = NETSTAT_T_UINT,
				      .flags = NETSTAT_COL_CLASSIC_ONLY},
	[STATS_COL_MEASURE] = {.key = "measure",
			       .title = "Measure",
			       .type = NETSTAT_T_UINT,
			       .flags = NETSTAT_COL_ROW_MEASURE},
};

/* net-tools prints no title or column line: the group lines say it all. */
static void stats_title(struct netstat_ctx *ctx,
			const struct netstat_request *req,
			struct netstat_text *out)
{
}

const struct netstat_section stats_section = {
	.key = "statistics",
	.title = "Statistics",
	.order = 0,
	.columns = stats_columns,
	.n_columns = STATS_COL_COUNT,
	.classic = {.flags = NETSTAT_CLASSIC_NO_COLUMN_LINE,
		    .title = stats_title,
		    .row = stats_row},
};
