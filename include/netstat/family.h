/* For authors of family plugins: the interface a family implements. */
#ifndef NETSTAT_FAMILY_H
#define NETSTAT_FAMILY_H

#include <stddef.h>
#include <stdint.h>

#include <netstat/host.h>
#include <netstat/request.h>
#include <netstat/section.h>

/** Source flags. */
enum netstat_source_flag {
	/** Runs in the default listing (when nothing was selected). */
	NETSTAT_SOURCE_DEFAULT = 1u << 0,
};

struct netstat_source;

/**
 * Flag for a list function's return value: end the run with the status in
 * the low byte, but only after the remaining sources with the same selector
 * have run. (net-tools reports a missing IPv4 table only after it has
 * listed the IPv6 one: `return NETSTAT_STATUS_DEFERRED | 1;`.)
 */
#define NETSTAT_STATUS_DEFERRED 0x100

/**
 * Lists a source's records: reads its kernel data and calls host->emit()
 * (or host->section_begin()) for each record.
 *
 * Returns 0 to let the run go on, an exit status (1..255) that ends the
 * run at once with that status (net-tools stops at the first failing
 * section), or NETSTAT_STATUS_DEFERRED | status.
 */
typedef int (*netstat_list_fn)(struct netstat_ctx *ctx,
			       const struct netstat_request *req,
			       const struct netstat_source *src);

/**
 * A source: one kernel table feeding one section of one report.
 *
 * For the connection report a source runs when the listing is the default
 * one (explicit_count == 0) and it has NETSTAT_SOURCE_DEFAULT, or when both
 * its `selector` and its `family` were selected. For the other reports the
 * host runs the sources of the families the user asked for (see
 * docs/plugin-guide.md).
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
};

/** The family interface (netstat_module.family). */
struct netstat_family {
	size_t size; /**< sizeof(struct netstat_family) */
	/** Called once after loading; 0 or a negative NETSTAT_ERR_*. */
	int (*init)(const struct netstat_host_api *host);
	/** Called before unloading; may be NULL. */
	void (*fini)(void);
	const struct netstat_source *sources;
	size_t n_sources;
};

#endif
