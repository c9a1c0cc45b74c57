/*
 * netstat: parse the command line as net-tools does, read the config, load
 * the modules the request needs, plan the run and dispatch it.
 */
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/cli/cli.h"
#include "core/config/config.h"
#include "core/loader/loader.h"
#include "core/loader/registry.h"
#include "core/netns/netns.h"
#include "core/privilege.h"
#include "core/query/query.h"
#include "core/run/context.h"
#include "core/run/counters.h"
#include "core/run/dispatch.h"
#include "core/run/field_list.h"
#include "core/run/host_api.h"
#include "core/run/module_list.h"
#include "core/run/netns_view.h"
#include "core/run/plan.h"
#include "core/services/cgroups.h"
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

/* The sections the planned sources fill, as `ctx` shows them, for
 * checking query fields. */
static size_t planned_sections(const struct plan *plan, struct netstat_ctx *ctx,
			       const struct netstat_section **out, size_t max)
{
	size_t n = 0;
	for (size_t i = 0; i < plan->n_steps; i++) {
		const struct netstat_section *s =
			ctx_section_shown(ctx, plan->steps[i].src->section);
		size_t k = 0;
		while (k < n && out[k] != s)
			k++;
		if (k == n && n < max)
			out[n++] = s;
	}
	return n;
}

/* The --group-by a format that renders connections only as aggregates
 * asks for (ABI 2.2), with the keys no planned section has left out;
 * NULL when it asks for none or the user chose a grouping. */
static const char *
format_group_by(const struct cli_args *args, const struct netstat_request *req,
		const struct loaded_module *format,
		const struct netstat_section *const *sections, size_t n,
		char *buf, size_t size)
{
	const struct netstat_format *f = format->module->format;
	if (args->group_by || args->count ||
	    req->report != NETSTAT_REPORT_CONNECTIONS ||
	    f->size < offsetof(struct netstat_format, group_by) +
			      sizeof f->group_by ||
	    !f->group_by)
		return NULL;
	const char *keys = f->group_by(format->state, req);
	if (!keys || query_known_keys(keys, sections, n, buf, size) == 0)
		return NULL;
	return buf;
}

/* --filter, --sort...: compiled, then checked against `sections`, those
 * the report can emit. NULL with *status set on a usage error. */
