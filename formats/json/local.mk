# formats/json: one JSON document per pass (docs/json.md). The sources build
# into a convenience library that the module and the format tests link.
noinst_LTLIBRARIES += formats/json/libformat_json.la
formats_json_libformat_json_la_SOURCES = \
	formats/json/json.c \
	formats/json/json_row.c \
	formats/json/json_row.h \
	formats/json/json_write.c \
	formats/json/json_write.h

module_LTLIBRARIES += modules/json.la
modules_json_la_SOURCES =
modules_json_la_LIBADD = formats/json/libformat_json.la \
	formats/common/libformat_common.la
modules_json_la_LDFLAGS = $(MODULE_LDFLAGS)

# The JSON Schema of the output, installed for consumers to validate with.
schemadir = $(pkgdatadir)/schema
dist_schema_DATA = docs/netstat.schema.json
dist_doc_DATA += docs/json.md
