/*
 * See occupancy.h. The counters are the kernel's per-namespace ones:
 * "inuse" counts a protocol's hashed sockets (listeners, connections,
 * orphans closing), "tw" the TIME_WAIT sockets of both families. A
 * request socket (SYN_RECV) belongs to a listener, which is in use.
 */
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

#include <netstat/parse.h>

#include "plugins/lib/ip/diag/occupancy.h"

bool ip_sockstat_value(const char *line, const char *label, const char *key,
		       uint64_t *out)
{
	size_t n = strlen(label), k = strlen(key);
	if (strncmp(line, label, n) != 0 || line[n] != ':')
		return false;
	const char *p = line + n + 1;
	for (;;) {
		netstat_skip_blanks(&p);
		if (!*p)
			return false;
		const char *word = p;
		while (*p && !netstat_is_blank(*p))
			p++;
		if ((size_t)(p - word) == k && memcmp(word, key, k) == 0)
			return netstat_parse_udec(&p, out);
		/* Skip the value after a word that is not the key. */
		netstat_skip_blanks(&p);
		while (*p && !netstat_is_blank(*p))
			p++;
	}
}

/* The value of `key` on the `label` line of file `path`; false without. */
static bool read_counter(struct netstat_ctx *ctx, const char *path,
			 const char *label, const char *key, uint64_t *out)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	if (host->lines_open(ctx, path, &lines) < 0)
		return false;
	bool found = false;
	for (const char *line;
	     !found && (line = host->lines_next(lines, NULL));)
		found = ip_sockstat_value(line, label, key, out);
	host->lines_close(lines);
	return found;
}

static const char *label_of(int family, int protocol)
{
	bool v6 = family == AF_INET6;
	switch (protocol) {
	case IPPROTO_TCP:
		return v6 ? "TCP6" : "TCP";
	case IPPROTO_UDP:
		return v6 ? "UDP6" : "UDP";
	case IPPROTO_UDPLITE:
		return v6 ? "UDPLITE6" : "UDPLITE";
	case IPPROTO_RAW:
		return v6 ? "RAW6" : "RAW";
	default:
		return NULL;
	}
}

bool ip_diag_table_empty(struct netstat_ctx *ctx, int family, int protocol)
{
	const char *label = label_of(family, protocol);
	if (!label)
		return false;
	const char *file =
		family == AF_INET6 ? "net/sockstat6" : "net/sockstat";
	uint64_t inuse, tw;
	if (!read_counter(ctx, file, label, "inuse", &inuse) || inuse)
		return false;
	if (protocol != IPPROTO_TCP)
		return true;
	return read_counter(ctx, "net/sockstat", "TCP", "tw", &tw) && !tw;
}
