/*
 * Network namespaces as a planning dimension (--netns, --all-netns): which
 * namespaces a run visits, what each is called, and switching the calling
 * thread into one and back. Family-blind: sources keep reading /proc/net
 * and opening netlink sockets as always; both follow the thread's network
 * namespace, so entering it around their list() calls is all it takes.
 */
#ifndef CORE_NETNS_H
#define CORE_NETNS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define NETNS_NAMES_MAX 256
#define NETNS_TEXT_MAX 256

/* One network namespace and its label. */
struct netns_entry {
	uint64_t inode; /* of the nsfs file: the namespace's identity */
	uint64_t dev;
	bool host; /* the caller's own namespace */
	/* ", "-separated names that point at it: /run/netns names, then
	 * /run/docker/netns ids; "" when none. */
	char names[NETNS_NAMES_MAX];
	char path[NETNS_TEXT_MAX];   /* the file it is entered through */
	pid_t pid;		     /* one process in it; 0: none seen */
	char command[64];	     /* that process's comm */
	char cgroup[NETNS_TEXT_MAX]; /* its cgroup v2 path ("0::" line) */
};

struct netns_list {
	struct netns_entry *entries;
	size_t n, cap;
};

/* Which namespaces a run visits. */
enum netns_mode {
	NETNS_MODE_NONE = 0, /* the caller's: no switching at all */
	NETNS_MODE_ONE,	     /* --netns=NS */
	NETNS_MODE_ALL,	     /* --all-netns */
};

/*
 * --netns=NS: a name under /run/netns, a path to an nsfs file (any NS
 * containing '/'), "pid:N" or a bare number N (the process N's namespace).
 * Fills *out (labelled as discovery would label it). On error 0 is not
 * returned and `err` holds the message after "netstat: --netns: ".
 */
int netns_resolve(const char *spec, struct netns_entry *out, char *err,
		  size_t err_size);

/*
 * --all-netns: every distinct namespace in /run/netns, /run/docker/netns
 * and /proc/PID/ns/net, deduplicated by inode, the caller's first, then by
 * inode, each labelled. 0 or a negative error.
 */
int netns_discover(struct netns_list *out);
void netns_list_free(struct netns_list *list);

/* The first name of `e`'s names, or NULL. */
const char *netns_first_name(const struct netns_entry *e, char *buf,
			     size_t size);

/*
 * Switching. netns_home_open() keeps an fd of the caller's namespace
 * (once, before any switch). netns_enter() moves the thread into `e`
 * (checking that the file still is that namespace); on failure nothing
 * changed and the reason is -errno. netns_leave() returns home.
 */
int netns_home_open(void);
int netns_enter(const struct netns_entry *e);
void netns_leave(void);
void netns_home_close(void);

/*
 * Around calls that must run in the caller's namespace whatever the
 * thread is in (name lookups that talk to DNS): a no-op when no switch
 * is in effect. Calls pair and do not nest.
 */
void netns_home_begin(void);
void netns_home_end(void);

#endif
