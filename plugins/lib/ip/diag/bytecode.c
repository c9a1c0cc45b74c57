/*
 * See bytecode.h. The kernel runs the program op by op: a true test jumps
 * `yes` bytes ahead, a false one `no` bytes; the socket is dumped when the
 * program ends exactly at its last byte, and not when a jump lands 4 bytes
 * past it. A port test is two ops (the second holds the port in `no`).
 * One end's ranges are alternatives:
 *
 *   [GE lo1][LE hi1][JMP to the end's block end] [GE lo2][LE hi2]...
 *
 * a failed test of range i jumps to range i + 1 (past range i's JMP), of
 * the last range past the program (reject). JMP always takes `no`; its
 * `yes` of 4 is what the kernel's audit follows, so every range is on
 * the audited path. The two ends' blocks follow each other: both must
 * hold.
 */
#include <linux/inet_diag.h>
#include <stdbool.h>
#include <string.h>

#include "plugins/lib/ip/diag/bytecode.h"

#define OP 4	       /* one struct inet_diag_bc_op */
#define RANGE (4 * OP) /* GE, its port, LE, its port */
#define STEP (5 * OP)  /* a range and its JMP */

static void put(unsigned char *p, uint8_t code, uint8_t yes, uint16_t no)
{
	struct inet_diag_bc_op op = {.code = code, .yes = yes, .no = no};
	memcpy(p, &op, sizeof op);
}

/* One end's block at `at` of a program `total` bytes long. */
static size_t put_end(unsigned char *prog, size_t at, size_t total,
		      const uint32_t (*r)[2], size_t n, uint8_t ge, uint8_t le)
{
	size_t start = at;
	size_t block = n * STEP - OP; /* the last range has no JMP */
	for (size_t i = 0; i < n; i++) {
		bool last = i + 1 == n;
		/* Where a failed test goes, from the op at `from`. */
		size_t next = start + (i + 1) * STEP;
		size_t fail_ge = last ? total + 4 - at : next - at;
		size_t fail_le =
			last ? total + 4 - (at + 2 * OP) : next - (at + 2 * OP);
		put(prog + at, ge, 2 * OP, (uint16_t)fail_ge);
		put(prog + at + OP, 0, 0, (uint16_t)r[i][0]);
		put(prog + at + 2 * OP, le, 2 * OP, (uint16_t)fail_le);
		put(prog + at + 3 * OP, 0, 0, (uint16_t)r[i][1]);
		at += RANGE;
		if (!last) {
			size_t end = start + block;
			put(prog + at, INET_DIAG_BC_JMP, OP,
			    (uint16_t)(end - at));
			at += OP;
		}
	}
	return at;
}

size_t ip_bytecode_ports(const uint32_t (*local)[2], size_t n_local,
			 const uint32_t (*remote)[2], size_t n_remote,
			 void *out)
{
	if (n_local > IP_BYTECODE_MAX_RANGES)
		n_local = 0; /* too many to say: no constraint on that end */
	if (n_remote > IP_BYTECODE_MAX_RANGES)
		n_remote = 0;
	size_t total = (n_local ? n_local * STEP - OP : 0) +
		       (n_remote ? n_remote * STEP - OP : 0);
	if (!total)
		return 0;
	unsigned char *prog = out;
	size_t at = 0;
	if (n_local)
		at = put_end(prog, at, total, local, n_local, INET_DIAG_BC_S_GE,
			     INET_DIAG_BC_S_LE);
	if (n_remote)
		at = put_end(prog, at, total, remote, n_remote,
			     INET_DIAG_BC_D_GE, INET_DIAG_BC_D_LE);
	return at;
}
