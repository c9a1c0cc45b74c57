/*
 * Command-line parsing with glibc getopt_long, so diagnostics, bundling,
 * permutation and prefix matching are exactly net-tools'. The long option
 * table order is part of that contract: it decides what "--i" matches and
 * the order of "possibilities" in ambiguity messages.
 */
#include <getopt.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cli/cli.h"

/* getopt value shared by every address-family long option: options with the
 * same value are never ambiguous with each other, as in net-tools. */
#define OPT_FAMILY 0x100
#define OPT_NUMERIC_HOSTS 0x101
#define OPT_NUMERIC_PORTS 0x102
#define OPT_NUMERIC_USERS 0x103

/* The family long options, in net-tools' order. Only the first twelve are
 * honoured: net-tools' range check rejects the thirteenth (--tcpip). */
static const char *const family_longopts[] = {
	"ax25",	 "x25", "ip",	"ipx",	"appletalk", "netrom", "inet",
	"inet6", "ddp", "rose", "unix", "bluetooth", "tcpip",
};
#define FAMILY_LONGOPTS_HONOURED 12

static const struct option longopts[] = {
	{"ax25", no_argument, NULL, OPT_FAMILY},
	{"x25", no_argument, NULL, OPT_FAMILY},
	{"ip", no_argument, NULL, OPT_FAMILY},
	{"ipx", no_argument, NULL, OPT_FAMILY},
	{"appletalk", no_argument, NULL, OPT_FAMILY},
	{"netrom", no_argument, NULL, OPT_FAMILY},
	{"inet", no_argument, NULL, OPT_FAMILY},
	{"inet6", no_argument, NULL, OPT_FAMILY},
	{"ddp", no_argument, NULL, OPT_FAMILY},
	{"rose", no_argument, NULL, OPT_FAMILY},
	{"unix", no_argument, NULL, OPT_FAMILY},
	{"bluetooth", no_argument, NULL, OPT_FAMILY},
	{"tcpip", no_argument, NULL, OPT_FAMILY},
	{"version", no_argument, NULL, 'V'},
	{"interfaces", no_argument, NULL, 'i'},
	{"help", no_argument, NULL, 'h'},
	{"route", no_argument, NULL, 'r'},
	{"masquerade", no_argument, NULL, 'M'},
	{"protocol", required_argument, NULL, 'A'},
	{"tcp", no_argument, NULL, 't'},
	{"sctp", no_argument, NULL, 'S'},
	{"udp", no_argument, NULL, 'u'},
	{"udplite", no_argument, NULL, 'U'},
	{"raw", no_argument, NULL, 'w'},
	{"l2cap", no_argument, NULL, '2'},
	{"rfcomm", no_argument, NULL, 'f'},
	{"unix", no_argument, NULL, 'x'},
	{"listening", no_argument, NULL, 'l'},
	{"all", no_argument, NULL, 'a'},
	{"timers", no_argument, NULL, 'o'},
	{"continuous", no_argument, NULL, 'c'},
	{"extend", no_argument, NULL, 'e'},
	{"programs", no_argument, NULL, 'p'},
	{"verbose", no_argument, NULL, 'v'},
	{"statistics", no_argument, NULL, 's'},
	{"numeric", no_argument, NULL, 'n'},
	{"numeric-hosts", no_argument, NULL, OPT_NUMERIC_HOSTS},
	{"numeric-ports", no_argument, NULL, OPT_NUMERIC_PORTS},
	{"numeric-users", no_argument, NULL, OPT_NUMERIC_USERS},
	{"symbolic", no_argument, NULL, 'N'},
	{"cache", no_argument, NULL, 'C'},
	{"fib", no_argument, NULL, 'F'},
	{"groups", no_argument, NULL, 'g'},
	{"context", no_argument, NULL, 'Z'},
	{"wide", no_argument, NULL, 'W'},
	{NULL, 0, NULL, 0},
};

static const char shortopts[] = "A:CFMacdeghilnNoprsStuUvVWw2fx64?Z";

/* Selects a canonical keyword and records it in the -A family list. */
static void select_keyword(struct cli_args *args, int index)
{
	const struct cli_keyword *kw = cli_keyword_at(index);
	args->selected[index]++;
	if (!(kw->kind & CLI_KW_FAMILY))
		return;
	size_t used = strlen(args->families);
	size_t need = strlen(kw->canonical) + (used ? 1 : 0);
	if (used + need >= sizeof args->families) {
		fputs("Too much address family arguments.\n", stderr);
		return;
	}
	if (used)
		strcat(args->families, ",");
	strcat(args->families, kw->canonical);
}

static void select_named(struct cli_args *args, const char *canonical)
{
	select_keyword(args, cli_keyword_index(canonical));
}

