/*
 * Shared by the inet and inet6 family plugins: the Internet and groups
 * sections, the /proc/net socket-table parser and the net-tools renderings.
 * Linked statically into each module (libip_common.la), never exported.
 */
#ifndef IP_COMMON_H
#define IP_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <netstat/netstat.h>

/* How a protocol's rows are filtered and rendered. */
enum ip_kind {
	IP_KIND_TCP,
	IP_KIND_UDP, /* UDP and UDP-Lite */
	IP_KIND_RAW,
	IP_KIND_SCTP,
};

/* One kernel socket table (a /proc/net file) of the connection listing. */
struct ip_table {
	const char *name;	/* source name and row label: "udpl6" */
	const char *path;	/* below the proc root: "net/udplite6" */
	const char *what;	/* for the missing-file note: "AF INET (udp)" */
	const char *port_table; /* service list: "udp" (also for UDP-Lite) */
	const char *bogus;	/* "warning, got bogus %s line." */
	enum ip_kind kind;
	int min_fields; /* fewer converted fields make a bogus line */
};

/* Column positions of the Internet section (its records follow them). */
enum ip_column {
	IP_COL_PROTO,
	IP_COL_RECV_Q,
	IP_COL_SEND_Q,
	IP_COL_LOCAL,
	IP_COL_FOREIGN,
	IP_COL_STATE,
	IP_COL_USER,
	IP_COL_INODE,
	IP_COL_PROGRAM,
	IP_COL_TIMER,
	IP_COL_COUNT
};

/* Column positions of the groups section. */
enum ip_group_column {
	IP_GCOL_INTERFACE,
	IP_GCOL_REFCNT,
	IP_GCOL_GROUP,
	IP_GCOL_COUNT
};

/* --- ip_host.c: the host table, kept for cell renderers --- */

extern const struct netstat_host_api *ip_host;
/* Clock ticks per second of the tcp timers (sysconf(_SC_CLK_TCK)). */
extern long ip_clk_tck;
int ip_common_init(const struct netstat_host_api *host);
void ip_common_fini(void);

/* --- ip_section.c / ip_groups_section.c: section definitions --- */

extern const struct netstat_section ip_internet_section;
extern const struct netstat_section ip_groups_section;

/* --- ip_tables.c: the socket tables --- */

/* The table a source lists, by source name; NULL when unknown. */
const struct ip_table *ip_table_by_name(const char *name);

/* --- ip_parse.c: one row of tcp/udp/udplite/raw{,6} --- */

struct ip_socket_row {
	int64_t slot;
	struct netstat_address local, remote;
	uint32_t local_port, remote_port;
	uint32_t state;
	uint64_t tx_queue, rx_queue;
	uint32_t timer_code;
	uint64_t timer_when; /* clock ticks */
	uint64_t retransmits;
	uint32_t uid;
	int64_t timeout; /* TCP: unanswered probes */
	uint64_t inode;
};

#define IP_ROW_FIELDS 14

/*
 * Parses one data line. Returns how many of the 14 fields were converted
 * before the first mismatch (counted as net-tools' scanf pattern counts
 * them); fields not reached are zero.
 */
int ip_parse_socket_row(const char *line, struct ip_socket_row *row);

/* Decodes `n` hex digits of a kernel address: up to 8 digits are one
 * host-order IPv4 word; more are up to four host-order IPv6 words. */
void ip_decode_address(const char *hex, size_t n, bool ipv6,
		       struct netstat_address *out);

/* --- ip_open.c: net-tools' rules for missing files --- */

/*
 * Opens `path`. On success returns 0 with *out set. When the file is
 * missing or unreadable (ENOENT, EACCES) returns 0 with *out NULL: if `what`
 * is set (the IPv4 file of a pair) it prints net-tools' note when asked to
 * and sets *pending to 1 when the section must end with status 1. Other
 * errors print a perror-style line and return 255.
 */
int ip_open(struct netstat_ctx *ctx, const struct netstat_request *req,
	    const char *path, const char *what, struct netstat_lines **out,
	    int *pending);

/* The status a source returns for a pending note: deferred, so the host
 * ends the run only after the IPv6 source of the same selector. */
int ip_pending_status(int pending);

/* --- ip_text.c: net-tools text of addresses, ports and states --- */

/* Host text of an address (0.0.0.0, [::] or ::, names, v4-mapped cut). */
const char *ip_host_text(struct netstat_ctx *ctx,
			 const struct netstat_address *addr, bool numeric,
			 char *buf, size_t size);
/* Port text: "*" for 0, a service name from `table` unless numeric. */
const char *ip_port_text(struct netstat_ctx *ctx, uint32_t port,
			 const char *table, bool numeric, char *buf,
			 size_t size);
