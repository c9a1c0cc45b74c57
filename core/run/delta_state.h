/* --delta's state between runs: where it lives, reading and writing it
 * safely (delta_state.c). Each returns 0 or a negative error. */
#ifndef CORE_RUN_DELTA_STATE_H
#define CORE_RUN_DELTA_STATE_H

#include <stddef.h>

#include "core/run/counters.h"

/* The state file of this user and proc root. */
int delta_state_path(char *path, size_t size);
/* Loads it into `c` (a missing file is no state). */
int delta_state_load(struct counters *c, const char *path, double now);
/* Replaces it with what `c` holds. */
int delta_state_save(const struct counters *c, const char *path);
/* --reset: removes it. */
int delta_state_reset(const char *path);

#endif
