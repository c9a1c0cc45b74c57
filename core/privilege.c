/* See privilege.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>

#include "core/privilege.h"

bool privilege_elevated(void)
{
	return getauxval(AT_SECURE) != 0;
}

const char *privilege_getenv(const char *name)
{
	if (privilege_elevated())
		return NULL;
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

/* "--config" or "--config=..." exactly, as cli/options.c matches them. */
static bool names_option(const char *arg, const char *name)
{
	size_t n = strlen(name);
	return strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
}

int privilege_check_args(int argc, char **argv)
{
	/* --output would let the caller replace any file with the
	 * program's privileges. */
	static const char *const refused[] = {"--config", "--proc-root",
					      "--output"};
	if (!privilege_elevated())
		return 0;
	for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		for (size_t k = 0; k < sizeof refused / sizeof refused[0]; k++)
			if (names_option(argv[i], refused[k])) {
				fprintf(stderr,
					"netstat: %s is not allowed in a "
					"set-uid or set-gid run\n",
					refused[k]);
				return 1;
			}
	return 0;
}
