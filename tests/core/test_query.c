/* The query stage (core/query/): filter grammar and errors, typed
 * matching, sort, group-by, count and columns, on records of a made-up
 * section. */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include "core/query/filter.h"
#include "core/query/query.h"
#include "core/query/regex_size.h"
#include "tests/core/core_suites.h"

static const struct netstat_column cols[] = {
	{.key = "proto", .type = NETSTAT_T_STRING},
	{.key = "recv_q", .type = NETSTAT_T_UINT},
	{.key = "local_address",
	 .type = NETSTAT_T_ENDPOINT,
	 .role = NETSTAT_ROLE_LOCAL},
	{.key = "foreign_address",
	 .type = NETSTAT_T_ENDPOINT,
	 .role = NETSTAT_ROLE_REMOTE},
	{.key = "state", .type = NETSTAT_T_STATE},
	{.key = "user", .type = NETSTAT_T_USER},
	{.key = "program", .type = NETSTAT_T_PROCESS},
};
static const struct netstat_section internet = {
	.key = "internet", .columns = cols, .n_columns = 7};
static const struct netstat_column other_cols[] = {
	{.key = "path", .type = NETSTAT_T_STRING},
};
static const struct netstat_section other = {
	.key = "unix", .columns = other_cols, .n_columns = 1};
static const struct netstat_section *const sections[] = {&internet, &other};

struct row {
	const char *proto;
	uint64_t recv_q;
	const char *local;
	uint32_t lport;
	const char *remote;
	uint32_t rport;
	int64_t state;
	const char *state_name;
	uint32_t uid;
	int32_t pid;
};

static const struct row rows[] = {
	{"tcp", 0, "0.0.0.0", 22, "0.0.0.0", 0, 10, "LISTEN", 0, 100},
	{"tcp", 5, "10.1.2.3", 22, "192.0.2.9", 50000, 1, "ESTABLISHED", 0,
	 101},
	{"tcp", 0, "10.1.2.3", 40000, "198.51.100.7", 443, 1, "ESTABLISHED",
	 1000, 102},
	{"tcp", 0, "10.1.2.3", 40001, "198.51.100.7", 443, 6, "TIME_WAIT", 1000,
	 0},
	{"tcp6", 9, "2001:db8::1", 8080, "2001:db8:1::2", 1234, 2, "SYN_SENT",
	 1000, 103},
};
#define N_ROWS (sizeof rows / sizeof rows[0])

static struct netstat_address addr(const char *text)
{
	struct netstat_address a = {0};
	if (inet_pton(AF_INET, text, a.bytes) == 1)
		a.family = NETSTAT_ADDR_INET;
	else if (inet_pton(AF_INET6, text, a.bytes) == 1)
		a.family = NETSTAT_ADDR_INET6;
	return a;
}

static void values_of(const struct row *r, struct netstat_value *v)
{
	static const char *const names[] = {"sshd", "sshd", "curl", "", "wget"};
	v[0] = netstat_v_str(r->proto);
	v[1] = netstat_v_uint(r->recv_q);
	v[2] = netstat_v_endpoint(addr(r->local), r->lport, "tcp");
	v[3] = netstat_v_endpoint(addr(r->remote), r->rport, "tcp");
	v[4] = netstat_v_state(r->state, r->state_name);
	v[5] = netstat_v_user(r->uid);
	struct netstat_process p = {r->pid, names[r - rows]};
	v[6] = r->pid ? netstat_v_process(&p) : netstat_v_null();
}

/* What the stage lets through, as text: "section|v0|v1...\n". */
static char got[8192];

