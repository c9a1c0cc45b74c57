# plugins/legacy_common: helpers linked into the legacy socket families
# (ipx, ax25, netrom, x25, rose) and ddp; not a module of its own.
noinst_LTLIBRARIES += plugins/legacy_common/liblegacy_common.la
plugins_legacy_common_liblegacy_common_la_SOURCES = \
	plugins/legacy_common/legacy.h \
	plugins/legacy_common/legacy_cells.c \
	plugins/legacy_common/legacy_neighbours.c \
	plugins/legacy_common/legacy_open.c \
	plugins/legacy_common/legacy_route.c \
	plugins/legacy_common/legacy_text.c
EXTRA_DIST += tests/plugins/legacy/legacy_test.h \
	tests/plugins/legacy/legacy_route_test.h
