/*
 * From parsed options to a request: net-tools' derivation rules, applied
 * once, in its order (reference §2.4).
 */
#include <string.h>

#include "core/cli/cli.h"

static bool any_of_kind(const struct cli_args *args, unsigned kind)
{
	for (int i = 0; i < cli_keyword_count(); i++)
		if ((cli_keyword_at(i)->kind & kind) && args->selected[i])
			return true;
	return false;
}

static void select_all_of_kind(struct cli_args *args, unsigned kind)
{
	for (int i = 0; i < cli_keyword_count(); i++)
		if (cli_keyword_at(i)->kind & kind)
			args->selected[i]++;
}

static int count(const struct cli_args *args, const char *canonical)
{
	return args->selected[cli_keyword_index(canonical)];
}

static void mark(struct cli_args *args, const char *canonical)
{
	args->selected[cli_keyword_index(canonical)]++;
}

enum cli_outcome cli_build_request(struct cli_args *args,
				   struct netstat_request *req, int *status)
{
	/* 1. Report options are counted; more than one is a usage error. */
	if (args->route + args->interfaces + args->statistics +
		    args->masquerade >
	    1) {
		cli_usage(false);
		*status = 3;
		return CLI_EXIT;
	}

	bool inet_family = count(args, "inet") || count(args, "inet6");
	/* 2. A family (or -s) without protocols implies all its protocols. */
	if ((inet_family || args->statistics) &&
	    !any_of_kind(args, CLI_KW_TRANSPORT)) {
		select_all_of_kind(args, CLI_KW_TRANSPORT);
		args->flags |= NETSTAT_REQ_PROTOCOLS_IMPLIED;
	}
	/* 3. Protocols (or -g) without a family imply both inet families. */
	if ((any_of_kind(args, CLI_KW_TRANSPORT) || count(args, "groups")) &&
	    !inet_family) {
		mark(args, "inet");
		mark(args, "inet6");
	}
	/* 4. Bluetooth without a protocol means both of its protocols; a
	 *    bluetooth protocol means the bluetooth family. */
	if (count(args, "bluetooth") && !any_of_kind(args, CLI_KW_BLUETOOTH))
		select_all_of_kind(args, CLI_KW_BLUETOOTH);
	if (any_of_kind(args, CLI_KW_BLUETOOTH) && !count(args, "bluetooth"))
		mark(args, "bluetooth");

	/* 5. How many things were named: 0 is the default listing. */
	int explicit_count = 0;
	memset(req, 0, sizeof *req);
	for (int i = 0; i < cli_keyword_count(); i++) {
		const struct cli_keyword *kw = cli_keyword_at(i);
		if (!args->selected[i])
			continue;
		if (kw->kind & CLI_KW_SELECTOR)
			explicit_count++;
		if (req->n_selected < NETSTAT_MAX_SELECTED)
			req->selected[req->n_selected++] = kw->canonical;
	}
	/* An out-of-tree family is its own selector, like unix or ax25. */
	for (unsigned i = 0; i < args->n_extra; i++) {
		explicit_count++;
		if (req->n_selected < NETSTAT_MAX_SELECTED)
			req->selected[req->n_selected++] =
				args->extra_keywords[i];
	}

	if (args->masquerade)
		req->report = NETSTAT_REPORT_MASQUERADE;
	else if (args->statistics)
		req->report = NETSTAT_REPORT_STATISTICS;
	else if (args->route)
		req->report = NETSTAT_REPORT_ROUTES;
	else if (args->interfaces)
		req->report = NETSTAT_REPORT_INTERFACES;
	else
		req->report = NETSTAT_REPORT_CONNECTIONS;

	req->flags = args->flags;
	/* -a wins over -l. */
	if (req->flags & NETSTAT_REQ_ALL)
		req->flags &= ~(unsigned)NETSTAT_REQ_LISTENING;
	req->extend = args->extend;
	req->explicit_count = explicit_count;
	req->families = args->families;
	return cli_check_watch(args, req, status);
}
