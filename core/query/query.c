/* The query stage; see query.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/query/filter.h"
#include "core/query/filter_ast.h"
#include "core/query/query.h"
#include "core/query/store.h"
#include "core/query/value_order.h"

#define MAX_KEYS 16
#define MAX_VIEWS 64
#define MAX_VIEW_COLUMNS 64

struct key {
	char name[64];
	bool descending;
};

struct key_list {
	struct key keys[MAX_KEYS];
	size_t n;
};

/* Where a column of a derived section takes its value from. */
struct source_column {
	size_t column; /* in the original section; SIZE_MAX: the count */
	enum field_part part;
};

/* The section a query makes of an original one: the chosen columns, or
 * the group keys and the count. */
struct view {
	const struct netstat_section *orig;
	struct netstat_section derived;
	struct netstat_column columns[MAX_VIEW_COLUMNS];
	char titles[MAX_VIEW_COLUMNS][64];
	struct source_column from[MAX_VIEW_COLUMNS];
	bool changed; /* false: the original section as it is */
};

struct group {
	struct netstat_value keys[MAX_KEYS];
	uint64_t count, hash;
	size_t first; /* arrival order, for a stable result */
};

struct query {
	struct filter *filter;
	struct key_list sort, group, columns;
	bool count;
	bool holds; /* sort, group or count: rows wait for the flush */
	struct view *views[MAX_VIEWS];
	size_t n_views;
	/* The section whose rows are held, by key. */
	const struct netstat_section *held;
	struct store rows; /* --sort */
	struct store keys; /* --group-by: the groups' key values */
	struct group *groups;
	size_t n_groups, cap_groups;
	size_t *table; /* open addressing: index + 1 into groups, 0 free */
	size_t table_size;
	uint64_t counted; /* --count */
	int error;
};

static int parse_keys(const char *text, const char *option,
		      struct key_list *out, bool signs, char *err,
		      size_t err_size)
{
	out->n = 0;
	const char *p = text;
	for (;;) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		bool desc = signs && len && *p == '-';
		if (desc)
			p++, len--;
		if (len == 0 || len >= sizeof out->keys[0].name ||
		    out->n == MAX_KEYS) {
			snprintf(err, err_size, "%s: %s at %zu", option,
				 len == 0 ? "empty key" : "too many keys",
				 (size_t)(p - text) + 1);
			return NETSTAT_ERR_USAGE;
		}
		struct key *k = &out->keys[out->n++];
		memcpy(k->name, p, len);
		k->name[len] = '\0';
		k->descending = desc;
		if (!comma)
			return 0;
		p = comma + 1;
	}
}

bool query_wanted(const struct query_spec *spec)
{
	return spec->filter || spec->sort || spec->group_by || spec->columns ||
	       spec->count;
}

int query_compile(const struct query_spec *spec, struct query **out, char *err,
		  size_t err_size)
{
	*out = NULL;
	struct query *q = calloc(1, sizeof *q);
	if (!q)
		return NETSTAT_ERR_NOMEM;
	char why[512];
	int rc = 0;
	if (spec->filter) {
		rc = filter_parse(spec->filter, &q->filter, why, sizeof why);
		if (rc < 0)
			snprintf(err, err_size, "--filter: %s", why);
	}
	if (rc == 0 && spec->sort)
		rc = parse_keys(spec->sort, "--sort", &q->sort, true, err,
				err_size);
	if (rc == 0 && spec->group_by)
		rc = parse_keys(spec->group_by, "--group-by", &q->group, false,
				err, err_size);
	if (rc == 0 && spec->columns)
		rc = parse_keys(spec->columns, "--columns", &q->columns, false,
				err, err_size);
	if (rc < 0) {
		query_free(q);
		return rc;
	}
	q->count = spec->count;
	q->holds = q->sort.n || q->group.n || q->count;
	*out = q;
	return 0;
}

