# tests/fuzz: one libFuzzer harness per parser, the config reader and the
# command line (see tests/fuzz/README.md). In a build configured with
# CC=clang --enable-fuzzing they link libFuzzer and `make fuzz` runs each
# for FUZZ_SECONDS; in every other build they link a main() that replays
# the corpus, and make check runs that replay (tests/fuzz/replay.sh).
FUZZ_SECONDS = 60
FUZZ_HARNESSES = ip_sockets sctp igmp unix ax25 ax25_route netrom netrom_route ipx ipx_route x25 x25_route rose rose_route ddp_route inet_route inet6_route rt_cache ip_stats snmp6 netdev masquerade \
	inet_diag unix_diag route_netlink route6_netlink ip_events formats config cli query

if FUZZING
FUZZ_MAIN_LIBS =
FUZZ_LINK_FLAGS = -fsanitize=fuzzer
else
FUZZ_MAIN_LIBS = tests/fuzz/libfuzzreplay.la
FUZZ_LINK_FLAGS =
endif

check_LTLIBRARIES += tests/fuzz/libfuzzreplay.la tests/fuzz/libfuzzfamily.la
tests_fuzz_libfuzzreplay_la_SOURCES = tests/fuzz/replay_main.c
tests_fuzz_libfuzzfamily_la_SOURCES = tests/fuzz/fuzz.h tests/fuzz/fuzz_family.c

FUZZ_FAMILY_LIBS = tests/fuzz/libfuzzfamily.la tests/libmockhost.la \
	$(FUZZ_MAIN_LIBS)
# inet and inet6 with the plugins/lib/ip libraries (plugins/inet/local.mk).
FUZZ_IP_LIBS = $(INET_TEST_LIBS) $(FUZZ_FAMILY_LIBS)
FUZZ_CORE_LIBS = core/libnetstat_core.la $(FUZZ_MAIN_LIBS)

