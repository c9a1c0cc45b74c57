# plugins/inet6: the inet6 module: IPv6 sockets, multicast groups, routes
# (-r -6) and statistics (-s -6); tests in plugins/inet/local.mk. What
# only IPv6 has is here, in a convenience library the module and the
# tests link; what it shares with inet comes from plugins/lib/ip/ (it
# links no SCTP, IPv4 route or igmp code).
noinst_LTLIBRARIES += plugins/inet6/libinet6.la
plugins_inet6_libinet6_la_CPPFLAGS = $(AM_CPPFLAGS) $(MNL_CPPFLAGS)
plugins_inet6_libinet6_la_LIBADD = $(MNL_LIBS)
plugins_inet6_libinet6_la_SOURCES = \
	plugins/inet6/inet6.c \
	plugins/inet6/inet6.h \
	plugins/inet6/igmp6.c \
	plugins/inet6/ndisc.c \
	plugins/inet6/route.c \
	plugins/inet6/route6_netlink.c \
	plugins/inet6/route6_netlink.h \
	plugins/inet6/stats.c \
	plugins/inet6/stats_tables.c

module_LTLIBRARIES += modules/inet6.la
modules_inet6_la_SOURCES =
modules_inet6_la_LDFLAGS = $(MODULE_LDFLAGS)
modules_inet6_la_LIBADD = plugins/inet6/libinet6.la \
	plugins/lib/ip/sockets/libip_sockets.la \
	plugins/lib/ip/diag/libip_diag.la \
	plugins/lib/ip/internet/libip_internet.la \
	plugins/lib/ip/groups/libip_groups.la \
	plugins/lib/ip/stats/libip_stats.la \
	plugins/lib/ip/backend/libip_backend.la \
	plugins/lib/ip/text/libip_text.la

# The IPv6 route dump's parse step over crafted replies.
check_PROGRAMS += tests/plugins/inet6/test_route6_netlink
TESTS += tests/plugins/inet6/test_route6_netlink
tests_plugins_inet6_test_route6_netlink_SOURCES = \
	tests/plugins/inet6/test_route6_netlink.c
tests_plugins_inet6_test_route6_netlink_CPPFLAGS = $(TEST_CPPFLAGS) \
	$(MNL_CPPFLAGS)
tests_plugins_inet6_test_route6_netlink_LDADD = $(INET_TEST_LIBS) \
	$(TEST_LIBS) $(MNL_LIBS)
