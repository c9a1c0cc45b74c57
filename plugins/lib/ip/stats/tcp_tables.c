/*
 * net-tools 2.10's TCP counter tables, which both families print (Tcp
 * from /proc/net/snmp after the IPv6 groups too, Tcp6 with Tcp's table),
 * in its source order: the order decides which keys its binary search
 * finds.
 */
#include "plugins/lib/ip/stats/ip_stats.h"

#define N(k, t)                                                                \
	{                                                                      \
		k, t, STATS_NUMBER, 0                                          \
	}
#define O(k, t)                                                                \
	{                                                                      \
		k, t, STATS_OPT, 0                                             \
	}
#define COUNT(a) (sizeof a / sizeof a[0])

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

const struct stats_group stats_tcp = {"Tcp", tcp_tab, COUNT(tcp_tab),
				      STATS_SW_TCP};
const struct stats_group stats_tcp6 = {"Tcp6", tcp_tab, COUNT(tcp_tab),
				       STATS_SW_TCP};
const struct stats_group stats_tcpext = {"TcpExt", tcpext_tab,
					 COUNT(tcpext_tab), STATS_SW_TCP};
