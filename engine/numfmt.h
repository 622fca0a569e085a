/* Numbers as people read them in a language: a decimal comma in Dutch
 * ("2,2"), a decimal point otherwise; a true minus sign where the text is
 * typeset (HTML, the screen), an ASCII one for terminals; and a count with
 * its noun in the right plural ("1 punt", "2,2 punten"). For the text and HTML
 * reports and the debriefs; machine formats (JSON, CSV) never use it: they
 * keep '.' always. No SDL, no allocation; every result is cut to its buffer. */
#ifndef TEASER_NUMFMT_H
#define TEASER_NUMFMT_H

#include <stddef.h>

enum {
    NUMFMT_PLUS = 1,  /* "+2.3" for a positive value (a gap's direction matters) */
    NUMFMT_MINUS = 2, /* U+2212 "−" instead of "-" (typeset text, not a terminal) */
    NUMFMT_MAX = 64   /* a buffer this size holds every result */
};

/* v with decimals places in lang; "–" (U+2013) when v is not finite, "-"
 * without NUMFMT_MINUS. A value that rounds to zero is written without a sign:
 * -0.04 at one decimal reads "0.0", not "-0.0". Returns buf. */
const char *numfmt_fixed(char *buf, size_t size, const char *lang, double v, int decimals,
                         int flags);

/* "2.3 points", "1 point", "2,2 punten", "1 punt": |v| (the size of a
 * difference, without a sign) at decimals places with its noun, singular when
 * it is written as 1. Returns buf. */
const char *numfmt_points(char *buf, size_t size, const char *lang, double v, int decimals);

/* An interval "-2.1 to -0.4" or "−2,1 tot −0,4" (flags as numfmt_fixed). */
const char *numfmt_interval(char *buf, size_t size, const char *lang, double lo, double hi,
                            int decimals, int flags);

#endif
