/* Module loading: good modules, and every way a module can be wrong. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <netstat/netstat.h>

#include "core/loader/loader.h"
#include "tests/core/core_suites.h"

static const char *dirs[] = {TEST_MODULES_DIR};

static int load(const char *name, int kind, struct loaded_module *m, char *err,
		size_t size)
{
	struct loader_options opts = {.dirs = dirs, .n_dirs = 1};
	ck_assert_int_eq(loader_init(), 0);
	return loader_load(&opts, name, kind, m, err, size);
}

START_TEST(loads_good_module)
{
	struct loaded_module m;
	char err[8192] = "";
	int rc =
		load("good_family", NETSTAT_MODULE_FAMILY, &m, err, sizeof err);
	ck_assert_msg(rc == 0, "%s", err);
	ck_assert_str_eq(m.module->name, "good_family");
	ck_assert_uint_eq(m.module->family->n_sources, 1);
	loader_unload(&m);
}
END_TEST

START_TEST(refuses_other_major)
{
	struct loaded_module m;
	char err[8192] = "";
	ck_assert_int_eq(
		load("abi_major", NETSTAT_MODULE_FORMAT, &m, err, sizeof err),
		NETSTAT_ERR_ABI);
	char want[128];
	snprintf(want, sizeof want,
		 "built for ABI %d.0; this netstat "
		 "supports ABI %d.%d",
		 NETSTAT_ABI_MAJOR + 1, NETSTAT_ABI_MAJOR, NETSTAT_ABI_MINOR);
	ck_assert_msg(strstr(err, want) && strstr(err, "abi_major"), "%s", err);
	ck_assert_ptr_nonnull(strstr(err, TEST_MODULES_DIR));
}
END_TEST

START_TEST(refuses_newer_minor)
{
	struct loaded_module m;
	char err[8192] = "";
	ck_assert_int_eq(
		load("abi_minor", NETSTAT_MODULE_FORMAT, &m, err, sizeof err),
		NETSTAT_ERR_ABI);
	ck_assert_ptr_nonnull(strstr(err, "abi_minor"));
}
END_TEST

/* A module built for ABI 1 has the old descriptor layout; its version
 * is still read, and it is refused with the usual line. */
START_TEST(refuses_abi1_module)
{
	struct loaded_module m;
	char err[8192] = "";
	ck_assert_int_eq(
		load("abi_older", NETSTAT_MODULE_FORMAT, &m, err, sizeof err),
		NETSTAT_ERR_ABI);
	char want[128];
	snprintf(want, sizeof want,
		 "was built for ABI 1.1; this netstat supports ABI %d.%d",
		 NETSTAT_ABI_MAJOR, NETSTAT_ABI_MINOR);
	ck_assert_msg(strstr(err, want) && strstr(err, "abi_older"), "%s", err);
}
END_TEST

START_TEST(finds_without_opening)
{
	struct loader_options opts = {.dirs = dirs, .n_dirs = 1};
	struct module_location where;
	ck_assert(loader_find(&opts, "good_family", &where));
	ck_assert_uint_eq(where.dir, 0);
	ck_assert_str_eq(where.file, "good_family.la");
	ck_assert(!loader_find(&opts, "no_such_module", &where));
}
END_TEST

START_TEST(abi_rule)
{
	ck_assert_int_eq(
		loader_abi_compatible(NETSTAT_ABI_MAJOR, NETSTAT_ABI_MINOR), 0);
	ck_assert_int_eq(loader_abi_compatible(NETSTAT_ABI_MAJOR, 0), 0);
	ck_assert_int_lt(loader_abi_compatible(NETSTAT_ABI_MAJOR + 1, 0), 0);
	ck_assert_int_lt(loader_abi_compatible(NETSTAT_ABI_MAJOR - 1, 0), 0);
	ck_assert_int_lt(
		loader_abi_compatible(NETSTAT_ABI_MAJOR, NETSTAT_ABI_MINOR + 1),
		0);
}
END_TEST

START_TEST(refuses_non_module)
{
	struct loaded_module m;
	char err[8192] = "";
	ck_assert_int_eq(
		load("not_module", NETSTAT_MODULE_FAMILY, &m, err, sizeof err),
		NETSTAT_ERR_LOAD);
	ck_assert_msg(strstr(err, "not a netstat module"), "%s", err);
}
END_TEST

START_TEST(refuses_wrong_kind)
{
	struct loaded_module m;
	char err[8192] = "";
	ck_assert_int_eq(
		load("wrong_kind", NETSTAT_MODULE_FORMAT, &m, err, sizeof err),
		NETSTAT_ERR_LOAD);
	ck_assert_msg(strstr(err, "is a family module"), "%s", err);
}
END_TEST

START_TEST(missing_module_named)
{
	struct loaded_module m;
	char err[8192] = "";
	ck_assert_int_eq(load("no_such_module", NETSTAT_MODULE_FAMILY, &m, err,
			      sizeof err),
			 NETSTAT_ERR_NOTFOUND);
	ck_assert_msg(strstr(err, "module `no_such_module' not found in") &&
			      strstr(err, TEST_MODULES_DIR),
		      "%s", err);
}
END_TEST

START_TEST(refuses_writable_directory)
{
	/* A copy of the good module in a world-writable directory. */
	char dir[] = "/tmp/netstat-loader-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char cmd[512];
	snprintf(cmd, sizeof cmd, "cp %s/.libs/good_family.so %s/",
		 TEST_MODULES_DIR, dir);
	ck_assert_int_eq(system(cmd), 0);
	ck_assert_int_eq(chmod(dir, 0777), 0);
	const char *d[] = {dir};
	struct loader_options opts = {.dirs = d, .n_dirs = 1};
	struct loaded_module m;
	char err[8192] = "";
	loader_init();
	ck_assert_int_eq(loader_load(&opts, "good_family",
				     NETSTAT_MODULE_FAMILY, &m, err,
				     sizeof err),
			 NETSTAT_ERR_DENIED);
	ck_assert_msg(strstr(err, "writable by group or others"), "%s", err);
	opts.allow_writable = true;
	ck_assert_int_eq(loader_load(&opts, "good_family",
				     NETSTAT_MODULE_FAMILY, &m, err,
				     sizeof err),
			 0);
	loader_unload(&m);
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	ck_assert_int_eq(system(cmd), 0);
}
END_TEST

Suite *suite_loader(void)
{
	Suite *s = suite_create("loader");
	TCase *tc = tcase_create("load");
	tcase_add_test(tc, loads_good_module);
	tcase_add_test(tc, refuses_other_major);
	tcase_add_test(tc, refuses_newer_minor);
	tcase_add_test(tc, refuses_abi1_module);
	tcase_add_test(tc, finds_without_opening);
	tcase_add_test(tc, abi_rule);
	tcase_add_test(tc, refuses_non_module);
	tcase_add_test(tc, refuses_wrong_kind);
	tcase_add_test(tc, missing_module_named);
	tcase_add_test(tc, refuses_writable_directory);
	suite_add_tcase(s, tc);
	return s;
}
