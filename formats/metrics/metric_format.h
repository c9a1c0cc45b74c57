/*
 * The metrics formats (prometheus, openmetrics): one implementation of the
 * format callbacks over the typed records; the two tables differ only in
 * the dialect their init() picks. docs/openmetrics.md says what becomes a
 * family, a sample and a label.
 */
#ifndef METRIC_FORMAT_H
#define METRIC_FORMAT_H

#include <stddef.h>

#include <netstat/netstat.h>

/* The options both modules declare (group_by, listening_group_by). */
enum metric_option {
	METRIC_OPT_GROUP_BY,
	METRIC_OPT_LISTENING_GROUP_BY,
	METRIC_N_OPTIONS
};
extern const struct netstat_option metric_options[METRIC_N_OPTIONS];

/* The Prometheus text format 0.0.4 and OpenMetrics 1.0. */
extern const struct netstat_format metric_prometheus_format;
extern const struct netstat_format metric_openmetrics_format;

#endif
