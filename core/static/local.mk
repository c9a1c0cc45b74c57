# core/static: --enable-static-modules (docs/static.md). Every in-tree
# module also becomes one relocatable object exporting only its
# descriptor (module-object.sh), and netstat links them all with the
# table libltdl's preopen loader reads (preload-table.sh). Needs GNU make.
EXTRA_DIST += core/static/module-object.sh core/static/preload-table.sh

if STATIC_MODULES
STATIC_MODULE_NAMES = $(basename $(notdir $(module_LTLIBRARIES)))
STATIC_MODULE_OBJECTS = $(STATIC_MODULE_NAMES:%=modules/static/%.o)
# The modules' own external libraries (libmnl...), known once built.
STATIC_MODULE_DEPLIBS = `cat $(STATIC_MODULE_OBJECTS:=.deplibs)`

netstat_SOURCES += core/loader/builtin.c
nodist_netstat_SOURCES = core/static/preload_table.c
netstat_LDADD += $(STATIC_MODULE_OBJECTS) $(STATIC_MODULE_DEPLIBS)
# Spelled out: automake cannot derive them from the LDADD above.
netstat_DEPENDENCIES = core/libnetstat_core.la $(STATIC_MODULE_OBJECTS)
CLEANFILES += core/static/preload_table.c $(STATIC_MODULE_OBJECTS) \
	$(STATIC_MODULE_OBJECTS:=.deplibs)

modules/static/%.o: modules/%.la $(top_srcdir)/core/static/module-object.sh
	$(AM_V_GEN)$(MKDIR_P) modules/static && \
	LD='$(LD)' OBJCOPY='$(OBJCOPY)' NM='$(NM)' $(SHELL) \
		$(top_srcdir)/core/static/module-object.sh $* $@ $< \
		$(modules_$*_la_OBJECTS) \
		$(filter %.la,$(modules_$*_la_LIBADD))

core/static/preload_table.c: Makefile \
		$(top_srcdir)/core/static/preload-table.sh
	$(AM_V_GEN)$(MKDIR_P) core/static && \
	$(SHELL) $(top_srcdir)/core/static/preload-table.sh \
		$(STATIC_MODULE_NAMES) >$@.tmp && mv $@.tmp $@

# The counterpart of tests/core/test_modules: every module is linked in
# and loads through the preloaded table alone.
check_PROGRAMS += tests/core/test_static
TESTS += tests/core/test_static
tests_core_test_static_SOURCES = tests/core/test_static.c \
	core/loader/builtin.c
nodist_tests_core_test_static_SOURCES = core/static/preload_table.c
tests_core_test_static_CPPFLAGS = $(TEST_CPPFLAGS) \
	-DBUILT_MODULES_DIR='"$(abs_top_builddir)/modules"'
tests_core_test_static_LDADD = core/libnetstat_core.la \
	$(STATIC_MODULE_OBJECTS) $(STATIC_MODULE_DEPLIBS) $(TEST_LIBS)
tests_core_test_static_DEPENDENCIES = core/libnetstat_core.la \
	$(STATIC_MODULE_OBJECTS) $(check_LTLIBRARIES)
else
netstat_SOURCES += core/loader/no_builtin.c
endif
EXTRA_DIST += tests/core/test_static.c
