# plugins/lib/sock_diag: the NETLINK_SOCK_DIAG socket and dump loop that
# inet_diag (plugins/lib/ip/diag) and unix_diag (plugins/unix) share, and
# the check of a received buffer and the end of a dump (netlink_buffer.h,
# netlink_done.h, which the route dumps include too); with libmnl when
# configure found it (MNL_CPPFLAGS defines HAVE_LIBMNL; without it every
# call says -ENOSYS). A convenience library.
noinst_LTLIBRARIES += plugins/lib/sock_diag/libsock_diag.la
plugins_lib_sock_diag_libsock_diag_la_SOURCES = \
	plugins/lib/sock_diag/netlink_buffer.h \
	plugins/lib/sock_diag/netlink_done.h \
	plugins/lib/sock_diag/sock_diag.h \
	plugins/lib/sock_diag/sock_diag.c \
	plugins/lib/sock_diag/dump_reader.h \
	plugins/lib/sock_diag/dump_reader.c
plugins_lib_sock_diag_libsock_diag_la_CPPFLAGS = $(AM_CPPFLAGS) $(MNL_CPPFLAGS)
plugins_lib_sock_diag_libsock_diag_la_CFLAGS = $(AM_CFLAGS) -pthread
plugins_lib_sock_diag_libsock_diag_la_LIBADD = $(MNL_LIBS) -lpthread
