# plugins/ddp: AppleTalk routes (/proc/net/atalk_route); no socket listing.
noinst_LTLIBRARIES += plugins/ddp/libddp.la
plugins_ddp_libddp_la_SOURCES = \
	plugins/ddp/ddp.c \
	plugins/ddp/ddp_flags.c \
	plugins/ddp/ddp_route.c \
	plugins/ddp/ddp_route.h

module_LTLIBRARIES += modules/ddp.la
modules_ddp_la_SOURCES =
modules_ddp_la_LIBADD = plugins/ddp/libddp.la
modules_ddp_la_LDFLAGS = $(MODULE_LDFLAGS)

check_PROGRAMS += tests/plugins/ddp/test_ddp
TESTS += tests/plugins/ddp/test_ddp
tests_plugins_ddp_test_ddp_SOURCES = tests/plugins/ddp/test_ddp.c \
	tests/plugins/legacy/legacy_test.h \
	tests/plugins/legacy/legacy_route_test.h
tests_plugins_ddp_test_ddp_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_ddp_test_ddp_LDADD = plugins/ddp/libddp.la $(TEST_LIBS)
