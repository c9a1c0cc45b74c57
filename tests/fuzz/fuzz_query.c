/*
 * Fuzz harness: the query stage (core/query: --filter, --sort,
 * --group-by, --columns, --count; docs/queries.md). The input is the
 * spec, its parts split at NUL bytes: the filter, the sort keys, the
 * group keys, the columns, and a last part whose first byte set asks for
 * --count. A spec that compiles and checks against the two sections is
 * run over a fixed set of records holding every value type (and nulls);
 * the host's pre-filter questions are asked of every column too. Host
 * names do not reach DNS (see getaddrinfo below).
 */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>

#include "core/query/filter.h"
#include "core/query/query.h"
#include "tests/fuzz/fuzz.h"

enum {
	C_PROTO,
	C_RECV_Q,
	C_METRIC,
	C_RTT,
	C_AGE,
	C_GATEWAY,
	C_LOCAL,
	C_REMOTE,
	C_STATE,
	C_USER,
	C_PROGRAM,
	C_TIMER,
	C_HOLDERS,
	C_PENDING,
	C_COUNT
};

static const struct netstat_column cols[C_COUNT] = {
	[C_PROTO] = {.key = "proto", .type = NETSTAT_T_STRING},
	[C_RECV_Q] = {.key = "recv_q", .type = NETSTAT_T_UINT, .unit = "bytes"},
	[C_METRIC] = {.key = "metric", .type = NETSTAT_T_INT},
	[C_RTT] = {.key = "rtt_us",
		   .type = NETSTAT_T_UINT,
		   .unit = "microseconds"},
	[C_AGE] = {.key = "age", .type = NETSTAT_T_DOUBLE, .unit = "seconds"},
	[C_GATEWAY] = {.key = "gateway", .type = NETSTAT_T_ADDRESS},
	[C_LOCAL] = {.key = "local_address",
		     .type = NETSTAT_T_ENDPOINT,
		     .role = NETSTAT_ROLE_LOCAL},
	[C_REMOTE] = {.key = "foreign_address",
		      .type = NETSTAT_T_ENDPOINT,
		      .role = NETSTAT_ROLE_REMOTE},
	[C_STATE] = {.key = "state", .type = NETSTAT_T_STATE},
	[C_USER] = {.key = "user", .type = NETSTAT_T_USER},
	[C_PROGRAM] = {.key = "program", .type = NETSTAT_T_PROCESS},
	[C_TIMER] = {.key = "timer", .type = NETSTAT_T_TIMER},
	[C_HOLDERS] = {.key = "processes", .type = NETSTAT_T_PROCESSES},
	[C_PENDING] = {.key = "pending", .type = NETSTAT_T_UINT_LIST},
};
static const struct netstat_section internet = {
	.key = "internet", .columns = cols, .n_columns = C_COUNT};
static const struct netstat_column other_cols[] = {
	{.key = "path", .type = NETSTAT_T_STRING},
	{.key = "inode", .type = NETSTAT_T_UINT},
};
static const struct netstat_section other = {
	.key = "unix", .columns = other_cols, .n_columns = 2};
static const struct netstat_section *const sections[] = {&internet, &other};

/*
 * The filter resolves host names; a name lookup per input would be slow
 * and leave the machine, so this harness's getaddrinfo() knows one name,
 * "localhost" (127.0.0.1), and no other. It replaces libc's at link time.
 */
struct fake_addrinfo {
	struct addrinfo ai;
	struct sockaddr_in sin;
};

int getaddrinfo(const char *node, const char *service,
		const struct addrinfo *hints, struct addrinfo **res)
{
	if (!node || strcmp(node, "localhost") != 0)
		return EAI_NONAME;
	struct fake_addrinfo *f = calloc(1, sizeof *f);
	if (!f)
		return EAI_MEMORY;
	f->sin.sin_family = AF_INET;
	f->sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	f->ai.ai_family = AF_INET;
	f->ai.ai_socktype = SOCK_STREAM;
	f->ai.ai_addrlen = sizeof f->sin;
	f->ai.ai_addr = (struct sockaddr *)&f->sin;
	*res = &f->ai;
	return 0;
}

void freeaddrinfo(struct addrinfo *res)
{
	free(res); /* the first member of its struct fake_addrinfo */
}

static struct netstat_address addr(const char *text)
{
	struct netstat_address a = {0};
	if (inet_pton(AF_INET, text, a.bytes) == 1)
		a.family = NETSTAT_ADDR_INET;
	else if (inet_pton(AF_INET6, text, a.bytes) == 1)
		a.family = NETSTAT_ADDR_INET6;
	return a;
}

#define N_ROWS 6

/* Row i of the internet section; every third value of a row is null in
 * some row. */
