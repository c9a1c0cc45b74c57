/*
 * One row as a JSON object, written through a cursor into the host's
 * buffer. The row reserves room once for all its fixed-size text (keys,
 * member names, numbers, addresses, "null"): that is the cursor's
 * `slack`, kept free ahead of it. Only a string reserves again, for its
 * own length. The generic path (fmt_cell_fill, json_put_cell) cost about
 * 7,500 instructions a TCP row, more than the dump and the record.
 */
#include <stdlib.h>
#include <string.h>

#include "formats/common/fmt_number.h"
#include "formats/common/fmt_text.h"
#include "formats/json/json_row.h"

/* Most bytes one field of a compound value, or one scalar, writes but
 * for strings: a quoted IPv6 text (at most 45 bytes, with its quotes). */
#define FIELD_MAX 72

struct cursor {
	struct netstat_text *t;
	char *w, *end;
	size_t slack; /* the row's fixed size: always free ahead of w */
};

/* Points the cursor at the end of t's text. */
static void sync(struct cursor *c)
{
	c->w = c->t->buf + c->t->len;
	c->end = c->t->buf + c->t->cap;
}

/* Room for `n` more bytes than the row's fixed size. */
static int reserve(struct cursor *c, size_t n)
{
	n += c->slack;
	if ((size_t)(c->end - c->w) >= n)
		return 0;
	c->t->len = (size_t)(c->w - c->t->buf);
	int rc = c->t->grow(c->t, n);
	sync(c);
	return rc;
}

static void put_bytes(struct cursor *c, const char *s, size_t n)
{
	memcpy(c->w, s, n);
	c->w += n;
}

/* Copies text that has JSON_MEMBERS_SLACK readable bytes after it (keys,
 * member names), short ones in one fixed-size move: the row's slack
 * always has room for it. */
static void put_padded(struct cursor *c, const char *s, size_t n)
{
	if (n <= JSON_MEMBERS_SLACK)
		memcpy(c->w, s, JSON_MEMBERS_SLACK);
	else
		memcpy(c->w, s, n);
	c->w += n;
}

static void put_null(struct cursor *c)
{
	put_bytes(c, "null", 4);
}

/* Hands the text so far to a netstat_text writer and takes it back. */
static int put_through_text(struct cursor *c, int rc_of_write)
{
	sync(c);
	return rc_of_write ? rc_of_write : reserve(c, 0);
}

static int put_string(struct cursor *c, const char *s)
{
	if (!s) {
		put_null(c);
		return 0;
	}
	size_t n = json_plain_prefix(s);
	if (s[n]) {
		c->t->len = (size_t)(c->w - c->t->buf);
		return put_through_text(c, json_put_string(c->t, s));
	}
	int rc = reserve(c, n + 2);
	if (rc)
		return rc;
	*c->w++ = '"';
	put_bytes(c, s, n);
	*c->w++ = '"';
	return 0;
}

static void put_u64(struct cursor *c, uint64_t v)
{
	c->w += fmt_u64(v, c->w);
}

static void put_i64(struct cursor *c, int64_t v)
{
	c->w += fmt_i64(v, c->w);
}

static void put_double(struct cursor *c, double d)
{
	/* fmt_double writes its NUL too: FIELD_MAX has room for it. */
	if (fmt_double(d, c->w))
		c->w += strlen(c->w);
	else
		put_null(c);
}

/* `"name":` of field `i` of `shape` (`,"name":` after the first), opening
 * the object before the first. */
static void put_member(struct cursor *c, const struct json_members *m,
		       uint32_t shape, size_t i)
{
	size_t skip = i ? 0 : m->comma_len;
	if (!i)
		*c->w++ = '{';
	put_padded(c, m->text + m->member[shape][i].off + skip,
		   m->member[shape][i].len - skip);
}

/* The family and address members of `a`; `numeric` gets the address
 * text a host name is compared with (NULL: none). False for an address
 * of no family: the value is null. */
static int put_address_head(struct cursor *c, const struct json_members *m,
			    uint32_t shape, const struct netstat_address *a,
			    char numeric[64], bool *known)
{
	*known = true;
	switch (a->family) {
	case NETSTAT_ADDR_INET:
	case NETSTAT_ADDR_INET6: {
		bool v4 = a->family == NETSTAT_ADDR_INET;
		put_member(c, m, shape, 0);
		if (v4)
			put_bytes(c, "\"inet\"", 6);
		else
			put_bytes(c, "\"inet6\"", 7);
		put_member(c, m, shape, 1);
		*c->w++ = '"';
		size_t n = v4 ? fmt_ipv4(a->bytes, numeric)
			      : fmt_ipv6(a->bytes, numeric);
		numeric[n] = '\0';
		put_bytes(c, numeric, n);
		*c->w++ = '"';
		return 0;
	}
	case NETSTAT_ADDR_TEXT:
		numeric[0] = '\0'; /* a text address has no host name */
		put_member(c, m, shape, 0);
		put_bytes(c, "\"other\"", 7);
		put_member(c, m, shape, 1);
		return put_string(c, a->text);
	default:
		*known = false;
		put_null(c);
		return 0;
	}
}

