/*
 * Socket events (--events): the sockets the kernel destroys, as sock_diag
 * multicasts them (SKNLGRP_INET{,6}_{TCP,UDP}_DESTROY, Linux 4.5 on).
 * Each message is an inet_diag_msg with its attributes, as a dump gives,
 * and becomes one record of the socket-events section. Part of
 * libip_diag (inet and inet6 each run one source, for their family).
 */
#ifndef IP_EVENTS_H
#define IP_EVENTS_H

#include <stdbool.h>
#include <stddef.h>

#include <netstat/netstat.h>

#include "plugins/lib/ip/internet/ip_internals.h"

/* Column positions of the socket-events section: the first ones are the
 * Internet section's, so its classic cells render them. */
enum ip_event_column {
	IP_EV_PROTO,
	IP_EV_RECV_Q,
	IP_EV_SEND_Q,
	IP_EV_LOCAL,
	IP_EV_FOREIGN,
	IP_EV_STATE,
	IP_EV_EVENT,
	IP_EV_COOKIE,
	IP_EV_INTERFACE,
	IP_EV_UID,
	IP_EV_TIME,
	/* --info: TCP's congestion control and tcp_info, as the Internet
	 * section has them (ip_internals.h's block of IP_INFO_COUNT). */
	IP_EV_INFO,
	IP_EV_COUNT = IP_EV_INFO + IP_INFO_COUNT
};

extern const struct netstat_section ip_events_section;

/*
 * The list function of a streaming source: joins the destroy groups of
 * `family` (AF_INET or AF_INET6) for the protocols the request selects
 * (tcp, udp; both when none is named) and hands the socket to the host
 * to watch. Needs CAP_NET_ADMIN; says so when refused.
 */
int ip_events_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		   int family);

/* Emits the events in `len` bytes of netlink messages as the stream
 * would (with the --info block when `info`): 0, or NETSTAT_ERR_PARSE for
 * a damaged message. The stream's parsing without the socket, for the
 * fuzz harnesses (tests/fuzz). */
int ip_events_parse(struct netstat_ctx *ctx, bool info, const void *buf,
		    size_t len);

#endif
