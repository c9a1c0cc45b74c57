/* See container.h. The path is read component by component. */
#include <string.h>

#include "core/services/container.h"

static bool is_hex(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
			return false;
	}
	return true;
}

static bool ends_with(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);
	return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

static bool starts_with(const char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);
	return n >= k && memcmp(s, prefix, k) == 0;
}

/* Systemd scopes of the runtimes: PREFIX<64 hex>.scope. */
static const struct {
	const char *prefix, *runtime;
} scopes[] = {
	{"docker-", "docker"},
	{"libpod-", "podman"},
	{"cri-containerd-", "containerd"},
	{"crio-", "crio"},
};

static bool scope_id(const char *c, size_t n, struct container_info *out)
{
	for (size_t i = 0; i < sizeof scopes / sizeof scopes[0]; i++) {
		size_t k = strlen(scopes[i].prefix);
		if (n != k + CONTAINER_ID_LEN + strlen(".scope") ||
		    !starts_with(c, n, scopes[i].prefix) ||
		    !ends_with(c, n, ".scope") ||
		    !is_hex(c + k, CONTAINER_ID_LEN))
			continue;
		out->runtime = scopes[i].runtime;
		memcpy(out->id, c + k, CONTAINER_ID_LEN);
		out->id[CONTAINER_ID_LEN] = '\0';
		return true;
	}
	return false;
}

/* A pod uid of 36 characters, dashes or (systemd's escaping) underscores
 * between hex digits; written with dashes. */
static bool pod_uid(const char *s, size_t n, struct container_info *out)
{
	if (n != CONTAINER_POD_UID_LEN)
		return false;
	char uid[CONTAINER_POD_UID_LEN + 1];
	for (size_t i = 0; i < n; i++) {
		char c = s[i] == '_' ? '-' : s[i];
		bool dash = i == 8 || i == 13 || i == 18 || i == 23;
		if (dash ? c != '-' : !is_hex(&c, 1))
			return false;
		uid[i] = c;
	}
	uid[n] = '\0';
	memcpy(out->pod_uid, uid, sizeof uid);
	return true;
}

/* kubepods-burstable-pod<uid>.slice (systemd) or pod<uid> (cgroupfs). */
static void pod_component(const char *c, size_t n, bool in_kubepods,
			  struct container_info *out)
{
	if (starts_with(c, n, "kubepods") && ends_with(c, n, ".slice")) {
		const char *p = NULL;
		for (const char *q = c; q + 4 <= c + n; q++)
			if (memcmp(q, "-pod", 4) == 0)
				p = q + 4;
		if (p)
			pod_uid(p, (size_t)(c + n - strlen(".slice") - p), out);
	} else if (in_kubepods && starts_with(c, n, "pod")) {
		pod_uid(c + 3, n - 3, out);
	}
}

bool container_parse(const char *path, struct container_info *out)
{
	memset(out, 0, sizeof *out);
	bool in_kubepods = false, in_slice = false, first = true;
	const char *prev = NULL;
	size_t prev_n = 0;
	const char *p = path ? path : "";
	while (*p) {
		while (*p == '/')
			p++;
		const char *c = p;
		while (*p && *p != '/')
			p++;
		size_t n = (size_t)(p - c);
		if (!n)
			break;
		if (first)
			in_slice =
				(n == 12 && !memcmp(c, "system.slice", 12)) ||
				(n == 10 && !memcmp(c, "user.slice", 10));
		first = false;
		if (starts_with(c, n, "kubepods"))
			in_kubepods = true;
		pod_component(c, n, in_kubepods, out);
		if (!scope_id(c, n, out) && n == CONTAINER_ID_LEN &&
		    is_hex(c, n)) {
			/* cgroupfs drivers: /docker/<id>, /kubepods/.../<id>.
			 */
			bool docker = prev_n == 6 && !memcmp(prev, "docker", 6);
			if (docker || in_kubepods) {
				out->runtime = docker ? "docker" : "cri";
				memcpy(out->id, c, n);
				out->id[n] = '\0';
			}
		}
		if (in_slice && n < CONTAINER_UNIT_MAX &&
		    (ends_with(c, n, ".service") ||
		     ends_with(c, n, ".scope"))) {
			memcpy(out->unit, c, n);
			out->unit[n] = '\0';
		}
		prev = c;
		prev_n = n;
	}
	return out->runtime || out->pod_uid[0] || out->unit[0];
}
