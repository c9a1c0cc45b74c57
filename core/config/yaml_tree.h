/* A small YAML document tree built from libyaml events, with limits. */
#ifndef CORE_YAML_TREE_H
#define CORE_YAML_TREE_H

#include <stddef.h>
#include <stdio.h>

enum ytree_kind { YTREE_SCALAR, YTREE_SEQUENCE, YTREE_MAPPING };

struct ytree {
	int kind;
	char *text;	      /* scalars */
	struct ytree **items; /* sequence items; mapping key, value, ... */
	size_t n_items;
	size_t line, column; /* 1-based position in the source */
};

/*
 * Parses one YAML document from `fp` or from `text` (when fp is NULL).
 * Returns the root (NULL for an empty document, with *err_line == 0), or
 * NULL with the problem in err and its position in *err_line and
 * *err_column.
 * Aliases are refused: the config never needs them and they are how
 * "billion laughs" inputs blow up.
 */
struct ytree *ytree_parse(FILE *fp, const char *text, size_t len, char *err,
			  size_t err_size, size_t *err_line,
			  size_t *err_column);
void ytree_free(struct ytree *t);
/* Value of `key` in a mapping, or NULL. */
const struct ytree *ytree_get(const struct ytree *map, const char *key);

#endif
