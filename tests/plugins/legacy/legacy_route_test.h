/*
 * Shared by the legacy route tests (-r -A <family>): legacy_test.h with a
 * routes request.
 */
#ifndef LEGACY_ROUTE_TEST_H
#define LEGACY_ROUTE_TEST_H

#include "tests/plugins/legacy/legacy_test.h"

static inline void lrt_setup(void)
{
	lt_setup();
	req = mock_request(NETSTAT_REPORT_ROUTES);
}

/* A value that must be absent (NETSTAT_T_NULL). */
static inline void lrt_null(size_t rec, const char *key)
{
	ck_assert_int_eq(lt_value(rec, key)->type, NETSTAT_T_NULL);
}

static inline const char *lrt_str(size_t rec, const char *key)
{
	const struct netstat_value *v = lt_value(rec, key);
	ck_assert_int_eq(v->type, NETSTAT_T_STRING);
	return v->v.s;
}

static inline int64_t lrt_int(size_t rec, const char *key)
{
	const struct netstat_value *v = lt_value(rec, key);
	ck_assert_int_eq(v->type, NETSTAT_T_INT);
	return v->v.i;
}

static inline uint64_t lrt_uint(size_t rec, const char *key)
{
	const struct netstat_value *v = lt_value(rec, key);
	ck_assert_int_eq(v->type, NETSTAT_T_UINT);
	return v->v.u;
}

#endif
