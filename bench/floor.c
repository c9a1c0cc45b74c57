/*
 * bench/floor.c: the kernel floor the socket tables are measured against.
 *
 *   floor tcp      dump every TCP socket (IPv4, then IPv6) over
 *                  NETLINK_SOCK_DIAG and count them: the least work any
 *                  `netstat -tan` has to pay
 *   floor tcp4     dump the IPv4 TCP table only: the floor of a `-tan` that
 *                  leaves out the IPv6 dump, as netstat does when the
 *                  kernel's counters show no IPv6 TCP socket (that dump
 *                  walks the whole TCP hash, v4 sockets too)
 *   floor tcp-fd   the same as tcp, then a bare readlinkat() of every
 *                  /proc/<pid>/fd/<n>, counting the socket links: the
 *                  least work of `netstat -tanp`
 *   floor tcp --info  the dump of `floor tcp` asking for tcp_info and the
 *                  congestion control (INET_DIAG_INFO, INET_DIAG_CONG),
 *                  as `netstat -tan --info` does: its kernel floor
 *
 * Prints the counts on one line. Built by bench/scale-sockets.sh; not
 * installed, not part of the tool.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>

static long sockets;
static unsigned char extensions; /* idiag_ext of every dump */

static int count_cb(const struct nlmsghdr *nlh, void *data)
{
	(void)data;
	if (nlh->nlmsg_type == SOCK_DIAG_BY_FAMILY)
		sockets++;
	return MNL_CB_OK;
}

static int dump(struct mnl_socket *nl, int family, unsigned seq)
{
	char req[256];
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(req);
	nlh->nlmsg_type = SOCK_DIAG_BY_FAMILY;
	nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	nlh->nlmsg_seq = seq;
	struct inet_diag_req_v2 *r = mnl_nlmsg_put_extra_header(nlh, sizeof *r);
	r->sdiag_family = (unsigned char)family;
	r->sdiag_protocol = IPPROTO_TCP;
	/* The states /proc lists (1..12), as `netstat -tan` asks: not 13
	 * (BOUND_INACTIVE), for which the kernel walks the bind hash too. */
	r->idiag_states = 0x1ffeu;
	r->idiag_ext = extensions;
	if (mnl_socket_sendto(nl, nlh, nlh->nlmsg_len) < 0)
		return -1;
	static char buf[64 * 1024];
	unsigned portid = mnl_socket_get_portid(nl);
	for (;;) {
		ssize_t n = mnl_socket_recvfrom(nl, buf, sizeof buf);
		if (n <= 0)
			return -1;
		int rc =
			mnl_cb_run(buf, (size_t)n, seq, portid, count_cb, NULL);
		if (rc == MNL_CB_STOP)
			return 0;
		if (rc < 0)
			return -1;
	}
}

static long walk_fds(void)
{
	long links = 0;
	DIR *proc = opendir("/proc");
	if (!proc)
		return -1;
	struct dirent *p;
	while ((p = readdir(proc))) {
		if (p->d_name[0] < '1' || p->d_name[0] > '9')
			continue;
		char path[300];
		snprintf(path, sizeof path, "/proc/%s/fd", p->d_name);
		int dfd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (dfd < 0)
			continue;
		DIR *fds = fdopendir(dfd);
		if (!fds) {
			close(dfd);
			continue;
		}
		struct dirent *f;
		while ((f = readdir(fds))) {
			if (f->d_name[0] == '.')
				continue;
			char link[64];
			ssize_t n =
				readlinkat(dfd, f->d_name, link, sizeof link);
			if (n > 8 && memcmp(link, "socket:[", 8) == 0)
				links++;
		}
		closedir(fds);
	}
	closedir(proc);
	return links;
}

int main(int argc, char **argv)
{
	int info = argc == 3 && strcmp(argv[2], "--info") == 0;
	if ((argc != 2 && !info) ||
	    (strcmp(argv[1], "tcp") && strcmp(argv[1], "tcp4") &&
	     strcmp(argv[1], "tcp-fd"))) {
		fprintf(stderr, "usage: floor tcp|tcp4|tcp-fd [--info]\n");
		return 2;
	}
	if (info)
		extensions =
			1u << (INET_DIAG_INFO - 1) | 1u << (INET_DIAG_CONG - 1);
	struct mnl_socket *nl = mnl_socket_open(NETLINK_SOCK_DIAG);
	if (!nl || mnl_socket_bind(nl, 0, MNL_SOCKET_AUTOPID) < 0) {
		perror("floor: netlink");
		return 1;
	}
	int v4_only = strcmp(argv[1], "tcp4") == 0;
	if (dump(nl, AF_INET, 1) < 0 ||
	    (!v4_only && dump(nl, AF_INET6, 2) < 0)) {
		perror("floor: inet_diag dump");
		return 1;
	}
	mnl_socket_close(nl);
	long links = strcmp(argv[1], "tcp-fd") == 0 ? walk_fds() : 0;
	printf("%ld sockets %ld socket links\n", sockets, links);
	return 0;
}
