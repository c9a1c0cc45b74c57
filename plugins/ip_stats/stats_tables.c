/*
 * net-tools 2.10's counter tables, in its source order (the order decides
 * which keys its binary search finds). The sentences are the texts users
 * and scripts read; keys are the kernel's counter names.
 */
#include "plugins/ip_stats/ip_stats.h"

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

static const struct stats_entry tcp_tab[] = {
	N("ActiveOpens", "%llu active connection openings"),
	N("AttemptFails", "%llu failed connection attempts"),
	N("CurrEstab", "%llu connections established"),
	N("EstabResets", "%llu connection resets received"),
	N("InErrs", "%llu bad segments received"),
	N("InSegs", "%llu segments received"),
	N("MaxConn", ""),
	N("OutRsts", "%llu resets sent"),
	N("OutSegs", "%llu segments sent out"),
	N("PassiveOpens", "%llu passive connection openings"),
	N("RetransSegs", "%llu segments retransmitted"),
	{"RtoAlgorithm", "RTO algorithm is %s", STATS_RTO, STATS_STATIC},
	N("RtoMax", ""),
	N("RtoMin", ""),
};

static const struct stats_entry udp_tab[] = {
	N("InDatagrams", "%llu packets received"),
	N("InErrors", "%llu packet receive errors"),
	N("NoPorts", "%llu packets to unknown port received"),
	N("OutDatagrams", "%llu packets sent"),
	N("RcvbufErrors", "%llu receive buffer errors"),
	N("SndbufErrors", "%llu send buffer errors"),
};

