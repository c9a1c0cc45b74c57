# tests/formats: the same checks over every structured format module (like
# libsigrok's output_all), and an end-to-end test of the built netstat whose
# output python3 parses back and validates against docs/netstat.schema.json.
check_PROGRAMS += tests/formats/test_formats
TESTS += tests/formats/test_formats tests/formats/test_formats.sh
tests_formats_test_formats_SOURCES = \
	tests/formats/test_formats.c \
	tests/formats/sample.c \
	tests/formats/sample.h \
	tests/formats/drive.c \
	tests/formats/drive.h \
	tests/formats/json_check.c \
	tests/formats/csv_check.c \
	tests/formats/checks.h \
	formats/prometheus/prometheus.c \
	formats/openmetrics/openmetrics.c
tests_formats_test_formats_CPPFLAGS = $(TEST_CPPFLAGS) $(YAML_CFLAGS)
tests_formats_test_formats_LDADD = formats/json/libformat_json.la \
	formats/csv/libformat_csv.la formats/yaml/libformat_yaml.la \
	formats/metrics/libformat_metrics.la \
	formats/common/libformat_common.la $(YAML_LIBS) $(TEST_LIBS)
EXTRA_DIST += tests/formats/test_formats.sh tests/formats/check_output.py
