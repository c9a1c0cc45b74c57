/*
 * What the Internet section carries beyond net-tools' columns: each
 * socket's identity (uid, cookie, bound device, mark, TOS, cgroup), its
 * memory (--memory: the kernel's SK_MEMINFO counters) and, for TCP, its
 * internals (--info: the congestion control name and struct tcp_info).
 * The lists below make both the columns (section.c) and the parsers
 * (tcp_info.c), so a field cannot be declared in one and lost in the other.
 */
#ifndef IP_INTERNALS_H
#define IP_INTERNALS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <netstat/netstat.h>

/*
 * SK_MEMINFO_* in kernel order: X(NAME, key, unit, measure).
 */
#define IP_MEMORY_FIELDS(X)                                                    \
	X(RMEM_ALLOC, "rmem_alloc", "bytes", GAUGE)                            \
	X(RCVBUF, "rcvbuf", "bytes", GAUGE)                                    \
	X(WMEM_ALLOC, "wmem_alloc", "bytes", GAUGE)                            \
	X(SNDBUF, "sndbuf", "bytes", GAUGE)                                    \
	X(FWD_ALLOC, "fwd_alloc", "bytes", GAUGE)                              \
	X(WMEM_QUEUED, "wmem_queued", "bytes", GAUGE)                          \
	X(OPTMEM, "optmem", "bytes", GAUGE)                                    \
	X(BACKLOG, "backlog", "bytes", GAUGE)                                  \
	X(DROPS, "drops", "packets", COUNTER)

/*
 * struct tcp_info (<linux/tcp.h>), field by field: X(NAME, key, offset,
 * size, shift, bits, unit, measure). `offset` and `size` are bytes;
 * `bits` > 0 picks a bit field of `bits` bits at `shift` in that byte.
 * The struct grows with the kernel: a field is there only when the
 * attribute's payload covers it. Offsets are the kernel's ABI, fixed
 * (tcp_info.c checks them against the header where it has the field).
 * tcpi_state repeats the state column and tcpi_last_ack_sent is never
 * filled by the kernel: both are left out.
 */
