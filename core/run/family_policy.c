/* The -A list against -r and -s; see family_policy.h. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/cli/cli.h"
#include "core/loader/registry.h"
#include "core/run/family_policy.h"

static bool has_family(const struct netstat_source *const *sources, size_t n,
		       const char *family, size_t len)
{
	for (size_t i = 0; i < n; i++)
		if (strlen(sources[i]->family) == len &&
		    strncmp(sources[i]->family, family, len) == 0)
			return true;
	return false;
}

static void stop(struct family_policy *p, int status, int stream,
		 const char *fmt, const char *name, size_t len)
{
	p->status = status;
	p->stream = stream;
	snprintf(p->message, sizeof p->message, fmt, (int)len, name);
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

static void routes(const struct netstat_request *req,
		   const struct netstat_source **sources, size_t *n,
		   struct family_policy *p)
{
	const struct netstat_source *ordered[REGISTRY_MAX_SOURCES];
	size_t used = 0;
	for (const char *e = req->families; *e;) {
		const char *comma = strchr(e, ',');
		size_t len = comma ? (size_t)(comma - e) : strlen(e);
		if (len == 0) {
			e += 1;
			continue;
		}
		if (unsupported(e, len)) {
			stop(p, 3, NETSTAT_STDERR,
			     "Address family `%.*s' not supported.\n", e, len);
			break;
		}
		if (!has_family(sources, *n, e, len)) {
			stop(p, 3, NETSTAT_STDERR,
			     "No routing for address family `%.*s'.\n", e, len);
			break;
		}
		/* The family's sources, in their sorted order. */
		for (size_t i = 0; i < *n && used < REGISTRY_MAX_SOURCES; i++)
			if (strlen(sources[i]->family) == len &&
			    strncmp(sources[i]->family, e, len) == 0)
				ordered[used++] = sources[i];
		e += len + (comma ? 1 : 0);
	}
	memcpy(sources, ordered, used * sizeof *ordered);
	*n = used;
}

static void statistics(const struct netstat_request *req,
		       const struct netstat_source **sources, size_t *n,
		       struct family_policy *p)
{
	const char *list = req->families;
	if (!strchr(list, ',') && has_family(sources, *n, list, strlen(list)))
		return;
	stop(p, 1, NETSTAT_NOTICE,
	     "netstat: No statistics support for specified address family: "
	     "%.*s\n",
	     list, strlen(list));
	*n = 0;
}

void family_policy_apply(const struct netstat_request *req,
			 const struct netstat_source **sources, size_t *n,
			 struct family_policy *policy)
{
	memset(policy, 0, sizeof *policy);
	/* Without -A the default sources run (see dispatch_source_runs). */
	if (!req->families || !*req->families)
		return;
	if (req->report == NETSTAT_REPORT_ROUTES)
		routes(req, sources, n, policy);
	else if (req->report == NETSTAT_REPORT_STATISTICS)
		statistics(req, sources, n, policy);
}

static void say(struct netstat_ctx *ctx, int stream, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	ctx_vmessage(ctx, stream, fmt, ap);
	va_end(ap);
}

void family_policy_report(struct netstat_ctx *ctx,
			  const struct family_policy *policy)
{
	if (policy->message[0])
		say(ctx, policy->stream, "%s", policy->message);
}
