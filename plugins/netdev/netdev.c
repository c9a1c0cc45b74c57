/*
 * The netdev family module: the interface table (-i, -ie). The list is
 * /proc/net/dev's names merged with those SIOCGIFCONF gives (IPv4 alias
 * labels have no counters), in net-tools' order; each interface's flags,
 * MTU and addresses are asked of the live kernel.
 */
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

/* What lives across -c passes, from init to fini. */
struct netdev_state {
	/* The ioctl socket stays open across passes, as in net-tools. */
	int sock;
	/* The if_inet6 lines of this pass (for -e). */
	struct netdev_inet6 *inet6;
	size_t n_inet6, cap_inet6;
	/* One record's values and text, reused for every interface. */
	struct netdev_record rec;
};

static int netdev_init(const struct netstat_host_api *host,
		       const struct netstat_option_value *options, void **state)
{
	struct netdev_state *st = calloc(1, sizeof *st);
	if (!st)
		return NETSTAT_ERR_NOMEM;
	st->sock = -1;
	netdev_record_init(&st->rec);
	*state = st;
	return 0;
}

static void netdev_fini(void *state)
{
	struct netdev_state *st = state;
	if (!st)
		return;
	if (st->sock >= 0)
		close(st->sock);
	free(st->inet6);
	netdev_record_free(&st->rec);
	free(st);
}

static int open_socket(struct netstat_ctx *ctx, struct netdev_state *st)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	if (st->sock >= 0)
		return 0;
	st->sock = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	struct stat sb;
	if (st->sock < 0 && host->proc_stat(ctx, "net/if_inet6", &sb) == 0)
		st->sock = socket(AF_INET6, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (st->sock >= 0)
		return 0;
	int err = errno;
	host->message(ctx, NETSTAT_STDERR,
		      "No usable address families found.\n");
	host->message(ctx, NETSTAT_STDERR, "socket: %s\n",
		      host->strerror(-err));
	return -err;
}

/* /proc/net/dev into the list; -errno when it cannot be opened. */
static int read_dev(struct netstat_ctx *ctx, struct netdev_list *list)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	int rc = host->lines_open(ctx, "net/dev", &lines);
	if (rc < 0)
		return rc;
	host->lines_next(lines, NULL);
	int layout = netdev_layout(host->lines_next(lines, NULL));
	const char *line;
	while ((line = host->lines_next(lines, NULL))) {
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
	host->lines_close(lines);
	return 0;
}

/* Names with an IPv4 address (alias labels too); -errno on failure. */
static int read_ifconf(int sock, struct netdev_list *list)
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

static bool ask(int sock, unsigned long req, const char *name,
		struct ifreq *ifr)
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
static int fetch(int sock, const char *name, struct netdev_info *in)
{
	struct ifreq ifr;
	memset(in, 0, sizeof *in);
	if (!ask(sock, SIOCGIFFLAGS, name, &ifr))
		return -errno;
	in->flags = ifr.ifr_flags & 0xffff;
	if (ask(sock, SIOCGIFHWADDR, name, &ifr)) {
		in->has_hw = true;
		in->hw_type = ifr.ifr_hwaddr.sa_family;
		memcpy(in->hw_addr, ifr.ifr_hwaddr.sa_data, 14);
	}
	if (ask(sock, SIOCGIFMTU, name, &ifr))
		in->mtu = ifr.ifr_mtu;
	if (ask(sock, SIOCGIFMAP, name, &ifr)) {
		in->has_map = true;
		in->mem_start = ifr.ifr_map.mem_start;
		in->mem_end = ifr.ifr_map.mem_end;
		in->base_addr = ifr.ifr_map.base_addr;
		in->irq = ifr.ifr_map.irq;
		in->dma = ifr.ifr_map.dma;
		in->port = ifr.ifr_map.port;
	}
	if (ask(sock, SIOCGIFTXQLEN, name, &ifr)) {
		in->has_txqlen = true;
		in->txqlen = ifr.ifr_qlen;
	}
	if (ask(sock, SIOCGIFADDR, name, &ifr) &&
	    ifr.ifr_addr.sa_family == AF_INET) {
		in->has_addr = true;
		copy_in(in->addr, &ifr.ifr_addr);
		if (ask(sock, SIOCGIFDSTADDR, name, &ifr))
			copy_in(in->dstaddr, &ifr.ifr_dstaddr);
		if (ask(sock, SIOCGIFBRDADDR, name, &ifr))
			copy_in(in->broadcast, &ifr.ifr_broadaddr);
		if (ask(sock, SIOCGIFNETMASK, name, &ifr))
			copy_in(in->netmask, &ifr.ifr_netmask);
	}
	return 0;
}

