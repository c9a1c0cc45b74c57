/* Fixed-column and token reading for the legacy families' tables. */
#include <string.h>

#include "plugins/legacy_common/legacy.h"

size_t legacy_columns(const char *line, size_t len, size_t from, size_t to,
		      char *buf, size_t size)
{
	size_t n = 0;
	if (from < len) {
		n = (to < len ? to : len) - from;
		if (n >= size)
			n = size - 1;
		memcpy(buf, line + from, n);
	}
	while (n > 0 && netstat_is_blank(buf[n - 1]))
		n--;
	buf[n] = '\0';
	return n;
}

bool legacy_token(const char **p, char *buf, size_t size)
{
	const char *start;
	size_t n = netstat_token(p, &start);
	if (n == 0 || n >= size)
		return false;
	memcpy(buf, start, n);
	buf[n] = '\0';
	return true;
}

struct netstat_value legacy_v_text(const char *text)
{
	struct netstat_value v = {.type = NETSTAT_T_ADDRESS};
	v.v.addr.family = NETSTAT_ADDR_TEXT;
	v.v.addr.text = text;
	return v;
}