static const struct stats_entry tcpext_tab[] = {
	O("DelayedACKLocked",
	  "%llu delayed acks further delayed because of locked socket"),
	O("DelayedACKLost", "Quick ack mode was activated %llu times"),
	O("DelayedACKs", "%llu delayed acks sent"),
	O("EmbryonicRsts",
	  "%llu resets received for embryonic SYN_RECV sockets"),
	O("ListenDrops", "%llu SYNs to LISTEN sockets dropped"),
	O("ListenOverflows",
	  "%llu times the listen queue of a socket overflowed"),
	O("LockDroppedIcmps",
	  "%llu ICMP packets dropped because socket was locked"),
	O("OfoPruned", "%llu packets dropped from out-of-order queue because "
		       "of socket buffer overrun"),
	O("OutOfWindowIcmps",
	  "%llu ICMP packets dropped because they were out-of-window"),
	O("PAWSActive",
	  "%llu active connections rejected because of time stamp"),
	O("PAWSEstab", "%llu packets rejected in established connections "
		       "because of timestamp"),
	O("PAWSPassive",
	  "%llu passive connections rejected because of time stamp"),
	O("PruneCalled", "%llu packets pruned from receive queue because of "
			 "socket buffer overrun"),
	O("RcvPruned", "%llu packets pruned from receive queue"),
	O("SockMallocOOM",
	  "Ran %llu times out of system memory during packet sending"),
	O("SyncookiesFailed", "%llu invalid SYN cookies received"),
	O("SyncookiesRecv", "%llu SYN cookies received"),
	O("SyncookiesSent", "%llu SYN cookies sent"),
	O("TCPAbortFailed", "%llu times unable to send RST due to no memory"),
	O("TCPAbortOnClose", "%llu connections reset due to early user close"),
	O("TCPAbortOnData", "%llu connections reset due to unexpected data"),
	O("TCPAbortOnLinger",
	  "%llu connections aborted after user close in linger timeout"),
	O("TCPAbortOnMemory",
	  "%llu connections aborted due to memory pressure"),
	O("TCPAbortOnSyn", "%llu connections reset due to unexpected SYN"),
	O("TCPAbortOnTimeout", "%llu connections aborted due to timeout"),
	O("TCPDirectCopyFromBacklog",
	  "%llu bytes directly in process context from backlog"),
	O("TCPDirectCopyFromPrequeue",
	  "%llu bytes directly received in process context from prequeue"),
	O("TCPDSACKOfoRecv", "%llu DSACKs for out of order packets received"),
	O("TCPDSACKOfoSent", "%llu DSACKs sent for out of order packets"),
	O("TCPDSACKOldSent", "%llu DSACKs sent for old packets"),
	O("TCPDSACKRecv", "%llu DSACKs received"),
	O("TCPDSackUndo",
	  "%llu congestion window recovered without slow start using DSACK"),
	O("TCPDSACKUndo",
	  "%llu congestion windows recovered without slow start by DSACK"),
	O("TCPFACKReorder", "Detected reordering %llu times using FACK"),
	O("TCPFastRetrans", "%llu fast retransmits"),
	O("TCPForwardRetrans", "%llu forward retransmits"),
	O("TCPFullUndo",
	  "%llu congestion windows fully recovered without slow start"),
	O("TCPHPAcks", "%llu predicted acknowledgments"),
	N("TCPHPHits", "%llu packet headers predicted"),
	O("TCPHPHitsToUser",
	  "%llu packet headers predicted and directly queued to user"),
	O("TCPLossFailures", "%llu timeouts in loss state"),
	O("TCPLoss", "%llu TCP data loss events"),
	O("TCPLossUndo", "%llu congestion windows recovered without slow start "
			 "after partial ack"),
	O("TCPLostRetransmits", "%llu retransmits lost"),
	O("TCPMemoryPressures", "TCP ran low on memory %llu times"),
	O("TCPPartialUndo",
	  "%llu congestion windows partially recovered using Hoe heuristic"),
	O("TCPPrequeued", "%llu packets directly queued to recvmsg prequeue"),
	O("TCPPrequeueDropped", "%llu packets dropped from prequeue"),
	O("TCPPureAcks",
	  "%llu acknowledgments not containing data payload received"),
	O("TCPRcvCollapsed",
	  "%llu packets collapsed in receive queue due to low socket buffer"),
	O("TCPRenoFailures", "%llu timeouts after reno fast retransmit"),
	O("TCPRenoRecoveryFailed", "%llu reno fast retransmits failed"),
	O("TCPRenoRecoveryFail", "%llu classic Reno fast retransmits failed"),
	O("TCPRenoRecovery",
	  "%llu times recovered from packet loss due to fast retransmit"),
	O("TCPRenoReorder",
	  "Detected reordering %llu times using reno fast retransmit"),
	O("TCPSackFailures", "%llu timeouts after SACK recovery"),
	O("TCPSackRecoveryFail", "%llu SACK retransmits failed"),
	O("TCPSackRecovery", "%llu times recovered from packet loss by "
			     "selective acknowledgements"),
	O("TCPSACKReneging", "%llu bad SACK blocks received"),
	O("TCPSACKReorder", "Detected reordering %llu times using SACK"),
	O("TCPSchedulerFailed",
	  "%llu times receiver scheduled too late for direct processing"),
	O("TCPSlowStartRetrans", "%llu retransmits in slow start"),
	O("TCPTimeouts", "%llu other TCP timeouts"),
	O("TCPTSReorder", "Detected reordering %llu times using time stamp"),
	O("TWKilled", "%llu TCP sockets finished time wait in slow timer"),
	O("TW", "%llu TCP sockets finished time wait in fast timer"),
	O("TWRecycled", "%llu time wait sockets recycled by time stamp"),
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

const struct stats_group stats_groups_v4[] = {
	{"Ip", ip_tab, COUNT(ip_tab), STATS_SW_RAW},
	{"Icmp", icmp_tab, COUNT(icmp_tab), STATS_SW_RAW},
	{"Tcp", tcp_tab, COUNT(tcp_tab), STATS_SW_TCP},
	{"Udp", udp_tab, COUNT(udp_tab), STATS_SW_UDP},
	{"Sctp", sctp_tab, COUNT(sctp_tab), STATS_SW_SCTP},
	{"TcpExt", tcpext_tab, COUNT(tcpext_tab), STATS_SW_TCP},
};
const size_t stats_n_groups_v4 = COUNT(stats_groups_v4);

const struct stats_group stats_groups_v6[] = {
	{"Ip6", ip6_tab, COUNT(ip6_tab), STATS_SW_RAW},
	{"Icmp6", icmp6_tab, COUNT(icmp6_tab), STATS_SW_RAW},
	{"Udp6", udp6_tab, COUNT(udp6_tab), STATS_SW_UDP},
	{"Tcp6", tcp_tab, COUNT(tcp_tab), STATS_SW_TCP},
};
const size_t stats_n_groups_v6 = COUNT(stats_groups_v6);
