# plugins/lib/ip/sockets: the tcp, udp, udplite and raw tables (v4 and
# v6) from /proc/net or, through plugins/lib/ip/diag, netlink. A
# convenience library linked into inet and inet6 (with libip_internet,
# libip_diag, libip_backend and libip_text, which it calls).
noinst_LTLIBRARIES += plugins/lib/ip/sockets/libip_sockets.la
plugins_lib_ip_sockets_libip_sockets_la_SOURCES = \
	plugins/lib/ip/sockets/ip_sockets.h \
	plugins/lib/ip/sockets/parse.c \
	plugins/lib/ip/sockets/list.c