check_PROGRAMS += tests/fuzz/fuzz_ip_sockets
tests_fuzz_fuzz_ip_sockets_SOURCES = tests/fuzz/fuzz_ip_sockets.c
tests_fuzz_fuzz_ip_sockets_LDADD = $(FUZZ_IP_LIBS)
tests_fuzz_fuzz_ip_sockets_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_sctp
tests_fuzz_fuzz_sctp_SOURCES = tests/fuzz/fuzz_sctp.c
tests_fuzz_fuzz_sctp_LDADD = $(FUZZ_IP_LIBS)
tests_fuzz_fuzz_sctp_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_igmp
tests_fuzz_fuzz_igmp_SOURCES = tests/fuzz/fuzz_igmp.c
tests_fuzz_fuzz_igmp_LDADD = $(FUZZ_IP_LIBS)
tests_fuzz_fuzz_igmp_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_unix
tests_fuzz_fuzz_unix_SOURCES = tests/fuzz/fuzz_unix.c
tests_fuzz_fuzz_unix_LDADD = plugins/unix/libunix.la $(FUZZ_FAMILY_LIBS)
tests_fuzz_fuzz_unix_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_ax25
tests_fuzz_fuzz_ax25_SOURCES = tests/fuzz/fuzz_ax25.c
tests_fuzz_fuzz_ax25_LDADD = plugins/ax25/libax25.la $(FUZZ_FAMILY_LIBS)
tests_fuzz_fuzz_ax25_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_ax25_route
tests_fuzz_fuzz_ax25_route_SOURCES = tests/fuzz/fuzz_ax25_route.c
tests_fuzz_fuzz_ax25_route_LDADD = plugins/ax25/libax25.la $(FUZZ_FAMILY_LIBS)
tests_fuzz_fuzz_ax25_route_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_netrom
tests_fuzz_fuzz_netrom_SOURCES = tests/fuzz/fuzz_netrom.c
tests_fuzz_fuzz_netrom_LDADD = plugins/netrom/libnetrom.la $(FUZZ_FAMILY_LIBS)
tests_fuzz_fuzz_netrom_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_netrom_route
tests_fuzz_fuzz_netrom_route_SOURCES = tests/fuzz/fuzz_netrom_route.c
tests_fuzz_fuzz_netrom_route_LDADD = plugins/netrom/libnetrom.la $(FUZZ_FAMILY_LIBS)
tests_fuzz_fuzz_netrom_route_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_ipx
tests_fuzz_fuzz_ipx_SOURCES = tests/fuzz/fuzz_ipx.c
tests_fuzz_fuzz_ipx_LDADD = plugins/ipx/libipx.la $(FUZZ_FAMILY_LIBS)
tests_fuzz_fuzz_ipx_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_ipx_route
tests_fuzz_fuzz_ipx_route_SOURCES = tests/fuzz/fuzz_ipx_route.c
tests_fuzz_fuzz_ipx_route_LDADD = plugins/ipx/libipx.la $(FUZZ_FAMILY_LIBS)
tests_fuzz_fuzz_ipx_route_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_x25
tests_fuzz_fuzz_x25_SOURCES = tests/fuzz/fuzz_x25.c
tests_fuzz_fuzz_x25_LDADD = plugins/x25/libx25.la $(FUZZ_FAMILY_LIBS)
tests_fuzz_fuzz_x25_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_x25_route
tests_fuzz_fuzz_x25_route_SOURCES = tests/fuzz/fuzz_x25_route.c
tests_fuzz_fuzz_x25_route_LDADD = plugins/x25/libx25.la $(FUZZ_FAMILY_LIBS)
tests_fuzz_fuzz_x25_route_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_rose
tests_fuzz_fuzz_rose_SOURCES = tests/fuzz/fuzz_rose.c
tests_fuzz_fuzz_rose_LDADD = plugins/rose/librose.la $(FUZZ_FAMILY_LIBS)
tests_fuzz_fuzz_rose_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_rose_route
tests_fuzz_fuzz_rose_route_SOURCES = tests/fuzz/fuzz_rose_route.c
tests_fuzz_fuzz_rose_route_LDADD = plugins/rose/librose.la $(FUZZ_FAMILY_LIBS)
tests_fuzz_fuzz_rose_route_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_ddp_route
tests_fuzz_fuzz_ddp_route_SOURCES = tests/fuzz/fuzz_ddp_route.c
tests_fuzz_fuzz_ddp_route_LDADD = plugins/ddp/libddp.la $(FUZZ_FAMILY_LIBS)
tests_fuzz_fuzz_ddp_route_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_inet_route
tests_fuzz_fuzz_inet_route_SOURCES = tests/fuzz/fuzz_inet_route.c
tests_fuzz_fuzz_inet_route_LDADD = $(FUZZ_IP_LIBS)
tests_fuzz_fuzz_inet_route_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_inet6_route
tests_fuzz_fuzz_inet6_route_SOURCES = tests/fuzz/fuzz_inet6_route.c
tests_fuzz_fuzz_inet6_route_LDADD = $(FUZZ_IP_LIBS)
tests_fuzz_fuzz_inet6_route_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_rt_cache
tests_fuzz_fuzz_rt_cache_SOURCES = tests/fuzz/fuzz_rt_cache.c
tests_fuzz_fuzz_rt_cache_LDADD = $(FUZZ_IP_LIBS)
tests_fuzz_fuzz_rt_cache_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_ip_stats
tests_fuzz_fuzz_ip_stats_SOURCES = tests/fuzz/fuzz_ip_stats.c
tests_fuzz_fuzz_ip_stats_LDADD = $(FUZZ_IP_LIBS)
tests_fuzz_fuzz_ip_stats_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_snmp6
tests_fuzz_fuzz_snmp6_SOURCES = tests/fuzz/fuzz_snmp6.c
tests_fuzz_fuzz_snmp6_LDADD = $(FUZZ_IP_LIBS)
tests_fuzz_fuzz_snmp6_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_netdev
tests_fuzz_fuzz_netdev_SOURCES = tests/fuzz/fuzz_netdev.c
tests_fuzz_fuzz_netdev_LDADD = plugins/netdev/libnetdev.la $(FUZZ_FAMILY_LIBS)
tests_fuzz_fuzz_netdev_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_masquerade
tests_fuzz_fuzz_masquerade_SOURCES = tests/fuzz/fuzz_masquerade.c
tests_fuzz_fuzz_masquerade_LDADD = plugins/masquerade/libmasquerade.la $(FUZZ_FAMILY_LIBS)
tests_fuzz_fuzz_masquerade_LDFLAGS = $(FUZZ_LINK_FLAGS)

# The netlink reply parsers, fed crafted messages at their parsing step
# (the socket left out); JSON renders some of their records.
FUZZ_JSON_LIBS = formats/json/libformat_json.la \
	formats/common/libformat_common.la

check_PROGRAMS += tests/fuzz/fuzz_inet_diag
tests_fuzz_fuzz_inet_diag_SOURCES = tests/fuzz/fuzz_inet_diag.c
tests_fuzz_fuzz_inet_diag_CPPFLAGS = $(AM_CPPFLAGS) $(MNL_CPPFLAGS)
tests_fuzz_fuzz_inet_diag_LDADD = $(FUZZ_JSON_LIBS) $(FUZZ_IP_LIBS) $(MNL_LIBS)
tests_fuzz_fuzz_inet_diag_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_ip_events
tests_fuzz_fuzz_ip_events_SOURCES = tests/fuzz/fuzz_ip_events.c
tests_fuzz_fuzz_ip_events_CPPFLAGS = $(AM_CPPFLAGS) $(MNL_CPPFLAGS)
tests_fuzz_fuzz_ip_events_LDADD = $(FUZZ_JSON_LIBS) $(FUZZ_IP_LIBS) $(MNL_LIBS)
tests_fuzz_fuzz_ip_events_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_unix_diag
tests_fuzz_fuzz_unix_diag_SOURCES = tests/fuzz/fuzz_unix_diag.c
tests_fuzz_fuzz_unix_diag_CPPFLAGS = $(AM_CPPFLAGS) $(MNL_CPPFLAGS)
tests_fuzz_fuzz_unix_diag_LDADD = plugins/unix/libunix.la $(FUZZ_FAMILY_LIBS) \
	$(MNL_LIBS)
