/* Running a planned report: its passes, their status. */
#ifndef CORE_DISPATCH_H
#define CORE_DISPATCH_H

#include <netstat/netstat.h>

#include "core/netns/netns.h"
#include "core/run/context.h"
#include "core/run/plan.h"

/*
 * --netns and --all-netns: the namespaces each pass visits. Entering one,
 * the host restarts the families there (restart(), which also re-plans),
 * so whatever a module opens in init() or caches belongs to it.
 */
struct dispatch_netns {
	enum netns_mode mode;
	struct netns_entry one;	 /* NETNS_MODE_ONE */
	struct netns_list found; /* NETNS_MODE_ALL: discovered each pass */
	int (*restart)(void *arg, char *err, size_t err_size);
	void *arg;
	int skipped; /* namespaces a pass could not enter (warned) */
};

/* Runs one pass of the plan; returns 0 or the exit status of the first
 * source that ended the run. */
int dispatch_pass(struct netstat_ctx *ctx, const struct plan *plan,
		  struct dispatch_netns *netns);

/*
 * Runs the whole report: one pass, or with -c a pass every second until a
 * pass fails (the loop ends only by signal otherwise, as in net-tools);
 * then the plan's stop message. Returns the run's exit status. `netns`:
 * NULL, or the namespaces every pass runs the plan in.
 */
int dispatch_report(struct netstat_ctx *ctx, const struct plan *plan,
		    struct dispatch_netns *netns);

#endif