/* TCP state text (index 1..11; empty otherwise). */
const char *ip_tcp_state_text(int64_t state);
/* Kernel-meaningful state name for typed values; NULL when unknown. */
const char *ip_state_name(int64_t state);
/* Timer kind name for typed values; NULL when unknown. */
const char *ip_timer_name(int32_t code);
/* Appends user name (or signed uid) as net-tools prints it. */
void ip_user_text(struct netstat_ctx *ctx, const struct netstat_request *req,
		  uint32_t uid, struct netstat_text *out);
/* Appends the classic cells of the row tail (user, inode, program, timer)
 * shown for `req`, each with its separator and padding. */
void ip_render_tail(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_record *rec, struct netstat_text *out);

/* --- ip_cells.c: classic renderers of the Internet columns --- */

void ip_cell_queue(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_record *rec, size_t column,
		   struct netstat_text *out);
void ip_cell_address(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_record *rec, size_t column,
		     struct netstat_text *out);
void ip_cell_state(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_record *rec, size_t column,
		   struct netstat_text *out);
void ip_cell_user(struct netstat_ctx *ctx, const struct netstat_request *req,
		  const struct netstat_record *rec, size_t column,
		  struct netstat_text *out);
void ip_cell_timer(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_record *rec, size_t column,
		   struct netstat_text *out);
void ip_cell_group(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_record *rec, size_t column,
		   struct netstat_text *out);

/* --- list functions (netstat_list_fn) used by the module descriptors --- */

/* tcp, udp, udplite and raw tables, v4 and v6 (by source name). */
int ip_list_sockets(struct netstat_ctx *ctx, const struct netstat_request *req,
		    const struct netstat_source *src);
/* /proc/net/sctp/eps and assocs. */
int ip_list_sctp(struct netstat_ctx *ctx, const struct netstat_request *req,
		 const struct netstat_source *src);
/* /proc/net/igmp and /proc/net/igmp6. */
int ip_list_igmp(struct netstat_ctx *ctx, const struct netstat_request *req,
		 const struct netstat_source *src);
int ip_list_igmp6(struct netstat_ctx *ctx, const struct netstat_request *req,
		  const struct netstat_source *src);

/* --- ip_backend.c: netlink or /proc (NETSTAT_BACKEND) --- */

enum ip_backend_mode {
	IP_BACKEND_AUTO,    /* netlink when it works, quietly /proc if not */
	IP_BACKEND_PROC,    /* the /proc files only */
	IP_BACKEND_NETLINK, /* netlink; a failed dump is reported */
};

int ip_backend_mode(void);
/* True when the live kernel may be asked over netlink: not forced to
 * /proc, built with libmnl, and the proc root is the live procfs. */
bool ip_backend_netlink(struct netstat_ctx *ctx);
/* A dump failed before any row: say so when netlink was forced. */
void ip_backend_failed(struct netstat_ctx *ctx, const char *what, int err);

/* --- ip_sockets.c: one parsed row through -l/-a to the output --- */

void ip_socket_row_emit(struct netstat_ctx *ctx,
			const struct netstat_request *req,
			const struct ip_table *t,
			const struct ip_socket_row *r);

/* --- ip_diag.c: the socket tables over NETLINK_SOCK_DIAG --- */

/* Lists table `t` from inet_diag, in /proc's row order. Returns 0 when
 * done, or -errno when nothing was emitted and /proc should be read. */
int ip_diag_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		 const struct ip_table *t);
/* Closes the netlink socket (module fini). */
void ip_diag_close(void);

/* --- ip_route_nl.c: the IPv4 main table over rtnetlink --- */

/* One route as /proc/net/route has it (addresses as kernel words). */
struct ip_route4 {
	char iface[16];
	uint32_t dest, gateway, mask, flags;
	int32_t metric, mtu, window, irtt;
};

typedef void (*ip_route4_fn)(struct netstat_ctx *ctx, const struct ip_route4 *r,
			     void *arg);

/* Dumps the main table in /proc/net/route's order and fields. Returns the
 * number of routes, or -errno when nothing was emitted. When it returns 0
 * nothing was emitted either (/proc decides: no table, no header). */
long ip_route4_netlink(struct netstat_ctx *ctx, ip_route4_fn fn, void *arg);

/* --- ip_fmt.c: printf-free number and address text --- */

/* Decimal text of v at p (no NUL); returns its length (at most 20). */
size_t ip_fmt_u64(char *p, uint64_t v);
size_t ip_fmt_i64(char *p, int64_t v);
/* Dotted quad of 4 network-order bytes at p (no NUL); returns length. */
size_t ip_fmt_ipv4(char *p, const uint8_t *bytes);
/* Appends v right- or left-justified in width (printf %*d, %-*d). */
void ip_put_int(struct netstat_text *out, int64_t v, int width, bool left);

#endif
