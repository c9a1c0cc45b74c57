# Hardening tests (docs/security.md): hostile input through the binary,
# set-uid runs, socket churn, and the unit tests under valgrind.
TESTS += tests/integration/hostile.sh tests/integration/setuid.sh \
	tests/integration/churn.sh
EXTRA_DIST += tests/integration/hostile.sh tests/integration/setuid.sh \
	tests/integration/churn.sh tests/valgrind.sh docs/security.md

# The installed tree against chkrootkit's netstat check: the test runs
# make install-strip (and make install) into a DESTDIR of its own, with
# the $(MAKE) tests/sdk/local.mk exports.
TESTS += tests/integration/chkrootkit.sh
EXTRA_DIST += tests/integration/chkrootkit.sh

# make check-valgrind: every Check program in TESTS under memcheck.
# test_formats' warn-once checks need a fresh process per test.
VALGRIND_TEST_LIST = $(filter-out %.sh,$(TESTS))
VALGRIND_FORK = tests/formats/test_formats
check-valgrind: $(check_PROGRAMS) $(check_LTLIBRARIES)
	$(AM_V_at)$(AM_TESTS_ENVIRONMENT) VALGRIND_FORK='$(VALGRIND_FORK)' \
		$(SHELL) \
		$(top_srcdir)/tests/valgrind.sh '$(LIBTOOL)' $(VALGRIND_TEST_LIST)
.PHONY: check-valgrind

if SANITIZERS
netstat_SOURCES += core/sanitizer_options.c
endif
EXTRA_DIST += core/sanitizer_options.c
if SANITIZERS
AM_TESTS_ENVIRONMENT += NETSTAT_SANITIZED=1; export NETSTAT_SANITIZED;
endif
