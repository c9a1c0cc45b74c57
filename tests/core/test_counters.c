/* The counter stage of --rate and --delta (core/run/counters.c): rates,
 * wraps, records that appear and vanish, levels, deltas, the state text. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/run/counters.h"
#include "tests/core/core_suites.h"

enum { C_NAME, C_MTU, C_BYTES, C_COUNT };

static const struct netstat_column cols[C_COUNT] = {
	[C_NAME] = {.key = "name",
		    .title = "Name",
		    .type = NETSTAT_T_STRING,
		    .flags = NETSTAT_COL_KEY},
	[C_MTU] = {.key = "mtu",
		   .type = NETSTAT_T_INT,
		   .measure = NETSTAT_MEASURE_GAUGE},
	[C_BYTES] = {.key = "bytes",
		     .title = "Bytes",
		     .type = NETSTAT_T_UINT,
		     .unit = "bytes",
		     .measure = NETSTAT_MEASURE_COUNTER},
};
static const struct netstat_section sect = {
	.key = "t", .title = "T", .columns = cols, .n_columns = C_COUNT};

/* The same section, its counter column called a level (a gauge). */
static const struct netstat_column level_cols[C_COUNT] = {
	[C_NAME] = {.key = "name",
		    .type = NETSTAT_T_STRING,
		    .flags = NETSTAT_COL_KEY},
	[C_MTU] = {.key = "mtu",
		   .type = NETSTAT_T_INT,
		   .measure = NETSTAT_MEASURE_GAUGE},
	[C_BYTES] = {.key = "bytes",
		     .type = NETSTAT_T_UINT,
		     .measure = NETSTAT_MEASURE_GAUGE},
};
static const struct netstat_section level_sect = {
	.key = "t", .title = "T", .columns = level_cols, .n_columns = C_COUNT};

static const struct netstat_column nokey_cols[1] = {
	{.key = "bytes",
	 .type = NETSTAT_T_UINT,
	 .measure = NETSTAT_MEASURE_COUNTER}};
static const struct netstat_section nokey = {
	.key = "nokey", .columns = nokey_cols, .n_columns = 1};

/* Feeds one record; returns whether it is shown, its derived values in
 * *out. */
static bool feed(struct counters *c, const struct netstat_section *s,
		 const char *name, uint64_t bytes, struct netstat_record *out)
{
	struct netstat_value v[C_COUNT] = {netstat_v_str(name),
					   netstat_v_int(1500),
					   netstat_v_uint(bytes)};
	struct netstat_record rec = {
		.section = s, .values = v, .n_values = C_COUNT};
	return counters_apply(c, &rec, out);
}

/* The derived column of key `key`. */
static size_t column(const struct netstat_record *r, const char *key)
{
	for (size_t i = 0; i < r->section->n_columns; i++)
		if (strcmp(r->section->columns[i].key, key) == 0)
			return i;
	ck_abort_msg("no column %s", key);
	return 0;
}

START_TEST(rate_section_types_counters)
{
	struct counters *c = counters_new(COUNTERS_RATE);
	const struct netstat_section *d = counters_section(c, &sect);
	ck_assert_ptr_nonnull(d);
	ck_assert_str_eq(d->key, "t");
	ck_assert_uint_eq(d->columns[C_BYTES].type, NETSTAT_T_DOUBLE);
	ck_assert_str_eq(d->columns[C_BYTES].unit, "bytes/s");
	ck_assert_str_eq(d->columns[C_BYTES].title, "Bytes/s");
	ck_assert_uint_eq(d->columns[C_MTU].type, NETSTAT_T_INT);
	ck_assert_str_eq(d->columns[d->n_columns - 1].key, "interval");
	ck_assert_ptr_null(counters_section(c, &nokey));
	counters_free(c);
}
END_TEST

START_TEST(rate_wrap_appear_vanish)
{
	struct counters *c = counters_new(COUNTERS_RATE);
	struct netstat_record r;
	counters_pass_begin(c, 10.0);
	ck_assert(feed(c, &sect, "a", 1000, &r));
	ck_assert_uint_eq(r.values[column(&r, "bytes")].type, NETSTAT_T_NULL);
	ck_assert(feed(c, &sect, "gone", 5, &r));
	ck_assert(feed(c, &sect, "wrap", 900, &r));
	counters_pass_end(c);

	counters_pass_begin(c, 12.0);
	ck_assert(feed(c, &sect, "a", 1400, &r));
	size_t b = column(&r, "bytes"), iv = column(&r, "interval");
	ck_assert_uint_eq(r.values[b].type, NETSTAT_T_DOUBLE);
	ck_assert_double_eq_tol(r.values[b].v.d, 200.0, 1e-9);
	ck_assert_double_eq_tol(r.values[iv].v.d, 2.0, 1e-9);
	ck_assert_int_eq(r.values[column(&r, "mtu")].v.i, 1500);
	/* Went down: no rate, never a huge or negative one. */
	ck_assert(feed(c, &sect, "wrap", 100, &r));
	ck_assert_uint_eq(r.values[b].type, NETSTAT_T_NULL);
	/* New: no rate yet. */
	ck_assert(feed(c, &sect, "new", 7, &r));
	ck_assert_uint_eq(r.values[b].type, NETSTAT_T_NULL);
	counters_pass_end(c); /* "gone" vanished */

	counters_pass_begin(c, 13.0);
	ck_assert(feed(c, &sect, "wrap", 150, &r));
	ck_assert_double_eq_tol(r.values[b].v.d, 50.0, 1e-9);
	ck_assert(feed(c, &sect, "new", 17, &r));
	ck_assert_double_eq_tol(r.values[b].v.d, 10.0, 1e-9);
	/* Back after vanishing: new again. */
	ck_assert(feed(c, &sect, "gone", 50, &r));
	ck_assert_uint_eq(r.values[b].type, NETSTAT_T_NULL);
	counters_pass_end(c);
	ck_assert_int_eq(counters_error(c), 0);
	counters_free(c);
}
END_TEST

