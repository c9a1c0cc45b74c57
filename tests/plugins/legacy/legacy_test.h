/*
 * Shared fixture code for the legacy family tests (ipx, ax25, netrom, x25,
 * rose, bluetooth): a request, a mock context over a fixture tree below
 * tests/fixtures/<family>/, and the run's status.
 */
#ifndef LEGACY_TEST_H
#define LEGACY_TEST_H

#include <stdio.h>
#include <string.h>

#include "tests/check_main.h"
#include "tests/mock/mock_host.h"

static struct netstat_request req;
static struct netstat_ctx *ctx;
static int status;

static inline void lt_setup(void)
{
	req = mock_request(NETSTAT_REPORT_CONNECTIONS);
	ctx = NULL;
	status = -1;
}

static inline void lt_teardown(void)
{
	if (ctx)
		mock_ctx_free(ctx);
}

/* Names a family keyword on the command line (`netstat -A <keyword>`). */
static inline void lt_select(const char *keyword)
{
	mock_request_select(&req, keyword);
	req.explicit_count++;
}

static inline void lt_open(const char *family, const char *tree)
{
	/* Other reports run the families named with -A, as `netstat -r -A
	 * <family>` names this one. */
	if (req.report != NETSTAT_REPORT_CONNECTIONS && !*req.families)
		req.families = family;
	char root[1024];
	snprintf(root, sizeof root, "%s/%s/%s", fixtures_dir(), family, tree);
	ctx = mock_ctx_new(root, &req, NULL);
}

static inline void lt_run(const struct netstat_module *module,
			  const char *family, const char *tree)
{
	if (!ctx)
		lt_open(family, tree);
	status = mock_run_family(ctx, module);
}

static inline const struct netstat_value *lt_value(size_t rec, const char *key)
{
	const struct netstat_value *v = mock_value(ctx, rec, key);
	ck_assert_msg(v != NULL, "no value %s in record %zu", key, rec);
	return v;
}

static inline const char *lt_text(size_t rec, const char *key)
{
	const struct netstat_value *v = lt_value(rec, key);
	ck_assert_int_eq(v->type, NETSTAT_T_ADDRESS);
	return v->v.addr.text;
}

#endif
