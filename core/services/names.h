/* Host, network, service and user names, resolved once and cached. */
#ifndef CORE_NAMES_H
#define CORE_NAMES_H

#include <stdint.h>

#include <netstat/value.h>

/* Name of an address (see netstat_host_api.host_name). Never NULL. */
const char *names_host(const struct netstat_address *addr, unsigned flags);
/* Service name of `port` in list `table`; NULL when none. */
const char *names_service(uint32_t port, const char *table);
/* User name of `uid`; NULL when unknown. */
const char *names_user(uint32_t uid);
/* Frees every cache. */
void names_free(void);

#endif
