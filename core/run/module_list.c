/*
 * --list-modules: a report the host makes itself. Its rows are typed
 * records in two sections of its own, sent through the run's output path
 * like any family's, so the selected format renders them (the classic
 * one as a table measured from its rows) and --filter, --sort,
 * --columns... apply to them.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <netstat/netstat.h>

#include "core/run/host_report.h"
#include "core/run/module_list.h"

#define STR(x) #x
#define XSTR(x) STR(x)

enum { P_PROGRAM, P_VERSION, P_ABI, P_HOME, P_CONFIG, P_DIRS, P_COLUMNS };

static const struct netstat_column program_columns[P_COLUMNS] = {
	[P_PROGRAM] = {.key = "program",
		       .title = "Program",
		       .type = NETSTAT_T_STRING},
	[P_VERSION] = {.key = "version",
		       .title = "Version",
		       .type = NETSTAT_T_STRING},
	[P_ABI] = {.key = "abi", .title = "ABI", .type = NETSTAT_T_STRING},
	[P_HOME] = {.key = "home", .title = "Home", .type = NETSTAT_T_STRING},
	[P_CONFIG] = {.key = "config",
		      .title = "Config",
		      .type = NETSTAT_T_STRING},
	[P_DIRS] = {.key = "module_dirs",
		    .title = "Module directories",
		    .type = NETSTAT_T_STRING},
};

static void no_title(struct netstat_ctx *ctx, const struct netstat_request *req,
		     struct netstat_text *out)
{
}

/* netstat 0.1.0 (module ABI 2.1), https://...: then the config and the
 * search path, one line each. */
static void program_row(struct netstat_ctx *ctx,
			const struct netstat_request *req,
			const struct netstat_record *rec,
			struct netstat_text *out)
{
	const struct netstat_value *v = rec->values;
	netstat_text_printf(out, "%s %s (module ABI %s), %s\n",
			    v[P_PROGRAM].v.s, v[P_VERSION].v.s, v[P_ABI].v.s,
			    v[P_HOME].v.s);
	netstat_text_printf(out, "Configuration: %s\n", v[P_CONFIG].v.s);
	netstat_text_printf(out, "Module directories: %s\n", v[P_DIRS].v.s);
}

static const struct netstat_section program_section = {
	.key = "program",
	.title = "This netstat",
	.order = 0,
	.columns = program_columns,
	.n_columns = P_COLUMNS,
	.classic = {.flags = NETSTAT_CLASSIC_NO_COLUMN_LINE,
		    .title = no_title,
		    .row = program_row},
};

enum {
	M_KIND,
	M_NAME,
	M_STATE,
	M_ABI,
	M_FILE,
	M_REPORTS,
	M_DESCRIPTION,
	M_DECLARED,
	M_REASON,
	M_COLUMNS
};

