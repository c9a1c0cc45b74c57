/* Tests of the unix family plugin against fixture /proc trees. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/lib/sock_diag/netlink_buffer.h"
#include "plugins/unix/unix_diag.h"
#include "plugins/unix/unix_layout.h"
#include "plugins/unix/unix_line.h"
#include "tests/check_main.h"
#include "tests/mock/mock_host.h"

extern const struct netstat_module unix_LTX_netstat_module;

static struct netstat_request req;
static struct netstat_ctx *ctx;
static int status;

static void setup(void)
{
	req = mock_request(NETSTAT_REPORT_CONNECTIONS);
	ctx = NULL;
	status = -1;
}

static void teardown(void)
{
	if (ctx)
		mock_ctx_free(ctx);
}

/* Makes the context for a fixture tree below tests/fixtures/unix. */
static void open_tree(const char *tree)
{
	char root[1024];
	snprintf(root, sizeof root, "%s/unix/%s", fixtures_dir(), tree);
	ctx = mock_ctx_new(root, &req, NULL);
}

static void run(const char *tree)
{
	if (!ctx)
		open_tree(tree);
	status = mock_run_family(ctx, &unix_LTX_netstat_module);
}

/* `netstat -x`: unix named on the command line. */
static void select_unix(void)
{
	mock_request_select(&req, "unix");
	req.explicit_count = 1;
}

#define HEADER                                                                 \
	"Proto RefCnt Flags       Type       State         I-Node   Path\n"
#define BOGUS "warning, got bogus unix line.\n"

/* Rows of tests/fixtures/unix/modern, as net-tools 2.10 prints them except
 * for the two documented differences (escaped control bytes, unreadable
 * inode shown as "-"). */
#define R_LISTEN_PRIVATE                                                       \
	"unix  2      [ ACC ]     STREAM     LISTENING     18411    "          \
	"/run/systemd/private\n"
#define R_PRIVATE                                                              \
	"unix  3      [ ]         STREAM     CONNECTED     18412    "          \
	"/run/systemd/private\n"
#define R_NOTIFY                                                               \
	"unix  2      [ ]         DGRAM                    18413    "          \
	"/run/systemd/notify\n"
#define R_ABSTRACT                                                             \
	"unix  2      [ ACC ]     SEQPACKET  LISTENING     18414    "          \
	"@/org/kernel/linux/storage/multipathd\n"
#define R_UNBOUND                                                              \
	"unix  3      [ ]         STREAM     CONNECTED     18415    \n"
#define R_SPACES                                                               \
	"unix  2      [ ACC ]     STREAM     LISTENING     18416    "          \
	"/run/user/1000/path\n"
#define R_ALL_FLAGS                                                            \
	"unix  2      [ ACC W N ] STREAM     LISTENING     18417    "          \
	"/run/all-flags\n"
#define R_REST                                                                 \
	"unix  1      [ W ]       STREAM     CONNECTED     18418    "          \
	"/tmp/.X11-unix/X0\n"                                                  \
	"unix  1      [ N ]       DGRAM      CONNECTED     18419    "          \
	"/run/nospace\n"                                                       \
	"unix  1      [ ]         RAW                      18420    "          \
	"/run/raw\n"                                                           \
	"unix  1      [ ]         RDM                      18421    "          \
	"/run/rdm\n"                                                           \
	"unix  1      [ ]         UNKNOWN    FREE          18422    "          \
	"/run/type9-free\n"                                                    \
	"unix  1      [ ]         STREAM     CONNECTING    0        "          \
	"/run/connecting\n"                                                    \
	"unix  1      [ ]         STREAM     DISCONNECTING 18424    "          \
	"/run/disconnecting\n"                                                 \
	"unix  1      [ ]         STREAM     UNKNOWN       18425    "          \
	"/run/state7\n"                                                        \
	"??    1      [ ]         STREAM     CONNECTED     18426    "          \
	"/run/proto1\n"                                                        \
	"unix  4294967295 [ ]         STREAM     CONNECTED     "               \
	"18446744073709551615 /run/huge\n"                                     \
	"unix  2      [ ]         DGRAM                    18428    "          \
	"@@embedded@nul\n"                                                     \
	"unix  2      [ ]         DGRAM                    18429    "          \
	"/run/ctl\\033[31mred\\001\\177\n"                                     \
	"unix  2      [ ]         DGRAM                    18430    "          \
	"/run/tab\n"                                                           \
	"unix  2      [ ]         DGRAM                    18431    "          \
	"/run/caf\303\251.sock\n"
