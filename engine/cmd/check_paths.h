/* teaser check --paths: the routes through a scenario (engine/routes.h) for a
 * facilitator (a block per route) or for tools (--format json). */
#ifndef TEASER_CHECK_PATHS_H
#define TEASER_CHECK_PATHS_H

#include <stdbool.h>

#include "diag.h"
#include "routes.h"
#include "scenario.h"

/* Explores s (loaded without errors), with the customer data it names, and
 * adds the routes' warnings to dl. False when out of memory. */
bool check_paths_explore(const Scenario *s, Routes *out, DiagList *dl);
/* Prints the routes to stdout, as text or as one JSON document. */
void check_paths_print(const Scenario *s, const char *path, const Routes *r, bool json);

#endif
