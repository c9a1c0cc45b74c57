# formats/yaml: YAML through libyaml's emitter, one document per pass
# (docs/yaml.md).
noinst_LTLIBRARIES += formats/yaml/libformat_yaml.la
formats_yaml_libformat_yaml_la_SOURCES = \
	formats/yaml/yaml_format.c \
	formats/yaml/yaml_text.c \
	formats/yaml/yaml_text.h
formats_yaml_libformat_yaml_la_CPPFLAGS = $(AM_CPPFLAGS) $(YAML_CFLAGS)

module_LTLIBRARIES += modules/yaml.la
modules_yaml_la_SOURCES =
modules_yaml_la_LIBADD = formats/yaml/libformat_yaml.la \
	formats/common/libformat_common.la $(YAML_LIBS)
modules_yaml_la_LDFLAGS = $(MODULE_LDFLAGS)
dist_doc_DATA += docs/yaml.md
