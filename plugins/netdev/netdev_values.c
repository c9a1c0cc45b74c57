/* One interface's typed record: everything the kernel told about it. */
#include <arpa/inet.h>
#include <net/if.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/netdev/netdev.h"

static int text_grow(struct netstat_text *t, size_t need)
{
	size_t cap = t->cap ? t->cap : 256;
	while (cap - t->len < need)
		cap *= 2;
	char *p = realloc(t->buf, cap);
	if (!p)
		return NETSTAT_ERR_NOMEM;
	t->buf = p;
	t->cap = cap;
	return 0;
}

void netdev_record_init(struct netdev_record *r)
{
	memset(r, 0, sizeof *r);
	r->inet6.grow = text_grow;
	r->scopes.grow = text_grow;
}

void netdev_record_free(struct netdev_record *r)
{
	free(r->inet6.buf);
	free(r->scopes.buf);
	netdev_record_init(r);
}

/*
 * The interface's IPv6 addresses in if_inet6 order, as two lists of the
 * same length: "ADDR/PREFIXLEN ..." and their scope values "0x20 ...".
 */
static int inet6_lists(struct netdev_record *r, const char *name,
		       const struct netdev_inet6 *inet6, size_t n_inet6)
{
	r->inet6.len = r->scopes.len = 0;
	int rc = 0;
	for (size_t i = 0; i < n_inet6 && rc == 0; i++) {
		if (strcmp(inet6[i].name, name) != 0)
			continue;
		char a[INET6_ADDRSTRLEN];
		inet_ntop(AF_INET6, inet6[i].addr, a, sizeof a);
		const char *sep = r->inet6.len ? " " : "";
		rc = netstat_text_printf(&r->inet6, "%s%s/%u", sep, a,
					 inet6[i].plen);
		if (rc == 0)
			rc = netstat_text_printf(&r->scopes, "%s0x%x", sep,
						 inet6[i].scope);
	}
	return rc;
}

/* The SIOCGIFFLAGS bits by their IFF_* names, in bit order. */
static const struct netstat_flag_name iff_names[] = {
	{IFF_UP, "UP"},
	{IFF_BROADCAST, "BROADCAST"},
	{IFF_DEBUG, "DEBUG"},
	{IFF_LOOPBACK, "LOOPBACK"},
	{IFF_POINTOPOINT, "POINTOPOINT"},
	{IFF_NOTRAILERS, "NOTRAILERS"},
	{IFF_RUNNING, "RUNNING"},
	{IFF_NOARP, "NOARP"},
	{IFF_PROMISC, "PROMISC"},
	{IFF_ALLMULTI, "ALLMULTI"},
	{IFF_MASTER, "MASTER"},
	{IFF_SLAVE, "SLAVE"},
	{IFF_MULTICAST, "MULTICAST"},
	{IFF_PORTSEL, "PORTSEL"},
	{IFF_AUTOMEDIA, "AUTOMEDIA"},
	{IFF_DYNAMIC, "DYNAMIC"},
};

static struct netstat_value addr4(const uint8_t b[4])
{
	return netstat_v_address(netstat_addr_inet(b));
}

