/*
 * Which source feeds the socket tables and the IPv4 routes: netlink
 * (sock_diag, rtnetlink) or the /proc text files. Netlink answers for the
 * live kernel only, so it is used only when the proc root is the live
 * procfs; fixtures, snapshots and --proc-root trees always use /proc.
 *
 * NETSTAT_BACKEND=proc forces the files, =netlink forces netlink (a dump
 * that fails is then reported on stderr before falling back to /proc),
 * anything else (or unset) means auto: netlink, quiet fallback.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/stat.h>
#include <sys/vfs.h>

#include "plugins/ip_common/ip_common.h"

#ifndef PROC_SUPER_MAGIC
#define PROC_SUPER_MAGIC 0x9fa0
#endif

static int mode = -1; /* enum ip_backend_mode, read once */
static int live = -1; /* proc root is the live procfs */

static int read_mode(void)
{
	/* Environment overrides are ignored when running set-uid. */
	const char *v = getauxval(AT_SECURE) ? NULL : getenv("NETSTAT_BACKEND");
	if (v && strcmp(v, "proc") == 0)
		return IP_BACKEND_PROC;
	if (v && strcmp(v, "netlink") == 0)
		return IP_BACKEND_NETLINK;
	return IP_BACKEND_AUTO;
}

/* The proc root is the live /proc when its net/ entry is the very file
 * procfs has at /proc/net (a bind mount of /proc counts as live). */
static int proc_root_is_live(struct netstat_ctx *ctx)
{
	struct stat ours, real;
	struct statfs fs;
	if (statfs("/proc/net", &fs) != 0 || fs.f_type != PROC_SUPER_MAGIC)
		return 0;
	if (ip_host->proc_stat(ctx, "net/dev", &ours) != 0 ||
	    stat("/proc/net/dev", &real) != 0)
		return 0;
	return ours.st_dev == real.st_dev && ours.st_ino == real.st_ino;
}

int ip_backend_mode(void)
{
	if (mode < 0)
		mode = read_mode();
	return mode;
}

bool ip_backend_netlink(struct netstat_ctx *ctx)
{
#ifdef HAVE_LIBMNL
	if (ip_backend_mode() == IP_BACKEND_PROC)
		return false;
	if (live < 0)
		live = proc_root_is_live(ctx);
	return live == 1;
#else
	return false;
#endif
}

void ip_backend_failed(struct netstat_ctx *ctx, const char *what, int err)
{
	if (ip_backend_mode() != IP_BACKEND_NETLINK)
		return;
	/* A kernel without that dump (raw_diag not built, say) is not a
	 * failure: /proc is the source for that table there. */
	if (err == ENOENT || err == EPROTONOSUPPORT || err == EOPNOTSUPP ||
	    err == EAFNOSUPPORT || err == ENOSYS)
		return;
	ip_host->message(ctx, NETSTAT_STDERR,
			 "netstat: netlink dump of %s failed (%s), "
			 "reading /proc instead\n",
			 what, ip_host->errno_text(err));
}
