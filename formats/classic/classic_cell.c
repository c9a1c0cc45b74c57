/* Plain classic rendering of typed values, used when a column has no rule. */
#include <inttypes.h>
#include <string.h>

#include "formats/classic/classic_cell.h"

void classic_cell_default(struct netstat_ctx *ctx,
			  const struct netstat_request *req,
			  const struct netstat_value *v,
			  struct netstat_text *out)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	unsigned numeric_host =
		netstat_request_has(req, NETSTAT_REQ_NUMERIC_HOSTS)
			? NETSTAT_NAME_NUMERIC
			: 0;
	switch (v->type) {
	case NETSTAT_T_STRING:
		netstat_text_put_untrusted(out, v->v.s, strlen(v->v.s));
		break;
	case NETSTAT_T_INT:
		netstat_text_printf(out, "%" PRId64, v->v.i);
		break;
	case NETSTAT_T_UINT:
		netstat_text_printf(out, "%" PRIu64, v->v.u);
		break;
	case NETSTAT_T_DOUBLE:
		netstat_text_printf(out, "%.2f", v->v.d);
		break;
	case NETSTAT_T_ADDRESS:
		netstat_text_puts(
			out, host->host_name(ctx, &v->v.addr, numeric_host));
		break;
	case NETSTAT_T_ENDPOINT: {
		netstat_text_puts(
			out, host->host_name(ctx, &v->v.ep.addr, numeric_host));
		netstat_text_puts(out, ":");
		const char *service = NULL;
		if (v->v.ep.port == 0) {
			service = "*";
		} else if (!netstat_request_has(req,
						NETSTAT_REQ_NUMERIC_PORTS)) {
			service = host->service_name(ctx, v->v.ep.port,
						     v->v.ep.port_table);
		}
		if (service)
			netstat_text_puts(out, service);
		else
			netstat_text_printf(out, "%" PRIu32, v->v.ep.port);
		break;
	}
	case NETSTAT_T_STATE:
		if (v->v.state.name)
			netstat_text_puts(out, v->v.state.name);
		else
			netstat_text_printf(out, "%" PRId64, v->v.state.code);
		break;
	case NETSTAT_T_USER: {
		const char *name = NULL;
		if (!netstat_request_has(req, NETSTAT_REQ_NUMERIC_USERS))
			name = host->user_name(ctx, v->v.uid);
		if (name)
			netstat_text_puts(out, name);
		else
			netstat_text_printf(out, "%" PRIu32, v->v.uid);
		break;
	}
	case NETSTAT_T_PROCESS: {
		/* net-tools keeps "PID/name" to 19 bytes. */
		char pid[16];
		int n = snprintf(pid, sizeof pid, "%" PRId32 "/",
				 v->v.proc.pid);
		size_t room = 19 - (size_t)n;
		size_t len = strlen(v->v.proc.name);
		netstat_text_append(out, pid, (size_t)n);
		/* Escaped after the cut, as net-tools cuts the raw name. */
		netstat_text_put_untrusted(out, v->v.proc.name,
					   len < room ? len : room);
		break;
	}
	case NETSTAT_T_PROCESSES:
		/* "PID/name" of each holder, comma-separated (--columns). */
		for (size_t i = 0; i < v->v.procs.n; i++) {
			const struct netstat_process_entry *e =
				v->v.procs.items[i];
			netstat_text_printf(out, "%s%" PRId32 "/", i ? "," : "",
					    e->pid);
			if (e->name)
				netstat_text_put_untrusted(out, e->name,
							   strlen(e->name));
		}
		break;
	case NETSTAT_T_UINT_LIST:
		for (size_t i = 0; i < v->v.uints.n; i++)
			netstat_text_printf(out, "%s%" PRIu64, i ? "," : "",
					    v->v.uints.items[i]);
		break;
	case NETSTAT_T_STRING_LIST:
		for (size_t i = 0; i < v->v.strs.n; i++) {
			if (i)
				netstat_text_puts(out, ",");
			netstat_text_put_untrusted(out, v->v.strs.items[i],
						   strlen(v->v.strs.items[i]));
		}
		break;
	case NETSTAT_T_TIMER:
		netstat_text_printf(out, "%s (%.2f/%" PRId64 "/%" PRId64 ")",
				    v->v.timer.name ? v->v.timer.name : "unkn",
				    v->v.timer.seconds, v->v.timer.retransmits,
				    v->v.timer.probes);
		break;
	default:
		break;
	}
}
