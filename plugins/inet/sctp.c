/*
 * Lists SCTP endpoints (the servers) and associations (the rest) into the
 * Internet section. A row may hold several addresses: the endpoint
 * columns carry the first, the address-list columns all of them.
 */
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/inet/inet.h"
#include "plugins/inet/sctp.h"
#include "plugins/lib/ip/internet/ip_internet.h"
#include "plugins/lib/ip/text/ip_text.h"

/* The rows of one file: the parsed line and the address texts, reused
 * from line to line. */
struct listing {
	struct sctp_row row;
	char *text[2]; /* local, foreign */
	size_t cap[2];
};

static struct netstat_value first_endpoint(const struct sctp_addresses *l,
					   uint32_t port)
{
	if (l->n == 0)
		return netstat_v_null();
	/* net-tools never names SCTP ports. */
	return netstat_v_endpoint(l->a[0], port, NULL);
}

/* "a b c": every address, numeric; null when there is none. */
static int addresses_value(const struct sctp_addresses *l, char **text,
			   size_t *cap, struct netstat_value *out)
{
	*out = netstat_v_null();
	if (l->n == 0)
		return 0;
	size_t need = l->n * INET6_ADDRSTRLEN;
	if (need > *cap) {
		char *p = realloc(*text, need);
		if (!p)
			return NETSTAT_ERR_NOMEM;
		*text = p;
		*cap = need;
	}
	size_t len = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct netstat_address *a = &l->a[i];
		int af = a->family == NETSTAT_ADDR_INET6 ? AF_INET6 : AF_INET;
		if (len)
			(*text)[len++] = ' ';
		if (!inet_ntop(af, a->bytes, *text + len,
			       (socklen_t)(*cap - len)))
			return NETSTAT_ERR_RANGE;
		len += strlen(*text + len);
	}
	*out = netstat_v_str(*text);
	return 0;
}

static int emit_row(struct netstat_ctx *ctx, const struct netstat_request *req,
		    struct listing *l, bool assoc)
{
	const struct sctp_row *r = &l->row;
	struct netstat_value v[IP_COL_BASE_COUNT];

	v[IP_COL_PROTO] = netstat_v_str("sctp");
	v[IP_COL_RECV_Q] =
		assoc ? netstat_v_uint(r->rx_queue) : netstat_v_null();
	v[IP_COL_SEND_Q] =
		assoc ? netstat_v_uint(r->tx_queue) : netstat_v_null();
	v[IP_COL_LOCAL] = first_endpoint(&r->local, r->local_port);
	v[IP_COL_FOREIGN] = first_endpoint(&r->remote, r->remote_port);
	v[IP_COL_STATE] = netstat_v_state(r->state, ip_state_name(r->state));
	v[IP_COL_USER] = netstat_v_user(r->uid);
	v[IP_COL_INODE] = netstat_v_uint(r->inode);
	v[IP_COL_PROGRAM] = ip_internet_program(ctx, req, r->inode);
	v[IP_COL_TIMER] = netstat_v_null(); /* net-tools shows none */
	v[IP_COL_PROCESSES] = ip_internet_processes(ctx, req, r->inode);
	int rc = addresses_value(&r->local, &l->text[0], &l->cap[0],
				 &v[IP_COL_LOCAL_ADDRESSES]);
	if (rc == 0)
		rc = addresses_value(&r->remote, &l->text[1], &l->cap[1],
				     &v[IP_COL_FOREIGN_ADDRESSES]);
	if (rc < 0)
		return rc;

	struct netstat_record rec = {
		.section = assoc ? &sctp_association_section
				 : &sctp_endpoint_section,
		.values = v,
		.n_values = IP_COL_BASE_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
	return 0;
}

static int read_rows(struct netstat_ctx *ctx, const struct netstat_request *req,
		     struct netstat_lines *lines, bool assoc)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct listing l = {.cap = {0, 0}};
	const char *line;
	int rc = 0;
	if (!host->lines_next(lines, NULL)) /* the header */
		return 0;
	while (rc == 0 && (line = host->lines_next(lines, NULL))) {
		rc = assoc ? sctp_parse_assoc(line, &l.row)
			   : sctp_parse_ep(line, &l.row);
		if (rc == 0) {
			rc = emit_row(ctx, req, &l, assoc);
		} else if (rc == NETSTAT_ERR_PARSE) {
			host->message(ctx, NETSTAT_STDERR,
				      "warning, got bogus sctp %s line.\n",
				      assoc ? "assoc" : "eps");
			rc = 0;
		}
	}
	sctp_row_free(&l.row);
	free(l.text[0]);
	free(l.text[1]);
	return rc;
}

static int list_file(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const char *path, bool assoc)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct netstat_lines *lines;
	/* The status of a missing file is due at once: no sctp6 follows. */
	int rc = host->table_open(ctx, req, path, "AF INET (sctp)",
				  NETSTAT_TABLE_ACCESS_IS_MISSING |
					  NETSTAT_TABLE_QUIET_IF_IMPLIED,
				  &lines);
	if (!lines)
		return rc;
	rc = read_rows(ctx, req, lines, assoc);
	host->lines_close(lines);
	return rc;
}

int inet_list_sctp(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_source *src, void *state)
{
	bool all = netstat_request_has(req, NETSTAT_REQ_ALL);
	bool listening = netstat_request_has(req, NETSTAT_REQ_LISTENING);
	/* Endpoints are the servers, associations the rest. */
	if (all || listening) {
		int rc = list_file(ctx, req, "net/sctp/eps", false);
		if (rc)
			return rc;
	}
	if (all || !listening)
		return list_file(ctx, req, "net/sctp/assocs", true);
	return 0;
}
