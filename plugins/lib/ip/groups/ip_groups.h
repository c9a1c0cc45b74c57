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
	IP_GCOL_COUNT
};

extern const struct netstat_section ip_groups_section;

/* Emits one membership: `users` sockets of `device` in `group`. */
void ip_group_emit(struct netstat_ctx *ctx, const char *device, int64_t users,
		   const struct netstat_address *group);

/* "warning, got bogus WHAT line N." */
void ip_group_bogus(struct netstat_ctx *ctx, const char *what, unsigned lnr);

#endif
