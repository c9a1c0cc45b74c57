/* The shared build: no module is linked into the program (see builtin.c). */
#include "core/loader/loader.h"

void loader_use_builtin_modules(void)
{
}
