/* core/run/column_use.c: which columns a run needs (host API
 * column_needed), from the format's view, the request and the query. */
#include <string.h>

#include "core/query/query.h"
#include "core/run/column_use.h"
#include "tests/core/core_suites.h"

enum { C_PROTO, C_STATE, C_PEER, C_TEXT, C_PROGRAM, C_COUNT };

static const struct netstat_column cols[C_COUNT] = {
	[C_PROTO] = {.key = "proto", .type = NETSTAT_T_STRING},
	[C_STATE] = {.key = "state", .type = NETSTAT_T_STATE},
	[C_PEER] = {.key = "peer",
		    .type = NETSTAT_T_UINT,
		    .flags = NETSTAT_COL_STRUCTURED_ONLY},
	[C_TEXT] = {.key = "text",
		    .type = NETSTAT_T_STRING,
		    .flags = NETSTAT_COL_CLASSIC_ONLY},
	[C_PROGRAM] = {.key = "program",
		       .type = NETSTAT_T_PROCESS,
		       .when = NETSTAT_WHEN_PROGRAMS},
};
static const struct netstat_section section = {
	.key = "test", .columns = cols, .n_columns = C_COUNT};

static struct query *compile(struct query_spec spec)
{
	struct query *q = NULL;
	char err[256] = "";
	const struct netstat_section *all[] = {&section};
	ck_assert_int_eq(query_compile(&spec, &q, err, sizeof err), 0);
	ck_assert_msg(query_check(q, all, 1, err, sizeof err) == 0, "%s", err);
	return q;
}

static bool needed(const struct netstat_request *req, uint32_t view,
		   const struct query *q, size_t column)
{
	return column_use_needed(&section, req, view, q, column);
}

START_TEST(printed_by_view)
{
	struct netstat_request req = {0};
	ck_assert(needed(&req, NETSTAT_VIEW_CLASSIC, NULL, C_PROTO));
	ck_assert(!needed(&req, NETSTAT_VIEW_CLASSIC, NULL, C_PEER));
	ck_assert(needed(&req, NETSTAT_VIEW_CLASSIC, NULL, C_TEXT));
	ck_assert(needed(&req, NETSTAT_VIEW_STRUCTURED, NULL, C_PEER));
	ck_assert(!needed(&req, NETSTAT_VIEW_STRUCTURED, NULL, C_TEXT));
	/* A column shown only with -p. */
	ck_assert(!needed(&req, NETSTAT_VIEW_STRUCTURED, NULL, C_PROGRAM));
	req.flags = NETSTAT_REQ_PROGRAMS;
	ck_assert(needed(&req, NETSTAT_VIEW_STRUCTURED, NULL, C_PROGRAM));
	/* Past the table. */
	ck_assert(!needed(&req, NETSTAT_VIEW_STRUCTURED, NULL, C_COUNT));
}
END_TEST

START_TEST(read_by_filter)
{
	struct netstat_request req = {0};
	struct query *q = compile((struct query_spec){.filter = "peer > 0"});
	/* Classic does not print it, but the filter reads it. */
	ck_assert(needed(&req, NETSTAT_VIEW_CLASSIC, q, C_PEER));
	ck_assert(needed(&req, NETSTAT_VIEW_CLASSIC, q, C_PROTO));
	ck_assert(!needed(&req, NETSTAT_VIEW_CLASSIC, q, C_PROGRAM));
	query_free(q);
	/* An alias names the column too: `pid` is the process column. */
	q = compile((struct query_spec){.filter = "pid = 1 or proto = x"});
	ck_assert(needed(&req, NETSTAT_VIEW_CLASSIC, q, C_PROGRAM));
	ck_assert(!needed(&req, NETSTAT_VIEW_CLASSIC, q, C_PEER));
	query_free(q);
}
END_TEST

START_TEST(read_by_sort_and_group)
{
	struct netstat_request req = {0};
	struct query *q = compile((struct query_spec){.sort = "-peer"});
	ck_assert(needed(&req, NETSTAT_VIEW_CLASSIC, q, C_PEER));
	/* Sorting keeps the section's own columns. */
	ck_assert(needed(&req, NETSTAT_VIEW_CLASSIC, q, C_STATE));
	query_free(q);
	q = compile((struct query_spec){.group_by = "peer"});
	ck_assert(needed(&req, NETSTAT_VIEW_CLASSIC, q, C_PEER));
	/* Grouped output has only the keys and the count. */
	ck_assert(!needed(&req, NETSTAT_VIEW_CLASSIC, q, C_PROTO));
	query_free(q);
}
END_TEST

START_TEST(narrowed_by_columns_and_count)
{
	struct netstat_request req = {0};
	struct query *q = compile((struct query_spec){.columns = "state"});
	ck_assert(needed(&req, NETSTAT_VIEW_STRUCTURED, q, C_STATE));
	ck_assert(!needed(&req, NETSTAT_VIEW_STRUCTURED, q, C_PROTO));
	ck_assert(!needed(&req, NETSTAT_VIEW_STRUCTURED, q, C_PEER));
	query_free(q);
	q = compile((struct query_spec){.count = true, .filter = "peer = 2"});
	ck_assert(needed(&req, NETSTAT_VIEW_STRUCTURED, q, C_PEER));
	ck_assert(!needed(&req, NETSTAT_VIEW_STRUCTURED, q, C_PROTO));
	query_free(q);
}
END_TEST

Suite *suite_columns(void)
{
	Suite *s = suite_create("columns");
	TCase *tc = tcase_create("needed");
	tcase_add_test(tc, printed_by_view);
	tcase_add_test(tc, read_by_filter);
	tcase_add_test(tc, read_by_sort_and_group);
	tcase_add_test(tc, narrowed_by_columns_and_count);
	suite_add_tcase(s, tc);
	return s;
}
