/* A minimal valid family with one source and one option, for loader,
 * config and dispatch tests. */
#include <stdlib.h>

#include <netstat/netstat.h>

/* The word its row says: option `word` (a choice). */
static const char *const words[] = {"hello", "goodbye", NULL};

static const struct netstat_option options[] = {
	{.key = "word",
	 .type = NETSTAT_OPTION_CHOICE,
	 .default_value = "hello",
	 .help = "the word the row says",
	 .choices = words},
};

static int init(const struct netstat_host_api *host,
		const struct netstat_option_value *values, void **state)
{
	*state = (void *)words[values[0].i];
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
		const struct netstat_source *src, void *state)
{
	struct netstat_value v = netstat_v_str(state);
	struct netstat_record rec = {
		.section = &section, .values = &v, .n_values = 1};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
	return 0;
}

static const struct netstat_source sources[] = {
	{.name = "good",
	 .selector = "good_family",
	 .family = "good_family",
	 .report = NETSTAT_REPORT_CONNECTIONS,
	 .section = &section,
	 .flags = NETSTAT_SOURCE_DEFAULT,
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
	.options = options,
	.n_options = 1,
	.family = &fam,
};