/* The host name of an address, when one was asked for and found: never
 * the numeric text a second time. */
static const char *host_of(const struct fmt_env *env,
			   const struct netstat_address *a, const char *numeric)
{
	if (!numeric[0] ||
	    netstat_request_has(env->req, NETSTAT_REQ_NUMERIC_HOSTS))
		return NULL;
	const char *name = env->host->host_name(env->ctx, a, 0);
	return name && strcmp(name, numeric) == 0 ? NULL : name;
}

static int put_address(struct cursor *c, const struct fmt_env *env,
		       const struct json_members *m,
		       const struct netstat_address *a)
{
	char numeric[64];
	bool known;
	int rc = put_address_head(c, m, NETSTAT_T_ADDRESS, a, numeric, &known);
	if (rc || !known)
		return rc;
	put_member(c, m, NETSTAT_T_ADDRESS, 2);
	rc = put_string(c, host_of(env, a, numeric));
	*c->w++ = '}';
	return rc;
}

static int put_endpoint(struct cursor *c, const struct fmt_env *env,
			const struct json_members *m,
			const struct netstat_endpoint *ep)
{
	char numeric[64];
	bool known;
	int rc = put_address_head(c, m, NETSTAT_T_ENDPOINT, &ep->addr, numeric,
				  &known);
	if (rc || !known)
		return rc;
	put_member(c, m, NETSTAT_T_ENDPOINT, 2);
	put_u64(c, ep->port);
	put_member(c, m, NETSTAT_T_ENDPOINT, 3);
	rc = put_string(c, host_of(env, &ep->addr, numeric));
	const char *service = NULL;
	if (ep->port != 0 && ep->port_table &&
	    !netstat_request_has(env->req, NETSTAT_REQ_NUMERIC_PORTS))
		service = env->host->service_name(env->ctx, ep->port,
						  ep->port_table);
	put_member(c, m, NETSTAT_T_ENDPOINT, 4);
	if (rc == 0)
		rc = put_string(c, service);
	*c->w++ = '}';
	return rc;
}

/* An object of a number and a name: a state, a user, a process. */
static int put_code_name(struct cursor *c, const struct json_members *m,
			 uint32_t shape, bool is_signed, uint64_t code,
			 const char *name)
{
	put_member(c, m, shape, 0);
	if (is_signed)
		put_i64(c, (int64_t)code);
	else
		put_u64(c, code);
	put_member(c, m, shape, 1);
	int rc = put_string(c, name);
	*c->w++ = '}';
	return rc;
}

static int put_timer(struct cursor *c, const struct json_members *m,
		     const struct netstat_value *v)
{
	uint32_t shape = NETSTAT_T_TIMER;
	put_member(c, m, shape, 0);
	put_i64(c, v->v.timer.code);
	put_member(c, m, shape, 1);
	int rc = put_string(c, v->v.timer.name);
	put_member(c, m, shape, 2);
	put_double(c, v->v.timer.seconds);
	put_member(c, m, shape, 3);
	put_i64(c, v->v.timer.retransmits);
	put_member(c, m, shape, 4);
	put_i64(c, v->v.timer.probes);
	*c->w++ = '}';
	return rc;
}

/* Any value the fast path does not write, as the other formats do. */
static int put_generic(struct cursor *c, const struct fmt_env *env,
		       const struct json_row_plan *p, size_t column,
		       uint32_t shape, const struct netstat_value *v,
		       const struct json_members *m)
{
	struct fmt_cell cell;
	c->t->len = (size_t)(c->w - c->t->buf);
	fmt_cell_fill(&cell, env, p->section, column, v);
	return put_through_text(c, json_put_cell(c->t, &cell, shape, m));
}

static int put_value(struct cursor *c, const struct fmt_env *env,
		     const struct json_row_plan *p, size_t i,
		     const struct netstat_value *v,
		     const struct json_members *m)
{
	uint32_t shape = p->shape[i];
	if (!v || v->type == NETSTAT_T_NULL) {
		put_null(c);
		return 0;
	}
	if (v->type != shape)
		return put_generic(c, env, p, p->columns[i], shape, v, m);
	switch (shape) {
	case NETSTAT_T_STRING:
		return put_string(c, v->v.s);
	case NETSTAT_T_INT:
		put_i64(c, v->v.i);
		return 0;
	case NETSTAT_T_UINT:
		put_u64(c, v->v.u);
		return 0;
	case NETSTAT_T_DOUBLE:
		put_double(c, v->v.d);
		return 0;
	case NETSTAT_T_ADDRESS:
		return put_address(c, env, m, &v->v.addr);
	case NETSTAT_T_ENDPOINT:
		return put_endpoint(c, env, m, &v->v.ep);
	case NETSTAT_T_STATE:
		return put_code_name(c, m, shape, true,
				     (uint64_t)(int64_t)v->v.state.code,
				     v->v.state.name);
	case NETSTAT_T_USER: {
		const char *name = NULL;
		if (!netstat_request_has(env->req, NETSTAT_REQ_NUMERIC_USERS))
			name = env->host->user_name(env->ctx, v->v.uid);
		return put_code_name(c, m, shape, false, v->v.uid, name);
	}
	case NETSTAT_T_PROCESS:
		return put_code_name(c, m, shape, true,
				     (uint64_t)(int64_t)v->v.proc.pid,
				     v->v.proc.name);
	case NETSTAT_T_TIMER:
		return put_timer(c, m, v);
	default:
		return put_generic(c, env, p, p->columns[i], shape, v, m);
	}
}

