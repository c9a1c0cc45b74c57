/* Module provides and the per-directory module index; see module_index.h. */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/loader/module_index.h"

/* Appends `word` to the comma list `list` unless it is there already. */
static void list_add(char *list, size_t size, const char *word)
{
	size_t n = strlen(word), len = strlen(list);
	for (const char *p = list; *p;) {
		const char *comma = strchr(p, ',');
		size_t l = comma ? (size_t)(comma - p) : strlen(p);
		if (l == n && strncmp(p, word, n) == 0)
			return;
		p += l + (comma ? 1 : 0);
	}
	if (len + n + 2 > size)
		return;
	if (len)
		list[len++] = ',';
	memcpy(list + len, word, n + 1);
}

static bool list_has(const char *list, const char *word)
{
	size_t n = strlen(word);
	for (const char *p = list; *p;) {
		const char *comma = strchr(p, ',');
		size_t l = comma ? (size_t)(comma - p) : strlen(p);
		if (l == n && strncmp(p, word, n) == 0)
			return true;
		p += l + (comma ? 1 : 0);
	}
	return false;
}

void module_provides_of(const struct netstat_module *m, const char *file,
			const struct stat *st, struct module_provides *out)
{
	memset(out, 0, sizeof *out);
	snprintf(out->name, sizeof out->name, "%s", m->name ? m->name : "");
	snprintf(out->file, sizeof out->file, "%s", file ? file : "");
	out->kind = m->kind;
	if (st) {
		out->size = (int64_t)st->st_size;
		out->mtime_sec = (int64_t)st->st_mtim.tv_sec;
		out->mtime_nsec = (int64_t)st->st_mtim.tv_nsec;
	}
	for (size_t i = 0; i < m->n_options; i++)
		list_add(out->options, sizeof out->options, m->options[i].key);
	if (m->kind != NETSTAT_MODULE_FAMILY || !m->family)
		return;
	for (size_t i = 0; i < m->family->n_sources; i++) {
		const struct netstat_source *s = &m->family->sources[i];
		if (s->report >= NETSTAT_REPORT_COUNT)
			continue;
		out->reports |= 1u << s->report;
		if (s->flags & NETSTAT_SOURCE_DEFAULT)
			out->defaults |= 1u << s->report;
		if (s->selector)
			list_add(out->selectors, sizeof out->selectors,
				 s->selector);
		if (s->family)
			list_add(out->selectors, sizeof out->selectors,
				 s->family);
	}
}

bool module_provides_wanted(const struct module_provides *p,
			    const struct netstat_request *req)
{
	if (p->kind != NETSTAT_MODULE_FAMILY ||
	    !(p->reports & (1u << req->report)))
		return false;
	bool default_listing = req->report == NETSTAT_REPORT_CONNECTIONS
				       ? req->explicit_count == 0
				       : !(req->families && *req->families);
	/* Nothing named: only modules with a part in the default run. */
	if (default_listing)
		return (p->defaults & (1u << req->report)) != 0;
	for (unsigned i = 0; i < req->n_selected; i++)
		if (list_has(p->selectors, req->selected[i]))
			return true;
	return false;
}

bool module_provides_option(const struct module_provides *p, const char *key)
{
	return list_has(p->options, key);
}

/*
 * One line per module, fields separated by single spaces:
 *   NAME KIND FILE SIZE MTIME_SEC MTIME_NSEC REPORTS:DEFAULTS SELECTORS OPTIONS
 * REPORTS and DEFAULTS are hexadecimal bit masks of enum netstat_report;
 * SELECTORS and OPTIONS comma lists, "-" when empty. '#' starts a comment line.
 */
static bool parse_word(char **p, char *buf, size_t size)
{
	char *start = *p;
	while (**p && **p != ' ' && **p != '\n')
		(*p)++;
	size_t n = (size_t)(*p - start);
	if (n == 0 || n >= size)
		return false;
	memcpy(buf, start, n);
	buf[n] = '\0';
	if (**p == ' ')
		(*p)++;
	return true;
}

