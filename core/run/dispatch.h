/* Running a planned report: its passes, their status. */
#ifndef CORE_DISPATCH_H
#define CORE_DISPATCH_H

#include <netstat/netstat.h>

#include "core/run/context.h"
#include "core/run/plan.h"

/* Runs one pass of the plan; returns 0 or the exit status of the first
 * source that ended the run. */
int dispatch_pass(struct netstat_ctx *ctx, const struct plan *plan);

/*
 * Runs the whole report: one pass, or with -c a pass every second until a
 * pass fails (the loop ends only by signal otherwise, as in net-tools);
 * then the plan's stop message. Returns the run's exit status.
 */
int dispatch_report(struct netstat_ctx *ctx, const struct plan *plan);

#endif
