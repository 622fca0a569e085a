/* Writing CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, quote or line break) that is safe to open in a
 * spreadsheet: a text cell that would run as a formula is neutralised. */
#ifndef TEASER_CSVOUT_H
#define TEASER_CSVOUT_H

#include <stdbool.h>
#include <stdio.h>

/* Writes one row of n cells (NULL is an empty cell). False on a write error. */
bool csvout_row(FILE *f, const char *const *cells, int n);

/* Would a spreadsheet run this cell as a formula? ("=", "+", "-", "@", a tab
 * or a carriage return first, unless the whole cell is a plain number.) */
bool csvout_is_formula(const char *cell);

#endif
