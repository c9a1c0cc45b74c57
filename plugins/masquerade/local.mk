# plugins/masquerade: -M. The sources build once into a convenience
# library that both the module and its tests link.
noinst_LTLIBRARIES += plugins/masquerade/libmasquerade.la
plugins_masquerade_libmasquerade_la_SOURCES = \
	plugins/masquerade/masq.h \
	plugins/masquerade/masq_parse.c \
	plugins/masquerade/masquerade.c

module_LTLIBRARIES += modules/masquerade.la
modules_masquerade_la_SOURCES =
modules_masquerade_la_LIBADD = plugins/masquerade/libmasquerade.la
modules_masquerade_la_LDFLAGS = $(MODULE_LDFLAGS)

check_PROGRAMS += tests/plugins/masquerade/test_masquerade
TESTS += tests/plugins/masquerade/test_masquerade
tests_plugins_masquerade_test_masquerade_SOURCES = \
	tests/plugins/masquerade/test_masquerade.c
tests_plugins_masquerade_test_masquerade_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_masquerade_test_masquerade_LDADD = \
	plugins/masquerade/libmasquerade.la $(TEST_LIBS)
