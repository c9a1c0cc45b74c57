/*
 * A NETLINK_SOCK_DIAG socket and its dump loop, shared by the families
 * that ask the kernel for their sockets (inet_diag, unix_diag): open,
 * send one dump request, hand every SOCK_DIAG_BY_FAMILY message to a
 * callback, and report the error a failed dump ends with. A convenience
 * library (libsock_diag.la), built with libmnl when configure found it.
 */
#ifndef SOCK_DIAG_H
#define SOCK_DIAG_H

#include <stddef.h>

struct nlmsghdr;
struct sock_diag;

/* Called for each message of the dump: MNL_CB_OK to go on, MNL_CB_ERROR
 * (errno set) to stop with an error. */
typedef int (*sock_diag_msg_fn)(const struct nlmsghdr *nlh, void *arg);

/* Opens the socket and its receive buffer: 0, or -errno (-ENOSYS without
 * libmnl). */
int sock_diag_open(struct sock_diag **out);

/* Sends request `nlh` (its type, flags and payload set; the sequence
 * number is set here) and runs `fn` over the reply until its end: 0, or
 * -errno (the error NLMSG_ERROR or the final NLMSG_DONE carries, e.g.
 * -ENOENT when the kernel has no handler for the family). */
int sock_diag_dump(struct sock_diag *sd, struct nlmsghdr *nlh,
		   sock_diag_msg_fn fn, void *arg);

/* Runs `fn` over one buffer of a dump's reply (`len` bytes of netlink
 * messages; seq and portid 0 accept any): 1 when the dump goes on in the
 * next buffer, 0 when it ended (NLMSG_DONE), or -errno as
 * sock_diag_dump() says it. The dump loop's parsing step, on its own so
 * the fuzz harnesses (tests/fuzz) feed it crafted replies. */
int sock_diag_parse(const void *buf, size_t len, unsigned seq, unsigned portid,
		    sock_diag_msg_fn fn, void *arg);

/* Closes a socket (NULL is fine). */
void sock_diag_close(struct sock_diag *sd);

#endif
