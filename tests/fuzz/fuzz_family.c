/*
 * Runs a family plugin over one fuzz input. The input is split at
 * FUZZ_SPLIT into the target's files, written below a private proc root,
 * and the family runs through the mock host twice: numeric with every
 * option that adds columns, then with names and wide output. Anything the
 * parsers or renderers get wrong shows up as a sanitizer report.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tests/fuzz/fuzz.h"

static char root[256];

static void remove_root(void)
{
	char cmd[300];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
	if (system(cmd) != 0)
		fprintf(stderr, "fuzz: cannot remove %s\n", root);
}

static void make_root(void)
{
	const char *tmp = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
	snprintf(root, sizeof root, "%s/netstat-fuzz.XXXXXX", tmp);
	if (!mkdtemp(root)) {
		perror("fuzz: mkdtemp");
		abort();
	}
	atexit(remove_root);
}

/* Creates the parent directories of `path` (below the root). */
static void make_parents(const char *path)
{
	char dir[512];
	snprintf(dir, sizeof dir, "%s/%s", root, path);
	for (char *p = dir + strlen(root) + 1; (p = strchr(p, '/')); p++) {
		*p = '\0';
		if (mkdir(dir, 0700) != 0 && errno != EEXIST)
			abort();
		*p = '/';
	}
}

static void write_file(const char *path, const uint8_t *data, size_t size)
{
	char full[512];
	snprintf(full, sizeof full, "%s/%s", root, path);
	int fd = open(full, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	if (fd < 0)
		abort();
	while (size > 0) {
		ssize_t n = write(fd, data, size);
		if (n <= 0)
			abort();
		data += n;
		size -= (size_t)n;
	}
	close(fd);
}

/* Finds the next FUZZ_SPLIT at or after `from`; returns its offset or
 * `size`. */
static size_t next_split(const uint8_t *data, size_t from, size_t size)
{
	size_t n = sizeof FUZZ_SPLIT - 1;
	for (size_t i = from; i + n <= size; i++)
		if (memcmp(data + i, FUZZ_SPLIT, n) == 0)
			return i;
	return size;
}

static void lay_out(const struct fuzz_target *t, const uint8_t *data,
		    size_t size)
{
	size_t at = 0;
	for (size_t f = 0; f < FUZZ_MAX_FILES && t->files[f]; f++) {
		char full[512];
		snprintf(full, sizeof full, "%s/%s", root, t->files[f]);
		if (at > size) {
			unlink(full); /* fewer parts than files: absent */
			continue;
		}
		size_t end = t->files[f + 1] && f + 1 < FUZZ_MAX_FILES
				     ? next_split(data, at, size)
				     : size;
		write_file(t->files[f], data + at, end - at);
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
 * be a control character other than the newline (docs/security.md).
 */
static void check_terminal_safe(const char *text)
{
	for (const char *p = text; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if ((c < 0x20 && c != '\n') || c == 0x7f) {
			const char *line = p;
			while (line > text && line[-1] != '\n')
				line--;
			fprintf(stderr,
				"fuzz: control byte 0x%02x in output "
				"line: %.*s\n",
				c, (int)strcspn(line, "\n"), line);
			abort();
		}
	}
}

static void run_once(const struct fuzz_target *t, unsigned flags, int extend)
{
	char words[256];
	snprintf(words, sizeof words, "%s", t->selected ? t->selected : "");
	struct netstat_request req = make_request(t, words, flags, extend);
	struct netstat_ctx *ctx = mock_ctx_new(root, &req, NULL);
	mock_add_process(ctx, 1, 1, "init\033[2J");
	size_t n = 0;
	while (n < FUZZ_MAX_MODULES && t->modules[n])
		n++;
	mock_run_modules(ctx, t->modules, n);
	check_terminal_safe(mock_stdout(ctx));
	check_terminal_safe(mock_stderr(ctx));
	mock_ctx_free(ctx);
}

int fuzz_family(const struct fuzz_target *t, const uint8_t *data, size_t size)
{
	if (!root[0]) {
		make_root();
		for (size_t f = 0; f < FUZZ_MAX_FILES && t->files[f]; f++)
			make_parents(t->files[f]);
	}
	lay_out(t, data, size);
	run_once(t,
		 NETSTAT_REQ_ALL | NETSTAT_REQ_TIMERS | NETSTAT_REQ_PROGRAMS |
			 NETSTAT_REQ_NUMERIC_HOSTS | NETSTAT_REQ_NUMERIC_PORTS |
			 NETSTAT_REQ_NUMERIC_USERS | NETSTAT_REQ_NUMERIC_ANY,
		 2);
	run_once(t, NETSTAT_REQ_WIDE | NETSTAT_REQ_VERBOSE, 1);
	return 0;
}