static void put_value(const struct netstat_value *v)
{
	char buf[128] = "";
	char a[64];
	switch (v->type) {
	case NETSTAT_T_STRING:
		snprintf(buf, sizeof buf, "%s", v->v.s);
		break;
	case NETSTAT_T_UINT:
		snprintf(buf, sizeof buf, "%llu", (unsigned long long)v->v.u);
		break;
	case NETSTAT_T_INT:
		snprintf(buf, sizeof buf, "%lld", (long long)v->v.i);
		break;
	case NETSTAT_T_STATE:
		snprintf(buf, sizeof buf, "%s", v->v.state.name);
		break;
	case NETSTAT_T_ENDPOINT:
		inet_ntop(v->v.ep.addr.family == NETSTAT_ADDR_INET ? AF_INET
								   : AF_INET6,
			  v->v.ep.addr.bytes, a, sizeof a);
		snprintf(buf, sizeof buf, "%s:%u", a, v->v.ep.port);
		break;
	case NETSTAT_T_NULL:
		snprintf(buf, sizeof buf, "-");
		break;
	default:
		snprintf(buf, sizeof buf, "?");
	}
	strncat(got, "|", sizeof got - strlen(got) - 1);
	strncat(got, buf, sizeof got - strlen(got) - 1);
}

static void sink_begin(void *ctx, const struct netstat_section *s)
{
	snprintf(got + strlen(got), sizeof got - strlen(got), "[%s", s->key);
	for (size_t i = 0; i < s->n_columns; i++)
		snprintf(got + strlen(got), sizeof got - strlen(got), " %s",
			 s->columns[i].key);
	strncat(got, "]\n", sizeof got - strlen(got) - 1);
}

static void sink_emit(void *ctx, const struct netstat_record *rec)
{
	for (size_t i = 0; i < rec->n_values; i++)
		put_value(&rec->values[i]);
	strncat(got, "\n", sizeof got - strlen(got) - 1);
}

static const struct query_sink sink = {NULL, sink_begin, sink_emit};

/* Runs the spec over every row; returns what came out ("" when the spec
 * is refused, with the message in err). */
static const char *run(struct query_spec spec, char *err, size_t size)
{
	got[0] = '\0';
	err[0] = '\0';
	struct query *q;
	if (query_compile(&spec, &q, err, size) < 0)
		return got;
	if (query_check(q, sections, 2, err, size) < 0) {
		query_free(q);
		return got;
	}
	query_begin(q, &sink, &internet);
	for (size_t i = 0; i < N_ROWS; i++) {
		struct netstat_value v[7];
		values_of(&rows[i], v);
		struct netstat_record rec = {&internet, v, 7};
		query_emit(q, &sink, &rec);
	}
	query_flush(q, &sink);
	query_free(q);
	return got;
}

/* The atoms a regular expression expands to: an upper bound, exact
 * where the repeats are simple. */
START_TEST(regex_sizes)
{
	ck_assert_uint_eq(regex_atoms("tcp", 100), 3);
	ck_assert_uint_eq(regex_atoms("^(ESTAB|LISTEN)$", 100), 14);
	ck_assert_uint_eq(regex_atoms("a+", 100), 2);
	ck_assert_uint_eq(regex_atoms("a*b?", 100), 2);
	ck_assert_uint_eq(regex_atoms("(ab){3}", 100), 8);
	ck_assert_uint_eq(regex_atoms("[[:alpha:]]]{2,4}", 100), 6);
	ck_assert_uint_eq(regex_atoms("\\{9}x{", 100), 5);
	ck_assert_uint_eq(regex_atoms("a{9999}", 10000), 10000);
	ck_assert_uint_eq(regex_atoms("a{10000}", 10000), 10001);
	ck_assert_uint_eq(regex_atoms("a++++++++++++++++++++++++++++++++++++"
				      "++++++++++++++++++++++++++++",
				      10000),
			  10001);
	ck_assert_uint_eq(regex_atoms("(((((((((((((((((((((((((((((((((((("
				      "((((((((((((((((((((((((((((((a",
				      10000),
			  10001); /* deeper than it counts */
	ck_assert_uint_eq(regex_atoms("a{99999999999999999999}", 10000), 10001);
	/* The limit sits between these (found by the fuzzer: 2^12 copies of
	 * a loop took regcomp() 11 s). */
	ck_assert_uint_eq(
		regex_atoms("(((((((((b*)+)+)+)+)+)+)+)+)+", REGEX_MAX_ATOMS),
		512);
	ck_assert_uint_gt(regex_atoms("((((((((((b*)+)+)+)+)+)+)+)+)+)+",
				      REGEX_MAX_ATOMS),
			  REGEX_MAX_ATOMS);
	ck_assert_uint_gt(regex_atoms("b+*+++++++++", REGEX_MAX_ATOMS),
			  REGEX_MAX_ATOMS);
	/* glibc reads "{,n}" as "{0,n}". */
	ck_assert_uint_eq(regex_atoms("a{,3}", 100), 4);
	ck_assert_uint_gt(regex_atoms("((a{,40}){,40}){,40}", REGEX_MAX_ATOMS),
			  REGEX_MAX_ATOMS);
	ck_assert_uint_eq(regex_atoms("a{,}", 100), 2);
	ck_assert_uint_eq(regex_atoms("", 10), 0);
	ck_assert_uint_eq(regex_atoms(")a)", 10), 3);
}
END_TEST

