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
#define FIELD(k, ty, u, m)                                                     \
	{                                                                      \
		.key = k, .type = ty, .unit = u, .measure = m,                 \
		.flags = NETSTAT_COL_STRUCTURED_ONLY                           \
	}
	[IP_GCOL_IFINDEX] = FIELD("ifindex", NETSTAT_T_UINT, NULL,
				  NETSTAT_MEASURE_ATTRIBUTE),
	/* igmp: how many groups the device is in, and the IGMP version of
	 * its querier. */
	[IP_GCOL_DEVICE_GROUPS] = FIELD("device_groups", NETSTAT_T_UINT,
					"groups", NETSTAT_MEASURE_GAUGE),
	[IP_GCOL_QUERIER] = FIELD("querier", NETSTAT_T_STRING, NULL, 0),
	[IP_GCOL_TIMER_RUNNING] = FIELD("timer_running", NETSTAT_T_UINT, NULL,
					NETSTAT_MEASURE_ATTRIBUTE),
	/* The report timer's time left in the kernel's jiffies (its HZ is
	 * not told to user space). */
	[IP_GCOL_TIMER_JIFFIES] = FIELD("timer_jiffies", NETSTAT_T_UINT,
					"jiffies", NETSTAT_MEASURE_GAUGE),
	[IP_GCOL_REPORTER] = FIELD("reporter", NETSTAT_T_UINT, NULL,
				   NETSTAT_MEASURE_ATTRIBUTE),
	/* igmp6: the MAF_* bits, and the report timer's time left (the
	 * kernel writes USER_HZ ticks). */
	[IP_GCOL_FLAGS_RAW] = FIELD("flags_raw", NETSTAT_T_UINT, NULL,
				    NETSTAT_MEASURE_ATTRIBUTE),
	[IP_GCOL_FLAG_NAMES] =
		FIELD("flag_names", NETSTAT_T_STRING_LIST, NULL, 0),
	[IP_GCOL_TIMER_SECONDS] = FIELD("timer_seconds", NETSTAT_T_DOUBLE,
					"seconds", NETSTAT_MEASURE_GAUGE),
#undef FIELD
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

static struct netstat_value uint_if(bool has, uint64_t u)
{
	return has ? netstat_v_uint(u) : netstat_v_null();
}

void ip_group_emit(struct netstat_ctx *ctx, const struct ip_group *g)
{
	/* MAF_* of net/mcast.h. */
	static const struct netstat_flag_name maf_names[] = {
		{0x01, "TIMER_RUNNING"}, {0x02, "LAST_REPORTER"},
		{0x04, "LOADED"},	 {0x08, "NOREPORT"},
		{0x10, "GSQUERY"},
	};
	const char *names[sizeof maf_names / sizeof maf_names[0]];
	struct netstat_value v[IP_GCOL_COUNT];
	v[IP_GCOL_INTERFACE] = netstat_v_str(g->device);
	v[IP_GCOL_REFCNT] = netstat_v_int(g->users);
	v[IP_GCOL_GROUP] = netstat_v_address(g->group);
	v[IP_GCOL_IFINDEX] = uint_if(g->has_ifindex, g->ifindex);
	v[IP_GCOL_DEVICE_GROUPS] =
		uint_if(g->has_device_groups, g->device_groups);
	v[IP_GCOL_QUERIER] = netstat_v_str(g->querier);
	v[IP_GCOL_TIMER_RUNNING] = uint_if(g->has_timer, g->timer_running);
	v[IP_GCOL_TIMER_JIFFIES] = uint_if(g->has_timer, g->timer_jiffies);
	v[IP_GCOL_REPORTER] = uint_if(g->has_timer, g->reporter);
	v[IP_GCOL_FLAGS_RAW] = uint_if(g->has_flags, g->flags);
	v[IP_GCOL_FLAG_NAMES] =
		g->has_flags ? netstat_v_flag_names(
				       g->flags, maf_names,
				       sizeof maf_names / sizeof maf_names[0],
				       names, sizeof names / sizeof names[0])
			     : netstat_v_null();
	v[IP_GCOL_TIMER_SECONDS] = g->has_flags
					   ? netstat_v_double(g->timer_seconds)
					   : netstat_v_null();
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
