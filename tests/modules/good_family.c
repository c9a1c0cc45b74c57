/* A minimal valid family with one source, for loader and dispatch tests. */
#include <netstat/netstat.h>

static const struct netstat_host_api *host;

static int init(const struct netstat_host_api *h)
{
	host = h;
	return 0;
}

static const struct netstat_column columns[] = {
	{.key = "word", .title = "Word", .type = NETSTAT_T_STRING},
};

static const struct netstat_section section = {
	.key = "good",
	.title = "Good section",
	.order = NETSTAT_ORDER_VENDOR,
	.columns = columns,
	.n_columns = 1,
};

static int list(struct netstat_ctx *ctx, const struct netstat_request *req,
		const struct netstat_source *src)
{
	struct netstat_value v = netstat_v_str("hello");
	struct netstat_record rec = {
		.section = &section, .values = &v, .n_values = 1};
	host->emit(ctx, &rec);
	return 0;
}

static const struct netstat_source sources[] = {
	{.name = "good",
	 .selector = "good_family",
	 .family = "good_family",
	 .report = NETSTAT_REPORT_CONNECTIONS,
	 .section = &section,
	 .list = list},
};

static const struct netstat_family fam = {
	.size = sizeof(struct netstat_family),
	.init = init,
	.sources = sources,
	.n_sources = 1,
};

NETSTAT_MODULE(good_family) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FAMILY,
	.name = "good_family",
	.family = &fam,
};
