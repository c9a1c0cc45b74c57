/* Stub host for unit tests; see mock_host.h. */
#include <arpa/inet.h>
#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/config/module_options.h"
#include "core/run/columns.h"
#include "core/run/plan.h"
#include "core/run/sources.h"
#include "core/services/tables.h"
#include "tests/mock/mock_host.h"

extern const struct netstat_module classic_LTX_netstat_module;

#define MAX_NAMES 64

struct name_entry {
	char key[64];
	char name[128];
	uint64_t num;
	int32_t pid;
};

struct netstat_lines {
	FILE *fp;	      /* a fixture file, or NULL: */
	const char *at, *end; /* what is left of an in-memory file */
	char *line;
	size_t cap;
};

/* In-memory files (mock_add_file), looked up before the disk. */
#define MAX_FILES 8

struct memory_file {
	char path[128];
	const char *data;
	size_t len;
};

#define MAX_OPTIONS 16

struct netstat_ctx {
	struct netstat_ctx_public pub; /* the SDK's view: first */
	char root[512];
	const struct netstat_request *req;
	const struct netstat_format *format;
	void *format_state;
	struct {
		char key[64], value[256];
	} options[MAX_OPTIONS];
	size_t n_options;
	struct memory_file files[MAX_FILES];
	size_t n_files;
	bool proc_live;
	bool records_counted_only; /* mock_count_records_only() */
	size_t n_counted;	   /* records emitted but not kept */
	struct netstat_text out, err;
	struct mock_record *records;
	size_t n_records, cap_records;
	const struct netstat_section *current;
	const struct netstat_section *shown_section; /* of shown[] */
	size_t shown[128], n_shown;
	const struct netstat_section *begun[32];
	size_t n_begun;
	/* Up to MAX_NAMES each, grown by each add: a context stays small,
	 * which the fuzz harnesses make thousands of a second. */
	struct name_entry *hosts, *services, *users, *procs;
	size_t n_hosts, n_services, n_users, n_procs;
	struct netstat_process proc_result;
	/* Process lists handed out, freed with the context. */
	void **lists;
	size_t n_lists;
};

static int text_grow(struct netstat_text *t, size_t need)
{
	size_t cap = t->cap ? t->cap : 1024;
	while (cap - t->len < need + 1)
		cap *= 2;
	char *p = realloc(t->buf, cap);
	if (!p)
		return NETSTAT_ERR_NOMEM;
	t->buf = p;
	t->cap = cap;
	return 0;
}

static const struct memory_file *memory_file(struct netstat_ctx *ctx,
					     const char *path)
{
	for (size_t i = 0; i < ctx->n_files; i++)
		if (strcmp(ctx->files[i].path, path) == 0)
			return &ctx->files[i];
	return NULL;
}

/* True when `path` is a directory above an in-memory file ("net"). */
static bool memory_dir(struct netstat_ctx *ctx, const char *path)
{
	size_t n = strlen(path);
	for (size_t i = 0; i < ctx->n_files; i++)
		if (strncmp(ctx->files[i].path, path, n) == 0 &&
		    ctx->files[i].path[n] == '/')
			return true;
	return false;
}

/* Without a proc root, only in-memory files exist. */
static bool disk_allowed(struct netstat_ctx *ctx)
{
	return ctx->root[0] != '\0';
}

static int m_lines_open(struct netstat_ctx *ctx, const char *path,
			struct netstat_lines **out)
{
	const struct memory_file *mf = memory_file(ctx, path);
	FILE *fp = NULL;
	if (!mf) {
		if (!disk_allowed(ctx))
			return -ENOENT;
		char full[1024];
		snprintf(full, sizeof full, "%s/%s", ctx->root, path);
		fp = fopen(full, "r");
		if (!fp)
			return -errno;
	}
	struct netstat_lines *l = calloc(1, sizeof *l);
	l->fp = fp;
	if (mf) {
		l->at = mf->data;
		l->end = mf->data + mf->len;
	}
	*out = l;
	return 0;
}

