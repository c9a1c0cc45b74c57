/* See value_order.h. */
#include <string.h>

#include "core/query/value_order.h"

#define CMP(a, b) ((a) < (b) ? -1 : (a) > (b) ? 1 : 0)

static int text_compare(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

static int address_compare(const struct netstat_address *a,
			   const struct netstat_address *b)
{
	if (a->family != b->family)
		return CMP(a->family, b->family);
	if (a->family == NETSTAT_ADDR_TEXT)
		return text_compare(a->text, b->text);
	return memcmp(a->bytes, b->bytes, sizeof a->bytes);
}

int value_compare(const struct netstat_value *a, const struct netstat_value *b)
{
	if (a->type != b->type) {
		if (a->type == NETSTAT_T_NULL || b->type == NETSTAT_T_NULL)
			return a->type == NETSTAT_T_NULL ? 1 : -1;
		return CMP(a->type, b->type);
	}
	switch (a->type) {
	case NETSTAT_T_STRING:
		return text_compare(a->v.s, b->v.s);
	case NETSTAT_T_INT:
		return CMP(a->v.i, b->v.i);
	case NETSTAT_T_UINT:
		return CMP(a->v.u, b->v.u);
	case NETSTAT_T_DOUBLE:
		return CMP(a->v.d, b->v.d);
	case NETSTAT_T_ADDRESS:
		return address_compare(&a->v.addr, &b->v.addr);
	case NETSTAT_T_ENDPOINT: {
		int c = address_compare(&a->v.ep.addr, &b->v.ep.addr);
		return c ? c : CMP(a->v.ep.port, b->v.ep.port);
	}
	case NETSTAT_T_STATE:
		return CMP(a->v.state.code, b->v.state.code);
	case NETSTAT_T_USER:
		return CMP(a->v.uid, b->v.uid);
	case NETSTAT_T_PROCESS: {
		int c = CMP(a->v.proc.pid, b->v.proc.pid);
		return c ? c : text_compare(a->v.proc.name, b->v.proc.name);
	}
	case NETSTAT_T_TIMER:
		return CMP(a->v.timer.seconds, b->v.timer.seconds);
	case NETSTAT_T_UINT_LIST: {
		/* Item by item; a list before the longer lists it begins. */
		const struct netstat_uint_list *x = &a->v.uints,
					       *y = &b->v.uints;
		for (size_t i = 0; i < x->n && i < y->n; i++)
			if (x->items[i] != y->items[i])
				return CMP(x->items[i], y->items[i]);
		return CMP(x->n, y->n);
	}
	case NETSTAT_T_STRING_LIST: {
		const struct netstat_string_list *x = &a->v.strs,
						 *y = &b->v.strs;
		for (size_t i = 0; i < x->n && i < y->n; i++) {
			int c = text_compare(x->items[i], y->items[i]);
			if (c)
				return c;
		}
		return CMP(x->n, y->n);
	}
	case NETSTAT_T_PROCESSES: {
		/* By the first holder's pid, then by how many hold it (a
		 * module may hand over an empty list: it sorts first). */
		const struct netstat_processes *x = &a->v.procs,
					       *y = &b->v.procs;
		if (!x->n || !y->n)
			return CMP(x->n, y->n);
		int c = CMP(x->items[0]->pid, y->items[0]->pid);
		return c ? c : CMP(x->n, y->n);
	}
	default:
		return 0;
	}
}
