/*
 * -p: which process holds each socket. One pass over the process
 * directories with directory fds and readlinkat(2), split into contiguous
 * slices scanned by worker threads (the cost is one readlinkat per open
 * file, all in the kernel, so it scales with cores) and started as soon as
 * the request is known, so it overlaps with loading modules and dumping
 * the sockets. The slices are merged in directory order into an
 * inode-keyed open-addressing hash table, so the first process seen for an
 * inode keeps it, as in net-tools.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/services/lines.h"
#include "core/services/programs.h"

struct slot {
	uint64_t inode; /* 0: empty (inode 0 never has an owner) */
	struct netstat_process proc;
};

static struct slot *slots;
static size_t n_slots, n_used;
/* Process names, stored once per process and shared by its sockets. */
static char **names;
static size_t n_names, cap_names;

static uint64_t mix(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdull;
	x ^= x >> 33;
	return x;
}

static int grow(void)
{
	size_t n = n_slots ? n_slots * 2 : 1024;
	struct slot *s = calloc(n, sizeof *s);
	if (!s)
		return -1;
	for (size_t i = 0; i < n_slots; i++) {
		if (!slots[i].inode)
			continue;
		size_t j = mix(slots[i].inode) & (n - 1);
		while (s[j].inode)
			j = (j + 1) & (n - 1);
		s[j] = slots[i];
	}
	free(slots);
	slots = s;
	n_slots = n;
	return 0;
}

static void insert(uint64_t inode, int32_t pid, const char *name)
{
	if ((n_used + 1) * 2 > n_slots && grow() < 0)
		return;
	size_t j = mix(inode) & (n_slots - 1);
	while (slots[j].inode) {
		if (slots[j].inode == inode)
			return; /* an earlier process keeps it */
		j = (j + 1) & (n_slots - 1);
	}
	slots[j].inode = inode;
	slots[j].proc.pid = pid;
	slots[j].proc.name = name;
	n_used++;
}

const struct netstat_process *programs_lookup(uint64_t inode)
{
	if (!n_slots || !inode)
		return NULL;
	size_t j = mix(inode) & (n_slots - 1);
	while (slots[j].inode) {
		if (slots[j].inode == inode)
			return &slots[j].proc;
		j = (j + 1) & (n_slots - 1);
	}
	return NULL;
}

/* A socket found by a worker: its process name is an index into the
 * worker's own name list until the merge. */
struct found {
	uint64_t inode;
	int32_t pid;
	uint32_t name;
};

/* One worker's slice of the process list and what it found there. */
struct slice {
	const int32_t *pids;
	size_t n_pids;
	struct found *found;
	size_t n_found, cap_found;
	char **names;
	size_t n_names, cap_names;
	bool denied;
	bool threaded; /* `thread` must be joined */
	pthread_t thread;
};

#define MAX_SLICES 4
/* Below this many processes one thread is quicker than starting more. */
#define PIDS_PER_SLICE 64

static struct {
	bool running;    /* started, not yet merged */
	bool proc_error; /* the proc root could not be listed */
	int32_t *pids;
	size_t n_pids;
	struct slice slices[MAX_SLICES];
	size_t n_slices;
} scan;

static bool push_name(struct slice *sl, char *name)
{
	if (sl->n_names == sl->cap_names) {
		size_t cap = sl->cap_names ? sl->cap_names * 2 : 64;
		char **p = realloc(sl->names, cap * sizeof *p);
		if (!p)
			return false;
		sl->names = p;
		sl->cap_names = cap;
	}
	sl->names[sl->n_names++] = name;
	return true;
}

static void push_found(struct slice *sl, uint64_t inode, int32_t pid)
{
	if (sl->n_found == sl->cap_found) {
		size_t cap = sl->cap_found ? sl->cap_found * 2 : 256;
		struct found *p = realloc(sl->found, cap * sizeof *p);
		if (!p)
			return;
		sl->found = p;
		sl->cap_found = cap;
	}
	sl->found[sl->n_found++] = (struct found){
		.inode = inode, .pid = pid, .name = (uint32_t)(sl->n_names - 1)};
}

/* argv[0] of a process: after its last '/' when it starts with '/'.
 * NULL when its cmdline cannot be read: net-tools then leaves its sockets
 * unattributed. */
static char *program_name(int pid_dir)
{
	char buf[512];
	int fd = openat(pid_dir, "cmdline", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NULL;
	ssize_t n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n < 0)
		return NULL;
	buf[n] = '\0';
	const char *name = buf;
	if (buf[0] == '/')
		name = strrchr(buf, '/') + 1;
	return strdup(name);
}

/* Socket inode named by an fd link ("socket:[N]" or "[0000]:N"), or 0. */
static uint64_t socket_inode(const char *link)
{
	const char *p;
	if (strncmp(link, "socket:[", 8) == 0)
		p = link + 8;
	else if (strncmp(link, "[0000]:", 7) == 0)
		p = link + 7;
	else
		return 0;
	uint64_t v = 0;
	if (*p < '0' || *p > '9')
		return 0;
	while (*p >= '0' && *p <= '9')
		v = v * 10 + (uint64_t)(*p++ - '0');
	return v;
}

