# Test infrastructure: TAP from every test program through tap-driver.sh,
# the mock host plugin tests link against, and the shared runner.
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
AM_TESTS_ENVIRONMENT = \
	NETSTAT_PLUGIN_PATH='$(abs_top_builddir)/modules'; export NETSTAT_PLUGIN_PATH; \
	NETSTAT_CONFIG='$(abs_top_srcdir)/conf/netstat.yaml'; export NETSTAT_CONFIG; \
	NETSTAT_BIN='$(abs_top_builddir)/netstat'; export NETSTAT_BIN; \
	FIXTURES='$(abs_top_srcdir)/tests/fixtures'; export FIXTURES; \
	top_srcdir='$(abs_top_srcdir)'; export top_srcdir; \
	top_builddir='$(abs_top_builddir)'; export top_builddir; \
	CK_TAP_LOG_FILE_NAME=-; export CK_TAP_LOG_FILE_NAME; \
	CK_VERBOSITY=silent; export CK_VERBOSITY;

TEST_CPPFLAGS = $(AM_CPPFLAGS) $(CHECK_CFLAGS) \
	-DTESTS_FIXTURES_DIR='"$(abs_top_srcdir)/tests/fixtures"'
TEST_LIBS = tests/libtestmain.la tests/libmockhost.la $(CHECK_LIBS)

check_LTLIBRARIES = tests/libtestmain.la tests/libmockhost.la
tests_libtestmain_la_SOURCES = tests/check_main.c tests/check_main.h \
	tests/fixtures_dir.c
tests_libtestmain_la_CPPFLAGS = $(TEST_CPPFLAGS)
tests_libmockhost_la_SOURCES = tests/mock/mock_host.c tests/mock/mock_host.h \
	core/run/sources.c core/run/plan.c core/run/columns.c \
	core/services/tables.c core/cli/keywords.c \
	core/config/module_options.c core/privilege.c core/errors.c \
	formats/classic/classic.c formats/classic/classic_cell.c
tests_libmockhost_la_CPPFLAGS = $(TEST_CPPFLAGS)
tests_libmockhost_la_CFLAGS = $(AM_CFLAGS) $(FUZZ_NO_TRACE_CMP_CFLAGS)

EXTRA_DIST += tests/fixtures

# Core unit tests, against the real core library.
check_PROGRAMS += tests/core/test_core
TESTS += tests/core/test_core
tests_core_test_core_SOURCES = tests/core/test_core.c \
	tests/core/core_suites.h tests/core/test_cli.c \
	tests/core/test_config.c tests/core/test_loader.c \
	tests/core/test_lines.c tests/core/test_dispatch.c \
	tests/core/test_index.c tests/core/test_registry.c \
	tests/core/test_query.c tests/core/test_container.c \
	tests/core/test_columns.c tests/core/test_counters.c
tests_core_test_core_CPPFLAGS = $(TEST_CPPFLAGS) \
	-DTEST_MODULES_DIR='"$(abs_top_builddir)/tests/modules"'
tests_core_test_core_LDADD = core/libnetstat_core.la $(TEST_LIBS)
tests_core_test_core_DEPENDENCIES = core/libnetstat_core.la \
	tests/libtestmain.la tests/libmockhost.la $(TEST_MODULES)

# Modules that are wrong on purpose, for the loader tests. -rpath makes
# libtool build them as shared objects although they are never installed.
TEST_MODULE_LDFLAGS = -module -avoid-version -no-undefined -shared \
	-rpath /nowhere
TEST_MODULES = tests/modules/abi_major.la tests/modules/abi_minor.la \
	tests/modules/not_module.la tests/modules/wrong_kind.la \
	tests/modules/init_fails.la tests/modules/good_family.la \
	tests/modules/abi_older.la tests/modules/good_format.la
check_LTLIBRARIES += $(TEST_MODULES)
tests_modules_abi_major_la_SOURCES = tests/modules/abi_major.c
tests_modules_abi_major_la_LDFLAGS = $(TEST_MODULE_LDFLAGS)
tests_modules_abi_minor_la_SOURCES = tests/modules/abi_minor.c
tests_modules_abi_minor_la_LDFLAGS = $(TEST_MODULE_LDFLAGS)
tests_modules_not_module_la_SOURCES = tests/modules/not_module.c
tests_modules_not_module_la_LDFLAGS = $(TEST_MODULE_LDFLAGS)
tests_modules_wrong_kind_la_SOURCES = tests/modules/wrong_kind.c
tests_modules_wrong_kind_la_LDFLAGS = $(TEST_MODULE_LDFLAGS)
tests_modules_init_fails_la_SOURCES = tests/modules/init_fails.c
tests_modules_init_fails_la_LDFLAGS = $(TEST_MODULE_LDFLAGS)
tests_modules_abi_older_la_SOURCES = tests/modules/abi_older.c
tests_modules_abi_older_la_LDFLAGS = $(TEST_MODULE_LDFLAGS)
tests_modules_good_format_la_SOURCES = tests/modules/good_format.c
tests_modules_good_format_la_LDFLAGS = $(TEST_MODULE_LDFLAGS)
tests_modules_good_family_la_SOURCES = tests/modules/good_family.c
tests_modules_good_family_la_LDFLAGS = $(TEST_MODULE_LDFLAGS)

# Every built module dlopens cleanly and carries a sane descriptor.
check_PROGRAMS += tests/core/test_modules
TESTS += tests/core/test_modules
tests_core_test_modules_SOURCES = tests/core/test_modules.c
tests_core_test_modules_CPPFLAGS = $(TEST_CPPFLAGS) \
	-DBUILT_MODULES_DIR='"$(abs_top_builddir)/modules"' \
	-DCONFIG_FILE='"$(abs_top_srcdir)/conf/netstat.yaml"'
