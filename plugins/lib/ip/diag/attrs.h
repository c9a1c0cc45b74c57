/*
 * The attributes of one inet_diag reply (after struct inet_diag_msg) as
 * an ip_socket_ext: lengths checked, pointers into the message.
 */
#ifndef IP_DIAG_ATTRS_H
#define IP_DIAG_ATTRS_H

#include <stddef.h>

#include "plugins/lib/ip/internet/ip_internals.h"

/*
 * Reads `len` bytes of attributes at `attrs` into *ext (zeroed first;
 * cookie and device come from the message itself, not from here).
 * Returns 0, or -EBADMSG when an attribute runs past the message or has
 * a length its type cannot have; *bad_type then names it.
 */
int ip_diag_attrs_parse(const void *attrs, size_t len,
			struct ip_socket_ext *ext, int *bad_type);

#endif
