/* core/services/container.c: cgroup v2 paths to runtime, container id,
 * pod uid and systemd unit. */
#include <string.h>

#include "core/services/container.h"
#include "tests/core/core_suites.h"

#define ID "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
#define POD "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0"
#define POD_ "0f1e2d3c_4b5a_6978_8796_a5b4c3d2e1f0"

static void expect(const char *path, const char *runtime, const char *id,
		   const char *pod, const char *unit, bool named)
{
	struct container_info c;
	ck_assert_msg(container_parse(path, &c) == named, "%s", path);
	if (runtime)
		ck_assert_str_eq(c.runtime, runtime);
	else
		ck_assert_msg(c.runtime == NULL, "%s: runtime %s", path,
			      c.runtime);
	ck_assert_str_eq(c.id, id);
	ck_assert_str_eq(c.pod_uid, pod);
	ck_assert_str_eq(c.unit, unit);
}

START_TEST(docker_scope)
{
	expect("/system.slice/docker-" ID ".scope", "docker", ID, "",
	       "docker-" ID ".scope", true);
	/* Any place in the hierarchy (the test's own cgroup is top level). */
	expect("/docker-" ID ".scope", "docker", ID, "", "", true);
}
END_TEST

START_TEST(docker_cgroupfs)
{
	expect("/docker/" ID, "docker", ID, "", "", true);
	/* A nested cgroup inside the container keeps its id. */
	expect("/docker/" ID "/init", "docker", ID, "", "", true);
	/* 64 hex digits elsewhere are no container. */
	expect("/machine/" ID, NULL, "", "", "", false);
}
END_TEST

START_TEST(other_runtimes)
{
	expect("/machine.slice/libpod-" ID ".scope", "podman", ID, "", "",
	       true);
	expect("/system.slice/crio-" ID ".scope", "crio", ID, "",
	       "crio-" ID ".scope", true);
	expect("/cri-containerd-" ID ".scope", "containerd", ID, "", "", true);
	/* A conmon scope is not the container. */
	expect("/machine.slice/libpod-conmon-" ID ".scope", NULL, "", "", "",
	       false);
}
END_TEST

START_TEST(kubernetes_systemd)
{
	expect("/kubepods.slice/kubepods-burstable.slice/"
	       "kubepods-burstable-pod" POD_ ".slice/cri-containerd-" ID
	       ".scope",
	       "containerd", ID, POD, "", true);
	expect("/kubepods.slice/kubepods-pod" POD_ ".slice", NULL, "", POD, "",
	       true);
}
END_TEST

START_TEST(kubernetes_cgroupfs)
{
	expect("/kubepods/besteffort/pod" POD "/" ID, "cri", ID, POD, "", true);
	/* pod<uid> outside kubepods is a name like any other. */
	expect("/pods/pod" POD, NULL, "", "", "", false);
	/* A malformed uid is no pod. */
	expect("/kubepods/podnot-a-uid/" ID, "cri", ID, "", "", true);
}
END_TEST

START_TEST(systemd_units)
{
	expect("/system.slice/sshd.service", NULL, "", "", "sshd.service",
	       true);
	expect("/user.slice/user-1000.slice/user@1000.service/app.slice/"
	       "foo.service",
	       NULL, "", "", "foo.service", true);
	expect("/user.slice/user-1000.slice/session-2.scope", NULL, "", "",
	       "session-2.scope", true);
	/* Outside system.slice and user.slice a .service is no unit. */
	expect("/init.scope", NULL, "", "", "", false);
	expect("/", NULL, "", "", "", false);
	expect("", NULL, "", "", "", false);
	expect(NULL, NULL, "", "", "", false);
}
END_TEST

START_TEST(near_misses)
{
	/* One digit short, upper case, a wrong suffix. */
	expect("/docker-"
	       "0123456789abcdef0123456789abcdef0123456789abcdef"
	       "0123456789abcde.scope",
	       NULL, "", "", "", false);
	expect("/docker-"
	       "0123456789ABCDEF0123456789abcdef0123456789abcdef"
	       "0123456789abcdef.scope",
	       NULL, "", "", "", false);
	expect("/docker-" ID ".slice", NULL, "", "", "", false);
	expect("//docker//" ID "//", "docker", ID, "", "", true);
}
END_TEST

Suite *suite_container(void)
{
	Suite *s = suite_create("container");
	TCase *tc = tcase_create("paths");
	tcase_add_test(tc, docker_scope);
	tcase_add_test(tc, docker_cgroupfs);
	tcase_add_test(tc, other_runtimes);
	tcase_add_test(tc, kubernetes_systemd);
	tcase_add_test(tc, kubernetes_cgroupfs);
	tcase_add_test(tc, systemd_units);
	tcase_add_test(tc, near_misses);
	suite_add_tcase(s, tc);
	return s;
}
