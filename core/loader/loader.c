/*
 * Module loading. Modules come only from configured absolute directories
 * (never the current directory, never LD_LIBRARY_PATH), are refused when
 * they or their directory are writable by group or others, and must carry
 * a descriptor of the right kind, name and ABI.
 */
#include <errno.h>
#include <stdbool.h>
#include <stddef.h>
#include <ltdl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <netstat/error.h>
#include <netstat/family.h>
#include <netstat/format.h>

#include "core/loader/loader.h"

/* The format table of ABI 2.0 ended before `group_by` (2.2): a format
 * built for an older minor carries that size. */
#define FORMAT_SIZE_2_0 offsetof(struct netstat_format, group_by)

int loader_init(void)
{
	return lt_dlinit() == 0 ? 0 : NETSTAT_ERR_LOAD;
}

void loader_exit(void)
{
	lt_dlexit();
}

int loader_abi_compatible(unsigned major, unsigned minor)
{
	if (major != NETSTAT_ABI_MAJOR || minor > NETSTAT_ABI_MINOR)
		return NETSTAT_ERR_ABI;
	return 0;
}

static int writable_by_others(const char *path, char *err, size_t err_size)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return 0; /* absent: the open will say so */
	if (st.st_mode & (S_IWGRP | S_IWOTH)) {
		snprintf(err, err_size,
			 "refusing module path `%s': writable by group or "
			 "others (set allow_writable_modules to accept it)",
			 path);
		return 1;
	}
	return 0;
}

static const char *kind_name(unsigned kind)
{
	return kind == NETSTAT_MODULE_FAMILY   ? "family"
	       : kind == NETSTAT_MODULE_FORMAT ? "format"
					       : "unknown";
}

/* Checks a descriptor found in `path`. */
static int check_descriptor(const struct netstat_module *m, const char *name,
			    int kind, const char *path, char *err,
			    size_t err_size)
{
	if (loader_abi_compatible(m->abi_major, m->abi_minor) < 0) {
		snprintf(err, err_size,
			 "module `%s' (%s) was built for ABI %u.%u; this "
			 "netstat supports ABI %u.%u",
			 name, path, m->abi_major, m->abi_minor,
			 NETSTAT_ABI_MAJOR, NETSTAT_ABI_MINOR);
		return NETSTAT_ERR_ABI;
	}
	if ((kind && m->kind != (uint32_t)kind) || !m->name ||
	    strcmp(m->name, name) != 0) {
		snprintf(err, err_size,
			 "module `%s' (%s) is a %s module named `%s', but the "
			 "config declares a %s module `%s'",
			 name, path, kind_name(m->kind),
			 m->name ? m->name : "?", kind_name((unsigned)kind),
			 name);
		return NETSTAT_ERR_LOAD;
	}
	if (kind == NETSTAT_MODULE_FAMILY &&
	    (!m->family || m->family->size < sizeof(struct netstat_family) ||
	     (m->family->n_sources && !m->family->sources))) {
		snprintf(err, err_size,
			 "module `%s' (%s) has no valid family table", name,
			 path);
		return NETSTAT_ERR_LOAD;
	}
	if (kind == NETSTAT_MODULE_FORMAT &&
	    (!m->format || m->format->size < FORMAT_SIZE_2_0 ||
	     !m->format->row)) {
		snprintf(err, err_size,
			 "module `%s' (%s) has no valid format table", name,
			 path);
		return NETSTAT_ERR_LOAD;
	}
	return 0;
}

static int take(lt_dlhandle h, const char *name, int kind, const char *path,
		struct loaded_module *out, char *err, size_t err_size)
{
	/* libltdl tries "<name>_LTX_netstat_module" first. */
	const struct netstat_module *m = lt_dlsym(h, NETSTAT_MODULE_SYMBOL);
	if (!m) {
		snprintf(err, err_size,
			 "module `%s' (%s) is not a netstat module: no "
			 "descriptor symbol %s_LTX_%s",
			 name, path, name, NETSTAT_MODULE_SYMBOL);
		lt_dlclose(h);
		return NETSTAT_ERR_LOAD;
	}
	out->abi_major = m->abi_major;
	out->abi_minor = m->abi_minor;
	out->abi_known = true;
	int rc = check_descriptor(m, name, kind, path, err, err_size);
	if (rc < 0) {
		lt_dlclose(h);
		return rc;
	}
	out->path = strdup(path);
	if (!out->path) {
		lt_dlclose(h);
		snprintf(err, err_size, "out of memory");
		return NETSTAT_ERR_NOMEM;
	}
	out->module = m;
	out->handle = h;
	return 0;
}