#define IP_TCP_INFO_FIELDS(X)                                                  \
	X(CA_STATE, "ca_state", 1, 1, 0, 0, NULL, NONE)                        \
	X(RETRANSMITS, "retransmits", 2, 1, 0, 0, NULL, GAUGE)                 \
	X(PROBES, "probes", 3, 1, 0, 0, NULL, GAUGE)                           \
	X(BACKOFF, "backoff", 4, 1, 0, 0, NULL, GAUGE)                         \
	X(OPTIONS, "options", 5, 1, 0, 0, NULL, NONE)                          \
	X(SND_WSCALE, "snd_wscale", 6, 1, 0, 4, NULL, NONE)                    \
	X(RCV_WSCALE, "rcv_wscale", 6, 1, 4, 4, NULL, NONE)                    \
	X(APP_LIMITED, "delivery_rate_app_limited", 7, 1, 0, 1, NULL, NONE)    \
	X(FASTOPEN_FAIL, "fastopen_client_fail", 7, 1, 1, 2, NULL, NONE)       \
	X(RTO, "rto_us", 8, 4, 0, 0, "microseconds", GAUGE)                    \
	X(ATO, "ato_us", 12, 4, 0, 0, "microseconds", GAUGE)                   \
	X(SND_MSS, "snd_mss", 16, 4, 0, 0, "bytes", GAUGE)                     \
	X(RCV_MSS, "rcv_mss", 20, 4, 0, 0, "bytes", GAUGE)                     \
	X(UNACKED, "unacked", 24, 4, 0, 0, "segments", GAUGE)                  \
	X(SACKED, "sacked", 28, 4, 0, 0, "segments", GAUGE)                    \
	X(LOST, "lost", 32, 4, 0, 0, "segments", GAUGE)                        \
	X(RETRANS, "retrans", 36, 4, 0, 0, "segments", GAUGE)                  \
	X(FACKETS, "fackets", 40, 4, 0, 0, "segments", GAUGE)                  \
	X(LAST_DATA_SENT, "last_data_sent_ms", 44, 4, 0, 0, "milliseconds",    \
	  GAUGE)                                                               \
	X(LAST_DATA_RECV, "last_data_recv_ms", 52, 4, 0, 0, "milliseconds",    \
	  GAUGE)                                                               \
	X(LAST_ACK_RECV, "last_ack_recv_ms", 56, 4, 0, 0, "milliseconds",      \
	  GAUGE)                                                               \
	X(PMTU, "pmtu", 60, 4, 0, 0, "bytes", GAUGE)                           \
	X(RCV_SSTHRESH, "rcv_ssthresh", 64, 4, 0, 0, "bytes", GAUGE)           \
	X(RTT, "rtt_us", 68, 4, 0, 0, "microseconds", GAUGE)                   \
	X(RTTVAR, "rttvar_us", 72, 4, 0, 0, "microseconds", GAUGE)             \
	X(SND_SSTHRESH, "snd_ssthresh", 76, 4, 0, 0, "segments", GAUGE)        \
	X(SND_CWND, "snd_cwnd", 80, 4, 0, 0, "segments", GAUGE)                \
	X(ADVMSS, "advmss", 84, 4, 0, 0, "bytes", GAUGE)                       \
	X(REORDERING, "reordering", 88, 4, 0, 0, "segments", GAUGE)            \
	X(RCV_RTT, "rcv_rtt_us", 92, 4, 0, 0, "microseconds", GAUGE)           \
	X(RCV_SPACE, "rcv_space", 96, 4, 0, 0, "bytes", GAUGE)                 \
	X(TOTAL_RETRANS, "total_retrans", 100, 4, 0, 0, "segments", COUNTER)   \
	X(PACING_RATE, "pacing_rate_bps", 104, 8, 0, 0, "bytes per second",    \
	  GAUGE)                                                               \
	X(MAX_PACING_RATE, "max_pacing_rate_bps", 112, 8, 0, 0,                \
	  "bytes per second", GAUGE)                                           \
	X(BYTES_ACKED, "bytes_acked", 120, 8, 0, 0, "bytes", COUNTER)          \
	X(BYTES_RECEIVED, "bytes_received", 128, 8, 0, 0, "bytes", COUNTER)    \
	X(SEGS_OUT, "segs_out", 136, 4, 0, 0, "segments", COUNTER)             \
	X(SEGS_IN, "segs_in", 140, 4, 0, 0, "segments", COUNTER)               \
	X(NOTSENT_BYTES, "notsent_bytes", 144, 4, 0, 0, "bytes", GAUGE)        \
	X(MIN_RTT, "min_rtt_us", 148, 4, 0, 0, "microseconds", GAUGE)          \
	X(DATA_SEGS_IN, "data_segs_in", 152, 4, 0, 0, "segments", COUNTER)     \
	X(DATA_SEGS_OUT, "data_segs_out", 156, 4, 0, 0, "segments", COUNTER)   \
	X(DELIVERY_RATE, "delivery_rate_bps", 160, 8, 0, 0,                    \
	  "bytes per second", GAUGE)                                           \
	X(BUSY_TIME, "busy_time_us", 168, 8, 0, 0, "microseconds", COUNTER)    \
	X(RWND_LIMITED, "rwnd_limited_us", 176, 8, 0, 0, "microseconds",       \
	  COUNTER)                                                             \
	X(SNDBUF_LIMITED, "sndbuf_limited_us", 184, 8, 0, 0, "microseconds",   \
	  COUNTER)                                                             \
	X(DELIVERED, "delivered", 192, 4, 0, 0, "segments", COUNTER)           \
	X(DELIVERED_CE, "delivered_ce", 196, 4, 0, 0, "segments", COUNTER)     \
	X(BYTES_SENT, "bytes_sent", 200, 8, 0, 0, "bytes", COUNTER)            \
	X(BYTES_RETRANS, "bytes_retrans", 208, 8, 0, 0, "bytes", COUNTER)      \
	X(DSACK_DUPS, "dsack_dups", 216, 4, 0, 0, "segments", COUNTER)         \
	X(REORD_SEEN, "reord_seen", 220, 4, 0, 0, "events", COUNTER)           \
	X(RCV_OOOPACK, "rcv_ooopack", 224, 4, 0, 0, "packets", COUNTER)        \
	X(SND_WND, "snd_wnd", 228, 4, 0, 0, "bytes", GAUGE)                    \
	X(RCV_WND, "rcv_wnd", 232, 4, 0, 0, "bytes", GAUGE)                    \
	X(REHASH, "rehash", 236, 4, 0, 0, "events", COUNTER)                   \
	X(TOTAL_RTO, "total_rto", 240, 2, 0, 0, "events", COUNTER)             \
	X(TOTAL_RTO_RECOVERIES, "total_rto_recoveries", 242, 2, 0, 0,          \
	  "events", COUNTER)                                                   \
	X(TOTAL_RTO_TIME, "total_rto_time_ms", 244, 4, 0, 0, "milliseconds",   \
	  COUNTER)

