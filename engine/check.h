/* The lints of `teaser check` over a loaded scenario: what the loader cannot
 * see one node at a time (reachability, loops with no way out, unused
 * touchpoints, files named, languages). Adds to a diagnostic list; never prints. */
#ifndef TEASER_CHECK_H
#define TEASER_CHECK_H

#include "diag.h"
#include "scenario.h"

void check_scenario(const Scenario *s, const char *data_dir, DiagList *dl);

#endif
