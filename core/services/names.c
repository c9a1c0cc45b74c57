/*
 * Name resolution through the system's resolver (NSS), cached for the
 * whole run (and across -c passes), so each address, port and uid is looked
 * up once. Failures are cached too: a slow resolver is asked only once.
 */
#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include <netstat/host.h>

#include "core/netns/netns.h"
#include "core/services/names.h"

/* net-tools keeps at most 127 bytes of a host name, 63 of a service. */
#define HOST_NAME_MAX_LEN 127
#define SERVICE_NAME_MAX_LEN 63

struct entry {
	struct entry *next;
	uint64_t key[3]; /* address bytes and lookup kind */
	char *name;	 /* NULL: known to have no name */
};

struct table {
	struct entry **slots;
	size_t n_slots, n_entries;
};

static struct table hosts, users;
static struct table services[3]; /* tcp, udp, raw */
static int services_loaded;

static uint64_t hash_key(const uint64_t key[3])
{
	uint64_t h = 0x9e3779b97f4a7c15ull;
	for (int i = 0; i < 3; i++) {
		h ^= key[i] + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
		h *= 0xff51afd7ed558ccdull;
	}
	return h ^ (h >> 33);
}

static struct entry *table_find(struct table *t, const uint64_t key[3])
{
	if (!t->n_slots)
		return NULL;
	for (struct entry *e = t->slots[hash_key(key) % t->n_slots]; e;
	     e = e->next)
		if (memcmp(e->key, key, sizeof e->key) == 0)
			return e;
	return NULL;
}

static void table_grow(struct table *t)
{
	size_t n = t->n_slots ? t->n_slots * 2 : 64;
	struct entry **slots = calloc(n, sizeof *slots);
	if (!slots)
		return;
	for (size_t i = 0; i < t->n_slots; i++) {
		struct entry *e = t->slots[i];
		while (e) {
			struct entry *next = e->next;
			size_t s = hash_key(e->key) % n;
			e->next = slots[s];
			slots[s] = e;
			e = next;
		}
	}
	free(t->slots);
	t->slots = slots;
	t->n_slots = n;
}

/* Stores (or replaces) a name; `name` may be NULL. Returns the stored name
 * (NULL if none or out of memory). */
static const char *table_put(struct table *t, const uint64_t key[3],
			     const char *name, size_t max_len)
{
	struct entry *e = table_find(t, key);
	if (!e) {
		if (t->n_entries >= t->n_slots)
			table_grow(t);
		if (!t->n_slots)
			return NULL;
		e = calloc(1, sizeof *e);
		if (!e)
			return NULL;
		memcpy(e->key, key, sizeof e->key);
		size_t s = hash_key(key) % t->n_slots;
		e->next = t->slots[s];
		t->slots[s] = e;
		t->n_entries++;
	}
	free(e->name);
	e->name = name ? strndup(name, max_len) : NULL;
	return e->name;
}

static void table_free(struct table *t)
{
	for (size_t i = 0; i < t->n_slots; i++) {
		struct entry *e = t->slots[i];
		while (e) {
			struct entry *next = e->next;
			free(e->name);
			free(e);
			e = next;
		}
	}
	free(t->slots);
	memset(t, 0, sizeof *t);
}

/* Numeric text of an address, in a buffer that lives until the next call. */
static const char *numeric_text(const struct netstat_address *a)
{
	static char buf[INET6_ADDRSTRLEN];
	if (a->family == NETSTAT_ADDR_INET) {
		/* Dotted quad by hand: inet_ntop goes through sprintf. */
		char *p = buf;
		for (int i = 0; i < 4; i++) {
			unsigned b = a->bytes[i];
			if (i)
				*p++ = '.';
			if (b >= 100)
				*p++ = (char)('0' + b / 100);
			if (b >= 10)
				*p++ = (char)('0' + b / 10 % 10);
			*p++ = (char)('0' + b % 10);
		}
		*p = '\0';
		return buf;
	}
	if (a->family == NETSTAT_ADDR_INET6)
		return inet_ntop(AF_INET6, a->bytes, buf, sizeof buf);
	return a->text ? a->text : "";
}

