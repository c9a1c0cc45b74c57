/* For modules: the configuration keys a module accepts, and their values. */
#ifndef NETSTAT_OPTIONS_H
#define NETSTAT_OPTIONS_H

#include <stdbool.h>
#include <stdint.h>

/** Type of one option (netstat_option.type). */
enum netstat_option_type {
	NETSTAT_OPTION_BOOL = 1,   /**< true / false */
	NETSTAT_OPTION_INT = 2,	   /**< a decimal integer in [min, max] */
	NETSTAT_OPTION_STRING = 3, /**< any text */
	NETSTAT_OPTION_CHOICE = 4, /**< one word of `choices` */
};

/**
 * One key of a module's `options:` map in the YAML config, e.g.
 *
 *     modules:
 *       - name: inet
 *         options:
 *           backend: proc
 *
 * A key the module does not declare, or a value of the wrong type, is a
 * configuration error reported as FILE:LINE:COLUMN.
 */
struct netstat_option {
	const char *key;	    /**< "backend" */
	uint32_t type;		    /**< enum netstat_option_type */
	const char *default_value;  /**< as written in YAML ("auto", "10") */
	const char *help;	    /**< one line for netstat.yaml(5) */
	const char *const *choices; /**< CHOICE: NULL-terminated words */
	int64_t min, max;	    /**< INT: the accepted range */
};

/** The value of one option, as init() receives it. */
struct netstat_option_value {
	uint32_t type;	 /**< enum netstat_option_type */
	bool b;		 /**< BOOL */
	int64_t i;	 /**< INT; CHOICE: index into choices */
	const char *s;	 /**< STRING and CHOICE: the text */
	bool configured; /**< false: the default */
};

/**
 * Environment overrides: when netstat is not set-uid or set-gid, the
 * variable NETSTAT_<KEY> (the key in upper case, e.g. NETSTAT_BACKEND)
 * overrides option KEY of every module that declares it, after the config.
 * A value that does not fit the option's type is an error naming the
 * variable.
 */

#endif
