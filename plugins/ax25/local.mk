# plugins/ax25: AX.25 sockets (/proc/net/ax25) and routes (ax25_route).
noinst_LTLIBRARIES += plugins/ax25/libax25.la
plugins_ax25_libax25_la_SOURCES = \
	plugins/ax25/ax25.c \
	plugins/ax25/ax25_layout.c \
	plugins/ax25/ax25_layout.h \
	plugins/ax25/ax25_route.c
plugins_ax25_libax25_la_LIBADD = plugins/lib/socket_rows/libsocket_rows.la

module_LTLIBRARIES += modules/ax25.la
modules_ax25_la_SOURCES =
modules_ax25_la_LIBADD = plugins/ax25/libax25.la
modules_ax25_la_LDFLAGS = $(MODULE_LDFLAGS)

check_PROGRAMS += tests/plugins/ax25/test_ax25
TESTS += tests/plugins/ax25/test_ax25
tests_plugins_ax25_test_ax25_SOURCES = tests/plugins/ax25/test_ax25.c \
	tests/plugins/legacy/legacy_test.h
tests_plugins_ax25_test_ax25_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_ax25_test_ax25_LDADD = plugins/ax25/libax25.la $(TEST_LIBS)

check_PROGRAMS += tests/plugins/ax25/test_ax25_route
TESTS += tests/plugins/ax25/test_ax25_route
tests_plugins_ax25_test_ax25_route_SOURCES = \
	tests/plugins/ax25/test_ax25_route.c \
	tests/plugins/legacy/legacy_test.h \
	tests/plugins/legacy/legacy_route_test.h
tests_plugins_ax25_test_ax25_route_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_ax25_test_ax25_route_LDADD = plugins/ax25/libax25.la $(TEST_LIBS)
