/* The YAML config: valid files, and every kind of bad one. */
#include <string.h>

#include <netstat/error.h>

#include "core/config/config.h"
#include "tests/core/core_suites.h"

static int load(struct config *cfg, const char *text, char *err, size_t size)
{
	memset(cfg, 0, sizeof *cfg);
	return config_load_string(cfg, text, strlen(text), "test.yaml", err,
				  size);
}

START_TEST(valid_config)
{
	struct config cfg;
	char err[512] = "";
	int rc = load(&cfg,
		      "version: 1\n"
		      "format: json\n"
		      "plugin_dirs: [/opt/a, /opt/b]\n"
		      "modules:\n"
		      "  - name: inet\n"
		      "    options:\n"
		      "      backend: proc\n"
		      "  - name: classic\n"
		      "    kind: format\n"
		      "    required: true\n"
		      "    missing_ok: true\n",
		      err, sizeof err);
	ck_assert_msg(rc == 0, "%s", err);
	ck_assert_str_eq(cfg.format, "json");
	ck_assert_uint_eq(cfg.n_plugin_dirs, 2);
	const struct config_module *m =
		config_find(&cfg, "inet", CONFIG_FAMILY);
	ck_assert_ptr_nonnull(m);
	ck_assert(m->enabled && !m->required);
	ck_assert_uint_eq(m->n_options, 1);
	ck_assert_str_eq(m->options[0].key, "backend");
	ck_assert_str_eq(m->options[0].value, "proc");
	ck_assert_str_eq(m->options[0].origin, "test.yaml:7:7");
	ck_assert_str_eq(m->options[0].value_origin, "test.yaml:7:16");
	ck_assert(!m->missing_ok);
	m = config_find(&cfg, "classic", CONFIG_FORMAT);
	ck_assert(m && m->required && m->missing_ok);
	ck_assert_ptr_null(config_find(&cfg, "classic", CONFIG_FAMILY));
	config_free(&cfg);
}
END_TEST

static void expect_error(const char *text, const char *where,
			 const char *reason);

/* What a module provides is the module's to say (ABI 2): the keys that
 * repeated it are refused with the reason, and options are a map of single
 * values. */
START_TEST(provides_keys_and_options)
{
	expect_error("modules:\n  - {name: a, defaults: [routes]}\n",
		     "test.yaml:2:15", "`defaults' is no longer read");
	expect_error("modules:\n  - name: a\n    reports: [routes]\n",
		     "test.yaml:3:5", "each module declares what it provides");
	expect_error("modules:\n  - name: a\n    selectors: [a]\n",
		     "test.yaml:3:5", "`selectors' is no longer read");
	expect_error("modules:\n  - name: a\n    options: [backend]\n",
		     "test.yaml:3:14", "`options' must be a mapping");
	expect_error("modules:\n  - name: a\n    options: {x: [1]}\n",
		     "test.yaml:3:18", "option `x' must be a single value");
}
END_TEST

START_TEST(later_entry_updates_module)
{
	struct config cfg;
	char err[512] = "";
	ck_assert_int_eq(load(&cfg,
			      "modules:\n"
			      "  - {name: unix}\n"
			      "  - {name: unix, enabled: false}\n",
			      err, sizeof err),
			 0);
	ck_assert_uint_eq(cfg.n_modules, 1);
	ck_assert(!cfg.modules[0].enabled);
	config_free(&cfg);
}
END_TEST

/* Each bad input must fail with file:line:column and the reason. */
static void expect_error(const char *text, const char *where,
			 const char *reason)
{
	struct config cfg;
	char err[512] = "";
	ck_assert_int_lt(load(&cfg, text, err, sizeof err), 0);
	ck_assert_msg(strstr(err, where) != NULL, "'%s' lacks '%s'", err,
		      where);
	ck_assert_msg(strstr(err, reason) != NULL, "'%s' lacks '%s'", err,
		      reason);
	config_free(&cfg);
}

START_TEST(broken_yaml)
{
	expect_error("modules:\n  - name: [unclosed\n", "test.yaml:", "");
	expect_error("format: classic\n  bad: indent\n", "test.yaml:2:", "");
}
END_TEST

START_TEST(unknown_keys)
{
	expect_error("fromat: json\n", "test.yaml:1:1", "unknown key `fromat'");
	expect_error("modules:\n  - name: inet\n    kinds: family\n",
		     "test.yaml:3:5", "unknown module key `kinds'");
}
END_TEST

START_TEST(bad_values)
{
	expect_error("modules:\n  - name: inet\n    kind: gadget\n",
		     "test.yaml:3:11", "not family or format");
	expect_error("modules:\n  - name: ../evil\n", "test.yaml:2:11",
		     "may only hold");
	expect_error("plugin_dirs: [relative/dir]\n", "test.yaml:1:15",
		     "not an absolute path");
	expect_error("modules:\n  - name: x\n    enabled: maybe\n",
		     "test.yaml:3:14", "true or false");
	expect_error("modules:\n  - name: x\n    missing_ok: 1\n",
		     "test.yaml:3:17", "true or false");
	expect_error("version: 2\n", "test.yaml:1:10", "version");
	expect_error("- just\n- a list\n", "test.yaml:1:1", "mapping");
	expect_error("modules:\n  - kind: family\n", "test.yaml:2:5",
		     "needs a `name'");
}
END_TEST

START_TEST(aliases_refused)
{
	expect_error("a: &x [1, 2]\nb: *x\n", "test.yaml:2:4",
		     "aliases are not allowed");
}
END_TEST

START_TEST(empty_config_is_valid)
{
	struct config cfg;
	char err[512] = "";
	ck_assert_int_eq(load(&cfg, "", err, sizeof err), 0);
	ck_assert_uint_eq(cfg.n_modules, 0);
	config_free(&cfg);
	ck_assert_int_eq(load(&cfg, "# only a comment\n", err, sizeof err), 0);
	config_free(&cfg);
}
END_TEST

START_TEST(deep_nesting_refused)
{
	char text[400] = "a: ";
	for (int i = 0; i < 100; i++)
		strcat(text, "[");
	expect_error(text, "test.yaml:1:", "");
}
END_TEST

START_TEST(missing_file)
{
	struct config cfg = {0};
	char err[512] = "";
	ck_assert_int_eq(
		config_load(&cfg, "/nonexistent/netstat.yaml", err, sizeof err),
		NETSTAT_ERR_NOTFOUND);
	ck_assert_ptr_nonnull(strstr(err, "/nonexistent/netstat.yaml"));
	config_free(&cfg);
}
END_TEST

Suite *suite_config(void)
{
	Suite *s = suite_create("config");
	TCase *tc = tcase_create("yaml");
	tcase_add_test(tc, valid_config);
	tcase_add_test(tc, provides_keys_and_options);
	tcase_add_test(tc, later_entry_updates_module);
	tcase_add_test(tc, broken_yaml);
	tcase_add_test(tc, unknown_keys);
	tcase_add_test(tc, bad_values);
	tcase_add_test(tc, aliases_refused);
	tcase_add_test(tc, empty_config_is_valid);
	tcase_add_test(tc, deep_nesting_refused);
	tcase_add_test(tc, missing_file);
	suite_add_tcase(s, tc);
	return s;
}
