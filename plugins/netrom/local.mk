# plugins/netrom: NET/ROM sockets (/proc/net/nr) and routes (nr_nodes, nr_neigh).
noinst_LTLIBRARIES += plugins/netrom/libnetrom.la
plugins_netrom_libnetrom_la_SOURCES = \
	plugins/netrom/netrom.c \
	plugins/netrom/netrom_layout.c \
	plugins/netrom/netrom_layout.h \
	plugins/netrom/netrom_route.c
plugins_netrom_libnetrom_la_LIBADD = plugins/lib/neighbours/libneighbours.la \
	plugins/lib/socket_rows/libsocket_rows.la

module_LTLIBRARIES += modules/netrom.la
modules_netrom_la_SOURCES =
modules_netrom_la_LIBADD = plugins/netrom/libnetrom.la
modules_netrom_la_LDFLAGS = $(MODULE_LDFLAGS)

check_PROGRAMS += tests/plugins/netrom/test_netrom
TESTS += tests/plugins/netrom/test_netrom
tests_plugins_netrom_test_netrom_SOURCES = \
	tests/plugins/netrom/test_netrom.c \
	tests/plugins/legacy/legacy_test.h
tests_plugins_netrom_test_netrom_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_netrom_test_netrom_LDADD = plugins/netrom/libnetrom.la $(TEST_LIBS)

check_PROGRAMS += tests/plugins/netrom/test_netrom_route
TESTS += tests/plugins/netrom/test_netrom_route
tests_plugins_netrom_test_netrom_route_SOURCES = \
	tests/plugins/netrom/test_netrom_route.c \
	tests/plugins/legacy/legacy_test.h \
	tests/plugins/legacy/legacy_route_test.h
tests_plugins_netrom_test_netrom_route_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_netrom_test_netrom_route_LDADD = plugins/netrom/libnetrom.la $(TEST_LIBS)
