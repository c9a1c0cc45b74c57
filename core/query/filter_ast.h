/* The parsed --filter expression and what it is bound to in a section:
 * shared by filter_parse.c, filter_field.c, filter_literal.c and
 * filter_match.c. */
#ifndef CORE_QUERY_FILTER_AST_H
#define CORE_QUERY_FILTER_AST_H

#include <regex.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <netstat/netstat.h>

enum filter_op {
	OP_EQ,
	OP_NE,
	OP_LT,
	OP_LE,
	OP_GT,
	OP_GE,
	OP_GLOB,     /* ~  */
	OP_NOT_GLOB, /* !~ */
	OP_REGEX,    /* =~ ~~ */
};

enum node_kind { NODE_AND, NODE_OR, NODE_NOT, NODE_CMP };

struct filter_node {
	enum node_kind kind;
	struct filter_node *a, *b; /* operands (NOT: a) */
	/* NODE_CMP */
	char field[64];
	size_t field_pos;
	enum filter_op op;
	char value[256];
	size_t value_pos;
	size_t id; /* index of its binding in a section's table */
};

/* Which part of a column's value a field names. */
enum field_part {
	PART_WHOLE,
	PART_PORT,    /* of an endpoint: sport, dport */
	PART_ADDRESS, /* of an endpoint */
	PART_PID,     /* of a process */
	PART_NAME,    /* of a process */
};

#define LITERAL_MAX_ADDRESSES 16

/* A comparison's value, read as the type of its column. */
struct literal {
	enum {
		LIT_NUMBER,  /* numbers, ports, uids, pids, state codes */
		LIT_TEXT,    /* strings, names */
		LIT_STATE,   /* a state name or group */
		LIT_ADDRESS, /* addresses or one prefix, maybe with a port */
	} kind;
	double number;
	const char *text; /* LIT_TEXT, LIT_STATE: the node's value */
	int state_group;  /* LIT_STATE: enum in filter_literal.c; 0: name */
	/* LIT_ADDRESS */
	struct netstat_address addrs[LITERAL_MAX_ADDRESSES];
	size_t n_addrs;
	int prefix_len; /* -1: whole addresses */
	bool has_port;	/* an endpoint literal "addr:port" or ":port" */
	uint32_t port;
	bool any_address; /* ":port" and "*:port" */
	regex_t regex;
	bool has_regex;
};

/* A comparison bound in one section. */
struct binding {
	bool present; /* the section has the field */
	size_t column;
	enum field_part part;
	struct literal lit;
};

/* Resolves `name` in `s`: the column and the part of it; false when the
 * section has no such field. */
bool filter_field_find(const struct netstat_section *s, const char *name,
		       size_t *column, enum field_part *part);

/* Writes to `out` the fields of `sections` closest to `name` and the list
 * of all of them, for an unknown-field message. */
void filter_field_suggest(const struct netstat_section *const *sections,
			  size_t n, const char *name, char *did_you_mean,
			  size_t dym_size, char *all, size_t all_size);

/* Reads `node`'s value as the column type/part of `b`; 0, or a negative
 * error with the reason in err. */
int filter_literal_read(const struct filter_node *node,
			const struct netstat_column *col, struct binding *b,
			char *err, size_t err_size);
void filter_literal_free(struct literal *lit);

/* Does value `v` compare to the bound literal as node->op says? */
bool filter_literal_match(const struct filter_node *node,
			  const struct binding *b,
			  const struct netstat_value *v);

#endif
