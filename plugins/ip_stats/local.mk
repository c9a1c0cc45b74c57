# plugins/ip_stats: the -s counter engine and net-tools' counter tables,
# shared by the inet and inet6 modules (a convenience library linked into
# each, so nothing of it is exported).
noinst_LTLIBRARIES += plugins/ip_stats/libip_stats.la
plugins_ip_stats_libip_stats_la_SOURCES = \
	plugins/ip_stats/ip_stats.h \
	plugins/ip_stats/stats_tables.c \
	plugins/ip_stats/stats_emit.c \
	plugins/ip_stats/stats_read.c

# Tests of the -r and -s sources of inet and inet6 and of this engine.
check_PROGRAMS += tests/plugins/ip_stats/test_reports
TESTS += tests/plugins/ip_stats/test_reports
tests_plugins_ip_stats_test_reports_SOURCES = \
	tests/plugins/ip_stats/test_reports.c \
	plugins/inet/route_fields.c \
	plugins/inet/route.c \
	plugins/inet/rt_cache.c \
	plugins/inet/stats.c \
	plugins/inet6/route.c \
	plugins/inet6/stats.c
tests_plugins_ip_stats_test_reports_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_ip_stats_test_reports_LDADD = \
	plugins/ip_stats/libip_stats.la plugins/ip_common/libip_common.la \
	$(TEST_LIBS)