#define R_AFTER_BOGUS                                                          \
	"unix  2      [ ACC ]     STREAM     LISTENING     18432    "          \
	"/run/after-bogus\n"
#define R_TAIL                                                                 \
	"unix  2      [ ]         STREAM     CONNECTED     -        \n"        \
	"unix  2      [ ]         STREAM     CONNECTED     184334   \n"

START_TEST(test_all)
{
	select_unix();
	req.flags |= NETSTAT_REQ_ALL;
	run("modern");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(
		mock_stdout(ctx),
		"Active UNIX domain sockets (servers and established)\n" HEADER
			R_LISTEN_PRIVATE R_PRIVATE R_NOTIFY R_ABSTRACT R_UNBOUND
				R_SPACES R_ALL_FLAGS R_REST R_AFTER_BOGUS
					R_TAIL);
	ck_assert_str_eq(mock_stderr(ctx), BOGUS BOGUS BOGUS);
	ck_assert_uint_eq(mock_record_count(ctx), 24);
}
END_TEST

START_TEST(test_listening)
{
	select_unix();
	req.flags |= NETSTAT_REQ_LISTENING;
	run("modern");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx),
			 "Active UNIX domain sockets (only servers)\n" HEADER
				 R_LISTEN_PRIVATE R_ABSTRACT R_SPACES
					 R_ALL_FLAGS R_AFTER_BOGUS);
	ck_assert_str_eq(mock_stderr(ctx), BOGUS BOGUS BOGUS);
}
END_TEST

/* Default: no -a, no -l: every socket that is not listening. */
START_TEST(test_connected)
{
	run("modern");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(
		mock_stdout(ctx),
		"Active UNIX domain sockets (w/o servers)\n" HEADER R_PRIVATE
			R_NOTIFY R_UNBOUND R_REST R_TAIL);
}
END_TEST

/* -a wins over -l for the filter and the title. */
START_TEST(test_all_wins_over_listening)
{
	req.flags |= NETSTAT_REQ_ALL | NETSTAT_REQ_LISTENING;
	run("modern");
	ck_assert_uint_eq(mock_record_count(ctx), 24);
	ck_assert_ptr_nonnull(
		strstr(mock_stdout(ctx), "(servers and established)\n"));
}
END_TEST

static const struct netstat_value *value(size_t rec, const char *key)
{
	const struct netstat_value *v = mock_value(ctx, rec, key);
	ck_assert_msg(v != NULL, "no value %s in record %zu", key, rec);
	return v;
}

