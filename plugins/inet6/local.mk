# plugins/inet6: IPv6 sockets and multicast groups (tests: plugins/inet).
module_LTLIBRARIES += modules/inet6.la
modules_inet6_la_SOURCES = plugins/inet6/inet6.c
modules_inet6_la_LDFLAGS = $(MODULE_LDFLAGS)
modules_inet6_la_LIBADD = plugins/ip_common/libip_common.la

# Routes (-r -6) and IPv6 statistics (-s -6); tests in
# tests/plugins/inet/test_reports.c.
modules_inet6_la_SOURCES += \
	plugins/inet6/reports.h \
	plugins/inet6/route.c \
	plugins/inet6/stats.c
modules_inet6_la_LIBADD += plugins/ip_stats/libip_stats.la
