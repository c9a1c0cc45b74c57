/* The socket inode -> process map behind -p, built in one pass over
 * <proc root>/[pid]/fd. */
#ifndef CORE_PROGRAMS_H
#define CORE_PROGRAMS_H

#include <stdint.h>

#include <netstat/value.h>

/* Scans every process once and prints net-tools' notes on stderr when not
 * every process could be read. Replaces any earlier map. */
void programs_build(void);
/* Process holding `inode`, or NULL (also before programs_build). */
const struct netstat_process *programs_lookup(uint64_t inode);
/* Frees the map. */
void programs_free(void);

#endif
