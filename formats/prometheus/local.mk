# formats/prometheus: Prometheus text exposition format 0.0.4 (docs/openmetrics.md).
module_LTLIBRARIES += modules/prometheus.la
modules_prometheus_la_SOURCES = formats/prometheus/prometheus.c
modules_prometheus_la_LIBADD = formats/metrics/libformat_metrics.la \
	formats/common/libformat_common.la
modules_prometheus_la_LDFLAGS = $(MODULE_LDFLAGS)
