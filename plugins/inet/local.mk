# plugins/inet: (being written)
