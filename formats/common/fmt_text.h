/* A netstat_text on the heap, for text a format keeps (rendered keys, a
 * metrics page): its grow function. */
#ifndef FMT_TEXT_H
#define FMT_TEXT_H

#include <stddef.h>

#include <netstat/text.h>

/* netstat_text.grow that enlarges t->buf (realloc, doubling from 256
 * bytes) until `need` more bytes fit; NETSTAT_ERR_NOMEM when it cannot. */
int fmt_text_heap_grow(struct netstat_text *t, size_t need);

#endif
