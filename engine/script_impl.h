/* What reading and writing scripted input share (script.c, script_write.c):
 * not for other modules. */
#ifndef TEASER_SCRIPT_IMPL_H
#define TEASER_SCRIPT_IMPL_H

#include <stdbool.h>
#include <stddef.h>

enum { SCRIPT_COORD_MAX = 65535 }; /* the largest x or y of a click or tap */

/* A space or tab: what separates the words of a line. */
bool script_is_blank(char c);

/* The length of the valid UTF-8 sequence at p, or 0 (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF). */
size_t script_utf8_len(const char *p, size_t avail);

#endif
