/* The prometheus format: Prometheus text exposition format 0.0.4
 * (docs/openmetrics.md). Everything but the descriptor is in formats/metrics,
 * shared with the other metrics format. */
#include <netstat/netstat.h>

#include "formats/metrics/metric_format.h"

NETSTAT_MODULE(prometheus) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FORMAT,
	.name = "prometheus",
	.description =
		"Prometheus text exposition format 0.0.4 (docs/openmetrics.md)",
	.options = metric_options,
	.n_options = METRIC_N_OPTIONS,
	.format = &metric_prometheus_format,
};
