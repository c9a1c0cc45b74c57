/*
 * Field names of --filter: a column key, or a name that means a column by
 * what it is (its role or type), so the same words work for every family:
 * src/dst are the local and remote ends, sport/dport their ports, pid and
 * program the process column's two halves.
 */
#include <stdio.h>
#include <string.h>

#include "core/query/filter_ast.h"

static const struct {
	const char *name;
	uint32_t role; /* NETSTAT_ROLE_*, or 0 */
	uint32_t type; /* else the first column of this type */
	enum field_part part;
} aliases[] = {
	{"src", NETSTAT_ROLE_LOCAL, 0, PART_WHOLE},
	{"dst", NETSTAT_ROLE_REMOTE, 0, PART_WHOLE},
	{"sport", NETSTAT_ROLE_LOCAL, 0, PART_PORT},
	{"dport", NETSTAT_ROLE_REMOTE, 0, PART_PORT},
	{"pid", 0, NETSTAT_T_PROCESS, PART_PID},
	{"program", 0, NETSTAT_T_PROCESS, PART_NAME},
};

bool filter_field_find(const struct netstat_section *s, const char *name,
		       size_t *column, enum field_part *part)
{
	for (size_t i = 0; i < s->n_columns; i++)
		if (s->columns[i].key && !strcmp(s->columns[i].key, name)) {
			*column = i;
			*part = PART_WHOLE;
			return true;
		}
	for (size_t a = 0; a < sizeof aliases / sizeof aliases[0]; a++) {
		if (strcmp(aliases[a].name, name))
			continue;
		for (size_t i = 0; i < s->n_columns; i++) {
			const struct netstat_column *c = &s->columns[i];
			bool fits = aliases[a].role
					    ? c->role == aliases[a].role
					    : c->type == aliases[a].type;
			if (!fits)
				continue;
			/* Ports only where the end has one. */
			if (aliases[a].part == PART_PORT &&
			    c->type != NETSTAT_T_ENDPOINT)
				continue;
			*column = i;
			*part = aliases[a].part;
			return true;
		}
	}
	return false;
}

/* Edit distance with adjacent transpositions counting one ("dprot" is one
 * step from "dport"), for "did you mean". */
static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la > 63 || lb > 63)
		return 99;
	size_t d[64][64];
	for (size_t i = 0; i <= la; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= la; i++)
		for (size_t j = 1; j <= lb; j++) {
			size_t best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	return d[la][lb];
}

/* Is `word` an item of the ", "-separated list `all`? */
static bool listed(const char *all, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = all; (p = strstr(p, word)); p += n)
		if ((p == all || p[-1] == ' ') && (p[n] == ',' || !p[n]))
			return true;
	return false;
}

static void consider(const char *candidate, const char *name, size_t *best,
		     char *dym, size_t dym_size, char *all, size_t all_size)
{
	if (!candidate || listed(all, candidate))
		; /* already there */
	else if (strlen(all) + strlen(candidate) + 3 < all_size)
		snprintf(all + strlen(all), all_size - strlen(all), "%s%s",
			 all[0] ? ", " : "", candidate);
	size_t d = candidate ? distance(name, candidate) : 99;
	size_t limit = strlen(name) < 5 ? 1 : 2;
	if (d <= limit && d < *best) {
		*best = d;
		snprintf(dym, dym_size, "%s", candidate);
	}
}

void filter_field_suggest(const struct netstat_section *const *sections,
			  size_t n, const char *name, char *did_you_mean,
			  size_t dym_size, char *all, size_t all_size)
{
	size_t best = 99;
	did_you_mean[0] = all[0] = '\0';
	for (size_t s = 0; s < n; s++) {
		for (size_t c = 0; c < sections[s]->n_columns; c++)
			consider(sections[s]->columns[c].key, name, &best,
				 did_you_mean, dym_size, all, all_size);
		for (size_t a = 0; a < sizeof aliases / sizeof aliases[0];
		     a++) {
			size_t col;
			enum field_part part;
			if (filter_field_find(sections[s], aliases[a].name,
					      &col, &part))
				consider(aliases[a].name, name, &best,
					 did_you_mean, dym_size, all, all_size);
		}
	}
}