START_TEST(test_typed_values)
{
	req.flags |= NETSTAT_REQ_ALL;
	run("modern");

	/* Record 0: a listening stream socket. */
	ck_assert_str_eq(value(0, "proto")->v.s, "unix");
	ck_assert_uint_eq(value(0, "refcount")->v.u, 2);
	ck_assert_int_eq(value(0, "flags")->type, NETSTAT_T_UINT);
	ck_assert_uint_eq(value(0, "flags")->v.u, 0x10000);
	ck_assert_int_eq(value(0, "flag_names")->type, NETSTAT_T_STRING_LIST);
	ck_assert_uint_eq(value(0, "flag_names")->v.strs.n, 1);
	ck_assert_str_eq(value(0, "flag_names")->v.strs.items[0], "ACCEPTCON");
	ck_assert_int_eq(value(0, "type")->type, NETSTAT_T_STATE);
	ck_assert_int_eq(value(0, "type")->v.state.code, 1);
	ck_assert_str_eq(value(0, "type")->v.state.name, "STREAM");
	ck_assert_int_eq(value(0, "state")->v.state.code, 1);
	ck_assert_str_eq(value(0, "state")->v.state.name, "LISTENING");
	ck_assert_uint_eq(value(0, "inode")->v.u, 18411);
	ck_assert_str_eq(value(0, "path")->v.s, "/run/systemd/private");
	/* -p not asked: no process looked up. */
	ck_assert_int_eq(value(0, "program")->type, NETSTAT_T_NULL);

	/* Record 2: unconnected datagram socket keeps its kernel name. */
	ck_assert_str_eq(value(2, "state")->v.state.name, "UNCONNECTED");
	/* No flag set: an empty list, not null. */
	ck_assert_int_eq(value(2, "flag_names")->type, NETSTAT_T_STRING_LIST);
	ck_assert_uint_eq(value(2, "flag_names")->v.strs.n, 0);

	/* Record 4: unbound socket: no path at all. */
	ck_assert_int_eq(value(4, "path")->type, NETSTAT_T_NULL);

	/* Record 5: structured formats get the whole path. */
	ck_assert_str_eq(value(5, "path")->v.s,
			 "/run/user/1000/path with spaces/sock");
	ck_assert_uint_eq(value(6, "flag_names")->v.strs.n, 3);
	ck_assert_str_eq(value(6, "flag_names")->v.strs.items[0], "ACCEPTCON");
	ck_assert_str_eq(value(6, "flag_names")->v.strs.items[1], "WAITDATA");
	ck_assert_str_eq(value(6, "flag_names")->v.strs.items[2], "NOSPACE");

	/* Record 11: type and state outside net-tools' tables. */
	ck_assert_int_eq(value(11, "type")->v.state.code, 9);
	ck_assert_ptr_null(value(11, "type")->v.state.name);
	ck_assert_int_eq(value(14, "state")->v.state.code, 7);
	ck_assert_ptr_null(value(14, "state")->v.state.name);

	/* Record 15: a protocol other than 0 shows as "??". */
	ck_assert_str_eq(value(15, "proto")->v.s, "??");

	/* Record 16: huge numbers stay exact. */
	ck_assert_uint_eq(value(16, "refcount")->v.u, 0xFFFFFFFFu);
	ck_assert_uint_eq(value(16, "inode")->v.u, UINT64_MAX);

	/* Record 18: the raw path, control bytes and all (formats escape). */
	ck_assert_str_eq(value(18, "path")->v.s, "/run/ctl\033[31mred\001\177");
	ck_assert_str_eq(value(19, "path")->v.s, "/run/tab\there");

	/* Record 22: an unreadable inode is absent, not stale. */
	ck_assert_int_eq(value(22, "inode")->type, NETSTAT_T_NULL);
	ck_assert_int_eq(value(22, "path")->type, NETSTAT_T_NULL);
	ck_assert_uint_eq(value(23, "inode")->v.u, 184334);
}
END_TEST

START_TEST(test_programs)
{
	req.flags |= NETSTAT_REQ_PROGRAMS;
	open_tree("modern");
	mock_add_process(ctx, 18412, 1, "systemd");
	mock_add_process(ctx, 18413, 4242, "a-very-long-program-name");
	run("modern");
	const char *out = mock_stdout(ctx);
	ck_assert_ptr_nonnull(strstr(
		out, "Proto RefCnt Flags       Type       State         I-Node"
		     "   PID/Program name     Path\n"));
	ck_assert_ptr_nonnull(strstr(
		out, "unix  3      [ ]         STREAM     CONNECTED     "
		     "18412    1/systemd            /run/systemd/private\n"));
	ck_assert_ptr_nonnull(strstr(
		out, "unix  2      [ ]         DGRAM                    "
		     "18413    4242/a-very-long-pr  /run/systemd/notify\n"));
	ck_assert_ptr_nonnull(
		strstr(out, "unix  3      [ ]         STREAM     CONNECTED     "
			    "18415    -                    \n"));
	ck_assert_int_eq(value(0, "program")->type, NETSTAT_T_PROCESS);
	ck_assert_int_eq(value(0, "program")->v.proc.pid, 1);
	ck_assert_str_eq(value(0, "program")->v.proc.name, "systemd");
	ck_assert_int_eq(value(2, "program")->type, NETSTAT_T_NULL);
}
END_TEST

