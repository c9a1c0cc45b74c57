/*
 * tsv: a tiny out-of-tree output format for netstat, as an example.
 *
 * One line per row, fields separated by tabs, a "#section" comment line
 * before each section's column keys. It uses only the installed SDK
 * (<netstat/netstat.h>) and stays generic: it sees sections, columns and
 * typed values, never which family produced them.
 */
#include <inttypes.h>
#include <string.h>

#include <netstat/netstat.h>

static const struct netstat_host_api *host;

static int tsv_init(const struct netstat_host_api *h)
{
	/* Refuse a host older than the members we call. */
	if (h->abi_major != NETSTAT_ABI_MAJOR)
		return NETSTAT_ERR_ABI;
	host = h;
	return 0;
}

/* Text with tabs, line ends and other control bytes made visible, so a
 * field can never split a line. */
static void put_text(struct netstat_text *out, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c < 0x20 || c == 0x7f)
			netstat_text_printf(out, "\\x%02x", c);
		else if (c == '\\')
			netstat_text_puts(out, "\\\\");
		else
			netstat_text_append(out, s, 1);
	}
}

static void put_value(struct netstat_ctx *ctx,
		      const struct netstat_request *req,
		      const struct netstat_value *v, struct netstat_text *out)
{
	unsigned numeric = netstat_request_has(req, NETSTAT_REQ_NUMERIC_HOSTS)
				   ? NETSTAT_NAME_NUMERIC
				   : 0;
	switch (v->type) {
	case NETSTAT_T_STRING:
		put_text(out, v->v.s);
		break;
	case NETSTAT_T_INT:
		netstat_text_printf(out, "%" PRId64, v->v.i);
		break;
	case NETSTAT_T_UINT:
		netstat_text_printf(out, "%" PRIu64, v->v.u);
		break;
	case NETSTAT_T_DOUBLE:
		netstat_text_printf(out, "%g", v->v.d);
		break;
	case NETSTAT_T_ADDRESS:
		put_text(out, host->host_name(ctx, &v->v.addr, numeric));
		break;
	case NETSTAT_T_ENDPOINT:
		put_text(out, host->host_name(ctx, &v->v.ep.addr, numeric));
		netstat_text_printf(out, " %" PRIu32, v->v.ep.port);
		break;
	case NETSTAT_T_STATE:
		if (v->v.state.name)
			put_text(out, v->v.state.name);
		else
			netstat_text_printf(out, "%" PRId64, v->v.state.code);
		break;
	case NETSTAT_T_USER:
		netstat_text_printf(out, "%" PRIu32, v->v.uid);
		break;
	case NETSTAT_T_PROCESS:
		netstat_text_printf(out, "%" PRId32 "/", v->v.proc.pid);
		put_text(out, v->v.proc.name ? v->v.proc.name : "");
		break;
	default:
		netstat_text_puts(out, "-"); /* null, timer, future types */
		break;
	}
}

static int tsv_section_begin(struct netstat_ctx *ctx,
			     const struct netstat_request *req,
			     const struct netstat_section *section,
			     const size_t *columns, size_t n_columns,
			     struct netstat_text *out)
{
	netstat_text_printf(out, "#%s\n", section->key);
	for (size_t i = 0; i < n_columns; i++) {
		const char *key = section->columns[columns[i]].key;
		netstat_text_printf(out, "%s%s", i ? "\t" : "", key ? key : "");
	}
	return netstat_text_puts(out, "\n");
}

static int tsv_row(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_record *rec, const size_t *columns,
		   size_t n_columns, struct netstat_text *out)
{
	for (size_t i = 0; i < n_columns; i++) {
		size_t c = columns[i];
		if (i)
			netstat_text_puts(out, "\t");
		if (c < rec->n_values)
			put_value(ctx, req, &rec->values[c], out);
		else
			netstat_text_puts(out, "-");
	}
	return netstat_text_puts(out, "\n");
}

static const struct netstat_format tsv_format = {
	.size = sizeof(struct netstat_format),
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
