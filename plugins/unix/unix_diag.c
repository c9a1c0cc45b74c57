/* See unix_diag.h. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/lib/sock_diag/sock_diag.h"
#include "plugins/unix/unix_diag.h"

#ifdef HAVE_LIBMNL

#include <libmnl/libmnl.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <sys/socket.h>

struct attrs {
	struct unix_diag_row *row;
	bool bad;
};

static bool sized(const struct nlattr *a, size_t want)
{
	return mnl_attr_get_payload_len(a) == want;
}

static int attr_cb(const struct nlattr *a, void *data)
{
	struct attrs *at = data;
	struct unix_diag_row *r = at->row;
	const void *p = mnl_attr_get_payload(a);
	size_t len = mnl_attr_get_payload_len(a);
	switch (mnl_attr_get_type(a)) {
	case UNIX_DIAG_PEER:
		at->bad |= !sized(a, sizeof(uint32_t));
		r->has_peer = !at->bad;
		if (r->has_peer)
			memcpy(&r->peer, p, sizeof r->peer);
		break;
	case UNIX_DIAG_UID:
		at->bad |= !sized(a, sizeof(uint32_t));
		r->has_uid = !at->bad;
		if (r->has_uid)
			memcpy(&r->uid, p, sizeof r->uid);
		break;
	case UNIX_DIAG_RQLEN: {
		struct unix_diag_rqlen q;
		at->bad |= !sized(a, sizeof q);
		r->has_rqlen = !at->bad;
		if (r->has_rqlen) {
			memcpy(&q, p, sizeof q);
			r->rqueue = q.udiag_rqueue;
			r->wqueue = q.udiag_wqueue;
		}
		break;
	}
	case UNIX_DIAG_VFS: {
		struct unix_diag_vfs v;
		at->bad |= !sized(a, sizeof v);
		r->has_vfs = !at->bad;
		if (r->has_vfs) {
			memcpy(&v, p, sizeof v);
			r->vfs_dev = v.udiag_vfs_dev;
			r->vfs_ino = v.udiag_vfs_ino;
		}
		break;
	}
	case UNIX_DIAG_ICONS:
		at->bad |= len % sizeof(uint32_t) != 0;
		r->has_icons = !at->bad;
		r->n_icons = len / sizeof(uint32_t);
		r->icons = p; /* netlink attributes are 4-byte aligned */
		break;
	case UNIX_DIAG_MEMINFO:
		/* Older kernels send fewer counters, newer may send more. */
		at->bad |= len % sizeof(uint32_t) != 0;
		r->n_mem = len / sizeof(uint32_t);
		if (r->n_mem > UNIX_MEM_COUNT)
			r->n_mem = UNIX_MEM_COUNT;
		memcpy(r->mem, p, r->n_mem * sizeof(uint32_t));
		break;
	default:
		break;
	}
	return at->bad ? MNL_CB_ERROR : MNL_CB_OK;
}

int unix_diag_parse(const void *payload, size_t len, struct unix_diag_row *row)
{
	memset(row, 0, sizeof *row);
	const struct unix_diag_msg *m = payload;
	if (len < sizeof *m)
		return -EBADMSG;
	row->inode = m->udiag_ino;
	row->type = m->udiag_type;
	row->state = m->udiag_state;
	struct attrs at = {row, false};
	const char *p = (const char *)payload + MNL_ALIGN(sizeof *m);
	size_t left =
		len > MNL_ALIGN(sizeof *m) ? len - MNL_ALIGN(sizeof *m) : 0;
	while (left > 0) {
		const struct nlattr *a = (const struct nlattr *)(const void *)p;
		if (!mnl_attr_ok(a, (int)left))
			return -EBADMSG;
		attr_cb(a, &at);
		if (at.bad)
			return -EBADMSG;
		size_t step = MNL_ALIGN(a->nla_len);
		if (step >= left)
			break;
		p += step;
		left -= step;
	}
	return 0;
}

struct unix_diag_table {
	struct unix_diag_row *rows;
	size_t n, cap;
	uint32_t *icons; /* every row's pending inodes, copied */
	size_t n_icons, cap_icons;
	size_t *slots; /* open addressing: row index + 1, 0 free */
	size_t n_slots;
};

static int add_row(struct unix_diag_table *t, const struct unix_diag_row *r)
{
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 256;
		struct unix_diag_row *p = realloc(t->rows, cap * sizeof *p);
		if (!p)
			return -ENOMEM;
		t->rows = p;
		t->cap = cap;
	}
	if (t->n_icons + r->n_icons > t->cap_icons) {
		size_t cap = t->cap_icons ? t->cap_icons : 64;
		while (cap < t->n_icons + r->n_icons)
			cap *= 2;
		uint32_t *p = realloc(t->icons, cap * sizeof *p);
		if (!p)
			return -ENOMEM;
		t->icons = p;
		t->cap_icons = cap;
	}
	struct unix_diag_row *row = &t->rows[t->n++];
	*row = *r;
	/* The message buffer is reused: keep the inodes, by offset until
	 * the table is complete (the array may still move). */
	if (r->n_icons)
		memcpy(t->icons + t->n_icons, r->icons,
		       r->n_icons * sizeof *r->icons);
	row->icons = (const uint32_t *)(uintptr_t)t->n_icons;
	t->n_icons += r->n_icons;
	return 0;
}

