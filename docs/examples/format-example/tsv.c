/*
 * tsv: a tiny out-of-tree output format for netstat, as an example.
 *
 * One line per row, fields separated by tabs, a "#section" comment line
 * before each section's column keys. It uses only the installed SDK
 * (<netstat/netstat.h>) and stays generic: it sees sections, columns and
 * typed values, never which family produced them. It keeps no state: the
 * host is reached from each call's context (netstat_ctx_host()).
 */
#include <inttypes.h>
#include <string.h>

#include <netstat/netstat.h>

static int tsv_init(const struct netstat_host_api *host,
		    const struct netstat_option_value *options, void **state)
{
	/* Refuse a host older than the members we call. */
	if (host->abi_major != NETSTAT_ABI_MAJOR)
		return NETSTAT_ERR_ABI;
	return 0; /* no state: *state stays NULL */
}

/* Text with tabs, line ends and other control bytes made visible, so a
 * field can never split a line. Like every append, returns 0 or the
 * buffer's error, which the callbacks hand back to the host. */
static int put_text(struct netstat_text *out, const char *s)
{
	int rc = 0;
	for (; *s && rc == 0; s++) {
		unsigned char c = (unsigned char)*s;
		if (c < 0x20 || c == 0x7f)
			rc = netstat_text_printf(out, "\\x%02x", c);
		else if (c == '\\')
			rc = netstat_text_puts(out, "\\\\");
		else
			rc = netstat_text_append(out, s, 1);
	}
	return rc;
}

static int put_value(struct netstat_ctx *ctx, const struct netstat_request *req,
		     const struct netstat_value *v, struct netstat_text *out)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	unsigned numeric = netstat_request_has(req, NETSTAT_REQ_NUMERIC_HOSTS)
				   ? NETSTAT_NAME_NUMERIC
				   : 0;
	int rc;
	switch (v->type) {
	case NETSTAT_T_STRING:
		return put_text(out, v->v.s);
	case NETSTAT_T_INT:
		return netstat_text_printf(out, "%" PRId64, v->v.i);
	case NETSTAT_T_UINT:
		return netstat_text_printf(out, "%" PRIu64, v->v.u);
	case NETSTAT_T_DOUBLE:
		return netstat_text_printf(out, "%g", v->v.d);
	case NETSTAT_T_ADDRESS:
		return put_text(out, host->host_name(ctx, &v->v.addr, numeric));
	case NETSTAT_T_ENDPOINT:
		rc = put_text(out,
			      host->host_name(ctx, &v->v.ep.addr, numeric));
		return rc ? rc
			  : netstat_text_printf(out, " %" PRIu32, v->v.ep.port);
	case NETSTAT_T_STATE:
		if (v->v.state.name)
			return put_text(out, v->v.state.name);
		return netstat_text_printf(out, "%" PRId64, v->v.state.code);
	case NETSTAT_T_USER:
		return netstat_text_printf(out, "%" PRIu32, v->v.uid);
	case NETSTAT_T_PROCESS:
		rc = netstat_text_printf(out, "%" PRId32 "/", v->v.proc.pid);
		return rc ? rc
			  : put_text(out, v->v.proc.name ? v->v.proc.name : "");
	default:
		return netstat_text_puts(out, "-"); /* null, timer, future */
	}
}

static int tsv_section_begin(struct netstat_ctx *ctx, void *state,
			     const struct netstat_request *req,
			     const struct netstat_section *section,
			     const size_t *columns, size_t n_columns,
			     struct netstat_text *out)
{
	int rc = netstat_text_printf(out, "#%s\n", section->key);
	for (size_t i = 0; i < n_columns && rc == 0; i++) {
		const char *key = section->columns[columns[i]].key;
		rc = netstat_text_printf(out, "%s%s", i ? "\t" : "",
					 key ? key : "");
	}
	return rc ? rc : netstat_text_puts(out, "\n");
}

static int tsv_row(struct netstat_ctx *ctx, void *state,
		   const struct netstat_request *req,
		   const struct netstat_record *rec, const size_t *columns,
		   size_t n_columns, struct netstat_text *out)
{
	int rc = 0;
	for (size_t i = 0; i < n_columns && rc == 0; i++) {
		size_t c = columns[i];
		if (i)
			rc = netstat_text_puts(out, "\t");
		if (rc == 0 && c < rec->n_values)
			rc = put_value(ctx, req, &rec->values[c], out);
		else if (rc == 0)
			rc = netstat_text_puts(out, "-");
	}
	return rc ? rc : netstat_text_puts(out, "\n");
}

static const struct netstat_format tsv_format = {
	.size = sizeof(struct netstat_format),
	/* Shown the structured view's columns, without classic-only ones. */
	.view = NETSTAT_VIEW_STRUCTURED,
	.init = tsv_init,
	.section_begin = tsv_section_begin,
	.row = tsv_row,
};

NETSTAT_MODULE(tsv) = {
	.abi_major = NETSTAT_ABI_MAJOR,
	.abi_minor = NETSTAT_ABI_MINOR,
	.kind = NETSTAT_MODULE_FORMAT,
	.name = "tsv",
	.description = "tab-separated values (example)",
	.format = &tsv_format,
};
