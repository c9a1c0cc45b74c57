/* See sock_diag.h. */
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>

#include "plugins/lib/sock_diag/dump_reader.h"
#include "plugins/lib/sock_diag/netlink_buffer.h"
#include "plugins/lib/sock_diag/sock_diag.h"

#ifdef HAVE_LIBMNL

#include <libmnl/libmnl.h>
#include <linux/sock_diag.h>
#include <sys/socket.h>

#include "plugins/lib/sock_diag/netlink_done.h"

/* The kernel fills at most 32 KiB per dump message batch. */
#define RECV_SIZE (64 * 1024)

struct sock_diag {
	struct mnl_socket *nl;
	char *rbuf; /* RECV_SIZE bytes */
	unsigned seq;
};

/* Never written: libmnl takes the table without const. */
static mnl_cb_t ctl_cbs[NLMSG_MIN_TYPE] = NETLINK_CTL_CBS;

int sock_diag_open(struct sock_diag **out)
{
	*out = NULL;
	struct sock_diag *sd = calloc(1, sizeof *sd);
	if (!sd)
		return -ENOMEM;
	sd->rbuf = malloc(RECV_SIZE);
	if (!sd->rbuf) {
		free(sd);
		return -ENOMEM;
	}
	errno = 0;
	sd->nl = mnl_socket_open2(NETLINK_SOCK_DIAG, SOCK_CLOEXEC);
	if (!sd->nl || mnl_socket_bind(sd->nl, 0, MNL_SOCKET_AUTOPID) < 0) {
		int err = errno ? errno : EPROTONOSUPPORT;
		sock_diag_close(sd);
		return -err;
	}
	*out = sd;
	return 0;
}

struct filter {
	sock_diag_msg_fn fn;
	void *arg;
};

/* Only the dump's own messages go to the caller. */
static int msg_cb(const struct nlmsghdr *nlh, void *data)
{
	const struct filter *f = data;
	if (nlh->nlmsg_type != SOCK_DIAG_BY_FAMILY)
		return MNL_CB_OK;
	return f->fn(nlh, f->arg);
}

int sock_diag_parse(const void *buf, size_t len, unsigned seq, unsigned portid,
		    sock_diag_msg_fn fn, void *arg)
{
	if (!netlink_buffer_sane(buf, len))
		return -EBADMSG;
	struct filter f = {fn, arg};
	errno = 0;
	int rc = mnl_cb_run2(buf, len, seq, portid, msg_cb, &f, ctl_cbs,
			     NLMSG_MIN_TYPE);
	if (rc == MNL_CB_STOP)
		return 0;
	if (rc < 0)
		return errno ? -errno : -EPROTO;
	return 1;
}

/*
 * Sends the request and runs the reply through the callbacks. The first
 * batch is received here; when it does not end the dump (a big table),
 * the rest comes from a reader thread so the kernel fills the next batch
 * while this one is parsed (dump_reader.h).
 */
int sock_diag_dump(struct sock_diag *sd, struct nlmsghdr *nlh,
		   sock_diag_msg_fn fn, void *arg)
{
	unsigned seq = ++sd->seq;
	nlh->nlmsg_seq = seq;
	if (mnl_socket_sendto(sd->nl, nlh, nlh->nlmsg_len) < 0)
		return -errno;
	unsigned portid = mnl_socket_get_portid(sd->nl);
	const char *buf = sd->rbuf;
	ssize_t n = mnl_socket_recvfrom(sd->nl, sd->rbuf, RECV_SIZE);
	if (n < 0)
		return -errno;
	struct dump_reader *reader = NULL;
	bool last = n == 0 || dump_batch_ends(buf, (size_t)n, seq);
	if (!last)
		dump_reader_start(&reader, sd->nl, RECV_SIZE, seq);
	int result;
	for (;;) {
		if (n <= 0) {
			result = n < 0 ? (int)n : -EPROTO;
			break;
		}
		int rc = sock_diag_parse(buf, (size_t)n, seq, portid, fn, arg);
		if (rc <= 0 || (reader && last)) {
			/* A batch said to end the dump that did not is bad. */
			result = rc <= 0 ? rc : -EPROTO;
			break;
		}
		if (reader) {
			n = dump_reader_next(reader, &buf, &last);
		} else {
			n = mnl_socket_recvfrom(sd->nl, sd->rbuf, RECV_SIZE);
			if (n < 0)
				n = -errno;
		}
	}
	dump_reader_finish(reader);
	return result;
}

void sock_diag_close(struct sock_diag *sd)
{
	if (!sd)
		return;
	if (sd->nl)
		mnl_socket_close(sd->nl);
	free(sd->rbuf);
	free(sd);
}

#else /* !HAVE_LIBMNL */

int sock_diag_open(struct sock_diag **out)
{
	*out = NULL;
	return -ENOSYS;
}

int sock_diag_dump(struct sock_diag *sd, struct nlmsghdr *nlh,
		   sock_diag_msg_fn fn, void *arg)
{
	return -ENOSYS;
}

int sock_diag_parse(const void *buf, size_t len, unsigned seq, unsigned portid,
		    sock_diag_msg_fn fn, void *arg)
{
	return -ENOSYS;
}

void sock_diag_close(struct sock_diag *sd)
{
}

#endif
