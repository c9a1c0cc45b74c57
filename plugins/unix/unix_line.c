/* Parsing one line of /proc/net/unix; see unix_line.h. */
#include <string.h>

#include <netstat/parse.h>

#include "plugins/unix/unix_line.h"

bool unix_header_has_inode(const char *header)
{
	return strstr(header, "Inode") != NULL;
}

int unix_line_parse(const char *line, bool with_inode, struct unix_line *out)
{
	const char *p = line;
	uint64_t address;
	uint64_t *hex[] = {&out->refcount, &out->protocol, &out->flags,
			   &out->type, &out->state};
	int n = 0;

	memset(out, 0, sizeof *out);
	if (!netstat_parse_hex(&p, &address) || !netstat_expect(&p, ':'))
		return 0;
	n++;
	for (size_t i = 0; i < sizeof hex / sizeof hex[0]; i++) {
		if (!netstat_parse_hex(&p, hex[i]))
			return n;
		n++;
	}
	if (with_inode) {
		if (!netstat_parse_udec(&p, &out->inode))
			return n;
		out->has_inode = true;
		n++;
	}
	/*
	 * The kernel writes the path as the rest of the line. Keep all of it
	 * (spaces included) for structured formats; the classic cell cuts it
	 * at the first white space as net-tools' %s does.
	 */
	/* scanf's %s skips any C-locale white space, not just blanks. */
	while (netstat_is_space(*p))
		p++;
	if (*p) {
		out->path = p;
		n++;
	}
	return n;
}

bool unix_line_listening(uint64_t state, uint64_t flags)
{
	return state == UNIX_STATE_UNCONNECTED && (flags & UNIX_FLAG_ACC);
}
