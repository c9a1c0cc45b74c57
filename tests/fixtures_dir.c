/* Where fixture trees live, for tests run by make check or by hand. */
#include <stdlib.h>

#include "tests/check_main.h"

const char *fixtures_dir(void)
{
	const char *env = getenv("FIXTURES");
	return env && *env ? env : TESTS_FIXTURES_DIR;
}
