/*
 * The rest of a big dump, received on a second thread: while the caller
 * turns one batch of messages into rows, the kernel fills the next one in
 * the reader's recvmsg(2) (a netlink dump is produced in the receiving
 * call), so the two cores overlap instead of taking turns. Used by
 * sock_diag_dump once a reply is known to span several batches; a dump
 * that fits one batch never starts a thread.
 */
#ifndef DUMP_READER_H
#define DUMP_READER_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct mnl_socket;
struct dump_reader;

/* Starts receiving dump `seq` of `nl` into buffers of `size` bytes: 0,
 * or -errno (the caller then receives the dump itself). */
int dump_reader_start(struct dump_reader **out, struct mnl_socket *nl,
		      size_t size, unsigned seq);

/* Waits for the next batch: its bytes in *buf and what recvmsg returned
 * (< 0: -errno, 0: the socket closed). The batch stays valid until the
 * next call. *last says it ends the dump (NLMSG_DONE or NLMSG_ERROR, or a
 * receive error): no call after it. */
ssize_t dump_reader_next(struct dump_reader *r, const char **buf, bool *last);

/* Receives what is left of the dump (the caller stopped early), so the
 * socket is clean for the next request, and ends the thread. */
void dump_reader_finish(struct dump_reader *r);

/* True when a batch of `n` bytes holds the end of dump `seq`. */
bool dump_batch_ends(const void *buf, size_t n, unsigned seq);

#endif
