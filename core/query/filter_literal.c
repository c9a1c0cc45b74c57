/*
 * A --filter value read as the type of the column it is compared with,
 * and the typed comparison itself: numbers as numbers, ports as ports
 * (":443", ":https"), addresses and prefixes as addresses ("10.0.0.0/8",
 * "[2001:db8::]/32", host names), states by name, code or ss's groups,
 * users by name or uid, text by value, glob (~) or regex (=~).
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <fnmatch.h>
#include <netdb.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/query/filter_ast.h"
#include "core/query/regex_size.h"

/* ss's state groups, by the state names families use. */
enum state_group {
	GROUP_NONE = 0,
	GROUP_ALL,
	GROUP_CONNECTED,    /* all but listening and closed */
	GROUP_SYNCHRONIZED, /* connected but SYN_SENT */
	GROUP_BUCKET,	    /* SYN_RECV and TIME_WAIT: minisockets */
	GROUP_BIG,	    /* all but the bucket */
};

static const struct {
	const char *name;
	enum state_group group;
} groups[] = {
	{"all", GROUP_ALL},
	{"connected", GROUP_CONNECTED},
	{"synchronized", GROUP_SYNCHRONIZED},
	{"bucket", GROUP_BUCKET},
	{"big", GROUP_BIG},
};

/* A state name as compared: upper case, no '-' or '_', and ss's
 * spellings of the two that differ ("closed", "listening"). */
static void state_key(const char *name, char *out, size_t size)
{
	size_t n = 0;
	for (const char *p = name; *p && n + 1 < size; p++)
		if (*p != '-' && *p != '_')
			out[n++] = (char)toupper((unsigned char)*p);
	out[n] = '\0';
	if (!strcmp(out, "CLOSED"))
		strcpy(out, "CLOSE");
	else if (!strcmp(out, "LISTENING"))
		strcpy(out, "LISTEN");
}

static bool state_is(const char *name, const char *key)
{
	char k[64];
	state_key(name, k, sizeof k);
	return !strcmp(k, key);
}

static bool in_group(enum state_group g, const char *name)
{
	if (!name)
		return false;
	bool listen = state_is(name, "LISTEN"),
	     closed = state_is(name, "CLOSE");
	bool bucket = state_is(name, "SYNRECV") || state_is(name, "TIMEWAIT");
	switch (g) {
	case GROUP_ALL:
		return true;
	case GROUP_CONNECTED:
		return !listen && !closed;
	case GROUP_SYNCHRONIZED:
		return !listen && !closed && !state_is(name, "SYNSENT");
	case GROUP_BUCKET:
		return bucket;
	case GROUP_BIG:
		return !bucket;
	default:
		return false;
	}
}

static int bad(char *err, size_t size, const struct filter_node *n,
	       const char *what)
{
	snprintf(err, size, "'%s' is not %s (field '%s') at %zu", n->value,
		 what, n->field, n->value_pos);
	return NETSTAT_ERR_USAGE;
}

static bool read_number(const char *s, double *out)
{
	char *end;
	if (!*s)
		return false;
	*out = strtod(s, &end);
	return *end == '\0';
}

/* Seconds in one of a column's time unit (netstat_column.unit); 0 when
 * the unit is not a time. */
static double unit_seconds(const char *unit)
{
	static const struct {
		const char *name;
		double seconds;
	} units[] = {
		{"seconds", 1},		{"centiseconds", 1e-2},
		{"milliseconds", 1e-3}, {"microseconds", 1e-6},
		{"nanoseconds", 1e-9},
	};
	for (size_t i = 0; unit && i < sizeof units / sizeof units[0]; i++)
		if (!strcmp(unit, units[i].name))
			return units[i].seconds;
	return 0;
}

/* A duration ("100ms", "1.5s", "250us", "2min") in the column's time
 * unit, so `rtt_us > 100ms` compares microseconds with 100000. */
