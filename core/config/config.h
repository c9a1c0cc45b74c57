/* The YAML configuration: which modules exist, where, and the defaults. */
#ifndef CORE_CONFIG_H
#define CORE_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

enum config_module_kind {
	CONFIG_FAMILY = 1,
	CONFIG_FORMAT = 2,
};

/* One entry of a module's `options:` map, as written. */
struct config_option {
	char *key;
	char *value;
	char *origin;	    /* "file:line:column" of the key */
	char *value_origin; /* "file:line:column" of the value */
};

/* A module entry. What a module provides (reports, selectors, defaults)
 * is not here: the module declares it (loader/module_index.h). */
struct config_module {
	char *name;
	int kind; /* enum config_module_kind */
	bool enabled;
	bool required; /* missing or broken: fatal, not a warning */
	/* Not installed (in no module directory): left out silently. For
	 * drop-ins a package ships as conffiles, which outlive it. */
	bool missing_ok;
	struct config_option *options; /* validated when the module loads */
	size_t n_options;
	char *origin; /* "file:line" of its declaration */
};

struct config {
	char *format;	    /* default output format */
	char **plugin_dirs; /* searched before the built-in directory */
	size_t n_plugin_dirs;
	bool allow_writable_modules;
	struct config_module *modules;
	size_t n_modules;
};

/*
 * Reads `path` and then every conf.d/NAME.yaml beside it, in name order.
 * On error writes "FILE:LINE:COLUMN: problem" to `err` and returns a
 * negative NETSTAT_ERR_*; `cfg` is then partly filled (free it anyway).
 */
int config_load(struct config *cfg, const char *path, char *err,
		size_t err_size);
/* Reads one YAML text (for tests): same rules, `name` used in messages. */
int config_load_string(struct config *cfg, const char *text, size_t len,
		       const char *name, char *err, size_t err_size);
void config_free(struct config *cfg);

/* The module entry named `name` of `kind`, or NULL. */
const struct config_module *config_find(const struct config *cfg,
					const char *name, int kind);

#endif
