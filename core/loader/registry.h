/* The set of modules one run needs: chosen from the config, loaded, set
 * up, and their sources collected. */
#ifndef CORE_REGISTRY_H
#define CORE_REGISTRY_H

#include <stdbool.h>
#include <stddef.h>

#include <netstat/netstat.h>

#include "core/config/config.h"
#include "core/loader/loader.h"

#define REGISTRY_MAX_MODULES 64
#define REGISTRY_MAX_SOURCES 512

struct registry {
	struct loaded_module families[REGISTRY_MAX_MODULES];
	size_t n_families;
	struct loaded_module format;
	const struct netstat_source *sources[REGISTRY_MAX_SOURCES];
	size_t n_sources;
	char *dirs[REGISTRY_MAX_MODULES]; /* search path, owned */
	size_t n_dirs;
};

/*
 * Builds the search path (NETSTAT_PLUGIN_PATH unless set-uid, the config's
 * plugin_dirs, the built-in directory), loads the format `format_name` and
 * every enabled family the request may need, initialises them and collects
 * their sources for the request, sorted. A required module that fails is
 * fatal (message on stderr, negative return); any other failure is a
 * warning and the rest goes on.
 */
int registry_load(struct registry *reg, const struct config *cfg,
		  const struct netstat_request *req, const char *format_name);
void registry_free(struct registry *reg);

#endif