/* The pids of the rows a filter keeps, e.g. "100,101". */
static const char *kept(const char *filter)
{
	static char pids[128];
	char err[512];
	run((struct query_spec){.filter = filter, .columns = "recv_q,pid"}, err,
	    sizeof err);
	ck_assert_msg(!err[0], "%s: %s", filter, err);
	pids[0] = '\0';
	for (const char *p = got; (p = strchr(p, '\n')) && p[1];) {
		p++;
		if (*p == '[')
			continue;
		const char *pid = strchr(p + 1, '|');
		size_t n = strcspn(pid + 1, "\n");
		if (pids[0])
			strcat(pids, ",");
		strncat(pids, pid + 1, n);
	}
	return pids;
}

START_TEST(filters_on_typed_values)
{
	ck_assert_str_eq(kept("dport = :443"), "102,-");
	ck_assert_str_eq(kept("dport = :https"), "102,-");
	ck_assert_str_eq(kept("sport < 1024"), "100,101");
	ck_assert_str_eq(kept("src 10.0.0.0/8"), "101,102,-");
	ck_assert_str_eq(kept("dst [2001:db8::]/32"), "103");
	ck_assert_str_eq(kept("src 10.1.2.3:22"), "101");
	ck_assert_str_eq(kept("state established"), "101,102");
	ck_assert_str_eq(kept("state = time-wait"), "-");
	ck_assert_str_eq(kept("state connected"), "101,102,-,103");
	ck_assert_str_eq(kept("state synchronized"), "101,102,-");
	ck_assert_str_eq(kept("state bucket"), "-");
	ck_assert_str_eq(kept("state != LISTEN and user 1000"), "102,-,103");
	ck_assert_str_eq(kept("not (proto = tcp)"), "103");
	ck_assert_str_eq(kept("proto ~ 'tcp?' || recv_q > 4"), "101,103");
	ck_assert_str_eq(kept("program =~ '^ss' recv_q >= 5"), "101");
	ck_assert_str_eq(kept("pid > 101 && !(dport = 443)"), "103");
	ck_assert_str_eq(kept("user = root"), "100,101");
	ck_assert_str_eq(kept("local_address = :22"), "100,101");
	/* A field a section lacks is false there, not an error. */
	ck_assert_str_eq(kept("path = /x or dport = :1234"), "103");
}
END_TEST

static void refused(struct query_spec spec, const char *message)
{
	char err[512];
	run(spec, err, sizeof err);
	ck_assert_str_eq(err, message);
}