START_TEST(test_context_column)
{
	req.flags |= NETSTAT_REQ_PROGRAMS | NETSTAT_REQ_CONTEXT;
	run("modern");
	ck_assert_ptr_nonnull(
		strstr(mock_stdout(ctx),
		       "I-Node   PID/Program name     Security Context"
		       "                                   Path\n"));
	ck_assert_ptr_nonnull(strstr(mock_stdout(ctx),
				     "18412    -                    -      "));
}
END_TEST

/* Kernels before 2.2 had no Inode column: "-" in its place. */
START_TEST(test_old_format)
{
	req.flags |= NETSTAT_REQ_ALL;
	run("old");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(
		mock_stdout(ctx),
		"Active UNIX domain sockets (servers and established)\n" HEADER
		"unix  2      [ ACC ]     STREAM     LISTENING     -        "
		"/dev/log\n"
		"unix  3      [ ]         STREAM     CONNECTED     -        \n"
		"unix  1      [ ]         DGRAM      CONNECTED     -        "
		"/tmp/.X11-unix/X0\n");
	ck_assert_str_eq(mock_stderr(ctx), BOGUS);
	ck_assert_int_eq(value(0, "inode")->type, NETSTAT_T_NULL);
	ck_assert_str_eq(value(0, "path")->v.s, "/dev/log");
}
END_TEST

START_TEST(test_empty_file)
{
	run("empty");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx),
			 "Active UNIX domain sockets (w/o servers)\n" HEADER);
	ck_assert_str_eq(mock_stderr(ctx), "");
}
END_TEST

#define NO_SUPPORT "netstat: no support for `AF UNIX' on this system.\n"

/* `netstat -x` without the file: header first, then the note, status 1. */
START_TEST(test_missing_named)
{
	select_unix();
	run("missing");
	ck_assert_int_eq(status, 1);
	ck_assert_str_eq(mock_stdout(ctx),
			 "Active UNIX domain sockets (w/o servers)\n" HEADER);
	ck_assert_str_eq(mock_stderr(ctx), NO_SUPPORT);
}
END_TEST

START_TEST(test_missing_default)
{
	run("missing");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stderr(ctx), "");
}
END_TEST

START_TEST(test_missing_verbose)
{
	req.flags |= NETSTAT_REQ_VERBOSE;
	run("missing");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stderr(ctx), NO_SUPPORT);
}
END_TEST

/* -A inet,unix implies the inet protocols: net-tools then neither prints
 * the note nor fails (its `!flag_noprot` guards both; reference §3.2). */
START_TEST(test_missing_protocols_implied)
{
	select_unix();
	req.flags |= NETSTAT_REQ_PROTOCOLS_IMPLIED | NETSTAT_REQ_VERBOSE;
	run("missing");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stderr(ctx), "");
}
END_TEST

/* Any errno but ENOENT/EACCES: perror-style line and status 255. */
START_TEST(test_open_error)
{
	run("notdir");
	ck_assert_int_eq(status, 255);
	ck_assert_str_eq(mock_stderr(ctx), "/proc/net/unix: Not a directory\n");
	ck_assert_str_eq(mock_stdout(ctx),
			 "Active UNIX domain sockets (w/o servers)\n" HEADER);
}
END_TEST

/* Selected elsewhere (say -t): the source does not run at all. */
START_TEST(test_not_selected)
{
	mock_request_select(&req, "tcp");
	req.explicit_count = 1;
	run("modern");
	ck_assert_int_eq(status, 0);
	ck_assert_str_eq(mock_stdout(ctx), "");
}
END_TEST

