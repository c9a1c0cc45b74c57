/* See lexer.h. Words end at blanks, parentheses and operator characters,
 * except inside [...] (IPv6 addresses) so that [::1]:22 is one word. */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "core/query/lexer.h"

void lexer_init(struct lexer *lx, const char *expr)
{
	lx->s = expr;
	lx->at = 0;
}

static bool word_char(char c)
{
	return c && !isspace((unsigned char)c) && !strchr("()=!<>~&|'\"", c);
}

static struct token make(enum token_kind kind, const char *text, size_t len,
			 size_t pos)
{
	struct token t = {.kind = kind, .pos = pos};
	if (len >= sizeof t.text) {
		t.kind = TOK_ERROR;
		snprintf(t.text, sizeof t.text, "token too long");
		return t;
	}
	memcpy(t.text, text, len);
	t.text[len] = '\0';
	return t;
}

/* Two-character operators first, then one-character ones. */
static size_t operator_length(const char *p)
{
	static const char *const two[] = {"==", "!=", "<=", ">=", "=~",
					  "~~", "!~", "&&", "||"};
	for (size_t i = 0; i < sizeof two / sizeof two[0]; i++)
		if (strncmp(p, two[i], 2) == 0)
			return 2;
	return strchr("=<>~!", *p) ? 1 : 0;
}

struct token lexer_next(struct lexer *lx)
{
	const char *s = lx->s;
	while (isspace((unsigned char)s[lx->at]))
		lx->at++;
	size_t start = lx->at;
	size_t pos = start + 1;
	char c = s[start];
	if (!c)
		return make(TOK_END, "", 0, pos);
	if (c == '(' || c == ')') {
		lx->at++;
		return make(c == '(' ? TOK_LPAREN : TOK_RPAREN, s + start, 1,
			    pos);
	}
	if (c == '\'' || c == '"') {
		const char *end = strchr(s + start + 1, c);
		if (!end) {
			struct token t = {.kind = TOK_ERROR, .pos = pos};
			snprintf(t.text, sizeof t.text, "unterminated %s",
				 c == '"' ? "\"" : "'");
			return t;
		}
		lx->at = (size_t)(end - s) + 1;
		return make(TOK_STRING, s + start + 1,
			    (size_t)(end - s) - start - 1, pos);
	}
	size_t op = operator_length(s + start);
	if (op) {
		lx->at += op;
		struct token t = make(TOK_OP, s + start, op, pos);
		if (!strcmp(t.text, "&&"))
			t.kind = TOK_AND;
		else if (!strcmp(t.text, "||"))
			t.kind = TOK_OR;
		else if (!strcmp(t.text, "!"))
			t.kind = TOK_NOT;
		return t;
	}
	if (c == '&' || c == '|') {
		struct token t = {.kind = TOK_ERROR, .pos = pos};
		snprintf(t.text, sizeof t.text, "'%c' alone (use %c%c)", c, c,
			 c);
		return t;
	}
	int depth = 0;
	while (s[lx->at] && (depth > 0 || word_char(s[lx->at]))) {
		if (s[lx->at] == '[')
			depth++;
		else if (s[lx->at] == ']' && depth > 0)
			depth--;
		lx->at++;
	}
	struct token t = make(TOK_WORD, s + start, lx->at - start, pos);
	if (!strcmp(t.text, "and"))
		t.kind = TOK_AND;
	else if (!strcmp(t.text, "or"))
		t.kind = TOK_OR;
	else if (!strcmp(t.text, "not"))
		t.kind = TOK_NOT;
	return t;
}
