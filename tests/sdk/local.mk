# tests/sdk: the installed SDK as a vendor uses it (docs/plugin-guide.md):
# install into a DESTDIR, build docs/examples/* with `make CFLAGS=...` and
# that install's pkg-config file only, run them.
TESTS += tests/sdk/test_sdk.sh
EXTRA_DIST += tests/sdk/test_sdk.sh
AM_TESTS_ENVIRONMENT += MAKE='$(MAKE)'; export MAKE; CC='$(CC)'; export CC; \
	PKG_CONFIG='$(PKG_CONFIG)'; export PKG_CONFIG;
