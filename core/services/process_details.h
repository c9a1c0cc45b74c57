/* What /proc says about one process beyond its name: its user, command
 * line, cgroup v2 path and, from that, its container and systemd unit.
 * Read once per process and kept until freed. */
#ifndef CORE_PROCESS_DETAILS_H
#define CORE_PROCESS_DETAILS_H

#include <stdbool.h>
#include <stdint.h>

#include <netstat/value.h>

struct process_details;

/* A cache reading below `proc_root`; command lines only when
 * `command_lines`. NULL when out of memory. */
struct process_details *process_details_new(const char *proc_root,
					    bool command_lines);
/* The entry of process `pid`, named `name` by the -p scan (kept as the
 * entry's name, so the list agrees with the -p column); NULL when out of
 * memory. Fields /proc no longer gives (the process exited) are unknown. */
const struct netstat_process_entry *
process_details_get(struct process_details *d, int32_t pid, const char *name);
void process_details_free(struct process_details *d);

#endif
