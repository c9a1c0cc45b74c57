/* Fuzz harness: the YAML config reader (libyaml events, tree, checks). */
#include <string.h>

#include "core/config/config.h"
#include "tests/fuzz/fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config cfg;
	char err[1024];
	memset(&cfg, 0, sizeof cfg);
	int rc = config_load_string(&cfg, (const char *)data, size, "fuzz.yaml",
				    err, sizeof err);
	/* A failure always says where and what. */
	if (rc < 0 && strncmp(err, "fuzz.yaml:", 10) != 0)
		__builtin_trap();
	if (rc == 0)
		for (size_t i = 0; i < cfg.n_modules; i++)
			(void)config_find(&cfg, cfg.modules[i].name,
					  cfg.modules[i].kind);
	config_free(&cfg);
	return 0;
}
