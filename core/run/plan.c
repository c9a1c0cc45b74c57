/* See plan.h. */
#include <stdio.h>
#include <string.h>

#include "core/cli/cli.h"
#include "core/run/plan.h"
#include "core/run/sources.h"

static bool before(const struct netstat_source *a,
		   const struct netstat_source *b)
{
	if (a->section->order != b->section->order)
		return a->section->order < b->section->order;
	return a->order < b->order;
}

/* Insertion sort: a few dozen steps, and it is stable. */
static void sort_steps(struct plan_step *steps, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct plan_step s = steps[i];
		size_t j = i;
		while (j > 0 && before(s.src, steps[j - 1].src)) {
			steps[j] = steps[j - 1];
			j--;
		}
		steps[j] = s;
	}
}

static bool is_family(const struct plan_step *s, const char *family, size_t len)
{
	return strlen(s->src->family) == len &&
	       strncmp(s->src->family, family, len) == 0;
}

static bool has_family(const struct plan *p, const char *family, size_t len)
{
	for (size_t i = 0; i < p->n_steps; i++)
		if (is_family(&p->steps[i], family, len))
			return true;
	return false;
}

static void stop(struct plan *p, int status, int stream, const char *fmt,
		 const char *name, size_t len)
{
	p->stop_status = status;
	p->stop_stream = stream;
	snprintf(p->stop_message, sizeof p->stop_message, fmt, (int)len, name);
}

/* A keyword the CLI accepts but this build's address library lacks. */
static bool unsupported(const char *name, size_t len)
{
	char buf[64];
	if (len >= sizeof buf)
		return false;
	memcpy(buf, name, len);
	buf[len] = '\0';
	int i = cli_keyword_index(buf);
	return i >= 0 && (cli_keyword_at(i)->kind & CLI_KW_UNSUPPORTED);
}

/* -r -A LIST: the families' route tables in list order. */
static void order_routes(struct plan *p, const char *families)
{
	struct plan_step ordered[PLAN_MAX_STEPS];
	size_t used = 0;
	for (const char *e = families; *e;) {
		const char *comma = strchr(e, ',');
		size_t len = comma ? (size_t)(comma - e) : strlen(e);
		if (len == 0) {
			e += 1;
			continue;
		}
		if (unsupported(e, len)) {
			stop(p, NETSTAT_EXIT_USAGE, NETSTAT_STDERR,
			     "Address family `%.*s' not supported.\n", e, len);
			break;
		}
		if (!has_family(p, e, len)) {
			stop(p, NETSTAT_EXIT_USAGE, NETSTAT_STDERR,
			     "No routing for address family `%.*s'.\n", e, len);
			break;
		}
		/* The family's sources, in their sorted order; a family
		 * named twice runs twice. */
		for (size_t i = 0; i < p->n_steps && used < PLAN_MAX_STEPS; i++)
			if (is_family(&p->steps[i], e, len))
				ordered[used++] = p->steps[i];
		e += len + (comma ? 1 : 0);
	}
	memcpy(p->steps, ordered, used * sizeof *ordered);
	p->n_steps = used;
}

/* -s -A LIST: exactly one family, and one with statistics. */
static void check_statistics(struct plan *p, const char *list)
{
	if (!strchr(list, ',') && has_family(p, list, strlen(list)))
		return;
	stop(p, NETSTAT_EXIT_UNAVAILABLE, NETSTAT_NOTICE,
	     "netstat: No statistics support for specified address family: "
	     "%.*s\n",
	     list, strlen(list));
	p->n_steps = 0;
}

void plan_make(struct plan *plan, const struct netstat_request *req,
	       const struct plan_module *mods, size_t n_mods)
{
	memset(plan, 0, sizeof *plan);
	plan->period = 1;
	for (size_t m = 0; m < n_mods; m++) {
		const struct netstat_family *f = mods[m].family;
		for (size_t s = 0; s < f->n_sources; s++)
			if (dispatch_source_runs(req, &f->sources[s]) &&
			    plan->n_steps < PLAN_MAX_STEPS)
				plan->steps[plan->n_steps++] =
					(struct plan_step){&f->sources[s],
							   mods[m].state};
	}
	sort_steps(plan->steps, plan->n_steps);
	/* Without -A the default sources run (see dispatch_source_runs). */
	if (req->families && *req->families) {
		if (req->report == NETSTAT_REPORT_ROUTES)
			order_routes(plan, req->families);
		else if (req->report == NETSTAT_REPORT_STATISTICS)
			check_statistics(plan, req->families);
	}
	/* -s prints once, as net-tools does; a stop ends -c too. */
	plan->repeat = netstat_request_has(req, NETSTAT_REQ_CONTINUOUS) &&
		       req->report != NETSTAT_REPORT_STATISTICS &&
		       !plan->stop_status;
}