static bool read_duration(const char *s, const char *unit, double *out)
{
	static const struct {
		const char *suffix;
		double seconds;
	} suffixes[] = {
		{"ns", 1e-9}, {"us", 1e-6}, {"ms", 1e-3},
		{"s", 1},     {"min", 60},  {"h", 3600},
	};
	double per = unit_seconds(unit);
	char *end;
	if (!per || !*s)
		return false;
	double v = strtod(s, &end);
	if (end == s)
		return false;
	for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++)
		if (!strcmp(end, suffixes[i].suffix)) {
			*out = v * suffixes[i].seconds / per;
			return true;
		}
	return false;
}

/* ":443", "443", ":https", "https". */
static bool read_port(const char *s, uint32_t *out)
{
	if (*s == ':')
		s++;
	double d;
	if (read_number(s, &d))
		return d >= 0 && d <= 65535 && d == (double)(uint32_t)d &&
		       (*out = (uint32_t)d, true);
	struct servent *se = *s ? getservbyname(s, NULL) : NULL;
	if (!se)
		return false;
	*out = ntohs((uint16_t)se->s_port);
	return true;
}

static bool read_ip(const char *s, struct netstat_address *a)
{
	memset(a, 0, sizeof *a);
	if (inet_pton(AF_INET, s, a->bytes) == 1)
		return a->family = NETSTAT_ADDR_INET, true;
	if (inet_pton(AF_INET6, s, a->bytes) == 1)
		return a->family = NETSTAT_ADDR_INET6, true;
	return false;
}

/* A host name: every address it has. */
static bool resolve(const char *name, struct literal *lit)
{
	struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *res;
	if (getaddrinfo(name, NULL, &hints, &res) != 0)
		return false;
	for (struct addrinfo *ai = res;
	     ai && lit->n_addrs < LITERAL_MAX_ADDRESSES; ai = ai->ai_next) {
		struct netstat_address *a = &lit->addrs[lit->n_addrs];
		memset(a, 0, sizeof *a);
		if (ai->ai_family == AF_INET) {
			a->family = NETSTAT_ADDR_INET;
			memcpy(a->bytes,
			       &((struct sockaddr_in *)ai->ai_addr)->sin_addr,
			       4);
		} else if (ai->ai_family == AF_INET6) {
			a->family = NETSTAT_ADDR_INET6;
			memcpy(a->bytes,
			       &((struct sockaddr_in6 *)ai->ai_addr)->sin6_addr,
			       16);
		} else {
			continue;
		}
		lit->n_addrs++;
	}
	freeaddrinfo(res);
	return lit->n_addrs > 0;
}

/*
 * An address literal: "*", ADDR, ADDR/LEN, [V6], [V6]/LEN, HOST, each
 * optionally with ":PORT" when `port_ok` ([V6]:PORT, ADDR:PORT, *:PORT,
 * :PORT).
 */
static bool read_address(const char *value, bool port_ok, struct literal *lit)
{
	char s[256];
	snprintf(s, sizeof s, "%s", value);
	lit->kind = LIT_ADDRESS;
	lit->prefix_len = -1;
	char *host = s;
	if (*host == '[') {
		char *close = strchr(host, ']');
		if (!close)
			return false;
		*close = '\0';
		host++;
		char *rest = close + 1;
		if (*rest == '/') { /* [V6]/LEN, maybe :PORT after it */
			char *end;
			long len = strtol(rest + 1, &end, 10);
			if (end == rest + 1 || len < 0 || len > 128)
				return false;
			lit->prefix_len = (int)len;
			rest = end;
		}
		if (*rest == ':' && port_ok) {
			if (!read_port(rest, &lit->port))
				return false;
			lit->has_port = true;
		} else if (*rest) {
			return false;
		}
	} else {
		/* One colon: "host:port" (an IPv6 address has two or more). */
		char *colon = strchr(host, ':');
		if (port_ok && colon && !strchr(colon + 1, ':')) {
			if (!read_port(colon, &lit->port))
				return false;
			lit->has_port = true;
			*colon = '\0';
		}
		char *slash = strchr(host, '/');
		if (slash) {
			char *end;
			long len = strtol(slash + 1, &end, 10);
			if (*end || len < 0 || len > 128)
				return false;
			lit->prefix_len = (int)len;
			*slash = '\0';
		}
	}
	if (!*host || !strcmp(host, "*")) { /* "*", "*:22", ":22" */
		lit->any_address = true;
		return lit->has_port || *host;
	}
	if (read_ip(host, &lit->addrs[0])) {
		lit->n_addrs = 1;
		int max = lit->addrs[0].family == NETSTAT_ADDR_INET ? 32 : 128;
		return lit->prefix_len <= max;
	}
	return lit->prefix_len < 0 && resolve(host, lit);
}

