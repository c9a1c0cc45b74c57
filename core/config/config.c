/*
 * Interprets the YAML tree as the netstat config (see netstat.yaml(5)):
 * every key is known and checked, so a typo is an error naming the file,
 * line and column rather than a silently ignored setting.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <netstat/error.h>
#include <netstat/request.h>

#include "core/config/config.h"
#include "core/config/yaml_tree.h"

struct reader {
	struct config *cfg;
	const char *name; /* file name for messages */
	char *err;
	size_t err_size;
};

static int problem(struct reader *r, const struct ytree *at, const char *fmt,
		   const char *arg)
{
	char msg[256];
	snprintf(msg, sizeof msg, fmt, arg);
	snprintf(r->err, r->err_size, "%s:%zu:%zu: %s", r->name,
		 at ? at->line : 1, at ? at->column : 1, msg);
	return NETSTAT_ERR_CONFIG;
}

static int want_scalar(struct reader *r, const struct ytree *t, const char *key)
{
	if (t->kind != YTREE_SCALAR)
		return problem(r, t, "`%s' must be a single value", key);
	return 0;
}

static int read_bool(struct reader *r, const struct ytree *t, const char *key,
		     bool *out)
{
	if (want_scalar(r, t, key) < 0)
		return NETSTAT_ERR_CONFIG;
	if (!strcmp(t->text, "true") || !strcmp(t->text, "yes"))
		*out = true;
	else if (!strcmp(t->text, "false") || !strcmp(t->text, "no"))
		*out = false;
	else
		return problem(r, t, "`%s' must be true or false", key);
	return 0;
}

/* Reads a sequence of scalars into a fresh array. */
static int read_list(struct reader *r, const struct ytree *t, const char *key,
		     char ***out, size_t *n_out)
{
	if (t->kind != YTREE_SEQUENCE)
		return problem(r, t, "`%s' must be a list", key);
	char **list = calloc(t->n_items + 1, sizeof *list);
	if (!list)
		return NETSTAT_ERR_NOMEM;
	for (size_t i = 0; i < t->n_items; i++) {
		if (t->items[i]->kind != YTREE_SCALAR) {
			for (size_t j = 0; j < i; j++)
				free(list[j]);
			free(list);
			return problem(r, t->items[i],
				       "items of `%s' must be single values",
				       key);
		}
		list[i] = strdup(t->items[i]->text);
	}
	*out = list;
	*n_out = t->n_items;
	return 0;
}

static void free_list(char **list, size_t n)
{
	for (size_t i = 0; list && i < n; i++)
		free(list[i]);
	free(list);
}

static struct config_module *find_module(struct config *cfg, const char *name,
					 int kind)
{
	for (size_t i = 0; i < cfg->n_modules; i++)
		if (!strcmp(cfg->modules[i].name, name) &&
		    cfg->modules[i].kind == kind)
			return &cfg->modules[i];
	return NULL;
}

const struct config_module *config_find(const struct config *cfg,
					const char *name, int kind)
{
	return find_module((struct config *)cfg, name, kind);
}

static void free_options(struct config_module *m)
{
	for (size_t i = 0; i < m->n_options; i++) {
		free(m->options[i].key);
		free(m->options[i].value);
		free(m->options[i].origin);
		free(m->options[i].value_origin);
	}
	free(m->options);
	m->options = NULL;
	m->n_options = 0;
}

static char *position(struct reader *r, const struct ytree *t)
{
	char buf[512];
	snprintf(buf, sizeof buf, "%s:%zu:%zu", r->name, t->line, t->column);
	return strdup(buf);
}

/* A module's `options:` map: kept as written, with where each key and
 * value stands, until the module declares what it accepts. A later entry
 * for the same module replaces the whole map. */
static int read_options(struct reader *r, const struct ytree *t,
			struct config_module *m)
{
	if (t->kind != YTREE_MAPPING)
		return problem(r, t, "%s", "`options' must be a mapping");
	free_options(m);
	size_t n = t->n_items / 2;
	m->options = calloc(n ? n : 1, sizeof *m->options);
	if (!m->options)
		return NETSTAT_ERR_NOMEM;
	for (size_t i = 0; i < n; i++) {
		const struct ytree *k = t->items[2 * i],
				   *v = t->items[2 * i + 1];
		if (k->kind != YTREE_SCALAR)
			return problem(r, k, "%s", "keys must be plain text");
		if (v->kind != YTREE_SCALAR)
			return problem(r, v,
				       "option `%s' must be a single value",
				       k->text);
		struct config_option *o = &m->options[m->n_options++];
		o->key = strdup(k->text);
		o->value = strdup(v->text);
		o->origin = position(r, k);
		o->value_origin = position(r, v);
		if (!o->key || !o->value || !o->origin || !o->value_origin)
			return NETSTAT_ERR_NOMEM;
	}
	return 0;
}

