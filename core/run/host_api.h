/* The one host API table the core hands to every module. */
#ifndef CORE_HOST_API_H
#define CORE_HOST_API_H

#include <netstat/host.h>

const struct netstat_host_api *host_api_table(void);

#endif
