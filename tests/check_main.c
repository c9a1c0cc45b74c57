/*
 * Shared main() for every Check test program: runs the program's suites and
 * reports TAP on stdout (for automake's tap-driver). Each program defines
 * test_suites(), returning a NULL-terminated array of suites.
 */
#include <check.h>
#include <stdlib.h>

#include "tests/check_main.h"

int main(void)
{
	Suite **suites = test_suites();
	SRunner *runner = srunner_create(suites[0]);
	for (size_t i = 1; suites[i]; i++)
		srunner_add_suite(runner, suites[i]);
	if (!getenv("CK_TAP_LOG_FILE_NAME"))
		srunner_set_tap(runner, "-");
	srunner_run_all(runner, CK_ENV);
	int failed = srunner_ntests_failed(runner);
	srunner_free(runner);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
