dist_netstatconf_DATA += conf/netstat.yaml
EXTRA_DIST += conf/conf.d/example-vendor.yaml.sample
