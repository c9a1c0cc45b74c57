# formats/csv: RFC 4180 CSV, a header record per section (docs/csv.md).
noinst_LTLIBRARIES += formats/csv/libformat_csv.la
formats_csv_libformat_csv_la_SOURCES = \
	formats/csv/csv.c \
	formats/csv/csv_field.c \
	formats/csv/csv_field.h

module_LTLIBRARIES += modules/csv.la
modules_csv_la_SOURCES =
modules_csv_la_LIBADD = formats/csv/libformat_csv.la \
	formats/common/libformat_common.la
modules_csv_la_LDFLAGS = $(MODULE_LDFLAGS)
dist_doc_DATA += docs/csv.md
