/* See netns_view.h. */
#include <stdlib.h>
#include <string.h>

#include "core/run/netns_view.h"

/* Appended to every section, in this order (docs/json.md "netns"). */
enum {
	COL_INODE,
	COL_NAME,
	COL_NAMES,
	COL_PID,
	COL_COMMAND,
	COL_CGROUP,
	COL_RUNTIME,
	COL_CONTAINER,
	COL_POD,
	COL_UNIT,
	N_COLS
};

#define NETNS_COLUMN(k, t, ty)                                                 \
	{                                                                      \
		.key = k, .title = t, .type = ty,                              \
		.flags = NETSTAT_COL_STRUCTURED_ONLY, .classic = {             \
			.sep = " "                                             \
		}                                                              \
	}

static const struct netstat_column netns_columns[N_COLS] = {
	[COL_INODE] = NETNS_COLUMN("netns", "Netns", NETSTAT_T_UINT),
	[COL_NAME] = NETNS_COLUMN("netns.name", "Netns Name", NETSTAT_T_STRING),
	[COL_NAMES] =
		NETNS_COLUMN("netns.names", "Netns Names", NETSTAT_T_STRING),
	[COL_PID] = NETNS_COLUMN("netns.pid", "Netns PID", NETSTAT_T_UINT),
	[COL_COMMAND] = NETNS_COLUMN("netns.command", "Netns Command",
				     NETSTAT_T_STRING),
	[COL_CGROUP] =
		NETNS_COLUMN("netns.cgroup", "Netns Cgroup", NETSTAT_T_STRING),
	/* What that cgroup path shows (core/services/container.h). */
	[COL_RUNTIME] = NETNS_COLUMN("netns.container_runtime", "Netns Runtime",
				     NETSTAT_T_STRING),
	[COL_CONTAINER] = NETNS_COLUMN("netns.container_id", "Netns Container",
				       NETSTAT_T_STRING),
	[COL_POD] =
		NETNS_COLUMN("netns.pod_uid", "Netns Pod", NETSTAT_T_STRING),
	[COL_UNIT] = NETNS_COLUMN("netns.unit", "Netns Unit", NETSTAT_T_STRING),
};

const struct netstat_section *
netns_view_section(struct netns_view *v, const struct netstat_section *s)
{
	for (size_t i = 0; i < v->n_sections; i++)
		if (v->sections[i].source == s)
			return &v->sections[i].derived;
	if (v->n_sections == NETNS_VIEW_MAX_SECTIONS)
		return s;
	struct netstat_column *cols =
		malloc((s->n_columns + N_COLS) * sizeof *cols);
	if (!cols)
		return s;
	memcpy(cols, s->columns, s->n_columns * sizeof *cols);
	memcpy(cols + s->n_columns, netns_columns, sizeof netns_columns);
	struct netstat_section *d = &v->sections[v->n_sections].derived;
	v->sections[v->n_sections++].source = s;
	*d = *s;
	d->columns = cols;
	d->n_columns = s->n_columns + N_COLS;
	return d;
}

static struct netstat_value text_or_null(const char *s)
{
	return s && *s ? netstat_v_str(s) : netstat_v_null();
}