static int check_keys(const struct key_list *keys, const char *option,
		      const struct netstat_section *const *sections, size_t n,
		      char *err, size_t err_size)
{
	for (size_t k = 0; k < keys->n; k++) {
		bool known = false;
		for (size_t s = 0; s < n && !known; s++) {
			size_t col;
			enum field_part part;
			known = filter_field_find(
				sections[s], keys->keys[k].name, &col, &part);
		}
		if (known)
			continue;
		char dym[128], all[1024];
		filter_field_suggest(sections, n, keys->keys[k].name, dym,
				     sizeof dym, all, sizeof all);
		if (dym[0])
			snprintf(err, err_size,
				 "%s: unknown field '%s' (did you mean "
				 "'%s'?)",
				 option, keys->keys[k].name, dym);
		else
			snprintf(err, err_size,
				 "%s: unknown field '%s' (fields here: %s)",
				 option, keys->keys[k].name, all);
		return NETSTAT_ERR_USAGE;
	}
	return 0;
}

int query_check(struct query *q, const struct netstat_section *const *sections,
		size_t n, char *err, size_t err_size)
{
	char why[1024];
	if (q->filter &&
	    filter_check(q->filter, sections, n, why, sizeof why) < 0) {
		snprintf(err, err_size, "--filter: %s", why);
		return NETSTAT_ERR_USAGE;
	}
	int rc = check_keys(&q->sort, "--sort", sections, n, err, err_size);
	if (rc == 0)
		rc = check_keys(&q->group, "--group-by", sections, n, err,
				err_size);
	if (rc == 0)
		rc = check_keys(&q->columns, "--columns", sections, n, err,
				err_size);
	return rc;
}

size_t query_known_keys(const char *keys,
			const struct netstat_section *const *sections, size_t n,
			char *out, size_t size)
{
	size_t n_known = 0, used = 0;
	out[0] = '\0';
	for (const char *p = keys; *p;) {
		size_t len = strcspn(p, ",");
		char name[64];
		if (len && len < sizeof name) {
			memcpy(name, p, len);
			name[len] = '\0';
			bool known = false;
			for (size_t s = 0; s < n && !known; s++) {
				size_t col;
				enum field_part part;
				known = filter_field_find(sections[s], name,
							  &col, &part);
			}
			if (known && used + len + 2 <= size) {
				used += (size_t)snprintf(out + used,
							 size - used, "%s%s",
							 used ? "," : "", name);
				n_known++;
			}
		}
		p += len;
		if (*p == ',')
			p++;
	}
	return n_known;
}

/* The value a derived column shows: the whole original value or a part. */
static struct netstat_value part_of(const struct netstat_record *rec,
				    struct source_column from)
{
	if (from.column >= rec->n_values)
		return netstat_v_null();
	const struct netstat_value *v = &rec->values[from.column];
	switch (from.part) {
	case PART_PORT:
		return v->type == NETSTAT_T_ENDPOINT
			       ? netstat_v_uint(v->v.ep.port)
			       : netstat_v_null();
	case PART_ADDRESS:
		return v->type == NETSTAT_T_ENDPOINT
			       ? netstat_v_address(v->v.ep.addr)
			       : netstat_v_null();
	case PART_PID:
		return v->type == NETSTAT_T_PROCESS
			       ? netstat_v_int(v->v.proc.pid)
			       : netstat_v_null();
	case PART_NAME:
		return v->type == NETSTAT_T_PROCESS
			       ? netstat_v_str(v->v.proc.name)
			       : netstat_v_null();
	default:
		return *v;
	}
}

