/* Route flag letters of the AppleTalk table. */
#include <string.h>

#include "plugins/ddp/ddp_route.h"

void ddp_flags_text(uint32_t flags, char *buf, size_t size)
{
	/* net-tools' order; "!" (reject) follows U and G here. */
	static const struct {
		uint32_t bit;
		char letter;
	} letters[] = {
		{0x1, 'U'},	   {0x2, 'G'},	     {0x200, '!'},
		{0x4, 'H'},	   {0x8, 'R'},	     {0x10, 'D'},
		{0x20, 'M'},	   {0x10000, 'd'},   {0x20000, 'a'},
		{0x40000, 'c'},	   {0x200000, 'o'},  {0x400000, 'e'},
		{0x1000000, 'c'},  {0x2000000, 'f'}, {0x4000000, 'p'},
		{0x80000000, 'l'}, {0x40, 'u'},	     {0x80, 'w'},
		{0x100, 'i'},	   {0x400, 'n'},
	};
	size_t n = 0;
	for (size_t i = 0; i < sizeof letters / sizeof letters[0]; i++)
		if ((flags & letters[i].bit) && n + 1 < size)
			buf[n++] = letters[i].letter;
	if (size)
		buf[n] = '\0';
}