/* Out-of-tree family named with -A: selected as family and selector. */
static bool select_extra(struct cli_args *args, const char *elem,
			 bool (*is_family)(const char *))
{
	if (!is_family || !is_family(elem))
		return false;
	for (unsigned i = 0; i < args->n_extra; i++)
		if (strcmp(args->extra_keywords[i], elem) == 0) {
			args->extra_selected[i]++;
			return true;
		}
	char *name = strdup(elem);
	if (!name || args->n_extra >= CLI_MAX_KEYWORDS) {
		free(name);
		return true;
	}
	args->extra_keywords[args->n_extra] = name;
	args->extra_selected[args->n_extra++] = 1;
	size_t used = strlen(args->families);
	if (used + strlen(elem) + 1 < sizeof args->families) {
		if (used)
			strcat(args->families, ",");
		strcat(args->families, elem);
	}
	return true;
}

/* Applies an -A / --protocol list. Returns false on an unknown element. */
static bool select_family_list(struct cli_args *args, const char *list,
			       bool (*is_family)(const char *))
{
	char *copy = strdup(list);
	if (!copy) {
		fputs("out of virtual memory\n", stderr);
		exit(2);
	}
	bool ok = true;
	/* Every comma separates two elements, so "", "inet," and ",inet"
	 * name an empty family, which net-tools rejects. */
	for (char *elem = copy, *next; elem; elem = next) {
		next = strchr(elem, ',');
		if (next)
			*next++ = '\0';
		int index = cli_keyword_lookup(elem);
		if (index >= 0) {
			select_keyword(args, index);
		} else if (!select_extra(args, elem, is_family)) {
			fprintf(stderr, "Unknown address family `%s'.\n", elem);
			ok = false;
			break;
		}
	}
	free(copy);
	return ok;
}

/* Our switches, matched in full; --events also as --events=WHAT. */
static bool take_switch(const char *arg, struct cli_args *args)
{
	if (strcmp(arg, "--count") == 0)
		args->count = true;
	else if (strcmp(arg, "--list-modules") == 0)
		args->list_modules = true;
	else if (strcmp(arg, "--fields") == 0)
		args->fields = true;
	/* Socket internals and memory (docs/netstat.8). */
	else if (strcmp(arg, "--info") == 0)
		args->flags |= NETSTAT_REQ_INFO;
	else if (strcmp(arg, "--memory") == 0)
		args->flags |= NETSTAT_REQ_MEMORY;
	else if (strcmp(arg, "--all-netns") == 0)
		args->all_netns = true;
	else if (strcmp(arg, "--rate") == 0)
		args->rate = true;
	else if (strcmp(arg, "--delta") == 0)
		args->delta = true;
	else if (strcmp(arg, "--reset") == 0)
		args->reset = true;
	else if (strcmp(arg, "--events") == 0)
		args->events = true;
	else if (strncmp(arg, "--events=", 9) == 0) {
		args->events = true;
		args->events_text = arg + 9;
	} else
		return false;
	return true;
}

/*
 * Takes out our own options (--format, --config, --proc-root, the
 * queries, --output, --list-modules, --fields, --info, --memory, --netns,
 * --all-netns, the watching options). They are matched only in full, so
 * that every net-tools prefix ("--f", "--c", "--p") keeps meaning exactly
 * what it means to net-tools.
 */
static int take_own_options(int argc, char **argv, struct cli_args *args,
			    int *status)
{
	static const struct {
		const char *name;
		size_t offset;
	} own[] = {
		{"--format", offsetof(struct cli_args, format)},
		{"--config", offsetof(struct cli_args, config)},
		{"--proc-root", offsetof(struct cli_args, proc_root)},
		{"--filter", offsetof(struct cli_args, filter)},
		{"--sort", offsetof(struct cli_args, sort)},
		{"--group-by", offsetof(struct cli_args, group_by)},
		{"--columns", offsetof(struct cli_args, columns)},
		{"--output", offsetof(struct cli_args, output)},
		{"--netns", offsetof(struct cli_args, netns)},
		{"--interval", offsetof(struct cli_args, interval_text)},
		{"--count-events",
		 offsetof(struct cli_args, count_events_text)},
	};
	int out = 1;
	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i];
		if (strcmp(arg, "--") == 0) {
			while (i < argc)
				argv[out++] = argv[i++];
			break;
		}
		bool taken = take_switch(arg, args);
		if (taken)
			continue;
		for (size_t k = 0; k < sizeof own / sizeof own[0]; k++) {
			size_t n = strlen(own[k].name);
			if (strncmp(arg, own[k].name, n) != 0 ||
			    (arg[n] != '\0' && arg[n] != '='))
				continue;
			const char *value = arg[n] == '=' ? arg + n + 1 : NULL;
			if (!value) {
				if (i + 1 >= argc) {
					fprintf(stderr,
						"netstat: option '%s' requires "
						"an argument\n",
						own[k].name);
					cli_usage(false);
					*status = 3;
					return -1;
				}
				value = argv[++i];
			}
			*(const char **)((char *)args + own[k].offset) = value;
			taken = true;
			break;
		}
		if (!taken)
			argv[out++] = argv[i];
	}
	argv[out] = NULL;
	return out;
}

