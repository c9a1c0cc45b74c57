dist_man_MANS += docs/netstat.8
