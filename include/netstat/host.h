/* For modules (families and formats): the services the host gives them. */
#ifndef NETSTAT_HOST_H
#define NETSTAT_HOST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

#include <netstat/section.h>
#include <netstat/text.h>
#include <netstat/value.h>

struct netstat_host_api;

/**
 * The per-run context the host passes to every module call. Its layout is
 * the host's, but it always begins with this public head, so a module
 * reaches the host from any callback (netstat_ctx_host()).
 */
struct netstat_ctx;
struct netstat_ctx_public {
	const struct netstat_host_api *host;
	const struct netstat_request *req;
	int iteration; /**< 0 on the first pass, then 1, 2... under -c */
};

/** The host API table of the run `ctx` belongs to. */
static inline const struct netstat_host_api *
netstat_ctx_host(const struct netstat_ctx *ctx)
{
	return ((const struct netstat_ctx_public *)(const void *)ctx)->host;
}

/** The pass number: 0 on the first pass, then 1, 2... under -c. */
static inline int netstat_ctx_iteration(const struct netstat_ctx *ctx)
{
	return ((const struct netstat_ctx_public *)(const void *)ctx)
		->iteration;
}

/** Opaque line reader over a file below the proc root. */
struct netstat_lines;

/** Rules for a kernel table that cannot be opened (table_open's flags;
 *  reference §3.2). */
enum netstat_table_flag {
	/** EACCES counts as missing, like ENOENT (inet, unix, bluetooth). */
	NETSTAT_TABLE_ACCESS_IS_MISSING = 1u << 0,
	/** Silent when the protocols were only implied (-4, -A inet). */
	NETSTAT_TABLE_QUIET_IF_IMPLIED = 1u << 1,
	/** The status a missing table earns comes due only after the
	 *  remaining sources of the same selector (NETSTAT_EXIT_DEFERRED). */
	NETSTAT_TABLE_DEFER_STATUS = 1u << 2,
	/** A table that cannot be opened, for whatever reason, is skipped
	 *  without a word (the IPv6 file of a pair). */
	NETSTAT_TABLE_OPTIONAL = 1u << 3,
};

/** A network namespace, as netstat_host_api.netns describes it (2.2). */
struct netstat_netns {
	uint64_t inode;	     /**< of its nsfs file: net:[inode], its identity */
	bool host;	     /**< the caller's own namespace */
	const char *name;    /**< its first name (ip netns, Docker id); NULL */
	const char *names;   /**< every name, ", "-separated; NULL: none */
	uint32_t pid;	     /**< one process in it (the lowest); 0: none */
	const char *command; /**< that process's comm; NULL when pid is 0 */
	const char *cgroup;  /**< its cgroup v2 path; NULL when unknown */
	/** What that path shows (docker, podman, containerd, crio, cri);
	 *  NULL when it shows no container. */
	const char *container_runtime;
	const char *container_id; /**< the container's id; NULL: none */
	const char *pod_uid;	  /**< a Kubernetes pod's uid; NULL: none */
	const char *unit;	  /**< a systemd unit; NULL: none */
};

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
 * The host API table, handed to each module's init and reachable from any
 * context with netstat_ctx_host(). Every member is set; members added in
 * later minor versions are appended (check `size`).
 */
struct netstat_host_api {
	uint16_t abi_major;
	uint16_t abi_minor;
	size_t size; /**< sizeof the table the host built */

	/* --- files (always relative to the configured proc root) --- */

	/**
	 * Opens `path` ("net/tcp"; relative to the proc root) for reading
	 * lines. Returns 0 and sets *out, or a negative errno (-ENOENT).
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

	/** Text of an error code: a negative errno or NETSTAT_ERR_*. */
	const char *(*strerror)(int code);
	/* --- kernel tables with net-tools' rules (SDK helpers) --- */

	/**
	 * Opens kernel table `path` for a list function. When it cannot be
	 * opened, says so as net-tools does (reference §3.2) and returns what
	 * the list function should return:
	 * - an error other than a missing file: "<shown path>: <error>" on
	 *   stderr, NETSTAT_EXIT_READ_ERROR;
	 * - missing (ENOENT; EACCES too with NETSTAT_TABLE_ACCESS_IS_MISSING):
	 *   when a selector was named or -v given, "netstat: no support for
	 *   `<what>' on this system." on stderr (not when
	 *   NETSTAT_TABLE_QUIET_IF_IMPLIED and the protocols were implied);
	 *   NETSTAT_EXIT_UNAVAILABLE when one was named (with
	 *   NETSTAT_EXIT_DEFERRED under NETSTAT_TABLE_DEFER_STATUS), else 0.
	 * Returns 0 with *out set when opened; otherwise *out is NULL.
	 */
	int (*table_open)(struct netstat_ctx *ctx,
			  const struct netstat_request *req, const char *path,
			  const char *what, uint32_t flags,
			  struct netstat_lines **out);
	/** "<shown path>: <error text>" on stderr, as perror(3) says it;
	 *  `code` is a negative error. */
	void (*perror)(struct netstat_ctx *ctx, const char *path, int code);
	/** True when the proc root is the running kernel's own /proc, so a
	 *  netlink dump shows the same state as its files. */
	bool (*proc_is_live)(struct netstat_ctx *ctx);