enum cli_outcome cli_parse(int argc, char **argv, struct cli_args *args,
			   bool (*is_family)(const char *), int *status)
{
	argc = take_own_options(argc, argv, args, status);
	if (argc < 0)
		return CLI_EXIT;

	int c, index;
	opterr = 1;
	while ((c = getopt_long(argc, argv, shortopts, longopts, &index)) !=
	       -1) {
		switch (c) {
		case OPT_FAMILY:
			if (index >= FAMILY_LONGOPTS_HONOURED) {
				fputs("netstat.c: Internal Error `longopts 1 "
				      "range'.\n",
				      stderr);
				break;
			}
			select_family_list(args, family_longopts[index], NULL);
			break;
		case 'A':
			if (!select_family_list(args, optarg, is_family)) {
				*status = 1;
				return CLI_EXIT;
			}
			break;
		case '4':
			select_named(args, "inet");
			break;
		case '6':
			select_named(args, "inet6");
			break;
		case 'x':
			select_named(args, "unix");
			break;
		case 't':
			select_named(args, "tcp");
			break;
		case 'S':
			select_named(args, "sctp");
			break;
		case 'u':
			select_named(args, "udp");
			break;
		case 'U':
			select_named(args, "udplite");
			break;
		case 'w':
			select_named(args, "raw");
			break;
		case '2':
			select_named(args, "l2cap");
			break;
		case 'f':
			select_named(args, "rfcomm");
			break;
		case 'g':
			select_named(args, "groups");
			break;
		case 'l':
			args->flags |= NETSTAT_REQ_LISTENING;
			break;
		case 'a':
			args->flags |= NETSTAT_REQ_ALL;
			break;
		case 'e':
			args->extend++;
			break;
		case 'p':
			args->flags |= NETSTAT_REQ_PROGRAMS;
			break;
		case 'o':
			args->flags |= NETSTAT_REQ_TIMERS;
			break;
		case 'n':
			args->flags |= NETSTAT_REQ_NUMERIC_HOSTS |
				       NETSTAT_REQ_NUMERIC_PORTS |
				       NETSTAT_REQ_NUMERIC_USERS |
				       NETSTAT_REQ_NUMERIC_ANY;
			break;
		case OPT_NUMERIC_HOSTS:
			args->flags |= NETSTAT_REQ_NUMERIC_HOSTS |
				       NETSTAT_REQ_NUMERIC_ANY;
			break;
		case OPT_NUMERIC_PORTS:
			args->flags |= NETSTAT_REQ_NUMERIC_PORTS |
				       NETSTAT_REQ_NUMERIC_ANY;
			break;
		case OPT_NUMERIC_USERS:
			args->flags |= NETSTAT_REQ_NUMERIC_USERS |
				       NETSTAT_REQ_NUMERIC_ANY;
			break;
		case 'N':
			args->flags |=
				NETSTAT_REQ_SYMBOLIC | NETSTAT_REQ_NUMERIC_ANY;
			break;
		case 'W':
			args->flags |= NETSTAT_REQ_WIDE;
			break;
		case 'v':
			args->flags |= NETSTAT_REQ_VERBOSE;
			break;
		case 'c':
			args->flags |= NETSTAT_REQ_CONTINUOUS;
			break;
		case 'F':
			args->flags |= NETSTAT_REQ_FIB;
			break;
		case 'C':
			args->flags |= NETSTAT_REQ_CACHE;
			break;
		case 'r':
			args->route++;
			break;
		case 'i':
			args->interfaces++;
			break;
		case 's':
			args->statistics++;
			break;
		case 'M':
			args->masquerade++;
			break;
		case 'd':
			break; /* accepted and ignored, as in net-tools */
		case 'Z':
			/* Without SELinux this is where net-tools stops. */
			fputs("SELinux is not enabled on this machine.\n",
			      stderr);
			*status = 1;
			return CLI_EXIT;
		case 'V':
			cli_version();
			*status = 0;
			return CLI_EXIT;
		case 'h':
			cli_usage(true);
			*status = 0;
			return CLI_EXIT;
		default: /* '?': invalid option, or -? itself */
			cli_usage(false);
			*status = 3;
			return CLI_EXIT;
		}
	}
	/* Non-option arguments are ignored, as net-tools ignores them. */
	return CLI_RUN;
}
