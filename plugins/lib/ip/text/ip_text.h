/*
 * The text of Internet values, both ways: the kernel's hex addresses read
 * into addresses, and net-tools' text of hosts, ports, users, TCP states
 * and timers, with printf-free numbers for the hot paths of a long
 * listing. A convenience library (libip_text.la) of inet and inet6.
 */
#ifndef IP_TEXT_H
#define IP_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <netstat/netstat.h>

/* --- hex_address.c: the kernel's hex form of addresses --- */

/* Decodes `n` hex digits of a kernel address: up to 8 digits are one
 * host-order IPv4 word; more are up to four host-order IPv6 words. */
void ip_decode_address(const char *hex, size_t n, bool ipv6,
		       struct netstat_address *out);

/* --- host_text.c: hosts, ports and users as net-tools prints them --- */

/* Host text of an address (0.0.0.0, [::] or ::, names, v4-mapped cut),
 * written to buf or the host's cached name; never NULL. */
const char *ip_host_text(struct netstat_ctx *ctx,
			 const struct netstat_address *addr, bool numeric,
			 char *buf, size_t size);
/* Appends "host/plen" (net-tools' IPv6 route and neighbour cells): the
 * address value `v` as ip_host_text() shows it under -n/-N, then the
 * prefix length. Nothing for a value that is not an address. */
void ip_prefix_text(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_value *v, uint64_t plen,
		    struct netstat_text *out);
/* Port text: "*" for 0, a service name from `table` unless numeric. */
const char *ip_port_text(struct netstat_ctx *ctx, uint32_t port,
			 const char *table, bool numeric, char *buf,
			 size_t size);
/* Appends the user name (or the uid as a C int) unless -n says numeric. */
void ip_user_text(struct netstat_ctx *ctx, const struct netstat_request *req,
		  uint32_t uid, struct netstat_text *out);

/* --- names.c: states and timers --- */

/* The list value of the RTF_* names (linux/route.h, linux/ipv6_route.h)
 * of a route's flag word, in bit order, the names into out (room for
 * cap; IP_ROUTE_FLAG_NAMES_MAX is enough). */
#define IP_ROUTE_FLAG_NAMES_MAX 32
struct netstat_value ip_route_flag_names(uint32_t flags, const char **out,
					 size_t cap);

/* The rtnetlink.h names of rtm_protocol, rtm_scope and rtm_type values;
 * NULL if unknown. */
const char *ip_rt_protocol_name(unsigned protocol);
const char *ip_rt_scope_name(unsigned scope);
const char *ip_rt_type_name(unsigned type);

/* net-tools' TCP state text (index 1..11; empty otherwise). */
const char *ip_tcp_state_text(int64_t state);
/* The kernel's name of a socket state, for typed values; NULL if unknown. */
const char *ip_state_name(int64_t state);
/* The name of a socket timer kind, for typed values; NULL if unknown. */
const char *ip_timer_name(int32_t code);

/* --- numbers.c: number and IPv4 text without printf --- */

/* Decimal text of v at p (no NUL); returns its length (at most 20). */
size_t ip_fmt_u64(char *p, uint64_t v);
size_t ip_fmt_i64(char *p, int64_t v);
/* Dotted quad of 4 network-order bytes at p (no NUL, room for 15);
 * returns its length. */
size_t ip_fmt_ipv4(char *p, const uint8_t *bytes);
/* inet_ntop's text of 16 IPv6 bytes at p (no NUL); returns its length.
 * p must have room for INET6_ADDRSTRLEN (46) bytes. */
size_t ip_fmt_ipv6(char *p, const uint8_t *bytes);
/* Appends v right- or left-justified in width (printf %*d, %-*d). */
void ip_put_int(struct netstat_text *out, int64_t v, int width, bool left);

#endif