static int row_cb(const struct nlmsghdr *nlh, void *arg)
{
	struct unix_diag_row r;
	int rc = unix_diag_parse(mnl_nlmsg_get_payload(nlh),
				 mnl_nlmsg_get_payload_len(nlh), &r);
	if (rc == 0)
		rc = add_row(arg, &r);
	if (rc < 0) {
		errno = -rc;
		return MNL_CB_ERROR;
	}
	return MNL_CB_OK;
}

static size_t slot_of(size_t n_slots, uint64_t inode)
{
	return (size_t)((inode * 0x9e3779b97f4a7c15ull) >> 17) & (n_slots - 1);
}

/* Indexes the rows by inode and points them at their pending inodes. */
static int index_rows(struct unix_diag_table *t)
{
	size_t n = 64;
	while (n < t->n * 2)
		n *= 2;
	t->slots = calloc(n, sizeof *t->slots);
	if (!t->slots)
		return -ENOMEM;
	t->n_slots = n;
	for (size_t i = 0; i < t->n; i++) {
		struct unix_diag_row *r = &t->rows[i];
		r->icons = r->n_icons ? t->icons + (uintptr_t)r->icons : NULL;
		size_t j = slot_of(n, r->inode);
		while (t->slots[j])
			j = (j + 1) & (n - 1);
		t->slots[j] = i + 1;
	}
	return 0;
}

/* A dump's end: the table indexed, or freed on failure. */
static int load_end(struct unix_diag_table *t, int rc,
		    struct unix_diag_table **out)
{
	if (rc == 0)
		rc = index_rows(t);
	if (rc < 0) {
		unix_diag_free(t);
		return rc;
	}
	*out = t;
	return 0;
}

int unix_diag_load_reply(const void *buf, size_t len,
			 struct unix_diag_table **out)
{
	*out = NULL;
	struct unix_diag_table *t = calloc(1, sizeof *t);
	if (!t)
		return -ENOMEM;
	int rc = sock_diag_parse(buf, len, 0, 0, row_cb, t);
	return load_end(t, rc > 0 ? -EPROTO : rc, out);
}

int unix_diag_load(struct unix_diag_table **out, bool memory)
{
	*out = NULL;
	struct unix_diag_table *t = calloc(1, sizeof *t);
	if (!t)
		return -ENOMEM;
	struct sock_diag *sd;
	int rc = sock_diag_open(&sd);
	if (rc == 0) {
		char buf[256];
		struct nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
		nlh->nlmsg_type = SOCK_DIAG_BY_FAMILY;
		nlh->nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
		struct unix_diag_req *req =
			mnl_nlmsg_put_extra_header(nlh, sizeof *req);
		req->sdiag_family = AF_UNIX;
		req->udiag_states = ~0u;
		req->udiag_show = UDIAG_SHOW_VFS | UDIAG_SHOW_PEER |
				  UDIAG_SHOW_ICONS | UDIAG_SHOW_RQLEN |
				  UDIAG_SHOW_UID;
		if (memory)
			req->udiag_show |= UDIAG_SHOW_MEMINFO;
		rc = sock_diag_dump(sd, nlh, row_cb, t);
		sock_diag_close(sd);
	}
	return load_end(t, rc, out);
}

const struct unix_diag_row *unix_diag_find(const struct unix_diag_table *t,
					   uint64_t inode)
{
	if (!t || !t->n_slots)
		return NULL;
	size_t j = slot_of(t->n_slots, inode);
	while (t->slots[j]) {
		const struct unix_diag_row *r = &t->rows[t->slots[j] - 1];
		if (r->inode == inode)
			return r;
		j = (j + 1) & (t->n_slots - 1);
	}
	return NULL;
}

void unix_diag_free(struct unix_diag_table *t)
{
	if (!t)
		return;
	free(t->rows);
	free(t->icons);
	free(t->slots);
	free(t);
}

#else /* !HAVE_LIBMNL */

int unix_diag_parse(const void *payload, size_t len, struct unix_diag_row *row)
{
	memset(row, 0, sizeof *row);
	return -ENOSYS;
}

int unix_diag_load(struct unix_diag_table **out, bool memory)
{
	*out = NULL;
	return -ENOSYS;
}

int unix_diag_load_reply(const void *buf, size_t len,
			 struct unix_diag_table **out)
{
	*out = NULL;
	return -ENOSYS;
}

const struct unix_diag_row *unix_diag_find(const struct unix_diag_table *t,
					   uint64_t inode)
{
	return NULL;
}

void unix_diag_free(struct unix_diag_table *t)
{
}

#endif

bool unix_diag_unsupported(int rc)
{
	/* Socket creation refused (no netlink, a sandbox) counts too: the
	 * /proc file still has the rows. */
	return rc == -ENOSYS || rc == -EINVAL || rc == -ENOENT ||
	       rc == -EPROTONOSUPPORT || rc == -EOPNOTSUPP ||
	       rc == -EAFNOSUPPORT || rc == -EACCES || rc == -EPERM;
}
