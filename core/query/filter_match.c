/*
 * Evaluating a --filter expression. Each comparison is bound once per
 * section (the column it names and its value read as that column's type)
 * and the bindings are kept by section, so a record costs a walk of the
 * expression and one typed comparison per term.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/query/filter_private.h"

#define MAX_SECTIONS 64

struct bound_section {
	const struct netstat_section *section;
	struct binding *bindings; /* one per comparison */
};

struct filter {
	struct filter_node *root;
	struct filter_node **nodes;
	size_t n_nodes, cap_nodes;
	size_t n_cmp;
	struct bound_section bound[MAX_SECTIONS];
	size_t n_bound;
};

struct filter *filter_new(void)
{
	return calloc(1, sizeof(struct filter));
}

int filter_keep_node(struct filter *f, struct filter_node *n)
{
	if (f->n_nodes == f->cap_nodes) {
		size_t cap = f->cap_nodes ? f->cap_nodes * 2 : 16;
		struct filter_node **p = realloc(f->nodes, cap * sizeof *p);
		if (!p)
			return NETSTAT_ERR_NOMEM;
		f->nodes = p;
		f->cap_nodes = cap;
	}
	f->nodes[f->n_nodes++] = n;
	return 0;
}

size_t filter_next_id(struct filter *f)
{
	return f->n_cmp++;
}

void filter_set_root(struct filter *f, struct filter_node *root)
{
	f->root = root;
}

static void free_bindings(struct filter *f, struct binding *b)
{
	for (size_t i = 0; b && i < f->n_cmp; i++)
		filter_literal_free(&b[i].lit);
	free(b);
}

void filter_free(struct filter *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->n_bound; i++)
		free_bindings(f, f->bound[i].bindings);
	for (size_t i = 0; i < f->n_nodes; i++)
		free(f->nodes[i]);
	free(f->nodes);
	free(f);
}

/* Binds every comparison in `s`; a value that does not read as its
 * column's type is an error (err set). */
static int bind_section(struct filter *f, const struct netstat_section *s,
			struct binding **out, char *err, size_t err_size)
{
	struct binding *b = calloc(f->n_cmp ? f->n_cmp : 1, sizeof *b);
	if (!b)
		return NETSTAT_ERR_NOMEM;
	for (size_t i = 0; i < f->n_nodes; i++) {
		const struct filter_node *n = f->nodes[i];
		if (n->kind != NODE_CMP)
			continue;
		struct binding *nb = &b[n->id];
		nb->present =
			filter_field_find(s, n->field, &nb->column, &nb->part);
		if (!nb->present)
			continue;
		int rc = filter_literal_read(n, &s->columns[nb->column], nb,
					     err, err_size);
		if (rc < 0) {
			free_bindings(f, b);
			return rc;
		}
	}
	*out = b;
	return 0;
}

/* The bindings of `s`, made on first use. NULL when they cannot be made
 * (a section filter_check did not see, with a value that does not read):
 * such a section's records do not match. */
static struct binding *bindings_of(struct filter *f,
				   const struct netstat_section *s)
{
	for (size_t i = 0; i < f->n_bound; i++)
		if (f->bound[i].section == s)
			return f->bound[i].bindings;
	if (f->n_bound == MAX_SECTIONS)
		return NULL;
	char err[512];
	struct binding *b;
	if (bind_section(f, s, &b, err, sizeof err) < 0)
		return NULL;
	f->bound[f->n_bound++] = (struct bound_section){s, b};
	return b;
}

int filter_check(struct filter *f,
		 const struct netstat_section *const *sections,
		 size_t n_sections, char *err, size_t err_size)
{
	for (size_t i = 0; i < f->n_nodes; i++) {
		const struct filter_node *n = f->nodes[i];
		if (n->kind != NODE_CMP)
			continue;
		bool known = false;
		for (size_t s = 0; s < n_sections && !known; s++) {
			size_t col;
			enum field_part part;
			known = filter_field_find(sections[s], n->field, &col,
						  &part);
		}
		if (known)
			continue;
		char dym[128], all[1024];
		filter_field_suggest(sections, n_sections, n->field, dym,
				     sizeof dym, all, sizeof all);
		if (dym[0])
			snprintf(err, err_size,
				 "unknown field '%s' at %zu (did you mean "
				 "'%s'?)",
				 n->field, n->field_pos, dym);
		else
			snprintf(err, err_size,
				 "unknown field '%s' at %zu (fields here: %s)",
				 n->field, n->field_pos, all);
		return NETSTAT_ERR_USAGE;
	}
	for (size_t s = 0; s < n_sections; s++) {
		bool seen = false;
		for (size_t k = 0; k < f->n_bound; k++)
			seen |= f->bound[k].section == sections[s];
		if (seen || f->n_bound == MAX_SECTIONS)
			continue;
		struct binding *b;
		int rc = bind_section(f, sections[s], &b, err, err_size);
		if (rc < 0)
			return rc;
		f->bound[f->n_bound++] = (struct bound_section){sections[s], b};
	}
	return 0;
}

static bool eval(const struct filter_node *n, const struct binding *b,
		 const struct netstat_record *rec)
{
	switch (n->kind) {
	case NODE_AND:
		return eval(n->a, b, rec) && eval(n->b, b, rec);
	case NODE_OR:
		return eval(n->a, b, rec) || eval(n->b, b, rec);
	case NODE_NOT:
		return !eval(n->a, b, rec);
	case NODE_CMP: {
		const struct binding *nb = &b[n->id];
		if (!nb->present || nb->column >= rec->n_values ||
		    rec->values[nb->column].type == NETSTAT_T_NULL)
			return false;
		return filter_literal_match(n, nb, &rec->values[nb->column]);
	}
	}
	return false;
}

bool filter_match(struct filter *f, const struct netstat_record *rec)
{
	const struct binding *b = bindings_of(f, rec->section);
	return b && eval(f->root, b, rec);
}