/* The next line of an in-memory file, copied as getline() would. */
static ssize_t memory_line(struct netstat_lines *l)
{
	if (!l->at || l->at == l->end)
		return -1;
	const char *nl = memchr(l->at, '\n', (size_t)(l->end - l->at));
	size_t n = nl ? (size_t)(nl - l->at) + 1 : (size_t)(l->end - l->at);
	if (n + 1 > l->cap) {
		size_t cap = l->cap ? l->cap : 256;
		while (cap < n + 1)
			cap *= 2;
		char *p = realloc(l->line, cap);
		if (!p)
			return -1;
		l->line = p;
		l->cap = cap;
	}
	memcpy(l->line, l->at, n);
	l->line[n] = '\0';
	l->at += n;
	return (ssize_t)n;
}

static const char *m_lines_next(struct netstat_lines *l, size_t *len)
{
	ssize_t n = l->fp ? getline(&l->line, &l->cap, l->fp) : memory_line(l);
	if (n < 0)
		return NULL;
	if (n > 0 && l->line[n - 1] == '\n')
		l->line[--n] = '\0';
	for (char *z = l->line;
	     (z = memchr(z, '\0', (size_t)n - (size_t)(z - l->line)));)
		*z++ = ' ';
	if (len)
		*len = (size_t)n;
	return l->line;
}

static void m_lines_close(struct netstat_lines *l)
{
	if (!l)
		return;
	if (l->fp)
		fclose(l->fp);
	free(l->line);
	free(l);
}

static int m_proc_stat(struct netstat_ctx *ctx, const char *path,
		       struct stat *st)
{
	const struct memory_file *mf = memory_file(ctx, path);
	if (mf || memory_dir(ctx, path)) {
		memset(st, 0, sizeof *st);
		st->st_mode = mf ? S_IFREG | 0444 : S_IFDIR | 0555;
		st->st_size = mf ? (off_t)mf->len : 0;
		return 0;
	}
	if (!disk_allowed(ctx))
		return -ENOENT;
	char full[1024];
	snprintf(full, sizeof full, "%s/%s", ctx->root, path);
	return stat(full, st) == 0 ? 0 : -errno;
}

void mock_add_file(struct netstat_ctx *ctx, const char *path, const char *data,
		   size_t len)
{
	if (ctx->n_files == MAX_FILES)
		abort(); /* a test bug: raise MAX_FILES */
	struct memory_file *mf = &ctx->files[ctx->n_files++];
	snprintf(mf->path, sizeof mf->path, "%s", path);
	mf->data = data;
	mf->len = len;
}

static const char *m_proc_display(struct netstat_ctx *ctx, const char *path,
				  char *buf, size_t size)
{
	snprintf(buf, size, "/proc/%s", path);
	return buf;
}