static char *lookup_inet(const struct netstat_address *a, int as_network)
{
	if (as_network) {
		uint32_t net;
		memcpy(&net, a->bytes, 4);
		struct netent *ne = getnetbyaddr(ntohl(net), AF_INET);
		return ne && ne->n_name ? ne->n_name : NULL;
	}
	struct hostent *he = gethostbyaddr(a->bytes, 4, AF_INET);
	return he && he->h_name ? he->h_name : NULL;
}

static const char *lookup_inet6(const struct netstat_address *a, char *buf,
				size_t size)
{
	struct sockaddr_in6 sin6 = {.sin6_family = AF_INET6};
	memcpy(&sin6.sin6_addr, a->bytes, 16);
	if (getnameinfo((struct sockaddr *)&sin6, sizeof sin6, buf,
			(socklen_t)size, NULL, 0, 0) != 0)
		return NULL;
	return buf;
}

const char *names_host(const struct netstat_address *a, unsigned flags)
{
	if (a->family == NETSTAT_ADDR_TEXT || a->family == NETSTAT_ADDR_NONE ||
	    (flags & NETSTAT_NAME_NUMERIC))
		return numeric_text(a);

	/* IPv4: an address whose first octet is zero names a network (this
	 * is what net-tools' byte-order-dependent test amounts to on every
	 * little-endian machine). */
	int as_network = a->family == NETSTAT_ADDR_INET &&
			 ((flags & NETSTAT_NAME_NETWORK) || a->bytes[0] == 0);
	uint64_t key[3] = {0, 0,
			   (uint64_t)a->family << 8 | (uint64_t)as_network};
	memcpy(key, a->bytes, a->family == NETSTAT_ADDR_INET ? 4 : 16);
	struct entry *e = table_find(&hosts, key);
	if (e)
		return e->name ? e->name : numeric_text(a);

	char buf[NI_MAXHOST];
	/* The resolver talks to the caller's DNS servers, which a foreign
	 * network namespace (--netns) usually has no route to. */
	netns_home_begin();
	const char *name = a->family == NETSTAT_ADDR_INET
				   ? lookup_inet(a, as_network)
				   : lookup_inet6(a, buf, sizeof buf);
	netns_home_end();
	const char *stored = table_put(&hosts, key, name, HOST_NAME_MAX_LEN);
	return stored ? stored : numeric_text(a);
}

static int table_index(const char *table)
{
	if (!table)
		return -1;
	if (strcmp(table, "tcp") == 0)
		return 0;
	if (strcmp(table, "udp") == 0)
		return 1;
	if (strcmp(table, "raw") == 0)
		return 2;
	return -1;
}

/*
 * Builds the service lists the way net-tools does: every services entry of
 * protocol tcp, udp or raw, then every protocol as a "raw" port. When a
 * number appears twice the later entry wins.
 */
static void load_services(void)
{
	services_loaded = 1;
	setservent(1);
	struct servent *se;
	while ((se = getservent())) {
		int t = table_index(se->s_proto);
		if (t < 0)
			continue;
		uint64_t key[3] = {ntohs((uint16_t)se->s_port), 0, 0};
		table_put(&services[t], key, se->s_name, SERVICE_NAME_MAX_LEN);
	}
	endservent();
	setprotoent(1);
	struct protoent *pe;
	while ((pe = getprotoent())) {
		uint64_t key[3] = {(uint64_t)pe->p_proto, 0, 0};
		table_put(&services[2], key, pe->p_name, SERVICE_NAME_MAX_LEN);
	}
	endprotoent();
}

const char *names_service(uint32_t port, const char *table)
{
	int t = table_index(table);
	if (t < 0)
		return NULL;
	if (!services_loaded)
		load_services();
	uint64_t key[3] = {port, 0, 0};
	struct entry *e = table_find(&services[t], key);
	return e ? e->name : NULL;
}

const char *names_user(uint32_t uid)
{
	uint64_t key[3] = {uid, 0, 0};
	struct entry *e = table_find(&users, key);
	if (e)
		return e->name;
	/* NSS may ask a directory server over the network: as for hosts. */
	netns_home_begin();
	struct passwd *pw = getpwuid(uid);
	netns_home_end();
	return table_put(&users, key, pw ? pw->pw_name : NULL, 255);
}

void names_free(void)
{
	table_free(&hosts);
	table_free(&users);
	for (int i = 0; i < 3; i++)
		table_free(&services[i]);
	services_loaded = 0;
}
