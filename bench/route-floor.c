/*
 * bench/route-floor.c — the rtnetlink floor of a route listing: dumps the
 * FIB and counts the routes, nothing else (no text, no lookups). Built by
 * bench/scale-routes.sh, never installed.
 *
 *   route-floor -4   IPv4 main table (the request netstat -rn makes)
 *   route-floor -6   every IPv6 table (what /proc/net/ipv6_route lists)
 *
 * Prints the route count on stdout; exit 1 on a netlink error.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <libmnl/libmnl.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

#define RECV_SIZE (64 * 1024)

static int count_cb(const struct nlmsghdr *nlh, void *data)
{
	if (nlh->nlmsg_type == RTM_NEWROUTE)
		++*(long *)data;
	return MNL_CB_OK;
}

int main(int argc, char **argv)
{
	int family = argc > 1 && strcmp(argv[1], "-6") == 0 ? AF_INET6 : AF_INET;
	struct mnl_socket *nl = mnl_socket_open(NETLINK_ROUTE);
	if (!nl || mnl_socket_bind(nl, 0, MNL_SOCKET_AUTOPID) < 0) {
		perror("route-floor: netlink");
		return 1;
	}
	int one = 1;
	mnl_socket_setsockopt(nl, NETLINK_GET_STRICT_CHK, &one, sizeof one);
	char req[256];
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(req);
	nlh->nlmsg_type = RTM_GETROUTE;
	nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	nlh->nlmsg_seq = (unsigned)time(NULL);
	struct rtmsg *rm = mnl_nlmsg_put_extra_header(nlh, sizeof *rm);
	rm->rtm_family = (unsigned char)family;
	if (family == AF_INET) {
		rm->rtm_table = RT_TABLE_MAIN;
		mnl_attr_put_u32(nlh, RTA_TABLE, RT_TABLE_MAIN);
	}
	if (mnl_socket_sendto(nl, nlh, nlh->nlmsg_len) < 0) {
		perror("route-floor: send");
		return 1;
	}
	static char buf[RECV_SIZE];
	unsigned portid = mnl_socket_get_portid(nl), seq = nlh->nlmsg_seq;
	long routes = 0;
	int rc;
	for (;;) {
		ssize_t n = mnl_socket_recvfrom(nl, buf, sizeof buf);
		if (n <= 0) {
			perror("route-floor: recv");
			return 1;
		}
		rc = mnl_cb_run(buf, (size_t)n, seq, portid, count_cb, &routes);
		if (rc <= MNL_CB_STOP)
			break;
	}
	mnl_socket_close(nl);
	if (rc < 0) {
		perror("route-floor: dump");
		return 1;
	}
	printf("%ld\n", routes);
	return 0;
}
