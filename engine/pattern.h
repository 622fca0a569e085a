/* The patterns a form error's `match` may use: a subset of POSIX extended
 * regular expressions (no back references, small counts, shallow nesting),
 * compiled into an automaton of at most PATTERN_MAX_STEPS steps and matched
 * against a text of at most PATTERN_MAX_INPUT bytes in time proportional to
 * the two: never more than (PATTERN_MAX_INPUT + 1) x PATTERN_MAX_STEPS step
 * visits, whatever the pattern. Never prints; allocates nothing. */
#ifndef TEASER_PATTERN_H
#define TEASER_PATTERN_H

#include <stdbool.h>

enum {
    PATTERN_MAX_BYTES = 200, /* the pattern as written */
    PATTERN_MAX_DEPTH = 5,   /* parentheses inside parentheses */
    PATTERN_MAX_COUNT = 100, /* the largest number in {m,n} */
    /* the automaton, with every repetition written out: one step per byte,
       '.', [...] or anchor, one more per '?', '+' and optional copy of {m,n},
       two per '*' and '|' */
    PATTERN_MAX_STEPS = 500,
    PATTERN_MAX_INPUT = 127, /* the longest text matched, in bytes */
    PATTERN_WHY_MAX = 240
};

typedef struct {
    int at;                    /* the character (1-based, UTF-8) where it leaves the subset */
    char why[PATTERN_WHY_MAX]; /* one clause in printable ASCII: what rule or limit it broke */
} PatternError;

/* True when pattern is inside the subset; else false with err filled.
 * Linear in the pattern's length and size. */
bool pattern_check(const char *pattern, PatternError *err);

typedef enum { PATTERN_NO_MATCH, PATTERN_MATCH, PATTERN_REFUSED } PatternResult;

/* Whether text matches pattern anywhere (anchored where the pattern says, as
 * grep -E does). PATTERN_REFUSED when the pattern is outside the subset or
 * the text longer than PATTERN_MAX_INPUT bytes: then nothing is run. */
PatternResult pattern_match(const char *pattern, const char *text);

#endif
