/* The host table the renderers reach the host through, set at init. */
#include <unistd.h>

#include "plugins/ip_common/ip_common.h"
#include "plugins/ip_common/ip_sctp.h"

const struct netstat_host_api *ip_host;
long ip_clk_tck = 100;

int ip_common_init(const struct netstat_host_api *host)
{
	if (!host || host->abi_major != NETSTAT_ABI_MAJOR)
		return NETSTAT_ERR_ABI;
	ip_host = host;
	/* net-tools divides tcp timer ticks by the user clock rate. */
	long hz = sysconf(_SC_CLK_TCK);
	ip_clk_tck = hz > 0 ? hz : 100;
	return 0;
}

void ip_common_fini(void)
{
	ip_sctp_fini();
	ip_diag_close();
}
