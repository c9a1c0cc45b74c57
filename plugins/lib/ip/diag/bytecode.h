/*
 * An INET_DIAG_REQ_BYTECODE program for the port ranges a --filter allows
 * (host->filter_port_ranges): the kernel then dumps only sockets whose
 * local port is in one of the local ranges and whose remote port is in
 * one of the remote ones. The host still evaluates the whole filter on
 * every row, so the program only has to be a superset.
 */
#ifndef IP_DIAG_BYTECODE_H
#define IP_DIAG_BYTECODE_H

#include <stddef.h>
#include <stdint.h>

/* Most ranges per end a program holds (each takes 20 bytes). */
#define IP_BYTECODE_MAX_RANGES 8
#define IP_BYTECODE_MAX_LEN (2 * IP_BYTECODE_MAX_RANGES * 20)

/* Writes the program to `out` (IP_BYTECODE_MAX_LEN bytes) and returns its
 * length; 0 when neither end has a range (no program needed). */
size_t ip_bytecode_ports(const uint32_t (*local)[2], size_t n_local,
			 const uint32_t (*remote)[2], size_t n_remote,
			 void *out);

#endif
