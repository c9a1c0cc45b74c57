/*
 * The kernel's UNIX sockets over unix_diag (NETLINK_SOCK_DIAG): what
 * /proc/net/unix does not say (the peer, pending connections, queue
 * lengths, the bound file, the owner, memory), read in one dump into a
 * table the /proc rows are joined with by inode.
 */
#ifndef UNIX_DIAG_H
#define UNIX_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The memory counters UNIX_DIAG_MEMINFO carries (the kernel's
 * SK_MEMINFO_* order). */
enum unix_mem {
	UNIX_MEM_RMEM_ALLOC,
	UNIX_MEM_RCVBUF,
	UNIX_MEM_WMEM_ALLOC,
	UNIX_MEM_SNDBUF,
	UNIX_MEM_FWD_ALLOC,
	UNIX_MEM_WMEM_QUEUED,
	UNIX_MEM_OPTMEM,
	UNIX_MEM_BACKLOG,
	UNIX_MEM_DROPS,
	UNIX_MEM_COUNT
};

/* What unix_diag says about one socket; has_* false: not in the reply. */
struct unix_diag_row {
	uint64_t inode;
	uint8_t type, state; /* SOCK_STREAM..., TCP_LISTEN/ESTABLISHED... */
	bool has_peer, has_rqlen, has_vfs, has_uid, has_icons;
	uint32_t peer;		 /* UNIX_DIAG_PEER */
	uint32_t rqueue, wqueue; /* UNIX_DIAG_RQLEN */
	uint32_t vfs_dev, vfs_ino;
	uint32_t uid;
	size_t n_icons;	       /* UNIX_DIAG_ICONS: pending connections */
	const uint32_t *icons; /* their inodes (into the message) */
	size_t n_mem;	       /* how many of mem[] the kernel gave */
	uint32_t mem[UNIX_MEM_COUNT];
};

/*
 * Reads one SOCK_DIAG_BY_FAMILY message of a unix_diag dump (`payload`,
 * `len` bytes: struct unix_diag_msg and its attributes) into `row`.
 * Returns 0, or -EBADMSG when it is malformed (too short, an attribute of
 * the wrong size).
 */
int unix_diag_parse(const void *payload, size_t len, struct unix_diag_row *row);

/* The dumped sockets, by inode. */
struct unix_diag_table;

/* Dumps every UNIX socket of the network namespace, with the memory
 * counters when `memory`. 0, or -errno (-ENOSYS without libmnl; -EINVAL,
 * -ENOENT, -EPROTONOSUPPORT... when the kernel has no unix_diag;
 * -EBADMSG for a malformed reply). */
int unix_diag_load(struct unix_diag_table **out, bool memory);
/* The table from `len` bytes of netlink messages taken as the whole
 * reply of that dump (one stopping without NLMSG_DONE is cut short):
 * the dump's parsing without the socket, for the fuzz harnesses. */
int unix_diag_load_reply(const void *buf, size_t len,
			 struct unix_diag_table **out);
/* The row of socket `inode`, or NULL. */
const struct unix_diag_row *unix_diag_find(const struct unix_diag_table *t,
					   uint64_t inode);
void unix_diag_free(struct unix_diag_table *t);

/* True when error `rc` of unix_diag_load means the kernel (or the build)
 * has no unix_diag, so /proc alone is read without a word. */
bool unix_diag_unsupported(int rc);

#endif
