/* For the host and for modules: error codes shared by every interface. */
#ifndef NETSTAT_ERROR_H
#define NETSTAT_ERROR_H

/** Error codes: zero is success, failures are negative. */
enum netstat_error {
	NETSTAT_OK = 0,
	NETSTAT_ERR_NOMEM = -1,	   /**< out of memory */
	NETSTAT_ERR_IO = -2,	   /**< a read or write failed */
	NETSTAT_ERR_PARSE = -3,	   /**< malformed input */
	NETSTAT_ERR_NOTFOUND = -4, /**< a file, module or name does not exist */
	NETSTAT_ERR_ABI = -5,	   /**< module built for an incompatible ABI */
	NETSTAT_ERR_USAGE = -6,	   /**< bad command line */
	NETSTAT_ERR_UNSUPPORTED = -7, /**< feature not available here */
	NETSTAT_ERR_CONFIG = -8,      /**< configuration is invalid */
	NETSTAT_ERR_LOAD = -9,	      /**< a module could not be loaded */
	NETSTAT_ERR_INVALID = -10,    /**< an argument is out of range */
	NETSTAT_ERR_DENIED = -11,     /**< refused for safety (permissions) */
};

/**
 * A short English description of an error code.
 * Returns a static string; unknown codes give "unknown error".
 * Modules reach it through netstat_host_api.strerror.
 */
const char *netstat_strerror(int code);

#endif
