# plugins/inet: IPv4 sockets and multicast groups.
module_LTLIBRARIES += modules/inet.la
modules_inet_la_SOURCES = plugins/inet/inet.c
modules_inet_la_LDFLAGS = $(MODULE_LDFLAGS)
modules_inet_la_LIBADD = plugins/ip_common/libip_common.la

# Unit tests of inet, inet6 and ip_common against the mock host; they
# link the whole of both modules, whatever sources those grow.
check_PROGRAMS += tests/plugins/inet/test_inet
TESTS += tests/plugins/inet/test_inet
tests_plugins_inet_test_inet_SOURCES = \
	tests/plugins/inet/test_inet.h \
	tests/plugins/inet/test_inet.c \
	tests/plugins/inet/test_parser.c \
	tests/plugins/inet/test_filters.c \
	tests/plugins/inet/test_classic.c \
	tests/plugins/inet/test_missing.c \
	tests/plugins/inet/test_malformed.c \
	tests/plugins/inet/test_sctp.c \
	tests/plugins/inet/test_groups.c \
	$(modules_inet_la_SOURCES) \
	$(modules_inet6_la_SOURCES)
tests_plugins_inet_test_inet_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_inet_test_inet_LDADD = $(modules_inet_la_LIBADD) \
	$(modules_inet6_la_LIBADD) $(TEST_LIBS)

# Routes (-r, -rC) and IPv4 statistics (-s); tests in
# tests/plugins/inet/test_reports.c.
modules_inet_la_SOURCES += \
	plugins/inet/reports.h \
	plugins/inet/route_fields.h \
	plugins/inet/route_fields.c \
	plugins/inet/route.c \
	plugins/inet/rt_cache.c \
	plugins/inet/stats.c
modules_inet_la_LIBADD += plugins/ip_stats/libip_stats.la
