# plugins/lib/socket_rows: what the legacy socket tables' rows share (the
# unreadable-line notice; the vr/vs cell is inline), linked into ax25,
# netrom, rose, x25 and ipx; not a module of its own.
noinst_LTLIBRARIES += plugins/lib/socket_rows/libsocket_rows.la
plugins_lib_socket_rows_libsocket_rows_la_SOURCES = \
	plugins/lib/socket_rows/socket_rows.h \
	plugins/lib/socket_rows/unreadable_row.c
