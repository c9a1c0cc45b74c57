# plugins/unix: UNIX domain sockets (/proc/net/unix, joined with unix_diag
# over libmnl when configure found it). The sources build once
# into a convenience library that both the module and its tests link.
noinst_LTLIBRARIES += plugins/unix/libunix.la
plugins_unix_libunix_la_SOURCES = \
	plugins/unix/unix.c \
	plugins/unix/unix_diag.c \
	plugins/unix/unix_diag.h \
	plugins/unix/unix_layout.c \
	plugins/unix/unix_layout.h \
	plugins/unix/unix_line.c \
	plugins/unix/unix_line.h

plugins_unix_libunix_la_CPPFLAGS = $(AM_CPPFLAGS) $(MNL_CPPFLAGS)
plugins_unix_libunix_la_LIBADD = plugins/lib/sock_diag/libsock_diag.la

module_LTLIBRARIES += modules/unix.la
modules_unix_la_SOURCES =
modules_unix_la_LIBADD = plugins/unix/libunix.la
modules_unix_la_LDFLAGS = $(MODULE_LDFLAGS)

check_PROGRAMS += tests/plugins/unix/test_unix
TESTS += tests/plugins/unix/test_unix
tests_plugins_unix_test_unix_SOURCES = tests/plugins/unix/test_unix.c
tests_plugins_unix_test_unix_CPPFLAGS = $(TEST_CPPFLAGS) $(MNL_CPPFLAGS)
tests_plugins_unix_test_unix_LDADD = plugins/unix/libunix.la $(TEST_LIBS)
