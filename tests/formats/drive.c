/* See drive.h. The call order follows core/run/output.c. */
#include <string.h>

#include "core/config/module_options.h"
#include "core/run/columns.h"
#include "tests/formats/drive.h"

/* Keeps the first failure, as the host does. */
static void note(struct drive *d, int rc)
{
	if (rc < 0 && d->rc == 0)
		d->rc = rc;
}

int drive_open(struct drive *d, const struct netstat_module *module,
	       struct netstat_ctx *ctx, const struct netstat_request *req,
	       struct netstat_text *out, const char *const *options)
{
	memset(d, 0, sizeof *d);
	d->format = module->format;
	d->ctx = ctx;
	d->req = req;
	d->out = out;
	struct netstat_option_value values[MODULE_OPTIONS_MAX];
	char err[512];
	int rc = module_options_defaults(module, values, err, sizeof err);
	for (size_t i = 0; rc == 0 && options && options[i]; i += 2) {
		int k = module_option_find(module, options[i]);
		if (k < 0)
			return NETSTAT_ERR_CONFIG;
		rc = module_option_parse(&module->options[k], options[i + 1],
					 &values[k], err, sizeof err);
		values[k].configured = true;
	}
	if (rc == 0 && d->format->init)
		rc = d->format->init(netstat_ctx_host(ctx), values, &d->state);
	return rc;
}

static void close_current(struct drive *d)
{
	if (d->current && d->format->section_end)
		note(d, d->format->section_end(d->ctx, d->state, d->req,
					       d->current, d->out));
	d->current = NULL;
}

void drive_pass_begin(struct drive *d)
{
	d->n_begun = 0;
	d->current = NULL;
	if (d->format->pass_begin)
		note(d,
		     d->format->pass_begin(d->ctx, d->state, d->req, d->out));
}

void drive_section_begin(struct drive *d, const struct netstat_section *s)
{
	if (d->current && strcmp(d->current->key, s->key) == 0)
		return;
	close_current(d);
	d->n_columns = columns_shown(s, d->req, d->format->view, d->columns,
				     DRIVE_MAX_COLUMNS);
	d->current = s;
	for (size_t i = 0; i < d->n_begun; i++)
		if (strcmp(d->begun[i], s->key) == 0)
			return; /* a revisit: rows only */
	if (d->n_begun < DRIVE_MAX_SECTIONS)
		d->begun[d->n_begun++] = s->key;
	if (d->format->section_begin)
		note(d, d->format->section_begin(d->ctx, d->state, d->req, s,
						 d->columns, d->n_columns,
						 d->out));
}

void drive_emit(struct drive *d, const struct netstat_record *rec)
{
	drive_section_begin(d, rec->section);
	note(d, d->format->row(d->ctx, d->state, d->req, rec, d->columns,
			       d->n_columns, d->out));
}

void drive_pass_end(struct drive *d)
{
	close_current(d);
	if (d->format->pass_end)
		note(d, d->format->pass_end(d->ctx, d->state, d->req, d->out));
}

void drive_close(struct drive *d)
{
	if (d->format && d->format->fini)
		d->format->fini(d->state);
	d->format = NULL;
	d->state = NULL;
}
