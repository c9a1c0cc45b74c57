/* net-tools' rules for a kernel table that cannot be opened (the host API's
 * table_open and perror), written once for the host and the mock host. */
#ifndef CORE_TABLES_H
#define CORE_TABLES_H

#include <netstat/netstat.h>

/* netstat_host_api.table_open over `host`'s lines_open and message. */
int tables_open(const struct netstat_host_api *host, struct netstat_ctx *ctx,
		const struct netstat_request *req, const char *path,
		const char *what, uint32_t flags, struct netstat_lines **out);

/* netstat_host_api.perror over `host`'s message and proc_display. */
void tables_perror(const struct netstat_host_api *host, struct netstat_ctx *ctx,
		   const char *path, int code);

#endif
