dist_man_MANS += docs/netstat.8 docs/netstat.yaml.5
EXTRA_DIST += docs/design-notes.md
EXTRA_DIST += docs/compat.md docs/format-guide.md \
	docs/examples/format-example/Makefile \
	docs/examples/format-example/README \
	docs/examples/format-example/tsv.c \
	docs/examples/format-example/tsv.yaml
