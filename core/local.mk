# core/: the netstat host program.
bin_PROGRAMS += netstat
netstat_SOURCES = core/main.c
netstat_LDADD = core/libnetstat_core.la
netstat_LDFLAGS = -export-dynamic

# Everything but main(), so unit tests link the real code.
noinst_LTLIBRARIES += core/libnetstat_core.la
core_libnetstat_core_la_SOURCES = \
	core/errors.c \
	core/cli/cli.h \
	core/cli/keywords.c \
	core/cli/options.c \
	core/cli/selection.c \
	core/cli/usage.c \
	core/config/config.c \
	core/config/config.h \
	core/config/yaml_tree.c \
	core/config/yaml_tree.h \
	core/loader/loader.c \
	core/loader/loader.h \
	core/loader/registry.c \
	core/loader/registry.h \
	core/run/context.h \
	core/run/dispatch.c \
	core/run/dispatch.h \
	core/run/family_policy.c \
	core/run/family_policy.h \
	core/run/host_api.c \
	core/run/host_api.h \
	core/run/output.c \
	core/run/sources.c \
	core/run/sources.h \
	core/services/lines.c \
	core/services/lines.h \
	core/services/names.c \
	core/services/names.h \
	core/services/programs.c \
	core/services/programs.h
# Set-uid rules (docs/security.md).
core_libnetstat_core_la_SOURCES += core/privilege.c core/privilege.h
core_libnetstat_core_la_CFLAGS = $(AM_CFLAGS) $(YAML_CFLAGS)
core_libnetstat_core_la_LIBADD = $(YAML_LIBS) $(LTDL_LIBS)

