/*
 * A check of a received netlink buffer before libmnl walks it (every
 * message's length must be at least its header, and the message padded to
 * its alignment must fit in what is left), and the errno an error message
 * carries.
 * libmnl (1.0.4) compares nlmsg_len as an int, so a length of 2^31 or more
 * passes its check and its walk then leaves the buffer (found by
 * tests/fuzz). The kernel never sends such a buffer; a reader that gets
 * one says the reply is malformed. libmnl also walks a message's
 * attributes up to NLMSG_ALIGN(nlmsg_len), so a last message whose padding
 * is missing from the buffer is refused too (the kernel always sends the
 * padding). Header only: inet's route dump uses it
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
		/* The aligned length, as libmnl walks a message's
		 * attributes up to its aligned end; in size_t, where
		 * NLMSG_ALIGN's 32-bit sum would wrap near 2^32. */
		size_t step = ((size_t)h.nlmsg_len + NLMSG_ALIGNTO - 1) &
			      ~(size_t)(NLMSG_ALIGNTO - 1);
		if (h.nlmsg_len < sizeof h || step > len)
			return false;
		if (step == len)
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