/* Adds a derived column for field `name` of the original section. */
static void add_column(struct view *vw, const char *name, bool grouping)
{
	size_t i = vw->derived.n_columns, col;
	enum field_part part;
	if (i == MAX_VIEW_COLUMNS ||
	    !filter_field_find(vw->orig, name, &col, &part))
		return;
	const struct netstat_column *o = &vw->orig->columns[col];
	/* Groups of processes are groups of programs: by name. */
	if (grouping && part == PART_WHOLE && o->type == NETSTAT_T_PROCESS)
		part = PART_NAME;
	struct netstat_column *c = &vw->columns[i];
	memset(c, 0, sizeof *c);
	static const uint32_t part_type[] = {[PART_WHOLE] = 0,
					     [PART_PORT] = NETSTAT_T_UINT,
					     [PART_ADDRESS] = NETSTAT_T_ADDRESS,
					     [PART_PID] = NETSTAT_T_INT,
					     [PART_NAME] = NETSTAT_T_STRING};
	c->type = part == PART_WHOLE ? o->type : part_type[part];
	c->unit = part == PART_WHOLE ? o->unit : NULL;
	c->measure = part == PART_WHOLE ? o->measure : NETSTAT_MEASURE_NONE;
	c->role = part == PART_WHOLE ? o->role : NETSTAT_ROLE_NONE;
	snprintf(vw->titles[i], sizeof vw->titles[i], "%s",
		 part == PART_WHOLE ? o->key : name);
	c->key = vw->titles[i];
	c->title =
		part == PART_WHOLE && o->title && *o->title ? o->title : c->key;
	c->classic.sep = i ? "  " : "";
	/* The measured table right-aligns numbers. */
	if (c->type == NETSTAT_T_UINT || c->type == NETSTAT_T_INT ||
	    c->type == NETSTAT_T_DOUBLE)
		c->classic.flags = NETSTAT_CLASSIC_RIGHT;
	vw->from[i] = (struct source_column){col, part};
	vw->derived.n_columns++;
}

static struct view *view_of(struct query *q, const struct netstat_section *s)
{
	/* By key: the inet and inet6 modules each define the Internet
	 * section, and its rows make one table. */
	for (size_t i = 0; i < q->n_views; i++)
		if (!strcmp(q->views[i]->orig->key, s->key))
			return q->views[i];
	if (q->n_views == MAX_VIEWS)
		return NULL;
	struct view *vw = calloc(1, sizeof *vw);
	if (!vw) {
		q->error = NETSTAT_ERR_NOMEM;
		return NULL;
	}
	vw->orig = s;
	vw->derived = (struct netstat_section){
		.key = s->key,
		.title = s->title,
		.order = s->order,
		.columns = vw->columns,
		.classic = {.flags = NETSTAT_CLASSIC_MEASURE},
	};
	const struct key_list *keys = q->group.n ? &q->group : &q->columns;
	if (q->group.n || q->count || q->columns.n) {
		vw->changed = true;
		for (size_t k = 0; !q->count && k < keys->n; k++)
			add_column(vw, keys->keys[k].name, q->group.n > 0);
		if (q->group.n || q->count) {
			size_t i = vw->derived.n_columns;
			vw->columns[i] = (struct netstat_column){
				.key = "count",
				.title = "Count",
				.type = NETSTAT_T_UINT,
				.flags = NETSTAT_COL_METRIC_VALUE,
				.measure = NETSTAT_MEASURE_GAUGE,
				.classic = {.flags = NETSTAT_CLASSIC_RIGHT,
					    .sep = i ? "  " : ""},
			};
			vw->from[i].column = SIZE_MAX;
			vw->derived.n_columns++;
		}
	}
	q->views[q->n_views++] = vw;
	return vw;
}

static const struct netstat_section *shown(struct view *vw)
{
	return vw->changed ? &vw->derived : vw->orig;
}

/* A record of the view from an original record (and a count). */
static void emit_view(struct view *vw, const struct query_sink *sink,
		      const struct netstat_record *rec, uint64_t count)
{
	if (!vw->changed) {
		sink->emit(sink->ctx, rec);
		return;
	}
	struct netstat_value v[MAX_VIEW_COLUMNS];
	for (size_t i = 0; i < vw->derived.n_columns; i++)
		v[i] = vw->from[i].column == SIZE_MAX
			       ? netstat_v_uint(count)
			       : part_of(rec, vw->from[i]);
	struct netstat_record out = {.section = &vw->derived,
				     .values = v,
				     .n_values = vw->derived.n_columns};
	sink->emit(sink->ctx, &out);
}

/* --- --group-by: a hash table of key tuples --- */

