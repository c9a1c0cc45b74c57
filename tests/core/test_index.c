/* What a module provides, the module index, and module options. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <netstat/netstat.h>

#include "core/config/module_options.h"
#include "core/loader/loader.h"
#include "core/loader/module_index.h"
#include "tests/core/core_suites.h"

static const char *dirs[] = {TEST_MODULES_DIR};

static const struct netstat_module *good(struct loaded_module *m)
{
	struct loader_options opts = {.dirs = dirs, .n_dirs = 1};
	char err[4096];
	ck_assert_int_eq(loader_init(), 0);
	ck_assert_msg(loader_load(&opts, "good_family", NETSTAT_MODULE_FAMILY,
				  m, err, sizeof err) == 0,
		      "%s", err);
	return m->module;
}

START_TEST(provides_from_the_sources)
{
	struct loaded_module m;
	struct module_provides p;
	module_provides_of(good(&m), "good_family.la", NULL, &p);
	ck_assert_str_eq(p.name, "good_family");
	ck_assert_uint_eq(p.reports, 1u << NETSTAT_REPORT_CONNECTIONS);
	ck_assert_uint_eq(p.defaults, 1u << NETSTAT_REPORT_CONNECTIONS);
	ck_assert_str_eq(p.selectors, "good_family");
	ck_assert_str_eq(p.options, "word");

	struct netstat_request r = {.report = NETSTAT_REPORT_CONNECTIONS,
				    .families = ""};
	ck_assert(module_provides_wanted(&p, &r)); /* the default listing */
	r.explicit_count = 1;
	r.selected[r.n_selected++] = "tcp";
	ck_assert(!module_provides_wanted(&p, &r));
	r.selected[r.n_selected++] = "good_family";
	ck_assert(module_provides_wanted(&p, &r));
	r.report = NETSTAT_REPORT_ROUTES;
	ck_assert(!module_provides_wanted(&p, &r));
	loader_unload(&m);
}
END_TEST

START_TEST(index_round_trip_and_staleness)
{
	char dir[] = "/tmp/netstat-index-XXXXXX";
	ck_assert_ptr_nonnull(mkdtemp(dir));
	char file[256];
	snprintf(file, sizeof file, "%s/good_family.so", dir);
	FILE *fp = fopen(file, "w");
	ck_assert_ptr_nonnull(fp);
	fputs("not really a module", fp);
	fclose(fp);
	struct stat st;
	ck_assert_int_eq(stat(file, &st), 0);

	struct loaded_module m;
	struct module_provides p;
	module_provides_of(good(&m), "good_family.so", &st, &p);
	loader_unload(&m);
	ck_assert_int_eq(module_index_write(dir, &p, 1), 0);

	struct module_index idx;
	module_index_read(&idx, dir);
	ck_assert_uint_eq(idx.n, 1);
	const struct module_provides *e =
		module_index_fresh(&idx, "good_family", "good_family.so", &st);
	ck_assert_ptr_nonnull(e);
	ck_assert_uint_eq(e->reports, p.reports);
	ck_assert_uint_eq(e->defaults, p.defaults);
	ck_assert_str_eq(e->selectors, p.selectors);
	ck_assert_str_eq(e->options, p.options);
	/* A rebuilt module no longer matches its entry. */
	struct stat changed = st;
	changed.st_size++;
	ck_assert_ptr_null(module_index_fresh(&idx, "good_family",
					      "good_family.so", &changed));
	ck_assert_ptr_null(
		module_index_fresh(&idx, "good_family", "good_family.la", &st));
	module_index_free(&idx);

	/* A malformed index is an empty one, not an error. */
	char path[300];
	snprintf(path, sizeof path, "%s/%s", dir, MODULE_INDEX_FILE);
	fp = fopen(path, "w");
	fputs("good_family family\n\x01\x02 garbage\n", fp);
	fclose(fp);
	module_index_read(&idx, dir);
	ck_assert_uint_eq(idx.n, 0);
	module_index_free(&idx);
	unlink(path);
	unlink(file);
	rmdir(dir);
}
END_TEST

