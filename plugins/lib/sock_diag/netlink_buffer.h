/*
 * A check of a received netlink buffer before libmnl walks it (every
 * message's length must be at least its header and fit in what is left),
 * and the errno an error message carries.
 * libmnl (1.0.4) compares nlmsg_len as an int, so a length of 2^31 or more
 * passes its check and its walk then leaves the buffer (found by
 * tests/fuzz). The kernel never sends such a buffer; a reader that gets
 * one says the reply is malformed. Header only: inet's route dump uses it
 * without linking this library.
 */
#ifndef NETLINK_BUFFER_H
#define NETLINK_BUFFER_H

#include <errno.h>
#include <linux/netlink.h>
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

static inline bool netlink_buffer_sane(const void *buf, size_t len)
{
	const unsigned char *p = buf;
	while (len >= sizeof(struct nlmsghdr)) {
		struct nlmsghdr h;
		memcpy(&h, p, sizeof h);
		if (h.nlmsg_len < sizeof h || h.nlmsg_len > len)
			return false;
		size_t step = NLMSG_ALIGN(h.nlmsg_len);
		if (step >= len)
			break;
		p += step;
		len -= step;
	}
	return true;
}

/* errno for the error code `err` (< 0) of an NLMSG_DONE or NLMSG_ERROR:
 * -err when it is one (the kernel's are -1..-4095), else EPROTO (and no
 * overflow negating INT_MIN: found by tests/fuzz). */
static inline int netlink_errno(int err)
{
	return err < 0 && err >= -4095 ? -err : EPROTO;
}

#endif
