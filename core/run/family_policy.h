/*
 * The -A list's rules for the routing and statistics reports: which loaded
 * sources run, in which order, and the net-tools message and exit status
 * where it stops. Family names come only from the sources and the CLI's
 * keyword table.
 */
#ifndef CORE_FAMILY_POLICY_H
#define CORE_FAMILY_POLICY_H

#include <stddef.h>

#include <netstat/netstat.h>

#include "core/run/context.h"

struct family_policy {
	int status;	   /* exit status after the sources ran; 0: none */
	int stream;	   /* enum netstat_stream of `message` */
	char message[320]; /* printed after the sources ran */
};

/*
 * For -r: runs the families in -A order; stops at the first element that
 * the build does not know ("not supported") or that has no route source
 * ("No routing"), both exit 3. For -s: exactly one family with a
 * statistics source, else net-tools' "No statistics support" (exit 1).
 * Reorders and truncates sources[0..*n) in place.
 */
void family_policy_apply(const struct netstat_request *req,
			 const struct netstat_source **sources, size_t *n,
			 struct family_policy *policy);

/* Prints the policy's message (if any) through the run's output. */
void family_policy_report(struct netstat_ctx *ctx,
			  const struct family_policy *policy);

#endif
