# plugins/x25: X.25 sockets (/proc/net/x25) and routes (x25/route).
noinst_LTLIBRARIES += plugins/x25/libx25.la
plugins_x25_libx25_la_SOURCES = \
	plugins/x25/x25.c \
	plugins/x25/x25_layout.c \
	plugins/x25/x25_layout.h \
	plugins/x25/x25_route.c
plugins_x25_libx25_la_LIBADD = plugins/lib/socket_rows/libsocket_rows.la

module_LTLIBRARIES += modules/x25.la
modules_x25_la_SOURCES =
modules_x25_la_LIBADD = plugins/x25/libx25.la
modules_x25_la_LDFLAGS = $(MODULE_LDFLAGS)

check_PROGRAMS += tests/plugins/x25/test_x25
TESTS += tests/plugins/x25/test_x25
tests_plugins_x25_test_x25_SOURCES = tests/plugins/x25/test_x25.c \
	tests/plugins/legacy/legacy_test.h
tests_plugins_x25_test_x25_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_x25_test_x25_LDADD = plugins/x25/libx25.la $(TEST_LIBS)

check_PROGRAMS += tests/plugins/x25/test_x25_route
TESTS += tests/plugins/x25/test_x25_route
tests_plugins_x25_test_x25_route_SOURCES = \
	tests/plugins/x25/test_x25_route.c \
	tests/plugins/legacy/legacy_test.h \
	tests/plugins/legacy/legacy_route_test.h
tests_plugins_x25_test_x25_route_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_x25_test_x25_route_LDADD = plugins/x25/libx25.la $(TEST_LIBS)
