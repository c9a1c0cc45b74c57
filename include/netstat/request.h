/* For modules and formats: what the user asked for, decided by the host. */
#ifndef NETSTAT_REQUEST_H
#define NETSTAT_REQUEST_H

#include <stdbool.h>
#include <string.h>

/** Report types. A family source fills exactly one of them. */
enum netstat_report {
	NETSTAT_REPORT_CONNECTIONS = 0, /**< socket listing (default, and -g) */
	NETSTAT_REPORT_ROUTES,		/**< -r */
	NETSTAT_REPORT_INTERFACES,	/**< -i */
	NETSTAT_REPORT_STATISTICS,	/**< -s */
	NETSTAT_REPORT_MASQUERADE,	/**< -M */
	/** --list-modules (ABI 2.1): made by the host itself from the
	 *  config and the module files; no family source fills it. */
	NETSTAT_REPORT_MODULES,
	/** --fields (ABI 2.2): the fields of every section the loaded
	 *  families fill, made by the host from their column tables. */
	NETSTAT_REPORT_FIELDS,
	/** --events (ABI 2.2): sockets as the kernel reports them, one
	 *  record per event, from NETSTAT_SOURCE_STREAM sources. */
	NETSTAT_REPORT_EVENTS,
	NETSTAT_REPORT_COUNT
};

/** Request flags (netstat_request.flags). */
enum netstat_request_flag {
	NETSTAT_REQ_ALL = 1u << 0,	     /**< -a */
	NETSTAT_REQ_LISTENING = 1u << 1,     /**< -l (without -a) */
	NETSTAT_REQ_PROGRAMS = 1u << 2,	     /**< -p (or -Z) */
	NETSTAT_REQ_TIMERS = 1u << 3,	     /**< -o */
	NETSTAT_REQ_NUMERIC_HOSTS = 1u << 4, /**< -n, --numeric-hosts */
	NETSTAT_REQ_NUMERIC_PORTS = 1u << 5, /**< -n, --numeric-ports */
	NETSTAT_REQ_NUMERIC_USERS = 1u << 6, /**< -n, --numeric-users */
	NETSTAT_REQ_SYMBOLIC = 1u << 7,	     /**< -N */
	NETSTAT_REQ_WIDE = 1u << 8,	     /**< -W */
	NETSTAT_REQ_VERBOSE = 1u << 9,	     /**< -v */
	NETSTAT_REQ_CONTINUOUS = 1u << 10,   /**< -c */
	NETSTAT_REQ_FIB = 1u << 11,	     /**< -F */
	NETSTAT_REQ_CACHE = 1u << 12,	     /**< -C */
	NETSTAT_REQ_CONTEXT = 1u << 13,	     /**< -Z */
	/** Protocols were implied by a family (-4, -A inet, -s), not named. */
	NETSTAT_REQ_PROTOCOLS_IMPLIED = 1u << 14,
	NETSTAT_REQ_NUMERIC_ANY = 1u << 15, /**< any numeric option or -N */
	/** --info (ABI 2.2): socket internals (TCP's tcp_info, congestion
	 *  control); columns with NETSTAT_WHEN_INFO. */
	NETSTAT_REQ_INFO = 1u << 16,
	/** --memory (ABI 2.2): socket memory; NETSTAT_WHEN_MEMORY columns. */
	NETSTAT_REQ_MEMORY = 1u << 17,
	/** --events=all (ABI 2.2): new sockets too, where a source can
	 *  tell them (else only destroyed ones). */
	NETSTAT_REQ_EVENTS_ALL = 1u << 18,
	/** (ABI 2.2) Records stream in one at a time until the run is
	 *  stopped (--events): one pass for the whole stream, and the host
	 *  flushes after every record. Formats write each record so that
	 *  it stands alone (JSON: one object per line). */
	NETSTAT_REQ_STREAM = 1u << 19,
};

#define NETSTAT_MAX_SELECTED 32

/**
 * A request, built once from the command line and the config.
 *
 * `selected` holds the keywords the user selected, after net-tools'
 * derivation rules: protocol selectors ("tcp", "udp", "unix", "groups", ...)
 * and family names ("inet", "inet6", "ax25", ...). `explicit_count` is the
 * number of selectors named: zero means "show every family" (the default
 * listing). `families` is the canonical comma-separated family list as given
 * with -A (used by -r and -s); empty when none was given.
 */
struct netstat_request {
	unsigned report; /**< enum netstat_report */
	unsigned flags;	 /**< enum netstat_request_flag */
	int extend;	 /**< how many -e */
	int explicit_count;
	const char *families;
	const char *selected[NETSTAT_MAX_SELECTED];
	unsigned n_selected;
};

/** True when `keyword` was selected (see netstat_request.selected). */
static inline bool netstat_request_selects(const struct netstat_request *r,
					   const char *keyword)
{
	for (unsigned i = 0; i < r->n_selected; i++)
		if (strcmp(r->selected[i], keyword) == 0)
			return true;
	return false;
}

/** (ABI 2.2) The stable name of a report ("connections", "routes"...,
 *  as the structured formats write it); NULL for one this SDK does not
 *  know. */
static inline const char *netstat_report_name(unsigned report)
{
	static const char *const names[NETSTAT_REPORT_COUNT] = {
		[NETSTAT_REPORT_CONNECTIONS] = "connections",
		[NETSTAT_REPORT_ROUTES] = "routes",
		[NETSTAT_REPORT_INTERFACES] = "interfaces",
		[NETSTAT_REPORT_STATISTICS] = "statistics",
		[NETSTAT_REPORT_MASQUERADE] = "masquerade",
		[NETSTAT_REPORT_MODULES] = "modules",
		[NETSTAT_REPORT_FIELDS] = "fields",
	};
	return report < NETSTAT_REPORT_COUNT ? names[report] : NULL;
}

/** True when `flag` (enum netstat_request_flag) is set. */
static inline bool netstat_request_has(const struct netstat_request *r,
				       unsigned flag)
{
	return (r->flags & flag) != 0;
}

#endif
