/* See store.h. */
#include <stdlib.h>
#include <string.h>

#include "core/query/store.h"

#define CHUNK (256 * 1024)

static void *grab(struct store *st, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	if (n > st->left) {
		size_t size = n > CHUNK ? n : CHUNK;
		if (st->n_chunks == st->cap_chunks) {
			size_t cap = st->cap_chunks ? st->cap_chunks * 2 : 16;
			char **p = realloc(st->chunks, cap * sizeof *p);
			if (!p)
				return NULL;
			st->chunks = p;
			st->cap_chunks = cap;
		}
		char *c = malloc(size);
		if (!c)
			return NULL;
		st->chunks[st->n_chunks++] = c;
		st->at = c;
		st->left = size;
	}
	void *p = st->at;
	st->at += n;
	st->left -= n;
	return p;
}

static const char *copy_text(struct store *st, const char *s, int *rc)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	char *p = grab(st, n);
	if (!p) {
		*rc = NETSTAT_ERR_NOMEM;
		return NULL;
	}
	memcpy(p, s, n);
	return p;
}

/* A process list: the pointer array, the entries and their text. */
static struct netstat_processes
copy_processes(struct store *st, struct netstat_processes src, int *rc)
{
	struct netstat_processes none = {NULL, 0};
	const struct netstat_process_entry **items =
		grab(st, src.n * sizeof *items);
	struct netstat_process_entry *e = grab(st, src.n * sizeof *e);
	if (!items || !e) {
		*rc = NETSTAT_ERR_NOMEM;
		return none;
	}
	for (size_t i = 0; i < src.n; i++) {
		e[i] = *src.items[i];
		e[i].name = copy_text(st, e[i].name, rc);
		e[i].command_line = copy_text(st, e[i].command_line, rc);
		e[i].cgroup = copy_text(st, e[i].cgroup, rc);
		e[i].container_runtime =
			copy_text(st, e[i].container_runtime, rc);
		e[i].container_id = copy_text(st, e[i].container_id, rc);
		e[i].pod_uid = copy_text(st, e[i].pod_uid, rc);
		e[i].unit = copy_text(st, e[i].unit, rc);
		items[i] = &e[i];
	}
	return (struct netstat_processes){items, src.n};
}

int store_copy_value(struct store *st, struct netstat_value *dst,
		     const struct netstat_value *src)
{
	int rc = 0;
	*dst = *src;
	switch (src->type) {
	case NETSTAT_T_STRING:
		dst->v.s = copy_text(st, src->v.s, &rc);
		break;
	case NETSTAT_T_ADDRESS:
		dst->v.addr.text = copy_text(st, src->v.addr.text, &rc);
		break;
	case NETSTAT_T_ENDPOINT:
		dst->v.ep.addr.text = copy_text(st, src->v.ep.addr.text, &rc);
		dst->v.ep.port_table = copy_text(st, src->v.ep.port_table, &rc);
		break;
	case NETSTAT_T_STATE:
		dst->v.state.name = copy_text(st, src->v.state.name, &rc);
		break;
	case NETSTAT_T_PROCESS:
		dst->v.proc.name = copy_text(st, src->v.proc.name, &rc);
		break;
	case NETSTAT_T_TIMER:
		dst->v.timer.name = copy_text(st, src->v.timer.name, &rc);
		break;
	case NETSTAT_T_PROCESSES:
		dst->v.procs = copy_processes(st, src->v.procs, &rc);
		break;
	case NETSTAT_T_UINT_LIST: {
		size_t size = src->v.uints.n * sizeof *src->v.uints.items;
		uint64_t *items = size ? grab(st, size) : NULL;
		if (size && !items)
			rc = NETSTAT_ERR_NOMEM;
		else if (size)
			memcpy(items, src->v.uints.items, size);
		dst->v.uints.items = items;
		break;
	}
	case NETSTAT_T_STRING_LIST: {
		size_t n = src->v.strs.n;
		const char **items = n ? grab(st, n * sizeof *items) : NULL;
		if (n && !items)
			rc = NETSTAT_ERR_NOMEM;
		for (size_t i = 0; items && i < n; i++)
			items[i] = copy_text(st, src->v.strs.items[i], &rc);
		dst->v.strs.items = items;
		break;
	}
	default:
		break;
	}
	return rc;
}

int store_add(struct store *st, const struct netstat_record *rec)
{
	if (st->n == st->cap) {
		size_t cap = st->cap ? st->cap * 2 : 256;
		struct netstat_record *p =
			realloc(st->records, cap * sizeof *p);
		if (!p)
			return NETSTAT_ERR_NOMEM;
		st->records = p;
		st->cap = cap;
	}
	struct netstat_value *v =
		grab(st, (rec->n_values ? rec->n_values : 1) * sizeof *v);
	if (!v)
		return NETSTAT_ERR_NOMEM;
	for (size_t i = 0; i < rec->n_values; i++)
		if (store_copy_value(st, &v[i], &rec->values[i]) < 0)
			return NETSTAT_ERR_NOMEM;
	st->records[st->n++] =
		(struct netstat_record){.section = rec->section,
					.values = v,
					.n_values = rec->n_values};
	return 0;
}

void store_clear(struct store *st)
{
	for (size_t i = 0; i < st->n_chunks; i++)
		free(st->chunks[i]);
	free(st->chunks);
	free(st->records);
	memset(st, 0, sizeof *st);
}