static void begin_section(struct netstat_ctx *ctx,
			  const struct netstat_section *s)
{
	for (size_t i = 0; i < ctx->n_begun; i++)
		if (strcmp(ctx->begun[i]->key, s->key) == 0) {
			ctx->current = s;
			return;
		}
	if (ctx->current && ctx->format->section_end)
		ctx->format->section_end(ctx, ctx->format_state, ctx->req,
					 ctx->current, &ctx->out);
	if (ctx->n_begun < 32)
		ctx->begun[ctx->n_begun++] = s;
	ctx->current = s;
	size_t cols[128];
	size_t n = columns_shown(s, ctx->req, ctx->format->view, cols, 128);
	if (ctx->format->section_begin)
		ctx->format->section_begin(ctx, ctx->format_state, ctx->req, s,
					   cols, n, &ctx->out);
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

static void m_emit(struct netstat_ctx *ctx, const struct netstat_record *rec)
{
	if (!ctx->current || strcmp(ctx->current->key, rec->section->key) != 0)
		begin_section(ctx, rec->section);
	/* The columns shown depend on the section and the request only. */
	if (ctx->shown_section != rec->section) {
		ctx->n_shown =
			columns_shown(rec->section, ctx->req, ctx->format->view,
				      ctx->shown, 128);
		ctx->shown_section = rec->section;
	}
	ctx->format->row(ctx, ctx->format_state, ctx->req, rec, ctx->shown,
			 ctx->n_shown, &ctx->out);

	if (ctx->records_counted_only) {
		ctx->n_counted++;
		return;
	}
	if (ctx->n_records == ctx->cap_records) {
		ctx->cap_records = ctx->cap_records ? ctx->cap_records * 2 : 16;
		ctx->records = realloc(ctx->records,
				       ctx->cap_records * sizeof *ctx->records);
	}
	struct mock_record *m = &ctx->records[ctx->n_records++];
	m->section = rec->section;
	m->n_values = rec->n_values;
	m->values =
		calloc(rec->n_values ? rec->n_values : 1, sizeof *m->values);
	for (size_t i = 0; i < rec->n_values; i++) {
		struct netstat_value v = rec->values[i];
		switch (v.type) {
		case NETSTAT_T_STRING:
			v.v.s = dup_or_null(v.v.s);
			break;
		case NETSTAT_T_ADDRESS:
			v.v.addr.text = dup_or_null(v.v.addr.text);
			break;
		case NETSTAT_T_ENDPOINT:
			v.v.ep.addr.text = dup_or_null(v.v.ep.addr.text);
			break;
		case NETSTAT_T_STATE:
			v.v.state.name = dup_or_null(v.v.state.name);
			break;
		case NETSTAT_T_PROCESS:
			v.v.proc.name = dup_or_null(v.v.proc.name);
			break;
		case NETSTAT_T_TIMER:
			v.v.timer.name = dup_or_null(v.v.timer.name);
			break;
		case NETSTAT_T_STRING_LIST: {
			/* The items may live in the module's buffers. */
			const char **items = calloc(v.v.strs.n ? v.v.strs.n : 1,
						    sizeof *items);
			for (size_t k = 0; items && k < v.v.strs.n; k++)
				items[k] = dup_or_null(v.v.strs.items[k]);
			v.v.strs.items = items;
			break;
		}
		default:
			break;
		}
		m->values[i] = v;
	}
}

/* Every control byte but the newline (strcspn's set: runs of text are
 * copied whole, not byte by byte). */
#define CONTROL_BUT_NEWLINE                                                    \
	"\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0b\x0c\x0d\x0e\x0f\x10\x11\x12" \
	"\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f"

static void m_message(struct netstat_ctx *ctx, int stream, const char *fmt, ...)
{
	char buf[4096];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (stream == NETSTAT_NOTICE && ctx->format->notice) {
		ctx->format->notice(ctx, ctx->format_state, buf, &ctx->out);
		return;
	}
	/* As the host does (core/run/output.c): control bytes but the
	 * newline are escaped. */
	for (const char *p = buf; *p;) {
		size_t n = strcspn(p, CONTROL_BUT_NEWLINE);
		netstat_text_append(&ctx->err, p, n);
		p += n;
		if (*p)
			netstat_text_put_untrusted(&ctx->err, p++, 1);
	}
}

static const char *m_host_name(struct netstat_ctx *ctx,
			       const struct netstat_address *a, unsigned flags)
{
	static char buf[INET6_ADDRSTRLEN];
	if (a->family == NETSTAT_ADDR_TEXT)
		return a->text ? a->text : "";
	inet_ntop(a->family == NETSTAT_ADDR_INET ? AF_INET : AF_INET6, a->bytes,
		  buf, sizeof buf);
	if (!(flags & NETSTAT_NAME_NUMERIC))
		for (size_t i = 0; i < ctx->n_hosts; i++)
			if (strcmp(ctx->hosts[i].key, buf) == 0)
				return ctx->hosts[i].name;
	return buf;
}

static const char *m_service_name(struct netstat_ctx *ctx, uint32_t port,
				  const char *table)
{
	if (!table)
		return NULL;
	for (size_t i = 0; i < ctx->n_services; i++)
		if (ctx->services[i].num == port &&
		    strcmp(ctx->services[i].key, table) == 0)
			return ctx->services[i].name;
	return NULL;
}

static const char *m_user_name(struct netstat_ctx *ctx, uint32_t uid)
{
	for (size_t i = 0; i < ctx->n_users; i++)
		if (ctx->users[i].num == uid)
			return ctx->users[i].name;
	return NULL;
}

static const struct netstat_process *m_process(struct netstat_ctx *ctx,
					       uint64_t inode)
{
	for (size_t i = 0; i < ctx->n_procs; i++)
		if (ctx->procs[i].num == inode) {
			ctx->proc_result.pid = ctx->procs[i].pid;
			ctx->proc_result.name = ctx->procs[i].name;
			return &ctx->proc_result;
		}
	return NULL;
}

/* Every process added for `inode`, in the order added; uid unknown. */
static struct netstat_processes m_processes(struct netstat_ctx *ctx,
					    uint64_t inode)
{
	struct netstat_processes none = {NULL, 0};
	size_t n = 0;
	for (size_t i = 0; i < ctx->n_procs; i++)
		n += ctx->procs[i].num == inode;
	if (!n)
		return none;
	void **lists = realloc(ctx->lists, (ctx->n_lists + 1) * sizeof *lists);
	if (!lists)
		return none;
	ctx->lists = lists;
	struct {
		const struct netstat_process_entry *items[MAX_NAMES];
		struct netstat_process_entry e[MAX_NAMES];
	} *l = calloc(1, sizeof *l);
	if (!l)
		return none;
	ctx->lists[ctx->n_lists++] = l;
	n = 0;
	for (size_t i = 0; i < ctx->n_procs; i++)
		if (ctx->procs[i].num == inode) {
			l->e[n] = (struct netstat_process_entry){
				.pid = ctx->procs[i].pid,
				.name = ctx->procs[i].name,
				.uid = -1};
			l->items[n] = &l->e[n];
			n++;
		}
	return (struct netstat_processes){l->items, n};
}

/* The mock has no query options: a column is needed when it is shown. */
static bool m_column_needed(struct netstat_ctx *ctx,
			    const struct netstat_section *section,
			    size_t column)
{
	return columns_printed(section, ctx->req, ctx->format->view, column);
}

static const struct netstat_host_api mock_api;

static int m_table_open(struct netstat_ctx *ctx,
			const struct netstat_request *req, const char *path,
			const char *what, uint32_t flags,
			struct netstat_lines **out)
{
	return tables_open(&mock_api, ctx, req, path, what, flags, out);
}

static void m_perror(struct netstat_ctx *ctx, const char *path, int code)
{
	tables_perror(&mock_api, ctx, path, code);
}

static bool m_proc_is_live(struct netstat_ctx *ctx)
{
	return ctx->proc_live;
}

/* No queries in the mock: every record may match, any port. */
static bool m_filter_may_match(struct netstat_ctx *ctx,
			       const struct netstat_section *section,
			       size_t column, const struct netstat_value *value)
{
	return true;
}

static size_t m_filter_port_ranges(struct netstat_ctx *ctx,
				   const struct netstat_section *section,
				   uint32_t role, uint32_t (*out)[2],
				   size_t max)
{
	return 0;
}

/* No cgroup tree in the mock: ids stay unresolved. */
static const char *m_cgroup_path(struct netstat_ctx *ctx, uint64_t id)
{
	return NULL;
}

static const struct netstat_host_api mock_api = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.size = sizeof(struct netstat_host_api),
	.lines_open = m_lines_open,
	.lines_next = m_lines_next,
	.lines_close = m_lines_close,
	.proc_stat = m_proc_stat,
	.proc_display = m_proc_display,
	.section_begin = begin_section,
	.emit = m_emit,
	.message = m_message,
	.host_name = m_host_name,
	.service_name = m_service_name,
	.user_name = m_user_name,
	.process_of_inode = m_process,
	.strerror = netstat_strerror,
	.table_open = m_table_open,
	.perror = m_perror,
	.proc_is_live = m_proc_is_live,
	.filter_may_match = m_filter_may_match,
	.filter_port_ranges = m_filter_port_ranges,
	.column_needed = m_column_needed,
	.processes_of_inode = m_processes,
	.cgroup_path = m_cgroup_path,
};

