/* Choosing and loading the modules of one run; see registry.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>

#include "core/loader/registry.h"
#include "core/run/dispatch.h"
#include "core/run/host_api.h"

/* Environment overrides are ignored in set-uid/set-gid programs. */
static bool trusted_environment(void)
{
	return getauxval(AT_SECURE) == 0;
}

static void add_dir(struct registry *reg, const char *dir)
{
	if (reg->n_dirs < REGISTRY_MAX_MODULES && dir[0] == '/')
		reg->dirs[reg->n_dirs++] = strdup(dir);
}

static void build_search_path(struct registry *reg, const struct config *cfg)
{
	const char *env =
		trusted_environment() ? getenv("NETSTAT_PLUGIN_PATH") : NULL;
	if (env && *env) {
		char *copy = strdup(env), *save = NULL;
		for (char *d = strtok_r(copy, ":", &save); d;
		     d = strtok_r(NULL, ":", &save))
			add_dir(reg, d); /* relative entries are dropped */
		free(copy);
	}
	for (size_t i = 0; i < cfg->n_plugin_dirs; i++)
		add_dir(reg, cfg->plugin_dirs[i]);
	add_dir(reg, NETSTAT_MODULEDIR);
}

/* May module `m` have sources this request runs? Uses what the config
 * says it provides, so unneeded modules are never opened. */
static bool module_wanted(const struct config_module *m,
			  const struct netstat_request *req)
{
	if (!m->enabled || m->kind != CONFIG_FAMILY)
		return false;
	if (m->reports && !(m->reports & (1u << req->report)))
		return false;
	bool default_listing = req->report == NETSTAT_REPORT_CONNECTIONS
				       ? req->explicit_count == 0
				       : !(req->families && *req->families);
	/* Nothing named: only modules with a part in the default run. */
	if (default_listing)
		return !m->has_defaults || (m->defaults & (1u << req->report));
	if (!m->selectors)
		return true;
	for (size_t i = 0; i < m->n_selectors; i++) {
		const char *sel = m->selectors[i];
		if (netstat_request_selects(req, sel))
			return true;
	}
	return false;
}

static int load_one(struct registry *reg, const struct config *cfg,
		    const struct config_module *m, int kind,
		    struct loaded_module *out)
{
	struct loader_options opts = {
		.dirs = (const char *const *)reg->dirs,
		.n_dirs = reg->n_dirs,
		.allow_writable = cfg->allow_writable_modules,
	};
	char err[2048];
	int rc = loader_load(&opts, m->name, kind, out, err, sizeof err);
	if (rc < 0) {
		fprintf(stderr, "netstat: %s%s\n",
			m->required ? "" : "warning: ", err);
		return m->required ? rc : 1;
	}
	const struct netstat_module *mod = out->module;
	int (*init)(const struct netstat_host_api *) =
		kind == NETSTAT_MODULE_FAMILY ? mod->family->init
					      : mod->format->init;
	rc = init ? init(host_api_table()) : 0;
	if (rc < 0) {
		fprintf(stderr,
			"netstat: %smodule `%s' (%s) failed to start: "
			"%s\n",
			m->required ? "" : "warning: ", m->name, out->path,
			netstat_strerror(rc));
		loader_unload(out);
		return m->required ? rc : 1;
	}
	return 0;
}

int registry_load(struct registry *reg, const struct config *cfg,
		  const struct netstat_request *req, const char *format_name)
{
	memset(reg, 0, sizeof *reg);
	build_search_path(reg, cfg);

	const struct config_module *fm =
		config_find(cfg, format_name, CONFIG_FORMAT);
	if (!fm || !fm->enabled) {
		fprintf(stderr, "netstat: unknown output format `%s'",
			format_name);
		const char *sep = " (configured:";
		for (size_t i = 0; i < cfg->n_modules; i++)
			if (cfg->modules[i].kind == CONFIG_FORMAT &&
			    cfg->modules[i].enabled) {
				fprintf(stderr, "%s %s", sep,
					cfg->modules[i].name);
				sep = ",";
			}
		fprintf(stderr, "%s\n", *sep == ',' ? ")" : "");
		return NETSTAT_ERR_NOTFOUND;
	}
	/* The format is always required: without it nothing can be said. */
	struct config_module required_format = *fm;
	required_format.required = true;
	int rc = load_one(reg, cfg, &required_format, NETSTAT_MODULE_FORMAT,
			  &reg->format);
	if (rc != 0)
		return rc < 0 ? rc : NETSTAT_ERR_LOAD;

	for (size_t i = 0; i < cfg->n_modules; i++) {
		const struct config_module *m = &cfg->modules[i];
		if (!module_wanted(m, req) ||
		    reg->n_families >= REGISTRY_MAX_MODULES)
			continue;
		struct loaded_module *lm = &reg->families[reg->n_families];
		rc = load_one(reg, cfg, m, NETSTAT_MODULE_FAMILY, lm);
		if (rc < 0)
			return rc;
		if (rc > 0)
			continue;
		reg->n_families++;
		const struct netstat_family *f = lm->module->family;
		for (size_t s = 0; s < f->n_sources; s++)
			if (dispatch_source_runs(req, &f->sources[s]) &&
			    reg->n_sources < REGISTRY_MAX_SOURCES)
				reg->sources[reg->n_sources++] = &f->sources[s];
	}
	dispatch_sort(reg->sources, reg->n_sources);
	return 0;
}

void registry_free(struct registry *reg)
{
	for (size_t i = 0; i < reg->n_families; i++) {
		const struct netstat_family *f =
			reg->families[i].module->family;
		if (f->fini)
			f->fini();
		loader_unload(&reg->families[i]);
	}
	if (reg->format.module) {
		if (reg->format.module->format->fini)
			reg->format.module->format->fini();
		loader_unload(&reg->format);
	}
	for (size_t i = 0; i < reg->n_dirs; i++)
		free(reg->dirs[i]);
	memset(reg, 0, sizeof *reg);
}
