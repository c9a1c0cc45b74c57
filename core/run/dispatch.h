/* Running a report: which sources run, in which order, how often. */
#ifndef CORE_DISPATCH_H
#define CORE_DISPATCH_H

#include <stdbool.h>
#include <stddef.h>

#include <netstat/netstat.h>

#include "core/run/context.h"
#include "core/run/sources.h"

/*
 * Runs the sources (already filtered and sorted) for one pass; returns 0
 * or the exit status of the first source that failed.
 */
int dispatch_pass(struct netstat_ctx *ctx,
		  const struct netstat_source *const *sources, size_t n);

/*
 * Runs the whole report: one pass, or with -c a pass every second until a
 * pass fails (the loop ends only by signal otherwise, as in net-tools).
 */
int dispatch_report(struct netstat_ctx *ctx,
		    const struct netstat_source *const *sources, size_t n);

#endif
