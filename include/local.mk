netstatinclude_HEADERS += \
	include/netstat/abi.h \
	include/netstat/error.h \
	include/netstat/family.h \
	include/netstat/format.h \
	include/netstat/host.h \
	include/netstat/netstat.h \
	include/netstat/options.h \
	include/netstat/parse.h \
	include/netstat/request.h \
	include/netstat/section.h \
	include/netstat/text.h \
	include/netstat/value.h

# pkg-config file out-of-tree modules build with
# (`pkg-config --cflags netstat-plugin`).
pkgconfigdir = $(libdir)/pkgconfig
pkgconfig_DATA = netstat-plugin.pc
