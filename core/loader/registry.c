/* Choosing, loading and starting the modules of one run; see registry.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/config/module_options.h"
#include "core/loader/module_index.h"
#include "core/loader/registry.h"
#include "core/privilege.h"
#include "core/run/host_api.h"

static void add_dir(struct registry *reg, const char *dir)
{
	if (reg->n_dirs < REGISTRY_MAX_MODULES && dir[0] == '/')
		reg->dirs[reg->n_dirs++] = strdup(dir);
}

static void build_search_path(struct registry *reg, const struct config *cfg)
{
	const char *env = privilege_getenv("NETSTAT_PLUGIN_PATH");
	if (env) {
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

/* The module index of each search directory, read on first use. */
struct indexes {
	struct module_index of[REGISTRY_MAX_MODULES];
	bool read[REGISTRY_MAX_MODULES];
};

static const struct module_index *
index_of(struct indexes *ix, const struct registry *reg, size_t dir)
{
	if (!ix->read[dir]) {
		module_index_read(&ix->of[dir], reg->dirs[dir]);
		ix->read[dir] = true;
	}
	return &ix->of[dir];
}

static struct loader_options options_of(const struct registry *reg,
					const struct config *cfg)
{
	struct loader_options o = {
		.dirs = (const char *const *)reg->dirs,
		.n_dirs = reg->n_dirs,
		.allow_writable = cfg->allow_writable_modules,
	};
	return o;
}

/* Loads `m` (not started yet). A failure of a module that is not
 * required is a warning: returns 1 then. */
static int load(const struct registry *reg, const struct config *cfg,
		const struct config_module *m, int kind,
		struct loaded_module *out)
{
	struct loader_options opts = options_of(reg, cfg);
	char err[2048];
	int rc = loader_load(&opts, m->name, kind, out, err, sizeof err);
	if (rc < 0) {
		fprintf(stderr, "netstat: %s%s\n",
			m->required ? "" : "warning: ", err);
		return m->required ? rc : 1;
	}
	return 0;
}

/* Runs init() with the module's options. Options are the user's own
 * settings: a bad one is fatal even for a module that is not required. */
static int start(const struct config_module *m, int kind,
		 struct loaded_module *lm)
{
	const struct netstat_module *mod = lm->module;
	struct netstat_option_value values[MODULE_OPTIONS_MAX];
	char err[2048];
	int rc = module_options_resolve(mod, m, values, err, sizeof err);
	if (rc < 0) {
		fprintf(stderr, "netstat: %s\n", err);
		loader_unload(lm);
		return rc;
	}
	int (*init)(const struct netstat_host_api *,
		    const struct netstat_option_value *, void **) =
		kind == NETSTAT_MODULE_FAMILY ? mod->family->init
					      : mod->format->init;
	rc = init ? init(host_api_table(), values, &lm->state) : 0;
	if (rc < 0) {
		fprintf(stderr,
			"netstat: %smodule `%s' (%s) failed to start: %s\n",
			m->required ? "" : "warning: ", m->name, lm->path,
			netstat_strerror(rc));
		loader_unload(lm);
		return m->required ? rc : 1;
	}
	lm->started = true;
	return 0;
}

/* An option key in the config that a module not opened in this run does
 * not declare (its index entry says which it has). */
static int check_unloaded_options(const struct config_module *m,
				  const struct module_provides *p)
{
	for (size_t i = 0; i < m->n_options; i++)
		if (!module_provides_option(p, m->options[i].key)) {
			fprintf(stderr,
				"netstat: %s: module `%s' has no option `%s' "
				"(it has: %s)\n",
				m->options[i].origin, m->name,
				m->options[i].key,
				p->options[0] ? p->options : "none");
			return NETSTAT_ERR_CONFIG;
		}
	return 0;
}

/*
 * Decides whether family `m` takes part in the request (any enabled
 * family does when `req` is NULL), from the index when it has a fresh
 * entry for the module's file, else by opening it.
 * Returns 1 and leaves the module loaded in *lm when it does, 0 when it
 * does not, 2 on a warning (skipped), negative on a fatal error.
 */