static void row_values(size_t i, struct netstat_value *v)
{
	static const char *const protos[N_ROWS] = {"tcp",  "tcp6", "udp",
						   "raw6", "tcp",  ""};
	static const char *const hosts[N_ROWS] = {
		"0.0.0.0", "2001:db8::1", "10.1.2.3",
		"::",	   "192.0.2.9",	  "fe80::1"};
	static const char *const states[N_ROWS] = {
		"LISTEN", "ESTABLISHED", "CLOSE", "", "TIME_WAIT", "SYN_SENT"};
	static const uint64_t pending[] = {7, 8, 9};
	static const struct netstat_process_entry e1 = {
		.pid = 100, .name = "sshd", .uid = 0, .unit = "ssh.service"};
	static const struct netstat_process_entry e2 = {
		.pid = 200, .name = "nginx: worker", .uid = 33};
	static const struct netstat_process_entry *const holders[] = {&e1, &e2};
	struct netstat_process p = {(int32_t)(100 * i), protos[i]};
	v[C_PROTO] = netstat_v_str(protos[i]);
	v[C_RECV_Q] = i == 3 ? netstat_v_null() : netstat_v_uint(i * 1000);
	v[C_METRIC] = netstat_v_int((int64_t)i - 3);
	v[C_RTT] = netstat_v_uint(i * 50000);
	v[C_AGE] = i == 1 ? netstat_v_null() : netstat_v_double(i * 1.5);
	v[C_GATEWAY] = netstat_v_address(addr(hosts[(i + 2) % N_ROWS]));
	v[C_LOCAL] =
		netstat_v_endpoint(addr(hosts[i]), (uint32_t)(22 * i), "tcp");
	v[C_REMOTE] = i == 4 ? netstat_v_null()
			     : netstat_v_endpoint(addr(hosts[N_ROWS - 1 - i]),
						  (uint32_t)(443 + i), "tcp");
	v[C_STATE] = netstat_v_state((int64_t)i + 1, states[i]);
	v[C_USER] = netstat_v_user((uint32_t)(i * 500));
	v[C_PROGRAM] = i == 2 ? netstat_v_null() : netstat_v_process(&p);
	v[C_TIMER] = netstat_v_timer((int32_t)i % 4, i % 2 ? "on" : NULL,
				     (double)i * 0.25, (int64_t)i, 0);
	v[C_HOLDERS] =
		netstat_v_processes((struct netstat_processes){holders, i % 3});
	v[C_PENDING] = netstat_v_uint_list(pending, i % 4);
}

/* Reads what the stage lets through, so ASan sees a bad pointer. */
static size_t walk(const struct netstat_value *v, size_t n)
{
	size_t sum = 0;
	for (size_t i = 0; i < n; i++) {
		if (v[i].type == NETSTAT_T_STRING)
			sum += strlen(v[i].v.s);
		else if (v[i].type == NETSTAT_T_STATE && v[i].v.state.name)
			sum += strlen(v[i].v.state.name);
		else if (v[i].type == NETSTAT_T_PROCESS && v[i].v.proc.name)
			sum += strlen(v[i].v.proc.name);
	}
	return sum;
}

static void sink_begin(void *ctx, const struct netstat_section *s)
{
	for (size_t c = 0; c < s->n_columns; c++)
		*(size_t *)ctx += strlen(s->columns[c].key);
}

static void sink_emit(void *ctx, const struct netstat_record *rec)
{
	*(size_t *)ctx += walk(rec->values, rec->n_values);
}

static void ask_prefilter(struct filter *f, struct netstat_value *v)
{
	uint32_t ranges[8][2];
	for (size_t c = 0; c < C_COUNT; c++) {
		filter_may_match(f, &internet, c, &v[c]);
		filter_reads_column(f, &internet, c);
	}
	filter_port_ranges(f, &internet, NETSTAT_ROLE_LOCAL, ranges, 8);
	filter_port_ranges(f, &internet, NETSTAT_ROLE_REMOTE, ranges, 8);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *copy = malloc(size + 1);
	if (!copy)
		return 0;
	memcpy(copy, data, size);
	copy[size] = '\0';
	const char *part[5] = {NULL};
	size_t n = 0;
	for (size_t i = 0; i <= size && n < 5; i++) {
		part[n++] = copy + i;
		i += strlen(copy + i);
	}
	struct query_spec spec = {
		.filter = part[0] && *part[0] ? part[0] : NULL,
		.sort = part[1] && *part[1] ? part[1] : NULL,
		.group_by = part[2] && *part[2] ? part[2] : NULL,
		.columns = part[3] && *part[3] ? part[3] : NULL,
		.count = part[4] && *part[4],
	};
	char err[512];
	struct query *q = NULL;
	size_t seen = 0;
	if (query_wanted(&spec) &&
	    query_compile(&spec, &q, err, sizeof err) == 0 &&
	    query_check(q, sections, 2, err, sizeof err) == 0) {
		struct query_sink sink = {&seen, sink_begin, sink_emit};
		struct netstat_value v[C_COUNT];
		char known[256];
		query_known_keys(spec.columns ? spec.columns : "proto",
				 sections, 2, known, sizeof known);
		query_begin(q, &sink, &internet);
		for (size_t i = 0; i < N_ROWS; i++) {
			row_values(i, v);
			struct netstat_record rec = {&internet, v, C_COUNT};
			query_emit(q, &sink, &rec);
			if (query_filter(q))
				ask_prefilter(query_filter(q), v);
		}
		query_begin(q, &sink, &other);
		struct netstat_value u[2] = {netstat_v_str("/run/x.sock"),
					     netstat_v_uint(77)};
		struct netstat_record rec = {&other, u, 2};
		query_emit(q, &sink, &rec);
		query_flush(q, &sink);
		for (size_t c = 0; c < C_COUNT; c++)
			query_reads_column(q, &internet, c);
		query_replaces_columns(q);
		query_error(q);
	}
	query_free(q);
	free(copy);
	return 0;
}
