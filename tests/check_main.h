/* Shared test runner: each test program implements test_suites(). */
#ifndef CHECK_MAIN_H
#define CHECK_MAIN_H

#include <check.h>

/* NULL-terminated array of the suites this program runs. */
Suite **test_suites(void);

/* Absolute path of the tests/fixtures directory (from $FIXTURES, else the
 * compiled-in source path). */
const char *fixtures_dir(void);

#endif
