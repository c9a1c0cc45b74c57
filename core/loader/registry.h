/* The set of modules one run needs: chosen from the config and the
 * modules' own declarations, loaded and started with their options. */
#ifndef CORE_REGISTRY_H
#define CORE_REGISTRY_H

#include <stdbool.h>
#include <stddef.h>

#include <netstat/netstat.h>

#include "core/config/config.h"
#include "core/loader/loader.h"
#include "core/run/plan.h"

#define REGISTRY_MAX_MODULES 64

struct registry {
	struct loaded_module families[REGISTRY_MAX_MODULES];
	size_t n_families;
	struct loaded_module format;
	/* The started families, as the planner takes them. */
	struct plan_module planned[REGISTRY_MAX_MODULES];
	/* Each started family's config entry (for restarting it). */
	const struct config_module *configs[REGISTRY_MAX_MODULES];
	char *dirs[REGISTRY_MAX_MODULES]; /* search path, owned */
	size_t n_dirs;
};

/*
 * Builds the search path (NETSTAT_PLUGIN_PATH unless set-uid, the config's
 * plugin_dirs, the built-in directory), loads and starts the format
 * `format_name` and every enabled family that provides something the
 * request needs (known from the directories' module index, or by opening
 * the module), each with its options. A required module that fails, or
 * an option the module does not declare, is fatal (message on stderr,
 * negative return); any other module failure is a warning and the rest
 * goes on.
 */
int registry_load(struct registry *reg, const struct config *cfg,
		  const struct netstat_request *req, const char *format_name);
void registry_free(struct registry *reg);

/*
 * Stops and starts again every started family (fini(), then init() with
 * the same options), updating `planned`: a module's state then belongs to
 * the network namespace the thread is in (the sockets it caches, say).
 * 0, or a negative error with the message in err (the module named).
 */
int registry_restart_families(struct registry *reg, char *err, size_t err_size);

/* registry_load's first half: the search path and the format alone (for
 * reports the host makes itself, such as --list-modules). */
int registry_load_format(struct registry *reg, const struct config *cfg,
			 const char *format_name);

/* registry_load for every enabled family, whatever it provides (for
 * reports about the modules themselves, such as --fields): the same as
 * registry_load with a NULL request. */
int registry_load_every_family(struct registry *reg, const struct config *cfg,
			       const char *format_name);

/* --list-modules: what became of each configured module. */
enum registry_state {
	REGISTRY_LOADED,   /* opened, checked and started cleanly */
	REGISTRY_DISABLED, /* enabled: false; not opened */
	REGISTRY_MISSING,  /* in no module directory, and missing_ok */
	REGISTRY_FAILED,   /* a run would warn (or stop): see reason */
};

struct registry_entry {
	const struct config_module *config;
	enum registry_state state;
	/* From the file's descriptor, also when it was refused. */
	bool abi_known;
	unsigned abi_major, abi_minor;
	char *file;	   /* where it is, LOADER_BUILTIN_PATH, NULL: nowhere */
	bool opened;	   /* its descriptor was read and accepted */
	char *description; /* NULL when it was not opened */
	unsigned reports;  /* bit per enum netstat_report its sources fill */
	char *reason;	   /* why it failed (or is missing); NULL */
};

/*
 * Opens, checks, starts and stops every configured module in config
 * order, as a run would but printing nothing (disabled ones are only
 * located), with the search path of `reg` (registry_load_format). The
 * entries point into `cfg`. 0 or NETSTAT_ERR_NOMEM.
 */
int registry_describe(const struct registry *reg, const struct config *cfg,
		      struct registry_entry **entries, size_t *n);
void registry_entries_free(struct registry_entry *entries, size_t n);

#endif
