/*
 * struct tcp_info and the SK_MEMINFO counters as typed values, read by
 * the payload's length: the struct grows with each kernel, and a field
 * the running kernel did not send is null, never 0.
 */
#include <stdbool.h>
#include <string.h>

#include "plugins/lib/ip/internet/ip_internals.h"

#ifdef __has_include
#if __has_include(<linux/tcp.h>)
#include <linux/tcp.h>
/* The fixed offsets are the kernel's ABI; check them where the
 * installed header has the field (newer ones it may lack). */
_Static_assert(offsetof(struct tcp_info, tcpi_rto) == 8, "tcpi_rto");
_Static_assert(offsetof(struct tcp_info, tcpi_rtt) == 68, "tcpi_rtt");
_Static_assert(offsetof(struct tcp_info, tcpi_pacing_rate) == 104,
	       "tcpi_pacing_rate");
_Static_assert(offsetof(struct tcp_info, tcpi_delivery_rate) == 160,
	       "tcpi_delivery_rate");
_Static_assert(offsetof(struct tcp_info, tcpi_reord_seen) == 220,
	       "tcpi_reord_seen");
#endif
#endif

struct field {
	uint16_t offset;
	uint8_t size, shift, bits;
};

#define IP_X_FIELD(NAME, key, off, sz, sh, nb, unit, measure)                  \
	[IP_TCPI_##NAME] = {off, sz, sh, nb},
static const struct field fields[IP_TCPI_COUNT] = {
	IP_TCP_INFO_FIELDS(IP_X_FIELD)};
#undef IP_X_FIELD

/* Host byte order, as the kernel writes the struct. Inline: with a
 * constant size (all_fields below) it is a single load. */
static inline uint64_t read_uint(const unsigned char *p, size_t size)
{
	uint8_t u8;
	uint16_t u16;
	uint32_t u32;
	uint64_t u64;
	switch (size) {
	case 1:
		memcpy(&u8, p, 1);
		return u8;
	case 2:
		memcpy(&u16, p, 2);
		return u16;
	case 4:
		memcpy(&u32, p, 4);
		return u32;
	default:
		memcpy(&u64, p, 8);
		return u64;
	}
}

/* Only the type and the number are written: a row holds dozens of these
 * values, and the rest of the union is never read for them. */
static void set_uint(struct netstat_value *v, bool present, uint64_t u)
{
	v->type = present ? NETSTAT_T_UINT : NETSTAT_T_NULL;
	v->v.u = u;
}

/* The end of the last field the list knows: a payload this long (every
 * current kernel's) has them all. */
enum { TCP_INFO_KNOWN_END = 248 };
#define IP_X_CHECK_END(NAME, key, off, sz, ...)                                \
	_Static_assert((off) + (sz) <= TCP_INFO_KNOWN_END, #NAME);
IP_TCP_INFO_FIELDS(IP_X_CHECK_END)
#undef IP_X_CHECK_END

/* Every field present: one load and two stores each, the offsets and
 * sizes constants (this runs once per socket with --info). */
static void all_fields(const unsigned char *p, struct netstat_value *out)
{
#define IP_X_READ(NAME, key, off, sz, sh, nb, unit, measure)                   \
	{                                                                      \
		uint64_t v = read_uint(p + (off), (sz));                       \
		if (nb)                                                        \
			v = (v >> (sh)) & ((1u << (nb)) - 1);                  \
		set_uint(&out[IP_TCPI_##NAME], true, v);                       \
	}
	IP_TCP_INFO_FIELDS(IP_X_READ)
#undef IP_X_READ
}

void ip_tcp_info_values(const void *payload, size_t len,
			struct netstat_value *out)
{
	if (!payload)
		len = 0;
	if (len >= TCP_INFO_KNOWN_END) {
		all_fields(payload, out);
		return;
	}
	/* An older kernel's shorter struct: decoded from a padded copy, and
	 * the fields it does not reach (the last ones) made null again. */
	unsigned char copy[TCP_INFO_KNOWN_END] = {0};
	if (len)
		memcpy(copy, payload, len);
	all_fields(copy, out);
	for (size_t i = 0; i < IP_TCPI_COUNT; i++)
		if ((size_t)fields[i].offset + fields[i].size > len)
			set_uint(&out[i], false, 0);
}

/* The names of the first four TCPI_OPT_* bits (timestamps, sack, wscale,
 * ecn), the only ones most sockets have, by value: no loop per socket.
 * The unit test checks them against ip_tcp_option_names(). */
static const char *const common_options[16] = {
	"",
	"timestamps",
	"sack",
	"timestamps,sack",
	"wscale",
	"timestamps,wscale",
	"sack,wscale",
	"timestamps,sack,wscale",
	"ecn",
	"timestamps,ecn",
	"sack,ecn",
	"timestamps,sack,ecn",
	"wscale,ecn",
	"timestamps,wscale,ecn",
	"sack,wscale,ecn",
	"timestamps,sack,wscale,ecn",
};

void ip_info_values(const struct ip_socket_ext *e, struct netstat_value *out,
		    char *options, size_t size)
{
	struct netstat_value *tcpi = out + IP_INFO_TCP_INFO;
	ip_tcp_info_values(e ? e->tcp_info : NULL, e ? e->tcp_info_len : 0,
			   tcpi);
	out[IP_INFO_CONG] = netstat_v_str(e ? e->cong : NULL);
	out[IP_INFO_OPTION_NAMES] = netstat_v_null();
	if (tcpi[IP_TCPI_OPTIONS].type != NETSTAT_T_UINT)
		return;
	uint64_t bits = tcpi[IP_TCPI_OPTIONS].v.u;
	const char *names = bits < 16 && size > 26 /* the longest, + NUL */
				    ? common_options[bits]
				    : ip_tcp_option_names(bits, options, size);
	out[IP_INFO_OPTION_NAMES] = netstat_v_str(names);
}

const char *ip_tcp_option_names(uint64_t options, char *buf, size_t size)
{
	/* TCPI_OPT_* in bit order, with their lengths (once per socket). */
#define NAME(s)                                                                \
	{                                                                      \
		s, sizeof s - 1                                                \
	}
	static const struct {
		const char *s;
		size_t len;
	} names[] = {
		NAME("timestamps"), NAME("sack"),      NAME("wscale"),
		NAME("ecn"),	    NAME("ecn_seen"),  NAME("syn_data"),
		NAME("usec_ts"),    NAME("tfo_child"),
	};
#undef NAME
	size_t n = 0;
	buf[0] = '\0';
	for (size_t b = 0; b < sizeof names / sizeof names[0]; b++) {
		if (!(options & (1u << b)))
			continue;
		size_t len = names[b].len, sep = n ? 1 : 0;
		if (n + sep + len >= size)
			break;
		if (sep)
			buf[n++] = ',';
		memcpy(buf + n, names[b].s, len + 1);
		n += len;
	}
	return buf;
}

void ip_memory_values(const uint32_t *skmem, size_t n,
		      struct netstat_value *out)
{
	if (!skmem || !n) {
		/* --info without --memory: every row, all null. */
		for (size_t i = 0; i < IP_MEM_COUNT; i++)
			set_uint(&out[i], false, 0);
		return;
	}
	for (size_t i = 0; i < IP_MEM_COUNT; i++)
		set_uint(&out[i], i < n, i < n ? skmem[i] : 0);
}