static const struct netstat_column module_columns[M_COLUMNS] = {
	[M_KIND] = {.key = "kind", .title = "Kind", .type = NETSTAT_T_STRING},
	[M_NAME] = HOST_REPORT_TEXT_COLUMN("name", "Name"),
	[M_STATE] = HOST_REPORT_TEXT_COLUMN("state", "State"),
	[M_ABI] = HOST_REPORT_TEXT_COLUMN("abi", "ABI"),
	[M_FILE] = HOST_REPORT_TEXT_COLUMN("file", "File"),
	/* Long: in classic only when asked for with --columns. */
	[M_REPORTS] = {.key = "reports",
		       .title = "Reports",
		       .type = NETSTAT_T_STRING,
		       .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[M_DESCRIPTION] = HOST_REPORT_TEXT_COLUMN("description", "Description"),
	[M_DECLARED] = {.key = "declared",
			.title = "Declared",
			.type = NETSTAT_T_STRING,
			.flags = NETSTAT_COL_STRUCTURED_ONLY},
	[M_REASON] = HOST_REPORT_TEXT_COLUMN("reason", "Reason"),
};

static const struct netstat_section modules_section = {
	.key = "modules",
	.title = "Configured modules",
	.order = 1,
	.columns = module_columns,
	.n_columns = M_COLUMNS,
	.classic = {.flags = NETSTAT_CLASSIC_MEASURE},
};

const struct netstat_section *module_list_section(void)
{
	return &modules_section;
}

const struct netstat_section *module_list_program_section(void)
{
	return &program_section;
}

static const char *state_name(enum registry_state s)
{
	switch (s) {
	case REGISTRY_LOADED:
		return "loaded";
	case REGISTRY_DISABLED:
		return "disabled";
	case REGISTRY_MISSING:
		return "missing";
	default:
		return "failed";
	}
}

/* The report names of `bits`, comma-separated, into buf. */
static const char *report_names(unsigned bits, char *buf, size_t size)
{
	size_t used = 0;
	buf[0] = '\0';
	/* The reports family sources fill: not the host's own. */
	for (unsigned r = 0; r < NETSTAT_REPORT_MODULES; r++) {
		if (!(bits & (1u << r)))
			continue;
		int n = snprintf(buf + used, size - used, "%s%s",
				 used ? "," : "", netstat_report_name(r));
		if (n < 0 || (size_t)n >= size - used)
			break;
		used += (size_t)n;
	}
	return buf;
}

static void write_program(struct netstat_ctx *ctx,
			  const struct module_list_info *info)
{
	size_t len = 1;
	for (size_t i = 0; i < info->n_dirs; i++)
		len += strlen(info->dirs[i]) + 1;
	char *dirs = calloc(1, len);
	if (dirs)
		for (size_t i = 0; i < info->n_dirs; i++) {
			if (i)
				strcat(dirs, ":");
			strcat(dirs, info->dirs[i]);
		}
	struct netstat_value v[P_COLUMNS] = {
		[P_PROGRAM] = netstat_v_str(PACKAGE_NAME),
		[P_VERSION] = netstat_v_str(PACKAGE_VERSION),
		[P_ABI] = netstat_v_str(
			XSTR(NETSTAT_ABI_MAJOR) "." XSTR(NETSTAT_ABI_MINOR)),
		[P_HOME] = netstat_v_str(PACKAGE_URL),
		[P_CONFIG] = netstat_v_str(info->config),
		[P_DIRS] = netstat_v_str(dirs ? dirs : ""),
	};
	struct netstat_record rec = {.section = &program_section,
				     .values = v,
				     .n_values = P_COLUMNS};
	ctx_emit(ctx, &rec);
	free(dirs);
}

void module_list_write(struct netstat_ctx *ctx,
		       const struct module_list_info *info,
		       const struct registry_entry *entries, size_t n)
{
	ctx_pass_begin(ctx);
	/* The query options are about the modules: this netstat's own
	 * section always goes out whole. */
	struct query *query = ctx->query;
	ctx->query = NULL;
	write_program(ctx, info);
	ctx->query = query;
	ctx_section_begin(ctx, &modules_section);
	for (size_t i = 0; i < n; i++) {
		const struct registry_entry *e = &entries[i];
		char abi[32], reports[128];
		snprintf(abi, sizeof abi, "%u.%u", e->abi_major, e->abi_minor);
		report_names(e->reports, reports, sizeof reports);
		bool family = e->config->kind == CONFIG_FAMILY;
		struct netstat_value v[M_COLUMNS] = {
			[M_KIND] = netstat_v_str(family ? "family" : "format"),
			[M_NAME] = netstat_v_str(e->config->name),
			[M_STATE] = netstat_v_str(state_name(e->state)),
			[M_ABI] = e->abi_known ? netstat_v_str(abi)
					       : netstat_v_null(),
			[M_FILE] = host_report_text(e->file),
			[M_REPORTS] = family && e->opened
					      ? netstat_v_str(reports)
					      : netstat_v_null(),
			[M_DESCRIPTION] = host_report_text(e->description),
			[M_DECLARED] = host_report_text(e->config->origin),
			[M_REASON] = host_report_text(e->reason),
		};
		struct netstat_record rec = {.section = &modules_section,
					     .values = v,
					     .n_values = M_COLUMNS};
		ctx_emit(ctx, &rec);
	}
	ctx_pass_end(ctx);
}