static uint64_t mix(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	for (size_t i = 0; i < n; i++)
		h = (h ^ b[i]) * 1099511628211ull;
	return h;
}

static uint64_t hash_value(uint64_t h, const struct netstat_value *v)
{
	h = mix(h, &v->type, sizeof v->type);
	switch (v->type) {
	case NETSTAT_T_STRING:
		return v->v.s ? mix(h, v->v.s, strlen(v->v.s)) : h;
	case NETSTAT_T_ADDRESS:
	case NETSTAT_T_ENDPOINT: {
		const struct netstat_address *a = v->type == NETSTAT_T_ADDRESS
							  ? &v->v.addr
							  : &v->v.ep.addr;
		h = mix(h, &a->family, sizeof a->family);
		h = a->family == NETSTAT_ADDR_TEXT
			    ? (a->text ? mix(h, a->text, strlen(a->text)) : h)
			    : mix(h, a->bytes, sizeof a->bytes);
		return v->type == NETSTAT_T_ENDPOINT
			       ? mix(h, &v->v.ep.port, sizeof v->v.ep.port)
			       : h;
	}
	case NETSTAT_T_STATE:
		return mix(h, &v->v.state.code, sizeof v->v.state.code);
	case NETSTAT_T_PROCESS:
		return mix(h, &v->v.proc.pid, sizeof v->v.proc.pid);
	case NETSTAT_T_PROCESSES:
		for (size_t i = 0; i < v->v.procs.n; i++)
			h = mix(h, &v->v.procs.items[i]->pid,
				sizeof v->v.procs.items[i]->pid);
		return h;
	case NETSTAT_T_UINT_LIST:
		h = mix(h, &v->v.uints.n, sizeof v->v.uints.n);
		return v->v.uints.n
			       ? mix(h, v->v.uints.items,
				     v->v.uints.n * sizeof *v->v.uints.items)
			       : h;
	case NETSTAT_T_STRING_LIST:
		h = mix(h, &v->v.strs.n, sizeof v->v.strs.n);
		for (size_t i = 0; i < v->v.strs.n; i++)
			h = mix(h, v->v.strs.items[i],
				strlen(v->v.strs.items[i]) + 1);
		return h;
	case NETSTAT_T_NULL:
		return h;
	default:
		return mix(h, &v->v, sizeof v->v.u);
	}
}

/* Two states are one group only when their names agree too: a module may
 * give two states one code (the kernel's SS_UNCONNECTED is both a UNIX
 * listener, LISTENING, and an unbound datagram socket, UNCONNECTED). */
static bool same_key(const struct netstat_value *a,
		     const struct netstat_value *b)
{
	if (value_compare(a, b) != 0)
		return false;
	if (a->type != NETSTAT_T_STATE)
		return true;
	const char *na = a->v.state.name ? a->v.state.name : "";
	const char *nb = b->v.state.name ? b->v.state.name : "";
	return strcmp(na, nb) == 0;
}

static bool same_keys(const struct netstat_value *a,
		      const struct netstat_value *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!same_key(&a[i], &b[i]))
			return false;
	return true;
}

static int grow_table(struct query *q)
{
	size_t size = q->table_size ? q->table_size * 2 : 1024;
	size_t *t = calloc(size, sizeof *t);
	if (!t)
		return NETSTAT_ERR_NOMEM;
	for (size_t g = 0; g < q->n_groups; g++) {
		size_t i = q->groups[g].hash & (size - 1);
		while (t[i])
			i = (i + 1) & (size - 1);
		t[i] = g + 1;
	}
	free(q->table);
	q->table = t;
	q->table_size = size;
	return 0;
}

