/*
 * Choosing and starting the modules of a run (core/loader/registry.c):
 * options from the config reach init(), a bad option is fatal, and the
 * module index decides what is opened while it is fresh.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <netstat/netstat.h>

#include "core/config/config.h"
#include "core/loader/module_index.h"
#include "core/loader/registry.h"
#include "tests/core/core_suites.h"

static char dir[64];
static char err_file[sizeof dir + 16];
static int saved_stderr = -1;

static void copy_module(const char *name)
{
	char cmd[1024];
	snprintf(cmd, sizeof cmd, "cp %s/.libs/%s.so %s/", TEST_MODULES_DIR,
		 name, dir);
	ck_assert_int_eq(system(cmd), 0);
}

/* A private module directory on NETSTAT_PLUGIN_PATH, stderr to a file. */
static void setup(void)
{
	/* A fresh template each time: Check may run every test in one
	 * process (CK_FORK=no, as under valgrind). */
	snprintf(dir, sizeof dir, "/tmp/netstat-registry-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(dir));
	copy_module("good_family");
	copy_module("good_format");
	setenv("NETSTAT_PLUGIN_PATH", dir, 1);
	unsetenv("NETSTAT_WORD");
	snprintf(err_file, sizeof err_file, "%s/stderr", dir);
	int fd = open(err_file, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	ck_assert_int_ge(fd, 0);
	saved_stderr = dup(2);
	dup2(fd, 2);
	close(fd);
	ck_assert_int_eq(loader_init(), 0);
}

static void teardown(void)
{
	if (saved_stderr >= 0) {
		dup2(saved_stderr, 2);
		close(saved_stderr);
		saved_stderr = -1;
	}
	char cmd[256];
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	if (system(cmd) != 0)
		fprintf(stdout, "# could not remove %s\n", dir);
}

static const char *stderr_text(void)
{
	static char buf[4096];
	FILE *fp = fopen(err_file, "r");
	size_t n = fp ? fread(buf, 1, sizeof buf - 1, fp) : 0;
	buf[n] = '\0';
	if (fp)
		fclose(fp);
	return buf;
}

static void config(struct config *cfg, const char *family_extra)
{
	char text[1024];
	snprintf(text, sizeof text,
		 "modules:\n"
		 "  - {name: good_format, kind: format}\n"
		 "  - name: good_family\n"
		 "%s",
		 family_extra);
	char err[512];
	memset(cfg, 0, sizeof *cfg);
	ck_assert_msg(config_load_string(cfg, text, strlen(text), "t.yaml", err,
					 sizeof err) == 0,
		      "%s", err);
}

static struct netstat_request listing(void)
{
	struct netstat_request r = {.report = NETSTAT_REPORT_CONNECTIONS,
				    .families = ""};
	return r;
}

START_TEST(options_reach_init)
{
	struct config cfg;
	config(&cfg, "    options: {word: goodbye}\n");
	struct netstat_request req = listing();
	struct registry reg;
	ck_assert_int_eq(registry_load(&reg, &cfg, &req, "good_format"), 0);
	ck_assert_uint_eq(reg.n_families, 1);
	ck_assert_str_eq(reg.planned[0].state, "goodbye");
	registry_free(&reg);
	config_free(&cfg);
}
END_TEST

START_TEST(bad_option_is_fatal)
{
	struct config cfg;
	config(&cfg, "    options:\n      wrod: goodbye\n");
	struct netstat_request req = listing();
	struct registry reg;
	ck_assert_int_lt(registry_load(&reg, &cfg, &req, "good_format"), 0);
	registry_free(&reg);
	config_free(&cfg);
	ck_assert_str_eq(stderr_text(),
			 "netstat: t.yaml:5:7: module `good_family' has no "
			 "option `wrod' (it has: word)\n");
}
END_TEST

/* An index entry is trusted while the file it describes is unchanged. */
START_TEST(fresh_index_decides_stale_index_does_not)
{
	char path[256];
	snprintf(path, sizeof path, "%s/good_family.so", dir);
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	struct module_provides p = {.kind = NETSTAT_MODULE_FAMILY,
				    .reports = 1u << NETSTAT_REPORT_ROUTES,
				    .defaults = 1u << NETSTAT_REPORT_ROUTES,
				    .selectors = "good_family",
				    .options = "word",
				    .size = st.st_size,
				    .mtime_sec = st.st_mtim.tv_sec,
				    .mtime_nsec = st.st_mtim.tv_nsec};
	strcpy(p.name, "good_family");
	strcpy(p.file, "good_family.so");
	ck_assert_int_eq(module_index_write(dir, &p, 1), 0);

	struct config cfg;
	config(&cfg, "");
	struct netstat_request req = listing();
	struct registry reg;
	/* The index says: no connections. Not opened. */
	ck_assert_int_eq(registry_load(&reg, &cfg, &req, "good_format"), 0);
	ck_assert_uint_eq(reg.n_families, 0);
	registry_free(&reg);
	/* The module changed since: opened, and it does list connections. */
	struct timespec later[2] = {{.tv_nsec = UTIME_OMIT},
				    {.tv_sec = st.st_mtim.tv_sec + 10}};
	ck_assert_int_eq(utimensat(AT_FDCWD, path, later, 0), 0);
	ck_assert_int_eq(registry_load(&reg, &cfg, &req, "good_format"), 0);
	ck_assert_uint_eq(reg.n_families, 1);
	registry_free(&reg);
	config_free(&cfg);
}
END_TEST

/* A module the index rules out is not opened, but its options are still
 * checked against the keys the index lists. */
START_TEST(unopened_module_options_checked)
{
	char path[256];
	snprintf(path, sizeof path, "%s/good_family.so", dir);
	struct stat st;
	ck_assert_int_eq(stat(path, &st), 0);
	struct module_provides p = {.kind = NETSTAT_MODULE_FAMILY,
				    .reports = 1u << NETSTAT_REPORT_ROUTES,
				    .options = "word",
				    .size = st.st_size,
				    .mtime_sec = st.st_mtim.tv_sec,
				    .mtime_nsec = st.st_mtim.tv_nsec};
	strcpy(p.name, "good_family");
	strcpy(p.file, "good_family.so");
	ck_assert_int_eq(module_index_write(dir, &p, 1), 0);
	struct config cfg;
	config(&cfg, "    options: {colour: red}\n");
	struct netstat_request req = listing();
	struct registry reg;
	ck_assert_int_lt(registry_load(&reg, &cfg, &req, "good_format"), 0);
	registry_free(&reg);
	config_free(&cfg);
	ck_assert_str_eq(stderr_text(),
			 "netstat: t.yaml:4:15: module `good_family' has no "
			 "option `colour' (it has: word)\n");
}
END_TEST

/* missing_ok: a module in no directory is left out without a word; one
 * without it is a warning. */
START_TEST(missing_ok_is_silent)
{
	struct config cfg;
	config(&cfg, "  - {name: absent_quiet, missing_ok: true}\n"
		     "  - {name: absent_loud}\n");
	struct netstat_request req = listing();
	struct registry reg;
	ck_assert_int_eq(registry_load(&reg, &cfg, &req, "good_format"), 0);
	ck_assert_uint_eq(reg.n_families, 1);
	registry_free(&reg);
	config_free(&cfg);
	const char *err = stderr_text();
	ck_assert_ptr_null(strstr(err, "absent_quiet"));
	ck_assert_ptr_nonnull(strstr(err, "warning: module `absent_loud' not "
					  "found in"));
}
END_TEST

/* --list-modules' view: every configured module with its state, file,
 * ABI and reason, and nothing on stderr. */
START_TEST(describe_every_module)
{
	struct config cfg;
	config(&cfg, "    options: {word: hello}\n"
		     "  - {name: absent_quiet, missing_ok: true}\n"
		     "  - {name: absent_loud}\n"
		     "  - {name: off, enabled: false}\n"
		     "  - {name: good_format, kind: family}\n");
	struct registry reg;
	ck_assert_int_eq(registry_load_format(&reg, &cfg, "good_format"), 0);
	struct registry_entry *e;
	size_t n;
	ck_assert_int_eq(registry_describe(&reg, &cfg, &e, &n), 0);
	ck_assert_uint_eq(n, 6);
	ck_assert_str_eq(e[0].config->name, "good_format");
	ck_assert_int_eq(e[0].state, REGISTRY_LOADED);
	ck_assert_int_eq(e[1].state, REGISTRY_LOADED);
	ck_assert(e[1].opened && e[1].abi_known);
	ck_assert_uint_eq(e[1].abi_major, NETSTAT_ABI_MAJOR);
	ck_assert_uint_eq(e[1].reports, 1u << NETSTAT_REPORT_CONNECTIONS);
	char file[512];
	snprintf(file, sizeof file, "%s/good_family.so", dir);
	ck_assert_str_eq(e[1].file, file);
	ck_assert_int_eq(e[2].state, REGISTRY_MISSING);
	ck_assert_ptr_null(e[2].file);
	ck_assert_int_eq(e[3].state, REGISTRY_FAILED);
	ck_assert_ptr_nonnull(strstr(e[3].reason, "not found in"));
	ck_assert_int_eq(e[4].state, REGISTRY_DISABLED);
	ck_assert(!e[4].opened);
	/* The config says family, the file is a format: refused, by kind. */
	ck_assert_int_eq(e[5].state, REGISTRY_FAILED);
	ck_assert_ptr_nonnull(strstr(e[5].reason, "is a format module"));
	registry_entries_free(e, n);
	registry_free(&reg);
	config_free(&cfg);
	ck_assert_str_eq(stderr_text(), "");
}
END_TEST

Suite *suite_registry(void)
{
	Suite *s = suite_create("registry");
	TCase *tc = tcase_create("modules");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, options_reach_init);
	tcase_add_test(tc, bad_option_is_fatal);
	tcase_add_test(tc, fresh_index_decides_stale_index_does_not);
	tcase_add_test(tc, unopened_module_options_checked);
	tcase_add_test(tc, missing_ok_is_silent);
	tcase_add_test(tc, describe_every_module);
	suite_add_tcase(s, tc);
	return s;
}
