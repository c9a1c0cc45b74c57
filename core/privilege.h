/* Set-uid and set-gid runs: what the caller may not choose. */
#ifndef CORE_PRIVILEGE_H
#define CORE_PRIVILEGE_H

#include <stdbool.h>

/* True when the kernel marked this run secure (AT_SECURE: set-uid,
 * set-gid or file capabilities): the environment and the caller's own
 * options are then not to be trusted with paths. */
bool privilege_elevated(void);

/* getenv(3) for the variables that steer netstat (NETSTAT_CONFIG,
 * NETSTAT_PLUGIN_PATH, option overrides): NULL in an elevated run, and
 * for an empty value. The one place the environment is read. */
const char *privilege_getenv(const char *name);

/*
 * In an elevated run, refuses the options that name files: --config (a
 * config chooses where modules are loaded from) and --proc-root (it would
 * read any file with the program's rights). Prints one line and returns 1;
 * returns 0 when the run may go on.
 */
int privilege_check_args(int argc, char **argv);

#endif
