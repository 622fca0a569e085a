/* Numbers for people (numfmt.h). Formats with printf in the C locale, then
 * swaps the decimal point: the program never calls setlocale, and a locale
 * would change JSON and CSV too. */
#include "numfmt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "words.h"

static const char minus_sign[] = "\xe2\x88\x92"; /* U+2212 */
static const char dash[] = "\xe2\x80\x93";       /* U+2013: no value */

static int clamp_decimals(int decimals)
{
    return decimals < 0 ? 0 : decimals > 6 ? 6 : decimals;
}

const char *numfmt_fixed(char *buf, size_t size, const char *lang, double v, int decimals,
                         int flags)
{
    if (!size)
        return buf;
    if (!isfinite(v)) {
        snprintf(buf, size, "%s", flags & NUMFMT_MINUS ? dash : "-");
        return buf;
    }
    decimals = clamp_decimals(decimals);
    char digits[NUMFMT_MAX];
    snprintf(digits, sizeof digits, "%.*f", decimals, fabs(v));
    /* the sign of what is written: "-0.0" would say a direction there is none of */
    bool zero = strspn(digits, "0.") == strlen(digits);
    const char *sign = zero ? ""
                       : v < 0 ? (flags & NUMFMT_MINUS ? minus_sign : "-")
                       : flags & NUMFMT_PLUS ? "+"
                                             : "";
    char *point = strchr(digits, '.');
    if (point && words_decimal_comma(lang))
        *point = ',';
    snprintf(buf, size, "%s%s", sign, digits);
    return buf;
}

const char *numfmt_points(char *buf, size_t size, const char *lang, double v, int decimals)
{
    char n[NUMFMT_MAX];
    numfmt_fixed(n, sizeof n, lang, fabs(v), decimals, 0);
    /* singular exactly when the reader sees a one: "1 point", "1.0 point" */
    bool one = isfinite(v) && fabs(fabs(v) - 1) < 0.5 * pow(10, -clamp_decimals(decimals));
    snprintf(buf, size, words_get(lang, one ? WORD_POINTS_ONE : WORD_POINTS_MANY), n);
    return buf;
}

const char *numfmt_interval(char *buf, size_t size, const char *lang, double lo, double hi,
                            int decimals, int flags)
{
    char a[NUMFMT_MAX], b[NUMFMT_MAX];
    snprintf(buf, size, words_get(lang, WORD_INTERVAL),
             numfmt_fixed(a, sizeof a, lang, lo, decimals, flags),
             numfmt_fixed(b, sizeof b, lang, hi, decimals, flags));
    return buf;
}