/* A module entry; an entry naming an existing module updates it. */
static int read_module(struct reader *r, const struct ytree *t)
{
	if (t->kind != YTREE_MAPPING)
		return problem(r, t, "%s", "a module entry must be a mapping");
	static const char *const keys[] = {"name",     "kind",	     "enabled",
					   "required", "missing_ok", "options"};
	/* ABI 1 configs repeated what each module provides. */
	static const char *const gone[] = {"reports", "defaults", "selectors"};
	for (size_t i = 0; i + 1 < t->n_items; i += 2) {
		const struct ytree *k = t->items[i];
		for (size_t g = 0; g < sizeof gone / sizeof gone[0]; g++)
			if (k->kind == YTREE_SCALAR &&
			    !strcmp(k->text, gone[g]))
				return problem(r, k,
					       "`%s' is no longer read: each "
					       "module declares what it "
					       "provides; remove the key",
					       k->text);
		size_t n = sizeof keys / sizeof keys[0], j;
		for (j = 0; j < n && k->kind == YTREE_SCALAR; j++)
			if (!strcmp(k->text, keys[j]))
				break;
		if (k->kind != YTREE_SCALAR || j == n)
			return problem(r, k, "unknown module key `%s'",
				       k->kind == YTREE_SCALAR ? k->text : "?");
	}
	const struct ytree *name = ytree_get(t, "name");
	const struct ytree *kind = ytree_get(t, "kind");
	if (!name || want_scalar(r, name, "name") < 0)
		return problem(r, t, "%s", "a module needs a `name'");
	for (const char *c = name->text; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') ||
		      *c == '_'))
			return problem(r, name,
				       "module name `%s' may only hold a-z, "
				       "0-9 and _",
				       name->text);
	if (!*name->text)
		return problem(r, name, "%s", "empty module name");
	int k = CONFIG_FAMILY;
	if (kind) {
		if (want_scalar(r, kind, "kind") < 0)
			return NETSTAT_ERR_CONFIG;
		if (!strcmp(kind->text, "family"))
			k = CONFIG_FAMILY;
		else if (!strcmp(kind->text, "format"))
			k = CONFIG_FORMAT;
		else
			return problem(r, kind,
				       "module kind `%s' is not family or "
				       "format",
				       kind->text);
	}

	struct config *cfg = r->cfg;
	struct config_module *m = find_module(cfg, name->text, k);
	if (!m) {
		struct config_module *p =
			realloc(cfg->modules, (cfg->n_modules + 1) * sizeof *p);
		if (!p)
			return NETSTAT_ERR_NOMEM;
		cfg->modules = p;
		m = &cfg->modules[cfg->n_modules++];
		memset(m, 0, sizeof *m);
		m->name = strdup(name->text);
		m->kind = k;
		m->enabled = true;
	}
	char origin[512];
	snprintf(origin, sizeof origin, "%s:%zu", r->name, t->line);
	free(m->origin);
	m->origin = strdup(origin);

	const struct ytree *v;
	if ((v = ytree_get(t, "enabled")) &&
	    read_bool(r, v, "enabled", &m->enabled) < 0)
		return NETSTAT_ERR_CONFIG;
	if ((v = ytree_get(t, "required")) &&
	    read_bool(r, v, "required", &m->required) < 0)
		return NETSTAT_ERR_CONFIG;
	if ((v = ytree_get(t, "missing_ok")) &&
	    read_bool(r, v, "missing_ok", &m->missing_ok) < 0)
		return NETSTAT_ERR_CONFIG;
	if ((v = ytree_get(t, "options")) && read_options(r, v, m) < 0)
		return NETSTAT_ERR_CONFIG;
	return 0;
}

/* plugin_dirs: absolute paths only, appended to earlier files' ones. */
static int read_plugin_dirs(struct reader *r, const struct ytree *v)
{
	char **list;
	size_t n;
	int rc = read_list(r, v, "plugin_dirs", &list, &n);
	if (rc < 0)
		return rc;
	for (size_t j = 0; rc == 0 && j < n; j++)
		if (list[j][0] != '/')
			rc = problem(r, v->items[j],
				     "plugin directory `%s' is not an "
				     "absolute path",
				     list[j]);
	struct config *cfg = r->cfg;
	if (rc == 0 && n == 0) {
		free(list);
		return 0;
	}
	char **all = rc == 0 ? realloc(cfg->plugin_dirs,
				       (cfg->n_plugin_dirs + n) * sizeof *all)
			     : NULL;
	if (!all) {
		free_list(list, n);
		return rc < 0 ? rc : NETSTAT_ERR_NOMEM;
	}
	memcpy(all + cfg->n_plugin_dirs, list, n * sizeof *all);
	cfg->plugin_dirs = all;
	cfg->n_plugin_dirs += n;
	free(list);
	return 0;
}

