# plugins/inet6: (being written)