const struct netstat_host_api *mock_host_api(void)
{
	return &mock_api;
}

struct netstat_ctx *mock_ctx_new(const char *proc_root,
				 const struct netstat_request *req,
				 const struct netstat_module *format)
{
	struct netstat_ctx *ctx = calloc(1, sizeof *ctx);
	snprintf(ctx->root, sizeof ctx->root, "%s", proc_root);
	ctx->pub.host = &mock_api;
	ctx->pub.req = req;
	ctx->req = req;
	if (!format)
		format = &classic_LTX_netstat_module;
	ctx->format = format->format;
	struct netstat_option_value values[MODULE_OPTIONS_MAX];
	char err[512];
	if (module_options_defaults(format, values, err, sizeof err) == 0 &&
	    ctx->format->init)
		ctx->format->init(&mock_api, values, &ctx->format_state);
	ctx->out.grow = text_grow;
	ctx->err.grow = text_grow;
	text_grow(&ctx->out, 1);
	text_grow(&ctx->err, 1);
	return ctx;
}

void mock_ctx_free(struct netstat_ctx *ctx)
{
	for (size_t r = 0; r < ctx->n_records; r++) {
		struct mock_record *m = &ctx->records[r];
		for (size_t i = 0; i < m->n_values; i++) {
			struct netstat_value *v = &m->values[i];
			switch (v->type) {
			case NETSTAT_T_STRING:
				free((char *)v->v.s);
				break;
			case NETSTAT_T_ADDRESS:
				free((char *)v->v.addr.text);
				break;
			case NETSTAT_T_ENDPOINT:
				free((char *)v->v.ep.addr.text);
				break;
			case NETSTAT_T_STATE:
				free((char *)v->v.state.name);
				break;
			case NETSTAT_T_PROCESS:
				free((char *)v->v.proc.name);
				break;
			case NETSTAT_T_TIMER:
				free((char *)v->v.timer.name);
				break;
			case NETSTAT_T_STRING_LIST:
				for (size_t k = 0; k < v->v.strs.n; k++)
					free((char *)v->v.strs.items[k]);
				free((void *)v->v.strs.items);
				break;
			default:
				break;
			}
		}
		free(m->values);
	}
	free(ctx->records);
	for (size_t i = 0; i < ctx->n_lists; i++)
		free(ctx->lists[i]);
	free(ctx->lists);
	free(ctx->out.buf);
	free(ctx->err.buf);
	free(ctx->hosts);
	free(ctx->services);
	free(ctx->users);
	free(ctx->procs);
	if (ctx->format->fini)
		ctx->format->fini(ctx->format_state);
	free(ctx);
}

