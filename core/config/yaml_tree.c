/* Builds a ytree from libyaml's event stream; see yaml_tree.h. */
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "core/config/yaml_tree.h"

/* Far above any real config, far below anything that hurts. */
#define MAX_DEPTH 32
#define MAX_NODES 100000

struct builder {
	yaml_parser_t parser;
	size_t nodes;
	char *err;
	size_t err_size;
	size_t *line, *column;
};

static void fail(struct builder *b, const yaml_mark_t *mark, const char *msg)
{
	snprintf(b->err, b->err_size, "%s", msg);
	*b->line = mark->line + 1;
	*b->column = mark->column + 1;
}

static int add_item(struct ytree *parent, struct ytree *child)
{
	struct ytree **p =
		realloc(parent->items, (parent->n_items + 1) * sizeof *p);
	if (!p)
		return -1;
	parent->items = p;
	parent->items[parent->n_items++] = child;
	return 0;
}

static struct ytree *new_node(struct builder *b, int kind,
			      const yaml_mark_t *mark)
{
	if (++b->nodes > MAX_NODES) {
		fail(b, mark, "too many nodes");
		return NULL;
	}
	struct ytree *t = calloc(1, sizeof *t);
	if (!t) {
		fail(b, mark, "out of memory");
		return NULL;
	}
	t->kind = kind;
	t->line = mark->line + 1;
	t->column = mark->column + 1;
	return t;
}

/* Reads one node whose first event is `ev` (consumed by the caller). */
static struct ytree *build(struct builder *b, yaml_event_t *ev, int depth)
{
	if (depth > MAX_DEPTH) {
		fail(b, &ev->start_mark, "nesting too deep");
		return NULL;
	}
	switch (ev->type) {
	case YAML_SCALAR_EVENT: {
		struct ytree *t = new_node(b, YTREE_SCALAR, &ev->start_mark);
		if (t)
			t->text = strndup((const char *)ev->data.scalar.value,
					  ev->data.scalar.length);
		if (t && !t->text) {
			free(t);
			fail(b, &ev->start_mark, "out of memory");
			return NULL;
		}
		return t;
	}
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT: {
		int kind = ev->type == YAML_SEQUENCE_START_EVENT
				   ? YTREE_SEQUENCE
				   : YTREE_MAPPING;
		yaml_event_type_t end = kind == YTREE_SEQUENCE
						? YAML_SEQUENCE_END_EVENT
						: YAML_MAPPING_END_EVENT;
		struct ytree *t = new_node(b, kind, &ev->start_mark);
		if (!t)
			return NULL;
		for (;;) {
			yaml_event_t child;
			if (!yaml_parser_parse(&b->parser, &child)) {
				fail(b, &b->parser.problem_mark,
				     b->parser.problem ? b->parser.problem
						       : "syntax error");
				ytree_free(t);
				return NULL;
			}
			if (child.type == end) {
				yaml_event_delete(&child);
				return t;
			}
			struct ytree *c = build(b, &child, depth + 1);
			yaml_event_delete(&child);
			if (!c || add_item(t, c) < 0) {
				ytree_free(c);
				ytree_free(t);
				return NULL;
			}
		}
	}
	case YAML_ALIAS_EVENT:
		fail(b, &ev->start_mark, "aliases are not allowed");
		return NULL;
	default:
		fail(b, &ev->start_mark, "unexpected YAML event");
		return NULL;
	}
}

struct ytree *ytree_parse(FILE *fp, const char *text, size_t len, char *err,
			  size_t err_size, size_t *err_line, size_t *err_column)
{
	struct builder b = {.err = err,
			    .err_size = err_size,
			    .line = err_line,
			    .column = err_column};
	*err_line = *err_column = 0;
	if (!yaml_parser_initialize(&b.parser)) {
		snprintf(err, err_size, "out of memory");
		return NULL;
	}
	if (fp)
		yaml_parser_set_input_file(&b.parser, fp);
	else
		yaml_parser_set_input_string(&b.parser,
					     (const unsigned char *)text, len);

	struct ytree *root = NULL;
	int done = 0, failed = 0;
	while (!done && !failed) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&b.parser, &ev)) {
			fail(&b, &b.parser.problem_mark,
			     b.parser.problem ? b.parser.problem
					      : "syntax error");
			failed = 1;
			break;
		}
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		case YAML_STREAM_START_EVENT:
		case YAML_DOCUMENT_START_EVENT:
		case YAML_DOCUMENT_END_EVENT:
			break;
		default:
			if (root) {
				fail(&b, &ev.start_mark,
				     "only one YAML document is allowed");
				failed = 1;
				break;
			}
			root = build(&b, &ev, 0);
			if (!root)
				failed = 1;
		}
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&b.parser);
	if (failed) {
		ytree_free(root);
		if (*err_line == 0)
			*err_line = 1;
		return NULL;
	}
	return root;
}

void ytree_free(struct ytree *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n_items; i++)
		ytree_free(t->items[i]);
	free(t->items);
	free(t->text);
	free(t);
}

const struct ytree *ytree_get(const struct ytree *map, const char *key)
{
	if (!map || map->kind != YTREE_MAPPING)
		return NULL;
	for (size_t i = 0; i + 1 < map->n_items; i += 2)
		if (map->items[i]->kind == YTREE_SCALAR &&
		    strcmp(map->items[i]->text, key) == 0)
			return map->items[i + 1];
	return NULL;
}