static void count_group(struct query *q, struct view *vw,
			const struct netstat_record *rec)
{
	size_t nk = vw->derived.n_columns - 1;
	struct netstat_value keys[MAX_KEYS];
	uint64_t h = 14695981039346656037ull;
	for (size_t k = 0; k < nk; k++) {
		keys[k] = part_of(rec, vw->from[k]);
		h = hash_value(h, &keys[k]);
	}
	if ((q->n_groups + 1) * 2 > q->table_size && grow_table(q) < 0) {
		q->error = NETSTAT_ERR_NOMEM;
		return;
	}
	size_t i = h & (q->table_size - 1);
	for (; q->table[i]; i = (i + 1) & (q->table_size - 1)) {
		struct group *g = &q->groups[q->table[i] - 1];
		if (g->hash == h && same_keys(g->keys, keys, nk)) {
			g->count++;
			return;
		}
	}
	if (q->n_groups == q->cap_groups) {
		size_t cap = q->cap_groups ? q->cap_groups * 2 : 64;
		struct group *p = realloc(q->groups, cap * sizeof *p);
		if (!p) {
			q->error = NETSTAT_ERR_NOMEM;
			return;
		}
		q->groups = p;
		q->cap_groups = cap;
	}
	struct group *g = &q->groups[q->n_groups];
	for (size_t k = 0; k < nk; k++)
		if (store_copy_value(&q->keys, &g->keys[k], &keys[k]) < 0)
			q->error = NETSTAT_ERR_NOMEM;
	g->count = 1;
	g->hash = h;
	g->first = q->n_groups;
	q->table[i] = ++q->n_groups;
}

/* --- ordering --- */

/* The query being sorted: qsort(3) passes no context. */
static struct query *sorting;
static size_t sorting_keys;

static int by_count_then_keys(const void *pa, const void *pb)
{
	const struct group *a = pa, *b = pb;
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	for (size_t k = 0; k < sorting_keys; k++) {
		int c = value_compare(&a->keys[k], &b->keys[k]);
		if (c)
			return c;
	}
	return a->first < b->first ? -1 : 1;
}

/* The sort keys' columns in one section of the rows being sorted, found
 * by name once per section, not twice per comparison. */
struct sort_columns {
	const struct netstat_section *section;
	struct source_column from[MAX_KEYS];
	bool found[MAX_KEYS];
};
static struct sort_columns sort_columns[MAX_VIEWS];
static size_t n_sort_columns;

/* Where sort key `k` is in `s`; false when `s` has no such column. */
static bool sort_column(const struct netstat_section *s, size_t k,
			struct source_column *from)
{
	struct sort_columns *sc = NULL;
	for (size_t i = 0; i < n_sort_columns && !sc; i++)
		if (sort_columns[i].section == s)
			sc = &sort_columns[i];
	if (!sc && n_sort_columns < MAX_VIEWS) {
		sc = &sort_columns[n_sort_columns++];
		sc->section = s;
		for (size_t j = 0; j < sorting->sort.n; j++)
			sc->found[j] = filter_field_find(
				s, sorting->sort.keys[j].name,
				&sc->from[j].column, &sc->from[j].part);
	}
	if (sc) {
		*from = sc->from[k];
		return sc->found[k];
	}
	return filter_field_find(s, sorting->sort.keys[k].name, &from->column,
				 &from->part);
}

static int by_sort_keys(const void *pa, const void *pb)
{
	const struct netstat_record *a = pa, *b = pb;
	for (size_t k = 0; k < sorting->sort.n; k++) {
		struct source_column fa, fb;
		struct netstat_value va = sort_column(a->section, k, &fa)
						  ? part_of(a, fa)
						  : netstat_v_null();
		struct netstat_value vb = sort_column(b->section, k, &fb)
						  ? part_of(b, fb)
						  : netstat_v_null();
		int c = value_compare(&va, &vb);
		/* Null stays last, whichever the direction. */
		if (c && va.type != NETSTAT_T_NULL &&
		    vb.type != NETSTAT_T_NULL &&
		    sorting->sort.keys[k].descending)
			c = -c;
		if (c)
			return c;
	}
	/* Stable: the store keeps arrival order in memory order. */
	return a < b ? -1 : a > b ? 1 : 0;
}

/* --- the stage --- */

