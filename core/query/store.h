/* Deep copies of records, for query stages that must hold rows (--sort):
 * the values' text is copied, so the source's buffers may change. */
#ifndef CORE_QUERY_STORE_H
#define CORE_QUERY_STORE_H

#include <stddef.h>

#include <netstat/netstat.h>

struct store {
	struct netstat_record *records;
	size_t n, cap;
	/* Text and value arrays live in chunks freed together. */
	char **chunks;
	size_t n_chunks, cap_chunks;
	char *at;
	size_t left;
};

/* Copies `rec` (its section pointer as is). 0 or NETSTAT_ERR_NOMEM. */
int store_add(struct store *st, const struct netstat_record *rec);
/* Copies one value into the store's memory (its text too). */
int store_copy_value(struct store *st, struct netstat_value *dst,
		     const struct netstat_value *src);
/* Forgets every record, keeping nothing. */
void store_clear(struct store *st);

#endif
