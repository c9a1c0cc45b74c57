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

/* Host byte order, as the kernel writes the struct. */
static uint64_t read_uint(const unsigned char *p, size_t size)
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

void ip_tcp_info_values(const void *payload, size_t len,
			struct netstat_value *out)
{
	const unsigned char *p = payload;
	if (!p)
		len = 0;
	for (size_t i = 0; i < IP_TCPI_COUNT; i++) {
		const struct field *f = &fields[i];
		if ((size_t)f->offset + f->size > len) {
			set_uint(&out[i], false, 0);
			continue;
		}
		uint64_t v = read_uint(p + f->offset, f->size);
		if (f->bits)
			v = (v >> f->shift) & ((1u << f->bits) - 1);
		set_uint(&out[i], true, v);
	}
}

void ip_info_values(const struct ip_socket_ext *e, struct netstat_value *out,
		    char *options, size_t size)
{
	struct netstat_value *tcpi = out + IP_INFO_TCP_INFO;
	ip_tcp_info_values(e ? e->tcp_info : NULL, e ? e->tcp_info_len : 0,
			   tcpi);
	out[IP_INFO_CONG] = netstat_v_str(e ? e->cong : NULL);
	out[IP_INFO_OPTION_NAMES] = netstat_v_null();
	if (tcpi[IP_TCPI_OPTIONS].type == NETSTAT_T_UINT)
		out[IP_INFO_OPTION_NAMES] = netstat_v_str(ip_tcp_option_names(
			tcpi[IP_TCPI_OPTIONS].v.u, options, size));
}

const char *ip_tcp_option_names(uint64_t options, char *buf, size_t size)
{
	/* TCPI_OPT_* in bit order. */
	static const char *const names[] = {
		"timestamps", "sack",	  "wscale",  "ecn",
		"ecn_seen",   "syn_data", "usec_ts", "tfo_child",
	};
	size_t n = 0;
	buf[0] = '\0';
	for (size_t b = 0; b < sizeof names / sizeof names[0]; b++) {
		if (!(options & (1u << b)))
			continue;
		size_t len = strlen(names[b]), sep = n ? 1 : 0;
		if (n + sep + len >= size)
			break;
		if (sep)
			buf[n++] = ',';
		memcpy(buf + n, names[b], len + 1);
		n += len;
	}
	return buf;
}

void ip_memory_values(const uint32_t *skmem, size_t n,
		      struct netstat_value *out)
{
	for (size_t i = 0; i < IP_MEM_COUNT; i++)
		set_uint(&out[i], skmem && i < n,
			 skmem && i < n ? skmem[i] : 0);
}
