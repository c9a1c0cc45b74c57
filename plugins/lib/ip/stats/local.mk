# plugins/lib/ip/stats: the -s counter engine (the statistics section,
# counters to records, the snmp line-pair reader) and the TCP counter
# tables both families print. A convenience library linked into inet and
# inet6; each brings its own other tables.
noinst_LTLIBRARIES += plugins/lib/ip/stats/libip_stats.la
plugins_lib_ip_stats_libip_stats_la_SOURCES = \
	plugins/lib/ip/stats/ip_stats.h \
	plugins/lib/ip/stats/section.c \
	plugins/lib/ip/stats/engine.c \
	plugins/lib/ip/stats/measures.c \
	plugins/lib/ip/stats/read_pairs.c \
	plugins/lib/ip/stats/tcp_tables.c
