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

/* The host API table (what netstat_ctx_host() of a mock context gives). */
const struct netstat_host_api *mock_host_api(void);

/* A context reading files below `proc_root` and rendering with `format`
 * (NULL: the classic format). `req` must outlive the context. */
struct netstat_ctx *mock_ctx_new(const char *proc_root,
				 const struct netstat_request *req,
				 const struct netstat_module *format);
void mock_ctx_free(struct netstat_ctx *ctx);

/* Serves `len` bytes at `data` (not copied: they must outlive the
 * context) as file `path` below the proc root, before any file on disk.
 * A context made with proc_root "" reads in-memory files only, so a
 * harness writes nothing per input. */
void mock_add_file(struct netstat_ctx *ctx, const char *path, const char *data,
		   size_t len);

/* Runs every source of `family` for report `req->report` in section and
 * source order, as the real host would for the request: init() with the
 * module's default options (and those set with mock_set_option()), the
 * sources with the state init() stored, fini(). Returns the run's exit
 * status. */
int mock_run_family(struct netstat_ctx *ctx,
		    const struct netstat_module *family);
/* The same over several modules whose sources share sections (inet and
 * inet6). */
int mock_run_modules(struct netstat_ctx *ctx,
		     const struct netstat_module *const *modules, size_t n);
/* Runs one source of module `m` (init, the source, fini). */
int mock_run_source(struct netstat_ctx *ctx, const struct netstat_module *m,
		    const struct netstat_source *src);

/* Sets option `key` for the modules run after it that declare it, as the
 * config's `options:` map would (the value is parsed by the host's rules;
 * a bad value makes the run fail with status 255). */
void mock_set_option(struct netstat_ctx *ctx, const char *key,
		     const char *value);
/* Records are rendered and counted but not copied: mock_record_at() and
 * mock_value() find none (the fuzz harnesses need only the output). */
void mock_count_records_only(struct netstat_ctx *ctx);
/* What host->proc_is_live() answers (false unless set). */
void mock_set_proc_live(struct netstat_ctx *ctx, bool live);
/* The pass number netstat_ctx_iteration() reports (0 unless set). */
void mock_set_iteration(struct netstat_ctx *ctx, int iteration);

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