START_TEST(test_parse_fields)
{
	struct unix_line u;
	ck_assert_int_eq(unix_line_parse("", true, &u), 0);
	ck_assert_int_eq(unix_line_parse("garbage", true, &u), 0);
	ck_assert_int_eq(unix_line_parse("0000: 00000002 00000000", true, &u),
			 3);
	ck_assert_int_eq(
		unix_line_parse("0000: 00000002 00000000 00010000 0001", true,
				&u),
		5);
	ck_assert_int_eq(
		unix_line_parse("0000: 00000002 00000000 00010000 0001 01",
				true, &u),
		6);
	ck_assert_ptr_null(u.path);
	ck_assert(!u.has_inode);
	ck_assert_int_eq(
		unix_line_parse("0000: 2 0 10000 1 1 77 /a b", true, &u), 8);
	ck_assert_uint_eq(u.flags, 0x10000);
	ck_assert_uint_eq(u.inode, 77);
	ck_assert_str_eq(u.path, "/a b");
	/* Without the Inode column the token after the state is the path. */
	ck_assert_int_eq(unix_line_parse("0000: 2 0 0 1 3 77", false, &u), 7);
	ck_assert_str_eq(u.path, "77");
	/* A 17-digit hex number overflows: the field is not read. */
	ck_assert_int_eq(
		unix_line_parse("0000: 11111111111111111 0 0 1 3 7", true, &u),
		1);
}
END_TEST

START_TEST(test_header_and_listening)
{
	ck_assert(unix_header_has_inode(
		"Num       RefCount Protocol Flags    Type St Inode Path"));
	ck_assert(!unix_header_has_inode(
		"Num       RefCount Protocol Flags    Type St Path"));
	ck_assert(unix_line_listening(1, UNIX_FLAG_ACC));
	ck_assert(unix_line_listening(1, UNIX_FLAG_ACC | UNIX_FLAG_W));
	ck_assert(!unix_line_listening(1, 0));
	ck_assert(!unix_line_listening(3, UNIX_FLAG_ACC));
}
END_TEST

/* Classic prints none of the structured-only columns: the process list and
 * unix_diag's columns are not even looked up (the fixture root is not the
 * live /proc either). */
START_TEST(test_classic_skips_structured_columns)
{
	req.flags |= NETSTAT_REQ_PROGRAMS;
	open_tree("modern");
	mock_add_process(ctx, 18412, 1, "systemd");
	mock_set_proc_live(ctx, true);
	run("modern");
	ck_assert_int_eq(value(0, "program")->type, NETSTAT_T_PROCESS);
	ck_assert_int_eq(value(0, "processes")->type, NETSTAT_T_NULL);
	ck_assert_int_eq(value(0, "peer_inode")->type, NETSTAT_T_NULL);
	ck_assert_int_eq(value(0, "rcvbuf")->type, NETSTAT_T_NULL);
}
END_TEST

#ifdef HAVE_LIBMNL
#include <libmnl/libmnl.h>
#include <linux/unix_diag.h>
#include <sys/socket.h>

/* A unix_diag reply message for inode 77 in buf; returns its header. */
static struct nlmsghdr *diag_msg(char *buf)
{
	struct nlmsghdr *nlh = mnl_nlmsg_put_header(buf);
	struct unix_diag_msg *m = mnl_nlmsg_put_extra_header(nlh, sizeof *m);
	m->udiag_family = AF_UNIX;
	m->udiag_type = SOCK_STREAM;
	m->udiag_state = 10;
	m->udiag_ino = 77;
	return nlh;
}

static int parse(const struct nlmsghdr *nlh, struct unix_diag_row *r)
{
	return unix_diag_parse(mnl_nlmsg_get_payload(nlh),
			       mnl_nlmsg_get_payload_len(nlh), r);
}

