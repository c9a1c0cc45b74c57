/*
 * net-tools 2.10's IPv6 counter tables (Tcp6 shares Tcp's table:
 * plugins/lib/ip/stats), in its source order, which decides which keys
 * its binary search finds.
 */
#include "plugins/inet6/inet6.h"

#define N(k, t)                                                                \
	{                                                                      \
		k, t, STATS_NUMBER, 0                                          \
	}
#define O(k, t)                                                                \
	{                                                                      \
		k, t, STATS_OPT, 0                                             \
	}
#define IN(k, t)                                                               \
	{                                                                      \
		k, t, STATS_ICMP_IN, STATS_TITLE                               \
	}
#define OUT(k, t)                                                              \
	{                                                                      \
		k, t, STATS_ICMP_OUT, STATS_TITLE                              \
	}
#define COUNT(a) (sizeof a / sizeof a[0])

static const struct stats_entry ip6_tab[] = {
	O("Ip6FragCreates", "%llu fragments created"),
	O("Ip6FragFails", "%llu outgoing packets failed fragmentation"),
	O("Ip6FragOKs", "%llu outgoing packets fragmented ok"),
	O("Ip6InAddrErrors", "%llu with invalid addresses"),
	N("Ip6InDelivers", "%llu incoming packets delivered"),
	N("Ip6InDiscards", "%llu incoming packets discarded"),
	O("Ip6InHdrErrors", "%llu with invalid headers"),
	O("Ip6InMcastPkts", "%llu incoming multicast packets"),
	O("Ip6InNoRoutes", "%llu incoming packets with no route"),
	N("Ip6InReceives", "%llu total packets received"),
	O("Ip6InTooBigErrors", "%llu with packets too big"),
	O("Ip6InTruncatedPkts", "%llu with truncated packets"),
	O("Ip6InUnknownProtos", "%llu with unknown protocol"),
	O("Ip6OutDiscards", "%llu outgoing packets dropped"),
	N("Ip6OutForwDatagrams", "%llu forwarded"),
	O("Ip6OutMcastPkts", "%llu outgoing multicast packets"),
	O("Ip6OutNoRoutes", "%llu dropped because of missing route"),
	N("Ip6OutRequests", "%llu requests sent out"),
	O("Ip6ReasmFails", "%llu packet reassemblies failed"),
	O("Ip6ReasmOKs", "%llu packets reassembled ok"),
	O("Ip6ReasmReqds", "%llu reassemblies required"),
	O("Ip6ReasmTimeout", "%llu fragments dropped after timeout"),
};

static const struct stats_entry icmp6_tab[] = {
	IN("Icmp6InDestUnreachs", "destination unreachable: %llu"),
	IN("Icmp6InEchoReplies", "echo replies: %llu"),
	IN("Icmp6InEchos", "echo requests: %llu"),
	N("Icmp6InErrors", "%llu input ICMP message failed"),
	IN("Icmp6InGroupMembQueries", "group member queries: %llu"),
	IN("Icmp6InGroupMembReductions", "group member reductions: %llu"),
	IN("Icmp6InGroupMembResponses", "group member responses: %llu"),
	N("Icmp6InMsgs", "%llu ICMP messages received"),
	IN("Icmp6InNeighborAdvertisements", "neighbour advertisement: %llu"),
	IN("Icmp6InNeighborSolicits", "neighbour solicits: %llu"),
	IN("Icmp6InParmProblems", "parameter problem: %llu"),
	IN("Icmp6InPktTooBigs", "packets too big: %llu"),
	IN("Icmp6InRedirects", "redirects: %llu"),
	IN("Icmp6InRouterAdvertisements", "router advertisement: %llu"),
	IN("Icmp6InRouterSolicits", "router solicits: %llu"),
	IN("Icmp6InTimeExcds", "received ICMPv6 time exceeded: %llu"),
	OUT("Icmp6OutDestUnreachs", "destination unreachable: %llu"),
	OUT("Icmp6OutEchoReplies", "echo replies: %llu"),
	OUT("Icmp6OutEchos", "echo requests: %llu"),
	OUT("Icmp6OutGroupMembQueries", "group member queries: %llu"),
	OUT("Icmp6OutGroupMembReductions", "group member reductions: %llu"),
	OUT("Icmp6OutGroupMembResponses", "group member responses: %llu"),
	N("Icmp6OutMsgs", "%llu ICMP messages sent"),
	OUT("Icmp6OutNeighborAdvertisements", "neighbor advertisements: %llu"),
	OUT("Icmp6OutNeighborSolicits", "neighbor solicits: %llu"),
	OUT("Icmp6OutParmProblems", "parameter problem: %llu"),
	OUT("Icmp6OutPktTooBigs", "packets too big: %llu"),
	OUT("Icmp6OutRedirects", "redirects: %llu"),
	/* The trailing space is net-tools': this key never matches. */
	OUT("Icmp6OutRouterAdvertisements ", "router advertisement: %llu"),
	OUT("Icmp6OutRouterSolicits", "router solicits: %llu"),
	OUT("Icmp6OutTimeExcds", "sent ICMPv6 time exceeded: %llu"),
};

static const struct stats_entry udp6_tab[] = {
	N("Udp6InDatagrams", "%llu packets received"),
	N("Udp6InErrors", "%llu packet receive errors"),
	N("Udp6NoPorts", "%llu packets to unknown port received"),
	N("Udp6OutDatagrams", "%llu packets sent"),
};

static const struct stats_group ip6 = {"Ip6", ip6_tab, COUNT(ip6_tab),
				       STATS_SW_RAW};
static const struct stats_group icmp6 = {"Icmp6", icmp6_tab, COUNT(icmp6_tab),
					 STATS_SW_RAW};
static const struct stats_group udp6 = {"Udp6", udp6_tab, COUNT(udp6_tab),
					STATS_SW_UDP};

static const struct stats_group *const v6[] = {
	&ip6,
	&icmp6,
	&udp6,
	&stats_tcp6,
};

const struct stats_groups inet6_stats_groups = {v6, COUNT(v6)};

/* The IPv4 Tcp pairs of /proc/net/snmp net-tools prints after them: of
 * IPv4's groups, those a "Tcp" prefix can select. */
static const struct stats_group *const tcp4[] = {&stats_tcp, &stats_tcpext};

const struct stats_groups inet6_tcp4_groups = {tcp4, COUNT(tcp4)};