static bool text_op(enum filter_op op)
{
	return op == OP_GLOB || op == OP_NOT_GLOB || op == OP_REGEX;
}

int filter_literal_read(const struct filter_node *n,
			const struct netstat_column *col, struct binding *b,
			char *err, size_t err_size)
{
	struct literal *lit = &b->lit;
	memset(lit, 0, sizeof *lit);
	lit->text = n->value;
	lit->kind = LIT_TEXT;
	uint32_t type = col->type;
	bool numeric = b->part == PART_PORT || b->part == PART_PID ||
		       (b->part == PART_WHOLE &&
			(type == NETSTAT_T_UINT || type == NETSTAT_T_INT ||
			 type == NETSTAT_T_DOUBLE || type == NETSTAT_T_USER ||
			 type == NETSTAT_T_UINT_LIST));
	if (text_op(n->op) && numeric) {
		snprintf(err, err_size,
			 "'%s' compares text, and field '%s' is not text at "
			 "%zu",
			 n->op == OP_REGEX ? "=~" : "~", n->field,
			 n->field_pos);
		return NETSTAT_ERR_USAGE;
	}
	if (b->part == PART_PORT) {
		uint32_t port;
		if (!read_port(n->value, &port))
			return bad(err, err_size, n, "a port");
		lit->kind = LIT_NUMBER;
		lit->number = port;
	} else if (b->part == PART_PID) {
		if (!read_number(n->value, &lit->number))
			return bad(err, err_size, n, "a process id");
		lit->kind = LIT_NUMBER;
	} else if (b->part == PART_NAME || type == NETSTAT_T_STRING ||
		   type == NETSTAT_T_PROCESS || type == NETSTAT_T_PROCESSES ||
		   type == NETSTAT_T_STRING_LIST || text_op(n->op)) {
		lit->kind = LIT_TEXT;
	} else if (type == NETSTAT_T_UINT || type == NETSTAT_T_INT ||
		   type == NETSTAT_T_DOUBLE || type == NETSTAT_T_TIMER ||
		   type == NETSTAT_T_UINT_LIST) {
		/* Timers compare by the seconds left. */
		const char *unit =
			type == NETSTAT_T_TIMER ? "seconds" : col->unit;
		if (!read_number(n->value, &lit->number) &&
		    !read_duration(n->value, unit, &lit->number))
			return bad(err, err_size, n,
				   unit_seconds(unit) ? "a number or duration"
						      : "a number");
		lit->kind = LIT_NUMBER;
	} else if (type == NETSTAT_T_STATE) {
		lit->kind = LIT_STATE;
		if (read_number(n->value, &lit->number))
			lit->kind = LIT_NUMBER;
		for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++)
			if (!strcasecmp(n->value, groups[g].name))
				lit->state_group = groups[g].group;
		bool ordered = n->op != OP_EQ && n->op != OP_NE;
		if (lit->kind == LIT_STATE && ordered && !text_op(n->op)) {
			snprintf(err, err_size,
				 "states are ordered by number, not by name "
				 "(field '%s') at %zu",
				 n->field, n->value_pos);
			return NETSTAT_ERR_USAGE;
		}
	} else if (type == NETSTAT_T_USER) {
		lit->kind = LIT_NUMBER;
		if (!read_number(n->value, &lit->number)) {
			struct passwd *pw = getpwnam(n->value);
			if (!pw)
				return bad(err, err_size, n,
					   "a user name or uid");
			lit->number = pw->pw_uid;
		}
	} else if (type == NETSTAT_T_ADDRESS || type == NETSTAT_T_ENDPOINT) {
		bool port_ok = type == NETSTAT_T_ENDPOINT;
		if (!read_address(n->value, port_ok, lit)) {
			/* Written like an Internet address but not one: an
			 * error, not text that matches nothing. In a column
			 * without ports ("*:22" where another section has
			 * endpoints) only false; filter_check() says so when
			 * no section reads it. */
			if (strspn(n->value, "0123456789abcdefABCDEF.:/[]*") ==
				    strlen(n->value) &&
			    strpbrk(n->value, "0123456789.:/[]*")) {
				bad(err, err_size, n,
				    port_ok ? "an address, prefix or :port"
					    : "an address or prefix");
				return port_ok ? NETSTAT_ERR_USAGE
					       : NETSTAT_ERR_RANGE;
			}
			/* Else the text form of other families' addresses
			 * (callsigns, X.121), or an unknown host name. */
			memset(lit, 0, sizeof *lit);
			lit->kind = LIT_TEXT;
			lit->text = n->value;
			return 0;
		}
		bool ordered = n->op != OP_EQ && n->op != OP_NE;
		if (ordered && (lit->n_addrs || !lit->has_port)) {
			snprintf(err, err_size,
				 "only = and != compare addresses (field "
				 "'%s') at %zu",
				 n->field, n->value_pos);
			return NETSTAT_ERR_RANGE;
		}
	}
	if (n->op == OP_REGEX) {
		if (regex_atoms(n->value, REGEX_MAX_ATOMS) > REGEX_MAX_ATOMS) {
			snprintf(err, err_size,
				 "bad regular expression '%s' (its repeats "
				 "expand past %d atoms) at %zu",
				 n->value, REGEX_MAX_ATOMS, n->value_pos);
			return NETSTAT_ERR_USAGE;
		}
		int rc = regcomp(&lit->regex, n->value,
				 REG_EXTENDED | REG_NOSUB);
		if (rc != 0) {
			char why[128];
			regerror(rc, &lit->regex, why, sizeof why);
			snprintf(err, err_size,
				 "bad regular expression '%s' "
				 "(%s) at %zu",
				 n->value, why, n->value_pos);
			return NETSTAT_ERR_USAGE;
		}
		lit->has_regex = true;
	}
	return 0;
}

