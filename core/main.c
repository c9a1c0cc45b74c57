/*
 * netstat: parse the command line as net-tools does, read the config, load
 * the modules the request needs, run the report.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

#include "core/cli/cli.h"
#include "core/config/config.h"
#include "core/loader/loader.h"
#include "core/loader/registry.h"
#include "core/privilege.h"
#include "core/run/context.h"
#include "core/run/dispatch.h"
#include "core/run/family_policy.h"
#include "core/services/lines.h"
#include "core/services/names.h"
#include "core/services/programs.h"

/* Exit status for configuration and module errors (net-tools uses 1 for
 * "cannot do what was asked"). */
#define EXIT_SETUP 1

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
	const char *env =
		getauxval(AT_SECURE) == 0 ? getenv("NETSTAT_CONFIG") : NULL;
	return env && *env ? env : NETSTAT_CONFDIR "/netstat.yaml";
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
		config_status = EXIT_SETUP;
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

int main(int argc, char **argv)
{
	struct cli_args args = {0};
	int status = 0;

	/* Set-uid: no caller-chosen config or proc root (privilege.h). */
	if (privilege_check_args(argc, argv) != 0)
		return EXIT_SETUP;
	parsed = &args;
	if (cli_parse(argc, argv, &args, configured_family, &status) ==
	    CLI_EXIT)
		goto out;
	struct netstat_request req;
	if (cli_build_request(&args, &req, &status) == CLI_EXIT)
		goto out;
	if (ensure_config() != 0) {
		status = EXIT_SETUP;
		goto out;
	}
	lines_set_root(args.proc_root ? args.proc_root : "/proc");

	const char *format = args.format     ? args.format
			     : config.format ? config.format
					     : "classic";
	/* A no-op unless built with --enable-static-modules. */
	loader_use_builtin_modules();
	if (loader_init() < 0) {
		fputs("netstat: cannot initialise libltdl\n", stderr);
		status = EXIT_SETUP;
		goto out;
	}
	struct registry reg;
	if (registry_load(&reg, &config, &req, format) < 0) {
		registry_free(&reg);
		loader_exit();
		status = EXIT_SETUP;
		goto out;
	}

	struct netstat_ctx ctx;
	if (ctx_init(&ctx, &req, reg.format.module->format, STDOUT_FILENO) <
	    0) {
		fputs("out of virtual memory\n", stderr);
		status = 2;
	} else {
		/* -r and -s: the -A list decides order and where net-tools
		 * stops (core/run/family_policy.c); a stop ends -c too. */
		struct family_policy policy;
		family_policy_apply(&req, reg.sources, &reg.n_sources, &policy);
		if (policy.status)
			req.flags &= ~(unsigned)NETSTAT_REQ_CONTINUOUS;
		status = dispatch_report(&ctx, reg.sources, reg.n_sources);
		if (status == 0 && policy.status) {
			family_policy_report(&ctx, &policy);
			status = policy.status;
		}
		ctx_flush(&ctx);
		if (ctx.write_errno && status == 0) {
			fprintf(stderr, "netstat: write error: %s\n",
				strerror(ctx.write_errno));
			status = 1;
		}
		ctx_free(&ctx);
	}
	registry_free(&reg);
	loader_exit();
	programs_free();
	names_free();
out:
	config_free(&config);
	for (unsigned i = 0; i < args.n_extra; i++)
		free((char *)args.extra_keywords[i]);
	fflush(stdout);
	return status;
}
