/*
 * Smoke test of every built module: each one dlopens with RTLD_NOW (no
 * unresolved symbol), exports its descriptor under the libltdl name, and
 * the descriptor is consistent (ABI, kind, name = file name, tables).
 */
#include <dirent.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <netstat/netstat.h>

#include "core/config/config.h"
#include "core/loader/loader.h"
#include "core/loader/module_index.h"
#include "tests/check_main.h"

#define MAX_MODULES 64
static char names[MAX_MODULES][64];
static int n_names;

static void find_modules(void)
{
	DIR *d = opendir(BUILT_MODULES_DIR "/.libs");
	struct dirent *de;
	while (d && (de = readdir(d)) && n_names < MAX_MODULES) {
		size_t len = strlen(de->d_name);
		if (len > 3 && len < 60 &&
		    strcmp(de->d_name + len - 3, ".so") == 0) {
			memcpy(names[n_names], de->d_name, len - 3);
			names[n_names++][len - 3] = '\0';
		}
	}
	if (d)
		closedir(d);
}

START_TEST(module_loads_cleanly)
{
	const char *name = names[_i];
	char path[512], symbol[128];
	snprintf(path, sizeof path, "%s/.libs/%s.so", BUILT_MODULES_DIR, name);
	void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	ck_assert_msg(h != NULL, "%s: %s", path, dlerror());
	snprintf(symbol, sizeof symbol, "%s_LTX_netstat_module", name);
	const struct netstat_module *m = dlsym(h, symbol);
	ck_assert_msg(m != NULL, "%s lacks %s", path, symbol);
	ck_assert_uint_eq(m->abi_major, NETSTAT_ABI_MAJOR);
	ck_assert_uint_le(m->abi_minor, NETSTAT_ABI_MINOR);
	ck_assert_str_eq(m->name, name);
	ck_assert_ptr_nonnull(m->description);
	if (m->kind == NETSTAT_MODULE_FAMILY) {
		ck_assert_ptr_nonnull(m->family);
		ck_assert_uint_ge(m->family->size,
				  sizeof(struct netstat_family));
		for (size_t i = 0; i < m->family->n_sources; i++) {
			const struct netstat_source *s = &m->family->sources[i];
			ck_assert_msg(s->name && s->selector && s->family &&
					      s->section && s->list &&
					      s->section->key,
				      "%s: source %zu incomplete", name, i);
		}
	} else {
		ck_assert_uint_eq(m->kind, NETSTAT_MODULE_FORMAT);
		ck_assert_ptr_nonnull(m->format);
		ck_assert_ptr_nonnull(m->format->row);
	}
	/* Exactly one exported symbol: the plain name must not resolve. */
	ck_assert_ptr_null(dlsym(h, "netstat_module"));
	dlclose(h);
}
END_TEST

/* The build tree's module index (made by netstat-module-index during
 * make) lists every built module, fresh, with exactly what its descriptor
 * provides: a wrong entry would make netstat skip a module it needs. And
 * every module the shipped config names is one of them. */
START_TEST(index_matches_modules)
{
	struct module_index idx;
	module_index_read(&idx, BUILT_MODULES_DIR);
	ck_assert_uint_eq(idx.n, (size_t)n_names);
	const char *dirs[] = {BUILT_MODULES_DIR};
	struct loader_options opts = {.dirs = dirs, .n_dirs = 1};
	ck_assert_int_eq(loader_init(), 0);
	for (int i = 0; i < n_names; i++) {
		struct module_location where;
		ck_assert(loader_find(&opts, names[i], &where));
		const struct module_provides *e = module_index_fresh(
			&idx, names[i], where.file, &where.st);
		ck_assert_msg(e, "%s: no fresh index entry", names[i]);
		struct loaded_module lm;
		char err[2048];
		ck_assert_msg(loader_load(&opts, names[i], 0, &lm, err,
					  sizeof err) == 0,
			      "%s", err);
		struct module_provides p;
		module_provides_of(lm.module, where.file, &where.st, &p);
		ck_assert_uint_eq(e->kind, p.kind);
		ck_assert_uint_eq(e->reports, p.reports);
		ck_assert_uint_eq(e->defaults, p.defaults);
		ck_assert_str_eq(e->selectors, p.selectors);
		ck_assert_str_eq(e->options, p.options);
		loader_unload(&lm);
	}
	loader_exit();
	module_index_free(&idx);

	struct config cfg = {0};
	char err[512];
	ck_assert_msg(config_load(&cfg, CONFIG_FILE, err, sizeof err) == 0,
		      "%s", err);
	for (size_t i = 0; i < cfg.n_modules; i++) {
		bool built = false;
		for (int k = 0; k < n_names; k++)
			built |= !strcmp(names[k], cfg.modules[i].name);
		ck_assert_msg(built, "config names `%s', which is not built",
			      cfg.modules[i].name);
	}
	config_free(&cfg);
}
END_TEST

START_TEST(modules_were_built)
{
	ck_assert_msg(n_names >= 2, "only %d modules in %s", n_names,
		      BUILT_MODULES_DIR);
}
END_TEST

Suite **test_suites(void)
{
	static Suite *suites[2];
	find_modules();
	Suite *s = suite_create("modules");
	TCase *tc = tcase_create("dlopen");
	tcase_add_test(tc, modules_were_built);
	tcase_add_test(tc, index_matches_modules);
	if (n_names)
		tcase_add_loop_test(tc, module_loads_cleanly, 0, n_names);
	suite_add_tcase(s, tc);
	suites[0] = s;
	return suites;
}