tests_core_test_modules_LDADD = core/libnetstat_core.la $(TEST_LIBS) -ldl

# The built binary against net-tools, through the shared conformance
# harness (needs root and namespaces; skipped with the reason otherwise).
TESTS += tests/integration/conformance.sh
EXTRA_DIST += tests/integration/conformance.sh \
	tests/integration/candidate.sh \
	tests/integration/known-failures.txt
EXTRA_DIST += tests/conformance

# The same conformance cases with NETSTAT_BACKEND=proc (conformance.sh
# itself runs them with NETSTAT_BACKEND=netlink unless told otherwise).
TESTS += tests/integration/conformance-proc.sh
EXTRA_DIST += tests/integration/conformance-proc.sh

# The query options with every report and format (fixture trees).
TESTS += tests/integration/query-reports.sh
EXTRA_DIST += tests/integration/query-reports.sh

# Cases whose net-tools output is undefined, checked against our own
# expected output instead (tests/conformance/own/).
TESTS += tests/integration/own-output.sh
EXTRA_DIST += tests/integration/own-output.sh

# --filter, --sort, --group-by, --count and --columns against a python
# evaluation of the unfiltered JSON output, for both backends, in a private
# network namespace with a varied socket table (needs root and namespaces;
# skipped with the reason otherwise). QUERIES_SEED=N reproduces a run.
# Watching: --interval, --rate (fixture /proc and a veth pair), --delta
# against the kernel's files, --events against closed connections in every
# format (the namespace parts need root; skipped with the reason).
TESTS += tests/integration/watch.sh
EXTRA_DIST += tests/integration/watch.sh

TESTS += tests/integration/queries.sh
EXTRA_DIST += tests/integration/queries.sh \
	tests/integration/query_oracle.py \
	tests/integration/query_sockets.py

# Structured formats show empty tables as empty sections; --proc-root
# must name a proc tree.
TESTS += tests/integration/empty-and-roots.sh
EXTRA_DIST += tests/integration/empty-and-roots.sh

# Unix peers (against ss -xp), every process holding a socket, and a
# container id from a docker-like cgroup v2 scope, in a private network
# namespace (needs root; skipped with the reason otherwise).
TESTS += tests/integration/socket-owners.sh
# A socket table of many netlink batches (the reader thread, a -p map that
# grows) against net-tools, in a private network namespace (needs root).
TESTS += tests/integration/big-dump.sh
EXTRA_DIST += tests/integration/big-dump.sh
# -rn -6 over rtnetlink against /proc/net/ipv6_route (private namespace).
TESTS += tests/integration/route6-netlink.sh
EXTRA_DIST += tests/integration/route6-netlink.sh
# -p with socket inodes past 32 bits (fixture proc tree).
TESTS += tests/integration/wide-inodes.sh
EXTRA_DIST += tests/integration/wide-inodes.sh
TESTS += tests/integration/empty-tables.sh
EXTRA_DIST += tests/integration/empty-tables.sh
EXTRA_DIST += tests/integration/socket-owners.sh \
	tests/integration/socket_owners.py

# netstat --fields: every loaded module's fields, an out-of-tree one too.
TESTS += tests/integration/fields.sh
EXTRA_DIST += tests/integration/fields.sh

# Issue 15: every kernel field of every section in the structured output
# (fixture trees, and the live kernel in a private network namespace,
# which needs root; skipped with the reason otherwise).
TESTS += tests/integration/kernel-fields.sh
EXTRA_DIST += tests/integration/kernel-fields.sh \
	tests/integration/kernel_fields.py

# --info and --memory against ss -tin / ss -tm for the same sockets, after
# real traffic in a private network namespace (needs root, namespaces and
# ss; skipped with the reason otherwise).
TESTS += tests/integration/socket-info.sh
EXTRA_DIST += tests/integration/socket-info.sh \
	tests/integration/socket_info.py

# netstat --list-modules against the loader's test modules.
TESTS += tests/integration/list-modules.sh
EXTRA_DIST += tests/integration/list-modules.sh

# The tree stays clang-format clean (.clang-format).
TESTS += tests/style/clang-format.sh
EXTRA_DIST += tests/style/clang-format.sh

# The ABI 2 rules a grep can hold (docs/abi.md).
TESTS += tests/style/abi-rules.sh
EXTRA_DIST += tests/style/abi-rules.sh

# The prometheus and openmetrics formats on every report (fixtures and a
# live namespace): promtool check metrics and prometheus_client's
# OpenMetrics parser, values and escaping (docs/openmetrics.md).
TESTS += tests/integration/metrics.sh
EXTRA_DIST += tests/integration/metrics.sh tests/integration/metrics_parse.py

# --output=FILE: atomic replacement under -c, errors, mode 0644.
TESTS += tests/integration/output-file.sh
EXTRA_DIST += tests/integration/output-file.sh

# A real prometheus-node-exporter's textfile collector reads --output.
TESTS += tests/integration/node-exporter.sh
EXTRA_DIST += tests/integration/node-exporter.sh

# --netns and --all-netns against netstat run inside each namespace, in
# private mount, network and pid namespaces (needs root; skipped with the
# reason otherwise).
TESTS += tests/integration/netns.sh
EXTRA_DIST += tests/integration/netns.sh \
	tests/integration/netns_check.py \
	tests/integration/netns_dns.py \
	tests/integration/netns_hold.py
