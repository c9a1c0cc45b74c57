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

#define MASQ_MAX_STATUS 4

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
	/* nf_conntrack only (structured, schema 1.4). */
	bool conntrack;
	uint64_t protocol; /* the layer-4 protocol number */
	char state[16];	   /* TCP, SCTP, DCCP: "ESTABLISHED"; "" none */
	uint8_t reply_src[4], reply_dst[4];
	uint32_t reply_sport;
	/* The status words in brackets ("ASSURED", "UNREPLIED"...), in
	 * line order. */
	char status[MASQ_MAX_STATUS][16];
	const char *status_names[MASQ_MAX_STATUS];
	size_t n_status;
	bool has_mark, has_zone, has_use;
	uint64_t mark, zone, use;
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