/* Records the sockets of one process; false if access was denied. */
static bool scan_process(struct slice *sl, int proc_fd, int32_t pid)
{
	char pid_text[16];
	snprintf(pid_text, sizeof pid_text, "%d", (int)pid);
	int pid_dir = openat(proc_fd, pid_text,
			     O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (pid_dir < 0)
		return errno != EACCES;
	int fd_dir = openat(pid_dir, "fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd_dir < 0) {
		bool denied = errno == EACCES;
		close(pid_dir);
		return !denied;
	}
	DIR *d = fdopendir(fd_dir);
	if (!d) {
		close(fd_dir);
		close(pid_dir);
		return true;
	}
	int named = 0; /* 1: name pushed, -1: cmdline unreadable */
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] < '0' || de->d_name[0] > '9')
			continue;
		char link[64];
		ssize_t n = readlinkat(fd_dir, de->d_name, link,
				       sizeof link - 1);
		if (n <= 0)
			continue;
		link[n] = '\0';
		uint64_t inode = socket_inode(link);
		if (!inode)
			continue;
		if (!named) {
			char *name = program_name(pid_dir);
			named = name && push_name(sl, name) ? 1 : -1;
			if (named < 0)
				free(name);
		}
		if (named > 0)
			push_found(sl, inode, pid);
	}
	closedir(d);
	close(pid_dir);
	return true;
}

static void *scan_slice(void *arg)
{
	struct slice *sl = arg;
	int proc_fd = open(lines_root(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (proc_fd < 0)
		return NULL;
	for (size_t i = 0; i < sl->n_pids; i++)
		if (!scan_process(sl, proc_fd, sl->pids[i]))
			sl->denied = true;
	close(proc_fd);
	return NULL;
}

/* The numeric entries of the proc root, in directory order. */
static void list_pids(void)
{
	int proc_fd = open(lines_root(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d = proc_fd >= 0 ? fdopendir(proc_fd) : NULL;
	if (!d) {
		if (proc_fd >= 0)
			close(proc_fd);
		scan.proc_error = true;
		return;
	}
	size_t cap = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		const char *s = de->d_name;
		if (!*s || strspn(s, "0123456789") != strlen(s) ||
		    strlen(s) > 9)
			continue;
		if (scan.n_pids == cap) {
			cap = cap ? cap * 2 : 512;
			int32_t *p = realloc(scan.pids, cap * sizeof *p);
			if (!p)
				break;
			scan.pids = p;
		}
		scan.pids[scan.n_pids++] = (int32_t)atoi(s);
	}
	closedir(d);
}

void programs_start(void)
{
	if (scan.running)
		return;
	programs_free();
	scan.running = true;
	list_pids();
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);
	size_t n = cpus > 0 ? (size_t)cpus : 1;
	if (n > MAX_SLICES)
		n = MAX_SLICES;
	if (n > scan.n_pids / PIDS_PER_SLICE)
		n = scan.n_pids / PIDS_PER_SLICE;
	if (n == 0)
		n = 1;
	scan.n_slices = n;
	for (size_t i = 0, first = 0; i < n; i++) {
		struct slice *sl = &scan.slices[i];
		size_t count = (scan.n_pids - first) / (n - i);
		sl->pids = scan.pids + first;
		sl->n_pids = count;
		first += count;
		/* Without a thread the slice is scanned at merge time. */
		sl->threaded =
			pthread_create(&sl->thread, NULL, scan_slice, sl) == 0;
	}
}

/* Waits for every slice (scanning the unthreaded ones here). */
static void finish_slices(void)
{
	for (size_t i = 0; i < scan.n_slices; i++) {
		struct slice *sl = &scan.slices[i];
		if (sl->threaded)
			pthread_join(sl->thread, NULL);
		else
			scan_slice(sl);
		sl->threaded = false;
	}
}

static void free_slices(void)
{
	for (size_t i = 0; i < scan.n_slices; i++) {
		struct slice *sl = &scan.slices[i];
		for (size_t k = 0; k < sl->n_names; k++)
			free(sl->names[k]);
		free(sl->names);
		free(sl->found);
	}
	free(scan.pids);
	memset(&scan, 0, sizeof scan);
}

/* Takes over a slice's names; returns false when out of memory. */
static bool adopt_names(struct slice *sl)
{
	if (n_names + sl->n_names > cap_names) {
		size_t cap = cap_names ? cap_names : 256;
		while (cap < n_names + sl->n_names)
			cap *= 2;
		char **p = realloc(names, cap * sizeof *p);
		if (!p)
			return false;
		names = p;
		cap_names = cap;
	}
	memcpy(names + n_names, sl->names, sl->n_names * sizeof *names);
	n_names += sl->n_names;
	sl->n_names = 0;
	return true;
}

void programs_build(void)
{
	if (!scan.running)
		programs_start();
	finish_slices();
	bool denied = false;
	for (size_t i = 0; i < scan.n_slices; i++) {
		struct slice *sl = &scan.slices[i];
		denied |= sl->denied;
		/* The slice's name list still points at the names after
		 * they are adopted, until free_slices(). */
		if (!adopt_names(sl))
			continue;
		for (size_t k = 0; k < sl->n_found; k++)
			insert(sl->found[k].inode, sl->found[k].pid,
			       sl->names[sl->found[k].name]);
	}
	bool proc_error = scan.proc_error;
	free_slices();
	if (proc_error || (denied && n_used == 0)) {
		fprintf(stderr,
			"(No info could be read for \"-p\": geteuid()=%d but "
			"you should be root.)\n",
			(int)geteuid());
	} else if (denied) {
		fputs("(Not all processes could be identified, non-owned "
		      "process info\n will not be shown, you would have to be "
		      "root to see it all.)\n",
		      stderr);
	}
}

void programs_free(void)
{
	if (scan.running) {
		finish_slices();
		free_slices();
	}
	free(slots);
	slots = NULL;
	n_slots = n_used = 0;
	for (size_t i = 0; i < n_names; i++)
		free(names[i]);
	free(names);
	names = NULL;
	n_names = cap_names = 0;
}