/* Positions within the memory and tcp_info blocks of the section. */
#define IP_X_INDEX(NAME, ...) IP_MEM_##NAME,
enum ip_memory_field { IP_MEMORY_FIELDS(IP_X_INDEX) IP_MEM_COUNT };
#undef IP_X_INDEX
#define IP_X_INDEX(NAME, ...) IP_TCPI_##NAME,
enum ip_tcp_info_field { IP_TCP_INFO_FIELDS(IP_X_INDEX) IP_TCPI_COUNT };
#undef IP_X_INDEX

/*
 * The --info block of a section: the congestion control, the names of
 * tcpi_options' bits, then IP_TCPI_COUNT columns of tcp_info. The
 * Internet section and the socket-events section both carry it.
 */
enum ip_info_field {
	IP_INFO_CONG,
	IP_INFO_OPTION_NAMES,
	IP_INFO_TCP_INFO,
	IP_INFO_COUNT = IP_INFO_TCP_INFO + IP_TCPI_COUNT
};

/*
 * The block's columns, as designated initializers of a section's column
 * table: the includer defines IP_INFO_AT (the block's first position)
 * around IP_INFO_COLUMNS, as the X-macro's entries cannot take it as an
 * argument. Shown with --info; in classic, on the detail line.
 */
#define IP_INFO_COLUMN(pos, k, t, u, m)                                        \
	[IP_INFO_AT + (pos)] = {.key = k,                                      \
				.type = NETSTAT_T_##t,                         \
				.when = NETSTAT_WHEN_INFO,                     \
				.flags = NETSTAT_COL_DETAIL,                   \
				.unit = u,                                     \
				.measure = NETSTAT_MEASURE_##m},
#define IP_X_INFO_COLUMN(NAME, k, off, sz, sh, nb, u, m)                       \
	IP_INFO_COLUMN(IP_INFO_TCP_INFO + IP_TCPI_##NAME, k, UINT, u, m)
#define IP_INFO_COLUMNS                                                        \
	IP_INFO_COLUMN(IP_INFO_CONG, "congestion_control", STRING, NULL, NONE) \
	IP_INFO_COLUMN(IP_INFO_OPTION_NAMES, "option_names", STRING, NULL,     \
		       NONE)                                                   \
	IP_TCP_INFO_FIELDS(IP_X_INFO_COLUMN)

/* What a netlink dump adds to a socket's /proc row (ip_socket_row.ext):
 * the raw attributes, checked for length, interpreted when emitted. */
struct ip_socket_ext {
	uint64_t cookie;
	uint32_t ifindex; /* 0: not bound to a device */
	bool has_mark, has_tos, has_tclass, has_cgroup;
	uint32_t mark;
	uint8_t tos, tclass;
	uint64_t cgroup_id;
	bool has_protocol; /* INET_DIAG_PROTOCOL (destroy messages have it) */
	uint8_t protocol;
	const char *cong; /* NUL-terminated within its attribute, or NULL */
	const void *tcp_info;
	size_t tcp_info_len;
	const uint32_t *skmem;
	size_t n_skmem;
};

/* --- tcp_info.c --- */

/*
 * Writes IP_TCPI_COUNT values from a struct tcp_info payload of `len`
 * bytes: a field beyond the payload is null (an older kernel), never 0.
 * NULL `payload` (no INET_DIAG_INFO) gives every field null.
 */
void ip_tcp_info_values(const void *payload, size_t len,
			struct netstat_value *out);

/*
 * Writes the IP_INFO_COUNT values of the --info block from `e` (NULL: a
 * socket without netlink's attributes, every value null); the option
 * names are written into `options` (`size` bytes), which must outlive
 * the values.
 */
void ip_info_values(const struct ip_socket_ext *e, struct netstat_value *out,
		    char *options, size_t size);

/* The names of the TCPI_OPT_* bits of tcpi_options, comma-separated
 * ("timestamps,sack,wscale"), into buf; returns buf. */
const char *ip_tcp_option_names(uint64_t options, char *buf, size_t size);

/* Writes IP_MEM_COUNT values from `n` SK_MEMINFO counters (fewer than
 * the kernel has today: the rest are null). */
void ip_memory_values(const uint32_t *skmem, size_t n,
		      struct netstat_value *out);

#endif