static int run_source(struct netstat_ctx *ctx, const struct netstat_source *src,
		      void *state)
{
	if (src->section->flags & NETSTAT_SECTION_EAGER)
		begin_section(ctx, src->section);
	return src->list(ctx, ctx->req, src, state);
}

/* init() of a family with its defaults and the options the test set. */
static int start(struct netstat_ctx *ctx, const struct netstat_module *m,
		 void **state)
{
	struct netstat_option_value values[MODULE_OPTIONS_MAX];
	char err[512];
	*state = NULL;
	if (module_options_defaults(m, values, err, sizeof err) < 0)
		return NETSTAT_ERR_LOAD;
	for (size_t i = 0; i < ctx->n_options; i++) {
		int k = module_option_find(m, ctx->options[i].key);
		if (k >= 0 &&
		    module_option_parse(&m->options[k], ctx->options[i].value,
					&values[k], err, sizeof err) < 0)
			return NETSTAT_ERR_CONFIG;
	}
	const struct netstat_family *f = m->family;
	return f->init ? f->init(&mock_api, values, state) : 0;
}

int mock_run_source(struct netstat_ctx *ctx, const struct netstat_module *m,
		    const struct netstat_source *src)
{
	void *state;
	if (start(ctx, m, &state) < 0)
		return NETSTAT_EXIT_READ_ERROR;
	int rc = run_source(ctx, src, state);
	if (m->family->fini)
		m->family->fini(state);
	return rc;
}

int mock_run_modules(struct netstat_ctx *ctx,
		     const struct netstat_module *const *modules, size_t n_mod)
{
	/* The host's own planner and run rules (core/run/plan.c,
	 * core/run/sources.c). */
	struct plan_module mods[16] = {0};
	static struct plan plan;
	if (n_mod > 16)
		return NETSTAT_EXIT_READ_ERROR;
	for (size_t m = 0; m < n_mod; m++) {
		mods[m].family = modules[m]->family;
		if (start(ctx, modules[m], &mods[m].state) < 0)
			return NETSTAT_EXIT_READ_ERROR;
	}
	plan_make(&plan, ctx->req, mods, n_mod);
	struct run_status rs = {0};
	for (size_t i = 0; i < plan.n_steps; i++) {
		if (run_status_stops_before(&rs, plan.steps[i].src))
			break;
		run_status_after(&rs, plan.steps[i].src,
				 run_source(ctx, plan.steps[i].src,
					    plan.steps[i].state));
	}
	for (size_t m = 0; m < n_mod; m++)
		if (modules[m]->family->fini)
			modules[m]->family->fini(mods[m].state);
	int status = run_status_final(&rs);
	if (status == 0 && plan.stop_status) {
		m_message(ctx, plan.stop_stream, "%s", plan.stop_message);
		status = plan.stop_status;
	}
	return status;
}

