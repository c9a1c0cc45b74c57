/*
 * Finding network namespaces and labelling them: the names bind-mounted
 * under /run/netns (ip netns) and /run/docker/netns (Docker), and one
 * process in each from /proc/PID/ns/net. See netns.h.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/vfs.h>

#include "core/netns/netns.h"
#include "core/netns/netns_private.h"

#ifndef NSFS_MAGIC
#define NSFS_MAGIC 0x6e736673
#endif

static const char *const name_dirs[] = {"/run/netns", "/run/docker/netns"};

bool netns_is_nsfs(const char *path)
{
	struct statfs sf;
	return statfs(path, &sf) == 0 && sf.f_type == NSFS_MAGIC;
}

bool netns_fd_is_nsfs(int fd)
{
	struct statfs sf;
	return fstatfs(fd, &sf) == 0 && sf.f_type == NSFS_MAGIC;
}

static struct netns_entry *find(struct netns_list *l, const struct stat *st)
{
	for (size_t i = 0; i < l->n; i++)
		if (l->entries[i].inode == (uint64_t)st->st_ino &&
		    l->entries[i].dev == (uint64_t)st->st_dev)
			return &l->entries[i];
	return NULL;
}

/* The entry of the namespace `st` describes, added when new; NULL when
 * out of memory. */
static struct netns_entry *find_or_add(struct netns_list *l,
				       const struct stat *st, const char *path)
{
	struct netns_entry *e = find(l, st);
	if (e)
		return e;
	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 16;
		void *p = realloc(l->entries, cap * sizeof *l->entries);
		if (!p)
			return NULL;
		l->entries = p;
		l->cap = cap;
	}
	e = &l->entries[l->n++];
	memset(e, 0, sizeof *e);
	e->inode = (uint64_t)st->st_ino;
	e->dev = (uint64_t)st->st_dev;
	snprintf(e->path, sizeof e->path, "%s", path);
	return e;
}

static void add_name(struct netns_entry *e, const char *name)
{
	size_t len = strlen(e->names);
	if (len + strlen(name) + 3 >= sizeof e->names)
		return; /* a label, not an index: the first names will do */
	snprintf(e->names + len, sizeof e->names - len, "%s%s", len ? ", " : "",
		 name);
}

/* Reads the first line of `path` starting with `prefix` (or the first
 * line when prefix is ""), without the prefix and the newline. */
static void read_line(const char *path, const char *prefix, char *out,
		      size_t size)
{
	out[0] = '\0';
	FILE *f = fopen(path, "re");
	if (!f)
		return;
	char line[1024];
	size_t n = strlen(prefix);
	while (fgets(line, sizeof line, f))
		if (strncmp(line, prefix, n) == 0) {
			line[strcspn(line, "\n")] = '\0';
			snprintf(out, size, "%s", line + n);
			break;
		}
	fclose(f);
}

