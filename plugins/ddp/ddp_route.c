/*
 * AppleTalk routes from /proc/net/atalk_route (reference §4.5). No title,
 * only the column line:
 *
 *   Destination     Gateway         Device          Flags
 *   Default         0000:00         eth0            UG
 *
 * net-tools skips the file's first line, then reads blank-separated words
 * four at a time (target, router, flags, device) regardless of line breaks,
 * and stops when four no longer come; the flags are decimal (atoi).
 */
#include <string.h>

#include "plugins/ddp/ddp_route.h"

#define ROUTE_PATH "net/atalk_route"

enum {
	C_DEST,
	C_GATEWAY,
	C_DEVICE,
	C_FLAGS,
	C_FLAGS_RAW,
	C_FLAG_NAMES,
	C_COUNT
};

/* Words longer than this are cut (net-tools' own buffers would overflow). */
#define WORD_MAX 256

struct words {
	const struct netstat_host_api *host;
	struct netstat_lines *lines;
	const char *p; /* in the current line; NULL before the first */
};

/* Nothing above the column line (the title is for structured formats). */
static void title(struct netstat_ctx *ctx, const struct netstat_request *req,
		  struct netstat_text *out)
{
}

static const struct netstat_column columns[C_COUNT] = {
	[C_DEST] = {.key = "destination",
		    .title = "Destination",
		    .type = NETSTAT_T_ADDRESS,
		    .classic = {.width = 16, .sep = ""}},
	[C_GATEWAY] = {.key = "gateway",
		       .title = "Gateway",
		       .type = NETSTAT_T_ADDRESS,
		       .classic = {.width = 16, .sep = ""}},
	[C_DEVICE] = {.key = "iface",
		      .title = "Device",
		      .type = NETSTAT_T_STRING,
		      .classic = {.width = 16, .sep = ""}},
	[C_FLAGS] = {.key = "flags",
		     .title = "Flags",
		     .type = NETSTAT_T_STRING,
		     .classic = {.sep = ""}},
	/* The flag bits the letters stand for, as the kernel gives them. */
	[C_FLAGS_RAW] = {.key = "flags_raw",
			 .type = NETSTAT_T_UINT,
			 .measure = NETSTAT_MEASURE_ATTRIBUTE,
			 .flags = NETSTAT_COL_STRUCTURED_ONLY},
	/* Schema 1.4: the bits the AppleTalk kernel sets (RTF_UP,
	 * RTF_GATEWAY, RTF_HOST), by name. */
	[C_FLAG_NAMES] = {.key = "flag_names",
			  .type = NETSTAT_T_STRING_LIST,
			  .flags = NETSTAT_COL_STRUCTURED_ONLY},
};

const struct netstat_section ddp_route_section = {
	.key = "ddp_routes",
	.title = "Kernel AppleTalk routing table",
	.order = 0,
	.columns = columns,
	.n_columns = C_COUNT,
	.classic = {.title = title},
};

/* The next word of the stream into buf; false at end of file. */
static bool next_word(struct words *w, char *buf, size_t size)
{
	for (;;) {
		if (w->p) {
			const char *start;
			size_t n = netstat_token(&w->p, &start);
			if (n > 0) {
				if (n >= size)
					n = size - 1;
				memcpy(buf, start, n);
				buf[n] = '\0';
				return true;
			}
		}
		w->p = w->host->lines_next(w->lines, NULL);
		if (!w->p)
			return false;
	}
}

static void emit_row(struct netstat_ctx *ctx, char word[][WORD_MAX])
{
	char flags[32];
	int32_t bits = netstat_atoi(word[2], strlen(word[2]));
	ddp_flags_text((uint32_t)bits, flags, sizeof flags);

	struct netstat_value v[C_COUNT];
	v[C_DEST] = netstat_v_text_address(word[0]);
	v[C_GATEWAY] = netstat_v_text_address(word[1]);
	v[C_DEVICE] = netstat_v_str(word[3]);
	v[C_FLAGS] = netstat_v_str(flags);
	v[C_FLAGS_RAW] = netstat_v_uint((uint32_t)bits);
	static const struct netstat_flag_name names[] = {
		{0x1, "UP"}, {0x2, "GATEWAY"}, {0x4, "HOST"}};
	const char *set[3];
	v[C_FLAG_NAMES] =
		netstat_v_flag_names((uint32_t)bits, names, 3, set, 3);
	struct netstat_record rec = {
		.section = &ddp_route_section,
		.values = v,
		.n_values = C_COUNT,
	};
	netstat_ctx_host(ctx)->emit(ctx, &rec);
}

int ddp_route_list(struct netstat_ctx *ctx, const struct netstat_request *req,
		   const struct netstat_source *src, void *state)
{
	const struct netstat_host_api *host = netstat_ctx_host(ctx);
	struct words w = {.host = host, .p = NULL};
	/* Not table_open()'s rule: net-tools' own words for any failure. */
	int rc = host->lines_open(ctx, ROUTE_PATH, &w.lines);
	if (rc < 0) {
		char shown[256];
		host->message(ctx, NETSTAT_STDERR, "Error opening %s: %s\n",
			      host->proc_display(ctx, ROUTE_PATH, shown,
						 sizeof shown),
			      host->strerror(rc));
		host->message(ctx, NETSTAT_STDERR,
			      "DDP (AppleTalk) not configured on this "
			      "system.\n");
		return NETSTAT_EXIT_UNAVAILABLE;
	}
	host->section_begin(ctx, &ddp_route_section);
	host->lines_next(w.lines, NULL); /* the header */
	char word[4][WORD_MAX];
	for (;;) {
		int i = 0;
		while (i < 4 && next_word(&w, word[i], sizeof word[i]))
			i++;
		if (i < 4)
			break;
		emit_row(ctx, word);
	}
	host->lines_close(w.lines);
	return 0;
}
