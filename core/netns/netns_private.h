/* Shared between the netns files (not for the rest of the core). */
#ifndef CORE_NETNS_PRIVATE_H
#define CORE_NETNS_PRIVATE_H

#include <stdbool.h>
#include <sys/stat.h>

#include "core/netns/netns.h"

/* True when `path` is a file of the nsfs filesystem. */
bool netns_is_nsfs(const char *path);
bool netns_fd_is_nsfs(int fd);
/* Labels `e`, the namespace `st` describes: host flag, names, and (when
 * e->pid is 0) a process in it. 0 or -ENOMEM. */
int netns_label(struct netns_entry *e, const struct stat *st);
/* e->pid = pid, with its command and cgroup. */
void netns_label_process(struct netns_entry *e, pid_t pid);

#endif
