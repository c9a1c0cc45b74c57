/* The socket inode -> process map behind -p, built in one pass over
 * <proc root>/[pid]/fd. */
#ifndef CORE_PROGRAMS_H
#define CORE_PROGRAMS_H

#include <stdbool.h>
#include <stdint.h>

#include <netstat/request.h>
#include <netstat/value.h>

/* Scans every process once and prints net-tools' notes on stderr when not
 * every process could be read. Replaces any earlier map. Every holder of
 * each socket is kept for programs_holders() only with `all_holders`
 * (else only the first, which is all classic's column shows). */
void programs_build(bool all_holders);
/* Process holding `inode`, or NULL (also before programs_build). */
const struct netstat_process *programs_lookup(uint64_t inode);
/* Every process holding `inode`, with its user, cgroup and container
 * (read on the first call after a build); command lines only when
 * `command_lines`. Valid until the next build or free. */
struct netstat_processes programs_holders(uint64_t inode, bool command_lines);
/* True when `req` asks for the processes' full command lines (--info). */
static inline bool
programs_command_lines_wanted(const struct netstat_request *req)
{
	return (req->flags & NETSTAT_REQ_INFO) != 0;
}

/* Frees the map. */
void programs_free(void);

#endif
