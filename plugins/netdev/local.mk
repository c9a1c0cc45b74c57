# plugins/netdev: the interface table (-i). The sources build once into a
# convenience library that both the module and its tests link.
noinst_LTLIBRARIES += plugins/netdev/libnetdev.la
plugins_netdev_libnetdev_la_SOURCES = \
	plugins/netdev/netdev.h \
	plugins/netdev/netdev.c \
	plugins/netdev/netdev_hw.c \
	plugins/netdev/netdev_layout.c \
	plugins/netdev/netdev_list.c \
	plugins/netdev/netdev_show.c \
	plugins/netdev/netdev_values.c

module_LTLIBRARIES += modules/netdev.la
modules_netdev_la_SOURCES =
modules_netdev_la_LIBADD = plugins/netdev/libnetdev.la
modules_netdev_la_LDFLAGS = $(MODULE_LDFLAGS)

check_PROGRAMS += tests/plugins/netdev/test_netdev
TESTS += tests/plugins/netdev/test_netdev
tests_plugins_netdev_test_netdev_SOURCES = tests/plugins/netdev/test_netdev.c
tests_plugins_netdev_test_netdev_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_netdev_test_netdev_LDADD = plugins/netdev/libnetdev.la \
	$(TEST_LIBS)
