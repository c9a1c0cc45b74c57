/*
 * The row parser of /proc/net/{tcp,udp,udplite,raw}{,6}: one pass over the
 * line, no sscanf. Fields are counted the way net-tools' scanf pattern
 * counts them, because that count decides what is a bogus line.
 */
#include <string.h>

#include "plugins/lib/ip/sockets/ip_sockets.h"
#include "plugins/lib/ip/text/ip_text.h"

/* net-tools reads at most 64 hex digits of an address. */
#define ADDR_DIGITS_MAX 64

/* Length of the hex run at p (capped as net-tools caps it). */
static size_t hex_run(const char *p)
{
	size_t n = 0;
	while (n < ADDR_DIGITS_MAX && netstat_hex_digit(p[n]) >= 0)
		n++;
	return n;
}

/* "HEX:PORT": the address digits, then the port. Returns fields parsed. */
static int parse_endpoint(const char **p, const char **hex, size_t *len,
			  uint32_t *port)
{
	netstat_skip_blanks(p);
	*hex = *p;
	*len = hex_run(*p);
	if (*len == 0)
		return 0;
	*p += *len;
	uint64_t v;
	if (**p != ':')
		return 1;
	(*p)++;
	if (!netstat_parse_hex(p, &v))
		return 1;
	*port = (uint32_t)v;
	return 2;
}

/* The fields after the inode, which net-tools' count leaves out: ref,
 * the socket's address (not kept), then TCP's rto ato qack cwnd ssthresh
 * or UDP's and raw's drops. Stops at the first one that is not a number;
 * the meaning of the rest is the caller's (it knows the protocol). */
static void parse_tail(const char *p, struct ip_socket_row *row)
{
	uint64_t pointer;
	if (!netstat_parse_sdec(&p, &row->refcount))
		return;
	row->tail_fields = 1;
	if (!netstat_parse_hex(&p, &pointer))
		return;
	row->tail_fields = 2;
	for (size_t i = 0; i < sizeof row->tail / sizeof *row->tail; i++) {
		if (!netstat_parse_udec(&p, &row->tail[i]))
			return;
		row->tail_fields++;
	}
	if (netstat_parse_sdec(&p, &row->ssthresh))
		row->tail_fields++;
}

int ip_parse_socket_row(const char *line, struct ip_socket_row *row)
{
	const char *p = line;
	const char *lhex = NULL, *rhex = NULL;
	size_t llen = 0, rlen = 0;
	uint64_t u;
	int64_t s;
	int n = 0, got;

	memset(row, 0, sizeof *row);
	row->local.family = row->remote.family = NETSTAT_ADDR_INET;

	if (!netstat_parse_sdec(&p, &row->slot))
		goto out;
	n = 1;
	if (!netstat_expect(&p, ':'))
		goto out;
	got = parse_endpoint(&p, &lhex, &llen, &row->local_port);
	n += got;
	if (got < 2)
		goto out;
	got = parse_endpoint(&p, &rhex, &rlen, &row->remote_port);
	n += got;
	if (got < 2)
		goto out;
	if (!netstat_parse_hex(&p, &u))
		goto out;
	row->state = (uint32_t)u;
	n++;
	if (!netstat_parse_hex(&p, &row->tx_queue))
		goto out;
	n++;
	if (!netstat_expect(&p, ':') || !netstat_parse_hex(&p, &row->rx_queue))
		goto out;
	n++;
	if (!netstat_parse_hex(&p, &u))
		goto out;
	row->timer_code = (uint32_t)u;
	n++;
	if (!netstat_expect(&p, ':') ||
	    !netstat_parse_hex(&p, &row->timer_when))
		goto out;
	n++;
	if (!netstat_parse_hex(&p, &row->retransmits))
		goto out;
	n++;
	/* The uid is read as a C int: 4294967294 is uid -2 to net-tools. */
	if (!netstat_parse_sdec(&p, &s))
		goto out;
	row->uid = (uint32_t)s;
	n++;
	if (!netstat_parse_sdec(&p, &row->timeout))
		goto out;
	n++;
	if (!netstat_parse_udec(&p, &row->inode))
		goto out;
	n++;
	parse_tail(p, row);
out:
	/* The local address decides the form of both (net-tools' rule). */
	if (lhex) {
		bool v6 = llen > 8;
		ip_decode_address(lhex, llen, v6, &row->local);
		if (rhex)
			ip_decode_address(rhex, rlen, v6, &row->remote);
		else
			row->remote.family = row->local.family;
	}
	return n;
}
