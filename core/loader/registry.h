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

#endif
