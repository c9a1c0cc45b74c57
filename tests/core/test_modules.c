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

/* The config's loading hints must match what the module really has:
 * `reports` every report it has a source for, `defaults` every report it
 * has a default source for, `selectors` every selector and family of its
 * sources. A wrong hint would make netstat skip a module it needs. */
START_TEST(config_hints_match_sources)
{
	struct config cfg = {0};
	char err[512];
	ck_assert_msg(config_load(&cfg, CONFIG_FILE, err, sizeof err) == 0,
		      "%s", err);
	for (size_t i = 0; i < cfg.n_modules; i++) {
		const struct config_module *cm = &cfg.modules[i];
		if (cm->kind != CONFIG_FAMILY)
			continue;
		char path[512], symbol[128];
		snprintf(path, sizeof path, "%s/.libs/%s.so", BUILT_MODULES_DIR,
			 cm->name);
		void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
		ck_assert_msg(h != NULL, "%s: %s", path, dlerror());
		snprintf(symbol, sizeof symbol, "%s_LTX_netstat_module",
			 cm->name);
		const struct netstat_module *m = dlsym(h, symbol);
		ck_assert_ptr_nonnull(m);
		for (size_t s = 0; s < m->family->n_sources; s++) {
			const struct netstat_source *src =
				&m->family->sources[s];
			unsigned bit = 1u << src->report;
			ck_assert_msg(!cm->reports || (cm->reports & bit),
				      "%s: source %s fills report %u, not "
				      "in `reports'",
				      cm->name, src->name, src->report);
			ck_assert_msg(!cm->has_defaults ||
					      !(src->flags &
						NETSTAT_SOURCE_DEFAULT) ||
					      (cm->defaults & bit),
				      "%s: default source %s (report %u) not "
				      "in `defaults'",
				      cm->name, src->name, src->report);
			bool sel = !cm->selectors, fam = !cm->selectors;
			for (size_t k = 0; k < cm->n_selectors; k++) {
				sel |= !strcmp(cm->selectors[k], src->selector);
				fam |= !strcmp(cm->selectors[k], src->family);
			}
			ck_assert_msg(sel && fam,
				      "%s: source %s (%s/%s) not covered by "
				      "`selectors'",
				      cm->name, src->name, src->selector,
				      src->family);
		}
		dlclose(h);
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
	tcase_add_test(tc, config_hints_match_sources);
	if (n_names)
		tcase_add_loop_test(tc, module_loads_cleanly, 0, n_names);
	suite_add_tcase(s, tc);
	suites[0] = s;
	return suites;
}
