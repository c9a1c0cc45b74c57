/*
 * netstat: parse the command line as net-tools does, read the config, load
 * the modules the request needs, plan the run and dispatch it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/cli/cli.h"
#include "core/config/config.h"
#include "core/loader/loader.h"
#include "core/loader/registry.h"
#include "core/privilege.h"
#include "core/query/query.h"
#include "core/run/context.h"
#include "core/run/counters.h"
#include "core/run/dispatch.h"
#include "core/run/host_api.h"
#include "core/run/module_list.h"
#include "core/run/plan.h"
#include "core/run/stream.h"
#include "core/services/lines.h"
#include "core/services/names.h"
#include "core/services/programs.h"

static struct config config;
static bool config_loaded;
static int config_status;
/* The parsed command line; cli_parse() takes out --config before getopt
 * runs, so the config can be read while -A lists are checked. */
static const struct cli_args *parsed;

static const char *config_path(void)
{
	if (parsed && parsed->config)
		return parsed->config;
	const char *env = privilege_getenv("NETSTAT_CONFIG");
	return env ? env : NETSTAT_CONFDIR "/netstat.yaml";
}

/* Loads the config once; prints the error and returns non-zero on
 * failure. */
static int ensure_config(void)
{
	if (config_loaded)
		return config_status;
	config_loaded = true;
	char err[1024];
	if (config_load(&config, config_path(), err, sizeof err) < 0) {
		fprintf(stderr, "netstat: %s\n", err);
		config_status = NETSTAT_EXIT_UNAVAILABLE;
	}
	return config_status;
}

/* -A keyword check for out-of-tree families declared in the config. */
static bool configured_family(const char *keyword)
{
	if (ensure_config() != 0)
		return false;
	const struct config_module *m =
		config_find(&config, keyword, CONFIG_FAMILY);
	return m && m->enabled;
}

/* The sections the planned sources fill, for checking query fields. */
static size_t planned_sections(const struct plan *plan,
			       const struct netstat_section **out, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < plan->n_steps; i++) {
		const struct netstat_section *s = plan->steps[i].src->section;
		size_t k = 0;
		while (k < n && out[k] != s)
			k++;
		if (k == n && n < max)
			out[n++] = s;
	}
	return n;
}

/* --filter, --sort...: compiled, then checked against `sections`, those
 * the report can emit. NULL with *status set on a usage error. */
static struct query *query_for(const struct cli_args *args,
			       const struct netstat_section *const *sections,
			       size_t n, int *status)
{
	struct query_spec spec = {.filter = args->filter,
				  .sort = args->sort,
				  .group_by = args->group_by,
				  .columns = args->columns,
				  .count = args->count};
	*status = 0;
	if (!query_wanted(&spec))
		return NULL;
	char err[1536];
	struct query *q;
	int rc = query_compile(&spec, &q, err, sizeof err);
	if (rc == 0)
		rc = query_check(q, sections, n, err, sizeof err);
	if (rc < 0) {
		fprintf(stderr, "netstat: %s\n",
			rc == NETSTAT_ERR_NOMEM ? "out of virtual memory"
						: err);
		*status = rc == NETSTAT_ERR_NOMEM ? NETSTAT_EXIT_NOMEM
						  : NETSTAT_EXIT_USAGE;
		query_free(q);
		return NULL;
	}
	return q;
}

/* The query of a planned report, checked against its sections (those
 * of the counter stage under --rate and --delta). */
static struct query *make_query(const struct cli_args *args,
				const struct plan *plan,
				struct netstat_ctx *ctx, int *status)
{
	const struct netstat_section *sections[128];
	size_t n = planned_sections(plan, sections, 128);
	if (ctx->counters) {
		size_t kept = 0;
		for (size_t i = 0; i < n; i++) {
			const struct netstat_section *s =
				counters_section(ctx->counters, sections[i]);
			if (s)
				sections[kept++] = s;
		}
		n = kept;
	}
	return query_for(args, sections, n, status);
}

/* The watching options' part of the plan: the period, the counter stage
 * of --rate and --delta. Returns 0 or an exit status. */
static int plan_watch(struct plan *plan, struct netstat_ctx *ctx,
		      const struct cli_args *args,
		      const struct netstat_request *req)
{
	if (args->interval > 0)
		plan->period = args->interval;
	if (req->report == NETSTAT_REPORT_EVENTS) {
		ctx->stream = stream_new(args->count_events);
		if (!ctx->stream) {
			fputs("netstat: out of virtual memory\n", stderr);
			return NETSTAT_EXIT_NOMEM;
		}
		return 0;
	}
	if (!args->rate && !args->delta)
		return 0;
	plan->counters_mode = args->rate ? COUNTERS_RATE : COUNTERS_DELTA;
	plan->reset = args->reset;
	/* -s prints once, but its rates and changes follow -c. */
	plan->repeat = netstat_request_has(req, NETSTAT_REQ_CONTINUOUS) &&
		       !plan->stop_status;
	ctx->counters = counters_new(plan->counters_mode);
	if (!ctx->counters) {
		fputs("netstat: out of virtual memory\n", stderr);
		return NETSTAT_EXIT_NOMEM;
	}
	return 0;
}

