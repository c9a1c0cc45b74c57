/* Shortest round-trip float text, in a form every reader takes as float. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "formats/common/fmt_number.h"

bool fmt_double(double d, char buf[FMT_DOUBLE_SIZE])
{
	if (!isfinite(d))
		return false;
	char tmp[FMT_DOUBLE_SIZE - 4];
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(tmp, sizeof tmp, "%.*g", prec, d);
		if (strtod(tmp, NULL) == d)
			break;
	}
	/* A host that set LC_NUMERIC must not give us a decimal comma. */
	for (char *p = tmp; *p; p++)
		if (*p == ',')
			*p = '.';
	/* YAML 1.1 needs a dot in a float; keep JSON the same. */
	char *e = strchr(tmp, 'e');
	if (strchr(tmp, '.')) {
		snprintf(buf, FMT_DOUBLE_SIZE, "%s", tmp);
	} else if (e) {
		*e = '\0';
		snprintf(buf, FMT_DOUBLE_SIZE, "%s.0e%s", tmp, e + 1);
	} else {
		snprintf(buf, FMT_DOUBLE_SIZE, "%s.0", tmp);
	}
	return true;
}
