# plugins/lib/ip/internet: the "Active Internet connections" section of
# inet and inet6 (columns, net-tools' cell renderings, the record of one
# kernel socket row). A convenience library linked into both modules.
noinst_LTLIBRARIES += plugins/lib/ip/internet/libip_internet.la
plugins_lib_ip_internet_libip_internet_la_SOURCES = \
	plugins/lib/ip/internet/ip_internet.h \
	plugins/lib/ip/internet/ip_internals.h \
	plugins/lib/ip/internet/tcp_info.c \
	plugins/lib/ip/internet/section.c \
	plugins/lib/ip/internet/cells.c \
	plugins/lib/ip/internet/record.c
