/* For modules (families and formats): the services the host gives them. */
#ifndef NETSTAT_HOST_H
#define NETSTAT_HOST_H

#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

#include <netstat/section.h>
#include <netstat/text.h>
#include <netstat/value.h>

/** Opaque per-run context the host passes to every module call. */
struct netstat_ctx;
/** Opaque line reader over a file below the proc root. */
struct netstat_lines;

/** Flags for netstat_host_api.host_name. */
enum netstat_name_flag {
	NETSTAT_NAME_NUMERIC = 1u << 0, /**< never resolve: numeric text */
	NETSTAT_NAME_NETWORK = 1u << 1, /**< IPv4: look up as a network */
	NETSTAT_NAME_ROUTE = 1u << 2,	/**< IPv4: routes' rules ("default") */
};

/** Where a message goes (netstat_host_api.message). */
enum netstat_stream {
	NETSTAT_STDERR = 0,
	/** In the classic format: stdout, in order with the rows. In
	 *  structured formats: stderr, so stdout stays parseable. */
	NETSTAT_NOTICE = 1,
};

/**
 * The host API table, handed to each module's init. Every member is set;
 * members added in later minor versions are appended (check `size`).
 */
struct netstat_host_api {
	uint16_t abi_major;
	uint16_t abi_minor;
	size_t size; /**< sizeof the table the host built */

	/* --- files (always relative to the configured proc root) --- */

	/**
	 * Opens `path` ("net/tcp"; relative to the proc root) for reading
	 * lines. Returns 0 and sets *out, or -errno (e.g. -ENOENT).
	 */
	int (*lines_open)(struct netstat_ctx *ctx, const char *path,
			  struct netstat_lines **out);
	/**
	 * Next line without its newline, NUL-terminated, valid until the next
	 * call; NUL bytes inside a line are replaced by spaces. Returns NULL at
	 * end of file. *len (may be NULL) receives the length.
	 */
	const char *(*lines_next)(struct netstat_lines *lines, size_t *len);
	/** Closes a reader. */
	void (*lines_close)(struct netstat_lines *lines);
	/** stat(2) of a path below the proc root; 0 or -errno. */
	int (*proc_stat)(struct netstat_ctx *ctx, const char *path,
			 struct stat *st);
	/** The path as the user should read it in a message ("/proc/net/tcp"),
	 *  written to buf; returns buf. */
	const char *(*proc_display)(struct netstat_ctx *ctx, const char *path,
				    char *buf, size_t size);

	/* --- output --- */

	/** Starts a section (prints its header); idempotent per pass. */
	void (*section_begin)(struct netstat_ctx *ctx,
			      const struct netstat_section *section);
	/** Emits one record (starts its section if needed). */
	void (*emit)(struct netstat_ctx *ctx, const struct netstat_record *rec);
	/** A message in printf form; see enum netstat_stream. */
	void (*message)(struct netstat_ctx *ctx, int stream, const char *fmt,
			...)
#if defined(__GNUC__)
		__attribute__((format(printf, 3, 4)))
#endif
		;

	/* --- names (cached; `flags` honour the numeric options) --- */

	/** Host (or network) name of an address, or its numeric text. */
	const char *(*host_name)(struct netstat_ctx *ctx,
				 const struct netstat_address *addr,
				 unsigned flags);
	/** Service name of a port in list `table` ("tcp", "udp", "raw");
	 *  NULL when not found or the table is unknown. */
	const char *(*service_name)(struct netstat_ctx *ctx, uint32_t port,
				    const char *table);
	/** User name of a uid; NULL when unknown. */
	const char *(*user_name)(struct netstat_ctx *ctx, uint32_t uid);
	/** Process owning a socket inode (the -p map, built on first use);
	 *  NULL when unknown. */
	const struct netstat_process *(*process_of_inode)(
		struct netstat_ctx *ctx, uint64_t inode);

	/* --- misc --- */

	/** Text of a NETSTAT_ERR_* code. */
	const char *(*strerror)(int code);
	/** Text of an errno value (strerror(3), thread-safe). */
	const char *(*errno_text)(int err);
	/** Opaque module-private pointer the host stores for the caller. */
	void *reserved[8];
};

#endif
