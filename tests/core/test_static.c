/*
 * The static build (--enable-static-modules): every module built in the
 * tree is also linked into the program, listed in libltdl's preloaded
 * table, and loads by name through the real loader with no directory to
 * search. The counterpart of test_modules for the shared build.
 */
#include <dirent.h>
#include <ltdl.h>
#include <stdio.h>
#include <string.h>

#include <netstat/netstat.h>

#include "core/loader/loader.h"
#include "tests/check_main.h"

#define MAX_MODULES 64
static char names[MAX_MODULES][64];
static const struct netstat_module *descriptors[MAX_MODULES];
static int n_names;

/* The "<name>.a" entries of the table and the symbol after each. */
static void read_table(void)
{
	const lt_dlsymlist *s = lt_preloaded_symbols;
	for (; s->name && n_names < MAX_MODULES; s++) {
		size_t len = strlen(s->name);
		if (s->address || len < 3 || len > 60 ||
		    strcmp(s->name + len - 2, ".a") != 0)
			continue;
		memcpy(names[n_names], s->name, len - 2);
		names[n_names][len - 2] = '\0';
		descriptors[n_names++] = s[1].address;
	}
}

static bool in_table(const char *name)
{
	for (int i = 0; i < n_names; i++)
		if (strcmp(names[i], name) == 0)
			return true;
	return false;
}

START_TEST(every_built_module_is_linked_in)
{
	DIR *d = opendir(BUILT_MODULES_DIR "/.libs");
	ck_assert_ptr_nonnull(d);
	struct dirent *de;
	int built = 0;
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);
		if (len < 4 || strcmp(de->d_name + len - 3, ".so") != 0)
			continue;
		char name[256];
		snprintf(name, sizeof name, "%.*s", (int)(len - 3), de->d_name);
		ck_assert_msg(in_table(name), "%s is not linked in", name);
		built++;
	}
	closedir(d);
	ck_assert_int_eq(built, n_names);
}
END_TEST

START_TEST(builtin_module_loads)
{
	const char *name = names[_i];
	const struct netstat_module *d = descriptors[_i];
	ck_assert_ptr_nonnull(d);
	loader_use_builtin_modules();
	ck_assert_int_eq(loader_init(), 0);
	struct loader_options opts = {.dirs = NULL, .n_dirs = 0};
	struct loaded_module m;
	char err[8192] = "";
	int rc = loader_load(&opts, name, (int)d->kind, &m, err, sizeof err);
	ck_assert_msg(rc == 0, "%s: %s", name, err);
	ck_assert_ptr_eq(m.module, d);
	ck_assert_str_eq(m.module->name, name);
	ck_assert_str_eq(m.path, LOADER_BUILTIN_PATH);
	ck_assert_uint_eq(m.module->abi_major, NETSTAT_ABI_MAJOR);
	ck_assert_uint_le(m.module->abi_minor, NETSTAT_ABI_MINOR);
	loader_unload(&m);
	loader_exit();
}
END_TEST

/* A name that is not built in still goes to the directories. */
START_TEST(unknown_module_not_found)
{
	loader_use_builtin_modules();
	ck_assert_int_eq(loader_init(), 0);
	struct loader_options opts = {.dirs = NULL, .n_dirs = 0};
	struct loaded_module m;
	char err[8192] = "";
	ck_assert_int_eq(loader_load(&opts, "no_such_module",
				     NETSTAT_MODULE_FAMILY, &m, err,
				     sizeof err),
			 NETSTAT_ERR_NOTFOUND);
	/* The wrong kind is refused for a built-in module too. */
	ck_assert_int_eq(loader_load(&opts, "classic", NETSTAT_MODULE_FAMILY,
				     &m, err, sizeof err),
			 NETSTAT_ERR_LOAD);
	ck_assert_msg(strstr(err, "built in") != NULL, "%s", err);
	loader_exit();
}
END_TEST

Suite **test_suites(void)
{
	static Suite *suites[2];
	read_table();
	Suite *s = suite_create("static");
	TCase *tc = tcase_create("preloaded");
	tcase_add_test(tc, every_built_module_is_linked_in);
	tcase_add_test(tc, unknown_module_not_found);
	if (n_names)
		tcase_add_loop_test(tc, builtin_module_loads, 0, n_names);
	suite_add_tcase(s, tc);
	suites[0] = s;
	return suites;
}
