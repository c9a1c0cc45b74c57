/* The net-tools 2.10 command line: parsing, selection rules, usage texts. */
#ifndef CORE_CLI_H
#define CORE_CLI_H

#include <stdbool.h>

#include <netstat/request.h>

/* Keywords a user can select; see keywords.c. */
#define CLI_MAX_KEYWORDS 40

struct cli_args {
	/* Report options are counted: two of them, even -rr, conflict. */
	int route, interfaces, statistics, masquerade;
	int extend;
	unsigned flags; /* enum netstat_request_flag */
	/* How often each keyword was selected, indexed like keywords.c. */
	int selected[CLI_MAX_KEYWORDS];
	/* Out-of-tree family keywords accepted with -A (from the config). */
	const char *extra_keywords[CLI_MAX_KEYWORDS];
	int extra_selected[CLI_MAX_KEYWORDS];
	unsigned n_extra;
	char families[256]; /* canonical -A list, comma-separated */
	/* Our own options (net-tools has none of these). */
	const char *format;
	const char *config;
	const char *proc_root;
	/* --output=FILE: each pass replaces FILE atomically. */
	const char *output;
	/* Queries (core/query/query.h). */
	const char *filter, *sort, *group_by, *columns;
	bool count;
	/* --list-modules: report the configured modules instead. */
	bool list_modules;
	/* --fields: list the fields of the loaded modules' sections. */
	bool fields;
	/* --netns=NS, --all-netns (core/netns/netns.h). */
	const char *netns;
	bool all_netns;
	/* Watching (watch.c): --interval, --rate, --delta, --reset,
	 * --events[=all], --count-events. */
	const char *interval_text, *count_events_text, *events_text;
	double interval; /* seconds; 0: net-tools' 1 s */
	bool rate, delta, reset, events;
	bool events_all;
	unsigned long count_events; /* 0: until a signal */
};

/* What main() should do after parsing. */
enum cli_outcome {
	CLI_RUN = 0,  /* build a request and run it */
	CLI_EXIT = 1, /* done: exit with cli_parse's *status */
};

/*
 * Parses argv as net-tools does (getopt_long, left to right; -V, -h, -Z and
 * bad -A lists act immediately). Prints net-tools' texts itself. `is_family`
 * tells whether an unknown -A keyword names a configured out-of-tree family
 * (may be NULL). Returns CLI_RUN or CLI_EXIT with *status set.
 */
enum cli_outcome cli_parse(int argc, char **argv, struct cli_args *args,
			   bool (*is_family)(const char *keyword), int *status);

/*
 * Applies net-tools' derivation rules (report conflicts, implied protocols
 * and families) and fills `req`. Returns CLI_RUN, or CLI_EXIT with *status
 * (usage error: 3) after printing the usage text.
 */
enum cli_outcome cli_build_request(struct cli_args *args,
				   struct netstat_request *req, int *status);

/*
 * Checks and applies the watching options after cli_build_request() made
 * `req` (watch.c): their values and the reports they work with. Prints
 * one line and returns CLI_EXIT with *status 3 when they do not fit.
 */
enum cli_outcome cli_check_watch(struct cli_args *args,
				 struct netstat_request *req, int *status);

/* Usage text: to stdout for -h (status 0), else to stderr. The family list
 * always goes to stderr, as net-tools does. */
void cli_usage(bool to_stdout);
/* The -V text. */
void cli_version(void);

/* Keyword table (keywords.c). */
struct cli_keyword {
	const char *name;      /* what the user types: "ip6" */
	const char *canonical; /* what it means: "inet6" */
	unsigned kind;	       /* enum cli_keyword_kind */
};

enum cli_keyword_kind {
	CLI_KW_FAMILY = 1u << 0,    /* an address family (-A) */
	CLI_KW_SELECTOR = 1u << 1,  /* counts towards the explicit count */
	CLI_KW_TRANSPORT = 1u << 2, /* a protocol of the inet families */
	CLI_KW_BLUETOOTH = 1u << 3, /* a protocol of the bluetooth family */
	/* A family net-tools' address library lacks in the reference build
	 * (-r says "Address family `%s' not supported."). */
	CLI_KW_UNSUPPORTED = 1u << 4,
};

/* Index of a canonical keyword in the table, or -1. */
int cli_keyword_index(const char *canonical);
/* The canonical table entries (one per canonical keyword). */
const struct cli_keyword *cli_keyword_at(int index);
int cli_keyword_count(void);
/* Resolves an -A element ("ip", "appletalk") to its canonical index. */
int cli_keyword_lookup(const char *name);

#endif