static int choose_family(const struct registry *reg, const struct config *cfg,
			 struct indexes *ix, const struct config_module *m,
			 const struct netstat_request *req,
			 struct loaded_module *lm)
{
	struct loader_options opts = options_of(reg, cfg);
	struct module_location where;
	bool builtin = loader_is_builtin(m->name);
	bool found = !builtin && loader_find(&opts, m->name, &where);
	if (!builtin && !found && m->missing_ok)
		return 0; /* not installed, and the config says that is fine */
	if (found && req) {
		const struct module_provides *p =
			module_index_fresh(index_of(ix, reg, where.dir),
					   m->name, where.file, &where.st);
		if (p) {
			int rc = check_unloaded_options(m, p);
			if (rc < 0)
				return rc;
			if (!module_provides_wanted(p, req))
				return 0;
		}
	}
	int rc = load(reg, cfg, m, NETSTAT_MODULE_FAMILY, lm);
	if (rc != 0)
		return rc < 0 ? rc : 2;
	struct module_provides p;
	module_provides_of(lm->module, NULL, NULL, &p);
	if (!req || module_provides_wanted(&p, req))
		return 1;
	/* Opened to learn it: its options are checked all the same. */
	struct netstat_option_value values[MODULE_OPTIONS_MAX];
	char err[2048];
	rc = module_options_resolve(lm->module, m, values, err, sizeof err);
	loader_unload(lm);
	if (rc < 0) {
		fprintf(stderr, "netstat: %s\n", err);
		return rc;
	}
	return 0;
}

static int load_format(struct registry *reg, const struct config *cfg,
		       const char *format_name)
{
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
	int rc = load(reg, cfg, &required_format, NETSTAT_MODULE_FORMAT,
		      &reg->format);
	if (rc == 0)
		rc = start(&required_format, NETSTAT_MODULE_FORMAT,
			   &reg->format);
	return rc == 0 ? 0 : rc < 0 ? rc : NETSTAT_ERR_LOAD;
}

int registry_load_format(struct registry *reg, const struct config *cfg,
			 const char *format_name)
{
	memset(reg, 0, sizeof *reg);
	build_search_path(reg, cfg);
	return load_format(reg, cfg, format_name);
}

int registry_load(struct registry *reg, const struct config *cfg,
		  const struct netstat_request *req, const char *format_name)
{
	int rc = registry_load_format(reg, cfg, format_name);
	if (rc < 0)
		return rc;

	struct indexes *ix = calloc(1, sizeof *ix);
	if (!ix)
		return NETSTAT_ERR_NOMEM;
	for (size_t i = 0; rc >= 0 && i < cfg->n_modules; i++) {
		const struct config_module *m = &cfg->modules[i];
		if (!m->enabled || m->kind != CONFIG_FAMILY ||
		    reg->n_families >= REGISTRY_MAX_MODULES)
			continue;
		struct loaded_module *lm = &reg->families[reg->n_families];
		rc = choose_family(reg, cfg, ix, m, req, lm);
		if (rc != 1)
			continue;
		rc = start(m, NETSTAT_MODULE_FAMILY, lm);
		if (rc != 0)
			continue;
		reg->planned[reg->n_families] =
			(struct plan_module){lm->module->family, lm->state};
		reg->configs[reg->n_families] = m;
		reg->n_families++;
	}
	for (size_t d = 0; d < reg->n_dirs; d++)
		module_index_free(&ix->of[d]);
	free(ix);
	return rc < 0 ? rc : 0;
}

int registry_load_every_family(struct registry *reg, const struct config *cfg,
			       const char *format_name)
{
	return registry_load(reg, cfg, NULL, format_name);
}

static void stop(struct loaded_module *lm, int kind)
{
	if (lm->started && lm->module) {
		void (*fini)(void *) = kind == NETSTAT_MODULE_FAMILY
					       ? lm->module->family->fini
					       : lm->module->format->fini;
		if (fini)
			fini(lm->state);
	}
	loader_unload(lm);
}

int registry_restart_families(struct registry *reg, char *err, size_t err_size)
{
	for (size_t i = 0; i < reg->n_families; i++) {
		struct loaded_module *lm = &reg->families[i];
		const struct netstat_family *f = lm->module->family;
		if (lm->started && f->fini)
			f->fini(lm->state);
		lm->started = false;
		lm->state = NULL;
		reg->planned[i].state = NULL;
		struct netstat_option_value values[MODULE_OPTIONS_MAX];
		int rc = module_options_resolve(lm->module, reg->configs[i],
						values, err, err_size);
		if (rc == 0 && f->init)
			rc = f->init(host_api_table(), values, &lm->state);
		if (rc < 0) {
			snprintf(err, err_size,
				 "module `%s' failed to start: %s",
				 lm->module->name, netstat_strerror(rc));
			return rc;
		}
		lm->started = true;
		reg->planned[i].state = lm->state;
	}
	return 0;
}