START_TEST(bad_expressions_are_named)
{
	refused((struct query_spec){.filter = "dprot = :22"},
		"--filter: unknown field 'dprot' at 1 (did you mean 'dport'?)");
	refused((struct query_spec){.filter = "state established and zzzzzz 1"},
		"--filter: unknown field 'zzzzzz' at 23 (fields here: proto, "
		"recv_q, local_address, foreign_address, state, user, program, "
		"src, dst, sport, dport, pid, path)");
	refused((struct query_spec){.filter = "(state = listen"},
		"--filter: expected ')' at the end (position 16)");
	refused((struct query_spec){.filter = "recv_q > lots"},
		"--filter: 'lots' is not a number (field 'recv_q') at 10");
	refused((struct query_spec){.filter = "sport = 22.5"},
		"--filter: '22.5' is not a port (field 'sport') at 9");
	refused((struct query_spec){.filter = "recv_q >"},
		"--filter: expected a value for 'recv_q' at the end (position "
		"9)");
	refused((struct query_spec){.filter = "proto = tcp )"},
		"--filter: unbalanced ')', not ')' at 13");
	refused((struct query_spec){.filter = "a & b"},
		"--filter: '&' alone (use &&) at 3");
	refused((struct query_spec){.filter = ""},
		"--filter: empty expression at the end (position 1)");
	refused((struct query_spec){.filter = "src < 10.0.0.1"},
		"--filter: only = and != compare addresses (field 'src') at 7");
	refused((struct query_spec){.filter = "recv_q ~ 5"},
		"--filter: '~' compares text, and field 'recv_q' is not text "
		"at 1");
	/* regerror(3)'s words vary between C libraries: the start only. */
	char err[512];
	run((struct query_spec){.filter = "proto =~ '('"}, err, sizeof err);
	ck_assert_msg(
		!strncmp(err, "--filter: bad regular expression '(' (", 38) &&
			strstr(err, ") at 10"),
		"%s", err);
	/* Repeats that would make regcomp() build millions of nodes
	 * (stacked, nested) are refused before it runs. */
	refused((struct query_spec){.filter = "proto =~ 'tc+++++++++++++++"
					      "+++++++++++++++++++++++++'"},
		"--filter: bad regular expression 'tc+++++++++++++++++++++++++"
		"+++++++++++++++' (its repeats expand past 1000 atoms) at 10");
	refused((struct query_spec){.filter = "proto =~ '((t{255}){255})'"},
		"--filter: bad regular expression '((t{255}){255})' (its "
		"repeats expand past 1000 atoms) at 10");
	refused((struct query_spec){.filter = "proto =~ 'a{1000}{1000}'"},
		"--filter: bad regular expression 'a{1000}{1000}' (its repeats "
		"expand past 1000 atoms) at 10");
	refused((struct query_spec){.sort = "stat"},
		"--sort: unknown field 'stat' (did you mean 'state'?)");
	refused((struct query_spec){.group_by = "state,,user"},
		"--group-by: empty key at 7");
}
END_TEST

START_TEST(group_by_counts_sorted)
{
	char err[512];
	ck_assert_str_eq(
		run((struct query_spec){.group_by = "state"}, err, sizeof err),
		"[internet state count]\n"
		"|ESTABLISHED|2\n"
		"|SYN_SENT|1\n"
		"|TIME_WAIT|1\n"
		"|LISTEN|1\n");
	ck_assert_str_eq(run((struct query_spec){.group_by = "proto,dport",
						 .filter = "user 1000"},
			     err, sizeof err),
			 "[internet proto dport count]\n"
			 "|tcp|443|2\n"
			 "|tcp6|1234|1\n");
}
END_TEST

START_TEST(count_sort_and_columns)
{
	char err[512];
	ck_assert_str_eq(run((struct query_spec){.count = true,
						 .filter = "state connected"},
			     err, sizeof err),
			 "[internet count]\n|4\n");
	ck_assert_str_eq(run((struct query_spec){.sort = "-recv_q,state",
						 .columns = "recv_q,state"},
			     err, sizeof err),
			 "[internet recv_q state]\n"
			 "|9|SYN_SENT\n"
			 "|5|ESTABLISHED\n"
			 "|0|ESTABLISHED\n"
			 "|0|TIME_WAIT\n"
			 "|0|LISTEN\n");
	/* Ports as numbers, descending; ties keep their order. */
	ck_assert_str_eq(run((struct query_spec){.sort = "proto,-sport",
						 .columns = "sport,pid"},
			     err, sizeof err),
			 "[internet sport pid]\n"
			 "|40001|-\n"
			 "|40000|102\n"
			 "|22|100\n"
			 "|22|101\n"
			 "|8080|103\n");
	/* Endpoints as address, then port. */
	ck_assert_str_eq(
		run((struct query_spec){.sort = "-src", .columns = "pid"}, err,
		    sizeof err),
		"[internet pid]\n|103\n|-\n|102\n|101\n|100\n");
}
END_TEST

