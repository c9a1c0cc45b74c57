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

/* Which columns of a section the comparisons read: asked for every
 * column and, by plugins (column_needed), for every row. */
struct read_columns {
	const struct netstat_section *section;
	bool *read; /* n_columns entries */
};

struct filter {
	struct filter_node *root;
	struct filter_node **nodes;
	size_t n_nodes, cap_nodes;
	size_t n_cmp;
	struct bound_section bound[MAX_SECTIONS];
	size_t n_bound;
	struct read_columns reads[MAX_SECTIONS];
	size_t n_reads;
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

/* Whether `n` is a comparison naming a column of `s`, and which. */
static bool names_column(const struct filter_node *n,
			 const struct netstat_section *s, size_t *column)
{
	enum field_part part;
	return n->kind == NODE_CMP &&
	       filter_field_find(s, n->field, column, &part);
}

/* The columns of `s` that some comparison names, looked up once per
 * section; NULL when the table is full or memory is short. */
static const bool *read_columns_of(struct filter *f,
				   const struct netstat_section *s)
{
	for (size_t i = 0; i < f->n_reads; i++)
		if (f->reads[i].section == s)
			return f->reads[i].read;
	if (f->n_reads == MAX_SECTIONS)
		return NULL;
	bool *read = calloc(s->n_columns ? s->n_columns : 1, sizeof *read);
	if (!read)
		return NULL;
	for (size_t i = 0; i < f->n_nodes; i++) {
		size_t col;
		if (names_column(f->nodes[i], s, &col))
			read[col] = true;
	}
	f->reads[f->n_reads++] = (struct read_columns){s, read};
	return read;
}

bool filter_reads_column(struct filter *f, const struct netstat_section *s,
			 size_t column)
{
	if (!f || column >= s->n_columns)
		return false;
	const bool *read = read_columns_of(f, s);
	if (read)
		return read[column];
	for (size_t i = 0; i < f->n_nodes; i++) {
		size_t col;
		if (names_column(f->nodes[i], s, &col) && col == column)
			return true;
	}
	return false;
}

void filter_free(struct filter *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->n_bound; i++)
		free_bindings(f, f->bound[i].bindings);
	for (size_t i = 0; i < f->n_reads; i++)
		free(f->reads[i].read);
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
		/* An ordered comparison of an address column (a callsign
		 * where another section has a uid): false here;
		 * filter_check() says so only when no section reads it. */
		if (rc == NETSTAT_ERR_RANGE) {
			nb->present = false;
		} else if (rc < 0) {
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
	/* Every term must read in at least one section. */
	for (size_t i = 0; i < f->n_nodes; i++) {
		const struct filter_node *n = f->nodes[i];
		if (n->kind != NODE_CMP)
			continue;
		bool read = false;
		for (size_t k = 0; k < f->n_bound && !read; k++)
			read = f->bound[k].bindings[n->id].present;
		for (size_t k = 0; k < f->n_bound && !read; k++) {
			const struct netstat_section *sec = f->bound[k].section;
			struct binding nb;
			if (!filter_field_find(sec, n->field, &nb.column,
					       &nb.part))
				continue;
			if (filter_literal_read(n, &sec->columns[nb.column],
						&nb, err, err_size) < 0)
				return NETSTAT_ERR_USAGE;
			filter_literal_free(&nb.lit);
		}
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

/* --- pre-filter questions (filter.h) --- */

enum tri { NO, YES, MAYBE };

/* The expression with only `column` known. */
static enum tri eval3(const struct filter_node *n, const struct binding *b,
		      size_t column, const struct netstat_value *value)
{
	switch (n->kind) {
	case NODE_AND: {
		enum tri x = eval3(n->a, b, column, value);
		enum tri y = eval3(n->b, b, column, value);
		return x == NO || y == NO     ? NO
		       : x == YES && y == YES ? YES
					      : MAYBE;
	}
	case NODE_OR: {
		enum tri x = eval3(n->a, b, column, value);
		enum tri y = eval3(n->b, b, column, value);
		return x == YES || y == YES ? YES
		       : x == NO && y == NO ? NO
					    : MAYBE;
	}
	case NODE_NOT: {
		enum tri x = eval3(n->a, b, column, value);
		return x == MAYBE ? MAYBE : x == YES ? NO : YES;
	}
	case NODE_CMP: {
		const struct binding *nb = &b[n->id];
		if (!nb->present)
			return NO;
		if (nb->column != column)
			return MAYBE;
		if (value->type == NETSTAT_T_NULL)
			return NO;
		return filter_literal_match(n, nb, value) ? YES : NO;
	}
	}
	return MAYBE;
}

bool filter_may_match(struct filter *f, const struct netstat_section *s,
		      size_t column, const struct netstat_value *value)
{
	if (!f)
		return true;
	const struct binding *b = bindings_of(f, s);
	return !b || eval3(f->root, b, column, value) != NO;
}

/* Sets of ports as sorted, disjoint, inclusive ranges. */
#define MAX_RANGES 64
#define PORT_MAX 65535u

struct ports {
	uint32_t r[MAX_RANGES][2];
	size_t n;
	bool exact; /* exactly the ports that make the node true */
};

static struct ports all_ports(bool exact)
{
	struct ports p = {.r = {{0, PORT_MAX}}, .n = 1, .exact = exact};
	return p;
}

static struct ports no_ports(void)
{
	struct ports p = {.n = 0, .exact = true};
	return p;
}

static void add_range(struct ports *p, uint32_t lo, uint32_t hi)
{
	if (lo > hi)
		return;
	if (p->n == MAX_RANGES) { /* too fine: a superset will do */
		p->r[0][1] = PORT_MAX;
		p->r[0][0] = 0;
		p->n = 1;
		p->exact = false;
		return;
	}
	p->r[p->n][0] = lo;
	p->r[p->n][1] = hi;
	p->n++;
}

static struct ports complement(const struct ports *a)
{
	struct ports p = {.exact = true};
	uint32_t next = 0;
	for (size_t i = 0; i < a->n; i++) {
		if (a->r[i][0] > next)
			add_range(&p, next, a->r[i][0] - 1);
		next = a->r[i][1] + 1;
	}
	if (next <= PORT_MAX)
		add_range(&p, next, PORT_MAX);
	return p;
}

static struct ports intersect(const struct ports *a, const struct ports *b)
{
	struct ports p = {.exact = a->exact && b->exact};
	for (size_t i = 0, j = 0; i < a->n && j < b->n;) {
		uint32_t lo = a->r[i][0] > b->r[j][0] ? a->r[i][0] : b->r[j][0];
		uint32_t hi = a->r[i][1] < b->r[j][1] ? a->r[i][1] : b->r[j][1];
		add_range(&p, lo, hi);
		if (a->r[i][1] < b->r[j][1])
			i++;
		else
			j++;
	}
	return p;
}

static struct ports unite(const struct ports *a, const struct ports *b)
{
	/* A ∪ B = ¬(¬A ∩ ¬B), on the ranges alone. */
	struct ports na = complement(a), nb = complement(b);
	struct ports i = intersect(&na, &nb);
	struct ports p = complement(&i);
	p.exact = a->exact && b->exact;
	return p;
}

/* The ports one comparison allows, when it compares the port. */
static struct ports compare_ports(enum filter_op op, uint32_t v)
{
	struct ports p = {.exact = true};
	switch (op) {
	case OP_EQ:
		add_range(&p, v, v);
		break;
	case OP_NE:
		if (v > 0)
			add_range(&p, 0, v - 1);
		add_range(&p, v + 1, PORT_MAX);
		break;
	case OP_LT:
		if (v > 0)
			add_range(&p, 0, v - 1);
		break;
	case OP_LE:
		add_range(&p, 0, v);
		break;
	case OP_GT:
		add_range(&p, v + 1, PORT_MAX);
		break;
	case OP_GE:
		add_range(&p, v, PORT_MAX);
		break;
	default:
		return all_ports(false);
	}
	return p;
}

static struct ports node_ports(const struct filter_node *n,
			       const struct binding *b,
			       const struct netstat_section *s, uint32_t role)
{
	switch (n->kind) {
	case NODE_AND: {
		struct ports x = node_ports(n->a, b, s, role);
		struct ports y = node_ports(n->b, b, s, role);
		return intersect(&x, &y);
	}
	case NODE_OR: {
		struct ports x = node_ports(n->a, b, s, role);
		struct ports y = node_ports(n->b, b, s, role);
		return unite(&x, &y);
	}
	case NODE_NOT: {
		struct ports x = node_ports(n->a, b, s, role);
		return x.exact ? complement(&x) : all_ports(false);
	}
	case NODE_CMP:
		break;
	}
	const struct binding *nb = &b[n->id];
	if (!nb->present)
		return no_ports();
	const struct netstat_column *c = &s->columns[nb->column];
	if (c->role != role || c->type != NETSTAT_T_ENDPOINT)
		return all_ports(false);
	const struct literal *lit = &nb->lit;
	if (nb->part == PART_PORT && lit->kind == LIT_NUMBER)
		return compare_ports(n->op, (uint32_t)lit->number);
	if (nb->part == PART_WHOLE && lit->kind == LIT_ADDRESS &&
	    lit->has_port) {
		if (!lit->n_addrs) /* ":443" or "*:443": the port alone */
			return compare_ports(n->op, lit->port);
		if (n->op == OP_EQ) { /* the address matters too */
			struct ports p = compare_ports(OP_EQ, lit->port);
			p.exact = false;
			return p;
		}
	}
	return all_ports(false);
}

size_t filter_port_ranges(struct filter *f, const struct netstat_section *s,
			  uint32_t role, uint32_t (*out)[2], size_t max)
{
	if (!f)
		return 0;
	const struct binding *b = bindings_of(f, s);
	if (!b)
		return 0;
	struct ports p = node_ports(f->root, b, s, role);
	/* No record can match, or every port can: nothing to ask for. */
	if (p.n == 0 || p.n > max ||
	    (p.n == 1 && p.r[0][0] == 0 && p.r[0][1] == PORT_MAX))
		return 0;
	for (size_t i = 0; i < p.n; i++) {
		out[i][0] = p.r[i][0];
		out[i][1] = p.r[i][1];
	}
	return p.n;
}
