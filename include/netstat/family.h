/* For authors of family plugins: the interface a family implements. */
#ifndef NETSTAT_FAMILY_H
#define NETSTAT_FAMILY_H

#include <stddef.h>
#include <stdint.h>

#include <netstat/error.h>
#include <netstat/host.h>
#include <netstat/options.h>
#include <netstat/request.h>
#include <netstat/section.h>

/** Source flags. */
enum netstat_source_flag {
	/** Runs in the default listing (when nothing was selected), and in
	 *  -r / -s without -A. */
	NETSTAT_SOURCE_DEFAULT = 1u << 0,
};

struct netstat_source;

/**
 * What a list function returns: 0 to let the run go on; an exit status
 * (enum netstat_exit, 1..255) to end the run at once with it, as net-tools
 * stops at the first failing section; that status | NETSTAT_EXIT_DEFERRED
 * to end the run only after the remaining sources with the same selector
 * have run (net-tools reports a missing /proc/net/tcp after listing tcp6);
 * or a negative error code (<netstat/error.h>), which the host reports as
 * "netstat: SOURCE: error text" and ends the run with
 * NETSTAT_EXIT_UNAVAILABLE (NETSTAT_EXIT_NOMEM for NETSTAT_ERR_NOMEM).
 * NETSTAT_LIST_SKIPPED (ABI 2.2) says the source does not apply to this
 * request (the route cache without -C): the run goes on as with 0, but
 * the structured formats do not show its section as an empty table.
 */
#define NETSTAT_EXIT_DEFERRED 0x100
#define NETSTAT_LIST_SKIPPED 0x200

/**
 * Lists a source's records: reads its kernel data and calls the host's
 * emit() (or section_begin()) for each record. `state` is what the
 * family's init() stored. Returns as described above.
 */
typedef int (*netstat_list_fn)(struct netstat_ctx *ctx,
			       const struct netstat_request *req,
			       const struct netstat_source *src, void *state);

/**
 * A source: one kernel table feeding one section of one report.
 *
 * For the connection report a source runs when the listing is the default
 * one (explicit_count == 0) and it has NETSTAT_SOURCE_DEFAULT, or when both
 * its `selector` and its `family` were selected. For -r and -s the host
 * runs the sources of the families named with -A, else those with
 * NETSTAT_SOURCE_DEFAULT; the other reports run the DEFAULT sources. The
 * sources are also what the module provides: the host learns the module's
 * reports and selectors from them (docs/plugin-guide.md).
 */
struct netstat_source {
	const char *name;     /**< "tcp6": shown in messages and formats */
	const char *selector; /**< keyword that selects it: "tcp", "unix" */
	const char *family;   /**< owning family keyword: "inet6" */
	uint32_t report;      /**< enum netstat_report */
	const struct netstat_section *section;
	int order;	/**< position inside the section's report */
	uint32_t flags; /**< enum netstat_source_flag */
	netstat_list_fn list;
	const void *data; /**< the source's own read-only data, for list() */
};

/** The family interface (netstat_module.family). */
struct netstat_family {
	size_t size; /**< sizeof(struct netstat_family) */
	/**
	 * Called once after loading, with the module's option values (one
	 * per netstat_module.options entry, in that order, defaults filled
	 * in). May store a state pointer in *state; the host hands it to
	 * every list() call and to fini(). Returns 0 or a negative error.
	 * May be NULL.
	 */
	int (*init)(const struct netstat_host_api *host,
		    const struct netstat_option_value *options, void **state);
	/** Called before unloading; may be NULL. */
	void (*fini)(void *state);
	const struct netstat_source *sources;
	size_t n_sources;
};

#endif
