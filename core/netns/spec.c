/*
 * --netns=NS: which file NS names, and checking that it is a network
 * namespace the caller can open. See netns.h for the forms.
 */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <linux/nsfs.h>

#include "core/netns/netns.h"
#include "core/netns/netns_private.h"

/* "pid:N" or "N": N, else 0 (-1: the pid form with a bad number). */
static long pid_of(const char *spec)
{
	bool prefixed = strncmp(spec, "pid:", 4) == 0;
	const char *digits = prefixed ? spec + 4 : spec;
	char *end;
	errno = 0;
	long pid = strtol(digits, &end, 10);
	bool number = *digits >= '0' && *digits <= '9' && !*end && !errno;
	if (number && pid > 0 && pid <= 0x7fffffff)
		return pid;
	return prefixed || number ? -1 : 0;
}

/* The file NS names; 0, or -1 with the message in err. */
static int path_of(const char *spec, char *path, size_t size, long *pid,
		   char *err, size_t err_size)
{
	*pid = pid_of(spec);
	if (*pid < 0) {
		snprintf(err, err_size, "`%s' is not a process id", spec);
		return -1;
	}
	if (*pid > 0) {
		snprintf(path, size, "/proc/%ld/ns/net", *pid);
		return 0;
	}
	if (!*spec || !strcmp(spec, ".") || !strcmp(spec, "..")) {
		snprintf(err, err_size, "`%s' is not a namespace name", spec);
		return -1;
	}
	int n = strchr(spec, '/') ? snprintf(path, size, "%s", spec)
				  : snprintf(path, size, "/run/netns/%s", spec);
	if (n < 0 || (size_t)n >= size) {
		snprintf(err, err_size, "name too long");
		return -1;
	}
	return 0;
}

/* Why the file of NS cannot be opened, in the words of NS's form. */
static void open_error(const char *spec, const char *path, long pid, int err,
		       char *msg, size_t size)
{
	if (pid > 0 && err == ENOENT)
		snprintf(msg, size, "no process %ld", pid);
	else if (!strchr(spec, '/') && pid == 0 && err == ENOENT)
		snprintf(msg, size, "no network namespace named `%s' (%s: %s)",
			 spec, path, strerror(err));
	else
		snprintf(msg, size, "%s: %s", path, strerror(err));
}

int netns_resolve(const char *spec, struct netns_entry *out, char *err,
		  size_t err_size)
{
	memset(out, 0, sizeof *out);
	long pid;
	if (path_of(spec, out->path, sizeof out->path, &pid, err, err_size) < 0)
		return -EINVAL;
	int fd = open(out->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		int e = errno;
		open_error(spec, out->path, pid, e, err, err_size);
		return -e;
	}
	struct stat st;
	int type = fstat(fd, &st) == 0 && netns_fd_is_nsfs(fd)
			   ? ioctl(fd, NS_GET_NSTYPE)
			   : -1;
	close(fd);
	if (type != CLONE_NEWNET) {
		snprintf(err, err_size, "%s is not a network namespace",
			 out->path);
		return -EINVAL;
	}
	out->inode = (uint64_t)st.st_ino;
	out->dev = (uint64_t)st.st_dev;
	if (pid > 0)
		netns_label_process(out, (pid_t)pid);
	int rc = netns_label(out, &st);
	if (rc < 0)
		snprintf(err, err_size, "%s", strerror(-rc));
	return rc;
}