/* Rows of one section key from two section objects whose columns are
 * in another order (two modules, one table): each row is sorted by its
 * own section's columns. */
START_TEST(sort_across_twin_sections)
{
	static const struct netstat_column reversed_cols[] = {
		cols[6], cols[5], cols[4], cols[3], cols[2], cols[1], cols[0]};
	static const struct netstat_section twin = {
		.key = "internet", .columns = reversed_cols, .n_columns = 7};
	char err[512];
	struct query *q;
	struct query_spec spec = {.sort = "-recv_q,sport"};
	ck_assert_int_eq(query_compile(&spec, &q, err, sizeof err), 0);
	ck_assert_int_eq(query_check(q, sections, 2, err, sizeof err), 0);
	got[0] = '\0';
	query_begin(q, &sink, &internet);
	for (size_t i = 0; i < N_ROWS; i++) {
		struct netstat_value v[7], r[7];
		values_of(&rows[i], v);
		for (size_t c = 0; c < 7; c++)
			r[c] = v[6 - c];
		struct netstat_record rec = {i % 2 ? &twin : &internet,
					     i % 2 ? r : v, 7};
		query_emit(q, &sink, &rec);
	}
	query_flush(q, &sink);
	query_free(q);
	/* recv_q 9, 5, then the three 0s by local port: 22, 40000, 40001
	 * (the twin's rows come out in the twin's column order). */
	const char *want[] = {
		"|tcp6|9|",
		"|?|?|ESTABLISHED|192.0.2.9:50000|10.1.2.3:22|5|tcp",
		"|tcp|0|0.0.0.0:22|", "|tcp|0|10.1.2.3:40000|",
		"|-|?|TIME_WAIT|198.51.100.7:443|10.1.2.3:40001|0|tcp"};
	const char *p = strchr(got, '\n') + 1;
	for (size_t i = 0; i < 5; i++) {
		const char *line = strstr(p, want[i]);
		ck_assert_msg(line && line == p, "row %zu: want %s in %s", i,
			      want[i], got);
		p = strchr(p, '\n') + 1;
	}
}
END_TEST

/* The pre-filter answers (what a source may ask the kernel for): never
 * narrower than the filter itself. */
static struct query *compiled(const char *filter)
{
	char err[512];
	struct query *q;
	struct query_spec spec = {.filter = filter};
	ck_assert_int_eq(query_compile(&spec, &q, err, sizeof err), 0);
	ck_assert_msg(query_check(q, sections, 2, err, sizeof err) == 0, "%s",
		      err);
	return q;
}

START_TEST(prefilter_states)
{
	struct query *q = compiled("state established or (state listen and "
				   "recv_q > 0) or proto = udp");
	struct filter *f = query_filter(q);
	struct netstat_value est = netstat_v_state(1, "ESTABLISHED");
	struct netstat_value lis = netstat_v_state(10, "LISTEN");
	struct netstat_value tw = netstat_v_state(6, "TIME_WAIT");
	/* proto = udp could still hold for any state: all may match. */
	ck_assert(filter_may_match(f, &internet, 4, &tw));
	query_free(q);
	q = compiled("(state established or state listen) and recv_q > 0");
	f = query_filter(q);
	ck_assert(filter_may_match(f, &internet, 4, &est));
	ck_assert(filter_may_match(f, &internet, 4, &lis));
	ck_assert(!filter_may_match(f, &internet, 4, &tw));
	query_free(q);
	q = compiled("not state connected");
	f = query_filter(q);
	ck_assert(!filter_may_match(f, &internet, 4, &est));
	ck_assert(filter_may_match(f, &internet, 4, &lis));
	query_free(q);
	ck_assert(filter_may_match(NULL, &internet, 4, &tw));
}
END_TEST

