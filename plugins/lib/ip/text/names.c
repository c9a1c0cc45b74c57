/* Names of socket states and timers: net-tools' and the kernel's. */
#include "plugins/lib/ip/text/ip_text.h"

static const char *const tcp_states[] = {
	"",	      "ESTABLISHED", "SYN_SENT",  "SYN_RECV",
	"FIN_WAIT1",  "FIN_WAIT2",   "TIME_WAIT", "CLOSE",
	"CLOSE_WAIT", "LAST_ACK",    "LISTEN",	  "CLOSING",
};

/* Names for typed values: the kernel's TCP state numbers (also used for
 * the sk_state of UDP, raw and SCTP sockets). */
static const char *const state_names[] = {
	NULL,		"ESTABLISHED",	  "SYN_SENT",  "SYN_RECV",
	"FIN_WAIT1",	"FIN_WAIT2",	  "TIME_WAIT", "CLOSE",
	"CLOSE_WAIT",	"LAST_ACK",	  "LISTEN",    "CLOSING",
	"NEW_SYN_RECV", "BOUND_INACTIVE",
};

static const char *const timer_names[] = {
	"off", "on", "keepalive", "timewait", "probe",
};

const char *ip_tcp_state_text(int64_t state)
{
	/* Past the table net-tools reads out of bounds; print nothing. */
	if (state < 0 ||
	    state >= (int64_t)(sizeof tcp_states / sizeof tcp_states[0]))
		return "";
	return tcp_states[state];
}

const char *ip_state_name(int64_t state)
{
	if (state < 0 ||
	    state >= (int64_t)(sizeof state_names / sizeof state_names[0]))
		return NULL;
	return state_names[state];
}

const char *ip_timer_name(int32_t code)
{
	if (code < 0 ||
	    code >= (int32_t)(sizeof timer_names / sizeof timer_names[0]))
		return NULL;
	return timer_names[code];
}

struct netstat_value ip_route_flag_names(uint32_t flags, const char **out,
					 size_t cap)
{
	/* RTF_* bits by their kernel names, without the prefix; /proc/net/
	 * route and ipv6_route share the low ones. */
	static const struct netstat_flag_name names[] = {
		{0x0001, "UP"},		  {0x0002, "GATEWAY"},
		{0x0004, "HOST"},	  {0x0008, "REINSTATE"},
		{0x0010, "DYNAMIC"},	  {0x0020, "MODIFIED"},
		{0x0040, "MTU"},	  {0x0080, "WINDOW"},
		{0x0100, "IRTT"},	  {0x0200, "REJECT"},
		{0x00010000, "DEFAULT"},  {0x00020000, "ALLONLINK"},
		{0x00040000, "ADDRCONF"}, {0x00080000, "PREFIX_RT"},
		{0x00100000, "ANYCAST"},  {0x00200000, "NONEXTHOP"},
		{0x00400000, "EXPIRES"},  {0x00800000, "ROUTEINFO"},
		{0x01000000, "CACHE"},	  {0x02000000, "FLOW"},
		{0x04000000, "POLICY"},	  {0x40000000, "PCPU"},
		{0x80000000, "LOCAL"},
	};
	return netstat_v_flag_names(flags, names, sizeof names / sizeof *names,
				    out, cap);
}

const char *ip_rt_protocol_name(unsigned p)
{
	static const char *const names[] = {
		[0] = "unspec",	     [1] = "redirect",	[2] = "kernel",
		[3] = "boot",	     [4] = "static",	[8] = "gated",
		[9] = "ra",	     [10] = "mrt",	[11] = "zebra",
		[12] = "bird",	     [13] = "dnrouted", [14] = "xorp",
		[15] = "ntk",	     [16] = "dhcp",	[17] = "mrouted",
		[18] = "keepalived", [42] = "babel",	[99] = "openr",
		[186] = "bgp",	     [187] = "isis",	[188] = "ospf",
		[189] = "rip",	     [192] = "eigrp",
	};
	return p < sizeof names / sizeof *names ? names[p] : NULL;
}

const char *ip_rt_scope_name(unsigned s)
{
	switch (s) {
	case 0:
		return "universe";
	case 200:
		return "site";
	case 253:
		return "link";
	case 254:
		return "host";
	case 255:
		return "nowhere";
	default:
		return NULL;
	}
}

const char *ip_rt_type_name(unsigned t)
{
	static const char *const names[] = {
		"unspec",   "unicast",	 "local",     "broadcast",
		"anycast",  "multicast", "blackhole", "unreachable",
		"prohibit", "throw",	 "nat",	      "xresolve",
	};
	return t < sizeof names / sizeof *names ? names[t] : NULL;
}
