/* A module's option values: its declared defaults, the config's `options:`
 * map, then NETSTAT_<KEY> environment overrides (docs/netstat.yaml.5). */
#ifndef CORE_MODULE_OPTIONS_H
#define CORE_MODULE_OPTIONS_H

#include <stddef.h>

#include <netstat/netstat.h>

#include "core/config/config.h"

/* Most options one module may declare. */
#define MODULE_OPTIONS_MAX 32

/* The values of `module`'s options: defaults, then what `entry` (may be
 * NULL) configures, then the environment. `out` holds
 * MODULE_OPTIONS_MAX values. On error writes one line to `err`
 * ("FILE:LINE:COLUMN: ..." for the config) and returns a negative error. */
int module_options_resolve(const struct netstat_module *module,
			   const struct config_module *entry,
			   struct netstat_option_value *out, char *err,
			   size_t err_size);

/* Only the declared defaults (for tests: no config, no environment). */
int module_options_defaults(const struct netstat_module *module,
			    struct netstat_option_value *out, char *err,
			    size_t err_size);

/* Parses `text` as a value of option `opt` into *out; on error writes the
 * reason to `err` and returns a negative error. */
int module_option_parse(const struct netstat_option *opt, const char *text,
			struct netstat_option_value *out, char *err,
			size_t err_size);

/* The index of option `key` of `module`, or -1. */
int module_option_find(const struct netstat_module *module, const char *key);

#endif
