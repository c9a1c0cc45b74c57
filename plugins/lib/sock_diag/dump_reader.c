/* See dump_reader.h. A ring of batches between one producer (the reader
 * thread, in recvmsg) and one consumer (the caller, parsing). */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>

#include "plugins/lib/sock_diag/dump_reader.h"
#include "plugins/lib/sock_diag/netlink_buffer.h"

#ifdef HAVE_LIBMNL

#include <libmnl/libmnl.h>

/* Batches in flight: enough that neither side waits on the other's
 * jitter; each is one recvmsg (the kernel fills at most 32 KiB). */
#define RING 8
/* A side that waits is woken only once this many batches (or slots) are
 * ready, or the dump ended: the other side goes on meanwhile, and a dump
 * of a thousand batches (--info) takes a quarter of the wake-ups. */
#define WAKE_AT (RING / 2)

struct batch {
	char *buf;
	ssize_t len;
	bool last;
};

struct dump_reader {
	struct mnl_socket *nl;
	unsigned seq;
	size_t size;
	pthread_t thread;
	pthread_mutex_t lock;
	/* One condition per side; the reader signals after letting the lock
	 * go, so the woken consumer does not block on it at once. */
	pthread_cond_t not_full, not_empty;
	bool reader_waiting, consumer_waiting;
	size_t filled, consumed; /* batches so far, each side */
	bool holding;		 /* the consumer has batch `consumed` */
	bool consumer_at_last;	 /* ... and it is the last */
	struct batch ring[RING];
	char *bufs;
};

bool dump_batch_ends(const void *buf, size_t n, unsigned seq)
{
	/* A malformed batch ends the dump: its parse then says so. */
	if (!netlink_buffer_sane(buf, n))
		return true;
	int len = (int)n;
	for (const struct nlmsghdr *h = buf; mnl_nlmsg_ok(h, len);
	     h = mnl_nlmsg_next(h, &len))
		if (h->nlmsg_seq == seq && (h->nlmsg_type == NLMSG_DONE ||
					    h->nlmsg_type == NLMSG_ERROR))
			return true;
	return false;
}

static void *receive(void *arg)
{
	struct dump_reader *r = arg;
	for (bool last = false; !last;) {
		pthread_mutex_lock(&r->lock);
		while (r->filled - r->consumed == RING) {
			r->reader_waiting = true;
			pthread_cond_wait(&r->not_full, &r->lock);
			r->reader_waiting = false;
		}
		struct batch *b = &r->ring[r->filled % RING];
		pthread_mutex_unlock(&r->lock);
		ssize_t n = mnl_socket_recvfrom(r->nl, b->buf, r->size);
		b->len = n < 0 ? -errno : n;
		last = n <= 0 || dump_batch_ends(b->buf, (size_t)n, r->seq);
		b->last = last;
		pthread_mutex_lock(&r->lock);
		r->filled++;
		bool wake = r->consumer_waiting &&
			    (last || r->filled - r->consumed >= WAKE_AT);
		pthread_mutex_unlock(&r->lock);
		if (wake)
			pthread_cond_signal(&r->not_empty);
	}
	return NULL;
}

int dump_reader_start(struct dump_reader **out, struct mnl_socket *nl,
		      size_t size, unsigned seq)
{
	*out = NULL;
	struct dump_reader *r = calloc(1, sizeof *r);
	if (!r)
		return -ENOMEM;
	r->bufs = malloc(RING * size);
	if (!r->bufs) {
		free(r);
		return -ENOMEM;
	}
	r->nl = nl;
	r->seq = seq;
	r->size = size;
	for (size_t i = 0; i < RING; i++)
		r->ring[i].buf = r->bufs + i * size;
	pthread_mutex_init(&r->lock, NULL);
	pthread_cond_init(&r->not_full, NULL);
	pthread_cond_init(&r->not_empty, NULL);
	/* Signals stay with the caller's thread, as before there was a
	 * reader: its handlers and EINTR see what they always saw. */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	int rc = pthread_create(&r->thread, NULL, receive, r);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (rc != 0) {
		pthread_cond_destroy(&r->not_full);
		pthread_cond_destroy(&r->not_empty);
		pthread_mutex_destroy(&r->lock);
		free(r->bufs);
		free(r);
		return -rc;
	}
	*out = r;
	return 0;
}

ssize_t dump_reader_next(struct dump_reader *r, const char **buf, bool *last)
{
	pthread_mutex_lock(&r->lock);
	if (r->holding) { /* the batch handed out before is free again */
		r->consumed++;
		r->holding = false;
		if (r->reader_waiting &&
		    RING - (r->filled - r->consumed) >= WAKE_AT)
			pthread_cond_signal(&r->not_full);
	}
	while (r->filled == r->consumed) {
		r->consumer_waiting = true;
		pthread_cond_wait(&r->not_empty, &r->lock);
		r->consumer_waiting = false;
	}
	struct batch *b = &r->ring[r->consumed % RING];
	r->holding = true;
	pthread_mutex_unlock(&r->lock);
	*buf = b->buf;
	*last = b->last;
	r->consumer_at_last = b->last;
	return b->len;
}

void dump_reader_finish(struct dump_reader *r)
{
	if (!r)
		return;
	/* Drain: the reader stops only at the dump's end. */
	while (!r->consumer_at_last) {
		const char *buf;
		bool last;
		dump_reader_next(r, &buf, &last);
	}
	pthread_join(r->thread, NULL);
	pthread_cond_destroy(&r->not_full);
	pthread_cond_destroy(&r->not_empty);
	pthread_mutex_destroy(&r->lock);
	free(r->bufs);
	free(r);
}

#else /* !HAVE_LIBMNL */

int dump_reader_start(struct dump_reader **out, struct mnl_socket *nl,
		      size_t size, unsigned seq)
{
	*out = NULL;
	return -ENOSYS;
}

ssize_t dump_reader_next(struct dump_reader *r, const char **buf, bool *last)
{
	*last = true;
	return -ENOSYS;
}

void dump_reader_finish(struct dump_reader *r)
{
}

bool dump_batch_ends(const void *buf, size_t n, unsigned seq)
{
	return true;
}

#endif
