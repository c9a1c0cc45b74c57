/*
 * The bluetooth family, as Debian's net-tools 2.10 behaves (reference
 * §3.19): that build has no Bluetooth support, so asking for l2cap or
 * rfcomm sockets (or -A bluetooth) prints
 *
 *   netstat: feature `AF BLUETOOTH' not supported.
 *   Please recompile `net-tools' with newer kernel source or full
 * configuration.
 *
 * on stderr and ends the run with status 1; the default listing shows
 * nothing. Reading /sys/kernel/debug/bluetooth/{l2cap,rfcomm} the way the
 * upstream build does is left for a later version of this module.
 */
#include <netstat/netstat.h>

/* The upstream layout of the L2CAP table, for the record; no rows yet. */
static const struct netstat_column columns[] = {
	{.key = "proto", .title = "Proto", .type = NETSTAT_T_STRING},
	{.key = "destination",
	 .title = "Destination",
	 .type = NETSTAT_T_ADDRESS},
	{.key = "source", .title = "Source", .type = NETSTAT_T_ADDRESS},
	{.key = "state", .title = "State", .type = NETSTAT_T_STATE},
};

static const struct netstat_section bluetooth_section = {
	.key = "bluetooth",
	.title = "Active Bluetooth connections",
	.order = NETSTAT_ORDER_BLUETOOTH,
	.columns = columns,
	.n_columns = sizeof columns / sizeof columns[0],
};

static int bluetooth_list(struct netstat_ctx *ctx,
			  const struct netstat_request *req,
			  const struct netstat_source *src, void *state)
{
	/* Only a request naming Bluetooth hears about it. */
	if (req->explicit_count == 0)
		return NETSTAT_LIST_SKIPPED;
	netstat_ctx_host(ctx)->message(
		ctx, NETSTAT_STDERR,
		"netstat: feature `AF BLUETOOTH' not supported.\n"
		"Please recompile `net-tools' with newer kernel source "
		"or full configuration.\n");
	/* Ends the run: the message is printed once. */
	return NETSTAT_EXIT_UNAVAILABLE;
}

static const struct netstat_source sources[] = {
	{
		.name = "l2cap",
		.selector = "l2cap",
		.family = "bluetooth",
		.report = NETSTAT_REPORT_CONNECTIONS,
		.section = &bluetooth_section,
		.order = 0,
		.flags = NETSTAT_SOURCE_DEFAULT,
		.list = bluetooth_list,
	},
	{
		.name = "rfcomm",
		.selector = "rfcomm",
		.family = "bluetooth",
		.report = NETSTAT_REPORT_CONNECTIONS,
		.section = &bluetooth_section,
		.order = 1,
		.flags = NETSTAT_SOURCE_DEFAULT,
		.list = bluetooth_list,
	},
};

static const struct netstat_family bluetooth_family = {
	.size = sizeof(struct netstat_family),
	.sources = sources,
	.n_sources = sizeof sources / sizeof sources[0],
};

NETSTAT_MODULE(bluetooth) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "bluetooth",
	.description = "Bluetooth sockets (not supported, as in Debian)",
	.family = &bluetooth_family,
};
