/* Column and number reading shared by the legacy route tables. */
#include <stdlib.h>
#include <string.h>

#include "plugins/legacy_common/legacy.h"

static bool is_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

int32_t legacy_atoi(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && is_space(s[i]))
		i++;
	bool neg = false;
	if (i < n && (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	uint64_t mag = 0;
	bool over = false;
	for (; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
		uint64_t d = (uint64_t)(s[i] - '0');
		if (mag > (UINT64_MAX - d) / 10)
			over = true;
		else
			mag = mag * 10 + d;
	}
	/* strtol's saturation, then the int conversion atoi does. */
	uint64_t bits;
	if (neg)
		bits = over || mag > (uint64_t)INT64_MAX + 1
			       ? (uint64_t)INT64_MIN
			       : 0 - mag;
	else
		bits = over || mag > (uint64_t)INT64_MAX ? (uint64_t)INT64_MAX
							 : mag;
	return (int32_t)(uint32_t)bits;
}

int32_t legacy_atoi_at(const char *line, size_t len, size_t col)
{
	return col < len ? legacy_atoi(line + col, len - col) : 0;
}

bool legacy_blank(const char *line, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!is_space(line[i]))
			return false;
	return true;
}

void legacy_perror(const struct netstat_host_api *host, struct netstat_ctx *ctx,
		   const char *path, int err)
{
	char shown[256];
	host->message(ctx, NETSTAT_STDERR, "%s: %s\n",
		      host->proc_display(ctx, path, shown, sizeof shown),
		      host->errno_text(err));
}

void legacy_put_left(struct netstat_text *out, const char *s, size_t width)
{
	size_t before = out->len;
	netstat_text_put_untrusted(out, s, strlen(s));
	size_t n = out->len - before;
	if (n < width)
		netstat_text_fill(out, ' ', width - n);
}

void *legacy_vec_push(struct legacy_vec *v)
{
	if (v->n == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 16;
		void *p = realloc(v->items, cap * v->size);
		if (!p)
			return NULL;
		v->items = p;
		v->cap = cap;
	}
	char *slot = (char *)v->items + v->n++ * v->size;
	memset(slot, 0, v->size);
	return slot;
}

void legacy_vec_free(struct legacy_vec *v)
{
	free(v->items);
	v->items = NULL;
	v->n = v->cap = 0;
}
