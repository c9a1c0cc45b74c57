/*
 * The selection vocabulary of net-tools' command line: address families
 * (-A keywords) and protocol selectors (-t, -u, ...). This is the CLI's
 * contract with users and scripts; which module serves a keyword is the
 * config's business.
 */
#include <string.h>

#include "core/cli/cli.h"

/* Canonical keywords: index = position in cli_args.selected. */
static const struct cli_keyword canonical[] = {
	{"inet", "inet", CLI_KW_FAMILY},
	{"inet6", "inet6", CLI_KW_FAMILY},
	{"unix", "unix", CLI_KW_FAMILY | CLI_KW_SELECTOR},
	{"ipx", "ipx", CLI_KW_FAMILY | CLI_KW_SELECTOR},
	{"ax25", "ax25", CLI_KW_FAMILY | CLI_KW_SELECTOR},
	{"netrom", "netrom", CLI_KW_FAMILY | CLI_KW_SELECTOR},
	{"rose", "rose", CLI_KW_FAMILY | CLI_KW_SELECTOR},
	{"x25", "x25", CLI_KW_FAMILY | CLI_KW_SELECTOR},
	/* These three families have no socket listing: selecting them
	 * selects nothing, so the listing stays the default one. */
	{"ddp", "ddp", CLI_KW_FAMILY},
	{"ec", "ec", CLI_KW_FAMILY},
	{"ash", "ash", CLI_KW_FAMILY},
	{"bluetooth", "bluetooth", CLI_KW_FAMILY | CLI_KW_UNSUPPORTED},
	{"tcp", "tcp", CLI_KW_SELECTOR | CLI_KW_TRANSPORT},
	{"sctp", "sctp", CLI_KW_SELECTOR | CLI_KW_TRANSPORT},
	{"udp", "udp", CLI_KW_SELECTOR | CLI_KW_TRANSPORT},
	{"udplite", "udplite", CLI_KW_SELECTOR | CLI_KW_TRANSPORT},
	{"raw", "raw", CLI_KW_SELECTOR | CLI_KW_TRANSPORT},
	/* -g is a section of the inet families, not a protocol of them. */
	{"groups", "groups", CLI_KW_SELECTOR},
	{"l2cap", "l2cap", CLI_KW_SELECTOR | CLI_KW_BLUETOOTH},
	{"rfcomm", "rfcomm", CLI_KW_SELECTOR | CLI_KW_BLUETOOTH},
};

/* -A spellings that are not canonical names. */
static const struct cli_keyword aliases[] = {
	{"ip", "inet", 0},	 {"tcpip", "inet", 0}, {"ip6", "inet6", 0},
	{"appletalk", "ddp", 0}, {"econet", "ec", 0},
};

int cli_keyword_count(void)
{
	return (int)(sizeof canonical / sizeof canonical[0]);
}

const struct cli_keyword *cli_keyword_at(int index)
{
	return index >= 0 && index < cli_keyword_count() ? &canonical[index]
							 : NULL;
}

int cli_keyword_index(const char *name)
{
	for (int i = 0; i < cli_keyword_count(); i++)
		if (strcmp(canonical[i].canonical, name) == 0)
			return i;
	return -1;
}

int cli_keyword_lookup(const char *name)
{
	for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
		if (strcmp(aliases[i].name, name) == 0)
			return cli_keyword_index(aliases[i].canonical);
	int i = cli_keyword_index(name);
	/* Selectors are not -A keywords ("-A tcp" is an error). */
	if (i >= 0 && !(canonical[i].kind & CLI_KW_FAMILY))
		return -1;
	/* "ec" is only reachable as "econet". */
	if (i >= 0 && strcmp(name, "ec") == 0)
		return -1;
	return i;
}
