/*
 * The netdev family: the interface table (-i). Names and counters come
 * from /proc/net/dev (below the proc root); flags, MTU, hardware and IPv4
 * addresses from the live kernel through SIOCGIF* ioctls, as net-tools
 * does; IPv6 addresses from /proc/net/if_inet6.
 */
#ifndef NETDEV_H
#define NETDEV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <netstat/netstat.h>

#define NETDEV_NAME_MAX 16 /* IFNAMSIZ */

/* /proc/net/dev counters. */
struct netdev_stats {
	uint64_t rx_bytes, rx_packets, rx_errs, rx_drop, rx_fifo, rx_frame,
		rx_compressed, rx_multicast;
	uint64_t tx_bytes, tx_packets, tx_errs, tx_drop, tx_fifo, tx_colls,
		tx_carrier, tx_compressed;
};

/* One interface of the list. */
struct netdev_if {
	char name[NETDEV_NAME_MAX];
	bool has_stats;
	struct netdev_stats stats;
};

/* A growable list kept in net-tools' interface order. */
struct netdev_list {
	struct netdev_if *items;
	size_t n, cap;
};

/* netdev_list.c */

/* net-tools' nstrcmp order: numeric-aware, aliases after their device. */
int netdev_name_cmp(const char *a, const char *b);
/* Adds (or finds) `name`; returns the entry or NULL without memory. */
struct netdev_if *netdev_list_add(struct netdev_list *list, const char *name);
void netdev_list_free(struct netdev_list *list);
/*
 * Parses one /proc/net/dev data line of a file whose layout has
 * `columns` counters (16, 13 or 11) into `name`/`st`. Returns false for a
 * line with no name.
 */
bool netdev_parse_line(const char *line, int columns, char *name,
		       struct netdev_stats *st);
/* The counter layout told by the second header line. */
int netdev_layout(const char *header2);

/* netdev_show.c: what the ioctls said of one interface. */
struct netdev_info {
	int flags; /* -1: unknown */
	int mtu;
	bool has_hw;
	int hw_type;
	uint8_t hw_addr[14];
	bool has_txqlen;
	int txqlen;
	bool has_map;
	uint64_t mem_start, mem_end;
	unsigned short base_addr;
	unsigned char irq, dma, port;
	bool has_addr;
	uint8_t addr[4], netmask[4], broadcast[4], dstaddr[4];
};

/* Flag letters of the short table ("BMRU"). */
void netdev_flag_letters(int flags, char *out, size_t size);
/* The hardware type's name, title and address text. */
const char *netdev_hw_name(int type);
/* Human size of a byte count, net-tools style: "24.3 MiB". */
void netdev_human(uint64_t bytes, char *out, size_t size);

/* One /proc/net/if_inet6 line. */
struct netdev_inet6 {
	char name[NETDEV_NAME_MAX];
	uint8_t addr[16];
	unsigned plen, scope;
};

/* What the classic renderers get as a record's priv. */
struct netdev_row {
	const struct netdev_if *iface;
	const struct netdev_info *info;
	const struct netdev_inet6 *inet6; /* the whole file, this pass */
	size_t n_inet6;
};

void netdev_classic_short(struct netstat_ctx *ctx,
			  const struct netstat_request *req,
			  const struct netstat_record *rec,
			  struct netstat_text *out);
void netdev_classic_long(struct netstat_ctx *ctx,
			 const struct netstat_request *req,
			 const struct netstat_record *rec,
			 struct netstat_text *out);

extern const struct netstat_host_api *netdev_host;

#endif
