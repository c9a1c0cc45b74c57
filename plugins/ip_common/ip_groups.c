/*
 * Multicast group memberships (-g): /proc/net/igmp (device lines followed
 * by their group lines) and /proc/net/igmp6 (one group per line).
 */
#include <string.h>

#include "plugins/ip_common/ip_common.h"

/* net-tools takes 15 raw characters of an igmp device line. */
#define IGMP_DEVICE_CHARS 15
#define IGMP6_ADDR_DIGITS 32

static void emit_group(struct netstat_ctx *ctx, const char *device,
		       int64_t users, const struct netstat_address *group)
{
	struct netstat_value v[IP_GCOL_COUNT];
	v[IP_GCOL_INTERFACE] = netstat_v_str(device);
	v[IP_GCOL_REFCNT] = netstat_v_int(users);
	v[IP_GCOL_GROUP].type = NETSTAT_T_ADDRESS;
	v[IP_GCOL_GROUP].v.addr = *group;
	struct netstat_record rec = {
		.section = &ip_groups_section,
		.values = v,
		.n_values = IP_GCOL_COUNT,
	};
	ip_host->emit(ctx, &rec);
}

static void bogus(struct netstat_ctx *ctx, const char *what, unsigned lnr)
{
	ip_host->message(ctx, NETSTAT_STDERR,
			 "warning, got bogus %s line %u.\n", what, lnr);
}

/* "[index TAB] name    :" -> "name": 15 characters, cut at the last ':'
 * (trailing blanks, which net-tools keeps, are dropped: they only pad). */
static bool igmp_device(const char *line, bool indexed, char *dev, size_t size)
{
	const char *p = line;
	if (indexed) {
		int64_t idx;
		if (!netstat_parse_sdec(&p, &idx))
			return false;
		netstat_skip_blanks(&p);
	}
	size_t n = strnlen(p, IGMP_DEVICE_CHARS);
	if (n == 0)
		return false;
	for (size_t i = n; i > 0; i--)
		if (p[i - 1] == ':') {
			n = i - 1;
			break;
		}
	while (n > 0 && netstat_is_blank(p[n - 1]))
		n--;
	if (n >= size)
		n = size - 1;
	memcpy(dev, p, n);
	dev[n] = '\0';
	return true;
}

static void read_igmp(struct netstat_ctx *ctx, struct netstat_lines *lines)
{
	const char *line;
	unsigned lnr = 0;
	bool indexed = false;
	char dev[IGMP_DEVICE_CHARS + 1] = "";

	for (; (line = ip_host->lines_next(lines, NULL)); lnr++) {
		if (lnr == 0) {
			indexed = strncmp(line, "Idx", 3) == 0;
			continue;
		}
		if (line[0] != '\t') {
			if (!igmp_device(line, indexed, dev, sizeof dev))
				bogus(ctx, "igmp", lnr);
			continue;
		}
		const char *p = line;
		const char *hex;
		size_t n;
		int64_t users;
		netstat_skip_blanks(&p);
		hex = p;
		for (n = 0; n < 8 && netstat_hex_digit(hex[n]) >= 0; n++)
			;
		p += n;
		if (n == 0 || !netstat_parse_sdec(&p, &users)) {
			bogus(ctx, "igmp", lnr);
			continue;
		}
		struct netstat_address group;
		ip_decode_address(hex, n, false, &group);
		emit_group(ctx, dev, users, &group);
	}
}

/* "ifindex device 32-hex-digits users ..." */
static bool igmp6_line(const char *line, char *dev, size_t size, int64_t *users,
		       struct netstat_address *group)
{
	const char *p = line, *tok, *addr;
	size_t n;
	if (netstat_token(&p, &tok) == 0)
		return false;
	n = netstat_token(&p, &tok);
	if (n == 0)
		return false;
	if (n >= size)
		n = size - 1;
	memcpy(dev, tok, n);
	dev[n] = '\0';
	n = netstat_token(&p, &addr);
	if (n != IGMP6_ADDR_DIGITS)
		return false;
	memset(group, 0, sizeof *group);
	group->family = NETSTAT_ADDR_INET6;
	for (size_t i = 0; i < 16; i++) {
		int hi = netstat_hex_digit(addr[2 * i]);
		int lo = netstat_hex_digit(addr[2 * i + 1]);
		if (hi < 0 || lo < 0)
			return false;
		group->bytes[i] = (uint8_t)(hi << 4 | lo);
	}
	return netstat_parse_sdec(&p, users);
}

static void read_igmp6(struct netstat_ctx *ctx, struct netstat_lines *lines)
{
	const char *line;
	char dev[64];
	int64_t users;
	struct netstat_address group;

	for (unsigned lnr = 0; (line = ip_host->lines_next(lines, NULL));
	     lnr++) {
		if (igmp6_line(line, dev, sizeof dev, &users, &group))
			emit_group(ctx, dev, users, &group);
		else
			bogus(ctx, "igmp6", lnr);
	}
}

int ip_list_igmp(struct netstat_ctx *ctx, const struct netstat_request *req,
		 const struct netstat_source *src)
{
	struct netstat_lines *lines;
	int pending = 0;
	int rc = ip_open(ctx, req, "net/igmp", "AF INET (igmp)", &lines,
			 &pending);
	if (rc)
		return rc;
	if (lines) {
		read_igmp(ctx, lines);
		ip_host->lines_close(lines);
	}
	return ip_pending_status(pending);
}

int ip_list_igmp6(struct netstat_ctx *ctx, const struct netstat_request *req,
		  const struct netstat_source *src)
{
	struct netstat_lines *lines;
	int unused = 0;
	int rc = ip_open(ctx, req, "net/igmp6", NULL, &lines, &unused);
	if (rc)
		return rc;
	if (lines) {
		read_igmp6(ctx, lines);
		ip_host->lines_close(lines);
	}
	return 0;
}
