/*
 * Cgroup v2 ids to paths. A cgroup's id (what INET_DIAG_CGROUP_ID and
 * bpf report) is the inode number of its directory on the cgroup2 file
 * system, so one walk of the tree maps every id to its path. The mount
 * is found in /proc/self/mountinfo: /sys/fs/cgroup on a pure v2 system,
 * /sys/fs/cgroup/unified on a hybrid one.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/services/cgroups.h"

/* Deeper trees are cut here rather than exhausting descriptors. */
#define MAX_DEPTH 32

struct entry {
	uint64_t id;
	char *path;
};

static struct {
	bool walked;
	struct entry *v; /* sorted by id after the walk */
	size_t n, cap;
} cache;

/* mountinfo writes blanks, tabs, newlines and backslashes as \ooo. */
static void unescape(char *s)
{
	char *w = s;
	for (char *r = s; *r; r++) {
		if (r[0] == '\\' && r[1] >= '0' && r[1] <= '3' && r[2] >= '0' &&
		    r[2] <= '7' && r[3] >= '0' && r[3] <= '7') {
			*w++ = (char)((r[1] - '0') * 64 + (r[2] - '0') * 8 +
				      (r[3] - '0'));
			r += 3;
		} else {
			*w++ = *r;
		}
	}
	*w = '\0';
}

int cgroups_find_mount(const char *mountinfo, char *buf, size_t size)
{
	FILE *f = fopen(mountinfo, "re");
	if (!f)
		return -errno;
	char *line = NULL;
	size_t cap = 0;
	int rc = -ENOENT;
	while (rc == -ENOENT && getline(&line, &cap, f) > 0) {
		/* ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTS... - FSTYPE SRC */
		char *sep = strstr(line, " - ");
		if (!sep || strncmp(sep + 3, "cgroup2 ", 8) != 0)
			continue;
		char *save = NULL, *field = strtok_r(line, " ", &save);
		for (int i = 0; field && i < 4; i++)
			field = strtok_r(NULL, " ", &save);
		if (!field)
			continue;
		unescape(field);
		if (strlen(field) >= size)
			continue;
		strcpy(buf, field);
		rc = 0;
	}
	free(line);
	fclose(f);
	return rc;
}

static void add(uint64_t id, const char *path)
{
	if (cache.n == cache.cap) {
		size_t cap = cache.cap ? cache.cap * 2 : 128;
		struct entry *p = realloc(cache.v, cap * sizeof *p);
		if (!p)
			return;
		cache.v = p;
		cache.cap = cap;
	}
	char *copy = strdup(path);
	if (!copy)
		return;
	cache.v[cache.n++] = (struct entry){id, copy};
}

/* Records directory `fd` as `path`, then its subdirectories. */
static void walk(int fd, char *path, size_t len, size_t size, int depth)
{
	struct stat st;
	if (fstat(fd, &st) == 0)
		add((uint64_t)st.st_ino, len ? path : "/");
	DIR *d = depth < MAX_DEPTH ? fdopendir(fd) : NULL;
	if (!d) {
		close(fd);
		return;
	}
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_type != DT_DIR || !strcmp(e->d_name, ".") ||
		    !strcmp(e->d_name, ".."))
			continue;
		size_t n = strlen(e->d_name);
		if (len + 1 + n >= size)
			continue;
		int sub = openat(dirfd(d), e->d_name,
				 O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (sub < 0)
			continue;
		path[len] = '/';
		memcpy(path + len + 1, e->d_name, n + 1);
		walk(sub, path, len + 1 + n, size, depth + 1);
		path[len] = '\0';
	}
	closedir(d);
}

static int by_id(const void *a, const void *b)
{
	uint64_t x = ((const struct entry *)a)->id,
		 y = ((const struct entry *)b)->id;
	return x < y ? -1 : x > y;
}

static void walk_once(void)
{
	cache.walked = true;
	char mount[4096];
	if (cgroups_find_mount("/proc/self/mountinfo", mount, sizeof mount))
		return;
	int fd = open(mount, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd < 0)
		return;
	char path[4096] = "";
	walk(fd, path, 0, sizeof path, 0);
	if (cache.n)
		qsort(cache.v, cache.n, sizeof *cache.v, by_id);
}

const char *cgroups_path(uint64_t id)
{
	if (!cache.walked)
		walk_once();
	if (!cache.n)
		return NULL;
	struct entry key = {.id = id};
	const struct entry *e =
		bsearch(&key, cache.v, cache.n, sizeof *cache.v, by_id);
	return e ? e->path : NULL;
}

void cgroups_free(void)
{
	for (size_t i = 0; i < cache.n; i++)
		free(cache.v[i].path);
	free(cache.v);
	memset(&cache, 0, sizeof cache);
}
