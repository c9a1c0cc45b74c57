/* Texts of the NETSTAT_ERR_* codes. */
#include <netstat/error.h>

const char *netstat_strerror(int code)
{
	switch (code) {
	case NETSTAT_OK:
		return "success";
	case NETSTAT_ERR_NOMEM:
		return "out of memory";
	case NETSTAT_ERR_IO:
		return "input/output error";
	case NETSTAT_ERR_PARSE:
		return "malformed input";
	case NETSTAT_ERR_NOTFOUND:
		return "not found";
	case NETSTAT_ERR_ABI:
		return "incompatible module ABI";
	case NETSTAT_ERR_USAGE:
		return "bad command line";
	case NETSTAT_ERR_UNSUPPORTED:
		return "not supported";
	case NETSTAT_ERR_CONFIG:
		return "invalid configuration";
	case NETSTAT_ERR_LOAD:
		return "module could not be loaded";
	case NETSTAT_ERR_INVALID:
		return "invalid argument";
	case NETSTAT_ERR_DENIED:
		return "refused for safety";
	default:
		return "unknown error";
	}
}
