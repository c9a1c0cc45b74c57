/*
 * A stub host for plugin and format unit tests: files come from a fixture
 * directory, names from small tables the test fills, and everything emitted
 * is kept (as typed copies and as text rendered by a real format module).
 */
#ifndef MOCK_HOST_H
#define MOCK_HOST_H

#include <netstat/netstat.h>

struct mock_record {
	const struct netstat_section *section;
	struct netstat_value *values; /* deep copies */
	size_t n_values;
};

/* The host API table; pass it to a module's init. */
const struct netstat_host_api *mock_host_api(void);

/* A context reading files below `proc_root` and rendering with `format`
 * (NULL: the classic format). `req` must outlive the context. */
struct netstat_ctx *mock_ctx_new(const char *proc_root,
				 const struct netstat_request *req,
				 const struct netstat_module *format);
void mock_ctx_free(struct netstat_ctx *ctx);

/* Runs every source of `family` for report `req->report` in section and
 * source order, as the real host would for the request; returns the first
 * non-zero status. */
int mock_run_family(struct netstat_ctx *ctx,
		    const struct netstat_module *family);
/* The same over several modules whose sources share sections (inet and
 * inet6). */
int mock_run_modules(struct netstat_ctx *ctx,
		     const struct netstat_module *const *modules, size_t n);
/* Runs one source. */
int mock_run_source(struct netstat_ctx *ctx, const struct netstat_source *src);

/* What was produced. */
size_t mock_record_count(struct netstat_ctx *ctx);
const struct mock_record *mock_record_at(struct netstat_ctx *ctx, size_t i);
/* The value of column `key` in record i, or NULL. */
const struct netstat_value *mock_value(struct netstat_ctx *ctx, size_t i,
				       const char *key);
const char *mock_stdout(struct netstat_ctx *ctx); /* rendered output */
const char *mock_stderr(struct netstat_ctx *ctx); /* messages */

/* Name tables (everything else resolves to numeric text / NULL). */
void mock_add_host(struct netstat_ctx *ctx, const char *numeric,
		   const char *name);
void mock_add_service(struct netstat_ctx *ctx, uint32_t port, const char *table,
		      const char *name);
void mock_add_user(struct netstat_ctx *ctx, uint32_t uid, const char *name);
void mock_add_process(struct netstat_ctx *ctx, uint64_t inode, int32_t pid,
		      const char *name);

/* A request with defaults for `report` (no flags, nothing selected). */
struct netstat_request mock_request(unsigned report);
/* Adds a keyword to req->selected and recomputes nothing else. */
void mock_request_select(struct netstat_request *req, const char *keyword);

#endif
