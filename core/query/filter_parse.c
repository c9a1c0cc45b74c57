/* The --filter grammar (filter.h) by recursive descent; errors name the
 * offending token and its position. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/query/filter.h"
#include "core/query/filter_ast.h"
#include "core/query/lexer.h"
#include "core/query/filter_private.h"

struct parser {
	struct lexer lx;
	struct token tok;
	struct filter *f;
	char *err;
	size_t err_size;
	int depth;
};

#define MAX_DEPTH 64

static void advance(struct parser *p)
{
	p->tok = lexer_next(&p->lx);
}

static int fail(struct parser *p, const char *what)
{
	if (p->tok.kind == TOK_ERROR)
		snprintf(p->err, p->err_size, "%s at %zu", p->tok.text,
			 p->tok.pos);
	else if (p->tok.kind == TOK_END)
		snprintf(p->err, p->err_size, "%s at the end (position %zu)",
			 what, p->tok.pos);
	else
		snprintf(p->err, p->err_size, "%s, not '%s' at %zu", what,
			 p->tok.text, p->tok.pos);
	return NETSTAT_ERR_USAGE;
}

static struct filter_node *new_node(struct parser *p, enum node_kind kind)
{
	struct filter_node *n = calloc(1, sizeof *n);
	if (!n)
		return NULL;
	n->kind = kind;
	if (filter_keep_node(p->f, n) < 0) {
		free(n);
		return NULL;
	}
	return n;
}

static const struct {
	const char *text;
	enum filter_op op;
} ops[] = {
	{"=", OP_EQ},	     {"==", OP_EQ},    {"!=", OP_NE},	 {"<", OP_LT},
	{"<=", OP_LE},	     {">", OP_GT},     {">=", OP_GE},	 {"~", OP_GLOB},
	{"!~", OP_NOT_GLOB}, {"=~", OP_REGEX}, {"~~", OP_REGEX},
};

static int parse_or(struct parser *p, struct filter_node **out);

static int parse_comparison(struct parser *p, struct filter_node **out)
{
	if (p->tok.kind != TOK_WORD)
		return fail(p, "expected a field name");
	struct filter_node *n = new_node(p, NODE_CMP);
	if (!n)
		return NETSTAT_ERR_NOMEM;
	if (strlen(p->tok.text) >= sizeof n->field)
		return fail(p, "field name too long");
	memcpy(n->field, p->tok.text, strlen(p->tok.text) + 1);
	n->field_pos = p->tok.pos;
	advance(p);
	n->op = OP_EQ;
	if (p->tok.kind == TOK_OP) {
		size_t k = 0;
		while (k < sizeof ops / sizeof ops[0] &&
		       strcmp(ops[k].text, p->tok.text))
			k++;
		if (k == sizeof ops / sizeof ops[0])
			return fail(p, "expected an operator");
		n->op = ops[k].op;
		advance(p);
	}
	if (p->tok.kind != TOK_WORD && p->tok.kind != TOK_STRING) {
		char what[128];
		snprintf(what, sizeof what, "expected a value for '%s'",
			 n->field);
		return fail(p, what);
	}
	snprintf(n->value, sizeof n->value, "%s", p->tok.text);
	n->value_pos = p->tok.pos;
	n->id = filter_next_id(p->f);
	advance(p);
	*out = n;
	return 0;
}

static int parse_unary(struct parser *p, struct filter_node **out)
{
	if (++p->depth > MAX_DEPTH)
		return fail(p, "expression nested too deeply");
	int rc;
	if (p->tok.kind == TOK_NOT) {
		advance(p);
		struct filter_node *n = new_node(p, NODE_NOT);
		if (!n)
			return NETSTAT_ERR_NOMEM;
		rc = parse_unary(p, &n->a);
		*out = n;
	} else if (p->tok.kind == TOK_LPAREN) {
		advance(p);
		rc = parse_or(p, out);
		if (rc == 0 && p->tok.kind != TOK_RPAREN)
			rc = fail(p, "expected ')'");
		if (rc == 0)
			advance(p);
	} else {
		rc = parse_comparison(p, out);
	}
	p->depth--;
	return rc;
}

static bool starts_unary(const struct token *t)
{
	return t->kind == TOK_NOT || t->kind == TOK_LPAREN ||
	       t->kind == TOK_WORD;
}

static int parse_and(struct parser *p, struct filter_node **out)
{
	int rc = parse_unary(p, out);
	while (rc == 0 && (p->tok.kind == TOK_AND || starts_unary(&p->tok))) {
		if (p->tok.kind == TOK_AND)
			advance(p);
		struct filter_node *n = new_node(p, NODE_AND);
		if (!n)
			return NETSTAT_ERR_NOMEM;
		n->a = *out;
		rc = parse_unary(p, &n->b);
		*out = n;
	}
	return rc;
}

static int parse_or(struct parser *p, struct filter_node **out)
{
	int rc = parse_and(p, out);
	while (rc == 0 && p->tok.kind == TOK_OR) {
		advance(p);
		struct filter_node *n = new_node(p, NODE_OR);
		if (!n)
			return NETSTAT_ERR_NOMEM;
		n->a = *out;
		rc = parse_and(p, &n->b);
		*out = n;
	}
	return rc;
}

int filter_parse(const char *expr, struct filter **out, char *err,
		 size_t err_size)
{
	*out = NULL;
	struct filter *f = filter_new();
	if (!f)
		return NETSTAT_ERR_NOMEM;
	struct parser p = {.f = f, .err = err, .err_size = err_size};
	lexer_init(&p.lx, expr);
	advance(&p);
	struct filter_node *root = NULL;
	int rc = p.tok.kind == TOK_END ? fail(&p, "empty expression")
				       : parse_or(&p, &root);
	if (rc == 0 && p.tok.kind != TOK_END)
		rc = fail(&p, p.tok.kind == TOK_RPAREN ? "unbalanced ')'"
						       : "expected and/or");
	if (rc < 0) {
		filter_free(f);
		return rc;
	}
	filter_set_root(f, root);
	*out = f;
	return 0;
}