void netns_label_process(struct netns_entry *e, pid_t pid)
{
	char path[64];
	e->pid = pid;
	snprintf(path, sizeof path, "/proc/%d/comm", (int)pid);
	read_line(path, "", e->command, sizeof e->command);
	snprintf(path, sizeof path, "/proc/%d/cgroup", (int)pid);
	read_line(path, "0::", e->cgroup, sizeof e->cgroup);
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* The names in `dir` (sorted, for stable labels); `only` limits them to
 * one namespace's entry (NULL: add every namespace found). */
static int scan_names(struct netns_list *l, const char *dir,
		      const struct stat *only)
{
	struct dirent **names;
	int n = scandir(dir, &names, NULL, by_name);
	if (n < 0)
		return 0; /* no such directory: no names there */
	int rc = 0;
	for (int i = 0; i < n; i++) {
		const char *name = names[i]->d_name;
		char path[NETNS_TEXT_MAX];
		struct stat st;
		if (name[0] != '.' &&
		    snprintf(path, sizeof path, "%s/%s", dir, name) <
			    (int)sizeof path &&
		    stat(path, &st) == 0 && netns_is_nsfs(path) &&
		    (!only || (st.st_ino == only->st_ino &&
			       st.st_dev == only->st_dev))) {
			/* A name left behind by a namespace that is gone is
			 * a plain file, not nsfs: not a namespace. */
			struct netns_entry *e = find_or_add(l, &st, path);
			if (!e)
				rc = -ENOMEM;
			else
				add_name(e, name);
		}
		free(names[i]);
	}
	free(names);
	return rc;
}

/* One process per namespace from /proc/PID/ns/net (the lowest pid:
 * /proc lists them in order); `only` as for scan_names. */
static int scan_processes(struct netns_list *l, const struct stat *only)
{
	DIR *d = opendir("/proc");
	if (!d)
		return -errno;
	int rc = 0;
	struct dirent *de;
	while (rc == 0 && (de = readdir(d))) {
		char *end;
		long pid = strtol(de->d_name, &end, 10);
		if (*end || pid <= 0)
			continue;
		char path[64];
		struct stat st;
		snprintf(path, sizeof path, "/proc/%ld/ns/net", pid);
		if (stat(path, &st) < 0)
			continue; /* gone, or not ours to see */
		if (only &&
		    (st.st_ino != only->st_ino || st.st_dev != only->st_dev))
			continue;
		struct netns_entry *e = find_or_add(l, &st, path);
		if (!e)
			rc = -ENOMEM;
		else if (!e->pid)
			netns_label_process(e, (pid_t)pid);
		if (only && e && e->pid)
			break;
	}
	closedir(d);
	return rc;
}

static int host_first(const void *a, const void *b)
{
	const struct netns_entry *x = a, *y = b;
	if (x->host != y->host)
		return x->host ? -1 : 1;
	if (x->inode != y->inode)
		return x->inode < y->inode ? -1 : 1;
	return x->dev < y->dev ? -1 : x->dev > y->dev;
}

static void mark_host(struct netns_list *l)
{
	struct stat self;
	if (stat("/proc/self/ns/net", &self) < 0)
		return;
	struct netns_entry *e = find_or_add(l, &self, "/proc/self/ns/net");
	if (e)
		e->host = true;
}

int netns_discover(struct netns_list *out)
{
	memset(out, 0, sizeof *out);
	mark_host(out);
	int rc = 0;
	for (size_t i = 0; i < sizeof name_dirs / sizeof *name_dirs && !rc; i++)
		rc = scan_names(out, name_dirs[i], NULL);
	if (rc == 0)
		rc = scan_processes(out, NULL);
	if (rc < 0 && rc != -ENOMEM)
		rc = 0; /* no /proc: the names alone */
	if (rc < 0) {
		netns_list_free(out);
		return rc;
	}
	if (out->n)
		qsort(out->entries, out->n, sizeof *out->entries, host_first);
	return 0;
}

int netns_label(struct netns_entry *e, const struct stat *st)
{
	struct netns_list l = {0};
	struct stat self;
	if (stat("/proc/self/ns/net", &self) == 0 &&
	    self.st_ino == st->st_ino && self.st_dev == st->st_dev)
		e->host = true;
	int rc = 0;
	for (size_t i = 0; i < sizeof name_dirs / sizeof *name_dirs && !rc; i++)
		rc = scan_names(&l, name_dirs[i], st);
	if (rc == 0 && !e->pid)
		rc = scan_processes(&l, st);
	if (rc == 0 && l.n) {
		snprintf(e->names, sizeof e->names, "%s", l.entries[0].names);
		if (!e->pid && l.entries[0].pid) {
			e->pid = l.entries[0].pid;
			memcpy(e->command, l.entries[0].command,
			       sizeof e->command);
			memcpy(e->cgroup, l.entries[0].cgroup,
			       sizeof e->cgroup);
		}
	}
	netns_list_free(&l);
	return rc < 0 && rc != -ENOMEM ? 0 : rc;
}

void netns_list_free(struct netns_list *list)
{
	free(list->entries);
	memset(list, 0, sizeof *list);
}

const char *netns_first_name(const struct netns_entry *e, char *buf,
			     size_t size)
{
	if (!e->names[0])
		return NULL;
	snprintf(buf, size, "%.*s", (int)strcspn(e->names, ","), e->names);
	return buf;
}
