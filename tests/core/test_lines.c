/* The /proc line reader: ordinary, hostile and odd files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/services/lines.h"
#include "tests/core/core_suites.h"

static char root[64];

static void make_root(void)
{
	strcpy(root, "/tmp/netstat-lines-XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(root));
	lines_set_root(root);
}

/* Runs in the test's child after each test: leave nothing in /tmp. */
static void remove_root(void)
{
	if (!root[0])
		return;
	char cmd[128];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", root);
}

static void write_file(const char *name, const char *data, size_t n)
{
	char path[256];
	snprintf(path, sizeof path, "%s/%s", root, name);
	FILE *fp = fopen(path, "w");
	ck_assert_ptr_nonnull(fp);
	ck_assert_uint_eq(fwrite(data, 1, n, fp), n);
	fclose(fp);
}

START_TEST(reads_lines)
{
	make_root();
	write_file("f", "one\ntwo\n\nlast-no-newline", 24);
	struct netstat_lines *l;
	ck_assert_int_eq(lines_open_path("f", &l), 0);
	size_t n;
	ck_assert_str_eq(lines_next_line(l, &n), "one");
	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(lines_next_line(l, NULL), "two");
	ck_assert_str_eq(lines_next_line(l, NULL), "");
	ck_assert_str_eq(lines_next_line(l, NULL), "last-no-newline");
	ck_assert_ptr_null(lines_next_line(l, NULL));
	lines_close_reader(l);
}
END_TEST

START_TEST(nul_bytes_become_spaces)
{
	make_root();
	write_file("f", "a\0b\nc\n", 6);
	struct netstat_lines *l;
	ck_assert_int_eq(lines_open_path("f", &l), 0);
	size_t n;
	ck_assert_str_eq(lines_next_line(l, &n), "a b");
	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(lines_next_line(l, NULL), "c");
	lines_close_reader(l);
}
END_TEST

START_TEST(long_lines)
{
	/* A 1 MiB line between two short ones survives intact. */
	make_root();
	size_t big = 1024 * 1024;
	char *data = malloc(big + 16);
	memcpy(data, "x\n", 2);
	memset(data + 2, 'y', big);
	memcpy(data + 2 + big, "\nz\n", 3);
	write_file("f", data, big + 5);
	free(data);
	struct netstat_lines *l;
	ck_assert_int_eq(lines_open_path("f", &l), 0);
	size_t n;
	ck_assert_str_eq(lines_next_line(l, NULL), "x");
	const char *line = lines_next_line(l, &n);
	ck_assert_uint_eq(n, big);
	ck_assert_int_eq(line[0], 'y');
	ck_assert_int_eq(line[big - 1], 'y');
	ck_assert_str_eq(lines_next_line(l, NULL), "z");
	ck_assert_ptr_null(lines_next_line(l, NULL));
	lines_close_reader(l);
}
END_TEST

START_TEST(many_lines_across_chunks)
{
	make_root();
	size_t count = 20000;
	char *data = malloc(count * 12);
	size_t len = 0;
	for (size_t i = 0; i < count; i++)
		len += (size_t)sprintf(data + len, "line%06zu\n", i);
	write_file("f", data, len);
	free(data);
	struct netstat_lines *l;
	ck_assert_int_eq(lines_open_path("f", &l), 0);
	char want[32];
	for (size_t i = 0; i < count; i++) {
		snprintf(want, sizeof want, "line%06zu", i);
		ck_assert_str_eq(lines_next_line(l, NULL), want);
	}
	ck_assert_ptr_null(lines_next_line(l, NULL));
	lines_close_reader(l);
}
END_TEST

START_TEST(missing_file_and_display)
{
	make_root();
	struct netstat_lines *l;
	ck_assert_int_eq(lines_open_path("net/none", &l), -2 /* ENOENT */);
	char buf[64];
	ck_assert_str_eq(lines_display("net/tcp", buf, sizeof buf),
			 "/proc/net/tcp");
}
END_TEST

Suite *suite_lines(void)
{
	Suite *s = suite_create("lines");
	TCase *tc = tcase_create("reader");
	tcase_add_checked_fixture(tc, NULL, remove_root);
	tcase_add_test(tc, reads_lines);
	tcase_add_test(tc, nul_bytes_become_spaces);
	tcase_add_test(tc, long_lines);
	tcase_add_test(tc, many_lines_across_chunks);
	tcase_add_test(tc, missing_file_and_display);
	suite_add_tcase(s, tc);
	return s;
}
