/* Reading kernel text files below the proc root, a line at a time. */
#ifndef CORE_LINES_H
#define CORE_LINES_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/stat.h>

struct netstat_lines;

/* Sets the directory every relative path is read from ("/proc"). */
void lines_set_root(const char *root);
const char *lines_root(void);
/* Is `dir` usable as a proc root (a directory with a net/ directory)?
 * 0, or -1 with the reason ("DIR: No such file or directory") in why. */
int lines_check_root(const char *dir, char *why, size_t size);
/* Opens root/path; 0 or -errno. */
int lines_open_path(const char *path, struct netstat_lines **out);
/* Next line (see netstat_host_api.lines_next). */
const char *lines_next_line(struct netstat_lines *l, size_t *len);
void lines_close_reader(struct netstat_lines *l);
/* stat(2) of root/path; 0 or -errno. */
int lines_stat(const char *path, struct stat *st);
/* True when the root is the running kernel's own procfs: its net/ entry
 * is the very file procfs has at /proc/net (a bind mount of /proc counts).
 * Decided once per root. */
bool lines_root_is_live(void);
/* The path for messages: "/proc/<path>", whatever the root is, so messages
 * read the same on fixtures as on the live system. */
const char *lines_display(const char *path, char *buf, size_t size);

#endif
