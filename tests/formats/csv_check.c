/* An RFC 4180 reader, for tests only: CRLF record ends, "" inside quotes. */
#include <stdlib.h>
#include <string.h>

#include "tests/formats/checks.h"

/* A checker, left out of the fuzzer's coverage (clang): the runs and the
 * corpus go to the code under test, not to the test's own reader. */
#ifdef __clang__
#pragma clang attribute push(__attribute__((no_sanitize("coverage"))),         \
			     apply_to = function)
#endif

/* Room for fields doubles at 8, 16, 32, ...: a realloc per field was most
 * of what the formats fuzz harness spent reading its CSV back. */
static void add_field(struct csv_record *rec, const char *s, size_t n,
		      bool quoted)
{
	size_t have = rec->n_fields;
	if (have == 0 || (have >= 8 && (have & (have - 1)) == 0))
		rec->fields = realloc(rec->fields, (have ? 2 * have : 8) *
							   sizeof *rec->fields);
	char *t = malloc(n + 1);
	memcpy(t, s, n);
	t[n] = '\0';
	rec->fields[rec->n_fields].text = t;
	rec->fields[rec->n_fields++].quoted = quoted;
}

bool csv_read(const char *p, struct csv_file *file)
{
	memset(file, 0, sizeof *file);
	size_t cap = strlen(p) + 1;
	char *buf = malloc(cap);
	while (*p) {
		file->records =
			realloc(file->records,
				(file->n_records + 1) * sizeof *file->records);
		struct csv_record *rec = &file->records[file->n_records++];
		memset(rec, 0, sizeof *rec);
		for (;;) {
			size_t n = 0;
			bool quoted = *p == '"';
			if (quoted) {
				for (p++;; p++) {
					if (!*p)
						goto bad;
					if (*p == '"' && p[1] == '"')
						buf[n++] = *p++;
					else if (*p == '"')
						break;
					else
						buf[n++] = *p;
				}
				p++;
			} else {
				while (*p && *p != ',' && *p != '\r' &&
				       *p != '\n' && *p != '"')
					buf[n++] = *p++;
				if (*p == '"')
					goto bad;
			}
			add_field(rec, buf, n, quoted);
			if (*p == ',') {
				p++;
				continue;
			}
			if (p[0] == '\r' && p[1] == '\n') {
				p += 2;
				break;
			}
			goto bad;
		}
	}
	free(buf);
	return true;
bad:
	free(buf);
	return false;
}

void csv_file_free(struct csv_file *file)
{
	for (size_t r = 0; r < file->n_records; r++) {
		for (size_t f = 0; f < file->records[r].n_fields; f++)
			free(file->records[r].fields[f].text);
		free(file->records[r].fields);
	}
	free(file->records);
	memset(file, 0, sizeof *file);
}

#ifdef __clang__
#pragma clang attribute pop
#endif
