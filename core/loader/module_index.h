/*
 * What a module provides, learned from its own descriptor (the reports
 * and selectors of its sources, its option keys), and the per-directory
 * index that keeps it: DIR/modules.index, written by netstat-module-index
 * at install time (and by `make` in the build tree). A run reads the index
 * to open only the modules its request needs; a module missing from the
 * index, or whose file changed since, is opened to learn it, so a stale
 * or absent index costs start-up time, never correctness.
 */
#ifndef CORE_MODULE_INDEX_H
#define CORE_MODULE_INDEX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

#include <netstat/netstat.h>

#define MODULE_INDEX_FILE "modules.index"
#define MODULE_INDEX_NAME_MAX 64
#define MODULE_INDEX_LIST_MAX 512

struct module_provides {
	char name[MODULE_INDEX_NAME_MAX];
	uint32_t kind;	  /* enum netstat_module_kind */
	unsigned reports; /* bit per enum netstat_report with a source */
	unsigned
		defaults; /* bit per report with a NETSTAT_SOURCE_DEFAULT one */
	/* Comma-separated: every source's selector and family keyword. */
	char selectors[MODULE_INDEX_LIST_MAX];
	/* Comma-separated option keys. */
	char options[MODULE_INDEX_LIST_MAX];
	/* The module file the entry was made from: its size and mtime. */
	char file[MODULE_INDEX_NAME_MAX + 8];
	int64_t size, mtime_sec, mtime_nsec;
};

/* What `m` provides, from its descriptor; `file` and `st` say which file
 * it was loaded from (st may be NULL: built in). */
void module_provides_of(const struct netstat_module *m, const char *file,
			const struct stat *st, struct module_provides *out);

/* May a module providing `p` have sources request `req` runs? */
bool module_provides_wanted(const struct module_provides *p,
			    const struct netstat_request *req);

/* True when `key` is one of p->options. */
bool module_provides_option(const struct module_provides *p, const char *key);

/* The entries of one directory's index. */
struct module_index {
	struct module_provides *entries;
	size_t n;
};

/* Reads DIR/modules.index; a missing or malformed file gives an empty
 * index (every module is then opened to learn it). */
void module_index_read(struct module_index *idx, const char *dir);
void module_index_free(struct module_index *idx);

/* The entry of module `name` whose file `file` (in the same directory)
 * still has the recorded size and mtime; NULL when there is none. */
const struct module_provides *module_index_fresh(const struct module_index *idx,
						 const char *name,
						 const char *file,
						 const struct stat *st);

/* Writes the index of `n` entries to DIR/modules.index atomically (a
 * temporary file renamed over it). 0 or a negative error. */
int module_index_write(const char *dir, const struct module_provides *entries,
		       size_t n);

#endif
