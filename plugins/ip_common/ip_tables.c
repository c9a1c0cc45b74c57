/* The socket tables of the connection listing, one per /proc/net file. */
#include <string.h>

#include "plugins/ip_common/ip_common.h"

static const struct ip_table tables[] = {
	{"tcp", "net/tcp", NULL, "AF INET (tcp)", "tcp", "tcp", IP_KIND_TCP,
	 11},
	{"tcp6", "net/tcp6", "net/tcp", NULL, "tcp", "tcp", IP_KIND_TCP, 11},
	{"udp", "net/udp", NULL, "AF INET (udp)", "udp", "udp", IP_KIND_UDP,
	 10},
	{"udp6", "net/udp6", "net/udp", NULL, "udp", "udp", IP_KIND_UDP, 10},
	/* UDP-Lite names its ports from the udp list, as net-tools does. */
	{"udpl", "net/udplite", NULL, "AF INET (udplite)", "udp", "udp",
	 IP_KIND_UDP, 10},
	{"udpl6", "net/udplite6", "net/udplite", NULL, "udp", "udp",
	 IP_KIND_UDP, 10},
	{"raw", "net/raw", NULL, "AF INET (raw)", "raw", "raw", IP_KIND_RAW,
	 10},
	{"raw6", "net/raw6", "net/raw", NULL, "raw", "raw", IP_KIND_RAW, 10},
};

const struct ip_table *ip_table_by_name(const char *name)
{
	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
		if (strcmp(tables[i].name, name) == 0)
			return &tables[i];
	return NULL;
}
