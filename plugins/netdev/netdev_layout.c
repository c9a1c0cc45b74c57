/*
 * The interface section: its columns and its two classic views, the short
 * table (-i) and the ifconfig-style blocks (-ie), both drawn by row
 * functions (netdev_show.c) from the typed values alone.
 */
#include "plugins/netdev/netdev.h"

/* A /proc/net/dev counter: the short table's RX/TX columns are right-
 * justified under their titles. */
#define COUNTER(k, t, w, u)                                                    \
	{                                                                      \
		.key = k, .title = t, .type = NETSTAT_T_UINT, .unit = u,       \
		.measure = NETSTAT_MEASURE_COUNTER,                            \
		.classic = {.width = w,                                        \
			    .flags = NETSTAT_CLASSIC_RIGHT,                    \
			    .sep = " "},                                       \
	}
/* What only -e prints in classic (its blocks have no column line, so no
 * classic layout either); the structured formats carry it with or
 * without -e (schema 1.4). */
#define EXT(k, ty)                                                             \
	{                                                                      \
		.key = k, .title = k, .type = ty,                              \
		.flags = NETSTAT_COL_STRUCTURED_ONLY,                          \
		.measure = NETSTAT_MEASURE_ATTRIBUTE                           \
	}
#define EXT_ADDRESS(k)                                                         \
	{                                                                      \
		.key = k, .title = k, .type = NETSTAT_T_ADDRESS,               \
		.when = NETSTAT_WHEN_EXTEND,                                   \
		.measure = NETSTAT_MEASURE_ATTRIBUTE                           \
	}
#define EXT_COUNTER(k, u)                                                      \
	{                                                                      \
		.key = k, .title = k, .type = NETSTAT_T_UINT,                  \
		.flags = NETSTAT_COL_STRUCTURED_ONLY, .unit = u,               \
		.measure = NETSTAT_MEASURE_COUNTER                             \
	}

