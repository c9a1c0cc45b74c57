/*
 * What a cgroup v2 path says about the process in it: the container
 * runtime and id, the Kubernetes pod, the systemd unit. Read from the
 * path alone (the `0::` line of /proc/PID/cgroup); no daemon is asked.
 * Family-blind, with a plain C interface, for every part of the host
 * that labels processes or namespaces.
 */
#ifndef CORE_CONTAINER_H
#define CORE_CONTAINER_H

#include <stdbool.h>

#define CONTAINER_ID_LEN 64
#define CONTAINER_POD_UID_LEN 36
#define CONTAINER_UNIT_MAX 256

struct container_info {
	/* "docker", "podman", "containerd", "crio", or "cri" (a bare id
	 * under a kubepods cgroup, the runtime unsaid); NULL: none. */
	const char *runtime;
	char id[CONTAINER_ID_LEN + 1];		 /* "": none */
	char pod_uid[CONTAINER_POD_UID_LEN + 1]; /* "": none; with dashes */
	char unit[CONTAINER_UNIT_MAX];		 /* "": none */
};

/*
 * Fills `out` from cgroup path `path` ("/system.slice/docker-<id>.scope").
 * The innermost container component wins. Returns true when the path
 * names anything (a container, a pod or a unit).
 */
bool container_parse(const char *path, struct container_info *out);

#endif
