/* Texts of error codes: negative errno values, a few with words of ours. */
#include <string.h>

#include <netstat/error.h>

const char *netstat_strerror(int code)
{
	switch (code) {
	case NETSTAT_OK:
		return "success";
	case NETSTAT_ERR_NOMEM:
		return "out of memory";
	case NETSTAT_ERR_PARSE:
		return "malformed input";
	case NETSTAT_ERR_ABI:
		return "incompatible module ABI";
	case NETSTAT_ERR_CONFIG:
		return "invalid configuration";
	case NETSTAT_ERR_LOAD:
		return "module could not be loaded";
	default:
		/* strerror(3) of glibc returns a static text for known
		 * values and a per-thread buffer for the rest. */
		return code < 0 ? strerror(-code) : "unknown error";
	}
}
