/* The multicast group memberships section (-g), fed by igmp and igmp6. */
#include "plugins/lib/ip/groups/ip_groups.h"
#include "plugins/lib/ip/text/ip_text.h"

/* Only the numeric-hosts bit counts here; no shortening. */
static void group_cell(struct netstat_ctx *ctx,
		       const struct netstat_request *req,
		       const struct netstat_record *rec, size_t column,
		       struct netstat_text *out)
{
	const struct netstat_value *v = &rec->values[column];
	if (v->type != NETSTAT_T_ADDRESS)
		return;
	char buf[256];
	netstat_text_puts(out,
			  ip_host_text(ctx, &v->v.addr,
				       netstat_request_has(
					       req, NETSTAT_REQ_NUMERIC_HOSTS),
				       buf, sizeof buf));
}

static const struct netstat_column group_columns[IP_GCOL_COUNT] = {
	[IP_GCOL_INTERFACE] = {.key = "interface",
			       .title = "Interface",
			       .type = NETSTAT_T_STRING,
			       .classic = {.width = 15, .sep = ""}},
	[IP_GCOL_REFCNT] = {.key = "refcnt",
			    .title = "RefCnt",
			    .type = NETSTAT_T_INT,
			    .measure = NETSTAT_MEASURE_GAUGE,
			    .classic = {.width = 6, .sep = " "}},
	[IP_GCOL_GROUP] = {.key = "group",
			   .title = "Group",
			   .type = NETSTAT_T_ADDRESS,
			   .classic = {.sep = " ", .cell = group_cell}},
};

const struct netstat_section ip_groups_section = {
	.key = "groups",
	.title = "IPv6/IPv4 Group Memberships",
	.order = NETSTAT_ORDER_GROUPS,
	.flags = NETSTAT_SECTION_EAGER,
	.columns = group_columns,
	.n_columns = IP_GCOL_COUNT,
	/* The columns' titles as the format lays them out, then net-tools'
	 * rule under them, which no column layout draws. */
	.classic = {.column_line = "Interface       RefCnt Group\n"
				   "--------------- ------ "
				   "---------------------"},
};

void ip_group_emit(struct netstat_ctx *ctx, const char *device, int64_t users,
		   const struct netstat_address *group)
{
	struct netstat_value v[IP_GCOL_COUNT];
	v[IP_GCOL_INTERFACE] = netstat_v_str(device);
	v[IP_GCOL_REFCNT] = netstat_v_int(users);
	v[IP_GCOL_GROUP] = netstat_v_address(*group);
	struct netstat_record rec = {
		.section = &ip_groups_section,
		.values = v,
		.n_values = IP_GCOL_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}

void ip_group_bogus(struct netstat_ctx *ctx, const char *what, unsigned lnr)
{
	netstat_ctx_host(ctx)->message(ctx, NETSTAT_STDERR,
				       "warning, got bogus %s line %u.\n", what,
				       lnr);
}
