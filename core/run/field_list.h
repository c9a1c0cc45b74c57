/* --fields: the host's own report of every field the loaded families'
 * sections carry, per report, from their column tables alone (so an
 * out-of-tree module's fields are listed like any other). */
#ifndef CORE_FIELD_LIST_H
#define CORE_FIELD_LIST_H

#include <stddef.h>

#include "core/run/context.h"
#include "core/run/plan.h"

/* The report's section, for checking --filter and friends. */
const struct netstat_section *field_list_section(void);

/*
 * Writes the report through ctx (its format, its query) as one pass: a
 * row per column of each section the sources of `mods` fill, by report
 * (connections, routes, interfaces, statistics, masquerade), then section
 * order; a section several modules define (by key) once.
 */
void field_list_write(struct netstat_ctx *ctx, const struct plan_module *mods,
		      size_t n_mods);

#endif
