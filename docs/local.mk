dist_man_MANS += docs/netstat.8 docs/netstat.yaml.5
EXTRA_DIST += docs/design-notes.md
# The net-tools 2.10 behaviour the code comments cite as "reference §N".
EXTRA_DIST += docs/net-tools-reference.md
EXTRA_DIST += docs/compat.md docs/format-guide.md \
	docs/examples/format-example/Makefile \
	docs/examples/format-example/README \
	docs/examples/format-example/tsv.c \
	docs/examples/format-example/tsv.yaml

# Writing family plugins, the ABI rules, the static build, and the
# out-of-tree family example (built against the installed SDK by
# tests/sdk/test_sdk.sh).
EXTRA_DIST += docs/plugin-guide.md docs/abi.md docs/static.md \
	docs/examples/family-example/Makefile \
	docs/examples/family-example/README \
	docs/examples/family-example/example.c \
	docs/examples/family-example/example.yaml

# The query options (--filter, --sort, --group-by, --count, --columns).
EXTRA_DIST += docs/queries.md

# The metrics formats (prometheus, openmetrics) and their example
# deployment: a systemd service and timer feeding node_exporter's textfile
# collector, installed as documentation, not enabled.
metricsexamplesdir = $(docdir)/examples/metrics
dist_metricsexamples_DATA = docs/examples/metrics/netstat-metrics.service \
	docs/examples/metrics/netstat-metrics.timer
