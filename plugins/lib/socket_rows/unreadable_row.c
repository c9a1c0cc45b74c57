/* The notice for a socket table line that cannot be read. */
#include "plugins/lib/socket_rows/socket_rows.h"

void socket_row_unreadable(struct netstat_ctx *ctx, const char *prefix,
			   const char *path)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	char shown[256];
	host->message(ctx, NETSTAT_NOTICE, "%s reading data from %s\n", prefix,
		      host->proc_display(ctx, path, shown, sizeof shown));
}
