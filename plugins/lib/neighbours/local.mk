# plugins/lib/neighbours: the NET/ROM and ROSE neighbour table reader,
# linked into the netrom and rose modules; not a module of its own.
noinst_LTLIBRARIES += plugins/lib/neighbours/libneighbours.la
plugins_lib_neighbours_libneighbours_la_SOURCES = \
	plugins/lib/neighbours/neighbours.c \
	plugins/lib/neighbours/neighbours.h