START_TEST(test_diag_parse)
{
	char buf[1024];
	struct nlmsghdr *nlh = diag_msg(buf);
	mnl_attr_put_u32(nlh, UNIX_DIAG_PEER, 78);
	struct unix_diag_rqlen q = {.udiag_rqueue = 2, .udiag_wqueue = 128};
	mnl_attr_put(nlh, UNIX_DIAG_RQLEN, sizeof q, &q);
	struct unix_diag_vfs vfs = {.udiag_vfs_ino = 900, .udiag_vfs_dev = 5};
	mnl_attr_put(nlh, UNIX_DIAG_VFS, sizeof vfs, &vfs);
	mnl_attr_put_u32(nlh, UNIX_DIAG_UID, 1000);
	uint32_t icons[] = {81, 82};
	mnl_attr_put(nlh, UNIX_DIAG_ICONS, sizeof icons, icons);
	uint32_t mem[] = {1, 2, 3, 4, 5, 6, 7, 8, 9};
	mnl_attr_put(nlh, UNIX_DIAG_MEMINFO, sizeof mem, mem);
	mnl_attr_put_u8(nlh, UNIX_DIAG_SHUTDOWN, 0); /* not read: skipped */
	struct unix_diag_row r;
	ck_assert_int_eq(parse(nlh, &r), 0);
	ck_assert_uint_eq(r.inode, 77);
	ck_assert_uint_eq(r.state, 10);
	ck_assert(r.has_peer && r.peer == 78);
	ck_assert(r.has_rqlen && r.rqueue == 2 && r.wqueue == 128);
	ck_assert(r.has_vfs && r.vfs_ino == 900 && r.vfs_dev == 5);
	ck_assert(r.has_uid && r.uid == 1000);
	ck_assert(r.has_icons);
	ck_assert_uint_eq(r.n_icons, 2);
	ck_assert_uint_eq(r.icons[1], 82);
	ck_assert_uint_eq(r.n_mem, UNIX_MEM_COUNT);
	ck_assert_uint_eq(r.mem[UNIX_MEM_DROPS], 9);
}
END_TEST

START_TEST(test_diag_parse_sparse)
{
	/* No attributes: nothing is claimed; an older kernel's shorter
	 * MEMINFO gives only what it has. */
	char buf[256];
	struct nlmsghdr *nlh = diag_msg(buf);
	struct unix_diag_row r;
	ck_assert_int_eq(parse(nlh, &r), 0);
	ck_assert(!r.has_peer && !r.has_rqlen && !r.has_vfs && !r.has_uid &&
		  !r.has_icons && r.n_mem == 0);
	uint32_t mem[5] = {0};
	mnl_attr_put(nlh, UNIX_DIAG_MEMINFO, sizeof mem, mem);
	ck_assert_int_eq(parse(nlh, &r), 0);
	ck_assert_uint_eq(r.n_mem, 5);
}
END_TEST

START_TEST(test_diag_parse_malformed)
{
	char buf[256] = {0};
	struct unix_diag_row r;
	/* Shorter than struct unix_diag_msg. */
	ck_assert_int_eq(unix_diag_parse(buf, 4, &r), -EBADMSG);
	/* A peer of two bytes. */
	struct nlmsghdr *nlh = diag_msg(buf);
	mnl_attr_put_u16(nlh, UNIX_DIAG_PEER, 1);
	ck_assert_int_eq(parse(nlh, &r), -EBADMSG);
	/* Pending inodes that are not whole u32s. */
	nlh = diag_msg(buf);
	mnl_attr_put(nlh, UNIX_DIAG_ICONS, 6, "abcdef");
	ck_assert_int_eq(parse(nlh, &r), -EBADMSG);
	/* An attribute running past the message. */
	nlh = diag_msg(buf);
	mnl_attr_put_u32(nlh, UNIX_DIAG_UID, 1);
	ck_assert_int_eq(unix_diag_parse(mnl_nlmsg_get_payload(nlh),
					 mnl_nlmsg_get_payload_len(nlh) - 2,
					 &r),
			 -EBADMSG);
}
END_TEST
#endif