void filter_literal_free(struct literal *lit)
{
	if (lit->has_regex)
		regfree(&lit->regex);
	lit->has_regex = false;
}

static bool ordered(enum filter_op op, double a, double b)
{
	switch (op) {
	case OP_EQ:
		return a == b;
	case OP_NE:
		return a != b;
	case OP_LT:
		return a < b;
	case OP_LE:
		return a <= b;
	case OP_GT:
		return a > b;
	case OP_GE:
		return a >= b;
	default:
		return false;
	}
}

static bool text_match(const struct filter_node *n, const struct literal *lit,
		       const char *s)
{
	if (!s)
		return false;
	switch (n->op) {
	case OP_GLOB:
		return fnmatch(lit->text, s, 0) == 0;
	case OP_NOT_GLOB:
		return fnmatch(lit->text, s, 0) != 0;
	case OP_REGEX:
		return regexec(&lit->regex, s, 0, NULL, 0) == 0;
	default: {
		int c = strcmp(s, lit->text);
		return ordered(n->op, c, 0);
	}
	}
}

static bool in_prefix(const struct netstat_address *a,
		      const struct netstat_address *p, int len)
{
	if (a->family != p->family)
		return false;
	if (len < 0)
		len = a->family == NETSTAT_ADDR_INET ? 32 : 128;
	int full = len / 8, rest = len % 8;
	if (memcmp(a->bytes, p->bytes, (size_t)full) != 0)
		return false;
	if (!rest)
		return true;
	uint8_t mask = (uint8_t)(0xff << (8 - rest));
	return (a->bytes[full] & mask) == (p->bytes[full] & mask);
}

static bool address_match(const struct literal *lit,
			  const struct netstat_address *a)
{
	if (lit->any_address)
		return true;
	for (size_t i = 0; i < lit->n_addrs; i++)
		if (in_prefix(a, &lit->addrs[i], lit->prefix_len))
			return true;
	return false;
}

