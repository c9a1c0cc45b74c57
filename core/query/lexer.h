/* Tokens of a --filter expression, each with its 1-based position. */
#ifndef CORE_QUERY_LEXER_H
#define CORE_QUERY_LEXER_H

#include <stddef.h>

enum token_kind {
	TOK_END = 0,
	TOK_WORD,   /* a field name or a value: tcp, :443, 10.0.0.0/8 */
	TOK_STRING, /* a quoted value: 'a b' or "a b" */
	TOK_OP,	    /* = == != < <= > >= ~ !~ =~ ~~ */
	TOK_LPAREN,
	TOK_RPAREN,
	TOK_AND, /* and && */
	TOK_OR,	 /* or || */
	TOK_NOT, /* not ! */
	TOK_ERROR,
};

struct token {
	enum token_kind kind;
	char text[256]; /* the word or string (unquoted), the operator */
	size_t pos;	/* 1-based character position in the expression */
};

struct lexer {
	const char *s;
	size_t at;
};

void lexer_init(struct lexer *lx, const char *expr);
/* The next token; TOK_ERROR with text set to the reason on a bad one. */
struct token lexer_next(struct lexer *lx);

#endif
