# plugins/bluetooth: Bluetooth sockets, as Debian's net-tools (unsupported).
noinst_LTLIBRARIES += plugins/bluetooth/libbluetooth.la
plugins_bluetooth_libbluetooth_la_SOURCES = plugins/bluetooth/bluetooth.c

module_LTLIBRARIES += modules/bluetooth.la
modules_bluetooth_la_SOURCES =
modules_bluetooth_la_LIBADD = plugins/bluetooth/libbluetooth.la
modules_bluetooth_la_LDFLAGS = $(MODULE_LDFLAGS)

check_PROGRAMS += tests/plugins/bluetooth/test_bluetooth
TESTS += tests/plugins/bluetooth/test_bluetooth
tests_plugins_bluetooth_test_bluetooth_SOURCES = \
	tests/plugins/bluetooth/test_bluetooth.c \
	tests/plugins/legacy/legacy_test.h
tests_plugins_bluetooth_test_bluetooth_CPPFLAGS = $(TEST_CPPFLAGS)
tests_plugins_bluetooth_test_bluetooth_LDADD = \
	plugins/bluetooth/libbluetooth.la $(TEST_LIBS)
