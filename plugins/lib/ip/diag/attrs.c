/*
 * The attributes of an inet_diag reply. The kernel sends some always
 * (the cgroup id, the mark to CAP_NET_ADMIN) and others when the
 * request's idiag_ext asked (tcp_info, the congestion control, memory,
 * TOS/TCLASS). A short payload is kept as it is (tcp_info grows with
 * the kernel: tcp_info.c reads it by length); a length a type cannot
 * have, or an attribute that runs past the message, is an error.
 */
#include <errno.h>
#include <string.h>

#include "plugins/lib/ip/diag/attrs.h"

#ifdef HAVE_LIBMNL

#include <libmnl/libmnl.h>
#include <linux/inet_diag.h>
#include <linux/sock_diag.h>

/* A one-byte attribute: its value, and that it came. */
static bool take_u8(const void *p, size_t n, uint8_t *to, bool *has)
{
	if (n < 1)
		return false;
	*to = *(const uint8_t *)p;
	*has = true;
	return true;
}

/* An attribute's type, payload and payload length, as libmnl's getters
 * give them, inline: they are calls into the library, three per
 * attribute, and a --info row has several attributes. */
static inline int attr_type(const struct nlattr *a)
{
	return a->nla_type & NLA_TYPE_MASK;
}

static inline const void *attr_payload(const struct nlattr *a)
{
	return (const char *)a + MNL_ATTR_HDRLEN;
}

/* Stores one attribute; false when its length is wrong for its type. */
static bool take(const struct nlattr *a, struct ip_socket_ext *e)
{
	const void *p = attr_payload(a);
	size_t n = a->nla_len - MNL_ATTR_HDRLEN;
	switch (attr_type(a)) {
	case INET_DIAG_INFO:
		e->tcp_info = p;
		e->tcp_info_len = n;
		return true;
	case INET_DIAG_CONG:
		/* A name, NUL-terminated within the payload. */
		if (!n || !memchr(p, '\0', n))
			return false;
		e->cong = p;
		return true;
	case INET_DIAG_SKMEMINFO:
		if (n % sizeof(uint32_t))
			return false;
		e->skmem = p;
		e->n_skmem = n / sizeof(uint32_t);
		return true;
	case INET_DIAG_MARK:
		if (n < sizeof(uint32_t))
			return false;
		memcpy(&e->mark, p, sizeof e->mark);
		e->has_mark = true;
		return true;
	case INET_DIAG_CGROUP_ID:
		if (n < sizeof(uint64_t))
			return false;
		memcpy(&e->cgroup_id, p, sizeof e->cgroup_id);
		e->has_cgroup = true;
		return true;
	case INET_DIAG_TOS:
		return take_u8(p, n, &e->tos, &e->has_tos);
	case INET_DIAG_PROTOCOL:
		return take_u8(p, n, &e->protocol, &e->has_protocol);
	case INET_DIAG_TCLASS:
		return take_u8(p, n, &e->tclass, &e->has_tclass);
	default:
		return true; /* not ours to read */
	}
}

int ip_diag_attrs_parse(const void *attrs, size_t len,
			struct ip_socket_ext *ext, int *bad_type)
{
	memset(ext, 0, sizeof *ext);
	*bad_type = -1;
	const struct nlattr *a = attrs;
	size_t left = len;
	while (left > 0) {
		/* mnl_attr_ok()'s test, inline: a header that fits, a length
		 * that covers it and stays in the message (several a row). */
		if (left < sizeof *a || a->nla_len < sizeof *a ||
		    a->nla_len > left) {
			*bad_type = left >= sizeof *a ? attr_type(a) : -1;
			return -EBADMSG;
		}
		if (!take(a, ext)) {
			*bad_type = attr_type(a);
			return -EBADMSG;
		}
		size_t step = MNL_ALIGN(a->nla_len);
		if (step > left)
			step = left; /* the last one, unpadded */
		left -= step;
		a = (const struct nlattr *)(const void *)((const char *)a +
							  step);
	}
	return 0;
}

#else

int ip_diag_attrs_parse(const void *attrs, size_t len,
			struct ip_socket_ext *ext, int *bad_type)
{
	memset(ext, 0, sizeof *ext);
	*bad_type = -1;
	return len ? -ENOSYS : 0;
}

#endif
