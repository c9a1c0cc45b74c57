/* Independent readers of the formats' output, to check it parses back. */
#ifndef TESTS_FORMATS_CHECKS_H
#define TESTS_FORMATS_CHECKS_H

#include <stdbool.h>
#include <stddef.h>

/*
 * True when `text` (n bytes) is exactly one RFC 8259 JSON value, with
 * optional white space around it: strict grammar, strings of well-formed
 * UTF-8 without raw control characters. On failure `err` says where.
 */
bool json_check(const char *text, size_t n, char *err, size_t err_size);

/* A CSV file read by RFC 4180's rules. */
struct csv_field {
	char *text;
	bool quoted;
};
struct csv_record {
	struct csv_field *fields;
	size_t n_fields;
};
struct csv_file {
	struct csv_record *records;
	size_t n_records;
};

/* Parses `text`; records must end in CRLF. False on a syntax error. */
bool csv_read(const char *text, struct csv_file *file);
void csv_file_free(struct csv_file *file);

#endif