/* An endpoint or address against an address literal (with = or !=, or
 * an ordered comparison of the port alone). */
static bool end_match(const struct filter_node *n, const struct literal *lit,
		      const struct netstat_address *a, const uint32_t *port)
{
	if (!lit->n_addrs && lit->has_port && port)
		return ordered(n->op, *port, lit->port);
	bool eq = address_match(lit, a) &&
		  (!lit->has_port || (port && *port == lit->port));
	return n->op == OP_NE ? !eq : eq;
}

bool filter_literal_match(const struct filter_node *n, const struct binding *b,
			  const struct netstat_value *v)
{
	const struct literal *lit = &b->lit;
	switch (v->type) {
	case NETSTAT_T_STRING:
		return text_match(n, lit, v->v.s);
	case NETSTAT_T_INT:
		return ordered(n->op, (double)v->v.i, lit->number);
	case NETSTAT_T_UINT:
		return ordered(n->op, (double)v->v.u, lit->number);
	case NETSTAT_T_DOUBLE:
		return ordered(n->op, v->v.d, lit->number);
	case NETSTAT_T_USER:
		return ordered(n->op, v->v.uid, lit->number);
	case NETSTAT_T_TIMER:
		if (lit->kind == LIT_TEXT)
			return text_match(n, lit, v->v.timer.name);
		return ordered(n->op, v->v.timer.seconds, lit->number);
	case NETSTAT_T_PROCESS:
		if (b->part == PART_PID)
			return ordered(n->op, v->v.proc.pid, lit->number);
		return text_match(n, lit, v->v.proc.name);
	case NETSTAT_T_UINT_LIST:
		/* Any of the items. */
		for (size_t i = 0; i < v->v.uints.n; i++)
			if (ordered(n->op, (double)v->v.uints.items[i],
				    lit->number))
				return true;
		return false;
	case NETSTAT_T_STRING_LIST: {
		/* `flag_names = UP` holds when an item is UP; the negated
		 * tests (`!=`, `!~`) hold when every item passes them. */
		bool every = n->op == OP_NE || n->op == OP_NOT_GLOB;
		for (size_t i = 0; i < v->v.strs.n; i++)
			if (text_match(n, lit, v->v.strs.items[i]) != every)
				return !every;
		return every;
	}
	case NETSTAT_T_PROCESSES:
		/* Any of the holders' names. */
		for (size_t i = 0; i < v->v.procs.n; i++)
			if (text_match(n, lit, v->v.procs.items[i]->name))
				return true;
		return false;
	case NETSTAT_T_STATE: {
		if (lit->kind == LIT_NUMBER)
			return ordered(n->op, (double)v->v.state.code,
				       lit->number);
		if (lit->kind == LIT_TEXT)
			return text_match(n, lit, v->v.state.name);
		bool eq;
		if (lit->state_group)
			eq = in_group(lit->state_group, v->v.state.name);
		else {
			char key[64];
			state_key(lit->text, key, sizeof key);
			eq = v->v.state.name && state_is(v->v.state.name, key);
		}
		return n->op == OP_NE ? !eq : n->op == OP_EQ && eq;
	}
	case NETSTAT_T_ADDRESS:
		if (v->v.addr.family == NETSTAT_ADDR_TEXT)
			return text_match(n, lit, v->v.addr.text);
		return lit->kind == LIT_ADDRESS &&
		       end_match(n, lit, &v->v.addr, NULL);
	case NETSTAT_T_ENDPOINT:
		if (b->part == PART_PORT)
			return ordered(n->op, v->v.ep.port, lit->number);
		if (v->v.ep.addr.family == NETSTAT_ADDR_TEXT &&
		    lit->kind == LIT_TEXT)
			return text_match(n, lit, v->v.ep.addr.text);
		return lit->kind == LIT_ADDRESS &&
		       end_match(n, lit, &v->v.ep.addr, &v->v.ep.port);
	default:
		return false;
	}
}
