/* See field_list.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <netstat/netstat.h>

#include "core/run/field_list.h"
#include "core/run/host_report.h"

enum {
	F_REPORT,
	F_SECTION,
	F_FIELD,
	F_TYPE,
	F_UNIT,
	F_MEASURE,
	F_SHOWN,
	F_VIEWS,
	F_TITLE,
	F_COLUMNS
};

static const struct netstat_column field_columns[F_COLUMNS] = {
	[F_REPORT] = {.key = "report",
		      .title = "Report",
		      .type = NETSTAT_T_STRING},
	[F_SECTION] = HOST_REPORT_TEXT_COLUMN("section", "Section"),
	[F_FIELD] = HOST_REPORT_TEXT_COLUMN("field", "Field"),
	[F_TYPE] = HOST_REPORT_TEXT_COLUMN("type", "Type"),
	[F_UNIT] = HOST_REPORT_TEXT_COLUMN("unit", "Unit"),
	[F_MEASURE] = HOST_REPORT_TEXT_COLUMN("measure", "Measure"),
	[F_SHOWN] = HOST_REPORT_TEXT_COLUMN("shown_with", "Shown with"),
	[F_VIEWS] = HOST_REPORT_TEXT_COLUMN("views", "Views"),
	[F_TITLE] = HOST_REPORT_TEXT_COLUMN("title", "Classic title"),
};

static const struct netstat_section fields_section = {
	.key = "fields",
	.title = "Fields of the loaded modules",
	.order = 0,
	.columns = field_columns,
	.n_columns = F_COLUMNS,
	.classic = {.flags = NETSTAT_CLASSIC_MEASURE},
};

const struct netstat_section *field_list_section(void)
{
	return &fields_section;
}

/* The reports family sources fill, in order: not the host's own. */
static const char *report_name(unsigned r)
{
	return r < NETSTAT_REPORT_MODULES ? netstat_report_name(r) : NULL;
}

static const char *type_name(uint32_t type)
{
	const char *name = netstat_type_name(type);
	return name ? name : "any";
}

static const char *measure_name(uint32_t m)
{
	return m == NETSTAT_MEASURE_GAUGE     ? "gauge"
	       : m == NETSTAT_MEASURE_COUNTER ? "counter"
					      : NULL;
}

/* The options that make a column appear ("" when it always does). */
static const char *shown_with(uint32_t when, char *buf, size_t size)
{
	snprintf(buf, size, "%s%s%s%s%s%s",
		 when & NETSTAT_WHEN_EXTEND2  ? " -ee"
		 : when & NETSTAT_WHEN_EXTEND ? " -e"
					      : "",
		 when & NETSTAT_WHEN_PROGRAMS ? " -p" : "",
		 when & NETSTAT_WHEN_CONTEXT ? " -Z" : "",
		 when & NETSTAT_WHEN_TIMERS ? " -o" : "",
		 when & NETSTAT_WHEN_INFO ? " --info" : "",
		 when & NETSTAT_WHEN_MEMORY ? " --memory" : "");
	/* A condition this list does not know still is one. */
	if (!buf[0])
		snprintf(buf, size, " %s", when ? "some options" : "always");
	return buf + 1;
}

static const char *views_of(uint32_t flags)
{
	if (flags & NETSTAT_COL_STRUCTURED_ONLY)
		return "structured";
	if (flags & NETSTAT_COL_CLASSIC_ONLY)
		return "classic";
	return "classic,structured";
}

static void write_section(struct netstat_ctx *ctx, unsigned report,
			  const struct netstat_section *s)
{
	for (size_t c = 0; c < s->n_columns; c++) {
		const struct netstat_column *col = &s->columns[c];
		char key[32], shown[64];
		if (!col->key || !*col->key)
			snprintf(key, sizeof key, "column_%zu", c);
		struct netstat_value v[F_COLUMNS] = {
			[F_REPORT] = netstat_v_str(report_name(report)),
			[F_SECTION] = netstat_v_str(s->key),
			[F_FIELD] = netstat_v_str(
				col->key && *col->key ? col->key : key),
			[F_TYPE] = netstat_v_str(type_name(col->type)),
			[F_UNIT] = host_report_text(col->unit),
			[F_MEASURE] =
				host_report_text(measure_name(col->measure)),
			[F_SHOWN] = netstat_v_str(
				shown_with(col->when, shown, sizeof shown)),
			[F_VIEWS] = netstat_v_str(views_of(col->flags)),
			[F_TITLE] = host_report_text(col->title),
		};
		struct netstat_record rec = {.section = &fields_section,
					     .values = v,
					     .n_values = F_COLUMNS};
		ctx_emit(ctx, &rec);
	}
}

static int by_order(const void *pa, const void *pb)
{
	const struct netstat_section *a = *(const void *const *)pa;
	const struct netstat_section *b = *(const void *const *)pb;
	return (a->order > b->order) - (a->order < b->order);
}

void field_list_write(struct netstat_ctx *ctx, const struct plan_module *mods,
		      size_t n_mods)
{
	ctx_pass_begin(ctx);
	ctx_section_begin(ctx, &fields_section);
	for (unsigned r = 0; report_name(r); r++) {
		const struct netstat_section *seen[PLAN_MAX_STEPS];
		size_t n = 0;
		for (size_t m = 0; m < n_mods; m++) {
			const struct netstat_family *f = mods[m].family;
			for (size_t i = 0; i < f->n_sources; i++) {
				const struct netstat_source *src =
					&f->sources[i];
				if (src->report != r || !src->section)
					continue;
				size_t k = 0;
				while (k < n &&
				       strcmp(seen[k]->key, src->section->key))
					k++;
				if (k == n && n < PLAN_MAX_STEPS)
					seen[n++] = src->section;
			}
		}
		/* Stable: sections of one order keep their module order. */
		for (size_t i = 1; i < n; i++)
			for (size_t j = i;
			     j > 0 && by_order(&seen[j - 1], &seen[j]) > 0;
			     j--) {
				const struct netstat_section *t = seen[j];
				seen[j] = seen[j - 1];
				seen[j - 1] = t;
			}
		for (size_t i = 0; i < n; i++)
			write_section(ctx, r, seen[i]);
	}
	ctx_pass_end(ctx);
}