/* A netlink header of length len at p. */
static void put_header(void *p, uint32_t len)
{
	struct nlmsghdr h = {.nlmsg_len = len, .nlmsg_type = NLMSG_DONE};
	memcpy(p, &h, sizeof h);
}

START_TEST(test_buffer_sane)
{
	_Alignas(4) unsigned char buf[64] = {0};
	/* Two messages, the first padded to its alignment. */
	put_header(buf, 22);
	put_header(buf + 24, 20);
	ck_assert(netlink_buffer_sane(buf, 44));
	/* The last message without its padding: libmnl would read the
	 * padding's bytes (found by tests/fuzz, route_netlink). */
	put_header(buf + 24, 17);
	ck_assert(!netlink_buffer_sane(buf, 41));
	ck_assert(netlink_buffer_sane(buf, 44));
	/* Longer than what is left, shorter than a header. */
	put_header(buf + 24, 24);
	ck_assert(!netlink_buffer_sane(buf, 44));
	put_header(buf + 24, 8);
	ck_assert(!netlink_buffer_sane(buf, 44));
	/* Lengths where a 32-bit align would wrap to 0 or where libmnl's
	 * int compare would pass. */
	put_header(buf, 0xfffffffeu);
	ck_assert(!netlink_buffer_sane(buf, 44));
	put_header(buf, 0x80000010u);
	ck_assert(!netlink_buffer_sane(buf, 44));
	/* A trailing part shorter than a header is not a message. */
	put_header(buf, 20);
	ck_assert(netlink_buffer_sane(buf, 30));
}
END_TEST

START_TEST(test_diag_unsupported)
{
	ck_assert(unix_diag_unsupported(-ENOENT));
	ck_assert(unix_diag_unsupported(-EINVAL));
	ck_assert(unix_diag_unsupported(-EPROTONOSUPPORT));
	ck_assert(!unix_diag_unsupported(-EBADMSG));
	ck_assert(!unix_diag_unsupported(-ENOMEM));
}
END_TEST

static Suite *unix_listing_suite(void)
{
	Suite *s = suite_create("unix listing");
	TCase *tc = tcase_create("listing");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_all);
	tcase_add_test(tc, test_listening);
	tcase_add_test(tc, test_connected);
	tcase_add_test(tc, test_all_wins_over_listening);
	tcase_add_test(tc, test_typed_values);
	tcase_add_test(tc, test_programs);
	tcase_add_test(tc, test_context_column);
	tcase_add_test(tc, test_old_format);
	tcase_add_test(tc, test_empty_file);
	tcase_add_test(tc, test_not_selected);
	tcase_add_test(tc, test_classic_skips_structured_columns);
	suite_add_tcase(s, tc);

	tc = tcase_create("missing file");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_missing_named);
	tcase_add_test(tc, test_missing_default);
	tcase_add_test(tc, test_missing_verbose);
	tcase_add_test(tc, test_missing_protocols_implied);
	tcase_add_test(tc, test_open_error);
	suite_add_tcase(s, tc);
	return s;
}

static Suite *unix_parser_suite(void)
{
	Suite *s = suite_create("unix parser");
	TCase *tc = tcase_create("line");
	tcase_add_test(tc, test_parse_fields);
	tcase_add_test(tc, test_header_and_listening);
	suite_add_tcase(s, tc);

	tc = tcase_create("unix_diag");
#ifdef HAVE_LIBMNL
	tcase_add_test(tc, test_diag_parse);
	tcase_add_test(tc, test_diag_parse_sparse);
	tcase_add_test(tc, test_diag_parse_malformed);
#endif
	tcase_add_test(tc, test_diag_unsupported);
	tcase_add_test(tc, test_buffer_sane);
	suite_add_tcase(s, tc);
	return s;
}

Suite **test_suites(void)
{
	static Suite *suites[3];
	suites[0] = unix_listing_suite();
	suites[1] = unix_parser_suite();
	suites[2] = NULL;
	return suites;
}
