/* The UNIX section: its columns and their net-tools renderings. */
#ifndef UNIX_LAYOUT_H
#define UNIX_LAYOUT_H

#include <netstat/netstat.h>

/* Column positions; records carry one value per column, in this order. */
enum unix_column {
	UNIX_COL_PROTO,
	UNIX_COL_REFCNT,
	UNIX_COL_FLAGS,
	UNIX_COL_FLAG_NAMES,
	UNIX_COL_TYPE,
	UNIX_COL_STATE,
	UNIX_COL_INODE,
	UNIX_COL_PROGRAM,
	UNIX_COL_CONTEXT,
	UNIX_COL_PATH,
	UNIX_COL_COUNT
};

extern const struct netstat_section unix_section;

/* Names of a socket type and state, or NULL outside net-tools' tables. */
const char *unix_type_name(uint64_t type);
const char *unix_state_name(uint64_t state, uint64_t flags);

/* Names of the flags net-tools shows, comma-joined ("ACC,W,N"; "" for
 * none), written to buf; returns the text. */
const char *unix_flag_names(uint64_t flags, char *buf, size_t size);

#endif
