/*
 * net-tools 2.10's IPv4 counter tables but TCP's (plugins/lib/ip/stats),
 * in its source order (the order decides which keys its binary search
 * finds). The sentences are the texts users and scripts read; keys are
 * the kernel's counter names.
 */
#include "plugins/inet/inet.h"

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

static const struct stats_entry ip_tab[] = {
	{"DefaultTTL", "Default TTL is %llu", STATS_NUMBER, STATS_STATIC},
	{"Forwarding", "Forwarding is %s", STATS_FORWARD, STATS_STATIC},
	N("ForwDatagrams", "%llu forwarded"),
	O("FragCreates", "%llu fragments created"),
	O("FragFails", "%llu outgoing packets failed fragmentation"),
	O("FragOKs", "%llu outgoing packets fragmented ok"),
	O("InAddrErrors", "%llu with invalid addresses"),
	N("InDelivers", "%llu incoming packets delivered"),
	N("InDiscards", "%llu incoming packets discarded"),
	O("InHdrErrors", "%llu with invalid headers"),
	N("InReceives", "%llu total packets received"),
	O("InUnknownProtos", "%llu with unknown protocol"),
	O("OutDiscards", "%llu outgoing packets dropped"),
	O("OutNoRoutes", "%llu dropped because of missing route"),
	N("OutRequests", "%llu requests sent out"),
	O("ReasmFails", "%llu packet reassemblies failed"),
	O("ReasmOKs", "%llu packets reassembled ok"),
	O("ReasmReqds", "%llu reassemblies required"),
	O("ReasmTimeout", "%llu fragments dropped after timeout"),
};

static const struct stats_entry icmp_tab[] = {
	IN("InAddrMaskReps", "address mask replies: %llu"),
	IN("InAddrMasks", "address mask request: %llu"),
	IN("InDestUnreachs", "destination unreachable: %llu"),
	IN("InEchoReps", "echo replies: %llu"),
	IN("InEchos", "echo requests: %llu"),
	N("InErrors", "%llu input ICMP message failed"),
	N("InMsgs", "%llu ICMP messages received"),
	IN("InParmProbs", "wrong parameters: %llu"),
	IN("InRedirects", "redirects: %llu"),
	IN("InSrcQuenchs", "source quenches: %llu"),
	IN("InTimeExcds", "timeout in transit: %llu"),
	IN("InTimestampReps", "timestamp reply: %llu"),
	IN("InTimestamps", "timestamp request: %llu"),
	OUT("OutAddrMaskReps", "address mask replies: %llu"),
	OUT("OutAddrMasks", "address mask requests: %llu"),
	OUT("OutDestUnreachs", "destination unreachable: %llu"),
	OUT("OutEchoReps", "echo replies: %llu"),
	OUT("OutEchos", "echo requests: %llu"),
	N("OutErrors", "%llu ICMP messages failed"),
	N("OutMsgs", "%llu ICMP messages sent"),
	OUT("OutParmProbs", "wrong parameters: %llu"),
	OUT("OutRedirects", "redirect: %llu"),
	OUT("OutSrcQuenchs", "source quench: %llu"),
	OUT("OutTimeExcds", "time exceeded: %llu"),
	OUT("OutTimestampReps", "timestamp replies: %llu"),
	OUT("OutTimestamps", "timestamp requests: %llu"),
};

static const struct stats_entry udp_tab[] = {
	N("InDatagrams", "%llu packets received"),
	N("InErrors", "%llu packet receive errors"),
	N("NoPorts", "%llu packets to unknown port received"),
	N("OutDatagrams", "%llu packets sent"),
	N("RcvbufErrors", "%llu receive buffer errors"),
	N("SndbufErrors", "%llu send buffer errors"),
};

static const struct stats_entry sctp_tab[] = {
	N("SctpAborteds", "%llu Number of Aborteds "),
	N("SctpActiveEstabs", "%llu Active Associations"),
	N("SctpChecksumErrors", "%llu Number of Packets with invalid Checksum"),
	N("SctpCurrEstab", "%llu Current Associations"),
	N("SctpFragUsrMsgs", "%llu Number of messages fragmented"),
	N("SctpInCtrlChunks", "%llu Number of control chunks received"),
	N("SctpInOrderChunks", "%llu Number of ordered chunks received"),
	N("SctpInSCTPPacks", "%llu Number of SCTP packets received"),
	N("SctpInUnorderChunks", "%llu Number of Unordered chunks received"),
	N("SctpOutCtrlChunks", "%llu Number of control chunks sent"),
	N("SctpOutOfBlues", "%llu Number of Out of Blue packets"),
	N("SctpOutOrderChunks", "%llu Number of ordered chunks sent"),
	N("SctpOutSCTPPacks", "%llu Number of SCTP packets sent"),
	N("SctpOutUnorderChunks", "%llu Number of Unordered chunks sent"),
	N("SctpPassiveEstabs", "%llu Passive Associations"),
	N("SctpReasmUsrMsgs", "%llu Number of messages reassembled "),
	N("SctpShutdowns", "%llu Number of Graceful Terminations"),
};

static const struct stats_group ip = {"Ip", ip_tab, COUNT(ip_tab),
				      STATS_SW_RAW};
static const struct stats_group icmp = {"Icmp", icmp_tab, COUNT(icmp_tab),
					STATS_SW_RAW};
static const struct stats_group udp = {"Udp", udp_tab, COUNT(udp_tab),
				       STATS_SW_UDP};
static const struct stats_group sctp = {"Sctp", sctp_tab, COUNT(sctp_tab),
					STATS_SW_SCTP};

/* In net-tools' order of groups. */
static const struct stats_group *const groups[] = {
	&ip, &icmp, &stats_tcp, &udp, &sctp, &stats_tcpext,
};

const struct stats_groups inet_stats_groups = {groups, COUNT(groups)};
