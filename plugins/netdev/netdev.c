/*
 * The netdev family module: the interface table (-i, -ie). The list is
 * /proc/net/dev's names merged with those SIOCGIFCONF gives (IPv4 alias
 * labels have no counters), in net-tools' order; each interface's flags,
 * MTU and addresses are asked of the live kernel.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plugins/netdev/netdev.h"

const struct netstat_host_api *netdev_host;

enum {
	C_IFACE,
	C_MTU,
	C_RX_OK,
	C_RX_ERR,
	C_RX_DRP,
	C_RX_OVR,
	C_TX_OK,
	C_TX_ERR,
	C_TX_DRP,
	C_TX_OVR,
	C_FLG,
	/* -e only */
	C_FLAGS,
	C_ADDR,
	C_NETMASK,
	C_BROADCAST,
	C_DSTADDR,
	C_INET6,
	C_HWTYPE,
	C_HWADDR,
	C_TXQLEN,
	C_RX_BYTES,
	C_TX_BYTES,
	C_RX_FRAME,
	C_TX_CARRIER,
	C_COLLISIONS,
	C_COUNT
};

#define NUM(k, t, w)                                                           \
	{                                                                      \
		.key = k, .title = t, .type = NETSTAT_T_UINT, .width = w,      \
		.flags = NETSTAT_COL_RIGHT, .sep = " "                         \
	}
#define EXT(k, t, ty)                                                          \
	{                                                                      \
		.key = k, .title = t, .type = ty, .when = NETSTAT_WHEN_EXTEND  \
	}

static const struct netstat_column netdev_columns[C_COUNT] = {
	[C_IFACE] = {.key = "iface",
		     .title = "Iface",
		     .type = NETSTAT_T_STRING,
		     .width = 15},
	[C_MTU] = {.key = "mtu",
		   .title = "MTU",
		   .type = NETSTAT_T_INT,
		   .width = 5,
		   .flags = NETSTAT_COL_RIGHT,
		   .sep = " "},
	[C_RX_OK] = NUM("rx_ok", "RX-OK", 8),
	[C_RX_ERR] = NUM("rx_err", "RX-ERR", 6),
	[C_RX_DRP] = NUM("rx_drp", "RX-DRP", 6),
	[C_RX_OVR] = NUM("rx_ovr", "RX-OVR", 6),
	[C_TX_OK] = NUM("tx_ok", "TX-OK", 8),
	[C_TX_ERR] = NUM("tx_err", "TX-ERR", 6),
	[C_TX_DRP] = NUM("tx_drp", "TX-DRP", 6),
	[C_TX_OVR] = NUM("tx_ovr", "TX-OVR", 6),
	[C_FLG] = {.key = "flg",
		   .title = "Flg",
		   .type = NETSTAT_T_STRING,
		   .sep = " ",
		   .flags = NETSTAT_COL_NO_TITLE_PAD},
	[C_FLAGS] = EXT("flags", "flags", NETSTAT_T_UINT),
	[C_ADDR] = EXT("inet", "inet", NETSTAT_T_ADDRESS),
	[C_NETMASK] = EXT("netmask", "netmask", NETSTAT_T_ADDRESS),
	[C_BROADCAST] = EXT("broadcast", "broadcast", NETSTAT_T_ADDRESS),
	[C_DSTADDR] = EXT("destination", "destination", NETSTAT_T_ADDRESS),
	[C_INET6] = EXT("inet6", "inet6", NETSTAT_T_STRING),
	[C_HWTYPE] = EXT("hw_type", "hw_type", NETSTAT_T_STRING),
	[C_HWADDR] = EXT("hw_address", "hw_address", NETSTAT_T_STRING),
	[C_TXQLEN] = EXT("txqueuelen", "txqueuelen", NETSTAT_T_INT),
	[C_RX_BYTES] = EXT("rx_bytes", "rx_bytes", NETSTAT_T_UINT),
	[C_TX_BYTES] = EXT("tx_bytes", "tx_bytes", NETSTAT_T_UINT),
	[C_RX_FRAME] = EXT("rx_frame", "rx_frame", NETSTAT_T_UINT),
	[C_TX_CARRIER] = EXT("tx_carrier", "tx_carrier", NETSTAT_T_UINT),
	[C_COLLISIONS] = EXT("collisions", "collisions", NETSTAT_T_UINT),
};

/* Two views of one section (same key): the short table with its column
 * line, and the -e blocks without one. The title is printed once under
 * -c, as net-tools does. */
static const struct netstat_section netdev_short = {
	.key = "interfaces",
	.title = "Kernel Interface table",
	.flags = NETSTAT_SECTION_HEADER_ONCE,
	.columns = netdev_columns,
	.n_columns = C_COUNT,
};