START_TEST(prefilter_ports)
{
	uint32_t r[8][2];
	struct query *q = compiled("dport = :443 or dport = 80");
	ck_assert_uint_eq(filter_port_ranges(query_filter(q), &internet,
					     NETSTAT_ROLE_REMOTE, r, 8),
			  2);
	ck_assert_uint_eq(r[0][0], 80);
	ck_assert_uint_eq(r[0][1], 80);
	ck_assert_uint_eq(r[1][0], 443);
	ck_assert_uint_eq(r[1][1], 443);
	/* Nothing said about the local end. */
	ck_assert_uint_eq(filter_port_ranges(query_filter(q), &internet,
					     NETSTAT_ROLE_LOCAL, r, 8),
			  0);
	query_free(q);
	q = compiled("sport >= 1024 and not (sport = 8080) and state listen");
	ck_assert_uint_eq(filter_port_ranges(query_filter(q), &internet,
					     NETSTAT_ROLE_LOCAL, r, 8),
			  2);
	ck_assert_uint_eq(r[0][0], 1024);
	ck_assert_uint_eq(r[0][1], 8079);
	ck_assert_uint_eq(r[1][0], 8081);
	ck_assert_uint_eq(r[1][1], 65535);
	query_free(q);
	/* An "or" with a term on another column frees the port. */
	q = compiled("sport = 22 or proto = udp");
	ck_assert_uint_eq(filter_port_ranges(query_filter(q), &internet,
					     NETSTAT_ROLE_LOCAL, r, 8),
			  0);
	query_free(q);
	/* "not" of a term that also names an address frees it too. */
	q = compiled("not src 10.1.2.3:22");
	ck_assert_uint_eq(filter_port_ranges(query_filter(q), &internet,
					     NETSTAT_ROLE_LOCAL, r, 8),
			  0);
	query_free(q);
	q = compiled("src 10.1.2.3:22");
	ck_assert_uint_eq(filter_port_ranges(query_filter(q), &internet,
					     NETSTAT_ROLE_LOCAL, r, 8),
			  1);
	ck_assert_uint_eq(r[0][0], 22);
	query_free(q);
}
END_TEST

/* The columns a filter reads, by key and by alias, per section; the
 * answers are kept per section, so asking twice or after another section
 * must not change them. */
START_TEST(columns_read_per_section)
{
	struct query *q = compiled("sport = 22 and (pid > 1 or recv_q > 0)");
	struct filter *f = query_filter(q);
	static const bool reads[7] = {false, true,  true, false,
				      false, false, true};
	for (int round = 0; round < 2; round++) {
		for (size_t c = 0; c < 7; c++)
			ck_assert_msg(filter_reads_column(f, &internet, c) ==
					      reads[c],
				      "round %d, column %zu", round, c);
		ck_assert(!filter_reads_column(f, &internet, 7));
		/* No column of "unix" has those names or roles. */
		ck_assert(!filter_reads_column(f, &other, 0));
		ck_assert(!filter_reads_column(f, &other, 1));
	}
	ck_assert(query_reads_column(q, &internet, 1));
	ck_assert(!query_reads_column(q, &internet, 0));
	query_free(q);
	q = compiled("path ~ '/run/*'");
	f = query_filter(q);
	ck_assert(filter_reads_column(f, &other, 0));
	for (size_t c = 0; c < 7; c++)
		ck_assert(!filter_reads_column(f, &internet, c));
	query_free(q);
	ck_assert(!filter_reads_column(NULL, &internet, 0));
}
END_TEST

/* One code, two names (a UNIX listener and an unbound datagram socket
 * are both SS_UNCONNECTED): two groups, not one under the first name. */
START_TEST(group_by_state_tells_names_apart)
{
	static const struct netstat_column state_col[] = {
		{.key = "state", .type = NETSTAT_T_STATE}};
	static const struct netstat_section unix_like = {
		.key = "unix", .columns = state_col, .n_columns = 1};
	const struct netstat_section *one[] = {&unix_like};
	static const char *const names[] = {"LISTENING", "UNCONNECTED",
					    "LISTENING", "CONNECTED"};
	static const int64_t codes[] = {1, 1, 1, 3};
	char err[512] = "";
	struct query *q;
	ck_assert_int_eq(
		query_compile(&(struct query_spec){.group_by = "state"}, &q,
			      err, sizeof err),
		0);
	ck_assert_int_eq(query_check(q, one, 1, err, sizeof err), 0);
	got[0] = '\0';
	query_begin(q, &sink, &unix_like);
	for (size_t i = 0; i < 4; i++) {
		struct netstat_value v = netstat_v_state(codes[i], names[i]);
		struct netstat_record rec = {&unix_like, &v, 1};
		query_emit(q, &sink, &rec);
	}
	query_flush(q, &sink);
	query_free(q);
	ck_assert_str_eq(got, "[unix state count]\n"
			      "|LISTENING|2\n"
			      "|UNCONNECTED|1\n"
			      "|CONNECTED|1\n");
}
END_TEST

