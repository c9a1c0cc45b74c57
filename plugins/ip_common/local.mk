# plugins/ip_common: (being written)
