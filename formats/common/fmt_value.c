/* Typed values to format-neutral cells; see fmt_value.h. */
#include <stdio.h>
#include <string.h>

#include "formats/common/fmt_number.h"
#include "formats/common/fmt_value.h"

static const char *const address_fields[] = {"family", "address", "host"};
static const char *const endpoint_fields[] = {"family", "address", "port",
					      "host", "service"};
static const char *const state_fields[] = {"code", "name"};
static const char *const user_fields[] = {"uid", "name"};
static const char *const process_fields[] = {"pid", "name"};
/* An item of a process list: user is the uid's name, as a user value. */
static const char *const processes_fields[] = {"pid",
					       "name",
					       "uid",
					       "user",
					       "command_line",
					       "cgroup",
					       "container_runtime",
					       "container_id",
					       "pod_uid",
					       "unit"};
static const char *const timer_fields[] = {"code", "name", "seconds",
					   "retransmits", "probes"};

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

uint32_t fmt_column_shape(const struct netstat_column *col)
{
	return col->type <= NETSTAT_T_STRING_LIST ? col->type : NETSTAT_T_NULL;
}

const char *fmt_type_name(uint32_t shape)
{
	const char *name = netstat_type_name(shape);
	return name ? name : "any";
}

size_t fmt_type_fields(uint32_t shape, const char *const **names)
{
	switch (shape) {
	case NETSTAT_T_ADDRESS:
		*names = address_fields;
		return N_OF(address_fields);
	case NETSTAT_T_ENDPOINT:
		*names = endpoint_fields;
		return N_OF(endpoint_fields);
	case NETSTAT_T_STATE:
		*names = state_fields;
		return N_OF(state_fields);
	case NETSTAT_T_USER:
		*names = user_fields;
		return N_OF(user_fields);
	case NETSTAT_T_PROCESS:
		*names = process_fields;
		return N_OF(process_fields);
	case NETSTAT_T_TIMER:
		*names = timer_fields;
		return N_OF(timer_fields);
	case NETSTAT_T_PROCESSES:
		*names = processes_fields;
		return N_OF(processes_fields);
	default:
		*names = NULL;
		return 0;
	}
}

const char *fmt_column_key(const struct netstat_column *col, size_t index,
			   char *buf, size_t size)
{
	if (col->key && *col->key)
		return col->key;
	snprintf(buf, size, "column_%zu", index);
	return buf;
}

const char *fmt_report_name(unsigned report)
{
	const char *name = netstat_report_name(report);
	return name ? name : "unknown";
}

static bool is_number(uint32_t type)
{
	return type == NETSTAT_T_INT || type == NETSTAT_T_UINT ||
	       type == NETSTAT_T_DOUBLE;
}

/* May a value of type `type` fill a column of shape `shape`? */
static bool fits(uint32_t shape, uint32_t type)
{
	if (shape == NETSTAT_T_NULL)
		return type == NETSTAT_T_STRING || is_number(type);
	if (is_number(shape))
		return is_number(type);
	return shape == type;
}

static void warn_mismatch(const struct fmt_env *env,
			  const struct netstat_section *section, size_t index,
			  uint32_t type)
{
	struct fmt_warnings *w = env->warnings;
	for (size_t i = 0; i < w->n; i++)
		if (w->seen[i].index == index &&
		    strcmp(w->seen[i].section, section->key) == 0)
			return;
	/* Past the table's room a column warns every time: noisy, but a
	 * plugin that bad is found at once. */
	if (w->n < FMT_MAX_WARNED) {
		w->seen[w->n].section = section->key;
		w->seen[w->n++].index = index;
	}
	const struct netstat_column *col = &section->columns[index];
	char buf[32];
	env->host->message(env->ctx, NETSTAT_STDERR,
			   "netstat: %s: column `%s' of section `%s' got a "
			   "value of type %u, not %s; written as null\n",
			   env->format,
			   fmt_column_key(col, index, buf, sizeof buf),
			   section->key, (unsigned)type,
			   fmt_type_name(fmt_column_shape(col)));
}

static void set_str(struct fmt_scalar *f, const char *s)
{
	f->kind = s ? FMT_STRING : FMT_NULL;
	f->v.s = s;
}

static void set_int(struct fmt_scalar *f, int64_t i)
{
	f->kind = FMT_INT;
	f->v.i = i;
}

static void set_uint(struct fmt_scalar *f, uint64_t u)
{
	f->kind = FMT_UINT;
	f->v.u = u;
}

/* The family, address and host fields of an address, into f[0], f[1]
 * and *host. Returns false for an address of no family (a null value). */
static bool fill_address(struct fmt_cell *cell, const struct fmt_env *env,
			 const struct netstat_address *a,
			 struct fmt_scalar *host)
{
	struct fmt_scalar *f = cell->fields;
	const char *family, *numeric;
	switch (a->family) {
	case NETSTAT_ADDR_INET:
		family = "inet";
		cell->text[fmt_ipv4(a->bytes, cell->text)] = '\0';
		numeric = cell->text;
		break;
	case NETSTAT_ADDR_INET6:
		family = "inet6";
		cell->text[fmt_ipv6(a->bytes, cell->text)] = '\0';
		numeric = cell->text;
		break;
	case NETSTAT_ADDR_TEXT:
		family = "other";
		numeric = a->text;
		break;
	default:
		return false;
	}
	set_str(&f[0], family);
	set_str(&f[1], numeric);
	/* A name only when one was asked for and found: never the numeric
	 * text a second time. */
	const char *name = NULL;
	if (numeric && a->family != NETSTAT_ADDR_TEXT &&
	    !netstat_request_has(env->req, NETSTAT_REQ_NUMERIC_HOSTS)) {
		name = env->host->host_name(env->ctx, a, 0);
		if (name && strcmp(name, numeric) == 0)
			name = NULL;
	}
	set_str(host, name);
	return true;
}

