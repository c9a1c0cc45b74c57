/*
 * The namespace dimension of the output: under --netns and --all-netns
 * every section gets the columns that say which network namespace a row
 * comes from (netns, netns.name, ...: structured views only, and fields
 * for --filter, --sort and --group-by), and every record their values.
 * Sections are derived once from the sources' own, so a module never
 * sees this.
 */
#ifndef CORE_NETNS_VIEW_H
#define CORE_NETNS_VIEW_H

#include <stddef.h>

#include <netstat/netstat.h>

#include "core/netns/netns.h"
#include "core/services/container.h"

#define NETNS_VIEW_MAX_SECTIONS 128

struct netns_view {
	const struct netns_entry *current; /* the namespace rows come from */
	char name[NETNS_NAMES_MAX];	   /* its first name, "" none */
	struct netstat_netns described;	 /* what netstat_host_api.netns gives */
	struct container_info container; /* what its process's cgroup says */
	struct {
		const struct netstat_section *source;
		struct netstat_section derived;
	} sections[NETNS_VIEW_MAX_SECTIONS];
	size_t n_sections;
	struct netstat_value *values; /* one record's, with ours appended */
	size_t cap;
};

/* The section `s` is shown as: `s` with the namespace columns. Falls back
 * to `s` itself when out of memory or room. */
const struct netstat_section *
netns_view_section(struct netns_view *v, const struct netstat_section *s);
/* `rec` with the current namespace's values; valid until the next call.
 * 0 or NETSTAT_ERR_NOMEM. */
int netns_view_record(struct netns_view *v, const struct netstat_record *rec,
		      struct netstat_record *out);
/* The current namespace for formats (netstat_host_api.netns), or NULL. */
const struct netstat_netns *netns_view_current(const struct netns_view *v);
/* Rows from now on come from `e` (NULL: none). */
void netns_view_enter(struct netns_view *v, const struct netns_entry *e);
void netns_view_free(struct netns_view *v);

/* The classic line above each namespace's block under --all-netns:
 *   Network namespace net:[INODE][ (host)][ names: N1, N2][ pid P (COMM)]
 * (docs/netstat.8). */
int netns_view_classic_header(const struct netns_entry *e,
			      struct netstat_text *out);

#endif
