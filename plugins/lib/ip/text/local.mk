# plugins/lib/ip/text: the text of Internet values (kernel hex addresses,
# net-tools' host, port, user, state and timer text). A convenience
# library linked into inet and inet6, so nothing of it is exported.
noinst_LTLIBRARIES += plugins/lib/ip/text/libip_text.la
plugins_lib_ip_text_libip_text_la_SOURCES = \
	plugins/lib/ip/text/ip_text.h \
	plugins/lib/ip/text/hex_address.c \
	plugins/lib/ip/text/host_text.c \
	plugins/lib/ip/text/names.c \
	plugins/lib/ip/text/numbers.c