int mock_run_family(struct netstat_ctx *ctx,
		    const struct netstat_module *family)
{
	return mock_run_modules(ctx, &family, 1);
}

void mock_set_option(struct netstat_ctx *ctx, const char *key,
		     const char *value)
{
	if (ctx->n_options >= MAX_OPTIONS)
		return;
	snprintf(ctx->options[ctx->n_options].key, sizeof ctx->options[0].key,
		 "%s", key);
	snprintf(ctx->options[ctx->n_options].value,
		 sizeof ctx->options[0].value, "%s", value);
	ctx->n_options++;
}

void mock_count_records_only(struct netstat_ctx *ctx)
{
	ctx->records_counted_only = true;
}

void mock_set_proc_live(struct netstat_ctx *ctx, bool live)
{
	ctx->proc_live = live;
}

void mock_set_iteration(struct netstat_ctx *ctx, int iteration)
{
	ctx->pub.iteration = iteration;
}

size_t mock_record_count(struct netstat_ctx *ctx)
{
	return ctx->n_records + ctx->n_counted;
}

const struct mock_record *mock_record_at(struct netstat_ctx *ctx, size_t i)
{
	return i < ctx->n_records ? &ctx->records[i] : NULL;
}

const struct netstat_value *mock_value(struct netstat_ctx *ctx, size_t i,
				       const char *key)
{
	const struct mock_record *m = mock_record_at(ctx, i);
	if (!m)
		return NULL;
	for (size_t c = 0; c < m->section->n_columns && c < m->n_values; c++)
		if (strcmp(m->section->columns[c].key, key) == 0)
			return &m->values[c];
	return NULL;
}

const char *mock_stdout(struct netstat_ctx *ctx)
{
	return netstat_text_cstr(&ctx->out);
}

const char *mock_stderr(struct netstat_ctx *ctx)
{
	return netstat_text_cstr(&ctx->err);
}

static void add_name(struct name_entry **table, size_t *n, const char *key,
		     uint64_t num, int32_t pid, const char *name)
{
	if (*n >= MAX_NAMES)
		return;
	struct name_entry *t = realloc(*table, (*n + 1) * sizeof *t);
	if (!t)
		abort();
	*table = t;
	snprintf(t[*n].key, sizeof t[*n].key, "%s", key ? key : "");
	snprintf(t[*n].name, sizeof t[*n].name, "%s", name);
	t[*n].num = num;
	t[*n].pid = pid;
	(*n)++;
}

void mock_add_host(struct netstat_ctx *ctx, const char *numeric,
		   const char *name)
{
	add_name(&ctx->hosts, &ctx->n_hosts, numeric, 0, 0, name);
}

void mock_add_service(struct netstat_ctx *ctx, uint32_t port, const char *table,
		      const char *name)
{
	add_name(&ctx->services, &ctx->n_services, table, port, 0, name);
}

void mock_add_user(struct netstat_ctx *ctx, uint32_t uid, const char *name)
{
	add_name(&ctx->users, &ctx->n_users, NULL, uid, 0, name);
}

void mock_add_process(struct netstat_ctx *ctx, uint64_t inode, int32_t pid,
		      const char *name)
{
	add_name(&ctx->procs, &ctx->n_procs, NULL, inode, pid, name);
}

struct netstat_request mock_request(unsigned report)
{
	struct netstat_request r = {.report = report, .families = ""};
	return r;
}

void mock_request_select(struct netstat_request *req, const char *keyword)
{
	if (req->n_selected < NETSTAT_MAX_SELECTED)
		req->selected[req->n_selected++] = keyword;
}
