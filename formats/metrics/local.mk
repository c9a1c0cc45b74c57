# formats/metrics: what the prometheus and openmetrics formats share (the
# whole of them but their descriptors; docs/openmetrics.md). Linked into
# both modules; nothing of it is exported.
noinst_LTLIBRARIES += formats/metrics/libformat_metrics.la
formats_metrics_libformat_metrics_la_SOURCES = \
	formats/metrics/metric_format.c \
	formats/metrics/metric_format.h \
	formats/metrics/metric_store.c \
	formats/metrics/metric_store.h \
	formats/metrics/metric_text.c \
	formats/metrics/metric_text.h
dist_doc_DATA += docs/openmetrics.md