int json_row_write(struct netstat_text *out, const struct json_row_plan *p,
		   const struct netstat_record *rec, const struct fmt_env *env,
		   const struct json_members *m)
{
	struct cursor c = {out, NULL, NULL, p->fixed_max};
	if (out->cap - out->len < c.slack) {
		int rc = out->grow(out, c.slack);
		if (rc < 0)
			return rc;
	}
	sync(&c);
	*c.w++ = '{';
	int rc = 0;
	for (size_t i = 0; i < p->n && rc == 0; i++) {
		size_t from = i ? p->end[i - 1] : 0;
		put_padded(&c, p->text + from, p->end[i] - from);
		rc = put_value(&c, env, p, i,
			       fmt_record_value(rec, p->columns[i]), m);
	}
	if (rc == 0)
		*c.w++ = '}';
	out->len = (size_t)(c.w - out->buf);
	return rc;
}

/* Room for the plan of `n` columns. */
static int plan_room(struct json_row_plan *p, size_t n)
{
	if (n <= p->cap_n)
		return 0;
	size_t *c = realloc(p->columns, n * sizeof *c);
	if (c)
		p->columns = c;
	size_t *e = c ? realloc(p->end, n * sizeof *e) : NULL;
	if (e)
		p->end = e;
	uint32_t *shape = e ? realloc(p->shape, n * sizeof *shape) : NULL;
	if (!shape)
		return NETSTAT_ERR_NOMEM;
	p->shape = shape;
	p->cap_n = n;
	return 0;
}

/* The most bytes a row writes but for its strings. */
static size_t fixed_size(const struct json_row_plan *p,
			 const struct json_members *m)
{
	size_t fixed = 2 + p->len; /* the braces and the keys */
	for (size_t i = 0; i < p->n; i++) {
		const char *const *names;
		size_t n_fields = fmt_type_fields(p->shape[i], &names);
		fixed += FIELD_MAX + 2;
		for (size_t f = 0; f < n_fields && f < FMT_MAX_FIELDS; f++)
			fixed += m->member[p->shape[i]][f].len + FIELD_MAX;
	}
	return fixed;
}

int json_row_plan_set(struct json_row_plan *p,
		      const struct netstat_section *section,
		      const size_t *columns, size_t n_columns,
		      const struct json_members *m)
{
	int rc = plan_room(p, n_columns);
	if (rc)
		return rc;
	struct netstat_text t = {p->text, 0, p->cap, fmt_text_heap_grow};
	const struct json_style *style = m->style;
	char buf[32];
	for (size_t i = 0; i < n_columns && rc == 0; i++) {
		const struct netstat_column *col =
			&section->columns[columns[i]];
		rc = netstat_text_puts(&t, i ? style->comma : "");
		if (rc == 0)
			rc = json_put_string(&t,
					     fmt_column_key(col, columns[i],
							    buf, sizeof buf));
		if (rc == 0)
			rc = netstat_text_puts(&t, style->colon);
		p->columns[i] = columns[i];
		p->end[i] = t.len;
		p->shape[i] = fmt_column_shape(col);
	}
	/* Readable, defined bytes after the last key, for put_padded. */
	if (rc == 0)
		rc = netstat_text_fill(&t, '\0', JSON_MEMBERS_SLACK);
	t.len -= rc == 0 ? JSON_MEMBERS_SLACK : 0;
	p->text = t.buf;
	p->len = t.len;
	p->cap = t.cap;
	p->section = section;
	p->n = rc == 0 ? n_columns : 0;
	p->fixed_max = fixed_size(p, m);
	return rc;
}

bool json_row_plan_matches(const struct json_row_plan *p,
			   const struct netstat_section *section,
			   const size_t *columns, size_t n_columns)
{
	return p->section == section && p->n == n_columns &&
	       (n_columns == 0 ||
		memcmp(p->columns, columns, n_columns * sizeof *columns) == 0);
}

void json_row_plan_free(struct json_row_plan *p)
{
	free(p->text);
	free(p->columns);
	free(p->end);
	free(p->shape);
}
