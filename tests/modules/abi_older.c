/*
 * A module built for ABI 1.1, with that ABI's descriptor: the first five
 * members keep their place across majors, so the host reads its version
 * and refuses it by name instead of misreading the rest.
 */
#include <stdint.h>

struct abi1_module {
	uint16_t abi_major, abi_minor;
	uint32_t kind;
	const char *name;
	const char *description;
	const void *family, *format;
	const void *reserved[4];
};

extern const struct abi1_module abi_older_LTX_netstat_module;
const struct abi1_module abi_older_LTX_netstat_module = {
	.abi_major = 1,
	.abi_minor = 1,
	.kind = 2,
	.name = "abi_older",
	.description = "built for ABI 1.1",
};
