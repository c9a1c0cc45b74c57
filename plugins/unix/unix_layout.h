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
	/* Structured only, from unix_diag (null without it). */
	UNIX_COL_PEER_INODE,
	UNIX_COL_PENDING_CONNECTIONS,
	UNIX_COL_PENDING_INODES,
	UNIX_COL_BACKLOG_LIMIT,
	UNIX_COL_RECV_QUEUE,
	UNIX_COL_SEND_QUEUE,
	UNIX_COL_VFS_DEVICE,
	UNIX_COL_VFS_INODE,
	UNIX_COL_UID,
	UNIX_COL_RMEM_ALLOC, /* the memory counters, in unix_mem order */
	UNIX_COL_RCVBUF,
	UNIX_COL_WMEM_ALLOC,
	UNIX_COL_SNDBUF,
	UNIX_COL_FWD_ALLOC,
	UNIX_COL_WMEM_QUEUED,
	UNIX_COL_OPTMEM,
	UNIX_COL_BACKLOG,
	UNIX_COL_DROPS,
	/* Structured only, with -p: every process holding the socket. */
	UNIX_COL_PROCESSES,
	UNIX_COL_COUNT
};

/* The columns unix_diag fills: UNIX_COL_DIAG_FIRST..UNIX_COL_DIAG_LAST. */
#define UNIX_COL_DIAG_FIRST UNIX_COL_PEER_INODE
#define UNIX_COL_DIAG_LAST UNIX_COL_DROPS
#define UNIX_COL_MEM_FIRST UNIX_COL_RMEM_ALLOC

extern const struct netstat_section unix_section;

/* Names of a socket type and state, or NULL outside net-tools' tables. */
const char *unix_type_name(uint64_t type);
const char *unix_state_name(uint64_t state, uint64_t flags);

/* The list value of the names of the flags net-tools shows (empty for
 * none), the names written to out (room for cap; 3 is enough). */
struct netstat_value unix_flag_names(uint64_t flags, const char **out,
				     size_t cap);

#endif
