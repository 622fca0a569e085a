/* Text into an HTML page: escaped, so that nothing from a scenario, a CSV or
 * a flag becomes markup, and numbers as a typeset page shows them (numfmt.h).
 * No SDL. */
#ifndef TEASER_HTML_H
#define TEASER_HTML_H

#include <stdio.h>

/* s with every character HTML gives a meaning to escaped (& < > " '), and
 * control characters replaced (docs/security.md); NULL writes nothing. */
void html_esc(FILE *f, const char *s);
/* v as numfmt_fixed writes it in lang, with a true minus sign. */
void html_num(FILE *f, const char *lang, double v, int decimals, int flags);

#endif
