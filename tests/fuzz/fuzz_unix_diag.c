/*
 * Fuzz harness: unix_diag dump replies (plugins/unix/unix_diag.c through
 * plugins/lib/sock_diag's parsing step). The input is the reply, as
 * netlink messages; every socket it names is then looked up in the table
 * and read whole (its pending inodes too), as the unix listing joins
 * them with /proc's rows.
 */
#include <stdlib.h>
#include <string.h>

#include "plugins/unix/unix_diag.h"
#include "tests/fuzz/fuzz.h"

#ifdef HAVE_LIBMNL
#include <libmnl/libmnl.h>
#include <linux/unix_diag.h>
#endif

/* Reads every field, so ASan sees a row pointing anywhere it must not. */
static uint64_t read_row(const struct unix_diag_row *r)
{
	uint64_t sum = r->inode + r->type + r->state + r->peer + r->rqueue +
		       r->wqueue + r->vfs_dev + r->vfs_ino + r->uid;
	for (size_t i = 0; i < r->n_icons; i++)
		sum += r->icons[i];
	for (size_t i = 0; i < r->n_mem && i < UNIX_MEM_COUNT; i++)
		sum += r->mem[i];
	return sum;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	void *reply = fuzz_copy(data, size);
	struct unix_diag_table *t;
	volatile uint64_t sum = 0;
	if (unix_diag_load_reply(reply, size, &t) == 0) {
#ifdef HAVE_LIBMNL
		/* The inodes the reply names, walked as libmnl walks it. */
		const struct nlmsghdr *nlh = reply;
		int left = (int)size;
		while (mnl_nlmsg_ok(nlh, left)) {
			struct unix_diag_msg m;
			if (mnl_nlmsg_get_payload_len(nlh) >= sizeof m) {
				memcpy(&m, mnl_nlmsg_get_payload(nlh),
				       sizeof m);
				const struct unix_diag_row *r =
					unix_diag_find(t, m.udiag_ino);
				if (r)
					sum += read_row(r);
			}
			nlh = mnl_nlmsg_next(nlh, &left);
		}
#endif
		sum += unix_diag_find(t, 0) != NULL;
		unix_diag_free(t);
	}
	free(reply);
	(void)sum;
	return 0;
}