/* A column that declares a time unit takes durations, converted to it. */
static const struct netstat_column timed_cols[] = {
	{.key = "rtt_us", .type = NETSTAT_T_UINT, .unit = "microseconds"},
	{.key = "segs", .type = NETSTAT_T_UINT},
};
static const struct netstat_section timed = {
	.key = "timed", .columns = timed_cols, .n_columns = 2};
static size_t timed_kept;

static void count_emit(void *ctx, const struct netstat_record *rec)
{
	timed_kept++;
}

static void no_begin(void *ctx, const struct netstat_section *s)
{
}

/* How many of the rtts 50 ms, 150 ms and 3 s the filter keeps; -1 when
 * it is refused (the message in err). */
static int rtts_kept(const char *filter, char *err, size_t size)
{
	static const struct netstat_section *const all[] = {&timed};
	struct query *q;
	err[0] = '\0';
	if (query_compile(&(struct query_spec){.filter = filter}, &q, err,
			  size) < 0)
		return -1;
	if (query_check(q, all, 1, err, size) < 0) {
		query_free(q);
		return -1;
	}
	struct query_sink counter = {NULL, no_begin, count_emit};
	timed_kept = 0;
	static const uint64_t rtts[] = {50000, 150000, 3000000};
	for (size_t i = 0; i < 3; i++) {
		struct netstat_value v[2] = {netstat_v_uint(rtts[i]),
					     netstat_v_uint(i)};
		struct netstat_record rec = {&timed, v, 2};
		query_emit(q, &counter, &rec);
	}
	query_flush(q, &counter);
	query_free(q);
	return (int)timed_kept;
}

START_TEST(durations_in_the_column_unit)
{
	char err[512];
	ck_assert_int_eq(rtts_kept("rtt_us > 100ms", err, sizeof err), 2);
	ck_assert_int_eq(rtts_kept("rtt_us > 100000", err, sizeof err), 2);
	ck_assert_int_eq(rtts_kept("rtt_us < 0.1s", err, sizeof err), 1);
	ck_assert_int_eq(rtts_kept("rtt_us >= 3s", err, sizeof err), 1);
	ck_assert_int_eq(rtts_kept("rtt_us < 1min", err, sizeof err), 3);
	ck_assert_int_eq(rtts_kept("rtt_us = 150000us", err, sizeof err), 1);
	ck_assert_int_eq(rtts_kept("rtt_us > 100pc", err, sizeof err), -1);
	ck_assert_str_eq(err, "--filter: '100pc' is not a number or duration "
			      "(field 'rtt_us') at 10");
	/* A column without a time unit takes none. */
	ck_assert_int_eq(rtts_kept("segs > 1ms", err, sizeof err), -1);
	ck_assert_str_eq(err, "--filter: '1ms' is not a number (field "
			      "'segs') at 8");
}
END_TEST

Suite *suite_query(void)
{
	Suite *s = suite_create("query");
	TCase *tc = tcase_create("stage");
	tcase_add_test(tc, filters_on_typed_values);
	tcase_add_test(tc, bad_expressions_are_named);
	tcase_add_test(tc, group_by_counts_sorted);
	tcase_add_test(tc, group_by_state_tells_names_apart);
	tcase_add_test(tc, durations_in_the_column_unit);
	tcase_add_test(tc, count_sort_and_columns);
	tcase_add_test(tc, prefilter_states);
	tcase_add_test(tc, prefilter_ports);
	tcase_add_test(tc, columns_read_per_section);
	tcase_add_test(tc, sort_across_twin_sections);
	tcase_add_test(tc, regex_sizes);
	suite_add_tcase(s, tc);
	return s;
}
