/* The per-run context behind the SDK's opaque struct netstat_ctx. */
#ifndef CORE_CONTEXT_H
#define CORE_CONTEXT_H

#include <stdbool.h>

#include <netstat/netstat.h>

struct query;
struct netns_view;

#define CTX_MAX_COLUMNS 128
#define CTX_MAX_SECTIONS 64

struct netstat_ctx {
	struct netstat_ctx_public pub; /* what modules see; first */
	const struct netstat_request *req;
	const struct netstat_format *format;
	void *format_state;
	const char *format_name;
	struct netstat_text out; /* buffered stdout */
	int out_fd;
	int write_errno;  /* first failed write(2), 0 if none */
	int format_error; /* first failing format callback, 0 if none */

	/* The section rows currently go to, and its shown columns. */
	const struct netstat_section *current;
	size_t columns[CTX_MAX_COLUMNS];
	size_t n_columns;
	/* Sections whose header this pass already printed (by key). */
	const char *begun[CTX_MAX_SECTIONS];
	size_t n_begun;

	/* --output=FILE (NULL: stdout), and the current pass's temporary
	 * file beside it ("" when none is open). */
	const char *output_path;
	char output_temp[4096];

	bool programs_built; /* -p map built for this pass */
	/* The running source could not open its table (table_open, perror
	 * or a message on stderr said so): an empty section would claim a
	 * table with no rows. */
	bool source_unavailable;
	/* The running source, and whether it began or fed a section other
	 * than its own (then it has said where its rows go). */
	const struct netstat_source *source;
	bool source_elsewhere;
	struct query *query; /* --filter, --sort...; NULL: none */
	/* --netns, --all-netns: labels sections and rows with their
	 * namespace (netns_view.h); NULL: none. */
	struct netns_view *netns_view;
	/* --rate, --delta: the counter stage before the query; NULL: none.
	 * A muted pass only feeds it (--rate's first sample). */
	struct counters *counters;
	bool muted;
	/* --events: the streaming report's watches; NULL otherwise. */
	struct stream *stream;
};

/* Sets up a context for modules calling `host`, writing to `fd` with the
 * loaded format `format` (its state from init()). */
int ctx_init(struct netstat_ctx *ctx, const struct netstat_host_api *host,
	     const struct netstat_request *req,
	     const struct netstat_module *format, void *format_state, int fd);
void ctx_free(struct netstat_ctx *ctx);

/* Pass boundaries: every -c iteration is one pass. */
void ctx_pass_begin(struct netstat_ctx *ctx);
void ctx_pass_end(struct netstat_ctx *ctx);
/* Forgets which sections printed their header in this pass, so the next
 * record of any section prints it again. */
void ctx_sections_restart(struct netstat_ctx *ctx);
/* The section records of `s` are shown in (netns_view.h). */
const struct netstat_section *
ctx_section_shown(struct netstat_ctx *ctx, const struct netstat_section *s);
/* Writes out everything buffered; 0 or -errno. */
int ctx_flush(struct netstat_ctx *ctx);
/* --output: a pass's temporary file is opened (becoming the output fd)
 * and, after the pass is flushed, renamed over the file. Both return 0,
 * or after a one-line message an exit status (the temporary is gone). */
int ctx_output_open(struct netstat_ctx *ctx);
int ctx_output_commit(struct netstat_ctx *ctx);
/* The run's output status: 0, or after the message on stderr the exit
 * status a failed write or format callback earns. */
int ctx_output_status(struct netstat_ctx *ctx);

/* Builds what a section's records read while they are made (the -p
 * map), before its source lists them. */
void ctx_prepare_section(struct netstat_ctx *ctx,
			 const struct netstat_section *section);

/* The host API's output members. */
void ctx_section_begin(struct netstat_ctx *ctx,
		       const struct netstat_section *section);
void ctx_emit(struct netstat_ctx *ctx, const struct netstat_record *rec);
void ctx_vmessage(struct netstat_ctx *ctx, int stream, const char *fmt,
		  va_list ap);

#endif
