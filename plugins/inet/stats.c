/*
 * IPv4 statistics (-s): /proc/net/snmp, then /proc/net/netstat and
 * /proc/net/sctp/snmp when present, through the shared counter engine.
 */
#include <string.h>

#include "plugins/inet/inet.h"

/* /proc/net/sctp/snmp: one "Name value" per line, all of group Sctp. */
static void read_sctp(struct stats_run *run, struct netstat_lines *lines)
{
	const struct netstat_host_api *host = netstat_ctx_host(run->ctx);
	const char *line;
	stats_group_begin(run, "Sctp", 4, &inet_stats_groups);
	while ((line = host->lines_next(lines, NULL))) {
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
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	char shown[256];
	int rc = host->lines_open(ctx, path, &lines);
	if (rc < 0) {
		if (required)
			host->message(ctx, NETSTAT_STDERR,
				      "cannot open %s: %s\n",
				      host->proc_display(ctx, path, shown,
							 sizeof shown),
				      host->strerror(rc));
		return false;
	}
	if (strcmp(path, "net/sctp/snmp") == 0)
		read_sctp(run, lines);
	else if (stats_read_pairs(run, lines, &inet_stats_groups, NULL) < 0)
		host->message(
			ctx, NETSTAT_STDERR, "Problem while parsing %s\n",
			host->proc_display(ctx, path, shown, sizeof shown));
	host->lines_close(lines);
	return true;
}

int inet_list_stats(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_source *src, void *state)
{
	struct stats_run run;
	stats_run_init(&run, ctx, req);
	/* Without snmp nothing else is read (net-tools stops there); -s
	 * ends with status 0 whatever was missing. */
	if (!read_file(&run, "net/snmp", true))
		return 0;
	read_file(&run, "net/netstat", false);
	read_file(&run, "net/sctp/snmp", false);
	return 0;
}
