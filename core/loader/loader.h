/* Finding, checking and loading modules with libltdl. */
#ifndef CORE_LOADER_H
#define CORE_LOADER_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>

#include <netstat/abi.h>

struct loader_options {
	const char *const *dirs; /* searched in order; absolute paths */
	size_t n_dirs;
	bool allow_writable; /* accept group/world-writable files */
};

struct loaded_module {
	const struct netstat_module *module;
	char *path;   /* the file it came from (allocated; NULL until loaded) */
	void *handle; /* lt_dlhandle */
	void *state;  /* what its init() stored */
	bool started; /* init() ran: fini() is due */
	/* The ABI version the file's descriptor records, also when the
	 * loader refused it (abi_known: a descriptor was found). */
	unsigned abi_major, abi_minor;
	bool abi_known;
};

/* Where a module's file is: the first directory of the search path that
 * has NAME.so or NAME.la. */
struct module_location {
	size_t dir;	/* index into loader_options.dirs */
	char file[96];	/* "NAME.so" or "NAME.la": what loader_load opens */
	struct stat st; /* of that file */
};

/* What loaded_module.path says of a module linked into the program. */
#define LOADER_BUILTIN_PATH "built in"

/* Initialises libltdl. */
int loader_init(void);

/*
 * Registers the table of modules linked into the program (the static
 * build: core/loader/builtin.c; otherwise core/loader/no_builtin.c, which
 * does nothing). Call before loader_init(); loader_load() then finds them
 * before searching any directory.
 */
void loader_use_builtin_modules(void);
void loader_exit(void);

/* True when `name` is linked into the program (the static build). */
bool loader_is_builtin(const char *name);

/* Finds module `name` in the search path without opening it; false when
 * no directory has it. */
bool loader_find(const struct loader_options *opts, const char *name,
		 struct module_location *where);

/*
 * Loads module `name` of kind `kind` (0: either kind) (enum
 * netstat_module_kind): the one linked into the program if there is one (the
 * static build), else `name`.la or `name`.so from the first directory that has
 * one. Checks permissions, the descriptor, its kind, name and ABI version. On
 * failure returns a negative NETSTAT_ERR_* and writes one line to `err` naming
 * the file and the reason.
 */
int loader_load(const struct loader_options *opts, const char *name, int kind,
		struct loaded_module *out, char *err, size_t err_size);
void loader_unload(struct loaded_module *m);

/* The ABI check alone (for tests): 0 when a module built for
 * major.minor may be loaded by this host. */
int loader_abi_compatible(unsigned major, unsigned minor);

#endif
