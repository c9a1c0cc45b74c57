/*
 * --delta's per-user state file: the counters of the last run, so a run
 * without -c shows what changed since then (like nstat's history).
 *
 * Where: $XDG_RUNTIME_DIR/netstat-delta (a directory only its user can
 * use); without it (or in a set-uid run, which ignores the environment)
 * /tmp/netstat-UID/delta, the directory made 0700 and refused unless it
 * is a real directory of ours that nobody else can write. Runs over
 * another --proc-root keep a file of their own (its name ends in a hash
 * of the root). The file is opened without following symbolic links,
 * must be a regular file we own, and is replaced by rename(2) so a
 * reader never sees half of it.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/privilege.h"
#include "core/run/delta_state.h"
#include "core/services/lines.h"

static unsigned long root_hash(const char *root)
{
	unsigned long h = 5381;
	for (; *root; root++)
		h = h * 33 + (unsigned char)*root;
	return h;
}

/* The fallback directory, made or checked. 0 or -errno. */
static int private_dir(char *dir, size_t size)
{
	uid_t uid = geteuid();
	snprintf(dir, size, "/tmp/netstat-%lu", (unsigned long)uid);
	if (mkdir(dir, 0700) < 0 && errno != EEXIST)
		return -errno;
	struct stat st;
	if (lstat(dir, &st) < 0)
		return -errno;
	if (!S_ISDIR(st.st_mode) || st.st_uid != uid ||
	    (st.st_mode & (S_IWGRP | S_IWOTH)))
		return NETSTAT_ERR_DENIED;
	return 0;
}

int delta_state_path(char *path, size_t size)
{
	const char *root = lines_root();
	char suffix[32] = "";
	if (root && strcmp(root, "/proc") != 0)
		snprintf(suffix, sizeof suffix, "-%lx", root_hash(root));
	const char *xdg = privilege_getenv("XDG_RUNTIME_DIR");
	if (xdg && xdg[0] == '/') {
		snprintf(path, size, "%s/netstat-delta%s", xdg, suffix);
		return 0;
	}
	char dir[64];
	int rc = private_dir(dir, sizeof dir);
	if (rc < 0)
		return rc;
	snprintf(path, size, "%s/delta%s", dir, suffix);
	return 0;
}

int delta_state_load(struct counters *c, const char *path, double now)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return errno == ENOENT ? 0 : -errno;
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) ||
	    st.st_uid != geteuid()) {
		close(fd);
		return NETSTAT_ERR_DENIED;
	}
	FILE *in = fdopen(fd, "r");
	if (!in) {
		close(fd);
		return NETSTAT_ERR_NOMEM;
	}
	int rc = counters_load(c, in, now);
	fclose(in);
	return rc;
}

int delta_state_save(const struct counters *c, const char *path)
{
	char tmp[4200];
	snprintf(tmp, sizeof tmp, "%s.%ld", path, (long)getpid());
	int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
		      0600);
	if (fd < 0)
		return -errno;
	FILE *out = fdopen(fd, "w");
	if (!out) {
		close(fd);
		unlink(tmp);
		return NETSTAT_ERR_NOMEM;
	}
	int rc = counters_save(c, out);
	if (fclose(out) != 0 && rc == 0)
		rc = -errno;
	if (rc == 0 && rename(tmp, path) < 0)
		rc = -errno;
	if (rc < 0)
		unlink(tmp);
	return rc;
}

int delta_state_reset(const char *path)
{
	if (unlink(path) < 0 && errno != ENOENT)
		return -errno;
	return 0;
}