/* The query of --list-modules, checked against its table. */
static struct query *list_query(const struct cli_args *args, int *status)
{
	const struct netstat_section *sections[] = {module_list_section()};
	return query_for(args, sections, 1, status);
}

/* --list-modules: every configured module opened, checked and started
 * as a run would, reported through the selected format. */
static int list_modules(const struct cli_args *args)
{
	static const struct netstat_request req = {
		.report = NETSTAT_REPORT_MODULES, .families = ""};
	const char *format = args->format    ? args->format
			     : config.format ? config.format
					     : "classic";
	loader_use_builtin_modules();
	if (loader_init() < 0) {
		fputs("netstat: cannot initialise libltdl\n", stderr);
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	int status = 0;
	struct registry reg;
	struct registry_entry *entries = NULL;
	size_t n = 0;
	struct netstat_ctx ctx;
	if (registry_load_format(&reg, &config, format) < 0) {
		status = NETSTAT_EXIT_UNAVAILABLE;
	} else if (registry_describe(&reg, &config, &entries, &n) < 0 ||
		   ctx_init(&ctx, host_api_table(), &req, reg.format.module,
			    reg.format.state, STDOUT_FILENO) < 0) {
		fputs("out of virtual memory\n", stderr);
		status = NETSTAT_EXIT_NOMEM;
	} else {
		ctx.query = list_query(args, &status);
		if (status == 0) {
			struct module_list_info info = {
				.config = config_path(),
				.dirs = (const char *const *)reg.dirs,
				.n_dirs = reg.n_dirs};
			module_list_write(&ctx, &info, entries, n);
			ctx_flush(&ctx);
			status = ctx_output_status(&ctx);
		}
		query_free(ctx.query);
		ctx_free(&ctx);
	}
	registry_entries_free(entries, n);
	registry_free(&reg);
	loader_exit();
	return status;
}

/* Loads the modules, plans and runs the report; returns the exit status. */
static int run(const struct cli_args *args, const struct netstat_request *req)
{
	const char *format = args->format    ? args->format
			     : config.format ? config.format
					     : "classic";
	/* A no-op unless built with --enable-static-modules. */
	loader_use_builtin_modules();
	if (loader_init() < 0) {
		fputs("netstat: cannot initialise libltdl\n", stderr);
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	int status;
	struct registry reg;
	static struct plan plan;
	struct netstat_ctx ctx;
	if (registry_load(&reg, &config, req, format) < 0) {
		status = NETSTAT_EXIT_UNAVAILABLE;
	} else if (ctx_init(&ctx, host_api_table(), req, reg.format.module,
			    reg.format.state, STDOUT_FILENO) < 0) {
		fputs("out of virtual memory\n", stderr);
		status = NETSTAT_EXIT_NOMEM;
	} else {
		plan_make(&plan, req, reg.planned, reg.n_families);
		status = plan_watch(&plan, &ctx, args, req);
		if (status == 0)
			ctx.query = make_query(args, &plan, &ctx, &status);
		if (status == 0) {
			status = dispatch_report(&ctx, &plan);
			ctx_flush(&ctx);
			int output = ctx_output_status(&ctx);
			if (status == 0)
				status = output;
		}
		query_free(ctx.query);
		counters_free(ctx.counters);
		stream_free(ctx.stream);
		ctx_free(&ctx);
	}
	registry_free(&reg);
	loader_exit();
	return status;
}

int main(int argc, char **argv)
{
	struct cli_args args = {0};
	struct netstat_request req;
	int status = 0;

	/* Set-uid: no caller-chosen config or proc root (privilege.h). */
	if (privilege_check_args(argc, argv) != 0)
		return NETSTAT_EXIT_UNAVAILABLE;
	parsed = &args;
	if (cli_parse(argc, argv, &args, configured_family, &status) ==
	    CLI_EXIT) {
		/* -V, -h, a usage error: already said */
	} else if (args.list_modules) {
		status = ensure_config() != 0 ? NETSTAT_EXIT_UNAVAILABLE
					      : list_modules(&args);
	} else if (cli_build_request(&args, &req, &status) != CLI_EXIT) {
		if (ensure_config() != 0) {
			status = NETSTAT_EXIT_UNAVAILABLE;
		} else {
			lines_set_root(args.proc_root ? args.proc_root
						      : "/proc");
			status = run(&args, &req);
			programs_free();
			names_free();
		}
	}
	config_free(&config);
	for (unsigned i = 0; i < args.n_extra; i++)
		free((char *)args.extra_keywords[i]);
	fflush(stdout);
	return status;
}
