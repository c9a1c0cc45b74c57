/*
 * The masquerade family: -M. net-tools reads the Linux 2.2 table
 * /proc/net/ip_masquerade; when it is absent we list the source-NATed
 * connections of /proc/net/nf_conntrack in the same columns (a deliberate
 * improvement, docs/compat.md).
 */
#ifndef MASQ_H
#define MASQ_H

#include <stdbool.h>
#include <stdint.h>

#include <netstat/netstat.h>

/* One masqueraded connection. */
struct masq_entry {
	char proto[8]; /* lower case: "tcp" */
	uint8_t src[4], dst[4];
	uint32_t sport, dport, mport;
	uint64_t initseq;
	int64_t delta, pdelta;
	bool has_seq; /* initseq/delta known (ip_masquerade) */
	bool has_pdelta;
	uint64_t expires; /* 1/100 s */
};

/* Parse results of one ip_masquerade line. */
enum masq_parse {
	MASQ_OK = 0,
	MASQ_FORMAT = -1,  /* wrong field count */
	MASQ_UNKNOWN = -2, /* unknown protocol word */
};

/* masq_parse.c */
int masq_parse_line(const char *line, bool pdelta, struct masq_entry *e);
/* One nf_conntrack line: true when it is a source-NATed IPv4 flow. */
bool masq_parse_conntrack(const char *line, struct masq_entry *e);

#endif
