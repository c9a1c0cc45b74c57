# plugins/lib/ip/diag: the socket tables over NETLINK_SOCK_DIAG, with
# libmnl when configure found it (MNL_CPPFLAGS then defines HAVE_LIBMNL;
# without it every dump says -ENOSYS and /proc is read). A convenience
# library linked into inet and inet6.
noinst_LTLIBRARIES += plugins/lib/ip/diag/libip_diag.la
plugins_lib_ip_diag_libip_diag_la_SOURCES = \
	plugins/lib/ip/diag/ip_diag.h \
	plugins/lib/ip/diag/diag.c \
	plugins/lib/ip/diag/attrs.c \
	plugins/lib/ip/diag/attrs.h \
	plugins/lib/ip/diag/bytecode.c \
	plugins/lib/ip/diag/bytecode.h \
	plugins/lib/ip/diag/events.c \
	plugins/lib/ip/diag/ip_events.h \
	plugins/lib/ip/diag/occupancy.c \
	plugins/lib/ip/diag/occupancy.h
plugins_lib_ip_diag_libip_diag_la_CPPFLAGS = $(AM_CPPFLAGS) $(MNL_CPPFLAGS)
plugins_lib_ip_diag_libip_diag_la_LIBADD = \
	plugins/lib/sock_diag/libsock_diag.la $(MNL_LIBS)
