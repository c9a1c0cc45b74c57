/*
 * --output=FILE: each pass is written to a temporary file in FILE's
 * directory, synced, made 0644 and renamed over FILE, so a reader (the
 * node_exporter textfile collector) sees the old file or the new one,
 * never a part. Nothing of a failed pass is left behind.
 */
#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/run/context.h"

/* The temporary file's name: ".FILE.XXXXXX" beside FILE (a dot file, so
 * collectors reading "*.prom" skip it). */
static int temp_name(const char *path, char *buf, size_t size)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	int dir_len = slash ? (int)(slash - path) + 1 : 0;
	if (!*base)
		return -EISDIR;
	int n = snprintf(buf, size, "%.*s.%s.XXXXXX", dir_len, path, base);
	return n < 0 || (size_t)n >= size ? -ENAMETOOLONG : 0;
}

/* The temporary file open now, for the signal handler: -c runs until it
 * is killed, and a kill mid-pass must not leave the file behind. */
static const char *volatile open_temp;

static void remove_temp_and_die(int sig)
{
	const char *temp = open_temp;
	if (temp)
		unlink(temp);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void catch_signals(void)
{
	static bool caught;
	if (caught)
		return;
	caught = true;
	const int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
	for (size_t i = 0; i < sizeof signals / sizeof signals[0]; i++) {
		struct sigaction sa = {.sa_handler = remove_temp_and_die};
		sigemptyset(&sa.sa_mask);
		sigaction(signals[i], &sa, NULL);
	}
}

int ctx_output_open(struct netstat_ctx *ctx)
{
	if (!ctx->output_path)
		return 0;
	catch_signals();
	int rc = temp_name(ctx->output_path, ctx->output_temp,
			   sizeof ctx->output_temp);
	int fd = rc == 0 ? mkstemp(ctx->output_temp) : -1;
	if (fd < 0) {
		fprintf(stderr, "netstat: --output %s: %s\n", ctx->output_path,
			strerror(rc ? -rc : errno));
		ctx->output_temp[0] = '\0';
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	ctx->out_fd = fd;
	open_temp = ctx->output_temp;
	return 0;
}

/* Closes and removes the temporary file of a pass that failed. */
static void discard(struct netstat_ctx *ctx)
{
	open_temp = NULL;
	close(ctx->out_fd);
	unlink(ctx->output_temp);
	ctx->output_temp[0] = '\0';
	ctx->out_fd = -1;
}

int ctx_output_commit(struct netstat_ctx *ctx)
{
	if (!ctx->output_path || !ctx->output_temp[0])
		return 0;
	/* A failed write is reported once, by ctx_output_status. */
	if (ctx->write_errno) {
		discard(ctx);
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	const char *step = "fsync";
	int rc = fsync(ctx->out_fd);
	if (rc == 0) {
		step = "chmod";
		rc = fchmod(ctx->out_fd, 0644);
	}
	if (rc == 0) {
		step = "close";
		rc = close(ctx->out_fd);
		ctx->out_fd = -1;
	}
	if (rc == 0) {
		step = "rename";
		rc = rename(ctx->output_temp, ctx->output_path);
	}
	open_temp = NULL;
	if (rc != 0) {
		int err = errno;
		if (ctx->out_fd >= 0)
			close(ctx->out_fd);
		unlink(ctx->output_temp);
		fprintf(stderr, "netstat: --output %s: %s: %s\n",
			ctx->output_path, step, strerror(err));
	}
	ctx->output_temp[0] = '\0';
	ctx->out_fd = -1;
	return rc ? NETSTAT_EXIT_UNAVAILABLE : 0;
}
