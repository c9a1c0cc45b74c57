/*
 * The port programs of plugins/lib/ip/diag/bytecode.c, run by a model of
 * the kernel's inet_diag_bc_audit() and inet_diag_bc_run() (net/ipv4/
 * inet_diag.c: jumps of `yes`/`no` bytes, a port test as two ops, the
 * audit following `yes`, a jump 4 bytes past the end rejecting): every
 * program must pass the audit and accept exactly the ports in its ranges.
 */
#include <linux/inet_diag.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/lib/ip/diag/bytecode.h"
#include "tests/plugins/inet/test_inet.h"

static const struct inet_diag_bc_op *op_at(const unsigned char *p, size_t at)
{
	return (const struct inet_diag_bc_op *)(const void *)(p + at);
}

/* Is there an op at `cc` bytes before the end on the audited path? */
static bool valid_cc(const unsigned char *p, int len, int cc)
{
	int at = 0;
	while (len > 0) {
		if (cc == len)
			return true;
		const struct inet_diag_bc_op *op = op_at(p, (size_t)at);
		if (op->yes < 4 || op->yes & 3)
			return false;
		len -= op->yes;
		at += op->yes;
	}
	return false;
}

static bool audit(const unsigned char *p, int total)
{
	int len = total, at = 0;
	while (len > 0) {
		const struct inet_diag_bc_op *op = op_at(p, (size_t)at);
		int min_len = 4;
		switch (op->code) {
		case INET_DIAG_BC_S_GE:
		case INET_DIAG_BC_S_LE:
		case INET_DIAG_BC_D_GE:
		case INET_DIAG_BC_D_LE:
			if (len < 8)
				return false;
			min_len = 8;
			break;
		case INET_DIAG_BC_JMP:
			break;
		default:
			return false;
		}
		if (op->no < min_len || op->no > len + 4 || op->no & 3)
			return false;
		if (op->no < len && !valid_cc(p, total, len - op->no))
			return false;
		if (op->yes < min_len || op->yes > len + 4 || op->yes & 3)
			return false;
		at += op->yes;
		len -= op->yes;
	}
	return len == 0;
}

static bool run(const unsigned char *p, int len, uint32_t sport, uint32_t dport)
{
	int at = 0;
	while (len > 0) {
		const struct inet_diag_bc_op *op = op_at(p, (size_t)at);
		const struct inet_diag_bc_op *arg = op_at(p, (size_t)at + 4);
		bool yes = true;
		switch (op->code) {
		case INET_DIAG_BC_S_GE:
			yes = sport >= arg->no;
			break;
		case INET_DIAG_BC_S_LE:
			yes = sport <= arg->no;
			break;
		case INET_DIAG_BC_D_GE:
			yes = dport >= arg->no;
			break;
		case INET_DIAG_BC_D_LE:
			yes = dport <= arg->no;
			break;
		case INET_DIAG_BC_JMP:
			yes = false;
			break;
		}
		int step = yes ? op->yes : op->no;
		len -= step;
		at += step;
	}
	return len == 0;
}

static bool in(const uint32_t (*r)[2], size_t n, uint32_t port)
{
	if (n == 0)
		return true;
	for (size_t i = 0; i < n; i++)
		if (port >= r[i][0] && port <= r[i][1])
			return true;
	return false;
}

/* Random disjoint sorted ranges, as the host gives them. */
static size_t random_ranges(uint32_t (*r)[2], size_t max)
{
	size_t n = (size_t)rand() % (max + 1);
	uint32_t at = 0;
	size_t k = 0;
	for (; k < n && at < 65535; k++) {
		uint32_t lo = at + (uint32_t)(rand() % 9000);
		uint32_t hi = lo + (uint32_t)(rand() % 3000);
		if (lo > 65535)
			break;
		if (hi > 65535)
			hi = 65535;
		r[k][0] = lo;
		r[k][1] = hi;
		at = hi + 2;
	}
	return k;
}

START_TEST(programs_pass_the_audit_and_match_their_ranges)
{
	srand(1);
	unsigned char prog[IP_BYTECODE_MAX_LEN];
	for (int round = 0; round < 60; round++) {
		uint32_t local[IP_BYTECODE_MAX_RANGES][2];
		uint32_t remote[IP_BYTECODE_MAX_RANGES][2];
		size_t nl = random_ranges(local, IP_BYTECODE_MAX_RANGES);
		size_t nr = random_ranges(remote, IP_BYTECODE_MAX_RANGES);
		size_t len = ip_bytecode_ports(local, nl, remote, nr, prog);
		if (!nl && !nr) {
			ck_assert_uint_eq(len, 0);
			continue;
		}
		ck_assert_msg(audit(prog, (int)len), "round %d: audit", round);
		for (uint32_t s = 0; s <= 65535; s += 499)
			for (uint32_t d = 0; d <= 65535; d += 2999)
				ck_assert_msg(run(prog, (int)len, s, d) ==
						      (in(local, nl, s) &&
						       in(remote, nr, d)),
					      "round %d: sport %u dport %u",
					      round, s, d);
		/* Every range edge too. */
		for (size_t i = 0; i < nl; i++)
			for (int e = -1; e <= 1; e++) {
				uint32_t s =
					local[i][e < 0 ? 0 : 1] + (uint32_t)e;
				if (s > 65535)
					continue;
				ck_assert(run(prog, (int)len, s,
					      nr ? remote[0][0] : 0) ==
					  (in(local, nl, s) &&
					   in(remote, nr,
					      nr ? remote[0][0] : 0)));
			}
	}
}
END_TEST

START_TEST(one_port_and_too_many_ranges)
{
	unsigned char prog[IP_BYTECODE_MAX_LEN];
	uint32_t one[1][2] = {{443, 443}};
	size_t len = ip_bytecode_ports(NULL, 0, one, 1, prog);
	ck_assert_uint_eq(len, 16); /* D_GE 443, D_LE 443 */
	ck_assert(audit(prog, (int)len));
	ck_assert(run(prog, (int)len, 1, 443));
	ck_assert(!run(prog, (int)len, 443, 444));
	/* More ranges than a program holds: no constraint on that end. */
	uint32_t many[IP_BYTECODE_MAX_RANGES + 1][2];
	for (size_t i = 0; i <= IP_BYTECODE_MAX_RANGES; i++)
		many[i][0] = many[i][1] = (uint32_t)(10 * i);
	ck_assert_uint_eq(ip_bytecode_ports(many, IP_BYTECODE_MAX_RANGES + 1,
					    NULL, 0, prog),
			  0);
}
END_TEST

Suite *suite_bytecode(void)
{
	Suite *s = suite_create("bytecode");
	TCase *tc = tcase_create("ports");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, programs_pass_the_audit_and_match_their_ranges);
	tcase_add_test(tc, one_port_and_too_many_ranges);
	suite_add_tcase(s, tc);
	return s;
}
