/* Ordering and equality of typed values, for --sort and --group-by:
 * addresses by family then bytes, endpoints by address then port, states
 * by code, users by uid, text by bytes; null after everything. */
#ifndef CORE_QUERY_VALUE_ORDER_H
#define CORE_QUERY_VALUE_ORDER_H

#include <netstat/netstat.h>

/* <0, 0 or >0 as `a` sorts before, with or after `b`. */
int value_compare(const struct netstat_value *a, const struct netstat_value *b);

#endif
