/*
 * Parsers of /proc/net/sctp/eps and /proc/net/sctp/assocs lines, following
 * the tokenising net-tools does (the observable output depends on it, e.g.
 * an empty local list makes the remote list the local one).
 */
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/inet/sctp.h"

void sctp_row_free(struct sctp_row *row)
{
	free(row->local.a);
	free(row->remote.a);
	row->local = (struct sctp_addresses){0};
	row->remote = (struct sctp_addresses){0};
}

/* Clears the fields of `row` for a new line, keeping the lists' memory. */
static void row_reset(struct sctp_row *row)
{
	struct sctp_addresses local = row->local, remote = row->remote;
	memset(row, 0, sizeof *row);
	row->local = local;
	row->remote = remote;
	row->local.n = row->remote.n = 0;
}

static int list_push(struct sctp_addresses *l, const struct netstat_address *a)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 8;
		struct netstat_address *p = realloc(l->a, cap * sizeof *p);
		if (!p)
			return NETSTAT_ERR_NOMEM;
		l->a = p;
		l->cap = cap;
	}
	l->a[l->n++] = *a;
	return 0;
}

void sctp_parse_address(const char *tok, size_t len,
			struct netstat_address *out)
{
	memset(out, 0, sizeof *out);
	if (len && *tok == '*') { /* the primary-address marker */
		tok++;
		len--;
	}
	if (memchr(tok, ':', len)) {
		/* The kernel's uncompressed form: eight groups of hex. */
		out->family = NETSTAT_ADDR_INET6;
		const char *p = tok, *end = tok + len;
		for (int g = 0; g < 8 && p < end; g++) {
			unsigned v = 0;
			int d, digits = 0;
			while (p < end && digits < 4 &&
			       (d = netstat_hex_digit(*p)) >= 0) {
				v = (v << 4) | (unsigned)d;
				p++;
				digits++;
			}
			out->bytes[g * 2] = (uint8_t)(v >> 8);
			out->bytes[g * 2 + 1] = (uint8_t)v;
			if (p < end && *p != ':')
				break;
			p++;
		}
		return;
	}
	/* Dotted quad, read as inet_addr() reads it: junk gives
	 * 255.255.255.255, as net-tools shows. */
	char buf[64];
	size_t n = len < sizeof buf - 1 ? len : sizeof buf - 1;
	memcpy(buf, tok, n);
	buf[n] = '\0';
	in_addr_t a = inet_addr(buf);
	out->family = NETSTAT_ADDR_INET;
	memcpy(out->bytes, &a, 4);
}

/* Splits a list of addresses on blanks into `l`. */
static int parse_list(const char *s, size_t len, struct sctp_addresses *l)
{
	const char *p = s, *end = s + len;
	l->n = 0;
	while (p < end) {
		while (p < end && netstat_is_blank(*p))
			p++;
		const char *tok = p;
		while (p < end && !netstat_is_blank(*p))
			p++;
		if (p > tok) {
			struct netstat_address a;
			sctp_parse_address(tok, (size_t)(p - tok), &a);
			if (list_push(l, &a) < 0)
				return NETSTAT_ERR_NOMEM;
		}
	}
	return 0;
}

/* The numeric value of a token, 0 when it has no digits (like atoi). */
static uint64_t tok_unsigned(const char *tok)
{
	uint64_t v = 0;
	netstat_parse_udec(&tok, &v);
	return v;
}

static int64_t tok_signed(const char *tok)
{
	int64_t v = 0;
	netstat_parse_sdec(&tok, &v);
	return v;
}

/* Takes `n` blank-separated tokens; false when the line ends first. */
static bool take_tokens(const char **p, const char **tok, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (netstat_token(p, &tok[i]) == 0)
			return false;
	return true;
}

enum ep_field {
	EP_ENDPT,
	EP_SOCK,
	EP_STY,
	EP_SST,
	EP_HBKT,
	EP_LPORT,
	EP_UID,
	EP_INODE,
	EP_COUNT
};

int sctp_parse_ep(const char *line, struct sctp_row *row)
{
	const char *tok[EP_COUNT];
	const char *p = line;

	row_reset(row);
	if (!take_tokens(&p, tok, EP_COUNT))
		return NETSTAT_ERR_PARSE;
	row->state = tok_signed(tok[EP_SST]);
	row->local_port = (uint32_t)tok_unsigned(tok[EP_LPORT]);
	row->uid = (uint32_t)tok_signed(tok[EP_UID]);
	row->inode = tok_unsigned(tok[EP_INODE]);
	/* The address list runs to the end of the line or a tab. */
	const char *tab = strchr(p, '\t');
	size_t len = tab ? (size_t)(tab - p) : strlen(p);
	return parse_list(p, len, &row->local);
}

enum assoc_field {
	AS_ASSOC,
	AS_SOCK,
	AS_STY,
	AS_SST,
	AS_ST,
	AS_HBKT,
	AS_ID,
	AS_TXQ,
	AS_RXQ,
	AS_UID,
	AS_INODE,
	AS_LPORT,
	AS_RPORT,
	AS_COUNT
};

static bool list_delim(char c)
{
	return c == '<' || c == '-' || c == '>' || c == '\t';
}

/* strtok() over "<->\t": the next run of non-delimiters. */
static size_t list_token(const char **p, const char **start)
{
	const char *s = *p;
	while (*s && list_delim(*s))
		s++;
	*start = s;
	while (*s && !list_delim(*s))
		s++;
	*p = s;
	return (size_t)(s - *start);
}

int sctp_parse_assoc(const char *line, struct sctp_row *row)
{
	const char *tok[AS_COUNT];
	const char *p = line;

	row_reset(row);
	if (!take_tokens(&p, tok, AS_COUNT))
		return NETSTAT_ERR_PARSE;
	row->state = tok_signed(tok[AS_SST]);
	row->tx_queue = tok_unsigned(tok[AS_TXQ]);
	row->rx_queue = tok_unsigned(tok[AS_RXQ]);
	row->uid = (uint32_t)tok_signed(tok[AS_UID]);
	row->inode = tok_unsigned(tok[AS_INODE]);
	row->local_port = (uint32_t)tok_unsigned(tok[AS_LPORT]);
	row->remote_port = (uint32_t)tok_unsigned(tok[AS_RPORT]);

	/* Like strtok(), consume the one separator that ended RPORT: with
	 * "RPORT <->" the local list is then empty. */
	if (*p)
		p++;
	const char *laddr, *raddr;
	size_t llen = list_token(&p, &laddr);
	size_t rlen = list_token(&p, &raddr);
	if (llen == 0 || rlen == 0)
		return NETSTAT_ERR_PARSE;
	int rc = parse_list(laddr, llen, &row->local);
	return rc < 0 ? rc : parse_list(raddr, rlen, &row->remote);
}