int netns_view_record(struct netns_view *v, const struct netstat_record *rec,
		      struct netstat_record *out)
{
	const struct netstat_section *s = netns_view_section(v, rec->section);
	if (s == rec->section) {
		*out = *rec;
		return 0;
	}
	/* Short records are padded with nulls up to the source's columns. */
	size_t own = rec->section->n_columns;
	size_t n = own + N_COLS;
	if (n > v->cap) {
		void *p = realloc(v->values, n * sizeof *v->values);
		if (!p)
			return NETSTAT_ERR_NOMEM;
		v->values = p;
		v->cap = n;
	}
	size_t copied = rec->n_values < own ? rec->n_values : own;
	memcpy(v->values, rec->values, copied * sizeof *v->values);
	for (size_t i = copied; i < own; i++)
		v->values[i] = netstat_v_null();
	struct netstat_value *ns = v->values + own;
	const struct netns_entry *e = v->current;
	ns[COL_INODE] = e ? netstat_v_uint(e->inode) : netstat_v_null();
	ns[COL_NAME] = text_or_null(e ? v->name : NULL);
	ns[COL_NAMES] = text_or_null(e ? e->names : NULL);
	ns[COL_PID] = e && e->pid ? netstat_v_uint((uint64_t)e->pid)
				  : netstat_v_null();
	ns[COL_COMMAND] = text_or_null(e && e->pid ? e->command : NULL);
	ns[COL_CGROUP] = text_or_null(e && e->pid ? e->cgroup : NULL);
	const struct netstat_netns *d = &v->described;
	ns[COL_RUNTIME] = text_or_null(e ? d->container_runtime : NULL);
	ns[COL_CONTAINER] = text_or_null(e ? d->container_id : NULL);
	ns[COL_POD] = text_or_null(e ? d->pod_uid : NULL);
	ns[COL_UNIT] = text_or_null(e ? d->unit : NULL);
	*out = (struct netstat_record){s, v->values, n};
	return 0;
}

static const char *text_or_none(const char *s)
{
	return s && *s ? s : NULL;
}

void netns_view_enter(struct netns_view *v, const struct netns_entry *e)
{
	v->current = e;
	v->name[0] = '\0';
	if (!e)
		return;
	netns_first_name(e, v->name, sizeof v->name);
	v->described = (struct netstat_netns){
		.inode = e->inode,
		.host = e->host,
		.name = text_or_none(v->name),
		.names = text_or_none(e->names),
		.pid = e->pid > 0 ? (uint32_t)e->pid : 0,
		.command = e->pid > 0 ? text_or_none(e->command) : NULL,
		.cgroup = e->pid > 0 ? text_or_none(e->cgroup) : NULL,
	};
	struct container_info *c = &v->container;
	if (e->pid > 0 && container_parse(e->cgroup, c)) {
		v->described.container_runtime = c->runtime;
		v->described.container_id = text_or_none(c->id);
		v->described.pod_uid = text_or_none(c->pod_uid);
		v->described.unit = text_or_none(c->unit);
	}
}

const struct netstat_netns *netns_view_current(const struct netns_view *v)
{
	return v && v->current ? &v->described : NULL;
}

void netns_view_free(struct netns_view *v)
{
	for (size_t i = 0; i < v->n_sections; i++)
		free((void *)v->sections[i].derived.columns);
	free(v->values);
	memset(v, 0, sizeof *v);
}

static int put_untrusted(struct netstat_text *out, const char *s)
{
	return netstat_text_put_untrusted(out, s, strlen(s));
}

int netns_view_classic_header(const struct netns_entry *e,
			      struct netstat_text *out)
{
	int rc = netstat_text_printf(out, "Network namespace net:[%llu]",
				     (unsigned long long)e->inode);
	if (rc == 0 && e->host)
		rc = netstat_text_puts(out, " (host)");
	if (rc == 0 && e->names[0])
		rc = netstat_text_puts(out, " names: ");
	if (rc == 0 && e->names[0])
		rc = put_untrusted(out, e->names);
	if (rc == 0 && e->pid)
		rc = netstat_text_printf(out, " pid %d (", (int)e->pid);
	if (rc == 0 && e->pid)
		rc = put_untrusted(out, e->command);
	if (rc == 0 && e->pid)
		rc = netstat_text_puts(out, ")");
	/* What the process's cgroup shows: a container, or a unit. */
	struct container_info c;
	if (rc == 0 && e->pid && container_parse(e->cgroup, &c)) {
		if (c.runtime && c.id[0])
			rc = netstat_text_printf(out, " container %s %s",
						 c.runtime, c.id);
		else if (c.pod_uid[0])
			rc = netstat_text_printf(out, " pod %s", c.pod_uid);
		else if (c.unit[0] &&
			 (rc = netstat_text_puts(out, " unit ")) == 0)
			rc = put_untrusted(out, c.unit);
	}
	return rc ? rc : netstat_text_puts(out, "\n");
}
