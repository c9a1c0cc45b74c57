# plugins/lib/ip/groups: the multicast group memberships section (-g) of
# inet and inet6. A convenience library linked into both modules.
noinst_LTLIBRARIES += plugins/lib/ip/groups/libip_groups.la
plugins_lib_ip_groups_libip_groups_la_SOURCES = \
	plugins/lib/ip/groups/ip_groups.h \
	plugins/lib/ip/groups/section.c
