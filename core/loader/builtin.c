/*
 * The static build (--enable-static-modules, docs/static.md): every
 * in-tree module is linked into netstat, and core/static/ generates the
 * table of their descriptors in libltdl's lt_preloaded_symbols form.
 * Handing it to libltdl lets the preopen loader find them by name.
 */
#include <ltdl.h>

#include "core/loader/loader.h"

void loader_use_builtin_modules(void)
{
	LTDL_SET_PRELOADED_SYMBOLS();
}
