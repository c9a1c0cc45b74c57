/* --list-modules: the host's own report of the configured modules. */
#ifndef CORE_MODULE_LIST_H
#define CORE_MODULE_LIST_H

#include <stddef.h>

#include "core/loader/registry.h"
#include "core/run/context.h"

/* What the report says besides the modules. */
struct module_list_info {
	const char *config;	 /* the main config file read */
	const char *const *dirs; /* the module search path */
	size_t n_dirs;
};

/* The two sections of the report, for checking --filter and friends. */
const struct netstat_section *module_list_section(void);
const struct netstat_section *module_list_program_section(void);

/*
 * Writes the report through ctx (its format, its query) as one pass:
 * the `program` section (this netstat's name, version, ABI, home,
 * config and module directories), then the `modules` section, one row
 * per entry in config order.
 */
void module_list_write(struct netstat_ctx *ctx,
		       const struct module_list_info *info,
		       const struct registry_entry *entries, size_t n);

#endif
