/*
 * Streaming reports (--events): the descriptors sources hand the host
 * (netstat_host_api.stream_watch), the wait for them, the stop rules
 * (SIGINT, SIGTERM, --count-events) and the flush after every record.
 */
#ifndef CORE_RUN_STREAM_H
#define CORE_RUN_STREAM_H

#include <stdbool.h>

#include <netstat/netstat.h>

#include "core/run/context.h"

struct stream;

/* A stream that stops after `limit` records (0: only by signal). */
struct stream *stream_new(unsigned long limit);
void stream_free(struct stream *s);

/* The host API member. */
int stream_watch(struct netstat_ctx *ctx, const char *name, int fd,
		 int (*ready)(struct netstat_ctx *ctx, void *arg),
		 void (*done)(void *arg), void *arg);

/* May the record go out? False once the stream stopped. */
bool stream_accepts(const struct stream *s);
/* One record went out: flushes, counts, and stops at the limit. */
void stream_emitted(struct netstat_ctx *ctx, struct stream *s);

/* Before the sources open: SIGINT and SIGTERM are held until the wait,
 * which takes them (so none is lost between a check and a wait). */
void stream_hold_signals(struct stream *s);
/*
 * Waits on what the sources handed over and lets them read, until a
 * signal, the limit or an error; then closes them (their done()) and
 * lets the signals go. Returns 0 or an exit status.
 */
int stream_wait(struct netstat_ctx *ctx, struct stream *s);
/* How many descriptors the sources handed over. */
size_t stream_watched(const struct stream *s);

#endif