static struct query *query_for(const struct cli_args *args,
			       const char *group_by,
			       const struct netstat_section *const *sections,
			       size_t n, int *status)
{
	struct query_spec spec = {.filter = args->filter,
				  .sort = args->sort,
				  .group_by = group_by,
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
				const struct netstat_request *req,
				const struct loaded_module *format,
				const struct plan *plan,
				struct netstat_ctx *ctx, int *status)
{
	const struct netstat_section *sections[128];
	size_t n = planned_sections(plan, ctx, sections, 128);
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
	char keys[512];
	const char *group_by = format_group_by(args, req, format, sections, n,
					       keys, sizeof keys);
	return query_for(args, group_by ? group_by : args->group_by, sections,
			 n, status);
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

/* A report the host makes itself (--list-modules, --fields). */
struct host_made {
	unsigned report;		       /* enum netstat_report */
	const struct netstat_section *section; /* what its queries name */
	bool families; /* it needs every enabled family started */
	/* Writes the report through ctx; 0 or an exit status. */
	int (*write)(struct netstat_ctx *ctx, const struct registry *reg);
};

/* Loads the format (and the families it needs), then writes the report
 * through the selected format and the query options. */
static int host_made_report(const struct cli_args *args,
			    const struct host_made *hm)
{
	const struct netstat_request req = {.report = hm->report,
					    .families = ""};
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
	struct netstat_ctx ctx;
	int loaded = hm->families
			     ? registry_load_every_family(&reg, &config, format)
			     : registry_load_format(&reg, &config, format);
	if (loaded < 0) {
		status = NETSTAT_EXIT_UNAVAILABLE;
	} else if (ctx_init(&ctx, host_api_table(), &req, reg.format.module,
			    reg.format.state, STDOUT_FILENO) < 0) {
		fputs("out of virtual memory\n", stderr);
		status = NETSTAT_EXIT_NOMEM;
	} else {
		ctx.query = query_for(args, args->group_by, &hm->section, 1,
				      &status);
		ctx.output_path = args->output;
		if (status == 0)
			status = ctx_output_open(&ctx);
		if (status == 0) {
			status = hm->write(&ctx, &reg);
			ctx_flush(&ctx);
			int committed = ctx_output_commit(&ctx);
			if (status == 0)
				status = committed;
			int output = ctx_output_status(&ctx);
			if (status == 0)
				status = output;
		}
		query_free(ctx.query);
		ctx_free(&ctx);
	}
	registry_free(&reg);
	loader_exit();
	return status;
}

/* --list-modules: every configured module opened, checked and started
 * as a run would. */
static int write_module_list(struct netstat_ctx *ctx,
			     const struct registry *reg)
{
	struct registry_entry *entries = NULL;
	size_t n = 0;
	if (registry_describe(reg, &config, &entries, &n) < 0) {
		fputs("out of virtual memory\n", stderr);
		return NETSTAT_EXIT_NOMEM;
	}
	struct module_list_info info = {.config = config_path(),
					.dirs = (const char *const *)reg->dirs,
					.n_dirs = reg->n_dirs};
	module_list_write(ctx, &info, entries, n);
	registry_entries_free(entries, n);
	return 0;
}

/* --fields: the fields of every enabled family's sections. */
static int write_field_list(struct netstat_ctx *ctx, const struct registry *reg)
{
	field_list_write(ctx, reg->planned, reg->n_families);
	return 0;
}

/* --netns, --all-netns: the namespaces to visit, checked before anything
 * loads. 0, or the exit status after the message. */
static int netns_setup(const struct cli_args *args, struct dispatch_netns *ns)
{
	if (!args->netns && !args->all_netns)
		return 0;
	if (args->netns && args->all_netns) {
		fputs("netstat: --netns and --all-netns exclude each other\n",
		      stderr);
		return NETSTAT_EXIT_USAGE;
	}
	const char *opt = args->netns ? "--netns" : "--all-netns";
	if (!lines_root_is_live()) {
		fprintf(stderr,
			"netstat: %s: needs the running kernel's /proc, not "
			"the proc root %s\n",
			opt, lines_root());
		return NETSTAT_EXIT_USAGE;
	}
	int rc = netns_home_open();
	if (rc < 0) {
		fprintf(stderr,
			"netstat: %s: cannot open /proc/self/ns/net: %s\n", opt,
			netstat_strerror(rc));
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	if (args->all_netns) {
		ns->mode = NETNS_MODE_ALL;
		return 0;
	}
	char err[1024];
	rc = netns_resolve(args->netns, &ns->one, err, sizeof err);
	if (rc == 0) {
		rc = netns_enter(&ns->one);
		if (rc < 0)
			snprintf(err, sizeof err, "cannot enter %s: %s",
				 ns->one.path, netstat_strerror(rc));
		netns_leave();
	}
	if (rc < 0) {
		fprintf(stderr, "netstat: --netns: %s\n", err);
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	ns->mode = NETNS_MODE_ONE;
	return 0;
}

/* What restarting the families in a namespace needs. */
struct restart_target {
	struct registry *reg;
	struct plan *plan;
	const struct netstat_request *req;
};

/* dispatch_netns.restart: fresh module states, and the plan over them. */
static int restart_families(void *arg, char *err, size_t err_size)
{
	struct restart_target *t = arg;
	int rc = registry_restart_families(t->reg, err, err_size);
	if (rc == 0)
		plan_make(t->plan, t->req, t->reg->planned, t->reg->n_families);
	return rc;
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
	static struct registry reg;
	static struct plan plan;
	static struct dispatch_netns netns;
	static struct netns_view labels;
	struct restart_target target = {&reg, &plan, req};
	struct netstat_ctx ctx;
	status = netns_setup(args, &netns);
	if (status != 0) {
		loader_exit();
		return status;
	}
	if (registry_load(&reg, &config, req, format) < 0) {
		status = NETSTAT_EXIT_UNAVAILABLE;
	} else if (ctx_init(&ctx, host_api_table(), req, reg.format.module,
			    reg.format.state, STDOUT_FILENO) < 0) {
		fputs("out of virtual memory\n", stderr);
		status = NETSTAT_EXIT_NOMEM;
	} else {
		plan_make(&plan, req, reg.planned, reg.n_families);
		if (netns.mode != NETNS_MODE_NONE) {
			ctx.netns_view = &labels;
			netns.restart = restart_families;
			netns.arg = &target;
		}
		status = plan_watch(&plan, &ctx, args, req);
		if (status == 0)
			ctx.query = make_query(args, req, &reg.format, &plan,
					       &ctx, &status);
		ctx.output_path = args->output;
		if (status == 0) {
			status = dispatch_report(&ctx, &plan, &netns);
			/* Warned about each; the rest printed. */
			if (status == 0 && netns.skipped)
				status = NETSTAT_EXIT_UNAVAILABLE;
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
	netns_view_free(&labels);
	netns_list_free(&netns.found);
	netns_home_close();
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
		struct host_made hm = {NETSTAT_REPORT_MODULES,
				       module_list_section(), false,
				       write_module_list};
		status = ensure_config() != 0 ? NETSTAT_EXIT_UNAVAILABLE
					      : host_made_report(&args, &hm);
	} else if (args.fields) {
		struct host_made hm = {NETSTAT_REPORT_FIELDS,
				       field_list_section(), true,
				       write_field_list};
		status = ensure_config() != 0 ? NETSTAT_EXIT_UNAVAILABLE
					      : host_made_report(&args, &hm);
	} else if (cli_build_request(&args, &req, &status) != CLI_EXIT) {
		char why[PATH_MAX + 64];
		if (ensure_config() != 0) {
			status = NETSTAT_EXIT_UNAVAILABLE;
		} else if (args.proc_root &&
			   lines_check_root(args.proc_root, why, sizeof why)) {
			/* An empty table from a mistyped path would look
			 * like a quiet host. */
			fprintf(stderr, "netstat: --proc-root: %s\n", why);
			status = NETSTAT_EXIT_UNAVAILABLE;
		} else {
			lines_set_root(args.proc_root ? args.proc_root
						      : "/proc");
			status = run(&args, &req);
			programs_free();
			names_free();
			cgroups_free();
		}
	}
	config_free(&config);
	for (unsigned i = 0; i < args.n_extra; i++)
		free((char *)args.extra_keywords[i]);
	fflush(stdout);
	return status;
}