START_TEST(rate_keeps_levels)
{
	struct counters *c = counters_new(COUNTERS_RATE);
	struct netstat_record r;
	counters_pass_begin(c, 1.0);
	feed(c, &sect, "x", 0, &r);
	counters_pass_end(c);
	counters_pass_begin(c, 2.0);
	ck_assert(feed(c, &level_sect, "lvl", 42, &r));
	size_t b = column(&r, "bytes");
	ck_assert_uint_eq(r.values[b].type, NETSTAT_T_DOUBLE);
	ck_assert_double_eq(r.values[b].v.d, 42.0);
	counters_free(c);
}
END_TEST

START_TEST(delta_only_changes)
{
	struct counters *c = counters_new(COUNTERS_DELTA);
	struct netstat_record r;
	counters_pass_begin(c, 1.0);
	/* No earlier value: from zero; zero itself is no change. */
	ck_assert(feed(c, &sect, "a", 10, &r));
	ck_assert_uint_eq(r.values[column(&r, "bytes")].v.u, 10);
	ck_assert(!feed(c, &sect, "zero", 0, &r));
	ck_assert(feed(c, &sect, "down", 100, &r));
	counters_pass_end(c);
	counters_pass_begin(c, 2.0);
	ck_assert(!feed(c, &sect, "a", 10, &r));
	ck_assert(feed(c, &sect, "zero", 3, &r));
	ck_assert_uint_eq(r.values[column(&r, "bytes")].type, NETSTAT_T_UINT);
	ck_assert_uint_eq(r.values[column(&r, "bytes")].v.u, 3);
	ck_assert(feed(c, &sect, "down", 40, &r));
	ck_assert_uint_eq(r.values[column(&r, "bytes")].type, NETSTAT_T_NULL);
	counters_free(c);
}
END_TEST

START_TEST(delta_state_round_trip)
{
	struct counters *c = counters_new(COUNTERS_DELTA);
	struct netstat_record r;
	counters_pass_begin(c, 5.0);
	feed(c, &sect, "a b", 10, &r); /* a key with a space */
	counters_pass_end(c);
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	ck_assert_int_eq(counters_save(c, f), 0);
	fclose(f);
	counters_free(c);

	c = counters_new(COUNTERS_DELTA);
	f = fmemopen(text, len, "r");
	ck_assert_int_eq(counters_load(c, f, 8.0), 0);
	fclose(f);
	ck_assert(counters_have_previous(c));
	counters_pass_begin(c, 8.0);
	ck_assert(feed(c, &sect, "a b", 25, &r));
	ck_assert_uint_eq(r.values[column(&r, "bytes")].v.u, 15);
	ck_assert_double_eq_tol(r.values[column(&r, "interval")].v.d, 3.0,
				1e-9);
	counters_free(c);

	/* From before a reboot (its time is ahead of now): ignored. */
	c = counters_new(COUNTERS_DELTA);
	f = fmemopen(text, len, "r");
	ck_assert_int_eq(counters_load(c, f, 1.0), 0);
	fclose(f);
	ck_assert(!counters_have_previous(c));
	counters_free(c);

	/* Damaged: an error, nothing loaded. */
	static char bad[] = "netstat-counters 1 1.0\nt/x 3 9=1\n";
	c = counters_new(COUNTERS_DELTA);
	f = fmemopen(bad, strlen(bad), "r");
	ck_assert_int_eq(counters_load(c, f, 2.0), NETSTAT_ERR_PARSE);
	fclose(f);
	ck_assert(!counters_have_previous(c));
	counters_free(c);
	free(text);
}
END_TEST

Suite *suite_counters(void)
{
	Suite *s = suite_create("counters");
	TCase *tc = tcase_create("stage");
	tcase_add_test(tc, rate_section_types_counters);
	tcase_add_test(tc, rate_wrap_appear_vanish);
	tcase_add_test(tc, rate_keeps_levels);
	tcase_add_test(tc, delta_only_changes);
	tcase_add_test(tc, delta_state_round_trip);
	suite_add_tcase(s, tc);
	return s;
}