void query_flush(struct query *q, const struct query_sink *sink)
{
	if (!q->held)
		return;
	struct view *vw = view_of(q, q->held);
	q->held = NULL;
	if (!vw)
		return;
	sink->begin(sink->ctx, shown(vw));
	if (q->count) {
		emit_view(vw, sink, &(struct netstat_record){0}, q->counted);
	} else if (q->group.n) {
		sorting_keys = vw->derived.n_columns - 1;
		if (q->n_groups)
			qsort(q->groups, q->n_groups, sizeof *q->groups,
			      by_count_then_keys);
		struct netstat_value v[MAX_VIEW_COLUMNS];
		for (size_t g = 0; g < q->n_groups; g++) {
			memcpy(v, q->groups[g].keys, sorting_keys * sizeof *v);
			v[sorting_keys] = netstat_v_uint(q->groups[g].count);
			struct netstat_record out = {.section = &vw->derived,
						     .values = v,
						     .n_values =
							     sorting_keys + 1};
			sink->emit(sink->ctx, &out);
		}
	} else {
		sorting = q;
		n_sort_columns = 0;
		if (q->rows.n)
			qsort(q->rows.records, q->rows.n,
			      sizeof *q->rows.records, by_sort_keys);
		for (size_t i = 0; i < q->rows.n; i++) {
			struct view *own =
				view_of(q, q->rows.records[i].section);
			emit_view(own ? own : vw, sink, &q->rows.records[i], 0);
		}
	}
	store_clear(&q->rows);
	store_clear(&q->keys);
	q->n_groups = 0;
	q->counted = 0;
	if (q->table)
		memset(q->table, 0, q->table_size * sizeof *q->table);
}

/* Rows of another section end the held one (sections arrive whole). */
static void hold(struct query *q, const struct query_sink *sink,
		 const struct netstat_section *s)
{
	if (q->held && strcmp(q->held->key, s->key) != 0)
		query_flush(q, sink);
	if (!q->held)
		q->held = s;
}

void query_begin(struct query *q, const struct query_sink *sink,
		 const struct netstat_section *section)
{
	if (q->holds) {
		hold(q, sink, section);
		return;
	}
	struct view *vw = view_of(q, section);
	sink->begin(sink->ctx, vw ? shown(vw) : section);
}

void query_emit(struct query *q, const struct query_sink *sink,
		const struct netstat_record *rec)
{
	if (q->filter && !filter_match(q->filter, rec))
		return;
	if (!q->holds) {
		struct view *vw = view_of(q, rec->section);
		if (vw)
			emit_view(vw, sink, rec, 0);
		return;
	}
	hold(q, sink, rec->section);
	if (q->count) {
		q->counted++;
	} else if (q->group.n) {
		struct view *vw = view_of(q, q->held);
		if (vw)
			count_group(q, vw, rec);
	} else if (store_add(&q->rows, rec) < 0) {
		q->error = NETSTAT_ERR_NOMEM;
	}
}

struct filter *query_filter(const struct query *q)
{
	return q ? q->filter : NULL;
}

static bool keys_read(const struct key_list *keys,
		      const struct netstat_section *s, size_t column)
{
	for (size_t k = 0; k < keys->n; k++) {
		size_t col;
		enum field_part part;
		if (filter_field_find(s, keys->keys[k].name, &col, &part) &&
		    col == column)
			return true;
	}
	return false;
}

bool query_reads_column(const struct query *q, const struct netstat_section *s,
			size_t column)
{
	return q && (filter_reads_column(q->filter, s, column) ||
		     keys_read(&q->sort, s, column) ||
		     keys_read(&q->group, s, column) ||
		     keys_read(&q->columns, s, column));
}

bool query_replaces_columns(const struct query *q)
{
	return q && (q->columns.n || q->group.n || q->count);
}

int query_error(const struct query *q)
{
	return q->error;
}

void query_free(struct query *q)
{
	if (!q)
		return;
	filter_free(q->filter);
	for (size_t i = 0; i < q->n_views; i++)
		free(q->views[i]);
	store_clear(&q->rows);
	store_clear(&q->keys);
	free(q->groups);
	free(q->table);
	free(q);
}
