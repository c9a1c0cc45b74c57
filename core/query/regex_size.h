/*
 * How big a --filter regular expression gets once compiled. glibc's
 * regcomp() builds a copy of an atom for each repetition an interval or a
 * '+' asks for, so stacked and nested repeats ("a++++...", "(a{255}){255}")
 * grow exponentially: a 100-byte expression can take gigabytes before
 * regcomp() returns. Its closure pass grows faster still where the copies
 * hold loops: "((b*)+)" nested 12 deep (4,096 atoms) takes 11 s, 9 deep
 * (512) a few milliseconds. The filter refuses those instead.
 */
#ifndef CORE_QUERY_REGEX_SIZE_H
#define CORE_QUERY_REGEX_SIZE_H

#include <stddef.h>

/* The most atoms a filter's expression may expand to. */
#define REGEX_MAX_ATOMS 1000

/* An upper bound on the atoms regcomp() would build for the extended
 * regular expression `re`, at most `limit + 1` (it stops counting
 * there). */
size_t regex_atoms(const char *re, size_t limit);

#endif