static bool parse_entry(char *line, struct module_provides *e)
{
	char kind[16], num[4][32];
	memset(e, 0, sizeof *e);
	char *p = line;
	if (!parse_word(&p, e->name, sizeof e->name) ||
	    !parse_word(&p, kind, sizeof kind) ||
	    !parse_word(&p, e->file, sizeof e->file))
		return false;
	for (int i = 0; i < 4; i++)
		if (!parse_word(&p, num[i], sizeof num[i]))
			return false;
	if (!parse_word(&p, e->selectors, sizeof e->selectors) ||
	    !parse_word(&p, e->options, sizeof e->options) || *p != '\0')
		return false;
	e->kind = !strcmp(kind, "family")   ? NETSTAT_MODULE_FAMILY
		  : !strcmp(kind, "format") ? NETSTAT_MODULE_FORMAT
					    : 0;
	char *end;
	e->size = strtoll(num[0], &end, 10);
	e->mtime_sec = strtoll(num[1], &end, 10);
	e->mtime_nsec = strtoll(num[2], &end, 10);
	unsigned long masks = strtoul(num[3], &end, 16);
	if (*end != ':')
		return false;
	e->reports = (unsigned)masks;
	e->defaults = (unsigned)strtoul(end + 1, &end, 16);
	if (*end)
		return false;
	if (!strcmp(e->selectors, "-"))
		e->selectors[0] = '\0';
	if (!strcmp(e->options, "-"))
		e->options[0] = '\0';
	return e->kind != 0;
}

void module_index_read(struct module_index *idx, const char *dir)
{
	memset(idx, 0, sizeof *idx);
	char path[4096 + 32];
	snprintf(path, sizeof path, "%s/%s", dir, MODULE_INDEX_FILE);
	FILE *fp = fopen(path, "re");
	if (!fp)
		return;
	char line[2 * MODULE_INDEX_LIST_MAX + 256];
	while (fgets(line, sizeof line, fp)) {
		size_t n = strlen(line);
		if (n && line[n - 1] == '\n')
			line[--n] = '\0';
		if (!n || line[0] == '#')
			continue;
		struct module_provides e;
		if (!parse_entry(line, &e))
			continue; /* that module is then opened to learn it */
		struct module_provides *p =
			realloc(idx->entries, (idx->n + 1) * sizeof *p);
		if (!p)
			break;
		idx->entries = p;
		idx->entries[idx->n++] = e;
	}
	fclose(fp);
}

void module_index_free(struct module_index *idx)
{
	free(idx->entries);
	memset(idx, 0, sizeof *idx);
}

const struct module_provides *module_index_fresh(const struct module_index *idx,
						 const char *name,
						 const char *file,
						 const struct stat *st)
{
	for (size_t i = 0; i < idx->n; i++) {
		const struct module_provides *e = &idx->entries[i];
		if (!strcmp(e->name, name) && !strcmp(e->file, file) &&
		    e->size == (int64_t)st->st_size &&
		    e->mtime_sec == (int64_t)st->st_mtim.tv_sec &&
		    e->mtime_nsec == (int64_t)st->st_mtim.tv_nsec)
			return e;
	}
	return NULL;
}

int module_index_write(const char *dir, const struct module_provides *entries,
		       size_t n)
{
	char path[4096 + 32], tmp[4096 + 48];
	snprintf(path, sizeof path, "%s/%s", dir, MODULE_INDEX_FILE);
	snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
	FILE *fp = fopen(tmp, "we");
	if (!fp)
		return -errno;
	fprintf(fp, "# What each module provides, read from the modules "
		    "themselves by\n# netstat-module-index; written anew on "
		    "every install. Do not edit.\n");
	for (size_t i = 0; i < n; i++) {
		const struct module_provides *e = &entries[i];
		fprintf(fp,
			"%s %s %s %" PRId64 " %" PRId64 " %" PRId64
			" %x:%x %s %s\n",
			e->name,
			e->kind == NETSTAT_MODULE_FAMILY ? "family" : "format",
			e->file, e->size, e->mtime_sec, e->mtime_nsec,
			e->reports, e->defaults,
			e->selectors[0] ? e->selectors : "-",
			e->options[0] ? e->options : "-");
	}
	int rc = ferror(fp) ? NETSTAT_ERR_IO : 0;
	if (fclose(fp) != 0 && rc == 0)
		rc = -errno;
	if (rc == 0 && rename(tmp, path) != 0)
		rc = -errno;
	if (rc < 0)
		unlink(tmp);
	return rc;
}
