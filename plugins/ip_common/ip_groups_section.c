/* The multicast group memberships section (-g), fed by igmp and igmp6. */
#include "plugins/ip_common/ip_common.h"

/* Three header lines, the last a rule, so the title carries them all. */
static void groups_title(struct netstat_ctx *ctx,
			 const struct netstat_request *req,
			 struct netstat_text *out)
{
	netstat_text_puts(out,
			  "IPv6/IPv4 Group Memberships\n"
			  "Interface       RefCnt Group\n"
			  "--------------- ------ ---------------------\n");
}

static const struct netstat_column group_columns[IP_GCOL_COUNT] = {
	[IP_GCOL_INTERFACE] = {.key = "interface",
			       .title = "Interface",
			       .type = NETSTAT_T_STRING,
			       .width = 15,
			       .sep = ""},
	[IP_GCOL_REFCNT] = {.key = "refcnt",
			    .title = "RefCnt",
			    .type = NETSTAT_T_INT,
			    .width = 6,
			    .sep = " "},
	[IP_GCOL_GROUP] = {.key = "group",
			   .title = "Group",
			   .type = NETSTAT_T_ADDRESS,
			   .sep = " ",
			   .classic = ip_cell_group},
};

const struct netstat_section ip_groups_section = {
	.key = "groups",
	.title = "IPv6/IPv4 Group Memberships",
	.order = NETSTAT_ORDER_GROUPS,
	.flags = NETSTAT_SECTION_EAGER | NETSTAT_SECTION_NO_COLUMN_LINE,
	.columns = group_columns,
	.n_columns = IP_GCOL_COUNT,
	.classic_title = groups_title,
};