/* One if_inet6 line: "ADDR32HEX IFINDEX PLEN SCOPE FLAGS NAME". */
static bool parse_inet6(const char *line, struct netdev_inet6 *a)
{
	const char *p = line, *s;
	uint64_t index, plen, scope, flags;
	memset(a, 0, sizeof *a);
	if (netstat_token(&p, &s) != 32)
		return false;
	for (int i = 0; i < 16; i++) {
		int hi = netstat_hex_digit(s[2 * i]);
		int lo = netstat_hex_digit(s[2 * i + 1]);
		if (hi < 0 || lo < 0)
			return false;
		a->addr[i] = (uint8_t)(hi << 4 | lo);
	}
	size_t n;
	if (!netstat_parse_hex(&p, &index) || !netstat_parse_hex(&p, &plen) ||
	    !netstat_parse_hex(&p, &scope) || !netstat_parse_hex(&p, &flags) ||
	    !(n = netstat_token(&p, &s)))
		return false;
	a->plen = (unsigned)plen;
	a->scope = (unsigned)scope;
	memcpy(a->name, s, n < NETDEV_NAME_MAX ? n : NETDEV_NAME_MAX - 1);
	return true;
}

static void read_inet6(struct netstat_ctx *ctx, struct netdev_state *st)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	st->n_inet6 = 0;
	struct netstat_lines *lines;
	if (host->lines_open(ctx, "net/if_inet6", &lines) < 0)
		return;
	const char *line;
	while ((line = host->lines_next(lines, NULL))) {
		struct netdev_inet6 a;
		if (!parse_inet6(line, &a))
			continue;
		if (st->n_inet6 == st->cap_inet6) {
			size_t cap = st->cap_inet6 ? st->cap_inet6 * 2 : 16;
			void *q = realloc(st->inet6, cap * sizeof *st->inet6);
			if (!q)
				break;
			st->inet6 = q;
			st->cap_inet6 = cap;
		}
		st->inet6[st->n_inet6++] = a;
	}
	host->lines_close(lines);
}

static int emit_one(struct netstat_ctx *ctx, const struct netstat_request *req,
		    struct netdev_state *st, const struct netdev_if *e,
		    const struct netdev_info *in)
{
	int rc = netdev_record_fill(&st->rec, e, in, st->inet6, st->n_inet6);
	if (rc < 0)
		return rc;
	struct netstat_record rec = {
		.section = req->extend > 0 ? &netdev_long : &netdev_short,
		.values = st->rec.v,
		.n_values = NETDEV_COL_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
	return 0;
}

/* net-tools' flow (reference §5.1): the list, then one ioctl round per
 * interface; a failing one ends the report. */
static int list_interfaces(struct netstat_ctx *ctx,
			   const struct netstat_request *req,
			   const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netdev_state *st = state;
	if (open_socket(ctx, st) < 0)
		return NETSTAT_EXIT_UNAVAILABLE;
	host->section_begin(ctx,
			    req->extend > 0 ? &netdev_long : &netdev_short);
	struct netdev_list list = {0};
	int dev = read_dev(ctx, &list);
	if (dev < 0)
		host->message(ctx, NETSTAT_STDERR,
			      "Warning: cannot open /proc/net/dev (%s). "
			      "Limited output.\n",
			      host->strerror(dev));
	int conf = read_ifconf(st->sock, &list);
	if (conf < 0)
		host->message(ctx, NETSTAT_STDERR, "SIOCGIFCONF: %s\n",
			      host->strerror(conf));
	if (dev < 0 && conf < 0) {
		host->message(ctx, NETSTAT_STDERR,
			      "missing interface information: %s\n",
			      host->strerror(conf));
		netdev_list_free(&list);
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	if (req->extend > 0 ||
	    host->column_needed(ctx, &netdev_short, NETDEV_COL_INET6))
		read_inet6(ctx, st);
	int status = 0;
	for (size_t i = 0; i < list.n && status == 0; i++) {
		struct netdev_info in;
		int rc = fetch(st->sock, list.items[i].name, &in);
		if (rc < 0) {
			host->message(ctx, NETSTAT_STDERR,
				      "%s: error fetching interface "
				      "information: %s\n",
				      list.items[i].name,
				      rc == -ENODEV ? "Device not found"
						    : host->strerror(rc));
			host->message(ctx, NETSTAT_STDERR,
				      "missing interface information: %s\n",
				      host->strerror(rc));
			status = NETSTAT_EXIT_UNAVAILABLE;
		} else if ((in.flags & IFF_UP) ||
			   netstat_request_has(req, NETSTAT_REQ_ALL)) {
			status = emit_one(ctx, req, st, &list.items[i], &in);
		}
	}
	netdev_list_free(&list);
	return status;
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
