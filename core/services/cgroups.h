/* Cgroup v2 ids to paths (netstat_host_api.cgroup_path): the cgroup2
 * tree is walked once, on first use, and kept for the run. */
#ifndef CORE_CGROUPS_H
#define CORE_CGROUPS_H

#include <stddef.h>
#include <stdint.h>

/* The path below the cgroup2 mount ("/system.slice/ssh.service", "/" for
 * the root) of the cgroup whose id is `id`; NULL when no cgroup2 is
 * mounted or no cgroup has that id. */
const char *cgroups_path(uint64_t id);

/* The cgroup2 mount point found in `mountinfo` (a /proc/PID/mountinfo
 * file), written to buf; 0, or a negative errno (-ENOENT: none). */
int cgroups_find_mount(const char *mountinfo, char *buf, size_t size);

/* Frees the cache (the next lookup walks the tree again). */
void cgroups_free(void);

#endif
