/*
 * The backend choice. Netlink answers for the live kernel only, so it is
 * used only when the proc root is the live procfs; fixtures, snapshots
 * and --proc-root trees are always read as files.
 *
 * auto: netlink where the kernel answers, /proc otherwise, silently;
 * netlink: the same, but a dump that fails unexpectedly is reported on
 * stderr before /proc is read; proc: the files only.
 */
#include <errno.h>

#include "plugins/lib/ip/backend/ip_backend.h"

const char *const ip_backend_choices[] = {"auto", "netlink", "proc", NULL};

const struct netstat_option ip_backend_option = IP_BACKEND_OPTION;

enum ip_backend ip_backend_of(const struct netstat_option_value *value)
{
	if (!value || value->type != NETSTAT_OPTION_CHOICE ||
	    value->i < IP_BACKEND_AUTO || value->i > IP_BACKEND_PROC)
		return IP_BACKEND_AUTO;
	return (enum ip_backend)value->i;
}

bool ip_backend_netlink(struct netstat_ctx *ctx, enum ip_backend backend)
{
#ifdef HAVE_LIBMNL
	return backend != IP_BACKEND_PROC &&
	       netstat_ctx_host(ctx)->proc_is_live(ctx);
#else
	return false;
#endif
}

void ip_backend_failed(struct netstat_ctx *ctx, enum ip_backend backend,
		       const char *what, int err)
{
	if (backend != IP_BACKEND_NETLINK)
		return;
	/* A kernel without that dump (raw_diag not built, say) is not a
	 * failure: /proc is the source for that table there. */
	if (err == ENOENT || err == EPROTONOSUPPORT || err == EOPNOTSUPP ||
	    err == EAFNOSUPPORT || err == ENOSYS)
		return;
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	host->message(ctx, NETSTAT_STDERR,
		      "netstat: netlink dump of %s failed (%s), "
		      "reading /proc instead\n",
		      what, host->strerror(-err));
}
