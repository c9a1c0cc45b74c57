/* For modules and formats: the typed values records are made of. */
#ifndef NETSTAT_VALUE_H
#define NETSTAT_VALUE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/** Type of one value. Numbers stay numbers, addresses stay addresses. */
enum netstat_type {
	NETSTAT_T_NULL = 0, /**< absent */
	NETSTAT_T_STRING,   /**< text (untrusted: formats escape it) */
	NETSTAT_T_INT,	    /**< signed integer */
	NETSTAT_T_UINT,	    /**< unsigned integer (counters, inodes, queues) */
	NETSTAT_T_DOUBLE,   /**< floating point (seconds) */
	NETSTAT_T_ADDRESS,  /**< a network address (struct netstat_address) */
	NETSTAT_T_ENDPOINT, /**< address and port (struct netstat_endpoint) */
	NETSTAT_T_STATE,    /**< enumerated state: code and name */
	NETSTAT_T_USER,	    /**< a uid; formats may show the user name */
	NETSTAT_T_PROCESS,  /**< pid and program name */
	NETSTAT_T_TIMER,    /**< a socket timer (struct netstat_timer) */
	/** (ABI 2.2) every process holding a socket, each with its user,
	 *  cgroup and container (struct netstat_processes) */
	NETSTAT_T_PROCESSES,
	/** (ABI 2.2) a list of unsigned integers, possibly empty
	 *  (struct netstat_uint_list): inodes, for instance */
	NETSTAT_T_UINT_LIST,
	/** (ABI 2.3) a list of texts, possibly empty (struct
	 *  netstat_string_list): the names of the flags a flag word sets */
	NETSTAT_T_STRING_LIST,
};

/** Address families a struct netstat_address can hold. */
enum netstat_addr_family {
	NETSTAT_ADDR_NONE = 0,
	NETSTAT_ADDR_INET = 4,	/**< bytes[0..3], network byte order */
	NETSTAT_ADDR_INET6 = 6, /**< bytes[0..15], network byte order */
	NETSTAT_ADDR_TEXT = 99, /**< any other family: `text` holds its form */
};

/** A network address. */
struct netstat_address {
	uint16_t family; /**< enum netstat_addr_family */
	uint8_t bytes[16];
	const char *text; /**< NETSTAT_ADDR_TEXT only: e.g. an AX.25 callsign */
};

/** An address with a port. port_table names the service list used. */
struct netstat_endpoint {
	struct netstat_address addr;
	uint32_t port;
	/** Service list to name the port from ("tcp", "udp", "raw");
	 *  NULL when this protocol's ports are never named. */
	const char *port_table;
};

/** An enumerated state. name is the kernel-meaningful name or NULL. */
struct netstat_state {
	int64_t code;
	const char *name;
};

/** A process owning a socket. */
struct netstat_process {
	int32_t pid;
	const char *name; /**< argv[0] basename as the kernel gives it */
};

/**
 * (ABI 2.2) One process holding a socket, as /proc tells it. Text members
 * are NULL when unknown (the process could not be read, or it is in no
 * container); uid is -1 when unknown.
 */
struct netstat_process_entry {
	int32_t pid;
	const char *name; /**< argv[0] basename, as struct netstat_process */
	int64_t uid;	  /**< real uid of the process; -1 unknown */
	/** The whole command line, arguments joined by spaces; NULL when
	 *  the run did not ask for it. */
	const char *command_line;
	const char *cgroup;	       /**< cgroup v2 path (the `0::` line) */
	const char *container_runtime; /**< "docker", "podman"... */
	const char *container_id;      /**< 64 hex digits */
	const char *pod_uid;	       /**< Kubernetes pod uid */
	const char *unit;	       /**< systemd unit ("sshd.service") */
};

/** (ABI 2.2) Every process holding a socket, in /proc order (by pid). */
struct netstat_processes {
	const struct netstat_process_entry *const *items;
	size_t n;
};

/** (ABI 2.2) Unsigned integers; n == 0 is an empty list (not null). */
struct netstat_uint_list {
	const uint64_t *items;
	size_t n;
};

/** (ABI 2.3) Texts (untrusted, as a string's); n == 0 is an empty list
 *  (not null). No item is NULL. */
struct netstat_string_list {
	const char *const *items;
	size_t n;
};

