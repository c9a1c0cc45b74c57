# formats/common: the value model, UTF-8 and number text shared by the
# structured formats (json, csv, yaml). Linked into each of those modules;
# nothing of it is exported.
noinst_LTLIBRARIES += formats/common/libformat_common.la
formats_common_libformat_common_la_SOURCES = \
	formats/common/fmt_number.c \
	formats/common/fmt_number.h \
	formats/common/fmt_stream.c \
	formats/common/fmt_stream.h \
	formats/common/fmt_text.c \
	formats/common/fmt_text.h \
	formats/common/fmt_utf8.c \
	formats/common/fmt_utf8.h \
	formats/common/fmt_value.c \
	formats/common/fmt_value.h