START_TEST(options_defaults_config_and_errors)
{
	struct loaded_module m;
	const struct netstat_module *mod = good(&m);
	struct netstat_option_value v[MODULE_OPTIONS_MAX];
	char err[1024];
	unsetenv("NETSTAT_WORD");
	ck_assert_int_eq(module_options_resolve(mod, NULL, v, err, sizeof err),
			 0);
	ck_assert_str_eq(v[0].s, "hello");
	ck_assert(!v[0].configured);

	struct config_option co = {.key = "word",
				   .value = "goodbye",
				   .origin = "t.yaml:4:7",
				   .value_origin = "t.yaml:4:13"};
	struct config_module entry = {
		.name = "good_family", .options = &co, .n_options = 1};
	ck_assert_int_eq(
		module_options_resolve(mod, &entry, v, err, sizeof err), 0);
	ck_assert_str_eq(v[0].s, "goodbye");
	ck_assert_int_eq(v[0].i, 1);
	ck_assert(v[0].configured);

	co.value = "ciao";
	ck_assert_int_eq(
		module_options_resolve(mod, &entry, v, err, sizeof err),
		NETSTAT_ERR_CONFIG);
	ck_assert_str_eq(err, "t.yaml:4:13: `word' wants one of hello, "
			      "goodbye, not `ciao'");
	co.key = "wrod";
	ck_assert_int_eq(
		module_options_resolve(mod, &entry, v, err, sizeof err),
		NETSTAT_ERR_CONFIG);
	ck_assert_str_eq(err, "t.yaml:4:7: module `good_family' has no "
			      "option `wrod' (it has: word)");

	/* NETSTAT_<KEY> overrides the config. */
	co.key = "word";
	co.value = "hello";
	setenv("NETSTAT_WORD", "goodbye", 1);
	ck_assert_int_eq(
		module_options_resolve(mod, &entry, v, err, sizeof err), 0);
	ck_assert_str_eq(v[0].s, "goodbye");
	setenv("NETSTAT_WORD", "bad", 1);
	ck_assert_int_eq(
		module_options_resolve(mod, &entry, v, err, sizeof err),
		NETSTAT_ERR_CONFIG);
	ck_assert_str_eq(err, "environment NETSTAT_WORD: `word' wants one of "
			      "hello, goodbye, not `bad'");
	unsetenv("NETSTAT_WORD");
	loader_unload(&m);
}
END_TEST

START_TEST(option_types)
{
	struct netstat_option b = {.key = "b", .type = NETSTAT_OPTION_BOOL};
	struct netstat_option i = {
		.key = "i", .type = NETSTAT_OPTION_INT, .min = 1, .max = 9};
	struct netstat_option_value v;
	char err[256];
	ck_assert_int_eq(module_option_parse(&b, "yes", &v, err, sizeof err),
			 0);
	ck_assert(v.b);
	ck_assert_int_eq(module_option_parse(&b, "off", &v, err, sizeof err),
			 0);
	ck_assert(!v.b);
	ck_assert_int_lt(module_option_parse(&b, "maybe", &v, err, sizeof err),
			 0);
	ck_assert_str_eq(err, "`b' wants true or false, not `maybe'");
	ck_assert_int_eq(module_option_parse(&i, "7", &v, err, sizeof err), 0);
	ck_assert_int_eq(v.i, 7);
	ck_assert_int_lt(module_option_parse(&i, "10", &v, err, sizeof err), 0);
	ck_assert_str_eq(err, "`i' wants a whole number from 1 to 9, not `10'");
	ck_assert_int_lt(module_option_parse(&i, "7x", &v, err, sizeof err), 0);
}
END_TEST

Suite *suite_index(void)
{
	Suite *s = suite_create("index");
	TCase *tc = tcase_create("provides");
	tcase_add_test(tc, provides_from_the_sources);
	tcase_add_test(tc, index_round_trip_and_staleness);
	tcase_add_test(tc, options_defaults_config_and_errors);
	tcase_add_test(tc, option_types);
	suite_add_tcase(s, tc);
	return s;
}