/** A socket timer as the kernel reports it. */
struct netstat_timer {
	int32_t code; /**< kernel timer kind (0 off, 1 on, 2 keepalive...) */
	const char *name; /**< "off", "on", "keepalive"... or NULL */
	double seconds;	  /**< time left */
	int64_t retransmits;
	int64_t probes; /**< the kernel's "timeout" field */
};

/** One typed value. */
struct netstat_value {
	uint32_t type; /**< enum netstat_type */
	union {
		const char *s;
		int64_t i;
		uint64_t u;
		double d;
		struct netstat_address addr;
		struct netstat_endpoint ep;
		struct netstat_state state;
		uint32_t uid;
		struct netstat_process proc;
		struct netstat_timer timer;
		struct netstat_processes procs;	 /**< ABI 2.2 */
		struct netstat_uint_list uints;	 /**< ABI 2.2 */
		struct netstat_string_list strs; /**< ABI 2.3 */
	} v;
};

/** (ABI 2.2) The stable name of a type, as the structured formats and
 *  `netstat --fields` write it ("string", "endpoint"...; "any" for
 *  NETSTAT_T_NULL); NULL for a type this SDK does not know. */
static inline const char *netstat_type_name(uint32_t type)
{
	static const char *const names[] = {
		[NETSTAT_T_NULL] = "any",
		[NETSTAT_T_STRING] = "string",
		[NETSTAT_T_INT] = "int",
		[NETSTAT_T_UINT] = "uint",
		[NETSTAT_T_DOUBLE] = "double",
		[NETSTAT_T_ADDRESS] = "address",
		[NETSTAT_T_ENDPOINT] = "endpoint",
		[NETSTAT_T_STATE] = "state",
		[NETSTAT_T_USER] = "user",
		[NETSTAT_T_PROCESS] = "process",
		[NETSTAT_T_TIMER] = "timer",
		[NETSTAT_T_PROCESSES] = "processes",
		[NETSTAT_T_UINT_LIST] = "uint_list",
		[NETSTAT_T_STRING_LIST] = "string_list",
	};
	return type < sizeof names / sizeof names[0] ? names[type] : NULL;
}

/* Small constructors, so plugins fill records in one line per column. */
static inline struct netstat_value netstat_v_null(void)
{
	struct netstat_value x = {.type = NETSTAT_T_NULL};
	return x;
}
static inline struct netstat_value netstat_v_str(const char *s)
{
	struct netstat_value x = {.type = s ? NETSTAT_T_STRING
					    : NETSTAT_T_NULL};
	x.v.s = s;
	return x;
}
static inline struct netstat_value netstat_v_int(int64_t i)
{
	struct netstat_value x = {.type = NETSTAT_T_INT};
	x.v.i = i;
	return x;
}
static inline struct netstat_value netstat_v_uint(uint64_t u)
{
	struct netstat_value x = {.type = NETSTAT_T_UINT};
	x.v.u = u;
	return x;
}
static inline struct netstat_value netstat_v_double(double d)
{
	struct netstat_value x = {.type = NETSTAT_T_DOUBLE};
	x.v.d = d;
	return x;
}
static inline struct netstat_value netstat_v_state(int64_t code,
						   const char *name)
{
	struct netstat_value x = {.type = NETSTAT_T_STATE};
	x.v.state.code = code;
	x.v.state.name = name;
	return x;
}
static inline struct netstat_value netstat_v_user(uint32_t uid)
{
	struct netstat_value x = {.type = NETSTAT_T_USER};
	x.v.uid = uid;
	return x;
}

/** An IPv4 address, `bytes` in network byte order (4 bytes). */
static inline struct netstat_address netstat_addr_inet(const void *bytes)
{
	struct netstat_address a = {.family = NETSTAT_ADDR_INET};
	memcpy(a.bytes, bytes, 4);
	return a;
}

/** An IPv6 address, `bytes` in network byte order (16 bytes). */
static inline struct netstat_address netstat_addr_inet6(const void *bytes)
{
	struct netstat_address a = {.family = NETSTAT_ADDR_INET6};
	memcpy(a.bytes, bytes, 16);
	return a;
}

/** An address of another family in its text form (a callsign, an X.121
 *  or IPX address); NULL text gives an empty address. */
static inline struct netstat_address netstat_addr_text(const char *text)
{
	struct netstat_address a = {.family = NETSTAT_ADDR_TEXT};
	a.text = text ? text : "";
	return a;
}

