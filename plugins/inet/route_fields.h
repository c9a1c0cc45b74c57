/*
 * Reading /proc/net/route and /proc/net/rt_cache the way net-tools does:
 * columns are found by name in the header line, and each data line is
 * converted field by field until the first field that does not convert.
 */
#ifndef INET_ROUTE_FIELDS_H
#define INET_ROUTE_FIELDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <netstat/netstat.h>

#define ROUTE_MAX_TOKENS 32
#define ROUTE_MAX_FIELDS 16

/* How a field converts. */
enum route_field_type {
	ROUTE_F_NAME, /* interface name: any text, 15 bytes kept */
	ROUTE_F_HEX,  /* hexadecimal (addresses, flags, TOS) */
	ROUTE_F_DEC,  /* decimal, kept as a 32-bit signed value */
};

struct route_field {
	const char *name; /* header name: "Destination" */
	int type;	  /* enum route_field_type */
};

/* Where each wanted field is in the lines, in the order wanted. */
struct route_layout {
	const struct route_field *fields;
	size_t n_fields;
	int column[ROUTE_MAX_FIELDS]; /* token index of field i */
};

/*
 * Finds `fields` (in this relative order) among the header's tokens
 * (split on blanks and '|'). Returns 0 when all were found, else
 * NETSTAT_ERR_NOTFOUND with *missing the index of the first missing one.
 */
int route_layout_find(struct route_layout *layout, const char *header,
		      const struct route_field *fields, size_t n_fields,
		      size_t *missing);

/* One converted line: names and numbers by field index. */
struct route_values {
	char iface[16];
	uint64_t num[ROUTE_MAX_FIELDS];
};

/*
 * Converts the fields of `line` in the order they appear on the line
 * (as a scanf built from the header would). Returns how many converted
 * before the first failure.
 */
int route_line_convert(const struct route_layout *layout, const char *line,
		       struct route_values *out);

/* An IPv4 address from a kernel hex word (host byte order in memory). */
struct netstat_address route_addr(uint64_t word);

#endif
