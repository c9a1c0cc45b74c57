/* Parsing one line of /proc/net/unix (no sscanf: this is the hot path). */
#ifndef UNIX_LINE_H
#define UNIX_LINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Socket flag bits net-tools shows (SO_ACCEPTCON, SO_WAITDATA, SO_NOSPACE). */
#define UNIX_FLAG_ACC 0x10000u
#define UNIX_FLAG_W 0x20000u
#define UNIX_FLAG_N 0x40000u

/* SS_UNCONNECTED: with ACC set, a listening socket. */
#define UNIX_STATE_UNCONNECTED 1

/* Fields of one row; `path` points into the parsed line. */
struct unix_line {
	uint64_t refcount;
	uint64_t protocol;
	uint64_t flags;
	uint64_t type;
	uint64_t state;
	uint64_t inode;
	bool has_inode;	  /* the Inode field was read */
	const char *path; /* rest of the line after the inode; NULL: unbound */
};

/* True when the file's header line announces the Inode column. */
bool unix_header_has_inode(const char *header);

/*
 * Parses a row the way net-tools' "%p: %lX %lX %lX %X %X %lu %s" reads it
 * and returns how many of those fields were read (address first, path
 * last). Fewer than UNIX_MIN_FIELDS means a bogus line.
 */
int unix_line_parse(const char *line, bool with_inode, struct unix_line *out);

#define UNIX_MIN_FIELDS 6

/* True for a listening socket: net-tools' rule, state 1 and ACC. */
bool unix_line_listening(uint64_t state, uint64_t flags);

#endif
