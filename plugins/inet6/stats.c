/*
 * IPv6 statistics (-s -6): /proc/net/snmp6, one "Name value" per line,
 * grouped by the name up to its first '6'; then, as net-tools does, the
 * IPv4 Tcp section of /proc/net/snmp.
 */
#include <string.h>

#include "plugins/inet6/inet6.h"

static int open_or_say(struct netstat_ctx *ctx, const char *path,
		       struct netstat_lines **lines)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	int rc = host->lines_open(ctx, path, lines);
	if (rc < 0) {
		char shown[256];
		host->message(
			ctx, NETSTAT_STDERR, "cannot open %s: %s\n",
			host->proc_display(ctx, path, shown, sizeof shown),
			host->strerror(rc));
	}
	return rc;
}

static void read_snmp6(struct stats_run *run, struct netstat_lines *lines)
{
	const struct netstat_host_api *host = netstat_ctx_host(run->ctx);
	char group[64] = "";
	bool open_group = false;
	const char *line;
	while ((line = host->lines_next(lines, NULL))) {
		const char *p = line, *k, *v;
		size_t kn = netstat_token(&p, &k);
		size_t vn = netstat_token(&p, &v);
		if (!kn)
			continue;
		char name[256];
		size_t n = kn < sizeof name ? kn : sizeof name - 1;
		memcpy(name, k, n);
		name[n] = '\0';
		/* A new group starts when the name no longer contains the
		 * current group's text. */
		if (!open_group || !strstr(name, group)) {
			if (open_group)
				stats_group_end(run);
			const char *six = strchr(name, '6');
			size_t gn = six ? (size_t)(six - name) + 1 : n;
			if (gn >= sizeof group)
				gn = sizeof group - 1;
			memcpy(group, name, gn);
			group[gn] = '\0';
			stats_group_begin(run, group, gn, &inet6_stats_groups);
			open_group = true;
		}
		stats_counter(run, k, kn, vn ? stats_value(v, vn) : 0);
	}
	if (open_group)
		stats_group_end(run);
}

int inet6_list_stats(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct stats_run run;
	stats_run_init(&run, ctx, req);
	struct netstat_lines *lines;
	if (open_or_say(ctx, "net/snmp6", &lines) < 0)
		return 0;
	read_snmp6(&run, lines);
	host->lines_close(lines);
	if (open_or_say(ctx, "net/snmp", &lines) < 0)
		return 0;
	if (stats_read_pairs(&run, lines, &inet6_tcp4_groups, "Tcp") < 0) {
		char shown[256];
		host->message(ctx, NETSTAT_STDERR, "Problem while parsing %s\n",
			      host->proc_display(ctx, "net/snmp", shown,
						 sizeof shown));
	}
	host->lines_close(lines);
	return 0;
}
