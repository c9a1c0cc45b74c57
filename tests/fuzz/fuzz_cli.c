/*
 * Fuzz harness: the command line (cli_parse, then cli_build_request). The
 * input is the argument list, split at NUL bytes. getopt keeps state in
 * globals, reset fully (optind = 0) before each parse; usage texts go to
 * /dev/null so a run stays quiet.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/cli/cli.h"
#include "tests/fuzz/fuzz.h"

#define MAX_ARGS 64

/* Stands for a config that declares one out-of-tree family. */
static bool is_family(const char *keyword)
{
	return strcmp(keyword, "vendor") == 0;
}

static void quiet(void)
{
	static int done;
	if (done++)
		return;
	if (!freopen("/dev/null", "w", stdout))
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	quiet();
	char *copy = malloc(size + 1);
	if (!copy)
		return 0;
	memcpy(copy, data, size);
	copy[size] = '\0';

	char *argv[MAX_ARGS + 2];
	int argc = 0;
	argv[argc++] = "netstat";
	for (size_t i = 0; i < size && argc < MAX_ARGS; i++) {
		argv[argc++] = copy + i;
		i += strlen(copy + i);
	}
	argv[argc] = NULL;

	struct cli_args args;
	struct netstat_request req;
	int status = -1;
	memset(&args, 0, sizeof args);
	optind = 0;
	opterr = 0;
	if (cli_parse(argc, argv, &args, is_family, &status) == CLI_RUN)
		cli_build_request(&args, &req, &status);
	for (unsigned i = 0; i < args.n_extra; i++)
		free((char *)args.extra_keywords[i]);
	free(copy);
	return 0;
}
