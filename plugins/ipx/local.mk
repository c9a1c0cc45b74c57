# plugins/ipx: IPX sockets (/proc/net/ipx/socket) and routes (ipx/route).
noinst_LTLIBRARIES += plugins/ipx/libipx.la
plugins_ipx_libipx_la_SOURCES = \
	plugins/ipx/ipx.c \
	plugins/ipx/ipx_layout.c \
	plugins/ipx/ipx_layout.h \
	plugins/ipx/ipx_route.c
plugins_ipx_libipx_la_LIBADD = plugins/lib/socket_rows/libsocket_rows.la

module_LTLIBRARIES += modules/ipx.la
modules_ipx_la_SOURCES =
modules_ipx_la_LIBADD = plugins/ipx/libipx.la
modules_ipx_la_LDFLAGS = $(MODULE_LDFLAGS)

check_PROGRAMS += tests/plugins/ipx/test_ipx
TESTS += tests/plugins/ipx/test_ipx
tests_plugins_ipx_test_ipx_SOURCES = tests/plugins/ipx/test_ipx.c \
	tests/plugins/legacy/legacy_test.h
tests_plugins_ipx_test_ipx_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_ipx_test_ipx_LDADD = plugins/ipx/libipx.la $(TEST_LIBS)

check_PROGRAMS += tests/plugins/ipx/test_ipx_route
TESTS += tests/plugins/ipx/test_ipx_route
tests_plugins_ipx_test_ipx_route_SOURCES = \
	tests/plugins/ipx/test_ipx_route.c \
	tests/plugins/legacy/legacy_test.h \
	tests/plugins/legacy/legacy_route_test.h
tests_plugins_ipx_test_ipx_route_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_ipx_test_ipx_route_LDADD = plugins/ipx/libipx.la $(TEST_LIBS)
