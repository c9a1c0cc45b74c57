# plugins/ip_common: code the inet and inet6 family plugins share (sections,
# /proc/net parsers, net-tools renderings). A convenience library linked
# into each module, so nothing of it is exported.
noinst_LTLIBRARIES += plugins/ip_common/libip_common.la
plugins_ip_common_libip_common_la_SOURCES = \
	plugins/ip_common/ip_common.h \
	plugins/ip_common/ip_host.c \
	plugins/ip_common/ip_tables.c \
	plugins/ip_common/ip_parse.c \
	plugins/ip_common/ip_open.c \
	plugins/ip_common/ip_text.c \
	plugins/ip_common/ip_cells.c \
	plugins/ip_common/ip_section.c \
	plugins/ip_common/ip_sockets.c \
	plugins/ip_common/ip_sctp.h \
	plugins/ip_common/ip_sctp_parse.c \
	plugins/ip_common/ip_sctp.c \
	plugins/ip_common/ip_groups_section.c \
	plugins/ip_common/ip_groups.c

# Netlink backend (sock_diag, rtnetlink) with libmnl when configure found
# it (MNL_CPPFLAGS then defines HAVE_LIBMNL); the /proc parsers stay the
# fallback. Backend choice: plugins/ip_common/ip_backend.c.
plugins_ip_common_libip_common_la_SOURCES += \
	plugins/ip_common/ip_backend.c \
	plugins/ip_common/ip_diag.c \
	plugins/ip_common/ip_route_nl.c \
	plugins/ip_common/ip_fmt.c
plugins_ip_common_libip_common_la_CPPFLAGS = $(AM_CPPFLAGS) $(MNL_CPPFLAGS)
plugins_ip_common_libip_common_la_LIBADD = $(MNL_LIBS)
