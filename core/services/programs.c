/*
 * -p: which process holds each socket. One pass over the process
 * directories with directory fds and readlinkat(2); an inode-keyed
 * open-addressing hash table; the first process seen for an inode keeps it
 * (as net-tools does). Every (inode, process) pair is kept too, for the
 * structured list of all holders (programs_holders()).
 */
#include <dirent.h>
#include <stdbool.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/services/lines.h"
#include "core/services/process_details.h"
#include "core/services/programs.h"

/*
 * The map is what -p costs in memory at a million sockets, so a slot is
 * 8 bytes: the inode's low 32 bits and the index of its process in
 * procs[]. Socket inodes fit 32 bits (the kernel numbers them with
 * get_next_ino()); one that does not is kept whole in wide[] and its slot
 * says so (WIDE bit), so the map stays exact either way.
 */
struct slot {
	uint32_t key;	/* inode, low 32 bits */
	uint32_t value; /* index in procs[], or WIDE | index in wide[] */
};
#define WIDE 0x80000000u

struct wide_inode {
	uint64_t inode;
	uint32_t proc;
};

static struct slot *slots;
static size_t n_slots, n_used;
/* The processes that hold a socket, in scan order. */
static struct netstat_process *procs;
static size_t n_procs, cap_procs;
static struct wide_inode *wide;
static size_t n_wide, cap_wide;
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

static bool slot_empty(const struct slot *s)
{
	return s->key == 0 && s->value == 0; /* inode 0 has no owner */
}

/* The process index of a used slot, if it is the one of `inode`. */
static bool slot_is(const struct slot *s, uint64_t inode)
{
	if (s->key != (uint32_t)inode)
		return false;
	if (s->value & WIDE)
		return wide[s->value & ~WIDE].inode == inode;
	return inode >> 32 == 0;
}

static uint32_t slot_proc(const struct slot *s)
{
	return s->value & WIDE ? wide[s->value & ~WIDE].proc : s->value;
}

static int grow(void)
{
	size_t n = n_slots ? n_slots * 2 : 1024;
	struct slot *s = calloc(n, sizeof *s);
	if (!s)
		return -1;
	for (size_t i = 0; i < n_slots; i++) {
		if (slot_empty(&slots[i]))
			continue;
		size_t j = mix(slots[i].key) & (n - 1);
		while (!slot_empty(&s[j]))
			j = (j + 1) & (n - 1);
		s[j] = slots[i];
	}
	free(slots);
	slots = s;
	n_slots = n;
	return 0;
}

/* Index in procs[] of a new process holding sockets, or -1. */
static int64_t add_proc(int32_t pid, const char *name)
{
	if (n_procs == cap_procs) {
		size_t cap = cap_procs ? cap_procs * 2 : 64;
		struct netstat_process *p = realloc(procs, cap * sizeof *p);
		if (!p)
			return -1;
		procs = p;
		cap_procs = cap;
	}
	procs[n_procs] = (struct netstat_process){pid, name};
	return (int64_t)n_procs++;
}

/* The value of a slot for `inode`: the process index, or for an inode
 * past 32 bits its place in wide[]. */
static bool slot_value(uint64_t inode, uint32_t proc, uint32_t *value)
{
	if (inode >> 32 == 0) {
		*value = proc;
		return true;
	}
	if (n_wide == cap_wide) {
		size_t cap = cap_wide ? cap_wide * 2 : 64;
		struct wide_inode *p = realloc(wide, cap * sizeof *p);
		if (!p)
			return false;
		wide = p;
		cap_wide = cap;
	}
	wide[n_wide] = (struct wide_inode){inode, proc};
	*value = WIDE | (uint32_t)n_wide++;
	return true;
}

/* Every socket of every process, in scan order; sorted by inode when the
 * holders are first asked for. */
struct holder {
	uint64_t inode;
	size_t order; /* scan position: keeps pid order within an inode */
	int32_t pid;
	const char *name;
};
static struct holder *holders;
static size_t n_holders, cap_holders;
static bool holders_sorted;
static bool keep_holders; /* programs_build's all_holders */
static struct process_details *details;
/* The entry of each pair, once asked for; parallel to holders. */
static const struct netstat_process_entry **entries;

static void add_holder(uint64_t inode, int32_t pid, const char *name)
{
	if (!keep_holders)
		return;
	if (n_holders == cap_holders) {
		size_t cap = cap_holders ? cap_holders * 2 : 1024;
		struct holder *p = realloc(holders, cap * sizeof *p);
		if (!p)
			return;
		holders = p;
		cap_holders = cap;
	}
	holders[n_holders] = (struct holder){inode, n_holders, pid, name};
	n_holders++;
}

static void insert(uint64_t inode, int32_t pid, const char *name, uint32_t proc)
{
	add_holder(inode, pid, name);
	if ((n_used + 1) * 2 > n_slots && grow() < 0)
		return;
	size_t j = mix((uint32_t)inode) & (n_slots - 1);
	while (!slot_empty(&slots[j])) {
		if (slot_is(&slots[j], inode))
			return; /* an earlier process keeps it */
		j = (j + 1) & (n_slots - 1);
	}
	uint32_t value;
	if (!slot_value(inode, proc, &value))
		return;
	slots[j].key = (uint32_t)inode;
	slots[j].value = value;
	n_used++;
}

