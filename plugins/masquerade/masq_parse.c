/* Parsers for /proc/net/ip_masquerade and /proc/net/nf_conntrack lines. */
#include <string.h>

#include "plugins/masquerade/masq.h"

/* "C0A80001:0050": the address's first octet is the most significant. */
static bool endpoint(const char *s, size_t n, uint8_t addr[4], uint32_t *port)
{
	const char *p = s;
	uint64_t a, pt;
	if (!netstat_parse_hex(&p, &a) || *p != ':' || a > 0xffffffffu)
		return false;
	p++;
	if (!netstat_parse_hex(&p, &pt) || p != s + n)
		return false;
	for (int i = 0; i < 4; i++)
		addr[i] = (uint8_t)(a >> (24 - 8 * i));
	*port = (uint32_t)pt;
	return true;
}

static bool hex_field(const char *s, size_t n, uint64_t *out)
{
	const char *p = s;
	return netstat_parse_hex(&p, out) && p == s + n;
}

static bool dec_field(const char *s, size_t n, int64_t *out)
{
	const char *p = s;
	return netstat_parse_sdec(&p, out) && p == s + n;
}

int masq_parse_line(const char *line, bool pdelta, struct masq_entry *e)
{
	const char *tok[10];
	size_t len[10];
	size_t n = 0;
	const char *p = line;
	size_t k;
	const char *s;
	while ((k = netstat_token(&p, &s)) > 0) {
		if (n == 10)
			return MASQ_FORMAT;
		tok[n] = s;
		len[n++] = k;
	}
	size_t want = pdelta ? 8 : 7;
	memset(e, 0, sizeof *e);
	int64_t expires = 0;
	uint64_t mport;
	if (n != want || !endpoint(tok[1], len[1], e->src, &e->sport) ||
	    !endpoint(tok[2], len[2], e->dst, &e->dport) ||
	    !hex_field(tok[3], len[3], &mport) ||
	    !hex_field(tok[4], len[4], &e->initseq) ||
	    !dec_field(tok[5], len[5], &e->delta) ||
	    (pdelta && !dec_field(tok[6], len[6], &e->pdelta)) ||
	    !dec_field(tok[want - 1], len[want - 1], &expires))
		return MASQ_FORMAT;
	e->mport = (uint32_t)mport;
	e->expires = (uint64_t)expires;
	e->has_seq = true;
	e->has_pdelta = pdelta;
	static const char *const protos[] = {"IP",   "TCP", "UDP",
					     "ICMP", "GRE", "ESP"};
	for (size_t i = 0; i < sizeof protos / sizeof protos[0]; i++)
		if (len[0] == strlen(protos[i]) &&
		    memcmp(tok[0], protos[i], len[0]) == 0) {
			for (size_t c = 0; c < len[0]; c++)
				e->proto[c] = (char)(tok[0][c] | 0x20);
			return MASQ_OK;
		}
	return MASQ_UNKNOWN;
}

static bool ipv4(const char *s, size_t n, uint8_t out[4])
{
	const char *p = s;
	for (int i = 0; i < 4; i++) {
		uint64_t v;
		if (!netstat_parse_udec(&p, &v) || v > 255)
			return false;
		out[i] = (uint8_t)v;
		if (i < 3 && *p++ != '.')
			return false;
	}
	return p == s + n;
}

/* A word without '=': the protocol's state before the first tuple, or a
 * status word in brackets ("[ASSURED]"). */
static void conntrack_word(const char *s, size_t n, bool after_tuple,
			   struct masq_entry *e)
{
	if (n > 2 && s[0] == '[' && s[n - 1] == ']') {
		if (e->n_status < MASQ_MAX_STATUS &&
		    n - 2 < sizeof e->status[0]) {
			char *d = e->status[e->n_status];
			memcpy(d, s + 1, n - 2);
			d[n - 2] = '\0';
			e->status_names[e->n_status] = d;
			e->n_status++;
		}
		return;
	}
	if (!after_tuple && !e->state[0] && n < sizeof e->state) {
		memcpy(e->state, s, n);
		e->state[n] = '\0';
	}
}

bool masq_parse_conntrack(const char *line, struct masq_entry *e)
{
	const char *p = line, *s;
	size_t n;
	memset(e, 0, sizeof *e);
	/* "ipv4 2 tcp 6 TIMEOUT [STATE] key=value..." */
	n = netstat_token(&p, &s);
	if (n != 4 || memcmp(s, "ipv4", 4) != 0)
		return false;
	netstat_token(&p, &s);
	n = netstat_token(&p, &s);
	if (!n || n >= sizeof e->proto)
		return false;
	memcpy(e->proto, s, n);
	e->conntrack = true;
	if (!netstat_parse_udec(&p, &e->protocol))
		return false;
	uint64_t timeout;
	if (!netstat_parse_udec(&p, &timeout))
		return false;
	e->expires = timeout * 100;
	/* Original tuple first, then the reply tuple. */
	uint8_t src[2][4] = {{0}}, dst[2][4] = {{0}};
	uint64_t sport[2] = {0}, dport[2] = {0};
	int srcs = 0, dsts = 0, sports = 0, dports = 0;
	while ((n = netstat_token(&p, &s)) > 0) {
		const char *v = memchr(s, '=', n);
		if (!v) {
			conntrack_word(s, n, srcs > 0, e);
			continue;
		}
		size_t kn = (size_t)(v - s), vn = n - kn - 1;
		v++;
		const char *q = v;
		if (kn == 3 && !memcmp(s, "src", 3) && srcs < 2)
			srcs += ipv4(v, vn, src[srcs]);
		else if (kn == 3 && !memcmp(s, "dst", 3) && dsts < 2)
			dsts += ipv4(v, vn, dst[dsts]);
		else if (kn == 5 && !memcmp(s, "sport", 5) && sports < 2)
			sports += netstat_parse_udec(&q, &sport[sports]);
		else if (kn == 5 && !memcmp(s, "dport", 5) && dports < 2)
			dports += netstat_parse_udec(&q, &dport[dports]);
		else if (kn == 4 && !memcmp(s, "mark", 4))
			e->has_mark = netstat_parse_udec(&q, &e->mark);
		else if (kn == 4 && !memcmp(s, "zone", 4))
			e->has_zone = netstat_parse_udec(&q, &e->zone);
		else if (kn == 3 && !memcmp(s, "use", 3))
			e->has_use = netstat_parse_udec(&q, &e->use);
	}
	if (srcs < 2 || dsts < 2)
		return false;
	/* Source NAT: replies go back to an address other than the
	 * original source. */
	if (memcmp(dst[1], src[0], 4) == 0 && dport[1] == sport[0])
		return false;
	memcpy(e->src, src[0], 4);
	memcpy(e->dst, dst[0], 4);
	e->sport = (uint32_t)sport[0];
	e->dport = (uint32_t)dport[0];
	e->mport = (uint32_t)dport[1];
	memcpy(e->reply_src, src[1], 4);
	memcpy(e->reply_dst, dst[1], 4);
	e->reply_sport = (uint32_t)sport[1];
	return true;
}
