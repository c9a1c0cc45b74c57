/*
 * The -s counter engine inet and inet6 share: kernel counters
 * (/proc/net/snmp, netstat, snmp6) become typed records (group, counter,
 * value and net-tools' sentence for it), which also carry the layout
 * net-tools' text gives them (indents and headings depend on the counters
 * before). Each family brings its counter tables; the TCP ones both use
 * live here. A convenience library (libip_stats.la) of inet and inet6.
 */
#ifndef IP_STATS_H
#define IP_STATS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <netstat/netstat.h>

/* Template kinds; the indent each prints with is fixed per kind. */
enum stats_kind {
	STATS_NUMBER = 0, /* always printed */
	STATS_OPT,	  /* printed when non-zero */
	STATS_FORWARD,	  /* "Forwarding is %s" */
	STATS_ICMP_IN,	  /* input histogram line, printed when > 0 */
	STATS_ICMP_OUT,	  /* output histogram line, printed when > 0 */
	STATS_RTO,	  /* "RTO algorithm is %s" */
};

/* Entry flags. */
enum stats_entry_flag {
	STATS_STATIC = 1u << 0, /* never printed (net-tools' I_STATIC) */
	STATS_TITLE = 1u << 1,	/* histogram entry: may print its title */
};

struct stats_entry {
	const char *key;  /* kernel counter name, as net-tools spells it */
	const char *text; /* template with one %llu (or %s); "" = silent */
	uint8_t kind;	  /* enum stats_kind */
	uint8_t flags;	  /* enum stats_entry_flag */
};

/* Protocol switches (-t -u -w -S) a group is shown under. */
enum stats_switch {
	STATS_SW_RAW = 1u << 0,
	STATS_SW_TCP = 1u << 1,
	STATS_SW_UDP = 1u << 2,
	STATS_SW_SCTP = 1u << 3,
};

/* A known group: its title, its table (in net-tools' source order, which
 * matters: see stats_lookup) and the switch that shows it. */
struct stats_group {
	const char *name;
	const struct stats_entry *entries;
	size_t n_entries;
	unsigned sw;
};

/* A family's known groups. */
struct stats_groups {
	const struct stats_group *const *list;
	size_t n;
};

/* tcp_tables.c: the TCP groups, as /proc/net/snmp, netstat and snmp6
 * name them (Tcp6 has Tcp's table, as in net-tools). */
extern const struct stats_group stats_tcp, stats_tcp6, stats_tcpext;

/*
 * Looks `key` up the way glibc's bsearch() does over the table as stored.
 * Several tables are not sorted, so some of their keys are not found: that
 * is net-tools' behaviour and the classic output depends on it.
 */
const struct stats_entry *stats_lookup(const struct stats_entry *entries,
				       size_t n, const char *key);

/* Column positions of the statistics section. */
enum stats_column {
	STATS_COL_GROUP,
	STATS_COL_COUNTER,
	STATS_COL_VALUE,
	STATS_COL_DESCRIPTION,
	STATS_COL_CLASSIC_LEAD,
	STATS_COL_CLASSIC_INDENT,
	STATS_COL_COUNT
};

extern const struct netstat_section stats_section;
/* The same section for the records of levels (stats_is_gauge()): their
 * value column is a NETSTAT_MEASURE_GAUGE. */
extern const struct netstat_section stats_gauge_section;
/* Is counter `counter` of group `group` a level (Tcp CurrEstab), not a
 * count? */
bool stats_is_gauge(const char *group, const char *counter);

/* One listing in progress (the indent state spans files and groups). */
struct stats_run {
	struct netstat_ctx *ctx;
	const struct netstat_request *req;
	unsigned switches; /* enum stats_switch, from the request */
	int kind;	   /* current enum stats_kind */
	const struct stats_group *group; /* NULL: unknown group */
	char group_name[64];
	bool shown;	    /* this group's counters are listed */
	bool title_pending; /* "Name:" not printed yet */
};

void stats_run_init(struct stats_run *run, struct netstat_ctx *ctx,
		    const struct netstat_request *req);

/* Starts group `name` (length n), looked up in `groups`. */
void stats_group_begin(struct stats_run *run, const char *name, size_t n,
		       const struct stats_groups *groups);
/* One counter of the current group. */
void stats_counter(struct stats_run *run, const char *key, size_t n,
		   uint64_t value);
/* Ends the current group (prints a title nothing followed). */
void stats_group_end(struct stats_run *run);

/*
 * Reads a file of "Title: names" / "Title: values" line pairs (snmp,
 * netstat) into `run`. `prefix`, when set, keeps only the pairs whose title
 * starts with it. Returns 0, or NETSTAT_ERR_PARSE after a parse problem
 * (the caller prints net-tools' message).
 */
int stats_read_pairs(struct stats_run *run, struct netstat_lines *lines,
		     const struct stats_groups *groups, const char *prefix);

/* Parses a counter as strtoull would (so "-1" is 2^64 - 1). */
uint64_t stats_value(const char *s, size_t n);

#endif