const struct netstat_process *programs_lookup(uint64_t inode)
{
	if (!n_slots || !inode)
		return NULL;
	size_t j = mix((uint32_t)inode) & (n_slots - 1);
	while (!slot_empty(&slots[j])) {
		if (slot_is(&slots[j], inode))
			return &procs[slot_proc(&slots[j])];
		j = (j + 1) & (n_slots - 1);
	}
	return NULL;
}

static int by_inode(const void *pa, const void *pb)
{
	const struct holder *a = pa, *b = pb;
	if (a->inode != b->inode)
		return a->inode < b->inode ? -1 : 1;
	return a->order < b->order ? -1 : a->order > b->order;
}

/* Sorts the pairs by inode and drops a process's second fd of a socket. */
static void sort_holders(void)
{
	qsort(holders, n_holders, sizeof *holders, by_inode);
	size_t n = 0;
	for (size_t i = 0; i < n_holders; i++)
		if (!n || holders[n - 1].inode != holders[i].inode ||
		    holders[n - 1].pid != holders[i].pid)
			holders[n++] = holders[i];
	n_holders = n;
	holders_sorted = true;
}

struct netstat_processes programs_holders(uint64_t inode, bool command_lines)
{
	struct netstat_processes none = {NULL, 0};
	if (!n_holders || !inode)
		return none;
	if (!holders_sorted)
		sort_holders();
	if (!details) {
		details = process_details_new(lines_root(), command_lines);
		entries = calloc(n_holders, sizeof *entries);
		if (!details || !entries)
			return none;
	}
	size_t lo = 0, hi = n_holders;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (holders[mid].inode < inode)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t end = lo;
	for (; end < n_holders && holders[end].inode == inode; end++)
		if (!entries[end])
			entries[end] = process_details_get(
				details, holders[end].pid, holders[end].name);
	/* A process that could not be read leaves a NULL: none is shown
	 * then rather than a list with holes (it rarely happens: the
	 * process exited between the scan and now). */
	for (size_t i = lo; i < end; i++)
		if (!entries[i])
			return none;
	return (struct netstat_processes){&entries[lo], end - lo};
}

/* argv[0] of a process: after its last '/' when it starts with '/'.
 * NULL when its cmdline cannot be read: net-tools then leaves its sockets
 * unattributed. */
static const char *program_name(int pid_dir)
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
	if (buf[0] == '/') {
		const char *slash = strrchr(buf, '/');
		name = slash + 1;
	}
	if (n_names == cap_names) {
		size_t cap = cap_names ? cap_names * 2 : 256;
		char **p = realloc(names, cap * sizeof *p);
		if (!p)
			return NULL;
		names = p;
		cap_names = cap;
	}
	char *copy = strdup(name);
	if (!copy)
		return NULL;
	names[n_names++] = copy;
	return copy;
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

/* Records the sockets of one process; returns -1 if access was denied. */
static int scan_process(int proc_fd, const char *pid_text)
{
	int pid_dir =
		openat(proc_fd, pid_text, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (pid_dir < 0)
		return errno == EACCES ? -1 : 0;
	int fd_dir = openat(pid_dir, "fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd_dir < 0) {
		int denied = errno == EACCES;
		close(pid_dir);
		return denied ? -1 : 0;
	}
	DIR *d = fdopendir(fd_dir);
	if (!d) {
		close(fd_dir);
		close(pid_dir);
		return 0;
	}
	const char *name = NULL;
	int named = 0;	   /* cmdline read attempted */
	int64_t proc = -1; /* its index in procs[] */
	int32_t pid = (int32_t)strtol(pid_text, NULL, 10);
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] < '0' || de->d_name[0] > '9')
			continue;
		char link[64];
		ssize_t n =
			readlinkat(fd_dir, de->d_name, link, sizeof link - 1);
		if (n <= 0)
			continue;
		link[n] = '\0';
		uint64_t inode = socket_inode(link);
		if (!inode)
			continue;
		if (!named) {
			name = program_name(pid_dir);
			named = 1;
			if (name)
				proc = add_proc(pid, name);
		}
		if (proc >= 0)
			insert(inode, pid, name, (uint32_t)proc);
	}
	closedir(d);
	close(pid_dir);
	return 0;
}

void programs_build(bool all_holders)
{
	programs_free();
	keep_holders = all_holders;
	int denied = 0;
	int proc_fd = open(lines_root(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	DIR *d = proc_fd >= 0 ? fdopendir(proc_fd) : NULL;
	if (d) {
		struct dirent *de;
		while ((de = readdir(d))) {
			const char *s = de->d_name;
			if (!*s || strspn(s, "0123456789") != strlen(s))
				continue;
			if (scan_process(proc_fd, s) < 0)
				denied = 1;
		}
		closedir(d);
	} else if (proc_fd >= 0) {
		close(proc_fd);
	}
	if (!d || (denied && n_used == 0)) {
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
	free(holders);
	holders = NULL;
	n_holders = cap_holders = 0;
	holders_sorted = false;
	process_details_free(details);
	details = NULL;
	free(entries);
	entries = NULL;
	free(slots);
	slots = NULL;
	n_slots = n_used = 0;
	free(procs);
	procs = NULL;
	n_procs = cap_procs = 0;
	free(wide);
	wide = NULL;
	n_wide = cap_wide = 0;
	for (size_t i = 0; i < n_names; i++)
		free(names[i]);
	free(names);
	names = NULL;
	n_names = cap_names = 0;
}
