/* Module option values; see module_options.h. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/config/module_options.h"
#include "core/privilege.h"

int module_option_find(const struct netstat_module *module, const char *key)
{
	for (size_t i = 0; i < module->n_options; i++)
		if (strcmp(module->options[i].key, key) == 0)
			return (int)i;
	return -1;
}

static int parse_bool(const char *text, bool *out)
{
	static const char *const yes[] = {"true", "yes", "on", "1"};
	static const char *const no[] = {"false", "no", "off", "0"};
	for (size_t i = 0; i < sizeof yes / sizeof yes[0]; i++) {
		if (strcmp(text, yes[i]) == 0)
			return *out = true, 0;
		if (strcmp(text, no[i]) == 0)
			return *out = false, 0;
	}
	return NETSTAT_ERR_USAGE;
}

static int parse_int(const char *text, int64_t *out)
{
	char *end;
	errno = 0;
	long long v = strtoll(text, &end, 10);
	if (end == text || *end || errno)
		return NETSTAT_ERR_USAGE;
	*out = v;
	return 0;
}

int module_option_parse(const struct netstat_option *opt, const char *text,
			struct netstat_option_value *out, char *err,
			size_t err_size)
{
	out->type = opt->type;
	out->s = text;
	switch (opt->type) {
	case NETSTAT_OPTION_BOOL:
		if (parse_bool(text, &out->b) == 0)
			return 0;
		snprintf(err, err_size, "`%s' wants true or false, not `%s'",
			 opt->key, text);
		return NETSTAT_ERR_CONFIG;
	case NETSTAT_OPTION_INT:
		if (parse_int(text, &out->i) == 0 &&
		    (opt->min == opt->max ||
		     (out->i >= opt->min && out->i <= opt->max)))
			return 0;
		if (opt->min == opt->max)
			snprintf(err, err_size,
				 "`%s' wants a whole number, not `%s'",
				 opt->key, text);
		else
			snprintf(err, err_size,
				 "`%s' wants a whole number from %lld to "
				 "%lld, not `%s'",
				 opt->key, (long long)opt->min,
				 (long long)opt->max, text);
		return NETSTAT_ERR_CONFIG;
	case NETSTAT_OPTION_STRING:
		return 0;
	case NETSTAT_OPTION_CHOICE: {
		size_t n = 0, used = 0;
		for (; opt->choices && opt->choices[n]; n++)
			if (strcmp(opt->choices[n], text) == 0) {
				out->i = (int64_t)n;
				out->s = opt->choices[n];
				return 0;
			}
		used = (size_t)snprintf(err, err_size, "`%s' wants one of",
					opt->key);
		for (size_t i = 0; i < n && used < err_size; i++)
			used += (size_t)snprintf(err + used, err_size - used,
						 "%s %s", i ? "," : "",
						 opt->choices[i]);
		if (used < err_size)
			snprintf(err + used, err_size - used, ", not `%s'",
				 text);
		return NETSTAT_ERR_CONFIG;
	}
	default:
		snprintf(err, err_size, "`%s' has an unknown option type %u",
			 opt->key, opt->type);
		return NETSTAT_ERR_CONFIG;
	}
}

/* NETSTAT_<KEY>: the key upper-cased, other characters as '_'. */
static const char *env_override(const char *key, char *name, size_t size)
{
	size_t n = (size_t)snprintf(name, size, "NETSTAT_");
	for (const char *k = key; *k && n + 1 < size; k++)
		name[n++] = isalnum((unsigned char)*k)
				    ? (char)toupper((unsigned char)*k)
				    : '_';
	name[n] = '\0';
	return privilege_getenv(name);
}

int module_options_defaults(const struct netstat_module *module,
			    struct netstat_option_value *out, char *err,
			    size_t err_size)
{
	if (module->n_options > MODULE_OPTIONS_MAX ||
	    (module->n_options && !module->options)) {
		snprintf(err, err_size,
			 "module `%s' declares %zu options (at most %d)",
			 module->name, module->n_options, MODULE_OPTIONS_MAX);
		return NETSTAT_ERR_LOAD;
	}
	char why[512];
	for (size_t i = 0; i < module->n_options; i++) {
		const struct netstat_option *o = &module->options[i];
		const char *text = o->default_value ? o->default_value : "";
		if (module_option_parse(o, text, &out[i], why, sizeof why) <
		    0) {
			snprintf(err, err_size,
				 "module `%s': bad default of option %s",
				 module->name, why);
			return NETSTAT_ERR_LOAD;
		}
		out[i].configured = false;
	}
	return 0;
}

int module_options_resolve(const struct netstat_module *module,
			   const struct config_module *entry,
			   struct netstat_option_value *out, char *err,
			   size_t err_size)
{
	int rc = module_options_defaults(module, out, err, err_size);
	if (rc < 0)
		return rc;
	char why[512];
	for (size_t c = 0; entry && c < entry->n_options; c++) {
		const struct config_option *co = &entry->options[c];
		int i = module_option_find(module, co->key);
		if (i < 0) {
			int used = snprintf(err, err_size,
					    "%s: module `%s' has no option "
					    "`%s'",
					    co->origin, module->name, co->key);
			const char *sep = " (it has:";
			for (size_t k = 0; k < module->n_options && used > 0 &&
					   (size_t)used < err_size;
			     k++, sep = ",")
				used += snprintf(
					err + used, err_size - (size_t)used,
					"%s %s", sep, module->options[k].key);
			if (used > 0 && (size_t)used < err_size)
				snprintf(err + used, err_size - (size_t)used,
					 "%s",
					 module->n_options
						 ? ")"
						 : " (it takes none)");
			return NETSTAT_ERR_CONFIG;
		}
		if (module_option_parse(&module->options[i], co->value, &out[i],
					why, sizeof why) < 0) {
			snprintf(err, err_size, "%s: %s", co->value_origin,
				 why);
			return NETSTAT_ERR_CONFIG;
		}
		out[i].configured = true;
	}
	for (size_t i = 0; i < module->n_options; i++) {
		char name[128];
		const char *v =
			env_override(module->options[i].key, name, sizeof name);
		if (!v)
			continue;
		if (module_option_parse(&module->options[i], v, &out[i], why,
					sizeof why) < 0) {
			snprintf(err, err_size, "environment %s: %s", name,
				 why);
			return NETSTAT_ERR_CONFIG;
		}
		out[i].configured = true;
	}
	return 0;
}
