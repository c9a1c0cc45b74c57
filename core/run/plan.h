/*
 * The run planner: from the loaded families and the request, the ordered
 * list of sources one pass runs (each with its module's state), whether
 * passes repeat, and where net-tools' -A rules for -r and -s stop the run.
 * Everything about which sources run and in what order is decided here;
 * family names come only from the sources and the CLI's keyword table.
 */
#ifndef CORE_PLAN_H
#define CORE_PLAN_H

#include <stdbool.h>
#include <stddef.h>

#include <netstat/netstat.h>

#define PLAN_MAX_STEPS 512

/* A loaded family and the state its init() stored. */
struct plan_module {
	const struct netstat_family *family;
	void *state;
};

/* One source of a pass, with the state of the module it belongs to. */
struct plan_step {
	const struct netstat_source *src;
	void *state;
};

struct plan {
	struct plan_step steps[PLAN_MAX_STEPS];
	size_t n_steps;
	bool repeat;   /* -c: a pass every period until one fails */
	double period; /* seconds between passes: --interval, else 1 */
	/* --rate, --delta (enum counters_mode; 0: neither); --delta's state
	 * file, and --reset. */
	int counters_mode;
	bool reset;
	/* Where the -A list stops the run (-r: a family without routes or
	 * not built; -s: not exactly one family with statistics): printed
	 * after the pass, then the run ends with stop_status. */
	int stop_status; /* 0: no stop */
	int stop_stream; /* enum netstat_stream of stop_message */
	char stop_message[320];
};

/*
 * Plans the run: every source of `mods` that takes part in `req`
 * (sources.h), by section order then source order; for -r in -A order,
 * cut at the first family that is not supported or has no route table
 * (exit 3); for -s exactly one -A family with statistics, else net-tools'
 * "No statistics support" (exit 1).
 */
void plan_make(struct plan *plan, const struct netstat_request *req,
	       const struct plan_module *mods, size_t n_mods);

#endif
