/*
 * Runs a family plugin over one fuzz input. The input is split at
 * FUZZ_SPLIT into the target's files, which the mock host serves from
 * memory (nothing is written per input), and the family runs through the
 * mock host one of two ways (a replay: both): numeric with every option
 * that adds columns, or with names and wide output. Anything the parsers
 * or renderers get wrong shows up as a sanitizer report. The rtnetlink
 * route harnesses share their run here too (fuzz_route_reply).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tests/fuzz/fuzz.h"

/* Finds the next FUZZ_SPLIT at or after `from`; returns its offset or
 * `size`. */
static size_t next_split(const uint8_t *data, size_t from, size_t size)
{
	size_t n = sizeof FUZZ_SPLIT - 1;
	/* At line starts only: a memcmp at every byte would be most of a
	 * run's time under libFuzzer's memcmp hook. */
	for (size_t i = from; i + n <= size;) {
		const uint8_t *nl = memchr(data + i, '\n', size - n + 1 - i);
		if (!nl)
			break;
		i = (size_t)(nl - data);
		if (memcmp(data + i, FUZZ_SPLIT, n) == 0)
			return i;
		i++;
	}
	return size;
}

/* Serves the input's parts as the target's files, from memory: a part
 * missing (fewer splits than files) is a file that does not exist. */
static void lay_out(struct netstat_ctx *ctx, const struct fuzz_target *t,
		    const uint8_t *data, size_t size)
{
	size_t at = 0;
	for (size_t f = 0; f < FUZZ_MAX_FILES && t->files[f]; f++) {
		if (at > size)
			break;
		size_t end = t->files[f + 1] && f + 1 < FUZZ_MAX_FILES
				     ? next_split(data, at, size)
				     : size;
		mock_add_file(ctx, t->files[f], (const char *)data + at,
			      end - at);
		at = end + sizeof FUZZ_SPLIT - 1;
	}
}

static struct netstat_request make_request(const struct fuzz_target *t,
					   char *words, unsigned flags,
					   int extend)
{
	struct netstat_request req = mock_request(t->report);
	req.flags = flags | t->flags;
	req.extend = extend;
	req.families = t->families ? t->families : "";
	char *save = NULL;
	for (char *w = strtok_r(words, ",", &save); w;
	     w = strtok_r(NULL, ",", &save)) {
		mock_request_select(&req, w);
		req.explicit_count++;
	}
	return req;
}

/*
 * Classic output goes to terminals: whatever the input, no byte of it may
 * be a control character other than the newline (docs/security.md), and
 * the tab that starts the --info/--memory details line (classic.c).
 */
void fuzz_check_terminal_safe(const char *text)
{
	/* strcspn, not a loop over every byte: libFuzzer traces each
	 * comparison of an instrumented loop, which would cost more than
	 * the run it checks. */
	static const char control[] = "\x01\x02\x03\x04\x05\x06\x07\x08\x09"
				      "\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13"
				      "\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c"
				      "\x1d\x1e\x1f\x7f";
	for (const char *p = text; *(p += strcspn(p, control)); p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '\t' && (p == text || p[-1] == '\n'))
			continue;
		const char *line = p;
		while (line > text && line[-1] != '\n')
			line--;
		fprintf(stderr,
			"fuzz: control byte 0x%02x in output line: %.*s\n", c,
			(int)strcspn(line, "\n"), line);
		abort();
	}
}

static void run_once(const struct fuzz_target *t, const uint8_t *data,
		     size_t size, unsigned flags, int extend)
{
	char words[256];
	snprintf(words, sizeof words, "%s", t->selected ? t->selected : "");
	struct netstat_request req = make_request(t, words, flags, extend);
	struct netstat_ctx *ctx = mock_ctx_new("", &req, NULL);
	mock_count_records_only(ctx);
	lay_out(ctx, t, data, size);
	mock_add_process(ctx, 1, 1, "init\033[2J");
	size_t n = 0;
	while (n < FUZZ_MAX_MODULES && t->modules[n])
		n++;
	mock_run_modules(ctx, t->modules, n);
	fuzz_check_output(ctx);
	mock_ctx_free(ctx);
}

void fuzz_check_output(struct netstat_ctx *ctx)
{
	fuzz_check_terminal_safe(mock_stdout(ctx));
	fuzz_check_terminal_safe(mock_stderr(ctx));
}

void *fuzz_copy(const uint8_t *data, size_t size)
{
	void *p = malloc(size ? size : 1);
	if (!p)
		abort();
	if (size)
		memcpy(p, data, size);
	return p;
}

int fuzz_route_reply(fuzz_route_parse_fn *parse, const uint8_t *data,
		     size_t size)
{
	struct netstat_request req = mock_request(NETSTAT_REPORT_ROUTES);
	struct netstat_ctx *ctx = mock_ctx_new("", &req, NULL);
	void *reply = fuzz_copy(data, size);
	long seen = 0;
	long n = parse(ctx, reply, size, &seen);
	if (n >= 0 && n != seen)
		abort();
	free(reply);
	fuzz_check_output(ctx);
	mock_ctx_free(ctx);
	return 0;
}

/* Weak: replay_main.c's definition wins where it is linked (the replay
 * builds, which harnesses without this file link too). */
__attribute__((weak)) bool fuzz_replaying;

/*
 * Under libFuzzer an input runs one of the two ways, by its length's
 * parity (mutations flip it, so both get half of the runs: twice the
 * executions per second); a replay runs every input both ways.
 */
int fuzz_family(const struct fuzz_target *t, const uint8_t *data, size_t size)
{
	if (fuzz_replaying || size % 2 == 0)
		run_once(t, data, size,
			 NETSTAT_REQ_ALL | NETSTAT_REQ_TIMERS |
				 NETSTAT_REQ_PROGRAMS |
				 NETSTAT_REQ_NUMERIC_HOSTS |
				 NETSTAT_REQ_NUMERIC_PORTS |
				 NETSTAT_REQ_NUMERIC_USERS |
				 NETSTAT_REQ_NUMERIC_ANY,
			 2);
	if (fuzz_replaying || size % 2 == 1)
		run_once(t, data, size, NETSTAT_REQ_WIDE | NETSTAT_REQ_VERBOSE,
			 1);
	return 0;
}
