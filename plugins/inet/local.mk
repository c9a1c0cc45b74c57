# plugins/inet: the inet module: IPv4 sockets, SCTP, multicast groups,
# routes (-r, -rC) and statistics (-s). What only IPv4 has is here, built
# once into a convenience library that the module and the tests link
# (with libmnl for the rtnetlink route dump when configure found it); what
# it shares with inet6 comes from plugins/lib/ip/.
noinst_LTLIBRARIES += plugins/inet/libinet.la
plugins_inet_libinet_la_SOURCES = \
	plugins/inet/inet.c \
	plugins/inet/inet.h \
	plugins/inet/sctp.h \
	plugins/inet/sctp_parse.c \
	plugins/inet/sctp.c \
	plugins/inet/sctp_row.c \
	plugins/inet/igmp.c \
	plugins/inet/route_fields.h \
	plugins/inet/route_fields.c \
	plugins/inet/route.c \
	plugins/inet/route_netlink.h \
	plugins/inet/route_netlink.c \
	plugins/inet/rt_cache.c \
	plugins/inet/stats.c \
	plugins/inet/stats_tables.c
plugins_inet_libinet_la_CPPFLAGS = $(AM_CPPFLAGS) $(MNL_CPPFLAGS)
plugins_inet_libinet_la_LIBADD = $(MNL_LIBS)

module_LTLIBRARIES += modules/inet.la
modules_inet_la_SOURCES =
modules_inet_la_LDFLAGS = $(MODULE_LDFLAGS)
modules_inet_la_LIBADD = plugins/inet/libinet.la \
	plugins/lib/ip/sockets/libip_sockets.la \
	plugins/lib/ip/diag/libip_diag.la \
	plugins/lib/ip/internet/libip_internet.la \
	plugins/lib/ip/groups/libip_groups.la \
	plugins/lib/ip/stats/libip_stats.la \
	plugins/lib/ip/backend/libip_backend.la \
	plugins/lib/ip/text/libip_text.la

# Unit tests of inet, inet6 and plugins/lib/ip against the mock host: the
# two family libraries, then the shared ones they call, each once.
INET_TEST_LIBS = plugins/inet/libinet.la plugins/inet6/libinet6.la \
	plugins/lib/ip/sockets/libip_sockets.la \
	plugins/lib/ip/diag/libip_diag.la \
	plugins/lib/ip/internet/libip_internet.la \
	plugins/lib/ip/groups/libip_groups.la \
	plugins/lib/ip/stats/libip_stats.la \
	plugins/lib/ip/backend/libip_backend.la \
	plugins/lib/ip/text/libip_text.la

# The socket listing, SCTP and groups of both families.
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
	tests/plugins/inet/test_backend.c \
	tests/plugins/inet/test_bytecode.c \
	tests/plugins/inet/test_internals.c \
	tests/plugins/inet/test_occupancy.c
tests_plugins_inet_test_inet_CPPFLAGS = $(TEST_CPPFLAGS) $(MNL_CPPFLAGS)
tests_plugins_inet_test_inet_LDADD = $(INET_TEST_LIBS) $(TEST_LIBS)

# Routes (-r, -rC) and statistics (-s) of both families, and the counter
# engine.
check_PROGRAMS += tests/plugins/ip_stats/test_reports
TESTS += tests/plugins/ip_stats/test_reports
tests_plugins_ip_stats_test_reports_SOURCES = \
	tests/plugins/ip_stats/test_reports.c
tests_plugins_ip_stats_test_reports_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_ip_stats_test_reports_LDADD = $(INET_TEST_LIBS) $(TEST_LIBS)
