# plugins/lib/ip/backend: the `backend` option of inet and inet6 (netlink
# or /proc). A convenience library linked into both modules; it knows
# whether the build has libmnl (MNL_CPPFLAGS defines HAVE_LIBMNL).
noinst_LTLIBRARIES += plugins/lib/ip/backend/libip_backend.la
plugins_lib_ip_backend_libip_backend_la_SOURCES = \
	plugins/lib/ip/backend/ip_backend.h \
	plugins/lib/ip/backend/backend.c
plugins_lib_ip_backend_libip_backend_la_CPPFLAGS = $(AM_CPPFLAGS) \
	$(MNL_CPPFLAGS)
