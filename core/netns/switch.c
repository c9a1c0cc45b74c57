/* Moving the calling thread between network namespaces; see netns.h. */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/netns/netns.h"

static int home_fd = -1;
/* The fd of the namespace the thread is in when not home, else -1. */
static int away_fd = -1;

int netns_home_open(void)
{
	if (home_fd >= 0)
		return 0;
	home_fd = open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
	if (home_fd < 0)
		home_fd = open("/proc/self/ns/net", O_RDONLY | O_CLOEXEC);
	return home_fd < 0 ? -errno : 0;
}

int netns_enter(const struct netns_entry *e)
{
	if (home_fd < 0)
		return -EBADF;
	if (e->host) {
		netns_leave();
		return 0;
	}
	int fd = open(e->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -errno;
	struct stat st;
	if (fstat(fd, &st) < 0 || (uint64_t)st.st_ino != e->inode ||
	    (uint64_t)st.st_dev != e->dev) {
		/* The process it was found through is gone (or its pid
		 * reused): that namespace is not reachable there any more. */
		close(fd);
		return -ESRCH;
	}
	if (setns(fd, CLONE_NEWNET) < 0) {
		int err = errno;
		close(fd);
		return -err;
	}
	if (away_fd >= 0)
		close(away_fd);
	away_fd = fd;
	return 0;
}

void netns_leave(void)
{
	if (away_fd < 0)
		return;
	/* Going back where we came from cannot fail for want of rights. */
	(void)setns(home_fd, CLONE_NEWNET);
	close(away_fd);
	away_fd = -1;
}

void netns_home_close(void)
{
	netns_leave();
	if (home_fd >= 0)
		close(home_fd);
	home_fd = -1;
}

void netns_home_begin(void)
{
	if (away_fd >= 0)
		(void)setns(home_fd, CLONE_NEWNET);
}

void netns_home_end(void)
{
	if (away_fd >= 0)
		(void)setns(away_fd, CLONE_NEWNET);
}
