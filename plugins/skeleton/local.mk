# plugins/skeleton: the documented template family plugin (docs/plugin-guide.md).
# Copy this fragment with the directory; the convenience library lets the
# unit test link the plugin's code without dlopening it.
noinst_LTLIBRARIES += plugins/skeleton/libskeleton.la
plugins_skeleton_libskeleton_la_SOURCES = plugins/skeleton/skeleton.c

module_LTLIBRARIES += modules/skeleton.la
modules_skeleton_la_SOURCES =
modules_skeleton_la_LIBADD = plugins/skeleton/libskeleton.la
modules_skeleton_la_LDFLAGS = $(MODULE_LDFLAGS)

check_PROGRAMS += tests/plugins/skeleton/test_skeleton
TESTS += tests/plugins/skeleton/test_skeleton
tests_plugins_skeleton_test_skeleton_SOURCES = \
	tests/plugins/skeleton/test_skeleton.c
tests_plugins_skeleton_test_skeleton_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_skeleton_test_skeleton_LDADD = \
	plugins/skeleton/libskeleton.la $(TEST_LIBS)
