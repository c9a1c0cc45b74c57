/*
 * Where the socket tables and the routes come from: netlink
 * (sock_diag, rtnetlink) or the /proc text files. The choice is the
 * modules' `backend` option (the host maps NETSTAT_BACKEND onto it). A
 * convenience library (libip_backend.la) of inet and inet6.
 */
#ifndef IP_BACKEND_H
#define IP_BACKEND_H

#include <stdbool.h>

#include <netstat/netstat.h>

/* The option's values, in the order of its choices. */
enum ip_backend {
	IP_BACKEND_AUTO,    /* netlink when it works, quietly /proc if not */
	IP_BACKEND_NETLINK, /* netlink; an unexpected failure is reported */
	IP_BACKEND_PROC,    /* the /proc files only */
};

/* The `backend` option, as inet and inet6 declare it: the object, and its
 * initializer for a module's own array of options. */
extern const struct netstat_option ip_backend_option;
extern const char *const ip_backend_choices[];
#define IP_BACKEND_OPTION                                                      \
	{                                                                      \
		.key = "backend", .type = NETSTAT_OPTION_CHOICE,               \
		.default_value = "auto",                                       \
		.help = "where socket tables and routes come from: netlink "   \
			"where the kernel answers (auto), netlink reporting "  \
			"a failed dump (netlink), or the /proc files (proc)",  \
		.choices = ip_backend_choices,                                 \
	}

/* The choice an option value holds (its init() value). */
enum ip_backend ip_backend_of(const struct netstat_option_value *value);

/* True when the kernel may be asked over netlink: built with libmnl, not
 * told to read /proc, and the proc root is the live kernel's. */
bool ip_backend_netlink(struct netstat_ctx *ctx, enum ip_backend backend);

/* A dump of `what` failed with errno `err` before any row, and /proc will
 * be read instead: says so when netlink was asked for by name. */
void ip_backend_failed(struct netstat_ctx *ctx, enum ip_backend backend,
		       const char *what, int err);

#endif
