/* Writing JSON strings: the one escaper every JSON writer uses (the report's
 * JSON, the scenario format's schema), so that a quote, a backslash or a
 * control character from a scenario can never break the document. */
#ifndef TEASER_JSON_H
#define TEASER_JSON_H

#include <stdio.h>

/* s as a JSON string, quotes included; NULL as "". Quote and backslash are
 * escaped, every control character (C0, DEL, C1) as \uXXXX. */
void json_string(FILE *f, const char *s);

#endif
