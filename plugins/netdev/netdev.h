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

/* What the ioctls said of one interface. */
struct netdev_info {
	int flags; /* the 16 bits of SIOCGIFFLAGS */
	int mtu;
	bool has_hw;
	int hw_type;
	uint8_t hw_addr[14];
	bool has_txqlen;
	int txqlen;
	bool has_map; /* SIOCGIFMAP answered */
	uint64_t mem_start, mem_end;
	unsigned short base_addr;
	unsigned char irq, dma, port;
	bool has_addr;
	uint8_t addr[4], netmask[4], broadcast[4], dstaddr[4];
};

/* One /proc/net/if_inet6 line. */
struct netdev_inet6 {
	char name[NETDEV_NAME_MAX];
	uint8_t addr[16];
	unsigned plen, scope;
};

/* netdev_hw.c: net-tools' hardware types (reference §5.3). */
struct netdev_hw_type {
	int type; /* ARPHRD_* */
	const char *name, *title;
	int style; /* how the address prints */
};

/* The type of ARPHRD value `type` ("unspec" for unknown ones). */
const struct netdev_hw_type *netdev_hw_of(int type);
/* The address as net-tools prints it after the type's name, into buf; NULL
 * when the type prints none. */
const char *netdev_hw_address(const struct netdev_hw_type *t,
			      const uint8_t addr[14], char *buf, size_t size);
/* net-tools' name of a device map's media port (ifmap.port). */
const char *netdev_media_name(unsigned port);

/* netdev_layout.c: the interface section's columns. */
enum netdev_column {
	NETDEV_COL_IFACE,
	NETDEV_COL_MTU,
	NETDEV_COL_RX_OK,
	NETDEV_COL_RX_ERR,
	NETDEV_COL_RX_DRP,
	NETDEV_COL_RX_OVR,
	NETDEV_COL_TX_OK,
	NETDEV_COL_TX_ERR,
	NETDEV_COL_TX_DRP,
	NETDEV_COL_TX_OVR,
	NETDEV_COL_FLG,
	NETDEV_COL_FLAGS,
	/* -e only */
	NETDEV_COL_ADDR,
	NETDEV_COL_NETMASK,
	NETDEV_COL_BROADCAST,
	NETDEV_COL_DSTADDR,
	NETDEV_COL_INET6,
	NETDEV_COL_HWTYPE,
	NETDEV_COL_HWADDR,
	NETDEV_COL_TXQLEN,
	NETDEV_COL_RX_BYTES,
	NETDEV_COL_TX_BYTES,
	NETDEV_COL_RX_FRAME,
	NETDEV_COL_TX_CARRIER,
	NETDEV_COL_COLLISIONS,
	/* Appended in ABI 2, so older columns keep their places. */
	NETDEV_COL_RX_COMPRESSED,
	NETDEV_COL_RX_MULTICAST,
	NETDEV_COL_TX_COMPRESSED,
	NETDEV_COL_INET6_SCOPES,
	NETDEV_COL_HW_TYPE_CODE,
	NETDEV_COL_MEDIA,
	NETDEV_COL_IRQ,
	NETDEV_COL_BASE_ADDRESS,
	NETDEV_COL_MEM_START,
	NETDEV_COL_MEM_END,
	NETDEV_COL_DMA,
	NETDEV_COL_FLAG_NAMES, /* ABI 2.3 */
	NETDEV_COL_COUNT
};

/* One section in two classic views (same key): the short table (-i) and
 * the ifconfig-style blocks (-ie). */
extern const struct netstat_section netdev_short;
extern const struct netstat_section netdev_long;

/* netdev_values.c: one interface's record. The text values point into the
 * buffers, which the next fill reuses. */
struct netdev_record {
	struct netstat_value v[NETDEV_COL_COUNT];
	char flg[24], hw[64];
	const char *flag_names[16];	   /* one per bit of the 16-bit word */
	struct netstat_text inet6, scopes; /* grown with realloc */
};

void netdev_record_init(struct netdev_record *r);
/* The values of interface `e` with what the ioctls said (`in`) and the
 * if_inet6 lines of this pass; 0 or NETSTAT_ERR_NOMEM. */
int netdev_record_fill(struct netdev_record *r, const struct netdev_if *e,
		       const struct netdev_info *in,
		       const struct netdev_inet6 *inet6, size_t n_inet6);
void netdev_record_free(struct netdev_record *r);

/* netdev_show.c: net-tools' classic text, from a record's values. */

/* Flag letters of the short table ("BMRU"). */
void netdev_flag_letters(int flags, char *out, size_t size);
/* Human size of a byte count, net-tools style: "24.3 MiB". */
void netdev_human(uint64_t bytes, char *out, size_t size);

void netdev_classic_short(struct netstat_ctx *ctx,
			  const struct netstat_request *req,
			  const struct netstat_record *rec,
			  struct netstat_text *out);
void netdev_classic_long(struct netstat_ctx *ctx,
			 const struct netstat_request *req,
			 const struct netstat_record *rec,
			 struct netstat_text *out);

#endif
