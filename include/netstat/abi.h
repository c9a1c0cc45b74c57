/* For everyone building modules: the ABI version and the module descriptor. */
#ifndef NETSTAT_ABI_H
#define NETSTAT_ABI_H

#include <stddef.h>
#include <stdint.h>

/**
 * ABI version of the host/module contract.
 *
 * The host loads a module when its abi_major equals NETSTAT_ABI_MAJOR and its
 * abi_minor is not newer than NETSTAT_ABI_MINOR. A minor bump only appends
 * (new trailing members of tables that carry their size, new enum values);
 * anything else is a major bump. See docs/abi.md.
 */
#define NETSTAT_ABI_MAJOR 2
#define NETSTAT_ABI_MINOR 3

struct netstat_family;
struct netstat_format;
struct netstat_option;

/** What a module provides. */
enum netstat_module_kind {
	NETSTAT_MODULE_FAMILY = 1, /**< an address family: sources of records */
	NETSTAT_MODULE_FORMAT = 2, /**< an output format */
};

/**
 * The one symbol a module exports.
 *
 * Define it with NETSTAT_MODULE(name) so the symbol carries libltdl's
 * preload-safe prefix (`<name>_LTX_netstat_module`): the same module then
 * works dlopened or dlpreopened into a static binary.
 *
 * The first five members keep their place in every ABI version, so a host
 * can read the version of any module and refuse it by name.
 */
struct netstat_module {
	uint16_t abi_major; /**< NETSTAT_ABI_MAJOR the module was built for */
	uint16_t abi_minor; /**< NETSTAT_ABI_MINOR the module was built for */
	uint32_t kind;	    /**< enum netstat_module_kind */
	const char *name;   /**< must equal the module's file name */
	const char *description;
	/** The keys the module accepts in its `options:` map of the YAML
	 *  config (<netstat/options.h>); the host validates the map against
	 *  them and hands init() the values. NULL when it takes none. */
	const struct netstat_option *options;
	size_t n_options;
	const struct netstat_family
		*family; /**< kind == NETSTAT_MODULE_FAMILY */
	const struct netstat_format
		*format;	 /**< kind == NETSTAT_MODULE_FORMAT */
	const void *reserved[4]; /**< zero; room to grow */
};

/** Name of the exported descriptor without the libltdl prefix. */
#define NETSTAT_MODULE_SYMBOL "netstat_module"

#define NETSTAT_PASTE_(a, b) a##b
#define NETSTAT_PASTE(a, b) NETSTAT_PASTE_(a, b)

/**
 * Declares the module descriptor, e.g.
 * `NETSTAT_MODULE(inet) = { .abi_major = NETSTAT_ABI_MAJOR, ... };`
 */
#define NETSTAT_MODULE(name)                                                   \
	extern const struct netstat_module NETSTAT_PASTE(name,                 \
							 _LTX_netstat_module); \
	const struct netstat_module NETSTAT_PASTE(name, _LTX_netstat_module)

#endif
