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
	core/cli/watch.c \
	core/config/config.c \
	core/config/config.h \
	core/config/module_options.c \
	core/config/module_options.h \
	core/config/yaml_tree.c \
	core/config/yaml_tree.h \
	core/loader/loader.c \
	core/loader/loader.h \
	core/loader/module_index.c \
	core/loader/module_index.h \
	core/loader/registry.c \
	core/netns/discover.c \
	core/netns/netns.h \
	core/netns/netns_private.h \
	core/netns/spec.c \
	core/netns/switch.c \
	core/query/filter.h \
	core/query/filter_ast.h \
	core/query/filter_field.c \
	core/query/filter_literal.c \
	core/query/regex_size.c core/query/regex_size.h \
	core/query/filter_match.c \
	core/query/filter_parse.c \
	core/query/filter_private.h \
	core/query/lexer.c \
	core/query/lexer.h \
	core/query/query.c \
	core/query/query.h \
	core/query/store.c \
	core/query/store.h \
	core/query/value_order.c \
	core/query/value_order.h \
	core/loader/registry.h \
	core/run/column_use.c \
	core/run/column_use.h \
	core/run/columns.c \
	core/run/columns.h \
	core/run/context.h \
	core/run/counters.c \
	core/run/counters.h \
	core/run/counters_private.h \
	core/run/counters_section.c \
	core/run/counters_state.c \
	core/run/delta_state.c \
	core/run/delta_state.h \
	core/run/dispatch.c \
	core/run/dispatch.h \
	core/run/field_list.c \
	core/run/field_list.h \
	core/run/host_api.c \
	core/run/host_report.c \
	core/run/host_report.h \
	core/run/host_api.h \
	core/run/module_list.c \
	core/run/module_list.h \
	core/run/netns_view.c \
	core/run/netns_view.h \
	core/run/output.c \
	core/run/output_file.c \
	core/run/plan.c \
	core/run/plan.h \
	core/run/sources.c \
	core/run/sources.h \
	core/services/container.c \
	core/services/container.h \
	core/services/cgroups.c \
	core/services/cgroups.h \
	core/run/stream.c \
	core/run/stream.h \
	core/services/lines.c \
	core/services/lines.h \
	core/services/names.c \
	core/services/names.h \
	core/services/process_details.c \
	core/services/process_details.h \
	core/services/programs.c \
	core/services/programs.h \
	core/services/tables.c \
	core/services/tables.h
# Set-uid rules (docs/security.md).
core_libnetstat_core_la_SOURCES += core/privilege.c core/privilege.h
core_libnetstat_core_la_CFLAGS = $(AM_CFLAGS) $(YAML_CFLAGS)
core_libnetstat_core_la_LIBADD = $(YAML_LIBS) $(LTDL_LIBS)


# netstat-module-index: writes DIR/modules.index, what each module in DIR
# provides, so a run opens only the modules its request needs
# (core/loader/module_index.h). Run on the build tree's modules by make,
# and on the installed ones by make install.
pkglibexec_PROGRAMS = netstat-module-index
netstat_module_index_SOURCES = core/tools/module_index_tool.c
netstat_module_index_LDADD = core/libnetstat_core.la

all-local: modules/modules.index
modules/modules.index: netstat-module-index$(EXEEXT) $(module_LTLIBRARIES)
	$(AM_V_GEN)./netstat-module-index$(EXEEXT) modules
CLEANFILES += modules/modules.index

# The build tree's tool, so the index does not wait for install-exec.
install-data-hook:
	./netstat-module-index$(EXEEXT) '$(DESTDIR)$(moduledir)'
uninstall-hook:
	rm -f '$(DESTDIR)$(moduledir)/modules.index'
