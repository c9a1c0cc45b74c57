/*
 * The end of a netlink dump, for every reader that runs one through
 * mnl_cb_run2() (inet_diag and unix_diag here, the IPv4 and IPv6 route
 * dumps): NLMSG_DONE of a failed dump carries the error (e.g. -ENOENT when
 * the kernel has no handler for the protocol), which libmnl's default
 * callback ignores. Header only, like netlink_buffer.h: the route dumps
 * use it without linking this library. Needs libmnl.
 */
#ifndef NETLINK_DONE_H
#define NETLINK_DONE_H

#include <errno.h>
#include <libmnl/libmnl.h>
#include <string.h>

#include "plugins/lib/sock_diag/netlink_buffer.h"

/* NLMSG_DONE: MNL_CB_STOP, or MNL_CB_ERROR with errno set from the error
 * it carries. */
static inline int netlink_done_cb(const struct nlmsghdr *nlh, void *data)
{
	(void)data;
	if (mnl_nlmsg_get_payload_len(nlh) >= sizeof(int)) {
		int err;
		memcpy(&err, mnl_nlmsg_get_payload(nlh), sizeof err);
		if (err < 0) {
			errno = netlink_errno(err);
			return MNL_CB_ERROR;
		}
	}
	return MNL_CB_STOP;
}

/* The control callbacks to hand mnl_cb_run2() (NLMSG_MIN_TYPE of them);
 * a table per file, as libmnl takes it without const. */
#define NETLINK_CTL_CBS                                                        \
	{                                                                      \
		[NLMSG_DONE] = netlink_done_cb                                 \
	}

/* A dump's status from what mnl_cb_run2() returned, errno cleared before
 * it: 0 at NLMSG_DONE, -errno for an error it set, else -EPROTO (a reply
 * that ended without NLMSG_DONE, or a callback's refusal). */
static inline int netlink_run_status(int cb)
{
	return cb == MNL_CB_STOP ? 0 : cb < 0 && errno ? -errno : -EPROTO;
}

#endif
