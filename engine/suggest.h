/* "Did you mean": the closest of a set of known words to a misspelt one. It
 * would rather suggest nothing than a far-fetched word; it allocates nothing. */
#ifndef TEASER_SUGGEST_H
#define TEASER_SUGGEST_H

#include <stddef.h>

/* The candidate closest to word, or NULL when none is close enough to be a
 * plausible typo (a transposition, a missing or extra letter, a case slip).
 * NULL candidates (ids that failed to read) are skipped. */
const char *suggest_closest(const char *word, const char *const *candidates, size_t n);

#endif
