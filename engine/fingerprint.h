/* A short fingerprint of some bytes: FNV-1a, 64 bits, as 16 hex digits.
 * To tell things apart again (a scenario's version in the results, a
 * forgotten pseudonym in a tombstone), not a security measure. No I/O. */
#ifndef TEASER_FINGERPRINT_H
#define TEASER_FINGERPRINT_H

#include <stddef.h>

void fingerprint(const void *data, size_t len, char out[17]);

#endif