tests_fuzz_fuzz_unix_diag_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_route_netlink
tests_fuzz_fuzz_route_netlink_SOURCES = tests/fuzz/fuzz_route_netlink.c
tests_fuzz_fuzz_route_netlink_CPPFLAGS = $(AM_CPPFLAGS) $(MNL_CPPFLAGS)
tests_fuzz_fuzz_route_netlink_LDADD = $(FUZZ_IP_LIBS) $(MNL_LIBS)
tests_fuzz_fuzz_route_netlink_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_route6_netlink
tests_fuzz_fuzz_route6_netlink_SOURCES = tests/fuzz/fuzz_route6_netlink.c
tests_fuzz_fuzz_route6_netlink_CPPFLAGS = $(AM_CPPFLAGS) $(MNL_CPPFLAGS)
tests_fuzz_fuzz_route6_netlink_LDADD = $(FUZZ_IP_LIBS) $(MNL_LIBS)
tests_fuzz_fuzz_route6_netlink_LDFLAGS = $(FUZZ_LINK_FLAGS)

# The structured formats over untrusted text; the test readers of
# tests/formats check what they write.
check_PROGRAMS += tests/fuzz/fuzz_formats
tests_fuzz_fuzz_formats_SOURCES = tests/fuzz/fuzz_formats.c \
	tests/formats/drive.c tests/formats/json_check.c \
	tests/formats/csv_check.c
tests_fuzz_fuzz_formats_CPPFLAGS = $(AM_CPPFLAGS) $(YAML_CFLAGS)
tests_fuzz_fuzz_formats_LDADD = formats/json/libformat_json.la \
	formats/csv/libformat_csv.la formats/yaml/libformat_yaml.la \
	formats/common/libformat_common.la tests/fuzz/libfuzzfamily.la \
	tests/libmockhost.la $(FUZZ_MAIN_LIBS) $(YAML_LIBS)
tests_fuzz_fuzz_formats_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_config
tests_fuzz_fuzz_config_SOURCES = tests/fuzz/fuzz_config.c
tests_fuzz_fuzz_config_LDADD = $(FUZZ_CORE_LIBS)
tests_fuzz_fuzz_config_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_query
tests_fuzz_fuzz_query_SOURCES = tests/fuzz/fuzz_query.c
tests_fuzz_fuzz_query_LDADD = $(FUZZ_CORE_LIBS)
tests_fuzz_fuzz_query_LDFLAGS = $(FUZZ_LINK_FLAGS)

check_PROGRAMS += tests/fuzz/fuzz_cli
tests_fuzz_fuzz_cli_SOURCES = tests/fuzz/fuzz_cli.c
tests_fuzz_fuzz_cli_LDADD = $(FUZZ_CORE_LIBS)
tests_fuzz_fuzz_cli_LDFLAGS = $(FUZZ_LINK_FLAGS)

# Replays every corpus and regression input (any build; with sanitizers
# under --enable-sanitizers).
TESTS += tests/fuzz/replay.sh
EXTRA_DIST += tests/fuzz/replay.sh tests/fuzz/run.sh tests/fuzz/seed.py \
	tests/fuzz/README.md tests/fuzz/no-coverage.txt tests/fuzz/corpus \
	tests/fuzz/regress

# make fuzz [FUZZ_SECONDS=N] [FUZZ_ONLY="unix cli"]: each harness for
# FUZZ_SECONDS, starting from (a copy of) its corpus.
fuzz: $(FUZZ_HARNESSES:%=tests/fuzz/fuzz_%)
if FUZZING
	$(AM_V_at)FUZZ_SECONDS='$(FUZZ_SECONDS)' \
		$(SHELL) $(top_srcdir)/tests/fuzz/run.sh $(top_srcdir) \
		$(abs_top_builddir)/tests/fuzz $(or $(FUZZ_ONLY),$(FUZZ_HARNESSES))
else
	@echo "make fuzz: this build has no libFuzzer; configure another build" \
		"directory with CC=clang --enable-fuzzing (tests/fuzz/README.md)" >&2
	@exit 1
endif
.PHONY: fuzz

# The replay test keeps one log per harness for a failing run to be read.
CLEANFILES += tests/fuzz/replay-*.log
