# formats/classic: net-tools compatible text.
module_LTLIBRARIES += modules/classic.la
modules_classic_la_SOURCES = \
	formats/classic/classic.c \
	formats/classic/classic_cell.c \
	formats/classic/classic_cell.h
modules_classic_la_LDFLAGS = $(MODULE_LDFLAGS)