static inline struct netstat_value netstat_v_address(struct netstat_address a)
{
	struct netstat_value x = {.type = NETSTAT_T_ADDRESS};
	x.v.addr = a;
	return x;
}

/** A text address value; NULL gives a null value. */
static inline struct netstat_value netstat_v_text_address(const char *text)
{
	if (!text)
		return netstat_v_null();
	return netstat_v_address(netstat_addr_text(text));
}

/** An endpoint; `port_table` names the service list ("tcp", "udp", "raw")
 *  or is NULL when the protocol's ports are never named. */
static inline struct netstat_value netstat_v_endpoint(struct netstat_address a,
						      uint32_t port,
						      const char *port_table)
{
	struct netstat_value x = {.type = NETSTAT_T_ENDPOINT};
	x.v.ep.addr = a;
	x.v.ep.port = port;
	x.v.ep.port_table = port_table;
	return x;
}

/** A process; a NULL process (no owner known) gives a null value. */
static inline struct netstat_value
netstat_v_process(const struct netstat_process *p)
{
	if (!p)
		return netstat_v_null();
	struct netstat_value x = {.type = NETSTAT_T_PROCESS};
	x.v.proc = *p;
	return x;
}

/** (ABI 2.2) The processes holding a socket; none gives a null value. */
static inline struct netstat_value
netstat_v_processes(struct netstat_processes procs)
{
	if (procs.n == 0)
		return netstat_v_null();
	struct netstat_value x = {.type = NETSTAT_T_PROCESSES};
	x.v.procs = procs;
	return x;
}

/** (ABI 2.2) A list of `n` unsigned integers (an empty one when n is 0). */
static inline struct netstat_value netstat_v_uint_list(const uint64_t *items,
						       size_t n)
{
	struct netstat_value x = {.type = NETSTAT_T_UINT_LIST};
	x.v.uints.items = items;
	x.v.uints.n = n;
	return x;
}

/** (ABI 2.3) A list of `n` texts (an empty one when n is 0). */
static inline struct netstat_value
netstat_v_string_list(const char *const *items, size_t n)
{
	struct netstat_value x = {.type = NETSTAT_T_STRING_LIST};
	x.v.strs.items = items;
	x.v.strs.n = n;
	return x;
}

/** (ABI 2.3) One bit of a flag word and its name. */
struct netstat_flag_name {
	uint64_t bit;
	const char *name;
};

/** (ABI 2.3) The names of the bits of `flags` that `table` (n entries)
 *  knows, in table order, into `out` (room for `cap`); the list value. A
 *  flag word with none of them set gives an empty list. */
static inline struct netstat_value
netstat_v_flag_names(uint64_t flags, const struct netstat_flag_name *table,
		     size_t n, const char **out, size_t cap)
{
	size_t k = 0;
	for (size_t i = 0; i < n && k < cap; i++)
		if ((flags & table[i].bit) == table[i].bit && table[i].bit)
			out[k++] = table[i].name;
	return netstat_v_string_list(out, k);
}

/** A socket timer. */
static inline struct netstat_value
netstat_v_timer(int32_t code, const char *name, double seconds,
		int64_t retransmits, int64_t probes)
{
	struct netstat_value x = {.type = NETSTAT_T_TIMER};
	x.v.timer.code = code;
	x.v.timer.name = name;
	x.v.timer.seconds = seconds;
	x.v.timer.retransmits = retransmits;
	x.v.timer.probes = probes;
	return x;
}

/** An unsigned value of a record's column, or `fallback` when the column
 *  is absent, null or not a number. */
static inline uint64_t netstat_value_uint(const struct netstat_value *values,
					  size_t n, size_t column,
					  uint64_t fallback)
{
	if (column >= n)
		return fallback;
	const struct netstat_value *v = &values[column];
	if (v->type == NETSTAT_T_UINT)
		return v->v.u;
	if (v->type == NETSTAT_T_INT)
		return (uint64_t)v->v.i;
	return fallback;
}

/** The text of a record's string column, or `fallback`. */
static inline const char *netstat_value_str(const struct netstat_value *values,
					    size_t n, size_t column,
					    const char *fallback)
{
	if (column >= n || values[column].type != NETSTAT_T_STRING)
		return fallback;
	return values[column].v.s;
}

#endif
