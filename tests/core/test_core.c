/* The core's unit tests: one suite per area. */
#include <stddef.h>

#include "tests/check_main.h"
#include "tests/core/core_suites.h"

Suite **test_suites(void)
{
	static Suite *suites[16];
	size_t n = 0;
	suites[n++] = suite_cli();
	suites[n++] = suite_config();
	suites[n++] = suite_loader();
	suites[n++] = suite_lines();
	suites[n++] = suite_dispatch();
	suites[n++] = suite_index();
	suites[n++] = suite_registry();
	suites[n++] = suite_query();
	suites[n++] = suite_container();
	suites[n++] = suite_columns();
	suites[n++] = suite_counters();
	suites[n] = NULL;
	return suites;
}
