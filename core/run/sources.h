/* Which sources a request runs, in which order, and the status a run
 * ends with: pure rules shared by the host and the test mock host. */
#ifndef CORE_SOURCES_H
#define CORE_SOURCES_H

#include <stdbool.h>
#include <stddef.h>

#include <netstat/netstat.h>

/* True when `src` takes part in request `req` (see family.h). */
bool dispatch_source_runs(const struct netstat_request *req,
			  const struct netstat_source *src);

/* The status of a pass as its sources return (NETSTAT_EXIT_DEFERRED:
 * a status that comes due once the sources with its selector have run). */
struct run_status {
	int status;
	int deferred;
	const char *deferred_selector;
};
/* True when the pass must stop before running `src`. */
bool run_status_stops_before(struct run_status *rs,
			     const struct netstat_source *src);
/* Records what `src`'s list function returned. */
void run_status_after(struct run_status *rs, const struct netstat_source *src,
		      int rc);
/* The pass's exit status. */
int run_status_final(const struct run_status *rs);

#endif