/* family, address, port, host, service. */
static bool fill_endpoint(struct fmt_cell *cell, const struct fmt_env *env,
			  const struct netstat_endpoint *ep)
{
	struct fmt_scalar *f = cell->fields;
	if (!fill_address(cell, env, &ep->addr, &f[3]))
		return false;
	set_uint(&f[2], ep->port);
	const char *service = NULL;
	if (ep->port != 0 && ep->port_table &&
	    !netstat_request_has(env->req, NETSTAT_REQ_NUMERIC_PORTS))
		service = env->host->service_name(env->ctx, ep->port,
						  ep->port_table);
	set_str(&f[4], service);
	return true;
}

bool fmt_shape_is_list(uint32_t shape)
{
	return shape == NETSTAT_T_PROCESSES || shape == NETSTAT_T_UINT_LIST ||
	       shape == NETSTAT_T_STRING_LIST;
}

void fmt_cell_item(struct fmt_cell *cell, size_t i)
{
	if (cell->list->type == NETSTAT_T_UINT_LIST) {
		set_uint(&cell->fields[0], cell->list->v.uints.items[i]);
		return;
	}
	if (cell->list->type == NETSTAT_T_STRING_LIST) {
		set_str(&cell->fields[0], cell->list->v.strs.items[i]);
		return;
	}
	const struct netstat_process_entry *e = cell->list->v.procs.items[i];
	const struct fmt_env *env = cell->env;
	struct fmt_scalar *f = cell->fields;
	set_int(&f[0], e->pid);
	set_str(&f[1], e->name);
	const char *user = NULL;
	if (e->uid >= 0) {
		set_uint(&f[2], (uint64_t)e->uid);
		if (!netstat_request_has(env->req, NETSTAT_REQ_NUMERIC_USERS))
			user = env->host->user_name(env->ctx, (uint32_t)e->uid);
	} else {
		f[2].kind = FMT_NULL;
	}
	set_str(&f[3], user);
	set_str(&f[4], e->command_line);
	set_str(&f[5], e->cgroup);
	set_str(&f[6], e->container_runtime);
	set_str(&f[7], e->container_id);
	set_str(&f[8], e->pod_uid);
	set_str(&f[9], e->unit);
}

void fmt_cell_fill(struct fmt_cell *cell, const struct fmt_env *env,
		   const struct netstat_section *section, size_t index,
		   const struct netstat_value *v)
{
	const struct netstat_column *col = &section->columns[index];
	uint32_t shape = fmt_column_shape(col);
	const char *const *names;
	cell->null = false;
	cell->n_fields = fmt_type_fields(shape, &names);
	cell->n_items = 0;
	cell->list = NULL;
	cell->env = env;
	if (!v || v->type == NETSTAT_T_NULL) {
		cell->null = true;
		return;
	}
	if (!fits(shape, v->type)) {
		warn_mismatch(env, section, index, v->type);
		cell->null = true;
		return;
	}
	struct fmt_scalar *f = cell->fields;
	switch (v->type) {
	case NETSTAT_T_STRING:
		set_str(f, v->v.s);
		cell->null = !v->v.s;
		break;
	case NETSTAT_T_INT:
		set_int(f, v->v.i);
		break;
	case NETSTAT_T_UINT:
		set_uint(f, v->v.u);
		break;
	case NETSTAT_T_DOUBLE:
		f->kind = FMT_DOUBLE;
		f->v.d = v->v.d;
		break;
	case NETSTAT_T_ADDRESS:
		cell->null = !fill_address(cell, env, &v->v.addr, &f[2]);
		break;
	case NETSTAT_T_ENDPOINT:
		cell->null = !fill_endpoint(cell, env, &v->v.ep);
		break;
	case NETSTAT_T_STATE:
		set_int(&f[0], v->v.state.code);
		set_str(&f[1], v->v.state.name);
		break;
	case NETSTAT_T_USER: {
		const char *name = NULL;
		if (!netstat_request_has(env->req, NETSTAT_REQ_NUMERIC_USERS))
			name = env->host->user_name(env->ctx, v->v.uid);
		set_uint(&f[0], v->v.uid);
		set_str(&f[1], name);
		break;
	}
	case NETSTAT_T_PROCESS:
		set_int(&f[0], v->v.proc.pid);
		set_str(&f[1], v->v.proc.name);
		break;
	case NETSTAT_T_TIMER:
		set_int(&f[0], v->v.timer.code);
		set_str(&f[1], v->v.timer.name);
		f[2].kind = FMT_DOUBLE;
		f[2].v.d = v->v.timer.seconds;
		set_int(&f[3], v->v.timer.retransmits);
		set_int(&f[4], v->v.timer.probes);
		break;
	case NETSTAT_T_PROCESSES:
		cell->n_items = v->v.procs.n;
		cell->list = v;
		cell->null = cell->n_items == 0;
		if (!cell->null)
			fmt_cell_item(cell, 0);
		break;
	case NETSTAT_T_UINT_LIST:
		/* An empty list is a value: [] in JSON, not null. */
		cell->n_items = v->v.uints.n;
		cell->list = v;
		f->kind = FMT_NULL;
		if (cell->n_items)
			fmt_cell_item(cell, 0);
		break;
	case NETSTAT_T_STRING_LIST:
		cell->n_items = v->v.strs.n;
		cell->list = v;
		f->kind = FMT_NULL;
		if (cell->n_items)
			fmt_cell_item(cell, 0);
		break;
	default:
		cell->null = true;
		break;
	}
}
