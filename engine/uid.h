/* A session's stable unique id: 128 random bits from the kernel (getrandom),
 * written as a UUID version 4 ("8-4-4-4-12" lowercase hex). Made once, when a
 * session begins, and kept with it wherever it goes (the recovery file, other
 * stores), so that the same session is known again and never counted twice. */
#ifndef TEASER_UID_H
#define TEASER_UID_H

#include <stdbool.h>

enum { UID_SIZE = 37 }; /* 36 characters and the NUL */

/* A new id in out; false (out "") only when the kernel gives no random bytes. */
bool uid_new(char out[UID_SIZE]);

/* Is s an id as uid_new writes them (any UUID's shape, lowercase)? */
bool uid_valid(const char *s);

#endif
