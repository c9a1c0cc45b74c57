/*
 * Shared by the libFuzzer harnesses: a harness names a target (modules,
 * request, files) and hands each input to fuzz_family(), which serves the
 * input's parts as in-memory files and runs the family through the mock host.
 */
#ifndef TESTS_FUZZ_H
#define TESTS_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tests/mock/mock_host.h"

/* Separates files in one input: "net/tcp data FUZZ_SPLIT net/tcp6 data". */
#define FUZZ_SPLIT "\n%%FILE\n"
#define FUZZ_MAX_FILES 4
#define FUZZ_MAX_MODULES 2

struct fuzz_target {
	const struct netstat_module *modules[FUZZ_MAX_MODULES];
	unsigned report;      /* enum netstat_report */
	const char *selected; /* comma-separated keywords; NULL: none */
	const char *families; /* -A list for routes and statistics */
	unsigned flags;	      /* extra enum netstat_request_flag bits */
	const char *files[FUZZ_MAX_FILES]; /* below the proc root */
};

/* libFuzzer's entry point, which every harness defines. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Runs `t` over one input, numeric or with names (see fuzz_family.c). */
int fuzz_family(const struct fuzz_target *t, const uint8_t *data, size_t size);

/* Set by the replay main(): every input runs every way it can. */
extern bool fuzz_replaying;

/* Aborts when a control byte other than the newline is in `text`: classic
 * output goes to terminals (docs/security.md). */
void fuzz_check_terminal_safe(const char *text);
/* The same for what a mock context printed, and its messages. */
void fuzz_check_output(struct netstat_ctx *ctx);

/* A route dump parser under test, over `reply`: what it returns (the
 * routes handed on, or < 0), with each route counted in *seen by the
 * harness's callback, which also checks it. */
typedef long fuzz_route_parse_fn(struct netstat_ctx *ctx, const void *reply,
				 size_t size, long *seen);

/* Runs `parse` over the input as an rtnetlink route dump reply: checks
 * that what it returns is what it handed on, and what it printed. */
int fuzz_route_reply(fuzz_route_parse_fn *parse, const uint8_t *data,
		     size_t size);

/* A malloc'd copy of exactly `size` bytes (aligned for netlink headers;
 * ASan sees a read one byte past it). */
void *fuzz_copy(const uint8_t *data, size_t size);

#endif
