/* The socket tables of the connection listing, one per /proc/net file. */
#include <string.h>

#include "plugins/ip_common/ip_common.h"

static const struct ip_table tables[] = {
	{"tcp", "net/tcp", "AF INET (tcp)", "tcp", "tcp", IP_KIND_TCP, 11},
	{"tcp6", "net/tcp6", NULL, "tcp", "tcp", IP_KIND_TCP, 11},
	{"udp", "net/udp", "AF INET (udp)", "udp", "udp", IP_KIND_UDP, 10},
	{"udp6", "net/udp6", NULL, "udp", "udp", IP_KIND_UDP, 10},
	/* UDP-Lite names its ports from the udp list, as net-tools does. */
	{"udpl", "net/udplite", "AF INET (udplite)", "udp", "udp", IP_KIND_UDP,
	 10},
	{"udpl6", "net/udplite6", NULL, "udp", "udp", IP_KIND_UDP, 10},
	{"raw", "net/raw", "AF INET (raw)", "raw", "raw", IP_KIND_RAW, 10},
	{"raw6", "net/raw6", NULL, "raw", "raw", IP_KIND_RAW, 10},
};

const struct ip_table *ip_table_by_name(const char *name)
{
	for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++)
		if (strcmp(tables[i].name, name) == 0)
			return &tables[i];
	return NULL;
}