static int read_root(struct reader *r, const struct ytree *root)
{
	if (!root)
		return 0; /* an empty file changes nothing */
	if (root->kind != YTREE_MAPPING)
		return problem(r, root, "%s",
			       "the configuration must be a mapping");
	struct config *cfg = r->cfg;
	for (size_t i = 0; i + 1 < root->n_items; i += 2) {
		const struct ytree *k = root->items[i], *v = root->items[i + 1];
		if (k->kind != YTREE_SCALAR)
			return problem(r, k, "%s", "keys must be plain text");
		int rc = 0;
		if (!strcmp(k->text, "version")) {
			rc = want_scalar(r, v, "version");
			if (rc == 0 && strcmp(v->text, "1") != 0)
				rc = problem(r, v,
					     "unsupported config version `%s' "
					     "(this netstat reads version 1)",
					     v->text);
		} else if (!strcmp(k->text, "format")) {
			rc = want_scalar(r, v, "format");
			if (rc == 0) {
				free(cfg->format);
				cfg->format = strdup(v->text);
			}
		} else if (!strcmp(k->text, "plugin_dirs")) {
			rc = read_plugin_dirs(r, v);
		} else if (!strcmp(k->text, "allow_writable_modules")) {
			rc = read_bool(r, v, "allow_writable_modules",
				       &cfg->allow_writable_modules);
		} else if (!strcmp(k->text, "modules")) {
			if (v->kind != YTREE_SEQUENCE)
				rc = problem(r, v, "%s",
					     "`modules' must be a list");
			for (size_t j = 0; rc == 0 && j < v->n_items; j++)
				rc = read_module(r, v->items[j]);
		} else {
			rc = problem(r, k, "unknown key `%s'", k->text);
		}
		if (rc < 0)
			return rc;
	}
	return 0;
}

static int load_tree(struct config *cfg, FILE *fp, const char *text, size_t len,
		     const char *name, char *err, size_t err_size)
{
	char msg[256];
	size_t line, column;
	struct ytree *root =
		ytree_parse(fp, text, len, msg, sizeof msg, &line, &column);
	if (!root && line) {
		snprintf(err, err_size, "%s:%zu:%zu: %s", name, line, column,
			 msg);
		return NETSTAT_ERR_CONFIG;
	}
	struct reader r = {
		.cfg = cfg, .name = name, .err = err, .err_size = err_size};
	int rc = read_root(&r, root);
	ytree_free(root);
	return rc;
}

int config_load_string(struct config *cfg, const char *text, size_t len,
		       const char *name, char *err, size_t err_size)
{
	return load_tree(cfg, NULL, text, len, name, err, err_size);
}

static int load_file(struct config *cfg, const char *path, char *err,
		     size_t err_size)
{
	FILE *fp = fopen(path, "r");
	if (!fp) {
		snprintf(err, err_size, "%s: %s", path, strerror(errno));
		return errno == ENOENT ? NETSTAT_ERR_NOTFOUND : NETSTAT_ERR_IO;
	}
	int rc = load_tree(cfg, fp, NULL, 0, path, err, err_size);
	fclose(fp);
	return rc;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The conf.d drop-ins (NAME.yaml) beside the main file, in name order. */
static int load_dropins(struct config *cfg, const char *path, char *err,
			size_t err_size)
{
	char dir[4096];
	const char *slash = strrchr(path, '/');
	int n = slash ? snprintf(dir, sizeof dir, "%.*s/conf.d",
				 (int)(slash - path), path)
		      : snprintf(dir, sizeof dir, "conf.d");
	if (n < 0 || (size_t)n >= sizeof dir)
		return 0;
	DIR *d = opendir(dir);
	if (!d)
		return 0; /* no drop-ins */
	char **names = NULL;
	size_t count = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		size_t len = strlen(de->d_name);
		if (de->d_name[0] == '.' || len < 6 ||
		    strcmp(de->d_name + len - 5, ".yaml") != 0)
			continue;
		char **p = realloc(names, (count + 1) * sizeof *p);
		if (!p)
			break;
		names = p;
		names[count++] = strdup(de->d_name);
	}
	closedir(d);
	if (count) /* names is NULL when conf.d has none */
		qsort(names, count, sizeof *names, by_name);
	int rc = 0;
	for (size_t i = 0; i < count; i++) {
		char file[4096 + 256];
		snprintf(file, sizeof file, "%s/%s", dir, names[i]);
		if (rc == 0)
			rc = load_file(cfg, file, err, err_size);
		free(names[i]);
	}
	free(names);
	return rc;
}

int config_load(struct config *cfg, const char *path, char *err,
		size_t err_size)
{
	int rc = load_file(cfg, path, err, err_size);
	if (rc == 0)
		rc = load_dropins(cfg, path, err, err_size);
	return rc;
}

void config_free(struct config *cfg)
{
	free(cfg->format);
	free_list(cfg->plugin_dirs, cfg->n_plugin_dirs);
	for (size_t i = 0; i < cfg->n_modules; i++) {
		free(cfg->modules[i].name);
		free(cfg->modules[i].origin);
		free_options(&cfg->modules[i]);
	}
	free(cfg->modules);
	memset(cfg, 0, sizeof *cfg);
}
