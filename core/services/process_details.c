/* See process_details.h. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/services/container.h"
#include "core/services/process_details.h"

/* Longest command line kept; longer ones are cut there. */
#define COMMAND_LINE_MAX (64 * 1024)

struct detail {
	struct netstat_process_entry e;
	char *owned[6]; /* strings the entry points to */
};

struct process_details {
	char *root;
	bool command_lines;
	struct detail **slots; /* open addressing by pid */
	size_t n_slots, n_used;
};

struct process_details *process_details_new(const char *proc_root,
					    bool command_lines)
{
	struct process_details *d = calloc(1, sizeof *d);
	if (!d || !(d->root = strdup(proc_root))) {
		free(d);
		return NULL;
	}
	d->command_lines = command_lines;
	return d;
}

/* Reads <root>/<pid>/<file> whole (up to `max` bytes) into a new
 * NUL-terminated buffer; NULL when it cannot be read. *len: bytes read. */
static char *read_file(const struct process_details *d, int32_t pid,
		       const char *file, size_t max, size_t *len)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%d/%s", d->root, (int)pid, file);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap + 1);
	while (buf) {
		if (n == cap) {
			if (cap >= max)
				break;
			char *p = realloc(buf, cap * 2 + 1);
			if (!p) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = p;
			cap *= 2;
		}
		ssize_t r = read(fd, buf + n, cap - n);
		if (r < 0) {
			free(buf);
			buf = NULL;
		} else if (r == 0) {
			break;
		} else {
			n += (size_t)r;
		}
	}
	close(fd);
	if (buf) {
		buf[n] = '\0';
		*len = n;
	}
	return buf;
}

/* The real uid: the first number of status's "Uid:" line; -1 unknown. */
static int64_t read_uid(const struct process_details *d, int32_t pid)
{
	size_t n;
	char *status = read_file(d, pid, "status", 16384, &n);
	int64_t uid = -1;
	const char *line = status ? strstr(status, "\nUid:") : NULL;
	if (line) {
		char *end;
		unsigned long v = strtoul(line + 5, &end, 10);
		if (end != line + 5)
			uid = (int64_t)v;
	}
	free(status);
	return uid;
}

/* The cgroup v2 path: the rest of the "0::" line; NULL when none. */
static char *read_cgroup(const struct process_details *d, int32_t pid)
{
	size_t n;
	char *text = read_file(d, pid, "cgroup", 65536, &n);
	if (!text)
		return NULL;
	char *path = NULL;
	for (char *line = text; line && *line;) {
		char *next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (strncmp(line, "0::", 3) == 0) {
			path = strdup(line + 3);
			break;
		}
		line = next;
	}
	free(text);
	return path;
}

/* Arguments joined by spaces; NULL for none (a kernel thread). */
static char *read_command_line(const struct process_details *d, int32_t pid)
{
	size_t n;
	char *args = read_file(d, pid, "cmdline", COMMAND_LINE_MAX, &n);
	if (!args)
		return NULL;
	while (n && args[n - 1] == '\0')
		n--;
	for (size_t i = 0; i < n; i++)
		if (args[i] == '\0')
			args[i] = ' ';
	args[n] = '\0';
	if (!n) {
		free(args);
		return NULL;
	}
	return args;
}

static char *keep(struct detail *x, size_t i, const char *s)
{
	if (!s || !*s)
		return NULL;
	x->owned[i] = strdup(s);
	return x->owned[i];
}

static struct detail *read_detail(const struct process_details *d, int32_t pid,
				  const char *name)
{
	struct detail *x = calloc(1, sizeof *x);
	if (!x)
		return NULL;
	x->e.pid = pid;
	x->e.name = keep(x, 0, name);
	x->e.uid = read_uid(d, pid);
	if (d->command_lines)
		x->e.command_line = x->owned[1] = read_command_line(d, pid);
	x->e.cgroup = x->owned[2] = read_cgroup(d, pid);
	struct container_info c;
	if (x->e.cgroup && container_parse(x->e.cgroup, &c)) {
		x->e.container_runtime = c.runtime;
		x->e.container_id = keep(x, 3, c.id);
		x->e.pod_uid = keep(x, 4, c.pod_uid);
		x->e.unit = keep(x, 5, c.unit);
	}
	return x;
}

static size_t slot_of(size_t n_slots, int32_t pid)
{
	return ((uint32_t)pid * 2654435761u) & (n_slots - 1);
}

static int grow(struct process_details *d)
{
	size_t n = d->n_slots ? d->n_slots * 2 : 256;
	struct detail **s = calloc(n, sizeof *s);
	if (!s)
		return -1;
	for (size_t i = 0; i < d->n_slots; i++) {
		if (!d->slots[i])
			continue;
		size_t j = slot_of(n, d->slots[i]->e.pid);
		while (s[j])
			j = (j + 1) & (n - 1);
		s[j] = d->slots[i];
	}
	free(d->slots);
	d->slots = s;
	d->n_slots = n;
	return 0;
}

const struct netstat_process_entry *
process_details_get(struct process_details *d, int32_t pid, const char *name)
{
	if ((d->n_used + 1) * 2 > d->n_slots && grow(d) < 0)
		return NULL;
	size_t j = slot_of(d->n_slots, pid);
	while (d->slots[j]) {
		if (d->slots[j]->e.pid == pid)
			return &d->slots[j]->e;
		j = (j + 1) & (d->n_slots - 1);
	}
	struct detail *x = read_detail(d, pid, name);
	if (!x)
		return NULL;
	d->slots[j] = x;
	d->n_used++;
	return &x->e;
}

void process_details_free(struct process_details *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->n_slots; i++) {
		struct detail *x = d->slots[i];
		if (!x)
			continue;
		for (size_t k = 0; k < sizeof x->owned / sizeof x->owned[0];
		     k++)
			free(x->owned[k]);
		free(x);
	}
	free(d->slots);
	free(d->root);
	free(d);
}
