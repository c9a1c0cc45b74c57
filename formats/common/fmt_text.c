/* See fmt_text.h. */
#include <stdlib.h>

#include <netstat/netstat.h>

#include "formats/common/fmt_text.h"

int fmt_text_heap_grow(struct netstat_text *t, size_t need)
{
	size_t cap = t->cap ? t->cap : 256;
	while (cap - t->len < need)
		cap *= 2;
	char *p = realloc(t->buf, cap);
	if (!p)
		return NETSTAT_ERR_NOMEM;
	t->buf = p;
	t->cap = cap;
	return 0;
}
