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