static const struct netstat_column columns[NETDEV_COL_COUNT] = {
	/* The interface name is what --rate matches passes by. */
	[NETDEV_COL_IFACE] = {.key = "iface",
			      .title = "Iface",
			      .type = NETSTAT_T_STRING,
			      .flags = NETSTAT_COL_KEY,
			      .classic = {.width = 15}},
	[NETDEV_COL_MTU] = {.key = "mtu",
			    .title = "MTU",
			    .type = NETSTAT_T_INT,
			    .unit = "bytes",
			    .measure = NETSTAT_MEASURE_GAUGE,
			    .classic = {.width = 5,
					.flags = NETSTAT_CLASSIC_RIGHT,
					.sep = " "}},
	[NETDEV_COL_RX_OK] = COUNTER("rx_ok", "RX-OK", 8, "packets"),
	[NETDEV_COL_RX_ERR] = COUNTER("rx_err", "RX-ERR", 6, "packets"),
	[NETDEV_COL_RX_DRP] = COUNTER("rx_drp", "RX-DRP", 6, "packets"),
	[NETDEV_COL_RX_OVR] = COUNTER("rx_ovr", "RX-OVR", 6, "packets"),
	[NETDEV_COL_TX_OK] = COUNTER("tx_ok", "TX-OK", 8, "packets"),
	[NETDEV_COL_TX_ERR] = COUNTER("tx_err", "TX-ERR", 6, "packets"),
	[NETDEV_COL_TX_DRP] = COUNTER("tx_drp", "TX-DRP", 6, "packets"),
	[NETDEV_COL_TX_OVR] = COUNTER("tx_ovr", "TX-OVR", 6, "packets"),
	/* The flag letters ("BMRU"), and the raw flag word beside them. */
	[NETDEV_COL_FLG] = {.key = "flg",
			    .title = "Flg",
			    .type = NETSTAT_T_STRING,
			    .classic = {.flags = NETSTAT_CLASSIC_NO_TITLE_PAD,
					.sep = " "}},
	[NETDEV_COL_FLAGS] = {.key = "flags",
			      .title = "flags",
			      .type = NETSTAT_T_UINT,
			      .measure = NETSTAT_MEASURE_ATTRIBUTE,
			      .flags = NETSTAT_COL_STRUCTURED_ONLY},
	/* Addresses stay -e only: structured formats name them, and a plain
	 * -i must not ask the resolver (its queries would move the very
	 * counters the table shows). */
	[NETDEV_COL_ADDR] = EXT_ADDRESS("inet"),
	[NETDEV_COL_NETMASK] = EXT_ADDRESS("netmask"),
	[NETDEV_COL_BROADCAST] = EXT_ADDRESS("broadcast"),
	[NETDEV_COL_DSTADDR] = EXT_ADDRESS("destination"),
	/* "ADDR/PREFIXLEN ..." in if_inet6 order; their scopes ("0x20
	 * ...", the kernel's IPV6_ADDR_* scope bits) in inet6_scopes. */
	[NETDEV_COL_INET6] = EXT("inet6", NETSTAT_T_STRING),
	[NETDEV_COL_HWTYPE] = EXT("hw_type", NETSTAT_T_STRING),
	/* In the notation of its type, as net-tools prints it; null when
	 * the type shows none (loop, ppp, sit...). */
	[NETDEV_COL_HWADDR] = EXT("hw_address", NETSTAT_T_STRING),
	[NETDEV_COL_TXQLEN] = {.key = "txqueuelen",
			       .title = "txqueuelen",
			       .type = NETSTAT_T_INT,
			       .flags = NETSTAT_COL_STRUCTURED_ONLY,
			       .unit = "packets",
			       .measure = NETSTAT_MEASURE_GAUGE},
	[NETDEV_COL_RX_BYTES] = EXT_COUNTER("rx_bytes", "bytes"),
	[NETDEV_COL_TX_BYTES] = EXT_COUNTER("tx_bytes", "bytes"),
	[NETDEV_COL_RX_FRAME] = EXT_COUNTER("rx_frame", "packets"),
	[NETDEV_COL_TX_CARRIER] = EXT_COUNTER("tx_carrier", "packets"),
	[NETDEV_COL_COLLISIONS] = EXT_COUNTER("collisions", "collisions"),
	[NETDEV_COL_RX_COMPRESSED] = EXT_COUNTER("rx_compressed", "packets"),
	[NETDEV_COL_RX_MULTICAST] = EXT_COUNTER("rx_multicast", "packets"),
	[NETDEV_COL_TX_COMPRESSED] = EXT_COUNTER("tx_compressed", "packets"),
	[NETDEV_COL_INET6_SCOPES] = EXT("inet6_scopes", NETSTAT_T_STRING),
	/* ARPHRD_*: hw_type says "unspec" for every type net-tools does not
	 * know. */
	[NETDEV_COL_HW_TYPE_CODE] = EXT("hw_type_code", NETSTAT_T_UINT),
	/* The device map (SIOCGIFMAP); media only with IFF_PORTSEL. */
	[NETDEV_COL_MEDIA] = EXT("media", NETSTAT_T_STRING),
	[NETDEV_COL_IRQ] = EXT("irq", NETSTAT_T_UINT),
	[NETDEV_COL_BASE_ADDRESS] = EXT("base_address", NETSTAT_T_UINT),
	[NETDEV_COL_MEM_START] = EXT("mem_start", NETSTAT_T_UINT),
	[NETDEV_COL_MEM_END] = EXT("mem_end", NETSTAT_T_UINT),
	[NETDEV_COL_DMA] = EXT("dma", NETSTAT_T_UINT),
	/* ABI 2.3: the IFF_* names of the flag word, in bit order. */
	[NETDEV_COL_FLAG_NAMES] = {.key = "flag_names",
				   .title = "flag_names",
				   .type = NETSTAT_T_STRING_LIST,
				   .flags = NETSTAT_COL_STRUCTURED_ONLY},
};

/*
 * net-tools prints "Kernel Interface table" on the first -c pass only (its
 * sockets stay open), but the short table's column line on every pass:
 * NETSTAT_CLASSIC_HEADER_ONCE would drop both, so the title asks itself.
 */
static void title(struct netstat_ctx *ctx, const struct netstat_request *req,
		  struct netstat_text *out)
{
	if (netstat_ctx_iteration(ctx) == 0)
		netstat_text_puts(out, "Kernel Interface table\n");
}

/* The column line is the shown columns' titles laid out. */
const struct netstat_section netdev_short = {
	.key = "interfaces",
	.title = "Kernel Interface table",
	.columns = columns,
	.n_columns = NETDEV_COL_COUNT,
	.classic = {.title = title, .row = netdev_classic_short},
};

/* net-tools' blocks have no column line. */
const struct netstat_section netdev_long = {
	.key = "interfaces",
	.title = "Kernel Interface table",
	.columns = columns,
	.n_columns = NETDEV_COL_COUNT,
	.classic = {.flags = NETSTAT_CLASSIC_NO_COLUMN_LINE,
		    .title = title,
		    .row = netdev_classic_long},
};
