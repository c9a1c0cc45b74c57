/*
 * Which -s values are levels, not counts: the kernel's MIB files mix a
 * few gauges (settings and current totals, RFC 4293 and RFC 4022) in
 * with their counters. Metrics formats must not type them as counters.
 */
#include <string.h>

#include "plugins/lib/ip/stats/ip_stats.h"

uint64_t stats_measure(const char *group, const char *counter)
{
	static const struct {
		const char *group, *counter;
	} gauges[] = {
		{"Ip", "Forwarding"},
		{"Ip", "DefaultTTL"},
		{"Tcp", "RtoAlgorithm"},
		{"Tcp", "RtoMin"},
		{"Tcp", "RtoMax"},
		{"Tcp", "MaxConn"},
		{"Tcp", "CurrEstab"},
		{"Sctp", "SctpCurrEstab"},
		/* inet6 -s prints /proc/net/snmp's Tcp line as Tcp6. */
		{"Tcp6", "RtoAlgorithm"},
		{"Tcp6", "RtoMin"},
		{"Tcp6", "RtoMax"},
		{"Tcp6", "MaxConn"},
		{"Tcp6", "CurrEstab"},
	};
	if (!group || !counter)
		return 0;
	for (size_t i = 0; i < sizeof gauges / sizeof gauges[0]; i++)
		if (!strcmp(group, gauges[i].group) &&
		    !strcmp(counter, gauges[i].counter))
			return NETSTAT_MEASURE_GAUGE;
	return 0;
}