int netdev_record_fill(struct netdev_record *r, const struct netdev_if *e,
		       const struct netdev_info *in,
		       const struct netdev_inet6 *inet6, size_t n_inet6)
{
	struct netstat_value *v = r->v;
	const struct netdev_stats *s = &e->stats;
	for (size_t i = 0; i < NETDEV_COL_COUNT; i++)
		v[i] = netstat_v_null();

	v[NETDEV_COL_IFACE] = netstat_v_str(e->name);
	v[NETDEV_COL_MTU] = netstat_v_int(in->mtu);
	/* Alias labels (eth0:1) have no counters: null, not zero. */
	if (e->has_stats) {
		v[NETDEV_COL_RX_OK] = netstat_v_uint(s->rx_packets);
		v[NETDEV_COL_RX_ERR] = netstat_v_uint(s->rx_errs);
		v[NETDEV_COL_RX_DRP] = netstat_v_uint(s->rx_drop);
		v[NETDEV_COL_RX_OVR] = netstat_v_uint(s->rx_fifo);
		v[NETDEV_COL_TX_OK] = netstat_v_uint(s->tx_packets);
		v[NETDEV_COL_TX_ERR] = netstat_v_uint(s->tx_errs);
		v[NETDEV_COL_TX_DRP] = netstat_v_uint(s->tx_drop);
		v[NETDEV_COL_TX_OVR] = netstat_v_uint(s->tx_fifo);
		v[NETDEV_COL_RX_BYTES] = netstat_v_uint(s->rx_bytes);
		v[NETDEV_COL_TX_BYTES] = netstat_v_uint(s->tx_bytes);
		v[NETDEV_COL_RX_FRAME] = netstat_v_uint(s->rx_frame);
		v[NETDEV_COL_TX_CARRIER] = netstat_v_uint(s->tx_carrier);
		v[NETDEV_COL_COLLISIONS] = netstat_v_uint(s->tx_colls);
		v[NETDEV_COL_RX_COMPRESSED] = netstat_v_uint(s->rx_compressed);
		v[NETDEV_COL_RX_MULTICAST] = netstat_v_uint(s->rx_multicast);
		v[NETDEV_COL_TX_COMPRESSED] = netstat_v_uint(s->tx_compressed);
	}
	netdev_flag_letters(in->flags, r->flg, sizeof r->flg);
	v[NETDEV_COL_FLG] = netstat_v_str(r->flg);
	v[NETDEV_COL_FLAGS] = netstat_v_uint((uint64_t)in->flags);
	v[NETDEV_COL_FLAG_NAMES] = netstat_v_flag_names(
		(uint16_t)in->flags, iff_names,
		sizeof iff_names / sizeof iff_names[0], r->flag_names,
		sizeof r->flag_names / sizeof r->flag_names[0]);

	if (in->has_addr) {
		v[NETDEV_COL_ADDR] = addr4(in->addr);
		v[NETDEV_COL_NETMASK] = addr4(in->netmask);
		if (in->flags & IFF_BROADCAST)
			v[NETDEV_COL_BROADCAST] = addr4(in->broadcast);
		if (in->flags & IFF_POINTOPOINT)
			v[NETDEV_COL_DSTADDR] = addr4(in->dstaddr);
	}

	int rc = inet6_lists(r, e->name, inet6, n_inet6);
	if (rc < 0)
		return rc;
	/* The buffers are final now: their text may be pointed to. */
	if (r->inet6.len) {
		v[NETDEV_COL_INET6] =
			netstat_v_str(netstat_text_cstr(&r->inet6));
		v[NETDEV_COL_INET6_SCOPES] =
			netstat_v_str(netstat_text_cstr(&r->scopes));
	}

	if (in->has_hw) {
		const struct netdev_hw_type *t = netdev_hw_of(in->hw_type);
		v[NETDEV_COL_HWTYPE] = netstat_v_str(t->name);
		v[NETDEV_COL_HW_TYPE_CODE] =
			netstat_v_uint((uint64_t)in->hw_type);
		v[NETDEV_COL_HWADDR] = netstat_v_str(
			netdev_hw_address(t, in->hw_addr, r->hw, sizeof r->hw));
	}
	if (in->has_txqlen)
		v[NETDEV_COL_TXQLEN] = netstat_v_int(in->txqlen);
	if (in->flags & IFF_PORTSEL)
		v[NETDEV_COL_MEDIA] =
			netstat_v_str(netdev_media_name(in->port));
	if (in->has_map) {
		v[NETDEV_COL_IRQ] = netstat_v_uint(in->irq);
		v[NETDEV_COL_BASE_ADDRESS] = netstat_v_uint(in->base_addr);
		v[NETDEV_COL_MEM_START] = netstat_v_uint(in->mem_start);
		v[NETDEV_COL_MEM_END] = netstat_v_uint(in->mem_end);
		v[NETDEV_COL_DMA] = netstat_v_uint(in->dma);
	}
	return 0;
}
