/* See stream.h. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#include "core/run/stream.h"

#define STREAM_MAX_WATCHES 16

struct watch {
	const char *name;
	int fd;
	int (*ready)(struct netstat_ctx *ctx, void *arg);
	void (*done)(void *arg);
	void *arg;
};

struct stream {
	struct watch w[STREAM_MAX_WATCHES];
	size_t n;
	unsigned long limit, count;
	bool stopped;
	bool held;
	sigset_t saved;
	struct sigaction old_int, old_term;
};

static volatile sig_atomic_t stop_requested;

static void on_stop_signal(int sig)
{
	(void)sig;
	stop_requested = 1;
}

struct stream *stream_new(unsigned long limit)
{
	struct stream *s = calloc(1, sizeof *s);
	if (s)
		s->limit = limit;
	return s;
}

void stream_free(struct stream *s)
{
	free(s);
}

size_t stream_watched(const struct stream *s)
{
	return s->n;
}

int stream_watch(struct netstat_ctx *ctx, const char *name, int fd,
		 int (*ready)(struct netstat_ctx *ctx, void *arg),
		 void (*done)(void *arg), void *arg)
{
	struct stream *s = ctx->stream;
	if (!s || fd < 0 || !ready)
		return NETSTAT_ERR_UNSUPPORTED;
	if (s->n == STREAM_MAX_WATCHES)
		return NETSTAT_ERR_RANGE;
	s->w[s->n++] =
		(struct watch){name ? name : "stream", fd, ready, done, arg};
	return 0;
}

bool stream_accepts(const struct stream *s)
{
	return !s->stopped && !stop_requested;
}

void stream_emitted(struct netstat_ctx *ctx, struct stream *s)
{
	/* Readers act on each event as it comes. */
	ctx_flush(ctx);
	/* Structured formats number their per-event documents by it. */
	ctx->pub.iteration++;
	if (s->limit && ++s->count >= s->limit)
		s->stopped = true;
}

void stream_hold_signals(struct stream *s)
{
	sigset_t stop;
	sigemptyset(&stop);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGTERM);
	sigprocmask(SIG_BLOCK, &stop, &s->saved);
	/* No SA_RESTART: the wait must end when one comes. */
	struct sigaction sa = {.sa_handler = on_stop_signal};
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &s->old_int);
	sigaction(SIGTERM, &sa, &s->old_term);
	s->held = true;
}

static void release_signals(struct stream *s)
{
	if (!s->held)
		return;
	sigaction(SIGINT, &s->old_int, NULL);
	sigaction(SIGTERM, &s->old_term, NULL);
	sigprocmask(SIG_SETMASK, &s->saved, NULL);
	s->held = false;
}

static int wait_loop(struct netstat_ctx *ctx, struct stream *s)
{
	struct pollfd fds[STREAM_MAX_WATCHES];
	for (size_t i = 0; i < s->n; i++)
		fds[i] = (struct pollfd){.fd = s->w[i].fd, .events = POLLIN};
	/* The signals are let in only while waiting. */
	sigset_t waiting = s->saved;
	sigdelset(&waiting, SIGINT);
	sigdelset(&waiting, SIGTERM);
	while (stream_accepts(s)) {
		int n = ppoll(fds, s->n, NULL, &waiting);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		for (size_t i = 0; i < s->n && stream_accepts(s); i++) {
			if (!fds[i].revents)
				continue;
			int rc = s->w[i].ready(ctx, s->w[i].arg);
			if (rc < 0) {
				ctx->pub.host->message(ctx, NETSTAT_STDERR,
						       "netstat: %s: %s\n",
						       s->w[i].name,
						       netstat_strerror(rc));
				return rc == NETSTAT_ERR_NOMEM
					       ? NETSTAT_EXIT_NOMEM
					       : NETSTAT_EXIT_UNAVAILABLE;
			}
		}
	}
	return 0;
}

int stream_wait(struct netstat_ctx *ctx, struct stream *s)
{
	int status = s->n ? wait_loop(ctx, s) : 0;
	if (status < 0) {
		ctx->pub.host->message(ctx, NETSTAT_STDERR,
				       "netstat: waiting for events: %s\n",
				       strerror(-status));
		status = NETSTAT_EXIT_UNAVAILABLE;
	}
	for (size_t i = 0; i < s->n; i++)
		if (s->w[i].done)
			s->w[i].done(s->w[i].arg);
	s->n = 0;
	release_signals(s);
	return status;
}