void registry_free(struct registry *reg)
{
	for (size_t i = 0; i < reg->n_families; i++)
		stop(&reg->families[i], NETSTAT_MODULE_FAMILY);
	stop(&reg->format, NETSTAT_MODULE_FORMAT);
	for (size_t i = 0; i < reg->n_dirs; i++)
		free(reg->dirs[i]);
	memset(reg, 0, sizeof *reg);
}

/* --- --list-modules --- */

/* Where module `name` is, as text (allocated); NULL when nowhere. */
static char *location_of(const struct registry *reg,
			 const struct loader_options *opts, const char *name)
{
	if (loader_is_builtin(name))
		return strdup(LOADER_BUILTIN_PATH);
	struct module_location where;
	if (!loader_find(opts, name, &where))
		return NULL;
	char *path;
	if (asprintf(&path, "%s/%s", reg->dirs[where.dir], where.file) < 0)
		return NULL;
	return path;
}

/* Opens, checks and starts one module the way a run would, then stops
 * and unloads it; says how that went in `e`. */
static void describe_one(const struct registry *reg, const struct config *cfg,
			 const struct config_module *m,
			 struct registry_entry *e)
{
	struct loader_options opts = options_of(reg, cfg);
	e->file = location_of(reg, &opts, m->name);
	if (!m->enabled) {
		e->state = REGISTRY_DISABLED;
		return;
	}
	int kind = m->kind == CONFIG_FORMAT ? NETSTAT_MODULE_FORMAT
					    : NETSTAT_MODULE_FAMILY;
	struct loaded_module lm;
	char err[2048];
	int rc = loader_load(&opts, m->name, kind, &lm, err, sizeof err);
	e->abi_known = lm.abi_known;
	e->abi_major = lm.abi_major;
	e->abi_minor = lm.abi_minor;
	if (rc == NETSTAT_ERR_NOTFOUND && m->missing_ok) {
		e->state = REGISTRY_MISSING;
		e->reason = strdup("not installed (missing_ok)");
		return;
	}
	if (rc < 0) {
		e->state = REGISTRY_FAILED;
		e->reason = strdup(err);
		return;
	}
	const struct netstat_module *mod = lm.module;
	e->opened = true;
	e->description = mod->description ? strdup(mod->description) : NULL;
	struct module_provides p;
	module_provides_of(mod, NULL, NULL, &p);
	e->reports = p.reports;
	struct netstat_option_value values[MODULE_OPTIONS_MAX];
	rc = module_options_resolve(mod, m, values, err, sizeof err);
	if (rc < 0) {
		e->state = REGISTRY_FAILED;
		e->reason = strdup(err);
		loader_unload(&lm);
		return;
	}
	int (*init)(const struct netstat_host_api *,
		    const struct netstat_option_value *, void **) =
		kind == NETSTAT_MODULE_FAMILY ? mod->family->init
					      : mod->format->init;
	void (*fini)(void *) = kind == NETSTAT_MODULE_FAMILY
				       ? mod->family->fini
				       : mod->format->fini;
	void *state = NULL;
	rc = init ? init(host_api_table(), values, &state) : 0;
	if (rc < 0) {
		e->state = REGISTRY_FAILED;
		if (asprintf(&e->reason, "failed to start: %s",
			     netstat_strerror(rc)) < 0)
			e->reason = NULL;
	} else {
		e->state = REGISTRY_LOADED;
		if (fini)
			fini(state);
	}
	loader_unload(&lm);
}

int registry_describe(const struct registry *reg, const struct config *cfg,
		      struct registry_entry **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!cfg->n_modules)
		return 0;
	struct registry_entry *e = calloc(cfg->n_modules, sizeof *e);
	if (!e)
		return NETSTAT_ERR_NOMEM;
	for (size_t i = 0; i < cfg->n_modules; i++) {
		e[i].config = &cfg->modules[i];
		describe_one(reg, cfg, &cfg->modules[i], &e[i]);
	}
	*out = e;
	*n = cfg->n_modules;
	return 0;
}

void registry_entries_free(struct registry_entry *entries, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(entries[i].file);
		free(entries[i].description);
		free(entries[i].reason);
	}
	free(entries);
}
