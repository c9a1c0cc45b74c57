/*
 * netstat-module-index DIR...: opens every module in each DIR, reads what
 * it provides from its own descriptor, and writes DIR/modules.index
 * (core/loader/module_index.h). `make install` runs it on the installed
 * module directory; a vendor package that installs a module runs it
 * again. Exit status 0, or 1 when a directory could not be indexed; a
 * module that does not load is left out of the index with a warning (a
 * run then opens it and reports the problem itself).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/loader/loader.h"
#include "core/loader/module_index.h"

static bool module_file(const char *name, char *module, size_t size)
{
	size_t n = strlen(name);
	if (name[0] == '.' || n < 4 || n - 3 >= size)
		return false;
	if (strcmp(name + n - 3, ".so") && strcmp(name + n - 3, ".la"))
		return false;
	memcpy(module, name, n - 3);
	module[n - 3] = '\0';
	return true;
}

static bool listed(const struct module_provides *e, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(e[i].name, name))
			return true;
	return false;
}

static int index_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d) {
		perror(dir);
		return 1;
	}
	const char *dirs[] = {dir};
	struct loader_options opts = {.dirs = dirs, .n_dirs = 1};
	struct module_provides *entries = NULL;
	size_t n = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		char name[MODULE_INDEX_NAME_MAX];
		struct module_location where;
		if (!module_file(de->d_name, name, sizeof name) ||
		    listed(entries, n, name) ||
		    !loader_find(&opts, name, &where))
			continue;
		struct loaded_module lm;
		char err[2048];
		if (loader_load(&opts, name, 0, &lm, err, sizeof err) < 0) {
			fprintf(stderr, "netstat-module-index: warning: %s\n",
				err);
			continue;
		}
		struct module_provides *p =
			realloc(entries, (n + 1) * sizeof *p);
		if (p) {
			entries = p;
			module_provides_of(lm.module, where.file, &where.st,
					   &entries[n++]);
		}
		loader_unload(&lm);
	}
	closedir(d);
	int rc = module_index_write(dir, entries, n);
	free(entries);
	if (rc < 0) {
		fprintf(stderr, "netstat-module-index: %s/%s: %s\n", dir,
			MODULE_INDEX_FILE, strerror(-rc));
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("usage: netstat-module-index DIR...\n", stderr);
		return 2;
	}
	if (loader_init() < 0) {
		fputs("netstat-module-index: cannot initialise libltdl\n",
		      stderr);
		return 1;
	}
	int status = 0;
	for (int i = 1; i < argc; i++)
		status |= index_dir(argv[i]);
	loader_exit();
	return status;
}
