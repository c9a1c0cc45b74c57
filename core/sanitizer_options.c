/*
 * Linked into netstat only in sanitizer builds (configure
 * --enable-sanitizers): the sanitizer's run-time defaults.
 */
#include <unistd.h>

const char *__asan_default_options(void);

const char *__asan_default_options(void)
{
	/* Under a fixture /proc (the conformance cases) LeakSanitizer cannot
	 * list the threads it must stop, and ASAN_OPTIONS cannot be read:
	 * leaks are checked by the runs that see the real /proc. */
	if (access("/proc/self/task", R_OK) != 0)
		return "detect_leaks=0";
	return "";
}
