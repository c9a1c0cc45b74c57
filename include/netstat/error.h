/* For the host and for modules: the error and exit-status conventions. */
#ifndef NETSTAT_ERROR_H
#define NETSTAT_ERROR_H

#include <errno.h>

/**
 * The one error convention of the SDK: a function that can fail returns
 * an int, zero (or a documented non-negative result) on success and a
 * negative errno value on failure. The NETSTAT_ERR_* names are the errno
 * values the host and the in-tree modules use for their own failures, so
 * `-ENOENT` from a file and NETSTAT_ERR_NOTFOUND are the same thing, and
 * netstat_host_api.strerror() describes either.
 */
enum netstat_error {
	NETSTAT_OK = 0,
	NETSTAT_ERR_NOMEM = -ENOMEM,	/**< out of memory */
	NETSTAT_ERR_IO = -EIO,		/**< a read or write failed */
	NETSTAT_ERR_PARSE = -EBADMSG,	/**< malformed input */
	NETSTAT_ERR_NOTFOUND = -ENOENT, /**< no such file, module, name */
	NETSTAT_ERR_ABI = -ENOEXEC,	/**< built for another ABI */
	NETSTAT_ERR_USAGE = -EINVAL,	/**< bad command line or argument */
	NETSTAT_ERR_UNSUPPORTED = -EOPNOTSUPP, /**< not available here */
	NETSTAT_ERR_CONFIG = -ENOTRECOVERABLE, /**< configuration is invalid */
	NETSTAT_ERR_LOAD = -ELIBBAD,  /**< a module could not be loaded */
	NETSTAT_ERR_RANGE = -ERANGE,  /**< a value is out of range */
	NETSTAT_ERR_DENIED = -EACCES, /**< refused (permissions) */
};

/**
 * Exit statuses, as net-tools 2.10 uses them (reference §2.7). A list
 * function ends the run with one of them (<netstat/family.h>).
 */
enum netstat_exit {
	NETSTAT_EXIT_OK = 0,
	/** What was asked for is not there: a named family's table is
	 *  missing, an unknown -A keyword, no statistics for a family. */
	NETSTAT_EXIT_UNAVAILABLE = 1,
	/** Out of memory ("out of virtual memory"). */
	NETSTAT_EXIT_NOMEM = 2,
	/** Usage errors, and -r for a family without a route table. */
	NETSTAT_EXIT_USAGE = 3,
	/** A kernel table exists but cannot be read, or holds lines that
	 *  cannot be parsed (net-tools returns -1 there). */
	NETSTAT_EXIT_READ_ERROR = 255,
};

/**
 * A short English description of an error code (a negative errno value).
 * Returns a static string. Modules reach it as netstat_host_api.strerror.
 */
const char *netstat_strerror(int code);

#endif
