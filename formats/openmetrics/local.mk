# formats/openmetrics: OpenMetrics 1.0 text (docs/openmetrics.md).
module_LTLIBRARIES += modules/openmetrics.la
modules_openmetrics_la_SOURCES = formats/openmetrics/openmetrics.c
modules_openmetrics_la_LIBADD = formats/metrics/libformat_metrics.la \
	formats/common/libformat_common.la
modules_openmetrics_la_LDFLAGS = $(MODULE_LDFLAGS)
