# plugins/rose: ROSE sockets (/proc/net/rose) and routes (rose_nodes, rose_neigh).
noinst_LTLIBRARIES += plugins/rose/librose.la
plugins_rose_librose_la_SOURCES = \
	plugins/rose/rose.c \
	plugins/rose/rose_layout.c \
	plugins/rose/rose_layout.h \
	plugins/rose/rose_route.c
plugins_rose_librose_la_LIBADD = plugins/lib/neighbours/libneighbours.la \
	plugins/lib/socket_rows/libsocket_rows.la

module_LTLIBRARIES += modules/rose.la
modules_rose_la_SOURCES =
modules_rose_la_LIBADD = plugins/rose/librose.la
modules_rose_la_LDFLAGS = $(MODULE_LDFLAGS)

check_PROGRAMS += tests/plugins/rose/test_rose
TESTS += tests/plugins/rose/test_rose
tests_plugins_rose_test_rose_SOURCES = tests/plugins/rose/test_rose.c \
	tests/plugins/legacy/legacy_test.h
tests_plugins_rose_test_rose_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_rose_test_rose_LDADD = plugins/rose/librose.la $(TEST_LIBS)

check_PROGRAMS += tests/plugins/rose/test_rose_route
TESTS += tests/plugins/rose/test_rose_route
tests_plugins_rose_test_rose_route_SOURCES = \
	tests/plugins/rose/test_rose_route.c \
	tests/plugins/legacy/legacy_test.h \
	tests/plugins/legacy/legacy_route_test.h
tests_plugins_rose_test_rose_route_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_rose_test_rose_route_LDADD = plugins/rose/librose.la $(TEST_LIBS)
