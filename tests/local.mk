# Test infrastructure: TAP from every test program through tap-driver.sh,
# the mock host plugin tests link against, and the shared runner.
LOG_DRIVER = env AM_TAP_AWK='$(AWK)' $(SHELL) $(top_srcdir)/build-aux/tap-driver.sh
AM_TESTS_ENVIRONMENT = \
	NETSTAT_PLUGIN_PATH='$(abs_top_builddir)/modules'; export NETSTAT_PLUGIN_PATH; \
	NETSTAT_CONFIG='$(abs_top_srcdir)/conf/netstat.yaml'; export NETSTAT_CONFIG; \
	NETSTAT_BIN='$(abs_top_builddir)/netstat'; export NETSTAT_BIN; \
	FIXTURES='$(abs_top_srcdir)/tests/fixtures'; export FIXTURES; \
	top_srcdir='$(abs_top_srcdir)'; export top_srcdir; \
	top_builddir='$(abs_top_builddir)'; export top_builddir; \
	CK_TAP_LOG_FILE_NAME=-; export CK_TAP_LOG_FILE_NAME; \
	CK_VERBOSITY=silent; export CK_VERBOSITY;

TEST_CPPFLAGS = $(AM_CPPFLAGS) $(CHECK_CFLAGS) \
	-DTESTS_FIXTURES_DIR='"$(abs_top_srcdir)/tests/fixtures"'
TEST_LIBS = tests/libtestmain.la tests/libmockhost.la $(CHECK_LIBS)

check_LTLIBRARIES = tests/libtestmain.la tests/libmockhost.la
tests_libtestmain_la_SOURCES = tests/check_main.c tests/check_main.h \
	tests/fixtures_dir.c
tests_libtestmain_la_CPPFLAGS = $(TEST_CPPFLAGS)
tests_libmockhost_la_SOURCES = tests/mock/mock_host.c tests/mock/mock_host.h \
	formats/classic/classic.c formats/classic/classic_cell.c
tests_libmockhost_la_CPPFLAGS = $(TEST_CPPFLAGS)

EXTRA_DIST += tests/fixtures
