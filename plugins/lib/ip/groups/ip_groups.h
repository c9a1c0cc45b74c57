/*
 * The multicast group memberships section (-g) that inet's igmp and
 * inet6's igmp6 feed (one section: the same key in both modules). A
 * convenience library (libip_groups.la) of inet and inet6.
 */
#ifndef IP_GROUPS_H
#define IP_GROUPS_H

#include <stdint.h>

#include <netstat/netstat.h>

/* Column positions of the groups section. */
enum ip_group_column {
	IP_GCOL_INTERFACE,
	IP_GCOL_REFCNT,
	IP_GCOL_GROUP,
	/* Structured only (schema 1.4): the rest of the igmp and igmp6
	 * lines; null where the file has no such field. */
	IP_GCOL_IFINDEX,
	IP_GCOL_DEVICE_GROUPS,
	IP_GCOL_QUERIER,
	IP_GCOL_TIMER_RUNNING,
	IP_GCOL_TIMER_JIFFIES,
	IP_GCOL_REPORTER,
	IP_GCOL_FLAGS_RAW,
	IP_GCOL_FLAG_NAMES,
	IP_GCOL_TIMER_SECONDS,
	IP_GCOL_COUNT
};

/* One membership as a line of igmp or igmp6 gives it. */
struct ip_group {
	const char *device;
	int64_t users;
	struct netstat_address group;
	bool has_ifindex;
	uint64_t ifindex;
	/* igmp: the device line's group count and querier version, the
	 * group line's timer and reporter flag. */
	bool has_device_groups, has_timer;
	uint64_t device_groups, timer_running, timer_jiffies, reporter;
	const char *querier; /* "V1".."V3"; NULL: none */
	/* igmp6: the MAF_* flags and the report timer's time left. */
	bool has_flags;
	uint64_t flags;
	double timer_seconds;
};

extern const struct netstat_section ip_groups_section;

/* Emits one membership: `users` sockets of `device` in `group`. */
void ip_group_emit(struct netstat_ctx *ctx, const struct ip_group *g);

/* "warning, got bogus WHAT line N." */
void ip_group_bogus(struct netstat_ctx *ctx, const char *what, unsigned lnr);

#endif
