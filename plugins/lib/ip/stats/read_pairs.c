/* Reading the "Title: names" / "Title: values" pairs of snmp and netstat. */
#include <stdlib.h>
#include <string.h>

#include "plugins/lib/ip/stats/ip_stats.h"

/* Next blank-separated word of `*p`; false at the end. */
static bool word(const char **p, const char **start, size_t *n)
{
	*n = netstat_token(p, start);
	return *n > 0;
}

int stats_read_pairs(struct stats_run *run, struct netstat_lines *lines,
		     const struct stats_groups *groups, const char *prefix)
{
	const struct netstat_host_api *h = netstat_ctx_host(run->ctx);
	char *names = NULL;
	size_t len;
	const char *line;
	int rc = 0;
	while ((line = h->lines_next(lines, &len))) {
		if (len == 0)
			continue; /* empty lines between pairs */
		free(names);
		names = strdup(line);
		const char *values = h->lines_next(lines, &len);
		if (!names || !values) {
			rc = names ? NETSTAT_ERR_PARSE : 0;
			break;
		}
		char *colon = strchr(names, ':');
		const char *vcolon = strchr(values, ':');
		if (!colon || !vcolon) {
			rc = NETSTAT_ERR_PARSE;
			break;
		}
		size_t tlen = (size_t)(colon - names);
		if (prefix && strncmp(names, prefix, strlen(prefix)) != 0)
			continue;
		stats_group_begin(run, names, tlen, groups);
		const char *kp = colon + 1, *vp = vcolon + 1;
		const char *k, *v;
		size_t kn, vn;
		while (word(&kp, &k, &kn) && word(&vp, &v, &vn))
			stats_counter(run, k, kn, stats_value(v, vn));
		stats_group_end(run);
	}
	free(names);
	return rc;
}