	/* --- pre-filtering in the kernel (the run's --filter) ---
	 * The host always evaluates the whole filter on every record it
	 * receives, so these only let a source ask the kernel for less: a
	 * pre-filter can make a run faster, never change its result. */

	/**
	 * May a record of `section` whose column `column` holds `value`
	 * match the filter, whatever its other columns hold? True when
	 * there is no filter. (inet_diag: the idiag_states mask.)
	 */
	bool (*filter_may_match)(struct netstat_ctx *ctx,
				 const struct netstat_section *section,
				 size_t column,
				 const struct netstat_value *value);
	/**
	 * The ports the `role` end (NETSTAT_ROLE_LOCAL or _REMOTE) of a
	 * record of `section` may have and still match: writes up to `max`
	 * inclusive ranges to out[i][0..1] and returns how many; returns 0
	 * when any port may match (no filter, or no usable constraint).
	 */
	size_t (*filter_port_ranges)(struct netstat_ctx *ctx,
				     const struct netstat_section *section,
				     uint32_t role, uint32_t (*out)[2],
				     size_t max);

	/* --- ABI 2.2 (check `size` before calling) --- */

	/**
	 * Will column `column` of `section` be used by this run: printed by
	 * its format (classic prints no NETSTAT_COL_STRUCTURED_ONLY column,
	 * structured formats no NETSTAT_COL_CLASSIC_ONLY one, --columns
	 * narrows, --group-by and --count replace them) or read by its
	 * --filter, --sort or --group-by? Lets a source skip work whose
	 * result nobody sees. False for a column the section does not have.
	 */
	bool (*column_needed)(struct netstat_ctx *ctx,
			      const struct netstat_section *section,
			      size_t column);
	/**
	 * Every process holding socket `inode`, from the -p map (built
	 * when -p was given; the processes' users and cgroups are read on
	 * the first call of a pass). None (n == 0) when unknown. Valid
	 * until the pass ends.
	 */
	struct netstat_processes (*processes_of_inode)(struct netstat_ctx *ctx,
						       uint64_t inode);
	/**
	 * The cgroup v2 path ("/system.slice/ssh.service", "/" for the
	 * root) of the cgroup whose id (the inode of its directory on the
	 * cgroup2 file system, as INET_DIAG_CGROUP_ID gives it) is `id`;
	 * NULL when unknown or no cgroup2 is mounted. The tree is walked
	 * once, on first use, and cached for the run: ask only when the
	 * path will be shown.
	 */
	const char *(*cgroup_path)(struct netstat_ctx *ctx, uint64_t id);
	/** The network namespace the records being emitted come from, under
	 *  --netns or --all-netns (valid until the section ends); NULL when
	 *  the run does not switch namespaces. Formats describe it on each
	 *  section; families need not look (the host switches for them). */
	const struct netstat_netns *(*netns)(struct netstat_ctx *ctx);
	/* Streaming (NETSTAT_REPORT_EVENTS). */
	/**
	 * For a source of a streaming report: asks the host to watch `fd`.
	 * The list() function opens its kernel source, calls this and
	 * returns; once every source has, the host waits until `fd` is
	 * readable and calls ready(ctx, arg), which reads what is there and
	 * emits its records, again and again, until SIGINT or SIGTERM (the
	 * run then exits 0), the --count-events limit, or ready() returning
	 * a negative error (reported naming `name`). Then it calls
	 * done(arg) (may be NULL), which closes `fd`. Records emitted after
	 * the stop are dropped. Returns 0, or a negative error when it
	 * cannot watch (then done() is not called).
	 */
	int (*stream_watch)(struct netstat_ctx *ctx, const char *name, int fd,
			    int (*ready)(struct netstat_ctx *ctx, void *arg),
			    void (*done)(void *arg), void *arg);

	void *reserved[3]; /**< NULL; room to grow */
};

#endif
