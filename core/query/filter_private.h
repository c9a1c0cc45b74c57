/* The filter object's bookkeeping, for the parser (filter_match.c owns
 * it). */
#ifndef CORE_QUERY_FILTER_PRIVATE_H
#define CORE_QUERY_FILTER_PRIVATE_H

#include <stddef.h>

#include "core/query/filter.h"
#include "core/query/filter_ast.h"

struct filter *filter_new(void);
/* Takes ownership of a node (freed with the filter). */
int filter_keep_node(struct filter *f, struct filter_node *n);
/* The next comparison's binding index. */
size_t filter_next_id(struct filter *f);
void filter_set_root(struct filter *f, struct filter_node *root);

#endif
