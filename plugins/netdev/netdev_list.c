/* The interface list: /proc/net/dev lines and net-tools' name order. */
#include <stdlib.h>
#include <string.h>

#include "plugins/netdev/netdev.h"

/* Splits "eth0:12" into the cut length and the alias digits. */
static size_t cut_alias(const char *s, const char **alias)
{
	const char *colon = strrchr(s, ':');
	*alias = NULL;
	if (!colon || !colon[1])
		return strlen(s);
	for (const char *p = colon + 1; *p; p++)
		if (*p < '0' || *p > '9')
			return strlen(s);
	*alias = colon + 1;
	return (size_t)(colon - s);
}

/* Stem (name without its trailing digits) length and the digits' value. */
static size_t stem(const char *s, size_t n, unsigned long long *num)
{
	size_t k = n;
	while (k > 0 && s[k - 1] >= '0' && s[k - 1] <= '9')
		k--;
	*num = 0;
	for (size_t i = k; i < n; i++)
		*num = *num * 10 + (unsigned long long)(s[i] - '0');
	return k;
}

int netdev_name_cmp(const char *a, const char *b)
{
	const char *aa, *ab;
	size_t na = cut_alias(a, &aa), nb = cut_alias(b, &ab);
	unsigned long long xa, xb;
	size_t sa = stem(a, na, &xa), sb = stem(b, nb, &xb);
	int c = memcmp(a, b, sa < sb ? sa : sb);
	if (c)
		return c;
	if (sa != sb)
		return sa < sb ? -1 : 1;
	if (xa != xb)
		return xa < xb ? -1 : 1;
	/* Same stem and number: byte order of the cut names ("eth01"). */
	size_t m = na < nb ? na : nb;
	c = memcmp(a, b, m);
	if (c == 0 && na != nb)
		c = na < nb ? -1 : 1;
	if (c)
		return c;
	long long la = aa ? atoll(aa) : -1, lb = ab ? atoll(ab) : -1;
	if (la != lb)
		return la < lb ? -1 : 1;
	return strcmp(aa ? aa : "", ab ? ab : "");
}

struct netdev_if *netdev_list_add(struct netdev_list *list, const char *name)
{
	size_t lo = 0, hi = list->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = netdev_name_cmp(name, list->items[mid].name);
		if (c == 0)
			return &list->items[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	if (list->n == list->cap) {
		size_t cap = list->cap ? list->cap * 2 : 16;
		struct netdev_if *p = realloc(list->items, cap * sizeof *p);
		if (!p)
			return NULL;
		list->items = p;
		list->cap = cap;
	}
	memmove(&list->items[lo + 1], &list->items[lo],
		(list->n - lo) * sizeof *list->items);
	list->n++;
	struct netdev_if *e = &list->items[lo];
	memset(e, 0, sizeof *e);
	strncpy(e->name, name, sizeof e->name - 1);
	return e;
}

void netdev_list_free(struct netdev_list *list)
{
	free(list->items);
	memset(list, 0, sizeof *list);
}

int netdev_layout(const char *header2)
{
	if (header2 && strstr(header2, "compressed"))
		return 16;
	if (header2 && strstr(header2, "bytes"))
		return 13;
	return 11;
}

/* The name: up to a blank, the end, 15 bytes or a ':' (but an old
 * "eth0:1:" alias keeps its ":1"). */
static const char *parse_name(const char *p, char *name)
{
	while (*p == ' ' || *p == '\t')
		p++;
	size_t n = 0;
	while (*p && *p != ' ' && *p != '\t') {
		/* A 15-byte name stops here, before its ':', so net-tools
		 * then reads no counters at all (they print as zeros). */
		if (n == NETDEV_NAME_MAX - 1)
			break;
		if (*p == ':') {
			const char *d = p + 1;
			while (*d >= '0' && *d <= '9')
				d++;
			if (d > p + 1 && *d == ':') {
				while (p < d && n < NETDEV_NAME_MAX - 1)
					name[n++] = *p++;
				continue;
			}
			break;
		}
		name[n++] = *p++;
	}
	name[n] = '\0';
	if (*p == ':' && n < NETDEV_NAME_MAX - 1)
		p++;
	return p;
}

bool netdev_parse_line(const char *line, int columns, char *name,
		       struct netdev_stats *st)
{
	const char *p = parse_name(line, name);
	memset(st, 0, sizeof *st);
	if (!name[0])
		return false;
	uint64_t *order16[] = {
		&st->rx_bytes,	    &st->rx_packets,   &st->rx_errs,
		&st->rx_drop,	    &st->rx_fifo,      &st->rx_frame,
		&st->rx_compressed, &st->rx_multicast, &st->tx_bytes,
		&st->tx_packets,    &st->tx_errs,      &st->tx_drop,
		&st->tx_fifo,	    &st->tx_colls,     &st->tx_carrier,
		&st->tx_compressed,
	};
	uint64_t *order13[] = {
		&st->rx_bytes,	 &st->rx_packets, &st->rx_errs,
		&st->rx_drop,	 &st->rx_fifo,	  &st->rx_frame,
		&st->tx_bytes,	 &st->tx_packets, &st->tx_errs,
		&st->tx_drop,	 &st->tx_fifo,	  &st->tx_colls,
		&st->tx_carrier,
	};
	uint64_t *order11[] = {
		&st->rx_packets, &st->rx_errs,	  &st->rx_drop,	   &st->rx_fifo,
		&st->rx_frame,	 &st->tx_packets, &st->tx_errs,	   &st->tx_drop,
		&st->tx_fifo,	 &st->tx_colls,	  &st->tx_carrier,
	};
	uint64_t **order = columns == 16   ? order16
			   : columns == 13 ? order13
					   : order11;
	/* Missing or malformed counters stay zero, as sscanf leaves them. */
	for (int i = 0; i < columns; i++)
		if (!netstat_parse_udec(&p, order[i]))
			break;
	return true;
}
