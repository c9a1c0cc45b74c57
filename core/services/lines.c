/*
 * A buffered line reader for /proc files: one read(2) per 64 KiB instead of
 * stdio per line, lines handed out in place. Lines longer than the buffer
 * grow it (kernel files never have them; hostile fixtures may).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "core/services/lines.h"

#ifndef PROC_SUPER_MAGIC
#define PROC_SUPER_MAGIC 0x9fa0
#endif

#define CHUNK (64 * 1024)
/* Past this a line is cut: nothing in /proc is this long. */
#define MAX_LINE (16 * 1024 * 1024)

struct netstat_lines {
	int fd;
	char *buf;
	size_t cap;   /* allocated */
	size_t start; /* first unread byte */
	size_t end;   /* one past the last byte read */
	int eof;
	int skipping; /* dropping the rest of a line longer than MAX_LINE */
};

static char root[4096] = "/proc";
static int root_live = -1; /* lines_root_is_live(), once known */

void lines_set_root(const char *dir)
{
	root_live = -1;
	snprintf(root, sizeof root, "%s", dir);
	size_t n = strlen(root);
	while (n > 1 && root[n - 1] == '/')
		root[--n] = '\0';
}

const char *lines_root(void)
{
	return root;
}

static void full_path(const char *path, char *buf, size_t size)
{
	snprintf(buf, size, "%s/%s", root, path);
}

int lines_open_path(const char *path, struct netstat_lines **out)
{
	char full[4096 + 256];
	full_path(path, full, sizeof full);
	int fd = open(full, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	struct netstat_lines *l = calloc(1, sizeof *l);
	if (l)
		l->buf = malloc(CHUNK + 1);
	if (!l || !l->buf) {
		if (l)
			free(l);
		close(fd);
		return -ENOMEM;
	}
	l->fd = fd;
	l->cap = CHUNK;
	*out = l;
	return 0;
}

/* Reads more bytes after `end`; returns bytes read, 0 at EOF. */
static ssize_t refill(struct netstat_lines *l)
{
	if (l->start > 0 && l->start == l->end) {
		l->start = l->end = 0;
	} else if (l->start > 0 && l->end == l->cap) {
		memmove(l->buf, l->buf + l->start, l->end - l->start);
		l->end -= l->start;
		l->start = 0;
	}
	if (l->end == l->cap) {
		size_t cap = l->cap * 2;
		char *p = cap <= MAX_LINE ? realloc(l->buf, cap + 1) : NULL;
		if (!p)
			return -1; /* caller cuts the line here */
		l->buf = p;
		l->cap = cap;
	}
	ssize_t n;
	do
		n = read(l->fd, l->buf + l->end, l->cap - l->end);
	while (n < 0 && errno == EINTR);
	if (n <= 0) {
		/* A directory or a read error ends the file, as stdio would. */
		l->eof = 1;
		return 0;
	}
	l->end += (size_t)n;
	return n;
}

const char *lines_next_line(struct netstat_lines *l, size_t *len)
{
	for (;;) {
		char *line = l->buf + l->start;
		char *nl = memchr(line, '\n', l->end - l->start);
		if (l->skipping) {
			/* Dropping the tail of a line that was cut. */
			if (nl) {
				l->start = (size_t)(nl - l->buf) + 1;
				l->skipping = 0;
			} else if (l->eof) {
				return NULL;
			} else {
				l->start = l->end;
				refill(l);
			}
			continue;
		}
		if (!nl && !l->eof) {
			if (refill(l) >= 0)
				continue;
			/* Longer than MAX_LINE: cut it here. */
			l->skipping = 1;
			line = l->buf + l->start;
			nl = l->buf + l->end;
		} else if (!nl) {
			if (l->start == l->end)
				return NULL;
			nl = l->buf + l->end; /* last line, no newline */
		}
		size_t n = (size_t)(nl - line);
		l->start = nl < l->buf + l->end ? (size_t)(nl - l->buf) + 1
						: l->end;
		line[n] = '\0';
		/* NUL bytes inside a line would end it early for every
		 * string function: make them visible as spaces. */
		for (char *z = memchr(line, '\0', n); z;
		     z = memchr(z, '\0', n - (size_t)(z - line)))
			*z = ' ';
		if (len)
			*len = n;
		return line;
	}
}

void lines_close_reader(struct netstat_lines *l)
{
	if (!l)
		return;
	close(l->fd);
	free(l->buf);
	free(l);
}

int lines_stat(const char *path, struct stat *st)
{
	char full[4096 + 256];
	full_path(path, full, sizeof full);
	return stat(full, st) == 0 ? 0 : -errno;
}

const char *lines_display(const char *path, char *buf, size_t size)
{
	snprintf(buf, size, "/proc/%s", path);
	return buf;
}

bool lines_root_is_live(void)
{
	if (root_live < 0) {
		struct stat ours, real;
		struct statfs fs;
		root_live = statfs("/proc/net", &fs) == 0 &&
			    fs.f_type == PROC_SUPER_MAGIC &&
			    lines_stat("net/dev", &ours) == 0 &&
			    stat("/proc/net/dev", &real) == 0 &&
			    ours.st_dev == real.st_dev &&
			    ours.st_ino == real.st_ino;
	}
	return root_live == 1;
}

int lines_check_root(const char *dir, char *why, size_t size)
{
	struct stat st;
	char net[PATH_MAX];
	if (stat(dir, &st) != 0) {
		snprintf(why, size, "%s: %s", dir, strerror(errno));
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		snprintf(why, size, "%s: %s", dir, strerror(ENOTDIR));
		return -1;
	}
	snprintf(net, sizeof net, "%s/net", dir);
	if (stat(net, &st) != 0 || !S_ISDIR(st.st_mode)) {
		snprintf(why, size, "%s: no net/ directory (not a proc tree)",
			 dir);
		return -1;
	}
	return 0;
}