static const struct netstat_section netdev_long = {
	.key = "interfaces",
	.title = "Kernel Interface table",
	.flags = NETSTAT_SECTION_HEADER_ONCE | NETSTAT_SECTION_NO_COLUMN_LINE,
	.columns = netdev_columns,
	.n_columns = C_COUNT,
};

/* The ioctl socket stays open across -c passes, as in net-tools. */
static int sock = -1;

static int open_socket(struct netstat_ctx *ctx)
{
	if (sock >= 0)
		return 0;
	sock = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	struct stat st;
	if (sock < 0 && netdev_host->proc_stat(ctx, "net/if_inet6", &st) == 0)
		sock = socket(AF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (sock >= 0)
		return 0;
	int err = errno;
	netdev_host->message(ctx, NETSTAT_STDERR,
			     "No usable address families found.\n");
	netdev_host->message(ctx, NETSTAT_STDERR, "socket: %s\n",
			     netdev_host->errno_text(err));
	return -1;
}

/* /proc/net/dev into the list; -errno when it cannot be opened. */
static int read_dev(struct netstat_ctx *ctx, struct netdev_list *list)
{
	struct netstat_lines *lines;
	int rc = netdev_host->lines_open(ctx, "net/dev", &lines);
	if (rc < 0)
		return rc;
	netdev_host->lines_next(lines, NULL);
	int layout = netdev_layout(netdev_host->lines_next(lines, NULL));
	const char *line;
	while ((line = netdev_host->lines_next(lines, NULL))) {
		char name[NETDEV_NAME_MAX];
		struct netdev_stats st;
		if (!netdev_parse_line(line, layout, name, &st))
			continue;
		struct netdev_if *e = netdev_list_add(list, name);
		if (e) {
			e->stats = st;
			e->has_stats = true;
		}
	}
	netdev_host->lines_close(lines);
	return 0;
}

/* Names with an IPv4 address (alias labels too); -errno on failure. */
static int read_ifconf(struct netdev_list *list)
{
	struct ifconf ifc;
	size_t size = 8192;
	char *buf = NULL;
	for (;;) {
		char *p = realloc(buf, size);
		if (!p) {
			free(buf);
			return -ENOMEM;
		}
		buf = p;
		ifc.ifc_len = (int)size;
		ifc.ifc_buf = buf;
		if (ioctl(sock, SIOCGIFCONF, &ifc) < 0) {
			int err = errno;
			free(buf);
			return -err;
		}
		if ((size_t)ifc.ifc_len < size)
			break;
		size *= 2;
	}
	struct ifreq *r = ifc.ifc_req;
	for (size_t i = 0; i < (size_t)ifc.ifc_len / sizeof *r; i++) {
		char name[NETDEV_NAME_MAX];
		memcpy(name, r[i].ifr_name, IFNAMSIZ);
		name[NETDEV_NAME_MAX - 1] = '\0';
		netdev_list_add(list, name);
	}
	free(buf);
	return 0;
}

static bool ask(unsigned long req, const char *name, struct ifreq *ifr)
{
	memset(ifr, 0, sizeof *ifr);
	size_t n = strlen(name);
	memcpy(ifr->ifr_name, name, n < IFNAMSIZ ? n : IFNAMSIZ - 1);
	return ioctl(sock, req, ifr) == 0;
}

static void copy_in(uint8_t out[4], const struct sockaddr *sa)
{
	memcpy(out, &((const struct sockaddr_in *)sa)->sin_addr, 4);
}

/* Fills `in`; -errno when even the flags cannot be fetched. */
static int fetch(const char *name, struct netdev_info *in)
{
	struct ifreq ifr;
	memset(in, 0, sizeof *in);
	if (!ask(SIOCGIFFLAGS, name, &ifr))
		return -errno;
	in->flags = ifr.ifr_flags & 0xffff;
	if (ask(SIOCGIFHWADDR, name, &ifr)) {
		in->has_hw = true;
		in->hw_type = ifr.ifr_hwaddr.sa_family;
		memcpy(in->hw_addr, ifr.ifr_hwaddr.sa_data, 14);
	}
	if (ask(SIOCGIFMTU, name, &ifr))
		in->mtu = ifr.ifr_mtu;
	if (ask(SIOCGIFMAP, name, &ifr)) {
		in->mem_start = ifr.ifr_map.mem_start;
		in->mem_end = ifr.ifr_map.mem_end;
		in->base_addr = ifr.ifr_map.base_addr;
		in->irq = ifr.ifr_map.irq;
		in->dma = ifr.ifr_map.dma;
		in->port = ifr.ifr_map.port;
	}
	if (ask(SIOCGIFTXQLEN, name, &ifr)) {
		in->has_txqlen = true;
		in->txqlen = ifr.ifr_qlen;
	}
	if (ask(SIOCGIFADDR, name, &ifr) && ifr.ifr_addr.sa_family == AF_INET) {
		in->has_addr = true;
		copy_in(in->addr, &ifr.ifr_addr);
		if (ask(SIOCGIFDSTADDR, name, &ifr))
			copy_in(in->dstaddr, &ifr.ifr_dstaddr);
		if (ask(SIOCGIFBRDADDR, name, &ifr))
			copy_in(in->broadcast, &ifr.ifr_broadaddr);
		if (ask(SIOCGIFNETMASK, name, &ifr))
			copy_in(in->netmask, &ifr.ifr_netmask);
	}
	return 0;
}

/* The if_inet6 lines of this pass (for -e). */
static struct netdev_inet6 *inet6;
static size_t n_inet6, cap_inet6;

static void read_inet6(struct netstat_ctx *ctx)
{
	n_inet6 = 0;
	struct netstat_lines *lines;
	if (netdev_host->lines_open(ctx, "net/if_inet6", &lines) < 0)
		return;
	const char *line;
	while ((line = netdev_host->lines_next(lines, NULL))) {
		const char *p = line, *s;
		struct netdev_inet6 a = {0};
		uint64_t index, plen, scope, flags;
		if (netstat_token(&p, &s) != 32)
			continue;
		bool ok = true;
		for (int i = 0; i < 16 && ok; i++) {
			int hi = netstat_hex_digit(s[2 * i]);
			int lo = netstat_hex_digit(s[2 * i + 1]);
			ok = hi >= 0 && lo >= 0;
			if (ok) /* -1 for a non-hex digit: no shift of it */
				a.addr[i] = (uint8_t)(hi << 4 | lo);
		}
		size_t n;
		if (!ok || !netstat_parse_hex(&p, &index) ||
		    !netstat_parse_hex(&p, &plen) ||
		    !netstat_parse_hex(&p, &scope) ||
		    !netstat_parse_hex(&p, &flags) ||
		    !(n = netstat_token(&p, &s)))
			continue;
		a.plen = (unsigned)plen;
		a.scope = (unsigned)scope;
		memcpy(a.name, s,
		       n < NETDEV_NAME_MAX ? n : NETDEV_NAME_MAX - 1);
		if (n_inet6 == cap_inet6) {
			size_t cap = cap_inet6 ? cap_inet6 * 2 : 16;
			void *q = realloc(inet6, cap * sizeof *inet6);
			if (!q)
				break;
			inet6 = q;
			cap_inet6 = cap;
		}
		inet6[n_inet6++] = a;
	}
	netdev_host->lines_close(lines);
}

static struct netstat_value addr4(const uint8_t b[4])
{
	struct netstat_value v = {.type = NETSTAT_T_ADDRESS};
	v.v.addr.family = NETSTAT_ADDR_INET;
	memcpy(v.v.addr.bytes, b, 4);
	return v;
}

static void emit_one(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netdev_if *e, const struct netdev_info *in)
{
	const struct netdev_stats *s = &e->stats;
	struct netstat_value v[C_COUNT];
	for (size_t i = 0; i < C_COUNT; i++)
		v[i] = netstat_v_null();
	char flg[24], hw[64] = "", six[1024] = "";
	netdev_flag_letters(in->flags, flg, sizeof flg);
	v[C_IFACE] = netstat_v_str(e->name);
	v[C_MTU] = netstat_v_int(in->mtu);
	if (e->has_stats) {
		v[C_RX_OK] = netstat_v_uint(s->rx_packets);
		v[C_RX_ERR] = netstat_v_uint(s->rx_errs);
		v[C_RX_DRP] = netstat_v_uint(s->rx_drop);
		v[C_RX_OVR] = netstat_v_uint(s->rx_fifo);
		v[C_TX_OK] = netstat_v_uint(s->tx_packets);
		v[C_TX_ERR] = netstat_v_uint(s->tx_errs);
		v[C_TX_DRP] = netstat_v_uint(s->tx_drop);
		v[C_TX_OVR] = netstat_v_uint(s->tx_fifo);
		v[C_RX_BYTES] = netstat_v_uint(s->rx_bytes);
		v[C_TX_BYTES] = netstat_v_uint(s->tx_bytes);
		v[C_RX_FRAME] = netstat_v_uint(s->rx_frame);
		v[C_TX_CARRIER] = netstat_v_uint(s->tx_carrier);
		v[C_COLLISIONS] = netstat_v_uint(s->tx_colls);
	}
	v[C_FLG] = netstat_v_str(flg);
	v[C_FLAGS] = netstat_v_uint((uint64_t)in->flags);
	if (in->has_addr) {
		v[C_ADDR] = addr4(in->addr);
		v[C_NETMASK] = addr4(in->netmask);
		if (in->flags & IFF_BROADCAST)
			v[C_BROADCAST] = addr4(in->broadcast);
		if (in->flags & IFF_POINTOPOINT)
			v[C_DSTADDR] = addr4(in->dstaddr);
	}
	for (size_t i = 0; i < n_inet6; i++) {
		if (strcmp(inet6[i].name, e->name) != 0)
			continue;
		char a[INET6_ADDRSTRLEN];
		size_t used = strlen(six);
		inet_ntop(AF_INET6, inet6[i].addr, a, sizeof a);
		snprintf(six + used, sizeof six - used, "%s%s/%u",
			 used ? " " : "", a, inet6[i].plen);
	}
	if (six[0])
		v[C_INET6] = netstat_v_str(six);
	if (in->has_hw) {
		v[C_HWTYPE] = netstat_v_str(netdev_hw_name(in->hw_type));
		const uint8_t *b = in->hw_addr;
		snprintf(hw, sizeof hw, "%02x:%02x:%02x:%02x:%02x:%02x", b[0],
			 b[1], b[2], b[3], b[4], b[5]);
		v[C_HWADDR] = netstat_v_str(hw);
	}
	if (in->has_txqlen)
		v[C_TXQLEN] = netstat_v_int(in->txqlen);
	struct netdev_row row = {e, in, inet6, n_inet6};
	bool extend = req->extend > 0;
	struct netstat_record rec = {
		.section = extend ? &netdev_long : &netdev_short,
		.values = v,
		.n_values = C_COUNT,
		.classic_row =
			extend ? netdev_classic_long : netdev_classic_short,
		.priv = &row,
	};
	netdev_host->emit(ctx, &rec);
}

static int list_interfaces(struct netstat_ctx *ctx,
			   const struct netstat_request *req,
			   const struct netstat_source *src)
{
	if (open_socket(ctx) < 0)
		return 1;
	netdev_host->section_begin(ctx, req->extend > 0 ? &netdev_long
							: &netdev_short);
	struct netdev_list list = {0};
	int dev = read_dev(ctx, &list);
	if (dev < 0)
		netdev_host->message(ctx, NETSTAT_STDERR,
				     "Warning: cannot open /proc/net/dev (%s). "
				     "Limited output.\n",
				     netdev_host->errno_text(-dev));
	int conf = read_ifconf(&list);
	if (conf < 0)
		netdev_host->message(ctx, NETSTAT_STDERR, "SIOCGIFCONF: %s\n",
				     netdev_host->errno_text(-conf));
	if (dev < 0 && conf < 0) {
		netdev_host->message(ctx, NETSTAT_STDERR,
				     "missing interface information: %s\n",
				     netdev_host->errno_text(-conf));
		netdev_list_free(&list);
		return 1;
	}
	if (req->extend > 0)
		read_inet6(ctx);
	int status = 0;
	for (size_t i = 0; i < list.n; i++) {
		struct netdev_info in;
		int rc = fetch(list.items[i].name, &in);
		if (rc < 0) {
			netdev_host->message(
				ctx, NETSTAT_STDERR,
				"%s: error fetching interface information: "
				"%s\n",
				list.items[i].name,
				rc == -ENODEV ? "Device not found"
					      : netdev_host->errno_text(-rc));
			netdev_host->message(ctx, NETSTAT_STDERR,
					     "missing interface information: "
					     "%s\n",
					     netdev_host->errno_text(-rc));
			status = 1;
			break;
		}
		if ((in.flags & IFF_UP) ||
		    netstat_request_has(req, NETSTAT_REQ_ALL))
			emit_one(ctx, req, &list.items[i], &in);
	}
	netdev_list_free(&list);
	return status;
}

static int netdev_init(const struct netstat_host_api *host)
{
	if (!host || host->abi_major != NETSTAT_ABI_MAJOR)
		return NETSTAT_ERR_ABI;
	netdev_host = host;
	return 0;
}

static void netdev_fini(void)
{
	if (sock >= 0)
		close(sock);
	sock = -1;
	free(inet6);
	inet6 = NULL;
	n_inet6 = cap_inet6 = 0;
}

static const struct netstat_source netdev_sources[] = {
	{
		.name = "dev",
		.selector = "netdev",
		.family = "netdev",
		.report = NETSTAT_REPORT_INTERFACES,
		.section = &netdev_short,
		.order = 0,
		.flags = NETSTAT_SOURCE_DEFAULT,
		.list = list_interfaces,
	},
};

static const struct netstat_family netdev_family = {
	.size = sizeof(struct netstat_family),
	.init = netdev_init,
	.fini = netdev_fini,
	.sources = netdev_sources,
	.n_sources = sizeof netdev_sources / sizeof netdev_sources[0],
};

NETSTAT_MODULE(netdev) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "netdev",
	.description = "network interfaces (/proc/net/dev and SIOCGIF*)",
	.family = &netdev_family,
};
