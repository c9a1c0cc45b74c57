dist_man_MANS += docs/netstat.8 docs/netstat.yaml.5
EXTRA_DIST += docs/design-notes.md