/*
 * A module linked into the program (the static build, docs/static.md).
 * libltdl's preopen loader looks "<name>.a" up in the table handed over
 * by loader_use_builtin_modules(), without touching the disk. NULL when
 * `name` is not built in.
 */
static lt_dlhandle open_builtin(const char *name)
{
	lt_dladvise advise;
	if (lt_dladvise_init(&advise) != 0)
		return NULL;
	lt_dladvise_preload(&advise);
	lt_dlhandle h = lt_dlopenadvise(name, advise);
	lt_dladvise_destroy(&advise);
	if (!h)
		return NULL;
	/* libltdl preloads things of its own: only our descriptor counts. */
	if (!lt_dlsym(h, NETSTAT_MODULE_SYMBOL)) {
		lt_dlclose(h);
		return NULL;
	}
	return h;
}

bool loader_is_builtin(const char *name)
{
	lt_dlhandle h = open_builtin(name);
	if (h)
		lt_dlclose(h);
	return h != NULL;
}

/* Takes the built-in module `name`; 1 when there is none. */
static int load_builtin(const char *name, int kind, struct loaded_module *out,
			char *err, size_t err_size)
{
	lt_dlhandle h = open_builtin(name);
	if (!h)
		return 1;
	return take(h, name, kind, LOADER_BUILTIN_PATH, out, err, err_size);
}

bool loader_find(const struct loader_options *opts, const char *name,
		 struct module_location *where)
{
	for (size_t i = 0; i < opts->n_dirs; i++) {
		char path[4096 + 128];
		const char *ext[] = {".so", ".la"};
		for (size_t e = 0; e < 2; e++) {
			snprintf(where->file, sizeof where->file, "%s%s", name,
				 ext[e]);
			snprintf(path, sizeof path, "%s/%s", opts->dirs[i],
				 where->file);
			if (stat(path, &where->st) == 0) {
				where->dir = i;
				return true;
			}
		}
	}
	return false;
}

int loader_load(const struct loader_options *opts, const char *name, int kind,
		struct loaded_module *out, char *err, size_t err_size)
{
	memset(out, 0, sizeof *out);
	/* Built-in modules first: the config still decides which load. */
	int rc = load_builtin(name, kind, out, err, err_size);
	if (rc <= 0)
		return rc;
	char first_error[8192] = "";
	for (size_t i = 0; i < opts->n_dirs; i++) {
		const char *dir = opts->dirs[i];
		char base[4096];
		snprintf(base, sizeof base, "%s/%s", dir, name);
		char la[4096 + 8], so[4096 + 8];
		snprintf(la, sizeof la, "%s.la", base);
		snprintf(so, sizeof so, "%s.so", base);
		struct stat st;
		bool have_so = stat(so, &st) == 0;
		if (!have_so && stat(la, &st) != 0)
			continue;
		if (!opts->allow_writable &&
		    (writable_by_others(dir, err, err_size) ||
		     writable_by_others(la, err, err_size) ||
		     writable_by_others(so, err, err_size)))
			return NETSTAT_ERR_DENIED;
		/* An installed module: open the shared object itself and skip
		 * parsing its libtool archive. In a build tree only the .la
		 * is here, and libltdl finds the object through it. */
		lt_dlhandle h = have_so ? lt_dlopen(so) : lt_dlopenext(base);
		if (h)
			return take(h, name, kind, base, out, err, err_size);
		if (!first_error[0])
			snprintf(first_error, sizeof first_error,
				 "cannot load module `%s' from %s: %s (check "
				 "it with ldd(1))",
				 name, base, lt_dlerror());
	}
	if (first_error[0]) {
		snprintf(err, err_size, "%s", first_error);
		return NETSTAT_ERR_LOAD;
	}
	int n = snprintf(err, err_size, "module `%s' not found in", name);
	for (size_t i = 0; i < opts->n_dirs && n > 0 && (size_t)n < err_size;
	     i++)
		n += snprintf(err + n, err_size - (size_t)n, "%s %s",
			      i ? "," : "", opts->dirs[i]);
	return NETSTAT_ERR_NOTFOUND;
}

void loader_unload(struct loaded_module *m)
{
	if (m->handle)
		lt_dlclose(m->handle);
	m->handle = NULL;
	m->module = NULL;
	free(m->path);
	m->path = NULL;
}
