/*
 * IPv4 statistics (-s): /proc/net/snmp, then /proc/net/netstat and
 * /proc/net/sctp/snmp when present, through the shared counter engine.
 */
#include <string.h>

#include "plugins/inet/reports.h"
#include "plugins/ip_common/ip_common.h"
#include "plugins/ip_stats/ip_stats.h"

/* /proc/net/sctp/snmp: one "Name value" per line, all of group Sctp. */
static void read_sctp(struct stats_run *run, struct netstat_lines *lines)
{
	const char *line;
	stats_group_begin(run, "Sctp", 4, stats_groups_v4, stats_n_groups_v4);
	while ((line = ip_host->lines_next(lines, NULL))) {
		const char *p = line, *k, *v;
		size_t kn = netstat_token(&p, &k);
		size_t vn = netstat_token(&p, &v);
		if (kn && vn)
			stats_counter(run, k, kn, stats_value(v, vn));
	}
	stats_group_end(run);
}

/* Reads one file; false when it could not be opened. */
static bool read_file(struct stats_run *run, const char *path, bool required)
{
	struct netstat_ctx *ctx = run->ctx;
	struct netstat_lines *lines;
	char shown[256];
	int rc = ip_host->lines_open(ctx, path, &lines);
	if (rc < 0) {
		if (required)
			ip_host->message(ctx, NETSTAT_STDERR,
					 "cannot open %s: %s\n",
					 ip_host->proc_display(ctx, path, shown,
							       sizeof shown),
					 ip_host->errno_text(-rc));
		return false;
	}
	if (strcmp(path, "net/sctp/snmp") == 0)
		read_sctp(run, lines);
	else if (stats_read_pairs(run, lines, stats_groups_v4,
				  stats_n_groups_v4, NULL) < 0)
		ip_host->message(
			ctx, NETSTAT_STDERR, "Problem while parsing %s\n",
			ip_host->proc_display(ctx, path, shown, sizeof shown));
	ip_host->lines_close(lines);
	return true;
}

int inet_list_stats(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_source *src)
{
	struct stats_run run;
	stats_run_init(&run, ctx, req, ip_host);
	/* Without snmp nothing else is read (net-tools stops there); -s
	 * ends with status 0 whatever was missing. */
	if (!read_file(&run, "net/snmp", true))
		return 0;
	read_file(&run, "net/netstat", false);
	read_file(&run, "net/sctp/snmp", false);
	return 0;
}
