/* net-tools' text for the hosts, ports and users of Internet rows. */
#include <arpa/inet.h>
#include <string.h>

#include "plugins/lib/ip/text/ip_text.h"

static bool all_zero(const uint8_t *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (b[i])
			return false;
	return true;
}

static bool v4_mapped(const struct netstat_address *a)
{
	static const uint8_t prefix[12] = {0, 0, 0, 0, 0,    0,
					   0, 0, 0, 0, 0xff, 0xff};
	return memcmp(a->bytes, prefix, sizeof prefix) == 0;
}

/* "::ffff:192.0.2.1" -> "192.0.2.1": the text after the last ':' before
 * the first '.'; a resolved name is left alone. */
static const char *mapped_cut(const char *text)
{
	const char *dot = strchr(text, '.');
	if (!dot)
		return text;
	for (const char *p = dot; p > text; p--)
		if (p[-1] == ':')
			return p;
	return text;
}

const char *ip_host_text(struct netstat_ctx *ctx,
			 const struct netstat_address *addr, bool numeric,
			 char *buf, size_t size)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	unsigned flags = numeric ? NETSTAT_NAME_NUMERIC : 0;
	const char *text;

	/* Numeric text is made here: no lookup, no cache, no printf. */
	if (numeric && addr->family == NETSTAT_ADDR_INET && size >= 16) {
		buf[ip_fmt_ipv4(buf, addr->bytes)] = '\0';
		return buf;
	}
	if (numeric && addr->family == NETSTAT_ADDR_INET6 &&
	    size >= INET6_ADDRSTRLEN) {
		buf[ip_fmt_ipv6(buf, addr->bytes)] = '\0';
		if (v4_mapped(addr))
			return mapped_cut(buf);
		return buf;
	}
	switch (addr->family) {
	case NETSTAT_ADDR_INET:
		if (!numeric && all_zero(addr->bytes, 4))
			return "0.0.0.0";
		/* net-tools' byte-order mask sends 0.x.y.z to the network
		 * database (on the little-endian reference). */
		if (!numeric && addr->bytes[0] == 0)
			flags |= NETSTAT_NAME_NETWORK;
		text = host->host_name(ctx, addr, flags);
		break;
	case NETSTAT_ADDR_INET6:
		if (!numeric && all_zero(addr->bytes, 16))
			return "[::]";
		text = host->host_name(ctx, addr, flags);
		if (text && v4_mapped(addr))
			text = mapped_cut(text);
		break;
	default:
		text = host->host_name(ctx, addr, flags);
		break;
	}
	if (!text)
		text = "";
	size_t n = strlen(text);
	if (n >= size)
		n = size - 1;
	memcpy(buf, text, n);
	buf[n] = '\0';
	return buf;
}

const char *ip_port_text(struct netstat_ctx *ctx, uint32_t port,
			 const char *table, bool numeric, char *buf,
			 size_t size)
{
	if (port == 0)
		return "*";
	if (!numeric && table) {
		const char *name =
			netstat_ctx_host(ctx)->service_name(ctx, port, table);
		if (name) /* the host's cached copy lives as long */
			return name;
	}
	if (size < 11)
		return "";
	buf[ip_fmt_u64(buf, port)] = '\0';
	return buf;
}

void ip_user_text(struct netstat_ctx *ctx, const struct netstat_request *req,
		  uint32_t uid, struct netstat_text *out)
{
	const char *name = NULL;
	if (!netstat_request_has(req, NETSTAT_REQ_NUMERIC_USERS))
		name = netstat_ctx_host(ctx)->user_name(ctx, uid);
	if (name) {
		netstat_text_puts(out, name);
	} else { /* net-tools keeps the uid in a C int */
		char num[24];
		netstat_text_append(out, num, ip_fmt_i64(num, (int32_t)uid));
	}
}

void ip_prefix_text(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_value *v, uint64_t plen,
		    struct netstat_text *out)
{
	if (v->type != NETSTAT_T_ADDRESS)
		return;
	bool numeric =
		req->flags & (NETSTAT_REQ_NUMERIC_HOSTS | NETSTAT_REQ_SYMBOLIC);
	char host[256];
	netstat_text_puts(
		out, ip_host_text(ctx, &v->v.addr, numeric, host, sizeof host));
	/* "/%d" without printf: a route table has one per row. */
	char digits[24];
	digits[0] = '/';
	netstat_text_append(out, digits,
			    1 + ip_fmt_i64(digits + 1, (int64_t)(int)plen));
}
